"""The dashboard's notice when workers cannot keep up: the figures and the advice."""

from __future__ import annotations

import time
from dataclasses import dataclass

from housecat.schedule import capacity
from housecat.services import Services

# A run waiting longer than this is trouble even before a slot is skipped.
OLDEST_WAIT_NOTICE_S = 60.0


@dataclass(frozen=True)
class CapacityNotice:
    skipped_last_hour: int
    oldest_wait_s: float | None
    needed_workers: int
    workers: int
    mean_run_s: float | None
    run_time_source: capacity.RunTimeSource


async def capacity_notice(state: Services) -> CapacityNotice | None:
    """Return the notice when slots were skipped or the oldest run waits too long."""
    depth = await state.queue.depth()
    skipped, _ = await capacity.skipped_hours(state.redis, time.time())
    waiting = depth.oldest_wait_s is not None and depth.oldest_wait_s > OLDEST_WAIT_NOTICE_S
    if not skipped and not waiting:
        return None
    concurrency = capacity.per_worker_concurrency(depth, state.settings.concurrency)
    measured = await capacity.measure(state.redis, worker_concurrency=concurrency)
    return CapacityNotice(
        skipped_last_hour=measured.skipped_last_hour,
        oldest_wait_s=depth.oldest_wait_s,
        needed_workers=measured.needed_workers,
        workers=depth.workers,
        mean_run_s=measured.mean_run_s,
        run_time_source=measured.run_time_source,
    )
