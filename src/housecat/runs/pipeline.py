"""One run, start to verdict: plan → execute → evaluate, telling `emit` as it goes."""

from __future__ import annotations

import asyncio
import functools
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from housecat.browser.capture import NOTHING_MORE, Capture
from housecat.browser.execute import (
    DEFAULT_LIMITS,
    Emit,
    Limits,
    StepSource,
    execute,
    no_events,
)
from housecat.browser.heal import Chooser
from housecat.browser.outcomes import StepFailed
from housecat.browser.pool import BrowserPool
from housecat.browser.results import BrowserResult
from housecat.clock import iso
from housecat.errors import GoalNotUnderstood
from housecat.llm.usage import Meter
from housecat.plan.models import Plan, Step
from housecat.plan.read import read, stated_checks, values_of
from housecat.plan.secrets import Reading
from housecat.plan.variables import redact
from housecat.runs.diagnosis import Diagnoser, Diagnosis, failure_of
from housecat.runs.evaluate import evaluate
from housecat.runs.models import RunRecord, TestResult, Trigger
from housecat.runs.redaction import scrubbed, spellings
from housecat.runs.traces import scrub_trace

# Who compiles a goal: the built-in reader, then a model for what it cannot read; or one alone.
Planner = Literal["auto", "builtin", "model"]


class Compiler(Protocol):
    """Compiles a goal on the page as it runs: a model (see housecat.llm)."""

    def for_goal(
        self,
        goal: str,
        *,
        variables: dict[str, str],
        secrets: dict[str, str],
        stated: list[Step],
        meter: Meter,
    ) -> StepSource: ...


class Healer(Protocol):
    """Picks the stand-in for an action's lost target: a model (see housecat.llm)."""

    def for_run(self, meter: Meter) -> Chooser: ...


@dataclass(frozen=True)
class NoModel:
    """Stands in for a model that is not set up: the run fails saying how to set one up."""

    why: str

    async def next_steps(self, snapshot: str) -> list[Step]:
        raise StepFailed(f"this goal needs a model to plan it, and {self.why}")


@dataclass(frozen=True)
class RunOutcome:
    plan: Plan
    browser_result: BrowserResult
    result: TestResult
    record: RunRecord


def _read_first(goal: str, planner: Planner, *, has_model: bool) -> Reading | None:
    """The built-in reading of the goal; None when the model is to compile it instead."""
    if planner == "model":
        return None
    try:
        return read(goal)
    except GoalNotUnderstood:
        if planner == "builtin" or not has_model:
            raise
        return None


@functools.lru_cache(maxsize=4096)
def _goal_values(goal: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The variables and secrets the goal spells out, read once per goal and process.

    A replay needs them too, and reading a goal costs more than a step's round trip.
    """
    own, lifted = values_of(goal)
    return tuple(own.items()), tuple(lifted.items())


def new_run_id() -> str:
    return uuid.uuid4().hex[:8]


def starting_at(plan: Plan, url: str) -> Plan:
    """Open the test's URL first, unless the plan itself starts at an absolute URL."""
    first = plan.steps[0]
    if first.action == "goto" and first.target is None and (first.value or "").startswith("http"):
        return plan
    return plan.model_copy(update={"steps": [opening(url), *plan.steps]})


def opening(url: str) -> Step:
    """The step that opens the test's URL."""
    return Step(action="goto", value=url, phrase=f"open {url}")


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
    planner: Planner = "builtin",
    compiler: Compiler | None = None,
    no_model: str = "no model is set up",
    meter: Meter | None = None,
    healer: Healer | None = None,
    diagnoser: Diagnoser | None = None,
    context_options: dict[str, Any] | None = None,
    capture: Capture = NOTHING_MORE,
) -> RunOutcome:
    """Plan the goal (or replay `plan`), run it, and judge it.

    `{{name}}` in the plan takes its value from `variables` or `secrets`, and from the
    passwords the goal itself spells out, which the reading lifts into secrets. A goal
    the built-in reader refuses is compiled by the model on the page (`planner` "auto"),
    or every goal is ("model"); `no_model` says why there is none, when there is none.
    The `healer` may stand in for an action's lost target, unless `planner` is "builtin".
    A failed run is then diagnosed by the `diagnoser`, if given; the verdict stays as it is.
    `capture` asks for step screenshots, a trace and a log (which also gets every event).
    """
    run_id = run_id or new_run_id()
    if capture.log is not None:
        capture.log.hide(spellings((secrets or {}).values()))
        emit = capture.log.recording(emit)
    meter = meter if meter is not None else Meter()
    started = datetime.now(UTC)
    source: StepSource | None = None
    if plan is None:
        await emit("plan_start", f"Planning test for {url}", run_id=run_id)
        reading = _read_first(goal, planner, has_model=compiler is not None)
        if reading is not None:
            plan, own, lifted = starting_at(reading.plan, url), reading.variables, reading.secrets
        else:
            own, lifted = values_of(goal)
            plan = Plan(goal=goal, steps=[opening(url)], source="llm")
            values = {**own, **(variables or {})}
            known = {**lifted, **(secrets or {})}
            source = (
                NoModel(no_model)
                if compiler is None
                else compiler.for_goal(
                    goal,
                    variables=values,
                    secrets=known,
                    stated=stated_checks(goal),
                    meter=meter,
                )
            )
    else:
        own_pairs, lifted_pairs = _goal_values(goal)
        own, lifted = dict(own_pairs), dict(lifted_pairs)
    if source is not None:
        await emit("plan_complete", "Planning with the model, on the page", run_id=run_id)
    else:
        made = "loaded from cache" if plan.source == "cache" else "created"
        await emit("plan_complete", f"Plan {made}: {len(plan.steps)} steps", run_id=run_id)

    secrets = {**lifted, **(secrets or {})}
    hidden = spellings(secrets.values())
    if capture.log is not None:
        capture.log.hide(hidden)

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
        source=source,
        # "builtin" is no model use at all: no healing by one either.
        healer=healer.for_run(meter) if healer is not None and planner != "builtin" else None,
        context_options=context_options,
        capture=capture,
    )
    browser_result = await _trace_scrubbed(browser_result, secrets)
    snapshot = browser_result.snapshot  # not kept: scrubbing it leaves it out
    browser_result = scrubbed(browser_result, secrets.values())
    plan_as_run = scrubbed(plan_as_run, secrets.values())
    await emit("eval_start", "Evaluating results", run_id=run_id)
    result = evaluate(browser_result)
    verdict = "PASSED" if result.passed else "FAILED"
    message = f"Test {verdict} — {result.steps_passed}/{result.steps_total} steps"
    diagnosis = None
    if diagnoser is not None and not result.passed:
        diagnosis = await _diagnosis(diagnoser, result, goal, snapshot, hidden, meter)
    said = (
        {"diagnosis": diagnosis.summary, "cause": diagnosis.cause, "diagnosed_by": diagnosis.model}
        if diagnosis
        else {}
    )
    await emit("eval_complete", message, run_id=run_id, passed=result.passed, **said)
    record = RunRecord(
        **result.model_dump(),
        run_id=run_id,
        test_id=test_id,
        triggered_by=triggered_by,
        started_at=iso(started),
        completed_at=iso(datetime.now(UTC)),
        model_use=meter.uses,
        model_refused=meter.refused,
        diagnosis=diagnosis,
    )
    return RunOutcome(plan_as_run, browser_result, result, record)


async def _trace_scrubbed(result: BrowserResult, secrets: dict[str, str]) -> BrowserResult:
    """The result, its trace scrubbed of the secrets; without it if it cannot be scrubbed."""
    if result.trace is None or not secrets:
        return result
    if await asyncio.to_thread(scrub_trace, Path(result.trace), secrets.values()):
        return result
    return result.model_copy(update={"trace": None})


async def _diagnosis(
    diagnoser: Diagnoser,
    result: TestResult,
    goal: str,
    snapshot: str | None,
    hidden: set[str],
    meter: Meter,
) -> Diagnosis | None:
    """A model's reading of the failure, never shown a secret; None when it gives none."""
    # A screenshot can show what was typed: it is sent only when the run has no secret.
    failure = await failure_of(
        result, goal=goal, snapshot=snapshot, hidden=hidden, with_screenshot=not hidden
    )
    if failure is None:
        return None
    diagnosis = await diagnoser.diagnose(failure, meter)
    if diagnosis is None:
        return None
    return diagnosis.model_copy(update={"summary": redact(diagnosis.summary, hidden)})
