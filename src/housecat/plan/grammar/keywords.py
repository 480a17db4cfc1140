"""Read Robot Framework's keyword lines as the sentences they stand for.

`Click Button    Submit` is "click the 'Submit' button": a keyword, then its arguments,
each after two spaces or more (or a tab), as Robot splits them. `${USER}` is the variable
`{{user}}`. Only keywords whose arguments may be what a person sees are read: an argument
that is one of Robot's locators ("id=login", "//button") leaves the line as it is, as do
keywords about elements by locator ("Element Should Be Visible"), so the reader refuses
them by name. In a whole test file ("*** Test Cases ***"), its section headers, settings,
test names and `[Documentation]` lines are no steps, and `*** Variables ***` defines
variables; a file with keywords of its own is left as it is, and so refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_CELLS = re.compile(r" {2,}|\t+")
_LINE = re.compile(r"^\s*(?P<keyword>[A-Za-z][A-Za-z ]*?)(?: {2,}|\t+)(?P<args>\S.*)$")
_LOCATOR = re.compile(
    r"^(?:(?:id|css|xpath|name|class|link|partial link|tag|dom|jquery|data|text|identifier)"
    r"\s*[:=]|//|\(//)",
    re.I,
)
_VARIABLE = re.compile(r"\$\{(?P<name>[A-Za-z_][\w ]*)\}")
_SECTION = re.compile(r"^\*{3}\s*(?P<name>[A-Za-z ]+?)\s*\*{3}\s*$")
_SETTING = re.compile(r"^\s*\[[A-Za-z ]+\]")

# keyword, number of arguments: the sentence, with {0}, {1} for the arguments quoted
_SENTENCES: dict[tuple[str, int], str] = {
    ("go to", 1): "go to {0}",
    ("open browser", 1): "go to {0}",
    ("open browser", 2): "go to {0}",  # and a browser's name, which is ours to choose
    ("click button", 1): "click the {0} button",
    ("click link", 1): "click the {0} link",
    ("input text", 2): "type {1} into {0}",
    ("input password", 2): "type {1} into {0}",
    ("page should contain", 1): "the page shows {0}",
    ("page should not contain", 1): "the page does not show {0}",
    ("page should contain button", 1): "the {0} button is visible",
    ("page should contain link", 1): "the {0} link is visible",
    ("title should be", 1): "the title is {0}",
    ("location should be", 1): "the URL is {0}",
    ("location should contain", 1): "the URL contains {0}",
    ("wait until page contains", 1): "wait for {0}",
    ("select from list by label", 2): "select {1} in the {0} dropdown",
    ("select checkbox", 1): "tick the {0} checkbox",
    ("unselect checkbox", 1): "untick the {0} checkbox",
}
# Keywords that end a test and do nothing a check could see
_CLOSING = frozenset({"close browser", "close all browsers"})
_ADDRESS_FIRST = frozenset({"go to", "open browser", "location should be"})


def _variable_name(name: str) -> str:
    """`${VALID USER}` as our `valid_user`: Robot ignores case, spaces and underscores."""
    return re.sub(r"[\s_]+", "_", name.strip()).lower()


def read_keywords(lines: list[str]) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """The lines with each keyword line written as a sentence; the variables a test file
    defines; and each sentence written, with the line it stands for."""
    sections = [found["name"].lower() for found in map(_SECTION.match, lines) if found]
    if any(name.startswith("keyword") for name in sections):
        return lines, {}, {}  # keywords of its own, whose steps we would not run where called
    whole_file = bool(sections)
    variables: dict[str, str] = {}
    origins: dict[str, str] = {}
    out: list[str] = []
    section = ""
    for line in lines:
        header = _SECTION.match(line)
        if header:
            section = header["name"].lower()
            continue
        if whole_file and _file_only(line, section, variables):
            continue
        said = _sentence(line)
        if said is None:
            out.append(line)
        elif said:
            out.append(said)
            origins[said] = " ".join(line.split())
    return out, variables, origins


def _file_only(line: str, section: str, variables: dict[str, str]) -> bool:
    """Tell a line of a test file that is no step, keeping the variables it defines."""
    if not line.strip() or _SETTING.match(line):
        return True
    if section.startswith("variable"):
        cells = _CELLS.split(line.strip())
        named = _VARIABLE.fullmatch(cells[0])
        if named and len(cells) == 2:
            variables[_variable_name(named["name"])] = cells[1]
        return True
    # settings; a test's name starts at the line's start
    return not section.startswith("test case") or not line[:1].isspace()


def _sentence(line: str) -> str | None:
    """The sentence a keyword line stands for; "" for one that does nothing; None when it
    is no keyword line we read."""
    if line.strip().lower() in _CLOSING:
        return ""
    match = _LINE.match(line)
    if match is None:
        return None
    keyword = " ".join(match["keyword"].lower().split())
    args = _CELLS.split(match["args"].strip())
    template = _SENTENCES.get((keyword, len(args)))
    if template is None or any(_LOCATOR.match(arg) for arg in args):
        return None
    addressed = keyword in _ADDRESS_FIRST
    said = [_quoted(arg, address=addressed and not at) for at, arg in enumerate(args)]
    return None if None in said else template.format(*said)


def _quoted(arg: str, *, address: bool) -> str | None:
    """An argument in quotes it does not hold, its variables ours; None when none fit."""
    text = _VARIABLE.sub(lambda m: "{{" + _variable_name(m["name"]) + "}}", arg)
    if address:
        return text  # an address is read as it is written
    quote = next(_free_quotes(text), None)
    if quote is None:
        return None
    return f"{quote[0]}{text}{quote[1]}"


def _free_quotes(text: str) -> Iterator[tuple[str, str]]:
    for opening, closing in (('"', '"'), ("“", "”"), ("'", "'")):
        if opening not in text and closing not in text:
            yield opening, closing
