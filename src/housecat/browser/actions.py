"""What each kind of step does in the page, and what its failure means in plain English.

Actions may heal their target; assertions never do: they check the page as it is.
"""

from __future__ import annotations

import asyncio
import contextlib
import difflib
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urljoin

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Locator, Page, expect
from playwright.async_api import TimeoutError as PlaywrightTimeout

from housecat.browser.chain import Call, Chain
from housecat.browser.locate import LANDMARK_ROLES, LANDMARKS, Located, NotLocated, locate
from housecat.plan.models import Step, Target

MAX_WAIT_S = 60.0
CONTAINER_ROLES = {"list": "list", "table": "table", "grid": "grid", "menu": "menu", "cart": "list"}
KEYS = {"enter": "Enter", "return": "Enter", "tab": "Tab", "escape": "Escape", "esc": "Escape"}


class StepFailed(Exception):
    """The step did not do what it says; `reason` says why, for a person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Done:
    locator: str | None = None
    healed: bool = False
    note: str = ""


def explain(exc: PlaywrightError) -> str:
    """Turn a Playwright error into one plain sentence."""
    first = (exc.message or str(exc)).strip().splitlines()[0]
    first = first.split(": ", 1)[1] if first.startswith(("Page.", "Locator.")) else first
    if "net::ERR_CONNECTION_REFUSED" in first:
        return "the site refused the connection (is it up?)"
    if "net::ERR_UNSAFE_PORT" in first:
        return "Chromium refuses to connect to that port (it is on its list of unsafe ports)"
    if "net::ERR_NAME_NOT_RESOLVED" in first:
        return "the site's host name does not resolve"
    if isinstance(exc, PlaywrightTimeout):
        return f"timed out: {first}"
    return first


async def perform(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Carry out one step, or raise StepFailed."""
    action = _ACTIONS.get(step.action)
    if action is None:
        raise StepFailed(f"HouseCat cannot perform '{step.action}' steps")
    return await action(page, step, start_url, timeout_s)


async def _target(page: Page, step: Step, timeout_s: float, *, heal: bool = True) -> Located:
    try:
        return await locate(page, step, timeout_s, heal=heal)
    except NotLocated as exc:
        raise StepFailed(str(exc)) from None


def _done(found: Located) -> Done:
    return Done(locator=found.chain.code(), healed=found.healed, note=found.note)


async def _goto(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    if step.target is not None:  # "go to the pricing page": follow the link
        found = await _target(page, step.model_copy(update={"action": "click"}), timeout_s)
        await found.locator.click()
        await page.wait_for_load_state()
        return _done(found)
    base = page.url if page.url.startswith("http") else start_url
    url = urljoin(base, step.value or "/")
    response = await page.goto(url)
    if response is not None and response.status >= 400:
        raise StepFailed(f"{url} answered HTTP {response.status} {response.status_text}".strip())
    return Done()


async def _click(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    found = await _target(page, step, timeout_s)
    await found.locator.click()
    await _settle(page)
    return _done(found)


async def _fill(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    found = await _target(page, step, timeout_s)
    await found.locator.fill(step.value or "")
    return _done(found)


async def _select(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    found = await _target(page, step, timeout_s)
    value = step.value or ""
    try:
        await found.locator.select_option(label=value, timeout=timeout_s * 500)
    except PlaywrightTimeout:
        await found.locator.select_option(value)
    return _done(found)


async def _check(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    found = await _target(page, step, timeout_s)
    await (found.locator.check() if step.action == "check" else found.locator.uncheck())
    return _done(found)


async def _hover(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    found = await _target(page, step, timeout_s)
    await found.locator.hover()
    return _done(found)


async def _press(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    key = step.value or "Enter"
    key = KEYS.get(key.lower(), key)
    if step.target is None:
        await page.keyboard.press(key)
        await _settle(page)
        return Done()
    found = await _target(page, step.model_copy(update={"action": "fill"}), timeout_s)
    await found.locator.press(key)
    await _settle(page)
    return _done(found)


async def _submit(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Click the button that submits the form; there must be one (a person would need it)."""
    if step.target is not None:
        try:
            return await _click(page, step, start_url, min(timeout_s, 3.0))
        except StepFailed:
            pass
    button = None
    # The form the journey has been typing into (its field keeps focus), else any form.
    for form in ("form:has(:focus)", "form"):
        submit = Chain((
            Call("locator", (form,)),
            Call("locator", ("button[type=submit], input[type=submit], button:not([type])",)),
            Call("filter", (), {"visible": True}),
            Call("nth", (-1,)),
        ))  # fmt: skip
        if await submit.on(page).count():
            button = submit.on(page)
            break
    wanted = f"'{step.target.text}' button" if step.target else "button"
    if button is None:
        raise StepFailed(f"no {wanted} to submit the form, and no other submit button")
    name = (await button.inner_text()).strip() or await button.get_attribute("value") or ""
    await button.click()
    await _settle(page)
    note = f"submitted with the form's '{name}' button" if step.target else ""
    return Done(locator=submit.code(), healed=bool(step.target), note=note)


async def _wait(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    try:
        seconds = float(step.value or "1")
    except ValueError:
        raise StepFailed(f"'{step.value}' is not a number of seconds") from None
    await asyncio.sleep(min(max(seconds, 0.0), MAX_WAIT_S))
    return Done()


async def _wait_for(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    text = step.value or ""
    scope, _ = await _text_scope(page, step, text)
    try:
        await expect(_visible_text(scope, text).first).to_be_visible(timeout=MAX_WAIT_S * 1000)
    except AssertionError:
        raise StepFailed(f"'{text}' did not appear within {MAX_WAIT_S:g} s") from None
    return Done()


def _visible_text(page: Page | Locator, text: str) -> Locator:
    return page.get_by_text(text).filter(visible=True)


# A region named in words only ("the results") may not be findable; text this specific
# is still proof enough on the whole page, but "1" or "OK" alone is not.
SPECIFIC_TEXT = 4
SCOPE_WAIT_S = 2.0


async def _text_scope(page: Page, step: Step, text: str) -> tuple[Page | Locator, str]:
    """Where a text must show (the page, or the region the step names), and a note."""
    if step.target is None:
        return page, ""
    if step.target.role in LANDMARK_ROLES:
        region = page.get_by_role(step.target.role).filter(visible=True).first  # type: ignore[arg-type]
        return region, ""
    try:
        return (await locate(page, step, SCOPE_WAIT_S, heal=False)).locator, ""
    except NotLocated:
        where = step.target.describe()
        if len(text) < SPECIFIC_TEXT:
            raise StepFailed(f"cannot find {where} to check that it shows '{text}'") from None
        return page, f"{where} not found by that name; checked the whole page"


async def _closest_text(page: Page, text: str) -> str:
    try:
        body = await page.locator("body").inner_text(timeout=2000)
    except PlaywrightError:
        return ""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    close = difflib.get_close_matches(text, lines, n=1, cutoff=0.5)
    return f"; closest: '{close[0]}'" if close else ""


async def _expect_text(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    text = step.value or ""
    scope, note = await _text_scope(page, step, text)
    where = step.target.describe() if step.target and not note else "the page"
    try:
        await expect(_visible_text(scope, text).first).to_be_visible(timeout=timeout_s * 1000)
    except AssertionError:
        closest = await _closest_text(page, text)
        raise StepFailed(f"{where} does not show '{text}'{closest}") from None
    return Done(note=note)


async def _expect_no_text(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    text = step.value or ""
    await page.wait_for_load_state()
    scope, note = await _text_scope(page, step, text)
    where = step.target.describe() if step.target and not note else "the page"
    try:
        await expect(_visible_text(scope, text)).to_have_count(0, timeout=timeout_s * 1000)
    except AssertionError:
        raise StepFailed(f"{where} shows '{text}'") from None
    return Done(note=note)


async def _expect_url(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    fragment = step.value or ""
    try:
        await expect(page).to_have_url(re.compile(re.escape(fragment)), timeout=timeout_s * 1000)
    except AssertionError:
        raise StepFailed(f"the URL is {page.url}, which does not contain '{fragment}'") from None
    return Done()


async def _expect_title(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    wanted = step.value or ""
    pattern = re.compile(re.escape(wanted), re.IGNORECASE)
    try:
        await expect(page).to_have_title(pattern, timeout=timeout_s * 1000)
    except AssertionError:
        title = await page.title()
        raise StepFailed(f"the title is '{title}', which does not contain '{wanted}'") from None
    return Done()


async def _expect_visible(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    found = await _target(page, step, timeout_s, heal=False)
    return Done(locator=found.chain.code())


async def _expect_hidden(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    assert step.target is not None
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            await locate(page, step, 0, heal=False)
        except NotLocated:
            return Done()
        if time.monotonic() >= deadline:
            raise StepFailed(f"'{step.target.text}' is still shown")
        await asyncio.sleep(0.1)


async def _expect_count(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Count matching elements; "the cart shows 1 item" also holds when the page says so."""
    assert step.target is not None
    wanted = step.count or 0
    chain = _count_chain(step.target)
    scopes = _count_scopes(page, step.target.within)
    said = _visible_text(page, f"{wanted} {step.target.text}")
    deadline = time.monotonic() + timeout_s
    while True:
        counts = [await chain.on(scope).filter(visible=True).count() for scope in await scopes()]
        if wanted in counts:
            return Done(locator=chain.code())
        if await said.count():
            return Done(note=f"the page says '{wanted} {step.target.text}'")
        if time.monotonic() >= deadline:
            seen = max(counts, default=0)
            raise StepFailed(f"expected {wanted} × '{step.target.text}', found {seen}")
        await asyncio.sleep(0.1)


def _count_scopes(page: Page, within: str | None) -> Callable[[], Awaitable[list[Page | Locator]]]:
    """Where to count: the page, or each container the words name ("the product list")."""

    async def scopes() -> list[Page | Locator]:
        if not within:
            return [page]
        words = within.lower().split()
        role = CONTAINER_ROLES.get(words[-1]) or LANDMARKS.get(within.lower())
        if role is None:
            return [page.locator("*").filter(has_text=within).last]
        name = " ".join(words[:-1]) if words[-1] in CONTAINER_ROLES else ""
        named = {"name": re.compile(re.escape(name), re.I)} if name else {}
        found = page.get_by_role(role, **named)  # type: ignore[arg-type]
        return [found.nth(i) for i in range(await found.count())] or [page]

    return scopes


def _count_chain(target: Target) -> Chain:
    """Count by role (and name, unless the text only names the kind), else by text."""
    if target.role:
        kwargs = {} if target.names_kind else {"name": target.text}
        return Chain((Call("get_by_role", (target.role,), kwargs),))
    return Chain((Call("get_by_text", (target.text,)),))


async def _settle(page: Page) -> None:
    """Let a navigation an action started get its document before the next step."""
    with contextlib.suppress(PlaywrightError):
        await page.wait_for_load_state("domcontentloaded", timeout=10_000)


_ACTIONS = {
    "goto": _goto,
    "click": _click,
    "fill": _fill,
    "select": _select,
    "check": _check,
    "uncheck": _check,
    "hover": _hover,
    "press": _press,
    "submit": _submit,
    "wait": _wait,
    "wait_for": _wait_for,
    "expect_text": _expect_text,
    "expect_no_text": _expect_no_text,
    "expect_url": _expect_url,
    "expect_title": _expect_title,
    "expect_visible": _expect_visible,
    "expect_hidden": _expect_hidden,
    "expect_count": _expect_count,
}
