"""Checks of a control's state: ticked, chosen, holding a value, usable. Never healed.

Each check finds the control its step names, of the kind the check is about (a box that
can be ticked for "is ticked", a field for "holds"), then waits for the state until the
step's timeout. A control missing from the page fails every state check: an absent
button is not "disabled", it is not there. Values are compared whole, after trimming
and folding runs of spaces: "holds 'a@b.io'" fails on "xa@b.io".
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Locator, Page

from housecat.browser.chain import Chain
from housecat.browser.checks import until
from housecat.browser.locate import (
    CHECKABLE,
    CHOOSERS,
    CLICKABLE,
    TYPEABLE,
    NotLocated,
    Root,
    locate,
)
from housecat.browser.outcomes import Done, StepFailed
from housecat.browser.regions import find_region, region_hint
from housecat.plan.models import Step, Target, names_content

# Choices marked with aria-selected; a native <option> counts while it is selected.
CHOICES = ("option", "tab", "treeitem", "gridcell", "row")
_TAG = "el => el.tagName"
# A control whose own words are its choice: a native dropdown, a box one types in, or a
# combobox drawn as a button ("<button role=combobox>USD</button>"), whose options are
# drawn elsewhere when it opens.
_SHOWS_ITS_CHOICE = """el => ['SELECT', 'INPUT'].includes(el.tagName)
  || (el.getAttribute('role') === 'combobox' && !el.querySelector('[role=option]'))"""
_SELECTED_OPTIONS = "el => [...el.selectedOptions].map(option => option.text)"
# A chosen element's name, for failure messages: a radio's is its label, not its text.
_NAMES = """els => els.map(el => el.getAttribute('aria-label')
  || (el.labels && el.labels.length ? el.labels[0].innerText : '') || el.innerText || '')"""
_READ_S = 1.0  # how long one reading of a state may wait for its element
# How a choice shows it is the chosen one: a box or radio is ticked, the others selected.
_STATE: dict[bool, dict[str, bool]] = {True: {"checked": True}, False: {"selected": True}}


@dataclass(frozen=True)
class Kind:
    """What a check may look at: these roles, or native controls with no role."""

    roles: tuple[str, ...]
    native: str | None  # CSS for controls of this kind that may have no role (password inputs)
    noun: str
    strict: bool = False  # a kind named in the step must be that very role ("the Save button")


_TICKABLE = Kind(CHECKABLE, None, "checkbox, radio or switch")
_FIELD = Kind(
    TYPEABLE,
    "input:not([type=checkbox],[type=radio],[type=button],[type=submit],[type=reset]"
    ",[type=image],[type=file]), textarea, select",
    "field",
)
_CONTROL = Kind(CLICKABLE + TYPEABLE, "input, textarea, select, button", "control", strict=True)
_CHOOSER = Kind(CHOOSERS, "select", "dropdown, list, tabs or group")


@dataclass(frozen=True)
class Control:
    """The control a state check found, and how a failure names it."""

    locator: Locator
    name: str
    code: str | None  # the locator as code, when it can be replayed from the page
    # Every element the words name: "the Save button" at a form's top and bottom is both.
    every: Locator | None = None


async def _control(page: Page, step: Step, timeout_s: float, kind: Kind) -> Control:
    """Find the control the step names, of the check's kind, or fail saying what is there."""
    assert step.target is not None
    target = step.target
    root: Root = page
    looked_for = target
    if target.within and not names_content(target.within):
        region = await find_region(page, target.within)
        if region is None:
            raise StepFailed(region_hint(target.within))
        root = region
        looked_for = target.model_copy(update={"within": None})  # looked for inside it
    if not kind.strict and target.role in kind.roles and not target.names_kind:
        # "the search field" may be a searchbox: any role of the kind will do
        looked_for = looked_for.model_copy(update={"role": None})
    step = step.model_copy(update={"target": looked_for})
    try:
        found = await locate(root, step, timeout_s, heal=False)
    except NotLocated as exc:
        raise StepFailed(f"{exc}: a control not on the page has no state to check") from None
    if target.names_kind and target.role and target.nth is None:
        if target.within:  # "the checkbox in 'Buy milk'": the boxes in that item only
            every = _every(root, found.chain)
            many = await every.filter(visible=True).count() if every is not None else 1
        else:
            many = await root.get_by_role(target.role).filter(visible=True).count()  # type: ignore[arg-type]
        if many > 1:
            raise StepFailed(f"{target.describe()} could be any of {many} on the page: say which")
    role = await _kind_of(root, found.locator, target, kind)
    if role is None:
        noun = target.role if kind.strict and target.role else kind.noun
        raise StepFailed(f"'{target.text}' is not a {noun}, so it cannot be checked")
    named = target.model_copy(update={"role": role, "within": None}) if role != "-" else target
    code = found.chain.code() if root is page else None
    every = _every(root, found.chain) if target.nth is None else None
    return Control(found.locator, named.describe(), code, every)


def _every(root: Root, chain: Chain) -> Locator | None:
    """All the elements a chain matched before it took the first of several."""
    last = chain.calls[-1]
    if last.method != "nth" or last.args != (0,):
        return None
    return Chain(chain.calls[:-1]).on(root)


async def _kind_of(root: Root, found: Locator, target: Target, kind: Kind) -> str | None:
    """The role the found element has among those the check allows ("-": a native control)."""
    strict = kind.strict and target.role is not None
    roles = (target.role,) if strict and target.role else kind.roles
    for role in roles:
        if await found.and_(root.get_by_role(role)).count():  # type: ignore[arg-type]
            return role
    if kind.native and not strict and await found.and_(root.locator(kind.native)).count():
        return "-"
    return None


def _spaces(text: str) -> str:
    return " ".join(text.split())


async def _read_value(control: Locator) -> str:
    """What a field holds: its value, the text of a dropdown's chosen options, or the text
    of a rich-text editor (which has no value)."""
    if await control.evaluate(_TAG) == "SELECT":
        chosen: list[str] = await control.evaluate(_SELECTED_OPTIONS)
        return ", ".join(_spaces(text) for text in chosen)
    if await control.evaluate("el => el.isContentEditable"):
        return await control.inner_text(timeout=_READ_S * 1000)
    return await control.input_value(timeout=_READ_S * 1000)


async def _ticked(page: Page, step: Step, timeout_s: float, *, wanted: bool) -> Done:
    deadline = time.monotonic() + timeout_s
    control = await _control(page, step, timeout_s, _TICKABLE)

    said = f"{control.name} is {'not checked' if wanted else 'checked'}"
    return await _until_state(control, Locator.is_checked, wanted, deadline, said)


async def expect_checked(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    return await _ticked(page, step, timeout_s, wanted=True)


async def expect_unchecked(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    return await _ticked(page, step, timeout_s, wanted=False)


async def _usable(page: Page, step: Step, timeout_s: float, *, wanted: bool) -> Done:
    deadline = time.monotonic() + timeout_s
    try:
        control = await _control(page, step, timeout_s, _CONTROL)
    except StepFailed as exc:
        if wanted or "not on the page" not in exc.reason:
            raise
        raise StepFailed(f"{exc.reason} (to check it is gone, say it is not shown)") from None

    said = f"{control.name} is {'disabled' if wanted else 'enabled'}"
    return await _until_state(control, Locator.is_enabled, wanted, deadline, said)


async def _until_state(
    control: Control,
    state: Callable[..., Awaitable[bool]],
    wanted: bool,
    deadline: float,
    failure: str,
) -> Done:
    """Wait until the control's state is the one wanted, else fail saying what it is.

    When the words name several controls, every one of them must be in that state.
    """

    async def holds() -> bool:
        try:
            controls = await control.every.all() if control.every else [control.locator]
            states = [await state(each, timeout=_READ_S * 1000) for each in controls]
        except PlaywrightError:
            return False
        return bool(states) and all(held == wanted for held in states)

    if not await until(max(deadline - time.monotonic(), 0), holds):
        raise StepFailed(failure)
    return Done(locator=control.code)


async def expect_enabled(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    return await _usable(page, step, timeout_s, wanted=True)


async def expect_disabled(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    return await _usable(page, step, timeout_s, wanted=False)


async def expect_value(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Expect a field to hold exactly the value (after trimming); '' means it is empty."""
    deadline = time.monotonic() + timeout_s
    control = await _control(page, step, timeout_s, _FIELD)
    wanted = _spaces(step.value or "")
    seen = ""

    async def holds() -> bool:
        nonlocal seen
        try:
            seen = _spaces(await _read_value(control.locator))
        except PlaywrightError:
            return False
        return seen == wanted

    if not await until(max(deadline - time.monotonic(), 0), holds):
        if not wanted:
            raise StepFailed(f"{control.name} is not empty: it holds '{seen}'")
        held = f"holds '{seen}'" if seen else "is empty"
        raise StepFailed(f"{control.name} {held}, not '{wanted}'")
    return Done(locator=control.code)


async def expect_selected(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Expect the choice named by the value to be the chosen one, in the control named, if any."""
    target = step.target
    # "the Country dropdown shows Canada", and "the dropdown shows English": what the one
    # dropdown on the page has chosen; "the tab 'Pro' is selected": a choice of that kind
    if target is not None and (not target.names_kind or target.role not in CHOICES + CHECKABLE):
        return await _chosen_in(page, step, timeout_s)
    root: Root = page
    if target is not None and target.within and not names_content(target.within):
        region = await find_region(page, target.within)
        if region is None:
            raise StepFailed(region_hint(target.within))
        root = region
    roles = (target.role,) if target is not None and target.role else CHOICES + CHECKABLE
    wanted = step.value or ""
    if not await until(timeout_s, lambda: _is_chosen(root, roles, wanted)):
        raise StepFailed(await _not_chosen(root, roles, wanted))
    return Done()


async def _is_chosen(root: Root, roles: tuple[str, ...], name: str) -> bool:
    """Tell whether an element of these roles named `name` is selected (or ticked)."""
    for role in roles:
        chosen = root.get_by_role(role, name=name, exact=True, **_STATE[role in CHECKABLE])  # type: ignore[arg-type]
        if await chosen.count():
            return True
    return False


async def _not_chosen(root: Root, roles: tuple[str, ...], name: str) -> str:
    """Say why a choice is not the chosen one: it is not there, or another one is."""
    chosen: list[str] = []
    present = False
    for role in roles:
        if not await root.get_by_role(role, name=name, exact=True).count():  # type: ignore[arg-type]
            continue
        present = True
        among: Root = root
        if role == "option":  # the chosen option of the dropdowns that offer this one
            offers = root.get_by_role("option", name=name, exact=True)
            among = root.locator("select, [role=listbox]").filter(has=offers)
        chosen += await among.get_by_role(role, **_STATE[role in CHECKABLE]).evaluate_all(_NAMES)  # type: ignore[arg-type]
    if not present:
        return f"nothing named '{name}' to be selected (looked for: {', '.join(roles)})"
    others = ", ".join(f"'{text}'" for text in dict.fromkeys(map(_spaces, chosen)) if text)
    return f"'{name}' is there but not selected; selected: {others or 'nothing'}"


async def _chosen_in(page: Page, step: Step, timeout_s: float) -> Done:
    """Expect the dropdown, list, tabs or group the step names to have the value chosen."""
    deadline = time.monotonic() + timeout_s
    control = await _control(page, step, timeout_s, _CHOOSER)
    wanted = _spaces(step.value or "")
    shown: list[str] = []

    async def holds() -> bool:
        nonlocal shown
        try:
            shown = await _choices_made(control.locator)
            if await control.locator.evaluate(_SHOWS_ITS_CHOICE):
                return wanted in shown
            return await _is_chosen(control.locator, CHOICES + CHECKABLE, wanted)
        except PlaywrightError:
            return False

    if not await until(max(deadline - time.monotonic(), 0), holds):
        said = ", ".join(f"'{text}'" for text in shown) or "nothing"
        raise StepFailed(f"{control.name} shows {said}, not '{wanted}'")
    return Done(locator=control.code)


async def expect_option(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Expect the dropdown the step names to offer the choice named by the value."""
    deadline = time.monotonic() + timeout_s
    control = await _control(page, step, timeout_s, _CHOOSER)
    wanted = _spaces(step.value or "")
    offered: list[str] = []

    async def holds() -> bool:
        nonlocal offered
        try:
            offered = [_spaces(name) for name in await _options(control.locator)]
        except PlaywrightError:
            return False
        return wanted in offered

    if not await until(max(deadline - time.monotonic(), 0), holds):
        said = ", ".join(f"'{name}'" for name in offered) or "none it shows"
        raise StepFailed(f"{control.name} does not offer '{wanted}'; its choices: {said}")
    return Done(locator=control.code)


async def _options(control: Locator) -> list[str]:
    """The names of the choices a dropdown offers (a closed custom one shows none)."""
    if await control.evaluate(_TAG) == "SELECT":
        return list(await control.evaluate("el => [...el.options].map(o => o.text)"))
    return list(await control.get_by_role("option").evaluate_all(_NAMES))


async def _choices_made(control: Locator) -> list[str]:
    """What a dropdown, list, row of tabs or group of radios has chosen, by name."""
    tag = await control.evaluate(_TAG)
    if tag == "SELECT":
        chosen: list[str] = await control.evaluate(_SELECTED_OPTIONS)
    elif tag == "INPUT":  # a combobox one types in shows its value
        chosen = [await control.input_value(timeout=_READ_S * 1000)]
    elif await control.evaluate(_SHOWS_ITS_CHOICE):  # a closed one shows it as its words
        chosen = [await control.inner_text(timeout=_READ_S * 1000)]
    else:
        chosen = []
        for role in CHOICES + CHECKABLE:
            made = control.get_by_role(role, **_STATE[role in CHECKABLE])  # type: ignore[arg-type]
            chosen += await made.evaluate_all(_NAMES)
    return [_spaces(text) for text in chosen]


CHECKS = {
    "expect_checked": expect_checked,
    "expect_unchecked": expect_unchecked,
    "expect_selected": expect_selected,
    "expect_option": expect_option,
    "expect_value": expect_value,
    "expect_enabled": expect_enabled,
    "expect_disabled": expect_disabled,
}
