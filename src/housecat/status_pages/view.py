"""What a public status page shows, read in a few pipelined round trips.

Only names, states and figures: never a test's URL, goal, variables or secrets, and only
the tests the page is set to show.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal, cast

from redis.asyncio import Redis

from housecat import keys
from housecat.accounts.roles import DEFAULT_PROJECT
from housecat.alerts.policy import FAILING_RESULTS
from housecat.maintenance.models import Window
from housecat.maintenance.service import MaintenanceService
from housecat.maintenance.timing import Occurrence, covers, current, upcoming
from housecat.projects.context import in_project, visible
from housecat.runs.history import HOUR
from housecat.status_pages.models import StatusPage
from housecat.status_pages.outages import Outage, recent_outages

DAYS = 90
State = Literal["passing", "failing", "maintenance", "not run yet", "paused"]
Overall = Literal["operational", "outage", "maintenance", "no data"]
OVERALL_WORDS: dict[Overall, str] = {
    "operational": "All systems operational",
    "outage": "Some checks are failing",
    "maintenance": "Under maintenance",
    "no data": "No check has run yet",
}


@dataclass(frozen=True)
class Day:
    """One day's runs of a check (UTC); maintenance runs are counted apart."""

    day: date
    passed: int = 0
    failed: int = 0
    maintenance: int = 0

    @property
    def uptime_pct(self) -> float | None:
        judged = self.passed + self.failed
        return round(self.passed / judged * 100, 2) if judged else None

    @property
    def kind(self) -> str:
        """How the day's bar is drawn: up, partial, down, maintenance or none (no data)."""
        pct = self.uptime_pct
        if pct is None:
            return "maintenance" if self.maintenance else "none"
        return "up" if pct == 100 else "down" if pct == 0 else "partial"


@dataclass(frozen=True)
class Check:
    """One test as the page shows it."""

    name: str
    state: State
    days: list[Day]

    @property
    def uptime_pct(self) -> float | None:
        passed = sum(day.passed for day in self.days)
        judged = passed + sum(day.failed for day in self.days)
        return round(passed / judged * 100, 2) if judged else None


@dataclass(frozen=True)
class Scheduled:
    """A maintenance window's current or next stretch, and the page's checks it covers."""

    name: str
    occurrence: Occurrence
    ongoing: bool
    checks: list[str]


@dataclass(frozen=True)
class StatusView:
    page: StatusPage
    overall: Overall
    checks: list[Check]
    outages: list[Outage]
    maintenance: list[Scheduled]
    now: datetime

    @property
    def overall_words(self) -> str:
        return OVERALL_WORDS[self.overall]


@dataclass(frozen=True)
class _Test:
    id: str
    name: str
    status: str
    last_result: str
    tags: list[str]
    suite_ids: set[str]
    rollup: dict[str, str]


async def page_tests(redis: Redis, page: StatusPage) -> list[str]:
    """Return the ids of the tests a page shows: its suites' (in order), then its tags'."""
    async with redis.pipeline(transaction=False) as pipe:
        for suite_id in page.suite_ids:
            pipe.lrange(keys.suite_tests(suite_id), 0, -1)
        for tag in page.tags:
            pipe.smembers(keys.catalog_set("tag", tag))
        replies = await pipe.execute()
    ordered: dict[str, None] = {}
    for reply in replies:
        ordered.update(dict.fromkeys(reply if isinstance(reply, list) else sorted(reply)))
    return list(ordered)


async def _read_tests(redis: Redis, test_ids: list[str]) -> list[_Test]:
    fields = ("name", "status", "last_result", "tags", "project")
    async with redis.pipeline(transaction=False) as pipe:
        for test_id in test_ids:
            pipe.hmget(keys.test(test_id), fields)
            pipe.smembers(keys.test_suites(test_id))
            pipe.hgetall(keys.uptime(test_id))
        replies = await pipe.execute()
    tests = []
    for index, test_id in enumerate(test_ids):
        stored, suite_ids, rollup = replies[index * 3 : index * 3 + 3]
        name, status, last_result, tags, project = cast(list[str | None], stored)
        if name is None or not visible(project):
            continue  # deleted meanwhile, or another project's test of the same tag
        tags_list = cast(list[str], json.loads(tags)) if tags else []
        state = (status or "active", last_result or "pending")
        tests.append(_Test(test_id, name, *state, tags_list, suite_ids, rollup))
    return tests


def _days(rollup: dict[str, str], today: date) -> list[Day]:
    """Sum a test's hourly rollup into its last DAYS days (UTC), oldest first."""
    counts: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for field, value in rollup.items():
        hour, _, outcome = field.partition(":")
        day = datetime.fromtimestamp(int(hour) * HOUR, UTC).date()
        counts[day][outcome] += int(value)
    first = today - timedelta(days=DAYS - 1)
    return [
        Day(
            day,
            counts[day]["passed"],
            counts[day]["failed"],
            counts[day]["maintenance"],
        )
        if day in counts
        else Day(day)
        for day in (first + timedelta(days=n) for n in range(DAYS))
    ]


def _state(test: _Test, windows: list[Window], now: datetime) -> State:
    in_window = any(
        covers(window.applies_to, test.id, test.tags, test.suite_ids) and current(window, now)
        for window in windows
    )
    if in_window:
        return "maintenance"
    if test.status == "paused":
        return "paused"
    if test.last_result in FAILING_RESULTS:
        return "failing"
    return "passing" if test.last_result == "passed" else "not run yet"


def _overall(checks: list[Check]) -> Overall:
    states = {check.state for check in checks}
    if "failing" in states:
        return "outage"
    if "maintenance" in states:
        return "maintenance"
    return "operational" if "passing" in states else "no data"


def _scheduled(windows: list[Window], tests: list[_Test], now: datetime) -> list[Scheduled]:
    """The windows over the page's tests that are on now or still to come, soonest first."""
    found = []
    for window in windows:
        names = [
            test.name
            for test in tests
            if covers(window.applies_to, test.id, test.tags, test.suite_ids)
        ]
        if not names:
            continue
        on = current(window, now)
        occurrence = on or upcoming(window, now)
        if occurrence is not None:
            found.append(Scheduled(window.name, occurrence, on is not None, names))
    found.sort(key=lambda scheduled: scheduled.occurrence.starts)
    return found


async def status_view(redis: Redis, page: StatusPage, now: datetime | None = None) -> StatusView:
    """Read everything the page shows of its tests, as of now."""
    now = now or datetime.now(UTC)
    # A public page has no signed-in project: it shows its own project's tests and windows.
    with in_project(page.project or DEFAULT_PROJECT):
        tests = await _read_tests(redis, await page_tests(redis, page))
        windows = await MaintenanceService(redis).records.all()
    checks = [
        Check(test.name, _state(test, windows, now), _days(test.rollup, now.date()))
        for test in tests
    ]
    outages = await recent_outages(redis, {test.id: test.name for test in tests}, now)
    return StatusView(page, _overall(checks), checks, outages, _scheduled(windows, tests, now), now)
