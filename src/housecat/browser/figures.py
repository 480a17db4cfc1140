"""A figure the page shows, compared with one the goal gives: "the total is more than $0".

The figure is read where a text check would look for it (next to a label, in an item's
labelled value, or alone in a part of the page) and never guessed: a part that shows no
figure, or several, fails saying so.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from housecat.browser.checks import Place, place_of, said_near, until
from housecat.browser.outcomes import Done, StepFailed
from housecat.plan.models import FIGURE, Step

_COMPARED: dict[str, tuple[Callable[[float, float], bool], str]] = {
    "above": (operator.gt, "more than"),
    "below": (operator.lt, "less than"),
    "at_least": (operator.ge, "at least"),
    "at_most": (operator.le, "at most"),
}


def amount(figure: str) -> float:
    """The number a figure writes: "$1,250.00" is 1250, "−3" is -3, "99.9%" is 99.9."""
    plain = re.sub(r"[$€£¥%,\s]", "", figure).replace("−", "-")
    return float(plain)


async def figures_of(place: Place) -> list[str]:
    """The figures the place shows for the check: next to its label, as its item labels
    it, or in the part of the page it is."""
    pattern = FIGURE.pattern
    if place.label is not None and place.item is None:
        found = await said_near(place.scope, place.label, pattern, None, True, held=True)
        return [found] if found else []
    if place.label is not None:
        read = await place.read(pattern, None, True)
        return [match for value in read.values for match in FIGURE.findall(value)]
    try:
        body = place.scope.locator("body") if isinstance(place.scope, Page) else place.scope
        texts = await body.all_inner_texts()
    except PlaywrightError:
        return []
    return [match for text in texts for match in FIGURE.findall(text)]


async def expect_number(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Expect the one figure the target shows to compare with the step's as it says."""
    holds, said = _COMPARED[step.compare]
    given = amount(step.value or "")
    failure = ""

    async def compared() -> bool:
        nonlocal failure
        place = await place_of(page, step)
        seen = await figures_of(place)
        if not seen:
            failure = f"{place.where} shows no figure"
        elif len(set(map(amount, seen))) > 1:
            shown = ", ".join(f"'{figure.strip()}'" for figure in dict.fromkeys(seen))
            failure = f"{place.where} shows several figures ({shown}): name the one"
        elif not holds(amount(seen[0]), given):
            failure = f"{place.where} is '{seen[0].strip()}', not {said} '{step.value}'"
        else:
            return True
        return False

    if not await until(timeout_s, compared):
        raise StepFailed(failure)
    return Done()
