"""Suites, ordered groups of tests (`/api/v1/suites`), on the real embedded Valkey."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from redis.asyncio import Redis
from typer.testing import CliRunner

from housecat.cli import app as cli
from housecat.config import Settings
from housecat.errors import InvalidInput
from housecat.groups.models import CreateSuite, SuiteDetail
from housecat.groups.service import GroupService
from housecat.groups.store import GroupStore
from tests.conftest import our_keys

URL = "/api/v1/suites"
GOAL = "open the page and check the page says Welcome"


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    """The API without a scheduler or worker: nothing here runs a test."""
    return make_client(roles=False)


def make_test(client: TestClient, name: str) -> str:
    made = client.post(
        "/api/tests", json={"name": name, "url": f"https://a.test/{name}", "goal": GOAL}
    )
    assert made.status_code == 200, made.text
    test_id: str = made.json()["id"]
    return test_id


def make(client: TestClient, path: str, **fields: Any) -> str:
    made = client.post(path, json=fields)
    assert made.status_code == 201, made.text
    made_id: str = made.json()["id"]
    return made_id


def create(client: TestClient, **fields: Any) -> dict[str, Any]:
    response = client.post(URL, json={"name": "Checkout", **fields})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def suite_keys(db: redis.Redis) -> list[str]:
    """The keys suites write: their own and the indexes that point at them."""
    return sorted(key for key in our_keys(db) if "suite" in key)


def test_create_answers_the_suite_with_its_tests_in_order(client: TestClient) -> None:
    cart, pay = make_test(client, "cart"), make_test(client, "pay")
    made = create(client, tests=[pay, cart], description="Buy a thing", schedule="@hourly")
    assert re.fullmatch(r"[0-9a-f]{8}", made["id"])
    assert made["test_ids"] == [pay, cart]
    assert [(t["execution_order"], t["id"], t["name"]) for t in made["tests"]] == [
        (1, pay, "pay"),
        (2, cart, "cart"),
    ]
    assert made["tests"][0] == {
        "execution_order": 1, "id": pay, "name": "pay", "url": "https://a.test/pay",
        "status": "active", "last_result": "pending", "last_run_at": None,
    }  # fmt: skip
    assert (made["schedule"], made["concurrency"], made["environment_id"]) == ("0 * * * *", 1, None)
    assert made["created_at"] == made["updated_at"]
    assert client.get(f"{URL}/{made['id']}").json() == made


def test_the_suite_shows_each_tests_last_result(client: TestClient, db: redis.Redis) -> None:
    login = make_test(client, "login")
    db.hset(
        f"test:{login}",
        mapping={"last_result": "failed", "last_run_at": "2026-02-14T10:00:00.000Z"},
    )
    made = create(client, tests=[login])
    (shown,) = client.get(f"{URL}/{made['id']}").json()["tests"]
    assert (shown["last_result"], shown["last_run_at"]) == ("failed", "2026-02-14T10:00:00.000Z")


def test_create_stores_the_suite_and_indexes_everything_it_names(
    client: TestClient, db: redis.Redis
) -> None:
    login = make_test(client, "login")
    env = make(client, "/api/v1/environments", name="Staging", base_url="https://s.example")
    config = make(client, "/api/v1/browser-configs", name="Phone", device="Pixel 7")
    made = create(client, tests=[login], environment_id=env, browser_config_id=config)
    suite_id = made["id"]
    assert db.hget(f"suite:{suite_id}", "name") == "Checkout"
    assert db.lrange(f"suite_tests:{suite_id}", 0, -1) == [login]
    assert db.smembers(f"test_suites:{login}") == {suite_id}
    assert db.smembers(f"environment_suites:{env}") == {suite_id}
    assert db.smembers(f"browser_config_suites:{config}") == {suite_id}
    assert db.hgetall("suites:names") == {"Checkout": suite_id}


def test_list_newest_first_with_test_ids(client: TestClient) -> None:
    assert client.get(URL).json() == {"suites": [], "total": 0}
    login = make_test(client, "login")
    first, second = create(client, name="One", tests=[login]), create(client, name="Two")
    listing = client.get(URL).json()
    assert [(s["id"], s["test_ids"]) for s in listing["suites"]] == [
        (second["id"], []),
        (first["id"], [login]),
    ]
    assert listing["total"] == 2 and "tests" not in listing["suites"][0]


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_an_unknown_suite_is_a_404(client: TestClient, method: str) -> None:
    kwargs = {"json": {"description": "x"}} if method == "put" else {}
    answer = getattr(client, method)(f"{URL}/deadbeef", **kwargs)
    assert answer.status_code == 404
    assert answer.json() == {"error": "suite 'deadbeef' not found"}


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        ({"name": ""}, "name", "at least 1 character"),
        ({"tests": ["nope"]}, "tests.0", "no test 'nope'"),
        ({"environment_id": "nope"}, "environment_id", "no environment 'nope'"),
        ({"browser_config_id": "nope"}, "browser_config_id", "no browser configuration 'nope'"),
        ({"schedule": "61 * * * *"}, "schedule", "minute '61' is not valid"),
        ({"concurrency": 0}, "concurrency", "greater than or equal to 1"),
        ({"concurrency": 11}, "concurrency", "less than or equal to 10"),
        ({"alert_webhook": "http://127.0.0.1:9/hook"}, "alert_webhook", "HOUSECAT_ALLOW_PRIVATE"),
        ({"alert_webhook": "ftp://hooks.example"}, "alert_webhook", "http:// or https://"),
        ({"tests": "abc"}, "tests", "valid list"),
        ({"environment_id": "a:b"}, "environment_id", "should match pattern"),
        ({"order": 1}, "order", "unknown field"),
        # What the document says is taken as it is: no number in a string, no text for a list.
        ({"concurrency": "3"}, "concurrency", "valid integer"),
        ({"alert_channels": ""}, "alert_channels", "valid list"),
        ({"name": 7}, "name", "valid string"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(
    client: TestClient, db: redis.Redis, fields: dict[str, Any], field: str, says: str
) -> None:
    before = our_keys(db)
    answer = client.post(URL, json={"name": "Checkout", **fields})
    assert answer.status_code == 422, answer.text
    assert says in answer.json()["fields"][field]
    assert our_keys(db) == before  # nothing half-written


def test_an_unknown_test_among_known_ones_is_named_by_its_place(
    client: TestClient, db: redis.Redis
) -> None:
    login = make_test(client, "login")
    answer = client.post(URL, json={"name": "Checkout", "tests": [login, "gone"]})
    assert answer.json()["fields"] == {"tests.1": "no test 'gone'"}
    assert suite_keys(db) == []


def test_a_test_listed_twice_is_refused(client: TestClient) -> None:
    login = make_test(client, "login")
    answer = client.post(URL, json={"name": "Checkout", "tests": [login, login]})
    assert answer.status_code == 422
    assert answer.json()["fields"] == {"tests": f"test '{login}' is listed twice (at 0 and 1)"}


def test_a_name_is_taken_once(client: TestClient) -> None:
    create(client)
    answer = client.post(URL, json={"name": "Checkout"})
    assert answer.status_code == 422
    assert answer.json()["fields"] == {"name": "there is already a suite named 'Checkout'"}


async def test_of_concurrent_creates_with_one_name_exactly_one_wins(aredis: Redis) -> None:
    service = GroupService(GroupStore(aredis))
    body = CreateSuite(name="Nightly")
    # A connection each beforehand, so that no create waits for one: they truly overlap.
    await asyncio.gather(*(aredis.ping() for _ in range(20)))
    outcomes = await asyncio.gather(
        *(service.create(body) for _ in range(20)), return_exceptions=True
    )
    made = [outcome for outcome in outcomes if isinstance(outcome, SuiteDetail)]
    refused = [outcome for outcome in outcomes if isinstance(outcome, InvalidInput)]
    assert (len(made), len(refused)) == (1, 19)
    assert await aredis.smembers("suites:all") == {made[0].id}


def test_update_changes_only_the_fields_sent(client: TestClient) -> None:
    login = make_test(client, "login")
    made = create(client, tests=[login], schedule="@daily", concurrency=3)
    changed = client.put(f"{URL}/{made['id']}", json={"description": "Nightly run"}).json()
    assert changed["description"] == "Nightly run"
    kept = ("name", "test_ids", "tests", "schedule", "concurrency", "created_at")
    assert {name: changed[name] for name in kept} == {name: made[name] for name in kept}
    assert changed["updated_at"] > made["updated_at"]


def test_update_replaces_the_tests_and_their_index(client: TestClient, db: redis.Redis) -> None:
    a, b, c = (make_test(client, name) for name in "abc")
    made = create(client, tests=[a, b])
    changed = client.put(f"{URL}/{made['id']}", json={"tests": [c, a]}).json()
    assert [t["id"] for t in changed["tests"]] == [c, a]
    assert not db.exists(f"test_suites:{b}")
    assert db.smembers(f"test_suites:{c}") == {made["id"]}


def test_null_clears_an_optional_field_and_its_index(client: TestClient, db: redis.Redis) -> None:
    env = make(client, "/api/v1/environments", name="Staging", base_url="https://s.example")
    made = create(client, environment_id=env, schedule="@daily")
    changed = client.put(f"{URL}/{made['id']}", json={"environment_id": None, "schedule": None})
    assert (changed.json()["environment_id"], changed.json()["schedule"]) == (None, None)
    assert not db.exists(f"environment_suites:{env}")


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        ({"name": None}, "name", "may not be null"),
        ({"tests": None}, "tests", "may not be null"),
        ({"tests": ["gone"]}, "tests.0", "no test 'gone'"),
        ({"environment_id": "gone"}, "environment_id", "no environment 'gone'"),
        ({"concurrency": 20}, "concurrency", "less than or equal to 10"),
    ],
)
def test_a_bad_update_is_a_422_and_changes_nothing(
    client: TestClient, db: redis.Redis, fields: dict[str, Any], field: str, says: str
) -> None:
    made = create(client, tests=[make_test(client, "login")])
    before = {key: db.dump(key) for key in suite_keys(db)}
    answer = client.put(f"{URL}/{made['id']}", json=fields)
    assert answer.status_code == 422
    assert says in answer.json()["fields"][field]
    assert {key: db.dump(key) for key in suite_keys(db)} == before


def test_a_rename_frees_the_old_name(client: TestClient, db: redis.Redis) -> None:
    made = create(client)
    assert client.put(f"{URL}/{made['id']}", json={"name": "Payments"}).json()["name"] == "Payments"
    assert db.hgetall("suites:names") == {"Payments": made["id"]}
    create(client)  # "Checkout" is free again


def test_delete_leaves_no_key_behind(client: TestClient, db: redis.Redis) -> None:
    login = make_test(client, "login")
    env = make(client, "/api/v1/environments", name="Staging", base_url="https://s.example")
    config = make(client, "/api/v1/browser-configs", name="Phone", device="Pixel 7")
    made = create(client, tests=[login], environment_id=env, browser_config_id=config)
    answer = client.delete(f"{URL}/{made['id']}")
    assert answer.json() == {"status": "deleted", "id": made["id"]}
    assert suite_keys(db) == []
    assert client.get(f"/api/tests/{login}").status_code == 200  # its tests stay


def test_deleting_a_test_takes_it_out_of_every_suite(client: TestClient, db: redis.Redis) -> None:
    a, b = make_test(client, "a"), make_test(client, "b")
    one, two = create(client, name="One", tests=[a, b]), create(client, name="Two", tests=[b])
    assert client.delete(f"/api/tests/{b}").status_code == 200
    for made, left in ((one, [a]), (two, [])):
        shown = client.get(f"{URL}/{made['id']}").json()
        assert (shown["test_ids"], [t["id"] for t in shown["tests"]]) == (left, left)
        assert shown["updated_at"] > made["updated_at"]
    assert not db.exists(f"test_suites:{b}")
    client.delete(f"/api/tests/{a}")
    assert suite_keys(db) == sorted(
        ["suite:" + one["id"], "suite:" + two["id"], "suites:all", "suites:names"]
    )


def test_the_cli_deleting_a_test_takes_it_out_of_its_suites(
    client: TestClient, settings: Settings, db: redis.Redis
) -> None:
    login = make_test(client, "login")
    made = create(client, tests=[login])
    result = CliRunner().invoke(
        cli, ["tests", "delete", login, "--data-dir", str(settings.data_dir)]
    )
    assert result.exit_code == 0, result.output
    assert client.get(f"{URL}/{made['id']}").json()["test_ids"] == []
    assert not db.exists(f"test_suites:{login}")
