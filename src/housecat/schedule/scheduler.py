"""The built-in scheduler: a due-time index in Redis, claimed atomically by any number
of scheduler processes, each due slot enqueued exactly once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.locations.names import places
from housecat.runs.pipeline import new_run_id
from housecat.schedule.capacity import count_skipped
from housecat.schedule.cron import parse_cron
from housecat.suites.models import TestSuiteResponse

log = logging.getLogger(__name__)

BATCH = 500
TICK_S = 1.0
# A claimed test is pushed this far ahead until its claimer sets its real next time;
# if that scheduler dies in between, another one claims the test after the lease.
LEASE_S = 60

# Pop what is due by the server's clock (not the caller's), lease it, answer it, the
# server's time and when the next test is due.
_CLAIM = """
local now = redis.call('TIME')
local t = tonumber(now[1]) + tonumber(now[2]) / 1000000
local batch = tonumber(ARGV[1])
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', t, 'LIMIT', 0, batch)
for i = 1, #due do
  redis.call('ZADD', KEYS[1], 'XX', t + tonumber(ARGV[2]), due[i])
end
local next_due = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
table.insert(due, tostring(t))
table.insert(due, next_due[2] or '')
return due
"""

# Each claimed test's schedule and status, in one call rather than one command per test.
_READ_TESTS = """
local tests = {}
for i = 1, #KEYS do
  tests[i] = redis.call('HMGET', KEYS[i], 'schedule', 'status', 'locations')
end
return tests
"""

# Queue runs (test id, run id, triggered by, location) at once; for each, False when its
# test already has a run queued or running at that location.
EnqueueMany = Callable[[Sequence[tuple[str, str, str, str]]], Awaitable[list[bool]]]


class BuiltinScheduler:
    """Say when a test is next due; the suite store writes it to the due index with the test."""

    def next_due(self, suite: TestSuiteResponse) -> float | None:
        return parse_cron(suite.schedule).next_after(datetime.now(UTC)).timestamp()

    async def start(self, suite: TestSuiteResponse) -> str | None:
        return None  # nothing outside Redis to tell

    async def stop(self, suite: TestSuiteResponse) -> None:
        return None


class SchedulerLoop:
    """Claim due tests, enqueue their runs, set their next time; until stopped."""

    def __init__(self, redis: Redis, enqueue_many: EnqueueMany, *, tick_s: float = TICK_S) -> None:
        self.redis = redis
        self.enqueue_many = enqueue_many
        self.tick_s = tick_s
        self._claim = redis.register_script(_CLAIM)
        self._read_tests = redis.register_script(_READ_TESTS)

    async def run(self, stop: asyncio.Event) -> None:
        log.info("scheduler started")
        while not stop.is_set():
            try:
                wait_s = await self.tick()
            except Exception:
                log.exception("scheduler tick failed; trying again")
                wait_s = self.tick_s
            if wait_s > 0:
                # Wake when the next test is due, or after a tick for tests added meanwhile.
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=min(wait_s, self.tick_s))
        log.info("scheduler stopped")

    async def tick(self) -> float:
        """Handle one batch of due tests; return the seconds until the next is due (0: now)."""
        claimed = cast(
            list[str], await self._claim(keys=[keys.SCHEDULE_DUE], args=[BATCH, LEASE_S])
        )
        next_due, server_now = claimed.pop(), float(claimed.pop())
        now = datetime.fromtimestamp(server_now, UTC)
        if not claimed:
            return max(0.0, float(next_due) - server_now) if next_due else self.tick_s
        tests = cast(
            list[list[str | None]],
            await self._read_tests(keys=[keys.test(test_id) for test_id in claimed]),
        )
        nexts: dict[str, float] = {}
        where: dict[str, list[str]] = {}
        gone: list[str] = []
        # Tests on the same schedule share their next time: reckon it once per schedule.
        next_of: dict[str, float | None] = {}
        for test_id, (schedule, status, locations) in zip(claimed, tests, strict=True):
            if schedule is None or status == "paused":
                gone.append(test_id)  # deleted or paused meanwhile
                continue
            if schedule not in next_of:
                next_of[schedule] = _next_after(schedule, now)
            following = next_of[schedule]
            if following is None:
                log.error("test %s has an unreadable schedule %r; unscheduled", test_id, schedule)
                gone.append(test_id)
                continue
            nexts[test_id] = following
            where[test_id] = places(json.loads(locations) if locations else [])
        # Enqueue before moving the tests on: if this process dies in between, the lease
        # runs out and the slots are claimed again (run twice, never lost). A slot runs once
        # at each of the test's locations.
        due = [(test_id, location) for test_id in nexts for location in where[test_id]]
        runs = [(test_id, new_run_id(), "schedule", location) for test_id, location in due]
        enqueued = await self.enqueue_many(runs)
        # A test whose previous run is still going (at a location) skips this slot, counted.
        skipped = [test_id for (test_id, _), ok in zip(due, enqueued, strict=True) if not ok]
        async with self.redis.pipeline(transaction=False) as pipe:
            if nexts:
                pipe.zadd(keys.SCHEDULE_DUE, nexts, xx=True)  # XX: never re-add a deleted test
            if gone:
                pipe.zrem(keys.SCHEDULE_DUE, *gone)
            if skipped:
                count_skipped(pipe, skipped, server_now)
            await pipe.execute()
        if skipped:
            log.info(
                "%d tests still running skipped their due slot: %s",
                len(skipped),
                " ".join(skipped[:20]) + (" ..." if len(skipped) > 20 else ""),
            )
        if len(claimed) == BATCH:
            return 0.0  # a full batch: more may be due already
        return max(0.0, float(next_due) - server_now) if next_due else self.tick_s


def _next_after(schedule: str, now: datetime) -> float | None:
    """Return the schedule's first slot after now (after downtime, missed slots run once)."""
    try:
        return parse_cron(schedule).next_after(now).timestamp()
    except ValueError:
        return None
