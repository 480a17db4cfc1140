"""The roles a HouseCat process can play besides serving HTTP: scheduler and worker."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from housecat.housekeeping import keep_house
from housecat.locations.registry import beat
from housecat.schedule.scheduler import SchedulerLoop
from housecat.services import Services

log = logging.getLogger(__name__)

GRACE_S = 30


@contextlib.asynccontextmanager
async def running_roles(
    services: Services, *, scheduler: bool, worker: bool, concurrency: int
) -> AsyncIterator[None]:
    """Run the scheduler loop and/or a worker in the background while the block runs.

    On the way out the worker gets `GRACE_S` to finish its runs; what is left goes back
    to the queue for another worker.
    """
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []
    saq_worker = None
    if scheduler and services.settings.scheduler == "builtin":
        loop = SchedulerLoop(services.redis, services.queue.enqueue_many)
        tasks.append(asyncio.create_task(loop.run(stop), name="scheduler"))
    if scheduler:
        tasks.append(asyncio.create_task(keep_house(services, stop), name="housekeeping"))
    if worker:
        # It takes its location's runs, records them as run from there, and says it is there.
        location = services.settings.location

        async def run(test_id: str, run_id: str, triggered_by: str) -> str:
            return await services.runs.run_job(test_id, run_id, triggered_by, location)

        async def cancelled(test_id: str, run_id: str) -> None:
            await services.runs.cancelled(test_id, run_id, location=location)

        saq_worker = services.queue.worker(
            run,
            cancelled,
            execute=services.execution_runner.run,
            concurrency=concurrency,
            location=location,
        )
        tasks.append(asyncio.create_task(saq_worker.start(), name="worker"))
        beating = beat(services.redis, location, saq_worker.id, stop)
        tasks.append(asyncio.create_task(beating, name="location-beat"))
        log.info(
            "worker %s started at location %s (concurrency %d)",
            saq_worker.id,
            location,
            concurrency,
        )
    try:
        yield
    finally:
        stop.set()  # the scheduler finishes the batch it is on, then returns
        if saq_worker is not None:
            await services.queue.stop_worker(saq_worker, GRACE_S)
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=GRACE_S)
            for task in pending:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
