"""Watching runs live in a real Chromium, against a real `housecat serve`: Run now on a
test's page, and "Run a test" through to "Save as test"."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.processes import Server
from tests.ui_fixtures import GOAL

RUN_TIMEOUT_MS = 60_000  # a whole journey in a browser, on a busy machine


@pytest.fixture
def page(server: Server, browser: Browser) -> Iterator[Page]:
    """A fresh tab; the test fails if any script on the page throws."""
    context = browser.new_context(base_url=server.url)
    context.set_default_timeout(10_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert errors == []


def expect_live_steps_then_verdict(page: Page) -> None:
    """The steps appear in the log as they run, then the verdict in the status region."""
    steps = page.get_by_role("log", name="Steps as they run").get_by_role("listitem")
    expect(steps.first).to_be_visible(timeout=RUN_TIMEOUT_MS)
    expect(page.get_by_role("status")).to_have_text(
        "Passed — 5 of 5 steps passed", timeout=RUN_TIMEOUT_MS
    )
    expect(steps).to_have_count(5)
    for number in range(5):
        expect(steps.nth(number)).to_contain_text("Passed")
    expect(steps.nth(1)).to_contain_text("alice@example.com")


def test_run_now_shows_the_steps_live_then_the_run_in_the_history(
    page: Page, server: Server, sites: str
) -> None:
    body = {"name": "Shop sign-in", "url": f"{sites}/shop/login", "goal": GOAL}
    test_id = httpx.post(f"{server.url}/api/tests", json=body).json()["id"]
    page.goto(f"/tests/{test_id}")
    expect(page.get_by_role("heading", name="Shop sign-in", level=1)).to_be_visible()
    expect(page.get_by_text("No runs yet. The test runs on its schedule")).to_be_visible()

    page.get_by_role("button", name="Run now").click()
    page.wait_for_url(re.compile(rf"/tests/{test_id}\?run=\w+$"))
    run_id = page.url.rpartition("=")[2]
    expect_live_steps_then_verdict(page)

    runs = page.get_by_role("region", name="Runs")
    expect(runs.get_by_role("row").nth(1)).to_contain_text("5 of 5")  # reloaded by the verdict
    runs.get_by_text(f"Steps of run {run_id}", exact=True).click()
    steps = runs.get_by_role("listitem")
    expect(steps).to_have_count(5)
    expect(steps.nth(1).locator("code")).to_contain_text("Email")
    chart = page.get_by_role("img", name=re.compile(r"^Response time of the only run: .*, passed$"))
    expect(chart).to_be_visible()
    expect(page.locator("#test-summary")).to_contain_text("Passed")

    page.get_by_role("button", name="Edit").click()  # the page takes the saved name at once
    dialog = page.get_by_role("dialog", name="Edit test")
    dialog.get_by_label("Name").fill("Shop sign-in, edited")
    dialog.get_by_role("button", name="Save changes").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_role("heading", name="Shop sign-in, edited", level=1)).to_be_visible()


def test_a_journey_tried_on_run_a_test_is_saved_once_and_says_where(
    page: Page, server: Server, sites: str
) -> None:
    page.goto("/run-test")
    page.get_by_label("URL").fill(f"{sites}/shop/login")
    page.get_by_label("Goal").fill(GOAL)
    save = page.get_by_role("button", name="Save as test")
    page.get_by_role("button", name="Run test").click()

    expect_live_steps_then_verdict(page)
    save.click()

    dialog = page.get_by_role("dialog", name="New test")
    expect(dialog.get_by_label("URL")).to_have_value(f"{sites}/shop/login")
    expect(dialog.get_by_label("Goal")).to_have_value(GOAL)
    expect(dialog.get_by_label("Name")).to_be_focused()
    dialog.get_by_label("Name").fill("Tried, then saved")
    dialog.get_by_role("button", name="Create test").dblclick()  # an impatient double click
    expect(dialog).to_be_hidden()

    # In place of the button: what was saved, and the way to it.
    expect(page.get_by_role("status").last).to_have_text(
        "Saved as “Tried, then saved”: HouseCat runs it every 15 minutes."
    )
    expect(save).to_have_count(0)
    opened = page.get_by_role("link", name="Saved — open test")
    expect(opened).to_be_focused()
    opened.click()
    expect(page.get_by_role("heading", name="Tried, then saved", level=1)).to_be_visible()
    tests = httpx.get(f"{server.url}/api/tests").json()["tests"]
    assert [test["name"] for test in tests].count("Tried, then saved") == 1


# Every step named, so the renamed button is the goal's own words (signing in as an intent
# would find the form's button without healing).
HEALING_GOAL = (
    "type alice@example.com into Email, type hunter2 into Password, click the Sign in button,"
    " then check the page says Welcome back, Alice"
)


def test_a_healed_step_is_marked_as_it_runs(page: Page, server: Server, sites: str) -> None:
    # The page's button says "Log in" where the goal says "Sign in": step 4 heals.
    page.goto("/run-test")
    page.get_by_label("URL").fill(f"{sites}/renamed-button/login")
    page.get_by_label("Goal").fill(HEALING_GOAL)
    page.get_by_role("button", name="Run test").click()
    expect_healed_step_four(page)

    body = {"name": "Renamed button", "url": f"{sites}/renamed-button/login", "goal": HEALING_GOAL}
    test_id = httpx.post(f"{server.url}/api/tests", json=body).json()["id"]
    page.goto(f"/tests/{test_id}")
    page.get_by_role("button", name="Run now").click()
    expect_healed_step_four(page)


def expect_healed_step_four(page: Page) -> None:
    expect(page.get_by_role("status").first).to_have_text(
        "Passed — 5 of 5 steps passed", timeout=RUN_TIMEOUT_MS
    )
    steps = page.get_by_role("log", name="Steps as they run").get_by_role("listitem")
    healed = [steps.nth(n).get_by_text("Healed", exact=True) for n in range(5)]
    expect(healed[3]).to_be_visible()
    expect(healed[3]).to_have_attribute(
        "title", re.compile("'Sign in' not found; used button 'Log in'")
    )
    for other in (0, 1, 2, 4):
        expect(healed[other]).to_be_hidden()
