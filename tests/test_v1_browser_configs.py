"""Browser configurations (`/api/v1/browser-configs`), and what they make of a real Chromium."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from playwright.sync_api import Browser

from housecat.browser_configs.context import context_options
from housecat.browser_configs.models import BrowserConfig
from tests.conftest import our_keys
from tests.pages import Pages

URL = "/api/v1/browser-configs"
# Writes what the page sees of its browser into its body, for the test to read. A phone
# lays out a page 980 pixels wide unless the page asks for the device's width, as sites do.
REPORTER = """<meta name=viewport content="width=device-width, initial-scale=1">
<pre id=seen></pre><script>
document.getElementById("seen").textContent = JSON.stringify({
  userAgent: navigator.userAgent,
  innerWidth: window.innerWidth,
  innerHeight: window.innerHeight,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  language: navigator.language,
  dark: matchMedia("(prefers-color-scheme: dark)").matches,
  touch: navigator.maxTouchPoints > 0,
  pixelRatio: window.devicePixelRatio,
});
</script>"""


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    """The API without a scheduler or worker: nothing here runs a test."""
    return make_client(roles=False)


def create(client: TestClient, **fields: Any) -> dict[str, Any]:
    response = client.post(URL, json={"name": "Desktop", **fields})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def test_create_with_nothing_but_a_name_gives_the_desktop_defaults(client: TestClient) -> None:
    made = create(client)
    assert re.fullmatch(r"[0-9a-f]{8}", made["id"])
    expected = {
        "name": "Desktop", "browser": "chromium", "device": None, "viewport_width": 1280,
        "viewport_height": 800, "user_agent": None, "device_scale_factor": 1.0,
        "is_mobile": False, "has_touch": False, "locale": None, "timezone": None,
        "color_scheme": None,
    }  # fmt: skip
    assert {name: made[name] for name in expected} == expected
    assert client.get(f"{URL}/{made['id']}").json() == made


def test_a_device_preset_fills_the_viewport_agent_scale_mobile_and_touch(
    client: TestClient,
) -> None:
    made = create(client, name="Phone", device="iPhone 13")
    assert made["device"] == "iPhone 13"
    assert (made["viewport_width"], made["viewport_height"]) == (390, 664)
    assert "iPhone OS 15_0" in made["user_agent"]
    assert (made["device_scale_factor"], made["is_mobile"], made["has_touch"]) == (3.0, True, True)


def test_fields_sent_with_a_device_override_its_preset(client: TestClient) -> None:
    made = create(
        client, device="Pixel 7", viewport_width=500, user_agent="HouseCat probe", has_touch=False
    )
    assert (made["viewport_width"], made["user_agent"], made["has_touch"]) == (
        500,
        "HouseCat probe",
        False,
    )
    assert (made["viewport_height"], made["is_mobile"]) == (839, True)  # from the preset


def test_an_unknown_device_is_a_422_naming_the_closest(client: TestClient, db: redis.Redis) -> None:
    answer = client.post(URL, json={"name": "Phone", "device": "iphone 13 pro maxx"})
    assert answer.status_code == 422
    message = answer.json()["fields"]["device"]
    assert message.startswith("unknown device 'iphone 13 pro maxx'; closest: 'iPhone 13 Pro Max'")
    assert our_keys(db) == []


def test_the_devices_are_playwrights_presets(client: TestClient) -> None:
    listing = client.get(f"{URL}/devices").json()
    by_name = {device["name"]: device for device in listing["devices"]}
    assert listing["total"] == len(by_name) > 100
    assert {"iPhone 13", "Pixel 7", "Desktop Chrome", "iPad Mini"} <= set(by_name)
    assert by_name["Pixel 7"]["is_mobile"] and not by_name["Desktop Chrome"]["is_mobile"]


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        ({"name": ""}, "name", "at least 1 character"),
        ({"browser": "firefox"}, "browser", "'chromium'"),
        ({"viewport_width": 199}, "viewport_width", "greater than or equal to 200"),
        ({"viewport_width": 7681}, "viewport_width", "less than or equal to 7680"),
        ({"viewport_height": 4321}, "viewport_height", "less than or equal to 4320"),
        ({"device_scale_factor": 0}, "device_scale_factor", "greater than 0"),
        ({"locale": "en_US"}, "locale", "write 'en-US'"),
        ({"locale": "english"}, "locale", "language tag"),
        ({"timezone": "Europe/Pari"}, "timezone", "closest: 'Europe/Paris'"),
        ({"timezone": "GMT+2"}, "timezone", "not a known time zone"),
        ({"color_scheme": "sepia"}, "color_scheme", "'light', 'dark' or 'no-preference'"),
        ({"user_agent": ""}, "user_agent", "at least 1 character"),
        ({"device": ""}, "device", "at least 1 character"),
        ({"zoom": 2}, "zoom", "unknown field"),
        # What the document says is taken as it is: no number in a string, no 1 for true.
        ({"viewport_width": "300"}, "viewport_width", "valid integer"),
        ({"is_mobile": "yes"}, "is_mobile", "valid boolean"),
        ({"has_touch": 1}, "has_touch", "valid boolean"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(
    client: TestClient, db: redis.Redis, fields: dict[str, Any], field: str, says: str
) -> None:
    answer = client.post(URL, json={"name": "Desktop", **fields})
    assert answer.status_code == 422
    assert says in answer.json()["fields"][field]
    assert our_keys(db) == []


@pytest.mark.parametrize("locale", ["en", "en-US", "zh-Hant-TW", "es-419", "de-DE-1996"])
def test_language_tags_browsers_take_are_accepted(client: TestClient, locale: str) -> None:
    assert create(client, locale=locale)["locale"] == locale


def test_a_name_is_taken_once(client: TestClient) -> None:
    create(client)
    answer = client.post(URL, json={"name": "Desktop", "viewport_width": 1920})
    assert answer.status_code == 422
    assert answer.json()["fields"] == {
        "name": "there is already a browser configuration named 'Desktop'"
    }


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_an_unknown_configuration_is_a_404(client: TestClient, method: str) -> None:
    kwargs = {"json": {"locale": "en"}} if method == "put" else {}
    answer = getattr(client, method)(f"{URL}/deadbeef", **kwargs)
    assert answer.status_code == 404
    assert answer.json() == {"error": "browser configuration 'deadbeef' not found"}


def test_update_changes_only_the_fields_sent_and_null_clears_an_optional_one(
    client: TestClient,
) -> None:
    made = create(client, locale="fr-FR", timezone="Europe/Paris")
    changed = client.put(f"{URL}/{made['id']}", json={"color_scheme": "dark", "locale": None})
    assert changed.status_code == 200
    body = changed.json()
    assert (body["color_scheme"], body["locale"], body["timezone"]) == (
        "dark",
        None,
        "Europe/Paris",
    )
    assert body["viewport_width"] == made["viewport_width"]
    assert body["updated_at"] > made["updated_at"]


def test_a_new_device_fills_its_preset_but_for_the_fields_sent_with_it(
    client: TestClient,
) -> None:
    made = create(client, viewport_width=1920, viewport_height=1080, locale="en-GB")
    body = client.put(f"{URL}/{made['id']}", json={"device": "Pixel 7", "viewport_height": 700})
    phone = body.json()
    assert (phone["device"], phone["viewport_width"], phone["viewport_height"]) == (
        "Pixel 7",
        412,
        700,
    )
    assert phone["is_mobile"] and phone["locale"] == "en-GB"


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        ({"viewport_width": None}, "viewport_width", "may not be null"),
        ({"is_mobile": None}, "is_mobile", "may not be null"),
        ({"device": "Nokia 3310"}, "device", "unknown device"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone", "not a known time zone"),
    ],
)
def test_a_bad_update_is_a_422_and_changes_nothing(
    client: TestClient, db: redis.Redis, fields: dict[str, Any], field: str, says: str
) -> None:
    made = create(client)
    before = db.hgetall(f"browser_config:{made['id']}")
    answer = client.put(f"{URL}/{made['id']}", json=fields)
    assert answer.status_code == 422
    assert says in answer.json()["fields"][field]
    assert db.hgetall(f"browser_config:{made['id']}") == before


def test_delete_leaves_no_key_behind_unless_a_suite_uses_it(
    client: TestClient, db: redis.Redis
) -> None:
    made = create(client)
    suite = client.post("/api/v1/suites", json={"name": "Mobile", "browser_config_id": made["id"]})
    assert suite.status_code == 201, suite.text
    refused = client.delete(f"{URL}/{made['id']}")
    assert refused.status_code == 409
    assert "browser configuration 'Desktop' is used by suite 'Mobile'" in refused.json()["error"]
    client.delete(f"/api/v1/suites/{suite.json()['id']}")
    assert client.delete(f"{URL}/{made['id']}").json() == {"status": "deleted", "id": made["id"]}
    assert our_keys(db) == []


def test_context_options_are_what_new_context_takes() -> None:
    now = "2026-01-01T00:00:00.000Z"
    config = BrowserConfig(
        id="c1", name="c", viewport_width=800, viewport_height=600, locale="de-DE",
        color_scheme="no-preference", created_at=now, updated_at=now,
    )  # fmt: skip
    assert context_options(config) == {
        "viewport": {"width": 800, "height": 600},
        "device_scale_factor": 1.0,
        "is_mobile": False,
        "has_touch": False,
        "locale": "de-DE",
        "color_scheme": "no-preference",
    }


def seen_by(browser: Browser, config: dict[str, Any], url: str) -> dict[str, Any]:
    """What a page sees of a context opened with the configuration's options."""
    context = browser.new_context(**context_options(BrowserConfig.model_validate(config)))
    try:
        page = context.new_page()
        page.goto(url)
        seen: dict[str, Any] = json.loads(page.inner_text("#seen"))
    finally:
        context.close()
    return seen


def test_a_configuration_is_what_the_page_sees_in_chromium(
    client: TestClient, browser: Browser, pages: Pages
) -> None:
    url = pages.add(REPORTER)
    phone = create(
        client, name="Phone", device="iPhone 13", locale="fr-FR", timezone="Asia/Tokyo",
        color_scheme="dark",
    )  # fmt: skip
    assert seen_by(browser, phone, url) == {
        "userAgent": phone["user_agent"], "innerWidth": 390, "innerHeight": 664,
        "timeZone": "Asia/Tokyo", "language": "fr-FR", "dark": True, "touch": True,
        "pixelRatio": 3,
    }  # fmt: skip
    desk = create(
        client, name="Desk", viewport_width=1000, viewport_height=700, user_agent="HouseCat/1.0",
        locale="en-GB", timezone="America/New_York", color_scheme="light",
    )  # fmt: skip
    assert seen_by(browser, desk, url) == {
        "userAgent": "HouseCat/1.0", "innerWidth": 1000, "innerHeight": 700,
        "timeZone": "America/New_York", "language": "en-GB", "dark": False, "touch": False,
        "pixelRatio": 1,
    }  # fmt: skip
