"""Server time of each page with 1,000 tests, against the API call it wraps.

The app runs in-process (no network); each page and its API call are requested in
interleaved rounds and the medians compared. A page costs what its API call costs,
plus rendering: the ratio says how much rendering adds.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from housecat import keys
from housecat.browser.results import BrowserResult, StepResult
from housecat.clock import iso
from housecat.config import Settings
from housecat.plan.models import Plan, Step
from housecat.redis import connect
from housecat.runs.models import RunDetail, RunRecord
from housecat.runs.store import ResultStore
from housecat.suites.models import TestSuiteResponse
from housecat.web.app import create_app

TESTS = 1_000
RUNS_PER_TEST = 10
ROUNDS = 20
PLAN = Plan(goal="open /", steps=[Step(action="goto", value="https://a.test", phrase="open")])


def suite(n: int) -> TestSuiteResponse:
    return TestSuiteResponse(
        id=f"t{n:07d}", name=f"Test {n}", url="https://example.com/login", goal="open /",
        schedule="*/15 * * * *", updated_at="2026-01-01T00:00:00.000Z",
        created_at=iso(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=n)),
    )  # fmt: skip


def run(test_id: str, n: int) -> RunDetail:
    started = datetime.now(UTC) - timedelta(minutes=15 * n + 1)
    passed = random.random() > 0.1
    step = StepResult(step_number=1, passed=passed, details="ok", status="passed" if passed
        else "failed", action="click", description="Click 'Sign in'", duration_ms=300,
        locator='get_by_role("button", name="Sign in", exact=True)')  # fmt: skip
    record = RunRecord(
        run_id=f"{test_id}{n:03d}", test_id=test_id, passed=passed,
        duration_ms=random.randint(800, 2000),
        steps_passed=int(passed), steps_total=1, details="d", step_results=[step],
        error=None if passed else "Step 1 failed", triggered_by="schedule",
        started_at=iso(started), completed_at=iso(started + timedelta(seconds=1)),
    )  # fmt: skip
    browser = BrowserResult(steps=[step], duration_ms=record.duration_ms)
    return RunDetail(record=record, plan=PLAN, plan_source="grammar", browser_result=browser)


async def populate(settings: Settings) -> None:
    async with connect(settings) as redis:
        results = ResultStore(redis, results_max=10_000, max_age=timedelta(days=90))
        for n in range(TESTS):
            test = suite(n)
            await redis.hset(keys.test(test.id), mapping=test.to_hash())
            await redis.sadd(keys.TESTS_ALL, test.id)
            for k in range(RUNS_PER_TEST):
                await results.save(test, run(test.id, k), None)


def sample(client: TestClient, path: str, samples: list[float]) -> None:
    start = time.perf_counter()
    answer = client.get(path)
    samples.append((time.perf_counter() - start) * 1000)
    assert answer.status_code == 200, (path, answer.status_code)


def main() -> None:
    random.seed(7)
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(data_dir=Path(data_dir))
        asyncio.run(populate(settings))
        one = suite(TESTS // 2).id
        pairs = [
            ("/", "/api/dashboard"),
            ("/tests", "/api/tests"),
            (f"/tests/{one}", f"/api/tests/{one}/results"),
            ("/run-test", "/api/health"),
        ]
        app = create_app(settings, scheduler=False, worker=False)
        with TestClient(app) as client:
            timings: dict[str, list[float]] = {path: [] for pair in pairs for path in pair}
            for path in timings:  # warm up templates and connections
                sample(client, path, [])
            for _ in range(ROUNDS):
                for page, api in pairs:
                    sample(client, page, timings[page])
                    sample(client, api, timings[api])
    print(
        f"server time per page, {TESTS:,} tests x {RUNS_PER_TEST} runs, median of {ROUNDS} rounds"
    )
    for page, api in pairs:
        page_ms, api_ms = statistics.median(timings[page]), statistics.median(timings[api])
        print(f"  {page:<16} {page_ms:8.1f} ms | {api:<28} {api_ms:8.1f} ms | "
            f"ratio {page_ms / api_ms:5.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
