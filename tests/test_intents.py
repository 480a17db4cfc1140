"""Intents expanded on differently built pages: where to act is found, or the step says why not."""

from __future__ import annotations

from housecat.browser.execute import HEALTH_CHECKS, Limits, execute
from housecat.browser.pool import BrowserPool
from housecat.browser.results import BrowserResult
from housecat.plan.models import Plan, Step, Target
from housecat.plan.read import read_goal
from housecat.plan.warnings import SIGN_IN_ONLY
from housecat.runs.evaluate import evaluate
from housecat.runs.models import TestResult
from tests.pages import Pages

QUICK = Limits(step_timeout_s=2, run_timeout_s=30)

# A form that says who signed in, without a server: the page answers the submit itself.
SAYS_WHO = """<p id=out></p><script>
for (const form of document.forms) form.addEventListener('submit', (event) => {
  event.preventDefault();
  const fields = [...form.querySelectorAll('input:not([type=submit])')];
  const user = fields.find((f) => f.type !== 'password' && f.type !== 'checkbox');
  const pass = fields.find((f) => f.type === 'password');
  document.getElementById('out').textContent =
    pass.value === 'pa55word' ? `Signed in as ${user.value} with ${form.dataset.name}`
                              : 'Invalid username or password';
  form.hidden = pass.value === 'pa55word';  // signed in: the form is done with
});
</script>"""


def intent(action: str, **fields: object) -> Step:
    return Step.model_validate({"action": action, "phrase": action, **fields})


def expect(text: str) -> Step:
    return Step(action="expect_text", value=text, phrase=f"see {text}")


async def run(
    pool: BrowserPool, url: str, *steps: Step, secrets: dict[str, str] | None = None
) -> tuple[TestResult, BrowserResult, Plan]:
    opening = Step(action="goto", value=url, phrase="open")
    plan = Plan(goal="intents", steps=[opening, *steps])
    browser, as_run = await execute(
        pool, plan, start_url=url, run_id="intents", limits=QUICK, secrets=secrets
    )
    return evaluate(browser), browser, as_run


def sign_in(user: str = "jdoe", password: str = "{{password}}") -> Step:
    return intent("sign_in", value=user, password=password)


SECRET = {"password": "pa55word"}

LABELLED = (
    "<form data-name=labelled><label for=u>Username</label><input id=u>"
    "<label for=p>Password</label><input id=p type=password><button>Sign in</button></form>"
)
PLACEHOLDERS = (
    "<form data-name=placeholders><input placeholder='Email or username'>"
    "<input type=password placeholder=Password><button type=submit>Continue</button></form>"
)
TABLE = (
    "<form data-name=table><table><tr><td>Login</td><td><input name=u></td></tr>"
    "<tr><td>Password</td><td><input type=password name=p></td></tr></table>"
    "<input type=submit value=Enter></form>"
)
TWO_FORMS = (
    "<section><h2>Create account</h2><form data-name=signup><input aria-label=Name>"
    "<input aria-label=Email><input type=password aria-label=Password>"
    "<input type=password aria-label='Repeat password'><button>Create account</button></form>"
    "</section><section><h2>Sign in</h2><form data-name=signin><input aria-label=Email>"
    "<input type=password aria-label=Password><button>Sign in</button></form></section>"
)


async def test_sign_in_finds_the_form_however_it_is_built(pool: BrowserPool, pages: Pages) -> None:
    for form, name in [
        (LABELLED, "labelled"),
        (PLACEHOLDERS, "placeholders"),
        (TABLE, "table"),
        (TWO_FORMS, "signin"),
    ]:
        url = pages.add(form + SAYS_WHO)
        result, _, as_run = await run(
            pool, url, sign_in(), expect(f"Signed in as jdoe with {name}"), secrets=SECRET
        )
        assert result.passed, (name, result.error)
        assert not any(step.is_intent for step in as_run.steps)
        assert all(step.locator for step in as_run.steps[1:4]), as_run.steps
        # The plan as run replays with no reading of the page, and keeps no secret.
        again, _, _ = await run(pool, url, *as_run.steps[1:], secrets=SECRET)
        assert again.passed, (name, again.error)
        assert "pa55word" not in as_run.model_dump_json()


async def test_sign_in_fails_where_no_form_could_sign_in(pool: BrowserPool, pages: Pages) -> None:
    url = pages.add("<form><label>Search <input></label><button>Go</button></form>")
    result, _, _ = await run(pool, url, sign_in(), secrets=SECRET)
    assert not result.passed
    assert "no password field" in (result.error or "")
    signup_only = pages.add(
        "<form><input aria-label=Email><input type=password aria-label=Password>"
        "<input type=password aria-label='Repeat password'><button>Join</button></form>"
    )
    result, _, _ = await run(pool, signup_only, sign_in(), secrets=SECRET)
    assert not result.passed
    assert "several of them" in (result.error or "")


async def test_sign_in_follows_the_one_sign_in_link_to_its_form(
    pool: BrowserPool, pages: Pages
) -> None:
    form_page = pages.add(LABELLED + SAYS_WHO)
    home = pages.add(f"<header><a href='{form_page}'>Log in</a></header><h1>Home</h1>")
    result, _, as_run = await run(
        pool, home, sign_in(), expect("Signed in as jdoe"), secrets=SECRET
    )
    assert result.passed, result.error
    assert [s.action for s in as_run.steps[1:5]] == ["click", "fill", "fill", "click"]


MENU = """<header><button aria-haspopup=menu aria-expanded=false id=acct>Account</button>
<ul role=menu hidden id=menu><li><button role=menuitem>Profile</button></li>
<li><button role=menuitem onclick="document.body.innerHTML='<p>You have been signed out</p>'">
Log out</button></li></ul></header><main>Dashboard</main><script>
acct.onclick = () => { menu.hidden = !menu.hidden; acct.setAttribute('aria-expanded', !menu.hidden); };
</script>"""


async def test_sign_out_opens_the_account_menu_when_it_hides_the_control(
    pool: BrowserPool, pages: Pages
) -> None:
    result, _, as_run = await run(
        pool, pages.add(MENU), intent("sign_out"), expect("You have been signed out")
    )
    assert result.passed, result.error
    assert [s.target.text for s in as_run.steps[1:3] if s.target] == ["Account", "Log out"]


async def test_sign_out_fails_when_nothing_signs_out(pool: BrowserPool, pages: Pages) -> None:
    result, _, _ = await run(pool, pages.add("<a href='#'>Home</a>"), intent("sign_out"))
    assert not result.passed
    assert "no 'Sign out'" in (result.error or "")


FILTER = """<ul id=items><li>Brass Desk Lamp</li><li>Oak Chair</li></ul><script>
const box = document.querySelector('input');
box.addEventListener('keydown', (e) => { if (e.key !== 'Enter') return;
  for (const li of items.children) li.hidden = !li.textContent.toLowerCase()
    .includes(box.value.toLowerCase()); });
</script>"""


async def test_search_types_into_the_one_search_box_and_presses_enter(
    pool: BrowserPool, pages: Pages
) -> None:
    for box in [
        "<input type=search aria-label='Search products'>",
        "<div role=search><input placeholder='Find a product'></div>",
        "<input id=q name=query>",
    ]:
        url = pages.add(box + FILTER)
        result, _, _ = await run(
            pool,
            url,
            intent("search", value="lamp"),
            Step(action="expect_no_text", value="Oak Chair", phrase="no oak"),
        )
        assert result.passed, (box, result.error)


async def test_search_refuses_to_choose_between_two_search_boxes(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(
        "<input type=search aria-label='Search site'><input type=search aria-label='Search docs'>"
    )
    result, _, _ = await run(pool, url, intent("search", value="lamp"))
    assert not result.passed
    assert "2 controls could be the search box" in (result.error or "")
    named, _, _ = await run(pool, url, intent("search", value="lamp", target={"text": "docs"}))
    assert named.passed, named.error
    # Of two boxes named alike, the one in the part the goal names; once refused
    said = (
        "<p id=out></p><header>BOX</header><aside>BOX</aside><script>"
        "for (const box of document.querySelectorAll('input')) box.onkeydown = (e) => {"
        " if (e.key === 'Enter') out.textContent = box.closest('aside') ? 'in the sidebar' : 'up top' }"
        "</script>"
    )
    box = "<input type=search aria-label=Search>"
    url = pages.add(said.replace("BOX", box))
    steps = read_goal("use the search box in the sidebar to look up lamp").steps
    result, _, _ = await run(pool, url, *steps, expect("in the sidebar"))
    assert result.passed, result.error


TODO = """<h1>Todos</h1><input placeholder='What needs to be done?' id=new>
<ul id=list></ul><style>li button { visibility: hidden } li:hover button { visibility: visible }</style>
<script>
const add = (text) => { const li = document.createElement('li');
  li.innerHTML = '<input type=checkbox aria-label=Toggle> <span></span> <button aria-label=Delete>×</button>';
  li.querySelector('span').textContent = text;
  li.querySelector('button').onclick = () => li.remove();
  list.appendChild(li); };
document.getElementById('new').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && e.target.value) { add(e.target.value); e.target.value = ''; } });
</script>"""


async def test_items_are_added_ticked_and_deleted_in_a_list_app(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(TODO)
    result, _, as_run = await run(
        pool,
        url,
        intent("add_item", value="Buy milk"),
        intent("add_item", value="Walk the dog"),
        Step(
            action="check",
            target=Target(text="checkbox", role="checkbox", within="Buy milk"),
            phrase="tick Buy milk",
        ),
        intent("delete_item", target={"text": "Walk the dog"}),
        Step(action="expect_no_text", value="Walk the dog", phrase="gone"),
        expect("Buy milk"),
    )
    assert result.passed, result.error
    again, _, _ = await run(pool, url, *as_run.steps[1:])
    assert again.passed, again.error


async def test_the_item_deleted_shows_its_name_whole(pool: BrowserPool, pages: Pages) -> None:
    """ "delete Milk" once deleted "Milkshake", the shortest item holding "milk"."""
    url = pages.add(TODO)
    result, _, _ = await run(
        pool,
        url,
        intent("add_item", value="Almond Milk"),
        intent("add_item", value="Milkshake"),
        intent("delete_item", target={"text": "Milk"}),
        Step(action="expect_no_text", value="Almond Milk", phrase="gone"),
        expect("Milkshake"),
    )
    assert result.passed, result.error


async def test_an_add_button_next_to_the_field_is_used(pool: BrowserPool, pages: Pages) -> None:
    url = pages.add(
        "<form onsubmit=\"event.preventDefault(); out.textContent += this.t.value + ';'\">"
        "<label>New task <input name=t></label><button>Add</button></form><p id=out></p>"
    )
    result, _, as_run = await run(
        pool, url, intent("add_item", value="Pay rent"), expect("Pay rent;")
    )
    assert result.passed, result.error
    assert as_run.steps[2].action == "click"


ORDERS = """<div role=tablist><button role=tab>Overview</button><button role=tab>Reports</button></div>
<table><tr><td><a href='#1042' onclick="h.textContent='Order 1042'">#1042</a></td><td>Ada Lovelace</td></tr>
<tr><td><a href='#1043' onclick="h.textContent='Order 1043'">#1043</a></td><td>Alan Turing</td></tr></table>
<h1 id=h></h1>"""


async def test_open_clicks_what_is_named_or_the_link_of_the_row_that_shows_it(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(ORDERS)
    result, _, _ = await run(
        pool, url, intent("open", target={"text": "Alan Turing"}), expect("Order 1043")
    )
    assert result.passed, result.error
    missing, _, _ = await run(pool, url, intent("open", target={"text": "Grace Hopper"}))
    assert not missing.passed
    assert "nothing named 'Grace Hopper'" in (missing.error or "")


INBOX = """<aside><h2>Contacts</h2><a href=#alice-profile>Alice</a></aside>
<main aria-label=Inbox><ul>{}</ul></main><p id=view></p>"""
EMAIL = "<li><a href=# onclick=\"view.textContent='{1}'\">{0}</a></li>"


async def test_an_email_from_someone_is_the_message_that_shows_them(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once a click on a control named "email" inside a part named "Alice"
    goal = "In the inbox, open the email from Alice and check it says Quarterly report"
    steps = read_goal(goal).steps
    emails = EMAIL.format("Alice", "Quarterly report") + EMAIL.format("Bob", "Lunch")
    result, _, _ = await run(pool, pages.add(INBOX.format(emails)), *steps)
    assert result.passed, result.error
    # Alice's email opens Bob's words: the check fails, and Alice in the contacts is no email
    swapped = EMAIL.format("Alice", "Lunch") + EMAIL.format("Bob", "Quarterly report")
    result, _, _ = await run(pool, pages.add(INBOX.format(swapped)), *steps)
    assert not result.passed


FACETS = """<label>Region <select onchange="out.textContent='Region: '+this.value">
<option>All</option><option>Europe</option><option>Asia</option></select></label>
<fieldset><legend>Status</legend><label><input type=checkbox onchange="out.textContent='Shipped only'"> Shipped</label>
<label><input type=checkbox> Pending</label></fieldset><p id=out></p>"""


async def test_pick_chooses_in_a_dropdown_or_ticks_a_filter(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(FACETS)
    result, _, _ = await run(
        pool,
        url,
        intent("pick", value="Europe", target={"text": "Region"}),
        expect("Region: Europe"),
    )
    assert result.passed, result.error
    result, _, _ = await run(
        pool,
        url,
        intent("pick", value="Shipped", target={"text": "Status"}),
        expect("Shipped only"),
    )
    assert result.passed, result.error


TWO_TOPICS = """<form aria-label='Support form'><label>Topic <select
onchange="out.textContent='Support: '+this.value"><option>Bug</option><option>Sales</option>
</select></label></form><form aria-label='Contact form'><label>Topic <select
onchange="out.textContent='Contact: '+this.value"><option>Other</option><option>Sales</option>
</select></label></form><p id=out></p>"""


async def test_pick_in_a_part_named_chooses_there(pool: BrowserPool, pages: Pages) -> None:
    steps = read_goal("choose Sales as the topic in the contact form").steps
    result, _, _ = await run(pool, pages.add(TWO_TOPICS), *steps, expect("Contact: Sales"))
    assert result.passed, result.error


async def test_a_check_that_holds_before_the_journey_acts_is_flagged(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add("<h1>Welcome to Acme</h1>" + LABELLED + SAYS_WHO)
    welcome = Step(action="expect_text", value="Welcome", phrase="check the page says Welcome")
    signed = expect("Signed in as jdoe")
    result, _, as_run = await run(pool, url, sign_in(), welcome, signed, secrets=SECRET)
    assert result.passed, result.error
    assert len(as_run.warnings) == 1
    assert "'check the page says Welcome' already holds" in as_run.warnings[0]
    # A replay of the cached plan keeps the warning and does not try the checks again.
    cached = as_run.model_copy(update={"source": "cache"})
    _, replayed = await execute(
        pool, cached, start_url=url, run_id="again", limits=QUICK, secrets=SECRET
    )
    assert replayed.warnings == as_run.warnings
    # The page's health holds before as after, rightly: never flagged.
    healthy = [Step(action=action, phrase=action) for action in HEALTH_CHECKS]
    result, _, as_run = await run(pool, url, sign_in(), *healthy, signed, secrets=SECRET)
    assert result.passed, result.error
    assert as_run.warnings == []


async def test_a_check_that_holds_before_the_step_just_ahead_of_it_is_flagged(
    pool: BrowserPool, pages: Pages
) -> None:
    """The checkout page says "Order summary": "the page says Order" after Pay proves
    nothing of paying, though the first page did not say it."""
    thanks = pages.add("<h1>Order placed</h1><p>Thank you</p>")
    checkout = pages.add(f"<p>Order summary</p><a href='{thanks}'>Pay</a>")
    url = pages.add(f"<h1>Shop</h1><a href='{checkout}'>Checkout</a>")

    def click(name: str) -> Step:
        return Step(action="click", target=Target(text=name), phrase=f"click {name}")

    order = Step(action="expect_text", value="Order", phrase="the page says Order")
    result, _, as_run = await run(
        pool, url, click("Checkout"), click("Pay"), order, expect("Thank you")
    )
    assert result.passed, result.error
    assert len(as_run.warnings) == 1
    assert "'the page says Order' already holds" in as_run.warnings[0]


async def test_a_check_the_first_page_passes_once_its_request_is_answered_is_flagged(
    pool: BrowserPool, pages: Pages
) -> None:
    # The greeting comes with the answer to a request still pending when the page has loaded.
    slow = "fetch('/slow?ms=200').then(() => { document.getElementById('hi').textContent ="
    url = pages.add(f"<h1 id=hi></h1>{LABELLED}{SAYS_WHO}<script>{slow} 'Welcome' }})</script>")
    welcome = Step(action="expect_text", value="Welcome", phrase="check the page says Welcome")
    result, _, as_run = await run(pool, url, sign_in(), welcome, secrets=SECRET)
    assert result.passed, result.error
    assert "'check the page says Welcome' already holds" in as_run.warnings[0]


async def test_a_goal_that_only_signs_in_is_warned_that_it_checks_nothing_more(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(LABELLED + SAYS_WHO)
    result, _, as_run = await run(pool, url, sign_in(), secrets=SECRET)
    assert result.passed, result.error
    assert as_run.warnings == [SIGN_IN_ONLY]


TWO_STEPS = """<form><label>Email <input id=email></label><button type=button id=next
onclick="this.form.hidden = true; pw.hidden = false">Continue</button></form>
<form id=pw hidden><label>Password <input type=password id=secret></label>
<button>Sign in</button></form><p id=out></p><script>
pw.onsubmit = (e) => { e.preventDefault(); out.textContent = secret.value === 'pa55word'
  ? `Welcome ${email.value}` : 'Invalid password'; };
</script>"""


async def test_a_sign_in_in_two_steps_types_each_of_the_test_s_own_details(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once refused at "enter your password"
    goal = "enter your email, click Continue, type your password and click Sign in"
    url = pages.add(TWO_STEPS)
    opening = Step(action="goto", value=url, phrase="open")
    plan = Plan(goal=goal, steps=[opening, *read_goal(goal + ". The page says Welcome jdoe").steps])
    values = {"username": "jdoe"}
    browser, _ = await execute(
        pool,
        plan,
        start_url=url,
        run_id="two-steps",
        limits=QUICK,
        variables=values,
        secrets=SECRET,
    )
    assert evaluate(browser).passed, evaluate(browser).error
    wrong = {"password": "letmein"}
    browser, _ = await execute(
        pool, plan, start_url=url, run_id="two-steps", limits=QUICK, variables=values, secrets=wrong
    )
    assert not evaluate(browser).passed


async def test_signing_in_that_the_site_refuses_fails_saying_what_it_answered(
    pool: BrowserPool, pages: Pages
) -> None:
    refusing = LABELLED + "<p role=alert id=why></p><script>document.forms[0].onsubmit = (e) => {"
    refusing += "e.preventDefault(); why.textContent = 'Invalid password'; }</script>"
    result, _, as_run = await run(pool, pages.add(refusing), sign_in(), secrets=SECRET)
    assert not result.passed
    assert result.error == (
        "Step 5 failed: the 'Password' field is still shown; the page says 'Invalid password'"
    )
    # The plan as run checks it too, so a replay does not pass where signing in failed
    assert as_run.steps[-1].action == "expect_hidden" and as_run.steps[-1].locator
    # A goal that checks what the page answers after signing in is that check's to judge
    said = Step(action="expect_text", value="Invalid password", phrase="see the error")
    result, _, _ = await run(pool, pages.add(refusing), sign_in(), said, secrets=SECRET)
    assert result.passed, result.error
    # So is a sign-in meant to be refused, with either field left empty
    result, _, _ = await run(pool, pages.add(refusing), sign_in(password=""), secrets=SECRET)
    assert result.passed, result.error
    result, _, as_run = await run(pool, pages.add(refusing), sign_in(user=""), secrets=SECRET)
    assert result.passed, result.error
    assert next(s.value for s in as_run.steps if s.action == "fill") == ""


async def test_a_check_said_of_a_page_by_name_is_made_on_that_page(
    pool: BrowserPool, pages: Pages
) -> None:
    # The docs page says "Install" too: a check made there, the pricing page dropped, passed
    steps = read_goal('check "Install" is shown on the pricing page').steps
    for pricing, holds in [
        ("<h1>Pricing</h1><p>Install in one click</p>", True),
        ("<h1>Pricing</h1><p>Pro: $49 a month</p>", False),
    ]:
        docs = pages.add(
            f"<h1>Docs</h1><p>Install with pip</p><a href='{pages.add(pricing)}'>Pricing</a>"
        )
        result, _, _ = await run(pool, docs, *steps)
        assert result.passed is holds, result.error


async def test_a_page_named_for_a_thing_is_never_a_card_that_shows_it(
    pool: BrowserPool, pages: Pages
) -> None:
    # A shop's card headed "Blue Mug" once stood for Blue Mug's page: another card's
    # "In stock" passed what Blue Mug's own page denies
    blue = pages.add("<h1>Blue Mug</h1><p>Out of stock</p>", title="Blue Mug")
    shop = pages.add(
        f"<h1>Shop</h1><article><h3><a href='{blue}'>Blue Mug</a></h3><p>Out of stock</p>"
        "</article><article><h3><a href='#'>Red Mug</a></h3><p>In stock</p></article>"
    )
    for goal, holds in [
        ("the product page for Blue Mug shows In stock", False),
        ("open the product page for Blue Mug and check it shows In stock", False),
        ("the product page for Blue Mug shows Out of stock", True),
    ]:
        result, _, _ = await run(pool, shop, *read_goal(goal).steps)
        assert result.passed is holds, (goal, result.error)
        assert result.steps_passed >= 2, result.error  # the link was followed, either way


# A sign-up form that answers only an address with an "@" in it.
SIGN_UP = """<form><label>FIRST <input name=a></label><label>SECOND <input name=b></label>
<button>Create account</button></form><p id=out></p><script>
document.forms[0].addEventListener('submit', (event) => { event.preventDefault();
  const typed = [...document.querySelectorAll('input')].map((f) => f.value);
  out.textContent = typed.some((v) => v.includes('@')) ? 'Check your email' : 'Enter an email';
});
</script>"""


async def test_a_sample_of_a_kind_goes_into_the_one_field_for_that_kind(
    pool: BrowserPool, pages: Pages
) -> None:
    goal = "put in a test email, click Create account and check it says Check your email"
    steps = read_goal(goal).steps
    url = pages.add(SIGN_UP.replace("FIRST", "Full name").replace("SECOND", "Email address"))
    result, _, as_run = await run(pool, url, *steps)
    assert result.passed, result.error
    [typed] = [step for step in as_run.steps if step.action == "fill"]
    assert typed.target is not None and typed.target.text == "Email address"
    # Two fields for an email: which one is never guessed
    url = pages.add(SIGN_UP.replace("FIRST", "Work email").replace("SECOND", "Personal email"))
    result, _, _ = await run(pool, url, *steps)
    assert not result.passed
    assert "email" in (result.error or ""), result.error


async def test_a_box_said_ticked_with_the_sign_in_is_ticked_before_it(
    pool: BrowserPool, pages: Pages
) -> None:
    steps = read_goal("Log in as jdoe with Remember me ticked").steps
    remembered = (
        "<form data-name=forgotten><label>Username <input></label>"
        "<label>Password <input type=password></label>"
        "<label><input type=checkbox onchange=\"form.dataset.name = this.checked ? 'remembered'"
        " : 'forgotten'\"> Remember me</label><button>Sign in</button></form>"
    )
    url = pages.add(remembered + SAYS_WHO)
    result, _, _ = await run(
        pool, url, *steps, expect("Signed in as jdoe with remembered"), secrets=SECRET
    )
    assert result.passed, result.error
    # without it, the form is sent with the box as it was
    plain = read_goal("Log in as jdoe").steps
    result, _, _ = await run(
        pool, url, *plain, expect("Signed in as jdoe with remembered"), secrets=SECRET
    )
    assert not result.passed


async def test_a_page_named_as_one_thing_is_never_the_list_of_them(
    pool: BrowserPool, pages: Pages
) -> None:
    # "the order page" is never the Orders list, where any order may be Shipped
    orders = pages.add("<h1>Orders</h1><ul><li>#1041 Shipped</li><li>#1042 Pending</li></ul>")
    one = pages.add(f"<nav><a href='{orders}'>Orders</a></nav><h1>#1042</h1><p>Pending</p>")
    steps = read_goal("the order page should show Shipped").steps
    result, _, _ = await run(pool, one, *steps)
    assert not result.passed
    assert "not on the order page" in (result.error or "")
