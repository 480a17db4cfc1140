"""Executions at scale: a filtered page of 100,000 executions, and starting a 50-test run.

The indexed page (status and test filter, a date range, newest first) is timed against
the unindexed way, every hash read and filtered in Python, on the same embedded Valkey.
Starting a 50-test execution is timed through the real service (tests read in one
round trip, the execution written whole, its job queued).
"""

from __future__ import annotations

import asyncio
import random
import statistics
import tempfile
import time
from collections.abc import Awaitable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.artifacts import Artifacts
from housecat.clock import iso
from housecat.config import Settings
from housecat.executions.models import Execution, ExecutionStatus, TestExecution
from housecat.executions.service import ExecutionService
from housecat.executions.store import ExecutionStore, Filters
from housecat.redis import connect
from housecat.runs.store import ResultStore
from housecat.schedule.queue import RunQueue
from housecat.suites.models import CreateTestSuite
from housecat.suites.service import NoScheduler, SuiteService
from housecat.suites.store import SuiteStore

EXECUTIONS = 100_000
TESTS = 200
SUITE_TESTS = 50
ROUNDS = 20
STATUSES = [ExecutionStatus.PASSED] * 8 + [ExecutionStatus.FAILED, ExecutionStatus.STOPPED]


async def fill(store: ExecutionStore, test_ids: list[str]) -> None:
    """Store executions of one or a few tests, spread over the last 30 days."""
    start = datetime.now(UTC) - timedelta(days=30)
    rng = random.Random(7)
    for n in range(EXECUTIONS):
        created = iso(start + timedelta(seconds=n * 25))
        chosen = rng.sample(test_ids, rng.randint(1, 3))
        await store.insert(
            Execution(
                id=f"exec-{n:06d}",
                name="bench",
                status=rng.choice(STATUSES),
                created_at=created,
                updated_at=created,
                tests=[TestExecution(test_id=t, test_name=t, run_id=f"r{n}") for t in chosen],
            )
        )


async def unindexed(redis: Redis, test_id: str, after: float) -> list[Execution]:
    """Read every execution and filter, sort and slice in Python."""
    found = []
    async for key in redis.scan_iter(match="execution:*", count=1000):
        fields = cast(dict[str, str], await redis.hgetall(key))
        execution = Execution.from_hash(fields)
        created = datetime.fromisoformat(execution.created_at.replace("Z", "+00:00"))
        if (
            execution.status == ExecutionStatus.FAILED
            and any(t.test_id == test_id for t in execution.tests)
            and created.timestamp() >= after
        ):
            found.append(execution)
    found.sort(key=lambda e: e.created_at, reverse=True)
    return found[:50]


async def timed(work: Awaitable[object]) -> float:
    start = time.perf_counter()
    await work
    return (time.perf_counter() - start) * 1000


async def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        async with connect(Settings(data_dir=Path(data_dir))) as redis:
            suites = SuiteService(SuiteStore(redis), NoScheduler(), Artifacts(Path(data_dir)))
            body = CreateTestSuite(name="Journey", url="https://example.com", goal="open /")
            test_ids = [(await suites.create(body)).id for _ in range(TESTS)]
            store = ExecutionStore(redis, max_age=timedelta(days=90))
            print(f"storing {EXECUTIONS:,} executions…", flush=True)
            await fill(store, test_ids)

            after = (datetime.now(UTC) - timedelta(days=20)).timestamp()
            filters = Filters(status=ExecutionStatus.FAILED, test_id=test_ids[0], after=after)
            indexed_page, _ = await store.list(filters, limit=50, cursor=None)
            scanned = await unindexed(redis, test_ids[0], after)
            assert [e.id for e in indexed_page] == [e.id for e in scanned]
            page = store.list
            indexed = [await timed(page(filters, limit=50, cursor=None)) for _ in range(ROUNDS)]
            scans = [await timed(unindexed(redis, test_ids[0], after)) for _ in range(3)]

            queue = RunQueue(redis, run_timeout_s=60)
            results = ResultStore(redis, results_max=100, max_age=timedelta(days=1))
            service = ExecutionService(store, SuiteStore(redis), results, queue)
            chosen = test_ids[:SUITE_TESTS]
            starts = [await timed(service.start(chosen, name="bench")) for _ in range(ROUNDS)]
            await queue.close()
            assert await redis.zcard(keys.EXECUTIONS_ALL) == EXECUTIONS + ROUNDS

    page_ms, scan_ms = statistics.median(indexed), statistics.median(scans)
    print(f"filtered page of {EXECUTIONS:,} executions: indexed {page_ms:.1f} ms (median)")
    print(f"  unindexed scan: {scan_ms:.0f} ms · ratio {scan_ms / page_ms:.0f}× faster")
    print(f"starting a {SUITE_TESTS}-test execution: {statistics.median(starts):.1f} ms (median)")


if __name__ == "__main__":
    asyncio.run(main())
