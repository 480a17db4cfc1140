"""Status pages: `/api/v1/status-pages`, and the public `/status/{slug}` anyone can read."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from housecat.clock import iso
from housecat.runs.models import RunDetail
from housecat.suites.models import TestSuiteResponse
from tests.runs_data import detail

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
URL = "/api/v1/status-pages"
SHOP = {"name": "Shop status", "slug": "shop", "tags": ["shop"]}
HIDDEN_URL = "https://deploy:hunter2@shop.example/admin"


@pytest.fixture
def locked(make_client: Callable[..., TestClient]) -> TestClient:
    """The API behind a token, without a scheduler or worker: nothing here runs a test."""
    return make_client(roles=False, api_token=TOKEN)


def create(client: TestClient, **fields: Any) -> dict[str, Any]:
    response = client.post(URL, json={**SHOP, **fields}, headers=AUTH)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def make_test(client: TestClient, name: str, tags: list[str], url: str = HIDDEN_URL) -> str:
    body = {
        "name": name,
        "url": url,
        "goal": "open / and check the page says {{greeting}}",
        "tags": tags,
        "variables": {"greeting": "private-variable-value"},
        "secrets": {"password": "private-secret-value"},
    }
    response = client.post("/api/tests", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def store_run(client: TestClient, test_id: str, run: RunDetail) -> None:
    """Keep a finished run as a worker would, on the app's own connection."""
    services = client.app.state.housecat  # type: ignore[attr-defined]
    test = client.portal.call(services.suites.store.get, test_id)
    assert isinstance(test, TestSuiteResponse)
    record = run.record.model_copy(update={"test_id": test_id})
    client.portal.call(services.results.save, test, run.model_copy(update={"record": record}), None)


def test_a_status_page_is_created_listed_changed_and_deleted(locked: TestClient) -> None:
    made = create(locked)
    assert made["slug"] == "shop" and made["suite_ids"] == []
    assert locked.get(f"{URL}/{made['id']}", headers=AUTH).json() == made
    assert locked.get(URL, headers=AUTH).json() == {"status_pages": [made], "total": 1}
    changed = locked.patch(f"{URL}/{made['id']}", json={"slug": "store"}, headers=AUTH)
    assert changed.status_code == 200 and changed.json()["slug"] == "store"
    assert locked.get("/status/shop").status_code == 404
    assert locked.get("/status/store").status_code == 200
    assert locked.delete(f"{URL}/{made['id']}", headers=AUTH).status_code == 200
    assert locked.get(f"{URL}/{made['id']}", headers=AUTH).status_code == 404
    assert locked.get("/status/store").status_code == 404


def test_the_api_wants_the_token(locked: TestClient) -> None:
    assert locked.get(URL).status_code == 401
    assert locked.post(URL, json=SHOP).status_code == 401


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        ({"slug": "Shop Page"}, "slug", "lowercase letters, digits and '-'"),
        ({"slug": "-shop"}, "slug", "starting and ending with a letter or digit"),
        ({"slug": ""}, "slug", "a slug is 1 to 64"),
        ({"tags": []}, "body", "at least one suite id or tag"),
        ({"suite_ids": ["nope"]}, "suite_ids.0", "no suite 'nope'"),
        ({"tags": ["Not A Tag"]}, "tags.0", "a tag is"),
        ({"colour": "red"}, "colour", "unknown field"),
    ],
)
def test_a_bad_status_page_is_refused_naming_the_field(
    locked: TestClient, fields: dict[str, Any], field: str, says: str
) -> None:
    response = locked.post(URL, json={**SHOP, **fields}, headers=AUTH)
    assert response.status_code == 422, response.text
    assert says in response.json()["fields"][field]
    assert locked.get(URL, headers=AUTH).json()["total"] == 0


def test_a_slug_belongs_to_one_page(locked: TestClient) -> None:
    create(locked)
    other = create(locked, slug="other", name="Other")
    again = locked.post(URL, json=SHOP, headers=AUTH)
    assert again.status_code == 409
    assert "/status/shop" in again.json()["error"]
    moved = locked.patch(f"{URL}/{other['id']}", json={"slug": "shop"}, headers=AUTH)
    assert moved.status_code == 409
    assert locked.get(f"{URL}/{other['id']}", headers=AUTH).json()["slug"] == "other"
    emptied = locked.patch(f"{URL}/{other['id']}", json={"tags": []}, headers=AUTH)
    assert emptied.status_code == 422


def test_the_public_page_shows_states_bars_outages_and_maintenance_without_a_token(
    locked: TestClient,
) -> None:
    now = datetime.now(UTC)
    checkout = make_test(locked, "Checkout", ["shop"])
    make_test(locked, "Search", ["shop"])  # never ran
    make_test(locked, "Admin backup", ["internal"], url="https://internal.example/backup")
    noon = datetime.combine(now.date(), time(12), UTC)
    store_run(locked, checkout, detail("r1", at=noon - timedelta(days=3)))
    # Yesterday: failing from 10:00 until a pass at 12:00.
    store_run(locked, checkout, detail("r2", passed=False, at=noon - timedelta(hours=26)))
    store_run(locked, checkout, detail("r3", passed=False, at=noon - timedelta(hours=25)))
    store_run(locked, checkout, detail("r4", at=noon - timedelta(hours=24)))
    window = {
        "name": "Database upgrade",
        "starts_at": iso(now + timedelta(days=2)),
        "duration_minutes": 90,
        "applies_to": {"test_ids": [checkout]},
        "effect": "skip",
    }
    response = locked.post("/api/v1/maintenance-windows", json=window, headers=AUTH)
    assert response.status_code == 201, response.text
    create(locked)

    page = locked.get("/status/shop")  # no token, no session
    assert page.status_code == 200, page.text
    html = page.text
    assert "All systems operational" in html  # one check passes, one never ran: none fails
    checks = dict(re.findall(r'aria-label="([^"]+)">\s*<h3>.*?check-state">([^<]+)<', html, re.S))
    assert checks == {"Checkout": "Passing", "Search": "Not run yet"}
    assert html.count('class="bar bar-') == 2 * 90
    assert html.count("bar bar-up") == 1 and html.count("bar bar-partial") == 1
    assert "failing for 2 h" in html  # from the first failure to the recovery
    assert "Database upgrade" in html and "scheduled from" in html
    for private in ("Admin backup", "hunter2", "shop.example", "private-", "check the page"):
        assert private not in html
    assert page.headers["cache-control"] == "public, max-age=30"
    again = locked.get("/status/shop", headers={"If-None-Match": page.headers["etag"]})
    assert again.status_code == 304 and again.content == b""


def test_a_check_in_a_window_now_shows_as_maintenance(locked: TestClient) -> None:
    checkout = make_test(locked, "Checkout", ["shop"])
    store_run(locked, checkout, detail("r1", passed=False, ago=timedelta(minutes=10)))
    window = {
        "name": "Deploy",
        "starts_at": iso(datetime.now(UTC) - timedelta(minutes=5)),
        "duration_minutes": 60,
        "applies_to": {"tags": ["shop"]},
        "effect": "silence",
    }
    assert locked.post("/api/v1/maintenance-windows", json=window, headers=AUTH).is_success
    create(locked)
    html = locked.get("/status/shop").text
    assert "Under maintenance" in html and 'check-state">Maintenance<' in html
    assert re.search(r"Deploy</strong>:\s*in progress, until", html)
    assert "Ongoing" in html  # the failure is not over: no run has followed it


def test_an_unknown_status_page_is_a_404_page(locked: TestClient) -> None:
    response = locked.get("/status/nowhere")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "No such status page" in response.text


def test_the_form_makes_a_status_page_and_refuses_a_taken_slug(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(roles=False)
    form = {"name": "Shop status", "slug": "shop", "tags": "shop, checkout"}
    made = client.post("/status-pages", data=form, follow_redirects=False)
    assert made.status_code == 303 and made.headers["location"] == "/status-pages"
    listing = client.get("/status-pages").text
    assert '<a href="/status/shop">/status/shop</a>' in listing
    assert "tags shop, checkout" in listing
    again = client.post("/status-pages", data=form | {"name": "Other"})
    assert again.status_code == 409
    assert "there is already a status page at /status/shop" in again.text
    nothing = client.post("/status-pages", data={"name": "Empty", "slug": "empty", "tags": ""})
    assert nothing.status_code == 422 and "at least one suite id or tag" in nothing.text
