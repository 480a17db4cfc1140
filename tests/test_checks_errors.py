"""An error is a message that says something went wrong: never one styled as saying all
went well. `an error message is displayed` after a form is sent empty must fail when the
form was accepted and a success alert says so; `there are no errors` must hold then.
"""

from __future__ import annotations

import pytest

from housecat.browser.execute import execute
from housecat.browser.pool import BrowserPool
from housecat.plan.models import Plan, Step
from housecat.plan.read import read_goal
from housecat.runs.evaluate import evaluate
from tests.pages import Pages
from tests.test_checks_kinds import QUICK, check

SAVED = '<div class="alert alert-success" role="alert"><p class="alert-text">Saved!</p></div>'
SAVED_TOAST = '<div class="toast toast-success">Saved!</div><div class="alert-info">Tip: S</div>'
UPDATED = '<div class="notice success" role="alert">Profile updated</div>'
REQUIRED = '<div class="alert alert-danger" role="alert">Email is required</div>'
FIELD_ERROR = '<label>Email <input></label><p class="field-error">Email is required</p>'
STATUS_TOAST = '<div class="toast" role="status">Saved!</div>'
# "Congratulations" in the dialog, or only outside it
CONGRATS = "<p>{}</p><div role=dialog><p>{}</p><button>Next</button></div>"

CASES = [
    ("an error message is displayed", REQUIRED, True),
    ("an error message is displayed", FIELD_ERROR, True),
    ("the error message says Email is required", REQUIRED, True),
    ("an error message is displayed", SAVED, False),
    ("an error message is displayed", SAVED_TOAST, False),
    ("an error is shown", UPDATED, False),
    ("the error message says Saved", SAVED, False),
    ("there are no errors", SAVED, True),
    ("no error message is shown", SAVED_TOAST, True),
    ("no error message is shown", REQUIRED, False),
    # errors said by where they come from are errors all the same
    ("there are no validation errors", SAVED, True),
    ("there are no validation errors", FIELD_ERROR, False),
    ("no form errors", REQUIRED, False),
    # never the words "Validation errors", which a form showing its errors need not say
    ("The form shows no Validation errors", f"<form>{FIELD_ERROR}</form>", False),
    ("The form shows no Validation errors", f"<form>{SAVED}</form>", True),
    ("The form shows no Errors", f"<form>{FIELD_ERROR}</form>", False),
    ("The form shows no Errors", f"<form>{SAVED}<p>Errors</p></form>", False),
    ("The form shows no Errors", f"<form>{SAVED}</form>", True),
    # Good news is a message styled so
    ("a success message appears", SAVED, True),
    ("Verify that a success toast message appears", SAVED_TOAST, True),
    ("the success message says Saved", SAVED, True),
    ("a success message appears", REQUIRED, False),
    ("a success message appears", STATUS_TOAST, False),
    ("a success message appears", '<button class="btn btn-success">Save</button>', False),
    ("no success message is shown", REQUIRED, True),
    # Said with no article, the kind still
    ("Success toast visible", SAVED_TOAST, True),
    ("Success toast visible", REQUIRED, False),
    ("Error message visible", SAVED, False),
    # A message named by the words it says: those words, where it is said to be
    ("a thank-you message is displayed", "<p>Thank you for your order!</p>", True),
    ("a thank-you message is displayed", "<p>Thanks!</p>", False),
    ("a welcome message is shown", "<p>You are not welcome yet</p>", False),
    ("I should see a signed out message", "<p>You have been signed out.</p>", True),
    ("I should see a signed out message", "<a>Sign out</a>", False),
    (
        "A congratulations message is shown in the modal",
        CONGRATS.format("", "Congratulations!"),
        True,
    ),
    (
        "A congratulations message is shown in the modal",
        CONGRATS.format("Congratulations!", "Done"),
        False,
    ),
    # A toast or a notification is any message, good news too
    ("a toast appears", STATUS_TOAST, True),
    ("a notification is shown", SAVED, True),
]


@pytest.mark.parametrize(("goal", "html", "holds"), CASES)
async def test_an_error_is_never_a_message_that_all_went_well(
    pool: BrowserPool, pages: Pages, goal: str, html: str, holds: bool
) -> None:
    result = await check(pool, pages.add(html), *read_goal(goal).steps)
    assert result.passed is holds, f"{goal}: {result.details}"


async def test_a_missing_error_is_said_so(pool: BrowserPool, pages: Pages) -> None:
    step = read_goal("an error message is displayed").steps[-1]
    result = await check(pool, pages.add(SAVED), step)
    assert "an error message is not on the page" in result.details


FLASH = "<div id=flash class='flash success'>You logged in! <a href='#' class=close{}>×</a></div>"
CLOSES = " onclick='this.parentElement.remove()'"
# A cross outside the flash, which would close it too: not the flash's own
CROSS_ELSEWHERE = (
    "<div id=flash class=flash>You logged in!</div>"
    "<a href='#' class=close onclick='flash.remove()'>×</a>"
)


@pytest.mark.parametrize(
    ("html", "holds"),
    [(FLASH.format(CLOSES), True), (FLASH.format(""), False), (CROSS_ELSEWHERE, False)],
)
async def test_a_flash_dismissed_is_gone_and_one_that_stays_fails(
    pool: BrowserPool, pages: Pages, html: str, holds: bool
) -> None:
    # The cross closes the flash it is drawn in; a "flash-sale" banner is no flash
    url = pages.add(html + "<div class='flash-sale'>50% off</div>")
    goal = "When I dismiss the flash\nThen the flash should not be visible"
    plan = Plan(
        goal=goal, steps=[Step(action="goto", value=url, phrase="open"), *read_goal(goal).steps]
    )
    browser, _ = await execute(pool, plan, start_url=url, run_id="flash", limits=QUICK)
    assert evaluate(browser).passed is holds, evaluate(browser).details
