"""`GET /api/queue`: how much work is waiting, who is there to do it, and whether they keep up."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from housecat.schedule import capacity
from housecat.schedule.queue import Depth
from housecat.web.openapi import TOKEN_REQUIRED
from housecat.web.state import app_state

router = APIRouter(prefix="/api", tags=["runs"], dependencies=TOKEN_REQUIRED)


class SkippedHourCount(BaseModel):
    hour: datetime = Field(description="Start of the hour (UTC).")
    skipped: int = Field(description="Due slots skipped in that hour.")


class QueueResponse(BaseModel):
    queued: int = Field(description="Runs waiting for a worker.")
    running: int = Field(description="Runs executing now.")
    workers: int = Field(description="Live workers.")
    oldest_wait_s: float | None = Field(
        description="Seconds the oldest queued run has waited; null when none waits."
    )
    skipped_last_hour: int = Field(
        description="Due slots skipped in the last 60 minutes because the test's previous "
        "run was still queued or running (workers not keeping up)."
    )
    skipped_per_hour: list[SkippedHourCount] = Field(
        description="Skipped slots per hour over the last 24 hours, oldest first; the last "
        "is the current hour so far."
    )
    scheduled_runs_per_hour: float = Field(
        description="Runs per hour the active tests' schedules ask for, on average."
    )
    mean_run_s: float | None = Field(
        description="Mean run time (s) of those runs, weighted by how often each test runs; "
        "null when no test is scheduled."
    )
    run_time_source: capacity.RunTimeSource = Field(
        description="Where the run time comes from: `measured` (each test's latest "
        f"{capacity.RECENT_RUNS} runs), `partly_measured` (tests without runs take the "
        f"others' mean) or `assumed` (no runs yet: {capacity.ASSUMED_RUN_S:g} s each)."
    )
    worker_concurrency: int = Field(
        description="Runs one worker executes at once: the live workers' mean, or this "
        "server's `HOUSECAT_CONCURRENCY` when none is live."
    )
    needed_workers: int = Field(
        description="Workers the active schedules need at that run time: runs/hour x mean "
        "run seconds / 3600 / worker concurrency, rounded up."
    )


@router.get("/queue")
async def queue_depth(request: Request) -> QueueResponse:
    """Queued and running runs, live workers, how long the oldest run has waited, skipped
    slots, and the workers the schedules need."""
    state = app_state(request)
    depth = await state.queue.depth()
    concurrency = capacity.per_worker_concurrency(depth, state.settings.concurrency)
    return queue_response(
        depth, await capacity.measure(state.redis, worker_concurrency=concurrency)
    )


def queue_response(depth: Depth, measured: capacity.Capacity) -> QueueResponse:
    return QueueResponse(
        queued=depth.queued,
        running=depth.running,
        workers=depth.workers,
        oldest_wait_s=None if depth.oldest_wait_s is None else round(depth.oldest_wait_s, 3),
        skipped_last_hour=measured.skipped_last_hour,
        skipped_per_hour=[
            SkippedHourCount(hour=h.hour_start, skipped=h.skipped)
            for h in measured.skipped_per_hour
        ],
        scheduled_runs_per_hour=round(measured.runs_per_hour, 3),
        mean_run_s=None if measured.mean_run_s is None else round(measured.mean_run_s, 3),
        run_time_source=measured.run_time_source,
        worker_concurrency=measured.worker_concurrency,
        needed_workers=measured.needed_workers,
    )
