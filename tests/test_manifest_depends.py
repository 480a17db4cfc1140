"""`depends_on` in a monitors file: tests named, set once all exist, checked whole."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient

from tests.conftest import our_keys

FILE = """\
tests:
  - name: Checkout
    url: https://example.com/
    goal: expect text 'Example'
    depends_on: [Site is up, Login]
  - name: Login
    url: https://example.com/
    goal: expect text 'Example'
    depends_on: [Site is up]
  - name: Site is up
    url: https://example.com/
    goal: expect text 'Example'
"""
# Every arrow of FILE turned around: applied in one go, no step may hold a cycle.
REVERSED = """\
tests:
  - name: Site is up
    url: https://example.com/
    goal: expect text 'Example'
    depends_on: [Login]
  - name: Login
    url: https://example.com/
    goal: expect text 'Example'
    depends_on: [Checkout]
  - name: Checkout
    url: https://example.com/
    goal: expect text 'Example'
"""


@pytest.fixture
def api(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False)


def apply(api: TestClient, text: str) -> tuple[int, Any]:
    response = api.post("/api/v1/apply", content=text, headers={"Content-Type": "application/yaml"})
    return response.status_code, response.json()


def ids(api: TestClient) -> dict[str, str]:
    return {t["name"]: t["id"] for t in api.get("/api/tests").json()["tests"]}


def parents(api: TestClient) -> dict[str, list[str]]:
    return {t["name"]: t["depends_on"] for t in api.get("/api/tests").json()["tests"]}


def test_parents_named_later_in_the_file_are_set_by_id_and_exported_by_name(
    api: TestClient,
) -> None:
    status, answer = apply(api, FILE)
    assert status == 200, answer
    made = ids(api)
    assert parents(api) == {
        "Checkout": [made["Site is up"], made["Login"]],
        "Login": [made["Site is up"]],
        "Site is up": [],
    }
    assert apply(api, FILE)[1]["summary"] == "nothing to change"

    exported = api.get("/api/v1/export").text
    assert "depends_on:\n  - Site is up\n  - Login\n" in exported
    assert apply(api, exported)[1]["summary"] == "nothing to change"


def test_parents_reversed_in_one_apply_never_make_a_cycle_on_the_way(api: TestClient) -> None:
    apply(api, FILE)
    status, answer = apply(api, REVERSED)
    assert status == 200, answer
    assert answer["changes"]["tests"]["updated"] == [
        {"name": "Site is up", "fields": ["depends_on"]},
        {"name": "Login", "fields": ["depends_on"]},
        {"name": "Checkout", "fields": ["depends_on"]},
    ]
    made = ids(api)
    assert parents(api) == {
        "Checkout": [],
        "Login": [made["Checkout"]],
        "Site is up": [made["Login"]],
    }


def test_itself_an_unknown_test_and_a_cycle_are_problems_and_nothing_is_written(
    api: TestClient, db: redis.Redis
) -> None:
    before = our_keys(db)
    itself = FILE.replace("depends_on: [Site is up]", "depends_on: [Login, Nope]")
    status, answer = apply(api, itself)
    assert status == 422
    assert [(p["path"], p["message"]) for p in answer["problems"]] == [
        ("tests[1].depends_on[0]", "a test cannot depend on itself"),
        ("tests[1].depends_on[1]", "no test named 'Nope' in this file or on the server"),
    ]
    cycle = FILE + "    depends_on: [Checkout]\n"
    status, answer = apply(api, cycle)
    assert status == 422
    assert [(p["path"], p["message"]) for p in answer["problems"]] == [
        ("tests[0].depends_on", "that makes a cycle: Checkout → Site is up → Checkout"),
        ("tests[1].depends_on", "that makes a cycle: Login → Site is up → Checkout → Login"),
        ("tests[2].depends_on", "that makes a cycle: Site is up → Checkout → Site is up"),
    ]
    assert our_keys(db) == before
