"""A list holding only the items named, and a step done only if its element is enabled.

Two pages share one browser context: one with a single list of groceries (besides menus
and filter tabs, which are not the page's list), one with two lists. "only X is listed"
passes on exactly those items and fails on one more, one fewer, two names in one item,
or two lists it could mean. A third page runs "click X if it is enabled" end to end.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Page

from housecat.browser.actions import perform
from housecat.browser.execute import Limits, execute
from housecat.browser.outcomes import StepFailed
from housecat.browser.pool import BrowserPool
from housecat.plan.read import read_goal
from tests.pages import Pages

ONE_LIST = """
<header><nav><ul><li><a href=#>Home</a></li><li><a href=#>Shop</a></li></ul></nav></header>
<main>
  <h1>Groceries</h1>
  <div role=tablist aria-label=Show>
    <button role=tab aria-selected=true>All</button>
    <button role=tab aria-selected=false>Done</button></div>
  <ul class=todo-list><li>Milk <button>Delete</button></li><li>Eggs <button>Delete</button></li></ul>
  <p>Milk and Bread are on offer</p>
</main>
<footer><ul><li><a href=#>Help</a></li></ul></footer>
"""
TWO_LISTS = """
<section aria-label=Groceries><ul><li>Milk</li><li>Eggs</li></ul></section>
<section><h2>Pantry</h2><ul><li>Flour and Sugar</li><li>Salt</li></ul></section>
"""
BUTTONS = """
<button onclick="document.querySelector('#log').textContent += ' went next'">Next</button>
<button disabled onclick="document.querySelector('#log').textContent += ' saved'">Save</button>
<button id=later disabled
  onclick="document.querySelector('#log').textContent += ' published'">Publish</button>
<p id=log>Log:</p>
<script>setTimeout(() => document.querySelector('#later').disabled = false, 300)</script>
"""
SHORT_S = 0.4


@pytest.fixture(scope="module")
async def lists(pool: BrowserPool, pages: Pages) -> AsyncIterator[tuple[Page, Page]]:
    """The page with one list and the page with two: checks never change them."""
    async with pool.context() as context:
        one, two = await context.new_page(), await context.new_page()
        await one.goto(pages.add(ONE_LIST))
        await two.goto(pages.add(TWO_LISTS))
        yield one, two


async def check(page: Page, goal: str) -> None:
    (step,) = read_goal(goal).steps
    await perform(page, step, page.url, SHORT_S)


@pytest.mark.parametrize(
    "goal",
    [
        "only Milk and Eggs are listed",
        "the list shows only 'Eggs' and 'Milk'",
        "the todo list only contains 'Milk' and 'Eggs'",
    ],
)
async def test_only_the_items_named_passes_on_exactly_those(
    lists: tuple[Page, Page], goal: str
) -> None:
    await check(lists[0], goal)


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("only 'Milk' is listed", "the list also shows 'Eggs"),
        ("only Milk, Eggs and Bread are listed", "no item shows 'Bread'"),
        ("only 'Milk', 'Eggs' and 'Delete' are listed", "2 items for 3 names"),
        # the section under the heading holds the filter tabs, and no list
        ("the groceries list shows only 'Milk' and 'Eggs'", "no list of items shows in"),
    ],
)
async def test_one_item_more_or_fewer_fails(lists: tuple[Page, Page], goal: str, said: str) -> None:
    with pytest.raises(StepFailed, match=said):
        await check(lists[0], goal)


async def test_a_list_named_by_its_place_is_that_list(lists: tuple[Page, Page]) -> None:
    two = lists[1]
    await check(two, "only 'Milk' and 'Eggs' are shown in the groceries list")
    await check(two, "the pantry list shows only 'Flour' and 'Salt'")
    with pytest.raises(StepFailed, match="2 items for 3 names"):
        await check(two, "the pantry list shows only 'Flour', 'Sugar' and 'Salt'")


async def test_two_lists_it_could_mean_fail_saying_so(lists: tuple[Page, Page]) -> None:
    with pytest.raises(StepFailed, match=r"2 lists show on the page .*say which one"):
        await check(lists[1], "only Milk and Eggs are listed")


async def test_the_only_result_is_the_one_result_listed(pool: BrowserPool, pages: Pages) -> None:
    found = "<h2>Results</h2><ul><li>Grace Hopper</li>{}</ul><aside><p>Grace Hopper</p></aside>"
    async with pool.context() as context:
        page = await context.new_page()
        await page.goto(pages.add(found.format("")))
        await check(page, "Grace Hopper should be the only result")
        await page.goto(pages.add(found.format("<li>Grace Kelly</li>")))
        with pytest.raises(StepFailed, match="also shows 'Grace Kelly'"):
            await check(page, "the only result is Grace Hopper")


async def test_a_filter_said_selected_is_its_tab_selected(lists: tuple[Page, Page]) -> None:
    await check(lists[0], "the All filter is selected")
    with pytest.raises(StepFailed, match="'Done' is there but not selected"):
        await check(lists[0], "the Done filter is active")


async def test_a_step_runs_only_if_its_element_is_enabled(pool: BrowserPool, pages: Pages) -> None:
    url = pages.add(BUTTONS)
    goal = (
        f"Go to {url}. Click Next if it is enabled. Click Save if it is enabled. Click Archive if it is "
        "enabled. Click Publish if it is enabled. Check the page says Log: went next published"
    )
    browser, as_run = await execute(
        pool, read_goal(goal), start_url=url, run_id="if-enabled", limits=Limits(2, 30)
    )
    statuses = [(step.status, step.details) for step in browser.steps]
    assert [status for status, _ in statuses] == [
        "passed",
        "passed",
        "skipped",
        "skipped",
        "passed",
        "passed",
    ], statuses
    assert statuses[2][1] == "skipped: 'Save' was disabled"
    assert statuses[3][1] == "skipped: 'Archive' was not on the page"
    # the plan as run keeps the condition, so a replay asks again
    assert all(step.only_if_enabled for step in as_run.steps[1:5])
