"""A step finds the control its words name however the page draws it: a field named only
in the page's code (`name="email"`, no label), an icon that is a button named for what it
does. Each holds where that control is, and fails where only another one is."""

from __future__ import annotations

from housecat.browser.pool import BrowserPool
from tests.pages import Pages
from tests.test_actions_denied import run

# Says what was typed or clicked, so the goal's own check proves the step hit its control
ECHO = """<p id=out></p><script>
document.addEventListener('input', (e) => { out.textContent = `typed ${e.target.value}`; });
document.addEventListener('click', (e) => {
  const control = e.target.closest('button');
  if (control) out.textContent = `clicked ${control.getAttribute('aria-label')}`;
});
</script>"""


async def test_a_field_with_no_label_is_found_by_its_name_in_the_page_s_code(
    pool: BrowserPool, pages: Pages
) -> None:
    goal = "type ada@example.com in the email field and check the page says typed ada@example.com"
    named = pages.add(f"<input type=email name=email placeholder='you@example.com'>{ECHO}")
    other = pages.add(f"<input type=email name=newsletter placeholder='you@example.com'>{ECHO}")
    assert (await run(pool, named, goal)).passed
    assert not (await run(pool, other, goal)).passed
    first = pages.add(f"<input id=first_name><input id=last_name>{ECHO}")
    assert (
        await run(
            pool, first, "enter Ada in the first name field, then check the page says typed Ada"
        )
    ).passed


async def test_an_icon_clicked_is_the_button_named_for_what_it_does(
    pool: BrowserPool, pages: Pages
) -> None:
    goal = "click the close icon and check the page says clicked Close"
    close = pages.add(
        f"<button aria-label=Menu>☰</button><button aria-label=Close>×</button>{ECHO}"
    )
    menu = pages.add(f"<button aria-label=Menu>☰</button>{ECHO}")
    assert (await run(pool, close, goal)).passed
    assert not (await run(pool, menu, goal)).passed


SENT = "<p id=out></p><script>document.addEventListener('submit', (e) => {"
SENT += " e.preventDefault(); out.textContent = `sent ${e.target.id}`; });</script>"


async def test_the_submit_button_is_the_one_that_sends_the_form_whatever_it_says(
    pool: BrowserPool, pages: Pages
) -> None:
    contact = "<form id=contact><input name=q><button>Send message</button></form>"
    goal = "click the submit button and check the page says sent contact"
    assert (await run(pool, pages.add(contact + SENT), goal)).passed
    check = "the submit button says Send message"
    assert (await run(pool, pages.add(contact + SENT), check)).passed
    assert not (await run(pool, pages.add(contact.replace("Send", "Save") + SENT), check)).passed
    # Two forms, two buttons that send: which one is meant, no one can say
    search = "<form id=search><input name=s><input type=submit value=Search></form>"
    two = await run(pool, pages.add(search + contact + SENT), goal)
    assert not two.passed
    assert "no button named 'submit'" in two.details


async def test_a_link_copied_or_sent_is_the_control_named_so(
    pool: BrowserPool, pages: Pages
) -> None:
    # "click Copy link" once clicked a link named "Copy": the button "Copy link" is meant
    goal = "click Copy link and check the page says clicked Copy link"
    button = pages.add(f"<button aria-label='Copy link'>Copy link</button>{ECHO}")
    assert (await run(pool, button, goal)).passed
    copy_only = pages.add(f"<button aria-label=Copy>Copy</button><a href='#'>Copy</a>{ECHO}")
    assert not (await run(pool, copy_only, goal)).passed


async def test_going_on_to_a_page_clicks_the_control_that_says_it_goes_there(
    pool: BrowserPool, pages: Pages
) -> None:
    goal = "continue to payment and check the page says went to payment"
    went = "<script>function go(to) { out.textContent = `went to ${to}`; }</script>"
    onward = "<button onclick=\"go('payment')\">Continue to payment</button><p id=out></p>"
    back = "<button onclick=\"go('cart')\">Back to cart</button><p id=out></p>"
    assert (await run(pool, pages.add(onward + went), goal)).passed
    assert not (await run(pool, pages.add(back + went), goal)).passed


async def test_the_hamburger_is_the_button_that_opens_the_menu(
    pool: BrowserPool, pages: Pages
) -> None:
    goal = "open the hamburger menu, click Contact and check the page says went to contact"
    menu = (
        "<button aria-label='Open menu' onclick='nav.hidden=false'>☰</button>"
        "<nav id=nav hidden><a href='#' onclick=\"out.textContent='went to contact'\">Contact</a>"
        "</nav><p id=out></p>"
    )
    assert (await run(pool, pages.add(menu), goal)).passed
    closed = "<button aria-label='Search'>🔍</button><nav hidden><a href='#'>Contact</a></nav>"
    assert not (await run(pool, pages.add(closed + "<p id=out></p>"), goal)).passed


async def test_someones_field_is_the_one_in_their_row(pool: BrowserPool, pages: Pages) -> None:
    goal = "set Bob's role to Viewer and check the page says Bob is Viewer"

    def row(name: str) -> str:
        chosen = f"out.textContent='{name} is '+this.value"
        options = "<option>Editor</option><option>Viewer</option>"
        return f'<tr><td>{name}</td><td><select aria-label=Role onchange="{chosen}">{options}'

    table = f"<table><tr><th>Name<th>Role{row('Ada')}{row('Bob')}</table><p id=out></p>"
    assert (await run(pool, pages.add(table), goal)).passed
    # Bob is not on the page: Ada's role is never his
    alone = f"<table><tr><th>Name<th>Role{row('Ada')}</table><p id=out></p>"
    assert not (await run(pool, pages.add(alone), goal)).passed
