"""Read a value an item labels: "Ada's status is Active", "the role of Alice", "the Status
column for Ada", "Order #1042 has status Shipped". Each is a check of the value her row
or card labels so (see browser/labels.py), never of whatever else her item shows.
"""

from __future__ import annotations

import re

from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes
from housecat.plan.grammar.seen import expected
from housecat.plan.grammar.target import (
    ADDRESS,
    KIND_AND_NUMBER,
    by_code,
    by_number,
    item_named,
    joins_names,
)
from housecat.plan.grammar.types import Parsed, one
from housecat.plan.grammar.words import (
    ELEMENT_NOUNS,
    NAME_FIRST,
    ORDINAL,
    REGIONS,
    ROW_BY_NUMBER,
    record_name,
)
from housecat.plan.models import IDENTIFIER, Target

# "the role of Alice", "the due date of Invoice 12": a value her item labels so. The words
# of a place or of a kind are no label ("the top of", "the row of").
_CONTAINER = re.compile(r"(?:row|card|item|entry|line|listing) (?:for|of|with) ")
# "web-1", "db_primary": a name a system gives, in its own lower case (as `names_content`
# tells it from a part of the page: "api-server" may be a class naming one)
_IDENTIFIER = IDENTIFIER.pattern
_ITEM = rf"(?:(?:[A-Z0-9#]|{OPEN}).*|{KIND_AND_NUMBER}|{ADDRESS}|{_IDENTIFIER})"
# "the Ada row", "the web-1 card": an item by its name, then its kind
_NAMED_CONTAINER = (
    rf"(?P<n>(?:[A-Z0-9#]|{OPEN})\S*(?: \S+)*?|{_IDENTIFIER})"
    r" (?:row|card|item|entry|line|listing|tile)"
)
_NAME_THEN_CONTAINER = re.compile(f"^{_NAMED_CONTAINER}$")
_LABEL_OF = re.compile(
    r"^(?i:the )?(?P<f>[a-z][\w-]*(?: [a-z][\w-]*)?|[A-Z][\w-]*)"
    rf" (?:of|for|on|(?i:column) (?:for|of)) (?i:the )?"
    # "the status of the row for Ada": of her row
    rf"(?P<x>{_ITEM}|{_CONTAINER.pattern}{_ITEM}|{_NAMED_CONTAINER})$"
)
# A value drawn as a badge, pill or chip on an item: "the status badge on Order #1042"
_DRAWN_AS = re.compile(
    r"^(?P<f>(?:the )?(?!(?:the|a|an|this|that)\b)[a-z][\w-]*)"
    r" (?:badge|pill|chip|tag) (?:on|of|for) (?=\S)",
    re.I,
)
# "the Status column": a label a check may read in an item's row
_COLUMN = re.compile(r"^(?:the )?(?P<f>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?) column$", re.I)
_NO_LABELS = frozenset({
    "top", "bottom", "end", "side", "middle", "rest", "start", "beginning", "front", "back",
    "list", "number", "one", "all", "some", "each", "any", "none", "most", "both", "name",
    "names", "part", "parts", "kind", "type", "page", "screen", "site", "text", "placeholder",
    "color", "colour", "url", "heading", "label", "tooltip", "background", "font", "style",
    "content", "contents", "homepage", "website", "app", "home", "landing",
})  # fmt: skip
# "the subtotal of my cart", "the status of the booking": the value labelled so in that part
# of the page, never any figure the part shows ("Subtotal $40" is not the order's total)
_HELD = re.compile(
    r"^(?:the )?(?P<f>[a-z][\w-]*(?: [a-z][\w-]*)?) of (?:the|my|your|our|this)"
    r" (?P<x>(?:[a-z]+ )?(?:order|cart|basket|bag|invoice|booking|reservation|subscription"
    r"|account|plan|purchase|quote|receipt|summary))$",
    re.I,
)
_OWNED = re.compile(
    # "The product's price": a kind, said at a sentence's start, never a name
    r"^(?:[Tt]he )?(?!(?:The|A|An|This|That|My|Your|Our|Their|Its|His|Her)\b)"
    rf"(?P<x>[A-Z][\w-]*(?: (?:[A-Z]|#?\d)[\w-]*)*(?: [a-z]+)?|{OPEN}\d+{CLOSE}"
    rf"|{KIND_AND_NUMBER}|{ADDRESS})['’]s"  # "order #1042's status"
    r" (?P<f>[a-z][\w-]*(?: [a-z][\w-]*)?|[A-Z][a-z]+|[A-Z]+)$"
)
_HELD_OWNED = re.compile(
    r"^(?:the|my|your|our) (?P<x>(?:[a-z]+ )?(?:order|cart|basket|bag|invoice|booking"
    r"|reservation|subscription|account|plan|purchase|quote|receipt|summary))['’]s"
    r" (?P<f>[a-z][\w-]*(?: [a-z][\w-]*)?)$",
    re.I,
)
# "the Pro plan price", "the API status": a name, then what of it is told (a kind said
# after the name, "plan", is no word its item need show)
_NAMED_THEN_ITS = re.compile(
    r"^[Tt]he (?!(?:The|A|An|This|That|My|Your|Our|Their|Its|His|Her)\b)"
    r"(?P<x>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})(?: (?:plan|product|service|tier|item))?"
    r" (?P<f>price|cost|status)$"
)
# "the cell under Price for Blue Mug", "the Price cell of Blue Mug": its row's Price cell
_CELL_OF = re.compile(
    r"^(?:the )?(?:cell|value) (?:under|in|below) (?:the )?"
    r"(?P<f>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)(?: column)? (?:for|of) (?P<x>.+)$"
    r"|^(?:the )?(?P<g>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?) cell (?:for|of) (?P<y>.+)$",
    re.I,
)
_HAS_VERB = re.compile(r"\b(?:has|have)\W*$", re.I)
_HAS_LABEL = re.compile(
    rf"^(?:(?:a|the) )?(?!(?:a|an|the)\b)(?P<f>[a-z][\w-]*) (?P<to>of |set to )?"
    rf"(?P<v>(?:[A-Z0-9$£€#]|{OPEN}).*)$"
)
# "has the Admin role": the value before its label, for the labels a person or an order has
_LABEL_AFTER = re.compile(
    r"^(?:(?:a|an|the) )?(?P<v>(?-i:[A-Z0-9])[\w-]*(?: (?-i:[A-Z0-9])[\w-]*)*)"
    r" (?P<f>role|status|plan|tier|level)$"
)
# "row 'Ada'", "the Ada row", "the card Pro": an item by the words it shows
_A_ROW = re.compile(
    r"^(?:(?i:the) )?(?:(?i:row|card|entry|line) (?!(?:for|of|with)\b)(?P<a>\S.*)"
    r"|(?P<b>\S.*?) (?i:row|card|entry))$"
)
_ROW_NAME = re.compile(
    rf"^(?:[A-Z]|{OPEN}|{_IDENTIFIER}$)(?!.*['’]s\b)(?!.*\b{ORDINAL}\b)"  # or "web-1"
)
# "the first row", "the latest order": a thing by its place, of any kind
_NTH_ROW = re.compile(
    rf"^(?:the )?(?:{ORDINAL}|most recent|latest|newest|oldest) (?i:[a-z][\w-]*)$"
)

_KIND_NUMBERED = re.compile(rf"^(?:the )?{KIND_AND_NUMBER}$", re.I)


def label_of_a_row(subject: str, value: str, verb: str) -> bool:
    """Tell "row 3 has status Paid", "the first row has status Paid": a labelled value of
    a row by its place, which no words of the row name (refused, never "status Paid")."""
    by_place = _NTH_ROW.match(subject) or ROW_BY_NUMBER.match(subject)
    # "the order 1042", "the row #3": by a number its row may say otherwise ("#1042")
    by_place = by_place or _KIND_NUMBERED.match(subject)
    verbs = _HAS_VERB.search(verb) or _VALUE_VERB.search(verb)
    return bool(by_place and verbs and _HAS_LABEL.match(value))


_VALUE_VERB = re.compile(r"\b(?:says?|reads?|shows?|displays?)\W*$", re.I)


def item_said(words: str, quotes: Quotes) -> str | None:
    """The name of an item said as "the row for Ada", "Ada's card" or "the Pro card"."""
    named = item_named(words, quotes)
    if named is not None:
        return named
    container_last = _NAME_THEN_CONTAINER.match(re.sub(r"^the ", "", words, flags=re.I))
    return quotes.value(container_last["n"]) if container_last else None


def owned_as_of(subject: str) -> str:
    """Say "Oak Desk's price" as "the price of Oak Desk", "the cart's total" as "the total of
    the cart", "the Price cell for Oak Desk" as "the Price of Oak Desk"; any other subject as
    it is."""
    cell = _CELL_OF.match(subject)
    if cell:
        return f"the {cell['f'] or cell['g']} of {cell['x'] or cell['y']}"
    owned = _OWNED.match(subject)
    if owned:
        return f"the {owned['f']} of {owned['x']}"
    held = _HELD_OWNED.match(subject)
    if held:
        return f"the {held['f']} of the {held['x']}"
    named = _NAMED_THEN_ITS.match(subject)
    return f"the {named['f']} of {named['x']}" if named else subject


def labelled_value(subject: str, quotes: Quotes) -> Target | None:
    """Read "the status of Ada" (or "Ada's status") as the value labelled "status" in the
    item that shows Ada (`within`): her row's cell in the Status column, or the words after
    "Status" in her card."""
    # "the status badge on order #1042": its status, however the page draws it
    of = _LABEL_OF.match(_DRAWN_AS.sub(r"\g<f> of ", owned_as_of(subject), count=1))
    if of is None:
        return None
    label = of["f"]
    if not _is_label(label) or joins_names(of["x"], quotes) or ROW_BY_NUMBER.match(of["x"]):
        return None  # "the status of row 3": of the third row, which no words of it name
    # "of Ada's row", "of the row for Ada": Ada
    name = item_said(of["x"], quotes) or quotes.value(_CONTAINER.sub("", of["x"], count=1))
    name = by_code(name) or name  # "the amount of invoice INV-002": of INV-002
    return Target(text=label, within=name) if name.strip() else None


def placed_too(owner: str, quotes: Quotes) -> bool:
    """Tell "Oak Chair in the cart": an item and a place, which one name is not."""
    return not quotes.is_quoted(owner) and bool(_PLACED.search(owner))


_PLACED = re.compile(r" (?:in|on|inside|within|under) (?:the|my|your|our) ", re.I)


def held_value(subject: str) -> Target | None:
    """Read "the total of my order" as the value labelled "total" in the order, a part of
    the page (`within`)."""
    held = _HELD.match(subject)
    if held is None or not _is_label(held["f"]):
        return None
    return Target(text=held["f"].lower(), within=held["x"].lower())


def _is_label(label: str) -> bool:
    """Whether words can label a value: "the top of", "the row of" say a place or a kind."""
    words = label.lower().split(" ")
    return words[0] not in _NO_LABELS and not any(
        word in ELEMENT_NOUNS or word in REGIONS for word in words
    )


def has_label(value: str) -> re.Match[str] | None:
    """What "has" says an item is labelled: "status Shipped", "the Admin role"; never "a
    green Success badge" (how a thing looks, then what it is)."""
    said = _HAS_LABEL.match(value)
    if said and said[0].startswith("a ") and not said["to"]:
        return None
    return said or _LABEL_AFTER.match(value)


def said_of_item(
    subject: str, value: str, verb: str, placed: re.Match[str] | None, quotes: Quotes
) -> Parsed | None:
    """Read a value an item labels, said with a verb: "Ada's status reads Active", "Ada's
    row shows Active in the Status column", "Order #1042 has status Shipped"."""
    # "Order #1042", "the order #1042", "bob@x.io": a thing by its number or address is
    # named too
    numbered = re.sub(r"^the (?=[a-z]+ \S+$)", "", subject, flags=re.I)
    named = bool(NAME_FIRST.match(subject) or re.fullmatch(ADDRESS, subject))
    named = named or subject.startswith(OPEN) or by_number(numbered)
    owner = item_named(subject, quotes) or by_code(numbered) or (numbered if named else None)
    record = None if owner else record_name(subject)
    if record and not record["q"][:1].isdigit():  # "the project Apollo has status Active":
        owner = quotes.value(record["q"])  # Apollo's ("the order 1042" may say "#1042")
    column = _COLUMN.match(placed["scope"]) if placed else None
    # "has status Shipped", and "shows status Shipped": the value labelled so, never the
    # words "status Shipped", which a row showing "Status: Shipped" does not say
    had = has_label(value) if _HAS_VERB.search(verb) or _VALUE_VERB.search(verb) else None
    row = _A_ROW.match(subject) if had else None
    if row:  # "row 'Ada Lovelace'", "the Ada Lovelace row": the row that says those words
        words = re.sub(r"(?<=\w)['’]s$", "", row["a"] or row["b"])  # "Alice's row": Alice's
        owner = quotes.value(words) if _ROW_NAME.match(words) else None
    if placed and column and owner:
        target, value = labelled_value(f"the {column['f']} of {owner}", quotes), placed["x"]
    elif _VALUE_VERB.search(verb) and (labelled_value(subject, quotes) or held_value(subject)):
        # "Ada's status reads", "the total of my order shows"
        target = labelled_value(subject, quotes) or held_value(subject)
    elif had and owner and "," not in owner:  # "Under Team, Bob": a place, then whose
        target, value = labelled_value(f"the {had['f']} of {owner}", quotes), had["v"]
    else:
        return None
    text = expected(value, quotes) if target else None
    return one("expect_text", target=target, value=text) if text else None
