"""`housecat demo`: fill an empty store with the demo shop's tests and a week of their runs.

Everything is written by the services and stores the server uses, so the dashboard,
history, uptime, charts, the catalog and incidents agree as if the runs had happened.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from redis.asyncio import Redis

from housecat.browser_configs.models import CreateBrowserConfig
from housecat.browser_configs.service import BrowserConfigService
from housecat.browser_configs.store import browser_config_store
from housecat.config import Settings
from housecat.datatools.contents import StoreNotEmpty, contents_of
from housecat.datatools.demo_catalog import (
    DESKTOP,
    LOCAL,
    MOBILE,
    STAGING,
    STAGING_URL,
    SUITES,
    TESTS,
    DemoTest,
)
from housecat.datatools.demo_history import week_of_runs
from housecat.environments.models import CreateEnvironment
from housecat.environments.resolve import resolve_url
from housecat.environments.service import EnvironmentService
from housecat.environments.store import environment_store
from housecat.groups.models import CreateSuite
from housecat.groups.service import GroupService
from housecat.groups.store import GroupStore
from housecat.runs.store import ResultStore
from housecat.services import suite_service
from housecat.suites.models import CreateTestSuite, TestSuiteResponse, UpdateTestSuite
from housecat.suites.service import Scheduler


@dataclass(frozen=True)
class DemoMade:
    tests: int
    paused: int
    runs: int
    failed_runs: int
    suites: int
    environments: int
    browser_configs: int


async def fill_demo(
    redis: Redis,
    settings: Settings,
    scheduler: Scheduler,
    *,
    base_url: str,
    now: datetime | None = None,
) -> DemoMade:
    """Create the demo's environments, browser configurations, tests, suites and runs."""
    contents = await contents_of(redis)
    if contents.holds_data:  # never mixed with a person's own tests
        raise StoreNotEmpty(contents)
    now = now or datetime.now(UTC)
    environments = EnvironmentService(environment_store(redis))
    local = await environments.create(
        CreateEnvironment(
            name=LOCAL,
            base_url=base_url,
            description="The demo shop this HouseCat serves at /demo.",
        )
    )
    await environments.create(
        CreateEnvironment(
            name=STAGING,
            base_url=STAGING_URL,
            description="An example of a second place to run the same tests (not reachable).",
        )
    )
    configs = BrowserConfigService(browser_config_store(redis))
    desktop = await configs.create(
        CreateBrowserConfig(name=DESKTOP, viewport_width=1280, viewport_height=800, locale="en-US")
    )
    mobile = await configs.create(
        CreateBrowserConfig(
            name=MOBILE,
            viewport_width=390,
            viewport_height=844,
            device_scale_factor=3,
            is_mobile=True,
            has_touch=True,
            locale="en-US",
        )
    )
    suites = suite_service(redis, settings, scheduler)
    tests = [await suites.create(_test(demo, local.id)) for demo in TESTS]
    results = ResultStore(
        redis,
        results_max=settings.results_max,
        max_age=timedelta(days=settings.results_max_age_days),
    )
    url_of = {test.id: resolve_url(test.url, local) for test in tests}
    # The tests' histories are independent: write them side by side, each in time order.
    counts = await asyncio.gather(
        *(
            _store_week(results, test, demo, url_of[test.id], now)
            for test, demo in zip(tests, TESTS, strict=True)
        )
    )
    for test, demo in zip(tests, TESTS, strict=True):
        if demo.paused_hours_ago is not None:
            await suites.update(test.id, UpdateTestSuite(status="paused"))
    groups = GroupService(GroupStore(redis))
    id_of = {test.name: test.id for test in tests}
    config_of = {DESKTOP: desktop.id, MOBILE: mobile.id}
    for suite in SUITES:
        await groups.create(
            CreateSuite(
                name=suite.name,
                description=suite.description,
                tests=[id_of[name] for name in suite.tests],
                environment_id=local.id,
                browser_config_id=config_of[suite.browser_config],
            )
        )
    return DemoMade(
        tests=len(tests),
        paused=sum(demo.paused_hours_ago is not None for demo in TESTS),
        runs=sum(runs for runs, _ in counts),
        failed_runs=sum(failed for _, failed in counts),
        suites=len(SUITES),
        environments=2,
        browser_configs=len(config_of),
    )


def _test(demo: DemoTest, environment_id: str) -> CreateTestSuite:
    return CreateTestSuite(
        name=demo.name,
        url=demo.path,
        goal=demo.goal,
        schedule=demo.schedule,
        environment_id=environment_id,
        description=demo.description,
        category=demo.category,
        tags=demo.tags,
    )


async def _store_week(
    results: ResultStore, test: TestSuiteResponse, demo: DemoTest, url: str, now: datetime
) -> tuple[int, int]:
    """Store a test's week of runs, oldest first (so its latest result is the last one)."""
    runs = week_of_runs(test.id, demo, url, now)
    for run in runs:
        await results.save(test, run, cache=None)
    return len(runs), sum(not run.record.passed for run in runs)
