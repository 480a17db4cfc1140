"""Tell whether what an optional step waits on is so: a text, an element or a cookie banner
shown, or the step's own element enabled."""

from __future__ import annotations

import asyncio
import time

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from housecat.browser.checks import expect_visible
from housecat.browser.locate import NotLocated, locate
from housecat.browser.outcomes import StepFailed
from housecat.plan.models import COOKIE_BANNER, Step, Target

# A pop-up or a banner often shows a moment after the page does: wait long enough to catch
# that, but not the whole step timeout, or every page without one would be held that long.
GRACE_S = 2.5
_POLL_S = 0.1

# A cookie banner: a visible button that answers it, inside something that speaks of
# cookies or consent. Pages build them in many ways, rarely as a dialog; a footer's
# "Cookie policy" link is not one, as nothing there accepts or declines.
_COOKIE_BANNER = """() => {
  const answers = new RegExp('^(accept|agree|allow|ok|okay|got it|i agree|i understand'
    + '|decline|reject|refuse|deny|dismiss|close|continue|save|×|✕|x)\\\\b', 'i');
  const about = /cookie|consent|gdpr/i;
  const shown = (el) => { const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const buttons = 'button, [role=button], a, input[type=button], input[type=submit]';
  for (const button of document.querySelectorAll(buttons)) {
    const label = button.innerText || button.value || button.getAttribute('aria-label');
    if (!answers.test((label || '').trim()) || !shown(button)) continue;
    let node = button.parentElement;
    for (let depth = 0; node && node !== document.body && depth < 6; depth += 1) {
      const said = (node.innerText || '') + ' ' + (node.getAttribute('aria-label') || '');
      if (about.test(said)) return true;
      node = node.parentElement;
    }
  }
  return false;
}"""


async def unmet(page: Page, step: Step, grace_s: float) -> str | None:
    """Why an optional step is skipped: what it waits on is not so; None when it is."""
    if step.only_if_enabled:
        return await _not_enabled(page, step, grace_s)
    return None if await is_shown(page, step, grace_s) else what_is_shown(step)


async def _not_enabled(page: Page, step: Step, grace_s: float) -> str | None:
    """Say why the step's own element is not usable, within `grace_s`; None when it is.

    Not on the page counts as not enabled ("click Next if it is enabled" on the last page
    of results that has no Next): the step cannot be done, so it is not done, and says so.
    """
    assert step.target is not None
    deadline = time.monotonic() + grace_s
    try:
        found = await locate(page, step, grace_s, heal=False)
    except (NotLocated, PlaywrightError):
        return f"{step.target.describe()} was not on the page"

    async def enabled() -> bool:
        try:
            return await found.locator.is_enabled(timeout=_POLL_S * 1000)
        except PlaywrightError:
            return False

    while not await enabled():
        if time.monotonic() >= deadline:
            return f"{step.target.describe()} was disabled"
        await asyncio.sleep(_POLL_S)
    return None


def what_is_shown(step: Step) -> str:
    """Name what the step waits on, for the note of a skipped step."""
    assert step.only_if is not None
    if step.only_if == step.target:
        return f"{step.only_if.describe()} was not shown"
    return f"{step.only_if.describe_shown()} was not shown"


async def is_shown(page: Page, step: Step, grace_s: float) -> bool:
    """Whether what the step waits on shows within `grace_s`."""
    shown = step.only_if
    assert shown is not None
    if shown.role == COOKIE_BANNER:
        return await _cookie_banner(page, grace_s)
    try:
        if shown == step.target:  # "click Skip if it appears": found as the step finds it
            await locate(page, step, grace_s, heal=False)
        else:
            await expect_visible(page, _probe(step, shown), "", grace_s)
    except (NotLocated, StepFailed, PlaywrightError):
        return False
    return True


def _probe(step: Step, shown: Target) -> Step:
    return Step(action="expect_visible", target=shown, phrase=step.phrase)


async def _cookie_banner(page: Page, grace_s: float) -> bool:
    deadline = time.monotonic() + grace_s
    while True:
        try:
            if await page.evaluate(_COOKIE_BANNER):
                return True
        except PlaywrightError:
            pass  # the page is navigating: look again
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(_POLL_S)
