"""What a run keeps of itself besides its verdict: step screenshots, its log, its trace."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from playwright.async_api import BrowserContext, Page
from playwright.async_api import Error as PlaywrightError

from housecat.browser.run_log import RunLog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Capture:
    """Ask a run for more than the screenshot of a failed step."""

    # A screenshot of every step that ran, not only of the one that failed.
    every_step: bool = False
    # Record a Playwright trace; it is kept at this path only if the run fails.
    trace: Path | None = None
    # Where the page's console, errors and failed requests go, with the run's events.
    log: RunLog | None = None


NOTHING_MORE = Capture()


async def start_trace(context: BrowserContext, capture: Capture, run_id: str) -> bool:
    """Start recording the context's trace if the run asks for one; tell whether it did."""
    if capture.trace is None:
        return False
    try:
        await context.tracing.start(
            title=f"HouseCat run {run_id}", screenshots=True, snapshots=True, sources=False
        )
    except PlaywrightError as exc:
        log.warning("run %s: no trace: %s", run_id, exc)
        return False
    return True


async def finish_trace(
    context: BrowserContext, capture: Capture, run_id: str, *, failed: bool
) -> str | None:
    """Stop recording; keep the trace of a failed run and return its path, else drop it."""
    path = capture.trace
    assert path is not None
    try:
        if not failed:
            await context.tracing.stop()
            # An earlier attempt of the same run may have failed: its trace is not this run's.
            path.unlink(missing_ok=True)
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        await context.tracing.stop(path=path)
    except (PlaywrightError, OSError) as exc:
        log.warning("run %s: no trace: %s", run_id, exc)
        return None
    return str(path)


@contextlib.asynccontextmanager
async def step_group(page: Page, traced: bool, name: str) -> AsyncIterator[None]:
    """Show a step's Playwright calls as one group named for the step, in a recorded trace."""
    if not traced:
        yield
        return
    with contextlib.suppress(PlaywrightError):
        await page.context.tracing.group(name)
    try:
        yield
    finally:
        with contextlib.suppress(PlaywrightError):
            await page.context.tracing.group_end()
