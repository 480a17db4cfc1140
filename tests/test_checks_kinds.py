"""A check about a kind of element checks that kind; text inside a region is looked for there.

Every case pairs a page where the check holds with one where the same words exist only
somewhere else (another kind of element, another region): there the check must fail.
A check that passes on the second page is a false pass.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from housecat.browser.checks import url_pattern
from housecat.browser.execute import Limits, execute
from housecat.browser.pool import BrowserPool
from housecat.plan.models import Plan, Step, Target
from housecat.plan.read import read_goal
from housecat.runs.evaluate import evaluate
from housecat.runs.models import TestResult
from tests.pages import Pages

# Checks that must fail wait 1 s for words that never come; a page has 10 s to load.
QUICK = Limits(step_timeout_s=1.0, run_timeout_s=30, load_timeout_s=10)

# A picture that loads: one transparent pixel
PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
NAV = "<nav><a href='#'>Home</a> <a href='#'>Pricing plans</a> <a href='#'>Sign in</a></nav>"


async def check(pool: BrowserPool, url: str, *steps: Step) -> TestResult:
    """Open the page, then take the steps: how the run ends."""
    plan = Plan(goal="check", steps=[Step(action="goto", value=url, phrase="open"), *steps])
    browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
    return evaluate(browser)


def visible(text: str, role: str, within: str | None = None) -> Step:
    target = Target(text=text, role=role, within=within)
    return Step(action="expect_visible", target=target, phrase=f"the {text} {role} is shown")


def page_says(text: str) -> Step:
    return Step(action="expect_text", value=text, phrase=f"the page says {text}")


async def passes_only_on(pool: BrowserPool, steps: list[Step], holds: str, *elsewhere: str) -> None:
    """The steps pass on the first page and fail on each other one."""
    for url, passes in ((holds, True), *((url, False) for url in elsewhere)):
        result = await check(pool, url, *steps)
        assert result.passed is passes, (url, result.error)


async def holds_only_on(pool: BrowserPool, holds: str, elsewhere: str, steps: list[Step]) -> None:
    """Each check passes on the first page and fails on the second."""
    for step in steps:
        assert (await check(pool, holds, step)).passed, step.describe()
        assert not (await check(pool, elsewhere, step)).passed, f"false pass: {step.describe()}"


def says(region: str, role: str | None, text: str) -> Step:
    target = Target(text=region, role=role)
    return Step(action="expect_text", target=target, value=text, phrase=f"{region} says {text}")


# (what the check is, the page where it holds, a page where the words are only elsewhere)
KIND_CASES = [
    (
        visible("Pricing plans", "heading"),
        f"{NAV}<h1>Pricing plans</h1>",
        f"{NAV}<h1>Our prices</h1><p>See the pricing plans below.</p>",
    ),
    (
        visible("Save", "button"),
        "<button>Save</button>",
        "<p>Save</p><a href='#'>Save</a><h2>Save</h2>",
    ),
    (
        visible("Pricing plans", "link"),
        NAV,
        "<h1>Pricing plans</h1><button>Pricing plans</button>",
    ),
    (
        visible("Email", "textbox"),
        "<label>Email <input name=email></label>",
        "<p>Email</p><button>Email</button><h2>Email</h2>",
    ),
    (
        visible("Remember me", "checkbox"),
        "<label><input type=checkbox> Remember me</label>",
        "<p>Remember me</p><button>Remember me</button>",
    ),
    (
        visible("Ada Lovelace", "row"),
        "<table><tr><td>Ada Lovelace</td><td>Admin</td></tr></table>",
        "<h2>Ada Lovelace</h2><p>Ada Lovelace</p>",
    ),
    (
        visible("Company logo", "img"),
        f"<img alt='Company logo' width=40 height=20 src='{PIXEL}'>",
        "<p>Company logo</p><a href='#'>Company logo</a>",
    ),
    (
        visible("Settings", "tab"),
        "<div role=tablist><button role=tab>Settings</button></div>",
        "<h2>Settings</h2><a href='#'>Settings</a><button>Settings</button>",
    ),
    (
        says("header", "banner", "Sign in"),
        "<header><a href='#'>Sign in</a></header><main>Welcome</main>",
        "<header><a href='#'>Home</a></header><main><a href='#'>Sign in</a></main>",
    ),
    (
        says("footer", "contentinfo", "Contact us"),
        "<main>Hi</main><footer><a href='#'>Contact us</a></footer>",
        "<main><a href='#'>Contact us</a></main><footer>© Acme</footer>",
    ),
    (
        # "the button in the hero says …": a button there, never a link there or one elsewhere
        read_goal("the button in the hero says Start free trial").steps[0],
        "<section class=hero><h1>Ship</h1><button>Start free trial</button></section>",
        "<section class=hero><a href='#'>Start free trial</a><button>Watch demo</button>"
        "</section><footer><button>Start free trial</button></footer>",
    ),
    (
        # "has the hero text …": in the hero, never the footer's words
        read_goal("the page has the hero text 'Build faster'").steps[0],
        "<section class=hero><h1>Build faster</h1></section><footer>Acme</footer>",
        "<section class=hero><h1>Ship</h1></section><footer>Build faster</footer>",
    ),
    (
        # "the table header includes Email": the column headers, not a cell or the page header
        read_goal("the table header includes Email").steps[0],
        "<table><tr><th>Name</th><th>Email</th></tr><tr><td>Ada</td><td>a@b.co</td></tr></table>",
        "<header>Email</header><table><tr><th>Name</th></tr><tr><td>Email</td></tr></table>",
    ),
    (
        # "a column called Email": its header, never a cell that says Email
        read_goal("the table has a column called Email").steps[0],
        "<table><tr><th>Name</th><th>Email</th></tr><tr><td>Ada</td><td>a@b.co</td></tr></table>",
        "<header>Email</header><table><tr><th>Name</th></tr><tr><td>Email</td></tr></table>",
    ),
    (
        # "the Revenue card is visible": a part of the page headed so, never the word in a link
        read_goal("the Revenue card is visible").steps[0],
        "<nav><a href='#'>Costs</a></nav><article><h3>Revenue</h3><p>$12,400</p></article>",
        "<nav><a href='#'>Revenue</a></nav><article><h3>Costs</h3><p>$4,100</p></article>",
    ),
    (
        read_goal("the Usage widget is shown").steps[0],
        "<div class='widget usage'><p>80 %</p></div>",
        "<div class='widget'><p>Usage: see below</p></div><a href='#'>Usage</a>",
    ),
    (
        # "the row with Bob says Active": the row that holds Bob
        read_goal("check the row with Bob says Active").steps[0],
        "<table><tr><td>Bob</td><td>Active</td></tr><tr><td>Ann</td><td>Paused</td></tr></table>",
        "<table><tr><td>Bob</td><td>Paused</td></tr><tr><td>Ann</td><td>Active</td></tr></table>",
    ),
]


REGION_CASES = [
    # A region named in words: an element whose name, id or heading says what it is.
    (
        says("cart", None, "Cart: 1 item"),
        "<aside id=cart><a href='#'>Cart: 1 item</a></aside><main>Shop</main>",
        "<aside id=cart>Cart: empty</aside><main><p>Cart: 1 item</p></main>",
    ),
    (
        says("results", None, "Brass Desk Lamp"),
        "<section aria-label='Results'><ul><li>Brass Desk Lamp - $49</li></ul></section>",
        "<section aria-label='Results'><ul><li>Oak chair</li></ul></section>"
        "<aside><h2>Popular</h2><p>Brass Desk Lamp - $49</p></aside>",
    ),
    (
        says("results", None, "Brass Desk Lamp"),
        "<h2>Results</h2><ul class=results><li>Brass Desk Lamp</li></ul>",
        "<h2>Results</h2><ul class=results><li>Oak chair</li></ul><p>Brass Desk Lamp</p>",
    ),
    # "the card header shows Ada": the part the page calls so, never the card's body
    (
        read_goal("the card header shows Ada").steps[0],
        "<div class=card><div class=card-header>Ada</div><p>Team: Core</p></div>",
        "<div class=card><div class=card-header>Profile</div><p>Ada</p></div>",
    ),
    # "fill display name with Ada L, …, check the display name is still Ada L": the field's
    # value, never a greeting that shows the same words
    (
        read_goal(
            "fill display name with Ada L, reload, and check the display name is still Ada L"
        ).steps[-1],
        "<label>Display name <input value='Ada L'></label>",
        "<p>Hi Ada L</p><label>Display name <input value=''></label>",
    ),
    # "the Plan radio group has Free selected": Free of that group, never another's Free
    (
        read_goal("The Plan radio group has Free selected").steps[0],
        "<fieldset><legend>Plan</legend><label><input type=radio name=p checked> Free</label>"
        "<label><input type=radio name=p> Pro</label></fieldset>",
        "<fieldset><legend>Plan</legend><label><input type=radio name=p> Free</label>"
        "<label><input type=radio name=p checked> Pro</label></fieldset><fieldset><legend>"
        "Support</legend><label><input type=radio name=s checked> Free</label></fieldset>",
    ),
    # "the login form's email field is empty": the one in that form, never the newsletter's
    (
        read_goal("the login form's email field is empty").steps[0],
        "<form aria-label=Login><label>Email <input name=e></label></form>"
        "<form aria-label=Newsletter><label>Email <input value=a@b.co></label></form>",
        "<form aria-label=Login><label>Email <input name=e value=a@b.co></label></form>"
        "<form aria-label=Newsletter><label>Email <input></label></form>",
    ),
    # "the cookie banner is visible": the banner itself, never a "Cookie settings" link
    (
        read_goal("the cookie banner is visible").steps[0],
        "<div id=cookie-banner>We use cookies <button>Accept</button></div><main>Shop</main>",
        "<main>Shop</main><footer><a href='#'>Cookie settings</a> <p>cookie banner</p></footer>",
    ),
    # A dropdown says the option chosen in it; the others are only offered.
    (
        says("Country", None, "Germany"),
        "<label for=c>Country</label> <select id=c><option>France<option selected>Germany</select>",
        "<div><label for=c>Country</label> <select id=c><option>France<option>Germany</select></div>",
    ),
    (
        says("Shipping", "form", "Express"),
        "<form aria-label=Shipping><select><option>Standard<option selected>Express</select></form>",
        "<form aria-label=Shipping><select><option>Standard<option>Express</select></form>",
    ),
]


async def test_a_region_that_cannot_be_found_fails_the_check_saying_so(
    pool: BrowserPool, pages: Pages
) -> None:
    result = await check(pool, pages.add("<p>Brass Desk Lamp</p>"), says("basket", None, "Lamp"))
    assert not result.passed
    assert result.error and "basket" in result.error


async def test_a_field_says_what_it_holds(pool: BrowserPool, pages: Pages) -> None:
    field = "<label>Email <input name=email value='bob@example.com'></label>"
    holds = await check(pool, pages.add(field), says("Email", "textbox", "bob@example.com"))
    assert holds.passed, holds.error
    other = "<label>Email <input name=email value='amy@example.com'></label><p>bob@example.com</p>"
    fails = await check(pool, pages.add(other), says("Email", "textbox", "bob@example.com"))
    assert not fails.passed


async def test_a_count_in_a_region_counts_only_there(pool: BrowserPool, pages: Pages) -> None:
    target = Target(text="items", role="listitem", within="cart")
    step = Step(action="expect_count", target=target, count=2, phrase="the cart has 2 items")
    holds = "<ul id=cart><li>a</li><li>b</li></ul><ul><li>c</li></ul>"
    assert (await check(pool, pages.add(holds), step)).passed
    # Two items elsewhere and a sentence saying "2 items" outside the cart prove nothing.
    elsewhere = "<ul id=cart><li>a</li></ul><ul><li>b</li><li>c</li></ul><p>2 items</p>"
    assert not (await check(pool, pages.add(elsewhere), step)).passed


async def test_none_counted_is_not_empty_where_the_part_says_it_holds_some(
    pool: BrowserPool, pages: Pages
) -> None:
    # Items drawn as plain blocks are no list to count: "0 items" must not hold on a cart
    # that says it holds three.
    step = read_goal("the cart shows 0 items").steps[-1]
    for html, holds in [
        ("<div class=cart><div>Oak Chair</div><p>Cart: 3 items</p></div>", False),
        ("<div class=cart><p>Showing 2 of 40 items</p></div>", False),
        ("<div class=cart><p>Your cart is empty</p></div>", True),
        ("<div class=cart><p>Cart: 0 items</p></div><p>Saved for later: 2 items</p>", True),
    ]:
        result = await check(pool, pages.add(html), step)
        assert result.passed is holds, (html, result.details)
    result = await check(pool, pages.add("<div class=cart>Cart: 3 items</div>"), step)
    assert "it says '3 items'" in result.details


PLAIN_CART = "<div id=cart><h2>Cart</h2><div class=line>Oak Chair $89</div></div>"


@pytest.mark.parametrize(
    "goal", ["the cart shows 0 items", "there are no items in the cart", "the cart is empty"]
)
async def test_none_counted_is_not_empty_where_the_part_does_not_show_it_holds_none(
    pool: BrowserPool, pages: Pages, goal: str
) -> None:
    # A cart of plain blocks, saying no count: once it held "no items"
    step = read_goal(goal).steps[-1]
    result = await check(pool, pages.add(PLAIN_CART), step)
    assert not result.passed
    assert "the cart neither holds an empty list nor says it is empty" in result.details
    # No cart at all is no empty cart: once it held, as nothing was on the page
    assert not (await check(pool, pages.add("<h1>Shop</h1><p>Welcome</p>"), step)).passed
    for empty in [
        "<div id=cart><p>Your cart is empty</p></div>",
        "<div id=cart>Cart<ul></ul></div>",
    ]:
        assert (await check(pool, pages.add(empty), step)).passed, empty


async def test_an_empty_table_is_one_with_no_row_of_data(pool: BrowserPool, pages: Pages) -> None:
    # Once an empty table was never empty ("neither holds an empty list nor says it is
    # empty": the table is that list), nor one whose one row says "No data available"
    head = "<h2>{}</h2><table><tr><th>Name</th></tr>{}</table>"
    empty = "<tr><td class=dataTables_empty>No data available in table</td></tr>"
    orders = head.format("Orders", "") + head.format("Users", "<tr><td>Bob</td></tr>")
    users = head.format("Users", "") + head.format("Orders", "<tr><td>Bob</td></tr>")
    for goal in ["the orders table is empty", "the orders table has no rows"]:
        steps = read_goal(goal).steps
        await passes_only_on(pool, [*steps], pages.add(orders), pages.add(users))
        assert (await check(pool, pages.add(head.format("Orders", empty)), *steps)).passed
    steps = read_goal("the cart is empty").steps  # an item of the cart saying so is none
    says_so = "<div class=cart><ul><li>Your cart is empty</li></ul></div>"
    await passes_only_on(
        pool, [*steps], pages.add(says_so), pages.add(says_so.replace("Your cart is empty", "Mug"))
    )
    # No table at all is no empty table: a page that failed to draw it says nothing
    table = read_goal("the orders table is empty").steps
    assert not (await check(pool, pages.add("<p>No orders yet</p>"), *table)).passed
    # On the whole page, rows drawn as plain blocks are none a row counts: once "no rows
    # are shown" held on a log of <div>s full of errors
    log = "<div class=log><div>ERROR timeout</div><div>ERROR db</div></div>"
    for goal in ["verify no rows are shown", "there are 0 rows"]:
        steps = read_goal(goal).steps
        result = await check(pool, pages.add(log), *steps)
        assert not result.passed and "the page shows no table" in result.details, goal
        for empty in [head.format("Logs", ""), "<p>No logs found</p>"]:
            assert (await check(pool, pages.add(empty), *steps)).passed, (goal, empty)


async def test_a_count_in_a_region_named_by_many_elements_counts_them_all(
    pool: BrowserPool, pages: Pages
) -> None:
    # The todo list, the todo count and each todo all say "todo": the count that holds is
    # what they hold together, never what the empty counter holds.
    target = Target(text="items", role="listitem", within="todo list")
    page = pages.add(
        "<section class=todoapp><ul class=todo-list><li class=todo>a</li>"
        "<li class=todo>b</li></ul><span class=todo-count>2 left</span></section>"
    )
    for count, holds in ((0, False), (1, False), (2, True)):
        step = Step(action="expect_count", target=target, count=count, phrase=f"{count} items")
        assert (await check(pool, page, step)).passed is holds, count


async def test_a_floor_on_a_count_needs_that_many_elements(pool: BrowserPool, pages: Pages) -> None:
    target = Target(text="links", role="link")
    step = Step(action="expect_count", target=target, count=2, at_least=True, phrase="2+ links")
    assert (
        await check(pool, pages.add("<a href=#a>a</a><a href=#b>b</a><a href=#c>c</a>"), step)
    ).passed
    # One link, and the words "2 links" on the page, are not two links.
    assert not (await check(pool, pages.add("<a href=#a>a</a><p>2 links</p>"), step)).passed


async def test_a_url_or_title_said_whole_is_checked_whole(pool: BrowserPool, pages: Pages) -> None:
    url = pages.add("<p>hi</p>", title="Orders - Acme")
    path = url[url.rindex("/") :]  # "/page7"

    def about(action: str, value: str, compare: str) -> Step:
        return Step(action=action, value=value, compare=compare, phrase=value)  # type: ignore[arg-type]

    holds = [
        about("expect_url", path, "equals"),
        about("expect_url", path, "ends"),
        about("expect_url", path[:3], "starts"),
        about("expect_title", "orders - acme", "equals"),
        about("expect_title", "Orders", "starts"),
        about("expect_title", "- Acme", "ends"),
    ]
    for step in holds:
        assert (await check(pool, url, step)).passed, step.describe()
    fails = [
        about("expect_url", path[:-1], "equals"),  # "/page" is only a part of "/page7"
        about("expect_url", path[:-1], "ends"),
        about("expect_title", "Orders", "equals"),  # contained, but not the whole title
        about("expect_title", "Acme", "starts"),  # where it ends, not where it starts
        about("expect_title", "Order", "starts"),  # a word's start is no word
        about("expect_title", "Orders", "ends"),
    ]
    for step in fails:
        assert not (await check(pool, url, step)).passed, step.describe()


async def test_a_url_or_title_said_to_lack_words_fails_while_it_holds_them(
    pool: BrowserPool, pages: Pages
) -> None:
    other = pages.add("<p>Signed in</p>", title="Dashboard")
    url = pages.add(f"<a href='{other}'>Go</a>", title="Sign in - Acme")
    path = url[url.rindex("/") :]
    left = read_goal(f"the URL should not contain {path}").steps[0]
    untitled = read_goal("the title no longer says Sign in").steps[0]
    for step in (left, untitled):
        assert not (await check(pool, url, step)).passed, step.describe()
        # after the click, once the page has gone: the check waits for it, then holds
        assert (await check(pool, url, *read_goal("click Go").steps, step)).passed


async def test_being_back_on_the_start_page_is_being_there_not_anywhere(
    pool: BrowserPool, pages: Pages
) -> None:
    home = Step(action="expect_url", value="{{url}}", compare="equals", phrase="on the home page")
    start = pages.add("<a href='/elsewhere'>Elsewhere</a>")
    assert (await check(pool, start, home)).passed
    # Another page of the same site has "/" in its address, and every part of the host.
    elsewhere = pages.add("<p>Elsewhere</p>")
    plan = Plan(goal="x", steps=[Step(action="goto", value=elsewhere, phrase="open"), home])
    browser, _ = await execute(pool, plan, start_url=start, run_id="home", limits=QUICK)
    assert not evaluate(browser).passed


async def test_a_count_of_rows_counts_rows_of_data(pool: BrowserPool, pages: Pages) -> None:
    table = (
        "<table><thead><tr><th>Name</th><th>Role</th></tr></thead><tbody>"
        "<tr><th scope=row>Ada</th><td>Admin</td></tr><tr><th scope=row>Bob</th><td>User</td></tr>"
        "</tbody></table>"
    )
    url = pages.add(table)
    two = Target(text="rows", role="row", within="table")
    holds = Step(action="expect_count", target=two, count=2, phrase="the table has 2 rows")
    assert (await check(pool, url, holds)).passed
    three = holds.model_copy(update={"count": 3})
    assert not (await check(pool, url, three)).passed  # the header row is no row of data


def value_check(
    label: str, value: str, *, negated: bool = False, within: str | None = None
) -> Step:
    action = "expect_no_text" if negated else "expect_text"
    target = Target(text=label, within=within)
    return Step(action=action, target=target, value=value, phrase=f"the {label} is {value}")  # type: ignore[arg-type]


LABELLED_VALUES = [
    # "the status of db-1 is Healthy": in db-1's row, never api-server's beside it
    (
        read_goal("the status of db-1 is Healthy").steps[0],
        "<table><tr><th>Service</th><th>Status</th></tr><tr><td>api-server</td><td>Degraded</td>"
        "</tr><tr><td>db-1</td><td>Healthy</td></tr></table>",
        "<table><tr><th>Service</th><th>Status</th></tr><tr><td>api-server</td><td>Healthy</td>"
        "</tr><tr><td>db-1</td><td>Degraded</td></tr></table>",
    ),
    # "the total is $40": the value must sit next to its label, not anywhere on the page.
    (
        value_check("total", "$40.00"),
        "<table><tr><td>Subtotal</td><td>$35.00</td></tr><tr><td>Total</td><td>$40.00</td></tr></table>",
        "<table><tr><td>Total</td><td>$35.00</td></tr></table><p>Gift card balance: $40.00</p>",
    ),
    (
        value_check("Oak Chair", "$120"),
        "<ul><li><h3>Oak Chair</h3><span>$120</span></li><li><h3>Brass Lamp</h3><span>$49</span></li></ul>",
        "<ul><li><h3>Oak Chair</h3><span>$49</span></li><li><h3>Brass Lamp</h3><span>$120</span></li></ul>",
    ),
    (
        # "the cart shows a subtotal of $49": the figure by Subtotal in the cart, never one
        # by another label there, nor the same words outside the cart
        read_goal("the cart shows a subtotal of $49").steps[0],
        "<aside id=cart><p>Subtotal: $49</p><p>Total: $54</p></aside>",
        "<main><p>Subtotal: $49</p></main><aside id=cart><p>Subtotal: $54</p>"
        "<p>Total: $49</p></aside>",
    ),
    (
        # "shows $29 for the Starter plan": that plan's price, never another plan's
        read_goal("the page shows $29 for the Starter plan").steps[0],
        "<section aria-label='Starter plan'><h3>Starter plan</h3><p>$29</p></section>"
        "<section aria-label='Pro plan'><h3>Pro plan</h3><p>$49</p></section>",
        "<section aria-label='Starter plan'><h3>Starter plan</h3><p>$49</p></section>"
        "<section aria-label='Pro plan'><h3>Pro plan</h3><p>$29</p></section>",
    ),
    (
        # "In the footer, the copyright says 2026": the copyright there, never 2026 elsewhere
        read_goal("In the footer, the copyright says 2026").steps[0],
        "<main>Since 2019</main><footer>Copyright 2026 Acme</footer>",
        "<main>Copyright 2026 plans</main><footer>Copyright 2025 Acme</footer>",
    ),
    (
        # "the discount line shows -$12": the figure by the word Discount in a summary
        read_goal("the discount line shows -$12").steps[0],
        "<div><div>Subtotal <b>$120</b></div><div>Discount <b>-$12</b></div></div>",
        "<div><div>Discount <b>-$5</b></div><div>Gift card <b>-$12</b></div></div>",
    ),
    (
        value_check("amount due", "$40", within="payment dialog"),
        "<p>Amount due: $10</p><div role=dialog aria-label='Payment dialog'><p>Amount due: $40</p></div>",
        "<p>Amount due: $40</p><div role=dialog aria-label='Payment dialog'><p>Amount due: $10</p></div>",
    ),
    (
        # "the Pro plan has a Most popular badge": on that plan, never on another
        read_goal("the Pro plan has a Most popular badge").steps[0],
        "<section aria-label='Free plan'><h3>Free plan</h3></section><section aria-label="
        "'Pro plan'><h3>Pro plan</h3><span class=badge>Most popular</span></section>",
        "<section aria-label='Free plan'><h3>Free plan</h3><span class=badge>Most popular</span>"
        "</section><section aria-label='Pro plan'><h3>Pro plan</h3></section>",
    ),
    (
        # "Bob … with the role Editor": Bob's own role, never Ada's
        read_goal("Bob should appear in the members list with the role Editor").steps[1],
        "<table><tr><th>Name</th><th>Role</th></tr><tr><td>Bob</td><td>Editor</td></tr>"
        "<tr><td>Ada</td><td>Admin</td></tr></table>",
        "<table><tr><th>Name</th><th>Role</th></tr><tr><td>Bob</td><td>Admin</td></tr>"
        "<tr><td>Ada</td><td>Editor</td></tr></table>",
    ),
]


@pytest.mark.parametrize(
    ("step", "holds", "elsewhere"),
    [*KIND_CASES, *REGION_CASES, *LABELLED_VALUES],
    ids=lambda case: case.phrase if isinstance(case, Step) else "",
)
async def test_a_check_passes_only_where_its_words_belong(
    pool: BrowserPool, pages: Pages, step: Step, holds: str, elsewhere: str
) -> None:
    """On the right kind, in the named region, beside the label: never anywhere else."""
    passed = await check(pool, pages.add(holds), step)
    assert passed.passed, passed.error
    failed = await check(pool, pages.add(elsewhere), step)
    assert not failed.passed, f"false pass: {step.describe()} on {elsewhere}"


async def test_no_error_message_fails_when_any_error_shows(pool: BrowserPool, pages: Pages) -> None:
    step = Step(
        action="expect_hidden",
        target=Target(text="error message", role="alert"),
        phrase="no error message is shown",
    )
    assert (await check(pool, pages.add("<p>Saved</p>"), step)).passed
    for shown in [
        "<p role=alert>Invalid password</p>",
        "<div class='form-error'>Email is taken</div>",
    ]:
        result = await check(pool, pages.add(shown), step)
        assert not result.passed, f"false pass: no error message on {shown}"


async def test_no_row_saying_words_is_proven_only_on_rows(pool: BrowserPool, pages: Pages) -> None:
    # Once passed on rows of plain blocks, where a row said "Failed": none was a row it read
    header = "<tr><th>Job</th><th>State</th></tr>"
    done = f"<table>{header}<tr><td>Nightly</td><td>Done</td></tr></table><p>Failed jobs: 0</p>"
    for goal in ["Make sure no row says Failed", "there is no row with Failed"]:
        step = read_goal(goal).steps[-1]
        assert (await check(pool, pages.add(done), step)).passed, goal
        for failed in [
            f"<table>{header}<tr><td>Nightly</td><td>Failed</td></tr></table>",
            "<div class=jobs><div class=row>Nightly - Failed</div><div class=row>Backup</div></div>",
        ]:
            result = await check(pool, pages.add(failed), step)
            assert not result.passed, f"false pass: {goal} on {failed}"
    gone = read_goal("the table should not have a row for Carol").steps[-1]
    assert (await check(pool, pages.add(f"<table>{header}</table>"), gone)).passed


async def test_the_nth_thing_of_a_list_is_that_item_alone(pool: BrowserPool, pages: Pages) -> None:
    # Once "the first result is Oak Chair" held wherever Oak Chair was in the results
    results = "<h2>Results</h2><ul class=results><li>{}</li><li>{}</li></ul><p>Oak Chair</p>"
    first = pages.add(results.format("Oak Chair", "Pine Table"))
    second = pages.add(results.format("Pine Table", "Oak Chair"))
    step = read_goal("Search for oak and verify Oak Chair is the first result").steps[-1]
    await holds_only_on(pool, first, second, [step])
    gone = read_goal("the first result does not show Oak Chair").steps[-1]
    await holds_only_on(pool, second, first, [gone])
    # "the second result is visible": a second item, never a second element saying "result"
    shown = read_goal("the second result is visible").steps[-1]
    none = pages.add("<h2>Results</h2><p>No results found</p><p>0 results</p>")
    await holds_only_on(pool, first, none, [shown])
    # of a thing named so, the list cannot tell: it fails, saying so
    named = read_goal("the last message in #general is Hello team").steps[-1]
    result = await check(pool, pages.add("<ul><li>Hi</li><li>Hello team</li></ul>"), named)
    assert not result.passed and "name it" in (result.error or "")


async def test_exactly_one_said_counts_one_item(pool: BrowserPool, pages: Pages) -> None:
    # Once refused: "one" alone is no count ("1 item left"), but "exactly one" is
    step = read_goal("exactly one result is shown").steps[-1]
    results = "<h2>Results</h2><ul class=results><li>Brass Lamp</li>{}</ul>"
    assert (await check(pool, pages.add(results.format("")), step)).passed
    result = await check(pool, pages.add(results.format("<li>Desk Lamp</li>")), step)
    assert not result.passed, "false pass: one result counted among two"


async def test_a_count_of_things_counts_only_items_that_are_those_things(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once passed on a plan of three features, one of them "1 project"
    step = read_goal("The Free plan includes 3 projects").steps[-1]
    card = "<section aria-label='Free plan'><h3>Free plan</h3><ul>{}</ul></section>"
    features = "<li>{}</li><li>Community support</li><li>1 GB storage</li>"
    assert (await check(pool, pages.add(card.format(features.format("3 projects"))), step)).passed
    result = await check(pool, pages.add(card.format(features.format("1 project"))), step)
    assert not result.passed, "false pass: 3 projects on a plan of 1"
    # Once passed on a list of a lamp and a table: a count of lamps counted the items
    results = "<section aria-label='Results'><ul><li>Brass Lamp</li><li>{}</li></ul></section>"
    for goal in ["There should be 2 lamps", "the results show at least one chair"]:
        step = read_goal(goal).steps[-1]
        result = await check(pool, pages.add(results.format("Pine Table")), step)
        assert not result.passed, f"false pass: {goal}"
    for goal in ["There should be 2 lamps", "the results show at least one lamp"]:
        step = read_goal(goal).steps[-1]
        assert (await check(pool, pages.add(results.format("Desk Lamp")), step)).passed, goal
    cart = read_goal("the cart has 2 items").steps[-1]
    lines = "<div id=cart><ul><li>Oak Chair</li><li>Brass Lamp</li></ul></div>"
    assert (await check(pool, pages.add(lines), cart)).passed


async def test_a_part_that_has_things_of_a_kind_holds_one_not_their_name(
    pool: BrowserPool, pages: Pages
) -> None:
    # "the blog has posts" once looked for the word "posts", which "No posts yet" shows.
    blog = "<section id=blog><h2>Blog</h2>{}</section>"
    posts = "<ul><li>Launch week recap</li><li>Our new pricing</li></ul>"
    for goal in ["the blog has posts", "Check the blog shows posts"]:
        step = read_goal(goal).steps[-1]
        assert (await check(pool, pages.add(blog.format(posts)), step)).passed, goal
        result = await check(pool, pages.add(blog.format("<p>No posts yet</p>")), step)
        assert not result.passed, f"false pass: {goal}"
        # A list of its categories beside "No posts yet" holds no posts either
        topics = "<nav><ul><li>News</li><li>Tips</li></ul></nav><p>No posts yet</p>"
        result = await check(pool, pages.add(blog.format(topics)), step)
        assert not result.passed, f"false pass: {goal} (categories)"
        assert "says 'No posts'" in (result.error or ""), result.error


async def test_an_action_on_a_kind_never_acts_on_another_kind(
    pool: BrowserPool, pages: Pages
) -> None:
    # "click the Archive button" must not follow the "Archive" link in the menu.
    url = pages.add(
        "<nav><a href='#archive-page'>Archive</a></nav>"
        "<button onclick=\"out.textContent='moved'\">Store away</button><p id=out></p>"
    )
    step = Step(
        action="click",
        target=Target(text="Archive", role="button"),
        phrase="click the Archive button",
    )
    plan = Plan(goal="click", steps=[Step(action="goto", value=url, phrase="open"), step])
    browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
    assert not evaluate(browser).passed
    assert "#archive-page" not in (browser.final_url or "")


async def test_a_field_of_a_named_item_is_filled_in_that_item(
    pool: BrowserPool, pages: Pages
) -> None:
    # "set the quantity of Mug to 2": the Mug row's Quantity field, not the Tea row's.
    url = pages.add(
        "<table><tr><td>Tea</td><td><label>Quantity <input id=tea value=1></label></td></tr>"
        "<tr><td>Mug</td><td><label>Quantity <input id=mug value=1></label></td></tr></table>"
    )
    held = [
        says("Quantity", "textbox", value).model_copy(
            update={"target": Target(text="Quantity", role="textbox", within=item)}
        )
        for item, value in (("Mug", "2"), ("Tea", "1"))
    ]
    opened = Step(action="goto", value=url, phrase="open")
    steps = [opened, *read_goal("set the quantity of Mug to 2").steps, *held]
    plan = Plan(goal="set", steps=steps)
    browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
    assert evaluate(browser).passed, evaluate(browser).details


async def test_words_inside_a_longer_word_or_number_are_not_the_words_checked(
    pool: BrowserPool, pages: Pages
) -> None:
    """ "Paid" is not shown by "Unpaid", nor "$49" by "$499" or "$49.99", nor "3 items" by "13"."""
    holds = pages.add(
        "<p>Status: <b>Paid</b></p><p>Total: $49</p><button>Active</button>"
        "<section aria-label=Results><p>Active users: 4</p></section><p>3 items</p>"
    )
    elsewhere = pages.add(
        "<p>Status: <b>Unpaid</b></p><p>Total: $499</p><p>Was $49.99</p><button>Inactive</button>"
        "<section aria-label=Results><p>Inactive users: 4</p></section><p>13 items</p>"
    )
    checks = [
        page_says("Paid"),
        value_check("Status", "Paid"),
        page_says("$49"),
        visible("Active", "button"),
        says("results", None, "Active users"),
        Step(action="expect_count", target=Target(text="items"), count=3, phrase="3 items"),
    ]
    await holds_only_on(pool, holds, elsewhere, checks)


async def test_cards_for_names_are_parts_so_named_never_their_words_in_a_menu(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once each name's words anywhere: the menu's links passed it with no card at all
    menu = "<nav><a href='#'>Guides</a> <a href='#'>Examples</a></nav>"
    cards = "<div class=card><h3>{}</h3><p>Read more</p></div>"
    holds = pages.add(menu + cards.format("Guides") + cards.format("Examples"))
    elsewhere = pages.add(menu + cards.format("Blog"))
    steps = read_goal("the page has cards for Guides and Examples").steps
    await passes_only_on(pool, steps, holds, elsewhere)


async def test_an_amount_with_no_cents_is_the_same_amount_never_another(
    pool: BrowserPool, pages: Pages
) -> None:
    """ "$25" is what "$25.00" shows (once a failure on a healthy page), never "$25.50"."""
    holds = pages.add("<p>Total: $25.00</p><p>Fee: $3</p><div class=total>Sum: $0.00</div>")
    elsewhere = pages.add("<p>Total: $25.50</p><p>Fee: $3.05</p><div class=total>Sum: $0.01</div>")
    checks = [page_says("$25"), page_says("$3.00"), says("total", None, "$0")]
    await holds_only_on(pool, holds, elsewhere, checks)


async def test_words_that_must_be_gone_are_gone_even_inside_a_longer_word(
    pool: BrowserPool, pages: Pages
) -> None:
    gone = Step(action="expect_no_text", value="Error", phrase="no Error is shown")
    assert (await check(pool, pages.add("<p>All good</p>"), gone)).passed
    assert not (await check(pool, pages.add("<p>Errors: 2</p>"), gone)).passed


async def test_a_page_saying_nothing_was_found_does_not_show_what_was_looked_for(
    pool: BrowserPool, pages: Pages
) -> None:
    """ "No results for 'teapot'" echoes the words searched for; it shows no teapot."""
    found = pages.add(
        "<h2>Results for teapot</h2><section aria-label=Results><ul><li>Blue teapot</li></ul>"
        "</section>"
    )
    echoed = pages.add(
        "<section aria-label=Results><p>No results for teapot.</p></section>"
        "<p>Search: teapot — 0 matches</p>"
    )
    await holds_only_on(pool, found, echoed, [page_says("teapot"), says("results", None, "teapot")])
    # A check that the page says nothing was found looks for just that sentence.
    nothing = [page_says("No results for teapot"), says("results", None, "No results")]
    await holds_only_on(pool, echoed, found, nothing)


async def test_words_that_must_be_gone_are_looked_for_once_the_page_heard_back(
    pool: BrowserPool, pages: Pages
) -> None:
    """An error the server's answer brings is seen: absence is not checked before it comes."""
    pay = (
        "<button onclick=\"fetch('/slow?ms=700').then(() => {"
        " document.getElementById('out').textContent = 'Error: card declined' })\">Pay</button>"
        "<p id=out></p>"
    )
    url = pages.add(pay)
    click = Step(action="click", target=Target(text="Pay", role="button"), phrase="pay")
    gone = Step(action="expect_no_text", value="Error", phrase="no error is shown")
    plan = Plan(goal="pay", steps=[Step(action="goto", value=url, phrase="open"), click, gone])
    browser, _ = await execute(pool, plan, start_url=url, run_id="settle", limits=QUICK)
    result = evaluate(browser)
    assert not result.passed, "false pass: the error came after the check looked"
    assert result.error and "Error" in result.error


def test_a_page_named_in_words_is_found_however_its_address_joins_them() -> None:
    step = Step(action="expect_url", value="sign-in", phrase="be on the sign in page")
    pattern = url_pattern("sign-in", step)
    for url in ["https://a.test/users/sign_in", "https://a.test/sign-in", "https://a.test/SignIn"]:
        assert pattern.search(url), url
    assert not pattern.search("https://a.test/sign-up")
    # A path written as one is matched as written.
    assert not url_pattern("/sign-in", step).search("https://a.test/users/sign_in")


async def test_a_part_of_the_page_is_a_region_not_its_word(pool: BrowserPool, pages: Pages) -> None:
    # A "3 comments" link shows the word; only the section itself makes the check hold.
    link = "<a href='#c'>3 comments</a>"
    holds = pages.add(f"{link}<section><h2>Comments</h2><p>Nice post</p></section>")
    elsewhere = pages.add(f"{link}<p>Comments are closed.</p>")
    [shown] = read_goal("check the page has a comments section").steps
    [gone] = read_goal("the Comments section is hidden").steps
    await holds_only_on(pool, holds, elsewhere, [shown])
    await holds_only_on(pool, elsewhere, holds, [gone])


async def test_a_part_that_opens_is_shown_never_the_control_that_opens_it(
    pool: BrowserPool, pages: Pages
) -> None:
    # The button's class says "help" too: it is no help panel, and it shows while closed
    button = "<button class='help-button' aria-label='Help'>?</button>"
    opened = pages.add(f"{button}<div id='help-panel'><p>How can we help?</p></div>")
    closed = pages.add(f"{button}<div id='help-panel' hidden><p>How can we help?</p></div>")
    steps = [read_goal(g).steps[-1] for g in ("the help panel opens", "the help panel is shown")]
    await holds_only_on(pool, opened, closed, steps)
    # A drawer too, and what it lists is in it: never the same words on the page behind
    button = "<button class='cart-button'>Cart (1)</button><h1>Brass Lamp</h1>"
    opened = pages.add(f"{button}<aside class='cart-drawer'><p>Brass Lamp</p></aside>")
    closed = pages.add(f"{button}<aside class='cart-drawer' hidden><p>Brass Lamp</p></aside>")
    steps = read_goal("the cart drawer opens and lists Brass Lamp").steps
    assert len(steps) == 2
    await holds_only_on(pool, opened, closed, steps)


async def test_a_filter_is_the_part_of_the_page_that_filters(
    pool: BrowserPool, pages: Pages
) -> None:
    holds = pages.add("<aside><h3>Category</h3><ul><li>Books</li><li>Music</li></ul></aside>")
    elsewhere = pages.add("<p>Browse by category, or search.</p>")
    [shown] = read_goal("There is a category filter on the left").steps
    await holds_only_on(pool, holds, elsewhere, [shown])


async def test_two_things_said_to_be_in_a_part_are_both_looked_for_there(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once the first looked for anywhere: a Pricing link in the footer passed
    holds = pages.add("<header><a href=#>Pricing</a> <a href=#>Docs</a></header>")
    elsewhere = pages.add(
        "<header><a href=#>Docs</a></header><footer><a href=#>Pricing</a></footer>"
    )
    steps = read_goal("a Pricing link and a Docs link are in the header").steps
    await holds_only_on(pool, holds, elsewhere, steps[:1])
    # Once "… are there" after opening the menu: each anywhere on the page
    menu = "<aside><a href=#>Billing</a></aside><ul role=menu aria-label=Menu>{}</ul>"
    item = "<li role=menuitem>{}</li>"
    holds = pages.add(menu.format("".join(item.format(n) for n in ("Settings", "Billing"))))
    elsewhere = pages.add(menu.format(item.format("Settings")))
    steps = read_goal("Open the menu and make sure Settings, Billing and Logout are there").steps
    assert [step.target and step.target.text for step in steps[1:]] == ["menu"] * 3
    await holds_only_on(pool, holds, elsewhere, steps[2:3])


async def test_a_part_s_heading_or_second_thing_is_looked_for_in_that_part(
    pool: BrowserPool, pages: Pages
) -> None:
    holds = pages.add(
        "<header><img alt=Logo src=data:,><a href=#>Sign in</a></header><h1>Shop</h1>"
        "<dialog open><h2>Confirm</h2><button>OK</button></dialog>"
    )
    elsewhere = pages.add(
        "<header><img alt=Logo src=data:,></header><h1>Confirm</h1><a href=#>Sign in</a>"
        "<dialog open><h2>Delete?</h2><button>OK</button></dialog>"
    )
    steps = [
        *read_goal("The modal heading says Confirm").steps,
        *read_goal("a dialog opens with the title Confirm").steps,
        *read_goal("The header contains the logo and a Sign in link").steps[1:],
    ]
    await holds_only_on(pool, holds, elsewhere, steps)
    # Once any heading that said so: the footer's, or one outside the hero and the nav
    steps = [
        *read_goal("the hero heading says Ship faster").steps,
        *read_goal("the nav heading says Menu").steps,
    ]
    holds = pages.add(
        "<nav><h2>Menu</h2><a href=#>Docs</a></nav><section class=hero><h1>Ship faster</h1>"
        "</section><footer><h2>About</h2></footer>"
    )
    elsewhere = pages.add(
        "<nav><a href=#>Docs</a></nav><h2>Menu</h2><section class=hero><h1>Welcome</h1>"
        "</section><footer><h2>Ship faster</h2></footer>"
    )
    await holds_only_on(pool, holds, elsewhere, steps)


async def test_no_script_errors_fails_on_a_page_whose_scripts_throw_or_log_one(
    pool: BrowserPool, pages: Pages
) -> None:
    (step,) = read_goal("check there are no JavaScript errors").steps
    clean = pages.add("<h1>Shop</h1><script>console.log('ready')</script>")
    assert (await check(pool, clean, step)).passed
    thrown = pages.add("<h1>Shop</h1><script>undefinedThing.call()</script>")
    result = await check(pool, thrown, step)
    assert not result.passed and result.error and "undefinedThing" in result.error
    logged = pages.add("<h1>Shop</h1><script>console.error('cart failed')</script>")
    result = await check(pool, logged, step)
    assert not result.passed and result.error and "cart failed" in result.error


async def test_no_broken_images_fails_on_a_page_with_an_image_that_did_not_load(
    pool: BrowserPool, pages: Pages
) -> None:
    (step,) = read_goal("check there are no broken images").steps
    pixel = "data:image/gif;base64,R0lGODlhAQABAAAAACwAAAAAAQABAAA="
    assert (await check(pool, pages.add(f"<h1>Shop</h1><img src='{pixel}' alt=x>"), step)).passed
    broken = pages.add(f"<img src='{pixel}' alt=x><img src='/missing-logo.png' alt=Logo>")
    result = await check(pool, broken, step)
    assert not result.passed and result.error and "missing-logo.png" in result.error


async def test_a_table_s_columns_are_its_headers_never_its_cells(
    pool: BrowserPool, pages: Pages
) -> None:
    columns = read_goal("the orders table has columns Date, Customer and Total").steps
    holds = pages.add(
        "<h2>Orders</h2><table><tr><th>Date</th><th>Customer</th><th>Total</th></tr>"
        "<tr><td>1 May</td><td>Ada</td><td>$5</td></tr></table>"
    )
    in_cells = pages.add(
        "<h2>Orders</h2><table><tr><th>When</th><th>Who</th><th>Sum</th></tr>"
        "<tr><td>Date</td><td>Customer</td><td>Total</td></tr></table>"
    )
    await holds_only_on(pool, holds, in_cells, list(columns))


async def test_a_part_not_found_is_no_proof_that_something_is_gone_from_it(
    pool: BrowserPool, pages: Pages
) -> None:
    """The part may be named otherwise on the page: then the whole page must not show it."""
    plans = (
        "<section aria-label='Pro'><h3>Pro</h3><button>Upgrade</button></section>"
        "<section aria-label='Free'><h3>Free</h3><p>Current plan</p></section>"
    )
    cart = "<section aria-label='Basket'><p>Blue Mug</p></section>"
    for goal, page in [
        ("there's no Upgrade button on the Pro plan", plans),
        ("the cart doesn't show 'Blue Mug'", cart),
        ("the footer does not show Error", "<p>Error 500</p>"),
    ]:
        (gone,) = read_goal(goal).steps
        result = await check(pool, pages.add(page), gone)
        assert not result.passed, f"false pass: {goal}"
    # An emptied list that hides itself shows none of its items: that holds.
    (gone,) = read_goal("the list doesn't show 'Milk'").steps
    assert (await check(pool, pages.add("<p>Nothing to do</p>"), gone)).passed


async def test_a_page_saying_there_is_none_of_a_thing_does_not_show_it(
    pool: BrowserPool, pages: Pages
) -> None:
    """ "No reviews yet" holds the word "reviews", and shows none."""
    shown = pages.add("<h2>Reviews</h2><p>Great desk, 5 stars</p><p>3 open issues</p>")
    none = pages.add("<p>No reviews yet</p><p>0 open issues</p>")
    checks = [page_says("reviews"), page_says("Reviews"), page_says("open issues")]
    await holds_only_on(pool, shown, none, checks)


async def test_a_page_saying_a_thing_is_not_so_does_not_show_it(
    pool: BrowserPool, pages: Pages
) -> None:
    """ "Not logged in" holds the words "logged in", and says the opposite."""
    shown = pages.add(
        "<p>Logged in as Ada</p><p>In stock</p><p>Email verified</p><p>Subscribed</p>"
        "<p>Available</p>"
    )
    denied = pages.add(
        "<p>Not logged in</p><p>Not in stock</p><p>Email not yet verified</p>"
        "<p>You haven't subscribed</p><p>No longer available</p>"
    )
    words = ["Logged in", "in stock", "verified", "Subscribed", "available"]
    await holds_only_on(pool, shown, denied, [page_says(text) for text in words])
    # Saying that it is not so is found by saying so.
    await holds_only_on(pool, denied, shown, [page_says("Not logged in")])


async def test_words_drawn_where_no_eye_can_see_them_are_not_shown(
    pool: BrowserPool, pages: Pages
) -> None:
    """A message drawn before it fades or slides in, a screen-reader label, the answer in a
    collapsed part: each has a box, and none is shown."""
    hidden = pages.add(
        "<p style='opacity:0'>Saved</p>"
        "<div style='position:fixed;right:0;transform:translateX(120%)'>Sent</div>"
        "<p style='position:absolute;left:-9999px'>Paid</p>"
        "<span style='position:absolute;width:1px;height:1px;overflow:hidden'>Verified</span>"
        "<div style='max-height:0;overflow:hidden'><p>Refunds take 5 days</p></div>"
    )
    shown = pages.add(
        "<style>body { overflow-x: hidden }</style><p>Saved</p><p>Sent</p>"
        "<div style='height:0;overflow:hidden'><p style='position:absolute'>Paid</p></div>"
        "<div style='height:3000px'></div><p>Verified</p><p>Refunds take 5 days</p>"
    )
    words = ["Saved", "Sent", "Paid", "Verified", "Refunds take 5 days"]
    await holds_only_on(pool, shown, hidden, [page_says(text) for text in words])
    # An element of a kind, too: an error drawn before it fades in is no error shown.
    faded = pages.add(
        "<div role=alert style='opacity:0'>Card declined</div><button style='opacity:0'>Pay</button>"
    )
    await holds_only_on(
        pool,
        pages.add("<div role=alert>Card declined</div><button>Pay</button>"),
        faded,
        [*read_goal("an error message is shown").steps, visible("Pay", "button")],
    )
    # A styled checkbox hides the real one at opacity 0 and draws its own: it is shown.
    styled = pages.add(
        "<label><input type=checkbox style='opacity:0;position:absolute'>"
        "<span class=box></span> Remember me</label>"
    )
    assert (await check(pool, styled, visible("Remember me", "checkbox"))).passed
    # Words to be gone are looked for wherever Playwright sees them: the stricter side.
    (gone,) = read_goal("the page does not show Saved").steps
    assert not (await check(pool, hidden, gone)).passed


async def test_words_typed_in_an_editor_are_not_shown_outside_it(
    pool: BrowserPool, pages: Pages
) -> None:
    """A rich-text box keeps a comment whose sending failed: the comment is not posted."""
    editor = "<div contenteditable=true role=textbox aria-label=Comment>{}</div>"
    posted = pages.add(
        f"<section aria-label=Comments><p>Looks good</p>{editor.format('')}</section>"
    )
    kept = pages.add(
        f"<section aria-label=Comments><p>No comments</p>{editor.format('Looks good')}</section>"
    )
    checks = [page_says("Looks good"), says("comments", None, "Looks good")]
    await holds_only_on(pool, posted, kept, checks)
    # The editor itself says what is typed in it.
    (typed,) = read_goal("the Comment box shows Looks good").steps
    assert (await check(pool, kept, typed)).passed


async def test_words_said_to_be_in_a_part_or_a_link_followed_from_one_are_looked_for_there(
    pool: BrowserPool, pages: Pages
) -> None:
    """ "Revenue in the sidebar" is not in the main content; the header's Docs link is not
    the footer's."""
    (in_sidebar,) = read_goal("the dashboard shows Revenue in the sidebar").steps
    holds = pages.add("<aside><h2>Revenue</h2></aside><main>Orders</main>")
    elsewhere = pages.add("<aside><h2>Orders</h2></aside><main>Revenue</main>")
    await holds_only_on(pool, holds, elsewhere, [in_sidebar])

    docs = pages.add("<h1>Docs</h1>")
    follow = read_goal(f"the Docs link in the header goes to /{docs.rsplit('/', 1)[1]}").steps
    header = pages.add(f"<header><a href='{docs}'>Docs</a></header><p>Home</p>")
    footer = pages.add(f"<header>Home</header><footer><a href='{docs}'>Docs</a></footer>")
    for url, passes in ((header, True), (footer, False)):
        plan = Plan(goal="docs", steps=[Step(action="goto", value=url, phrase="open"), *follow])
        browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
        assert evaluate(browser).passed is passes, url


async def test_words_in_the_main_navigation_are_never_words_elsewhere(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = list(read_goal("the main navigation has Products, Pricing and Docs").steps)
    holds = pages.add(
        "<nav><a href='#'>Products</a> <a href='#'>Pricing</a> <a href='#'>Docs</a></nav>"
    )
    elsewhere = pages.add(
        "<nav><a href='#'>Home</a></nav><main><p>Products</p><p>Pricing</p><p>Docs</p></main>"
    )
    await holds_only_on(pool, holds, elsewhere, steps)


async def test_the_nth_of_a_kind_is_that_one_never_another_or_any_words(
    pool: BrowserPool, pages: Pages
) -> None:
    """ "The first heading is Pricing" once held wherever a heading said Pricing, and "the
    second link on the page is Docs" wherever the page did."""
    steps = [
        *read_goal("the first heading is Pricing").steps,
        *read_goal("the second link on the page is Docs").steps,
    ]
    holds = pages.add("<h1>Pricing</h1><h2>Plans</h2><a href='#'>Home</a> <a href='#'>Docs</a>")
    elsewhere = pages.add(
        "<h1>Plans</h1><h2>Pricing</h2><a href='#'>Docs</a> <a href='#'>Home</a><p>Docs</p>"
    )
    await holds_only_on(pool, holds, elsewhere, steps)
    last_row = list(read_goal("the last row shows Total").steps)
    table = "<table><tr><td>{}</td></tr><tr><td>Lamp</td></tr><tr><td>{}</td></tr></table>"
    holds, elsewhere = (
        pages.add(table.format("Desk", "Total")),
        pages.add(table.format("Total", "Desk")),
    )
    await holds_only_on(pool, holds, elsewhere, last_row)
    # Once a row named "top" (any row saying "Desktop") that showed Ada
    top_row = list(read_goal("the top row says Ada").steps)
    holds = pages.add(table.format("Ada", "Bob"))
    elsewhere = pages.add(table.format("Bob", "Ada, Desktop"))
    await holds_only_on(pool, holds, elsewhere, top_row)


async def test_the_main_heading_or_an_h2_is_a_heading_of_that_level_only(
    pool: BrowserPool, pages: Pages
) -> None:
    """ "The main heading says Acme" once held wherever any heading said Acme: a footer's
    h3 would do on a page whose own heading had changed."""
    goals = [
        "the main heading says Acme", "The H1 is Acme", "Acme is the page heading",
        "the h2 says Plans", "the top heading should read Acme",
    ]  # fmt: skip
    steps = [step for goal in goals for step in read_goal(goal).steps]
    holds = pages.add("<h1>Acme</h1><h2>Plans</h2><footer><h3>About</h3></footer>")
    elsewhere = pages.add(
        "<h1>Welcome</h1><h3>Plans</h3><div role=heading aria-level=4>Acme</div>"
        "<footer><h2>Acme</h2></footer>"
    )
    await holds_only_on(pool, holds, elsewhere, steps)
    counted = list(read_goal("the page has 2 h2 headings").steps)
    holds = pages.add("<h1>Docs</h1><h2>Install</h2><h2>Use</h2><h3>Notes</h3>")
    elsewhere = pages.add("<h1>Docs</h1><h2>Install</h2><h3>Use</h3><p>2 headings</p>")
    await holds_only_on(pool, holds, elsewhere, counted)
    # Once the first item of a list named "h2", and a count of elements named "h1"
    ordered = [*read_goal("the first h2 says Install").steps, *read_goal("one h1 is shown").steps]
    elsewhere = pages.add("<h1>Docs</h1><h3>Install</h3><h2>Use</h2><h1>More</h1>")
    await holds_only_on(pool, holds, elsewhere, ordered)
    failed = await check(pool, elsewhere, read_goal("the main heading says Install").steps[-1])
    assert "level-1 heading" in (failed.error or ""), failed.error
    # Once one text, "Install and Use", that no heading says
    install, use = read_goal("the h2 headings include Install and Use").steps
    elsewhere = pages.add("<h1>Docs</h1><h2>Install</h2><h3>Use</h3><p>Use</p>")
    await holds_only_on(pool, holds, elsewhere, [use])
    assert install.target == Target(text="Install", role="heading", level=2)


async def test_a_number_of_rows_saying_words_is_that_many_rows(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once a part of the page named "only one row", which no page has
    step = read_goal("only one row says Pending").steps[-1]
    row = "<tr><td>{}</td><td>{}</td></tr>"
    table = "<table><tr><th>Order</th><th>State</th></tr>{}</table>"
    one = table.format(row.format("A-1", "Pending") + row.format("A-2", "Shipped"))
    two = table.format(row.format("A-1", "Pending") + row.format("A-2", "Pending"))
    assert (await check(pool, pages.add(one), step)).passed
    for elsewhere in [two, table.format(row.format("A-2", "Shipped"))]:
        result = await check(pool, pages.add(elsewhere), step)
        assert not result.passed, f"false pass: only one row says Pending on {elsewhere}"


async def test_words_but_not_others_fail_when_the_others_show_or_the_words_are_elsewhere(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = list(read_goal("the results show Oak Chair but not Oak Desk").steps)
    results = "<section aria-label='Results'>{}</section><aside>{}</aside>"
    holds = pages.add(results.format("<p>Oak Chair</p>", "<p>Popular: Oak Desk</p>"))
    both = pages.add(results.format("<p>Oak Chair</p><p>Oak Desk</p>", ""))
    elsewhere = pages.add(results.format("<p>Pine Desk</p>", "<p>Oak Chair</p>"))
    plan = Plan(goal="but not", steps=[Step(action="goto", value=holds, phrase="open"), *steps])
    for url, passes in ((holds, True), (both, False), (elsewhere, False)):
        plan.steps[0] = Step(action="goto", value=url, phrase="open")
        browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
        assert evaluate(browser).passed is passes, url


async def test_things_counted_are_the_items_of_a_list_never_elements_saying_the_word(
    pool: BrowserPool, pages: Pages
) -> None:
    """ "3 products" are three items of the page's list: never the menu's "Products", a
    heading's "Featured products" and a footer's "All products" counted as three."""
    listed = pages.add(
        "<nav><a href='#'>Products</a></nav><h2>Featured products</h2>"
        "<ul><li>Oak Chair</li><li>Oak Desk</li><li>Lamp</li></ul>"
        "<footer><a href='#'>All products</a></footer>"
    )
    words_only = pages.add(
        "<nav><a href='#'>Products</a></nav><h2>Featured products</h2><p>None yet.</p>"
        "<footer><a href='#'>All products</a></footer>"
    )
    checks = [
        read_goal(goal).steps[0] for goal in ("Verify 3 products are shown", "there are 3 products")
    ]
    await holds_only_on(pool, listed, words_only, checks)
    # Of two lists, the one named for the things counted
    two = pages.add(
        "<ul aria-label='Products'><li>Oak Chair</li><li>Lamp</li><li>Rug</li></ul>"
        "<ul aria-label='Reviews'><li>Great</li></ul>"
    )
    assert (await check(pool, two, checks[0])).passed


async def test_a_control_for_a_name_is_in_what_shows_that_name_as_a_word(
    pool: BrowserPool, pages: Pages
) -> None:
    """ "click Edit for Bob" once pressed the Edit button of "Bobby Tables", whose row came
    first and holds "Bob" inside a longer name."""
    rows = pages.add(
        "<table><tr><td>Bobby Tables</td><td><button data-who=Bobby>Edit</button></td></tr>"
        "<tr><td>Bob</td><td><button data-who=Bob>Edit</button></td></tr></table><p id=out></p>"
        "<script>for (const b of document.querySelectorAll('button'))"
        " b.onclick = () => { out.textContent = 'Editing ' + b.dataset.who + '.'; };</script>"
    )
    read = read_goal("click Edit for Bob, then the page says 'Editing Bob.'")
    opened = Step(action="goto", value=rows, phrase="open")
    plan = read.model_copy(update={"steps": [opened, *read.steps]})
    browser, _ = await execute(pool, plan, start_url=rows, run_id="scoped", limits=QUICK)
    assert evaluate(browser).passed


def test_the_root_address_said_in_a_goal_is_the_root_only() -> None:
    """ "clicking Home takes you to /" once checked that the URL contains "/": every URL."""
    (step,) = [s for s in read_goal("clicking Home takes you to /").steps if s.value == "/"]
    pattern = url_pattern("/", step)
    assert pattern.search("https://a.test/") and pattern.search("https://a.test")
    assert not pattern.search("https://a.test/products")


def test_a_page_in_the_address_is_in_its_path_never_its_query_or_host() -> None:
    """ "you should be on the dashboard" once held on "/login?next=/dashboard", where a
    failed sign-in leaves the journey, and on "dashboard.acme.test/login"."""
    step = Step(action="expect_url", value="dashboard", phrase="be on the dashboard")
    for wanted in ("dashboard", "/dashboard"):
        pattern = url_pattern(wanted, step)
        assert pattern.search("https://a.test/app/dashboard?tab=1"), wanted
        assert not pattern.search("https://a.test/login?next=/dashboard"), wanted
    assert not url_pattern("dashboard", step).search("https://dashboard.a.test/login")
    # Words that name a query or a host are looked for there
    assert url_pattern("page=2", step).search("https://a.test/list?page=2")
    assert url_pattern("acme.dev", step).search("https://acme.dev/pricing")
    # "the URL is help.example.com": that host's root, over whatever scheme it is served
    (host,) = [s for s in read_goal("check the URL is help.example.com").steps]
    assert host.compare == "equals"
    assert url_pattern("help.example.com", host).search("https://help.example.com/")
    for elsewhere in ("https://help.example.com/docs", "https://old.help.example.com/"):
        assert not url_pattern("help.example.com", host).search(elsewhere), elsewhere


async def test_a_state_check_recorded_with_loose_words_is_found_again_as_written(
    pool: BrowserPool, pages: Pages
) -> None:
    """A plan recorded before state checks matched whole words replays no "PayPal"."""
    paypal = pages.add("<button>PayPal</button>")
    recorded = Step(
        action="expect_enabled",
        target=Target(text="Pay", role="button"),
        locator='get_by_role("button", name="Pay")',
        phrase="the Pay button is enabled",
    )
    assert not (await check(pool, paypal, recorded)).passed


# (a goal, a page where it holds, a page where its words are only inside others or
# elsewhere). Each once passed on the second page.
MENTIONED = (
    "<table><tr><th>Name</th><th>Notes</th><th>Status</th></tr>"
    "<tr><td>Bob</td><td>Backup: Ada</td><td>{bob}</td></tr>"
    "<tr><td>Ada</td><td>Owner</td><td>{ada}</td></tr></table>"
)
CART_ICON = f"<img alt=Cart width=20 height=20 src='{PIXEL}'>"
WHOLE_WORD_CASES = [
    # "Spinner gone" held when the word "Spinner" was absent: a spinner shows no such word
    (
        "Spinner gone",
        "<h1>Report</h1><p>Ready</p>",
        "<h1>Report</h1><div role=progressbar aria-label=Loading"
        " style='width:20px;height:20px;background:#888'></div>",
    ),
    # "1 item" counted every list item on the page, the menu's included
    (
        "verify 1 item",
        "<nav><ul><li><a href='#'>Shop</a></li><li><a href='#'>Help</a></li></ul></nav>"
        "<main><ul><li>Brass lamp</li></ul></main>",
        "<nav><ul><li><a href='#'>Shop</a></li></ul></nav><main><p>Your cart is empty</p></main>",
    ),
    # the class "subtotal" holds "total"
    (
        "the total is $42",
        "<div class='subtotal'><span>Subtotal</span> <span>$50</span></div>"
        "<div class='order-total'><span>Total</span> <span>$42</span></div>",
        "<div class='subtotal'><span>Subtotal</span> <span>$42</span></div>"
        "<div class='total'><span>Total</span> <span>$50</span></div>",
    ),
    # nor does the class "sub-total"
    (
        "the total is $42",
        "<div class='sub-total'><span>Sub-total</span> <span>$50</span></div>"
        "<div class='order-total'><span>Total</span> <span>$42</span></div>",
        "<div class='sub-total'><span>Sub-total</span> <span>$42</span></div>"
        "<div class='order-total'><span>Total</span> <span>$50</span></div>",
    ),
    # a word after a prefix is another word: "Sub-total", "Non-refundable"
    (
        "the total is $42",
        "<p>Sub-total: $50</p><p>Total: $42</p>",
        "<p>Sub-total: $42</p><p>Total: $50</p>",
    ),
    ("the page says refundable", "<p>Fully refundable</p>", "<p>Non-refundable</p>"),
    # the label "Subtotal" holds "total"
    (
        "the total is $42",
        "<p>Subtotal: $50</p><p>Total: $42</p>",
        "<p>Subtotal: $42</p><p>Total: $50</p>",
    ),
    # counted in "Bobby"'s row, or in the cell that only says "Bob"
    (
        "the row for Bob has 2 buttons",
        "<table><tr><td>Bobby</td><td><button>Edit</button></td></tr>"
        "<tr><td>Bob</td><td><button>Edit</button><button>Delete</button></td></tr></table>",
        "<table><tr><td>Bob</td><td><button>Edit</button></td></tr>"
        "<tr><td>Bobby</td><td><button>Edit</button><button>Delete</button></td></tr></table>",
    ),
    # a state taken from a control whose name held the words: "PayPal", "Unsubscribe me"
    ("the Pay button is enabled", "<button>Pay</button>", "<button>PayPal</button>"),
    (
        "Subscribe is checked",
        "<label><input type=checkbox checked> Subscribe to news</label>",
        "<label><input type=checkbox checked> Unsubscribe me</label>",
    ),
    # a number in a decimal one: "5 stars" in "4.5 stars"
    ("the page shows 5 stars", "<p>Rated 5 stars</p>", "<p>Rated 4.5 stars</p>"),
    # an amount in its negative: "$45" in "-$45", "5" in "−5" (an order "ABC-45" is a code)
    ("the balance is $45", "<p>Balance: $45</p>", "<p>Balance: -$45</p>"),
    ("the temperature is 5", "<p>Temperature: 5</p>", "<p>Temperature: \u22125</p>"),
    ("the page shows 45", "<p>Order ABC-45</p>", "<p>Balance -45</p>"),
    # an address in a longer one: "ada@x.io" in "ada@x.io.au"
    (
        "the email field contains ada@x.io",
        "<label>Email <input value='ada@x.io'></label>",
        "<label>Email <input value='ada@x.io.au'></label>",
    ),
    # a title that holds the word inside another: "Unpaid invoices"
    (
        "the page title should mention Paid",
        "<script>document.title = 'Paid invoices'</script>",
        "<script>document.title = 'Unpaid invoices'</script><h1>Paid</h1>",
    ),
    # a price crossed out beside the one that holds
    (
        "the price of Oak Chair is $50",
        "<div><h3>Oak Chair</h3><p><s>$60</s> $50</p></div>",
        "<div><h3>Oak Chair</h3><p><s>$50</s> $40</p></div>",
    ),
    (
        "the page shows $50",
        "<p><span style='text-decoration: line-through'>$60</span> $50</p>",
        "<p><span style='text-decoration: line-through'>$50</span> $40</p>",
    ),
    # a done todo is struck through, and still listed
    ("the list shows Buy milk", "<ul><li><s>Buy milk</s></li></ul>", "<ul><li>Walk dog</li></ul>"),
    # an item's own list of options counted as more items, and an item fading out
    (
        "the cart has 2 items",
        "<section aria-label=Cart><ul><li>Oak Chair</li><li>Pine Table</li></ul></section>",
        "<section aria-label=Cart><ul><li>Oak Chair<ul><li>Size: M</li></ul></li></ul></section>",
    ),
    (
        "the list has 2 items",
        "<ul><li>Milk</li><li>Eggs</li></ul>",
        "<ul><li>Milk</li><li style='opacity:0'>Eggs</li></ul>",
    ),
    # a part of the page named an area is a part, never the words in a sentence
    (
        "I should see the secure area",
        "<h2>Secure Area</h2><p>Welcome to the secure area.</p>",
        "<h2>Login Page</h2><p>This is where you can log into the secure area.</p>",
    ),
    # a word of another alphabet inside a longer one
    ("the page shows Привет", "<p>Привет, Ада</p>", "<p>Приветствие</p>"),
    # another plan's price, or another service's status, said with the name first
    (
        "the Pro plan price is $10/month",
        "<div><h3>Free</h3><p>$0/month</p></div><div><h3>Pro</h3><p>$10/month</p></div>",
        "<div><h3>Free</h3><p>$10/month</p></div><div><h3>Pro</h3><p>$0/month</p></div>",
    ),
    (
        "the API status is Operational",
        "<table><tr><th>Service</th><th>Status</th></tr><tr><td>API</td><td>Operational</td>"
        "</tr><tr><td>Search</td><td>Down</td></tr></table>",
        "<table><tr><th>Service</th><th>Status</th></tr><tr><td>API</td><td>Down</td>"
        "</tr><tr><td>Search</td><td>Operational</td></tr></table>",
    ),
    # the price of the next card, or the next item of a list
    (
        "the price of Oak Chair is $40",
        "<div class=card><h3>Oak Chair</h3><p>$40</p></div>"
        "<div class=card><h3>Pine Table</h3><p>Sold out</p></div>",
        "<div class=card><h3>Oak Chair</h3><p>Sold out</p></div>"
        "<div class=card><h3>Pine Table</h3><p>$40</p></div>",
    ),
    (
        "the price of Oak Chair is $40",
        "<ul><li>Pine Table: sold out</li><li>Oak Chair: $40</li></ul>",
        "<ul><li>Oak Chair: sold out</li><li>Pine Table: $40</li></ul>",
    ),
    # the row or card named, never the next one: a row for Oak Chair that says "Sold out",
    # a Buy button only on Pine Table's card
    (
        "the row for Oak Chair says $40",
        "<table><tr><td>Pine Table</td><td>Sold out</td></tr>"
        "<tr><td>Oak Chair</td><td>$40</td></tr></table>",
        "<table><tr><td>Pine Table</td><td>$40</td></tr>"
        "<tr><td>Oak Chair</td><td>Sold out</td></tr></table>",
    ),
    (
        "the Oak Chair card has a Buy button",
        "<div class=card><h3>Oak Chair</h3><button>Buy</button></div>"
        "<div class=card><h3>Pine Table</h3><p>Sold out</p></div>",
        "<div class=card><h3>Oak Chair</h3><p>Sold out</p></div>"
        "<div class=card><h3>Pine Table</h3><button>Buy</button></div>",
    ),
    (
        "click Buy for Oak Chair",
        "<table><tr><td>Pine Table</td><td></td></tr>"
        "<tr><td>Oak Chair</td><td><button>Buy</button></td></tr></table>",
        "<table><tr><td>Pine Table</td><td><button>Buy</button></td></tr>"
        "<tr><td>Oak Chair</td><td>Sold out</td></tr></table>",
    ),
    # "the first row" is the first row of data: the header row once failed it
    (
        "the first row says Ada",
        "<table><tr><th>Name</th></tr><tr><td>Ada</td></tr><tr><td>Bob</td></tr></table>",
        "<table><tr><th>Name</th></tr><tr><td>Bob</td></tr><tr><td>Ada</td></tr></table>",
    ),
    # a button "available" is there and usable: a greyed-out one once held it
    ("the Save button is available", "<button>Save</button>", "<button disabled>Save</button>"),
    # "Undelete" counted as a Delete button
    (
        "there are 2 Delete buttons",
        "<button>Delete</button><button>Delete</button><button>Undelete</button>",
        "<button>Delete</button><button>Undelete</button>",
    ),
    # "Total savings: $40" is no total of $40 where the page also says "Total: $5"
    (
        "the total is $40",
        "<p>Total savings: $5</p><p>Order total: $40</p>",
        "<p>Total savings: $40</p><p>Total: $5</p>",
    ),
    # Bob's row that mentions "Backup: Ada" is not Ada's row
    (
        "the row for Ada says Active",
        MENTIONED.format(bob="Invited", ada="Active"),
        MENTIONED.format(bob="Active", ada="Invited"),
    ),
    (
        "Ada's row shows Active",
        MENTIONED.format(bob="Invited", ada="Active"),
        MENTIONED.format(bob="Active", ada="Invited"),
    ),
    (
        "the Resend button for Ada is visible",
        MENTIONED.format(bob="<button>Resend</button>", ada="<button>Resend</button>"),
        MENTIONED.format(bob="<button>Resend</button>", ada="Sent"),
    ),
    # a row's own text runs its cells together ("BobActive"): once, no row was Bob's
    (
        "the row for Bob says Active",
        "<table><tr><td>Bob</td><td>Active</td></tr><tr><td>Ada</td><td>Invited</td></tr></table>",
        "<table><tr><td>Bob</td><td>Invited</td></tr><tr><td>Ada</td><td>Active</td></tr></table>",
    ),
    # a longer label still holds the value where nothing says the label whole
    ("the total is $40", "<p>Total due today: $40</p>", "<p>Total due today: $4</p>"),
    # an icon shows the badge of the link it is drawn in, never the words beside it
    (
        "the cart icon shows 2",
        f"<header><a href='#cart'>{CART_ICON}<span class=badge>2</span></a> 3 messages</header>",
        f"<header><a href='#cart'>{CART_ICON}<span class=badge>3</span></a> 2 messages</header>",
    ),
]


@pytest.mark.parametrize(("goal", "holds", "elsewhere"), WHOLE_WORD_CASES)
async def test_a_check_holds_only_where_its_words_are_whole_and_its_own(
    pool: BrowserPool, pages: Pages, goal: str, holds: str, elsewhere: str
) -> None:
    [step] = read_goal(goal).steps
    await holds_only_on(pool, pages.add(holds), pages.add(elsewhere), [step])


async def test_a_control_missing_from_the_named_part_is_said_missing_there(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "no button named 'Resend'; closest: button 'Resend'", with no word of where
    url = pages.add(MENTIONED.format(bob="<button>Resend</button>", ada="Sent"))
    result = await check(pool, url, read_goal("the Resend button for Ada is visible").steps[0])
    assert "no button named 'Resend' in 'Ada'" in result.details


LOGO = (
    "<img alt='Company logo' width=40 height=20 src='data:image/svg+xml,%3Csvg xmlns="
    "%22http://www.w3.org/2000/svg%22 width=%2240%22 height=%2220%22%3E%3Crect width=%2240%22"
    " height=%2220%22/%3E%3C/svg%3E'>"
)


@pytest.mark.parametrize(
    ("goal", "holds", "elsewhere"),
    [
        (
            "Login form visible",
            "<form><h2>Login</h2><label>User <input></label><button>Log in</button></form>",
            "<form><h2>Search</h2><input><button>Go</button></form><p>Login form</p>",
        ),
        ("Company logo visible", LOGO, "<p>Company logo</p>"),
    ],
)
async def test_a_kind_said_with_no_article_is_that_kind_never_its_two_words(
    pool: BrowserPool, pages: Pages, goal: str, holds: str, elsewhere: str
) -> None:
    # A form is named by its heading when it has no name of its own
    await holds_only_on(pool, pages.add(holds), pages.add(elsewhere), read_goal(goal).steps)


async def test_a_control_checked_by_its_whole_name_never_holds_on_a_longer_one_later(
    pool: BrowserPool, pages: Pages
) -> None:
    [shown] = read_goal("the Pay button is visible").steps
    first = await check(pool, pages.add("<button>Pay later</button><button>Pay</button>"), shown)
    recorded = first.step_results[-1].locator or ""
    assert first.passed and recorded.startswith('get_by_role("button", name="Pay", exact=True)')
    # Replayed once "Pay" is gone, "Pay later" is not it; the recorded one still holds
    replay = shown.model_copy(update={"locator": recorded})
    later = await check(pool, pages.add("<button>Pay later</button>"), replay)
    assert not later.passed and "no button named 'Pay'" in (later.error or "")
    assert (await check(pool, pages.add("<p>Total</p><button>Pay</button>"), replay)).passed


async def test_a_field_is_a_search_or_number_box_too(pool: BrowserPool, pages: Pages) -> None:
    # Once "no textbox named 'search'": a search box is a field people read and fill
    holds = pages.add("<input type=search aria-label=Search value=lamp>")
    elsewhere = pages.add(
        "<input type=search aria-label=Search><label>Note <input value=lamp></label>"
    )
    await holds_only_on(pool, holds, elsewhere, read_goal("the search box contains lamp").steps)
    counted = pages.add("<label>Seats <input type=number value=2></label>")
    assert (await check(pool, counted, read_goal("the Seats field shows 2").steps[0])).passed


async def test_a_password_field_is_a_field_never_the_word(pool: BrowserPool, pages: Pages) -> None:
    # Once never found ("no element named 'password'") even where the field was there
    holds = pages.add("<label>Email <input></label><label>Password <input type=password></label>")
    elsewhere = pages.add(
        "<h2>Password</h2><p>Forgot your password?</p><label>Email <input></label>"
    )
    goal = "the page should have an email field and a password field"
    await holds_only_on(pool, holds, elsewhere, read_goal(goal).steps[1:])


async def test_what_it_says_after_a_part_shows_is_what_that_part_says(
    pool: BrowserPool, pages: Pages
) -> None:
    # "wait for the toast, and verify it says Saved": once any words "Saved" on the page,
    # so a toast saying "Error" passed beside a "Saved items" link
    step = read_goal("wait for the toast, and verify it says Saved").steps[-1]
    failed = "<a href=#>Saved items</a><div role=alert>Error: not saved</div>"
    assert not (await check(pool, pages.add(failed), step)).passed
    saved = "<a href=#>Saved items</a><div role=alert>Saved</div>"
    assert (await check(pool, pages.add(saved), step)).passed
    # And so "a toast appears saying 'Saved'", which once looked at the whole page
    step = read_goal("a toast appears saying 'Saved'").steps[-1]
    assert not (await check(pool, pages.add(failed), step)).passed
    toast = "<a href=#>Saved items</a><div class='toast show'>Saved</div>"
    assert (await check(pool, pages.add(toast), step)).passed
    for goal in ['the "Saved" toast appears', "wait for the 'Saved' toast"]:
        step = read_goal(goal).steps[-1]
        assert not (await check(pool, pages.add(failed), step)).passed, goal
        assert (await check(pool, pages.add(toast), step)).passed, goal


async def test_a_result_links_to_words_only_in_the_results(pool: BrowserPool, pages: Pages) -> None:
    # Once any link on the page: the navigation's "API reference" passed it
    (step,) = read_goal("check the result links to the API reference").steps
    nav = "<nav><a href=#>API reference</a></nav>"
    elsewhere = nav + "<ul id=results><li><a href=#>Getting started</a></li></ul>"
    assert not (await check(pool, pages.add(elsewhere), step)).passed
    found = nav + "<ul id=results><li><a href=#>API reference</a></li></ul>"
    assert (await check(pool, pages.add(found), step)).passed


async def test_where_a_link_shown_goes_is_checked_by_following_it(
    pool: BrowserPool, pages: Pages
) -> None:
    # "… a 'Forgot password?' link and it goes to /reset" once checked the address of the
    # page open, which no link had been followed to: it held nowhere, and proved nothing
    reset, other = pages.add("<h1>Reset</h1>"), pages.add("<h1>Other</h1>")
    path = reset.removeprefix(reset.rsplit("/", 1)[0])
    for goes_to, holds in ((reset, True), (other, False)):
        start = pages.add(f'<p>Sign in</p><a href="{goes_to}">Forgot password?</a>')
        goal = f'open {start}, check there is a "Forgot password?" link and it goes to {path}'
        browser, _ = await execute(
            pool, read_goal(goal), start_url=start, run_id="link", limits=QUICK
        )
        assert all(step.passed for step in browser.steps) is holds, browser.steps


async def test_the_site_header_and_footer_are_the_pages_own(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once a header named "page header" (none is) and a region of no such name: they failed
    # wherever the words were; they hold in the landmark only
    holds = pages.add(
        "<header>Settings</header><main>Home</main><footer><a href=#>Privacy</a></footer>"
    )
    elsewhere = pages.add(
        "<header><a href=#>Privacy</a></header><main>Settings</main><footer>x</footer>"
    )
    goals = ["The page header says Settings", "the site footer has a Privacy link"]
    await holds_only_on(pool, holds, elsewhere, [read_goal(goal).steps[-1] for goal in goals])


async def test_no_thing_in_a_part_is_looked_for_there(pool: BrowserPool, pages: Pages) -> None:
    # Once the words "Oak Chair in the cart", which no page shows: it passed with the chair
    # in the cart
    (step,) = read_goal("there is no Oak Chair in the cart").steps
    in_cart = pages.add("<ul id=products><li>Oak Chair</li></ul><div id=cart>Oak Chair</div>")
    assert not (await check(pool, in_cart, step)).passed
    empty = pages.add("<ul id=products><li>Oak Chair</li></ul><div id=cart>Empty</div>")
    assert (await check(pool, empty, step)).passed


async def test_waiting_for_a_kind_waits_for_one_to_show(pool: BrowserPool, pages: Pages) -> None:
    # Once the word "modal" waited for inside the dialog, which it never says: the step
    # timed out on every page
    (step,) = read_goal("wait for the modal to appear").steps
    late = "<div role=dialog id=d hidden>Welcome back</div><script>"
    late += "setTimeout(() => { document.getElementById('d').hidden = false }, 300)</script>"
    assert (await check(pool, pages.add(late), step)).passed
    assert not (await check(pool, pages.add("<p>Welcome back</p>"), step)).passed


async def test_the_logo_is_the_image_marked_so_never_any_picture(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once any image: a product photo passed "the logo is visible" with no logo on the page
    (step,) = read_goal("the logo is visible").steps
    pixel = "data:image/gif;base64,R0lGODlhAQABAAAAACwAAAAAAQABAAA="
    photo = f"<img src='{pixel}' alt='Oak Chair' width=20 height=20>"
    assert not (await check(pool, pages.add(f"<header>Acme</header>{photo}"), step)).passed
    for logo in [
        f"<header><a href='/'><img src='{pixel}' alt='Acme' width=20 height=20></a></header>",
        f"<div class='site-logo'><img src='{pixel}' alt='Acme' width=20 height=20></div>",
        f"<img src='{pixel}' alt='Acme logo' width=20 height=20>",
    ]:
        assert (await check(pool, pages.add(logo + photo), step)).passed, logo


async def test_a_tab_shows_what_its_open_panel_holds(pool: BrowserPool, pages: Pages) -> None:
    # Once "Bob appears in the Inactive tab" read the tab's own words and failed beside
    # Bob's open panel, and "the Inactive tab does not show Bob" passed whatever it held
    tabs = (
        "<div role=tablist><button role=tab aria-selected={a} aria-controls=p1>Active</button>"
        "<button role=tab aria-selected={b} id=t2>Inactive</button>"
        "<button role=tab aria-selected=false aria-controls=p3>Invited</button></div>"
        "<div role=tabpanel id=p1 {shut_a}>Ada</div>"
        "<div role=tabpanel aria-labelledby=t2 {shut_b}>Bob</div>"
        "<div role=tabpanel id=p3 hidden>Cy</div>"
    )
    inactive_open = pages.add(tabs.format(a="false", b="true", shut_a="hidden", shut_b=""))
    active_open = pages.add(tabs.format(a="true", b="false", shut_a="", shut_b="hidden"))
    shows = read_goal("Check that Bob appears in the Inactive tab").steps[-1]
    assert (await check(pool, inactive_open, shows)).passed
    assert not (await check(pool, active_open, shows)).passed
    gone = read_goal("the Inactive tab does not show Bob").steps[-1]
    for url in [inactive_open, active_open]:  # shown, or hidden in a closed tab: never gone
        result = await check(pool, url, gone)
        assert not result.passed, f"false pass: the Inactive tab does not show Bob on {url}"
    assert (
        await check(pool, inactive_open, read_goal("the Inactive tab does not show Ada").steps[-1])
    ).passed
    closed = await check(
        pool, active_open, read_goal("the Invited tab does not show Bob").steps[-1]
    )
    assert not closed.passed and "not open" in (closed.error or "")


async def test_what_a_tab_clicked_shows_is_in_its_panel(pool: BrowserPool, pages: Pages) -> None:
    # Once "it" was the whole page: the words in a note beside the tabs passed the check
    [click, shows] = read_goal("Click the Python tab and check it shows pip install").steps
    assert shows.target is not None and shows.target.role == "tab"
    tabs = (
        "<div role=tablist><button role=tab aria-controls=js>JavaScript</button>"
        '<button role=tab aria-controls=py onclick="py.hidden=false;js.hidden=true">'
        "Python</button></div><div role=tabpanel id=js>npm install acme</div>"
        "<div role=tabpanel id=py hidden>{}</div><p>Prefer pip install? Pick Python.</p>"
    )
    for panel, holds in [("pip install acme", True), ("poetry add acme", False)]:
        url = pages.add(tabs.format(panel))
        plan = Plan(goal="tab", steps=[Step(action="goto", value=url, phrase="open"), click, shows])
        browser, _ = await execute(pool, plan, start_url=url, run_id="tab", limits=QUICK)
        assert evaluate(browser).passed is holds, panel


async def test_tomorrow_and_yesterday_are_typed_as_the_run_s_dates(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once the word "tomorrow" was typed into the date field
    today = datetime.now(UTC).date()
    url = pages.add("<label>Due date <input></label><label>Sent <input></label>")
    goal = "set the Due date to tomorrow and the Sent field to yesterday"
    steps = list(read_goal(goal).steps)
    for label, days in [("Due date", 1), ("Sent", -1)]:
        held = (today + timedelta(days=days)).isoformat()
        steps.append(read_goal(f"check the {label} field holds {held}").steps[-1])
    plan = Plan(goal=goal, steps=[Step(action="goto", value=url, phrase="open"), *steps])
    browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
    assert evaluate(browser).passed, evaluate(browser).error


async def test_no_heading_saying_words_fails_on_any_heading_that_says_them(
    pool: BrowserPool, pages: Pages
) -> None:
    step = read_goal("No heading says Error").steps[-1]
    assert (await check(pool, pages.add("<h1>Welcome</h1><p>Error log</p>"), step)).passed
    for shown in ["<h1>Error</h1>", "<h2>Server Error 500</h2>", "<div role=heading>Error</div>"]:
        result = await check(pool, pages.add(f"<h1>Welcome</h1>{shown}"), step)
        assert not result.passed, f"false pass: no heading says Error on {shown}"
    # of a level: that level's, never another's
    step = read_goal("no h2 says Error").steps[-1]
    assert (await check(pool, pages.add("<h1>Error</h1><h2>Docs</h2>"), step)).passed
    result = await check(pool, pages.add("<h1>Docs</h1><h2>Server Error</h2>"), step)
    assert not result.passed, "false pass: no h2 says Error"


async def test_what_an_expanded_section_says_is_read_in_that_section(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = list(read_goal("Expand the Shipping section and check it says Free over $50").steps)
    faq = "<details><summary>Shipping</summary><p>{}</p></details>" + (
        "<details open><summary>Returns</summary><p>{}</p></details>"
    )
    holds = pages.add(faq.format("Free over $50", "30 days"))
    elsewhere = pages.add(faq.format("Flat $5", "Free over $50"))
    for url, passes in ((holds, True), (elsewhere, False)):
        plan = Plan(goal="faq", steps=[Step(action="goto", value=url, phrase="open"), *steps])
        browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
        assert evaluate(browser).passed is passes, url


async def test_what_an_expanded_question_says_is_read_in_its_answer(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once read on the whole page: another answer saying "30 days" passed it
    steps = list(read_goal('Expand "How do refunds work?" and check it mentions 30 days').steps)
    details = (
        "<details><summary>How do refunds work?</summary><p>{}</p></details>"
        "<details open><summary>How long is delivery?</summary><p>{}</p></details>"
    )
    aria = (
        "<h3><button aria-expanded=false aria-controls=a1 id=q1"
        " onclick=\"this.setAttribute('aria-expanded', 'true');"
        " document.getElementById('a1').hidden = false\">How do refunds work?</button></h3>"
        "<div role=region id=a1 aria-labelledby=q1 hidden>{}</div>"
        "<h3>How long is delivery?</h3><p>{}</p>"
    )
    for faq in (details, aria):
        for answer, other in (("Within 30 days", "2 days"), ("Never", "30 days")):
            url = pages.add(faq.format(answer, other))
            plan = Plan(goal="faq", steps=[Step(action="goto", value=url, phrase="open"), *steps])
            browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
            assert evaluate(browser).passed is (answer != "Never"), (faq, answer)
    # A question that reads as a sentence of its own ("Can I …?") is its answer all the same
    asked = read_goal("Expand 'Can I get a refund?' and check it mentions 30 days").steps
    for answer, other in (("Within 30 days", "2 days"), ("Never", "30 days")):
        faq = details.replace("How do refunds work?", "Can I get a refund?")
        url = pages.add(faq.format(answer, other))
        plan = Plan(goal="faq", steps=[Step(action="goto", value=url, phrase="open"), *asked])
        browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
        assert evaluate(browser).passed is (answer != "Never"), answer
    # Absent from the answer, not from the page; and never proven while the answer is shut
    (shut, gone) = read_goal(
        'Expand "How do refunds work?" and check it does not mention 30 days'
    ).steps
    for faq in (details, aria):
        for answer, other, passes in (("Never", "30 days", True), ("Within 30 days", "2", False)):
            url = pages.add(faq.format(answer, other))
            plan = Plan(
                goal="faq", steps=[Step(action="goto", value=url, phrase="open"), shut, gone]
            )
            browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
            assert evaluate(browser).passed is passes, (faq, answer)
        closed = await check(pool, pages.add(faq.format("Never", "2 days")), gone)
        assert not closed.passed and "not open" in (closed.error or ""), faq


async def test_an_address_that_returns_200_is_never_one_sent_elsewhere(
    pool: BrowserPool, pages: Pages
) -> None:
    # A sign-in wall answers 200 for the page it sends you to: never proof of the address
    login = pages.add("<h1>Sign in</h1>")
    walled = login.rsplit("/", 1)[0] + "/redirect?to=/" + login.rsplit("/", 1)[1]
    for url, passes in ((login, True), (walled, False)):
        # "the homepage returns a 200": the page the test starts on, said as a note says it
        for goal in [f"{url} returns 200", f"GET {url} -> 200", "the homepage returns a 200"]:
            plan = Plan(goal="200", steps=list(read_goal(goal).steps))
            browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
            assert evaluate(browser).passed is passes, (goal, url)
    for goal in [f"{login}-gone doesn't 404", f"check {login}-gone isn't a 404"]:
        missing = Plan(goal="404", steps=list(read_goal(goal).steps))
        browser, _ = await execute(pool, missing, start_url=login, run_id="kinds", limits=QUICK)
        assert not evaluate(browser).passed, goal


SIGN_IN_FORM = """<form onsubmit="event.preventDefault(); {}">
<label>Email <input name=email></label><label>Password <input type=password name=pw></label>
<button>Sign in</button></form><p role=alert></p>"""
LET_IN = "document.body.innerHTML = '<h1>Dashboard</h1><button>Log out</button>'"


async def test_a_sign_in_said_to_fail_fails_where_the_page_lets_anyone_in(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once refused: "login with a bad password should fail" is that sign-in, and still
    # signed out; a page that signs in whatever the password fails it
    refuses = pages.add(
        SIGN_IN_FORM.format(
            f"if (this.pw.value === 's3cret') {{ {LET_IN} }} else"
            " document.querySelector('[role=alert]').textContent = 'Invalid password'"
        )
    )
    lets_in = pages.add(SIGN_IN_FORM.format(LET_IN))
    account = {"username": "ada@example.com", "password": "s3cret"}
    for goal in ["login with a bad password should fail", "I cannot log in with a wrong password"]:
        for url, passes in ((refuses, True), (lets_in, False)):
            opened = Step(action="goto", value=url, phrase="open")
            plan = Plan(goal=goal, steps=[opened, *read_goal(goal).steps])
            browser, _ = await execute(
                pool, plan, start_url=url, run_id="kinds", limits=QUICK, variables=account
            )
            assert evaluate(browser).passed is passes, (goal, url, evaluate(browser).error)


async def test_a_picture_seen_must_have_loaded(pool: BrowserPool, pages: Pages) -> None:
    # A broken picture still has a box: "the logo is visible" once passed on a page whose
    # logo failed to load
    logo = "<header><a href='/' class=logo><img alt='Acme logo' src='{}' width=80 height=20></a>"
    loaded, broken = pages.add(logo.format(PIXEL)), pages.add(logo.format("/gone.png"))
    for goal in ["the logo is visible", "the Acme logo is displayed", "the logo loads"]:
        step = read_goal(goal).steps[-1]
        assert (await check(pool, loaded, step)).passed, goal
        failed = await check(pool, broken, step)
        assert not failed.passed, f"false pass: {goal}"
        assert "did not load" in (failed.error or ""), failed.error
    # Once an image named "hero", which no picture is: the picture in the hero
    hero = "<section class=hero><h1>Ship</h1>{}</section><footer>{}</footer>"
    picture = f"<img alt='Team at work' src='{PIXEL}' width=80 height=20>"
    in_hero = pages.add(hero.format(picture, ""))
    for elsewhere in (
        hero.format("", picture),
        hero.format(picture.replace(PIXEL, "/gone.png"), ""),
    ):
        for goal in ["the hero image loads", "the hero image is shown"]:
            await holds_only_on(pool, in_hero, pages.add(elsewhere), read_goal(goal).steps)


async def test_a_button_that_changes_to_words_is_then_named_by_them(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "the 'Add to cart' button shows 'Added'": the changed button, found by its old
    # name, was never found, and a healthy shop failed
    steps = read_goal("click Add to cart; the Add to cart button changes to Added").steps
    changes = "<button onclick=\"this.textContent='Added'\">Add to cart</button>"
    # the button unchanged, the words said beside it: the goal is not true
    beside = "<button onclick=\"this.after('Added')\">Add to cart</button>"
    for html, holds in [(changes, True), (beside, False)]:
        assert (await check(pool, pages.add(html), *steps)).passed is holds, html


async def test_the_button_after_a_click_is_the_one_clicked(pool: BrowserPool, pages: Pages) -> None:
    # Once "the button" was any button: a page with one other was ambiguous, and a page
    # whose Submit greyed out failed "click Submit and check the button is disabled"
    form = "<form onsubmit='event.preventDefault()'><button{}>Submit</button></form>"
    greys = pages.add(form.format(" onclick='this.disabled=true'") + "<button>Help</button>")
    stays = pages.add(form.format("") + "<button disabled>Delete</button>")
    steps = read_goal("Click Submit and check the button is disabled").steps
    await passes_only_on(pool, [*steps], greys, stays)


async def test_words_shown_instead_of_others_are_there_alone(
    pool: BrowserPool, pages: Pages
) -> None:
    # "the navbar shows Sign out instead of Sign in": once refused; never held by a navbar
    # that shows both, nor by "Sign out" said outside it
    steps = read_goal("the navbar should show Sign out instead of Sign in").steps
    nav = "<nav><a href='#'>Home</a> {}</nav><main>{}</main>"
    await passes_only_on(
        pool,
        [*steps],
        pages.add(nav.format("<a href='#'>Sign out</a>", "")),
        pages.add(nav.format("<a href='#'>Sign out</a> <a href='#'>Sign in</a>", "")),
        pages.add(nav.format("<a href='#'>Sign in</a>", "<a href='#'>Sign out</a>")),
    )


async def test_a_link_that_opens_a_new_tab_takes_the_journey_there(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once the checks after it looked at the page left behind: "open Terms of Service in a
    # new tab and check it says Terms of Service" held on the link's own words
    terms = pages.add("<h1>Terms</h1><p>Effective 2026</p>")
    url = pages.add(f"<a href='{terms}' target=_blank>Terms of Service</a>")
    holds = read_goal("Click Terms of Service and check the page says Effective 2026").steps
    assert (await check(pool, url, *holds)).passed
    left_behind = "Open Terms of Service in a new tab and check it says Terms of Service"
    assert not (await check(pool, url, *read_goal(left_behind).steps)).passed
    # A link aimed at a frame of the page still loads there: the page itself stays
    framed = pages.add(f"<iframe name=doc></iframe><a href='{terms}' target=doc>Terms</a>")
    stays = Step(action="expect_url", value=framed, compare="equals", phrase="still here")
    click = Step(action="click", target=Target(text="Terms"), phrase="click Terms")
    assert (await check(pool, framed, click, stays)).passed


SEARCH_PAGE = """<form onsubmit="event.preventDefault();
document.getElementById('results').innerHTML = {}"><input type=search aria-label=Search>
<button>Search</button></form><section id=results aria-label=Results></section>"""


async def test_it_after_a_search_is_what_was_searched_for_never_any_result(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "the results appear in the results": a search that found only other things
    # passed "search for lamp and verify it appears in the results"; and "a result titled
    # Brass Lamp" was those words anywhere, as in a menu's link beside the results
    menu = "<nav><a href='#'>Brass Lamp</a></nav>"
    finds = pages.add(menu + SEARCH_PAGE.format("'<ul><li>Brass Lamp</li></ul>'"))
    ignores = pages.add(
        menu + SEARCH_PAGE.format("'<ul><li>Oak Chair</li><li>Pine Table</li></ul>'")
    )
    for goal in [
        "Search for lamp and verify it appears in the results",
        "search for lamp and check it is listed",
        "search for lamp and make sure a result titled Brass Lamp appears",
    ]:
        steps = [Step(action="goto", value="{{url}}", phrase="open"), *read_goal(goal).steps]
        for url, passes in ((finds, True), (ignores, False)):
            plan = Plan(goal=goal, steps=steps)
            browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
            assert evaluate(browser).passed is passes, (goal, url, evaluate(browser).error)


async def test_a_suggestion_is_an_option_the_search_box_offers(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "pick the suggestion Lamp" clicked a control named "suggestion Lamp", and a
    # suggestion was any words at all
    offered = (
        "<input type=search aria-label=Search"
        " oninput=\"document.getElementById('s').hidden = !this.value\">"
        "<ul id=s role=listbox hidden>"
        "<li role=option onclick=\"document.getElementById('out').textContent = 'You picked Lamp'\">"
        "Lamp</li><li role=option>Lamp shade</li></ul>"
        "<a href='#' onclick=\"document.getElementById('out').textContent = 'wrong'\">Lamp</a>"
        "<p id=out></p>"
    )
    url = pages.add(offered)
    for goal in [
        "Type lam in search and pick the suggestion Lamp, then the page says You picked Lamp",
        "type 'lam' in the search box, choose Lamp from the suggestions; expect 'You picked Lamp'",
    ]:
        plan = Plan(goal=goal, steps=[Step(action="goto", value=url, phrase="open")])
        plan.steps.extend(read_goal(goal).steps)
        browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
        assert evaluate(browser).passed, goal
    words = "<input type=search aria-label=Search><p>Suggested: Lamp, Lamp shade</p>"
    # a dropdown's options are no suggestions, though they are options too
    sort = "<label>Sort <select><option>Lamp</option><option>Lamp shade</option></select></label>"
    for check_said in [
        "the suggestion Lamp is shown",
        "the search suggestions include Lamp shade",
        "2 suggestions are shown",
    ]:
        shown = read_goal(f"type lam in search; {check_said}").steps
        for html, holds in [(offered, True), (words, False), (words + sort, False)]:
            passed = (await check(pool, pages.add(html), *shown)).passed
            assert passed is holds, f"{check_said} on {html}"


async def test_it_after_opening_a_card_is_that_card(pool: BrowserPool, pages: Pages) -> None:
    # Once the whole page, where another plan's card listed the words
    card = "<div class=card><h3>{}</h3><ul><li>{}</li></ul></div>"
    holds = pages.add(card.format("Pro plan", "Priority support") + card.format("Team plan", "SSO"))
    elsewhere = pages.add(
        card.format("Pro plan", "Email support") + card.format("Team plan", "Priority support")
    )
    *_, listed = read_goal("Open the Pro plan card. It should list Priority support.").steps
    await holds_only_on(pool, holds, elsewhere, [listed])


async def test_it_after_a_card_or_a_dialog_is_that_part_never_the_page(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once read on the whole page, where another card or the page itself said the words
    cards = (
        "<article><h3>Pro plan</h3><p>{}</p><button>Choose</button></article>"
        "<article><h3>Team plan</h3><p>{}</p></article>"
    )
    dialog = (
        '<p>{1}</p><button onclick="d.hidden = false">What\'s new?</button>'
        '<div role=dialog id=d aria-label="What\'s new?" hidden><p>{0}</p></div>'
    )
    for goal, page in (
        ("Click the Pro plan card and check it says Most popular", cards),
        ("Open the 'What's new?' dialog and check it mentions Most popular", dialog),
    ):
        steps = read_goal(goal).steps
        for there, elsewhere in (("Most popular", "Basic"), ("Basic", "Most popular")):
            result = await check(pool, pages.add(page.format(there, elsewhere)), *steps)
            assert result.passed is (there == "Most popular"), (goal, there)


async def test_a_path_shows_in_any_separator_a_page_draws_but_in_its_order(
    pool: BrowserPool, pages: Pages
) -> None:
    crumbs = '<nav aria-label="Breadcrumb">{}</nav><main><h1>Install</h1></main>'
    drawn = [
        "<a href='#'>Home</a> / <a href='#'>Docs</a> / Install",
        "<a href='#'>Home</a> › <a href='#'>Docs</a> › Install",
        # separators a style sheet draws: the text runs "HomeDocsInstall"
        "<style>li+li::before{content:'>'}</style><ol><li>Home</li><li>Docs</li><li>Install</li></ol>",
    ]
    wrong = [
        "<a href='#'>Docs</a> / <a href='#'>Home</a> / Install",  # out of order
        "<a href='#'>Home</a> / Install",  # a part missing
    ]
    for goal in (
        "The breadcrumb shows Home > Docs > Install",
        "the breadcrumb reads Home » Docs » Install",
    ):
        step = read_goal(goal).steps[-1]
        assert step.action == "expect_text", goal
        for html in drawn:
            assert (await check(pool, pages.add(crumbs.format(html)), step)).passed, (goal, html)
        for html in wrong:
            url = pages.add(crumbs.format(html) + "<p>Home Docs Install</p>")
            assert not (await check(pool, url, step)).passed, f"false pass: {goal} on {html}"


async def test_rows_counted_after_searching_a_table_are_that_table_s(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once counted on the whole page, where another table's one row passed it
    step = read_goal(
        "Search the users table for alice and check that exactly one row is shown"
    ).steps[-1]
    table = "<table aria-label='{}'><tr><th>Name</th></tr>{}</table>"
    rows = "".join(f"<tr><td>{name}</td></tr>" for name in ("A-1", "A-2"))
    holds = pages.add(
        table.format("Users", "<tr><td>alice</td></tr>") + table.format("Orders", rows)
    )
    elsewhere = pages.add(
        table.format("Users", "") + table.format("Orders", "<tr><td>A-1</td></tr>")
    )
    await holds_only_on(pool, holds, elsewhere, [step])


async def test_a_card_said_by_its_name_then_its_kind_holds_the_value(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once looked for in an item showing the words "Pro card", which no card shows
    card = "<article class=card><h3>{}</h3><p>Price: {}</p></article>"
    holds = pages.add(card.format("Pro", "$29") + card.format("Team", "$99"))
    elsewhere = pages.add(card.format("Pro", "$99") + card.format("Team", "$29"))
    for goal in ("the price of the Pro card is $29", "In the Pro card, the price is $29"):
        await holds_only_on(pool, holds, elsewhere, read_goal(goal).steps)


async def test_a_switch_said_again_past_a_reload_is_the_one_turned(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once the page's one switch, whichever: here "could be any of 2", or another one off
    switches = (
        "<label><input type=checkbox role=switch id=e> Email alerts</label>"
        "<label><input type=checkbox role=switch id=d> Dark mode</label><script>{}</script>"
    )
    kept = "e.checked = localStorage.getItem('{0}') !== 'off';" + (
        "e.onchange = () => localStorage.setItem('{0}', e.checked ? 'on' : 'off');"
    )
    holds = pages.add(switches.format(kept.format("kept")))
    elsewhere = pages.add(switches.format("e.checked = true;"))  # back on after a reload
    for goal in (
        "Turn off email alerts and reload; the switch should still be off",
        "Turn off email alerts and confirm it stays off after a reload",  # reloaded first
    ):
        steps = read_goal(goal).steps
        await passes_only_on(pool, steps, holds, elsewhere)


async def test_signed_out_is_a_way_in_shown_and_none_out(pool: BrowserPool, pages: Pages) -> None:
    # Once refused; a "You are logged out" message alone would pass on a page still signed in
    page = '<div id=app><p>Hi Ada</p><button onclick="{}">Log out</button></div>'
    swap = "app.innerHTML = '<p>You are logged out</p>{}'"
    signed_out = [
        pages.add(page.format(swap.format("<a href=#>Log in</a>"))),
        pages.add(page.format(swap.format("<form><input type=password></form>"))),
    ]
    still_in = [
        # the message shows, and so does the way out
        pages.add(page.format("this.insertAdjacentHTML('afterend', '<p>You are logged out</p>')")),
        # the way out is only hidden in a closed account menu, and no way in shows
        pages.add(
            page.format(
                swap.format("<details><summary>Account</summary><a href=#>Log out</a></details>")
            )
        ),
    ]
    steps = read_goal("Click Log out and check that you are logged out").steps
    assert steps[-1].action == "expect_signed_out"
    for url in signed_out:
        result = await check(pool, url, *steps)
        assert result.passed, (url, result.error)
    for url in still_in:
        result = await check(pool, url, *steps)
        assert not result.passed, f"false pass on {url}"


async def test_it_after_opening_the_cart_is_that_cart(pool: BrowserPool, pages: Pages) -> None:
    # Once refused: "it" is the cart opened, never the page, whose other lists hold things
    cart = "<nav><ul><li>Shop</li><li>Cart</li></ul></nav><section><h1>Your cart</h1>{}</section>"
    holds = pages.add(cart.format("<ul></ul><p>Your cart is empty.</p>"))
    elsewhere = pages.add(cart.format("<ul><li>Oak Chair $99</li></ul>"))
    for goal in ("Go to the cart; it should be empty", "Open the cart page. It should be empty"):
        steps = read_goal(goal).steps
        await passes_only_on(pool, steps, holds, elsewhere)
    # What the cart holds is looked for in it: a mug only recommended is not in the cart
    recommended = "<aside><h2>Recommended</h2><ul><li>Blue Mug $12</li></ul></aside>"
    holds = pages.add(cart.format("<ul><li>Blue Mug $12</li></ul>"))
    elsewhere = pages.add(cart.format("<ul><li>Oak Chair $99</li></ul>") + recommended)
    steps = read_goal("Open the cart page. It should contain Blue Mug.").steps
    await passes_only_on(pool, steps, holds, elsewhere)


async def test_a_page_opened_from_a_closed_menu_opens_the_menu_first(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once the menu dropped, or a part named "user menu" looked for, which no closed menu is
    target = pages.add("<h1>Settings</h1>")
    menu = (
        '<header><button aria-expanded=false onclick="m.hidden = !m.hidden">User menu</button>'
        "<ul id=m hidden>{}<li><a href=#>Sign out</a></li></ul></header>"
    )
    holds = pages.add(menu.format(f"<li><a href='{target}'>Settings</a></li>"))
    elsewhere = pages.add(menu.format(""))
    steps = read_goal("Open the Settings page from the user menu").steps
    await passes_only_on(pool, steps, holds, elsewhere)


async def test_disabled_until_ticked_fails_on_a_button_never_held_or_never_freed(
    pool: BrowserPool, pages: Pages
) -> None:
    # Read as one state alone, a button always enabled (or never) would pass it
    box = "<label><input type=checkbox id=t onchange='b.disabled = !this.checked'> Terms</label>"
    held = pages.add(f"{box}<button id=b disabled>Sign up</button>")
    always = pages.add(f"{box.replace('b.disabled', 'x')}<button id=b>Sign up</button>")
    never = pages.add(f"{box.replace('b.disabled', 'x')}<button id=b disabled>Sign up</button>")
    steps = read_goal("Check the Sign up button is disabled until the terms box is ticked").steps
    await passes_only_on(pool, steps, held, always, never)


async def test_an_address_sent_to_the_newsletter_goes_in_its_own_field(
    pool: BrowserPool, pages: Pages
) -> None:
    # Never the sign-in form's e-mail field, which shares the page
    sign_in = (
        "<form onsubmit=\"event.preventDefault(); out.textContent='Welcome'\"><h2>Sign in</h2>"
        "<label>Email <input type=email name=e></label><button>Sign in</button></form>"
    )
    newsletter = (
        '<section><h2>Newsletter</h2><form onsubmit="event.preventDefault(); out.textContent ='
        " 'Thanks for subscribing ' + this.elements.n.value\"><label>Email <input type=email"
        " name=n></label><button>Subscribe</button></form></section>"
    )
    holds = pages.add(f"{sign_in}{newsletter}<p id=out></p>")
    elsewhere = pages.add(f"{sign_in}<p id=out></p>")
    goal = "Subscribe to the newsletter with a@b.co and check the page says Thanks for subscribing"
    steps = read_goal(goal).steps
    await passes_only_on(pool, steps, holds, elsewhere)
    result = await check(pool, holds, *read_goal("Subscribe to the newsletter with a@b.co").steps)
    assert result.passed, result.error


async def test_a_form_named_is_sent_with_its_own_button(pool: BrowserPool, pages: Pages) -> None:
    # Once the form itself was clicked, which sends nothing: the step passed, undone
    contact = (
        '<section><h2>Contact us</h2><form aria-label=Contact novalidate onsubmit="event'
        ".preventDefault(); if (!this.elements.e.value) err.textContent = 'Email is required'\">"
        "<label>Email <input name=e></label><p id=err></p><button>Send</button></form></section>"
    )
    newsletter = (
        '<section><h2>Newsletter</h2><form onsubmit="event.preventDefault(); out.textContent ='
        " 'Email is required'\"><label>Email <input name=n></label><button>Subscribe</button>"
        "</form><p id=out></p></section>"
    )
    goal = 'Confirm the contact form shows "Email is required" when submitted empty'
    steps = read_goal(goal).steps
    for html, passes in ((newsletter + contact, True), (contact + newsletter, True)):
        result = await check(pool, pages.add(html), *steps)
        assert result.passed is passes, (html, result.error)
    # With no contact form, the newsletter's message is never the contact form's
    result = await check(pool, pages.add(newsletter), *steps)
    assert not result.passed
    assert "contact" in (result.error or "")


async def test_an_avatar_is_the_picture_marked_so_never_any_picture(
    pool: BrowserPool, pages: Pages
) -> None:
    photo = f"<img alt='Blue Mug' width=20 height=20 src='{PIXEL}'>"
    pictured = pages.add(f"{photo}<img class='avatar' alt='Ada' width=20 height=20 src='{PIXEL}'>")
    initials = pages.add(f"{photo}<header><span class='user-avatar'>AB</span></header>")
    for goal, holds, elsewhere in [
        ("the avatar is visible", pictured, pages.add(photo)),
        ("the avatar shows AB", initials, pages.add(f"{photo}<p>AB</p>")),
    ]:
        steps = read_goal(goal).steps
        await passes_only_on(pool, steps, holds, elsewhere)
    menu = '<button class=avatar onclick="m.hidden = false">AB</button><ul id=m hidden><li>Settings</li></ul>'
    result = await check(
        pool, pages.add(menu), *read_goal("click the avatar; Settings is shown").steps
    )
    assert result.passed, result.error


async def test_a_thing_in_a_part_named_is_never_one_beside_that_part(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once the page itself held both the Save button and the Team section, so a Save button
    # outside the section passed "the Save button in the Team section is visible"
    outside = [
        "<button>Save</button><section><h2>Team</h2><p>hi</p></section>",
        "<div><button>Save</button></div><div><h2>Team</h2><p>hi</p></div>",
    ]
    inside = [
        "<button>Other</button><section><h2>Team</h2><button>Save</button></section>",
        "<h2>Team</h2><button>Save</button>",
        "<div class=card><header><h3>Team</h3></header><button>Save</button></div>",
    ]
    shown = read_goal("the Save button in the Team section is visible").steps
    gone = read_goal("the Save button in the Team section is not shown").steps
    for html in outside + inside:
        url = pages.add(html)
        held = html in inside
        assert (await check(pool, url, *shown)).passed is held, html
        assert (await check(pool, url, *gone)).passed is not held, html


async def test_words_sent_with_enter_are_checked_where_they_were_sent(
    pool: BrowserPool, pages: Pages
) -> None:
    # "it" after typing and Enter is what was sent; the box inside the conversation still
    # holding it, unsent, must not pass
    box = "<section id=conversation><ol id=log></ol><input aria-label=chat id=box></section>"
    send = (
        "<script>box.onkeydown = e => { if (e.key === 'Enter') {"
        " log.append(Object.assign(document.createElement('li'), {textContent: box.value}));"
        " box.value = ''; } }</script>"
    )
    steps = read_goal(
        "Type hello in the chat box and press Enter; it should appear in the conversation"
    ).steps
    await passes_only_on(pool, steps, pages.add(box + send), pages.add(box))


async def test_a_place_said_first_holds_every_field_of_the_list_after_it(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once only the first pair was filled in the Shipping form; the next went to the first
    # Street field on the page, the Billing form's
    def form(name: str) -> str:
        return (
            f"<form aria-label={name}><h2>{name}</h2><label>City <input name=city></label>"
            "<label>Street <input name=street></label></form>"
        )

    url = pages.add(form("Billing") + form("Shipping"))
    steps = read_goal("In the Shipping form, fill City with Paris and Street with 1 Rue").steps
    billing = Target(text="Street", within="Billing")
    untouched = Step(action="expect_value", target=billing, value="", phrase="untouched")
    result = await check(pool, url, *steps, untouched)
    assert result.passed, result.error


async def test_a_count_after_scrolling_to_a_part_counts_in_that_part(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "Expect 3 of the links" on the whole page: three links in the nav passed it
    # while the footer had one
    def page(nav: int, footer: int) -> str:
        links = "<a href='#'>x</a>"
        return f"<nav>{links * nav}</nav><p>text</p><footer>{links * footer}</footer>"

    steps = read_goal("scroll down to the footer and check there are 3 links").steps
    await passes_only_on(pool, steps, pages.add(page(2, 3)), pages.add(page(3, 0)))


async def test_it_said_again_with_the_words_typed_is_the_field_typed_into(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "Expect the page to show 'Bob'": a greeting elsewhere passed while the field had
    # lost what was typed
    kept = (
        "<label>Name <input id=n></label><script>n.value = sessionStorage.n || '';"
        " n.oninput = () => { sessionStorage.n = n.value }</script>"
    )
    lost = "<label>Name <input id=n></label><p>Signed in as Bob</p>"
    steps = read_goal("Type Bob in the name field; reload; check it says Bob").steps
    await passes_only_on(pool, steps, pages.add(kept), pages.add(lost))


async def test_its_control_after_finding_an_item_is_the_one_in_that_item(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "click its Delete button" clicked the first Delete of the page: Alice's, so one
    # item remained though Bob's row had no Delete button at all
    delete = "<button onclick='this.parentNode.remove()'>Delete</button>"
    holds = f"<ul><li>Alice {delete}</li><li>Bob {delete}</li></ul>"
    locked = f"<ul><li>Alice {delete}</li><li>Bob <span>locked</span></li></ul>"
    goal = "find Bob in the list and click its Delete button, then 1 item should remain"
    await passes_only_on(pool, read_goal(goal).steps, pages.add(holds), pages.add(locked))


async def test_a_click_after_finding_a_row_is_in_that_row(pool: BrowserPool, pages: Pages) -> None:
    # Once the first Delete of the page: Alice's, so one row remained though Bob's had none
    delete = "<button onclick='this.closest(\"tr\").remove()'>Delete</button>"
    holds = f"<table><tr><td>Alice</td><td>{delete}</td></tr><tr><td>Bob</td><td>{delete}</td></tr>"
    locked = f"<table><tr><td>Alice</td><td>{delete}</td></tr><tr><td>Bob</td><td>locked</td></tr>"
    for goal in (
        "find Bob's row and click Delete, then 1 row should remain",
        "Find the row for Bob and click Delete, then 1 row should remain",
    ):
        await passes_only_on(pool, read_goal(goal).steps, pages.add(holds), pages.add(locked))


async def test_a_table_s_columns_are_its_column_headers_never_its_rows(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once the items of the table counted: its rows, so 4 rows passed "4 columns"
    def table(columns: int, rows: int) -> str:
        head = "".join(f"<th>H{n}</th>" for n in range(columns))
        row = "<tr>" + "<td>x</td>" * columns + "</tr>"
        return f"<table><tr>{head}</tr>{row * rows}</table>"

    steps = read_goal("the table should have 4 columns").steps
    await passes_only_on(pool, steps, pages.add(table(4, 2)), pages.add(table(3, 4)))


async def test_a_thing_there_after_opening_a_part_is_in_that_part(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once looked for on the whole page: the product's own heading passed it, though the
    # wishlist opened held another product
    def product(listed: str) -> str:
        return (
            "<h1>Oak Chair</h1><button onclick=\"document.getElementById('wishlist')"
            '.hidden=false">Wishlist</button>'
            f"<aside id='wishlist' hidden><h2>Wishlist</h2><ul><li>{listed}</li></ul></aside>"
        )

    steps = read_goal("Open the wishlist and check Oak Chair is there").steps
    await passes_only_on(
        pool, steps, pages.add(product("Oak Chair")), pages.add(product("Pine Table"))
    )


async def test_a_copyright_year_is_the_year_of_the_copyright_line(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "2026" anywhere: a roadmap's year passed it under a "© 2025" footer
    holds = pages.add("<main><p>Posted in 2025</p></main><footer><p>© 2026 Acme Inc.</p></footer>")
    spelled = pages.add("<main><p>Since 2019</p></main><footer><p>Copyright 2026 Acme</p></footer>")
    stale = pages.add("<main><p>Roadmap 2026</p></main><footer><p>© 2025 Acme Inc.</p></footer>")
    for goal in (
        "the copyright year is 2026",
        "Check the footer copyright year is 2026",
        "In the footer, the copyright says 2026",
        "the page shows the copyright year 2026",
    ):
        await passes_only_on(pool, read_goal(goal).steps, holds, stale)
        assert (await check(pool, spelled, *read_goal(goal).steps)).passed, goal


async def test_a_toggle_after_saving_and_reloading_is_the_one_turned(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "the toggle" was any of the page's two: the run failed on a healthy page, unable
    # to tell which; the setting saved is the one to check
    def settings(saved: str) -> str:
        return (
            "<label><input type=checkbox role=switch id=email> Email notifications</label>"
            "<label><input type=checkbox role=switch id=dark checked> Dark mode</label>"
            f'<button onclick="{saved}">Save</button>'
            "<script>document.getElementById('email').checked ="
            " localStorage.getItem('email') === '1'</script>"
        )

    saves = "localStorage.setItem('email', document.getElementById('email').checked ? '1' : '0')"
    goal = "Enable email notifications and save; the toggle should stay on after reload"
    steps = read_goal(goal).steps
    await passes_only_on(pool, steps, pages.add(settings(saves)), pages.add(settings("")))


async def test_the_line_or_card_for_a_name_is_the_item_that_shows_it(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once a label "line" in Oak Chair's item, which no cart shows: the check always failed
    def cart(chair: int, table: int) -> str:
        return f"<ul><li>Oak Chair Qty {chair}</li><li>Pine Table Qty {table}</li></ul>"

    steps = read_goal("the line for Oak Chair should say Qty 2").steps
    await passes_only_on(pool, steps, pages.add(cart(2, 1)), pages.add(cart(1, 2)))

    def cards(chair: str, table: str) -> str:
        return (
            f"<article><h3>Oak Chair</h3><p>{chair}</p></article>"
            f"<article><h3>Pine Table</h3><p>{table}</p></article>"
        )

    steps = read_goal("the card for Oak Chair shows 4.5").steps
    await passes_only_on(
        pool, steps, pages.add(cards("4.5", "3.9")), pages.add(cards("3.9", "4.5"))
    )


async def test_an_item_just_added_said_listed_is_in_a_list_never_in_a_message(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once the words anywhere: a toast saying "Project Canary created" passed it, with no
    # such project in the list. "The list" is a table too, as people call one.
    (listed,) = read_goal("add 'Canary', then make sure it is listed").steps[1:]
    toast = "<div role=status>Project Canary created</div>"
    await passes_only_on(
        pool,
        [listed],
        pages.add("<table><tr><td>Apollo</td></tr><tr><td>Canary</td></tr></table>"),
        pages.add(f"{toast}<table><tr><td>Apollo</td></tr></table>"),
        pages.add(f"{toast}<ul><li>Apollo</li></ul>"),
    )
    # "order #1001 is in the list" once looked anywhere: a toast saying it was deleted passed
    steps = read_goal("Check that order #1001 is in the list").steps
    deleted = "<div role=status>Order #1001 deleted</div>"
    await passes_only_on(
        pool,
        list(steps),
        pages.add("<ul><li>Order #1000</li><li>Order #1001</li></ul>"),
        pages.add(f"{deleted}<ul><li>Order #1000</li></ul>"),
    )


async def test_a_name_under_a_heading_is_in_the_part_it_heads(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once inside the heading itself, which says only "Team": the check always failed
    steps = read_goal("Under the Team heading, Alice is listed").steps

    def team(members: str, alumni: str) -> str:
        return f"<h2>Team</h2><ul>{members}</ul><h2>Alumni</h2><ul>{alumni}</ul>"

    await passes_only_on(
        pool,
        steps,
        pages.add(team("<li>Alice</li><li>Bob</li>", "<li>Carol</li>")),
        pages.add(team("<li>Bob</li>", "<li>Alice</li>")),
    )


async def test_what_a_tab_says_after_opening_it_is_what_its_panel_shows(
    pool: BrowserPool, pages: Pages
) -> None:
    # A note above the tabs saying it never passes it, whatever the tab says
    steps = read_goal("Open the Shipping tab. The Shipping tab says 'Ships in 2 days'").steps

    def tabs(note: str, shipping: str) -> str:
        return (
            f"<p>{note}</p><div role=tablist>"
            "<button role=tab id=t1 aria-controls=p1 aria-selected=true>Details</button>"
            "<button role=tab id=t2 aria-controls=p2 aria-selected=false>Shipping</button></div>"
            "<div role=tabpanel id=p1 aria-labelledby=t1>Oak, 80 cm</div>"
            f"<div role=tabpanel id=p2 aria-labelledby=t2 hidden>{shipping}</div>"
            "<script>t2.onclick = () => { p1.hidden = true; p2.hidden = false;"
            " t2.setAttribute('aria-selected', 'true'); t1.setAttribute('aria-selected', 'false') }"
            "</script>"
        )

    await passes_only_on(
        pool,
        steps,
        pages.add(tabs("Free returns", "Ships in 2 days")),
        pages.add(tabs("Ships in 2 days", "Ships in 5 days")),
    )


async def test_the_tab_panel_is_what_the_tab_shows(pool: BrowserPool, pages: Pages) -> None:
    # Once "the tab panel shows Shipping" looked in any part named "tab": the row of tabs,
    # which holds every tab's name, so it held whichever panel was open
    script = (
        "<script>for (const t of document.querySelectorAll('[role=tab]')) t.onclick = () => {"
        "for (const p of document.querySelectorAll('[role=tabpanel]'))"
        " p.hidden = p.id !== t.getAttribute('aria-controls');"
        "for (const o of document.querySelectorAll('[role=tab]'))"
        " o.setAttribute('aria-selected', String(o === t)); };</script>"
    )
    tabs = (
        "<div class=tabs role=tablist>"
        "<button role=tab aria-controls=d aria-selected=false>Details</button>"
        "<button role=tab aria-controls=s aria-selected=true>Shipping</button></div>"
        "<div role=tabpanel id=d hidden>Colour: red</div>"
        "<div role=tabpanel id=s>Ships in 2 days</div>" + script
    )
    url = pages.add(tabs)
    for goal in [
        "Click the Details tab and check the tab panel shows Colour: red",
        "Open the Details tab. The panel says Colour: red",
        "check the tab panel shows Ships in 2 days",
    ]:
        assert (await check(pool, url, *read_goal(goal).steps)).passed, goal
    for goal in [
        "Click the Details tab and check the tab panel shows Shipping",
        "Click the Details tab and check the tab content shows Ships in 2 days",
        "check the tab panel shows Shipping",
    ]:
        assert not (await check(pool, url, *read_goal(goal).steps)).passed, f"false pass: {goal}"


async def test_the_heading_of_a_page_opened_is_its_own(pool: BrowserPool, pages: Pages) -> None:
    # Once refused; read as any heading, a link that opened nothing would pass on the
    # results page, whose titles are headings too
    opened = pages.add("<h1>Webhooks</h1><p>Send events to your server.</p>")
    goal = "Open Webhooks and check its heading is Webhooks"
    for href, passes in ((opened, True), ("#", False)):
        url = pages.add(f"<h1>Results</h1><ul><li><h3><a href='{href}'>Webhooks</a></h3></ul>")
        result = await check(pool, url, *read_goal(goal).steps)
        assert result.passed is passes, (href, result.error)


async def test_a_named_row_of_a_named_table_is_that_row_in_that_table(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once a table named "total row of the invoice": none, so a healthy invoice failed
    def table(name: str, subtotal: str, total: str) -> str:
        return (
            f"<h2>{name}</h2><table><tr><th>Item</th><th>Amount</th></tr>"
            f"<tr><td>Subtotal</td><td>{subtotal}</td></tr>"
            f"<tr><td>Total</td><td>{total}</td></tr></table>"
        )

    steps = read_goal("Verify the total row of the invoice table says $1,350.00").steps
    holds = pages.add(table("Invoice", "$1,250.00", "$1,350.00") + table("Refunds", "$0", "$0"))
    # the figure only in the subtotal row, or only in another table's total row
    subtotal = pages.add(table("Invoice", "$1,350.00", "$1,400.00"))
    other = pages.add(
        table("Invoice", "$1,250.00", "$1,250.00") + table("Refunds", "$0", "$1,350.00")
    )
    await passes_only_on(pool, list(steps), holds, subtotal, other)


async def test_a_control_s_state_for_a_named_item_is_that_item_s(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once refused; read for any Add to cart button, another product's would pass it
    def shop(oak: str, pine: str) -> str:
        return "".join(
            f"<article><h3>{name}</h3><button {state}>Add to cart</button></article>"
            for name, state in (("Oak Chair", oak), ("Pine Table", pine))
        )

    steps = read_goal("Confirm that the Add to cart button is enabled for the Oak Chair").steps
    await passes_only_on(
        pool, list(steps), pages.add(shop("", "disabled")), pages.add(shop("disabled", ""))
    )


async def test_terms_accepted_with_a_sign_up_are_ticked_before_it_is_sent(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once ticked after the form was sent: a healthy sign-up said "Accept the terms"
    form = (
        '<form onsubmit="event.preventDefault(); document.body.innerHTML ='
        " this.terms.checked ? '<h1>Welcome</h1>' : '<p>Accept the terms</p>'\">"
        "<label>Email <input name=email type=email></label>"
        "{}<button>Sign up</button></form>"
    )
    terms = "<label><input type=checkbox name=terms> I accept the terms</label>"
    goal = "Sign up with email ada@example.com and accept the terms."
    steps = [*read_goal(f"{goal} The page should say Welcome").steps]
    await passes_only_on(pool, steps, pages.add(form.format(terms)), pages.add(form.format("")))


async def test_a_table_s_caption_is_checked_as_its_caption(pool: BrowserPool, pages: Pages) -> None:
    # Once the words anywhere in the table: a cell saying them passed it
    table = "<table><caption>{}</caption><tr><th>Order</th></tr><tr><td>{}</td></tr></table>"
    steps = list(read_goal("The table caption reads Recent orders").steps)
    holds = pages.add(table.format("Recent orders", "#1042"))
    in_a_cell = pages.add(table.format("Old orders", "Recent orders"))
    await passes_only_on(pool, steps, holds, in_a_cell)


async def test_the_price_of_a_thing_opened_is_its_own(pool: BrowserPool, pages: Pages) -> None:
    # Once refused; read as any price, a link that opened nothing would pass on the list,
    # where another product costs that much
    product = pages.add("<main><h1>Oak Chair</h1><p class=price>$120</p><p>Solid oak.</p></main>")
    steps = list(read_goal("Open Oak Chair; its price should be $120").steps)
    for href, passes in ((product, True), ("#", False)):
        shop = pages.add(
            f"<ul><li><a href='{href}'>Oak Chair</a> <span class=price>$100</span></li>"
            "<li><a href='#'>Pine Table</a> <span class=price>$120</span></li></ul>"
        )
        result = await check(pool, shop, *steps)
        assert result.passed is passes, (href, result.error)


async def test_a_thing_named_after_a_part_s_check_is_in_that_part(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once looked for anywhere when the page was opened first: a Sign up button in the nav
    # passed a hero that had none
    goal = "Make sure the homepage hero has a headline and a Sign up button"
    steps = list(read_goal(goal).steps)[1:]  # the homepage is the page each check opens
    nav = "<nav><button>Sign up</button></nav>"
    holds = pages.add(f"{nav}<section class=hero><h1>Ship faster</h1><button>Sign up</button>")
    elsewhere = pages.add(f"{nav}<section class=hero><h1>Ship faster</h1></section>")
    await passes_only_on(pool, steps, holds, elsewhere)


async def test_a_heading_named_as_a_part_s_is_in_that_part(pool: BrowserPool, pages: Pages) -> None:
    # Once the heading anywhere: "Ship faster" as a heading of another section passed it
    steps = list(read_goal('the hero heading "Ship faster" is visible').steps)
    holds = pages.add("<section class=hero><h1>Ship faster</h1></section><h2>Pricing</h2>")
    elsewhere = pages.add("<section class=hero><h1>Welcome</h1></section><h2>Ship faster</h2>")
    await passes_only_on(pool, steps, holds, elsewhere)


async def test_an_item_said_by_whose_it_is_is_gone_only_when_its_owner_is(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "Bob's" not shown: no page says it, so a Revoke that removed nothing passed
    steps = list(read_goal("Remove Bob's invite and check he is no longer listed").steps)
    invites = (
        "<ul><li>Ada <button>Remove</button></li>"
        "<li>Bob <button onclick='{}'>Remove</button></li></ul>"
    )
    holds = pages.add(invites.format("this.parentNode.remove()"))
    broken = pages.add(invites.format(""))
    await passes_only_on(pool, steps, holds, broken)


async def test_both_fields_show_a_message_only_when_each_does(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once one part of the page named "Both Email and Password", which no page has
    steps = list(read_goal("Both Email and Password should show 'This field is required'").steps)
    field = "<div class=field><label for={0}>{0}</label><input id={0}><span>{1}</span></div>"
    required = "This field is required"
    form = "<form>{}{}<button>Log in</button></form>"
    holds = pages.add(
        form.format(field.format("Email", required), field.format("Password", required))
    )
    one = pages.add(form.format(field.format("Email", ""), field.format("Password", required)))
    await passes_only_on(pool, steps, holds, one)


async def test_one_thing_shown_and_another_not_fails_when_both_are(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = list(read_goal("Ada is shown in the table but Bob is not").steps)
    table = "<table><tr><th>Name</th></tr>{}</table><p>Bob</p>"
    holds = pages.add(table.format("<tr><td>Ada</td></tr>"))
    both = pages.add(table.format("<tr><td>Ada</td></tr><tr><td>Bob</td></tr>"))
    await passes_only_on(pool, steps, holds, both)


async def test_a_header_row_says_only_what_its_headers_say(pool: BrowserPool, pages: Pages) -> None:
    # Once a row named "header row", which no row of a table is
    steps = list(read_goal("The table header row contains Name, Role and Email").steps)
    table = (
        "<table><tr><th>{}</th><th>Role</th><th>Email</th></tr>"
        "<tr><td>Name</td><td>Ada</td><td>ada@example.com</td></tr></table>"
    )
    await passes_only_on(
        pool, steps, pages.add(table.format("Name")), pages.add(table.format("Who"))
    )


async def test_a_link_s_badge_is_what_that_link_shows(pool: BrowserPool, pages: Pages) -> None:
    # Once the figure after a label "badge" near the words "Inbox link": none on any page
    steps = list(read_goal("The badge on the Inbox link shows 3").steps)
    nav = "<nav><a href='#'>Inbox <span class=badge>{}</span></a> <a href='#'>Sent 3</a></nav>"
    await passes_only_on(pool, steps, pages.add(nav.format(3)), pages.add(nav.format(1)))


async def test_two_names_said_with_their_kind_once_are_each_of_that_kind_there(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = read_goal("the Terms and Privacy links are in the footer").steps
    both = "<footer><a href='#t'>Terms</a> <a href='#p'>Privacy</a></footer>"
    assert (await check(pool, pages.add(both), *steps)).passed
    # Privacy linked only in the header, or said in the footer as words: not there
    for elsewhere in [
        "<header><a href='#p'>Privacy</a></header><footer><a href='#t'>Terms</a></footer>",
        "<footer><a href='#t'>Terms</a> <p>Privacy</p></footer>",
    ]:
        assert not (await check(pool, pages.add(elsewhere), *steps)).passed, elsewhere


async def test_an_address_said_to_redirect_to_https_must_start_so(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "the URL contains 'https'", looked for in the path, where no address has it
    (step,) = read_goal("you should end up on https").steps
    assert not (await check(pool, pages.add("<p>plain</p>"), step)).passed  # http://127.0.0.1
    pattern = url_pattern(step.value or "", step)
    assert pattern.match("https://example.com/pricing")
    assert not pattern.match("http://example.com/https")


def _card(kind: str, name: str) -> str:
    return (
        f"<div class='{kind}'><h3 class='{kind}-title'>{name}</h3><ul><li>Support</li></ul></div>"
    )


async def test_things_counted_with_no_one_list_are_those_the_page_names_so(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "no list of items shows on the page": cards drawn as blocks, each with its list
    steps = read_goal("There are 3 pricing cards").steps
    three = "".join(_card("card pricing-card", name) for name in ("Free", "Pro", "Team"))
    assert (
        await check(pool, pages.add(f"<nav><ul><li>Home</li></ul></nav>{three}"), *steps)
    ).passed
    # Two pricing cards and a testimonial card are not three pricing cards
    two = _card("card pricing-card", "Free") + _card("card pricing-card", "Pro")
    assert not (await check(pool, pages.add(two + _card("card", "Ada says hi")), *steps)).passed


async def test_plans_said_shown_are_counted_never_a_sentence_saying_their_number(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = read_goal("the page shows 3 plans").steps
    plans = "".join(_card("plan", name) for name in ("Free", "Pro", "Team"))
    assert (await check(pool, pages.add(plans), *steps)).passed
    two = "<h1>Compare our 3 plans</h1>" + _card("plan", "Free") + _card("plan", "Pro")
    assert not (await check(pool, pages.add(two), *steps)).passed


async def test_a_tooltip_s_words_are_its_own_never_the_page_s(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = read_goal("The tooltip on the Save button says Ctrl+S").steps
    tip = (
        '<button aria-describedby=t onmouseenter="t.hidden=false">Save</button>'
        "<div role=tooltip id=t hidden>Ctrl+S</div>"
    )
    assert (await check(pool, pages.add(tip), *steps)).passed
    # The words on the page beside a button with no tooltip: none shows them
    assert not (await check(pool, pages.add("<button>Save</button><p>Ctrl+S</p>"), *steps)).passed


async def test_several_names_said_to_be_one_thing_each_are_so_in_their_own_rows(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = read_goal("API, Search and Database are Operational").steps

    def status(search: str) -> str:
        rows = [("API", "Operational"), ("Search", search), ("Database", "Operational")]
        return "<ul>" + "".join(f"<li>{n} <span>{s}</span></li>" for n, s in rows) + "</ul>"

    assert (await check(pool, pages.add(status("Operational")), *steps)).passed
    assert not (await check(pool, pages.add(status("Degraded")), *steps)).passed


async def test_the_current_year_is_the_year_of_the_run(pool: BrowserPool, pages: Pages) -> None:
    steps = read_goal("the footer shows the current year").steps
    year = datetime.now(UTC).year
    assert (await check(pool, pages.add(f"<footer>© {year} Acme</footer>"), *steps)).passed
    # last year's footer, and this year said only outside the footer
    stale = f"<p>News of {year}</p><footer>© {year - 1} Acme</footer>"
    assert not (await check(pool, pages.add(stale), *steps)).passed


async def test_at_most_bounds_a_count_and_never_passes_on_a_list_that_is_gone(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = read_goal("at most 3 results are shown").steps

    def results(count: int) -> str:
        shown = "".join(f"<li>Mug {n}</li>" for n in range(count))
        return f"<section class=results><h2>Results</h2><ul>{shown}</ul></section>"

    assert (await check(pool, pages.add(results(2)), *steps)).passed
    assert (await check(pool, pages.add(results(3)), *steps)).passed
    assert not (await check(pool, pages.add(results(4)), *steps)).passed
    # a figure the page prints is no count of the results themselves
    said = "<section class=results><h2>Results</h2><p>2 results</p></section>"
    assert not (await check(pool, pages.add(said), *steps)).passed
    # the page lost its results: none of them is no proof that there are few
    lost = "<section class=results><h2>Results</h2><p>Something went wrong</p></section>"
    assert not (await check(pool, pages.add(lost), *steps)).passed
    assert not (await check(pool, pages.add("<h1>Something went wrong</h1>"), *steps)).passed


async def test_a_page_that_lists_a_number_of_things_holds_that_many(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = read_goal("the page lists 3 components").steps

    def components(count: int, said: str = "") -> str:
        shown = "".join(f"<li class=component>Part {n}</li>" for n in range(count))
        return f"<h1>Status</h1><p>{said}</p><ul>{shown}</ul>"

    assert (await check(pool, pages.add(components(3)), *steps)).passed
    # the words printed over a list of two, and a list of four
    assert not (await check(pool, pages.add(components(2, "3 components")), *steps)).passed
    assert not (await check(pool, pages.add(components(4)), *steps)).passed


async def test_controls_listed_by_name_and_kind_are_each_that_kind(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = read_goal("Save button and Cancel link are visible").steps
    both = "<button>Save</button><a href='#'>Cancel</a>"
    assert (await check(pool, pages.add(both), *steps)).passed
    # the words alone, or each as the other kind, are not those controls
    assert not (await check(pool, pages.add("<p>Save</p><a href='#'>Cancel</a>"), *steps)).passed
    swapped = "<a href='#'>Save</a><button>Cancel</button>"
    assert not (await check(pool, pages.add(swapped), *steps)).passed


async def test_things_numbered_and_named_are_that_many_and_each_one(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = read_goal("the three plans are Free, Pro and Team").steps

    def plans(*names: str) -> str:
        cards = "".join(f"<li class=plan><h3>{name}</h3><p>$9</p></li>" for name in names)
        return f"<h1>Pricing</h1><section class=plans><ul>{cards}</ul></section>"

    assert (await check(pool, pages.add(plans("Free", "Pro", "Team")), *steps)).passed
    # a fourth plan, or one of the three missing, is not what the goal states
    four = plans("Free", "Pro", "Team", "Enterprise")
    assert not (await check(pool, pages.add(four), *steps)).passed
    assert not (await check(pool, pages.add(plans("Free", "Pro", "Business")), *steps)).passed


async def test_a_second_owners_value_is_read_from_their_own_row(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = read_goal("Ada's status is Active and Bob's is Inactive").steps

    def people(ada: str, bob: str) -> str:
        rows = f"<tr><td>Ada</td><td>{ada}</td></tr><tr><td>Bob</td><td>{bob}</td></tr>"
        return f"<table><tr><th>Name</th><th>Status</th></tr>{rows}</table>"

    assert (await check(pool, pages.add(people("Active", "Inactive")), *steps)).passed
    # "Inactive" in Ada's row only is not Bob's status
    assert not (await check(pool, pages.add(people("Inactive", "Active")), *steps)).passed
    assert not (await check(pool, pages.add(people("Active", "Active")), *steps)).passed


async def test_its_control_after_a_check_of_an_item_is_that_items_own(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = read_goal("Brass Lamp shows Sold out and its Add to cart button is disabled").steps

    def shop(lamp: str, chair: str) -> str:
        def card(name: str, state: str) -> str:
            return f"<li><h3>{name}</h3><p>Sold out</p><button {state}>Add to cart</button></li>"

        return f"<ul>{card('Brass Lamp', lamp)}{card('Oak Chair', chair)}</ul>"

    assert (await check(pool, pages.add(shop("disabled", "")), *steps)).passed
    # another product's disabled button is not the lamp's
    assert not (await check(pool, pages.add(shop("", "disabled")), *steps)).passed


async def test_a_page_echoing_the_query_does_not_show_it_found(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "search for rate limits; the results should show rate limits" passed on
    # '3 results for "rate limits"' over results that never mention them
    def searched(results: str) -> str:
        shown = f"'<h2>3 results for &quot;rate limits&quot;</h2>{results}'"
        return SEARCH_PAGE.format(shown)

    found = pages.add(searched("<ul><li>Billing</li><li>API rate limits</li></ul>"))
    echoed = pages.add(searched("<ul><li>Billing</li><li>Teams</li></ul>"))
    showing = pages.add(SEARCH_PAGE.format("'<p>You searched for: rate limits</p><p>Teams</p>'"))
    for goal in [
        'The docs search should find "rate limits"',
        "search for rate limits and check one of the results mentions rate limits",
        "search for rate limits; the page shows rate limits",
    ]:
        steps = [Step(action="goto", value="{{url}}", phrase="open"), *read_goal(goal).steps]
        for url, passes in ((found, True), (echoed, False), (showing, False)):
            plan = Plan(goal=goal, steps=steps)
            browser, _ = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
            assert evaluate(browser).passed is passes, (goal, url, evaluate(browser).error)


async def test_a_thing_named_that_is_gone_is_no_proof_of_what_it_does_not_say(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "Database should not be Degraded" passed on a page with no Database at all
    steps = read_goal("Database should not be Degraded").steps

    def status(name: str, said: str) -> str:
        rows = [("API", "Operational"), (name, said)]
        return "<ul>" + "".join(f"<li>{n} <span>{s}</span></li>" for n, s in rows) + "</ul>"

    assert (await check(pool, pages.add(status("Database", "Operational")), *steps)).passed
    assert not (await check(pool, pages.add(status("Database", "Degraded")), *steps)).passed
    renamed = await check(pool, pages.add(status("DB", "Operational")), *steps)
    assert not renamed.passed and "not on the page" in (renamed.error or "")
    # a part of the page that hides once emptied still proves nothing is in it
    emptied = read_goal("the cart should not show Oak Chair").steps
    assert (await check(pool, pages.add("<h1>Shop</h1><p>Pine Table</p>"), *emptied)).passed


async def test_a_figure_compared_is_the_one_its_label_item_or_part_shows(
    pool: BrowserPool, pages: Pages
) -> None:
    async def holds(goal: str, page: str) -> bool:
        return (await check(pool, pages.add(page), *read_goal(goal).steps)).passed

    # next to its label, whole: the subtotal's figure is not the total's
    above = "the total is greater than $0"
    assert await holds(above, "<p>Subtotal: $0.00</p><p>Total: $5.00</p>")
    assert not await holds(above, "<p>Subtotal: $40.00</p><p>Total: $0.00</p>")
    assert not await holds(above, "<p>Subtotal: $40.00</p>")  # no total at all
    assert not await holds("the total should not be more than $4", "<p>Total: $5.00</p>")
    # an item's labelled value, never the next row's
    prices = (
        "<table><tr><th>Name</th><th>Price</th></tr><tr><td>Oak Chair</td><td>$120</td></tr>"
        "<tr><td>Brass Lamp</td><td>$250</td></tr></table>"
    )
    assert await holds("the price of Oak Chair is less than $200", prices)
    assert not await holds("Brass Lamp's price is at most $200", prices)
    # the one figure a part shows; a part with several figures names none of them
    uptime = "<div class=uptime><h3>Uptime</h3><p>{}</p></div><p>API: Operational</p>"
    assert await holds("the uptime is above 99.9%", uptime.format("99.95%"))
    assert not await holds("the uptime is above 99.9%", uptime.format("99.9%"))
    assert not await holds("the uptime is above 99.9%", uptime.format("99.95% (was 98%)"))
    # a field's figure is what it holds, never a figure beside it
    field = "<label>Quantity <input type=number value={}></label><p>Only 5 left</p>"
    assert await holds("the quantity is at least 2", field.format(3))
    assert not await holds("the quantity is at least 2", field.format(1))


_COLOURS = "".join(
    f"<label><input type=radio name=c>{colour}</label>" for colour in ("Red", "Green", "Blue")
)


async def test_a_groups_controls_named_each_are_that_groups(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = read_goal("the Colour radio buttons should be Red, Green and Blue").steps
    fieldset = pages.add(f"<fieldset><legend>Colour</legend>{_COLOURS}</fieldset>")
    aria = pages.add(f"<div role=radiogroup aria-label=Colour>{_COLOURS}</div>")
    # Green only in another group, or the words with no radios at all: false passes
    other = pages.add(
        "<fieldset><legend>Colour</legend><label><input type=radio name=c>Red</label>"
        "<label><input type=radio name=c>Blue</label></fieldset><fieldset><legend>Trim</legend>"
        "<label><input type=radio name=t>Green</label></fieldset>"
    )
    words = pages.add("<p>Colour: Red, Green, Blue</p>")
    await passes_only_on(pool, steps, fieldset, other, words)
    await passes_only_on(pool, steps, aria, other, words)


async def test_at_most_so_many_is_never_proven_by_none_of_a_kind_seen(
    pool: BrowserPool, pages: Pages
) -> None:
    # Rows or log lines drawn as plain blocks: none is a row or an alert, so none counted
    # proves nothing of how many there are
    at_most_rows = read_goal("Make sure at most 20 rows are shown").steps
    rows = "".join(f"<tr><td>Row {n}</td></tr>" for n in "abcde")
    blocks = "".join(f"<div class=row>Row {n}</div>" for n in "abcdefghijklmnopqrstuvwxyz")
    await passes_only_on(pool, at_most_rows, pages.add(f"<table>{rows}</table>"), pages.add(blocks))
    few_errors = read_goal("There should be fewer than 5 errors in the log").steps
    lines = "".join(f"<div>ERROR timeout on {host}</div>" for host in "abcdefgh")
    alerts = "<ul><li role=alert>ERROR timeout</li><li>INFO started</li></ul>"
    await passes_only_on(
        pool,
        few_errors,
        pages.add(f"<section aria-label=Log>{alerts}</section>"),
        pages.add(f"<section aria-label=Log>{lines}</section>"),
    )


async def test_the_row_after_a_step_in_a_row_is_that_row(pool: BrowserPool, pages: Pages) -> None:
    # Once any row: Pine Table's $99 passed for Oak Chair's, which the edit left at $50
    row = "<tr><td>{}</td><td>{}</td><td><button>Edit</button></td></tr>"
    table = "<table><tr><th>Name</th><th>Price</th><th></th></tr>{}{}</table>"
    holds = pages.add(table.format(row.format("Oak Chair", "$99"), row.format("Pine Table", "$5")))
    elsewhere = pages.add(
        table.format(row.format("Oak Chair", "$50"), row.format("Pine Table", "$99"))
    )
    for goal in [
        "Click Edit on the Oak Chair row; the row shows $99",
        # Once any row in the table, or any row at all, for "its row" and "the row"
        "Find Oak Chair in the table; its row shows $99",
        "Find Oak Chair in the table and check the row shows $99",
    ]:
        await passes_only_on(pool, list(read_goal(goal).steps), holds, elsewhere)


async def test_an_item_added_is_there_in_the_place_it_was_added_to(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once anywhere on the page: the shop's own Oak Chair passed for one the cart never got
    shop = (
        '<div class=product><h3>Oak Chair</h3><button onclick="{}">Add to cart</button></div>'
        "<aside class=cart><h2>Cart</h2><ul id=lines></ul></aside>"
    )
    adds = "document.getElementById('lines').innerHTML = '<li>Oak Chair</li>'"
    holds, broken = pages.add(shop.format(adds)), pages.add(shop.format(""))
    for goal in [
        "Add the Oak Chair to the cart and check it is there",
        "Add the Oak Chair to the cart; it is listed",
    ]:
        await passes_only_on(pool, list(read_goal(goal).steps), holds, broken)


async def test_an_alarm_or_a_denial_checks_the_way_the_goal_turns_it(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once the other way round: each passed on the page where what it guards was not so
    healthy = pages.add("<h1>Status</h1><p>All systems operational</p>")
    outage = pages.add("<h1>Status</h1><p>Major outage</p>")
    for goal in [
        "Alert me if the page does not say All systems operational",
        "the test should fail if the page doesn't show All systems operational",
    ]:
        await holds_only_on(pool, healthy, outage, list(read_goal(goal).steps))
    # the query echoed outside the results is no result that shows it
    results = "<h2>Results</h2><ul class=results><li>{}</li></ul><p>You searched: iPhone</p>"
    clean, found = pages.add(results.format("Pixel 9")), pages.add(results.format("iPhone 15"))
    not_seen = read_goal('I should not see results containing "iPhone"').steps
    await holds_only_on(pool, clean, found, list(not_seen))
    headed, plain = pages.add("<h2>Your orders</h2>"), pages.add("<p>Your orders</p>")
    none = read_goal("there isn't a heading that says 'Your orders'").steps
    await holds_only_on(pool, plain, headed, list(none))
