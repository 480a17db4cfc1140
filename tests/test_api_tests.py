"""The test-suite API, on the real embedded Valkey."""

from __future__ import annotations

import re
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient

from tests.conftest import our_keys

LOGIN = {
    "name": "Login flow",
    "url": "https://shop.example.com/login",
    "goal": "Sign in as alice with hunter2 and check the page says Welcome back",
}
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|\+00:00)$")


def create(client: TestClient, **fields: Any) -> dict[str, Any]:
    response = client.post("/api/tests", json={**LOGIN, **fields})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_create_returns_every_field_with_defaults(client: TestClient) -> None:
    test = create(client)
    assert set(test) == {
        "id", "name", "url", "goal", "schedule", "schedule_id", "alert_webhook", "status",
        "last_result", "last_run_at", "created_at", "updated_at",
        # documented additions
        "alert_channels", "retries", "reminder_minutes", "alerted_at",
        "variables", "secrets", "pinned", "planner", "executor", "model_budget_usd", "warnings",
        "description", "category", "tags",
        "screenshots", "environment_id", "template_id", "depends_on",
        "locations", "alert_quorum", "project",
    }  # fmt: skip
    assert (test["planner"], test["executor"], test["warnings"]) == ("auto", "browser", [])
    assert re.fullmatch(r"[0-9a-f]{8}", test["id"])
    assert test["schedule"] == "*/15 * * * *"
    assert (test["status"], test["last_result"], test["last_run_at"]) == ("active", "pending", None)
    assert test["alert_webhook"] is None
    assert ISO_UTC.match(test["created_at"]) and test["created_at"] == test["updated_at"]


def test_create_stores_the_hash_and_indexes_the_id(client: TestClient, db: redis.Redis) -> None:
    test = create(client, alert_webhook="https://hooks.example.com/x")
    stored = db.hgetall(f"test:{test['id']}")
    assert stored["name"] == "Login flow"
    assert stored["alert_webhook"] == "https://hooks.example.com/x"
    # Redis hashes hold strings: "none" is stored as an empty string, so it reads back as none.
    assert stored["last_run_at"] == "" and stored["schedule_id"] == ""
    assert db.smembers("tests:all") == {test["id"]}


def test_get_returns_one_test(client: TestClient) -> None:
    test = create(client)
    assert client.get(f"/api/tests/{test['id']}").json() == test


def test_list_is_newest_first_with_total(client: TestClient) -> None:
    ids = [create(client, name=f"test {n}")["id"] for n in range(5)]
    listing = client.get("/api/tests").json()
    assert listing["total"] == 5
    assert [t["id"] for t in listing["tests"]] == ids[::-1]


def test_list_is_empty_on_a_new_install(client: TestClient) -> None:
    assert client.get("/api/tests").json() == {"tests": [], "total": 0}


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_unknown_test_is_a_404_json_error(client: TestClient, method: str) -> None:
    kwargs = {"json": {"name": "x"}} if method == "put" else {}
    response = getattr(client, method)("/api/tests/deadbeef", **kwargs)
    assert response.status_code == 404
    assert response.json() == {"error": "test 'deadbeef' not found"}


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"name": ""}, "name", "at least 1 character"),
        ({"name": "   "}, "name", "at least 1 character"),
        ({"name": "x" * 101}, "name", "at most 100 characters"),
        ({"goal": ""}, "goal", "at least 1 character"),
        ({"goal": "x" * 4001}, "goal", "at most 4000 characters"),
        ({"url": "ftp://example.com"}, "url", "http:// or https://"),
        ({"url": "example.com"}, "url", "http:// or https://"),
        ({"url": "http://"}, "url", "with a host"),
        ({"alert_webhook": "javascript:alert(1)"}, "alert_webhook", "http:// or https://"),
        ({"schedule": "*/15 * * *"}, "schedule", "has 4 fields"),
        ({"schedule": "61 * * * *"}, "schedule", "minute '61' is not valid"),
        ({"schedule": "* 25 * * *"}, "schedule", "hour '25' is not valid"),
        ({"schedule": "0 0 31 2 *"}, "schedule", "never runs"),
        ({"schedule": "CRON_TZ=Mars/Olympus 0 9 * * *"}, "schedule", "unknown time zone"),
        ({"colour": "red"}, "colour", "unknown field"),
    ],
)
def test_invalid_create_is_a_422_naming_the_field(
    client: TestClient, db: redis.Redis, fields: dict[str, str], field: str, reason: str
) -> None:
    response = client.post("/api/tests", json={**LOGIN, **fields})
    assert response.status_code == 422
    body = response.json()
    assert reason in body["fields"][field]
    assert body["error"].startswith(f"{field}: ")
    assert our_keys(db) == []  # nothing half-written


@pytest.mark.parametrize("missing", ["name", "url", "goal"])
def test_missing_required_field_is_named(client: TestClient, missing: str) -> None:
    body = {k: v for k, v in LOGIN.items() if k != missing}
    response = client.post("/api/tests", json=body)
    assert response.status_code == 422
    assert response.json()["fields"] == {missing: "Field required"}


def test_malformed_json_is_a_422(client: TestClient) -> None:
    response = client.post(
        "/api/tests", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"] == "body: is not valid JSON"


def test_cron_with_time_zone_prefix_is_accepted(client: TestClient) -> None:
    test = create(client, schedule="CRON_TZ=Europe/Paris  0 9 * * MON-FRI")
    assert test["schedule"] == "CRON_TZ=Europe/Paris 0 9 * * MON-FRI"


def test_a_cron_shortcut_is_accepted_and_stored_as_five_fields(client: TestClient) -> None:
    test = create(client, schedule="@hourly")
    assert test["schedule"] == "0 * * * *"
    updated = client.put(f"/api/tests/{test['id']}", json={"schedule": "CRON_TZ=Asia/Tokyo @daily"})
    assert updated.json()["schedule"] == "CRON_TZ=Asia/Tokyo 0 0 * * *"


def test_update_changes_only_the_fields_sent(client: TestClient) -> None:
    test = create(client, alert_webhook="https://hooks.example.com/x")
    updated = client.put(f"/api/tests/{test['id']}", json={"name": "Renamed", "goal": None})
    assert updated.status_code == 200
    body = updated.json()
    assert body["name"] == "Renamed"
    assert body["goal"] == test["goal"]  # null means "leave as is"
    assert body["alert_webhook"] == "https://hooks.example.com/x"
    assert body["created_at"] == test["created_at"]
    assert body["updated_at"] > test["updated_at"]


def test_update_can_clear_the_alert_webhook(client: TestClient) -> None:
    test = create(client, alert_webhook="https://hooks.example.com/x")
    body = client.put(f"/api/tests/{test['id']}", json={"alert_webhook": ""}).json()
    assert body["alert_webhook"] is None


def test_pause_and_resume_change_the_status(client: TestClient, db: redis.Redis) -> None:
    test = create(client)
    paused = client.put(f"/api/tests/{test['id']}", json={"status": "paused"}).json()
    assert paused["status"] == "paused"
    assert db.hget(f"test:{test['id']}", "status") == "paused"
    resumed = client.put(f"/api/tests/{test['id']}", json={"status": "active"}).json()
    assert resumed["status"] == "active"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"status": "error"}, "status"),
        ({"status": "running"}, "status"),
        ({"schedule": "every day"}, "schedule"),
        ({"url": "file:///etc/passwd"}, "url"),
        ({"name": ""}, "name"),
        ({"id": "cafebabe"}, "id"),
        ({"last_result": "passed"}, "last_result"),
    ],
)
def test_invalid_update_is_rejected_and_changes_nothing(
    client: TestClient, db: redis.Redis, fields: dict[str, str], field: str
) -> None:
    test = create(client)
    before = db.hgetall(f"test:{test['id']}")
    response = client.put(f"/api/tests/{test['id']}", json=fields)
    assert response.status_code == 422
    assert field in response.json()["fields"]
    assert db.hgetall(f"test:{test['id']}") == before


def test_delete_removes_the_test_and_all_five_per_test_keys(
    client: TestClient, db: redis.Redis
) -> None:
    test, other = create(client), create(client, name="other")
    tid = test["id"]
    db.zadd(f"results:{tid}", {'{"run_id": "r1"}': 1})
    db.zadd(f"timing:{tid}", {"1200:r1": 1})
    db.xadd(f"events:{tid}", {"type": "plan_start", "message": "m", "timestamp": "t"})
    db.lpush(f"incidents:{tid}", '{"run_id": "r1"}')

    response = client.delete(f"/api/tests/{tid}")

    assert response.json() == {"status": "deleted", "id": tid}
    for key in ("test", "results", "timing", "events", "incidents"):
        assert not db.exists(f"{key}:{tid}"), key
    assert db.smembers("tests:all") == {other["id"]}
    assert client.get(f"/api/tests/{tid}").status_code == 404


def test_delete_twice_is_a_404(client: TestClient) -> None:
    test = create(client)
    client.delete(f"/api/tests/{test['id']}")
    assert client.delete(f"/api/tests/{test['id']}").status_code == 404


def test_list_reads_hashes_in_one_pipelined_round_trip(client: TestClient, db: redis.Redis) -> None:
    for n in range(20):
        create(client, name=f"test {n}")
    db.config_resetstat()
    client.get("/api/tests")
    stats = db.info("commandstats")
    # One SMEMBERS, then one batch of HGETALL: no test read one by one. (Reads only: the
    # app's own worker and scheduler keep polling their queues meanwhile.)
    reads = {"cmdstat_hgetall", "cmdstat_smembers", "cmdstat_hget", "cmdstat_hmget"}
    calls = {k: v["calls"] for k, v in stats.items() if k in reads}
    assert calls == {"cmdstat_hgetall": 20, "cmdstat_smembers": 1}
