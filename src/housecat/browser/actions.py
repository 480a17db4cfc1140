"""What each kind of step does in the page, and what its failure means in plain English.

Actions may heal their target; assertions never do: they check the page as it is, and
are never handed the healer.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import replace
from urllib.parse import urljoin

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page
from playwright.async_api import TimeoutError as PlaywrightTimeout

from housecat.browser import checks, figures, images, only, page_errors, signed_out, states
from housecat.browser.chain import Call, Chain
from housecat.browser.heal import Chooser, normalize
from housecat.browser.locate import Located, NotLocated, choose, locate, recorded_chain
from housecat.browser.outcomes import Done, StepFailed
from housecat.plan.models import Step, Target

MAX_WAIT_S = 60.0
_TAG = "el => el.tagName"
# The form a journey is filling: its field keeps the focus.
FILLED_FORM = (Chain((Call("locator", ("form:has(:focus)",)),)),)
ANY_FORM = Chain((Call("locator", ("form",)),))
# First words of buttons that send a form; such a button renamed is still the form's.
SUBMIT_VERBS = frozenset(
    {"save", "submit", "send", "create", "add", "update", "apply", "confirm", "register"}
    | {"place", "book", "pay", "finish", "done", "ok", "post", "publish", "request", "join"}
)
KEYS = {"enter": "Enter", "return": "Enter", "tab": "Tab", "escape": "Escape", "esc": "Escape"}


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


async def perform(
    page: Page, step: Step, start_url: str, timeout_s: float, *, healer: Chooser | None = None
) -> Done:
    """Carry out one step, or raise StepFailed; the healer may stand in for a lost target."""
    check = _CHECKS.get(step.action)
    if check is not None:
        return await check(page, step, start_url, timeout_s)  # a check is never healed
    action = _ACTIONS.get(step.action)
    if action is None:
        raise StepFailed(f"HouseCat cannot perform '{step.action}' steps")
    return await action(page, step, start_url, timeout_s, healer)


async def _target(page: Page, step: Step, timeout_s: float, healer: Chooser | None) -> Located:
    try:
        return await locate(page, step, timeout_s, heal=True)
    except NotLocated as exc:
        failure = str(exc)
    return await _chosen(page, step, healer, failure)


async def _chosen(page: Page, step: Step, healer: Chooser | None, failure: str) -> Located:
    """Let the healer pick the element, once every other way has failed; else fail as found."""
    if healer is None:
        raise StepFailed(failure)
    found, why_not = await choose(page, step, healer)
    if found is None:
        raise StepFailed(f"{failure}; {why_not}" if why_not else failure)
    return found


def _done(found: Located) -> Done:
    return Done(locator=found.chain.code(), healed=found.healed, note=found.note)


async def _goto(
    page: Page, step: Step, start_url: str, timeout_s: float, healer: Chooser | None
) -> Done:
    if step.target is not None:  # "go to the pricing page": follow the link
        link = step.model_copy(update={"action": "click"})
        found = await _target(page, link, timeout_s, healer)
        await found.locator.click()
        await page.wait_for_load_state()
        return _done(found)
    base = page.url if page.url.startswith("http") else start_url
    url = urljoin(base, step.value or "/")
    response = await page.goto(url)
    answered = f"HTTP {response.status} {response.status_text}".strip() if response else ""
    if step.status is not None and (response is None or response.status != step.status):
        raise StepFailed(f"{url} answered {answered or 'nothing'}, not HTTP {step.status}")
    if step.status is None and response is not None and response.status >= 400:
        # A page that must not exist is a check some journeys mean to make
        hint = f" (if it should, say so: '{step.value} returns {response.status}')"
        hint = hint if response.status < 500 else ""
        raise StepFailed(f"{url} answered {answered}{hint}")
    return Done()


async def _click(
    page: Page, step: Step, start_url: str, timeout_s: float, healer: Chooser | None
) -> Done:
    try:
        found = await _target(page, step, timeout_s, None)
    except StepFailed as failed:
        # "Save user" renamed "Create user": the button that sends the form being filled
        sent = await _send_form(page, FILLED_FORM) if _sends_a_form(step) else None
        if sent is not None:
            assert step.target is not None
            return replace(sent, healed=True, note=f"'{step.target.text}' not found; {sent.note}")
        found = await _chosen(page, step, healer, failed.reason)
    await found.locator.click()
    await _settle(page)
    return _done(found)


def _sends_a_form(step: Step) -> bool:
    """Tell whether a click names a button that sends a form ("Save user", "Submit")."""
    target = step.target
    if target is None or target.role not in (None, "button") or target.within:
        return False
    return target.text.split(" ")[0].lower() in SUBMIT_VERBS


async def _fill(
    page: Page, step: Step, start_url: str, timeout_s: float, healer: Chooser | None
) -> Done:
    found = await _target(page, step, timeout_s, healer)
    try:
        await found.locator.fill(step.value or "")
    except PlaywrightError as exc:
        if "not an <input>" not in str(exc) or await found.locator.evaluate(_TAG) != "SELECT":
            raise
        return await _choose(found, step.value or "", timeout_s)  # "set Role to Editor"
    return _done(found)


async def _select(
    page: Page, step: Step, start_url: str, timeout_s: float, healer: Chooser | None
) -> Done:
    found = await _target(page, step, timeout_s, healer)
    return await _choose(found, step.value or "", timeout_s)


async def _choose(found: Located, value: str, timeout_s: float) -> Done:
    """Choose the option a dropdown shows as `value`, written with any punctuation."""
    labels = await found.locator.locator("option").all_inner_texts()
    # "price high to low" chooses "Price (high to low)": the same words, other punctuation
    same = [label for label in labels if normalize(label) == normalize(value)]
    try:
        await found.locator.select_option(label=same[0] if same else value, timeout=timeout_s * 500)
    except PlaywrightTimeout:
        await found.locator.select_option(value)
    return _done(found)


async def _check(
    page: Page, step: Step, start_url: str, timeout_s: float, healer: Chooser | None
) -> Done:
    try:
        found = await _target(page, step, timeout_s, None)
    except StepFailed as failed:
        # "tick Buy milk" in a list: the box is unnamed, and sits in the item that says so
        item = await _item_box(page, step)
        found = item or await _chosen(page, step, healer, failed.reason)
    ticking = step.action == "check"
    try:
        await (found.locator.check() if ticking else found.locator.uncheck())
    except PlaywrightError:
        if await found.locator.is_checked() != ticking:
            state = "ticked" if ticking else "unticked"
            where = step.target.describe() if step.target else "the box"
            raise StepFailed(f"{where} did not stay {state}") from None
        raise
    return _done(found)


async def _item_box(page: Page, step: Step) -> Located | None:
    """The one checkbox in the item that shows the step's words, when the box has no name."""
    assert step.target is not None
    if step.target.names_kind or step.target.within:
        return None
    boxed = Target(text="checkbox", role="checkbox", within=step.target.text)
    try:
        found = await locate(page, step.model_copy(update={"target": boxed}), 0.5, heal=False)
    except NotLocated:
        return None
    return Located(
        found.locator, found.chain, note=f"the checkbox of the item '{step.target.text}'"
    )


async def _hover(
    page: Page, step: Step, start_url: str, timeout_s: float, healer: Chooser | None
) -> Done:
    found = await _target(page, step, timeout_s, healer)
    await found.locator.hover()
    return _done(found)


async def _press(
    page: Page, step: Step, start_url: str, timeout_s: float, healer: Chooser | None
) -> Done:
    key = step.value or "Enter"
    key = KEYS.get(key.lower(), key)
    if step.target is None:
        await page.keyboard.press(key)
        await _settle(page)
        return Done()
    field = step.model_copy(update={"action": "fill"})
    found = await _target(page, field, timeout_s, healer)
    await found.locator.press(key)
    await _settle(page)
    return _done(found)


async def _type(
    page: Page, step: Step, start_url: str, timeout_s: float, healer: Chooser | None
) -> Done:
    """Type where the focus is, which must be somewhere a person can type."""
    focused = await page.evaluate(_FOCUSED_JS)
    if focused is None:
        raise StepFailed(f"nothing to type '{step.value}' into has the focus")
    if not focused["typable"]:
        raise StepFailed(f"the focus is on {focused['what']}, where nothing can be typed")
    await page.keyboard.type(step.value or "")
    return Done(note=f"typed into {focused['what']}")


# The focused element, looked for inside shadow roots and same-origin frames too.
_FOCUSED_JS = """() => {
  let el = document.activeElement;
  for (;;) {
    const inner = el && (el.shadowRoot || el.contentDocument);
    if (!inner || !inner.activeElement) break;
    el = inner.activeElement;
  }
  if (!el || el === document.body || el === document.documentElement) return null;
  const tag = el.tagName.toLowerCase();
  const texty = ['text', 'search', 'email', 'url', 'tel', 'password', 'number'];
  const field = (tag === 'textarea' || (tag === 'input' && texty.includes(el.type || '')))
    && !el.disabled && !el.readOnly;
  const name = el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.name
    || (el.innerText || '').trim().slice(0, 40);
  return {typable: field || el.isContentEditable,
          what: name ? `the ${tag} '${name}'` : `a ${tag}`};
}"""


async def _submit(
    page: Page, step: Step, start_url: str, timeout_s: float, healer: Chooser | None
) -> Done:
    """Click the button that submits the form; there must be one (a person would need it)."""
    if step.target is not None and step.target.role == "form" and recorded_chain(step) is None:
        return await _submit_named_form(page, step, timeout_s)
    if step.target is not None:
        try:
            return await _click(page, step, start_url, min(timeout_s, 3.0), None)
        except StepFailed:
            pass
    # The form the journey has been typing into (its field keeps focus), else any form.
    sent = await _send_form(page, (*FILLED_FORM, ANY_FORM))
    if sent is None:
        wanted = f"'{step.target.text}' button" if step.target else "button"
        failure = f"no {wanted} to submit the form, and no other submit button"
        if step.target is None:
            raise StepFailed(failure)
        found = await _chosen(page, step, healer, failure)
        await found.locator.click()
        await _settle(page)
        return _done(found)
    if step.target is None:
        return replace(sent, note="")
    return replace(sent, healed=True)


async def _submit_named_form(page: Page, step: Step, timeout_s: float) -> Done:
    """Send the form named so ("submit the contact form") with its own submit button; never
    click the form itself, which sends nothing."""
    assert step.target is not None
    as_seen = step.model_copy(update={"action": "expect_visible"})
    try:
        form = await locate(page, as_seen, min(timeout_s, 3.0), heal=False)
    except NotLocated as exc:
        raise StepFailed(f"no '{step.target.text}' form to submit: {exc}") from None
    sent = await _send_form(page, (form.chain,))
    if sent is None:
        raise StepFailed(f"the '{step.target.text}' form has no button that submits it")
    return sent


async def _send_form(page: Page, forms: tuple[Chain, ...]) -> Done | None:
    """Click the submit button of the first of these forms that has one."""
    for form in forms:
        submit = form.then(
            Call("locator", ("button[type=submit], input[type=submit], button:not([type])",)),
            Call("filter", (), {"visible": True}),
            Call("nth", (-1,)),
        )
        button = submit.on(page)
        if not await button.count():
            continue
        name = (await button.inner_text()).strip() or await button.get_attribute("value") or ""
        await button.click()
        await _settle(page)
        return Done(locator=submit.code(), note=f"submitted with the form's '{name}' button")
    return None


async def _wait(
    page: Page, step: Step, start_url: str, timeout_s: float, healer: Chooser | None
) -> Done:
    try:
        seconds = float(step.value or "1")
    except ValueError:
        raise StepFailed(f"'{step.value}' is not a number of seconds") from None
    await asyncio.sleep(min(max(seconds, 0.0), MAX_WAIT_S))
    return Done()


async def _reload(
    page: Page, step: Step, start_url: str, timeout_s: float, healer: Chooser | None
) -> Done:
    response = await page.reload(wait_until="domcontentloaded")
    if response is not None and response.status >= 400:
        raise StepFailed(f"reloading answered HTTP {response.status} {response.status_text}")
    return Done()


async def _go_back(
    page: Page, step: Step, start_url: str, timeout_s: float, healer: Chooser | None
) -> Done:
    before = page.url
    await page.go_back(wait_until="domcontentloaded")
    if page.url in (before, "about:blank"):  # the empty tab the run started in is no page
        raise StepFailed("there is no page before this one to go back to")
    return Done()


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
    "type": _type,
    "submit": _submit,
    "wait": _wait,
    "reload": _reload,
    "go_back": _go_back,
}
_CHECKS = {
    **checks.CHECKS,
    **states.CHECKS,
    "expect_only": only.expect_only,
    "expect_each": only.expect_each,
    "expect_number": figures.expect_number,
    "expect_no_errors": page_errors.expect_no_errors,
    "expect_no_broken_images": images.expect_no_broken_images,
    "expect_signed_out": signed_out.expect_signed_out,
}
