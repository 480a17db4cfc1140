"""The built-in scheduler: a due-time index in Redis, claimed atomically by any number
of scheduler processes, each due slot enqueued exactly once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.runs.pipeline import new_run_id
from housecat.schedule.cron import parse_cron
from housecat.suites.models import TestSuiteResponse

log = logging.getLogger(__name__)

BATCH = 500
TICK_S = 1.0
# A claimed test is pushed this far ahead until its claimer sets its real next time;
# if that scheduler dies in between, another one claims the test after the lease.
LEASE_S = 60

# Pop what is due by the server's clock (not the caller's), lease it, answer it.
_CLAIM = """
local now = redis.call('TIME')
local t = tonumber(now[1]) + tonumber(now[2]) / 1000000
local batch = tonumber(ARGV[1])
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', t, 'WITHSCORES', 'LIMIT', 0, batch)
for i = 1, #due, 2 do
  redis.call('ZADD', KEYS[1], 'XX', t + tonumber(ARGV[2]), due[i])
end
table.insert(due, tostring(t))
return due
"""

Enqueue = Callable[[str, str, str], Awaitable[bool]]


class BuiltinScheduler:
    """Say when a test is next due; the suite store writes it to the due index with the test."""

    def next_due(self, suite: TestSuiteResponse) -> float | None:
        return parse_cron(suite.schedule).next_after(datetime.now(UTC)).timestamp()

    async def start(self, suite: TestSuiteResponse) -> str | None:
        return None  # nothing outside Redis to tell

    async def stop(self, suite: TestSuiteResponse) -> None:
        return None


class SchedulerLoop:
    """Claim due tests, set their next time, enqueue their runs; until stopped."""

    def __init__(self, redis: Redis, enqueue: Enqueue, *, tick_s: float = TICK_S) -> None:
        self.redis = redis
        self.enqueue = enqueue
        self.tick_s = tick_s
        self._claim = redis.register_script(_CLAIM)

    async def run(self, stop: asyncio.Event) -> None:
        log.info("scheduler started")
        while not stop.is_set():
            try:
                more = await self.tick()
            except Exception:
                log.exception("scheduler tick failed; trying again")
                more = False
            if not more:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=self.tick_s)
        log.info("scheduler stopped")

    async def tick(self) -> bool:
        """Handle one batch of due tests; True when the batch was full (go on at once)."""
        reply = cast(list[str], await self._claim(keys=[keys.SCHEDULE_DUE], args=[BATCH, LEASE_S]))
        now = datetime.fromtimestamp(float(reply.pop()), UTC)
        claimed = reply[::2]
        if not claimed:
            return False
        async with self.redis.pipeline(transaction=False) as pipe:
            for test_id in claimed:
                pipe.hmget(keys.test(test_id), "schedule", "status")
            tests = await pipe.execute()
        nexts: dict[str, float] = {}
        gone: list[str] = []
        for test_id, (schedule, status) in zip(claimed, tests, strict=True):
            if schedule is None or status == "paused":
                gone.append(test_id)  # deleted or paused meanwhile
                continue
            try:
                # After downtime a test that missed slots runs once: its next slot is after now.
                nexts[test_id] = parse_cron(schedule).next_after(now).timestamp()
            except ValueError:
                log.error("test %s has an unreadable schedule %r; unscheduled", test_id, schedule)
                gone.append(test_id)
                continue
            # Enqueue before moving the test on: if this process dies in between, the lease
            # runs out and the slot is claimed again (run twice, never lost).
            if not await self.enqueue(test_id, new_run_id(), "schedule"):
                # its previous run is still going: this slot is skipped, and counted
                await self.redis.hincrby(keys.SCHEDULE_SKIPPED, test_id, 1)
                log.info("test %s is still running; skipped its due slot", test_id)
        async with self.redis.pipeline(transaction=False) as pipe:
            if nexts:
                pipe.zadd(keys.SCHEDULE_DUE, nexts, xx=True)  # XX: never re-add a deleted test
            if gone:
                pipe.zrem(keys.SCHEDULE_DUE, *gone)
            await pipe.execute()
        return len(claimed) == BATCH
