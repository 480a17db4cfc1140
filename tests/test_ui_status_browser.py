"""In a real Chromium against a real `housecat serve` with an API token: a status page read
without signing in (and without JavaScript), and a maintenance window made with the UI's form."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, expect

from housecat.clock import iso
from tests.processes import Server
from tests.test_ui_signin_browser import sign_in
from tests.ui_fixtures import GOAL

TOKEN = "status-s3cret"
BEARER = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def locked_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One HouseCat with an API token, its scheduler and its worker, for the module."""
    served = Server(tmp_path_factory.mktemp("status-ui"), env={"HOUSECAT_API_TOKEN": TOKEN})
    yield served
    served.stop()


@pytest.fixture(scope="module")
def api(locked_server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=locked_server.url, headers=BEARER, timeout=60) as client:
        yield client


@pytest.fixture
def context(locked_server: Server, browser: Browser) -> Iterator[BrowserContext]:
    """A browser that never signed in, with JavaScript off: a status page needs neither."""
    context = browser.new_context(base_url=locked_server.url, java_script_enabled=False)
    context.set_default_timeout(10_000)
    yield context
    context.close()


def test_a_visitor_reads_a_status_page_without_signing_in(
    context: BrowserContext, api: httpx.Client, sites: str
) -> None:
    body = {"name": "Checkout", "url": f"{sites}/shop/login", "goal": GOAL, "tags": ["shop"]}
    test_id = api.post("/api/tests", json=body).json()["id"]
    assert api.post(f"/api/tests/{test_id}/run").json()["result"]["passed"] is True
    window = {
        "name": "Payment provider upgrade",
        "starts_at": iso(datetime.now(UTC) + timedelta(days=1)),
        "duration_minutes": 45,
        "applies_to": {"tags": ["shop"]},
    }
    assert api.post("/api/v1/maintenance-windows", json=window).status_code == 201
    page_body = {"name": "Shop status", "slug": "shop", "tags": ["shop"]}
    assert api.post("/api/v1/status-pages", json=page_body).status_code == 201

    page = context.new_page()
    page.goto("/status/shop")
    expect(page.get_by_role("heading", name="Shop status", level=1)).to_be_visible()
    expect(page.locator("#overall")).to_have_text("All systems operational")
    check = page.get_by_role("article", name="Checkout")
    expect(check.locator(".check-state")).to_have_text("Passing")
    bars = check.get_by_role("list", name="Uptime of the last 90 days, oldest first")
    expect(bars.get_by_role("listitem")).to_have_count(90)
    expect(bars.locator(".bar-up")).to_have_count(1)
    expect(bars.locator(".bar-up")).to_have_attribute(
        "title", f"{datetime.now(UTC).date()}: 100% of 1 runs passed"
    )
    maintenance = page.locator("#maintenance")
    expect(maintenance).to_contain_text("Payment provider upgrade")
    expect(maintenance).to_contain_text("scheduled from")
    expect(page.get_by_text("Sign in")).to_have_count(0)

    page.goto("/status/nowhere")
    expect(page.get_by_role("heading", name="No such status page")).to_be_visible()


def test_a_maintenance_window_is_made_with_the_form(
    locked_server: Server, browser: Browser, api: httpx.Client
) -> None:
    context = browser.new_context(base_url=locked_server.url)
    context.set_default_timeout(10_000)
    page = context.new_page()
    sign_in(page, "/", TOKEN)
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Maintenance").click()
    page.get_by_role("link", name="+ New maintenance window").click()
    page.get_by_label("Name").fill("Sunday backups")
    page.get_by_label("Cron (recurring)").fill("0 3 * * 0")
    page.get_by_label("Time zone").fill("Mars/Olympus")
    page.get_by_label("Duration (minutes)").fill("120")
    page.get_by_label("Effect").select_option("silence")
    page.get_by_label("Tags").fill("shop, backups")
    page.get_by_role("button", name="Create maintenance window").click()
    expect(page.get_by_text("unknown time zone 'Mars/Olympus'")).to_be_visible()

    page.get_by_label("Time zone").fill("Europe/Paris")
    page.get_by_role("button", name="Create maintenance window").click()
    expect(page).to_have_url(f"{locked_server.url}/maintenance")
    row = page.get_by_role("row", name="Sunday backups")
    expect(row).to_contain_text("Europe/Paris")
    expect(row).to_contain_text("Alerts silenced")
    expect(row).to_contain_text("tags shop, backups")
    context.close()

    (made,) = [
        window
        for window in api.get("/api/v1/maintenance-windows").json()["maintenance_windows"]
        if window["name"] == "Sunday backups"
    ]
    assert made["cron"] == "0 3 * * 0" and made["duration_minutes"] == 120
    assert made["applies_to"] == {"test_ids": [], "suite_ids": [], "tags": ["shop", "backups"]}
