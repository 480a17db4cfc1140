"""Can the workers keep up? Skipped slots per hour, and the workers the schedules need.

The scheduler counts each skipped slot (a test due while its previous run still goes) in
an hourly hash with a field per minute, so "the last hour" is exact and the last day is
24 small reads. The workers needed are the scheduled run time per hour over the hour a
worker has: sum over active tests of runs/hour x mean run seconds / 3600 / concurrency.
"""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, cast

from croniter import croniter
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from housecat import keys
from housecat.schedule.cron import parse_cron
from housecat.schedule.queue import Depth

HOUR = 3600
HOURS_SHOWN = 24
# Kept a little over the day shown, so the oldest hour shown is always whole.
SKIPPED_HOUR_TTL_S = (HOURS_SHOWN + 2) * HOUR
# A test's run time is the mean of its latest runs; with no run of any test yet,
# a browser journey is assumed to take this long.
RECENT_RUNS = 20
ASSUMED_RUN_S = 30.0
DAYS_IN_MONTH = 365.25 / 12

RunTimeSource = Literal["measured", "partly_measured", "assumed"]

# The mean duration (ms) of each timing key's latest runs, '' for none: one command,
# one small number per test, however many runs each keeps.
_MEAN_DURATIONS = """
local means = {}
for i = 1, #KEYS do
  local runs = redis.call('ZRANGE', KEYS[i], -tonumber(ARGV[1]), -1)
  local total = 0
  for _, member in ipairs(runs) do
    total = total + tonumber(string.match(member, '^[^:]+'))
  end
  means[i] = #runs > 0 and tostring(total / #runs) or ''
end
return means
"""
MEANS_CHUNK = 1000  # keys per call: keeps each call short at fleet scale


@dataclass(frozen=True)
class SkippedHour:
    hour_start: datetime
    skipped: int


@dataclass(frozen=True)
class Capacity:
    skipped_last_hour: int
    skipped_per_hour: list[SkippedHour]
    runs_per_hour: float
    mean_run_s: float | None
    run_time_source: RunTimeSource
    worker_concurrency: int
    needed_workers: int


def count_skipped(pipe: Pipeline, test_ids: list[str], moment: float) -> None:
    """Count skipped due slots in the pipeline: per test, and by the minute for the fleet."""
    for test_id in test_ids:
        pipe.hincrby(keys.SCHEDULE_SKIPPED, test_id, 1)
    hour = keys.schedule_skipped_hour(int(moment) // HOUR)
    pipe.hincrby(hour, str(int(moment) % HOUR // 60), len(test_ids))
    pipe.expire(hour, SKIPPED_HOUR_TTL_S)


async def record_skipped(redis: Redis, test_id: str) -> None:
    """Count one skipped due slot of the test, now."""
    async with redis.pipeline(transaction=False) as pipe:
        count_skipped(pipe, [test_id], time.time())
        await pipe.execute()


@functools.lru_cache(maxsize=4096)
def runs_per_hour(expression: str) -> float:
    """Return how often a cron expression fires per hour, on average over a year."""
    (minutes, hours, days, months, weekdays), nth = croniter.expand(parse_cron(expression).fields)
    per_day = _count(minutes, 60) * _count(hours, 24)
    day_share = _count(days, 31) / DAYS_IN_MONTH
    # '1#2' (the second Monday) fires once a month, a plain weekday once a week
    week_share = (
        sum(len(n) for n in nth.values()) / DAYS_IN_MONTH if nth else _count(weekdays, 7) / 7
    )
    if days != ["*"] and weekdays != ["*"]:
        share = day_share + week_share - day_share * week_share  # cron runs on either
    else:
        share = min(day_share, week_share)
    return per_day * min(share, 1.0) * _count(months, 12) / 12 / 24


def _count(values: Sequence[int | str], whole: int) -> int:
    """Return how many values of a field fire: all of them for '*'."""
    return whole if values == ["*"] else len(values)


async def skipped_hours(redis: Redis, now: float) -> tuple[int, list[SkippedHour]]:
    """Return the slots skipped in the last 60 minutes, and per hour of the last day."""
    this_hour = int(now) // HOUR
    hours = range(this_hour - HOURS_SHOWN + 1, this_hour + 1)
    async with redis.pipeline(transaction=False) as pipe:
        for hour in hours:
            pipe.hgetall(keys.schedule_skipped_hour(hour))
        counts = cast(list[dict[str, str]], await pipe.execute())
    minute = int(now) % HOUR // 60
    # this hour so far, and the previous hour's minutes after this one
    last_hour = sum(int(n) for n in counts[-1].values()) + sum(
        int(n) for m, n in counts[-2].items() if int(m) > minute
    )
    per_hour = [
        SkippedHour(datetime.fromtimestamp(hour * HOUR, UTC), sum(int(n) for n in c.values()))
        for hour, c in zip(hours, counts, strict=True)
    ]
    return last_hour, per_hour


async def active_schedules(redis: Redis) -> dict[str, str]:
    """Return the schedule of every active test, by test id, from one command."""
    rows = cast(
        list[tuple[str | None, str | None, str | None]],
        await redis.sort(
            keys.TESTS_ALL,
            by="nosort",
            get=["#", f"{keys.test('*')}->schedule", f"{keys.test('*')}->status"],
            groups=True,
        ),
    )
    return {
        test_id: schedule
        for test_id, schedule, status in rows
        if test_id and schedule and status != "paused"
    }


async def mean_run_seconds(redis: Redis, test_ids: list[str]) -> dict[str, float]:
    """Return the mean of each test's latest run durations in seconds; none without runs."""
    script = redis.register_script(_MEAN_DURATIONS)
    means: dict[str, float] = {}
    for start in range(0, len(test_ids), MEANS_CHUNK):
        chunk = test_ids[start : start + MEANS_CHUNK]
        replies = cast(
            list[str], await script(keys=[keys.timing(t) for t in chunk], args=[RECENT_RUNS])
        )
        means |= {t: float(ms) / 1000 for t, ms in zip(chunk, replies, strict=True) if ms}
    return means


def per_worker_concurrency(depth: Depth, default: int) -> int:
    """Return the live workers' mean concurrency, or the default when none is live."""
    return max(1, round(depth.run_slots / depth.workers) if depth.workers else default)


async def measure(redis: Redis, *, worker_concurrency: int, now: float | None = None) -> Capacity:
    """Measure skipped slots and the workers the active schedules need."""
    now = time.time() if now is None else now
    last_hour, per_hour = await skipped_hours(redis, now)
    schedules = await active_schedules(redis)
    rates: dict[str, float] = {}
    for test_id, schedule in schedules.items():
        try:
            rates[test_id] = runs_per_hour(schedule)
        except ValueError:
            continue  # an unreadable schedule never runs
    measured = await mean_run_seconds(redis, list(rates))
    # A test without runs yet is taken to last as long as the others do on average.
    fallback = sum(measured.values()) / len(measured) if measured else ASSUMED_RUN_S
    source: RunTimeSource = (
        "assumed"
        if not measured
        else "measured"
        if len(measured) == len(rates)
        else "partly_measured"
    )
    total_rate = sum(rates.values())
    busy_s = sum(rate * measured.get(test_id, fallback) for test_id, rate in rates.items())
    return Capacity(
        skipped_last_hour=last_hour,
        skipped_per_hour=per_hour,
        runs_per_hour=total_rate,
        mean_run_s=busy_s / total_rate if total_rate else None,
        run_time_source=source,
        worker_concurrency=worker_concurrency,
        needed_workers=math.ceil(round(busy_s / HOUR / worker_concurrency, 6)),
    )
