""" "the cart badge shows 1", "the cart icon shows 2", "the cart count is 1": the figure on
the cart, wherever the page draws its badge (on the cart's own link, or in an element named
for the cart that says a few words), never a figure elsewhere, on a line of the cart, nor
on an "Add to cart" button.
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

# The cart's own page: the badge says 2, each line's quantity 1
LINES = (
    "<div class=shopping_cart_container><a class=shopping_cart_link href=#>"
    "<span class=shopping_cart_badge>2</span></a></div><div id=cart_contents_container>"
    "<div class=cart_list><div class=cart_item><div class=cart_quantity>1</div>Backpack</div>"
    "<div class=cart_item><div class=cart_quantity>1</div>Bike light</div></div></div>"
)
# A cart drawer open beside the badge, a line of it for 2 chairs
DRAWER = (
    "<a href=/cart aria-label=Cart><span class=badge>3</span></a><aside class=cart-drawer>"
    "<ul><li>Oak chair · Qty 2</li><li>Lamp · Qty 1</li></ul></aside>"
)

# A count named for the cart, in no link
PLAIN = "<div class=header-cart><span class=cart-count>{}</span></div><p>1 review</p>"

CASES = [
    ("the cart count is 2", PLAIN.format(2), True),
    ("the cart count is 1", PLAIN.format(2), False),
    ("the cart badge shows 2", LINES, True),
    ("the cart badge shows 1", LINES, False),
    ("the cart badge shows 3", DRAWER, True),
    ("the cart badge shows 2", DRAWER, False),
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
