"""The errors a page's scripts throw or log, for the check that there are none."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from playwright.async_api import ConsoleMessage, Page
from playwright.async_api import Error as PlaywrightError

from housecat.browser.outcomes import Done, StepFailed
from housecat.plan.models import Step

_ERRORS: WeakKeyDictionary[Page, list[str]] = WeakKeyDictionary()
# Console messages that are errors; a failed assertion (`console.assert`) is one too.
_ERROR_TYPES = frozenset({"error", "assert"})


def watch_errors(page: Page) -> None:
    """Keep every uncaught error and console error of the page from now on."""
    errors = _ERRORS.setdefault(page, [])

    def console(message: ConsoleMessage) -> None:
        if message.type in _ERROR_TYPES:
            errors.append(f"console error: {message.text}")

    def page_error(error: PlaywrightError) -> None:
        errors.append(f"uncaught {error.name or 'error'}: {error.message}")

    page.on("console", console)
    page.on("pageerror", page_error)


async def expect_no_errors(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Pass when no script of the journey's pages threw or logged an error so far."""
    await page.wait_for_load_state("load")  # the scripts a page runs as it loads have run
    errors = _ERRORS.get(page)
    if errors is None:
        raise StepFailed("the page's errors were not watched in this run")
    if errors:
        shown = "; ".join(errors[:3]) + ("; …" if len(errors) > 3 else "")
        raise StepFailed(f"the page had {len(errors)} script error(s): {shown}")
    return Done()
