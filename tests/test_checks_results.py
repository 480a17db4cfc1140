"""Results said with no number ("search results are displayed", "the search returns
results") are at least one item of the list in the part of the page called the results;
"more than 10 posts" are items of the list in the part called the posts.

A heading "Search results" over nothing, a list whose one item says "No results found" or
"Loading…", a table whose one row says "No data available", and a list that is not the
results all show none, as a list of each post's tags shows no posts: each must fail.
"""

from __future__ import annotations

import pytest

from housecat.browser.pool import BrowserPool
from housecat.plan.read import read_goal
from tests.pages import Pages
from tests.test_checks_kinds import check
from tests.test_journeys_sites import journey, start

FOUND = "<h1>Search</h1><h2>Results</h2><ul id=results><li>Cat toy</li><li>Cat bed</li></ul>"
ONE_FOUND = "<section class=search-results><ul><li>Cat toy</li></ul></section>"
NONE_SAID = "<h2>Results</h2><ul id=results><li>No results found for “cats”</li></ul>"
LOADING = "<section class=search-results><ul><li>Loading…</li></ul></section>"
# The words of a heading, and a list that is not the results
HEADING_ONLY = (
    "<h2>Search results</h2><p>Nothing matched your search.</p>"
    "<h3>Popular</h3><ul><li>Dog bowl</li></ul>"
)
ROWS = "<table id=results><tr><th>Name</th></tr><tr><td>Cat toy</td></tr></table>"
NO_DATA = (
    "<table><tr><th>Name</th><th>Price</th></tr>"
    "<tr><td class=dataTables_empty colspan=2>No data available in table</td></tr></table>"
)
CARDS = "<main><h2>Results</h2><div class=results><article>Cat toy</article></div></main>"
POSTS = (
    "<div class=posts><article>One</article><article>Two</article><article>Three</article></div>"
)
# One post, or one result, drawn as a block, with a list of its own tags
TAGS = "<ul class={}-tags><li>a</li><li>b</li><li>c</li></ul>"
ONE_POST = f"<div class=posts><div class=post><h2>One</h2>{TAGS.format('post')}</div></div>"
ONE_RESULT = f"<div id=results><div class=result>Cat toy {TAGS.format('result')}</div></div>"

SOME_RESULTS = [
    "search results are displayed",
    "Search results should be shown",
    "I should see search results",
    "there are some results",
    "at least one result is shown",
    "the search returns results",
    "results are returned",
    "the results list is not empty",
    "the page shows search results",
    "Then I should see a list of results",
    "verify results load",
]
CASES = [
    *[(goal, html, True) for goal in SOME_RESULTS for html in (FOUND, ONE_FOUND, ROWS, CARDS)],
    *[(goal, html, False) for goal in SOME_RESULTS for html in (NONE_SAID, LOADING, HEADING_ONLY)],
    ("at least 2 results are shown", FOUND, True),
    ("at least 2 results are shown", ONE_FOUND, False),
    ("at least 3 results are shown", ONE_RESULT, False),
    ("more than 2 posts are shown", POSTS, True),
    ("more than 2 posts are shown", ONE_POST, False),
    ("the page shows at least 3 posts", ONE_POST, False),
    ("the table has rows", ROWS, True),
    ("the table has rows", NO_DATA, False),
    ("there is at least one row", NO_DATA, False),
    ("the list shows 0 items", "<ul class=todo-list><li>No todos yet</li></ul>", True),
]
# No results: none in sight where results show, and the page saying it found nothing. A
# page that shows none because nothing ran, or that is still loading, or lost, says no such
# thing; "0 results" was once a count of any list on the page, which never held.
NO_RESULTS = [
    "there are no results",
    "no results are shown",
    "the search returns no results",
    "check that nothing is found",
    "the results list is empty",
    "there should be 0 results",
]
NOTHING_SAID = "<h2>Results</h2><ul id=results></ul><p>Welcome</p>"
LOST = "<h1>Page not found</h1><p>Search</p>"
# Results drawn in no part named so, beside words that say none of some other thing
UNNAMED_WITH_NONE_ELSEWHERE = (
    "<div class=grid><article>Cat toy</article><article>Cat bed</article></div>"
    "<a href=#cart>Cart: 0 items</a><p>No reviews found</p>"
)
MATCHED_NONE = "<table><tr><th>Name</th></tr><tr><td>No matching records found</td></tr></table>"
CASES += [
    *[(goal, html, True) for goal in NO_RESULTS[:2] for html in (NONE_SAID, HEADING_ONLY)],
    (NO_RESULTS[0], MATCHED_NONE, True),
    *[(goal, html, False) for goal in NO_RESULTS[:2] for html in (FOUND, ROWS, CARDS, LOADING)],
    *[(goal, html, False) for goal in NO_RESULTS[:2] for html in (NOTHING_SAID, LOST)],
    (NO_RESULTS[0], UNNAMED_WITH_NONE_ELSEWHERE, False),
]


def test_no_results_said_each_way_is_one_check() -> None:
    (first,) = read_goal(NO_RESULTS[0]).steps
    assert first.names_no_results
    for goal in NO_RESULTS[1:]:
        assert read_goal(goal).steps[-1].describe() == first.describe(), goal


@pytest.mark.parametrize(("goal", "html", "holds"), CASES)
async def test_results_are_items_of_the_results_that_say_something_was_found(
    pool: BrowserPool, pages: Pages, goal: str, html: str, holds: bool
) -> None:
    result = await check(pool, pages.add(html), read_goal(goal).steps[-1])
    assert result.passed is holds, f"{goal} on {html}: {result.details}"


async def test_a_page_with_no_results_says_why(pool: BrowserPool, pages: Pages) -> None:
    step = read_goal("search results are displayed").steps[-1]
    result = await check(pool, pages.add("<p>Welcome</p><ul><li>Home</li></ul>"), step)
    assert "cannot find the results on the page" in result.details


@pytest.mark.parametrize(
    "goal",
    [
        "the search results are not shown",  # where would they be, then?
        "the search for cats returns results",  # a search the goal does not say to do
        "verify results",  # which are right? the goal does not say
        "search results for 'laptop' are displayed",  # any results would not show they are
    ],
)
def test_results_are_not_read_where_the_goal_leaves_them_open(goal: str) -> None:
    with pytest.raises(Exception, match="cannot understand"):
        read_goal(goal)


@pytest.mark.parametrize(("variant", "holds"), [("ok", True), ("slow", True), ("broken", False)])
async def test_a_search_that_finds_nothing_fails(
    pool: BrowserPool, sites: str, variant: str, holds: bool
) -> None:
    goal = "search for createClient and verify that search results are displayed"
    outcome = await journey(pool, start(sites, "docs", variant), goal)
    assert outcome.result.passed is holds, outcome.result.error


@pytest.mark.parametrize(
    ("site", "variant", "query", "found"),
    [
        ("docs", "ok", "zzzz", 0),
        ("docs", "slow", "zzzz", 0),
        ("docs", "slow", "client", 3),
        ("orders", "ok", "zzzz", 0),  # a table's rows, and "No orders match" under it
        ("orders", "ok", "smith", 2),
    ],
)
async def test_a_search_that_should_find_nothing_fails_where_it_finds_some(
    pool: BrowserPool, sites: str, site: str, variant: str, query: str, found: int
) -> None:
    goal = f"search for {query} and confirm there are no results"
    outcome = await journey(pool, start(sites, site, variant), goal)
    assert outcome.result.passed is (found == 0), outcome.result.error
    if found:
        assert f"expected no results, found {found}" in (outcome.result.error or "")
