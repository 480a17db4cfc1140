"""The run queue on SAQ: one job per test at a time, heartbeats, aborts, depth.

The only module that imports SAQ. A job's key is its test's id, so a test is never
queued or run twice at once; its run id travels in the job, so a job redelivered
after its worker died is recorded once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import socket
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError
from saq import Job, Status, Worker
from saq.queue.redis import RedisQueue
from saq.utils import now

from housecat import keys
from housecat.audit.models import RUN
from housecat.audit.store import record
from housecat.locations.names import DEFAULT_LOCATION, DEFAULT_QUEUE, queue_name
from housecat.redis import bytes_twin

log = logging.getLogger(__name__)

QUEUE = DEFAULT_QUEUE
HEARTBEAT_S = 5
SWEEP_S = 2
# Infrastructure failures (a browser crash) are retried; a failed journey never is.
INFRA_RETRIES = 3

# SAQ's own enqueue script (saq/queue/redis.py, `RedisQueue._enqueue`), once for each job
# of a batch, in one round trip: a job is written only when no job of its key is
# incomplete or being aborted in its queue (its location's). Beside each written job, its
# run's test id (as `enqueue`).
# KEYS per job: its queue's incomplete zset and queued list, job id, abort id, run's
# test-id key. ARGV: the test-id key's expiry, then per job: serialized job, scheduled
# time, test id.
_ENQUEUE_MANY = """
local written = {}
for i = 0, #KEYS / 5 - 1 do
  local incomplete, queued = KEYS[1 + i * 5], KEYS[2 + i * 5]
  local job_id, abort_id, run_of = KEYS[3 + i * 5], KEYS[4 + i * 5], KEYS[5 + i * 5]
  local job, scheduled, test_id = ARGV[2 + i * 3], ARGV[3 + i * 3], ARGV[4 + i * 3]
  if not redis.call('ZSCORE', incomplete, job_id) and redis.call('EXISTS', abort_id) == 0 then
    redis.call('SET', job_id, job)
    redis.call('ZADD', incomplete, scheduled, job_id)
    if scheduled == '0' then redis.call('RPUSH', queued, job_id) end
    redis.call('SET', run_of, test_id, 'EX', ARGV[1])
    written[i + 1] = 1
  else
    written[i + 1] = 0
  end
end
return written
"""
RUN_OF_TTL_S = 86_400

# SAQ's sweep script (`RedisQueue.sweep`): under a lock, the active list's jobs.
_ACTIVE_JOBS = """
local id_jobs = {}
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('SETEX', KEYS[1], ARGV[1], 1)
  for i, v in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
    id_jobs[i] = {v, redis.call('GET', v)}
  end
end
return id_jobs
"""

# A run to queue: test id, run id, triggered by, and where it runs (default: the default
# location).
QueuedRun = tuple[str, str, str] | tuple[str, str, str, str]
RunJob = Callable[[str, str, str], Awaitable[str]]
Cancel = Callable[[str, str], Awaitable[None]]
ExecutionJob = Callable[[str], Awaitable[str]]


async def _beat(job: Job) -> None:
    """Touch the job while it runs, so the sweeper knows its worker is alive."""
    while True:
        await asyncio.sleep(HEARTBEAT_S)
        with contextlib.suppress(Exception):
            await job.update()


@dataclass(frozen=True)
class Depth:
    queued: int
    running: int
    workers: int
    oldest_wait_s: float | None
    run_slots: int = 0  # runs the live workers execute at once, together


def worker_name() -> str:
    """Name a worker so people (and tests) can find its process: host-pid (SAQ splits on ':')."""
    return f"{socket.gethostname()}-{os.getpid()}"


class _Queue(RedisQueue):
    """SAQ's Redis queue, whose sweep lets a worker start the job it has just taken.

    A worker moves a job onto the active list and only then marks it active. SAQ's sweep
    takes any job on that list not marked active for abandoned, and queues it again: a
    sweep between the two ran the job twice, and refused the test's next run meanwhile.
    Here a job not yet marked is swept only when the sweep before saw it so too.
    """

    def __init__(self, redis: Redis, *, name: str) -> None:
        super().__init__(redis, name=name)
        self._active_jobs = self.redis.register_script(_ACTIVE_JOBS)
        self._not_started: set[bytes] = set()

    async def sweep(self, lock: int = 60, abort: float = 5.0) -> list[str]:
        id_jobs = await self._active_jobs(keys=[self._sweep, self._active], args=[lock])
        if not id_jobs:
            return []  # another worker sweeps this time, or nothing runs
        jobs = [(job_id, self.deserialize(raw)) for job_id, raw in id_jobs]
        seen_before = self._not_started
        self._not_started = {i for i, job in jobs if job and job.status == Status.QUEUED}
        swept: list[str] = []
        for job_id, job in jobs:
            if job_id in self._not_started and job_id not in seen_before:
                continue  # its worker is likely marking it active right now
            if job is None:
                async with self.redis.pipeline(transaction=True) as pipe:
                    pipe.lrem(self._active, 0, job_id)
                    pipe.zrem(self._incomplete, job_id)
                    await pipe.execute()
            elif job.status == Status.ACTIVE and not job.stuck:
                continue
            else:
                await self.abort(job, error=self.swept_error_message)
                with contextlib.suppress(asyncio.TimeoutError):
                    await job.refresh(abort)
                if job.retryable:
                    await self.retry(job, error=self.swept_error_message)
                else:
                    await self.finish(job, Status.ABORTED, error=self.swept_error_message)
            swept.append(job_id.decode())
        return swept


class RunQueue:
    """Enqueue runs, wait for them, abort them, and serve them to workers."""

    def __init__(self, redis: Redis, *, run_timeout_s: float, wait_s: float = 1.0) -> None:
        self.queue: RedisQueue = _Queue(bytes_twin(redis), name=QUEUE)
        self.run_timeout_s = run_timeout_s
        self.wait_s = wait_s
        self._enqueue_many = self.queue.redis.register_script(_ENQUEUE_MANY)
        self._redis = redis
        self._queues = {DEFAULT_LOCATION: self.queue}

    def at(self, location: str) -> RedisQueue:
        """Return the queue of the runs a location's workers take (made on first use)."""
        queue = self._queues.get(location)
        if queue is None:
            queue = _Queue(bytes_twin(self._redis), name=queue_name(location))
            self._queues[location] = queue
        return queue

    def _run_job(self, test_id: str, run_id: str, triggered_by: str) -> Job:
        return Job(
            "run_test",
            kwargs={"test_id": test_id, "run_id": run_id, "triggered_by": triggered_by},
            key=test_id,
            timeout=int(self.run_timeout_s) + 60,
            heartbeat=HEARTBEAT_S * 3,
            retries=INFRA_RETRIES + 1,
            retry_delay=1.0,
            retry_backoff=True,
            ttl=3600,
        )

    async def enqueue(
        self, test_id: str, run_id: str, triggered_by: str, location: str = DEFAULT_LOCATION
    ) -> bool:
        """Queue a run of the test at a location; False when one is already queued or running
        there."""
        job = self._run_job(test_id, run_id, triggered_by)
        if await self.at(location).enqueue(job) is None:
            return False
        await self.queue.redis.set(keys.run_test_id(run_id), test_id, ex=RUN_OF_TTL_S)
        if triggered_by == "manual":  # a person asked for it: the audit trail says who
            await record(self._redis, action=RUN, kind="test", entity_id=test_id, detail=run_id)
        return True

    async def enqueue_many(self, runs: Sequence[QueuedRun]) -> list[bool]:
        """Queue many runs (test id, run id, triggered by[, location]) in one round trip;
        for each, False when that test already has a run queued or running there."""
        if not runs:
            return []
        job_keys: list[str] = []
        args: list[str | bytes | int] = [RUN_OF_TTL_S]
        for test_id, run_id, triggered_by, *where in runs:
            job = self._run_job(test_id, run_id, triggered_by)
            queue = self.at(where[0] if where else DEFAULT_LOCATION)
            # What SAQ's `Queue.enqueue` sets before its script runs (we register no
            # before-enqueue callbacks).
            job.queue = queue
            job.queued = now()
            job.status = Status.QUEUED
            job_keys += [queue.namespace("incomplete"), queue.namespace("queued")]
            job_keys += [job.id, job.abort_id, keys.run_test_id(run_id)]
            args += [self.queue.serialize(job), job.scheduled, test_id]
        written = await self._enqueue_many(keys=job_keys, args=args)
        return [flag == 1 for flag in written]

    async def enqueue_execution(self, execution_id: str, *, runs: int) -> bool:
        """Queue an execution's job, which runs its tests in turn; False if already queued."""
        job = Job(
            "run_execution",
            kwargs={"execution_id": execution_id},
            key=f"execution:{execution_id}",
            timeout=runs * (int(self.run_timeout_s) + 60),
            heartbeat=HEARTBEAT_S * 3,
            # A worker that dies mid-way hands the execution on; its finished runs stay done.
            retries=INFRA_RETRIES + 1,
            retry_delay=1.0,
            ttl=3600,
        )
        return await self.queue.enqueue(job) is not None

    async def abort_execution(self, execution_id: str) -> None:
        """Drop a queued execution's job, or cancel the running one."""
        job = await self.queue.job(f"execution:{execution_id}")
        if job is not None and job.status in (Status.QUEUED, Status.ACTIVE, Status.NEW):
            await self.queue.abort(job, "stopped")

    async def test_of(self, run_id: str) -> str | None:
        """Return the test a queued or running run belongs to."""
        test_id = await self.queue.redis.get(keys.run_test_id(run_id))
        return test_id.decode() if isinstance(test_id, bytes) else test_id

    async def job(self, test_id: str, location: str = DEFAULT_LOCATION) -> Job | None:
        return await self.at(location).job(test_id)

    async def wait(
        self, test_id: str, run_id: str, timeout_s: float, location: str = DEFAULT_LOCATION
    ) -> Job | None:
        """Wait for that run's job to finish; None if it did not within the time."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            job = await self.at(location).job(test_id)
            if job is None or job.kwargs is None or job.kwargs.get("run_id") != run_id:
                return None  # finished and gone, or replaced by a later run
            if job.status in (Status.COMPLETE, Status.FAILED, Status.ABORTED):
                return job
            await asyncio.sleep(0.1)
        return None

    async def abort(
        self, test_id: str, run_id: str, location: str = DEFAULT_LOCATION
    ) -> Status | None:
        """Abort the test's job at a location if it is that run; return the status it had,
        or None."""
        queue = self.at(location)
        job = await queue.job(test_id)
        if job is None or (job.kwargs or {}).get("run_id") != run_id:
            return None
        status = job.status
        if status in (Status.QUEUED, Status.ACTIVE, Status.NEW):
            await queue.abort(job, "cancelled")
        return status

    async def depth(self) -> Depth:
        info = await self.queue.info(jobs=True, limit=1000)
        waiting = [j for j in info.get("jobs", []) if j.get("status") == "queued"]
        oldest = min((j.get("queued", 0) for j in waiting), default=None)
        age = max(0.0, time.time() - oldest / 1000) if oldest else None
        workers = info.get("workers", {})
        return Depth(
            queued=await self.queue.count("queued"),
            running=await self.queue.count("active"),
            workers=len(workers),
            oldest_wait_s=age,
            # a worker says its concurrency in its metadata (one without it runs one)
            run_slots=sum(
                int((w.get("metadata") or {}).get("concurrency", 1)) for w in workers.values()
            ),
        )

    def worker(
        self,
        run: RunJob,
        cancelled: Cancel,
        *,
        execute: ExecutionJob | None = None,
        concurrency: int,
        location: str = DEFAULT_LOCATION,
    ) -> Worker[Any]:
        """Return a SAQ worker that runs a location's jobs with `run(test_id, run_id,
        triggered_by)`, and executions with `execute(execution_id)`."""

        async def run_test(
            ctx: dict[str, Any], *, test_id: str, run_id: str, triggered_by: str
        ) -> str:
            job: Job = ctx["job"]
            heart = asyncio.create_task(_beat(job), name=f"heartbeat-{run_id}")
            try:
                return await run(test_id, run_id, triggered_by)
            except asyncio.CancelledError:
                # A person's abort, or our own shutdown? Only the job's status says; SAQ
                # waits for this handler before it finishes an aborted job.
                with contextlib.suppress(Exception):
                    await job.refresh()
                if job.status not in (Status.ABORTING, Status.ABORTED):
                    raise  # shutdown: the job goes back to the queue
                await cancelled(test_id, run_id)
                return "cancelled"
            finally:
                heart.cancel()

        async def run_execution(ctx: dict[str, Any], *, execution_id: str) -> str:
            if execute is None:
                raise RuntimeError("this worker runs no executions")
            heart = asyncio.create_task(_beat(ctx["job"]), name=f"heartbeat-{execution_id}")
            try:
                return await execute(execution_id)
            finally:
                heart.cancel()  # a stop was recorded before the job was aborted

        worker: Worker[Any] = Worker(
            self.at(location),
            [("run_test", run_test), ("run_execution", run_execution)],
            id=worker_name(),
            concurrency=concurrency,
            metadata={"concurrency": concurrency, "location": location},
            timers={"sweep": SWEEP_S, "abort": 1, "schedule": 1, "worker_info": 5},
            # The grace for runs is ours (see stop_worker); SAQ's only lets a waiting
            # dequeue return by itself, rather than cancel it with a warning.
            shutdown_grace_period_s=math.ceil(self.wait_s) + 1,
            # Block on the queue `wait_s` at a time (not forever), so an idle worker
            # notices a shutdown at once; busy ones still get their grace period.
            dequeue_timeout=self.wait_s,
        )
        worker.SIGNALS = []  # the process that hosts it owns the signals (uvicorn, our CLI)
        # SAQ's INFO lines print whole objects (the queue's connection pool, each job);
        # our own log says when the worker starts and how each run ends.
        logging.getLogger("saq").setLevel(logging.WARNING)
        return worker

    @staticmethod
    async def stop_worker(worker: Worker[Any], grace_s: float) -> None:
        """Take no more jobs; let running ones finish within the grace; requeue the rest."""
        worker.event.set()
        deadline = time.monotonic() + grace_s
        # SAQ offers no event for "no job running any more", so look every 100 ms.
        while worker.job_task_contexts and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.1)
        if worker.job_task_contexts:
            log.warning("worker %s: unfinished runs go back to the queue", worker.id)
        # SAQ's timers only sleep between checks: stop them now rather than wait them out.
        timers = [task for task in worker.tasks if task.get_name() != "process"]
        for task in timers:
            task.cancel()
        await asyncio.gather(*timers, return_exceptions=True)
        worker.tasks.difference_update(timers)
        await worker.stop()

    async def close(self) -> None:
        """Let go of the queue's connections; a Redis already gone is no reason to fail."""
        for queue in self._queues.values():
            try:
                await queue.disconnect()
            except (RedisError, OSError) as exc:
                log.warning("closing the run queue %s: %s", queue.name, exc)
