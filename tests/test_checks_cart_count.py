""" "the cart badge shows 1", "the cart icon shows 2", "the cart count is 1": the figure on
the cart, wherever the page draws its badge (in an element named for the cart, or on the
cart's own link), never a figure elsewhere nor on an "Add to cart" button.
"""

from __future__ import annotations

import pytest

from housecat.browser.pool import BrowserPool
from housecat.plan.read import read_goal
from tests.pages import Pages
from tests.test_checks_kinds import check

# A badge in a link whose class names the cart
BADGE = (
    "<div class=shopping_cart_container><a class=shopping_cart_link href=#>"
    "<span class=shopping_cart_badge>{}</span></a></div><p>1 review</p>"
)
# A badge on the cart's link, named only by its label; a "2" elsewhere on the page
LABELLED = (
    "<header><a href=/cart aria-label=Cart><svg width=9 height=9></svg>"
    "<span class=badge>{}</span></a></header><main><p>2 reviews</p></main>"
)
# No cart link at all: an "Add to cart" button is none
ADD_ONLY = "<main><button aria-label='Add to cart'>2 left</button></main>"

CASES = [
    ('the cart badge should display "1"', BADGE.format(1), True),
    ('the cart badge should display "1"', BADGE.format(2), False),
    ("the cart count is 1", BADGE.format(1), True),
    ("the cart icon shows 2", LABELLED.format(2), True),
    ("the cart icon shows 2", LABELLED.format(3), False),
    ("the cart counter shows 2", LABELLED.format(12), False),
    ("the cart count is 2", ADD_ONLY, False),
]


@pytest.mark.parametrize(("goal", "html", "holds"), CASES)
async def test_the_cart_count_is_the_figure_on_the_cart(
    pool: BrowserPool, pages: Pages, goal: str, html: str, holds: bool
) -> None:
    result = await check(pool, pages.add(html), read_goal(goal).steps[-1])
    assert result.passed is holds, f"{goal} on {html}: {result.details}"
