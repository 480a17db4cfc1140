"""Read statements about a control's state: ticked, chosen, holding a value, usable.

"Remember me is ticked", "'Large' is selected in the Size dropdown", "the Email field
shows 'a@b.io'", "the search box is empty", "the Submit button is disabled". The state
words are lower case ("the status is Active" is text to read). A statement whose control
or state cannot be told for sure is refused: "the Dark mode toggle is enabled" may mean
switched on or usable, "the account is active" names no control.
"""

from __future__ import annotations

import re
from dataclasses import replace

from housecat.plan.grammar.intents import item_named
from housecat.plan.grammar.lists import listed
from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes
from housecat.plan.grammar.seen import (
    expected,
    literal,
    names_results,
    no_results,
    some_results,
)
from housecat.plan.grammar.subjects import not_a_subject
from housecat.plan.grammar.target import Context, Element, now_ends_name, parse_element
from housecat.plan.grammar.types import Draft, Parsed, Rule, one, rule
from housecat.plan.grammar.words import HOLDER, INVALID, PAGE_SUBJECTS, UNNAMEABLE, has_pronoun
from housecat.plan.models import Target

_NEG = r"not|never|no longer|\w+n['’]t"
_AUX = (
    r"(?:is|are|be|being|should|must|will|would|to|now|also|still|remains?|stays?|appears?"
    rf"|seems?|looks?|becomes?|gets?|shown as|marked as|{_NEG})"
)
# State words, lower case only.
_ON = r"checked|ticked|switched on|turned on|toggled on|on"
_OFF = r"unchecked|unticked|switched off|turned off|toggled off|off"
_CHOSEN = r"selected|chosen|active"
_UNCHOSEN = r"unselected|deselected|not selected|not chosen"
_USABLE = r"enabled|clickable"
_UNUSABLE = r"disabled|greyed out|grayed out|unavailable|not clickable"
_STATE = rf"(?-i:{_ON}|{_OFF}|{_CHOSEN}|{_UNCHOSEN}|{_USABLE}|{_UNUSABLE})"
_END = r"(?: by default| initially| at first| already| now| again| too)?"
_NEGATED = re.compile(rf"\b(?:{_NEG})\b", re.I)
_FIELD_NOUN = r"field|input|box|textbox|text box|textarea|text area|search box|searchbox"
_SEE_AUX = r"(?:(?:should|must|will|can|now|also|still|then|to|be able to) )*"
# The words a statement is about, which never hold its verb: "the page says Your cart is
# empty" says something, it is not a cart's state.
# A name ends at its verb: "the cart should say Your cart is empty" names the cart only
_VERB = r"(?:says|shows|reads|displays|contains|lists|has|have|is|are|was|were"
_VERB += r"|(?-i:should|must|will|would|can|could|does|did))\b"


def _words(name: str) -> str:
    return rf"(?P<{name}>(?!{_VERB})\S+(?: (?!{_VERB})\S+)*?)"


_SEVERAL = re.compile(r"^(?:all|every|each|no|none|any|some|both|several|many|most|\d+)\b")
_TICKABLE = frozenset({"checkbox", "radio", "switch"})
_CHOICE_KINDS = frozenset({"tab", "option"})
_CHOOSERS = frozenset({"combobox", "listbox", "tablist", "radiogroup", "group"})
_FIELDS = frozenset({"textbox", "searchbox", "spinbutton"})
_CONTROLS = frozenset({"button", "link", "menuitem", "tab", "option", "combobox"})
_CONTROLS |= _TICKABLE | _FIELDS
# Only tabs are "active" for sure: an active button may be pressed, or usable.
_ACTIVE_KINDS = frozenset({"tab"})


def _negated(words: str | None) -> bool:
    return bool(words and _NEGATED.search(words))


# "input 'Email'": a kind, then the quoted name of one, as some tools write a subject
_KIND_THEN_QUOTED = re.compile(rf"^(?:input|field|dropdown|checkbox|button) {OPEN}\d+{CLOSE}$")


def _named(raw: str, quotes: Quotes, context: Context) -> Element | None:
    """The control a statement is about, if the words name one we can find."""
    low = re.sub(r"^(?:the|a|an|this|your|my) ", "", raw.strip().lower())
    if not_a_subject(raw) and not _KIND_THEN_QUOTED.match(raw.strip()):
        return None  # "Submit the form and check the Name field": a step, then the subject
    if low in PAGE_SUBJECTS or low in UNNAMEABLE or has_pronoun(raw) or _SEVERAL.match(low):
        return None  # "all checkboxes are ticked": one check is about one control
    element = parse_element(raw, quotes, context)
    if element is None or (not element.named and element.target.role is None):
        return None
    if not element.named and not (
        element.target.names_kind and element.target.text.lower() == element.noun
    ):
        return None  # "the checkboxes": every one of them, or some?
    if element.noun is None and not literal(raw, element.target.text):
        return None  # "everything is disabled", "the form is ticked": no name to find
    return element


_ABLE = re.compile(r"\b(?:can|could|cannot|able)\b", re.I)


def _state(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "X is ticked / selected / disabled", negated or not, maybe "in" a control."""
    state, subject, where = match["state"], match["x"], match.groupdict().get("where")
    negated = _negated(match.groupdict().get("mid"))
    if now_ends_name(subject, match.groupdict().get("mid"), quotes):
        return None  # "Buy now becomes enabled": the button "Buy now", or "Buy", now?
    if not match.groupdict().get("mid") and _A_VERB_FIRST.match(subject):
        return None  # "slide the Dark mode switch on": a step we do not know, no state
    if _ABLE.search(match.groupdict().get("mid") or ""):
        return None  # "the Pro radio can't be selected": whether it may be, never that it is
    if _DESCRIBED_THINGS.match(subject) and _ARE.search(match[0]):
        return None  # "Out-of-stock sizes are greyed out": which ones, no name says
    if re.fullmatch(_CHOSEN, state) and not negated:
        if where is None and _FILTER.match(subject):
            return _filter_chosen(subject, quotes)
        return _chosen(subject, where, quotes, active=state == "active")
    if where:  # "Remember me is ticked in the login form": the place goes with the name
        subject = f"{subject} in {where}"
    if re.fullmatch(_ON, state) or re.fullmatch(_OFF, state):
        ticked = bool(re.fullmatch(_ON, state)) != negated
        return _ticked(subject, quotes, ticked, loose=state not in {"on", "off"})
    if re.fullmatch(_UNCHOSEN, state) or re.fullmatch(_CHOSEN, state):
        if _FILTER.match(subject):
            return None  # "the Done filter is not selected": a tab unchosen is not unticked
        if state == "active":
            return None  # "not active": not selected, or not usable
        return _ticked(subject, quotes, False, loose=True)  # "'Express' is not selected"
    if state == "unavailable":
        # Greyed out, or not there at all: pages do both ("Clear completed" is gone until
        # something is completed), and a check of one fails on the other
        return None
    usable = bool(re.fullmatch(_USABLE, state)) != negated
    return _usable(subject, quotes, usable)


# Things described, capitalised only as a sentence starts: "Out-of-stock sizes", "Past dates"
# ("Save changes is disabled" names one control: the verb says so)
_DESCRIBED_THINGS = re.compile(r"^(?-i:[A-Z][a-z-]+)(?: (?-i:[a-z-]+))* (?-i:[a-z]+s)$")
_ARE = re.compile(r" (?:are|were)\b", re.I)
_A_VERB_FIRST = re.compile(r"^(?-i:[a-z]+) (?:the|a|an|my|your|our) ")
# "the Completed filter", "the filter 'Done'": a choice among filters, named by its words.
_FILTER = re.compile(
    r"^(?:the )?(?:(?P<name>\S.*?) (?:filter|facet)(?: (?P<kind>option|button|link|tab|radio))?"
    r"|(?:filter|facet) (?P<after>\S.*))$",
    re.I,
)


def _filter_chosen(subject: str, quotes: Quotes) -> Parsed | None:
    """Read "the Completed filter is selected" as the choice named Completed being chosen.

    "filter" is what the choice does, not part of its name: the element named "Completed"
    (a tab, an option, a radio, a box) must be the selected or ticked one. A filter shown as
    a link or a pressed button (aria-current, aria-pressed) is not a choice this check reads:
    it fails saying nothing named so can be selected, never passes on other words.
    """
    match = _FILTER.match(subject)
    assert match is not None
    if (match["kind"] or "").lower() in {"button", "link"}:
        return None  # pressed, or the current page: states this check does not read
    raw = match["name"] or match["after"]
    name = expected(raw, quotes)
    if name is None or not literal(raw, name) or has_pronoun(raw):
        return None  # "the status filter is active": which choice? the filter is named, not it
    kind = (match["kind"] or "").lower() or None
    among = Target(text=kind, role=kind) if kind else None  # "the Done filter tab": tabs only
    return one("expect_selected", target=among, value=name)


def _ticked(subject: str, quotes: Quotes, ticked: bool, *, loose: bool) -> Parsed | None:
    """A box, radio or switch is (not) ticked; "on" and "off" only for a named kind."""
    element = _named(subject, quotes, "check")
    if element is None:
        return None
    target = element.target
    if element.noun is None:
        if not loose:
            return None  # "Dark mode is on": a light, a setting, a switch?
        target = target.model_copy(update={"role": None})  # a box, a radio or a switch
    elif target.role not in _TICKABLE:
        return None  # "the Billing tab is checked", "the Save button is unchecked"
    return one("expect_checked" if ticked else "expect_unchecked", target=target)


def _chosen(subject: str, where: str | None, quotes: Quotes, *, active: bool) -> Parsed | None:
    """Read "X is selected": a box or radio ticked, a tab or option chosen, in a control."""
    if where is not None:
        control = _chooser(where, quotes)
        value = expected(subject, quotes)
        if control is None or value is None or control.target.role not in _CHOOSERS | {None}:
            return None
        if active or not literal(subject, value):
            return None
        return one("expect_selected", target=control.target, value=value)
    element = _named(subject, quotes, "expect")
    if element is None:
        return None
    target = element.target
    if active and target.role not in _ACTIVE_KINDS:
        return None  # "the Submit button is active": usable, or pressed?
    if target.role in _TICKABLE:
        return one("expect_checked", target=target)
    if target.nth is not None:
        return None  # "the second tab is selected": which tab, by its name, is the check
    if element.noun in _CHOICE_KINDS or target.role in _CHOICE_KINDS:
        # "the Billing tab is selected": among the tabs; "the 'L' option": anywhere
        kind = None
        if target.role == "tab":
            kind = Target(text="tab", role="tab", within=target.within)
        return one("expect_selected", target=kind, value=target.text)
    if element.noun is None and target.within is None:
        return one("expect_selected", value=target.text)  # a box, radio, tab or option
    return None  # "the Size dropdown is selected", "the Save button is selected"


def _usable(subject: str, quotes: Quotes, usable: bool) -> Parsed | None:
    element = _named(subject, quotes, "expect")
    if element is None:
        return None
    role = element.target.role
    if role == "switch" or (element.noun is not None and role not in _CONTROLS):
        return None  # "the toggle is enabled" may mean on; "the heading is disabled" nothing
    return one("expect_enabled" if usable else "expect_disabled", target=element.target)


def _field_or_chooser(raw: str, quotes: Quotes) -> Element | None:
    element = _named(raw, quotes, "fill")
    if element is None or element.noun is None:
        return None  # "the username is Admin": text next to its label, read elsewhere
    role = element.target.role
    if role in _FIELDS or role == "combobox" or (role is None and element.noun == "field"):
        return element  # a password field has no role
    if role == "radio" and not element.target.names_kind:
        # "the Plan radio is set to Pro": the group of radios named so, by the one chosen
        return replace(element, target=Target(text=element.target.text))
    return None


_COUNTED = re.compile(r"^\d+ [a-z]+s$")
# One word a field holds, not a description: an address, a code, a number ("ada@x.io").
_VALUE_TOKEN = re.compile(r"^[^\s]*[@\d.][^\s]*$")


def _holds(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the Email field shows 'a@b.io'" (exactly) and "the Size dropdown is set to L"."""
    if _negated(match["mid"]):
        return None  # "is not X": the text check, that it does not hold X at all
    element = _field_or_chooser(match["s"], quotes)
    value = expected(match["v"], quotes)
    if element is None or value is None:
        return None
    if not (literal(match["v"], value) or _VALUE_TOKEN.match(value)):
        return None  # "the Email field shows an error": what it shows, not what it holds
    if _COUNTED.match(value):
        return None  # "the dropdown shows 3 suggestions": how many, not the one chosen
    if not quotes.is_quoted(match["v"]) and re.search(r", .* and ", value):
        return None  # "the dropdown shows Profile, Settings and Sign out": several, no choice
    if INVALID.match(value):
        return None  # "the Email field shows 'Required'": what the form says of it, as "says"
    if element.target.role in {"combobox", None} and element.noun != "field":
        return one("expect_selected", target=element.target, value=value)
    return one("expect_value", target=element.target, value=value)


# "the cart is empty": none of its items shows (see browser/checks.py: a cart of plain blocks
# that says nothing of being empty is not)
_HOLDER = re.compile(rf"^(?:the |my |your |our )?(?P<place>{HOLDER})$", re.I)


_A_LIST = re.compile(r"\b(?:table|grid|list)$", re.I)


def _empty(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the search box is empty" and "the cart is empty"; "is not empty" names no value,
    so it is refused."""
    holder = _HOLDER.match(match["s"])
    negated = _negated(match["mid"])
    if holder:  # "the cart is not empty": an item of it shows
        items = Target(text="items", role="listitem", within=holder["place"].lower())
        some = Draft("expect_count", target=items, count=1, at_least=True)
        return Parsed((some,)) if negated else one("expect_hidden", target=items)
    results = re.sub(r" (?:list|table)$", "", match["s"].lower())
    if names_results(results):  # "the results list is not empty"; empty: where, then?
        return some_results(results, None) if negated else no_results(None)
    kind = _A_LIST.search(match["s"])
    place = re.sub(r"^(?:the|a|an|this|your|my) ", "", match["s"], flags=re.I)
    if kind and negated:  # "the orders table is not empty": it has a row of data, as "has rows"
        one_of = ("row", "row") if kind[0].lower() in {"table", "grid"} else ("item", "listitem")
        things = Target(text=one_of[0], role=one_of[1], within=place)
        return Parsed((Draft("expect_count", target=things, count=1, at_least=True),))
    if kind and kind[0].lower() in {"table", "grid"}:
        # "the orders table is empty": as "it has no rows", a row of data shown fails it (an
        # empty list is never checked so: drawn with nothing in it, it is nowhere to be seen)
        return one("expect_hidden", target=Target(text="rows", role="row", within=place))
    element = _field_or_chooser(match["s"], quotes)
    if element is None or _negated(match["mid"]):
        return None
    if element.noun != "field" and element.target.role not in _FIELDS:
        return None  # "the Plan radio is empty", "the Size dropdown is empty": none is typed
    return one("expect_value", target=element.target, value="")


def _filled(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "'Admin' is filled in as the username" and "the Email field is filled with X"."""
    if _negated(match["mid"]):
        return None
    element = parse_element(match["f"], quotes, "fill")
    value = expected(match["v"], quotes)
    if element is None or value is None or not element.named:
        return None
    if element.target.role not in _FIELDS | {None}:
        return None
    return one("expect_value", target=element.target, value=value)


def _has_chosen(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the Size dropdown has 'L' selected"."""
    if match["s"].endswith(" to"):
        return None  # "expect the Size dropdown to have L selected": read as "should have"
    value = expected(match["v"], quotes)
    group = _RADIO_GROUP.match(match["s"])
    if group and value:  # "the Plan radio group has Free selected": that radio, ticked there
        radio = Target(text=value, role="radio", within=quotes.value(group["g"]))
        return one("expect_checked", target=radio)
    control = _chooser(match["s"], quotes)
    if control is None or value is None or control.target.role not in _CHOOSERS:
        return None
    return one("expect_selected", target=control.target, value=value)


_RADIO_GROUP = re.compile(
    rf"^(?:the )?(?P<g>(?-i:[A-Z])[\w -]*?|{OPEN}\d+{CLOSE})"
    r" (?:radio(?: button)? group|radio buttons|radios)$",
    re.I,
)


def _offers(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the Size dropdown has the options Small, Medium and Large": each is offered."""
    control = _chooser(match["s"], quotes)
    if control is None or control.target.role not in {"combobox", "listbox"}:
        return None
    if _A_MENU_OF_ACTIONS.search(match["s"]):
        return None  # "the account dropdown has Sign out": a menu of links, which no choice is
    if _CHOSEN_LAST.search(match["v"]):
        return None  # "has Medium selected by default": the one chosen, not one offered
    names = _offered(match["v"].strip(" .;:!?"), quotes, several=match["kind"] in _PLURALS)
    if names is None:
        return None
    return Parsed(tuple(Draft("expect_option", target=control.target, value=n) for n in names))


_PLURALS = frozenset({"options", "choices"})
_CHOSEN_LAST = re.compile(rf" (?:selected|chosen|picked|checked|ticked){_END}$", re.I)
_A_MENU_OF_ACTIONS = re.compile(
    r"\b(?:account|user|profile|avatar|actions?|more|admin|settings|help|nav|navigation)\b", re.I
)
_HOW_MANY_CHOICES = re.compile(r"\b(?:options?|choices?|items?|entries|values?)$", re.I)
_OFFERED_NAME = re.compile(r"^(?:[A-Z0-9]|\{\{)\S*(?: \S+){0,3}$")
_A_CODE = re.compile(r"[a-z]{0,3}\d[\w.-]*")  # "v1", "v2.0", "es6"


def _offered(raw: str, quotes: Quotes, *, several: bool) -> list[str] | None:
    """The names of the choices said: "A, B and C"; "A and B" only after "options" (one
    option "Salt and Pepper" is no two)."""
    found = listed(raw, quotes)
    if found is not None and found[0] is None:
        return found[1]
    codes = re.split(r",? and |, ", raw)
    if len(codes) > 1 and all(_A_CODE.fullmatch(code) for code in codes):
        return codes  # "v1, v2 and v3": versions, named as the page writes them
    parts = raw.split(" and ") if several and raw.count(" and ") == 1 else [raw]
    if not all(quotes.is_quoted(p) or (OPEN not in p and _OFFERED_NAME.match(p)) for p in parts):
        return None  # "the dropdown has a search box": no choice named
    if any(_HOW_MANY_CHOICES.search(part) for part in parts):
        return None  # "has 50 options": how many, never a choice named so
    return [quotes.value(part) for part in parts]


def _chooser(raw: str, quotes: Quotes) -> Element | None:
    """The control an option is chosen in: "the Country field" that has one selected is a
    dropdown, never a box words are typed in."""
    control = _named(raw, quotes, "select")
    if control is None or control.noun != "field":
        return control
    return replace(control, target=control.target.model_copy(update={"role": "combobox"}))


def _value_of(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the value of the Email field is X" and "the Email field's value is X"."""
    return _field_value(match["f"], match["v"], quotes)


def _field_value(field: str, raw: str, quotes: Quotes) -> Parsed | None:
    element = parse_element(field, quotes, "fill")
    value = expected(raw, quotes)
    if element is None or value is None or element.target.role not in _FIELDS | {None}:
        return None
    return one("expect_value", target=element.target, value=value)


_FILLED = r"(?:filled in|filled out|filled|prefilled|pre-filled|populated|entered|typed)"
_CHOOSER = r"(?:dropdown|drop-down|select(?: box| menu)?|selector|picker|combo ?box)"
_SUBJECT_FIELD = (
    rf"(?P<s>.+? (?:{_FIELD_NOUN}|{_CHOOSER}|radio(?: buttons?)?)"
    # "input 'Email'", "the dropdown 'Country'": the kind, then its quoted name
    rf"|(?:the |an? )?(?:{_FIELD_NOUN}|{_CHOOSER}) {OPEN}\d+{CLOSE})"
)

# Read before any other statement; a final rule refuses what it cannot read, so that no
# other reading takes "the Email field is not empty" as the words "empty".
_DONE = r"(?-i:done|completed|complete|finished)"
_DESCRIBED = re.compile(
    r"^(?:the|a|an|this|that|my|your|our|all|every|everything|it|none|no|nothing|each|some"
    r"|any|both|neither|either|several|many|most|few)\b",
    re.I,
)
_UNDONE = rf"(?-i:(?:not|no longer) {_DONE}|incomplete|undone|unfinished)"


def _item_done(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "'Buy milk' is marked as done": the box in the item that shows those words."""
    raw = match["x"]
    item = item_named(raw, quotes)  # "the Buy milk todo is done"
    if item is None:
        item = expected(raw, quotes)
        described = _DESCRIBED.match(raw) and not quotes.is_quoted(raw)
        if item is None or described or not literal(raw, item) or not_a_subject(raw):
            return None  # "the order is complete", "everything is done": no item named
    done = (match["state"] is None) != _negated(match["mid"])
    box = Target(text="checkbox", role="checkbox", within=item)
    return one("expect_checked" if done else "expect_unchecked", target=box)


def _state_first(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the selected tab is Overview" as "the Overview tab is selected"."""
    if not (quotes.is_quoted(match["x"]) or match["x"][:1].isupper()):
        return None  # "the selected tab is the second one": no name
    state = match["state"].lower().replace("current", "selected")
    said = f"the {match['x']} {match['kind']} is {state}"
    for stated in STATE_RULES:
        found = stated.pattern.match(said)
        if found:
            return stated.handler(found, quotes)
    return None


STATE_RULES: tuple[Rule, ...] = (
    rule(
        r"^(?:the )?(?P<state>selected|checked|ticked|chosen|active|current) (?P<kind>tab|radio"
        r"|radio button|option|checkbox|filter)"
        # "the selected tab reads Billing": a tab's words are its name
        r" (?:is|should be|must be|(?:should |must )?(?:reads?|says?|shows?))"
        r" (?P<x>(?!(?:selected|checked|ticked|chosen|active)$).+)$",  # not "Active is active"
        _state_first,
        final=True,
    ),
    # "Buy milk is marked as done", "'Walk dog' is still not completed": a to-do's tick
    rule(
        rf"^{_words('x')} (?P<mid>(?:{_AUX} )*(?:is|are|be|been|marked as|shown as|stays|remains)"
        rf"(?: {_AUX})*) (?:(?P<state>{_UNDONE})|{_DONE})$",
        _item_done,
    ),
    rule(
        rf"^{_SEE_AUX}see {_words('x')} (?:as |being |is |are )?(?P<state>{_STATE})"
        r"(?: (?:in|on|within|inside|among) (?P<where>.+))?$",
        _state,
        final=True,
    ),
    rule(rf"^(?:is|are) {_words('x')} (?P<state>{_STATE}){_END}$", _state, final=True),
    rule(
        r"^(?P<s>.+?) (?:(?:should|must|will|now) )*(?:has|have) (?:the )?(?:option |value )?"
        r"(?P<v>.+?) (?:selected|chosen)" + _END + "$",
        _has_chosen,
    ),
    rule(
        rf"^{_words('x')} (?P<mid>(?:{_AUX} )*)(?P<state>{_STATE}){_END}"
        r"(?: (?:in|on|within|inside|from|among) (?P<where>.+))?$",
        _state,
        final=True,
    ),
    rule(
        rf"^{_words('s')} (?P<mid>(?:{_AUX} )*)(?:(?-i:empty|blank|cleared)|not filled in){_END}$",
        _empty,
        final=True,
    ),
    rule(
        rf"^{_words('v')} (?P<mid>(?:{_AUX} )*){_FILLED} (?:as|in|into) (?!with )(?P<f>.+)$",
        _filled,
        final=True,
    ),
    rule(
        rf"^{_words('f')} (?P<mid>(?:{_AUX} )*){_FILLED} (?:with|as) (?P<v>.+)$",
        _filled,
        final=True,
    ),
    rule(  # '"Email" has value "x"': the field named so holds it
        rf"^(?P<f>{OPEN}\d+{CLOSE}) (?:(?:should|must|does) )?(?:has|have) (?:the )?value"
        r"(?: of)?:? (?P<v>.+)$",
        lambda m, q: _field_value(f"the {m['f']} field", m["v"], q),
        final=True,
    ),
    rule(
        r"^(?:the )?value (?:of|in) (?P<f>.+?) (?:(?:should|must|will|now) )*"
        r"(?:is|be|equals?|reads?):? (?P<v>.+)$",
        _value_of,
        final=True,
    ),
    # "the selected option in Country is Canada": the Country dropdown has it selected
    rule(
        r"^(?:the )?(?:selected|chosen|current) (?:option|value|choice) (?:in|of|for) (?P<s>.+?)"
        r" (?:(?:should|must|will|now) )*(?:is|be|equals?|reads?):? (?P<v>.+)$",
        _has_chosen,
        final=True,
    ),
    rule(
        r"^(?P<f>.+?)['’]s value (?:(?:should|must|will|now) )*(?:is|be|equals?|reads?):?"
        r" (?P<v>.+)$",
        _value_of,
        final=True,
    ),
    # "the Size dropdown offers Large", "… should have the options S, M and L"
    rule(
        rf"^(?P<s>.+? {_CHOOSER}|(?:the |an? )?{_CHOOSER} {OPEN}\d+{CLOSE})"
        r" (?:(?:should|must|will|does|do|now|still|also) )*(?:(?:has|have|offers?|lists?"
        r"|includes?|contains?|shows?|gives?) (?:the |these |an? )?(?P<kind>options?|choices?)"
        r"(?::| of)?|offers?|lists?|includes?|contains?|has|have) (?P<v>.+)$",
        _offers,
    ),
    rule(  # "the Size dropdown's options are S, M and L"
        rf"^(?P<s>.+? {_CHOOSER})(?:['’]s)? (?P<kind>options|choices)"
        r" (?:are|include|should be|should include|must be|must include):? (?P<v>.+)$",
        _offers,
    ),
    rule(  # "Large should be an option in the Size dropdown"
        r"^(?P<v>.+?) (?:(?:should|must|will) be|is|are) (?:an? |one of the |among the )?"
        r"(?P<kind>options?|choices?) (?:in|of|for) (?P<s>.+)$",
        _offers,
    ),
    rule(
        rf"^{_SUBJECT_FIELD} (?P<mid>(?:(?:should|must|will|does|do|now|still|also|{_NEG}) )*)"
        r"(?:is set to|be set to|set to|is|be|shows?|show|reads?|read|displays?|display|equals?"
        r"|holds?|hold|(?:has|have|contains?|contain) (?:the )?value(?: of)?"
        # "the Country dropdown defaults to United States": what it holds before any change
        r"|defaults? to|is preselected as|is pre-selected as)"
        r"(?: (?:exactly|now|still))?:? (?P<v>.+)$",
        _holds,
    ),
)
