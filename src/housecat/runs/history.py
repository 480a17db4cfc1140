"""The read side of runs: history, timings, uptime, incidents and the dashboard.

Every call is one round trip. Uptime reads the hourly rollups for the whole hours of
its window and the raw results only for the two partial hours at its edges, so a
30-day window reads ~1,440 counters rather than every run.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from pydantic import BaseModel
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from housecat import keys
from housecat.clock import iso
from housecat.errors import NotFound
from housecat.locations.names import DEFAULT_LOCATION
from housecat.projects.context import visible
from housecat.runs.models import IncidentRecord, RunRecord

HOUR = 3600
RECENT_RUNS = 5
_PF = ("passed", "failed")  # the two rollup counters of each hour

Read = Callable[[Pipeline], object]  # queues one read on a pipeline
# What the dashboard reads of each test, in one SORT ... GET (one command, one round trip).
_SUMMARY_FIELDS = ("name", "url", "status", "last_result", "last_run_at")


class ResultsPage(BaseModel):
    test_id: str
    results: list[RunRecord]
    total: int
    limit: int
    offset: int


class TimingPoint(BaseModel):
    timestamp: str
    duration_ms: int


class TimingSeries(BaseModel):
    test_id: str
    timing: list[TimingPoint]
    total: int


class Uptime(BaseModel):
    test_id: str
    uptime_pct: float
    total_runs: int
    passed_runs: int
    failed_runs: int
    window_hours: int


class IncidentsPage(BaseModel):
    test_id: str
    incidents: list[IncidentRecord]
    total: int


class RecentRun(BaseModel):
    test_id: str
    test_name: str
    test_url: str
    last_result: str
    last_run_at: str


class Dashboard(BaseModel):
    total_tests: int
    active_tests: int
    paused_tests: int
    passing: int
    failing: int
    pending: int
    recent_runs: list[RecentRun]


class HourCount(BaseModel):
    hour_start: str
    passed: int
    failed: int


@dataclass(frozen=True, slots=True)
class TestSummary:
    """What the dashboard shows of one test (a plain class: there may be 10,000)."""

    __test__ = False

    id: str
    name: str
    url: str
    status: str
    last_result: str
    last_run_at: str | None


def summarize(tests: list[TestSummary]) -> Dashboard:
    """Count tests by state and pick the five latest runs."""
    results = [test.last_result for test in tests]
    paused = sum(test.status == "paused" for test in tests)
    ran = sorted((test for test in tests if test.last_run_at), key=_last_run, reverse=True)
    return Dashboard(
        total_tests=len(tests),
        active_tests=len(tests) - paused,
        paused_tests=paused,
        passing=results.count("passed"),
        # A run HouseCat could not complete is not a pass: show it among the failing.
        failing=results.count("failed") + results.count("error"),
        pending=results.count("pending"),
        recent_runs=[
            RecentRun(
                test_id=test.id,
                test_name=test.name,
                test_url=test.url,
                last_result=test.last_result,
                last_run_at=str(test.last_run_at),
            )
            for test in ran[:RECENT_RUNS]
        ],
    )


def _last_run(test: TestSummary) -> str:
    return test.last_run_at or ""


def _moment(unix_s: float) -> str:
    return iso(datetime.fromtimestamp(unix_s, UTC))


def _ran_at(record: dict[str, Any], location: str) -> bool:
    """Whether a raw record's run was from that location (runs before locations: default)."""
    return bool(record.get("location", DEFAULT_LOCATION) == location)


def _count(records: list[str], location: str | None = None) -> tuple[int, int]:
    """Count (passed, failed) among raw RunRecord JSON (from `location` only, if given);
    cancelled runs and runs in a maintenance window count as neither."""
    passed = failed = 0
    for raw in records:
        record = json.loads(raw)
        if record.get("cancelled") or record.get("maintenance"):
            continue
        if location is not None and not _ran_at(record, location):
            continue
        if record["passed"]:
            passed += 1
        else:
            failed += 1
    return passed, failed


def uptime_pct(passed: int, failed: int) -> float:
    """Passed runs as a percentage of judged runs; 100.0 when there were none."""
    total = passed + failed
    return round(passed / total * 100, 2) if total else 100.0


class RunHistory:
    """Read what runs left behind; an unknown test is NotFound."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def _read(self, test_id: str, *reads: Read) -> list[Any]:
        """Queue the reads in one transaction after checking the test exists."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hmget(keys.test(test_id), ["id", "project"])
            for read in reads:
                read(pipe)
            (found, project), *replies = await pipe.execute(raise_on_error=False)
        # An unknown test (or another project's) is a 404 before whatever else went wrong.
        if found is None or not visible(project):
            raise NotFound(f"test '{test_id}' not found")
        for reply in replies:
            if isinstance(reply, Exception):
                raise reply
        return replies

    async def results(
        self, test_id: str, *, limit: int = 20, offset: int = 0, location: str | None = None
    ) -> ResultsPage:
        """Return a page of runs, newest first (only those run from `location`, if given)."""
        key = keys.results(test_id)
        if location is not None:
            # The history is capped (HOUSECAT_RESULTS_MAX): read it whole and keep one place's.
            (raw,) = await self._read(test_id, lambda p: p.zrevrange(key, 0, -1))
            found = [record for record in map(json.loads, raw) if _ran_at(record, location)]
            page = [RunRecord.model_validate(record) for record in found[offset : offset + limit]]
            return ResultsPage(
                test_id=test_id, results=page, total=len(found), limit=limit, offset=offset
            )
        total, raw = await self._read(
            test_id, lambda p: p.zcard(key), lambda p: p.zrevrange(key, offset, offset + limit - 1)
        )
        records = [RunRecord.model_validate_json(item) for item in raw]
        return ResultsPage(
            test_id=test_id, results=records, total=total, limit=limit, offset=offset
        )

    async def timing(self, test_id: str, *, limit: int = 50) -> TimingSeries:
        """Return the latest durations, newest first."""
        key = keys.timing(test_id)
        total, raw = await self._read(
            test_id,
            lambda p: p.zcard(key),
            lambda p: p.zrevrange(key, 0, limit - 1, withscores=True),
        )
        points = [
            TimingPoint(timestamp=_moment(score), duration_ms=int(member.partition(":")[0]))
            for member, score in raw
        ]
        return TimingSeries(test_id=test_id, timing=points, total=total)

    async def uptime(
        self,
        test_id: str,
        *,
        hours: int = 24,
        now: float | None = None,
        location: str | None = None,
    ) -> Uptime:
        """Count the runs that started in the last `hours` (every run since, if any is later);
        only those run from `location`, if given."""
        now = time.time() if now is None else now
        if location == DEFAULT_LOCATION:
            named = cast(str | None, await self.redis.hget(keys.test(test_id), "locations"))
            if not json.loads(named or "[]"):
                location = None  # a test that names no location runs all its runs there
        start = now - hours * HOUR
        first_whole = int(start // HOUR) + 1  # the first hour wholly inside the window
        current = int(now // HOUR)  # read raw: runs of this hour are still being written
        at = "" if location is None else f"@{location}"  # the location's own counters
        fields = [
            f"{hour}{at}:{outcome}" for hour in range(first_whole, current) for outcome in _PF
        ]
        key = keys.results(test_id)
        reads: list[Read] = [
            lambda p: p.zrangebyscore(key, start, f"({first_whole * HOUR}"),
            lambda p: p.zrangebyscore(key, current * HOUR, "+inf"),
        ]
        if fields:
            reads.append(lambda p: p.hmget(keys.uptime(test_id), fields))
        leading, trailing, *rollup = await self._read(test_id, *reads)
        counts = [int(value or 0) for value in (rollup[0] if rollup else [])]
        passed, failed = sum(counts[0::2]), sum(counts[1::2])
        for edge in (leading, trailing):
            edge_passed, edge_failed = _count(edge, location)
            passed, failed = passed + edge_passed, failed + edge_failed
        return Uptime(
            test_id=test_id,
            uptime_pct=uptime_pct(passed, failed),
            total_runs=passed + failed,
            passed_runs=passed,
            failed_runs=failed,
            window_hours=hours,
        )

    async def incidents(self, test_id: str, *, limit: int = 10) -> IncidentsPage:
        """Return the latest incidents, newest first."""
        key = keys.incidents(test_id)
        total, raw = await self._read(
            test_id, lambda p: p.llen(key), lambda p: p.lrange(key, 0, limit - 1)
        )
        items = [IncidentRecord.model_validate_json(item) for item in raw]
        return IncidentsPage(test_id=test_id, incidents=items, total=total)

    async def summaries(self) -> list[TestSummary]:
        """Read what the dashboard needs of every test, in one command."""
        fields = (*_SUMMARY_FIELDS, "project")
        patterns = ["#", *(f"{keys.test('*')}->{field}" for field in fields)]
        rows = cast(
            list[tuple[str | None, ...]],
            await self.redis.sort(keys.TESTS_ALL, by="nosort", get=patterns, groups=True),
        )
        return [
            TestSummary(test_id, name, url or "", status or "active", result or "pending", ran)
            for test_id, name, url, status, result, ran, project in rows
            # Left out: a test deleted meanwhile, and another project's.
            if test_id is not None and name is not None and visible(project)
        ]

    async def dashboard(self) -> Dashboard:
        """Count tests by state and list the latest runs, from one command."""
        return summarize(await self.summaries())

    async def hourly(
        self, test_ids: list[str], *, hours: int = 24, now: float | None = None
    ) -> dict[str, list[HourCount]]:
        """Return each test's passed/failed counts per hour, oldest first, from the rollups."""
        now = time.time() if now is None else now
        hour_numbers = range(int(now // HOUR) - hours + 1, int(now // HOUR) + 1)
        fields = [f"{hour}:{outcome}" for hour in hour_numbers for outcome in _PF]
        async with self.redis.pipeline(transaction=False) as pipe:
            for test_id in test_ids:
                pipe.hmget(keys.uptime(test_id), fields)
            replies = cast(list[list[str | None]], await pipe.execute())
        starts = [_moment(hour * HOUR) for hour in hour_numbers]
        return {
            test_id: [
                HourCount(hour_start=start, passed=int(passed or 0), failed=int(failed or 0))
                for start, passed, failed in zip(starts, counts[0::2], counts[1::2], strict=True)
            ]
            for test_id, counts in zip(test_ids, replies, strict=True)
        }

    async def recent_durations(
        self, test_ids: list[str], *, count: int = 20
    ) -> dict[str, list[int]]:
        """Return each test's latest run durations in ms, oldest first."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for test_id in test_ids:
                pipe.zrange(keys.timing(test_id), -count, -1)
            replies = cast(list[list[str]], await pipe.execute())
        return {
            test_id: [int(member.partition(":")[0]) for member in members]
            for test_id, members in zip(test_ids, replies, strict=True)
        }
