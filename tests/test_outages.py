"""Outages from real runs: opened by a failure, closed by recovery, acknowledged, held for a parent."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient

from tests.alert_servers import AlertServer
from tests.processes import free_port, wait_until

GOAL = "check the page says Sign in"
NEVER = "0 0 1 1 *"  # no scheduled run joins the ones the tests ask for
LONG_AGO = "2020-01-01T00:00:00.000Z"


@pytest.fixture
def api(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(allow_private_webhooks=True, alert_timeout=0.5, alert_attempts=1)


@pytest.fixture
def hook() -> Iterator[AlertServer]:
    with AlertServer() as server:
        yield server


@pytest.fixture
def down_url() -> str:
    """A page nobody serves: a run of it fails at once."""
    return f"http://127.0.0.1:{free_port()}/login"


def create(api: TestClient, url: str, **fields: Any) -> str:
    body = {"name": "Login", "url": url, "goal": GOAL, "schedule": NEVER, **fields}
    response = api.post("/api/v1/tests", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def run(api: TestClient, test_id: str, *, url: str | None = None) -> dict[str, Any]:
    """Run the test (at `url` from now on, if given) and answer its record."""
    if url is not None:
        assert api.put(f"/api/v1/tests/{test_id}", json={"url": url}).status_code == 200
    response = api.post(f"/api/tests/{test_id}/run")
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["result"]
    return result


def outages(api: TestClient, test_id: str) -> list[dict[str, Any]]:
    response = api.get(f"/api/v1/tests/{test_id}/outages")
    assert response.status_code == 200, response.text
    listed: list[dict[str, Any]] = response.json()["outages"]
    assert response.json()["total"] == len(listed)
    return listed


def events(api: TestClient, hook: AlertServer) -> list[str]:
    """The alerts the hook received, once every alert in flight has settled."""
    dispatcher = api.app.state.housecat.alerts  # type: ignore[attr-defined]
    wait_until(lambda: dispatcher.pending == 0, what="alert deliveries finishing")
    return [request.json()["event"] for request in hook.received]


def test_an_outage_covers_the_failing_runs_from_the_first_to_the_recovery(
    api: TestClient, sites: str, down_url: str
) -> None:
    up = f"{sites}/shop/login"
    test_id = create(api, up)  # no alert targets: an outage is the test being down
    assert run(api, test_id)["passed"] is True
    assert outages(api, test_id) == []

    first = run(api, test_id, url=down_url)
    second = run(api, test_id)
    assert first["passed"] is False and second["passed"] is False
    (open_outage,) = outages(api, test_id)
    assert open_outage["open"] is True and open_outage["closed_at"] is None
    assert open_outage["opened_at"] == first["started_at"]
    assert open_outage["first_run_id"] == first["run_id"]
    assert open_outage["run_ids"] == [first["run_id"], second["run_id"]]
    assert open_outage["run_count"] == 2

    recovery = run(api, test_id, url=up)
    (closed,) = outages(api, test_id)
    assert closed["id"] == open_outage["id"] and closed["open"] is False
    assert closed["closed_at"] == recovery["started_at"]
    assert closed["closed_by_run_id"] == recovery["run_id"]
    assert closed["run_count"] == 2
    assert 0 < closed["duration_s"] < 600
    assert run(api, test_id)["passed"] is True
    assert len(outages(api, test_id)) == 1  # a pass after a pass opens nothing

    again = run(api, test_id, url=down_url)
    newest, oldest = outages(api, test_id)
    assert newest["first_run_id"] == again["run_id"] and newest["open"] is True
    assert oldest["id"] == closed["id"]


def test_an_acknowledged_outage_sends_no_reminders_but_its_recovery_alerts(
    api: TestClient, db: redis.Redis, sites: str, down_url: str, hook: AlertServer
) -> None:
    test_id = create(api, down_url, alert_webhook=f"{hook.url}/hook", reminder_minutes=1)
    run(api, test_id)
    db.hset(f"test:{test_id}", "alerted_at", LONG_AGO)  # the reminder is due
    run(api, test_id)
    assert events(api, hook) == ["test_failed", "test_still_failing"]

    (outage,) = outages(api, test_id)
    ack = api.post(
        f"/api/v1/tests/{test_id}/outages/{outage['id']}/acknowledge",
        json={"by": "Dana", "note": "the host is rebooting"},
    )
    assert ack.status_code == 200, ack.text
    acknowledgement = ack.json()["acknowledgement"]
    assert (acknowledgement["by"], acknowledgement["note"]) == ("Dana", "the host is rebooting")
    db.hset(f"test:{test_id}", "alerted_at", LONG_AGO)
    run(api, test_id)
    assert events(api, hook) == ["test_failed", "test_still_failing"]

    run(api, test_id, url=f"{sites}/shop/login")
    assert events(api, hook) == ["test_failed", "test_still_failing", "test_recovered"]
    (closed,) = outages(api, test_id)
    assert closed["acknowledgement"]["by"] == "Dana" and closed["run_count"] == 3
    assert closed["alerted"] is True


def test_acknowledging_answers_json_errors_and_names_the_api_by_default(
    api: TestClient, sites: str, down_url: str
) -> None:
    test_id = create(api, down_url)
    run(api, test_id)
    (outage,) = outages(api, test_id)
    path = f"/api/v1/tests/{test_id}/outages"

    unknown = api.post(f"{path}/nope1234/acknowledge", json={})
    assert unknown.status_code == 404 and "nope1234" in unknown.json()["error"]
    no_test = api.post(f"/api/v1/tests/nope1234/outages/{outage['id']}/acknowledge")
    assert no_test.status_code == 404 and "error" in no_test.json()
    assert api.get("/api/v1/tests/nope1234/outages").status_code == 404
    extra = api.post(f"{path}/{outage['id']}/acknowledge", json={"who": "x"})
    assert extra.status_code == 422 and extra.json()["fields"] == {"who": "unknown field"}
    assert outages(api, test_id)[0]["acknowledgement"] is None  # nothing half-written

    plain = api.post(f"{path}/{outage['id']}/acknowledge")
    assert plain.status_code == 200
    assert plain.json()["acknowledgement"]["by"] == "api"
    assert plain.json()["acknowledgement"]["note"] == ""

    run(api, test_id, url=f"{sites}/shop/login")
    closed = api.post(f"{path}/{outage['id']}/acknowledge", json={"note": "late"})
    assert closed.status_code == 409 and "closed" in closed.json()["error"]


def test_a_childs_failure_while_its_parent_is_down_alerts_only_once_the_parent_is_up(
    api: TestClient, sites: str, down_url: str, hook: AlertServer
) -> None:
    up = f"{sites}/shop/login"
    parent = create(api, down_url, name="Site is up")
    child = create(api, down_url, depends_on=[parent], alert_webhook=f"{hook.url}/hook")
    run(api, parent)

    failed = run(api, child)
    assert failed["passed"] is False
    assert events(api, hook) == []
    (held,) = outages(api, child)
    assert held["open"] is True and held["alerted"] is False
    assert held["held"] == f"a test it depends on is down: “Site is up” ({parent})"

    run(api, parent, url=up)
    run(api, child)
    assert events(api, hook) == ["test_failed"]  # announced now that its parent is up
    run(api, child)
    assert events(api, hook) == ["test_failed"]
    run(api, child, url=up)
    assert events(api, hook) == ["test_failed", "test_recovered"]


def test_a_child_that_recovers_while_its_parent_is_down_announces_nothing(
    api: TestClient, sites: str, down_url: str, hook: AlertServer
) -> None:
    parent = create(api, down_url, name="Site is up")
    child = create(api, down_url, depends_on=[parent], alert_webhook=f"{hook.url}/hook")
    run(api, parent)
    run(api, child)
    run(api, child, url=f"{sites}/shop/login")
    assert events(api, hook) == []
    (outage,) = outages(api, child)
    assert outage["open"] is False and outage["held"] is not None


def test_depends_on_refuses_itself_unknown_tests_and_cycles(client: TestClient) -> None:
    a = create(client, "https://a.test/login", name="A")
    b = create(client, "https://a.test/login", name="B", depends_on=[a])
    c = create(client, "https://a.test/login", name="C", depends_on=[b, b])
    assert client.get(f"/api/v1/tests/{c}").json()["depends_on"] == [b]

    def refusal(test_id: str, depends_on: list[str]) -> str:
        response = client.put(f"/api/v1/tests/{test_id}", json={"depends_on": depends_on})
        assert response.status_code == 422, response.text
        return str(response.json()["fields"]["depends_on"])

    assert refusal(a, [a]) == "a test cannot depend on itself"
    assert refusal(a, ["nope1234"]) == "no test has the id 'nope1234'"
    assert refusal(a, [c]) == f"that makes a cycle: {a} → {c} → {b} → {a}"
    assert client.get(f"/api/v1/tests/{a}").json()["depends_on"] == []

    body = {"name": "D", "url": "https://a.test", "goal": "open /", "depends_on": ["nope1234"]}
    made = client.post("/api/tests", json=body)
    assert made.status_code == 422 and "nope1234" in made.json()["fields"]["depends_on"]
    assert client.get("/api/tests").json()["total"] == 3
    cleared = client.put(f"/api/v1/tests/{b}", json={"depends_on": []})
    assert cleared.status_code == 200 and cleared.json()["depends_on"] == []


def test_a_deleted_test_takes_its_outages_with_it(
    api: TestClient, db: redis.Redis, down_url: str
) -> None:
    test_id = create(api, down_url)
    run(api, test_id)
    assert db.exists(f"outages:{test_id}") == 1
    assert api.delete(f"/api/v1/tests/{test_id}").status_code == 200
    assert db.exists(f"outages:{test_id}") == 0
