"""The web UI in a real Chromium, against a real `housecat serve`: dialogs, rows, the example."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.processes import Server, wait_until
from tests.ui_fixtures import GOAL

POLL_S = 0.5  # between page reloads while a run finishes; reloading faster only adds load


@pytest.fixture
def page(server: Server, browser: Browser) -> Iterator[Page]:
    """A fresh tab on an install with no tests."""
    with httpx.Client(base_url=server.url, timeout=10) as api:
        for test in api.get("/api/tests").json()["tests"]:
            api.delete(f"/api/tests/{test['id']}")
    context = browser.new_context(base_url=server.url)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def fill_new_test(page: Page, name: str) -> None:
    page.get_by_role("button", name="+ New test").click()
    dialog = page.get_by_role("dialog", name="New test")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_label("Name")).to_be_focused()
    dialog.get_by_label("Name").fill(name)
    dialog.get_by_label("URL").fill("https://shop.example.com/login")
    dialog.get_by_label("Goal").fill(GOAL)


def test_a_test_is_created_edited_paused_resumed_and_deleted(page: Page) -> None:
    page.goto("/tests")
    expect(page.get_by_role("heading", name="No tests yet")).to_be_visible()

    fill_new_test(page, "Login flow")
    page.get_by_label("Schedule").select_option(label="Every 30 minutes")
    page.get_by_role("button", name="Create test").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    row = page.get_by_role("row", name="Login flow")
    expect(row).to_contain_text("Every 30 minutes")
    expect(row).to_contain_text("Active")
    expect(row).to_contain_text("Pending")

    row.get_by_role("button", name="Edit").click()
    dialog = page.get_by_role("dialog", name="Edit test")
    expect(dialog.get_by_label("Name")).to_have_value("Login flow")
    expect(dialog.get_by_label("URL")).to_have_value("https://shop.example.com/login")
    expect(dialog.get_by_label("Goal")).to_have_value(GOAL)
    expect(dialog.get_by_label("Schedule")).to_have_value("*/30 * * * *")
    dialog.get_by_label("Name").fill("Sign-in flow")
    dialog.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    row = page.get_by_role("row", name="Sign-in flow")
    expect(row).to_contain_text("Every 30 minutes")

    row.get_by_role("button", name="Pause").click()
    expect(row).to_contain_text("Paused")
    expect(row.get_by_role("button", name="Resume")).to_be_focused()
    row.get_by_role("button", name="Resume").click()
    expect(row).to_contain_text("Active")

    row.get_by_role("button", name="Delete").click()
    confirm = page.get_by_role("dialog", name="Delete “Sign-in flow”?")
    expect(confirm.get_by_role("button", name="Cancel")).to_be_focused()
    confirm.get_by_role("button", name="Delete test").click()
    expect(page.get_by_role("heading", name="No tests yet")).to_be_visible()
    expect(page.get_by_role("dialog")).to_be_hidden()


def test_cancelling_a_delete_keeps_the_test(page: Page) -> None:
    page.goto("/tests")
    fill_new_test(page, "Keep me")
    page.get_by_role("button", name="Create test").click()
    page.get_by_role("row", name="Keep me").get_by_role("button", name="Delete").click()
    page.get_by_role("dialog").get_by_role("button", name="Cancel").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    page.reload()
    expect(page.get_by_role("row", name="Keep me")).to_be_visible()


def test_a_bad_cron_shows_its_error_next_to_the_field(page: Page) -> None:
    page.goto("/tests")
    fill_new_test(page, "Custom schedule")
    dialog = page.get_by_role("dialog")
    cron = dialog.get_by_label("Cron expression")
    expect(cron).to_be_hidden()
    dialog.get_by_label("Schedule").select_option(label="Custom cron…")
    expect(cron).to_be_visible()
    cron.fill("61 * * * *")
    dialog.get_by_role("button", name="Create test").click()

    expect(cron).to_have_attribute("aria-invalid", "true")
    expect(cron).to_be_focused()
    expect(cron).to_have_accessible_description(re.compile("minute '61' is not valid"))
    expect(dialog.get_by_role("alert")).to_contain_text("Please correct the fields")
    expect(dialog.get_by_label("Name")).to_have_value("Custom schedule")  # nothing typed is lost

    cron.fill("*/10 * * * *")
    dialog.get_by_role("button", name="Create test").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("row", name="Custom schedule")).to_contain_text("Every 10 minutes")


def test_the_example_test_from_an_empty_install_passes(page: Page) -> None:
    page.goto("/")
    expect(page.get_by_role("heading", name="No tests yet")).to_be_visible()
    page.get_by_role("button", name="Create an example test").click()
    page.wait_for_url("**/tests/*?run=*")

    def example_passed() -> bool:
        time.sleep(POLL_S)
        page.goto("/tests")
        return "Passed" in page.get_by_role("row", name="Demo shop sign-in").inner_text()

    wait_until(example_passed, timeout=90, what="the example test passing")
    page.goto("/")
    expect(page.get_by_text("Passing")).to_be_visible()
    recent = page.get_by_role("region", name="Recent runs")
    expect(recent.get_by_role("link", name="Demo shop sign-in")).to_be_visible()
    expect(recent).to_contain_text("Passed")
