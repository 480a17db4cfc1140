"""Tests run on TinyFish's remote agent: the real run pipeline (API, queue, worker, Valkey)
against a local server that speaks TinyFish's SSE and runs API."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from housecat.cli import app
from housecat.config import Settings
from housecat.errors import InvalidInput
from housecat.runs.tinyfish_run import remote_goal
from housecat.suites.values import Values
from tests.processes import wait_until
from tests.tinyfish_server import KEY, Script, TinyFishServer

# A goal HouseCat's own reader refuses (it names no control to use): TinyFish's agent reads it.
GOAL = "find this month's opening hours and make sure Sunday is listed as closed"
ACHIEVED = {"goal_achieved": True, "evidence": "The hours table says 'Sunday: closed'."}


@pytest.fixture
def tinyfish() -> Iterator[TinyFishServer]:
    with TinyFishServer() as server:
        yield server


@pytest.fixture
def client(make_client: Callable[..., TestClient], tinyfish: TinyFishServer) -> TestClient:
    return make_client(
        tinyfish_api_key=KEY, tinyfish_base_url=tinyfish.url, tinyfish_cost_per_step=0.015
    )


def create(client: TestClient, **fields: Any) -> str:
    body = {"name": "Hours", "url": "https://shop.test/hours", "goal": GOAL, "executor": "tinyfish"}
    response = client.post("/api/tests", json=body | fields)
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def events(db: redis.Redis, test_id: str) -> list[dict[str, str]]:
    return [fields for _, fields in db.xrange(f"events:{test_id}")]


def test_a_goal_achieved_with_evidence_passes(
    client: TestClient, tinyfish: TinyFishServer, db: redis.Redis
) -> None:
    tinyfish.script = Script(result=ACHIEVED, steps=4)
    test_id = create(client)
    answer = client.post(f"/api/tests/{test_id}/run")
    assert answer.status_code == 200, answer.text
    record = answer.json()["result"]
    assert record["passed"] is True and record["error"] is None
    assert record["judged_by"] == "remote_agent"
    assert "Sunday: closed" in record["details"]
    remote = record["remote"]
    assert remote["status"] == "COMPLETED" and remote["run_id"] == "tf-1"
    assert remote["steps"] == 4 and remote["cost_usd"] == pytest.approx(0.06)
    assert remote["progress"] == ["Open the page", "Look for the heading"]
    # what was sent: the key, the URL, the goal, and a schema asking for the verdict and evidence
    (sent,) = tinyfish.requests("POST", "/v1/automation/run-sse")
    assert sent.headers["X-API-Key"] == KEY
    assert sent.body["url"] == "https://shop.test/hours" and sent.body["goal"] == GOAL
    schema = sent.body["output_schema"]
    assert set(schema["required"]) == {"goal_achieved", "evidence"}
    assert schema["properties"]["goal_achieved"]["type"] == "boolean"
    # its events became the test's events; heartbeats keep the stream alive but are not kept
    kinds = [event["type"] for event in events(db, test_id)]
    assert kinds == [
        "plan_start",
        "plan_complete",
        "streaming_url",
        "step_start",
        "step_start",
        "eval_start",
        "eval_complete",
    ]
    link = events(db, test_id)[2]
    assert link["url"] == "https://stream.tinyfish.test/tf-1"
    assert events(db, test_id)[-1]["passed"] == "true"
    kept = client.get(f"/api/runs/{record['run_id']}").json()
    assert kept["record"]["judged_by"] == "remote_agent" and kept["plan"] is None
    assert db.hget(f"test:{test_id}", "last_result") == "passed"
    assert not db.exists(f"plan:{test_id}")  # nothing to replay: the agent plans each time


@pytest.mark.parametrize(
    ("status", "result", "error", "said"),
    [
        (
            "COMPLETED",
            {"goal_achieved": False, "evidence": "Sunday shows 10:00-16:00"},
            None,
            "says the goal was not achieved: Sunday shows 10:00-16:00",
        ),
        (
            "COMPLETED",
            {"goal_achieved": True, "evidence": "  "},
            None,
            "says the goal was achieved but shows no evidence of it",
        ),
        ("COMPLETED", {"goal_achieved": True}, None, "shows no evidence"),
        ("COMPLETED", {"goal_achieved": "yes", "evidence": "x"}, None, "without saying whether"),
        ("COMPLETED", None, None, "without saying whether the goal was achieved"),
        (
            "FAILED",
            None,
            {"message": "Page never loaded", "category": "AGENT_FAILURE"},
            "ended FAILED: Page never loaded (AGENT_FAILURE)",
        ),
    ],
)
def test_anything_but_an_achieved_goal_with_evidence_fails(
    client: TestClient,
    tinyfish: TinyFishServer,
    db: redis.Redis,
    status: str,
    result: object,
    error: object,
    said: str,
) -> None:
    tinyfish.script = Script(status=status, result=result, error=error)
    test_id = create(client)
    record = client.post(f"/api/tests/{test_id}/run").json()["result"]
    assert record["passed"] is False
    assert said in record["error"]
    assert record["judged_by"] == "remote_agent"
    assert events(db, test_id)[-1]["passed"] == "false"
    assert db.hget(f"test:{test_id}", "last_result") == "failed"
    assert db.llen(f"incidents:{test_id}") == 1


def test_a_dropped_stream_falls_back_to_polling_the_run(
    client: TestClient, tinyfish: TinyFishServer, db: redis.Redis
) -> None:
    tinyfish.script = Script(result=ACHIEVED, ending="drop", polls_running=1)
    test_id = create(client)
    record = client.post(f"/api/tests/{test_id}/run").json()["result"]
    assert record["passed"] is True, record
    assert record["remote"]["steps"] == 4
    # asked while it still ran, then once more when it had finished
    assert len(tinyfish.requests("GET", "/v1/runs/tf-1")) >= 2
    kinds = [event["type"] for event in events(db, test_id)]
    assert "notice" in kinds and kinds[-1] == "eval_complete"


def test_a_stream_dropped_after_a_failure_still_fails(
    client: TestClient, tinyfish: TinyFishServer
) -> None:
    not_done = {"goal_achieved": False, "evidence": "no hours table on the page"}
    tinyfish.script = Script(result=not_done, ending="drop")
    test_id = create(client)
    record = client.post(f"/api/tests/{test_id}/run").json()["result"]
    assert record["passed"] is False and "no hours table" in record["error"]


def test_cancelling_a_run_cancels_it_on_tinyfish(
    client: TestClient, tinyfish: TinyFishServer, db: redis.Redis
) -> None:
    tinyfish.script = Script(ending="hold")
    test_id = create(client)
    run_id = client.post(f"/api/tests/{test_id}/run?wait=false").json()["run_id"]
    tinyfish.wait_streaming()
    assert client.post(f"/api/runs/{run_id}/cancel").status_code == 200
    wait_until(
        lambda: bool(tinyfish.requests("POST", "/v1/runs/tf-1/cancel")),
        what="TinyFish being told to cancel",
    )
    wait_until(lambda: db.zcard(f"results:{test_id}") == 1, what="the cancelled run being kept")
    (record,) = [json.loads(m) for m in db.zrange(f"results:{test_id}", 0, -1)]
    assert record["cancelled"] is True
    assert db.hget(f"test:{test_id}", "last_result") == "pending"


def test_a_wrong_key_is_a_clear_run_error(
    make_client: Callable[..., TestClient], tinyfish: TinyFishServer, db: redis.Redis
) -> None:
    client = make_client(tinyfish_api_key="not-the-key", tinyfish_base_url=tinyfish.url)
    test_id = create(client)
    answer = client.post(f"/api/tests/{test_id}/run")
    assert answer.status_code == 500
    assert "TinyFish refused starting a run: 401 Invalid API key" in answer.json()["error"]
    assert "TINYFISH_API_KEY" in answer.json()["error"]
    assert db.hget(f"test:{test_id}", "last_result") == "error"


def test_without_a_key_a_test_is_saved_with_a_warning_and_its_runs_fail_at_once(
    make_client: Callable[..., TestClient], db: redis.Redis
) -> None:
    client = make_client(callback_auth="none")
    created = client.post(
        "/api/tests",
        json={"name": "Hours", "url": "https://shop.test/", "goal": GOAL, "executor": "tinyfish"},
    )
    assert created.status_code == 200, created.text
    (warning,) = created.json()["warnings"]
    assert "TINYFISH_API_KEY" in warning
    test_id = created.json()["id"]
    assert client.get(f"/api/tests/{test_id}").json()["warnings"] == [warning]
    # asked for by hand: refused before it is queued, saying how to enable it
    manual = client.post(f"/api/tests/{test_id}/run")
    assert manual.status_code == 409
    assert "TINYFISH_API_KEY" in manual.json()["error"]
    # on its schedule: the worker fails the run at once, saying the same
    callback = client.post(f"/api/callback/{test_id}")
    assert callback.status_code == 500
    errors = [e["message"] for e in events(db, test_id) if e["type"] == "error"]
    assert errors and all("TinyFish, which is not set up" in error for error in errors)
    assert "TINYFISH_API_KEY" in errors[0]
    assert db.hget(f"test:{test_id}", "last_result") == "error"
    # a browser test has nothing to warn of
    browser = client.post(
        "/api/tests",
        json={"name": "Home", "url": "https://shop.test/", "goal": "check the page says Hours"},
    )
    assert browser.json()["executor"] == "browser" and browser.json()["warnings"] == []


def test_a_goal_the_reader_refuses_is_saved_only_for_tinyfish(client: TestClient) -> None:
    body = {"name": "Hours", "url": "https://shop.test/", "goal": GOAL}
    refused = client.post("/api/tests", json=body)
    assert refused.status_code == 422 and "goal" in refused.json()["fields"]
    test_id = create(client)
    # and it cannot be moved back to the browser while the reader refuses it
    moved = client.put(f"/api/tests/{test_id}", json={"executor": "browser"})
    assert moved.status_code == 422 and "goal" in moved.json()["fields"]
    assert client.get(f"/api/tests/{test_id}").json()["executor"] == "tinyfish"


def test_a_goal_the_reader_refuses_is_saved_for_tinyfish_whatever_the_planner(
    client: TestClient,
) -> None:
    # No model here: the browser refuses the goal under every planner; TinyFish's agent takes it.
    body = {"name": "Hours", "url": "https://shop.test/", "goal": GOAL}
    for planner in ("auto", "builtin", "model"):
        browser = client.post("/api/tests", json=body | {"planner": planner})
        assert browser.status_code == 422 and "goal" in browser.json()["fields"]
        remote = client.post("/api/tests", json=body | {"planner": planner, "executor": "tinyfish"})
        assert remote.status_code == 200, remote.text
        assert (remote.json()["planner"], remote.json()["executor"]) == (planner, "tinyfish")


def test_with_a_model_a_refused_goal_moves_between_executors_but_keeps_each_refusal(
    make_client: Callable[..., TestClient], tinyfish: TinyFishServer
) -> None:
    client = make_client(roles=False, tinyfish_api_key=KEY, tinyfish_base_url=tinyfish.url,
                         llm="qwen-local", llm_base_url="http://127.0.0.1:9/v1")  # fmt: skip
    body = {"name": "Hours", "url": "https://shop.test/", "goal": GOAL}
    test_id = client.post("/api/tests", json=body).json()["id"]  # the model's to compile
    assert client.put(f"/api/tests/{test_id}", json={"executor": "tinyfish"}).status_code == 200
    # back in the browser, a built-in-only planner cannot read it; the model planner can
    builtin = client.put(
        f"/api/tests/{test_id}", json={"executor": "browser", "planner": "builtin"}
    )
    assert builtin.status_code == 422 and "goal" in builtin.json()["fields"]
    assert client.get(f"/api/tests/{test_id}").json()["executor"] == "tinyfish"
    moved = client.put(f"/api/tests/{test_id}", json={"executor": "browser", "planner": "model"})
    assert moved.status_code == 200, moved.text
    # a model set up does not let a secret go to TinyFish
    uses_secret = body | {"executor": "tinyfish", "goal": "log in using {{pin}} then find the hours",
                          "secrets": {"pin": "8812"}}  # fmt: skip
    refused = client.post("/api/tests", json=uses_secret)
    assert refused.status_code == 422 and "{{pin}} is a secret" in refused.json()["fields"]["goal"]
    # nor a test running steps edited by hand move to TinyFish
    readable = client.post("/api/tests", json=body | {"goal": "check the page says Opening hours"})
    pinned_id = readable.json()["id"]
    check = {"action": "expect_text", "value": "Opening hours", "phrase": "the hours are shown"}
    pinned = client.put(f"/api/tests/{pinned_id}/steps", json={"steps": [check]})
    assert pinned.status_code == 200, pinned.text
    switched = client.put(f"/api/tests/{pinned_id}", json={"executor": "tinyfish"})
    assert switched.status_code == 422 and "unpin" in switched.json()["fields"]["executor"]
    assert tinyfish.received == []


def test_the_form_names_a_goals_problem_only_for_the_browser(client: TestClient) -> None:
    htmx = {"HX-Request": "true"}
    form = client.get("/tests/new", headers=htmx).text
    assert 'name="executor"' in form and 'name="planner"' in form
    bad_url = {"name": "Hours", "url": "not a url", "goal": GOAL, "schedule": "*/15 * * * *"}
    browser = client.post("/tests", data=bad_url, headers=htmx)
    assert browser.status_code == 422
    assert 'id="test-url-error"' in browser.text and 'id="test-goal-error"' in browser.text
    remote = client.post("/tests", data=bad_url | {"executor": "tinyfish"}, headers=htmx)
    assert remote.status_code == 422
    assert 'id="test-url-error"' in remote.text and 'id="test-goal-error"' not in remote.text


@pytest.mark.parametrize("executor", ["robot", "", None, 3, "TinyFish"])
def test_an_unknown_executor_is_a_422(client: TestClient, executor: object) -> None:
    body = {"name": "H", "url": "https://shop.test/", "goal": GOAL, "executor": executor}
    created = client.post("/api/tests", json=body)
    assert created.status_code == 422
    assert set(created.json()) == {"error", "fields"} and "executor" in created.json()["fields"]
    test_id = create(client)
    updated = client.put(f"/api/tests/{test_id}", json={"executor": executor})
    if executor is None:  # null leaves it as it is, as for every other field
        assert updated.status_code == 200
    else:
        assert updated.status_code == 422 and "executor" in updated.json()["fields"]


def test_variables_are_filled_in_the_goal_sent(
    client: TestClient, tinyfish: TinyFishServer
) -> None:
    tinyfish.script = Script(result=ACHIEVED)
    goal = "find the opening hours of the {{branch}} shop on {{url}}"
    test_id = create(client, goal=goal, variables={"branch": "Leeds"})
    assert client.post(f"/api/tests/{test_id}/run").json()["result"]["passed"] is True
    (sent,) = tinyfish.requests("POST", "/v1/automation/run-sse")
    assert (
        sent.body["goal"] == "find the opening hours of the Leeds shop on https://shop.test/hours"
    )


def test_a_goal_that_needs_a_secret_is_never_sent(
    client: TestClient, tinyfish: TinyFishServer
) -> None:
    base = {"name": "Login", "url": "https://shop.test/", "executor": "tinyfish"}
    # a secret named in the goal
    named = base | {
        "goal": "sign in as ada with {{password}} and find the order history",
        "secrets": {"password": "s3cret-value"},
    }
    refused = client.post("/api/tests", json=named)
    assert refused.status_code == 422
    assert "{{password}} is a secret" in refused.json()["fields"]["goal"]
    # a password spelled out in a goal the reader understands is lifted into a secret first
    spelled = base | {
        "goal": "sign in with ada@example.com and password tulip-42, then check the page "
        "says Welcome"
    }
    refused = client.post("/api/tests", json=spelled)
    assert refused.status_code == 422 and "is a secret" in refused.json()["fields"]["goal"]
    assert "tulip-42" not in refused.text
    # a name nothing gives a value is refused too, as for browser tests
    unknown = client.post("/api/tests", json=base | {"goal": "find {{nothing}} on the page"})
    assert unknown.status_code == 422 and "{{nothing}}" in unknown.json()["fields"]["goal"]
    # nor a goal that spells out a secret's value
    spelled_value = base | {"goal": "find the code 7f3k-amber on the page",
                            "secrets": {"code": "7f3k-amber"}}  # fmt: skip
    refused = client.post("/api/tests", json=spelled_value)
    assert refused.status_code == 422
    assert "spells out the value of the secret 'code'" in refused.json()["fields"]["goal"]
    # a saved test cannot start using a secret either
    test_id = create(client)
    changed = client.put(
        f"/api/tests/{test_id}",
        json={"goal": "sign in with {{pin}} and find the hours", "secrets": {"pin": "1234"}},
    )
    assert changed.status_code == 422 and "{{pin}} is a secret" in changed.json()["error"]
    assert tinyfish.received == []


def test_the_command_line_saves_and_changes_a_tests_executor(
    settings: Settings, db: redis.Redis
) -> None:
    def invoke(*args: str) -> tuple[int, str]:
        result = CliRunner().invoke(app, [*args, "--data-dir", str(settings.data_dir)])
        return result.exit_code, result.output

    code, output = invoke(
        "tests", "create", "--name", "Hours", "--url", "https://shop.test/", "--goal", GOAL,
        "--executor", "tinyfish",
    )  # fmt: skip
    assert code == 0, output
    (test_id,) = db.smembers("tests:all")
    assert db.hget(f"test:{test_id}", "executor") == "tinyfish"
    assert "TINYFISH_API_KEY" in output  # no key here: it says how to enable it
    code, output = invoke("tests", "update", test_id, "--executor", "robot")
    assert code == 2 and "executor" in output and "Traceback" not in output
    code, output = invoke("tests", "update", test_id, "--goal", "check the page says Hours",
                          "--executor", "browser")  # fmt: skip
    assert code == 0, output
    assert db.hget(f"test:{test_id}", "executor") == "browser"
    assert "TINYFISH_API_KEY" not in output


def test_the_pages_offer_the_choice_and_show_what_the_agent_judged(
    client: TestClient, make_client: Callable[..., TestClient], tinyfish: TinyFishServer
) -> None:
    htmx = {"HX-Request": "true"}
    form = client.get("/tests/new", headers=htmx).text
    assert 'name="executor"' in form and 'value="tinyfish"' in form
    assert "not set up here" not in form  # this server has a key
    made = client.post(
        "/tests",
        data={"name": "Hours", "url": "https://shop.test/", "goal": GOAL, "executor": "tinyfish",
              "schedule": "*/15 * * * *"},
        headers=htmx,
    )  # fmt: skip
    assert made.status_code == 200, made.text
    (test,) = client.get("/api/tests").json()["tests"]
    assert test["executor"] == "tinyfish"
    edit = client.get(f"/tests/{test['id']}/edit", headers=htmx).text
    assert '<option value="tinyfish" selected>' in edit
    tinyfish.script = Script(result=ACHIEVED, steps=3)
    run_id = client.post(f"/api/tests/{test['id']}/run").json()["run_id"]
    page = client.get(f"/tests/{test['id']}/runs/{run_id}").text
    assert "Judged by" in page and "TinyFish&#39;s agent" in page
    assert "tf-1" in page and "Sunday: closed" in page and "$0.0450" in page
    # a server without the key says how to enable TinyFish, on the form and on the test
    keyless = make_client(roles=False)
    assert "TINYFISH_API_KEY" in keyless.get("/tests/new", headers=htmx).text
    detail = keyless.get(f"/tests/{test['id']}").text
    assert "Warning:" in detail and "TINYFISH_API_KEY" in detail
    refused = keyless.post(f"/tests/{test['id']}/run", headers=htmx)
    assert "TINYFISH_API_KEY" in refused.text


def test_the_goal_sent_never_holds_a_secret_value() -> None:
    values = Values({"who": "ada", "note": "hush-99"}, {"pin": "hush-99"})
    assert remote_goal("greet {{who}} on {{url}}", "https://a.test/", values) == (
        "greet ada on https://a.test/"
    )
    for goal in ("type {{pin}}", "type hush-99", "type {{note}}"):
        with pytest.raises(InvalidInput, match=r"secret 'pin'|\{\{pin\}\} is a secret"):
            remote_goal(goal, "https://a.test/", values)
