"""Check that the journey is signed out: the page offers a way in, and none out.

A closed account menu hides "Sign out" on a page still signed in, so the absence of that
control alone proves nothing; a "Sign in" control or a password field shown does.
"""

from __future__ import annotations

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from housecat.browser.checks import until
from housecat.browser.controls import Control, read_controls
from housecat.browser.intents import SIGN_OUT, clickable, matches
from housecat.browser.outcomes import Done, StepFailed
from housecat.plan.models import Step

_SIGN_IN = frozenset({"sign in"})


async def expect_signed_out(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Pass when a sign-in control or password field shows and no sign-out control does."""
    exits: list[Control] = []
    entries: list[Control] = []

    async def signed_out() -> bool:
        nonlocal exits, entries
        try:
            shown = (await read_controls(page)).shown()
        except PlaywrightError:  # between two pages
            return False
        exits = [c for c in shown if clickable(c) and matches(c, SIGN_OUT)]
        entries = [
            c for c in shown if c.type == "password" or (clickable(c) and matches(c, _SIGN_IN))
        ]
        return bool(entries) and not exits

    if not await until(timeout_s, signed_out):
        if exits:
            raise StepFailed(f"still signed in: the page offers {exits[0].label()}")
        raise StepFailed(
            "cannot tell that the journey is signed out: no 'Sign in' control or password"
            " field is shown"
        )
    return Done()
