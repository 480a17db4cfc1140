"""The response-time chart of a test's detail page: recent run durations as SVG geometry."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from housecat.runs.models import RunRecord
from housecat.web.pages.charts import seconds

WIDTH = 640
HEIGHT = 220
LEFT = 60  # room for the duration labels
RIGHT = 16
TOP = 12
BOTTOM = 32  # room for the time labels
TICKS = 5  # with a ceiling of 1, 2 or 5 × 10ⁿ, five steps land on round labels


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    passed: bool
    label: str


@dataclass(frozen=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True)
class TimingChart:
    """Everything the template draws: points, axis ticks and the sentence that says it."""

    points: list[ChartPoint]
    line: str
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    summary: str
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM

    @property
    def empty(self) -> bool:
        return not self.points


def timing_chart(runs: Sequence[RunRecord]) -> TimingChart:
    """Chart the durations of `runs` (newest first, as history gives them), oldest at the left."""
    # A cancelled run was stopped, not timed (nor was a slot a maintenance window skipped):
    # its duration says nothing about the site.
    judged = [run for run in reversed(runs) if not (run.cancelled or _skipped(run))]
    if not judged:
        return TimingChart(points=[], line="", y_ticks=[], x_ticks=[], summary="No runs yet")
    top_value = nice_ceiling(max(run.duration_ms for run in judged))
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    step = plot_width / (len(judged) - 1) if len(judged) > 1 else 0.0
    points = [
        ChartPoint(
            # A single run sits in the middle rather than against the axis.
            x=LEFT + (index * step if len(judged) > 1 else plot_width / 2),
            y=TOP + plot_height * (1 - run.duration_ms / top_value),
            passed=run.passed,
            label=f"{moment(run.started_at)}: {seconds(run.duration_ms)}, "
            + ("passed" if run.passed else "failed"),
        )
        for index, run in enumerate(judged)
    ]
    y_ticks = [
        Tick(TOP + plot_height * (1 - n / TICKS), seconds(round(top_value * n / TICKS)))
        for n in range(TICKS + 1)
    ]
    # The first, middle and last runs: three labels fit the width, however many runs.
    picks = sorted({0, len(judged) // 2, len(judged) - 1})
    labels = time_labels([judged[index].started_at for index in picks])
    x_ticks = [
        Tick(points[index].x, label) for index, label in zip(picks, labels, strict=True) if label
    ]
    return TimingChart(
        points=points,
        line=" ".join(f"{point.x:.1f},{point.y:.1f}" for point in points),
        y_ticks=y_ticks,
        x_ticks=x_ticks,
        summary=summary(judged),
    )


def summary(runs: Sequence[RunRecord]) -> str:
    """Say the chart in one sentence, for people who cannot see it."""
    durations = [run.duration_ms for run in runs]
    failed = sum(not run.passed for run in runs)
    if len(runs) == 1:
        return f"Response time of the only run: {seconds(durations[0])}, " + (
            "failed" if failed else "passed"
        )
    said = (
        f"Response time of the last {len(runs)} runs: latest {seconds(durations[-1])}, "
        f"fastest {seconds(min(durations))}, slowest {seconds(max(durations))}"
    )
    return said + (f"; {failed} failed" if failed else "; all passed")


def nice_ceiling(value: int) -> int:
    """Round up to 1, 2 or 5 times a power of ten, so the axis labels read easily."""
    if value <= 0:
        return 1000
    magnitude = int(10 ** math.floor(math.log10(value)))
    for factor in (1, 2, 5, 10):
        if value <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


def time_labels(values: Sequence[str]) -> list[str]:
    """Label stored timestamps (oldest first) as briefly as keeps them apart: '10:05', '10:20'.

    Within one day the labels are times, to the second only if minutes would repeat, and the
    first names the day; across days they are dates, with times only if dates would repeat.
    Moments that no format tells apart share one label, shown once (the rest are blank).
    """
    try:
        moments = [datetime.fromisoformat(value).astimezone(UTC) for value in values]
    except ValueError:
        return list(values)
    one_day = len({moment.date() for moment in moments}) == 1
    one_year = len({moment.year for moment in moments}) == 1
    formats = ("%H:%M", "%H:%M:%S") if one_day else ("", " %H:%M", " %H:%M:%S")
    for time_format in formats:
        if one_day:
            labels = [moment.strftime(time_format) for moment in moments]
        else:
            labels = [day(moment, one_year) + moment.strftime(time_format) for moment in moments]
        if len(set(labels)) == len(labels):
            break
    labels = [label if label not in labels[:index] else "" for index, label in enumerate(labels)]
    if one_day:
        labels[0] = f"{day(moments[0], one_year)} {labels[0]}"
    return labels


def day(moment: datetime, one_year: bool) -> str:
    """Write a date briefly: 'Feb 14', or 'Feb 14 2026' when the years differ."""
    return f"{moment:%b} {moment.day}" + ("" if one_year else f" {moment.year}")


def moment(value: str) -> str:
    """Write a stored timestamp briefly: 'Feb 14 10:05 UTC'."""
    try:
        return datetime.fromisoformat(value).strftime("%b %d %H:%M UTC")
    except ValueError:
        return value


def _skipped(run: RunRecord) -> bool:
    return run.maintenance is not None and run.maintenance.skipped
