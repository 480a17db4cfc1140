"""One run, start to verdict: plan → execute → evaluate, telling `emit` as it goes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from housecat.browser.execute import DEFAULT_LIMITS, Emit, Limits, execute, no_events
from housecat.browser.pool import BrowserPool
from housecat.browser.results import BrowserResult
from housecat.clock import iso
from housecat.plan.models import Plan, Step
from housecat.plan.read import read, values_of
from housecat.plan.variables import redact
from housecat.runs.evaluate import evaluate
from housecat.runs.models import RunRecord, TestResult, Trigger
from housecat.runs.redaction import scrubbed, spellings


@dataclass(frozen=True)
class RunOutcome:
    plan: Plan
    browser_result: BrowserResult
    result: TestResult
    record: RunRecord


def new_run_id() -> str:
    return uuid.uuid4().hex[:8]


def starting_at(plan: Plan, url: str) -> Plan:
    """Open the test's URL first, unless the plan itself starts at an absolute URL."""
    first = plan.steps[0]
    if first.action == "goto" and first.target is None and (first.value or "").startswith("http"):
        return plan
    opening = Step(action="goto", value=url, phrase=f"open {url}")
    return plan.model_copy(update={"steps": [opening, *plan.steps]})


async def run_goal(
    pool: BrowserPool,
    *,
    url: str,
    goal: str,
    plan: Plan | None = None,
    triggered_by: Trigger,
    test_id: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    screenshots: Path | None = None,
    emit: Emit = no_events,
    run_id: str | None = None,
    variables: dict[str, str] | None = None,
    secrets: dict[str, str] | None = None,
) -> RunOutcome:
    """Plan the goal (or replay `plan`), run it, and judge it.

    `{{name}}` in the plan takes its value from `variables` or `secrets`, and from the
    passwords the goal itself spells out, which the reading lifts into secrets.
    """
    run_id = run_id or new_run_id()
    started = datetime.now(UTC)
    if plan is None:
        await emit("plan_start", f"Planning test for {url}", run_id=run_id)
        reading = read(goal)
        plan, own, lifted = starting_at(reading.plan, url), reading.variables, reading.secrets
    else:
        own, lifted = values_of(goal)
    made = "loaded from cache" if plan.source == "cache" else "created"
    await emit("plan_complete", f"Plan {made}: {len(plan.steps)} steps", run_id=run_id)

    secrets = {**lifted, **(secrets or {})}
    hidden = spellings(secrets.values())

    async def emit_with_run(event_type: str, message: str, **fields: object) -> None:
        # A step's reason can quote the address a form put a secret in, percent-encoded.
        await emit(event_type, redact(message, hidden), run_id=run_id, **fields)

    browser_result, plan_as_run = await execute(
        pool,
        plan,
        start_url=url,
        run_id=run_id,
        limits=limits,
        screenshots=screenshots,
        emit=emit_with_run,
        variables={**own, **(variables or {})},
        secrets=secrets,
    )
    browser_result = scrubbed(browser_result, secrets.values())
    plan_as_run = scrubbed(plan_as_run, secrets.values())
    await emit("eval_start", "Evaluating results", run_id=run_id)
    result = evaluate(browser_result)
    verdict = "PASSED" if result.passed else "FAILED"
    message = f"Test {verdict} — {result.steps_passed}/{result.steps_total} steps"
    await emit("eval_complete", message, run_id=run_id, passed=result.passed)
    record = RunRecord(
        **result.model_dump(),
        run_id=run_id,
        test_id=test_id,
        triggered_by=triggered_by,
        started_at=iso(started),
        completed_at=iso(datetime.now(UTC)),
    )
    return RunOutcome(plan_as_run, browser_result, result, record)
