"""Find words a check expects as whole words: "Paid" is not in "Unpaid", nor "$49" in "$499".

Playwright's loose text matching is case-insensitive containment, which would let a check
pass on a longer word or number that merely contains the one expected. Checks that
something *is* shown match the expected words whole instead; checks that something is
*not* shown keep containment, the stricter side for an absence. Patterns are written in
the shared subset of Python's and JavaScript's regular expressions, as selectors a run
records and replays.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from itertools import pairwise

_LETTER = "A-Za-z0-9_\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u097f"
_WORD_EDGE = re.compile(f"[{_LETTER}]")
# Characters with a meaning in a JavaScript regular expression, and the slash that ends one.
_SPECIAL = re.compile(r"([\\^$.*+?()\[\]{}|/-])")


# An arrow between names is a path ("Home > Docs"), which pages draw with any separator,
# or with one drawn by a style sheet, which their text does not hold: "Home / Docs",
# "Home › Docs", "HomeDocs". A slash or a bar said in the goal stays itself ("1 / 3").
_ARROWS = frozenset({">", "›", "»", "→", "->", "=>"})
_ANY_SEPARATOR = r"\s*(?:(?:[>›»→\/|·]|->|=>)\s*)?"


def contained(text: str) -> str:
    """A case-insensitive pattern source for `text` anywhere, any spacing inside."""
    words = text.split()
    tokens = [
        _ANY_SEPARATOR
        if word in _ARROWS and 0 < i < len(words) - 1
        else _SPECIAL.sub(r"\\\1", word)
        for i, word in enumerate(words)
    ]
    pattern = tokens[0] if tokens else ""
    for before, token in pairwise(tokens):
        pattern += token if _ANY_SEPARATOR in (before, token) else r"\s+" + token
    return pattern


# Labels pages shorten: "Qty" is the quantity, "Tel" the phone number
_SHORT_LABELS = {
    "quantity": ("qty", "qty."),
    "phone": ("tel", "tel.", "telephone"),
    "telephone": ("tel", "tel.", "phone"),
    "email": ("e-mail",),
    "amount": ("amt", "amt."),
}


def label_words(label: str, pattern: Callable[[str], str] = contained) -> str:
    """A pattern source for a label and the short forms pages write it in."""
    forms = (label, *_SHORT_LABELS.get(label.lower(), ()))
    return "(?:" + "|".join(pattern(form) for form in forms) + ")"


# A word after a prefix and a hyphen is another word ("Non-refundable" is not "refundable",
# nor "Sub-total" "total"), in the page's words and in its ids and classes.
PREFIXES = ("sub", "pre", "non", "un", "re")
_UNPREFIXED = "".join(rf"(?<!\b{prefix}-)" for prefix in PREFIXES)


# An amount in whole units, and one with no cents: "$25" is what "$25.00" shows, and the
# other way round; never "$25.50"
_WHOLE_AMOUNT = re.compile(r"^[$£€¥]\d[\d,]*$")
_ZERO_CENTS = re.compile(r"^[$£€¥]\d[\d,]*[.,]00$")
_ANY_ZERO_CENTS = "(?:[.,]00)?"
_AMOUNT = re.compile(r"^[$£€¥]?\d")


def whole_words(text: str) -> str:
    """A case-insensitive pattern source for `text` as whole words, any spacing inside."""
    words = text.split()
    if not words:
        return contained(text)
    cents = ""
    if _ZERO_CENTS.match(words[-1]):
        words[-1], cents = words[-1][:-3], _ANY_ZERO_CENTS
    elif _WHOLE_AMOUNT.match(words[-1]):
        cents = _ANY_ZERO_CENTS
    body = contained(" ".join(words)) + cents
    if _AMOUNT.match(words[0]):
        # "$45" is not "-$45", nor "5" "−5": a sign is part of an amount ("ABC-45" is a code)
        body = f"(?<!(?<![{_LETTER}])[-\u2212])" + body
    if _WORD_EDGE.match(words[0][0]):
        body = f"(?<![{_LETTER}]){_UNPREFIXED}" + body
        if words[0][0].isdigit():  # "5 stars" is not in "4.5 stars"
            body = "(?<!\\d[.,])" + body
    if _WORD_EDGE.match(words[-1][-1]):
        # "$49" ends before a letter, a digit, or a decimal part ("$49.99"); an address
        # before more of itself ("ada@x.io" is not "ada@x.io.au")
        dotted = "|\\.[A-Za-z]" if re.search(r"[.@]", words[-1]) else ""
        body += f"(?![{_LETTER}]|[.,]\\d{dotted})"
    return body


# A page saying it found nothing echoes the words looked for ("No results for 'pizza'"):
# such a sentence never shows that those words were found.
_NONE_OF = re.compile(r"(?:no|0|zero|none)\b", re.I)
NOTHING_FOUND = (
    r"\b(?:no|0|zero)\s+(?:results?|matches|items|products|entries|records|hits)\b"
    r"|\bnothing\s+(?:was\s+)?found\b|\bnot\s+found\b|\bno\s+\w+(?:\s+\w+)?\s+found\b"
    r"|\bdid\s*n[o']t\s+match|\bcould\s*n[o']t\s+find\b"
)


# An item of a list that only says the list has nothing in it ("No results found", "No data
# available in table", "Your cart is empty", "Loading…"): no item at all. It must say so from
# its first words, so that an item named "Widget (not found in store)" is still one. Written
# for both Python and page scripts.
_LEAD = r"^\W*(?:(?:sorry|oops)\W+)?(?:(?:we|i)\s+)?"
EMPTY_NOTE = (
    _LEAD + r"(?:(?:no|0|zero)\s+(?:results?|matches|items|products|entries|records|hits|data)\b"
    r"|no\s+(?:\w+\s+){0,3}?(?:found|available|yet|to\s+(?:show|display)|here|matching)\b"
    r"|nothing\s+(?:was\s+)?(?:found|here|to\s+(?:show|display)|yet)\b|not\s+found\b"
    r"|(?:could|did)\s*n[o'\u2019]?t\s+(?:find|match)\b"
    r"|your\s+(?:search|query|filters?)\s+(?:returned\s+(?:no|0)|did\s*n[o'\u2019]?t\s+match)\b"
    r"|(?:(?:the|your|this)\s+)?\w+\s+is\s+empty\b|(?:loading|searching|fetching)\b"
    r"|please\s+wait\b)"
)


# Words before the ones a check expects that deny them: "No reviews yet", "Not logged in",
# "not yet verified", "You haven't subscribed", "no longer available".
_DENIED = (
    r"\b(?:no|0|zero|not|never|cannot|no\s+longer|\w+n['’]t)\s+"
    r"(?:(?:yet|been|be|currently)\s+)?"
)


# Words before the ones a check expects that echo a query: "3 results for 'rate limits'",
# "You searched for lamp", "Did you mean lamps?" say what was asked, never what was found.
_ECHOED = (
    r"\b(?:(?:results?|matches|hits)(?:\s+found)?\s+(?:for|matching|containing)"
    r"|search(?:ed|ing)?\s+for|search(?:ed)?\s*:|showing(?:\s+results)?\s+for|did\s+you\s+mean)"
    r"\s*:?\s*[\"'“‘«]?\s*"
)


def not_shown_by(text: str) -> str | None:
    """What a sentence says when it does not show `text` though it holds it: that nothing
    was found, that there is none of it ("No reviews yet" shows no reviews), that it is
    not so ("Not logged in"), or that it was asked for ("Results for lamp"). None when
    `text` says so itself ("No results found")."""
    if re.search(NOTHING_FOUND, text, re.I) or _NONE_OF.match(text):
        return None
    denied = rf"(?:{_DENIED}|{_ECHOED}){contained(text)}(?![{_LETTER}])"
    return rf"{NOTHING_FOUND}|{denied}"


# A control whose name denies the words is not the control they name: "Don't remember me"
# is no "Remember me" box, nor "Do not send me emails" "Send me emails". (Page scripts'
# regular expressions look behind any length; Python's do not: these are for the page only.)
_UNDENIED = r"(?<!\b(?:no|not|never|cannot|\w+n[\x27\u2019]t)\s+)"  # quotes unquoted


def undenied_words(text: str) -> str:
    """A case-insensitive pattern source for `text` as whole words, not denied."""
    return _UNDENIED + whole_words(text)


def text_selector(text: str) -> str:
    """A selector for the elements whose text holds `text` as whole words, unless they say
    that nothing was found."""
    selector = f"internal:text=/{whole_words(text)}/i"
    excluded = not_shown_by(text)
    return f"{selector} >> internal:has-not-text=/{excluded}/i" if excluded else selector


def has_text_selector(text: str) -> str:
    """A selector that keeps the elements, among those before it, that hold `text` whole
    and not denied ("Don't remember me" does not hold "Remember me")."""
    return f"internal:has-text=/{undenied_words(text)}/i"


def alone_selector(text: str) -> str:
    """A selector for the elements that say `text` and nothing else ("Bob", "Bob:", never
    "Backup: Bob")."""
    return f"internal:text=/^[^a-z0-9]*{whole_words(text)}[^a-z0-9]*$/i"


def holding_words_selector(text: str, *, alone: bool = False) -> str:
    """A selector that keeps the elements, among those before it, with an element inside
    that shows `text` whole and not denied: a table row holds "Bob" in a cell, and "Bobby"
    in none; with `alone`, an element that says nothing else."""
    inside = alone_selector(text) if alone else f"internal:text=/{undenied_words(text)}/i"
    return "internal:has=" + json.dumps(inside)


def label_selector(text: str) -> str:
    """A selector for the controls whose label holds `text` as whole words, not denied."""
    return f"internal:label=/{undenied_words(text)}/i"


def code_name_selector(text: str) -> str | None:
    """A selector for the fields a page names only in its code, by their name or id:
    "the email field" is `<input name="email">`, "first name" `id="first_name"`."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    if not words or len(words) > 3:
        return None
    spellings = sorted({"_".join(words), "-".join(words), "".join(words)})
    return ", ".join(
        f"{tag}[{attribute}='{spelling}' i]"
        for tag in ("input:not([type=hidden])", "textarea", "select")
        for attribute in ("name", "id")
        for spelling in spellings
    )


def role_selector(role: str, name: str) -> str:
    """A selector for elements of a role whose accessible name holds `name` as whole words,
    not denied."""
    return f"internal:role={role}[name=/{undenied_words(name)}/i]"
