"""A value an item labels ("Ada's status is Active") is read from its own box: the cell of
her row under the Status column, or the words right after "Status" in her card.

Each layout pairs goals that hold with goals whose words show only elsewhere: in another
cell of her row ("Active Directory admins"), in the next row or card, in the page's footer.
A goal of the second kind that passes is a false pass.
"""

from __future__ import annotations

import pytest

from housecat.browser.pool import BrowserPool
from housecat.plan.models import Step, Target
from housecat.plan.read import read_goal
from tests.pages import Pages
from tests.test_checks_kinds import check

USERS = (
    "<table><thead><tr><th>Name</th><th>Group</th><th>Status ▲</th></tr></thead><tbody>"
    "<tr><td>Bob</td><td>Staff</td><td>Active</td></tr>"
    "<tr><td>Ada</td><td>Active Directory admins</td><td>Suspended</td></tr></tbody></table>"
)
TOTALS = (
    "<table><tr><th>Item</th><th>Total</th></tr><tr><td>Pine Table</td><td>$5</td></tr>"
    "<tr><td>Oak Chair</td><td>$9</td></tr></table>"
)
QUANTITIES = (
    "<table><tr><th>Item</th><th>Quantity</th></tr><tr><td>Oak Chair</td><td><input"
    " type=number aria-label=Quantity value=2></td></tr><tr><td>Pine Table</td><td><input"
    " type=number aria-label=Quantity value=12></td></tr></table>"
)
QUANTITY = "<label>Quantity <input type=number value=12></label><p>2 left in stock</p>"
QTY = (
    "<div class=item><h3>Oak Chair</h3><label>Qty <input type=number value=2></label></div>"
    "<div class=item><h3>Pine Table</h3><label>Qty <input type=number value=1></label></div>"
)
CARDS = (
    "<div class=card><h3>Ada</h3><dl><dt>Role</dt><dd>Viewer</dd><dt>Status</dt>"
    "<dd>Suspended</dd></dl><p>Group: Active Directory</p></div>"
    "<div class=card><h3>Bob</h3><dl><dt>Status</dt><dd>Active</dd></dl></div>"
)
ORDERS = (
    "<ul><li class=o><b>Order #1042</b> <p><strong>Status:</strong> Shipped</p></li>"
    "<li class=o><b>Order #1043</b> <p><strong>Status:</strong> Processing</p></li></ul>"
)
ORDER_PAGE = (
    "<main><h1>Order #1042</h1><section><h2>Details</h2><dl><dt>Placed</dt><dd>May 2</dd>"
    "<dt>Status</dt><dd>Processing</dd></dl></section></main>"
)
ROLES = (
    "<table><tr><th>User</th><th>Role</th></tr><tr><td>Ada</td><td><select><option>Viewer"
    "</option><option selected>Admin</option></select></td></tr></table>"
)
GRID = (
    "<div role=grid><div role=row><span role=columnheader>Name</span>"
    "<span role=columnheader>Plan</span></div><div role=row><span role=gridcell>Ada</span>"
    "<span role=gridcell>Free</span></div><div role=row><span role=gridcell>Bob</span>"
    "<span role=gridcell>Pro</span></div></div>"
)
# Ada's row labels no status; the page's footer does
FOOTER = (
    "<nav>Home / Ada</nav><table><tr><th>Name</th><th>Group</th></tr><tr><td>Ada</td>"
    "<td>Staff</td></tr></table><footer><p>Status: Active</p></footer>"
)
# Ada's name shows in Bob's row too, whose status is Active
MANAGED = (
    "<table><tr><th>Name</th><th>Notes</th><th>Status</th></tr>"
    "<tr><td>Bob</td><td>Backup: Ada</td><td>Active</td></tr>"
    "<tr><td>Ada</td><td>Owner of the Finance workspace</td><td>Invited</td></tr></table>"
)
PRICES = (
    "<div class=card><h3>Oak Chair</h3><p>$5</p></div>"
    "<div class=card><h3>Pine Table</h3><p>$9</p></div>"
)
BADGE = "<div class=card><h3>Ada</h3><span class=badge>Active</span></div>"
SUMMARY = (
    "<aside><h2>Order summary</h2><p>Subtotal (2 items): $35.00</p><p>Shipping: $5.00</p>"
    "<p>Total <b>$40.00</b></p></aside><p>Subtotal: $40.00 in your last order</p>"
)
INVOICES = (
    "<table><tr><th>Invoice</th><th>Status</th></tr><tr><td>INV-2040</td><td>Paid</td></tr>"
    "<tr><td>INV-2041</td><td>Overdue</td></tr></table>"
)
# "$20.00" is INV-002's tax and INV-003's amount, never INV-002's amount
AMOUNTS = (
    "<table><tr><th>Invoice</th><th>Amount</th><th>Tax</th></tr><tr><td>INV-002</td>"
    "<td>$120.00</td><td>$20.00</td></tr><tr><td>INV-003</td><td>$20.00</td><td>$0.00</td></tr>"
    "</table>"
)
# The order's part labels its total and status; the same figures and words show elsewhere
MY_ORDER = (
    "<h2>Your order</h2><div><p>Subtotal $40</p><p>Payment: Shipped separately</p>"
    "<p>Total: $45</p><p>Status: Pending</p></div><p class=total>Total $40</p>"
)
# Hosts by their own lower-case names; "Up" shows in web-2's row too, as its name's word
HOSTS = (
    "<table><tr><th>Host</th><th>Notes</th><th>Status</th></tr>"
    "<tr><td>web-1</td><td>Up since May</td><td>Down</td></tr>"
    "<tr><td>web-2</td><td>Backup of web-1</td><td>Up</td></tr></table>"
)

CASES = [
    (USERS, "Ada's status is Suspended", "Ada's status is Active"),
    (USERS, "Ada's status is not Active", "Ada's status is not Suspended"),
    (MY_ORDER, "the total of my order is not $40", "the total of my order is not $45"),
    (USERS, "the status in Bob's row is Active", "the status in Ada's row is Active"),
    (TOTALS, "the total for Oak Chair is $9", "the total for Oak Chair is $5"),
    (TOTALS, "the total of Oak Chair should be $9", "the price of Oak Chair is $5"),
    (CARDS, "Ada's role is Viewer", "Ada's status is Active"),
    (CARDS, "the status of Bob is Active", "the role of Bob is Viewer"),
    (ORDERS, "the status of Order #1042 is Shipped", "the status of Order #1043 is Shipped"),
    (ORDERS, "Order #1043 has status Processing", "Order #1042 has a status of Processing"),
    (ORDER_PAGE, "the status of order #1042 is Processing", "the status of order #1042 is Placed"),
    (ROLES, "Ada's role is Admin", "Ada's role is Viewer"),
    (GRID, "Bob's plan is Pro", "Ada's plan is Pro"),
    (FOOTER, "the page says Active", "Ada's status is Active"),
    (MANAGED, "Ada's status is Invited", "Ada's status is Active"),
    # A row named by its words, as "Ada's row": her status, never the words "status Active"
    (MANAGED, "the Ada row has status Invited", "the Ada row has status Active"),
    (USERS, "Row 'Bob' has status 'Active'", "row Ada has status Active"),
    (USERS, "In the row for Bob, the status is Active", "Ada's status reads Active"),
    (USERS, "the Group column for Ada says Active", "Ada's row shows Active in the Status column"),
    (SUMMARY, "the subtotal is $35.00 in the Order summary", "the total of Order summary is $5.00"),
    (
        SUMMARY,
        "the total is $40.00 in the Order summary",
        "the subtotal is $40.00 in the Order summary",
    ),
    # Figures said one after another are each their own label's: never all of them as
    # one text, which no page shows
    (
        SUMMARY,
        "the subtotal is $35.00, shipping $5.00, total $40.00",
        "the subtotal is $35.00, shipping $5.00 and total $35.00",
    ),
    # "the total of my order": the value labelled so in the order, not any figure it shows
    (MY_ORDER, "the total of my order is $45", "the total of my order is $40"),
    (MY_ORDER, "the status of the order should be Pending", "the status of my order is Shipped"),
    (MY_ORDER, "the page says Shipped", "the status of my cart is Pending"),
    (MY_ORDER, "the subtotal of my order is $40", "the subtotal of my order is $45"),
    # A figure no label names is the one next to the item's name, not the next card's
    (PRICES, "the price of Oak Chair is $5", "the price of Oak Chair is $9"),
    # Words no label names are no status: a badge may say anything
    (BADGE, "Ada's card says Active", "Ada's status is Active"),
    # A field labelled so holds the value: a "2" near it is not what it holds
    (QUANTITIES, "the quantity of Oak Chair is 2", "the quantity of Pine Table is 2"),
    (QUANTITY, "the quantity is 12", "the quantity is 2"),
    # A label as pages shorten it: "Qty" is the quantity
    (QTY, "Oak Chair's quantity is 2", "the quantity of Pine Table is 2"),
    # What a thing is marked as is what its own row shows, never the next row's
    (INVOICES, "invoice INV-2041 is marked as Overdue", "invoice INV-2041 is marked as Paid"),
    (INVOICES, "INV-2040 is listed as Paid", "INV-2040 should be flagged as 'Overdue'"),
    # A thing said with its kind is named by its code, as its row shows it
    (AMOUNTS, "invoice INV-002 has amount $120.00", "invoice INV-002 has amount $20.00"),
    (AMOUNTS, "the amount of invoice INV-003 is $20.00", "the amount of invoice INV-002 is $20.00"),
    # A system named as it names itself: its row's status, never "Up" elsewhere in it
    (HOSTS, "The web-1 row should show status Down", "the web-1 row should show status Up"),
    (HOSTS, "The Status column of the web-1 row says Down", "the status of the web-1 row is Up"),
]


@pytest.mark.parametrize(("html", "holds", "false"), CASES)
async def test_a_labelled_value_is_read_from_its_own_box(
    pool: BrowserPool, pages: Pages, html: str, holds: str, false: str
) -> None:
    url = pages.add(html)
    assert (await check(pool, url, read_goal(holds).steps[-1])).passed, holds
    result = await check(pool, url, read_goal(false).steps[-1])
    assert not result.passed, f"false pass: {false}"


async def test_a_failure_says_what_the_label_holds(pool: BrowserPool, pages: Pages) -> None:
    result = await check(pool, pages.add(USERS), read_goal("Ada's status is Active").steps[-1])
    assert "the status of 'Ada' is 'Suspended', not 'Active'" in result.details
    result = await check(pool, pages.add(BADGE), read_goal("Ada's status is Active").steps[-1])
    assert "found no status of 'Ada'" in result.details
    result = await check(
        pool, pages.add(MY_ORDER), read_goal("the total of my order is $40").steps[-1]
    )
    assert "the total in the order does not show '$40'" in result.details


async def test_a_labelled_value_can_be_checked_gone(pool: BrowserPool, pages: Pages) -> None:
    url = pages.add(USERS)
    for name, gone in (("Ada", True), ("Bob", False)):
        target = Target(text="status", within=name)
        step = Step(action="expect_no_text", target=target, value="Active", phrase="not active")
        assert (await check(pool, url, step)).passed is gone, name


def test_a_labelled_value_is_read_with_its_label() -> None:
    assert [s.describe() for s in read_goal("Ada's status is Active").steps] == [
        "Expect the status of 'Ada' to show 'Active'"
    ]
    assert read_goal("the role of Alice is Admin").steps[-1].target == Target(
        text="role", within="Alice"
    )
