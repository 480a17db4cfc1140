"""Read a list of names in a check ("Home, Shop and Contact"): each name is checked.

A list is three names or more with commas ("A, B and C"), or names after a plural kind
("the headings Features and Pricing", "links to Blog and Careers") or before one ("Save and
Cancel buttons", "the Previous/Next links"). Two plain names joined
by "and" stay one name ("Terms and Conditions"): splitting them would check less.

Names that must not show may be joined by "or" ("doesn't show Error or Warning", "neither
Error nor Warning"): none of them shows, which checks no less than the words read whole.
"""

from __future__ import annotations

import re

from housecat.plan.grammar.quotes import OPEN, Quotes
from housecat.plan.grammar.words import ELEMENT_NOUNS, LEAKED

_CUT = re.compile(r",? and |, ", re.I)
# A plural kind before names: "the headings", "links to", "the buttons"
_KINDS = "|".join(sorted((re.escape(noun) for noun in ELEMENT_NOUNS), key=len, reverse=True))
_PLURAL_KIND = re.compile(
    rf"^(?:the |both (?:the )?)?(?P<kind>{_KINDS})s(?: (?:to|for|named|called|labell?ed))? "
    r"(?P<names>\S.*)$",
    re.I,
)
# ... or after the names, in lower case: "Home, Blog and About links", "Save and Cancel buttons"
_KIND_LAST = re.compile(rf"^(?P<names>\S.*) (?P<kind>{_KINDS})s$")
_LEVELLED = re.compile(r"\b(h[1-6]) headings\b", re.I)
_IN_ORDER = re.compile(r" in (?:that|this|the same|alphabetical|reverse) order$", re.I)
_NAME = re.compile(r"^(?:[A-Z0-9]|\{\{)\S*(?: \S+){0,3}$")
_A_KIND_LAST = re.compile(rf" (?:{_KINDS})s?$")
# Names a slash joins: "Previous/Next", "Prev / Next"
_SLASHED = re.compile(r"^[\w'-]+(?: [\w'-]+)?(?: ?/ ?[\w'-]+(?: [\w'-]+)?)+$")
_NEITHER = re.compile(r"^neither (?P<names>\S.*? nor \S.*)$", re.I)
_OR_CUT = re.compile(r",? (?:or|nor) |, ", re.I)


def listed(text: str, quotes: Quotes) -> tuple[str | None, list[str]] | None:
    """Return the kind (or None) and the names a list holds; None when it is not a list."""
    text = _LEVELLED.sub(r"\1s", text.strip(" ,.;:!?"))  # "the h2 headings": "the h2s"
    if _IN_ORDER.search(text):
        return None  # "Milk, Eggs and Bread in that order": an order, which names cannot check
    plural = _PLURAL_KIND.match(text) or _KIND_LAST.match(text)
    if plural and _SLASHED.match(plural["names"]):  # "the previous/next links": two links
        slashed = re.sub(r"^(?:the|both) ", "", plural["names"], flags=re.I).split("/")
        return plural["kind"].lower(), [name.strip() for name in slashed]
    names = _names(plural["names"] if plural else text, quotes, at_least=2 if plural else 3)
    if names is None:
        return None
    return (plural["kind"].lower() if plural else None), names


def none_of(text: str, quotes: Quotes) -> list[str] | None:
    """Return the names of "A or B", "A, B or C" and "neither A nor B", none of which may
    show; None when the words are not such a list of names."""
    text = text.strip(" ,.;:!?")
    neither = _NEITHER.match(text)
    if neither:
        text = neither["names"]
    elif " or " not in text or " nor " in text:
        return None
    parts = [part.strip() for part in _OR_CUT.split(text)]
    if not all(
        quotes.is_quoted(part) or LEAKED.match(part) or (OPEN not in part and _NAME.match(part))
        for part in parts
    ):
        return None
    if any(_A_KIND_LAST.search(part) for part in parts):
        return None  # "no Login link or Sign up button": controls, never the words "Login link"
    return [quotes.value(part) for part in parts]


def _names(text: str, quotes: Quotes, *, at_least: int) -> list[str] | None:
    parts = [part.strip() for part in _CUT.split(text)]
    if len(parts) < at_least or ("," not in text and at_least > 2):
        return None
    if all(_A_KIND_LAST.search(part) for part in parts):
        return None  # "Username field, Password field and Sign in button": elements, no words
    if not all(
        quotes.is_quoted(part) or (OPEN not in part and _NAME.match(part)) for part in parts
    ):
        return None
    return [quotes.value(part) for part in parts]
