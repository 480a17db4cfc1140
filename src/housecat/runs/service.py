"""Runs of saved tests: plan (or replay the cached plan), run, store, alert."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, cast

from housecat.alerts.policy import AlertEvent, decide
from housecat.artifacts import Artifacts
from housecat.browser.capture import Capture
from housecat.browser.execute import Limits
from housecat.browser.pool import BrowserPool
from housecat.browser.results import BrowserResult
from housecat.browser.run_log import RunLog
from housecat.clock import now_iso
from housecat.config import TraceRuns
from housecat.environments.models import Environment
from housecat.environments.resolve import merged_values, resolve_url
from housecat.errors import HouseCatError, NotFound
from housecat.llm.usage import Meter
from housecat.locations.names import DEFAULT_LOCATION
from housecat.locations.quorum import alert_state
from housecat.outages.alerting import OutageAlerts
from housecat.plan.models import Plan
from housecat.runs.budget import Budgets
from housecat.runs.diagnosis import Diagnoser
from housecat.runs.events import EventLog
from housecat.runs.models import MaintenanceMark, RunDetail, RunRecord, Trigger
from housecat.runs.pipeline import Compiler, Healer, RunOutcome, new_run_id, run_goal, starting_at
from housecat.runs.redaction import spellings
from housecat.runs.store import ResultStore
from housecat.runs.tinyfish_run import TinyFishExecutor
from housecat.suites.models import TestSuiteResponse
from housecat.suites.store import SuiteStore
from housecat.suites.values import Values, values_for

log = logging.getLogger(__name__)


class PipelineFailed(HouseCatError):
    """HouseCat itself failed to run the journey (not the journey failing)."""

    status_code = 500


@dataclass(frozen=True)
class Where:
    """Where a run happens: the URL it opens, its values, its browser context's options."""

    url: str
    values: Values
    context_options: dict[str, Any] | None = None
    # The test's own run (its history, cached plan), or one an execution asked for.
    own: bool = True


EnvironmentOf = Callable[[str], Awaitable[Environment | None]]


async def _no_environment(environment_id: str) -> Environment | None:
    return None


# The maintenance window a test is in now, if any (`MaintenanceService.mark_for`).
MaintenanceOf = Callable[[TestSuiteResponse], Awaitable[MaintenanceMark | None]]
# Runs a skipping maintenance window holds back; runs asked for by a person still run.
SCHEDULED: frozenset[str] = frozenset({"schedule", "qstash"})


async def _no_maintenance(test: TestSuiteResponse) -> MaintenanceMark | None:
    return None


class AlertSink(Protocol):
    def send(
        self, event: AlertEvent, test: TestSuiteResponse, record: RunRecord, channels: list[str]
    ) -> None: ...


def _worth_caching(outcome: RunOutcome, replayed: Plan | None) -> Plan | None:
    """Keep a passing run's plan when it is new, or healed, or its locators moved."""
    if not outcome.result.passed:
        return None
    plan = outcome.plan.model_copy(update={"source": "cache"})
    if replayed is None or any(step.healed for step in plan.steps):
        return plan
    moved = [s.locator for s in plan.steps] != [s.locator for s in replayed.steps]
    return plan if moved else None


class RunService:
    """Everything a run of a saved test does besides the browser work."""

    def __init__(
        self,
        suites: SuiteStore,
        results: ResultStore,
        events: EventLog,
        pool: BrowserPool,
        alerts: AlertSink,
        *,
        limits: Limits,
        artifacts: Artifacts,
        compiler: Compiler | None = None,
        no_model: str = "no model is set up",
        tinyfish: TinyFishExecutor | None = None,
        budgets: Budgets | None = None,
        healer: Healer | None = None,
        diagnoser: Diagnoser | None = None,
        trace_runs: TraceRuns = "after_failure",
        environment_of: EnvironmentOf | None = None,
        maintenance_of: MaintenanceOf | None = None,
    ) -> None:
        self.suites = suites
        self.results = results
        self.events = events
        self.pool = pool
        self.alerts = alerts
        self.limits = limits
        self.artifacts = artifacts
        self.compiler = compiler
        self.no_model = no_model
        self.healer = healer
        # Without one, a test that runs on TinyFish fails at once, saying how to set it up.
        self.tinyfish = tinyfish or TinyFishExecutor(None, run_timeout_s=limits.run_timeout_s)
        self.budgets = budgets
        self.diagnoser = diagnoser
        self.environment_of = environment_of or _no_environment
        self.trace_runs = trace_runs
        self.outages = OutageAlerts(results.redis)
        self.maintenance_of = maintenance_of or _no_maintenance

    async def run_job(
        self, test_id: str, run_id: str, triggered_by: str, location: str = DEFAULT_LOCATION
    ) -> str:
        """Run a queued run once, however often its job is delivered; say how it ended."""
        if await self.results.was_recorded(run_id):
            return "already recorded"  # its worker died after storing it
        try:
            detail = await self.run(test_id, cast(Trigger, triggered_by), run_id, location)
        except NotFound:
            return "test deleted"
        if detail.record.maintenance is not None and detail.record.maintenance.skipped:
            return "skipped: maintenance"
        return "passed" if detail.record.passed else "failed"

    async def cancelled(
        self,
        test_id: str,
        run_id: str,
        triggered_by: str = "manual",
        location: str = DEFAULT_LOCATION,
    ) -> None:
        """Keep a cancelled run: neither passed nor failed, no incident, no alert."""
        trigger = cast(Trigger, triggered_by)
        detail = _not_run(test_id, run_id, trigger, "Cancelled.", location, cancelled=True)
        if not await self.results.save_cancelled(test_id, detail):
            return  # its test was deleted meanwhile
        await self.events.for_test(test_id)("cancelled", "Run cancelled", run_id=run_id)
        await self.events.flush()
        log.info("run %s of test %s cancelled", run_id, test_id)

    async def run(
        self,
        test_id: str,
        triggered_by: Trigger,
        run_id: str | None = None,
        location: str = DEFAULT_LOCATION,
    ) -> RunDetail:
        """Run a saved test now (from this worker's location) and keep the result; retries
        re-run a failure first."""
        test = await self.suites.get(test_id)
        if test is None:
            raise NotFound(f"test '{test_id}' not found")
        run_id = run_id or new_run_id()
        maintenance = await self.maintenance_of(test)
        if maintenance is not None and maintenance.skipped and triggered_by in SCHEDULED:
            return await self._skipped(test_id, triggered_by, run_id, maintenance, location)
        try:
            where = await self._own_place(test)
            detail, cache, run_log = await self._attempts(test, triggered_by, run_id, where)
            if maintenance is not None:  # ran in a window: recorded, neither alerting nor counted
                marked = maintenance.model_copy(update={"skipped": False})
                record = detail.record.model_copy(update={"maintenance": marked})
                detail = detail.model_copy(update={"record": record})
            await self.events.flush()  # the run's events are written before its result
        except HouseCatError as exc:  # a missing browser, a goal no longer understood
            await self._crashed(test_id, run_id, exc.message, location)
            raise PipelineFailed(f"pipeline failed: {exc.message}") from exc
        except Exception as exc:
            log.exception("run %s of test %s crashed", run_id, test_id)
            await self._crashed(test_id, run_id, str(exc), location)
            raise PipelineFailed(f"pipeline failed: {exc}") from exc
        located = detail.record.model_copy(update={"location": location})
        detail = detail.model_copy(update={"record": located})
        saved = await self.results.save(test, detail, cache, run_log.entries())
        if saved.kept:
            await self._alert(test, detail.record, saved.before)
            # Retention dropped these runs from Redis: their screenshots go with them.
            await asyncio.to_thread(self.artifacts.remove_runs, test_id, saved.dropped)
        else:
            # The test was deleted while this run was in flight, after its files were.
            await asyncio.to_thread(self.artifacts.remove_test, test_id)
        log.info(
            "run %s of test %s %s", run_id, test_id, "passed" if detail.record.passed else "failed"
        )
        return detail

    async def _skipped(
        self,
        test_id: str,
        triggered_by: Trigger,
        run_id: str,
        maintenance: MaintenanceMark,
        location: str,
    ) -> RunDetail:
        """Record a scheduled slot a maintenance window skipped: history only, nothing run."""
        said = f"Not run: maintenance window '{maintenance.window_name}'."
        detail = _not_run(test_id, run_id, triggered_by, said, location, maintenance=maintenance)
        # Kept as a cancelled run is: in the history, changing no state, counting nowhere.
        await self.results.save_cancelled(test_id, detail)
        window = maintenance.window_id
        log.info("run %s of test %s skipped: in maintenance window %s", run_id, test_id, window)
        return detail

    async def _own_place(self, test: TestSuiteResponse) -> Where:
        """Where the test's own runs happen: its URL, in its environment if it has one."""
        if test.environment_id is None:
            return Where(test.url, values_for(test))
        environment = await self.environment_of(test.environment_id)
        if environment is None:
            raise NotFound(f"the test's environment '{test.environment_id}' no longer exists")
        values = merged_values(environment, test.variables, test.secret_values())
        return Where(resolve_url(test.url, environment), values)

    async def run_elsewhere(
        self, test: TestSuiteResponse, run_id: str, where: Where, execution_id: str
    ) -> RunDetail:
        """Run a test where an execution says, keeping only the run's detail and log.

        A monitor's history, state, cached plan and alerts are its own runs': a run
        against staging or on a phone must not flip them.
        """
        detail, _, run_log = await self._attempts(test, "api", run_id, where)
        await self.events.flush()
        record = detail.record.model_copy(update={"execution_id": execution_id})
        detail = detail.model_copy(update={"record": record})
        await self.results.save_detail(detail, run_log.entries())
        return detail

    async def _attempts(
        self, test: TestSuiteResponse, triggered_by: Trigger, run_id: str, where: Where
    ) -> tuple[RunDetail, Plan | None, RunLog]:
        """Run the test, re-running a failure as often as it allows; the last attempt counts."""
        # One meter and one log for all the attempts: a retry spends from what the first left.
        meter = await self.budgets.meter(test) if self.budgets else Meter()
        run_log = RunLog()
        attempts = 0
        while True:
            attempts += 1
            last = attempts > test.retries
            if attempts > 1:
                tried = f"Attempt {attempts} of {test.retries + 1}: the previous one failed"
                run_log.add("warning", "housecat", tried)
            capture = self._capture(test, run_id, run_log, attempts)
            detail, cache = await self._attempt(
                test, triggered_by, run_id, meter, where, capture, last=last
            )
            if detail.record.passed or last:
                return _attempted(detail, attempts), cache, run_log

    def _capture(self, test: TestSuiteResponse, run_id: str, log: RunLog, attempt: int) -> Capture:
        """What this attempt keeps: step screenshots if asked, its log, perhaps a trace.

        Recording a trace slows a run (see `HOUSECAT_TRACE_RUNS`), so by default only a run
        that may well fail records one: a retry of a failed attempt, or any run of a test
        whose last run failed.
        """
        traced = self.trace_runs == "always" or (
            self.trace_runs == "after_failure" and (attempt > 1 or test.last_result == "failed")
        )
        return Capture(
            every_step=test.screenshots == "every_step",
            trace=self.artifacts.trace(test.id, run_id) if traced else None,
            log=log,
        )

    async def _attempt(
        self,
        test: TestSuiteResponse,
        triggered_by: Trigger,
        run_id: str,
        meter: Meter,
        where: Where,
        capture: Capture,
        *,
        last: bool,
    ) -> tuple[RunDetail, Plan | None]:
        """Run the test once, with its executor; return the run and a plan worth caching.

        Only the last attempt's failure is diagnosed, so retries do not multiply model use;
        a test whose planner is `builtin` never uses a model. A run elsewhere than the
        test's own URL and browser neither replays nor caches a plan.
        """
        emit = self.events.for_test(test.id)
        values = where.values
        own = where.own
        if test.executor == "tinyfish":
            if capture.log is not None:
                capture.log.hide(spellings(values.secrets.values()))
                emit = capture.log.recording(emit)
            record, browser_result = await self.tinyfish.run(
                url=where.url,
                goal=test.goal,
                values=values,
                run_id=run_id,
                test_id=test.id,
                triggered_by=triggered_by,
                emit=emit,
            )
            return RunDetail(record=record, browser_result=browser_result), None
        cached = await self.results.cached_plan(test) if own else None
        plan = cached or _pinned_plan(test, where.url)
        outcome = await run_goal(
            self.pool,
            url=where.url,
            goal=test.goal,
            plan=plan,
            triggered_by=triggered_by,
            test_id=test.id,
            limits=self.limits,
            screenshots=self.artifacts.of_test(test.id),
            emit=emit,
            run_id=run_id,
            variables=values.variables,
            secrets=values.secrets,
            planner=test.planner,
            compiler=self.compiler,
            no_model=self.no_model,
            meter=meter,
            healer=self.healer,
            diagnoser=self.diagnoser if last and test.planner != "builtin" else None,
            context_options=where.context_options,
            capture=capture,
        )
        return _detail(outcome, plan), _worth_caching(outcome, cached) if own else None

    async def _crashed(self, test_id: str, run_id: str, reason: str, location: str) -> None:
        await self.events.for_test(test_id)("error", f"Pipeline error: {reason}", run_id=run_id)
        await self.events.flush()
        await self.results.mark_error(test_id, now_iso(), run_id, location)

    async def _alert(
        self, test: TestSuiteResponse, record: RunRecord, before: dict[str, str]
    ) -> None:
        if record.maintenance is not None:
            return  # a run in a maintenance window never alerts
        now = datetime.now(UTC)
        alerted = (
            datetime.fromisoformat(test.alerted_at.replace("Z", "+00:00"))
            if test.alerted_at
            else None
        )
        remind = timedelta(minutes=test.reminder_minutes) if test.reminder_minutes else None
        # From several locations, the test is down when a quorum of them is (locations/).
        previous, passed = alert_state(test, record, before)
        event = decide(previous, passed, alerted_at=alerted, now=now, remind_every=remind)
        # Acknowledged, held while a parent is down, or a recovery nobody was told of.
        event = await self.outages.screen(test, record, passed, event)
        if event is None or not (test.alert_webhook or test.alert_channels):
            return
        self.alerts.send(event, test, record, test.alert_channels)
        await self.results.mark_alerted(test.id, now_iso())
        await self.outages.sent(test, record, event)


def _not_run(
    test_id: str,
    run_id: str,
    triggered_by: Trigger,
    details: str,
    location: str,
    *,
    cancelled: bool = False,
    maintenance: MaintenanceMark | None = None,
) -> RunDetail:
    """A run that never opened a browser (cancelled, or held back by maintenance)."""
    now = now_iso()
    record = RunRecord(
        run_id=run_id,
        test_id=test_id,
        passed=False,
        duration_ms=0,
        steps_passed=0,
        steps_total=0,
        details=details,
        step_results=[],
        triggered_by=triggered_by,
        started_at=now,
        completed_at=now,
        location=location,
        cancelled=cancelled,
        maintenance=maintenance,
    )
    return RunDetail(record=record, browser_result=BrowserResult(steps=[], duration_ms=0))


def _pinned_plan(test: TestSuiteResponse, url: str) -> Plan | None:
    """The steps edited by hand, after opening the URL; None unless pinned."""
    if not (test.pinned and test.steps):
        return None
    return starting_at(Plan(goal=test.goal, steps=test.steps, source="pinned"), url)


def _detail(outcome: RunOutcome, given: Plan | None) -> RunDetail:
    return RunDetail(
        record=outcome.record,
        plan=outcome.plan,
        plan_source=given.source if given is not None else outcome.plan.source,
        browser_result=outcome.browser_result,
    )


def _attempted(detail: RunDetail, attempts: int) -> RunDetail:
    """Mark a run that was the last of several attempts."""
    if attempts == 1:
        return detail
    record = detail.record
    steps = [s.model_copy(update={"retry_count": attempts - 1}) for s in record.step_results]
    record = record.model_copy(update={"step_results": steps})
    return detail.model_copy(update={"record": record, "attempts": attempts})
