"""Read every count the metrics export, in two pipelined round trips, at scrape time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.llm.usage import Purpose
from housecat.metrics.record import INF, le
from housecat.projects.context import visible
from housecat.runs.spend import PURPOSES, Spend, spend_of, today

Fields = dict[str, str]


@dataclass(frozen=True)
class Histogram:
    """A histogram as Prometheus wants it: cumulative buckets (`le`, count) and a sum."""

    buckets: list[tuple[str, float]]
    sum_s: float

    @property
    def count(self) -> float:
        return self.buckets[-1][1]


@dataclass(frozen=True)
class Readings:
    """The counts of one scrape, as Redis keeps them (see record.py)."""

    names: dict[str, str]  # test id -> name, for every test
    tests: dict[str, Fields]  # test id -> its `metrics:test:{id}` hash
    skipped: Fields  # test id -> due slots skipped
    steps: Fields
    alerts: Fields
    browser: Fields
    spend_total: dict[Purpose, Spend]
    spend_today: dict[Purpose, Spend]


async def read(redis: Redis) -> Readings:
    """Read the global counts and the test ids, then every test's counts and name."""
    async with redis.pipeline(transaction=False) as pipe:
        pipe.smembers(keys.TESTS_ALL)
        for key in (keys.SCHEDULE_SKIPPED, keys.METRICS_STEPS, keys.METRICS_ALERTS):
            pipe.hgetall(key)
        pipe.hgetall(keys.METRICS_BROWSER)
        pipe.hgetall(keys.MODEL_SPEND_TOTAL)
        pipe.hgetall(keys.model_spend_day(today()))
        replies = await pipe.execute()
    test_ids = sorted(cast(set[str], replies[0]))
    skipped, steps, alerts, browser, total, day = cast(list[Fields], replies[1:])
    async with redis.pipeline(transaction=False) as pipe:
        for test_id in test_ids:
            pipe.hmget(keys.test(test_id), ["name", "project"])
            pipe.hgetall(keys.metrics_test(test_id))
        per_test = await pipe.execute()
    names: dict[str, str] = {}
    tests: dict[str, Fields] = {}
    for test_id, (name, project), counts in zip(
        test_ids, per_test[::2], per_test[1::2], strict=True
    ):
        if name is None or not visible(project):
            continue  # deleted between the two reads, or another project's
        names[test_id] = name
        tests[test_id] = counts
    return Readings(
        names=names,
        tests=tests,
        skipped=skipped,
        steps=steps,
        alerts=alerts,
        browser=browser,
        spend_total={purpose: spend_of(total, f"{purpose}:") for purpose in PURPOSES},
        spend_today={purpose: spend_of(day, f"{purpose}:") for purpose in PURPOSES},
    )


def histogram(fields: Fields, prefix: str, bounds: Sequence[float]) -> Histogram:
    """Build the histogram kept in `fields` as `{prefix}le:{le}` and `{prefix}sum_ms`."""
    limits = [*(le(bound) for bound in bounds), INF]
    alone = [int(fields.get(f"{prefix}le:{limit}") or 0) for limit in limits]
    buckets = list(zip(limits, map(float, accumulate(alone)), strict=True))
    return Histogram(buckets, int(fields.get(f"{prefix}sum_ms") or 0) / 1000)


def labelled(fields: Iterable[str], position: int) -> list[str]:
    """The distinct values of the `position`th part of `:`-separated field names."""
    return sorted({field.split(":")[position] for field in fields})
