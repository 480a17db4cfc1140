"""Actions written without an element's kind, resolved on the page or failed saying why.

A command that is a control's name, an e-mail address typed with no field named, and a
position among a list's items: on pages written here and on the fixture sites' variants.
"""

from __future__ import annotations

from housecat.browser.execute import Limits, execute
from housecat.browser.pool import BrowserPool
from housecat.plan.models import Plan, Step
from housecat.plan.read import read_goal
from housecat.runs.evaluate import evaluate
from housecat.runs.models import TestResult
from housecat.runs.pipeline import RunOutcome, run_goal
from tests.pages import Pages

QUICK = Limits(step_timeout_s=2, run_timeout_s=30)
SITE_LIMITS = Limits(step_timeout_s=5, run_timeout_s=60)


async def run(pool: BrowserPool, url: str, goal: str) -> tuple[TestResult, Plan]:
    """Read a goal, run it from `url`, and return its result and the plan as run."""
    opening = Step(action="goto", value=url, phrase="open")
    read = read_goal(goal)
    plan = read.model_copy(update={"steps": [opening, *read.steps]})
    browser, as_run = await execute(pool, plan, start_url=url, run_id="kinds", limits=QUICK)
    return evaluate(browser), as_run


async def replay(pool: BrowserPool, url: str, plan: Plan) -> TestResult:
    cached = plan.model_copy(update={"source": "cache"})
    browser, _ = await execute(pool, cached, start_url=url, run_id="again", limits=QUICK)
    return evaluate(browser)


async def passes_and_replays(pool: BrowserPool, url: str, goal: str) -> None:
    """The goal passes, and so does the plan it compiled to, replayed with no reading."""
    result, plan = await run(pool, url, goal)
    assert result.passed, (goal, result.error)
    assert (await replay(pool, url, plan)).passed


SAYS = "<p id=out></p>"


def button(name: str, says: str, attrs: str = "") -> str:
    return f"<button {attrs} onclick=\"out.textContent='{says}'\">{name}</button>"


async def test_a_command_clicks_the_one_control_with_its_words(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(
        button("Save draft", "Draft saved")
        + button("Publish post »", "Published")
        + "<a href='#' onclick=\"out.textContent='Gone'\">Archive all posts</a>"
        + SAYS
    )
    result, plan = await run(pool, url, "Publish the post, then check the page says Published")
    assert result.passed, result.error
    assert [s.action for s in plan.steps] == ["goto", "click", "expect_text"]
    assert plan.steps[1].locator == (
        'get_by_role("button", name="Publish post »", exact=True).filter(visible=True)'
    )
    assert (await replay(pool, url, plan)).passed
    # Every word counts: "Archive posts" is not "Archive all posts", nor "Save" "Save draft".
    missing, _ = await run(pool, url, "Archive the posts")
    assert not missing.passed
    assert missing.error is not None
    assert "no button, link or menu item named 'Archive the posts'" in missing.error
    assert "closest: link 'Archive all posts'" in missing.error


async def test_a_command_fails_when_several_controls_have_its_words(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(button("Save", "top") + "<p>…</p>" + button("SAVE", "bottom") + SAYS)
    result, _ = await run(pool, url, "Save")
    assert not result.passed
    assert "2 controls are named 'Save'" in (result.error or "")


MAGIC = (
    "<form onsubmit=\"event.preventDefault(); out.textContent='Link sent to '+this.m.value\">"
    "<label>Where should we send it? <input name=m autocomplete=email></label>"
    "<input aria-label='Coupon'><button>Send link</button></form>" + SAYS
)


async def test_an_email_address_goes_into_the_one_email_field(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(MAGIC)
    goal = "enter rosa@example.net and press Enter, then the page says Link sent to rosa@"
    result, plan = await run(pool, url, goal)
    assert result.passed, result.error
    assert plan.steps[1].action == "fill"
    assert (await replay(pool, url, plan)).passed
    two = pages.add("<input type=email aria-label=Email><input type=email aria-label=Backup>")
    several, _ = await run(pool, two, "type rosa@example.net")
    assert "2 controls could be the e-mail field" in (several.error or "")
    none = pages.add("<input aria-label=Name>")
    missing, _ = await run(pool, none, "type rosa@example.net")
    assert "no e-mail field on the page" in (missing.error or "")


LISTS = """<h1>Chores</h1><nav><ul><li><a href=#>Home</a></li><li><a href=#>Help</a></li></ul></nav>
<input placeholder='What needs to be done?' id=new>
<ul id=list aria-label=Chores></ul>
<style>li button { visibility: hidden } li:hover button { visibility: visible }</style>
<script>
const add = (text) => { const li = document.createElement('li');
  li.innerHTML = '<input type=checkbox aria-label=Toggle onchange="this.parentNode.className='
    + "this.checked?'done':''\\"> <span></span> <button aria-label=Delete>×</button>";
  li.querySelector('span').textContent = text;
  li.querySelector('button').onclick = () => li.remove();
  list.appendChild(li); };
document.getElementById('new').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && e.target.value) { add(e.target.value); e.target.value = ''; } });
</script>"""


async def test_positions_act_in_the_nth_item_of_the_one_list(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(LISTS)
    goal = (
        "add three items: Mop, Dust and Iron. Delete the second item. Tick the last todo."
        " The page should not show Dust"
    )
    result, plan = await run(pool, url, goal)
    assert result.passed, result.error
    # The delete button shows only on hover: the item is hovered first, by its position.
    actions = [s.action for s in plan.steps]
    assert actions[-4:] == ["hover", "click", "check", "expect_no_text"]
    hover = next(s for s in plan.steps if s.action == "hover")
    assert hover.locator == 'locator("#list").locator(":scope > li").filter(visible=True).nth(1)'
    assert (await replay(pool, url, plan)).passed
    short, _ = await run(pool, url, "add a task called Mop, then delete the third task")
    assert "the list has 1 task: no third one" in (short.error or "")


async def test_a_position_fails_when_two_lists_could_hold_the_item(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add("<ul><li>Mop</li><li>Dust</li></ul><ol><li>Iron</li><li>Cook</li></ol>")
    result, _ = await run(pool, url, "hover over the first item")
    assert "2 lists on the page could hold the item" in (result.error or "")


# On the fixture sites: one phrasing each on the healthy copy, the renamed one (which fails
# only when the renamed words are what the goal says) and the broken one.


async def site_run(pool: BrowserPool, url: str, goal: str) -> TestResult:
    outcome = await run_goal(pool, url=url, goal=goal, triggered_by="api", limits=SITE_LIMITS)
    assert not any(step.is_intent for step in outcome.plan.steps if outcome.result.passed)
    return outcome.result


TODO = (
    "add the following items: Buy milk, Walk the dog, Pay rent. Delete the second task, tick the first"
    " todo and check the page says 1 item left"
)
TODO_BY_NAME = "add a task called Buy milk, then click the Delete button of the first task"


async def test_positions_on_the_todo_site(pool: BrowserPool, sites: str) -> None:
    ok = await site_run(pool, f"{sites}/todo/ok/", TODO)
    assert ok.passed, ok.error
    renamed = await site_run(pool, f"{sites}/todo/renamed/", TODO)
    assert renamed.passed, renamed.error  # its delete button is "Remove": still deletes
    by_name = await site_run(pool, f"{sites}/todo/renamed/", TODO_BY_NAME)
    assert "no 'Delete' button in the first task" in (by_name.error or "")
    broken = await site_run(pool, f"{sites}/todo/broken/", TODO)
    assert not broken.passed
    assert "did not stay ticked" in (broken.error or ""), broken.error


ADMIN = (
    "First name: Ada\nLast name: Lovelace\nEmail: ada@example.com\nPassword: pa55\n"
    "Repeat password: pa55\nSave user\nthe page should say User saved"
)


async def test_a_command_on_the_admin_site(pool: BrowserPool, sites: str) -> None:
    ok = await site_run(pool, f"{sites}/admin/ok/users/new", ADMIN)
    assert ok.passed, ok.error
    renamed = await site_run(pool, f"{sites}/admin/renamed/users/new", ADMIN)
    assert "no button, link or menu item named 'Save user'" in (renamed.error or "")
    assert "button 'Create user'" in (renamed.error or "")
    broken = await site_run(pool, f"{sites}/admin/broken/users/new", ADMIN)
    assert "User saved" in (broken.error or ""), broken.error


MAGIC_GOAL = "type jdoe@example.com, then Send link. The page says Check your inbox"


async def test_an_email_sign_in_link_on_the_signin_site(pool: BrowserPool, sites: str) -> None:
    ok = await site_run(pool, f"{sites}/signin/magic/ok/", MAGIC_GOAL)
    assert ok.passed, ok.error
    renamed = await site_run(pool, f"{sites}/signin/magic/renamed/", MAGIC_GOAL)
    assert "named 'Send link'; closest: button 'Email me a link'" in (renamed.error or "")
    broken = await site_run(pool, f"{sites}/signin/magic/broken/", MAGIC_GOAL)
    assert "Check your inbox" in (broken.error or ""), broken.error


COUPON = (
    "<label for=code>Discount code</label> <input id=code>"
    "<button onclick=\"out.textContent = code.value === 'SAVE10' ? '-$1.20' : 'Invalid code'\">"
    "Apply</button>" + SAYS
)


async def test_a_coupon_is_typed_into_its_field_and_applied(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(COUPON)
    result, plan = await run(pool, url, "Apply the discount code SAVE10, then the page says -$1.20")
    assert result.passed, result.error
    assert [(s.action, s.value) for s in plan.steps[1:3]] == [("fill", "SAVE10"), ("click", None)]
    result, _ = await run(pool, url, "Apply an invalid discount code. It should say Invalid code.")
    assert result.passed, result.error
    # A shop whose Apply button does nothing fails at the check.
    dead = pages.add(COUPON.replace("onclick", "data-off"))
    result, _ = await run(pool, dead, "Apply the discount code SAVE10, then the page says -$1.20")
    assert not result.passed


SORT = (
    "<label for=s>Sort by</label><select id=s onchange=\"out.textContent='Sorted: '+this.value\">"
    "<option>Newest</option><option>Price: Low to High</option><option>Price: High to Low</option>"
    "</select><p id=out></p>"
)


async def test_a_sort_order_named_with_a_colon_is_one_option(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once "Pick 'high to low' in 'price'": a group named "price", which no page had
    url = pages.add(SORT)
    for said in ("sort by price: high to low", "sort products by price, high to low"):
        result, _ = await run(
            pool, url, f"{said} and check the page says Sorted: Price: High to Low"
        )
        assert result.passed, (said, result.error)
    result, _ = await run(
        pool, url, "sort by price: low to high and check the page says High to Low"
    )
    assert not result.passed


RESULTS = (
    "<input type=search aria-label=Search"
    " onkeydown=\"if (event.key === 'Enter') results.hidden = false\">"
    "<ul id=results hidden>"
    "<li><h3>Oak Chair Cushion</h3><button onclick=\"out.textContent='Added: Cushion'\">"
    "Add to cart</button></li>"
    "<li><h3>Oak Chair</h3><button onclick=\"out.textContent='Added: Chair'\">"
    "Add to cart</button></li></ul><p id=out></p>"
)


async def test_it_after_a_search_is_the_result_searched_for(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once the first "Add to cart" of the results: the cushion, listed first
    url = pages.add(RESULTS)
    said = "Search for Oak Chair, then add it to the cart, and check the page says Added: {}"
    result, _ = await run(pool, url, said.format("Chair"))
    assert result.passed, result.error
    result, _ = await run(pool, url, said.format("Cushion"))
    assert not result.passed


TRAILS = (
    "<nav aria-label=Main><a href='#' onclick=\"out.textContent='Went to main'\">Home</a>"
    "<a href='#' onclick=\"out.textContent='Went to main reports'\">Reports</a></nav>"
    "<aside><a href='#' onclick=\"out.textContent='Went to side reports'\">Reports</a></aside>"
    "<nav aria-label=Breadcrumb><a href='#' onclick=\"out.textContent='Went to crumb'\">Home</a>"
    " / <span aria-current=page>Reports</span></nav>" + SAYS
)


async def test_a_link_named_with_its_part_is_the_one_in_that_part(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once a click on an element named "breadcrumb Home", or "sidebar link Reports"
    url = pages.add(TRAILS)
    for goal, went in [
        ("Click the breadcrumb Home", "crumb"),
        ("Click the sidebar link Reports", "side reports"),
    ]:
        await passes_and_replays(pool, url, f"{goal}, then check the page says Went to {went}")
    # The main menu's Home is not the breadcrumb's
    result, _ = await run(
        pool, url, "Click the breadcrumb Home, then check the page says Went to main"
    )
    assert not result.passed


PROJECTS = (
    "<ul>"
    + "".join(
        f"<li>{name} " + button("Archive", f"Archived {name}") + button("Edit", f"Editing {name}")
        for name in ("Zeus", "Apollo")
    )
    + "</ul>"
    + SAYS
)


async def test_a_verb_said_of_a_named_thing_acts_in_its_item(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once a control named "Archive the project Apollo", which no page has
    url = pages.add(PROJECTS)
    for goal, says in [
        ("Archive the project Apollo", "Archived Apollo"),
        ("Edit the project Zeus", "Editing Zeus"),
        ("Edit the Zeus project", "Editing Zeus"),
    ]:
        await passes_and_replays(pool, url, f"{goal}, then check the page says {says}")
    result, _ = await run(
        pool, url, "Archive the project Apollo, then check the page says Archived Zeus"
    )
    assert not result.passed


async def test_a_name_gone_to_in_a_part_is_opened_in_that_part(
    pool: BrowserPool, pages: Pages
) -> None:
    # Once a page named "Reports in the sidebar", and the first Reports on the page opened
    url = pages.add(TRAILS)
    for goal in [
        "Go to Reports in the sidebar",
        "Open Reports in the sidebar",
        "Go to Home, then Reports in the sidebar",
    ]:
        await passes_and_replays(pool, url, f"{goal}, then check the page says Went to side")
    result, _ = await run(
        pool, url, "Go to Reports in the sidebar, then check the page says Went to main reports"
    )
    assert not result.passed
    result, _ = await run(pool, url, "Open Home in the sidebar")
    assert not result.passed and "nothing named 'Home' to open" in (result.error or "")


SIGN_UP = (
    "<form onsubmit=\"event.preventDefault(); out.textContent = pw.value === 'Secret123!'"
    " ? 'Welcome aboard, ' + mail.value : 'Password needed'\">"
    "<label>Email <input id=mail type=email></label>"
    "<label>Password <input id=pw type=password></label>"
    "<button>Create account</button></form>" + SAYS
)


async def sign_up(pool: BrowserPool, url: str) -> RunOutcome:
    goal = "Sign up with email ada@example.com and password Secret123!, then check for Welcome"
    return await run_goal(pool, url=url, goal=goal, triggered_by="api", limits=QUICK)


async def test_signing_up_with_pairs_fills_them_and_sends_the_form(
    pool: BrowserPool, pages: Pages
) -> None:
    outcome = await sign_up(pool, pages.add(SIGN_UP))
    assert outcome.result.passed, outcome.result.error
    assert "Secret123!" not in outcome.plan.model_dump_json()  # typed, and kept secret
    # A form that is never sent fails at the check
    dead = SIGN_UP.replace("onsubmit", "data-off").replace("<button>", "<button type=button>")
    assert not (await sign_up(pool, pages.add(dead))).result.passed


# A command palette: Ctrl+K opens it with its box focused; Enter shows what was typed.
PALETTE = """
<button id=go>Go</button>
<div id=palette hidden><input aria-label="Command" id=cmd></div>
<script>
document.addEventListener('keydown', e => {
  if (e.ctrlKey && e.key === 'k') { e.preventDefault(); palette.hidden = false; cmd.focus(); }
});
cmd.addEventListener('keydown', e => {
  if (e.key === 'Enter') out.textContent = 'Opened ' + cmd.value;
});
</script>
"""


async def test_words_typed_after_a_key_press_go_where_the_focus_went(
    pool: BrowserPool, pages: Pages
) -> None:
    goal = "Press Ctrl+K, type billing and press Enter. The page should say Opened billing"
    await passes_and_replays(pool, pages.add(PALETTE + SAYS), goal)
    # The palette never opens: the focus stays on the page, and typing there fails.
    broken = pages.add(PALETTE.replace("e.key === 'k'", "e.key === 'j'") + SAYS)
    result, _ = await run(pool, broken, goal)
    assert not result.passed
    assert "nothing to type 'billing' into has the focus" in (result.error or "")


async def test_typing_where_the_focus_is_on_a_button_fails_naming_it(
    pool: BrowserPool, pages: Pages
) -> None:
    result, _ = await run(pool, pages.add(PALETTE + SAYS), "Click Go and type billing")
    assert not result.passed
    assert "the focus is on the button 'Go'" in (result.error or "")


async def test_a_page_said_to_be_missing_passes_only_while_it_is(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(SAYS)
    await passes_and_replays(pool, url, "the 404 page at /no-such-page says 'not found'")
    await passes_and_replays(pool, url, "Visit /no-such-page; you should see a 404 page")
    # the address exists after all: the page it shows is no 404, whatever it says
    there = url.rsplit("/", 1)[1]
    result, _ = await run(pool, url, f"the 404 page at /{there} says 'not found'")
    assert not result.passed
    assert "HTTP 200 OK, not HTTP 404" in (result.error or "")
