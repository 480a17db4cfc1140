"""Alerts from real runs: on state change only, recovery too, never delaying the run."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import pytest
import redis
from fastapi.testclient import TestClient
from standardwebhooks import Webhook

from housecat.config import Settings
from tests.alert_servers import AlertServer, Reply
from tests.processes import free_port, wait_until
from tests.sites.app import VARIANTS, Variant

GOAL = "sign in with alice@example.com and password hunter2, then check the page says Welcome back, Alice"
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The session's settings, but a check that fails here (most do, on purpose) gives up soon."""
    return settings.model_copy(update={"step_timeout": 4.0})


@pytest.fixture
def alerting(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(allow_private_webhooks=True, alert_timeout=0.5, alert_attempts=2)


def set_site(monkeypatch: pytest.MonkeyPatch, **changes: object) -> None:
    monkeypatch.setitem(VARIANTS, "alerting", Variant(**changes))  # type: ignore[arg-type]


def create(client: TestClient, url: str, **fields: object) -> str:
    response = client.post("/api/tests", json={"name": "Login", "url": url, "goal": GOAL, **fields})
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def settle(client: TestClient) -> None:
    """Wait until every alert in flight was delivered or given up."""
    dispatcher = client.app.state.housecat.alerts  # type: ignore[attr-defined]
    wait_until(lambda: dispatcher.pending == 0, what="alert deliveries finishing")


def incidents(db: redis.Redis, test_id: str) -> list[dict[str, object]]:
    return [json.loads(i) for i in db.lrange(f"incidents:{test_id}", 0, -1)]


def test_fail_fail_pass_sends_one_alert_and_one_recovery(
    alerting: TestClient, db: redis.Redis, sites: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_site(monkeypatch, greeting="Hello, Alice")
    with AlertServer() as hook:
        test_id = create(alerting, f"{sites}/alerting/login", alert_webhook=f"{hook.url}/hook")
        first = alerting.post(f"/api/tests/{test_id}/run").json()
        alerting.post(f"/api/tests/{test_id}/run")
        set_site(monkeypatch)
        recovered = alerting.post(f"/api/tests/{test_id}/run").json()
        settle(alerting)

    events = [request.json()["event"] for request in hook.received]
    assert events == ["test_failed", "test_recovered"]
    failed = hook.received[0].json()
    assert set(failed) == {"event", "test", "result", "timestamp"}
    assert failed["test"] == {"id": test_id, "name": "Login", "url": f"{sites}/alerting/login"}
    assert failed["result"]["run_id"] == first["run_id"] and failed["result"]["passed"] is False
    assert hook.received[1].json()["result"]["run_id"] == recovered["run_id"]
    # alert_sent is true on the incident whose alert went out, false on the quiet one
    assert [i["alert_sent"] for i in incidents(db, test_id)] == [False, True]


@pytest.mark.parametrize("reply", [500, "hang", None], ids=["500", "30s-hang", "refused"])
def test_a_dead_webhook_leaves_the_run_stored_and_alert_sent_false(
    alerting: TestClient, db: redis.Redis, sites: str, reply: Reply | None
) -> None:
    with AlertServer((reply,) if reply else (200,)) as hook:
        url = f"{hook.url}/hook" if reply else f"http://127.0.0.1:{free_port()}/hook"
        test_id = create(alerting, f"{sites}/changed-text/login", alert_webhook=url)
        response = alerting.post(f"/api/tests/{test_id}/run")
        assert response.status_code == 200
        settle(alerting)
    assert db.zcard(f"results:{test_id}") == 1
    (incident,) = incidents(db, test_id)
    assert incident["alert_sent"] is False
    assert db.hget(f"test:{test_id}", "last_result") == "failed"


def test_alerts_are_signed_when_a_secret_is_set(
    make_client: Callable[..., TestClient], sites: str
) -> None:
    client = make_client(allow_private_webhooks=True, webhook_secret=SECRET)
    with AlertServer() as hook:
        test_id = create(client, f"{sites}/changed-text/login", alert_webhook=f"{hook.url}/h")
        client.post(f"/api/tests/{test_id}/run")
        settle(client)
    (request,) = hook.received
    Webhook(SECRET).verify(request.body, request.headers)  # raises if the signature is wrong


def test_apprise_channels_are_alerted_too(alerting: TestClient, sites: str) -> None:
    with AlertServer() as chat:
        channel = f"json://127.0.0.1:{chat.port}/chat"
        test_id = create(alerting, f"{sites}/changed-text/login", alert_channels=[channel])
        alerting.post(f"/api/tests/{test_id}/run")
        settle(alerting)
    (request,) = chat.received
    assert request.json()["type"] == "failure"
    assert "Login" in request.json()["title"]


def test_private_alert_targets_are_refused_unless_allowed(client: TestClient) -> None:
    body = {"name": "x", "url": "https://a.test", "goal": "open /"}
    response = client.post("/api/tests", json=body | {"alert_webhook": "http://127.0.0.1:9/h"})
    assert response.status_code == 422
    assert "HOUSECAT_ALLOW_PRIVATE_WEBHOOKS" in response.json()["fields"]["alert_webhook"]
    channels = {"alert_channels": ["json://10.0.0.7/h"]}
    response = client.post("/api/tests", json=body | channels)
    assert response.status_code == 422
    assert "alert_channels.0" in response.json()["fields"]
    assert client.get("/api/tests").json()["total"] == 0


@pytest.mark.parametrize(
    ("channel", "named"),
    [
        ("ntfy://127.0.0.1:8559/secret-topic", "ntfy://127.0.0.1"),
        ("ntfys://169.254.169.254/secret-topic", "ntfys://169.254.169.254"),
        ("gotify://[::1]/secret-token", "gotify://[::1]"),
        ("matrix://user:secret@2130706433/#room", "matrix://2130706433"),
    ],
)
def test_a_channel_to_a_private_host_is_refused_naming_scheme_and_host_only(
    client: TestClient, channel: str, named: str
) -> None:
    body = {"name": "x", "url": "https://a.test", "goal": "open /"}
    response = client.post("/api/tests", json=body | {"alert_channels": ["slack://a/b/c", channel]})

    assert response.status_code == 422
    answer = response.json()
    refusal = answer["fields"]["alert_channels.1"]
    assert refusal.startswith(f"alert channel {named} is a ")
    assert "HOUSECAT_ALLOW_PRIVATE_WEBHOOKS" in refusal
    assert "secret" not in response.text
    assert client.get("/api/tests").json()["total"] == 0
    test_id = create(client, "https://a.test", alert_channels=["slack://a/b/c"])
    edit = client.put(f"/api/tests/{test_id}", json={"alert_channels": [channel]})
    assert edit.status_code == 422
    assert "secret" not in edit.text


def test_a_channel_stored_before_it_was_refused_alerts_nothing_and_says_so_without_secrets(
    make_client: Callable[..., TestClient], sites: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="housecat.alerts")
    with AlertServer() as chat:
        channel = f"ntfy://127.0.0.1:{chat.port}/secret-topic"
        # Stored by a HouseCat that let it in, then run by one that refuses it.
        before = make_client(roles=False, allow_private_webhooks=True)
        test_id = create(before, f"{sites}/changed-text/login", alert_channels=[channel])
        now = make_client(alert_timeout=0.5, alert_attempts=2)
        assert now.post(f"/api/tests/{test_id}/run").status_code == 200
        settle(now)

    assert chat.received == []
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("housecat"))
    assert (
        "not delivered after 0 attempts: channel ntfy://…: "
        "alert channel ntfy://127.0.0.1 is a loopback address"
    ) in logged
    assert "secret" not in logged
