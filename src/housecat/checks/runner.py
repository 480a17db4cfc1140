"""Run check cases in one browser, a few at a time, and judge each."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from housecat.browser.execute import Limits
from housecat.browser.pool import BrowserPool
from housecat.checks.models import CheckCase, CheckVerdict
from housecat.errors import HouseCatError
from housecat.plan.models import Plan
from housecat.runs.pipeline import RunOutcome, run_goal, starting_at

Started = Callable[[CheckCase], Awaitable[None]]
Finished = Callable[[CheckVerdict], Awaitable[None]]


async def _nothing(_: object) -> None:
    return None


async def run_checks(
    cases: list[CheckCase],
    pool: BrowserPool,
    *,
    concurrency: int,
    limits: Limits,
    screenshots: Path | None = None,
    started: Started = _nothing,
    finished: Finished = _nothing,
) -> list[CheckVerdict]:
    """Run every case, `concurrency` at a time; answer their verdicts in the cases' order."""
    gate = asyncio.Semaphore(concurrency)

    async def one(index: int, case: CheckCase) -> CheckVerdict:
        async with gate:
            await started(case)
            shots = screenshots / f"{index + 1:02d}-{_slug(case.name)}" if screenshots else None
            verdict = await _check(case, pool, limits, shots)
            await finished(verdict)
            return verdict

    return list(await asyncio.gather(*(one(i, case) for i, case in enumerate(cases))))


async def _check(
    case: CheckCase, pool: BrowserPool, limits: Limits, screenshots: Path | None
) -> CheckVerdict:
    began = time.perf_counter()
    pinned = None
    if case.steps is not None:
        pinned = starting_at(Plan(goal=case.goal, steps=case.steps, source="pinned"), case.url)
    try:
        outcome = await run_goal(
            pool,
            url=case.url,
            goal=case.goal,
            plan=pinned,
            triggered_by="cli",
            limits=limits,
            screenshots=screenshots,
            variables=case.variables,
            secrets=case.secrets,
            context_options=case.context_options,
        )
    except HouseCatError as exc:
        seconds = time.perf_counter() - began
        return CheckVerdict(case.name, case.url, "error", seconds, f"could not run: {exc.message}")
    return _verdict(case, outcome, time.perf_counter() - began)


def _verdict(case: CheckCase, outcome: RunOutcome, seconds: float) -> CheckVerdict:
    result = outcome.result
    lines = [f"{step.step_number}. {step.status}: {step.details}" for step in result.step_results]
    failed = next((step for step in result.step_results if step.status == "failed"), None)
    shots = outcome.browser_result.screenshots
    return CheckVerdict(
        name=case.name,
        url=case.url,
        status="passed" if result.passed else "failed",
        duration_s=seconds,
        summary=result.details,
        failed_step=f"{failed.step_number}. {failed.description}" if failed else None,
        screenshot=Path(shots[-1]) if shots and not result.passed else None,
        steps=lines,
    )


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:60] or "journey"
