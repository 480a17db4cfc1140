"""`POST /api/plan`: a goal read into steps before anyone trusts it; with a URL, run once."""

from __future__ import annotations

from collections.abc import Callable

import redis
from fastapi.testclient import TestClient

from housecat.plan.warnings import NO_CHECK
from tests.conftest import our_keys

SIGN_IN = "sign in and check the page says Welcome back, Alice"


def test_a_goal_is_read_into_described_steps_without_a_browser(
    client: TestClient, db: redis.Redis
) -> None:
    response = client.post("/api/plan", json={"goal": SIGN_IN})
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"goal", "steps", "variables", "missing", "warnings"}
    assert [step["description"] for step in body["steps"]] == [
        "Sign in as '{{username}}'",
        "Expect the page to show 'Welcome back, Alice'",
    ]
    first = body["steps"][0]
    assert set(first) == {
        "action",
        "target",
        "value",
        "count",
        "phrase",
        "description",
        "locator",
        "only_if",
    }
    assert (first["action"], first["value"], first["phrase"]) == (
        "sign_in",
        "{{username}}",
        "sign in",
    )
    assert body["variables"] == ["password", "username"]
    assert body["missing"] == ["password", "username"]
    assert body["warnings"] == []
    assert our_keys(db) == []


def test_given_values_are_not_missing(client: TestClient) -> None:
    body = client.post(
        "/api/plan",
        json={"goal": SIGN_IN, "variables": {"username": "a"}, "secrets": {"password": "b"}},
    ).json()
    assert body["missing"] == []


def test_a_goal_that_checks_nothing_is_read_with_a_warning(client: TestClient) -> None:
    body = client.post("/api/plan", json={"goal": "open /pricing and click Buy"}).json()
    assert body["warnings"] == [NO_CHECK]


def test_a_password_in_the_goal_is_shown_masked(client: TestClient) -> None:
    goal = "sign in as alice with hunter2 and check the page says Welcome"
    response = client.post("/api/plan", json={"goal": goal})
    assert "hunter2" not in response.text
    body = response.json()
    assert body["goal"] == "sign in as alice with {{password}} and check the page says Welcome"
    assert body["missing"] == []  # the goal gives it


def test_a_goal_it_cannot_read_is_refused_naming_the_words(client: TestClient) -> None:
    response = client.post("/api/plan", json={"goal": "open / and frobnicate the widget"})
    assert response.status_code == 422
    assert response.json() == {
        "error": "cannot understand: 'frobnicate the widget'",
        "fields": {"goal": "cannot understand: 'frobnicate the widget'"},
    }


def test_with_a_url_the_goal_runs_once_and_shows_the_steps_as_run(
    client: TestClient, sites: str, db: redis.Redis
) -> None:
    response = client.post(
        "/api/plan",
        json={
            "goal": SIGN_IN,
            "url": f"{sites}/shop/login",
            "variables": {"username": "alice@example.com"},
            "secrets": {"password": "hunter2"},
        },
    )
    assert response.status_code == 200, response.text
    assert "hunter2" not in response.text
    body = response.json()
    assert body["result"]["passed"] is True
    actions = [step["action"] for step in body["steps"]]
    assert "sign_in" not in actions  # the intent was expanded on the page
    assert actions[0] == "goto" and "fill" in actions and actions[-1] == "expect_text"
    assert all(step["locator"] for step in body["steps"] if step["action"] == "fill")
    assert our_keys(db) == []  # nothing stored


def test_with_a_url_a_failing_goal_answers_its_verdict(
    make_client: Callable[..., TestClient], sites: str
) -> None:
    client = make_client(step_timeout=4)  # the check fails on purpose: no need to wait 10 s
    body = client.post(
        "/api/plan",
        json={
            "goal": SIGN_IN,
            "url": f"{sites}/bad-credentials/login",
            "variables": {"username": "alice@example.com"},
            "secrets": {"password": "hunter2"},
        },
    ).json()
    assert body["result"]["passed"] is False
    assert body["result"]["error"]
