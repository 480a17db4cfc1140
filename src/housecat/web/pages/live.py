"""The live view of a test's detail page: which run to watch as its steps happen."""

from __future__ import annotations

import re
from dataclasses import dataclass

from housecat.runs.models import RunRecord
from housecat.services import Services

RUN_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
UNFINISHED = ("new", "queued", "active")


@dataclass(frozen=True)
class LiveRun:
    """A run to show on the detail page; `finished` once its result is kept."""

    run_id: str
    finished: RunRecord | None = None


async def run_to_watch(state: Services, test_id: str, requested: str | None) -> LiveRun | None:
    """Pick the run asked for (if it is this test's), else the test's queued or running one."""
    run_id = requested if requested and RUN_ID.fullmatch(requested) else None
    run_id = run_id or await unfinished_run(state, test_id)
    if run_id is None:
        return None
    detail = await state.results.run_detail(run_id)
    if detail is not None:
        return LiveRun(run_id, detail.record) if detail.record.test_id == test_id else None
    # Not kept yet: the queue knows whose it is while it waits or runs.
    return LiveRun(run_id) if await state.queue.test_of(run_id) == test_id else None


async def unfinished_run(state: Services, test_id: str) -> str | None:
    """Return the id of the test's run that is queued or running, if there is one."""
    job = await state.queue.job(test_id)
    if job is None or job.status not in UNFINISHED or not job.kwargs:
        return None
    run_id = job.kwargs.get("run_id")
    return run_id if isinstance(run_id, str) else None
