"""Templates (`/api/v1/templates`): reusable goals with parameters, tests made from them, and
new goals given to those tests — on the real embedded Valkey."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from redis.asyncio import Redis

from housecat import keys
from housecat.plan.variables import MASK
from housecat.suites.catalog_index import build_catalog
from housecat.suites.models import CreateTestSuite
from housecat.templates.models import TestFromTemplate
from tests.catalog_reference import assert_answers_match, every_page
from tests.conftest import our_keys

URL = "/api/v1/templates"
SIGN_IN = {
    "name": "Sign in",
    "goal": "sign in as {{user}} with {{password}} and check the page says 'Welcome back'",
    "description": "Any account's sign-in",
}
SEARCH_GOAL = "search for {{term}} and check the page says {{result}}"
NEW_GOAL = "sign in as {{user}} with {{password}} and check the page says 'Your orders'"
ALICE = {
    "name": "Alice signs in",
    "url": "https://shop.example.com/login",
    "schedule": "0 * * * *",
    "variables": {"user": "alice"},
    "secrets": {"password": "hunter2"},
}


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    """The API without a scheduler or worker: nothing here runs a test."""
    return make_client(roles=False)


def create(client: TestClient, **fields: Any) -> dict[str, Any]:
    answer = client.post(URL, json={**SIGN_IN, **fields})
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


def make_test(client: TestClient, template_id: str, **fields: Any) -> dict[str, Any]:
    answer = client.post(f"{URL}/{template_id}/tests", json={**ALICE, **fields})
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


def pin(client: TestClient, test_id: str) -> None:
    steps = [{"action": "click", "target": {"text": "Sign in", "role": "button"}, "phrase": ""}]
    answer = client.put(f"/api/tests/{test_id}/steps", json={"steps": steps})
    assert answer.status_code == 200, answer.text


# Templates themselves


def test_create_answers_every_field_with_the_goals_parameters_in_order(client: TestClient) -> None:
    made = create(client)
    assert set(made) == {
        "id", "name", "description", "goal", "parameters", "created_at", "updated_at",
    }  # fmt: skip
    assert re.fullmatch(r"[0-9a-f]{8}", made["id"])
    assert made["parameters"] == ["user", "password"]
    assert create(client, name="Search", goal=SEARCH_GOAL)["parameters"] == ["term", "result"]
    # Built-in names need no value of a test's; a name used twice is one parameter.
    goal = "go to {{url}}, type {{term}} into Search, then check the page says {{term}}"
    assert create(client, name="Again", goal=goal)["parameters"] == ["term"]


def test_create_stores_the_hash_and_the_indexes(client: TestClient, db: redis.Redis) -> None:
    made = create(client)
    stored = db.hgetall(f"template:{made['id']}")
    assert stored["goal"] == SIGN_IN["goal"]
    assert stored["parameters"] == '["user", "password"]'
    assert db.smembers("templates:all") == {made["id"]}
    assert db.hgetall("templates:names") == {"Sign in": made["id"]}


def test_get_and_list_newest_first(client: TestClient) -> None:
    assert client.get(URL).json() == {"templates": [], "total": 0}
    made = [create(client, name=f"Sign in {n}") for n in range(3)]
    listing = client.get(URL).json()
    assert listing["total"] == 3
    assert [t["id"] for t in listing["templates"]] == [t["id"] for t in made[::-1]]
    assert client.get(f"{URL}/{made[0]['id']}").json() == made[0]


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", ""), ("put", ""), ("delete", ""), ("post", "/tests")],
)
def test_an_unknown_template_is_a_404(client: TestClient, method: str, path: str) -> None:
    body = {"put": {"description": "x"}, "post": ALICE}.get(method)
    answer = client.request(method, f"{URL}/deadbeef{path}", json=body)
    assert answer.status_code == 404
    assert answer.json() == {"error": "template 'deadbeef' not found"}


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        ({"name": ""}, "name", "at least 1 character"),
        ({"name": "x" * 101}, "name", "at most 100 characters"),
        ({"goal": ""}, "goal", "at least 1 character"),
        ({"goal": "x" * 4001}, "goal", "at most 4000 characters"),
        ({"goal": "make the site feel fast"}, "goal", "cannot understand"),
        ({"goal": "sign in as alice with hunter2"}, "goal", "write {{password}} in its place"),
        ({"description": "d" * 2001}, "description", "at most 2000 characters"),
        ({"parameters": ["user"]}, "parameters", "unknown field"),
        # measured as sent, as the document says, though outer spaces are then stripped
        ({"name": "x" * 100 + " "}, "name", "at most 100 characters"),
        ({"description": " " + "d" * 2000}, "description", "at most 2000 characters"),
    ],
)
def test_bad_input_is_a_422_naming_the_field_and_nothing_is_stored(
    client: TestClient, db: redis.Redis, fields: dict[str, Any], field: str, says: str
) -> None:
    answer = client.post(URL, json={**SIGN_IN, **fields})
    assert answer.status_code == 422
    assert says in answer.json()["fields"][field]
    assert our_keys(db) == []


def test_a_name_is_taken_once(client: TestClient) -> None:
    create(client)
    answer = client.post(URL, json={**SIGN_IN, "goal": SEARCH_GOAL})
    assert answer.status_code == 422
    assert answer.json()["fields"] == {"name": "there is already a template named 'Sign in'"}


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        ({"name": None}, "name", "may not be null"),
        ({"goal": None}, "goal", "may not be null"),
        ({"goal": "make the site feel fast"}, "goal", "cannot understand"),
        ({"name": "Search"}, "name", "already a template named 'Search'"),
        ({"name": "x" * 100 + " "}, "name", "at most 100 characters"),
    ],
)
def test_a_bad_update_is_a_422_and_changes_nothing(
    client: TestClient, db: redis.Redis, fields: dict[str, Any], field: str, says: str
) -> None:
    made = create(client)
    create(client, name="Search", goal=SEARCH_GOAL)
    test = make_test(client, made["id"])
    before = our_keys_and_values(db)
    answer = client.put(f"{URL}/{made['id']}", json=fields)
    assert answer.status_code == 422
    assert says in answer.json()["fields"][field]
    assert our_keys_and_values(db) == before
    assert client.get(f"/api/v1/tests/{test['id']}").json()["goal"] == SIGN_IN["goal"]


def our_keys_and_values(db: redis.Redis) -> dict[str, Any]:
    """Every hash HouseCat keeps, as it is now."""
    return {key: db.hgetall(key) for key in our_keys(db) if db.type(key) == "hash"}


# Tests made from a template


def test_a_test_made_from_a_template_has_its_goal_and_is_linked_to_it(
    client: TestClient, db: redis.Redis
) -> None:
    template = create(client)
    test = make_test(client, template["id"], tags=["smoke"])
    assert (test["goal"], test["template_id"]) == (SIGN_IN["goal"], template["id"])
    assert (test["variables"], test["secrets"]) == ({"user": "alice"}, {"password": MASK})
    assert (test["schedule"], test["tags"]) == ("0 * * * *", ["smoke"])
    assert client.get(f"/api/v1/tests/{test['id']}").json()["template_id"] == template["id"]
    assert db.hget(f"test:{test['id']}", "template_id") == template["id"]
    assert db.smembers(f"v1:tests:template:{template['id']}") == {test["id"]}
    # A test made otherwise is linked to none.
    plain = client.post("/api/v1/tests", json={**ALICE, "goal": SIGN_IN["goal"]}).json()
    assert plain["template_id"] is None
    assert db.hget(f"test:{plain['id']}", "template_id") == ""


def test_an_environment_may_give_a_parameter_its_value(client: TestClient) -> None:
    template = create(client)
    staging = {
        "name": "Staging",
        "base_url": "https://staging.shop.example.com",
        "secrets": {"password": "staging-pass"},
    }
    environment = client.post("/api/v1/environments", json=staging).json()
    fields = {"url": "/login", "secrets": {}, "environment_id": environment["id"]}
    test = make_test(client, template["id"], **fields)
    assert (test["environment_id"], test["secrets"]) == (environment["id"], {})


def test_a_parameter_without_a_value_is_a_422_naming_it_and_nothing_is_stored(
    client: TestClient, db: redis.Redis
) -> None:
    template = create(client)
    # Another environment gives the password, but not the one this test runs in.
    elsewhere = {
        "name": "Prod",
        "base_url": "https://shop.example.com",
        "secrets": {"password": "p"},
    }
    client.post("/api/v1/environments", json=elsewhere).raise_for_status()
    here = {"name": "Staging", "base_url": "https://staging.shop.example.com"}
    environment = client.post("/api/v1/environments", json=here).json()
    before = sorted(our_keys(db))
    for fields, missing in [
        ({"variables": {}, "secrets": {}}, {"variables.user", "secrets.password"}),
        ({"secrets": {}}, {"secrets.password"}),
        ({"secrets": {}, "environment_id": environment["id"]}, {"secrets.password"}),
    ]:
        answer = client.post(f"{URL}/{template['id']}/tests", json={**ALICE, **fields})
        assert answer.status_code == 422, answer.text
        assert set(answer.json()["fields"]) == missing
        assert sorted(our_keys(db)) == before
    says = answer.json()["fields"]["secrets.password"]
    assert says == "the template's goal uses {{password}}: add it as a secret"


def test_the_test_create_still_checks_everything_else(client: TestClient, db: redis.Redis) -> None:
    template = create(client)
    before = sorted(our_keys(db))
    for fields, field in [
        ({"url": "/login"}, "url"),  # a path needs an environment
        ({"environment_id": "gone"}, "environment_id"),
        ({"schedule": "every day"}, "schedule"),
        ({"name": ""}, "name"),
    ]:
        answer = client.post(f"{URL}/{template['id']}/tests", json={**ALICE, **fields})
        assert answer.status_code == 422, fields
        assert field in answer.json()["fields"], answer.json()
    assert sorted(our_keys(db)) == before


def test_neither_the_goal_nor_the_link_can_be_sent(client: TestClient) -> None:
    template = create(client)
    with_goal = {**ALICE, "goal": SEARCH_GOAL}
    answer = client.post(f"{URL}/{template['id']}/tests", json=with_goal)
    assert answer.status_code == 422 and "goal" in answer.json()["fields"]
    linked = {**with_goal, "template_id": template["id"]}
    assert client.post("/api/v1/tests", json=linked).status_code == 422
    test = make_test(client, template["id"])
    unlinked = client.put(f"/api/v1/tests/{test['id']}", json={"template_id": None})
    assert unlinked.status_code == 422
    assert client.get(f"/api/v1/tests/{test['id']}").json()["template_id"] == template["id"]


def test_a_test_from_a_template_takes_the_fields_of_a_test_create_but_the_goal(
    client: TestClient,
) -> None:
    offered = set(TestFromTemplate.model_json_schema()["properties"])
    assert offered == set(CreateTestSuite.model_json_schema()["properties"]) - {"goal"}
    template = create(client, **SIGN_IN)
    response = client.post(f"{URL}/{template['id']}/tests", json=ALICE | {"goal": "open /"})
    assert response.status_code == 422
    assert "takes its goal" in response.json()["fields"]["goal"]


# A new goal


def test_a_new_goal_goes_to_unpinned_tests_drops_their_plans_and_leaves_pinned_ones(
    client: TestClient, db: redis.Redis
) -> None:
    template = create(client)
    alice = make_test(client, template["id"])
    bob = make_test(client, template["id"], name="Bob signs in", variables={"user": "bob"})
    carol = make_test(client, template["id"], name="Carol signs in", variables={"user": "carol"})
    pin(client, carol["id"])
    other = client.post("/api/v1/tests", json={**ALICE, "goal": SIGN_IN["goal"]}).json()
    for test in (alice, bob, carol, other):
        db.set(keys.plan(test["id"]), '{"cached": true}')
    due = {test["id"]: db.zscore("schedule:due", test["id"]) for test in (alice, bob)}
    answer = client.put(f"{URL}/{template['id']}", json={"goal": NEW_GOAL})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["template"]["goal"] == NEW_GOAL
    assert body["template"]["updated_at"] > template["updated_at"]
    assert sorted(body["updated"]) == sorted([alice["id"], bob["id"]])
    assert body["pinned"] == [carol["id"]]
    for test in (alice, bob):
        after = client.get(f"/api/v1/tests/{test['id']}").json()
        assert after["goal"] == NEW_GOAL
        assert not db.exists(keys.plan(test["id"]))  # its next run reads the new goal
        assert db.zscore("schedule:due", test["id"]) == due[test["id"]]  # its schedule is kept
        assert after["variables"] == test["variables"]
    kept = client.get(f"/api/v1/tests/{carol['id']}").json()
    assert (kept["goal"], kept["pinned"]) == (SIGN_IN["goal"], True)
    steps = client.get(f"/api/v1/tests/{carol['id']}/steps").json()["steps"]
    assert [step["action_type"] for step in steps] == ["click"]
    assert client.get(f"/api/v1/tests/{other['id']}").json()["goal"] == SIGN_IN["goal"]
    assert db.exists(keys.plan(carol["id"])) and db.exists(keys.plan(other["id"]))
    # The catalog finds the tests by the new goal's words.
    found = every_page(client, {"q": "orders"})
    assert sorted(found) == sorted([alice["id"], bob["id"]])


def test_a_new_goal_some_test_has_no_value_for_is_refused_and_changes_nothing(
    client: TestClient, db: redis.Redis
) -> None:
    template = create(client)
    test = make_test(client, template["id"])
    pinned = make_test(client, template["id"], name="Pinned", variables={"user": "p"})
    pin(client, pinned["id"])
    before = our_keys_and_values(db)
    coupon = "sign in as {{user}} with {{password}} and check the page says {{coupon}}"
    answer = client.put(f"{URL}/{template['id']}", json={"goal": coupon, "name": "Renamed"})
    assert answer.status_code == 422
    says = answer.json()["fields"]["goal"]
    assert f"'Alice signs in' ({test['id']})" in says and "{{coupon}}" in says
    assert "Pinned" not in says  # pinned steps do not take the goal
    assert our_keys_and_values(db) == before


def test_a_goal_sent_again_reaches_the_tests_that_missed_it(
    client: TestClient, db: redis.Redis
) -> None:
    template = create(client)
    test = make_test(client, template["id"])
    client.put(f"{URL}/{template['id']}", json={"goal": NEW_GOAL}).raise_for_status()
    db.hset(keys.test(test["id"]), "goal", SIGN_IN["goal"])  # as if cut short before the test
    again = client.put(f"{URL}/{template['id']}", json={"goal": NEW_GOAL}).json()
    assert again["updated"] == [test["id"]]
    assert client.get(f"/api/v1/tests/{test['id']}").json()["goal"] == NEW_GOAL
    assert client.put(f"{URL}/{template['id']}", json={"goal": NEW_GOAL}).json()["updated"] == []


def test_a_new_name_or_description_leaves_the_tests_as_they_are(client: TestClient) -> None:
    template = create(client)
    test = make_test(client, template["id"])
    body = {"name": "Sign-in", "description": "Renamed"}
    answer = client.put(f"{URL}/{template['id']}", json=body).json()
    assert (answer["template"]["name"], answer["template"]["description"]) == ("Sign-in", "Renamed")
    assert answer["template"]["goal"] == SIGN_IN["goal"]
    assert (answer["updated"], answer["pinned"]) == ([], [])
    assert client.get(f"/api/v1/tests/{test['id']}").json() == test | {"warnings": []}


# Delete


def test_a_template_is_kept_while_tests_made_from_it_exist(
    client: TestClient, db: redis.Redis
) -> None:
    template = create(client)
    tests = [make_test(client, template["id"], name=name) for name in ("Alice", "Bob")]
    refused = client.delete(f"{URL}/{template['id']}")
    assert refused.status_code == 409
    assert refused.json()["error"] == (
        "template 'Sign in' is used by tests 'Alice', 'Bob': delete those tests first"
    )
    assert db.exists(f"template:{template['id']}")
    for test in tests:  # deleting a test unlinks it
        client.delete(f"/api/v1/tests/{test['id']}").raise_for_status()
    assert not db.exists(f"v1:tests:template:{template['id']}")
    assert client.delete(f"{URL}/{template['id']}").json() == {
        "status": "deleted",
        "id": template["id"],
    }
    assert our_keys(db) == []


# The catalog


async def test_the_catalog_files_tests_by_template_as_a_brute_force_reading_does(
    client: TestClient, aredis: Redis, db: redis.Redis
) -> None:
    sign_in = create(client)
    search = create(client, name="Search", goal=SEARCH_GOAL)
    values = {"variables": {"term": "lamp", "result": "Desk lamp"}, "secrets": {}}
    made = [
        make_test(client, sign_in["id"], name="Alice", tags=["smoke"]),
        make_test(client, sign_in["id"], name="Bob"),
        make_test(client, search["id"], name="Lamp", tags=["smoke"], **values),
        make_test(client, search["id"], name="Lamp again", **values),
        make_test(client, sign_in["id"], name="Carol"),
    ]
    client.post("/api/v1/tests", json={**ALICE, "goal": SIGN_IN["goal"]}).raise_for_status()
    client.delete(f"/api/v1/tests/{made[1]['id']}").raise_for_status()
    duplicated = client.post(
        "/api/v1/tests/bulk", json={"action": "duplicate", "ids": [made[3]["id"]]}
    )
    copy = duplicated.json()["results"][0]["new_id"]
    assert client.get(f"/api/v1/tests/{copy}").json()["template_id"] == search["id"]
    queries: list[dict[str, Any]] = [
        {"template_id": sign_in["id"]},
        {"template_id": search["id"]},
        {"template_id": search["id"], "tag": "smoke"},
        {"template_id": sign_in["id"], "sort": "name", "limit": 1},
        {"template_id": "no-such-template"},
    ]
    assert_answers_match(client, db, queries)
    assert every_page(client, {"template_id": sign_in["id"], "sort": "name"}) == [
        made[0]["id"],
        made[4]["id"],
    ]
    # Indexing afresh (as at an upgrade) files them the same.
    kept = {key: db.smembers(key) for key in db.keys("v1:tests:template:*")}
    for key in db.keys(f"{keys.CATALOG}*"):
        db.delete(key)
    await build_catalog(aredis)
    assert {key: db.smembers(key) for key in db.keys("v1:tests:template:*")} == kept


def test_a_bad_template_filter_is_a_422_naming_it(client: TestClient) -> None:
    answer = client.get("/api/v1/tests", params={"template_id": "a:b"})
    assert answer.status_code == 422 and "template_id" in answer.json()["fields"]


def test_the_document_names_every_status_of_the_template_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    listing, one = paths[URL], paths[f"{URL}/{{template_id}}"]
    made = paths[f"{URL}/{{template_id}}/tests"]["post"]["responses"]
    assert {"201", "400", "422", "503"} <= set(listing["post"]["responses"])
    assert {"200", "404", "422", "503"} <= set(one["put"]["responses"])
    assert {"200", "404", "409", "503"} <= set(one["delete"]["responses"])
    assert {"201", "400", "404", "422", "502", "503"} <= set(made)


def test_a_test_that_refuses_the_new_goal_keeps_its_own_and_the_others_take_it(
    client: TestClient,
) -> None:
    template = create(client, name="Search", goal=SEARCH_GOAL)
    values = {"variables": {"term": "lamp", "result": "Desk lamp"}, "secrets": {"token": "t-1"}}
    browser = make_test(client, template["id"], name="In the browser", **values)
    remote = make_test(client, template["id"], name="On TinyFish", executor="tinyfish", **values)
    goal = "search for {{token}} and check the page says {{result}}"
    answer = client.put(f"{URL}/{template['id']}", json={"goal": goal})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["updated"] == [browser["id"]]
    assert list(body["refused"]) == [remote["id"]]
    assert "{{token}} is a secret" in body["refused"][remote["id"]]
    assert client.get(f"/api/v1/tests/{remote['id']}").json()["goal"] == SEARCH_GOAL
    assert client.get(f"/api/v1/tests/{browser['id']}").json()["goal"] == goal
