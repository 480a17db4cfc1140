"""The past week of a demo test, as the runs a worker would have stored: one per due slot."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from housecat.browser.results import BrowserResult, StepResult, StepStatus
from housecat.clock import iso
from housecat.datatools.demo_catalog import (
    EMAIL_FIELD,
    HISTORY_DAYS,
    PASSWORD_FIELD,
    SIGN_IN_BUTTON,
    DemoTest,
    Trouble,
)
from housecat.plan.models import Plan, Step, Target
from housecat.plan.read import read_goal
from housecat.runs.evaluate import evaluate
from housecat.runs.models import RunDetail, RunRecord, Trigger
from housecat.runs.pipeline import new_run_id, starting_at
from housecat.schedule.cron import parse_cron

# How a passing run's time splits between its steps, by action (then scaled to the test's).
WEIGHTS = {"goto": 3.0, "click": 3.0, "fill": 1.0}
CHECK_WEIGHT = 0.5
OVERHEAD_MS = 180  # a new browser context and page, before step 1
STEP_TIMEOUT_MS = 10_000  # the default step timeout: what a check that never holds waits
SLOW_FACTOR = 2.6
NOT_RUN = "not run: an earlier step failed"


def slots(schedule: str, start: datetime, end: datetime) -> Iterator[datetime]:
    """Every time the schedule was due after `start`, up to `end`."""
    cron = parse_cron(schedule)
    moment = cron.next_after(start)
    while moment <= end:
        yield moment
        moment = cron.next_after(moment)


def week_of_runs(test_id: str, demo: DemoTest, url: str, now: datetime) -> list[RunDetail]:
    """The runs of the past week, oldest first: failing in its troubles, slow when it was."""
    plan = as_run(starting_at(read_goal(demo.goal), url))
    # Seeded by name: the same story, with the same wobble, every time the demo is made.
    rng = random.Random(demo.name)
    end = now if demo.paused_hours_ago is None else now - timedelta(hours=demo.paused_hours_ago)
    runs: list[RunDetail] = []
    after_trouble = False
    for slot in slots(demo.schedule, now - timedelta(days=HISTORY_DAYS), end):
        age_hours = (now - slot).total_seconds() / 3600
        trouble = next((t for t in demo.troubles if t.stretch.covers(age_hours)), None)
        slow = demo.slow is not None and demo.slow.covers(age_hours)
        # Someone ran it by hand to see the fix hold, right after its failures stopped.
        trigger: Trigger = "manual" if after_trouble and trouble is None else "schedule"
        runs.append(_run(test_id, demo, plan, slot, trouble, slow, trigger, rng))
        after_trouble = trouble is not None
    return runs


def as_run(plan: Plan) -> Plan:
    """The plan as a run on the demo shop carries it out: signing in is its form's steps."""
    steps: list[Step] = []
    for step in plan.steps:
        if step.action != "sign_in":
            steps.append(step)
            continue
        steps += [
            _concrete(step, "fill", Target(text=EMAIL_FIELD, role="textbox"), step.value),
            _concrete(step, "fill", Target(text=PASSWORD_FIELD, role="textbox"), step.password),
            _concrete(step, "click", Target(text=SIGN_IN_BUTTON, role="button")),
        ]
    return plan.model_copy(update={"steps": steps})


def _concrete(intent: Step, action: str, target: Target, value: str | None = None) -> Step:
    return Step.model_validate(
        {"action": action, "target": target.model_dump(), "value": value, "phrase": intent.phrase}
    )


def _run(
    test_id: str,
    demo: DemoTest,
    plan: Plan,
    slot: datetime,
    trouble: Trouble | None,
    slow: bool,
    trigger: Trigger,
    rng: random.Random,
) -> RunDetail:
    url = plan.steps[0].value or ""
    budget = demo.typical_ms * (SLOW_FACTOR if slow else 1.0) - OVERHEAD_MS
    total_weight = sum(_weight(step) for step in plan.steps)
    steps: list[StepResult] = []
    for number, step in enumerate(plan.steps, start=1):
        if trouble is not None and number > trouble.step:
            steps.append(_result(number, step, "skipped", NOT_RUN, 0))
            continue
        ms = max(1, round(budget * _weight(step) / total_weight * rng.lognormvariate(0, 0.18)))
        if trouble is not None and number == trouble.step:
            # A page that answers an error fails at once; a missing element waits it out.
            waited = ms if step.action == "goto" else STEP_TIMEOUT_MS + rng.randint(5, 80)
            reason = trouble.reason.format(url=url)
            steps.append(_result(number, step, "failed", reason, waited))
        else:
            steps.append(_result(number, step, "passed", step.describe(), ms))
    duration = OVERHEAD_MS + sum(step.duration_ms for step in steps) + rng.randint(0, 60)
    browser = BrowserResult(steps=steps, final_url=url, duration_ms=duration)
    started = slot + timedelta(milliseconds=rng.randint(40, 900))
    record = RunRecord(
        **evaluate(browser).model_dump(),
        run_id=new_run_id(),
        test_id=test_id,
        triggered_by=trigger,
        started_at=iso(started),
        completed_at=iso(started + timedelta(milliseconds=duration + rng.randint(20, 120))),
    )
    return RunDetail(record=record, plan=plan, plan_source="grammar", browser_result=browser)


def _weight(step: Step) -> float:
    return WEIGHTS.get(step.action, CHECK_WEIGHT)


def _result(number: int, step: Step, status: StepStatus, details: str, ms: int) -> StepResult:
    return StepResult(
        step_number=number,
        passed=status == "passed",
        details=details,
        status=status,
        action=step.action,
        description=step.describe(),
        duration_ms=ms,
        url=step.value if step.action == "goto" and status != "skipped" else None,
    )
