"""What one run left besides its record: step screenshots, its log, its trace, with links."""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import quote

from pydantic import BaseModel, Field

from housecat.browser.run_log import LogEntry
from housecat.errors import NotFound
from housecat.runs.models import RunDetail
from housecat.runs.store import ResultStore

# Served by HouseCat itself from the Playwright package (see web/trace_viewer.py).
TRACE_VIEWER = "/trace-viewer/index.html"


class ScreenshotLink(BaseModel):
    """A step's screenshot."""

    step: int = Field(description="The step's number in the run")
    url: str = Field(description="Where to download the PNG")
    description: str = Field(description="What the step did")


class TraceLink(BaseModel):
    """A failed run's Playwright trace."""

    url: str = Field(description="Where to download the trace (a zip)")
    viewer_url: str = Field(description="The trace opened in the trace viewer HouseCat serves")
    bytes: int = Field(description="The trace's size")


class RunArtifacts(BaseModel):
    """Everything one run left to look at."""

    screenshots: list[ScreenshotLink]
    logs: list[LogEntry]
    trace: TraceLink | None


async def run_artifacts(results: ResultStore, artifacts_dir: Path, run_id: str) -> RunArtifacts:
    """Gather a run's screenshots, log and trace; NotFound when the run is not kept."""
    return await artifacts_of(results, await kept_run(results, run_id), artifacts_dir)


async def artifacts_of(
    results: ResultStore, detail: RunDetail, artifacts_dir: Path
) -> RunArtifacts:
    """Gather the screenshots, log and trace of a run already read."""
    logs = await results.run_logs(detail.record.run_id)
    return await asyncio.to_thread(_artifacts, detail, logs, artifacts_dir)


async def artifacts_of_runs(
    results: ResultStore, details: list[RunDetail | None], artifacts_dir: Path
) -> list[RunArtifacts | None]:
    """Gather the artifacts of runs already read (None where a run is gone), logs at once."""
    kept = [detail for detail in details if detail is not None]
    logs = iter(await results.runs_logs([detail.record.run_id for detail in kept]))
    # One thread for every run's files: a thread per run would cost more than the checks.
    return await asyncio.to_thread(
        lambda: [
            _artifacts(detail, next(logs), artifacts_dir) if detail is not None else None
            for detail in details
        ]
    )


async def kept_run(results: ResultStore, run_id: str) -> RunDetail:
    """Return a run's detail, or say it is unknown or gone."""
    detail = await results.run_detail(run_id)
    if detail is None:
        raise NotFound(f"run '{run_id}' not found (unknown, or older than the retention period)")
    return detail


def trace_file(detail: RunDetail, artifacts_dir: Path) -> Path | None:
    """Return the run's trace file, if it has one and it lies in the artifacts dir."""
    return kept_file(detail.browser_result.trace, artifacts_dir)


def kept_file(path: str | None, artifacts_dir: Path) -> Path | None:
    """Return the file at `path` if it exists inside the artifacts dir (never elsewhere)."""
    if not path:
        return None
    resolved = Path(path).resolve()
    inside = resolved.is_relative_to(artifacts_dir.resolve())
    return resolved if inside and resolved.is_file() else None


def _artifacts(detail: RunDetail, logs: list[LogEntry], artifacts_dir: Path) -> RunArtifacts:
    run_id = detail.record.run_id
    screenshots = [
        ScreenshotLink(
            step=step.step_number,
            url=f"/api/runs/{run_id}/screenshots/{step.step_number}",
            description=step.description,
        )
        for step in detail.browser_result.steps
        if kept_file(step.screenshot, artifacts_dir)
    ]
    trace = trace_file(detail, artifacts_dir)
    link = None
    if trace is not None:
        url = f"/api/runs/{run_id}/trace"
        viewer = f"{TRACE_VIEWER}?trace={quote(url, safe='')}"
        link = TraceLink(url=url, viewer_url=viewer, bytes=trace.stat().st_size)
    return RunArtifacts(screenshots=screenshots, logs=logs, trace=link)
