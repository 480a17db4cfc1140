"""Executions: tests run together, in order, followed step by step, stopped midway."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient

from tests.alert_servers import AlertServer
from tests.pages import Pages
from tests.processes import wait_until

FINISHED = ("passed", "failed", "error", "stopped")


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    """An app whose failing checks give up after two seconds, not ten."""
    return make_client(step_timeout=2)


def create_test(client: TestClient, url: str, goal: str, name: str, **more: str) -> str:
    body = {"name": name, "url": url, "goal": goal, "schedule": "0 0 1 1 *", **more}
    response = client.post("/api/tests", json=body)
    assert response.status_code == 200, response.text
    test_id: str = response.json()["id"]
    return test_id


def wait_for(client: TestClient, execution_id: str, until: Callable[[dict[str, Any]], bool]) -> Any:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        execution = client.get(f"/api/v1/executions/{execution_id}").json()
        if until(execution):
            return execution
        time.sleep(0.1)
    raise AssertionError(f"execution {execution_id} never got there: {execution}")


def finished(execution: dict[str, Any]) -> bool:
    return execution["status"] in FINISHED


def test_an_execution_runs_its_tests_in_order_and_records_each_step(
    client: TestClient, pages: Pages
) -> None:
    greeting = pages.add("<h1>Welcome aboard</h1><button>Start</button>")
    passing = create_test(client, greeting, "the heading says Welcome aboard", "Greets")
    failing = create_test(client, greeting, "the heading says Goodbye", "Says goodbye")

    started = client.post("/api/v1/executions", json={"test_ids": [failing, passing]})

    assert started.status_code == 202, started.text
    queued = started.json()
    assert queued["status"] == "queued" and queued["name"] == "2 tests"
    assert [t["test_id"] for t in queued["tests"]] == [failing, passing]
    done = wait_for(client, queued["id"], finished)
    assert done["status"] == "failed"
    first, second = done["tests"]
    assert (first["status"], second["status"]) == ("failed", "passed")
    assert first["completed_at"] <= second["started_at"]  # one after the other
    assert "Goodbye" in first["error_message"]
    assert [s["action_type"] for s in second["steps"]] == ["goto", "expect_visible"]
    assert second["steps"][1]["status"] == "passed"
    assert done["started_at"] and done["completed_at"]
    run = client.get(f"/api/runs/{second['run_id']}").json()
    assert run["record"]["execution_id"] == queued["id"]
    artifacts = client.get(f"/api/v1/executions/{queued['id']}/artifacts").json()
    failed, passed = artifacts["tests"]
    assert (failed["run_id"], failed["status"]) == (first["run_id"], "failed")
    assert [shot["step"] for shot in failed["artifacts"]["screenshots"]] == [2]
    assert client.get(failed["artifacts"]["screenshots"][0]["url"]).status_code == 200
    assert any(e["source"] == "housecat" for e in passed["artifacts"]["logs"])
    assert passed["artifacts"]["screenshots"] == []


def test_runs_of_an_execution_leave_the_monitors_history_alone(
    client: TestClient, pages: Pages, db: redis.Redis
) -> None:
    test_id = create_test(client, pages.add("<h1>Hi</h1>"), "the heading says Bye", "Monitor")

    execution = client.post("/api/v1/executions", json={"test_ids": [test_id]}).json()
    wait_for(client, execution["id"], finished)

    test = client.get(f"/api/tests/{test_id}").json()
    assert test["last_result"] == "pending"
    assert db.zcard(f"results:{test_id}") == 0 and not db.exists(f"incidents:{test_id}")


def test_stopping_midway_cancels_the_running_test_and_drops_the_queued_ones(
    client: TestClient, pages: Pages
) -> None:
    page = pages.add("<p>Nothing to press</p>")
    stuck = create_test(client, page, "click the Launch button", "Waits for a button")
    later = create_test(client, page, "the page says Nothing to press", "Never runs")

    execution = client.post("/api/v1/executions", json={"test_ids": [stuck, later]}).json()
    wait_for(client, execution["id"], lambda e: e["tests"][0]["status"] == "running")
    stopped = client.post(f"/api/v1/executions/{execution['id']}/stop")

    assert stopped.status_code == 200, stopped.text
    assert stopped.json()["status"] == "stopped"
    assert [t["status"] for t in stopped.json()["tests"]] == ["stopped", "stopped"]
    time.sleep(1.0)  # the worker's cancelled run writes nothing over the stop
    again = client.get(f"/api/v1/executions/{execution['id']}").json()
    assert again["status"] == "stopped"
    assert [t["status"] for t in again["tests"]] == ["stopped", "stopped"]
    answer = client.post(f"/api/v1/executions/{execution['id']}/stop")
    assert answer.status_code == 409 and "already stopped" in answer.json()["error"]


def test_executions_are_listed_newest_first_filtered_and_paged(
    client: TestClient, pages: Pages
) -> None:
    page = pages.add("<h1>Hi</h1>")
    one = create_test(client, page, "the heading says Hi", "One")
    two = create_test(client, page, "the heading says Hi", "Two")
    made = [
        client.post("/api/v1/executions", json={"test_ids": ids}).json()["id"]
        for ids in ([one], [two], [one, two], [one])
    ]
    for execution_id in made:
        wait_for(client, execution_id, finished)

    everything = client.get("/api/v1/executions").json()["executions"]
    assert [e["id"] for e in everything] == made[::-1]
    of_two = client.get("/api/v1/executions", params={"test_id": two}).json()["executions"]
    assert [e["id"] for e in of_two] == [made[2], made[1]]
    passed = client.get("/api/v1/executions", params={"status": "passed", "test_id": one})
    assert [e["id"] for e in passed.json()["executions"]] == [made[3], made[2], made[0]]
    assert client.get("/api/v1/executions", params={"status": "failed"}).json()["executions"] == []
    created = [client.get(f"/api/v1/executions/{e}").json()["created_at"] for e in made]
    between = {"created_after": created[1], "created_before": created[2]}
    in_range = client.get("/api/v1/executions", params=between).json()["executions"]
    assert [e["id"] for e in in_range] == [made[2], made[1]]

    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page_of = client.get("/api/v1/executions", params=params).json()
        seen += [e["id"] for e in page_of["executions"]]
        # A new execution does not shift the pages already being read.
        if cursor is None:
            client.post("/api/v1/executions", json={"test_ids": [two]})
        cursor = page_of["next_cursor"]
        if cursor is None:
            break
    assert seen == made[::-1]


def test_bad_starts_and_unknown_executions_are_clear_errors(client: TestClient) -> None:
    page = "https://example.com"
    test_id = create_test(client, page, "the heading says Hi", "Only")
    cases = [
        ({"test_ids": ["nope1234"]}, "no test has the id 'nope1234'"),
        ({"test_ids": [test_id, test_id]}, "lists a test twice"),
        ({"test_ids": []}, "test_ids"),
        ({}, "name the tests to run"),
        ({"test_ids": [test_id], "colour": "red"}, "colour"),
    ]
    for body, said in cases:
        answer = client.post("/api/v1/executions", json=body)
        assert answer.status_code == 422, body
        assert said in answer.text
    assert client.get("/api/v1/executions").json()["executions"] == []  # nothing half-made

    assert client.get("/api/v1/executions/nope").status_code == 404
    assert client.post("/api/v1/executions/nope/stop").status_code == 404
    assert client.get("/api/v1/executions/nope/artifacts").status_code == 404
    bad = client.get("/api/v1/executions", params={"cursor": "not-ours"})
    assert bad.status_code == 422 and "cursor" in bad.json()["fields"]
    assert client.get("/api/v1/executions", params={"status": "lost"}).status_code == 422
    assert client.get("/api/v1/executions", params={"limit": 0}).status_code == 422
    for moment in ("0.5", "yesterday"):
        answer = client.get("/api/v1/executions", params={"created_after": moment})
        assert answer.status_code == 422 and "created_after" in answer.json()["fields"]


def test_a_suite_runs_against_each_environment_on_a_phone(client: TestClient, pages: Pages) -> None:
    # The page says which user it greets and how wide the window is, so each run shows
    # where it ran: the environment's variables and the browser configuration's device.
    page = pages.add(
        '<label>User <input id=u></label><button onclick="greet()">Greet</button><p id=o></p>'
        "<script>function greet(){document.getElementById('o').textContent="
        "'Hello '+document.getElementById('u').value+' at '+screen.width+'px'}</script>"
    )
    goal = 'type {{user}} into User, click Greet, the page says "Hello {{user}} at 390px"'
    # Two hosts for one server: each environment's base URL is the one its runs open.
    origin, path = page.rsplit("/", 1)
    hosts = [origin, origin.replace("127.0.0.1", "localhost")]
    staging = {"name": "Staging", "base_url": hosts[0], "variables": {"user": "sam"}}
    production = {"name": "Production", "base_url": hosts[1], "secrets": {"user": "pat"}}
    env_ids = [
        client.post("/api/v1/environments", json=e).json()["id"] for e in (staging, production)
    ]
    tests = [
        create_test(client, f"/{path}", goal, f"Greets {n}", environment_id=env_ids[0])
        for n in range(3)
    ]
    phone = client.post("/api/v1/browser-configs", json={"name": "Phone", "device": "iPhone 13"})
    suite = {"name": "Greeting", "tests": tests, "browser_config_id": phone.json()["id"]}
    suite_id = client.post("/api/v1/suites", json=suite).json()["id"]

    runs = [
        client.post(f"/api/v1/suites/{suite_id}/execute", json={"environment_id": env_id})
        for env_id in env_ids
    ]

    assert [run.status_code for run in runs] == [202, 202], runs[0].text
    assert [run.json()["name"] for run in runs] == ["Greeting on Staging", "Greeting on Production"]
    done = [wait_for(client, run.json()["id"], finished) for run in runs]
    assert [d["status"] for d in done] == ["passed", "passed"], [
        (t["error_message"], t["steps"]) for d in done for t in d["tests"]
    ]
    assert [t["test_id"] for t in done[0]["tests"]] == tests
    for host, execution in zip(hosts, done, strict=True):
        run = client.get(f"/api/runs/{execution['tests'][0]['run_id']}").json()
        assert run["plan"]["steps"][0]["value"] == f"{host}/{path}"
    said = done[1]["tests"][0]["steps"][-1]["actual_result"]
    assert "pat" not in said  # a secret of the environment stays secret
    listed = client.get("/api/v1/executions", params={"environment_id": env_ids[0]}).json()
    assert [e["id"] for e in listed["executions"]] == [done[0]["id"]]
    by_suite = client.get("/api/v1/executions", params={"suite_id": suite_id}).json()
    assert len(by_suite["executions"]) == 2

    # Without the phone, the window is wider: the check that holds on a phone fails.
    desktop = client.post(
        "/api/v1/executions", json={"test_ids": tests[:1], "environment_id": env_ids[0]}
    ).json()
    assert wait_for(client, desktop["id"], finished)["status"] == "failed"


def test_suite_starts_name_what_is_missing(client: TestClient) -> None:
    test_id = create_test(client, "https://example.com", "the heading says Hi", "Only")
    suite_id = client.post("/api/v1/suites", json={"name": "S", "tests": [test_id]}).json()["id"]
    empty = client.post("/api/v1/suites", json={"name": "Empty"}).json()["id"]

    assert client.post("/api/v1/suites/nope/execute").status_code == 404
    cases = [
        (f"/api/v1/suites/{empty}/execute", {}, "has no tests"),
        (f"/api/v1/suites/{suite_id}/execute", {"environment_id": "gone"}, "environment_id"),
        (f"/api/v1/suites/{suite_id}/execute", {"browser_config_id": "gone"}, "browser_config_id"),
        ("/api/v1/executions", {"suite_id": suite_id, "test_ids": [test_id]}, "not both"),
        ("/api/v1/executions", {"suite_id": "nope"}, "not found"),
    ]
    for path, body, said in cases:
        answer = client.post(path, json=body)
        assert answer.status_code in (404, 422), (path, body)
        assert said in answer.text, answer.text
    assert client.get("/api/v1/executions").json()["executions"] == []


def test_a_failing_suite_run_sends_one_alert_naming_each_test(
    make_client: Callable[..., TestClient], pages: Pages
) -> None:
    client = make_client(step_timeout=2, allow_private_webhooks=True, alert_timeout=2)
    page = pages.add("<h1>Hi</h1>")
    wrong = [create_test(client, page, f"the heading says Bye {n}", f"Bye {n}") for n in (1, 2)]
    right = create_test(client, page, "the heading says Hi", "Hi")
    with AlertServer() as hook:
        body = {"name": "Alerting", "tests": [*wrong, right], "alert_webhook": f"{hook.url}/h"}
        suite_id = client.post("/api/v1/suites", json=body).json()["id"]
        quiet = client.post("/api/v1/suites", json=body | {"name": "Quiet", "tests": [right]})

        failing = client.post(f"/api/v1/suites/{suite_id}/execute").json()
        passing = client.post(f"/api/v1/suites/{quiet.json()['id']}/execute").json()
        for execution in (failing, passing):
            wait_for(client, execution["id"], finished)
        dispatcher = client.app.state.housecat.alerts  # type: ignore[attr-defined]
        wait_until(lambda: dispatcher.pending == 0, what="alert deliveries finishing")

    assert [request.json()["event"] for request in hook.received] == ["suite_failed"]
    sent = hook.received[0].json()
    assert sent["suite"] == {"id": suite_id, "name": "Alerting"}
    assert sent["execution"]["id"] == failing["id"] and sent["execution"]["status"] == "failed"
    assert [t["status"] for t in sent["execution"]["tests"]] == ["failed", "failed", "passed"]
    assert "Bye 1" in sent["execution"]["tests"][0]["error"]


def test_a_path_url_needs_an_environment_and_its_own_runs_open_it_there(
    client: TestClient, pages: Pages
) -> None:
    page = pages.add("<h1>Signed out</h1>")
    origin, path = page.rsplit("/", 1)
    body = {"name": "Path", "url": f"/{path}", "goal": "the heading says Signed out"}

    refused = client.post("/api/tests", json=body)
    unknown = client.post("/api/tests", json=body | {"environment_id": "gone"})
    assert refused.status_code == 422 and "environment_id" in refused.json()["fields"]["url"]
    assert unknown.status_code == 422 and "gone" in unknown.json()["fields"]["environment_id"]
    bad = client.post("/api/tests", json=body | {"url": "login"})
    assert bad.status_code == 422 and "path starting with /" in bad.json()["fields"]["url"]

    environment = client.post("/api/v1/environments", json={"name": "Here", "base_url": origin})
    made = client.post("/api/tests", json=body | {"environment_id": environment.json()["id"]})
    assert made.status_code == 200, made.text
    ran = client.post(f"/api/tests/{made.json()['id']}/run").json()
    assert ran["result"]["passed"] is True
    assert ran["plan"]["steps"][0]["value"] == page
