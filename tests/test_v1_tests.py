"""`GET /api/v1/tests`: filters, search, sort keys and cursors, answered from the catalog's
indexes, compared with a brute-force reading of every stored test."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from redis.asyncio import Redis

from housecat import keys
from housecat.clock import iso
from housecat.runs.store import ResultStore
from housecat.suites.catalog_index import VERSION, build_catalog
from housecat.suites.models import TestSuiteResponse
from tests.catalog_reference import assert_answers_match, every_page, expected_ids
from tests.runs_data import detail, store

GOAL = "open /"


@pytest.fixture
def api(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False)


def create(api: TestClient, name: str, **fields: Any) -> dict[str, Any]:
    body = {"name": name, "url": "https://shop.example.com", "goal": GOAL} | fields
    answer = api.post("/api/v1/tests", json=body)
    assert answer.status_code == 201, answer.text
    created: dict[str, Any] = answer.json()
    return created


async def record(results: ResultStore, test: dict[str, Any], passed: bool, minutes: int) -> None:
    """Store a run of the test that started `minutes` after 2026-03-01."""
    at = datetime(2026, 3, 1, tzinfo=UTC) + timedelta(minutes=minutes)
    run = detail(f"r{random.getrandbits(40):010x}", passed=passed, at=at, test_id=test["id"])
    await results.save(TestSuiteResponse.model_validate(test), run, None)


async def shop(api: TestClient, aredis: Redis) -> list[dict[str, Any]]:
    """Twelve tests of a shop: tags, categories, descriptions, results, one paused, four in
    the staging environment and four in the Payments suite."""
    staging = {"name": "Staging", "base_url": "https://staging.shop.example.com"}
    environment = api.post("/api/v1/environments", json=staging).json()
    specs = [
        ("Checkout with card", "Checkout", ["smoke", "payments"], "Pays by card"),
        ("checkout with voucher", "checkout", ["payments"], "A voucher pays it all"),
        ("Login", "Accounts", ["smoke"], "Sign in works"),
        ("Login", "Accounts", [], "The same name twice"),
        ("Search", "", ["smoke", "search"], "Finds shoes"),
        ("Émile's basket", "Basket", ["basket"], "Unicode names sort by code point"),
        ("basket total", "Basket", ["basket", "smoke"], "Totals add up"),
        ("Zebra page", "", [], ""),
        ("Account settings", "Accounts", ["settings"], "Change the e-mail"),
        ("Refund", "Payments", ["payments"], "Card refunds"),
        ("Wishlist", "", ["smoke"], "Keeps what you like"),
        ("404 page", "", [], "Says not found"),
    ]
    tests = [
        create(api, name, category=category, tags=tags, description=description)
        for name, category, tags, description in specs
    ]
    for index in (0, 1, 6, 9):
        change = {"environment_id": environment["id"], "url": "/checkout"}
        assert api.put(f"/api/v1/tests/{tests[index]['id']}", json=change).status_code == 200
    for name, members in [("Payments", [9, 1, 0, 4]), ("Empty", [])]:
        body = {"name": name, "tests": [tests[i]["id"] for i in members]}
        assert api.post("/api/v1/suites", json=body).status_code == 201, name
    results = store(aredis)
    for index, passed in [(0, True), (1, False), (2, True), (3, True), (6, False), (9, True)]:
        await record(results, tests[index], passed, minutes=index % 4)
    await results.mark_error(tests[10]["id"], "2026-03-02T00:00:00.000Z")
    assert api.put(f"/api/v1/tests/{tests[5]['id']}", json={"status": "paused"}).status_code == 200
    return tests


async def test_each_filter_answers_what_a_brute_force_reading_does(
    api: TestClient, aredis: Redis, db: redis.Redis
) -> None:
    tests = await shop(api, aredis)
    tests = [api.get(f"/api/v1/tests/{test['id']}").json() for test in tests]
    middle = tests[6]["created_at"]
    suites = {suite["name"]: suite["id"] for suite in api.get("/api/v1/suites").json()["suites"]}
    suite = suites.__getitem__
    queries: list[dict[str, Any]] = [
        {},
        {"status": "active"},
        {"status": "paused"},
        {"status": "error"},
        *({"last_result": result} for result in ("passed", "failed", "error", "never")),
        {"tag": "smoke"},
        {"tag": ["smoke", "payments"]},
        {"tag": "nobody-has-it"},
        {"category": "CHECKOUT"},
        {"category": "Accounts", "last_result": "passed"},
        {"q": "card"},
        {"q": "CARD pays"},
        {"q": "open"},
        {"q": "émile"},
        {"q": "voucher", "tag": "smoke"},
        {"created_after": middle},
        {"created_before": middle},
        {"created_after": tests[2]["created_at"], "created_before": middle, "tag": "smoke"},
        {"created_after": "2100-01-01"},
        {"environment_id": tests[0]["environment_id"]},
        {"environment_id": tests[0]["environment_id"], "last_result": "failed"},
        {"environment_id": "nowhere"},
        {"suite_id": suite("Payments")},
        {"suite_id": suite("Payments"), "environment_id": tests[0]["environment_id"]},
        {"suite_id": suite("Payments"), "created_after": middle, "tag": "payments"},
        {"suite_id": suite("Empty")},
        {"suite_id": "no-such-suite", "q": "card"},
    ]
    assert_answers_match(api, db, [query | {"limit": 4} for query in queries])
    assert every_page(api, {"q": "card"}) == [tests[9]["id"], tests[0]["id"]]
    in_staging = every_page(api, {"environment_id": tests[0]["environment_id"]})
    assert in_staging == [tests[i]["id"] for i in (9, 6, 1, 0)]
    assert every_page(api, {"suite_id": suite("Payments"), "sort": "name"}) == [
        tests[i]["id"] for i in (0, 1, 9, 4)
    ]


SORTS = ["name", "-name", "created_at", "-created_at", "last_run_at", "-last_run_at"]
MULTI = ["-last_run_at,name", "last_run_at,-name", "name,-created_at", "name,last_run_at"]


async def test_each_sort_and_several_keys_order_like_a_brute_force_reading(
    api: TestClient, aredis: Redis, db: redis.Redis
) -> None:
    await shop(api, aredis)
    suite_id = api.get("/api/v1/suites").json()["suites"][0]["id"]
    filters: list[dict[str, Any]] = [
        {},
        {"tag": "smoke"},
        {"category": "accounts"},
        {"suite_id": suite_id},
    ]
    queries = [{"sort": sort, "limit": 5} | f for sort in SORTS + MULTI for f in filters]
    assert_answers_match(api, db, queries)


def test_long_runs_of_equal_values_are_ordered_by_the_next_key(
    api: TestClient, db: redis.Redis
) -> None:
    """Runs longer than a chunk of the index (never run, the same name) keep their order."""
    names = ["Alpha", "beta", "Gamma", "alpha"]
    for n in range(260):
        create(api, names[n % 4], tags=["even" if n % 2 == 0 else "odd"])
    queries = [
        {"sort": sort, "limit": 50} | f
        for sort in ["-last_run_at,name", "last_run_at,-name,created_at", "name,-created_at"]
        for f in ({}, {"tag": "odd"})
    ]
    assert_answers_match(api, db, queries)


def test_a_cursor_is_stable_while_tests_are_created_and_deleted(
    api: TestClient, db: redis.Redis
) -> None:
    before = {create(api, f"test {n:02d}")["id"]: f"test {n:02d}" for n in range(0, 20, 2)}
    for sort in ("name", "-created_at"):
        first = api.get("/api/v1/tests", params={"sort": sort, "limit": 4}).json()
        seen = [test["id"] for test in first["tests"]]
        # Tests that sort before and after the page, one deleted that was seen, one not yet.
        added = [create(api, f"test {n:02d}")["id"] for n in (1, 3, 15, 17)]
        unseen = next(test_id for test_id in before if test_id not in seen)
        for gone in (seen[-1], unseen):
            assert api.delete(f"/api/v1/tests/{gone}").status_code == 200
            del before[gone]
        rest = every_page(api, {"sort": sort, "limit": 4, "cursor": first["next_cursor"]})
        assert not set(rest) & set(seen), "a test was shown twice"
        assert set(before) <= set(seen) | set(rest), "a test was skipped"
        kept = [test_id for test_id in expected_ids(db, {"sort": sort}) if test_id in rest]
        assert rest == kept, "the next pages are not in order"
        if sort == "-created_at":
            assert not set(added) & set(rest)  # newer than the cursor: on the first page only
        for test_id in added:
            api.delete(f"/api/v1/tests/{test_id}")
            before.pop(test_id, None)


def test_a_cursor_resumes_after_its_test_was_renamed(api: TestClient) -> None:
    ids = [create(api, name)["id"] for name in ("a", "b", "c", "d")]
    first = api.get("/api/v1/tests", params={"sort": "name", "limit": 2}).json()
    api.put(f"/api/v1/tests/{ids[1]}", json={"name": "zz"})
    rest = every_page(api, {"sort": "name", "limit": 2, "cursor": first["next_cursor"]})
    assert rest == [ids[2], ids[3], ids[1]]


async def test_the_catalog_stays_exactly_what_indexing_afresh_builds(
    api: TestClient, aredis: Redis, db: redis.Redis
) -> None:
    """Creates, updates, results and deletes in any order leave the indexes a rebuild makes."""
    rng = random.Random(14)
    words = ["red", "green", "blue", "Déjà", "shoe", "card"]
    results = store(aredis)
    tests = [create(api, f"{rng.choice(words)} {n}", tags=["a"]) for n in range(15)]
    places = [api.post("/api/v1/environments", json={"name": name, "base_url": "https://a.test"})
              for name in ("One", "Two")]  # fmt: skip
    for step in range(60):
        test = rng.choice(tests)
        change = rng.choice(
            ["name", "goal", "description", "tags", "category", "status", "run", "environment"]
        )
        if change == "environment":
            place = rng.choice([None, *(answer.json()["id"] for answer in places)])
            api.put(f"/api/v1/tests/{test['id']}", json={"environment_id": place})
        elif change == "run":
            await record(results, test, rng.random() < 0.5, minutes=rng.randrange(100))
        elif change == "tags":
            tags = rng.sample(["a", "b", "c", "d"], rng.randrange(4))
            api.put(f"/api/v1/tests/{test['id']}", json={"tags": tags})
        elif change == "status":
            status = rng.choice(["active", "paused"])
            api.put(f"/api/v1/tests/{test['id']}", json={"status": status})
        elif change == "goal":
            goal = f"open /{rng.choice(words)}"
            api.put(f"/api/v1/tests/{test['id']}", json={"goal": goal})
        else:
            text = " ".join(rng.sample(words, 2)) if change != "category" else rng.choice(words)
            api.put(f"/api/v1/tests/{test['id']}", json={change: text})
        if step % 10 == 9:
            gone = tests.pop(rng.randrange(len(tests)))
            api.delete(f"/api/v1/tests/{gone['id']}")
    queries = [{}, {"q": "red"}, {"tag": ["a", "b"]}, {"category": "shoe"}, {"status": "paused"}]
    queries += [{"environment_id": answer.json()["id"]} for answer in places]
    queries += [{"last_result": "passed", "sort": "-last_run_at,name"}, {"sort": "name"}]
    assert_answers_match(api, db, queries)
    kept = catalog(db)
    for key in db.keys(f"{keys.CATALOG}*"):
        db.delete(key)
    assert await build_catalog(aredis) == len(tests)
    assert catalog(db) == kept | {keys.CATALOG_VERSION: VERSION}


def catalog(db: redis.Redis) -> dict[str, Any]:
    """Every catalog key with what it holds."""
    held: dict[str, Any] = {}
    for key in db.keys(f"{keys.CATALOG}*"):
        kind = db.type(key)
        if kind == "set":
            held[key] = db.smembers(key)
        elif kind == "zset":
            held[key] = db.zrange(key, 0, -1, withscores=True)
        elif kind == "hash":
            held[key] = db.hgetall(key)
        else:
            held[key] = db.get(key)
    return held


def test_tests_stored_before_the_catalog_are_indexed_at_startup(
    make_client: Callable[..., TestClient], db: redis.Redis
) -> None:
    moment = datetime(2025, 6, 1, tzinfo=UTC)
    for n, name in enumerate(["Old checkout", "old login"]):
        test = TestSuiteResponse(
            id=f"01d0000{n}", name=name, url="https://a.test", goal=GOAL, schedule="* * * * *",
            created_at=iso(moment + timedelta(days=n)), updated_at=iso(moment),
        )  # fmt: skip
        fields = test.to_hash()
        for newer in ("description", "category", "tags"):  # what an older HouseCat never wrote
            del fields[newer]
        db.hset(keys.test(test.id), mapping=fields)
        db.sadd(keys.TESTS_ALL, test.id)
    api = make_client(roles=False)
    assert db.get(keys.CATALOG_VERSION) == VERSION
    assert every_page(api, {"sort": "name"}) == ["01d00000", "01d00001"]
    assert every_page(api, {"q": "checkout", "last_result": "never"}) == ["01d00000"]
    assert every_page(api, {"created_after": "2025-06-02"}) == ["01d00001"]
