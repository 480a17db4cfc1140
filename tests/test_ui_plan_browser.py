"""In a real Chromium against a real, token-protected `housecat serve`: the goal read as it
is typed, variables and secrets in the dialog, and the step editor on a test's page."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from housecat.plan.variables import MASK
from tests.processes import Server

TOKEN = "plan-ui-s3cret"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
SECRET = "n0t-for-your-eyes"


@pytest.fixture(scope="module")
def locked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One HouseCat with an API token, so every change needs the session's CSRF token."""
    served = Server(tmp_path_factory.mktemp("plan-ui"), env={"HOUSECAT_API_TOKEN": TOKEN})
    yield served
    served.stop()


@pytest.fixture
def api(locked: Server) -> Iterator[httpx.Client]:
    """The API with the bearer token, on an install emptied of tests."""
    with httpx.Client(base_url=locked.url, headers=BEARER, timeout=10) as client:
        for test in client.get("/api/tests").json()["tests"]:
            client.delete(f"/api/tests/{test['id']}")
        yield client


@pytest.fixture
def page(locked: Server, browser: Browser, api: httpx.Client) -> Iterator[Page]:
    """A fresh tab, signed in; the test fails if any script on the page throws."""
    context = browser.new_context(base_url=locked.url)
    context.set_default_timeout(10_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto("/tests")
    tab.get_by_label("API token").fill(TOKEN)
    tab.get_by_role("button", name="Sign in").click()
    expect(tab.get_by_role("heading", name="Tests", exact=True)).to_be_visible()
    yield tab
    context.close()
    assert errors == []


def test_the_dialog_reads_the_goal_as_typed_and_keeps_a_secret_write_only(
    page: Page, api: httpx.Client
) -> None:
    page.get_by_role("button", name="+ New test").click()
    dialog = page.get_by_role("dialog", name="New test")
    dialog.get_by_label("Name").fill("Members")
    dialog.get_by_label("URL").fill("https://shop.example.com/login")
    goal = dialog.get_by_label("Goal")
    goal.press_sequentially("open / and frobnicate the widget")
    reading = dialog.locator("#test-goal-reading")
    expect(reading).to_contain_text("Cannot read: ‘frobnicate the widget’")
    goal.fill("")
    goal.press_sequentially("sign in and check the page says Members only")
    expect(reading).to_contain_text("Read as:")
    expect(reading.get_by_role("listitem")).to_have_text(
        ["Sign in as '{{username}}'", "Expect the page to show 'Members only'"]
    )
    expect(reading).to_contain_text("Needs a value for {{password}}, {{username}}")

    dialog.get_by_role("button", name="Add variable").click()
    expect(dialog.get_by_label("Variable", exact=True)).to_be_focused()
    dialog.get_by_label("Variable", exact=True).fill("username")
    dialog.get_by_label("Variable value").fill("alice")
    dialog.get_by_role("button", name="Add secret").click()
    dialog.get_by_label("Secret", exact=True).fill("password")
    dialog.get_by_label("Secret value").fill(SECRET)
    dialog.get_by_role("button", name="Create test").click()
    expect(dialog).to_be_hidden()

    (test,) = api.get("/api/tests").json()["tests"]
    assert (test["variables"], test["secrets"]) == ({"username": "alice"}, {"password": MASK})
    page.get_by_role("link", name="Members").click()
    facts = page.locator(".test-facts")
    expect(facts).to_contain_text("Variablesusername")
    expect(facts).to_contain_text("Secretspassword")
    page.wait_for_load_state()  # the page's scripts ready: a click before them opens nothing
    page.get_by_role("button", name="Edit").click()
    dialog = page.get_by_role("dialog", name="Edit test")
    expect(dialog).to_be_visible(timeout=15_000)  # on a busy machine the fragment takes a while
    expect(dialog.get_by_label("Secret value")).to_have_value(MASK)
    expect(dialog.locator("#test-goal-reading")).to_contain_text("Sign in as '{{username}}'")
    assert SECRET not in page.content()


def test_steps_are_edited_saved_pinned_and_recompiled(page: Page, api: httpx.Client) -> None:
    body = {"name": "Catalogue", "url": "https://shop.example.com/", "goal": "open /products"}
    test_id = api.post("/api/tests", json=body).json()["id"]
    page.goto(f"/tests/{test_id}")
    editor = page.get_by_role("region", name="Steps")
    expect(editor).to_contain_text("this goal checks nothing")
    rows = editor.locator(".step-row")
    expect(rows).to_have_count(1)

    editor.get_by_role("button", name="Add step").click()
    new = rows.nth(1)
    expect(new.get_by_label("Action")).to_be_focused()
    new.get_by_label("Action").select_option("expect_text")
    # exact: the Action list around it names an action "expect_value" too
    new.get_by_label("Value", exact=True).fill("Brass Desk Lamp")
    editor.get_by_role("button", name="Add step").click()
    rows.nth(2).get_by_label("Action").select_option("click")
    rows.nth(2).get_by_label("Target").fill("Brass Desk Lamp")
    rows.nth(2).get_by_label("Role").select_option("link")
    rows.nth(2).get_by_role("button", name="Move up").click()  # click, then check
    rows.nth(0).get_by_role("button", name="Remove").click()  # the goal's own step
    editor.get_by_role("button", name="Save steps").click()

    expect(editor).to_contain_text("Pinned: these steps were edited by hand.")
    expect(editor.get_by_role("status")).to_have_text("Saved: these steps are pinned.")
    expect(editor).not_to_contain_text("this goal checks nothing")
    steps = api.get(f"/api/tests/{test_id}/steps").json()
    assert steps["pinned"] is True
    assert [(s["action"], s.get("target"), s.get("value")) for s in steps["steps"]] == [
        (
            "click",
            {"text": "Brass Desk Lamp", "role": "link", "nth": None, "within": None, "level": None},
            None,
        ),
        ("expect_text", None, "Brass Desk Lamp"),
    ]

    editor.get_by_role("button", name="Recompile from goal").click()
    expect(editor).to_contain_text("Recompiled from the goal.")
    expect(editor).not_to_contain_text("Pinned:")
    expect(rows).to_have_count(1)
    assert api.get(f"/api/tests/{test_id}").json()["pinned"] is False


def test_run_a_test_reads_the_goal_before_it_runs(page: Page) -> None:
    page.goto("/run-test")
    page.get_by_label("Goal").press_sequentially("open /pricing")
    reading = page.locator("#run-goal-reading")
    expect(reading.get_by_role("listitem")).to_have_text(["Go to /pricing"])
    expect(reading).to_contain_text("this goal checks nothing")
