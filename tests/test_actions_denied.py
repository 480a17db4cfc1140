"""A step acts on the control its words name, never on one whose name denies them ("Don't
remember me" for `tick Remember me`), one whose name merely holds the letters ("Address
book" for `click Add`), or another item's ("the Pro plan's Buy button" is never Starter's).

Each page pairs a goal that holds where the control is there with the same goal on a page
where only the other control is: there it must fail, never act on the wrong one.
"""

from __future__ import annotations

import pytest

from housecat.browser.execute import execute
from housecat.browser.pool import BrowserPool
from housecat.plan.models import Plan, Step
from housecat.plan.read import read_goal
from housecat.runs.evaluate import evaluate
from housecat.runs.models import TestResult
from tests.pages import Pages
from tests.test_checks_kinds import QUICK


async def run(pool: BrowserPool, url: str, goal: str) -> TestResult:
    steps = [Step(action="goto", value=url, phrase="open"), *read_goal(goal).steps]
    browser, _ = await execute(
        pool, Plan(goal=goal, steps=steps), start_url=url, run_id="denied", limits=QUICK
    )
    return evaluate(browser)


def _button(name: str, says: str) -> str:
    return f"<button onclick=\"document.querySelector('p').textContent='{says}'\">{name}</button>"


PUBLISH = _button("Don&#39;t publish", "Kept as a draft") + _button("Publish now", "Published")
NOT_PUBLISH = _button("Don&#39;t publish", "Published anyway") + "<p></p>"
SAVE = "<a href=#>Never save</a>" + _button("Save changes", "Saved") + "<p></p>"
NEVER_SAVE = (
    "<a href='#' onclick=\"document.querySelector('p').textContent='Saved'\">Never save</a><p></p>"
)
ADD = _button("Address book", "Added") + "<p></p>"
REMEMBER = (
    "<label><input type=checkbox> Don't remember me</label>"
    "<label><input type=checkbox> Remember me on this device</label>"
)
NOT_REMEMBER = "<label><input type=checkbox> Don't remember me</label>"
EMAILS = "<label><input type=checkbox checked> Do not send me emails</label>"
NO_EMAIL = "<label>No email <input></label>"
AGREE = (
    "<label><input type=checkbox> Newsletter</label><label><input type=checkbox> I don't agree"
    "</label><label><input type=checkbox> I agree to the terms</label>"
)
PLANS = (
    "<div class=plan><h3>Starter</h3>" + _button("Buy", "Bought Starter") + "</div>"
    "<div class=plan><h3>Pro plan</h3>" + _button("Buy", "Bought Pro") + "</div><p></p>"
)
STARTER_ONLY = (
    "<div class=plan><h3>Starter</h3>" + _button("Buy", "Bought Starter") + "</div>"
    "<div class=plan><h3>Pro plan</h3><i>Sold out</i></div><p></p>"
)

CASES = [
    (PUBLISH + "<p></p>", "Click Publish, then the page says Published"),
    (SAVE, "click Save and check that the page says Saved"),
    (PLANS, "click the Pro plan's Buy button, then the page says Bought Pro"),
    (REMEMBER, "Tick Remember me, then the 'Remember me on this device' box is ticked"),
    (
        AGREE,
        "Check the box next to 'I agree', then the 'I agree to the terms' box is ticked and"
        " the Newsletter box is not ticked",
    ),
]
FAILS = [
    (STARTER_ONLY, "click the Pro plan's Buy button"),
    (NOT_PUBLISH, "Click Publish"),
    (NOT_PUBLISH, "click the Publish button"),
    (NEVER_SAVE, "click Save"),
    (ADD, "click Add"),
    (NOT_REMEMBER, "Tick Remember me"),
    (EMAILS, "Uncheck Send me emails"),
    (NO_EMAIL, "Fill Email with ada@example.com"),
]


@pytest.mark.parametrize(("html", "goal"), CASES)
async def test_a_step_acts_on_the_control_its_words_name(
    pool: BrowserPool, pages: Pages, html: str, goal: str
) -> None:
    result = await run(pool, pages.add(html), goal)
    assert result.passed, result.details


@pytest.mark.parametrize(("html", "goal"), FAILS)
async def test_a_control_that_denies_the_words_or_only_holds_their_letters_is_not_theirs(
    pool: BrowserPool, pages: Pages, html: str, goal: str
) -> None:
    result = await run(pool, pages.add(html), goal)
    assert not result.passed, f"acted on another control: {goal}"
