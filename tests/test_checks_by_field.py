"""A message under a field is checked next to the field's label, never inside its input.

One page holds a form whose Email field shows 'Required' under it, and a Name field with
no message while the page says 'Required' elsewhere (a legend above the form). The check
passes on the message by its field (it failed when the words were looked for in the input),
and fails when the words show only before the field's label.

Next to the label is the field's own message (what describes it, or the element right
after it), or the words after the label in the smallest part of the page that holds both:
stricter than anywhere on the page, though a later field's message close enough after the
label would count too (no check yet knows a field's own group).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Page

from housecat.browser.actions import perform
from housecat.browser.outcomes import StepFailed
from housecat.browser.pool import BrowserPool
from housecat.plan.read import read_goal
from tests.pages import Pages

FORM = """
<h1>Sign up</h1>
<p>Fields marked * are Required</p>
<form>
  <div class=group><label for=email>Email *</label><input id=email name=email value=''>
    <span id=email-error>Required</span></div>
  <div class=group><label for=name>Name *</label><input id=name name=name value=Ada></div>
  <div class=group><label for=pw>Password</label><input id=pw type=password>
    <small>At least 8 characters</small></div>
  <div class=group><label for=city>City</label><input id=city><span>Unknown city</span></div>
</form>
"""
SHORT_S = 0.4


@pytest.fixture(scope="module")
async def form(pool: BrowserPool, pages: Pages) -> AsyncIterator[Page]:
    """One page for every check of this module: checks never change it."""
    url = pages.add(FORM)
    async with pool.context() as context:
        page = await context.new_page()
        await page.goto(url)
        yield page


async def check(page: Page, goal: str) -> None:
    (step,) = read_goal(goal).steps
    await perform(page, step, page.url, SHORT_S)


@pytest.mark.parametrize(
    "goal",
    [
        "an error 'Required' is shown under the Email field",
        "the Email field shows the error 'Required'",
        "'At least 8 characters' is displayed below the password field",
        "the error under the Email field reads 'Required'",
        # Inline, the label's words and the message's run together: "CityUnknown city"
        "the error next to the City field says 'Unknown city'",
        # what a form says of a field, said as what the field shows: never a value typed
        "the Email field should show 'Required'",
    ],
)
async def test_a_message_under_its_field_passes(form: Page, goal: str) -> None:
    await check(form, goal)


@pytest.mark.parametrize(
    "goal",
    [
        # The page says "Required" in its legend, not under the Name field
        "an error 'Required' is shown under the Name field",
        "the hint 'Fields marked' appears next to the Email field",
        "the error under the Name field says 'Required'",
        "the Name field shows 'Required'",
    ],
)
async def test_a_message_elsewhere_on_the_page_fails(form: Page, goal: str) -> None:
    with pytest.raises(StepFailed, match="does not show"):
        await check(form, goal)


async def test_it_says_after_typing_is_the_message_by_that_field(
    pool: BrowserPool, pages: Pages
) -> None:
    # "type … into the Name field and check it says 'Required'": once the words anywhere on
    # the page, so the legend and the Email field's message passed it for the Name field
    url = pages.add(FORM)
    async with pool.context() as context:
        page = await context.new_page()
        await page.goto(url)
        for goal, holds in [
            ("type Bo into the Name field and check it says 'Required'", False),
            ("type bo into the Email field and check it says 'Required'", True),
        ]:
            typed, said = read_goal(goal).steps
            await perform(page, typed, page.url, SHORT_S)
            if holds:
                await perform(page, said, page.url, SHORT_S)
            else:
                with pytest.raises(StepFailed, match="does not show"):
                    await perform(page, said, page.url, SHORT_S)
