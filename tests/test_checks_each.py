""" "every row shows Active": each item of the one list meant shows the words, whole and not
denied, and there is at least one. A row saying "Inactive" or "Not active", a header row
alone, a table saying "No data available", or two lists either of which could be meant
must fail.
"""

from __future__ import annotations

import pytest

from housecat.browser.pool import BrowserPool
from housecat.plan.read import read_goal
from tests.pages import Pages
from tests.reading import refused
from tests.test_checks_kinds import check
from tests.test_journeys_sites import journey, start


def table(*statuses: str) -> str:
    rows = "".join(
        f"<tr><td>#{n}</td><td>{status}</td></tr>" for n, status in enumerate(statuses, 1001)
    )
    return f"<table><tr><th>Order</th><th>Active</th></tr>{rows}</table>"


ALL_ACTIVE = table("Active", "Active", "Active")
NO_DATA = "<table><tr><th>Active</th></tr><tr><td colspan=2>No data available in table</td></tr>"
# Every item says Active, but it is not the list the rows are in: which list is meant?
TWO_LISTS = table("Active", "Inactive") + "<ul><li>Active</li><li>Active</li></ul>"
RESULTS = "<h2>Results</h2><ul id=results><li>Laptop stand</li><li>Gaming laptop</li></ul>"
OTHER_RESULT = "<h2>Results</h2><ul id=results><li>Laptop stand</li><li>Desk lamp</li></ul>"


def orders(*rows: tuple[str, str]) -> str:
    cells = "".join(f"<tr><td>{note}</td><td>{status}</td></tr>" for note, status in rows)
    return f"<table><tr><th>Note</th><th>Status</th></tr>{cells}</table>"


# Each row's Status cell, never "Active" said in another of its cells
IN_THE_COLUMN = orders(("Renewed", "Active"), ("", "Active"))
ELSEWHERE_IN_THE_ROW = orders(("Renewed", "Active"), ("Active until May", "Pending"))
TWO_TABLES = IN_THE_COLUMN + orders(("Old", "Closed"))


def components(*statuses: str, tag: str = "li") -> str:
    """A status page: its banner says all is well, its components each say how they are."""
    shown = "".join(
        f"<{tag} class=component>{name} <span>{status}</span></{tag}>"
        for name, status in zip(("API", "Search", "Database"), statuses, strict=False)
    )
    held = f"<ul>{shown}</ul>" if tag == "li" else f"<div class=components>{shown}</div>"
    return f"<h1>All Systems Operational</h1>{held}"


CASES = [
    ("every row shows Active", ALL_ACTIVE, True),
    ("Verify that all rows in the table show Active", ALL_ACTIVE, True),
    ("every row shows Active", table("Active", "Inactive", "Active"), False),
    ("every row shows Active", table("Active", "Not active"), False),
    ("every row shows Active", table(), False),  # only the header says it
    ("every row shows Active", NO_DATA, False),
    ("every row shows Active", TWO_LISTS, False),
    ("all results contain 'laptop'", RESULTS, True),
    ("all results contain 'laptop'", OTHER_RESULT, False),
    ("every row in the Status column says Active", IN_THE_COLUMN, True),
    ("the Status column shows Active for every row", IN_THE_COLUMN, True),
    ("every row in the Status column says Active", ELSEWHERE_IN_THE_ROW, False),
    ("every row in the Status column says Active", orders(("x", "Inactive")), False),
    ("every row in the Status column says Active", orders(), False),  # no row at all
    ("every row in the Status column says Active", TWO_TABLES, False),  # which table?
    ("every row in the Note column says Active", IN_THE_COLUMN, False),
    ("every component should be Operational", components("Operational", "Operational"), True),
    ("All components are Operational", components("Operational", "Degraded"), False),
    # drawn as blocks, no list: each element whose class names a component
    ("every component is Operational", components("Operational", "Operational", tag="p"), True),
    ("every component is Operational", components("Operational", "Degraded", tag="p"), False),
    # the banner alone says it: no component shows
    ("every component is Operational", "<h1>All Systems Operational</h1>", False),
]


@pytest.mark.parametrize(("goal", "html", "holds"), CASES)
async def test_every_item_shows_the_words(
    pool: BrowserPool, pages: Pages, goal: str, html: str, holds: bool
) -> None:
    result = await check(pool, pages.add(html), read_goal(goal).steps[-1])
    assert result.passed is holds, f"{goal} on {html}: {result.details}"


async def test_what_a_column_lacks_or_which_table_is_meant_is_said(
    pool: BrowserPool, pages: Pages
) -> None:
    step = read_goal("every row has Active in the Status column").steps[-1]
    result = await check(pool, pages.add(ELSEWHERE_IN_THE_ROW), step)
    assert "1 of 2 do not show 'Active': 'Pending'" in result.details
    result = await check(pool, pages.add(TWO_TABLES), step)
    assert "2 tables have a column headed 'Status': say which" in result.details
    result = await check(pool, pages.add(RESULTS), step)
    assert "no table has a column headed 'Status'" in result.details


async def test_what_an_item_lacks_is_said(pool: BrowserPool, pages: Pages) -> None:
    step = read_goal("every row shows Active").steps[-1]
    result = await check(pool, pages.add(table("Active", "Inactive")), step)
    assert "1 of 2 do not show 'Active': '#1002 Inactive'" in result.details


@pytest.mark.parametrize(
    "goal",
    [
        "every row has a Delete button",  # an element, not words
        "every row shows a price",  # which words?
        "every row shows Active and Paid",  # both words, or the one phrase?
        "every row should not show Inactive",
        "each result mentions laptop",  # lower case: a paraphrase, not the words
    ],
)
def test_what_every_item_shows_is_words_the_goal_spells(goal: str) -> None:
    refused(goal)


@pytest.mark.parametrize(("variant", "holds"), [("ok", True), ("slow", True), ("broken", False)])
async def test_a_filter_that_filters_nothing_fails(
    pool: BrowserPool, sites: str, variant: str, holds: bool
) -> None:
    goal = "tick Shipped, click Apply filters and check that every row shows Shipped"
    outcome = await journey(pool, start(sites, "orders", variant), goal)
    assert outcome.result.passed is holds, outcome.result.error
