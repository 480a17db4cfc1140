"""Maintenance windows (`/api/v1/maintenance-windows`) and when a window is on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from housecat.maintenance.models import Window
from housecat.maintenance.timing import active_window, current, upcoming

URL = "/api/v1/maintenance-windows"
NIGHTLY = {
    "name": "Nightly deploy",
    "cron": "0 2 * * *",
    "timezone": "Europe/Paris",
    "duration_minutes": 30,
    "applies_to": {"tags": ["shop"]},
    "effect": "skip",
}


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    """The API without a scheduler or worker: nothing here runs a test."""
    return make_client(roles=False)


def create(client: TestClient, **fields: Any) -> dict[str, Any]:
    response = client.post(URL, json={**NIGHTLY, **fields})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def window(**fields: Any) -> Window:
    now = "2026-01-01T00:00:00.000Z"
    base = {"id": "w1", "name": "w", "created_at": now, "updated_at": now, "effect": "skip"}
    return Window.model_validate(base | {"applies_to": {"tags": ["shop"]}} | fields)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def test_a_window_is_created_listed_changed_and_deleted(client: TestClient) -> None:
    made = create(client)
    assert made["cron"] == "0 2 * * *" and made["starts_at"] is None
    assert client.get(f"{URL}/{made['id']}").json() == made
    assert client.get(URL).json() == {"maintenance_windows": [made], "total": 1}

    changed = client.patch(f"{URL}/{made['id']}", json={"effect": "silence"})
    assert changed.status_code == 200, changed.text
    assert changed.json()["effect"] == "silence" and changed.json()["cron"] == "0 2 * * *"

    # Sending a start makes it one-off; a time without an offset is read in its time zone.
    one_off = client.patch(f"{URL}/{made['id']}", json={"starts_at": "2026-03-01T02:00"})
    assert one_off.json()["cron"] is None
    assert one_off.json()["starts_at"] == "2026-03-01T01:00:00.000Z"  # Paris is UTC+1 in March

    assert client.delete(f"{URL}/{made['id']}").json() == {"status": "deleted", "id": made["id"]}
    assert client.get(f"{URL}/{made['id']}").status_code == 404


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        ({"cron": "0 25 * * *"}, "cron", "hour '25' is not valid"),
        ({"cron": "CRON_TZ=UTC 0 2 * * *"}, "cron", "`timezone`"),
        ({"timezone": "Mars/Olympus"}, "timezone", "unknown time zone"),
        ({"applies_to": {}}, "applies_to", "at least one"),
        ({"applies_to": {"tags": [], "test_ids": []}}, "applies_to", "at least one"),
        ({"applies_to": {"tests": ["x"]}}, "applies_to.tests", "unknown field"),
        ({"applies_to": {"test_ids": ["nope"]}}, "applies_to.test_ids.0", "no test 'nope'"),
        ({"applies_to": {"suite_ids": ["nope"]}}, "applies_to.suite_ids.0", "no suite"),
        ({"effect": "mute"}, "effect", "'skip' or 'silence'"),
        ({"duration_minutes": 0}, "duration_minutes", "greater than or equal to 1"),
        ({"starts_at": "2026-03-01T02:00"}, "starts_at", "not both"),
        ({"cron": None}, "starts_at", "either starts_at"),
        ({"cron": None, "starts_at": "tomorrow"}, "starts_at", "not an ISO 8601 time"),
    ],
)
def test_a_bad_window_is_refused_naming_the_field(
    client: TestClient, fields: dict[str, Any], field: str, says: str
) -> None:
    response = client.post(URL, json={**NIGHTLY, **fields})
    assert response.status_code == 422, response.text
    assert says in response.json()["fields"][field]
    assert client.get(URL).json()["total"] == 0


def test_a_bad_change_is_refused_and_changes_nothing(client: TestClient) -> None:
    made = create(client)
    both = {"cron": "0 3 * * *", "starts_at": "2026-03-01T02:00"}
    for body in (both, {"timezone": "Nowhere/Else"}, {"name": None}, {"applies_to": {}}):
        response = client.patch(f"{URL}/{made['id']}", json=body)
        assert response.status_code == 422, (body, response.text)
    assert client.get(f"{URL}/{made['id']}").json() == made
    assert client.patch(f"{URL}/missing", json={"effect": "skip"}).status_code == 404


def test_a_name_is_taken_once(client: TestClient) -> None:
    create(client)
    response = client.post(URL, json=NIGHTLY)
    assert response.status_code == 422
    assert "already a maintenance window named" in response.json()["fields"]["name"]


def test_a_recurring_window_is_on_from_each_start_for_its_duration() -> None:
    nightly = window(cron="0 2 * * *", timezone="Europe/Paris", duration_minutes=30)
    assert current(nightly, at("2026-03-01T02:00:00+01:00")) is not None
    assert current(nightly, at("2026-03-01T02:29:59+01:00")) is not None
    assert current(nightly, at("2026-03-01T02:30:00+01:00")) is None
    assert current(nightly, at("2026-03-01T01:59:00+01:00")) is None
    following = upcoming(nightly, at("2026-03-01T03:00:00+01:00"))
    assert following is not None and following.starts == at("2026-03-02T02:00:00+01:00")


def test_a_one_off_window_is_on_once() -> None:
    once = window(starts_at="2026-03-01T10:00:00.000Z", duration_minutes=60)
    assert current(once, at("2026-03-01T10:30:00+00:00")) is not None
    assert current(once, at("2026-03-01T11:00:00+00:00")) is None
    assert upcoming(once, at("2026-03-01T09:00:00+00:00")) is not None
    assert upcoming(once, at("2026-03-01T10:30:00+00:00")) is None


def test_a_window_covers_tests_by_id_suite_or_tag_and_skipping_wins() -> None:
    now = at("2026-03-01T10:30:00+00:00")
    on = {"starts_at": "2026-03-01T10:00:00.000Z", "duration_minutes": 60}
    by_id = window(id="a", name="a", effect="silence", applies_to={"test_ids": ["t1"]}, **on)
    by_suite = window(id="b", name="b", applies_to={"suite_ids": ["s1"]}, **on)
    assert active_window([by_id, by_suite], "t1", [], set(), now) == by_id
    assert active_window([by_id, by_suite], "t1", [], {"s1"}, now) == by_suite
    assert active_window([by_id, by_suite], "t2", ["shop"], {"s2"}, now) is None
    later = window(starts_at="2026-03-02T10:00:00.000Z", duration_minutes=60)
    assert active_window([later], "t2", ["shop"], set(), now) is None
    assert active_window([window(**on)], "t2", ["shop"], set(), now) is not None
