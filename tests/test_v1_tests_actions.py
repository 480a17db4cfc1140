"""`/api/v1/tests`: one test's reads and writes, its steps, bulk actions, and every error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient

from housecat import keys

GOAL = "click Sign in, then check the page says Welcome back"
BODY = {"name": "Sign in", "url": "https://shop.example.com/login", "goal": GOAL}


@pytest.fixture
def api(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False)  # no worker: a queued run stays queued


def create(api: TestClient, **fields: Any) -> dict[str, Any]:
    answer = api.post("/api/v1/tests", json=BODY | fields)
    assert answer.status_code == 201, answer.text
    created: dict[str, Any] = answer.json()
    return created


def test_a_test_case_is_created_read_changed_and_deleted(api: TestClient, db: redis.Redis) -> None:
    test = create(api, description="Alice signs in", category="Accounts", tags=["smoke", "smoke"])
    assert (test["description"], test["category"], test["tags"]) == (
        "Alice signs in",
        "Accounts",
        ["smoke"],
    )
    assert api.get(f"/api/v1/tests/{test['id']}").json() == test
    assert api.get(f"/api/tests/{test['id']}").json() == test  # the same test, both APIs
    # PUT changes what is sent and keeps the rest; "" clears, a list replaces the tags.
    changed = api.put(f"/api/v1/tests/{test['id']}", json={"category": "", "tags": ["a-b"]}).json()
    assert (changed["description"], changed["category"], changed["tags"]) == (
        "Alice signs in",
        "",
        ["a-b"],
    )
    assert api.get("/api/v1/tests", params={"tag": "smoke"}).json()["total"] == 0
    deleted = api.delete(f"/api/v1/tests/{test['id']}")
    assert deleted.json() == {"status": "deleted", "id": test["id"]}
    assert db.keys("test:*") == [] and db.keys(f"{keys.CATALOG}*") == []


def test_the_first_api_takes_and_answers_the_new_fields(api: TestClient) -> None:
    made = api.post("/api/tests", json=BODY | {"tags": ["x"], "description": "d"}).json()
    assert (made["tags"], made["description"], made["category"]) == (["x"], "d", "")
    api.put(f"/api/tests/{made['id']}", json={"category": "Login"})
    found = api.get("/api/v1/tests", params={"category": "login", "tag": "x"}).json()
    assert [test["id"] for test in found["tests"]] == [made["id"]]


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"description": "d" * 2001}, "description", "at most 2000 characters"),
        ({"category": "c" * 101}, "category", "at most 100 characters"),
        ({"tags": [f"t{n}" for n in range(21)]}, "tags", "at most 20 items"),
        ({"tags": ["Not A Slug"]}, "tags.0", "lowercase letters"),
        ({"tags": ["-dash-first"]}, "tags.0", "starting with a letter or digit"),
    ],
)
@pytest.mark.parametrize("route", ["/api/v1/tests", "/api/tests"])
def test_bad_new_fields_are_a_422_naming_them(
    api: TestClient, fields: dict[str, Any], field: str, reason: str, route: str
) -> None:
    answer = api.post(route, json=BODY | fields)
    assert answer.status_code == 422
    assert set(answer.json()["fields"]) == {field}
    assert reason in answer.json()["fields"][field]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"status": "sleeping"}, "status"),
        ({"last_result": "pending"}, "last_result"),
        ({"tag": "Has Spaces"}, "tag.0"),
        ({"category": ""}, "category"),
        ({"q": "!!!"}, "q"),
        ({"suite_id": "a b"}, "suite_id"),
        ({"environment_id": "x" * 65}, "environment_id"),
        ({"created_after": "yesterday"}, "created_after"),
        ({"created_before": "2026-13-01"}, "created_before"),
        ({"sort": "colour"}, "sort"),
        ({"sort": "name,-name"}, "sort"),
        ({"limit": 0}, "limit"),
        ({"limit": 201}, "limit"),
        ({"cursor": "not a cursor"}, "cursor"),
        ({"cursor": "eyJhIjogMX0"}, "cursor"),  # base64 JSON, but not ours
    ],
)
def test_bad_query_values_are_a_422_naming_the_parameter(
    api: TestClient, params: dict[str, Any], field: str
) -> None:
    answer = api.get("/api/v1/tests", params=params)
    assert answer.status_code == 422, answer.text
    assert set(answer.json()["fields"]) == {field}
    assert answer.json()["error"].startswith(field)


def test_a_cursor_belongs_to_its_sort_and_filters(api: TestClient) -> None:
    for n in range(3):
        create(api, name=f"t{n}", tags=["x"])
    cursor = api.get("/api/v1/tests", params={"limit": 1, "tag": "x"}).json()["next_cursor"]
    for params in ({"sort": "name"}, {}, {"tag": "x", "q": "sign"}):
        answer = api.get("/api/v1/tests", params=params | {"limit": 1, "cursor": cursor})
        assert answer.status_code == 422 and set(answer.json()["fields"]) == {"cursor"}
    sent = {"limit": 1, "tag": "x", "cursor": cursor}
    assert api.get("/api/v1/tests", params=sent).status_code == 200


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", ""), ("put", ""), ("delete", ""), ("get", "/steps"), ("post", "/steps")],
)
def test_an_unknown_test_is_a_404(api: TestClient, method: str, path: str) -> None:
    body = {"put": {"name": "x"}, "post": {"steps": [{"action_type": "sign_out"}]}}
    answer = api.request(method, f"/api/v1/tests/deadbeef{path}", json=body.get(method))
    assert answer.status_code == 404
    assert answer.json() == {"error": "test 'deadbeef' not found"}


def test_steps_are_read_and_appended_in_the_specifications_terms(api: TestClient) -> None:
    test = create(api)
    read = api.get(f"/api/v1/tests/{test['id']}/steps").json()
    assert (read["test_id"], read["pinned"], read["source"]) == (test["id"], False, "goal")
    click, check = read["steps"]
    assert (click["step_order"], click["action_type"], click["target"]["text"]) == (
        1,
        "click",
        "Sign in",
    )
    assert (check["action_type"], check["value"], check["expected_result"]) == (
        "expect_text",
        None,
        "Welcome back",
    )
    new = [
        {"step_order": 3, "action_type": "click", "target": "Orders"},
        {"action_type": "expect_count", "target": "order", "expected_result": "2"},
        {"action_type": "expect_url", "value": "/orders"},
        {
            "action_type": "expect_count",
            "target": "row",
            "expected_result": "9",
            "count_at_most": True,
        },
    ]
    added = api.post(f"/api/v1/tests/{test['id']}/steps", json={"steps": new})
    assert added.status_code == 201, added.text
    body = added.json()
    assert (body["pinned"], body["source"]) == (True, "pinned")
    assert [step["step_order"] for step in body["steps"]] == [1, 2, 3, 4, 5, 6]
    assert body["steps"][3]["expected_result"] == "2"
    assert body["steps"][4]["expected_result"] == "/orders"
    ceiling = body["steps"][5]
    assert (ceiling["expected_result"], ceiling["count_at_most"]) == ("9", True)
    assert not body["steps"][3]["count_at_most"]
    assert api.get(f"/api/v1/tests/{test['id']}/steps").json() == body
    # The same pinned steps as the first API shows them.
    pinned = api.get(f"/api/tests/{test['id']}/steps").json()
    assert pinned["pinned"] and [s["action"] for s in pinned["steps"]][2:] == [
        "click",
        "expect_count",
        "expect_url",
        "expect_count",
    ]
    assert pinned["steps"][5]["at_most"]


@pytest.mark.parametrize(
    ("steps", "field"),
    [
        ([], "steps"),
        ([{"step_order": 1, "action_type": "sign_out"}], "steps.0.step_order"),
        ([{"action_type": "click"}], "steps.0"),
        ([{"action_type": "click", "target": "x", "expected_result": "y"}], "steps.0"),
        ([{"action_type": "expect_count", "target": "x", "expected_result": "two"}], "steps.0"),
        ([{"action_type": "expect_text", "value": "a", "expected_result": "b"}], "steps.0"),
        (
            [
                {
                    "action_type": "expect_count",
                    "target": "x",
                    "expected_result": "2",
                    "count_at_least": True,
                    "count_at_most": True,
                }
            ],
            "steps.0",
        ),
        ([{"action_type": "dance"}], "steps.0.action_type"),
        ([{"action_type": "sign_out"}] * 199, "steps"),
        ([{"action_type": "goto", "value": "/{{nowhere}}"}], "steps"),
    ],
)
def test_bad_steps_are_a_422_naming_them_and_change_nothing(
    api: TestClient, steps: list[dict[str, Any]], field: str
) -> None:
    test = create(api)
    answer = api.post(f"/api/v1/tests/{test['id']}/steps", json={"steps": steps})
    assert answer.status_code == 422, answer.text
    assert field in answer.json()["fields"]
    assert api.get(f"/api/v1/tests/{test['id']}/steps").json()["pinned"] is False


def test_health_answers_what_the_first_health_does(api: TestClient) -> None:
    assert api.get("/api/v1/health").json() == api.get("/api/health").json()


def test_appended_values_are_kept_exactly_as_typed(api: TestClient) -> None:
    test = create(api)
    fill = {"action_type": "fill", "target": "Search", "value": "  two spaces  "}
    added = api.post(f"/api/v1/tests/{test['id']}/steps", json={"steps": [fill]}).json()
    assert added["steps"][-1]["value"] == "  two spaces  "
