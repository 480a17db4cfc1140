"""Run a Plan in a browser context, step by step, reporting each step as it happens."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import takewhile
from pathlib import Path
from typing import Any, Protocol

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page, Request, Response

from housecat.browser import actions, intents
from housecat.browser.capture import (
    NOTHING_MORE,
    Capture,
    finish_trace,
    start_trace,
    step_group,
)
from housecat.browser.checks import until
from housecat.browser.conditions import GRACE_S, unmet
from housecat.browser.heal import Chooser, Hiding
from housecat.browser.outcomes import Done, StepFailed
from housecat.browser.page_errors import watch_errors
from housecat.browser.pool import BrowserPool
from housecat.browser.results import BrowserResult, StepResult, StepStatus
from housecat.browser.snapshot import page_snapshot
from housecat.plan.models import Plan, Step, Target
from housecat.plan.names import run_dates
from housecat.plan.variables import MissingVariable, redact, substitute
from housecat.plan.warnings import holds_before, static_warnings

log = logging.getLogger(__name__)

Emit = Callable[..., Awaitable[None]]


async def no_events(event_type: str, message: str, **fields: Any) -> None:
    """Discard events (ad-hoc runs nobody watches)."""


# What a step that failed to plan the next steps is called in the run.
PLANNING = "Plan the next steps with the model"
# While compiling, each later check is tried on the first page once it has its answers:
# one look (this is a bound, not a wait), after its pending requests (at most PROBE_S).
# Polling for long would make every first run wait that long for each check that, rightly,
# does not hold yet.
ONE_LOOK_S = 0.001
PROBE_S = 0.3
# Checks that something is not shown, which hold at once on a page still waiting for news.
ABSENCE_CHECKS = frozenset({"expect_no_text", "expect_hidden"})
# Checks of the page's own health: no script errors, no broken images.
HEALTH_CHECKS = frozenset({"expect_no_errors", "expect_no_broken_images"})
# Checks that hold before anything is done, rightly: every journey starts signed out.
_TRUE_AT_START = ABSENCE_CHECKS | HEALTH_CHECKS | {"expect_signed_out"}
# How long such a check waits for the page's pending requests; a page that polls forever
# is checked as it stands after that.
SETTLE_S = 3.0
# Streams stay open for as long as the page does: never waited for.
_ENDLESS = frozenset({"eventsource", "websocket"})
# The page when a step failed, for a model's diagnosis: compact, and never a wait of long.
SNAPSHOT_S = 5.0
SNAPSHOT_LONGEST = 6000


@dataclass(frozen=True)
class Limits:
    step_timeout_s: float = 10.0
    run_timeout_s: float = 120.0
    # How long a page may take to load; a step's timeout when unset. A check that must
    # fail can then fail quickly on a page that was given its time to arrive.
    load_timeout_s: float | None = None

    def pace(self, page: Page) -> None:
        """Give the page's steps, and its loads, their timeouts."""
        page.set_default_timeout(self.step_timeout_s * 1000)
        page.set_default_navigation_timeout((self.load_timeout_s or self.step_timeout_s) * 1000)


DEFAULT_LIMITS = Limits()


class StepSource(Protocol):
    """Who proposes the next steps as the run goes, seeing the page: a model compiling a goal."""

    async def next_steps(self, snapshot: str) -> list[Step]:
        """Return the steps to run next, none when the goal is covered; raise StepFailed."""
        ...


@dataclass
class Run:
    """What one run knows while it executes."""

    run_id: str
    start_url: str
    limits: Limits
    screenshots: Path | None
    # A screenshot of every step, not only of the one that failed.
    every_step: bool = False
    values: dict[str, str] = field(default_factory=dict)
    secrets: frozenset[str] = frozenset()
    # Who picks a lost target's stand-in when no name is close enough: a model, or nobody.
    healer: Chooser | None = None
    bad_document: str | None = None
    steps: list[StepResult] = field(default_factory=list)
    shots: list[str] = field(default_factory=list)
    # The page as a model reads it when a step failed, for a diagnosis.
    snapshot: str | None = None
    # Requests the page has sent and not yet had answered (streams that never end aside).
    pending: set[Request] = field(default_factory=set)

    def watch(self, page: Page, *, requests: bool) -> None:
        """Remember when a main document answers with an HTTP error; with `requests`, which
        requests await their answers (followed only when a check needs it: it costs time)."""

        def on_response(response: Response) -> None:
            request = response.request
            main_document = request.is_navigation_request() and request.frame == page.main_frame
            if main_document and response.status >= 400:
                self.bad_document = (
                    f"{response.url} answered HTTP {response.status} {response.status_text}"
                ).strip()

        page.on("response", on_response)
        if not requests:
            return

        def sent(request: Request) -> None:
            if request.resource_type not in _ENDLESS:
                self.pending.add(request)

        def answered(request: Request) -> None:
            self.pending.discard(request)

        page.on("request", sent)
        page.on("requestfinished", answered)
        page.on("requestfailed", answered)

    async def settled(self, timeout_s: float = SETTLE_S) -> None:
        """Wait, a little, for the answers to requests the last step sent.

        A check that something is *not* shown must not look before the page has heard
        back: an error that the server's answer brings would be missed.
        """

        async def answered() -> bool:
            return not self.pending

        await until(timeout_s, answered)
        await asyncio.sleep(0.05)  # the page draws what the last answer brought


async def execute(
    pool: BrowserPool,
    plan: Plan,
    *,
    start_url: str,
    run_id: str,
    limits: Limits = DEFAULT_LIMITS,
    screenshots: Path | None = None,
    emit: Emit = no_events,
    variables: dict[str, str] | None = None,
    secrets: dict[str, str] | None = None,
    source: StepSource | None = None,
    healer: Chooser | None = None,
    context_options: dict[str, Any] | None = None,
    capture: Capture = NOTHING_MORE,
) -> tuple[BrowserResult, Plan]:
    """Run every step until one fails; return the browser's account and the plan as run.

    Intents are expanded on the page where they happen, so the plan as run holds only
    concrete steps with their locators. `{{name}}` in a step takes its value from
    `variables` or `secrets` only as the step runs; secret values never leave the page.
    With a `source`, once the plan's steps are done it is asked for more, shown the page.
    With a `healer`, an action whose element is gone, with no close name on the page, may
    use the element the healer picks; it never sees a secret's value.
    `context_options` set up the browser context (a browser configuration).
    `capture` asks for more than the screenshot of a failed step: one of every step, the
    page's log, a trace (kept only if the run fails).
    """
    # {{url}} is the page the test starts on ("go back to the homepage"); {{today}} the date.
    dates = run_dates(datetime.now(UTC).date())
    values = {"url": start_url, **dates, **(variables or {}), **(secrets or {})}
    hidden = frozenset((secrets or {}).values())
    run = Run(
        run_id=run_id,
        start_url=start_url,
        limits=limits,
        screenshots=screenshots,
        every_step=capture.every_step,
        values=values,
        secrets=hidden,
        healer=Hiding(healer, hidden) if healer is not None else None,
    )
    started = time.perf_counter()
    pending: list[tuple[Step, int]] = [(step, 0) for step in plan.steps]
    as_run: list[Step] = []
    warnings = static_warnings(plan) if plan.source != "cache" else list(plan.warnings)
    if source is not None:
        warnings = []  # said of the plan the source ends with, below
    final_url: str | None = None
    trace: str | None = None
    async with pool.context(context_options) as context:
        await context.add_init_script(_IN_THIS_TAB)
        traced = await start_trace(context, capture, run_id)
        page = await context.new_page()
        compiling = plan.source != "cache"
        # Only a check that something is not shown, or one tried on the first page while
        # compiling, waits for answers (see `settled`).
        absences = source is not None or any(s.action in ABSENCE_CHECKS for s in plan.steps)
        errors = source is not None or any(s.action == "expect_no_errors" for s in plan.steps)

        def follow(opened: Page) -> None:
            limits.pace(opened)
            run.watch(opened, requests=absences or compiling)
            if capture.log is not None:
                capture.log.watch(opened)
            if errors:
                watch_errors(opened)

        follow(page)
        # A link that opens a new tab takes the journey there, as it takes its user: the
        # checks after it are of the page it opened, never of the one left behind
        tabs: list[Page] = []
        context.on("page", lambda tab: tabs.append(tab))
        try:
            async with asyncio.timeout(limits.run_timeout_s):
                while pending or source is not None:
                    if not pending:
                        assert source is not None
                        more = await _ask(page, run, source, emit)
                        if not more:
                            break  # the goal is covered, or planning failed (recorded)
                        pending = [(s, 0) for s in more]
                        continue
                    step, depth = pending.pop(0)
                    if tabs and as_run and as_run[-1].action in _OPENS_TABS:
                        page = tabs[-1]  # opened by the step just taken, maybe late
                        follow(page)
                        await _loaded(page)
                    tabs.clear()
                    why = await _unmet(page, run, step) if step.only_if is not None else None
                    if why is not None:
                        await _skip(run, step, why, emit)
                        as_run.append(step)
                        continue
                    if step.is_intent:
                        later = any(s.is_check for s, _ in pending)
                        expansion = await _expand(page, run, step, depth, later, emit)
                        if expansion is None:
                            break
                        again = [(step, depth + 1)] if expansion.again else []
                        pending[0:0] = [(s, 0) for s in expansion.steps] + again
                        continue
                    right_after = list(takewhile(lambda s: s.is_check, (s for s, _ in pending)))
                    if compiling and len(run.steps) > 1 and right_after and not step.is_check:
                        # A check already true before the step just ahead of it proves nothing
                        # of that step (the first page's are tried once, below).
                        held = await _checks_holding(page, run, [step, *right_after])
                        warnings += [warning for warning in held if warning not in warnings]
                    number = len(run.steps) + 1
                    async with step_group(page, traced, f"Step {number}: {step.describe()}"):
                        step_as_run, failed = await _run_step(page, run, number, step, emit)
                    as_run.append(step_as_run)
                    if failed:
                        break
                    if len(run.steps) == 1 and compiling:
                        # Compiling: a check already true on the first page proves nothing.
                        warnings += await _checks_holding(page, run, [s for s, _ in pending])
        except TimeoutError:
            number = len(run.steps) + 1
            reason = f"the run took longer than its {limits.run_timeout_s:g} s limit"
            await _fail(page, run, number, step, reason, 0, emit)
        final_url = page.url
        if traced:
            failed = not run.steps or any(step.status == "failed" for step in run.steps)
            trace = await finish_trace(context, capture, run_id, failed=failed)
    for step, _ in pending:
        number = len(run.steps) + 1
        run.steps.append(_result(number, step, "skipped", "not run: an earlier step failed"))
    duration = int((time.perf_counter() - started) * 1000)
    result = BrowserResult(
        steps=run.steps,
        final_url=final_url,
        screenshots=run.shots,
        trace=trace,
        duration_ms=duration,
        snapshot=run.snapshot,
    )
    steps = as_run + [step for step, _ in pending]
    if source is not None:
        warnings = static_warnings(plan.model_copy(update={"steps": steps}))
    return result, plan.model_copy(update={"steps": steps, "warnings": warnings})


# The steps whose control may open a new tab
_OPENS_TABS = frozenset({"click", "press", "submit"})
# A link that opens a new tab opens its page in this one: the journey goes on there, as its
# visitor's does, and no check looks at the page left behind (a tab a script opens is
# followed by `tabs`, once the browser says it opened)
_IN_THIS_TAB = """document.addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('a[target]');
  if (!link || ['', '_self', '_parent', '_top'].includes(link.target)) return;
  const frame = `:is(iframe, frame)[name="${CSS.escape(link.target)}"]`;
  if (!document.querySelector(frame)) link.target = '_self';  // a frame's own link stays
}, true);"""


async def _loaded(page: Page) -> None:
    """Wait for a tab just opened to show its page; a slow one is waited for by the checks."""
    with contextlib.suppress(PlaywrightError):
        await page.wait_for_load_state("domcontentloaded")


async def _ask(page: Page, run: Run, source: StepSource, emit: Emit) -> list[Step]:
    """Ask the source for the next steps; none when it is done or failed (then recorded)."""
    snapshot = await page_snapshot(page)
    try:
        return await source.next_steps(snapshot)
    except StepFailed as exc:
        run.snapshot = snapshot
        number = len(run.steps) + 1
        await emit("step_start", f"Executing step {number}: {PLANNING}", step_number=number)
        shot = await _screenshot(page, run, number)
        reason = redact(exc.reason, run.secrets)
        run.steps.append(
            StepResult(
                step_number=number,
                passed=False,
                details=reason,
                status="failed",
                action="plan",
                description=PLANNING,
                url=page.url,
                screenshot=shot,
            )
        )
        message = f"Step {number} failed: {reason}"
        await emit("step_complete", message, step_number=number, passed=False)
        return []


async def _checks_holding(page: Page, run: Run, later: list[Step]) -> list[str]:
    """Warn of each check, after something is done, that already holds on the page now."""
    warnings: list[str] = []
    acted = False
    if run.pending:
        await run.settled(PROBE_S)
    for step in later:
        # An optional step may not happen: it is not what makes a later check true.
        acted = acted or not (step.is_check or step.only_if)
        # Only what must show: "no error is shown" (or "no JavaScript errors") is as true
        # before as after, rightly.
        if not (acted and step.is_check) or step.action in _TRUE_AT_START:
            continue
        try:
            await actions.perform(page, _with_values(step, run.values), run.start_url, ONE_LOOK_S)
        except (StepFailed, MissingVariable, PlaywrightError):
            continue
        warnings.append(holds_before(step))
    return warnings


async def _expand(
    page: Page, run: Run, step: Step, depth: int, checked_later: bool, emit: Emit
) -> intents.Expansion | None:
    """Expand an intent on the page; None when it failed (the failure is recorded)."""
    try:
        return await intents.expand(page, step, depth, checked_later=checked_later)
    except StepFailed as exc:
        reason = exc.reason
    except PlaywrightError as exc:
        reason = actions.explain(exc)
    number = len(run.steps) + 1
    await emit("step_start", f"Executing step {number}: {step.describe()}", step_number=number)
    await _fail(page, run, number, step, reason, 0, emit)
    return None


async def _unmet(page: Page, run: Run, step: Step) -> str | None:
    """Why an optional step is skipped, None when it runs; the steps of a block wait once."""
    last = run.steps[-1] if run.steps else None
    waited = last is not None and last.status == "skipped" and last.only_if == step.only_if
    return await unmet(page, _with_values(step, run.values), 0 if waited else GRACE_S)


async def _skip(run: Run, step: Step, why: str, emit: Emit) -> None:
    """Record an optional step whose condition did not hold: neither passed nor failed."""
    number = len(run.steps) + 1
    reason = redact(why, run.secrets)
    await emit("step_start", f"Executing step {number}: {step.describe()}", step_number=number)
    run.steps.append(_result(number, step, "skipped", f"skipped: {reason}"))
    message = f"Step {number} skipped: {reason}"
    await emit("step_complete", message, step_number=number, passed=False, skipped=True)


async def _run_step(page: Page, run: Run, number: int, step: Step, emit: Emit) -> tuple[Step, bool]:
    """Run one step; return the step with the locator it used, and whether it failed."""
    description = step.describe()
    await emit("step_start", f"Executing step {number}: {description}", step_number=number)
    started = time.perf_counter()
    try:
        concrete = _with_values(step, run.values)
        timeout_s = run.limits.step_timeout_s
        if step.action in ABSENCE_CHECKS:
            await run.settled()
        done: Done = await actions.perform(
            page, concrete, run.start_url, timeout_s, healer=run.healer
        )
        if run.bad_document and step.status is not None:
            run.bad_document = None  # the error the address must answer, which goto checked
        if run.bad_document:
            raise StepFailed(f"the page failed to load: {run.bad_document}")
    except (StepFailed, MissingVariable) as exc:
        ms = int((time.perf_counter() - started) * 1000)
        reason = exc.reason if isinstance(exc, StepFailed) else exc.message
        return await _fail(page, run, number, step, reason, ms, emit), True
    except PlaywrightError as exc:
        ms = int((time.perf_counter() - started) * 1000)
        reason = actions.explain(exc)
        return await _fail(page, run, number, step, reason, ms, emit), True
    ms = int((time.perf_counter() - started) * 1000)
    note = redact(done.note, run.secrets)
    details = f"{description}: {note}" if note else description
    shot = await _screenshot(page, run, number) if run.every_step else None
    run.steps.append(
        _result(number, step, "passed", details, ms, done.locator, done.healed, page.url, shot)
    )
    message = f"Step {number} passed" + (" (healed: " + note + ")" if done.healed else "")
    await emit("step_complete", message, step_number=number, passed=True, healed=done.healed)
    as_run = step.model_copy(
        update={"locator": done.locator or step.locator, "healed": done.healed}
    )
    return as_run, False


async def _fail(
    page: Page, run: Run, number: int, step: Step, reason: str, ms: int, emit: Emit
) -> Step:
    shot = await _screenshot(page, run, number)
    run.snapshot = await _snapshot(page)
    reason = redact(reason, run.secrets)
    run.steps.append(_result(number, step, "failed", reason, ms, url=page.url, screenshot=shot))
    await emit("step_complete", f"Step {number} failed: {reason}", step_number=number, passed=False)
    return step


async def _screenshot(page: Page, run: Run, number: int) -> str | None:
    if run.screenshots is None:
        return None
    path = run.screenshots / f"{run.run_id}-step{number}.png"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        await page.screenshot(path=path, timeout=5000)
    except (PlaywrightError, OSError) as exc:
        log.warning("run %s: no screenshot of step %d: %s", run.run_id, number, exc)
        return None
    run.shots.append(str(path))
    return str(path)


async def _snapshot(page: Page) -> str | None:
    """The page as a model reads it, while it is still open; None if it hangs."""
    try:
        async with asyncio.timeout(SNAPSHOT_S):
            return await page_snapshot(page, longest=SNAPSHOT_LONGEST)
    except TimeoutError:
        return None


def _with_values(step: Step, values: dict[str, str]) -> Step:
    """The step with each {{name}} in its value and target replaced by the variable's value."""
    update: dict[str, object] = {}
    if step.value is not None:
        update["value"] = substitute(step.value, values)
    if step.target is not None:
        target = step.target
        update["target"] = _target_with_values(target, values)
    if step.only_if is not None:
        update["only_if"] = _target_with_values(step.only_if, values)
    return step.model_copy(update=update) if update else step


def _target_with_values(target: Target, values: dict[str, str]) -> Target:
    return target.model_copy(
        update={
            "text": substitute(target.text, values),
            "within": substitute(target.within, values) if target.within else None,
        }
    )


def _result(
    number: int,
    step: Step,
    status: StepStatus,
    details: str,
    ms: int = 0,
    locator: str | None = None,
    healed: bool = False,
    url: str | None = None,
    screenshot: str | None = None,
) -> StepResult:
    return StepResult(
        step_number=number,
        passed=status == "passed",
        details=details,
        status=status,
        action=step.action,
        description=step.describe(),
        only_if=step.only_if,
        duration_ms=ms,
        locator=locator,
        healed=healed,
        url=url,
        screenshot=screenshot,
    )
