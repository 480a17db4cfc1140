"""Read keys and repetition: key names and chords, and "twice" or "3 times" after a step."""

from __future__ import annotations

import re

from housecat.plan.grammar.quotes import Quotes
from housecat.plan.grammar.types import Parsed, one
from housecat.plan.grammar.words import NUMBER, to_number

# Keys people name when they mean the key itself ("press Enter", "hit return"), each with
# the name the browser gives it.
_DIRECTIONS = ("up", "down", "left", "right")
KEYS = {
    "enter": "Enter",
    "return": "Enter",
    "tab": "Tab",
    "escape": "Escape",
    "esc": "Escape",
    "space": "Space",
    "spacebar": "Space",
    "space bar": "Space",
    "backspace": "Backspace",
    "back space": "Backspace",
    "page up": "PageUp",
    "pageup": "PageUp",
    "page down": "PageDown",
    "pagedown": "PageDown",
    # "press slash": the key many sites focus their search with
    "slash": "/",
    "forward slash": "/",
    **{f"{d} arrow": f"Arrow{d.title()}" for d in _DIRECTIONS},
    **{f"arrow {d}": f"Arrow{d.title()}" for d in _DIRECTIONS},
    **{f"arrow{d}": f"Arrow{d.title()}" for d in _DIRECTIONS},
    **{f"f{n}": f"F{n}" for n in range(1, 13)},
}
# Keys that are also common button names ("Delete", "Home"): keys only when the user says
# "key", names a chord, or repeats them ("press End twice").
KEYS_NAMED_AS_KEYS = {
    "delete": "Delete",
    "del": "Delete",
    "home": "Home",
    "end": "End",
    "insert": "Insert",
    **{d: f"Arrow{d.title()}" for d in _DIRECTIONS},
}
_MODIFIERS = {
    "ctrl": "Control",
    "control": "Control",
    "cmd": "Meta",
    "command": "Meta",
    "meta": "Meta",
    "alt": "Alt",
    "option": "Alt",
    "shift": "Shift",
}
# One-word keys that are seldom the first word of a button: after "press", a name opening
# with one and going on in lower case is a key with words we cannot place ("press Enter
# now", "press Tab Tab"), not a button to click; "press Enter Site" still clicks.
_KEY_WORDS = frozenset(name for name in KEYS if " " not in name and not name.startswith("f"))

# No one presses a key more than this many times in a monitored journey; more is a typo.
MOST_REPEATS = 20
_PRESS = re.compile(
    r"^(?:press|hit|push|strike|type)(?: on)? (?:the )?(?P<key>.+?)(?: keys?)?$", re.I
)
_ROW = r"(?: more| in a row| over| in succession)?"
# "press Tab twice", "click + 3 times": a step done that many times over.
_TIMES = re.compile(
    rf"^(?P<body>\S.*?),? (?:(?P<word>twice|thrice)|(?P<n>{NUMBER}) (?:more )?times?){_ROW}$",
    re.I,
)
_AT_MOST = re.compile(r" (?:up to|at most|no more than|a maximum of|max)$", re.I)
# For a key only: "click Try again" and "click Zoom 2x" name buttons.
_KEY_TIMES = re.compile(
    r"^(?P<body>\S.*?),? (?:(?P<word>again|once more|one more time|once)"
    r"|(?P<n>\d{1,3}) ?x|x ?(?P<m>\d{1,3}))$",
    re.I,
)
# Why a key is pressed says nothing more: "press Escape twice to close the dialog".
_WHY = re.compile(r" to [a-z].*$")
# A name that ends in a count of times was a repetition we could not read ("Tab 25 times").
QUANTIFIED = re.compile(rf"(?:^| )(?:twice|thrice|{NUMBER} times?){_ROW}$", re.I)


def key_name(text: str, *, said_key: bool) -> str | None:
    """Name a key or chord the way the browser does ("ctrl+a" -> "Control+a")."""
    parts = [part.strip() for part in text.split("+")]
    if not all(parts):
        return None
    *mods, last = parts
    modifiers = [_MODIFIERS.get(mod.lower()) for mod in mods]
    if None in modifiers:
        return None
    low = " ".join(last.lower().split())
    key = KEYS.get(low)
    if key is None and (said_key or mods):
        key = KEYS_NAMED_AS_KEYS.get(low)
    if key is None and mods and len(last) == 1:
        # "Ctrl+K" is the K key, which types "k" unless Shift is held too
        key = last.upper() if "Shift" in modifiers else last.lower()
    if key is None:
        return None
    return "+".join([*(m for m in modifiers if m), key])


def key_leftover(name: str) -> bool:
    """Tell whether a name is a key and lower-case words after it ("Enter now", "Tab Tab")."""
    first, _, rest = name.partition(" ")
    if first.lower() not in _KEY_WORDS or not rest:
        return False
    return all(w.islower() or w.isdigit() or w.lower() in _KEY_WORDS for w in rest.split())


def repetition(text: str) -> tuple[str, int, bool] | None:
    """Split "press Tab twice" into the step, how many times, and whether only a key may repeat.

    The count is returned as written, even when it is out of range: the caller refuses it.
    """
    for said, key_only in ((text, False), (_WHY.sub("", text), True)):
        times = _TIMES.match(said)
        if times and _AT_MOST.search(times["body"]):
            return None  # "retry up to 3 times": as often as needed, which no plan knows
        if times:
            word = (times["word"] or "").lower()
            count = {"twice": 2, "thrice": 3}.get(word) or to_number(times["n"] or "") or 0
            return times["body"], count, key_only
        again = _KEY_TIMES.match(said)
        if again:
            return again["body"], int(again["n"] or again["m"] or 1), True
    return None


def pressed_key(text: str, quotes: Quotes) -> Parsed | None:
    """Read "press Home" as the key when it is repeated: no one clicks a button on repeat."""
    match = _PRESS.match(text)
    if match is None:
        return None
    key = key_name(quotes.value(match["key"]), said_key=True)
    return None if key is None else one("press", value=key)


def repeated(parsed: Parsed, count: int) -> Parsed | None:
    """Do a step count times; None when the count is no count a journey needs."""
    if not 1 <= count <= MOST_REPEATS:
        return None
    return Parsed(parsed.drafts * count)
