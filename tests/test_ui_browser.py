"""The web UI in a real Chromium, against a real `housecat serve`: dialogs, rows, the example."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from housecat.web.pages.example import EXAMPLE_GOAL
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
    # the password the goal spelled out is a secret now: the goal keeps its name
    expect(dialog.get_by_label("Goal")).to_have_value(GOAL.replace("hunter2", "{{password}}"))
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


PHONE = {"width": 390, "height": 844}


@pytest.fixture
def seeded(server: Server) -> Iterator[str]:
    """An install with a test that has run (long name, long URL, a goal on two lines)."""
    body = {
        "name": "Demo shop sign-in, with a name long enough to wrap on a phone",
        "url": f"{server.url}/demo/login?utm_source=a-rather-long-campaign-name&utm_medium=email",
        "goal": EXAMPLE_GOAL.replace(", then", ",\nthen"),
    }
    with httpx.Client(base_url=server.url, timeout=120) as api:
        test_id = api.post("/api/tests", json=body).raise_for_status().json()["id"]
        api.post(f"/api/tests/{test_id}/run").raise_for_status()
        yield test_id
        api.delete(f"/api/tests/{test_id}")


def page_paths(test_id: str) -> list[str]:
    return [
        "/", "/tests", "/run-test", f"/tests/{test_id}", "/tests/new",
        f"/tests/{test_id}/edit", f"/tests/{test_id}/delete", "/nosuch",
    ]  # fmt: skip


def test_no_page_is_wider_than_a_phone(server: Server, browser: Browser, seeded: str) -> None:
    context = browser.new_context(base_url=server.url, viewport=PHONE)
    page = context.new_page()
    wide = {}
    for path in page_paths(seeded):
        page.goto(path)
        wide[path] = page.evaluate("document.documentElement.scrollWidth")
    page.goto("/tests")
    page.get_by_role("button", name="+ New test").click()
    expect(page.get_by_role("dialog")).to_be_visible()
    wide["/tests with the dialog open"] = page.evaluate("document.documentElement.scrollWidth")
    assert {path: width for path, width in wide.items() if width > PHONE["width"]} == {}
    # On a phone the list is a card per test; each still offers its buttons.
    page.goto("/tests")
    card = page.locator(f"#test-{seeded}")
    card.scroll_into_view_if_needed()  # below the filters; not cut off at the side
    expect(card.get_by_role("button", name="Run now")).to_be_in_viewport()
    expect(card.get_by_role("button", name="Delete")).to_be_in_viewport()
    context.close()


def test_the_detail_page_keeps_the_goals_lines_and_wraps_the_url_between_its_parts(
    server: Server, browser: Browser, seeded: str
) -> None:
    context = browser.new_context(base_url=server.url, viewport=PHONE)
    page = context.new_page()
    page.goto(f"/tests/{seeded}")
    goal = page.locator("dd.goal")
    assert goal.inner_text().count("\n") == EXAMPLE_GOAL.count(", then")
    # Each line of the URL ends at a boundary of the URL, never inside a word.
    url = page.locator("dd.url a")
    lines = url.evaluate(
        """link => {
            const range = document.createRange(), lines = new Map();
            const text = [...link.childNodes].filter(node => node.nodeType === Node.TEXT_NODE);
            for (const node of text) {
                for (let i = 0; i < node.length; i++) {
                    range.setStart(node, i); range.setEnd(node, i + 1);
                    const top = Math.round(range.getBoundingClientRect().top);
                    lines.set(top, (lines.get(top) || "") + node.data[i]);
                }
            }
            return [...lines.values()];
        }"""
    )
    context.close()
    assert len(lines) > 1  # it does wrap on a phone
    assert all(line[-1] in "/?&=-" or line == lines[-1] for line in lines), lines


def test_dark_mode_follows_the_system_down_to_the_chart(
    server: Server, browser: Browser, seeded: str
) -> None:
    colours = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(base_url=server.url, color_scheme=scheme)  # type: ignore[arg-type]
        page = context.new_page()
        page.goto(f"/tests/{seeded}")
        expect(page.locator(".timing-chart svg")).to_be_visible()
        colours[scheme] = page.evaluate(
            """() => {
                const style = (selector, property) =>
                    getComputedStyle(document.querySelector(selector))[property];
                return {
                    page: style("html", "backgroundColor"),
                    text: style("body", "color"),
                    panel: style(".test-facts", "backgroundColor"),
                    label: style(".timing-chart text", "fill"),
                    grid: style(".timing-chart .grid", "stroke"),
                };
            }"""
        )
        context.close()
    light, dark = colours["light"], colours["dark"]
    assert brightness(light["page"]) > 0.9 and brightness(dark["page"]) < 0.1
    assert brightness(light["text"]) < 0.2 and brightness(dark["text"]) > 0.8
    assert brightness(dark["panel"]) < 0.15
    # The chart is drawn in the page's colours: readable labels, quiet grid lines.
    assert brightness(dark["label"]) > 0.5 > brightness(light["label"])
    assert light["grid"] != dark["grid"] and brightness(dark["grid"]) < 0.35


def brightness(css_colour: str) -> float:
    """Return how light an `rgb(r, g, b)` colour is, from 0 (black) to 1 (white)."""
    red, green, blue = (int(part) for part in re.findall(r"\d+", css_colour)[:3])
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255
