"""Find the element a step means: the recorded locator, then the target as written,
in Playwright's recommended order, then (for actions only) a healed match, and last
what a chooser (a model) picks among the page's elements, checked here before use.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Locator, Page

from housecat.browser.chain import Call, Chain, parse_chain
from housecat.browser.heal import (
    Candidate,
    Chooser,
    Ranked,
    candidates_from_snapshot,
    confident_match,
    describe_closest,
    rank,
)
from housecat.browser.items import ALIKE_ITEMS
from housecat.browser.regions import LANDMARKS, NAMED_ROLES, region_words
from housecat.browser.wording import (
    alone_selector,
    code_name_selector,
    has_text_selector,
    holding_words_selector,
    label_selector,
    role_selector,
    text_selector,
    undenied_words,
)
from housecat.plan.models import (
    AVATAR_WORDS,
    ERROR_WORDS,
    FLASH_WORDS,
    STATE_CHECKS,
    SUCCESS_WORDS,
    Step,
    Target,
)

CLICKABLE = ("button", "link", "menuitem", "tab", "checkbox", "radio", "switch", "option")
TYPEABLE = ("textbox", "searchbox", "combobox", "spinbutton")
# What people call a field: a text box, a search box or a number box
FIELD_ROLES = ("textbox", "searchbox", "spinbutton")
CHECKABLE = ("checkbox", "radio", "switch")
# What a choice is made in: a dropdown, a list of options, a row of tabs, a group of radios.
CHOOSERS = ("combobox", "listbox", "tablist", "radiogroup", "group")
ROLES_FOR = {
    "click": CLICKABLE,
    "submit": ("button",),
    "hover": CLICKABLE,
    "fill": TYPEABLE,
    "select": ("combobox", "listbox"),
    "check": ("checkbox", "radio", "switch"),
    "uncheck": ("checkbox", "radio", "switch"),
    "expect_checked": CHECKABLE,
    "expect_unchecked": CHECKABLE,
    "expect_selected": CHOOSERS,
    "expect_option": ("combobox", "listbox"),
    "expect_value": TYPEABLE,
    "expect_enabled": CLICKABLE + TYPEABLE,
    "expect_disabled": CLICKABLE + TYPEABLE,
}
# A flash message, as frameworks mark it ("#flash", "flash notice", "flash-message"),
# never a "flash-sale" banner
_FLASH = (
    "[id='flash' i]:not(:empty), [class~='flash' i]:not(:empty),"
    " [class*='flash-message' i]:not(:empty), [class*='flash_message' i]:not(:empty)"
)
# Messages: alerts, live status lines, and what sites style as alerts, toasts, errors or
# flashes without those roles
_MESSAGES = (
    "[role=alert], [role=status]:not(:empty), [class*='alert' i]:not(:empty),"
    " [class*='toast' i]:not(:empty), [class*='snackbar' i]:not(:empty),"
    f" [class*='error' i]:not(:empty):not(input), {_FLASH}"
)
# An error is never a message styled as saying all went well ("alert-success", "notice
# info"), nor a part of one
_GOOD_NEWS = "[class*='success' i], [class*='info' i], [class*='notice' i]"
_ERRORS = (
    f":is([role=alert], [class*='alert' i]:not(:empty), [class*='error' i]:not(:empty):not(input))"
    f":not({_GOOD_NEWS}, :is({_GOOD_NEWS}) *)"
)
# Good news is a message styled so, or a part of one
_SUCCESS = (
    f":is({_MESSAGES}, [class*='flash' i]:not(:empty))"
    ":is([class*='success' i], [class*='success' i] *)"
)
# A control that closes what holds it, however it is drawn: "×", or a class or label
_CLOSING = frozenset({"close", "dismiss"})
_CLOSE_CONTROLS = (
    ":is(button, [role=button], a):is([aria-label*='close' i], [aria-label*='dismiss' i],"
    " [title*='close' i], [class~='close' i], [class*='close-' i], [class*='-close' i],"
    " [data-dismiss], [data-bs-dismiss], :text-is('×'), :text-is('✕'), :text-is('✖'),"
    " :text-is('x'))"
)
# Parts of the page that are a message: a step "in the flash" acts inside one
MESSAGE_PLACES = FLASH_WORDS | {"toast", "notification", "alert", "message"}
# Where to look: the whole page, or a part of it a check names ("in the cart").
Root = Page | Locator
POLL_S = 0.1
# Until then only the target as written is looked for: late content gets its chance
# before anything is healed.
HEAL_AFTER_S = 2.0
# A chooser reads a list, not the whole page: a busy page's controls fit in this many.
MAX_CANDIDATES = 60

# Rows of data: a header row (of column headers) is not "the first row", nor one of "the 3
# rows" people count.
DATA_ROWS = ":is(tr, [role=row]):not(:has(th:not([scope=row]), [role=columnheader]))"


# A logo is the image the page marks so, or the brand's link home: never any picture
_LOGO = (
    ":is(img, svg, [role=img]):is([alt*=logo i], [src*=logo i], [class*=logo i], [id*=logo i],"
    " [aria-label*=logo i], [class*=logo i] *, [id*=logo i] *, [aria-label*=logo i] *,"
    " [class*=brand i] *, :is(header, nav, [role=banner]) a[href='/'] *)"
)

# "The list" said alone is what a person calls a table or a grid of rows too
_LISTS = (
    ":is(ul, ol, table):not([role=none], [role=presentation]),"
    " [role=list], [role=table], [role=grid], [role=treegrid]"
)

# An avatar is the picture the page marks so, or a part so marked that shows initials
_AVATAR = (
    ":is(img, svg, [role=img]):is([alt*=avatar i], [src*=avatar i], [class*=avatar i],"
    " [id*=avatar i], [aria-label*=avatar i], [alt*=profile i], [class*=avatar i] *),"
    " :not(img, svg, [role=img])[class*=avatar i]:not([class*=avatar i] *)"
)


def of_kind(role: str, words: str = "", level: int | None = None) -> Chain:
    """The elements of a kind, as `words` name it: "the first row" is of data, never the
    header row; "an error" is a message, never one saying all went well; "the main heading"
    a heading of its `level`."""
    if role == "row":
        return Chain((Call("locator", (DATA_ROWS,)),))
    if role == "list" and words.lower() == "list":
        return Chain((Call("locator", (_LISTS,)),))
    if role == "img" and words.lower() == "logo":
        return Chain((Call("locator", (_LOGO,)),))
    if role == "img" and words.lower() in AVATAR_WORDS:
        return Chain((Call("locator", (_AVATAR,)),))
    if role == "alert":
        said = words.lower()
        kinds = ((ERROR_WORDS, _ERRORS), (SUCCESS_WORDS, _SUCCESS), (FLASH_WORDS, _FLASH))
        kind = next((kind for words, kind in kinds if said in words), _MESSAGES)
        return Chain((Call("locator", (kind,)),))
    return Chain((Call("get_by_role", (role,), {"level": level} if level else {}),))


# For each candidate, how far up the nearest ancestor that mentions the scope text is: 0
# when the candidate mentions it itself ("the row for Bob"), none when the candidate is in
# another item of the list than the one that mentions it ("Buy" in the next card).
_SCOPE_DEPTHS = (
    "(elements, pattern) => {"
    + ALIKE_ITEMS
    + """
  const wanted = new RegExp(pattern, 'i');
  const alone = new RegExp('^[^a-z0-9]*' + pattern + '[^a-z0-9]*$', 'i');
  const shows = (node) => wanted.test(node.innerText || '');
  const part = (node) => /^(SECTION|ARTICLE|ASIDE|NAV|FORM|FIELDSET|MAIN|DIALOG|TABLE|UL|OL)$/
    .test(node.tagName) || /^(region|dialog|navigation|complementary|form|article|list|table|grid)$/
    .test(node.getAttribute('role') || '');
  // Whether a part of the node says the name alone: "Ada" in her row's cell, not "Backup:
  // Ada" in Bob's row
  const saysAlone = (node) => [node, ...node.querySelectorAll('*')].some(
    (part) => alone.test((part.innerText || '').trim()));
  return elements.map(el => {
    if (shows(el)) return [0, '', saysAlone(el)];
    let from = el, node = el.parentElement, depth = 1;
    while (node && !shows(node)) {
      from = node; node = node.parentElement; depth += 1;
    }
    if (!node) return [1e9, '', false];
    const holder = [...node.children].find((child) => child !== from && shows(child));
    if (holder && alike(from, holder)) return [1e9, '', false];
    // The words in a part of their own beside the element: a section, a list, a form, or
    // at the page's top level any block, which the element is not inside
    const top = node === document.body || node === document.documentElement;
    if (holder && (part(holder) || (top && holder.children.length > 0))) return [1e9, '', false];
    return [depth, node.tagName.toLowerCase(), saysAlone(node)];
  });
}"""
)


@dataclass(frozen=True)
class Located:
    locator: Locator
    chain: Chain
    healed: bool = False
    note: str = ""


class NotLocated(Exception):
    """Nothing on the page matches; the message names what was closest."""


# Bare text is a last resort for clicks only, and never a heading or a field's label:
# "click Sign in" must not click the page's "Sign in" title.
_NOT_TITLES = ":not(h1, h2, h3, h4, h5, h6, label, legend, title)"
_ITEM_ROLES = frozenset({"row", "listitem", "article"})
FIELD_ACTIONS = frozenset({"fill", "select", "check", "uncheck"})


def _text_call(text: str, *, exact: bool) -> Call:
    """Text that says `text` (exact), or holds it as whole words not denied ("Save it",
    never "Never save" nor "Savings")."""
    words = text if exact else undenied_words(text)
    quoted = words.replace("\\", "\\\\").replace('"', '\\"')
    pseudo = "text-is" if exact else "text-matches"
    flags = "" if exact else ', "i"'
    return Call("locator", (f'{_NOT_TITLES}:{pseudo}("{quoted}"{flags})',))


def _wanted(target: Target, roles: tuple[str, ...]) -> tuple[str, ...]:
    """The roles a target may have: its own (any field, for "field"), else the action's."""
    if target.role == "textbox":
        return FIELD_ROLES
    return (target.role,) if target.role else roles


# "the submit button": the control that sends a form, whatever its words ("Send message"),
# where the page has one only
_FORM_SUBMIT = Chain(
    (Call("locator", ("button[type=submit], input[type=submit], form button:not([type])",)),)
)


def strategies(target: Target, roles: tuple[str, ...], action: str) -> list[Chain]:
    """Return the ways to find a target, in Playwright's recommended order."""
    chains = _by_name(target, roles, action)
    if target.level:  # "the main heading": the ways that find headings, of that level only
        leveled = (at_level(chain, target.level) for chain in chains)
        return [chain for chain in leveled if chain is not None]
    submit = target.text.lower() == "submit" and target.role in (None, "button")
    return [*chains, _FORM_SUBMIT] if submit and not target.names_kind else chains


def at_level(chain: Chain, level: int) -> Chain | None:
    """The chain kept to headings of one level; None when it finds no heading by role."""
    calls, kept = [], False
    for call in chain.calls:
        if call.method == "get_by_role" and call.args == ("heading",):
            call, kept = Call(call.method, call.args, {**call.kwargs, "level": level}), True
        elif call.method == "locator" and call.args[0].startswith(_HEADING_ROLE):
            rest = call.args[0].removeprefix(_HEADING_ROLE)
            call, kept = Call("locator", (f"{_HEADING_ROLE}[level={level}]{rest}",)), True
        calls.append(call)
    return Chain(tuple(calls)) if kept else None


_HEADING_ROLE = "internal:role=heading"


def _by_name(target: Target, roles: tuple[str, ...], action: str) -> list[Chain]:
    text = target.text
    if target.names_kind:
        return [of_kind(target.role or "", target.text, target.level)]
    wanted = _wanted(target, roles)
    exact = {"exact": True}
    by_role = [Call("get_by_role", (role,), {"name": text, **exact}) for role in wanted]
    # A longer name holding the words whole, never one that denies them: "Add" is not
    # "Address book", nor "Publish" "Don't publish"
    by_role_loosely = [Call("locator", (role_selector(role, text),)) for role in wanted]
    by_title_alt_id = [
        Call("get_by_title", (text,), exact),
        Call("get_by_alt_text", (text,), exact),
        Call("get_by_test_id", (text,)),
    ]
    if action == "submit":
        calls = [*by_role, *by_role_loosely]
    elif action in STATE_CHECKS:  # a control's state: its name said whole, never inside
        # another word ("Subscribe" is not "Unsubscribe me", "Pay" is not "PayPal")
        calls = [
            *by_role,
            Call("get_by_label", (text,), exact),
            Call("get_by_placeholder", (text,), exact),
            *by_role_loosely,
            Call("locator", (label_selector(text),)),
        ]
    elif action in FIELD_ACTIONS:  # a control, found as a field is
        in_code = code_name_selector(text)  # a field with no label: by its name in code
        calls = [
            *by_role,
            Call("get_by_label", (text,), exact),
            Call("get_by_placeholder", (text,), exact),
            *by_role_loosely,
            Call("locator", (label_selector(text),)),
            Call("get_by_placeholder", (text,)),
            *([Call("locator", (in_code,))] if in_code else []),
        ]
    elif action in ("click", "hover") and target.role:
        # "click the Sign in button" clicks a button: never a link or a heading that says so
        alt = [Call("get_by_alt_text", (text,), exact)] if target.role == "img" else []
        # "Close" in a pop-up or a message is as often drawn as a cross, or named only by a
        # class; on the whole page, a cross may close anything
        closing = target.within and text.lower() in _CLOSING
        closes = [Call("locator", (_CLOSE_CONTROLS,))] if closing else []
        # "the close icon": a button or link named for what it does, drawn as a picture
        acting = ("button", "link") if target.role == "img" else ()
        icons = [Call("get_by_role", (role,), {"name": text, **exact}) for role in acting]
        icons += [Call("locator", (role_selector(role, text),)) for role in acting]
        calls = [*by_role, *alt, *by_role_loosely, *icons, *closes]
    elif action in ("click", "hover"):
        calls = [
            *by_role,
            _text_call(text, exact=True),
            *by_title_alt_id,
            *by_role_loosely,
            _text_call(text, exact=False),
        ]
    elif target.role:  # a check about a kind looks at that kind, and nothing else
        alt = [Call("get_by_alt_text", (text,), exact)] if target.role == "img" else []
        loosely = [_loose_check(role, text, action)[0] for role in wanted]
        has_text = _loose_check(target.role, text, action)[1]
        kind_with_text = Chain((Call("get_by_role", (target.role,)), has_text))
        if target.role == "form":  # a form with no name of its own has no role in ARIA
            holding = Call("locator", (holding_words_selector(text),))
            kind_with_text = Chain((Call("locator", ("form, [role=form]",)), holding))
        # "Ada's row": the row that says her name alone in a cell, where one does, never
        # Bob's that mentions "Backup: Ada"
        alone = Call("locator", (holding_words_selector(text, alone=True),))
        items = [of_kind(target.role).then(alone)] if target.role in _ITEM_ROLES else []
        return [
            *[Chain((call,)) for call in [*by_role, *alt]],
            *items,
            *[Chain((call,)) for call in loosely],
            kind_with_text,
        ]
    else:  # a check about text: whatever shows it, headings included
        calls = [
            *by_role,
            Call("get_by_label", (text,), exact),
            Call("get_by_placeholder", (text,), exact),
            Call("get_by_text", (text,), exact),
            *by_title_alt_id,
            *[_loose_check(role, text, action)[0] for role in wanted],
            Call("get_by_text", (text,))
            if action == "expect_hidden"
            else Call("locator", (text_selector(text),)),
        ]
    return [Chain((call,)) for call in calls]


def _loose_check(role: str, text: str, action: str) -> tuple[Call, Call]:
    """Find an element of a role whose name, or text, holds the words: whole, for a check
    that it shows ("Paid" is not "Unpaid"); anywhere, for a check that it is gone."""
    if action == "expect_hidden":
        return Call("get_by_role", (role,), {"name": text}), Call("filter", (), {"has_text": text})
    by_name = Call("locator", (role_selector(role, text),))
    return by_name, Call("locator", (has_text_selector(text),))


async def _visible_count(locator: Locator) -> int:
    try:
        return await locator.filter(visible=True).count()
    except PlaywrightError:
        return 0


async def _scoped(page: Root, chain: Chain, within: str) -> Chain | None:
    """Narrow a chain to the occurrence nearest to the scope text, or None."""
    if within.lower() in MESSAGE_PLACES:  # "the Close button in the flash": in the message
        scoped = of_kind("alert", within).then(*chain.calls)
        return scoped if await _visible_count(scoped.on(page)) else None
    landmark = LANDMARKS.get(within.lower())
    if landmark:
        scoped = Chain((Call("get_by_role", (landmark,)),)).then(*chain.calls)
        return scoped if await _visible_count(scoped.on(page)) else None
    # "Edit for Bob" is in what shows "Bob" as a word: never in "Bobby Tables"' row
    depths = await chain.on(page).evaluate_all(_SCOPE_DEPTHS, undenied_words(within))
    reachable = [(depth, tag, alone) for depth, tag, alone in depths if depth < 1e9]
    # Where the page says the name alone ("Bob" in his row's cell), only a part that says
    # it so is his: "Backup: Bob" in Alice's row is not
    if await _visible_count(page.locator(alone_selector(within))):
        reachable = [found for found in reachable if found[2]]
    # The whole page holds every element: where a part holds one, the rest are not in it
    # (the sign-in form's Email is not "the Email field in the newsletter")
    parts = [found for found in reachable if found[1] not in {"body", "html"}]
    reachable = parts or reachable
    if not reachable:
        return await _in_named_part(page, chain, within)
    depth, tag, alone = min(reachable)
    # The part that shows "Bob" in one of its own parts (a row's own text runs its cells
    # together: "Bobx"), or else in its own text ("<li>Bob <button>"); said alone, where
    # some part says it alone
    ways = [holding_words_selector(within, alone=alone)]
    ways += [] if alone else [has_text_selector(within)]
    for shows in ways:
        if depth == 0:  # "the row for Bob": the row itself
            scoped = chain.then(Call("locator", (shows,)))
        else:
            scoped = Chain((Call("locator", (tag,)), Call("locator", (shows,)))).then(*chain.calls)
        if await _visible_count(scoped.on(page)):
            return scoped
    return await _in_named_part(page, chain, within)


async def _in_named_part(page: Root, chain: Chain, within: str) -> Chain | None:
    """Narrow a chain to a part the page names so, though no text shows the words: "Home in
    the breadcrumb" is in `<nav aria-label="Breadcrumb">`; "the Shipping form" is the form
    the page calls "Shipping"."""
    for role in NAMED_ROLES:
        scoped = Chain((Call("get_by_role", (role,), {"name": within}),)).then(*chain.calls)
        if await _visible_count(scoped.on(page)):
            return scoped
    named = region_words(within)
    return None if named == within else await _scoped(page, chain, named)


async def _finish(page: Root, chain: Chain, target: Target) -> Chain | None:
    """Apply scope and ordinal to a chain that matched; None when they rule it out."""
    if target.within:
        scoped = await _scoped(page, chain, target.within)
        if scoped is None:
            return None
        chain = scoped
    chain = chain.then(Call("filter", (), {"visible": True}))
    count = await _visible_count(chain.on(page))
    if target.nth is not None:
        index = target.nth if target.nth >= 0 else count + target.nth
        return chain.then(Call("nth", (target.nth,))) if 0 <= index < count else None
    return chain.then(Call("nth", (0,))) if count > 1 else chain


async def _as_written(
    page: Root, target: Target, roles: tuple[str, ...], action: str, *, whole: bool = False
) -> Chain | None:
    """The first strategy that finds the target; with `whole`, only those that match its
    name whole."""
    for chain in strategies(target, roles, action):
        if whole and not _by_whole_name(chain):
            continue
        if await _visible_count(chain.on(page)):
            finished = await _finish(page, chain, target)
            if chain is _FORM_SUBMIT and finished and _first_of_many(finished, target):
                continue  # two forms' buttons: which one was meant, no one can say
            if finished is not None:
                return finished
    return None


async def _named(page: Root) -> list[Candidate]:
    """The elements the page names, as its accessibility tree says, in page order."""
    try:
        body = page.locator("body") if isinstance(page, Page) else page
        return candidates_from_snapshot(await body.aria_snapshot())
    except PlaywrightError:
        return []


async def _ranked(page: Root, target: Target, roles: tuple[str, ...]) -> list[Ranked]:
    wanted = _wanted(target, roles)
    return rank(target.text, await _named(page), wanted)


async def locate(page: Root, step: Step, timeout_s: float, *, heal: bool) -> Located:
    """Find the step's element, waiting for it up to `timeout_s`; heal only if allowed."""
    assert step.target is not None
    target, roles = step.target, ROLES_FOR.get(step.action, ())
    recorded = recorded_chain(step)
    # A check whose element was found by its whole name never holds on a longer name
    # later: "the Pay button" that became "Pay later" is gone, not renamed
    whole = recorded is not None and _checks(step) and _by_whole_name(recorded)
    deadline = time.monotonic() + timeout_s
    heal_from = time.monotonic() + min(HEAL_AFTER_S, timeout_s / 2)
    while True:
        if recorded is not None and await _visible_count(recorded.on(page)):
            return Located(recorded.on(page), recorded)
        chain = await _as_written(page, target, roles, step.action, whole=whole)
        if chain is not None:
            return Located(chain.on(page), chain)
        if heal and time.monotonic() >= heal_from:
            healed = await _heal(page, target, roles, step.action)
            if healed is not None:
                return healed
        if time.monotonic() >= deadline:
            break
        await asyncio.sleep(POLL_S)
    if target.names_kind:  # "an error message": a kind, which no name comes close to
        raise NotLocated(f"{target.describe_shown()} is not on the page")
    closest = describe_closest(await _ranked(page, target, roles))
    # "in 'Ada'": a Resend button in the row that only mentions Ada is not hers
    where = f" in '{target.within}'" if target.within else ""
    raise NotLocated(f"no {_kind(target, roles)} named '{target.text}'{where}; {closest}")


async def _heal(page: Root, target: Target, roles: tuple[str, ...], action: str) -> Located | None:
    ranked = await _ranked(page, target, roles)
    if target.role:  # the step named a kind: only that kind may stand in ("the Save button")
        ranked = [r for r in ranked if r.candidate.role == target.role]
    match = confident_match(ranked)
    if match is None:
        return None
    healed_target = target.model_copy(update={"text": match.name, "role": match.role})
    chain = await _as_written(page, healed_target, (match.role,), action)
    if chain is None:
        return None
    note = f"'{target.text}' not found; used {match.role} '{match.name}'"
    return Located(chain.on(page), chain, healed=True, note=note)


async def choose(page: Root, step: Step, chooser: Chooser) -> tuple[Located | None, str]:
    """Ask the chooser once which element stands for the step's target; or say why none.

    The answer is used only if it is one of the elements offered and is found on the
    page as the deterministic heal finds its match. "" when the chooser was not asked.
    """
    assert step.target is not None
    target, roles = step.target, ROLES_FOR.get(step.action, ())
    candidates = await _offered(page, target, roles)
    if not candidates:
        return None, ""  # nothing of the kind on the page: the failure already says so
    choice = await chooser.choose(step, candidates)
    if choice is None:
        return None, ""
    picked = choice.candidate
    if picked is None:
        return None, choice.reason
    if not any(picked is offered for offered in candidates):
        return None, "the model chose an element the page does not offer"
    chosen = target.model_copy(update={"text": picked.name, "role": picked.role})
    chain = await _as_written(page, chosen, (picked.role,), step.action)
    if chain is None:
        return None, f"the model chose {picked.role} '{picked.name}', which cannot be used"
    note = f"the model chose {picked.role} '{picked.name}' for '{target.text}': {choice.reason}"
    return Located(chain.on(page), chain, healed=True, note=note), ""


async def _offered(page: Root, target: Target, roles: tuple[str, ...]) -> list[Candidate]:
    """The page's named elements of the kinds the step may act on, in page order."""
    wanted = _wanted(target, roles)
    return [c for c in dict.fromkeys(await _named(page)) if c.role in wanted][:MAX_CANDIDATES]


def recorded_chain(step: Step) -> Chain | None:
    """The locator a step recorded, where it may be replayed."""
    target = step.target
    if not step.locator or (target and target.role == "alert" and target.names_kind):
        return None  # messages are found as they are found now ("an error": no success alert)
    try:
        chain = parse_chain(step.locator)
    except ValueError:
        return None
    if _checks(step) and any(map(_contains_words, chain.calls)):
        return None  # recorded before checks matched whole words: found again, as written
    return chain


def _checks(step: Step) -> bool:
    return step.action == "expect_visible" or step.action in STATE_CHECKS


def _first_of_many(chain: Chain, target: Target) -> bool:
    """Whether a chain took the first of several elements the target did not number."""
    return target.nth is None and chain.calls[-1] == Call("nth", (0,))


def _by_whole_name(chain: Chain) -> bool:
    """Whether a chain finds its element by a name said whole ("Pay", never "Pay later")."""
    return any(call.kwargs.get("exact") for call in chain.calls)


def _contains_words(call: Call) -> bool:
    """Whether a call finds an element by words merely contained in its name or text."""
    if call.method == "filter":
        return "has_text" in call.kwargs
    loose = call.method in {"get_by_role", "get_by_text"} and not call.kwargs.get("exact")
    return loose and (call.method == "get_by_text" or "name" in call.kwargs)


def _kind(target: Target, roles: tuple[str, ...]) -> str:
    if target.role:
        return f"level-{target.level} {target.role}" if target.level else target.role
    kinds = {CLICKABLE: "button or link", TYPEABLE: "field", CHECKABLE: "checkbox, radio or switch"}
    kinds |= {CHOOSERS: "dropdown, list, tabs or group", CLICKABLE + TYPEABLE: "control"}
    return kinds.get(roles, "element")
