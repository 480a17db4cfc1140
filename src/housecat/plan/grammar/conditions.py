"""Read steps that happen only if something shows: "if a cookie banner appears, click Accept".

The one condition read is that an element or a text is shown: cookie banners, pop-ups and
"what's new" dialogs that come and go. What must be shown is quoted or capitalised text, a
kind of element ("a modal", "an alert"), a cookie banner, or with "it"/"one" the element
the step acts on. Only actions may wait on it: a check that may not happen proves nothing.
An action may also run only if its own element is enabled ("click Next if it is enabled"):
skipped when that element is disabled or not on the page. Anything else ("if the total is
over $50", "when it is enabled", "unless") is not read here, and the reader refuses it.
"When the confirmation dialog appears, click Cancel" says the dialog will appear: it is
expected, then the step runs, never skipped (a cookie banner still comes and goes).

A block gives one condition to every line in it:

    if 'Newsletter' is visible
      type me@example.com into Email
      click Subscribe
    end
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from housecat.errors import GoalNotUnderstood
from housecat.plan.grammar.page import CONSENT, SHAPES
from housecat.plan.grammar.quotes import Quotes
from housecat.plan.grammar.target import parse_element
from housecat.plan.grammar.types import Draft, Parsed
from housecat.plan.models import CONDITIONAL_ACTIONS, COOKIE_BANNER, USABLE_IF, Target

ParseFn = Callable[[str], Parsed | None]

# How people say that something shows. "is enabled" or "is checked" is not showing.
_SHOWN = (
    r"(?:appears?|shows?(?: up)?|pops? up|comes? up|opens?|is (?:shown|visible|displayed|present"
    r"|open|there)|are (?:shown|visible|displayed|present|there))"
)
_IF = r"(?:if|when|whenever|in case)"
# "When the confirmation dialog appears, click Cancel": the goal says it will appear, so it
# must; "when a pop-up appears" or "if the banner shows" may not happen, and waits on it.
_EXPECTED = re.compile(r"^when the ", re.I)
_ON_PAGE = r"(?: on (?:the|this) (?:page|screen))?"
# "once the modal opens, click OK", "as soon as the Download button shows, click it": it
# will show, so it must; and so "when the toast appears", of a thing named with "the"
_ONCE = re.compile(
    rf"^(?:(?P<once>once|as soon as)|when) (?P<cond>(?(once)(?:the|an?) |the )\S.*?)"
    rf" {_SHOWN}{_ON_PAGE},? (?:then )?(?P<rest>\S.*)$",
    re.I,
)
_IT = re.compile(r"\b(?:it|them)\b", re.I)
# "If a cookie banner appears, click Accept"; "when a modal pops up, dismiss it".
_LEADING = re.compile(
    rf"^{_IF} (?P<cond>\S.*?) {_SHOWN}{_ON_PAGE},? (?:then )?(?P<rest>\S.*)$"
    rf"|^{_IF} (?:there is|there's|there are|you see|i see|we see) (?P<there>\S.*?)"
    rf"{_ON_PAGE}, (?:then )?(?P<rest2>\S.*)$",
    re.I,
)
# What "it" stands for when the step's own element must show: "if shown", "if there is one".
_OWN = (
    rf"(?:(?:it|one|they) {_SHOWN}|(?:it is |it's )?(?:shown|present|visible|displayed|there)"
    r"|there is one|there's one|there are any|any"
    # "accept cookies if prompted": when the page asks, which is when it shows
    r"|prompted|asked|(?:it is |it's )?offered)"
)
# "Click 'No thanks' if it appears"; "close the survey dialog if there is one".
_TRAILING = re.compile(
    rf"^(?P<rest>\S.*?),? (?:but )?(?:only )?{_IF} (?:(?P<own>{_OWN})"
    rf"|(?P<cond>\S.*?) {_SHOWN}|(?:there is|there's) (?P<there>\S.*?)){_ON_PAGE}$",
    re.I,
)
# A line of its own opens a block ("if 'Promo' is visible", "if page contains 'Promo'") ...
_BLOCK = re.compile(
    rf"^(?:only )?{_IF} (?:(?:the )?page (?:contains|shows|says) (?P<text>\S.*?)"
    # one condition, the whole line ("When I type lamp, Brass Lamp appears" is a step, then
    # a check, and so is "When I click Subscribe a thank-you message appears")
    rf"|(?!(?:I|we|you|the user) )(?P<cond>\S[^,]*?) {_SHOWN}{_ON_PAGE})[:,]?$",
    re.I,
)
# ... and a line "end" closes it.
_END = re.compile(r"^(?:end|end if|endif|end of if)[.;]?$", re.I)
_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•+])?\s*")
_PRONOUN = re.compile(r"\b(?:it|them)$", re.I)  # "close it": the thing that showed
_OWN_WORDS = re.compile(r"^(?:it|one|they|them)$", re.I)
_DETERMINER = re.compile(r"^(?:the|a|an|any|some) ", re.I)
# "a cookie banner", "the consent pop-up", "a banner about cookies": read as the reader
# reads "accept the cookie banner" (see page.py).
_COOKIE = re.compile(
    rf"^(?:(?:the|a|an|any) )?(?:{CONSENT}(?: {CONSENT})?(?: {SHAPES})?"
    rf"|{SHAPES} (?:about|for|asking about|on) (?:the )?{CONSENT})$",
    re.I,
)
COOKIE = Target(text="cookie banner", role=COOKIE_BANNER)


# "Click Next if it is enabled": the step's own element, usable. Not "when it is enabled",
# which asks to wait until it is, nor "if X is enabled" of another element.
_IF_ENABLED = re.compile(
    r"^(?P<rest>\S.*?),? (?:but )?(?:only )?if (?:it is |it's |they are |it isn't |it is not )?"
    r"(?P<state>enabled|clickable|usable|active|disabled|greyed out|grayed out)$",
    re.I,
)


def read_conditional(text: str, quotes: Quotes, parse: ParseFn) -> Parsed | Literal[False] | None:
    """Read a clause with a condition; False when it has none of the shapes read here."""
    enabled = _IF_ENABLED.match(text)
    if enabled is not None:
        return _if_enabled(enabled, parse)
    once = _ONCE.match(text)
    if once is not None:
        said = _once_shown(once["cond"], once["rest"], quotes, parse)
        if said is not None or once["once"]:
            return said
    leading = _LEADING.match(text)
    if leading is not None:
        words = leading["cond"] or leading["there"]
        rest = leading["rest"] or leading["rest2"]
        parsed = _conditional(rest, words, quotes, parse, leading=True)
        return _expected(parsed) if parsed and _EXPECTED.match(text) else parsed
    trailing = _TRAILING.match(text)
    if trailing is not None:
        words = None if trailing["own"] else trailing["cond"] or trailing["there"]
        return _conditional(trailing["rest"], words, quotes, parse, leading=False)
    return False


def _conditional(
    rest: str, words: str | None, quotes: Quotes, parse: ParseFn, *, leading: bool
) -> Parsed | None:
    own = words is None or _OWN_WORDS.match(words) is not None
    shown = None if own or words is None else condition(words, quotes)
    if not own and shown is None:
        return None  # "if the total is over $50": not something that shows
    parsed = parse(rest)
    if parsed is None and words is not None and shown is not None and _PRONOUN.search(rest):
        # "if the newsletter pop-up shows up, close it": close the newsletter pop-up
        named = "cookie banner" if shown == COOKIE else _DETERMINER.sub("", words)
        parsed = parse(_PRONOUN.sub("the " + named, rest))
    if parsed is None or not parsed.drafts:
        return None
    if any(d.action not in CONDITIONAL_ACTIONS or d.only_if for d in parsed.drafts):
        return None  # a check, a page to open, or a second condition: never optional
    if shown is None:
        shown = parsed.drafts[0].target
        if shown is None or any(d.target != shown for d in parsed.drafts):
            return None  # "it" names no one element the step acts on
    drafts = tuple(replace(d, only_if=shown) for d in parsed.drafts)
    return Parsed(drafts, parsed.tail if leading else "closed")


def _once_shown(words: str, rest: str, quotes: Quotes, parse: ParseFn) -> Parsed | None:
    """Expect what "once the dialog opens" names, then do or check the rest there: it must
    show, and "it" is that thing ("when the toast appears, check it says Saved")."""
    shown = condition(words, quotes)
    if shown is None or shown == COOKIE:
        return None  # a cookie banner comes and goes, whatever the goal's words
    if len(_IT.findall(rest)) > 1:
        return None
    said = parse(_IT.sub(f"the {_DETERMINER.sub('', words)}", rest))
    if said is None or not said.drafts or any(d.only_if for d in said.drafts):
        return None
    return Parsed((Draft("expect_visible", target=shown), *said.drafts), said.tail)


def _expected(parsed: Parsed) -> Parsed:
    """Expect what "when the dialog appears" names to show, then do the steps: it must show."""
    shown = parsed.drafts[0].only_if
    if shown is None or shown == COOKIE:
        return parsed  # a cookie banner comes and goes, whatever the goal's article
    steps = tuple(replace(d, only_if=None) for d in parsed.drafts)
    return Parsed((Draft("expect_visible", target=shown), *steps), parsed.tail)


def _if_enabled(match: re.Match[str], parse: ParseFn) -> Parsed | None:
    """Run the step only if its own element is enabled; skipped when disabled or missing.

    Missing counts as not enabled: the goal asks the step be done only when it can be, and a
    control that is not there cannot be used. The skip says which it was.
    """
    negated = re.search(r"\b(?:isn't|not)\b", match[0][len(match["rest"]) :], re.I)
    usable = match["state"].lower() in {"enabled", "clickable", "usable"}
    if not usable or negated:
        return None  # "if it is disabled", "if it is active": not a condition we read
    parsed = parse(match["rest"])
    if parsed is None or len(parsed.drafts) != 1:
        return None
    draft = parsed.drafts[0]
    if draft.action not in USABLE_IF or draft.only_if or draft.target is None:
        return None  # a check, a key, a page to open: nothing of its own to be enabled
    return Parsed((replace(draft, only_if=draft.target, only_if_enabled=True),), "closed")


def condition(words: str, quotes: Quotes) -> Target | None:
    """What must be shown, from the words that name it; None when they name nothing."""
    words = words.strip(" ,:")
    if _COOKIE.match(words):
        return COOKIE
    element = parse_element(words, quotes, "expect")
    if element is None:
        return None
    target = element.target
    if target.role and not element.named:
        return target  # "a modal", "an alert"
    if target.role and element.noun and not element.quoted and not target.text[:1].isupper():
        # "the newsletter pop-up": the words describe a dialog, they are not its name
        return Target(text=element.noun, role=target.role, nth=target.nth, within=target.within)
    if element.quoted or target.text[:1].isupper() or target.text[:1].isdigit():
        return target  # "'Cookies'", "Special offer", "the 'Subscribe' dialog"
    return None  # lower-case words that describe something: not read as text to look for


@dataclass(frozen=True)
class Stretch:
    """Lines of a goal, and what must be shown for their steps to run (None: always)."""

    text: str
    only_if: Target | None = None


def blocks(masked: str, quotes: Quotes) -> list[Stretch]:
    """Cut a masked goal into the stretches outside and inside "if ... / end" blocks."""
    stretches: list[Stretch] = []
    lines: list[str] = []
    shown: Target | None = None
    opened = ""
    for line in masked.splitlines():
        bare = _MARKER.sub("", line, count=1).strip().rstrip(".")
        opener = _BLOCK.match(bare)
        if opener is not None:
            if shown is not None:
                raise GoalNotUnderstood(quotes.restore(bare), "inside another 'if'")
            found = condition(opener["text"] or opener["cond"], quotes)
            if found is None:
                raise GoalNotUnderstood(quotes.restore(bare))
            stretches.append(Stretch("\n".join(lines)))
            lines, shown, opened = [], found, bare
        elif _END.match(bare):
            if shown is None:
                raise GoalNotUnderstood(quotes.restore(bare), "no 'if' to end")
            stretches.append(Stretch("\n".join(lines), shown))
            lines, shown = [], None
        else:
            lines.append(line)
    if shown is not None:
        raise GoalNotUnderstood(quotes.restore(opened), "its block has no 'end' line")
    stretches.append(Stretch("\n".join(lines)))
    return [stretch for stretch in stretches if stretch.text.strip() or stretch.only_if]


def within_block(parsed: Parsed, shown: Target) -> Parsed | None:
    """Give a block's condition to a line's steps; None when one of them may not wait on it."""
    if any(d.action not in CONDITIONAL_ACTIONS or d.only_if for d in parsed.drafts):
        return None
    return Parsed(tuple(replace(d, only_if=shown) for d in parsed.drafts), parsed.tail)
