"""Stored runs for read-side tests: a test suite and finished runs of it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from redis.asyncio import Redis

from housecat.browser.results import BrowserResult
from housecat.clock import iso
from housecat.plan.models import Plan, Step
from housecat.runs.models import RunDetail, RunRecord
from housecat.runs.store import ResultStore
from housecat.suites.models import TestSuiteResponse

TEST = TestSuiteResponse(
    id="abcd1234", name="Login", url="https://a.test", goal="open /", schedule="* * * * *",
    created_at="2026-01-01T00:00:00.000Z", updated_at="2026-01-01T00:00:00.000Z",
)  # fmt: skip
PLAN = Plan(goal="open /", steps=[Step(action="goto", value="https://a.test", phrase="open")])


def detail(
    run_id: str,
    *,
    passed: bool = True,
    ms: int = 1200,
    ago: timedelta = timedelta(),
    at: datetime | None = None,
    test_id: str = TEST.id,
) -> RunDetail:
    """A finished run that started `ago` before now (or `at`)."""
    started = at or datetime.now(UTC) - ago
    record = RunRecord(
        run_id=run_id, test_id=test_id, passed=passed, duration_ms=ms, steps_passed=1,
        steps_total=1, details="d", step_results=[], error=None if passed else "Step 1 failed: x",
        triggered_by="manual", started_at=iso(started), completed_at=iso(started + timedelta(seconds=1)),
    )  # fmt: skip
    browser = BrowserResult(steps=[], duration_ms=ms)
    return RunDetail(record=record, plan=PLAN, plan_source="grammar", browser_result=browser)


def cancelled(run_id: str, **options: object) -> RunDetail:
    """A run stopped before it finished: kept, judged neither passed nor failed."""
    run = detail(run_id, **options)  # type: ignore[arg-type]
    record = run.record.model_copy(update={"passed": False, "cancelled": True})
    return RunDetail(record=record, browser_result=BrowserResult(steps=[], duration_ms=0))


def store(client: Redis, **limits: object) -> ResultStore:
    options = {"results_max": 100, "max_age": timedelta(days=90)} | limits
    return ResultStore(client, **options)  # type: ignore[arg-type]
