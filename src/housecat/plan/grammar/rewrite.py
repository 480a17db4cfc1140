"""Rewrite what other tools' notations say into sentences the reader knows.

- A table of fields after "type in the fields:" or "fill in the form with:" fills each
  field with its value; a one-column table after "should see the following items:"
  checks that each is shown. Any other table is left as it is, and so refused.
- Lines "Label: value" after such an introduction ("Fill in the form with the following:")
  fill each field with its value, whatever its label; with one pair left without a value
  the lines stay as they are, and the introduction is refused.
- A scenario outline runs once per row of its Examples, in order, each row from the test's
  start page ({{url}}): `<name>` in the steps is that row's value in the column `name`.
  One row failing fails the run, as it would fail the suite.
- `save value "x" as "name"` defines a variable for the rest of the goal, and
  `stored value "name"` uses one.
- Robot Framework's keyword lines are read as sentences (see keywords.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from housecat.plan.grammar.keywords import read_keywords

_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
# "Fill the payment form" with no colon, over its "Card number: 4242…" lines
_FORM_TO_FILL = re.compile(
    r"^\s*(?:fill|complete)(?: in| out)? (?:the|this) [\w -]*\bform\.?\s*$", re.I
)
_FILL_INTRO = re.compile(
    r"(?:type|fill|enter|input|complete|populate|provide)\b.*\b(?:fields?|form|details"
    r"|values|following|data|information)\b.*:\s*$",
    re.I,
)
_SEE_INTRO = re.compile(
    r"\b(?:see|have|show|shows|contain|contains|list|lists|displayed|listed)\b.*"
    r"\b(?:following|these|items?|entries|rows?|results?)\b.*:\s*$",
    re.I,
)
_PART_LISTS = re.compile(
    r"^\s*(?:(?:then|and) )?the (?P<part>[a-z][\w ]*?) (?:(?:should|must|will) )?"
    r"(?:include|contain|list|show|display|have)s?\s*:\s*$",
    re.I,
)
_IN_PLACE = re.compile(
    r"\b(?:in|on) (?:the |my |his |her |their |your )?(?P<place>[\w ]+?)\s*:\s*$"
)
# "- Full name: Ada Lovelace": a label of a few words, a colon, its value.
_PAIR = re.compile(
    r"^\s*(?:[-*•+]\s+|\d{1,2}[.)]\s+)?(?P<label>[\"'“‘]?[A-Za-z][\w'’/&.-]*(?: [\w'’/&.-]+){0,3}"
    r"[\"'”’]?)\s*:(?:\s+(?P<value>\S.*?))?\s*$"
)
# "Log in with:", "Sign in using these credentials:", "Log in with the details below.": the
# account's lines follow ("Log in." alone only where they are a user's and a password)
_SIGN_IN_INTRO = re.compile(
    r"^\s*(?:(?:then|and|first),? )?(?:log ?in|sign ?in|login)\b(?P<how> (?:with|using|as))?"
    r"(?P<named> (?:these|the following|the|my|this|our|an?|a test) (?:credentials|details"
    r"|account|user|login)(?: below)?)?\s*(?P<colon>:)?\s*\.?\s*$",
    re.I,
)
_ACCOUNT_LABELS = re.compile(r"^(?:(?:user ?name|user|e-?mail|login)\n)?pass(?:word|code)$", re.I)
_CHECK_INTRO = re.compile(
    r"(?:^|,?\s+(?:and\s+)?(?:then\s+)?)(?:verify|check|confirm|ensure|expect|assert|make sure"
    r"|#*\s*(?:expected(?: (?:results?|outcome|output|behaviou?r))?|outcome|output|then|checks"
    r"|assertions)|the [a-z][\w ]*? (?:shows?|should show|displays?|should display))"
    r"(?: that)?\s*:\s*$",
    re.I,
)
# "Complete the form, then verify:": what follows is checked, not typed.
_CHECKING = re.compile(
    r"\b(?:verify|check|confirm|ensure|expect|assert|see|validate|make sure|should)\b", re.I
)
# "… and check that:", then a list: each item checked ("Then:" goes on with steps)
_ASKS_TO_CHECK = re.compile(r"\b(?:verify|check|confirm|ensure|assert|make sure)\b", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+(?P<rest>\S.*)$")
# "Step 2: ...", "Then: ...": a step's own heading, never a field's label.
_NOT_LABELS = re.compile(r"^(?:step|given|when|then|and|but|scenario|note)\b", re.I)
_QUOTED = re.compile(r"^(?:\"[^\"]*\"|'[^']*'|“[^“”]*”|‘[^‘’]*’)$")
_HEADER_WORDS = frozenset({"field", "fields", "label", "name", "value", "values", "input"})
_SAVE = re.compile(
    r"^\s*(?:save|store|remember|set) (?:the )?value\s+[\"'“](?P<value>[^\"'”]*)[\"'”]\s+as\s+"
    r"[\"'“](?P<name>[A-Za-z_][\w.-]*)[\"'”]\s*\.?\s*$",
    re.I,
)
_STORED = re.compile(
    r"(?:the )?(?:stored|saved) value (?:of )?[\"'“](?P<name>[A-Za-z_][\w.-]*)[\"'”]", re.I
)
_EMPHASIS = re.compile(
    r"(?<![\w*])\*\*(?=\S)(?P<a>[^*]+?)(?<=\S)\*\*(?![\w*])"
    r"|(?<![\w_])__(?=\S)(?P<b>[^_]+?)(?<=\S)__(?![\w_])"
)
_EXAMPLES = re.compile(r"^\s*(?:examples|scenarios)\s*:\s*$", re.I)
_OUTLINE = re.compile(r"^\s*scenario (?:outline|template)\s*:", re.I)
_PLACEHOLDER = re.compile(r"<(?P<name>[^<>\n]+)>")


@dataclass
class Rewritten:
    """The goal as the reader sees it, and the variables it defined itself."""

    text: str
    variables: dict[str, str] = field(default_factory=dict)
    # Each sentence written here, and the lines of the goal it stands for: a step's phrase
    # is the user's own words, never ours
    origins: dict[str, str] = field(default_factory=dict)


def rewrite(goal: str) -> Rewritten:
    """Turn tables, saved values and other tools' variables into plain sentences."""
    variables: dict[str, str] = {}
    lines: list[str] = []
    for line in goal.splitlines():
        line = _EMPHASIS.sub(r"\g<a>\g<b>", line)  # "**Step 1:** open it": markdown's bold
        saved = _SAVE.match(line)
        if saved:
            variables[saved["name"]] = saved["value"]
            continue
        lines.append(line)
    lines, defined, origins = read_keywords(lines)
    lines = [part for line in lines for part in _path_first(line, origins)]
    variables = defined | variables
    text = _pairs(_tables(_outline(_outcomes(_without_description(lines))), origins), origins)
    text = _USER_STORY.sub("", text, count=1)
    text = _STORED.sub(lambda m: "{{" + m["name"] + "}}", text)
    return Rewritten(text, variables, origins)


# "/login: sign in as jdoe", "/pricing:" alone: the page the words after are about, gone to
_PATH_FIRST = re.compile(r"^\s*(?P<path>/[^\s:]*|https?://\S+?):(?:\s+(?P<rest>\S.*)|\s*$)")


def _path_first(line: str, origins: dict[str, str]) -> list[str]:
    said = _PATH_FIRST.match(line)
    if said is None:
        return [line]
    gone = _written([f"go to {said['path']}"], [f"{said['path']}:"], origins)
    return gone + ([said["rest"]] if said["rest"] else [])


def _written(sentences: list[str], lines: list[str], origins: dict[str, str]) -> list[str]:
    """Keep the goal's lines each sentence stands for, and return the sentences."""
    for sentence in sentences:
        origins.setdefault(sentence, " ".join(" ".join(lines).split()))
    return sentences


# "As a customer I want to save items so that I can buy them later." before the steps: why
# the test exists, as a feature's description says, never a step of it
_USER_STORY = re.compile(
    r"^\s*As an? [\w -]{1,40},? I (?:want|would like|need|wish) to [^.!?\n]+? so(?: that)?"
    r" [^.!?\n]+[.!]\s+(?=\S)",
    re.I,
)
_FEATURE = re.compile(r"^\s*feature\s*:", re.I)
_SCENARIO = re.compile(r"^\s*(?:scenario(?: outline| template)?|background|example|rule)\s*:", re.I)


def _without_description(lines: list[str]) -> list[str]:
    """Drop a Gherkin feature's description ("In order to …", "As a visitor", "I want
    to …"): the lines between "Feature:" and its first scenario are no steps."""
    start = next((at for at, line in enumerate(lines) if _FEATURE.match(line)), None)
    if start is None:
        return lines
    end = next((at for at in range(start + 1, len(lines)) if _SCENARIO.match(lines[at])), None)
    return lines if end is None else [*lines[: start + 1], *lines[end:]]


_KEYWORD = re.compile(r"^(?P<lead>\s*)(?P<keyword>given|when|then|and|but)\b", re.I)


def _outcomes(lines: list[str]) -> list[str]:
    """Say "Then" for each "And" or "But" that goes on a scenario's outcomes, so that each
    is read as what must be true, as the "Then" before it is."""
    out: list[str] = []
    outcome = False
    for line in lines:
        found = _KEYWORD.match(line)
        keyword = found["keyword"].lower() if found else ""
        if found and keyword in {"and", "but"} and outcome:
            line = f"{found['lead']}Then{line[found.end() :]}"
        elif found:
            outcome = keyword == "then"
        out.append(line)
    return out


def _outline(lines: list[str]) -> str:
    """Write an outline out once per row of its Examples; any other text as it is."""
    starts = [i for i, line in enumerate(lines) if _EXAMPLES.match(line)]
    if len(starts) != 1:
        return "\n".join(lines)
    at = starts[0]
    rows = [_cells(line) for line in lines[at + 1 :] if _ROW.match(line)]
    trailing = [line for line in lines[at + 1 :] if line.strip() and not _ROW.match(line)]
    if len(rows) < 2 or trailing or any(len(row) != len(rows[0]) for row in rows):
        return "\n".join(lines)  # not an outline we can be sure of: the reader refuses it
    names, values = rows[0], rows[1:]
    body = [line for line in lines[:at] if not _OUTLINE.match(line)]
    runs: list[str] = []
    for row in values:
        if runs:
            runs.append("go to {{url}}")
        runs.extend(_filled(line, dict(zip(names, row, strict=True))) for line in body)
    return "\n".join(runs)


def _filled(line: str, cells: dict[str, str]) -> str:
    """Put a row's values in place of the `<name>`s its columns name."""
    return _PLACEHOLDER.sub(lambda m: cells.get(m["name"], m[0]), line)


def _tables(text: str, origins: dict[str, str]) -> str:
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _ROW.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        start = i
        while i < len(lines) and _ROW.match(lines[i]):
            i += 1
        rows = [_cells(line) for line in lines[start:i]]
        intro = out[-1] if out else ""
        sentences = _read_table(intro, rows)
        if sentences is None:
            out.extend(lines[start:i])  # left for the reader to refuse, naming the row
        else:
            out[-1:] = _written(sentences, [intro, *lines[start:i]], origins)
    return "\n".join(out)


def _pairs(text: str, origins: dict[str, str]) -> str:
    """Write the "Label: value" lines after an introduction to a form as fills."""
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        signing = _SIGN_IN_INTRO.match(line)
        if signing:  # "Log in with:" and the account's lines
            given = list(takewhile(bool, map(_PAIR.match, lines[i:])))
            said = [_said(pair["label"], pair["value"]) for pair in given if pair]
            labels = "\n".join(_unquoted(pair["label"]) for pair in given if pair)
            introduced = any(signing.group("how", "named", "colon"))
            if said and None not in said and (introduced or _ACCOUNT_LABELS.match(labels)):
                signed = "log in (" + ", ".join(filter(None, said)) + ")"
                out += _written([signed], lines[i - 1 : i + len(given)], origins)
                i += len(given)
                continue
        intro = _CHECK_INTRO.search(line)
        if intro:  # "…, then verify:" and "Total: $40" lines: each a check of that label
            checked = [pair for pair in takewhile(bool, map(_PAIR.match, lines[i:])) if pair]
            if checked:  # a label with no value is left unreadable, and refused by name
                out.append(line[: intro.start()])
                for n, pair in enumerate(checked, start=i):
                    out += _written([_check(pair["label"], pair["value"])], [lines[n]], origins)
                i += len(checked)
                continue
            # "… and check that:" then "- API shows Operational": each item is checked
            items = list(takewhile(bool, map(_LIST_ITEM.match, lines[i:])))
            if items and _ASKS_TO_CHECK.search(intro[0]):
                out.append(line[: intro.start()])
                for n, item in enumerate(items, start=i):
                    if item:
                        out += _written([f"check that {item['rest']}"], [lines[n]], origins)
                i += len(items)
                continue
        if not (_FILL_INTRO.search(line) or _FORM_TO_FILL.match(line)) or _CHECKING.search(line):
            out.append(line)
            continue
        pairs: list[re.Match[str]] = []
        while i + len(pairs) < len(lines) and (found := _PAIR.match(lines[i + len(pairs)])):
            pairs.append(found)
        fills = [_fill(pair["label"], pair["value"]) for pair in pairs]
        if any(_NOT_LABELS.match(pair["label"]) for pair in pairs):
            fills = []
        if not fills or None in fills:
            out.append(line)  # nothing, or a field with no value: the reader refuses it
            continue
        for n, fill in enumerate(fills, start=i):
            out += _written([fill] if fill else [], [lines[n]], origins)
        i += len(pairs)
    return "\n".join(out)


def _fill(label: str, value: str | None) -> str | None:
    """A sentence typing value into the field label names; None when there is no value."""
    quoted = _quoted_pair(label, value)
    return quoted and f"type {quoted[1]} into {quoted[0]}"


def _said(label: str, value: str | None) -> str | None:
    """A pair as written in a sentence, "Email: 'a@b.co'"; None when there is no value."""
    quoted = _quoted_pair(label, value)
    return quoted and f"{_unquoted(label)}: {quoted[1]}"


def _quoted_pair(label: str, value: str | None) -> tuple[str, str] | None:
    """Label and value each in the quotes neither holds; None when there is no value."""
    if value is None:
        return None
    label, value = _unquoted(label), _unquoted(value)
    quote = next((q for q in "\"“'" if q not in value and q not in label), None)
    if quote is None or not value:
        return None
    close = "”" if quote == "“" else quote
    return f"{quote}{label}{close}", f"{quote}{value}{close}"


def _check(label: str, value: str | None) -> str:
    """A sentence checking the words next to a label; with no value, one nobody can read."""
    label, value = _unquoted(label), _unquoted(value or "")
    quote = next((q for q in "\"“'" if q not in value and q not in label), None)
    if quote is None or not value:
        return f"check the {label} is"
    close = "”" if quote == "“" else quote
    return f"check the {quote}{label}{close} is {quote}{value}{close}"


def _unquoted(text: str) -> str:
    return text[1:-1] if _QUOTED.match(text) else text


def _cells(line: str) -> list[str]:
    match = _ROW.match(line)
    assert match is not None
    return [cell.strip() for cell in match["cells"].split("|")]


def _read_table(intro: str, rows: list[list[str]]) -> list[str] | None:
    if _FILL_INTRO.search(intro) and all(len(row) == 2 for row in rows):
        if {cell.lower() for cell in rows[0]} <= _HEADER_WORDS:
            rows = rows[1:]
        return [f'type "{value}" into "{label}"' for label, value in rows if label]
    if not all(len(row) == 1 for row in rows):
        return None
    listing = _PART_LISTS.search(intro)
    if listing:  # "Then the results should include:": each row, in the results
        return [f'the {listing["part"]} shows "{row[0]}"' for row in rows if row[0]]
    if _SEE_INTRO.search(intro):
        place = _IN_PLACE.search(intro)
        subject = f"the {place['place']}" if place else "the page"
        return [f'{subject} shows "{row[0]}"' for row in rows if row[0]]
    return None
