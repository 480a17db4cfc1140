"""Variables and secrets of a test, through the API, on the real embedded Valkey."""

from __future__ import annotations

import json
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient

from housecat.plan.variables import MASK
from tests.conftest import our_keys

SIGN_IN = {
    "name": "Sign in",
    "url": "https://shop.example.com/login",
    "goal": "sign in and check the page says Welcome back",
}
CREDENTIALS = {"variables": {"username": "alice"}, "secrets": {"password": "hunter2"}}


def create(client: TestClient, **fields: Any) -> dict[str, Any]:
    response = client.post("/api/tests", json={**SIGN_IN, **CREDENTIALS, **fields})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def refusal(response: Any) -> dict[str, str]:
    assert response.status_code == 422, response.text
    fields: dict[str, str] = response.json()["fields"]
    return fields


def stored(db: redis.Redis, test_id: str, field: str) -> dict[str, str]:
    value: dict[str, str] = json.loads(db.hget(f"test:{test_id}", field) or "{}")
    return value


def test_secrets_are_kept_but_answered_masked(client: TestClient, db: redis.Redis) -> None:
    test = create(client)
    assert test["variables"] == {"username": "alice"}
    assert test["secrets"] == {"password": MASK}
    assert stored(db, test["id"], "secrets") == {"password": "hunter2"}
    assert stored(db, test["id"], "variables") == {"username": "alice"}
    for answer in (client.get(f"/api/tests/{test['id']}"), client.get("/api/tests")):
        assert "hunter2" not in answer.text
        assert MASK in answer.text


def test_a_password_written_in_the_goal_becomes_a_secret(
    client: TestClient, db: redis.Redis
) -> None:
    goal = "sign in as alice with pa55word and check the page says Welcome back"
    test = create(client, goal=goal, variables={}, secrets={})
    assert test["goal"] == "sign in as alice with {{password}} and check the page says Welcome back"
    assert test["secrets"] == {"password": MASK}
    assert stored(db, test["id"], "secrets") == {"password": "pa55word"}
    others = {k: v for k, v in db.hgetall(f"test:{test['id']}").items() if k != "secrets"}
    assert "pa55word" not in json.dumps(others)


def test_a_secret_sent_by_name_wins_over_the_goals(client: TestClient, db: redis.Redis) -> None:
    goal = "sign in as alice with pa55word and check the page says Welcome back"
    test = create(client, goal=goal, variables={}, secrets={"password": "sent"})
    assert stored(db, test["id"], "secrets") == {"password": "sent"}


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"variables": {}}, "goal", "the goal uses {{username}}: add it as a variable"),
        ({"secrets": {}}, "goal", "the goal uses {{password}}: add it as a secret"),
        (
            {"url": "https://shop.example.com/{{lang}}/login"},
            "url",
            "the URL uses {{lang}}: add it as a variable",
        ),
        (
            {"goal": "type {{api_token}} into Token and check the page says OK"},
            "goal",
            "the goal uses {{api_token}}: add it as a secret",
        ),
        ({"variables": {"my name": "x"}}, "variables", "'my name' is not a valid name"),
        ({"secrets": {"{{password}}": "x"}}, "secrets", "'{{password}}' is not a valid name"),
        ({"variables": {"url": "x"}}, "variables", "'url' is built in"),
        ({"variables": {"username": "x" * 2001}}, "variables", "longer than 2000 characters"),
        (
            {"variables": {f"v{n}": "x" for n in range(51)}},
            "variables",
            "at most 50 items",
        ),
        (
            {"variables": {"username": "a", "password": "b"}},
            "secrets",
            "'password' is both a variable and a secret",
        ),
        ({"secrets": {"password": MASK}}, "secrets", "'password' has no stored value"),
    ],
)
def test_a_name_without_value_or_a_bad_name_is_refused(
    client: TestClient, db: redis.Redis, fields: dict[str, Any], field: str, reason: str
) -> None:
    response = client.post("/api/tests", json={**SIGN_IN, **CREDENTIALS, **fields})
    assert reason in refusal(response)[field]
    assert our_keys(db) == []  # nothing half-written


def test_sending_the_mask_keeps_the_stored_secret(client: TestClient, db: redis.Redis) -> None:
    test = create(client, secrets={"password": "hunter2", "pin": "1234"})
    answer = client.put(
        f"/api/tests/{test['id']}", json={"secrets": {"password": MASK, "pin": "9876"}}
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["secrets"] == {"password": MASK, "pin": MASK}
    assert stored(db, test["id"], "secrets") == {"password": "hunter2", "pin": "9876"}


def test_a_sent_dict_replaces_the_set_and_omitting_it_leaves_it(
    client: TestClient, db: redis.Redis
) -> None:
    test = create(client, secrets={"password": "hunter2", "pin": "1234"})
    client.put(f"/api/tests/{test['id']}", json={"name": "Renamed"})
    assert stored(db, test["id"], "secrets") == {"password": "hunter2", "pin": "1234"}
    answer = client.put(f"/api/tests/{test['id']}", json={"secrets": {"password": MASK}})
    assert answer.json()["secrets"] == {"password": MASK}
    assert stored(db, test["id"], "secrets") == {"password": "hunter2"}


def test_removing_a_value_the_goal_uses_is_refused(client: TestClient, db: redis.Redis) -> None:
    test = create(client)
    answer = client.put(f"/api/tests/{test['id']}", json={"variables": {}})
    assert refusal(answer)["goal"] == "the goal uses {{username}}: add it as a variable"
    assert stored(db, test["id"], "variables") == {"username": "alice"}


def test_a_new_goal_must_find_its_names_among_the_stored_values(client: TestClient) -> None:
    test = create(client)
    answer = client.put(
        f"/api/tests/{test['id']}", json={"goal": "type {{coupon}} into Code, then click Apply"}
    )
    assert refusal(answer)["goal"] == "the goal uses {{coupon}}: add it as a variable"
    fine = client.put(
        f"/api/tests/{test['id']}",
        json={"goal": "type {{username}} into Code, then click Apply"},
    )
    assert fine.status_code == 200, fine.text


def test_a_new_goals_password_replaces_the_stored_one(client: TestClient, db: redis.Redis) -> None:
    test = create(client)
    goal = "sign in as alice with n3wpass and check the page says Welcome back"
    answer = client.put(f"/api/tests/{test['id']}", json={"goal": goal})
    assert answer.json()["goal"] == (
        "sign in as alice with {{password}} and check the page says Welcome back"
    )
    assert stored(db, test["id"], "secrets") == {"password": "n3wpass"}


def test_new_values_drop_the_cached_plan(client: TestClient, db: redis.Redis) -> None:
    test = create(client)
    db.set(f"plan:{test['id']}", "{}")
    client.put(f"/api/tests/{test['id']}", json={"name": "Renamed"})
    assert db.exists(f"plan:{test['id']}")
    client.put(f"/api/tests/{test['id']}", json={"variables": {"username": "bob"}})
    assert not db.exists(f"plan:{test['id']}")


def test_the_url_may_use_a_variable_and_the_built_in_url_is_known(client: TestClient) -> None:
    test = create(
        client,
        url="https://shop.example.com/{{lang}}/login",
        goal="sign in, go back to {{url}} and check the page says Welcome back",
        variables={"username": "alice", "lang": "en"},
    )
    assert test["url"] == "https://shop.example.com/{{lang}}/login"


def test_a_run_types_the_tests_variables_and_secrets(client: TestClient, sites: str) -> None:
    test = create(
        client,
        url=f"{sites}/shop/login",
        goal="sign in and check the page says Welcome back, Alice",
        variables={"username": "alice@example.com"},
    )
    run = client.post(f"/api/tests/{test['id']}/run").json()
    assert run["result"]["passed"] is True, run["result"]
    typed = [s["value"] for s in run["plan"]["steps"] if s["action"] == "fill"]
    assert typed == ["{{username}}", "{{password}}"]  # the plan keeps names, never values
