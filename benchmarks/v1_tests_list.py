"""A filtered, searched, sorted page of `/api/v1/tests` among 10,000 tests in 200 suites
and 10 environments: the catalog's indexes against an unindexed scan of every test hash
doing the same in Python.

Both run against the same throw-away embedded Valkey, interleaved, through the real
service (server-side time, no HTTP); the script checks they answer the same tests and
prints the median of each and their ratio.
"""

from __future__ import annotations

import asyncio
import functools
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
from housecat.clock import iso
from housecat.config import Settings
from housecat.redis import connect
from housecat.suites.catalog_index import SET_LATEST, score, words
from housecat.suites.catalog_query import Catalog, TestQuery, parse_sort
from housecat.suites.models import TestSuiteResponse
from housecat.suites.store import SuiteStore

TESTS = 10_000
ROUNDS = 30
STEMS = ("shop", "cart", "login", "search", "pay")
VOCABULARY = [f"{stem}{n}" for stem in STEMS for n in range(40)]
TAGS = [f"tag{n}" for n in range(30)]
CATEGORIES = [f"Area {n}" for n in range(20)]
ENVIRONMENTS = [f"env{n}" for n in range(10)]
SUITES, SUITE_SIZE = 200, 50
START = datetime(2025, 1, 1, tzinfo=UTC)
QUERIES = {
    "filtered+searched+sorted": TestQuery(
        status="active", tags=("tag3",), q="cart7", sort=parse_sort("-last_run_at,name")
    ),
    "filtered (2 tags), sorted by name": TestQuery(tags=("tag1", "tag2"), sort=parse_sort("name")),
    "failing, newest run first": TestQuery(last_result="failed", sort=parse_sort("-last_run_at")),
    "no filter, sorted by name": TestQuery(sort=parse_sort("name")),
    "one suite's, newest run first": TestQuery(suite_id="suite7", sort=parse_sort("-last_run_at")),
    "an environment's, tagged, by name": TestQuery(
        environment_id="env3", tags=("tag5",), sort=parse_sort("name")
    ),
}


def made_up(n: int, rng: random.Random) -> TestSuiteResponse:
    created = iso(START + timedelta(minutes=n))
    return TestSuiteResponse(
        id=f"{n:08x}", name=" ".join(rng.sample(VOCABULARY, 3)), url="https://shop.test",
        goal="open / then " + " ".join(rng.sample(VOCABULARY, 6)), schedule="*/15 * * * *",
        created_at=created, updated_at=created, status="paused" if n % 10 == 0 else "active",
        description=" ".join(rng.sample(VOCABULARY, 8)), category=rng.choice(CATEGORIES),
        tags=rng.sample(TAGS, rng.randrange(4)), environment_id=rng.choice(ENVIRONMENTS),
    )  # fmt: skip


async def fill(redis: Redis) -> None:
    """Store the tests, and a latest result for 80% of them, as the real writes do."""
    rng = random.Random(14)
    store = SuiteStore(redis)
    set_latest = redis.register_script(SET_LATEST)
    for first in range(0, TESTS, 40):  # 40 at a time: the connection pool's size
        batch = [made_up(n, rng) for n in range(first, min(first + 40, TESTS))]
        await asyncio.gather(*(store.insert(test, due=None) for test in batch))
        runs = []
        for test in batch:
            if rng.random() < 0.8:
                when = iso(START + timedelta(days=400, minutes=rng.randrange(100_000)))
                outcome = "passed" if rng.random() < 0.7 else "failed"
                latest = [test.id, score(when), "last_result", outcome, "last_run_at", when]
                runs.append(set_latest(keys=[keys.test(test.id)], args=latest))
        await asyncio.gather(*runs)
    async with redis.pipeline(transaction=False) as pipe:
        for n in range(SUITES):
            listed = [f"{i:08x}" for i in rng.sample(range(TESTS), SUITE_SIZE)]
            pipe.rpush(keys.suite_tests(f"suite{n}"), *listed)
        await pipe.execute()


def _matches(test: TestSuiteResponse, query: TestQuery, in_suite: set[str] | None) -> bool:
    result = test.last_result if test.last_result != "pending" else "never"
    found = words(f"{test.name} {test.goal} {test.description}")
    return (
        (query.status is None or test.status == query.status)
        and (query.last_result is None or result == query.last_result)
        and set(query.tags) <= set(test.tags)
        and (query.q is None or set(words(query.q)) <= set(found))
        and (query.environment_id is None or test.environment_id == query.environment_id)
        and (in_suite is None or test.id in in_suite)
    )


def _compare(query: TestQuery, a: TestSuiteResponse, b: TestSuiteResponse) -> int:
    for key in query.sort:
        x, y = _value(a, key.field), _value(b, key.field)
        if x != y:
            return (-1 if x < y else 1) * (-1 if key.descending else 1)
    return (-1 if a.id < b.id else 1) * (-1 if query.sort[-1].descending else 1)


def _value(test: TestSuiteResponse, field: str) -> str | float:
    if field == "name":
        return test.name.casefold()
    moment = test.created_at if field == "created_at" else test.last_run_at
    return float(score(moment or ""))


async def scan(redis: Redis, query: TestQuery) -> list[TestSuiteResponse]:
    """The unindexed way: read every hash (pipelined), filter, sort and slice in Python."""
    test_ids = cast(set[str], await redis.smembers(keys.TESTS_ALL))
    async with redis.pipeline(transaction=False) as pipe:
        for test_id in test_ids:
            pipe.hgetall(keys.test(test_id))
        if query.suite_id:
            pipe.lrange(keys.suite_tests(query.suite_id), 0, -1)
        hashes = await pipe.execute()
    in_suite = set(hashes.pop()) if query.suite_id else None
    tests = [TestSuiteResponse.from_hash(fields) for fields in hashes if fields]
    kept = [test for test in tests if _matches(test, query, in_suite)]
    kept.sort(key=functools.cmp_to_key(functools.partial(_compare, query)))
    return kept[: query.limit]


async def timed(read: Awaitable[object]) -> float:
    start = time.perf_counter()
    await read
    return (time.perf_counter() - start) * 1000


async def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        async with connect(Settings(data_dir=Path(data_dir))) as redis:
            started = time.perf_counter()
            await fill(redis)
            print(f"{TESTS} tests, {SUITES} suites stored in {time.perf_counter() - started:.1f} s")
            catalog = Catalog(redis)
            print(f"median of {ROUNDS} interleaved rounds, page of 50 (embedded Valkey, socket)")
            for label, query in QUERIES.items():
                page = await catalog.page(query)
                expected = await scan(redis, query)
                assert [t.id for t in page.tests] == [t.id for t in expected], label
                indexed, scanned = [], []
                for _ in range(ROUNDS):
                    indexed.append(await timed(catalog.page(query)))
                    scanned.append(await timed(scan(redis, query)))
                fast, slow = statistics.median(indexed), statistics.median(scanned)
                print(f"  {label} ({page.total} match)")
                print(f"    indexed (HouseCat):   {fast:8.2f} ms")
                print(f"    scan of every hash:   {slow:8.2f} ms")
                print(f"    ratio scan / indexed: {slow / fast:8.1f}x")


if __name__ == "__main__":
    asyncio.run(main())
