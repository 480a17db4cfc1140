"""Set aside what a scenario's "Given" assumes about the app's data rather than does.

"Given Ann has an empty basket" or "Given there are two open orders" states how the app
must be before the journey; no step can make it so. Such a line is kept as an assumption
(shown with the plan, so its author sees it is not done) instead of refusing the goal.
A state read as a check ("Given the cart is empty") is assumed too. A "Given" that reads
as a step ("Given I am signed in", "Given I am on the Orders page") stays a step, and an
action told in the past ("Given I have added a lamp") is refused: leaving it out would
drop a step.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from housecat.plan.grammar.types import Parsed
from housecat.plan.models import CHECKS

_GIVEN = re.compile(
    r"^\s*(?P<keyword>(?:given|and|but|when|then)\b|(?:pre-?conditions?|prerequisites?):)"
    r"\s*(?P<rest>.*?)\s*$",
    re.I,
)
# "Precondition: a user exists", as a test case writes what "Given" says
_AS_GIVEN = frozenset({"given", "precondition:", "preconditions:", "pre-condition:"})
_AS_GIVEN |= {"pre-conditions:", "prerequisite:", "prerequisites:"}
_SUBJECT = r"(?:i|we|you|he|she|they|the user|a user|user|the customer|[A-Z][a-z]+)"
# A state, not a deed: "has an empty list", "is a registered user", "there are 3 orders".
# "has added", "have signed up" tell an action in the past, which must be done, not assumed.
# "I am on the product page for Mugs": where the journey is, which is a step, never assumed
_PLACE = (
    r"(?:on|at|in|inside|viewing|looking|browsing|visiting|(?:an? )?(?:signed|logged)|still|now)\b"
)
_STATE = re.compile(
    rf"^(?:{_SUBJECT} (?:exists?|(?:has|have)(?! \w+ed\b)|(?:am|is|are)(?! {_PLACE}))\b"
    r"|there (?:is|are|exists?)\b"
    # "a user Ada exists", "the following users exist:": data the app must hold
    r"|(?:an?|the following|these|some|\d+|two|three) (?:[\w'-]+ ){0,3}exists?:?$"
    r"|an? (?:empty|new|fresh|clean|blank|registered|existing) "
    r"|the \w+(?: \w+)? (?:is|are) (?:open|empty|loaded|running|available|set up|seeded)\b"
    # "Given the cart contains 'Oak Chair'": what it holds before the journey
    r"|the \w+(?: \w+)? (?:contains?|holds?|has|have|includes?)\b)",
    re.I,
)

_NEXT_CLAUSE = re.compile(r",? (?=(?:when|then|and then)\b)", re.I)


def set_aside_assumptions(
    lines: list[str], parse: Callable[[str], Parsed | None]
) -> tuple[list[str], list[str]]:
    """Return the lines with each unreadable "Given" state taken out, and those states."""
    kept: list[str] = []
    assumed: list[str] = []
    in_given = tabled = False
    for line in lines:
        if tabled and line.lstrip().startswith("|"):
            assumed[-1] += f" {line.strip()}"  # "the following users exist:" and its table
            continue
        tabled = False
        match = _GIVEN.match(line)
        keyword = match["keyword"].lower() if match else ""
        in_given = keyword in _AS_GIVEN or (in_given and keyword in {"and", "but"})
        rest = match["rest"].rstrip(".") if match else ""
        # "Given there are 3 orders, when I open Orders, …": only the state is assumed
        state, *after = _NEXT_CLAUSE.split(rest, maxsplit=1)
        if in_given and _STATE.match(state) and _assumed(parse(state.rstrip(":"))):
            assumed.append(state)
            tabled = state.endswith(":")
            if after:
                kept.append(after[0])
            continue
        kept.append(line)
    return kept, assumed


def _assumed(parsed: Parsed | None) -> bool:
    """A state no step reads, or one read only as checks: "Given the cart is empty" is how
    the journey starts, not something to prove (its cart may not be on the first page)."""
    return parsed is None or all(draft.action in CHECKS for draft in parsed.drafts)
