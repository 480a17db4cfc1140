"""Expand an intent ("sign in", "search for X", "delete X") into concrete steps on the page.

An expansion decides only *where* to act, from the controls the page offers at that moment,
and writes each step with the locator it found, so later runs replay the steps and read
nothing. It never decides what must be true. When the page offers no unambiguous place to
act (two search boxes, no password field), it fails saying what it found.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from housecat.browser.chain import Call, Chain
from housecat.browser.controls import MARK, Control, Controls, read_controls
from housecat.browser.heal import normalize, similarity
from housecat.browser.items import Item, find_item, position
from housecat.browser.locate import NotLocated, locate
from housecat.browser.outcomes import StepFailed
from housecat.browser.regions import find_region, region_hint
from housecat.browser.sample_data import sample_value
from housecat.browser.wording import whole_words
from housecat.plan.grammar.commands import command_key
from housecat.plan.models import RECORD_KINDS, Step, Target

SIGN_IN = frozenset({"sign in", "sign in now", "continue", "submit", "next", "go", "enter"})
SIGN_OUT = re.compile(r"^(?:sign out|log off|sign off|exit)$")
ACCOUNT_MENU = re.compile(r"\b(?:account|profile|user|avatar|me|my|settings|menu)\b", re.I)
SEARCH_WORDS = re.compile(r"search|find|query|look ?up|filter", re.I)
ADD_WORDS = re.compile(
    r"\b(?:add|new|create|todo|to-do|task|item|what needs|enter|type|write)\b", re.I
)
NAME_WORDS = re.compile(r"\b(?:name|title)\b", re.I)
ADD_BUTTONS = re.compile(r"^(?:\+|add\b.*|create\b.*|new\b.*|save|submit|ok)$", re.I)
DELETE_WORDS = re.compile(
    r"^(?:delete|remove|destroy|discard|trash|bin|[×✕✖x]|delete .*|remove .*)$", re.I
)
_MARKS = f"els => els.map(e => e.getAttribute('{MARK}'))"
MAX_DEPTH = 2  # a menu or a link opened before the real controls show, at most twice


@dataclass
class Expansion:
    """Concrete steps for an intent; `again` asks for the intent once more after them;
    `outcome` checks that the intent worked, where the goal checks nothing after it."""

    steps: list[Step] = field(default_factory=list)
    again: bool = False
    outcome: list[Step] = field(default_factory=list)


Expander = Callable[[Page, Step, Controls], Awaitable[Expansion]]


async def expand(page: Page, step: Step, depth: int, *, checked_later: bool) -> Expansion:
    """Expand one intent step on the page as it is now; when no check of the goal comes
    after it, with a check that it worked."""
    controls = await read_controls(page)
    expander = _EXPANDERS[step.action]
    expansion = await expander(page, step, controls)
    if expansion.again and depth >= MAX_DEPTH:
        said = step.describe()
        raise StepFailed(f"cannot {said[:1].lower()}{said[1:]}: the page never showed where")
    if not checked_later:
        expansion.steps.extend(expansion.outcome)
    return expansion


def _concrete(step: Step, action: str, target: Target | None, value: str | None = None) -> Step:
    return Step.model_validate(
        {
            "action": action,
            "target": target.model_dump() if target else None,
            "value": value,
            "phrase": step.phrase,
            # an optional intent's steps stay optional when the plan is replayed
            "only_if": step.only_if.model_dump() if step.only_if else None,
        }
    )


async def pin(
    page: Page, intent: Step, action: str, control: Control, value: str | None = None
) -> Step:
    """Write a concrete step aimed at `control`, with a locator that finds that very control."""
    targets = _targets_for(control)
    for target in targets:
        aimed = _concrete(intent, action, target, value)
        try:
            found = await locate(page, aimed, 0.3, heal=False)
            chain = await _exactly(page, found.chain, control)
        except (NotLocated, PlaywrightError):
            continue
        if chain is not None:
            return aimed.model_copy(update={"locator": chain.code()})
    fallback = targets[0] if targets else Target(text=control.label())
    for css in _css_for(control):
        found_css = page.locator(css)
        if await found_css.count() == 1 and await found_css.get_attribute(MARK) == str(control.id):
            step = _concrete(intent, action, fallback, value)
            return step.model_copy(update={"locator": f"locator({_quoted(css)})"})
    # Not findable now (shown only when hovered, say): the step finds it when it runs.
    return _concrete(intent, action, fallback, value)


async def _exactly(page: Page, chain: Chain, control: Control) -> Chain | None:
    """The chain narrowed to the control (by position among its matches), or None."""
    if chain.calls[-1].method == "nth":
        chain = Chain(chain.calls[:-1])
    marks = await chain.on(page).evaluate_all(_MARKS)
    mark = str(control.id)
    if marks == [mark]:
        return chain
    return chain.then(Call("nth", (marks.index(mark),))) if mark in marks else None


def _targets_for(control: Control) -> list[Target]:
    role = control.role if control.role != "searchbox" or control.name else "searchbox"
    targets = []
    if control.name:
        targets.append(Target(text=control.name, role=role))
    if control.placeholder and control.placeholder != control.name:
        targets.append(Target(text=control.placeholder, role=role))
    near = control.near.split(" ")[0:6]
    if near and near[0] and near != control.name.split(" ")[0:6]:
        noun = {"textbox": "field", "searchbox": "search field", "combobox": "dropdown"}
        targets.append(Target(text=noun.get(role, role), role=role, within=" ".join(near)))
    return targets


def _css_for(control: Control) -> list[str]:
    found = []
    if control.html_id and re.fullmatch(r"[A-Za-z][\w-]*", control.html_id):
        found.append(f"#{control.html_id}")
    if control.html_name:
        found.append(f'{control.tag}[name="{control.html_name}"]')
    return found


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _names(controls: list[Control]) -> str:
    return ", ".join(control.label() for control in controls[:5]) or "nothing"


def _only(found: list[Control], what: str, controls: Controls) -> Control:
    """The one control that fits; none or several is a failure that says what the page had."""
    if not found:
        raise StepFailed(f"no {what} on the page (found {_names(controls.shown())})")
    if len(found) > 1:
        raise StepFailed(f"{len(found)} controls could be the {what} ({_names(found)}): say which")
    return found[0]


def clickable(control: Control) -> bool:
    return control.role in {"button", "link", "menuitem", "tab", "option"}


def matches(control: Control, words: frozenset[str] | re.Pattern[str]) -> bool:
    name = normalize(control.name or control.text)
    if isinstance(words, re.Pattern):
        return bool(words.search(name))
    return name in words


# Sign in ---------------------------------------------------------------------------------


async def _sign_in(page: Page, step: Step, controls: Controls) -> Expansion:
    """Fill the sign-in form's user and password fields, then send it unless told not to."""
    shown = controls.shown()
    passwords = [c for c in shown if c.type == "password"]
    if not passwords:
        entry = [c for c in shown if clickable(c) and matches(c, frozenset({"sign in"}))]
        if len(entry) == 1:  # the form is one click away: "Sign in" in the header
            return Expansion([await pin(page, step, "click", entry[0])], True)
        raise StepFailed(f"no password field on the page to sign in with (found {_names(shown)})")
    form = _sign_in_form(passwords, controls)
    password = next(c for c in passwords if c.form == form)
    mates = [c for c in shown if c.form == form] if form >= 0 else shown
    before = [c for c in mates if c.typable and c.id < password.id]
    if not before:
        raise StepFailed(f"no username or email field before the password field {password.label()}")
    user = before[-1]
    steps = [
        await pin(page, step, "fill", user, step.value),
        await pin(page, step, "fill", password, step.password),
    ]
    if step.action == "enter_credentials":
        return Expansion(steps)  # the goal sends the form itself, in its next step
    buttons = [c for c in mates if c.role == "button" and c.id > password.id]
    sending = [c for c in buttons if matches(c, SIGN_IN)] or buttons
    if form >= 0:
        sending = [c for c in sending if c.type in {"submit", ""} or c.tag != "input"] or sending
    if not sending:
        raise StepFailed(f"no button to send the sign-in form (found {_names(mates)})")
    steps.append(await pin(page, step, "click", sending[0]))
    if step.value == "" or step.password == "" or (step.password or "").startswith("wrong-"):
        return Expansion(steps)  # meant to be refused: what the page says is checked next
    # Signed in is past the password field: a form sent back with "Invalid password" is not
    return Expansion(steps, outcome=[await pin(page, step, "expect_hidden", password)])


def _sign_in_form(passwords: list[Control], controls: Controls) -> int:
    """Choose the form to sign in with: the one with a single password field, named so."""
    by_form: dict[int, list[Control]] = {}
    for control in passwords:
        by_form.setdefault(control.form, []).append(control)
    single = [form for form, fields in by_form.items() if len(fields) == 1]
    if not single:
        raise StepFailed(
            "the password fields on the page all belong to forms with several of them "
            "(sign-up or change-password forms), so none is for signing in"
        )
    if len(single) == 1:
        return single[0]
    named = [form for form in single if form >= 0 and _says_sign_in(controls, form)]
    if len(named) == 1:
        return named[0]
    raise StepFailed(f"{len(single)} forms on the page could sign in; none is named 'Sign in'")


def _says_sign_in(controls: Controls, form: int) -> bool:
    words = normalize(controls.forms[form].heading)
    buttons = [c for c in controls.shown() if c.form == form and c.role == "button"]
    return "sign in" in words or any(matches(c, frozenset({"sign in"})) for c in buttons)


# Sign out --------------------------------------------------------------------------------


async def _sign_out(page: Page, step: Step, controls: Controls) -> Expansion:
    """Click "Sign out" (or its synonyms), opening the account menu first when it hides it."""
    shown = controls.shown()
    exits = [c for c in shown if clickable(c) and matches(c, SIGN_OUT)]
    if exits:
        return Expansion([await pin(page, step, "click", exits[0])])
    hidden = [c for c in controls.controls if clickable(c) and matches(c, SIGN_OUT)]
    menus = [
        c
        for c in shown
        if c.role == "button" and (c.popup or c.expanded == "false") and c.expanded != "true"
    ]
    if hidden and len(menus) != 1:
        menus = [c for c in menus if ACCOUNT_MENU.search(c.name)] or menus
    if hidden and len(menus) == 1:
        return Expansion([await pin(page, step, "click", menus[0])], True)
    raise StepFailed(f"no 'Sign out' or 'Log out' control on the page (found {_names(shown)})")


# Search ----------------------------------------------------------------------------------


def _search_boxes(controls: Controls, named: str | None) -> list[Control]:
    boxes = [
        c
        for c in controls.shown()
        if c.typable
        and (c.role == "searchbox" or c.type == "search" or SEARCH_WORDS.search(_words_of(c)))
    ]
    if named and len(boxes) > 1:
        boxes = [c for c in boxes if similarity(named, c.name or c.placeholder) >= 0.5] or boxes
    return boxes


def _words_of(control: Control) -> str:
    return " ".join((control.name, control.placeholder, control.html_id, control.html_name))


async def _search(page: Page, step: Step, controls: Controls) -> Expansion:
    """Type the query into the page's one search box and press Enter there; of several,
    the one the goal names, or the one in the part it names ("in the sidebar")."""
    named = step.target.text if step.target else None
    boxes = _search_boxes(controls, named)
    if named and len(boxes) > 1:
        with suppress(StepFailed):  # no part so named: the box's own name said it, or none
            boxes = await _inside(page, named, boxes) or boxes
    box = _only(boxes, "search box", controls)
    fill = await pin(page, step, "fill", box, step.value)
    press = fill.model_copy(update={"action": "press", "value": "Enter"})
    return Expansion([fill, press])


# Add an item -----------------------------------------------------------------------------


async def _add_item(page: Page, step: Step, controls: Controls) -> Expansion:
    """Type the item into the field that makes new entries, then Enter or its Add button.

    A thing of a kind ("create a project called Apollo") may need its form opened first
    by the one button that says so ("New project"); once open in a dialog, the dialog's
    fields are the ones. What was added must show after, unless the goal checks later.
    """
    kind = step.target.text if step.target and step.target.text in RECORD_KINDS else None
    shown = controls.shown()
    # A dialog with a field to type in is the form opened for it (a cookie banner is none)
    in_dialog = [c for c in shown if c.dialog]
    if kind and any(c.typable for c in in_dialog):
        shown = in_dialog
    else:
        in_dialog = []
    fields = [c for c in shown if c.typable and c.role != "searchbox" and c.type != "email"]
    if kind:
        fields = _fields_making(kind, fields, controls, in_dialog=bool(in_dialog))
        if not fields and not in_dialog:
            openers = [c for c in shown if clickable(c) and _opens_new(c, kind)]
            if openers:
                opener = _only(openers, f"'New {kind}' control", controls)
                return Expansion([await pin(page, step, "click", opener)], again=True)
    elif len(fields) > 1:
        fields = [c for c in fields if ADD_WORDS.search(_words_of(c))] or fields
        if step.target is not None:
            wanted = step.target.text
            fields = [c for c in fields if similarity(wanted, _words_of(c)) >= 0.4] or fields
    what = f"field to name the new {kind}" if kind else "field to add the item with"
    field_ = _only(fields, what, controls)
    fill = await pin(page, step, "fill", field_, step.value)
    buttons = [
        c
        for c in shown
        if c.role == "button"
        and c.id > field_.id
        and c.form == field_.form
        and ADD_BUTTONS.match(c.name or c.text)
    ]
    # Made, it shows; a dialog that made it closes ("Apollo already exists" keeps it open)
    made = [await pin(page, step, "expect_hidden", field_)] if in_dialog else []
    shows = [*made, _concrete(step, "expect_text", None, step.value)] if kind else []
    if buttons and buttons[0].id - field_.id <= 3:
        return Expansion([fill, await pin(page, step, "click", buttons[0])], outcome=shows)
    enter = fill.model_copy(update={"action": "press", "value": "Enter"})
    return Expansion([fill, enter], outcome=shows)


def _fields_making(
    kind: str, fields: list[Control], controls: Controls, *, in_dialog: bool
) -> list[Control]:
    """The fields that name a new thing of the kind: those of the dialog open for it, or
    of a form headed so ("New project"), or one named for it with a button that makes it
    ("Project name" then "Create"), its name first. A field that edits one ("Project name"
    then "Save") or finds them ("Search projects") never makes one."""
    fields = [c for c in fields if not SEARCH_WORDS.search(_words_of(c))]
    if not in_dialog:
        making = re.compile(rf"\b(?:new|create|add)\b.*\b{kind}", re.I)
        headed = {form.index for form in controls.forms if making.search(form.heading)}
        fields = [
            c
            for c in fields
            if (c.form in headed and c.form >= 0)
            or making.search(_words_of(c))
            or (re.search(rf"\b{kind}", _words_of(c), re.I) and _made_by_button(c, controls))
        ]
    if len(fields) > 1:
        fields = [c for c in fields if NAME_WORDS.search(_words_of(c))] or fields
    return fields


def _made_by_button(field_: Control, controls: Controls) -> bool:
    """Tell whether a button that makes things ("Create", "Add") follows the field closely."""
    return any(
        c.role == "button" and 0 < c.id - field_.id <= 3 and c.form == field_.form
        and re.match(r"(?:\+|add|create|new)\b", c.name or c.text, re.I)
        for c in controls.shown()
    )  # fmt: skip


def _opens_new(control: Control, kind: str) -> bool:
    """Tell whether a control opens the form of a new thing of the kind: "+ New project"."""
    said = (control.name or control.text).strip().lower()
    return re.fullmatch(rf"\+? ?(?:add|new|create)(?: an?)?(?: new)? {kind}\+?", said) is not None


# Delete an item --------------------------------------------------------------------------


def _shows_whole(near: str, words: str) -> bool:
    """Tell whether text around a control shows the words whole: "Milk", not "Milkshake"."""
    return re.search(whole_words(words), near, re.I) is not None


async def _delete_item(page: Page, step: Step, controls: Controls) -> Expansion:
    """Click the delete control of the item that shows the text, hovering it first if needed."""
    assert step.target is not None
    item = step.target.text
    deleters = [
        c
        for c in controls.controls
        if c.role in {"button", "link", "menuitem"}
        and DELETE_WORDS.match(c.name or c.text)
        and _shows_whole(c.near, item)
    ]
    if not deleters:
        raise StepFailed(f"no Delete or Remove control in the item '{item}'")
    shortest = min(len(c.near) for c in deleters)
    deleters = [c for c in deleters if len(c.near) == shortest]
    if len(deleters) > 1:
        raise StepFailed(f"{len(deleters)} items show '{item}'; say which one to delete")
    deleter = deleters[0]
    name = deleter.name or deleter.text
    if deleter.shown:
        return Expansion([await pin(page, step, "click", deleter)])
    click = _concrete(step, "click", Target(text=name, role=deleter.role, within=item))
    # Shown only while its item is hovered, as list apps do.
    hover = _concrete(step, "hover", Target(text=item))
    return Expansion([hover, click])


# Open ------------------------------------------------------------------------------------


async def _open(page: Page, step: Step, controls: Controls) -> Expansion:
    """Click the link, tab, menu entry or button named so; else the link in the row that is."""
    assert step.target is not None
    name = step.target.text
    shown = [c for c in controls.shown() if clickable(c)]
    if step.target.within:  # "open Reports in the sidebar": never the header's Reports
        shown = await _inside(page, step.target.within, shown)
    exact = [c for c in shown if normalize(c.name) == normalize(name)]
    if step.target.role:
        exact = [c for c in exact if c.role == step.target.role] or exact
    if exact:
        return Expansion([await pin(page, step, "click", exact[0])])
    in_rows = [c for c in shown if c.role == "link" and _shows_whole(c.near, name)]
    if in_rows:
        shortest = min(len(c.near) for c in in_rows)
        rows = [c for c in in_rows if len(c.near) == shortest]
        if len({c.near for c in rows}) == 1:
            return Expansion([await pin(page, step, "click", rows[0])])
    loose = [c for c in shown if similarity(name, c.name) >= 0.85]
    if len(loose) == 1:
        return Expansion([await pin(page, step, "click", loose[0])])
    raise StepFailed(f"nothing named '{name}' to open (found {_names(shown)})")


async def _inside(page: Page, part: str, controls: list[Control]) -> list[Control]:
    """The controls inside the part of the page named so; fails when no part is."""
    region = await find_region(page, part)
    if region is None:
        raise StepFailed(region_hint(part))
    marks = await region.evaluate_all(
        "(parts, mark) => parts.flatMap(p => [...p.querySelectorAll(`[${mark}]`)])"
        ".map(e => e.getAttribute(mark))",
        MARK,
    )
    return [c for c in controls if str(c.id) in marks]


# Pick ------------------------------------------------------------------------------------


async def _pick(page: Page, step: Step, controls: Controls) -> Expansion:
    """Choose an option in a dropdown, a radio or checkbox in a group, or a filter link."""
    assert step.target is not None and step.value is not None
    group, option = step.target.text, step.value
    shown = controls.shown()
    if step.target.within:  # "Sales as the topic in the contact form": never another form's
        shown = await _inside(page, step.target.within, shown)
    dropdowns = [
        c for c in shown if c.role in {"combobox", "listbox"} and similarity(group, c.name) >= 0.7
    ]
    if len(dropdowns) == 1:
        return Expansion([await pin(page, step, "select", dropdowns[0], option)])
    boxes = [
        c
        for c in shown
        if c.role in {"radio", "checkbox"} and normalize(c.name) == normalize(option)
    ]
    if len(boxes) > 1:
        boxes = [c for c in boxes if _shows_whole(c.near, group)] or boxes
    if len(boxes) == 1:
        return Expansion([await pin(page, step, "check", boxes[0])])
    links = [c for c in shown if clickable(c) and normalize(c.name) == normalize(option)]
    if len(links) == 1:
        return Expansion([await pin(page, step, "click", links[0])])
    found = dropdowns or boxes or links
    if found:
        raise StepFailed(f"'{option}' could be chosen in several places ({_names(found)})")
    raise StepFailed(f"no '{option}' to choose in '{group}' (found {_names(shown)})")


# Visit -----------------------------------------------------------------------------------


async def _visit(page: Page, step: Step, controls: Controls) -> Expansion:
    """Stay when the page is already the one named; else follow the link that names it."""
    assert step.target is not None
    name = step.target.text
    if await _already_on(page, name):
        return Expansion()
    shown = [c for c in controls.shown() if clickable(c)]
    links = [c for c in shown if normalize(c.name) == normalize(name)]
    # never the list of such pages ("Orders" for "the order page"): what the page must
    # show would be looked for among every order instead of in one
    links = links or [
        c for c in shown if similarity(name, c.name) >= 0.85 and not _list_of(name, c.name)
    ]
    # "continue to payment": the control that says it goes on there ("Continue to payment")
    leads = re.compile(
        rf"(?:continue|proceed|go on|go|next:?)(?: to)?(?: the)? {re.escape(name)}\W*", re.I
    )
    links = links or [c for c in shown if leads.fullmatch(c.name.strip())]
    if len(links) >= 1 and len({normalize(c.name) for c in links}) == 1:
        return Expansion([await pin(page, step, "click", links[0])])
    raise StepFailed(f"not on the {name} page, and no one link leads there (found {_names(shown)})")


def _list_of(name: str, link: str) -> bool:
    """Tell a link to the list of what a name says one of: "Orders" for "order"."""
    one, many = normalize(name), normalize(link)
    return many in {f"{one}s", f"{one}es", f"{one[:-1]}ies"}


async def _already_on(page: Page, name: str) -> bool:
    """Tell whether the page is the one named: by its address, title or main heading.

    Never by a lesser heading or a part: a shop's card headed "Blue Mug" is not Blue Mug's
    page, and what that page must show would be looked for among every other card.
    """
    words = normalize(name)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if slug and slug in urlsplit(page.url).path.lower():
        return True  # in the path: "/login?next=/dashboard" is not the dashboard
    if words and words in normalize(await page.title()):
        return True
    main = page.get_by_role("heading", name=re.compile(re.escape(name), re.I), level=1)
    return bool(await main.filter(visible=True).count())


# Fill with sample values -----------------------------------------------------------------

_FILLED_BY_HAND = {"textbox", "combobox", "spinbutton", "listbox"}


async def _fill_form(page: Page, step: Step, controls: Controls) -> Expansion:
    """Fill a named field, or a form's fields, with values their kinds accept."""
    shown = [c for c in controls.shown() if c.role != "searchbox" and c.type != "search"]
    if step.value is None:  # "fill out the First name field": that one field
        assert step.target is not None
        wanted = normalize(step.target.text)
        typed = [c for c in shown if c.role in _FILLED_BY_HAND]
        named = [c for c in typed if normalize(_label(c)) == wanted]
        if not named:  # "the email field": the one labelled "Email address" or "Your email"
            said = re.compile(whole_words(wanted), re.I)
            named = [c for c in typed if said.search(normalize(_label(c)))]
        field_ = _only(named, f"'{step.target.text}' field", controls)
        return Expansion([await _sample(page, step, field_)])
    form = _form_to_fill(shown, step, controls)
    fields = [c for c in shown if c.form == form and (c.role in _FILLED_BY_HAND or c.required)]
    fields = [c for c in fields if c.role in {"checkbox", "radio"} or not c.value.strip()]
    if step.value == "required" and any(c.required for c in fields):
        fields = [c for c in fields if c.required]
    fields = [c for c in fields if c.role != "checkbox" or c.required]
    chosen, groups = [], set()
    for control in fields:  # one radio button per group
        if control.role == "radio":
            if control.html_name in groups:
                continue
            groups.add(control.html_name)
        chosen.append(control)
    if not chosen:
        raise StepFailed(f"no empty field to fill in the form (found {_names(shown)})")
    return Expansion([await _sample(page, step, control) for control in chosen])


def _label(control: Control) -> str:
    return control.name or control.placeholder or control.near


def _form_to_fill(shown: list[Control], step: Step, controls: Controls) -> int:
    """The form the goal means: the one named, else the only one that has fields."""
    forms = sorted({c.form for c in shown if c.role in _FILLED_BY_HAND})
    if step.target is not None and len(forms) > 1:
        wanted = step.target.text
        named = [
            f for f in forms if f >= 0 and similarity(wanted, controls.forms[f].heading) >= 0.5
        ]
        forms = named or forms
    if len(forms) != 1:
        raise StepFailed(f"{len(forms)} forms on the page could be filled: say which")
    return forms[0]


async def _sample(page: Page, step: Step, control: Control) -> Step:
    if control.role in {"checkbox", "radio"}:
        return await pin(page, step, "check", control)
    if control.role in {"combobox", "listbox"} and control.options:
        return await pin(page, step, "select", control, control.options[0])
    words = " ".join((_label(control), control.html_name, control.html_id))
    return await pin(page, step, "fill", control, sample_value(control.type, words))


# A command that is a control's name -------------------------------------------------------

_PRESSABLE = frozenset({"button", "link", "menuitem"})


async def _press_named(page: Page, step: Step, controls: Controls) -> Expansion:
    """Click the one visible button, link or menu item with the command's words."""
    assert step.target is not None
    wanted, key = step.target.text, command_key(step.target.text)
    pressable = [c for c in controls.controls if c.role in _PRESSABLE and (c.name or c.text)]
    same = [c for c in pressable if command_key(c.name or c.text) == key]
    shown = [c for c in same if c.shown]
    if len(shown) == 1:
        return Expansion([await pin(page, step, "click", shown[0])])
    if len(shown) > 1:
        raise StepFailed(f"{len(shown)} controls are named '{wanted}' ({_names(shown)}): say which")
    hidden = " (one is on the page but hidden)" if same else ""
    offered = [c for c in pressable if c.shown]
    closest = sorted(offered, key=lambda c: -similarity(wanted, c.name or c.text))[:3]
    raise StepFailed(
        f"no button, link or menu item named '{wanted}'{hidden}; closest: {_names(closest)}"
    )


# An e-mail address with no field named ---------------------------------------------------

EMAIL_WORDS = re.compile(r"e-?mail", re.I)


async def _fill_email(page: Page, step: Step, controls: Controls) -> Expansion:
    """Type the address into the page's one e-mail field."""
    fields = [
        c
        for c in controls.shown()
        if c.typable
        and (c.type == "email" or EMAIL_WORDS.search(_words_of(c) + " " + c.autocomplete))
    ]
    field_ = _only(fields, "e-mail field", controls)
    return Expansion([await pin(page, step, "fill", field_, step.value)])


# Something done to the Nth item of a list ------------------------------------------------


async def _act_on_item(page: Page, step: Step, controls: Controls) -> Expansion:
    """Act in the Nth item of the page's one list: on a control in it, or on the item."""
    assert step.target is not None and step.target.nth is not None
    noun, nth, what = step.target.within or "item", step.target.nth, step.value or "click"
    item = await find_item(page, noun, nth)
    inside = [c for c in controls.controls if c.id in item.marks]
    itself = _concrete(step, "hover", item.target(nth)).model_copy(
        update={"locator": item.chain.code()}
    )
    where = position(noun, nth)
    if what == "hover":
        return Expansion([itself])
    if what in {"check", "uncheck"}:
        boxes = [c for c in inside if c.role in {"checkbox", "switch"}]
        return await _in_item(page, step, item, _one_in(boxes, "checkbox", where), what, itself)
    if what == "delete":
        deleters = [c for c in inside if c.role in _PRESSABLE and DELETE_WORDS.match(c.name)]
        control = _one_in(deleters, "Delete or Remove control", where)
        return await _in_item(page, step, item, control, "click", itself)
    if step.target.text == noun:  # click or open the item: its one link, or itself
        links = [c for c in inside if c.role == "link" and c.shown]
        if len(links) > 1:
            raise StepFailed(f"{len(links)} links in {where} ({_names(links)}): say which")
        if links:
            return await _in_item(page, step, item, links[0], "click", itself)
        return Expansion([itself.model_copy(update={"action": "click"})])
    wanted, role = step.target.text, step.target.role
    named = [c for c in inside if c.role in ({role} if role else _PRESSABLE)]
    if command_key(wanted) not in {"button", "link", "checkbox"}:
        named = [c for c in named if command_key(c.name or c.text) == command_key(wanted)]
    control = _one_in(named, f"'{wanted}' {role or 'control'}", where)
    return await _in_item(page, step, item, control, "click", itself)


def _one_in(found: list[Control], what: str, where: str) -> Control:
    if not found:
        raise StepFailed(f"no {what} in {where}")
    if len(found) > 1:
        raise StepFailed(f"{len(found)} controls could be the {what} in {where}: say which")
    return found[0]


async def _in_item(
    page: Page, step: Step, item: Item, control: Control, action: str, hover: Step
) -> Expansion:
    """The step on a control of the item, found from the item; hover first if it hides."""
    name = control.name or control.text
    by_role = Call("get_by_role", (control.role,), {"name": name, "exact": True} if name else {})
    chain = item.chain.then(by_role)
    hidden = Call("get_by_role", by_role.args, {**by_role.kwargs, "include_hidden": True})
    marks = await item.chain.then(hidden).on(page).evaluate_all(_MARKS)
    if marks != [str(control.id)]:
        raise StepFailed(f"the {control.label()} cannot be told apart in its item")
    target = Target(text=name or control.role, role=control.role, within=item.text[:60] or None)
    concrete = _concrete(step, action, target).model_copy(update={"locator": chain.code()})
    return Expansion([hover, concrete] if not control.shown else [concrete])


_EXPANDERS: dict[str, Expander] = {
    "sign_in": _sign_in,
    "enter_credentials": _sign_in,
    "sign_out": _sign_out,
    "search": _search,
    "add_item": _add_item,
    "delete_item": _delete_item,
    "open": _open,
    "pick": _pick,
    "visit": _visit,
    "fill_form": _fill_form,
    "press_named": _press_named,
    "fill_email": _fill_email,
    "act_on_item": _act_on_item,
}
