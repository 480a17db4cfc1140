"""Run a Plan in a browser context, step by step, reporting each step as it happens."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page, Response

from housecat.browser import actions
from housecat.browser.actions import Done, StepFailed
from housecat.browser.pool import BrowserPool
from housecat.runs.models import BrowserResult, StepResult, StepStatus
from housecat.runs.plan import Plan, Step

log = logging.getLogger(__name__)

Emit = Callable[..., Awaitable[None]]


async def no_events(event_type: str, message: str, **fields: Any) -> None:
    """Discard events (ad-hoc runs nobody watches)."""


@dataclass(frozen=True)
class Limits:
    step_timeout_s: float = 10.0
    run_timeout_s: float = 120.0


DEFAULT_LIMITS = Limits()


@dataclass
class Run:
    """What one run knows while it executes."""

    run_id: str
    start_url: str
    limits: Limits
    screenshots: Path | None
    bad_document: str | None = None
    steps: list[StepResult] = field(default_factory=list)
    shots: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> None:
        """Remember when a main document answers with an HTTP error."""

        def on_response(response: Response) -> None:
            request = response.request
            main_document = request.is_navigation_request() and request.frame == page.main_frame
            if main_document and response.status >= 400:
                self.bad_document = (
                    f"{response.url} answered HTTP {response.status} {response.status_text}"
                ).strip()

        page.on("response", on_response)


async def execute(
    pool: BrowserPool,
    plan: Plan,
    *,
    start_url: str,
    run_id: str,
    limits: Limits = DEFAULT_LIMITS,
    screenshots: Path | None = None,
    emit: Emit = no_events,
) -> tuple[BrowserResult, Plan]:
    """Run every step until one fails; return the browser's account and the plan as run."""
    run = Run(run_id=run_id, start_url=start_url, limits=limits, screenshots=screenshots)
    started = time.perf_counter()
    steps_as_run = list(plan.steps)
    final_url: str | None = None
    async with pool.context() as context:
        page = await context.new_page()
        page.set_default_timeout(limits.step_timeout_s * 1000)
        run.watch(page)
        failed = False
        try:
            async with asyncio.timeout(limits.run_timeout_s):
                for number, step in enumerate(plan.steps, start=1):
                    steps_as_run[number - 1], failed = await _run_step(
                        page, run, number, step, emit
                    )
                    if failed:
                        break
        except TimeoutError:
            number = len(run.steps) + 1
            reason = f"the run took longer than its {limits.run_timeout_s:g} s limit"
            steps_as_run[number - 1], failed = (
                await _fail(page, run, number, plan.steps[number - 1], reason, 0, emit),
                True,
            )
        final_url = page.url
    for number in range(len(run.steps) + 1, len(plan.steps) + 1):
        step = plan.steps[number - 1]
        run.steps.append(_result(number, step, "skipped", "not run: an earlier step failed"))
    duration = int((time.perf_counter() - started) * 1000)
    result = BrowserResult(
        steps=run.steps, final_url=final_url, screenshots=run.shots, duration_ms=duration
    )
    return result, plan.model_copy(update={"steps": steps_as_run})


async def _run_step(page: Page, run: Run, number: int, step: Step, emit: Emit) -> tuple[Step, bool]:
    """Run one step; return the step with the locator it used, and whether it failed."""
    description = step.describe()
    await emit("step_start", f"Executing step {number}: {description}", step_number=number)
    started = time.perf_counter()
    try:
        done: Done = await actions.perform(page, step, run.start_url, run.limits.step_timeout_s)
        if run.bad_document:
            raise StepFailed(f"the page failed to load: {run.bad_document}")
    except StepFailed as exc:
        ms = int((time.perf_counter() - started) * 1000)
        return await _fail(page, run, number, step, exc.reason, ms, emit), True
    except PlaywrightError as exc:
        ms = int((time.perf_counter() - started) * 1000)
        reason = actions.explain(exc)
        return await _fail(page, run, number, step, reason, ms, emit), True
    ms = int((time.perf_counter() - started) * 1000)
    details = f"{description}: {done.note}" if done.note else description
    run.steps.append(
        _result(number, step, "passed", details, ms, done.locator, done.healed, page.url)
    )
    message = f"Step {number} passed" + (" (healed: " + done.note + ")" if done.healed else "")
    await emit("step_complete", message, step_number=number, passed=True, healed=done.healed)
    as_run = step.model_copy(
        update={"locator": done.locator or step.locator, "healed": done.healed}
    )
    return as_run, False


async def _fail(
    page: Page, run: Run, number: int, step: Step, reason: str, ms: int, emit: Emit
) -> Step:
    shot = await _screenshot(page, run, number)
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
        duration_ms=ms,
        locator=locator,
        healed=healed,
        url=url,
        screenshot=screenshot,
    )
