"""Read form clauses: typing, choosing from dropdowns, ticking boxes, and signing in."""

from __future__ import annotations

import re
from dataclasses import replace

from housecat.plan.grammar.actions import looked_for
from housecat.plan.grammar.checks import parse_assertion
from housecat.plan.grammar.intents import tick_in_item
from housecat.plan.grammar.keys import key_name
from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes
from housecat.plan.grammar.seen import exists, literal
from housecat.plan.grammar.target import Element, parse_element
from housecat.plan.grammar.types import Draft, Parsed, Rule, Tail, one, rule
from housecat.plan.grammar.words import (
    A_DAY_SAID,
    CHECKABLE_ROLES,
    ELEMENT_NOUNS,
    HOLDER,
    IN_A_PLACE,
    LEFT_BLANK,
    MARKED_TEXT,
    ORDINAL,
    REGIONS,
    STATEMENT_WORDS,
    TWO_COUNTS,
    TWO_OF_A_KIND,
    UNNAMEABLE,
    runs_into_a_step,
    said_before,
)
from housecat.plan.models import Action, Target
from housecat.plan.names import RUN_DATES
from housecat.plan.variables import placeholder

# Where an unquoted value ends and its field begins: "into" outranks the words that also
# occur inside values ("Made in China"), so it is tried first.
_TARGET_WORDS = (r"into|in to", r"in|inside|within|as|for")
_FROM_WORDS = (r"from", r"in|within|as|for")
_TARGET_START = re.compile(rf"^(?:(?:the|a|an|your|my|this) |{OPEN}|[A-Z0-9])")
# "the API key {{api_key}}", "the token 'abc'": a value said with its kind
_CODE_KIND = rf"(?:api key|key|token|secret|code) (?:{OPEN}|\{{\{{|(?-i:[A-Z0-9][A-Z0-9_-]{{2,}})$)"
_VALUE_LEAD = re.compile(
    rf"^(?:the )?(?:text|words?|value|phrase|string|number) (?=\S)|^(?:the )?(?={_CODE_KIND})"
    r"(?:api key|key|token|secret|code) ",
    re.I,
)
_OPTION_TAIL = re.compile(r"^(?:the )?(?P<v>.+?)(?: option| value| item)?$", re.I)
_NTH_OPTION = re.compile(rf"^(?:the )?{ORDINAL} (?:option|item|value|choice|entry)$", re.I)
_ON_WORDS = frozenset({"checked", "on", "true", "yes", "ticked", "enabled", "selected"})
_OFF_WORDS = frozenset({"unchecked", "off", "false", "no", "unticked", "disabled", "deselected"})
_DETERMINER_ONLY = re.compile(r"^(?:the|a|an|your|my)\b", re.I)
_FIELD_END = re.compile(r" (?:field|box|input|dropdown|select|option|setting|value)$", re.I)
_SEARCH_BOX = frozenset({"search", "search bar", "search box", "search field", "search input"})
_PARTICLE = re.compile(r"^(?:out|in|up|back|over|on)\b", re.I)
_PERSON = re.compile(
    r"^(?:(?:we|you|i|they|he|she)(?:['’](?:m|re|ve|ll|d))?|users?|the user|visitors?|nothing"
    r"|everything|something|none) \S",
    re.I,
)
# "a valid email address", "some text": a kind of value, not the value. The field decides
# which sample is typed; a kind no sample can be ("a valid coupon code") is refused.
_SAMPLE_KINDS = (
    r"(?:e-?mail(?: address)?|(?:first |last |full |user ?|company )?name|phone(?: number)?"
    r"|(?:mobile|telephone) number|number|text|message|comment|note|description|title"
    r"|(?:street |postal |email )?address|city|town|zip(?: code)?|post ?code|postal code"
    r"|url|website|date|amount|quantity|word|value|answer|subject)"
)
_DESCRIBED_VALUE = re.compile(
    r"^(?:an?|some|any)(?: (?:valid|random|sample|test|dummy|fake|realistic|example|proper"
    rf"|new|unique|short|plausible))* (?P<kind>{_SAMPLE_KINDS})$"
)
# Kinds of value many fields take: "a random name" names no one field ("an email" does)
_GENERIC_KIND = re.compile(r"^(?:name|number|text|word|value|answer|date|amount|quantity)$")
# The label of the field a kind of value goes in: "an email address" goes in Email
_LABEL_OF_KIND = re.compile(r"(?<=mail) address$|(?<=phone) number$")
# "an invalid email", "a valid coupon code", "your email", "the wrong password": only the
# author knows the value ("the text Hello" says it).
_UNKNOWN_VALUE = re.compile(
    r"^(?:(?:an?|some|any) (?:invalid|wrong|incorrect|bad|valid)\b"
    # "mismatched passwords", "different values": how the values relate, never the words
    r"|(?:mismatched|non-matching|matching|different|weak|strong|invalid|wrong|incorrect)"
    r" [a-z]+$"
    r"|(?:your|my|his|her|their|our) "
    rf"|the (?!(?:text|words?|value|phrase|string|number) )(?!(?i:{_CODE_KIND}))\S)"
)
_KIND_OF_TEXT = re.compile(
    r"^(?:letters|numbers|digits|symbols|spaces|special characters|emojis?|gibberish|garbage"
    r"|random text|random characters|whitespace|nothing|something)$"
)
_A_THING = re.compile(
    r"^(?:a|an|some|any|new|different|random|other) [a-z][a-z -]*"
    # "an email without @": described by what it has or lacks, still no words to type
    r"(?: (?:with|without|containing|missing|that|which|of) \S.*)?$"
)
# "card 4242…, expiry 12/30, CVC 123": more labelled values, not one value for one field
_MORE_PAIRS = re.compile(r", (?:and )?[a-z][a-z-]*(?: [a-z][a-z-]*)? (?:[A-Z0-9]|\{\{)\S*")
# "jo@x.io and the message with Hi": one more field and its value, run into this one's
_MORE_WITH = re.compile(r"(?:,|\band) (?:the |your |my )?[\w-]+(?: [\w-]+)? with \S", re.I)
_OWN_ACCOUNT = {"password": "password", "username": "username", "user name": "username"}
_NOT_FIELDS = frozenset(
    {"cart", "basket", "bag", "list", "trash", "bin", "inbox", "history", "cache", "cookies"}
    | {"filters", "wishlist", "notifications", "completed", "selection", "queue"}
)
# A field of one item of a list or row: "the quantity of Mug", "the role of Bob".
_FIELD_OF = re.compile(
    r"^(?:the )?(?P<f>(?-i:[a-z])[\w-]*(?: [a-z][\w-]*)?) of (?:the )?(?P<x>.+)$", re.I
)
_HOLDER = re.compile(rf"^{HOLDER}$", re.I)
_IN_THE_HOLDER = re.compile(rf" (?:in|from) (?:the|my|your) {HOLDER}$", re.I)
_SLOT = re.compile(rf"{OPEN}\d+{CLOSE}")
_HOW_MANY = re.compile(r"\d|^(?:only|at least|exactly|no|all|every|some|more|fewer|less)\b", re.I)
_SAYING = re.compile(
    r"\b(?:appears?|shows?|says?|contains?|displays?|lists?|reads?|includes?|equals?|matches"
    r"|loads?|works?|before|after|above|below|remains?|left)\b",
    re.I,
)
# "check '0 items left'", "check '3 results'": a count the page shows, never a box's label
_A_COUNT_SHOWN = re.compile(
    r"^\d[\d,.]* (?:\w+ )?(?:items?|results?|rows?|products?|entries|records|matches"
    r"|left|remaining|found|selected)\b",
    re.I,
)
# "check it persists": said of something named before, never a box called "it …"
_PRONOUN_SAID = re.compile(r"^(?:it|they|this|that|these|those|he|she)\b(?!['’]?s\b)")
# Nouns of things ticked that name no kind of their own: "the Dark mode box", "the In stock
# filter". "check the page" ticks nothing.
_TICKED_NOUNS = frozenset({"box", "option", "filter", "facet", "setting", "preference"})
_TYPED_IN = re.compile(
    r"^(?:search|text|comment|message|input|e-?mail|password|name|query|note|chat|reply)$", re.I
)
# A verb said of a subject ("robots.txt allows crawling"): a statement, never a box's label,
# which speaks to the reader ("Allow cookies").
_SAID_OF = re.compile(
    r"\b(?:allows|returns|redirects|exists|responds|renders|supports|accepts|rejects|requires"
    r"|sends|takes|goes|leads|points|links|gives|uses|comes|becomes|stays|persists|changes"
    r"|updates|increases|decreases|succeeds|fails|passes)\b"
)
_STATED = re.compile(
    r" (?:visible|invisible|shown|displayed|hidden|present|absent|missing|gone|there"
    r"|appears?|disappears?|loaded|loads)$",
    re.I,
)


def _split(rest: str, words: tuple[str, ...]) -> tuple[str, str] | None:
    """Split "VALUE into FIELD": the first cut whose right side reads like a field name wins."""
    for group in words:
        cuts = list(re.finditer(rf" (?=({group}) \S)", rest, re.I))
        cuts = [cut for cut in cuts if rest[: cut.start()].strip()]
        if not cuts:
            continue
        best = next(
            (c for c in cuts if _TARGET_START.match(_after(rest, c))),
            cuts[-1],
        )
        return rest[: best.start()].strip(), _after(rest, best)
    return None


def _after(rest: str, cut: re.Match[str]) -> str:
    return rest[cut.start() + len(cut.group(1)) + 2 :]


def _value(raw: str, quotes: Quotes) -> str:
    value = quotes.value(_VALUE_LEAD.sub("", raw.strip(), count=1) or raw)
    # "set the To date to today", "… to tomorrow": the date of the run (or the day after),
    # never the word
    said = _DAY_SAID.sub(r"\g<day>", value.lower())  # "today's date": today
    if said in {"the current date", "the date today", "the date of today"}:
        said = "today"
    return placeholder(said) if not quotes.is_quoted(raw) and said in RUN_DATES else value


_DAY_SAID = re.compile(r"^(?P<day>today|tomorrow|yesterday)['’]s date$")


def _value_tail(raw: str, quotes: Quotes) -> Tail:
    return "closed" if quotes.is_quoted(raw) else "free"


def _typed(element: Element | None, raw: str, quotes: Quotes, tail: Tail) -> Parsed | None:
    """Fill a field with the value written, a sample for a kind of value, or the account's."""
    if quotes.is_quoted(raw.strip()):
        return _fill(element, _value(raw, quotes), tail)
    words = " ".join(raw.split())
    own = re.match(r"^(?:your|my|the user's) (?P<what>.+)$", words, re.I)
    if own and own["what"].lower() in _OWN_ACCOUNT:  # "type your password": the test's own
        return _fill(element, placeholder(_OWN_ACCOUNT[own["what"].lower()]), "closed")
    if _DESCRIBED_VALUE.match(words):
        if element is None or element.target.role == "combobox":
            return None
        return one("fill_form", target=element.target, tail=element.tail)
    if _UNKNOWN_VALUE.match(words) or _A_THING.match(words) or _KIND_OF_TEXT.match(words):
        return None  # "write a short bio", "type letters": described, never the words
    if _MORE_PAIRS.search(words) or _MORE_WITH.search(words):
        return None  # "Jo, email jo@x.io": more fields and values, never all typed in one
    if said_before(words) and words.lower() != "one":
        return None  # "put it in the basket", "enter it again": a thing said before, not words
    if runs_into_a_step(words):
        return None  # "fill Name with Ada and subscribe": a step run on, never typed
    if _QUOTE_THEN_WORDS.match(words):
        return None  # "type 'oak' slowly", "'Ada' carefully": the quote, never the words after
    if _PLACE_AFTER_VALUE.search(words):
        return None  # "fill Street with 1 Main St in the Address section": a place, not typed
    return _fill(element, _value(raw, quotes), tail)


_PLACE_AFTER_VALUE = re.compile(
    r" (?:in|inside|within|on|under) (?:the|this|that) (?:[\w-]+ )*?(?:section|form|dialog"
    r"|modal|popup|pop-up|panel|sidebar|header|footer|page|screen|card|table|drawer|tab)$",
    re.I,
)


_QUOTE_THEN_WORDS = re.compile(rf"^{OPEN}\d+{CLOSE} \S")


# Kinds of part that show words, or hold fields, and are no field themselves ("the comment
# section" may well be its one comment box).
_PARTS = frozenset(
    {"card", "tile", "page", "screen", "text", "word", "phrase", "label", "notice", "banner"}
    | {"caption"}
)
_A_STEP = re.compile(r"^step$|\bstep (?:\d+|one|two|three|four|five)\b", re.I)
_HOLDER_INSIDE = re.compile(r"\b(?-i:form|dialog|modal|section|panel) (?-i:and|then) ")


def _fill(element: Element | None, value: str, tail: Tail) -> Parsed | None:
    """Fill a field, or choose the option when the field turns out to be a dropdown."""
    if element is None or element.target.role not in _TYPED_INTO:
        return None  # "fill the invite dialog with …": a dialog, a form or a list is no field
    text = element.target.text
    if element.noun in _PARTS or (not element.quoted and _A_STEP.search(text)):
        return None  # "fill the signup page with …", "fill step 1 with …": no one field
    if not element.quoted and element.target.role is None and _HOLDER_INSIDE.search(text):
        return None  # "in the checkout form and continue": a form, and a step, no field
    if text[:1].islower() and text in _SEARCH_BOX:  # "the search bar": the field for searching
        searching = element.target.model_copy(update={"text": "Search", "role": None})
        element = replace(element, target=searching)
    action: Action = "select" if element.target.role == "combobox" else "fill"
    return one(action, target=element.target, value=value, tail=tail)


# "click Name and fill it with Bob": the field the step before used, filled with Bob
_IT_WITH = re.compile(r"^(?:it|this|that)(?: in| out)? with (?P<v>\S.*)$", re.I)


def _type(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    again = _IT_WITH.match(match["rest"])  # never the words "it with Bob"
    rest = again["v"] if again else match["rest"]
    parts = None if again else _split(rest, _TARGET_WORDS)
    if parts is None:
        kind = _DESCRIBED_VALUE.match(rest)
        if kind and not _GENERIC_KIND.match(kind["kind"]):
            # "enter a test email": a sample, in the field for that kind of value
            label = _LABEL_OF_KIND.sub("", kind["kind"])
            named = parse_element(f"the {label} field", quotes, "fill")
            return None if named is None else one("fill_form", target=named.target)
        if kind or _UNKNOWN_VALUE.match(rest) or _A_THING.match(rest) or _KIND_OF_TEXT.match(rest):
            return None  # "type a random name", "type new text": what words? into which field?
        if OPEN in rest and not quotes.is_quoted(rest.strip()):
            return None  # 'fill Zip "12345", continue': a field's label and its value, and more
        if re.match(r"^(?:in|into|inside) (?:the|a|an|my|your) ", rest, re.I):
            return None  # "type in the search box": where, and no words said to type
        value = _value(rest, quotes)
        if key_name(value, said_key=False) is not None:
            return None  # "type Enter" presses the key
        # "type cats" names no field: the planner types into the field used just before
        return one("fill", value=value, tail=_value_tail(rest, quotes))
    value, field = parts
    if match[0][:4].lower() == "fill" and " with " in value and not quotes.is_quoted(value):
        return None  # "fill Street with Main in the Address form": the field said first
    if match[0][:4].lower() == "fill" and re.search(r" with \S", field):
        return None  # "fill step 1 in the wizard with name Ada": the value said last
    both = _both_fields(field, quotes, value)
    if both is not None:  # "type x into Password and Repeat password"
        return both
    element = parse_element(field, quotes, "fill")
    if element is not None and element.noun is None and _HOLDER.match(element.target.text):
        return None  # "put the lamp in the basket": into a cart, not a field
    key = None if quotes.is_quoted(value.strip()) else key_name(value.strip(), said_key=False)
    if key is not None and element is not None:  # "enter enter into Search": the key, there
        return one("press", target=element.target, value=key)
    return _typed(element, value, quotes, element.tail if element else "closed")


def _fill_with(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    if re.match(r"^(?:it|them)(?: in| out)$", match["t"].strip(), re.I):
        return None  # "fill it in with test data": a form said before, never a field "it in"
    tail = _value_tail(match["v"], quotes)
    both = _both_fields(match["t"], quotes, match["v"])
    if both is not None:
        return both
    element = parse_element(match["t"], quotes, "fill")
    return _typed(element, match["v"], quotes, tail)


def _both_fields(fields: str, quotes: Quotes, raw: str) -> Parsed | None:
    """Read "fill in Password and Repeat password with x": the same value in each field."""
    parts = re.split(r",? and |, ", fields)
    if len(parts) < 2:
        return None
    elements = [parse_element(part, quotes, "fill") for part in parts]
    if any(e is None or not (e.quoted or e.target.text[:1].isupper()) for e in elements):
        return None  # "fill in terms and conditions": one field, named in lower case
    filled = [_typed(e, raw, quotes, "closed") for e in elements]
    if any(parsed is None for parsed in filled):
        return None
    return Parsed(tuple(d for parsed in filled if parsed for d in parsed.drafts))


_FROM_OLD = re.compile(r" from \S")
# "set Priority to High and Status to Open": a second field set in the same words
_SECOND_SET = re.compile(
    r"^(?P<a>\S[^,]*?),? and (?P<rest>(?:the )?(?-i:[A-Z])[\w -]{0,30}? to \S.*)$"
)


def _set(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    switched = match[0][:6].lower() == "switch"
    return _set_said(match.groupdict().get("rest") or match["more"], quotes, switched=switched)


def _set_said(rest: str, quotes: Quotes, *, switched: bool) -> Parsed | None:
    """Set a field to a value: "the quantity to 3", "Priority to High and Status to Open"."""
    field, raw = _set_cut(rest)
    second = _SECOND_SET.match(raw) if field and not quotes.is_quoted(raw) else None
    if second:
        one_set = _set_said(f"{field} to {second['a']}", quotes, switched=switched)
        other = _set_said(second["rest"], quotes, switched=switched)
        if one_set is None or other is None:
            return None
        return Parsed(one_set.drafts + other.drafts, other.tail)
    if not field or _FROM_OLD.search(field):
        return None  # "change the password from old123 to new456": which field holds which?
    element = _field_of_item(field, quotes)
    if element is None and (_OWNED_FIELD.match(field) or _SOMEONES.match(field)):
        return None  # "Bob's role", "the role of Bob": a field in his row, which we cannot tell
    element = element or parse_element(field, quotes, "fill")
    placed = _PLACED_VALUE.match(raw)
    if placed and element is not None:  # "set the quantity to 3 in the cart": 3, there
        raw, target = placed["v"], element.target
        within = target.within or placed["place"]  # an item's own field is in it already
        element = replace(element, target=target.model_copy(update={"within": within}))
    row = _IN_A_ROW.match(raw)
    if row and element is not None:  # "set the role to Viewer in Bob's row": Viewer, there
        within = quotes.value(row["who"] or row["who2"])
        raw = row["v"]
        element = replace(element, target=element.target.model_copy(update={"within": within}))
    if not quotes.is_quoted(raw.strip()) and _ON_A_PAGE.search(raw):
        return None  # "change the plan to Pro from the Billing page": where, never typed
    if LEFT_BLANK.match(raw.strip()):
        raw = quotes.add("")  # "set State to blank": nothing in it, never the word
    value = _value(raw, quotes)
    if element is not None and element.target.role in CHECKABLE_ROLES | {None}:
        state = value.lower()  # "set Newsletter to on": a box or switch, ticked or not
        if state in _ON_WORDS | _OFF_WORDS and not quotes.is_quoted(raw.strip()):
            return one("check" if state in _ON_WORDS else "uncheck", target=element.target)
    code = re.fullmatch(r"[a-z]{1,3}\d[\w.-]*", raw.strip())  # "switch the version to v1"
    if switched and not quotes.is_quoted(raw.strip()) and raw.strip()[:1].islower() and not code:
        return None  # "switch the docs to dark mode": a way shown, never words typed
    if switched and element is not None and element.target.role is None:
        # "switch the workspace to Acme Corp": one of those offered, never words typed
        return one("pick", target=element.target, value=value, tail=_value_tail(raw, quotes))
    return _typed(element, raw, quotes, _value_tail(raw, quotes))


_ON_A_PAGE = re.compile(
    r" (?:from|on|in|at|via) (?:the|my|your) (?:[\w-]+ ){0,2}(?:page|tab|screen|section|settings)$",
    re.I,
)
_PLACED_VALUE = re.compile(
    rf"^(?P<v>[^ ]+(?: [^ ]+)?) {IN_A_PLACE} (?P<place>(?:shopping )?"
    r"(?:cart|basket|bag)|form|dialog|modal|popup|sidebar|header|footer|drawer|panel)$",
    re.I,
)
_WHO = rf"(?:(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)*|{OPEN}\d+{CLOSE})"
_IN_A_ROW = re.compile(
    rf"^(?P<v>.+?) (?:in|on|for) (?:(?P<who>{_WHO})['’]s (?:row|line|entry|item|card)"
    rf"|the (?:row|line|entry|item|card) (?:of|for) (?P<who2>{_WHO}))$",
    re.I,
)
# "the role of Bob", "the status of ticket #42": a thing's own field, by its name or number
_SOMEONES = re.compile(
    rf"^(?:the )?[a-z][\w-]* of (?:[A-Z]|{OPEN}|#|(?:the )?[a-z][\w-]* (?:#|\d|[A-Z]))"
)
_OWNED_FIELD = re.compile(
    r"^(?P<x>[A-Z][\w-]*(?: [A-Z][\w-]*)*|[a-z][\w-]* #?\d\S*)['’]s (?P<f>[a-z][\w -]*)$"
)


def _field_of_item(field: str, quotes: Quotes) -> Element | None:
    """Read "the quantity of Mug" as the quantity field in the item that shows "Mug"."""
    owned = _OWNED_FIELD.match(field)  # "Bob's role": the role of Bob
    of = _FIELD_OF.match(f"the {owned['f']} of {owned['x']}" if owned else field)
    if of is None or not (quotes.is_quoted(of["x"]) or of["x"][:1].isupper()):
        return None
    element = parse_element(of["f"], quotes, "fill")
    if element is None:
        return None
    # "Blue Mug in the cart": the item, wherever the cart shows it
    within = quotes.value(_IN_THE_HOLDER.sub("", of["x"], count=1))
    return replace(element, target=element.target.model_copy(update={"within": within}))


def _set_cut(rest: str) -> tuple[str, str]:
    """Split "the Ship to field to Lisbon" at the "to" after the field, not inside its name;
    "First Name = Ada" at its "="."""
    equals = re.fullmatch(r"(?P<f>[^=]+?) ?= ?(?P<v>[^=]+)", rest)
    if equals and not re.search(r" to ", rest, re.I):
        return equals["f"], equals["v"]
    cuts = [cut.start() for cut in re.finditer(r" to ", rest, re.I)]
    for at in cuts:
        field, value = rest[:at], rest[at + 4 :]
        words = _DETERMINER_ONLY.sub("", field).strip()
        # the field's name must hold a word, and end where a field's name ends
        if words and (_FIELD_END.search(field) or at == cuts[-1] or value[:1].isupper()):
            return field, value
    return "", ""


_LOWER_PLURAL = re.compile(r"^[a-z][a-z ]*[a-z](?<!s)s$")


def _clear(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    element = parse_element(match.groupdict().get("t") or match["t2"], quotes, "fill")
    if element is None or (
        element.target.role is None and element.target.text.lower() in _NOT_FIELDS
    ):
        return None  # "empty the cart", "clear the history", "clear the filters": no field
    if not element.quoted and STATEMENT_WORDS.search(element.target.text):
        return None  # "Clear completed is unavailable": a statement about a control so named
    text = element.target.text
    if not element.quoted and element.noun is None and _LOWER_PLURAL.search(text):
        return None  # "clear completed todos", "clear all filters": things, no field
    if element.noun is not None and ELEMENT_NOUNS.get(element.noun) in CHECKABLE_ROLES:
        return one("uncheck", target=element.target, tail=element.tail)
    return _fill(element, "", element.tail)  # never list items: "clear the completed items"


_TYPED_INTO = frozenset({None, "textbox", "searchbox", "combobox", "spinbutton"})


_A_KIND = re.compile(
    r"^(?:the|a|an|all|both)(?: the)? (?:rows?|items?|entry|entries|lines?|records?|cards?"
    r"|checkbox(?:es)?|box(?:es)?)$",
    re.I,
)


def _select(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    parts = _split(match["rest"], _FROM_WORDS)
    if parts is None:
        return None
    raw_value, field = parts
    if MARKED_TEXT.match(raw_value):
        return None  # "select the text in the editor": marking words, no option to choose
    menu = _A_MENU_OPENED.match(field)
    if menu and not quotes.is_quoted(field):
        # "choose Billing from the account menu": opened, then its entry clicked, as "open
        # the account menu and choose Billing" reads; no drop-down list holds it
        opened = Draft("open", target=Target(text=f"{menu['name']} menu"))
        return Parsed((opened, Draft("click", target=Target(text=quotes.value(raw_value)))))
    element = parse_element(field, quotes, "select")
    if element is None or (element.noun in REGIONS and element.noun not in ELEMENT_NOUNS):
        return None  # "choose Checkout in the header" is a click scoped to the header
    if _NTH_OPTION.match(raw_value):
        return None  # "the second option": a position, and options are chosen by name
    if TWO_COUNTS.match(raw_value):
        return None  # "2 adults and 1 child": two choices, which one option is not
    if _ON_A_PAGE.search(raw_value) and not quotes.is_quoted(raw_value):
        return None  # "choose Walnut on the product page for Oak Chair": where, then whose
    if _A_KIND.match(raw_value):
        return None  # "select the rows for Alice and Bob": rows to tick, no option named "rows"
    option = _OPTION_TAIL.match(raw_value)
    value = quotes.value(option["v"] if option else raw_value)
    if not quotes.is_quoted(raw_value) and (value in _NO_OPTION or _ANY_ONE.match(value)):
        return None  # "select an option from Size", "pick a date next Monday": which one?
    if not quotes.is_quoted(raw_value) and A_DAY_SAID.match(f"{value} "):
        return None  # "select tomorrow's date": a day of the run, which no option is named
    if element.target.role == "option":  # "choose Lamp from the suggestions": the one named
        if not element.target.names_kind:
            return None  # "pick Lamp from the Lamp suggestion": an option in an option?
        return one("click", target=Target(text=value, role="option"), tail=element.tail)
    if element.noun is None and match["rest"].endswith(f" for {field}"):
        # "choose Express for shipping": a dropdown, radios or a filter, as the page has it
        group = element.target.model_copy(update={"role": None})
        return one("pick", target=group, value=value, tail=element.tail)
    return one("select", target=element.target, value=value, tail=element.tail)


_A_MENU_OPENED = re.compile(
    r"^(?:the |my |your )?(?P<name>account|user|profile|avatar|hamburger|mobile|context"
    r"|overflow|kebab|actions?) menu$",
    re.I,
)
_ANY_ONE = re.compile(r"^(?-i:an?) ")
_NO_OPTION = UNNAMEABLE | {"a", "an", "the", "any", "some", "option", "options", "default"}


_LEFT_SO = r"(?:leave|keep) (?!me\b)(?P<t>.+?)(?<! is| be)(?<! are) "


def _check_action(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    if match["t"].endswith(" off"):
        return None  # "tick Milk off": an item ticked done, not a box named "Milk off"
    two = _TWO_BOXES.match(match["t"])
    if two and "box" in two["kind"].lower():  # "tick both Terms and Privacy checkboxes": each
        names = (quotes.value(two["a"]), quotes.value(two["b"]))
        return Parsed(tuple(Draft("check", Target(text=n, role="checkbox")) for n in names))
    in_item = tick_in_item("check", match["t"], quotes)
    if in_item is not None:
        return in_item
    element = parse_element(match["t"], quotes, "check")
    return one("check", target=element.target, tail=element.tail) if element else None


_TWO_BOXES = re.compile(rf"^(?:both )?(?:the )?{TWO_OF_A_KIND}$", re.I)


def _uncheck_action(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    in_item = tick_in_item("uncheck", match["t"], quotes)
    if in_item is not None:
        return in_item
    element = parse_element(match["t"], quotes, "check")
    return one("uncheck", target=element.target, tail=element.tail) if element else None


# A page or a part of it looked through for something: never a box to tick ("check the
# box for Terms" ticks it)
_LOOKED_IN = re.compile(
    r"^(?P<place>(?:/|https?://)\S*|(?:the|this|your|my|our) (?:(?:[\w-]+ ){0,2}page|site"
    r"|screen|homepage|home page|cart|results|search results"
    rf"|{'|'.join(sorted(REGIONS, key=len, reverse=True))})) for (?P<x>\S.*)$",
    re.I,
)


# What a thing does, said before the box a statement ends with: never a box's name
_A_STATEMENT_INSIDE = re.compile(
    r"\b(?:opens|closes|appears|shows|displays|loads|contains|has|have|includes|lists"
    r"|returns|responds)\b"
    r"(?: (?:up|with|a|an|the)\b)?",
    re.I,
)
# An address, or the site itself, said alone
_A_PLACE_ALONE = re.compile(
    r"^(?:\S*[./]\S*|(?:the |our |your )?(?:home ?page|front page|site|website))$", re.I
)


def _check(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "check": an assertion when it states something, else the tick of a box."""
    rest, lead = match["rest"], (match["q"] or "").lower()
    if _PARTICLE.match(rest):
        return None  # "check out", "check in": other verbs altogether
    if lead == "for":  # "check for Bob in the table", as "look for" reads it
        # "check for Email is required", "check for You're subscribed": a message, spelled
        # as the page shows it
        return looked_for(rest, quotes, strict=not literal(rest, quotes.value(rest)))
    if _PERSON.match(rest):  # "check we get Invalid credentials": a statement, never a box
        return parse_assertion(rest, quotes, bare=False)
    looked_in = _LOOKED_IN.match(rest) if not lead else None
    if looked_in:  # "check /status for 'All good'", "check the footer for a Privacy link"
        place, wanted = looked_in["place"], looked_in["x"]
        return parse_assertion(f"{place} shows {wanted}", quotes, bare=False)
    if lead:
        return parse_assertion(rest, quotes, bare=True)
    stated = parse_assertion(rest, quotes, bare=False)
    if stated is not None:
        return stated
    if _PRONOUN_SAID.match(rest):
        return None  # "check it persists": a statement about something said before
    if _A_PLACE_ALONE.match(quotes.value(rest)):
        # "check /pricing", "check the homepage": that it loads, never a box named so
        loads = parse_assertion(f"{rest} loads", quotes, bare=False)
        opened = loads is not None and all(d.action == "goto" for d in loads.drafts)
        return loads if opened else None
    if _A_COUNT_SHOWN.match(quotes.value(rest)):  # "check 3 items left": as "verify" reads it
        return exists(rest, quotes, strict=True)
    statement = (
        STATEMENT_WORDS.search(rest)
        or _STATED.search(rest)
        or _SAYING.search(rest)
        or _SAID_OF.search(rest)
    )
    in_item = None if statement else tick_in_item("check", rest, quotes)
    if in_item is not None:
        # "check the 'Buy milk' todo": ticked, as "tick" says; never "check the task Pay
        # rent shows a due date", a statement no reading understood
        return in_item
    element = parse_element(rest, quotes, "check")
    if element is None:
        return None
    noun = element.noun or ""
    ticks = ELEMENT_NOUNS.get(noun) in CHECKABLE_ROLES or noun in _TICKED_NOUNS
    if noun == "box" and _TYPED_IN.match(element.target.text):
        ticks = False  # "check the search box": a box typed in, which is there or not
    name = element.target.text
    if not element.quoted and not name[:1].isupper() and _A_STATEMENT_INSIDE.search(name):
        # "check the help panel opens with a search box", "check /api/version returns JSON
        # with a version field": a statement, never a box or a field so named
        return None
    if ticks and element.target.role in CHECKABLE_ROLES:
        return one("check", target=element.target, tail=element.tail)
    if element.determiner or element.noun is not None:
        return exists(rest, quotes, strict=True)  # "check the Sign out button": is it there
    if statement or _HOW_MANY.search(_SLOT.sub("", rest)):
        return None  # "check dashboard shown", "check Ada appears before Bob": statements
    if rest in REGIONS or rest in _PARTS_LOOKED_AT:
        # "check logo, check nav": that it is there; never a box named so ("check hero":
        # a part that is there, though what it should show no words say, is refused)
        return parse_assertion(f"the {rest} is visible", quotes, bare=False)
    if _A_FEATURE_TRIED.match(rest):
        return None  # "check checkout with PayPal": a journey to try, which no box names
    return one("check", target=element.target, tail=element.tail)


# What a feature is tried with, said after "check": never the label of a box
_A_FEATURE_TRIED = re.compile(
    r"^(?-i:[a-z])[\w -]* with (?:a |an |the |my |some )?(?-i:[a-z])"
    r"|^(?:checkout|search|signup|sign-?up|login|log-?in|sign-?in|password reset"
    r"|registration|onboarding|payment)\b",
    re.I,
)


# Parts of a page a note says to look at, which are never a box named so
_PARTS_LOOKED_AT = frozenset(
    {"hero", "banner", "carousel", "slider", "logo", "layout", "breadcrumbs", "breadcrumb"}
)


FORM_RULES: tuple[Rule, ...] = (
    # "click New key, name it monitor-1": what is made is named in its Name field
    rule(
        r"^(?P<f>name|call|title) it (?P<v>\S.*)$",
        lambda m, q: _typed(
            parse_element("title" if m["f"].lower() == "title" else "name", q, "fill"),
            m["v"],
            q,
            _value_tail(m["v"], q),
        ),
    ),
    # "accept the terms", "agree to the Terms of Service": the box that says so, ticked
    rule(
        r"^(?:accept|agree to|agree with|consent to) (?:the |all )?(?P<t>terms(?: (?:and|&)"
        r" conditions| of (?:service|use))?|t&cs?|conditions|licen[cs]e(?: agreement)?|eula)"
        r"(?: (?:checkbox|box))?$",
        lambda m, _q: one("check", target=Target(text=m["t"], role="checkbox"), tail="free"),
    ),
    rule(
        r"^(?:fill(?: in| out)?|complete|populate|replace)"
        r" (?P<t>.+?(?: with (?:the )?placeholder(?: text)? \S+)?) with (?P<v>.+)$",
        _fill_with,
    ),
    rule(
        r"^(?:type|enter|input|write|put(?: in)?|paste|insert|key in|fill(?: in| out)?"
        # "use the code SAVE10 in the Coupon field": typed there
        r"|use(?= .+ in (?:the|a|an) .*\b(?:field|box|input)$))"
        r" (?P<rest>.+)$",
        _type,
    ),
    rule(
        r"^(?:set|change|update|switch) (?P<rest>(?!to ).+ to .+|[^=]+[^= ] ?= ?[^= ][^=]*)$"
        # "increase the quantity to 3": the field set to that number, however it gets there
        r"|^(?:increase|decrease|raise|lower|reduce) (?P<more>(?!to ).+ to \d+)$",
        _set,
    ),
    rule(r"^use (?P<v>.+?) (?:as|for) (?P<t>.+)$", _fill_with),
    rule(r"^(?:clear|empty)(?: out)? (?P<t>.+)$", _clear),
    # "leave the email blank": whatever it holds is cleared, so that it is blank when sent
    rule(
        r"^(?:leave|keep) (?P<t>.+?) (?:blank|empty|unfilled)$"
        r"|^let (?P<t2>.+?) (?:be|stay|remain) (?:blank|empty|unfilled)$",
        _clear,
        final=True,
    ),
    rule(r"^(?:select|choose|pick) (?P<rest>.+)$", _select),
    rule(
        r"^(?:check|double[- ]check)(?: (?P<q>that|if|whether|to see if|to see that|to make sure"
        r"|for))? (?P<rest>.+)$",
        _check,
        final=True,
    ),
    rule(
        # "mark the invoice as paid": a state no box says, unlike "mark Milk as done"
        r"^(?:tick|mark(?!.* as \w)|enable|turn on|switch on|toggle on|flip on|opt in to|opt into)"
        r" (?P<t>.+)$",
        _check_action,
    ),
    rule(r"^(?:turn|switch|toggle|flip) (?P<t>.+) on$", _check_action),
    rule(
        r"^(?:uncheck|un-check|untick|un-tick|deselect|de-select|unselect|disable|turn off"
        r"|switch off|toggle off|flip off|opt out of) (?P<t>.+)$",
        _uncheck_action,
    ),
    rule(r"^(?:turn|switch|toggle|flip) (?P<t>.+) off$", _uncheck_action),
    # "leave the Newsletter box unticked": unticked when the form is sent, whatever it was
    # ("Keep me signed in is ticked": a box so named, said to be ticked)
    rule(rf"^{_LEFT_SO}(?:ticked|checked|on)$", _check_action),
    rule(rf"^{_LEFT_SO}(?:unticked|unchecked|off)$", _uncheck_action),
)
