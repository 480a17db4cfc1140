"""With an API token set, in a real Chromium against a real `housecat serve`: signing in
and out, the UI working signed in, and pages on another port unable to change anything."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from housecat.web.auth import SESSION_COOKIE
from tests.attack_pages import AttackSite, auto_submitted_form, fetching_page
from tests.processes import Server
from tests.test_ui_live_browser import expect_live_steps_then_verdict
from tests.ui_fixtures import GOAL

TOKEN = "browser-s3cret"
BEARER = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def locked_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One HouseCat with an API token, its scheduler and its worker, for the module."""
    served = Server(tmp_path_factory.mktemp("locked-ui"), env={"HOUSECAT_API_TOKEN": TOKEN})
    yield served
    served.stop()


@pytest.fixture
def api(locked_server: Server) -> Iterator[httpx.Client]:
    """The API with the bearer token, on an install emptied of tests."""
    with httpx.Client(base_url=locked_server.url, headers=BEARER, timeout=10) as client:
        for test in client.get("/api/tests").json()["tests"]:
            client.delete(f"/api/tests/{test['id']}")
        yield client


@pytest.fixture
def context(locked_server: Server, browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(base_url=locked_server.url)
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext, api: httpx.Client) -> Iterator[Page]:
    """A fresh tab, signed in; the test fails if any script on the page throws."""
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    sign_in(tab, "/")
    yield tab
    assert errors == []


def sign_in(page: Page, path: str, token: str = TOKEN) -> None:
    """Open `path`, which asks for the token first, and give it."""
    page.goto(path)
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.get_by_label("API token").fill(token)
    page.get_by_role("button", name="Sign in").click()


def session_cookie(context: BrowserContext) -> str:
    return next(c["value"] for c in context.cookies() if c["name"] == SESSION_COOKIE)


def test_after_sign_in_the_address_bar_shows_the_page_asked_for(
    context: BrowserContext, api: httpx.Client
) -> None:
    page = context.new_page()
    page.goto("/tests?view=all")
    expect(page).to_have_url(re.compile(r"/login\?next=%2Ftests%3Fview%3Dall$"))
    page.get_by_label("API token").fill("not it")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("That is not the API token.")
    page.get_by_label("API token").fill(TOKEN)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/tests\?view=all$"))
    expect(page.get_by_role("heading", name="Tests", level=1)).to_be_visible()


def test_signed_in_a_link_from_another_site_opens_its_page(
    page: Page, locked_server: Server
) -> None:
    # An alert or a chat message links to a test; the browser holds back the Strict cookie.
    link = f'<a href="{locked_server.url}/tests?from=alert">the failing test</a>'
    with AttackSite({"/message.html": link}) as chat:
        page.goto(f"{chat.url.replace('127.0.0.1', 'localhost')}/message.html")  # another site
        page.get_by_role("link", name="the failing test").click()
        expect(page).to_have_url(f"{locked_server.url}/tests?from=alert")
    expect(page.get_by_role("heading", name="Tests", level=1)).to_be_visible()


def test_the_docs_send_a_browser_to_sign_in_first(context: BrowserContext) -> None:
    page = context.new_page()
    sign_in(page, "/docs")
    expect(page).to_have_url(re.compile(r"/docs$"))
    expect(page).to_have_title("HouseCat - Swagger UI")
    # the schema read and drawn: a large one takes a busy machine a while
    run = page.get_by_text("/api/tests/{test_id}/run", exact=True)
    expect(run).to_be_visible(timeout=30_000)


def test_signed_in_tests_are_created_edited_paused_and_deleted(page: Page) -> None:
    page.goto("/tests")
    page.get_by_role("button", name="+ New test").click()
    dialog = page.get_by_role("dialog", name="New test")
    dialog.get_by_label("Name").fill("Login flow")
    dialog.get_by_label("URL").fill("https://shop.example.com/login")
    dialog.get_by_label("Goal").fill(GOAL)
    dialog.get_by_role("button", name="Create test").click()
    expect(dialog).to_be_hidden()
    row = page.get_by_role("row", name="Login flow")
    expect(row).to_contain_text("Active")

    row.get_by_role("button", name="Edit").click()
    dialog = page.get_by_role("dialog", name="Edit test")
    dialog.get_by_label("Name").fill("Sign-in flow")
    dialog.get_by_role("button", name="Save changes").click()
    expect(dialog).to_be_hidden()
    row = page.get_by_role("row", name="Sign-in flow")
    row.get_by_role("button", name="Pause").click()
    expect(row).to_contain_text("Paused")
    row.get_by_role("button", name="Resume").click()
    expect(row).to_contain_text("Active")

    row.get_by_role("button", name="Delete").click()
    page.get_by_role("dialog").get_by_role("button", name="Delete test").click()
    expect(page.get_by_role("heading", name="No tests yet")).to_be_visible()


def test_signed_in_runs_are_watched_live_and_a_tried_journey_saved(
    page: Page, api: httpx.Client, sites: str
) -> None:
    body = {"name": "Shop sign-in", "url": f"{sites}/shop/login", "goal": GOAL}
    test_id = api.post("/api/tests", json=body).json()["id"]
    page.goto(f"/tests/{test_id}")
    page.get_by_role("button", name="Run now").click()
    page.wait_for_url(re.compile(rf"/tests/{test_id}\?run=\w+$"))
    expect_live_steps_then_verdict(page)
    page.get_by_role("button", name="Pause").click()  # the page's own (non-row) form
    expect(page.locator("#test-summary")).to_contain_text("Paused")

    page.goto("/run-test")
    page.get_by_label("URL").fill(f"{sites}/shop/login")
    page.get_by_label("Goal").fill(GOAL)
    page.get_by_role("button", name="Run test").click()
    expect_live_steps_then_verdict(page)
    page.get_by_role("button", name="Save as test").click()
    dialog = page.get_by_role("dialog", name="New test")
    dialog.get_by_label("Name").fill("Tried, then saved")
    dialog.get_by_role("button", name="Create test").click()
    expect(dialog).to_be_hidden()
    assert "Tried, then saved" in [test["name"] for test in api.get("/api/tests").json()["tests"]]


def test_signing_out_ends_the_session_on_the_server(
    page: Page, context: BrowserContext, locked_server: Server
) -> None:
    before = session_cookie(context)
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/login$"))
    stolen = httpx.get(
        f"{locked_server.url}/api/tests", cookies={SESSION_COOKIE: before}, timeout=10
    )
    assert stolen.status_code == 401
    sign_in(page, "/")
    assert session_cookie(context) != before  # each sign-in, a new session


def test_pages_on_another_port_cannot_change_anything(
    page: Page, api: httpx.Client, locked_server: Server
) -> None:
    body = {"name": "Victim", "url": "http://127.0.0.1:9/", "goal": "open /"}
    test_id = api.post("/api/tests", json=body).json()["id"]
    target = f"{locked_server.url}"
    pages = {
        "/pause.html": auto_submitted_form(f"{target}/tests/{test_id}/pause"),
        "/run.html": auto_submitted_form(
            f"{target}/api/tests/{test_id}/run?wait=false", enctype="text/plain"
        ),
        "/fetch.html": fetching_page(
            [
                ("DELETE", f"{target}/api/tests/{test_id}", "cors"),
                ("POST", f"{target}/api/tests/{test_id}/run?wait=false", "no-cors"),
                ("POST", f"{target}/tests/{test_id}/delete", "no-cors"),
            ]
        ),
    }
    with AttackSite(pages) as attacker:
        assert attacker.port != locked_server.port  # same host, same site, another origin
        page.goto(f"{attacker.url}/pause.html")
        expect(page.get_by_role("heading", name="Refused")).to_be_visible()
        page.goto(f"{attacker.url}/run.html")
        page.wait_for_url(f"{target}/api/tests/{test_id}/run?wait=false")
        assert "refused" in page.content()
        page.goto(f"{attacker.url}/fetch.html")
        expect(page).to_have_title("done")

    test = api.get(f"/api/tests/{test_id}")
    assert test.status_code == 200
    assert test.json()["status"] == "active"
    assert test.json()["last_run_at"] is None
    assert api.get(f"/api/tests/{test_id}/results").json()["total"] == 0
    queue = api.get("/api/queue").json()
    assert (queue["queued"], queue["running"]) == (0, 0)


def test_a_viewer_signs_in_with_a_password_and_can_only_read(
    context: BrowserContext, api: httpx.Client
) -> None:
    password = "correct horse battery"
    user = {"username": "vera", "password": password, "role": "viewer"}
    vera = api.post("/api/v1/users", json=user).json()
    try:
        body = {"name": "Watched", "url": "http://127.0.0.1:9/", "goal": "open /"}
        test_id = api.post("/api/tests", json=body).json()["id"]
        page = context.new_page()
        page.goto("/tests")
        page.get_by_label("Username").fill("Vera")
        page.get_by_label("Password").fill("not her password")
        page.get_by_role("button", name="Sign in", exact=True).click()
        expect(page.get_by_role("alert")).to_have_text("Wrong username or password.")
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in", exact=True).click()
        expect(page).to_have_url(re.compile(r"/tests$"))
        expect(page.get_by_role("link", name="vera")).to_be_visible()
        page.get_by_role("row", name="Watched").get_by_role("button", name="Pause").click()
        expect(page.locator("#notice")).to_contain_text("this needs the editor role")
        assert api.get(f"/api/tests/{test_id}").json()["status"] == "active"
    finally:
        api.delete(f"/api/v1/users/{vera['id']}")  # the other tests sign in with the token only
