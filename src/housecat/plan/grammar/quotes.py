"""Mask quoted spans so the words inside quotes are never read as grammar."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from housecat.plan.variables import NAME

# Private-use characters bracket a span's index; they are removed from the goal first,
# so every slot in masked text is one this module made.
OPEN = "\ue000"
CLOSE = "\ue001"
_SLOT = re.compile(f"{OPEN}(\\d+){CLOSE}")
# "{{ name }}" and the ways other tools write one ("${name}", "{{@name}}", "%name%",
# "{name}", "<name>") all stand for the variable `name`.
_VARIABLE = re.compile(
    rf"\{{\{{\s*@?(?P<a>{NAME})\s*\}}\}}|\$\{{(?P<b>{NAME})\}}|(?<![\w%])%(?P<c>{NAME})%(?![\w%])"
    rf"|(?<![{{$])\{{(?P<d>{NAME})\}}(?!\}})|<(?P<tag>{NAME})>"
)
# "<h1>", "<button>": an element written as its tag, never a variable
_TAG = re.compile(
    r"^(?:h[1-6]|a|b|i|p|u|br|hr|li|ol|ul|td|th|tr|em|div|img|nav|body|form|head|html|main"
    r"|span|input|label|small|table|tbody|thead|title|button|footer|header|option|select"
    r"|strong|section|textarea)$",
    re.I,
)
_QUOTE = re.compile("[\"“„«`'‘]")
# "password Admin123!", "alice / s3cret!", "type hunter2! into Password": a password that
# ends in "!", which the end of a sentence would otherwise cut off. It is held whole.
_BANGED_PASSWORD = re.compile(
    r"(?:(?<=password )|(?<=password: )|(?<=password is )|(?<=passcode )|(?<=pwd )"
    r"|(?<=pass )|(?<=\w/)|(?<=\w / )|(?<=type )|(?<=enter ))"
    r"[^\s\"'“”‘’,;()/]+!+(?=[\s,;.)]|$)",
    re.I,
)

# Each opening quote and the closers it accepts: editors mix curly and straight quotes.
_CLOSERS = {
    '"': '"”',
    "“": '”"“',
    "„": '“”"',
    "«": "»",
    "`": "`",
    "'": "'’",
    "‘": "’'",
}
# Single quotes double as apostrophes ("Alice's", "don't"), so they only open at the start
# of a word and only close at the end of one.
_WORD_QUOTES = frozenset("'‘")


@dataclass
class Quotes:
    """The quoted spans of one goal, in the order they were masked."""

    spans: list[tuple[str, str, str]] = field(default_factory=list)
    # Each variable's slot, and the variable as the goal wrote it ("%city%")
    written: dict[int, str] = field(default_factory=dict)

    def mask(self, line: str) -> str:
        """Replace each quoted span and each {{variable}} of a line with a slot naming it."""
        markup = "</" in line  # "<code>x</code>": markup, whose tags are no variables
        line = _VARIABLE.sub(lambda found: self._variable(found, markup=markup), line)
        line = _BANGED_PASSWORD.sub(self._held, line)
        out: list[str] = []
        start = 0
        dead: set[str] = set()  # openers with no closer left in the line: stop looking
        for found in _QUOTE.finditer(line):
            i, char = found.start(), found.group()
            if i < start or char in dead or not _may_open(line, i):
                continue
            end = _closer(line, i, dead)
            if end is not None:
                out.append(line[start:i])
                out.append(f"{OPEN}{len(self.spans)}{CLOSE}")
                self.spans.append((char, line[i + 1 : end], line[end]))
                start = end + 1
        out.append(line[start:])
        return "".join(out)

    def add(self, text: str) -> str:
        """Hold text as if the goal had quoted it there; return its slot."""
        self.spans.append(("'", text, "'"))
        return f"{OPEN}{len(self.spans) - 1}{CLOSE}"

    def _held(self, match: re.Match[str]) -> str:
        """Hold words whole, as written, as if quoted: phrases show them as the goal did."""
        self.written[len(self.spans)] = match[0]
        self.spans.append(("", match[0], ""))
        return f"{OPEN}{len(self.spans) - 1}{CLOSE}"

    def _variable(self, match: re.Match[str], *, markup: bool) -> str:
        """Hold a variable as a value of its own, written the one way plans use."""
        name = match["a"] or match["b"] or match["c"] or match["d"] or match["tag"]
        if match["tag"] and (markup or _TAG.match(name)):
            return match[0]
        self.written[len(self.spans)] = match[0]
        self.spans.append(("", "{{" + name + "}}", ""))
        return f"{OPEN}{len(self.spans) - 1}{CLOSE}"

    def restore(self, text: str, *, as_written: bool = False) -> str:
        """Put the quoted spans back, quotes and all; as_written, variables as the user wrote
        them too ("%city%" rather than "{{city}}"), as phrases show them."""

        def slot(found: re.Match[str]) -> str:
            at = int(found.group(1))
            if as_written and at in self.written:
                return self.written[at]
            # A quoted span may hold a {{variable}}, masked before the quotes were.
            return self.restore("".join(self.spans[at]), as_written=as_written)

        return _SLOT.sub(slot, text)

    def value(self, text: str) -> str:
        """Return text as the user meant it: a lone quoted span loses its quotes."""
        stripped = text.strip()
        slot = _SLOT.fullmatch(stripped)
        if slot:
            return self.restore(self.spans[int(slot.group(1))][1])
        return self.restore(stripped)

    def variables_in_words(self, text: str) -> str | None:
        """Text whose every slot is a {{variable}} among words ("Order {{id}}"), with the
        variables put back; None where a slot is quoted words, or there is none."""
        slots = [int(found.group(1)) for found in _SLOT.finditer(text)]
        if not slots or any(not self.spans[at][1].startswith("{{") for at in slots):
            return None
        if any(self.spans[at][0] for at in slots):
            return None
        return self.restore(text)

    @staticmethod
    def is_quoted(text: str) -> bool:
        """Tell whether text is exactly one quoted span."""
        return _SLOT.fullmatch(text.strip()) is not None


def scrub(text: str) -> str:
    """Remove the characters reserved for slots, so no input can forge one."""
    return text.replace(OPEN, " ").replace(CLOSE, " ")


def _may_open(line: str, i: int) -> bool:
    if line[i] not in _WORD_QUOTES:
        return True
    return i == 0 or not line[i - 1].isalnum()


def _closer(line: str, i: int, dead: set[str]) -> int | None:
    opener = line[i]
    closers = _CLOSERS[opener]
    for j in range(i + 1, len(line)):
        char = line[j]
        if char not in closers:
            continue
        if opener in _WORD_QUOTES and j + 1 < len(line) and line[j + 1].isalnum():
            continue  # an apostrophe inside a word, not the end of the quote
        if line[i + 1 : j].strip():
            return j
        return None  # an empty quote is punctuation, not a value
    dead.add(opener)
    return None
