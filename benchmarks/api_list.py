"""Listing 1,000 tests: one pipelined round trip against a naive HGETALL-per-test loop.

Both read the same 1,000 hashes from the same embedded Valkey, interleaved, and the
script prints the median of each and their ratio.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.artifacts import Artifacts
from housecat.config import Settings
from housecat.redis import connect
from housecat.suites.models import CreateTestSuite, TestSuiteResponse
from housecat.suites.service import NoScheduler, SuiteService
from housecat.suites.store import SuiteStore

TESTS = 1_000
ROUNDS = 30


async def naive_loop(redis: Redis) -> list[TestSuiteResponse]:
    """The naive listing: SMEMBERS, then one HGETALL per id."""
    suites = []
    for test_id in cast(set[str], await redis.smembers(keys.TESTS_ALL)):
        fields = cast(dict[str, str], await redis.hgetall(keys.test(test_id)))
        if fields:
            suites.append(TestSuiteResponse.from_hash(fields))
    suites.sort(key=lambda suite: suite.created_at, reverse=True)
    return suites


async def timed(read: Awaitable[object]) -> float:
    start = time.perf_counter()
    await read
    return (time.perf_counter() - start) * 1000


async def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        async with connect(Settings(data_dir=Path(data_dir))) as redis:
            store = SuiteStore(redis)
            service = SuiteService(store, NoScheduler(), Artifacts(Path(data_dir)))
            body = CreateTestSuite(name="Login", url="https://example.com", goal="open /")
            for _ in range(TESTS):
                await service.create(body)
            assert len(await store.list()) == len(await naive_loop(redis)) == TESTS

            pipelined, looped = [], []
            for _ in range(ROUNDS):
                pipelined.append(await timed(store.list()))
                looped.append(await timed(naive_loop(redis)))

    fast, slow = statistics.median(pipelined), statistics.median(looped)
    print(
        f"list {TESTS} tests, median of {ROUNDS} interleaved rounds (embedded Valkey, unix socket)"
    )
    print(f"  pipelined (HouseCat):       {fast:8.1f} ms")
    print(f"  HGETALL per test (naive):    {slow:8.1f} ms")
    print(f"  ratio naive / HouseCat:      {slow / fast:8.2f}x")


if __name__ == "__main__":
    asyncio.run(main())
