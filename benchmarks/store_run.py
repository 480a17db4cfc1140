"""Runs stored per second: HouseCat's one transaction against separate calls.

Three ways to store a finished (failing) run, on the same embedded Valkey, interleaved:
  - HouseCat: one MULTI, one round trip, with every write (result, timing, test
    hash, incident, uptime rollup, run detail, retention trims);
  - the same writes as separate calls, one round trip each;
  - the naive sequence (result, timing, test hash, incident), separate calls.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from redis.asyncio import Redis

from housecat import keys
from housecat.browser.results import BrowserResult
from housecat.clock import iso
from housecat.config import Settings
from housecat.plan.models import Plan, Step
from housecat.redis import connect
from housecat.runs.models import RunDetail, RunRecord
from housecat.runs.store import ResultStore
from housecat.suites.models import TestSuiteResponse

RUNS = 500
ROUNDS = 5
TEST = TestSuiteResponse(
    id="bench001", name="Login", url="https://a.test", goal="open /", schedule="* * * * *",
    created_at="2026-01-01T00:00:00.000Z", updated_at="2026-01-01T00:00:00.000Z",
)  # fmt: skip
PLAN = Plan(goal="open /", steps=[Step(action="goto", value="https://a.test", phrase="open")])


def make_detail(n: int) -> RunDetail:
    now = datetime.now(UTC)
    record = RunRecord(
        run_id=f"r{n:07d}", test_id=TEST.id, passed=False, duration_ms=1200 + n % 7,
        steps_passed=0, steps_total=1, details="0 of 1 steps passed.", step_results=[],
        error="Step 1 failed: x", triggered_by="schedule", started_at=iso(now),
        completed_at=iso(now + timedelta(seconds=1)),
    )  # fmt: skip
    browser = BrowserResult(steps=[], duration_ms=1200)
    return RunDetail(record=record, plan=PLAN, plan_source="cache", browser_result=browser)


async def naive_sequence(redis: Redis, detail: RunDetail) -> float:
    """The naive four calls: result, timing, test hash, incident; return the score used."""
    record = detail.record
    score = time.time()
    await redis.zadd(keys.results(TEST.id), {record.model_dump_json(): score})
    await redis.zadd(keys.timing(TEST.id), {f"{record.duration_ms}:{record.run_id}": score})
    await redis.hset(keys.test(TEST.id), mapping={"last_result": "failed", "last_run_at": "x"})
    await redis.lpush(keys.incidents(TEST.id), record.model_dump_json())
    return score


async def same_writes_separately(redis: Redis, detail: RunDetail) -> None:
    """Everything HouseCat's transaction writes, one call at a time."""
    score = await naive_sequence(redis, detail)
    await redis.ltrim(keys.incidents(TEST.id), 0, 999)
    await redis.hincrby(keys.uptime(TEST.id), f"{int(score // 3600)}:failed", 1)
    await redis.expire(keys.uptime(TEST.id), 86_400)
    await redis.set(keys.run(detail.record.run_id), detail.model_dump_json(), ex=86_400)
    for key in (keys.results(TEST.id), keys.timing(TEST.id)):
        await redis.zremrangebyscore(key, "-inf", f"({score - 86_400}")
        await redis.zremrangebyrank(key, 0, -10_001)


async def rate(store: Callable[[RunDetail], Awaitable[object]], details: list[RunDetail]) -> float:
    start = time.perf_counter()
    for detail in details:
        await store(detail)
    return len(details) / (time.perf_counter() - start)


async def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        async with connect(Settings(data_dir=Path(data_dir))) as redis:
            await redis.hset(keys.test(TEST.id), mapping=TEST.to_hash())
            results = ResultStore(redis, results_max=10_000, max_age=timedelta(days=1))
            details = [make_detail(n) for n in range(RUNS)]
            ways: dict[str, Callable[[RunDetail], Awaitable[object]]] = {
                "HouseCat, one transaction": lambda d: results.save(TEST, d, None),
                "same writes, separate calls": lambda d: same_writes_separately(redis, d),
                "naive 4 separate calls": lambda d: naive_sequence(redis, d),
            }
            rates: dict[str, list[float]] = {name: [] for name in ways}
            for _ in range(ROUNDS):
                for name, store in ways.items():
                    rates[name].append(await rate(store, details))
    medians = {name: statistics.median(values) for name, values in rates.items()}
    ours = medians["HouseCat, one transaction"]
    print(f"runs stored per second, median of {ROUNDS} rounds of {RUNS} (embedded Valkey)")
    for name, value in medians.items():
        print(f"  {name:30s} {value:8.0f}/s")
    print(
        f"  ratio vs same writes separately: {ours / medians['same writes, separate calls']:6.2f}x"
    )
    naive = medians["naive 4 separate calls"]
    print(f"  ratio vs the naive 4 calls:     {ours / naive:6.2f}x")


if __name__ == "__main__":
    asyncio.run(main())
