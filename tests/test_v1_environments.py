"""Environments (`/api/v1/environments`), on the real embedded Valkey."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from redis.asyncio import Redis

from housecat.environments.models import CreateEnvironment, Environment
from housecat.environments.resolve import merged_values, resolve_url
from housecat.environments.service import EnvironmentService
from housecat.environments.store import environment_store
from housecat.errors import InvalidInput
from housecat.plan.variables import MASK
from tests.conftest import our_keys

STAGING = {
    "name": "Staging",
    "base_url": "https://staging.shop.example/app",
    "description": "The release candidate",
    "variables": {"user": "alice"},
    "secrets": {"password": "hunter2-staging"},
}
URL = "/api/v1/environments"


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    """The API without a scheduler or worker: nothing here runs a test."""
    return make_client(roles=False)


def create(client: TestClient, **fields: Any) -> dict[str, Any]:
    response = client.post(URL, json={**STAGING, **fields})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def environment(base_url: str, **fields: Any) -> Environment:
    now = "2026-01-01T00:00:00.000Z"
    return Environment(
        id="e1", name="e", base_url=base_url, created_at=now, updated_at=now, **fields
    )


def test_create_answers_every_field_with_secrets_masked(client: TestClient) -> None:
    made = create(client)
    assert set(made) == {
        "id", "name", "base_url", "description", "variables", "secrets", "created_at", "updated_at",
    }  # fmt: skip
    assert re.fullmatch(r"[0-9a-f]{8}", made["id"])
    assert made["secrets"] == {"password": MASK}
    assert made["variables"] == {"user": "alice"}
    assert made["created_at"] == made["updated_at"]


def test_create_stores_the_hash_the_secret_and_the_indexes(
    client: TestClient, db: redis.Redis
) -> None:
    made = create(client)
    stored = db.hgetall(f"environment:{made['id']}")
    assert stored["secrets"] == '{"password": "hunter2-staging"}'  # a run must type it
    assert db.smembers("environments:all") == {made["id"]}
    assert db.hgetall("environments:names") == {"Staging": made["id"]}


def test_no_answer_ever_shows_a_secret(client: TestClient) -> None:
    made = create(client)
    answers = [
        client.get(URL),
        client.get(f"{URL}/{made['id']}"),
        client.put(f"{URL}/{made['id']}", json={"description": "changed"}),
        client.put(f"{URL}/{made['id']}", json={"secrets": {"password": MASK, "key": "k-123"}}),
    ]
    for answer in answers:
        assert answer.status_code == 200
        assert "hunter2-staging" not in answer.text and "k-123" not in answer.text


def test_get_and_list_newest_first(client: TestClient) -> None:
    assert client.get(URL).json() == {"environments": [], "total": 0}
    made = [create(client, name=f"env {n}") for n in range(3)]
    listing = client.get(URL).json()
    assert listing["total"] == 3
    assert [e["id"] for e in listing["environments"]] == [e["id"] for e in made[::-1]]
    assert client.get(f"{URL}/{made[0]['id']}").json() == made[0]


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_an_unknown_environment_is_a_404(client: TestClient, method: str) -> None:
    kwargs = {"json": {"description": "x"}} if method == "put" else {}
    answer = getattr(client, method)(f"{URL}/deadbeef", **kwargs)
    assert answer.status_code == 404
    assert answer.json() == {"error": "environment 'deadbeef' not found"}


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        ({"name": ""}, "name", "at least 1 character"),
        ({"name": "x" * 101}, "name", "at most 100 characters"),
        ({"base_url": "ftp://files.example"}, "base_url", "http:// or https://"),
        ({"base_url": "/relative"}, "base_url", "http:// or https://"),
        ({"base_url": "https://bad host"}, "base_url", "invalid host"),
        ({"description": "d" * 2001}, "description", "at most 2000 characters"),
        ({"variables": {"1st": "x"}}, "variables", "not a valid name"),
        ({"secrets": {"today": "x"}}, "secrets", "built in"),
        ({"variables": {"user": "a"}, "secrets": {"user": "b"}}, "secrets", "both"),
        ({"colour": "red"}, "colour", "unknown field"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(
    client: TestClient, db: redis.Redis, fields: dict[str, Any], field: str, says: str
) -> None:
    answer = client.post(URL, json={**STAGING, **fields})
    assert answer.status_code == 422
    assert says in answer.json()["fields"][field]
    assert our_keys(db) == []  # nothing half-written


def test_a_name_is_taken_once(client: TestClient) -> None:
    create(client)
    answer = client.post(URL, json={**STAGING, "base_url": "https://other.example"})
    assert answer.status_code == 422
    assert answer.json()["fields"] == {"name": "there is already an environment named 'Staging'"}


async def test_of_concurrent_creates_with_one_name_exactly_one_wins(aredis: Redis) -> None:
    service = EnvironmentService(environment_store(aredis))
    body = CreateEnvironment(name="Prod", base_url="https://shop.example")
    # A connection each beforehand, so that no create waits for one: they truly overlap.
    await asyncio.gather(*(aredis.ping() for _ in range(20)))
    outcomes = await asyncio.gather(
        *(service.create(body) for _ in range(20)), return_exceptions=True
    )
    made = [outcome for outcome in outcomes if isinstance(outcome, Environment)]
    refused = [outcome for outcome in outcomes if isinstance(outcome, InvalidInput)]
    assert (len(made), len(refused)) == (1, 19)
    assert await aredis.smembers("environments:all") == {made[0].id}


def test_update_changes_only_the_fields_sent(client: TestClient) -> None:
    made = create(client)
    changed = client.put(f"{URL}/{made['id']}", json={"description": "New"}).json()
    assert changed["description"] == "New"
    kept = {name: made[name] for name in ("name", "base_url", "variables", "secrets", "created_at")}
    assert {name: changed[name] for name in kept} == kept
    assert changed["updated_at"] > made["updated_at"]


def test_update_keeps_secrets_not_sent_and_masked_ones(client: TestClient, db: redis.Redis) -> None:
    made = create(client)
    key = f"environment:{made['id']}"
    client.put(f"{URL}/{made['id']}", json={"variables": {"user": "bob"}})
    assert db.hget(key, "secrets") == '{"password": "hunter2-staging"}'
    client.put(f"{URL}/{made['id']}", json={"secrets": {"password": MASK, "token": "t0k"}})
    assert db.hget(key, "secrets") == '{"password": "hunter2-staging", "token": "t0k"}'
    client.put(f"{URL}/{made['id']}", json={"secrets": {"token": MASK}})  # a dict replaces the set
    assert db.hget(key, "secrets") == '{"token": "t0k"}'


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        ({"name": None}, "name", "may not be null"),
        ({"base_url": None}, "base_url", "may not be null"),
        ({"secrets": {"nothing_stored": MASK}}, "secrets", "no stored value"),
        ({"variables": {"password": "shown"}}, "secrets", "both a variable and a secret"),
        ({"base_url": "javascript:alert(1)"}, "base_url", "http:// or https://"),
    ],
)
def test_a_bad_update_is_a_422_and_changes_nothing(
    client: TestClient, db: redis.Redis, fields: dict[str, Any], field: str, says: str
) -> None:
    made = create(client)
    before = db.hgetall(f"environment:{made['id']}")
    answer = client.put(f"{URL}/{made['id']}", json=fields)
    assert answer.status_code == 422
    assert says in answer.json()["fields"][field]
    assert db.hgetall(f"environment:{made['id']}") == before


def test_a_rename_frees_the_old_name_and_refuses_a_taken_one(
    client: TestClient, db: redis.Redis
) -> None:
    staging = create(client)
    prod = create(client, name="Prod")
    taken = client.put(f"{URL}/{staging['id']}", json={"name": "Prod"})
    assert taken.status_code == 422 and "already" in taken.json()["fields"]["name"]
    same = client.put(f"{URL}/{staging['id']}", json={"name": "Staging"})
    assert same.status_code == 200
    assert client.put(f"{URL}/{staging['id']}", json={"name": "QA"}).json()["name"] == "QA"
    assert db.hgetall("environments:names") == {"QA": staging["id"], "Prod": prod["id"]}
    create(client)  # "Staging" is free again


def test_delete_leaves_no_key_behind(client: TestClient, db: redis.Redis) -> None:
    made = create(client)
    answer = client.delete(f"{URL}/{made['id']}")
    assert answer.json() == {"status": "deleted", "id": made["id"]}
    assert our_keys(db) == []
    assert client.get(f"{URL}/{made['id']}").status_code == 404


def test_an_environment_a_suite_uses_cannot_be_deleted(client: TestClient, db: redis.Redis) -> None:
    made = create(client)
    suite = client.post("/api/v1/suites", json={"name": "Checkout", "environment_id": made["id"]})
    assert suite.status_code == 201, suite.text
    answer = client.delete(f"{URL}/{made['id']}")
    assert answer.status_code == 409
    assert answer.json() == {
        "error": "environment 'Staging' is used by suite 'Checkout': "
        "give them another one (or none) first"
    }
    assert db.exists(f"environment:{made['id']}")
    client.put(f"/api/v1/suites/{suite.json()['id']}", json={"environment_id": None})
    assert client.delete(f"{URL}/{made['id']}").status_code == 200
    assert not db.keys("environment*")


def test_an_environment_tests_use_cannot_be_deleted(client: TestClient, db: redis.Redis) -> None:
    made = create(client)
    tests = [
        client.post(
            "/api/v1/tests",
            json={"name": name, "url": "/login", "goal": "open /", "environment_id": made["id"]},
        ).json()
        for name in ("Log in", "Buy")
    ]
    suite = client.post("/api/v1/suites", json={"name": "Checkout", "environment_id": made["id"]})
    answer = client.delete(f"{URL}/{made['id']}")
    assert answer.status_code == 409
    assert answer.json() == {
        "error": "environment 'Staging' is used by suite 'Checkout' and tests 'Buy', 'Log in': "
        "give them another one (or none) first"
    }
    client.delete(f"/api/v1/suites/{suite.json()['id']}")
    client.put(f"/api/v1/tests/{tests[0]['id']}", json={"url": "https://a.test/login"})
    client.put(f"/api/v1/tests/{tests[0]['id']}", json={"environment_id": None})
    refused = client.delete(f"{URL}/{made['id']}").json()["error"]
    assert refused.startswith("environment 'Staging' is used by test 'Buy': ")
    client.delete(f"/api/v1/tests/{tests[1]['id']}")
    assert client.delete(f"{URL}/{made['id']}").status_code == 200


@pytest.mark.parametrize(
    ("test_url", "base_url", "resolved"),
    [
        ("https://other.example/x", "https://a.example/app/", "https://other.example/x"),
        ("/login", "https://a.example/app/", "https://a.example/login"),
        ("login?x=1", "https://a.example/app/", "https://a.example/app/login?x=1"),
        ("login", "https://a.example/app", "https://a.example/app/login"),
        ("login", "https://a.example", "https://a.example/login"),
        ("/login", "https://a.example:8443/app?lang=fr", "https://a.example:8443/login"),
        ("?q=cats", "https://a.example/search", "https://a.example/search/?q=cats"),
        ("../up", "https://a.example/app/deep/", "https://a.example/app/up"),
        ("/users/{{id}}", "http://127.0.0.1:8000", "http://127.0.0.1:8000/users/{{id}}"),
    ],
)
def test_resolve_url_joins_a_path_to_the_base_url(
    test_url: str, base_url: str, resolved: str
) -> None:
    assert resolve_url(test_url, environment(base_url)) == resolved


def test_resolve_url_keeps_a_whole_url_and_refuses_a_path_without_environment() -> None:
    assert resolve_url("https://a.example/x", None) == "https://a.example/x"
    with pytest.raises(ValueError, match="'/login' is a path"):
        resolve_url("/login", None)


def test_merged_values_let_the_test_win_name_by_name() -> None:
    staging = environment(
        "https://a.example",
        variables={"user": "env-user", "region": "eu", "token": "shown"},
        secrets={"password": "env-pass", "api_key": "env-key"},
    )
    merged = merged_values(staging, {"user": "test-user", "api_key": "now shown"}, {"token": "t"})
    assert merged.variables == {"user": "test-user", "region": "eu", "api_key": "now shown"}
    assert merged.secrets == {"password": "env-pass", "token": "t"}
    assert merged_values(None, {"a": "1"}, {"b": "2"}).variables == {"a": "1"}


def test_the_document_names_every_status_of_the_v1_definition_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    ids = {"environments": "environment_id", "browser-configs": "config_id", "suites": "suite_id"}
    for kind, id_name in ids.items():
        listing, one = paths[f"/api/v1/{kind}"], paths[f"/api/v1/{kind}/{{{id_name}}}"]
        assert {"201", "400", "422", "503"} <= set(listing["post"]["responses"])
        assert {"200", "404", "422", "503"} <= set(one["put"]["responses"])
        in_use = "409" in one["delete"]["responses"]
        assert in_use is (kind != "suites"), kind
