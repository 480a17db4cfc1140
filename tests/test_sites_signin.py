"""The sign-in fixture site: four sign-in forms, sessions, the account menu, in every variant."""

from __future__ import annotations

import time

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.sites.common import CONDITIONS, SLOW_SECONDS
from tests.sites.signin import COOKIE, FIELDS, PASSWORD, STYLES, wording

WORKING = [variant for variant in CONDITIONS if variant != "broken"]


@pytest.fixture
def client(http: httpx.Client) -> httpx.Client:
    """The module's client, signed out of everything."""
    http.cookies.clear()
    return http


def sign_in(
    client: httpx.Client, style: str, variant: str, login: str = "jdoe", password: str = PASSWORD
) -> httpx.Response:
    """Post a style's sign-in form; the redirect is not followed."""
    login_field, password_field = FIELDS[style]
    form = {login_field: login, password_field: password}
    return client.post(f"/signin/{style}/{variant}/", data=form)


@pytest.mark.parametrize("variant", CONDITIONS)
@pytest.mark.parametrize("style", STYLES)
def test_every_sign_in_page_welcomes_and_shows_its_variants_wording(
    client: httpx.Client, style: str, variant: str
) -> None:
    page = client.get(f"/signin/{style}/{variant}/")
    assert page.status_code == 200
    assert "<title>Sign in — Acme</title>" in page.text
    assert "<h1>Welcome to Acme</h1>" in page.text
    words = wording(style, variant)
    expected = {
        "labelled": [
            f'<label for="username">{words.login}</label>',
            '<label for="password">Password</label>',
            f'<button type="submit">{words.button}</button>',
        ],
        "placeholder": [
            f'name="login" placeholder="{words.login}"',
            'type="password" placeholder="Password"',
            f"<button>{words.button}</button>",
        ],
        "table": [
            f'<td>{words.login}</td><td><input name="u"',
            '<td>Password</td><td><input type="password" name="p"></td>',
            f'<input type="submit" value="{words.button}">',
        ],
        "two-forms": [
            f'<label for="signin-email">{words.login}</label>',
            f'<button type="submit">{words.button}</button>',
            '<label for="register-password2">Repeat password</label>',
            '<button type="submit">Create account</button>',
        ],
    }[style]
    for markup in expected:
        assert markup in page.text
    if style in ("placeholder", "table"):
        assert "<label" not in page.text


def test_renamed_variant_renames_each_styles_first_field_and_button() -> None:
    renamed = {style: wording(style, "renamed") for style in STYLES}
    assert [(words.login, words.button) for words in renamed.values()] == [
        ("User ID", "Log in"),
        ("Your login", "Next"),
        ("User", "Go"),
        ("Email address", "Log in"),
    ]


@pytest.mark.parametrize("login", ["jdoe", "jdoe@example.com", "JDoe"])
@pytest.mark.parametrize("variant", ["ok", "renamed"])
@pytest.mark.parametrize("style", STYLES)
def test_valid_credentials_open_the_dashboard(
    client: httpx.Client, style: str, variant: str, login: str
) -> None:
    answer = sign_in(client, style, variant, login)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/signin/{style}/{variant}/home"
    assert f"Path=/signin/{style}/{variant};" in answer.headers["set-cookie"]
    home = client.get(f"/signin/{style}/{variant}/home")
    assert home.status_code == 200
    assert "<title>Dashboard — Acme</title>" in home.text
    assert "<h1>Dashboard</h1>" in home.text
    assert "<p>Welcome back, jdoe</p>" in home.text
    assert "Welcome to Acme" not in home.text


def test_the_slow_variant_signs_in_after_its_delay(client: httpx.Client) -> None:
    started = time.monotonic()
    answer = sign_in(client, "labelled", "slow")
    # A lower bound only: the server sleeps before answering, so this cannot flake.
    assert time.monotonic() - started >= SLOW_SECONDS
    assert answer.status_code == 303
    assert client.get("/signin/labelled/slow/home").status_code == 200


@pytest.mark.parametrize("style", STYLES)
def test_wrong_password_shows_the_sign_in_page_with_an_alert(
    client: httpx.Client, style: str
) -> None:
    answer = sign_in(client, style, "ok", password="nope")
    assert answer.status_code == 200
    assert '<p role="alert">Invalid username or password</p>' in answer.text
    assert "<h1>Welcome to Acme</h1>" in answer.text
    assert 'value="jdoe"' in answer.text
    assert COOKIE not in answer.cookies


@pytest.mark.parametrize("style", STYLES)
def test_broken_variant_rejects_valid_credentials(client: httpx.Client, style: str) -> None:
    answer = sign_in(client, style, "broken")
    assert answer.status_code == 200
    assert '<p role="alert">Invalid username or password</p>' in answer.text
    assert client.get(f"/signin/{style}/broken/home").status_code == 303


@pytest.mark.parametrize("path", ["home", "reports", "settings", "profile"])
def test_signed_in_pages_send_a_stranger_to_sign_in(client: httpx.Client, path: str) -> None:
    answer = client.get(f"/signin/table/ok/{path}")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/signin/table/ok/"


def test_a_session_belongs_to_its_own_style_and_variant(client: httpx.Client) -> None:
    sign_in(client, "labelled", "ok")
    assert client.get("/signin/labelled/ok/home").status_code == 200
    assert client.get("/signin/placeholder/ok/home").status_code == 303
    assert client.get("/signin/labelled/renamed/home").status_code == 303


def test_dashboard_has_nav_and_a_closed_account_menu(client: httpx.Client) -> None:
    sign_in(client, "placeholder", "ok")
    home = client.get("/signin/placeholder/ok/home").text
    for link, path in (("Dashboard", "home"), ("Reports", "reports"), ("Settings", "settings")):
        assert f'<a href="/signin/placeholder/ok/{path}">{link}</a>' in home
    assert 'aria-haspopup="true" aria-expanded="false"' in home
    assert '<div id="account-menu" class="popup" hidden>' in home
    assert '<a href="/signin/placeholder/ok/profile">Profile</a>' in home
    assert '<button type="submit">Sign out</button>' in home


@pytest.mark.parametrize(("path", "heading"), [("reports", "Reports"), ("profile", "Profile")])
def test_signed_in_pages_have_their_headings(client: httpx.Client, path: str, heading: str) -> None:
    sign_in(client, "labelled", "ok")
    answer = client.get(f"/signin/labelled/ok/{path}")
    assert f"<h1>{heading}</h1>" in answer.text
    assert client.get("/signin/labelled/ok/elsewhere").status_code == 404


def test_unknown_style_or_variant_is_not_found(client: httpx.Client) -> None:
    assert client.get("/signin/fancy/ok/").status_code == 404
    assert client.get("/signin/labelled/flaky/").status_code == 404


@pytest.mark.parametrize("variant", WORKING)
def test_sign_out_ends_the_session_and_says_so(client: httpx.Client, variant: str) -> None:
    sign_in(client, "table", variant)
    answer = client.post(f"/signin/table/{variant}/signout")
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/signin/table/{variant}/?signed_out=1"
    page = client.get(answer.headers["location"])
    assert '<p role="status">You have been signed out</p>' in page.text
    assert client.get(f"/signin/table/{variant}/home").status_code == 303


def test_create_account_confirms_without_signing_in(client: httpx.Client) -> None:
    form = {"name": "Jo", "email": "jo@example.com", "password": "abc", "password2": "abc"}
    answer = client.post("/signin/two-forms/ok/register", data=form)
    assert '<p role="status">Account created for Jo. You can sign in now.</p>' in answer.text
    assert COOKIE not in answer.cookies


@pytest.mark.parametrize(
    ("password2", "email", "alert"),
    [
        ("xyz", "jo@example.com", "Passwords do not match"),
        ("abc", "", "Please fill in every field"),
    ],
)
def test_create_account_checks_its_fields(
    client: httpx.Client, password2: str, email: str, alert: str
) -> None:
    form = {"name": "Jo", "email": email, "password": "abc", "password2": password2}
    answer = client.post("/signin/two-forms/ok/register", data=form)
    assert f'<p role="alert">{alert}</p>' in answer.text
    assert 'value="Jo"' in answer.text
    assert "Account created" not in answer.text


def test_create_account_is_only_on_the_two_forms_page(client: httpx.Client) -> None:
    assert client.post("/signin/labelled/ok/register", data={}).status_code == 404


@pytest.mark.parametrize("style", STYLES)
def test_chromium_signs_in_through_each_style(page: Page, style: str) -> None:
    page.goto(f"/signin/{style}/ok/")
    if style == "labelled":
        page.get_by_label("Username").fill("jdoe")
        page.get_by_label("Password").fill("pa55word")
        page.get_by_role("button", name="Sign in").click()
    elif style == "placeholder":
        page.get_by_placeholder("Email or username").fill("jdoe@example.com")
        page.get_by_placeholder("Password").fill("pa55word")
        page.get_by_role("button", name="Continue").click()
    elif style == "table":
        page.get_by_role("row", name="Login").get_by_role("textbox").fill("jdoe")
        page.locator("input[type=password]").fill("pa55word")
        page.get_by_role("button", name="Enter").click()
    else:
        section = page.get_by_role("region", name="Sign in")
        section.get_by_label("Email").fill("jdoe")
        section.get_by_label("Password").fill("pa55word")
        section.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    expect(page.get_by_text("Welcome back, jdoe")).to_be_visible()


def test_the_account_menu_hides_sign_out_until_opened(page: Page) -> None:
    page.goto("/signin/labelled/ok/")
    page.get_by_label("Username").fill("jdoe")
    page.get_by_label("Password").fill("pa55word")
    page.get_by_role("button", name="Sign in").click()
    account = page.get_by_role("button", name="Account")
    sign_out = page.get_by_role("button", name="Sign out")
    expect(account).to_have_attribute("aria-expanded", "false")
    expect(sign_out).to_be_hidden()
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link")).to_have_text(["Dashboard", "Reports", "Settings"])

    account.click()
    expect(account).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("link", name="Profile")).to_be_visible()
    page.keyboard.press("Escape")
    expect(sign_out).to_be_hidden()

    account.click()
    sign_out.click()
    expect(page.get_by_role("status")).to_have_text("You have been signed out")
    expect(page.get_by_role("heading", name="Welcome to Acme")).to_be_visible()
    page.goto("/signin/labelled/ok/home")
    expect(page.get_by_role("heading", name="Welcome to Acme")).to_be_visible()


def test_a_click_elsewhere_closes_the_account_menu(page: Page) -> None:
    page.goto("/signin/table/ok/")
    page.get_by_role("row", name="Login").get_by_role("textbox").fill("jdoe")
    page.locator("input[name=p]").fill("pa55word")
    page.get_by_role("button", name="Enter").click()
    page.get_by_role("button", name="Account").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    page.get_by_role("heading", name="Dashboard").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_hidden()
