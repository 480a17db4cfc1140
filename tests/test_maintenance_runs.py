"""Runs in maintenance windows: a silenced run neither alerts nor counts, a skipped slot does
not run; on the real Valkey, a real Chromium and a real webhook receiver."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient

from housecat.clock import iso
from housecat.config import Settings
from tests.alert_servers import AlertServer
from tests.processes import runs_idle, wait_until

GOAL = "sign in with alice@example.com and password hunter2, then check the page says Welcome back, Alice"
WINDOWS = "/api/v1/maintenance-windows"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The session's settings, but a check that fails here (on purpose) gives up soon."""
    return settings.model_copy(update={"step_timeout": 2.0})


def create_test(client: TestClient, url: str, **fields: object) -> str:
    body = {"name": "Login", "url": url, "goal": GOAL, **fields}
    response = client.post("/api/tests", json=body)
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def window_now(client: TestClient, test_id: str, effect: str) -> str:
    """Open a one-off window over the test, from a minute ago for an hour."""
    started = iso(datetime.now(UTC) - timedelta(minutes=1))
    body = {
        "name": f"Upgrade ({effect})",
        "starts_at": started,
        "duration_minutes": 60,
        "applies_to": {"test_ids": [test_id]},
        "effect": effect,
    }
    response = client.post(WINDOWS, json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def records(db: redis.Redis, test_id: str) -> list[dict[str, Any]]:
    return [json.loads(raw) for raw in db.zrange(f"results:{test_id}", 0, -1)]


def settle(client: TestClient) -> None:
    dispatcher = client.app.state.housecat.alerts  # type: ignore[attr-defined]
    wait_until(lambda: dispatcher.pending == 0, what="alert deliveries finishing")


def test_a_failing_run_in_a_silence_window_neither_alerts_nor_lowers_uptime(
    make_client: Callable[..., TestClient], db: redis.Redis, sites: str
) -> None:
    client = make_client(allow_private_webhooks=True, alert_timeout=0.5, alert_attempts=2)
    with AlertServer() as hook:
        test_id = create_test(client, f"{sites}/changed-text/login", alert_webhook=f"{hook.url}/h")
        window_id = window_now(client, test_id, "silence")
        silenced = client.post(f"/api/tests/{test_id}/run").json()["result"]
        settle(client)
        assert hook.received == []
        assert silenced["passed"] is False  # it ran, and the site is broken
        assert silenced["maintenance"] == {
            "window_id": window_id,
            "window_name": "Upgrade (silence)",
            "skipped": False,
        }
        uptime = client.get(f"/api/tests/{test_id}/uptime").json()
        assert uptime["total_runs"] == 0 and uptime["uptime_pct"] == 100.0
        assert db.hget(f"test:{test_id}", "last_result") == "pending"
        assert db.llen(f"incidents:{test_id}") == 0
        assert db.llen(f"outages:{test_id}") == 0
        history = client.get(f"/tests/{test_id}").text
        assert 'title="Maintenance window: Upgrade (silence)">Maintenance</span>' in history

        # Once the window is gone, the same failure alerts and counts.
        client.delete(f"{WINDOWS}/{window_id}")
        client.post(f"/api/tests/{test_id}/run")
        settle(client)
    assert [request.json()["event"] for request in hook.received] == ["test_failed"]
    uptime = client.get(f"/api/tests/{test_id}/uptime").json()
    assert uptime["total_runs"] == 1 and uptime["uptime_pct"] == 0.0
    assert [record["maintenance"] is None for record in records(db, test_id)] == [False, True]
    assert db.llen(f"outages:{test_id}") == 1  # opened by the failure after the window


def test_a_scheduled_slot_in_a_skip_window_does_not_run_but_is_kept_as_maintenance(
    make_client: Callable[..., TestClient], db: redis.Redis, sites: str
) -> None:
    client = make_client()
    test_id = create_test(client, f"{sites}/shop/login", schedule="0 0 1 1 *")
    window_id = window_now(client, test_id, "skip")
    db.zadd("schedule:due", {test_id: time.time() - 1})  # a slot due now
    wait_until(lambda: db.zcard(f"results:{test_id}") == 1, what="the slot being handled")
    (skipped,) = records(db, test_id)
    assert skipped["triggered_by"] == "schedule"
    assert skipped["maintenance"]["skipped"] is True
    assert skipped["steps_total"] == 0 and skipped["duration_ms"] == 0
    assert skipped["details"] == "Not run: maintenance window 'Upgrade (skip)'."
    assert db.hget(f"test:{test_id}", "last_result") == "pending"
    assert client.get(f"/api/tests/{test_id}/uptime").json()["total_runs"] == 0
    assert "Maintenance: not run" in client.get(f"/tests/{test_id}").text

    # A person's run still runs in a skipping window (marked as in maintenance).
    wait_until(lambda: runs_idle(db), what="the slot's job ending")
    manual = client.post(f"/api/tests/{test_id}/run").json()["result"]
    assert manual["passed"] is True and manual["steps_total"] > 0
    assert manual["maintenance"]["skipped"] is False

    # Without the window, the next due slot runs.
    client.delete(f"{WINDOWS}/{window_id}")
    db.zadd("schedule:due", {test_id: time.time() - 1})
    wait_until(lambda: db.zcard(f"results:{test_id}") == 3, what="the slot running")
    ran = records(db, test_id)[-1]
    assert ran["triggered_by"] == "schedule" and ran["passed"] and ran["maintenance"] is None
    assert db.hget(f"test:{test_id}", "last_result") == "passed"
