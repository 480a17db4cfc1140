"""Small charts drawn on the server: a 24-hour uptime bar and a sparkline of durations."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

SPARK_WIDTH = 120
SPARK_HEIGHT = 28
SPARK_PAD = 2  # keeps the stroke inside the box at the extremes


class HourOfRuns(Protocol):
    @property
    def hour_start(self) -> str: ...
    @property
    def passed(self) -> int: ...
    @property
    def failed(self) -> int: ...


@dataclass(frozen=True)
class UptimeCell:
    """One hour of the uptime bar: its colour class and what its tooltip says."""

    state: str  # "up", "down", "mixed" or "none"
    label: str


def uptime_cells(hours: Sequence[HourOfRuns]) -> list[UptimeCell]:
    """Turn hourly counts (oldest first) into bar cells."""
    cells = []
    for hour in hours:
        if hour.passed and hour.failed:
            state = "mixed"
        elif hour.failed:
            state = "down"
        elif hour.passed:
            state = "up"
        else:
            state = "none"
        start = _hour_label(hour.hour_start)
        runs = f"{hour.passed} passed, {hour.failed} failed" if state != "none" else "no runs"
        cells.append(UptimeCell(state=state, label=f"{start}: {runs}"))
    return cells


def uptime_summary(hours: Sequence[HourOfRuns]) -> str:
    """Say the bar in one sentence, for people who cannot see it."""
    passed = sum(hour.passed for hour in hours)
    total = passed + sum(hour.failed for hour in hours)
    if not total:
        return f"No runs in the last {len(hours)} hours"
    return f"{passed} of {total} runs passed in the last {len(hours)} hours"


def sparkline_points(durations: Sequence[int]) -> str:
    """Return SVG polyline points for durations (oldest first), the slowest at the top."""
    if not durations:
        return ""
    values = list(durations) if len(durations) > 1 else [durations[0], durations[0]]
    low, high = min(values), max(values)
    spread = high - low or 1
    step = (SPARK_WIDTH - 2 * SPARK_PAD) / (len(values) - 1)
    usable = SPARK_HEIGHT - 2 * SPARK_PAD
    points = []
    for index, value in enumerate(values):
        x = SPARK_PAD + index * step
        # A flat series sits in the middle rather than on the floor.
        y = SPARK_HEIGHT / 2 if high == low else SPARK_PAD + usable * (high - value) / spread
        points.append(f"{x:.1f},{y:.1f}")
    return " ".join(points)


def sparkline_summary(durations: Sequence[int]) -> str:
    """Say the sparkline in one sentence: the latest duration and the range."""
    if not durations:
        return "No runs yet"
    latest, low, high = durations[-1], min(durations), max(durations)
    return (
        f"Last {len(durations)} runs: latest {seconds(latest)}, "
        f"fastest {seconds(low)}, slowest {seconds(high)}"
    )


def seconds(duration_ms: int) -> str:
    """Write a duration for people: '850 ms', '1.2 s'."""
    return f"{duration_ms} ms" if duration_ms < 1000 else f"{duration_ms / 1000:.1f} s"


@functools.lru_cache(maxsize=256)  # the same 24 hours recur for every test
def _hour_label(hour_start: str) -> str:
    try:
        return datetime.fromisoformat(hour_start).strftime("%H:00 UTC")
    except ValueError:
        return hour_start
