"""`/api/tests/{id}/steps`: a test's steps made explicit, pinned by hand and unpinned."""

from __future__ import annotations

import json
from typing import Any

import redis
from fastapi.testclient import TestClient

from housecat.plan.models import Plan, Step
from housecat.plan.warnings import NO_CHECK

GOAL = "sign in and check the page says Welcome back, Alice"
CREDENTIALS = {"variables": {"username": "alice@example.com"}, "secrets": {"password": "hunter2"}}
# What a person would pin: the fields by name, and a check the goal never mentions.
EDITED = [
    {"action": "fill", "target": {"text": "Email"}, "value": "{{username}}", "phrase": ""},
    {"action": "fill", "target": {"text": "Password"}, "value": "{{password}}", "phrase": ""},
    {"action": "click", "target": {"text": "Sign in", "role": "button"}, "phrase": ""},
    {"action": "expect_text", "value": "Walnut Bookshelf", "phrase": "the shelf is listed"},
]


def create(client: TestClient, url: str = "https://shop.example.com/login") -> str:
    body = {"name": "Sign in", "url": url, "goal": GOAL, **CREDENTIALS}
    response = client.post("/api/tests", json=body)
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def pin(client: TestClient, test_id: str, steps: list[dict[str, Any]]) -> Any:
    return client.put(f"/api/tests/{test_id}/steps", json={"steps": steps})


def test_a_new_test_shows_its_goals_reading(client: TestClient) -> None:
    test_id = create(client)
    body = client.get(f"/api/tests/{test_id}/steps").json()
    assert (body["pinned"], body["source"], body["warnings"]) == (False, "goal", [])
    assert [step["action"] for step in body["steps"]] == ["sign_in", "expect_text"]


def test_a_cached_plan_is_shown_without_the_opening_step(
    client: TestClient, db: redis.Redis
) -> None:
    test_id = create(client)
    url = "https://shop.example.com/login"
    steps = [
        Step(action="goto", value=url, phrase=f"open {url}"),
        Step(action="click", target={"text": "Go"}, phrase="click Go", locator="get_by_text('Go')"),  # type: ignore[arg-type]
    ]
    db.set(f"plan:{test_id}", Plan(goal=GOAL, steps=steps, source="cache").model_dump_json())
    body = client.get(f"/api/tests/{test_id}/steps").json()
    assert body["source"] == "cache"
    assert [(s["action"], s["locator"]) for s in body["steps"]] == [("click", "get_by_text('Go')")]
    assert body["warnings"] == [NO_CHECK]


def test_pinned_steps_are_kept_and_the_cached_plan_dropped(
    client: TestClient, db: redis.Redis
) -> None:
    test_id = create(client)
    db.set(f"plan:{test_id}", "{}")
    body = pin(client, test_id, EDITED).json()
    assert (body["pinned"], body["source"]) == (True, "pinned")
    assert body["steps"][0]["phrase"] == "Fill 'Email' with '{{username}}'"  # described
    assert body["steps"][3]["phrase"] == "the shelf is listed"
    assert not db.exists(f"plan:{test_id}")
    kept = json.loads(db.hget(f"test:{test_id}", "steps") or "[]")
    assert [step["action"] for step in kept] == ["fill", "fill", "click", "expect_text"]
    assert client.get(f"/api/tests/{test_id}").json()["pinned"] is True
    assert client.get(f"/api/tests/{test_id}/steps").json() == body


def test_locators_sent_with_steps_are_left_for_the_next_run_to_find(client: TestClient) -> None:
    test_id = create(client)
    step = {**EDITED[2], "locator": "get_by_text('Old')", "healed": True}
    body = pin(client, test_id, [step, EDITED[3]]).json()
    assert (body["steps"][0]["locator"], body["steps"][0]["healed"]) == (None, False)


def test_bad_steps_are_refused_and_nothing_changes(client: TestClient, db: redis.Redis) -> None:
    test_id = create(client)
    before = db.hgetall(f"test:{test_id}")
    for steps, field, reason in [
        ([], "steps", "at least 1 item"),
        ([{"action": "fill", "target": {"text": "Email"}, "phrase": "x"}], "steps.0", "fill needs a value"),
        ([{"action": "dance", "phrase": "x"}], "steps.0.action", "Input should be"),
        ([{**EDITED[0], "value": "{{coupon}}"}], "steps", "the steps use {{coupon}}: add it as a variable"),
    ]:  # fmt: skip
        response = pin(client, test_id, steps)
        assert response.status_code == 422, steps
        assert reason in response.json()["fields"][field]
    assert db.hgetall(f"test:{test_id}") == before


def test_a_password_typed_into_a_step_becomes_a_secret(client: TestClient, db: redis.Redis) -> None:
    test_id = create(client)
    step = {"action": "sign_in", "value": "bob", "password": "s3cret!", "phrase": ""}
    response = pin(client, test_id, [step, EDITED[3]])
    assert "s3cret!" not in response.text
    assert response.json()["steps"][0]["password"] == "{{password}}"
    assert json.loads(db.hget(f"test:{test_id}", "secrets") or "{}") == {"password": "s3cret!"}


def test_unknown_test_steps_are_a_404(client: TestClient) -> None:
    assert client.get("/api/tests/deadbeef/steps").status_code == 404
    assert pin(client, "deadbeef", EDITED).status_code == 404
    assert client.delete("/api/tests/deadbeef/steps").status_code == 404


def test_while_pinned_a_new_goal_is_only_a_description(client: TestClient) -> None:
    test_id = create(client)
    pinned = pin(client, test_id, EDITED).json()
    answer = client.put(
        f"/api/tests/{test_id}", json={"goal": "a description of what happens, not a journey"}
    )
    assert answer.status_code == 200, answer.text
    assert client.get(f"/api/tests/{test_id}/steps").json()["steps"] == pinned["steps"]
    # the goal cannot be read, so it cannot take the steps' place
    refused = client.delete(f"/api/tests/{test_id}/steps")
    assert refused.status_code == 422
    assert refused.json()["error"].startswith("the steps stay pinned: goal: cannot understand")
    assert client.get(f"/api/tests/{test_id}").json()["pinned"] is True


def test_unpinning_reads_the_goal_again(client: TestClient, db: redis.Redis) -> None:
    test_id = create(client)
    pin(client, test_id, EDITED)
    db.set(f"plan:{test_id}", "{}")  # learned from the pinned steps
    body = client.delete(f"/api/tests/{test_id}/steps").json()
    assert (body["pinned"], body["source"]) == (False, "goal")
    assert [step["action"] for step in body["steps"]] == ["sign_in", "expect_text"]
    assert not db.hexists(f"test:{test_id}", "steps")
    assert not db.exists(f"plan:{test_id}")


def test_runs_use_the_pinned_steps_then_their_cached_locators(
    client: TestClient, sites: str
) -> None:
    test_id = create(client, f"{sites}/shop/login")
    pin(client, test_id, EDITED)
    first = client.post(f"/api/tests/{test_id}/run").json()
    assert first["result"]["passed"] is True, first["result"]
    phrases = [step["phrase"] for step in first["plan"]["steps"]]
    assert phrases[-1] == "the shelf is listed"  # the goal never says it: the pinned steps ran
    detail = client.get(f"/api/runs/{first['run_id']}").json()
    assert detail["plan_source"] == "pinned"
    second = client.post(f"/api/tests/{test_id}/run").json()
    assert client.get(f"/api/runs/{second['run_id']}").json()["plan_source"] == "cache"
    assert [s["phrase"] for s in second["plan"]["steps"]] == phrases
