"""Deletes you can undo: a deleted record waits in the trash, restorable, until purged."""

from __future__ import annotations

from typing import Any

import redis
from fastapi.testclient import TestClient

from housecat.audit.actor import acting_as
from housecat.trash.service import trash_service

LOGIN = {
    "name": "Login flow",
    "url": "https://shop.example.com/login",
    "goal": "Sign in as alice with hunter2 and check the page says Welcome back",
}


def create(client: TestClient, **fields: Any) -> dict[str, Any]:
    answer = client.post("/api/tests", json={**LOGIN, **fields})
    assert answer.status_code == 200, answer.text
    test: dict[str, Any] = answer.json()
    return test


def in_trash(client: TestClient) -> list[tuple[str, str]]:
    items = client.get("/api/v1/trash").json()["items"]
    return [(item["kind"], item["id"]) for item in items]


def test_a_deleted_test_is_restored_with_its_run_history(
    client: TestClient, db: redis.Redis, sites: str
) -> None:
    test = create(
        client,
        url=f"{sites}/shop/login",
        goal="sign in and check the page says Welcome back, Alice",
        variables={"username": "alice@example.com"},
        secrets={"password": "hunter2"},
    )
    test_id = test["id"]
    run = client.post(f"/api/tests/{test_id}/run").json()
    assert run["result"]["passed"] is True, run["result"]
    due = db.zscore("schedule:due", test_id)
    assert due is not None

    deleted = client.delete(f"/api/tests/{test_id}")

    assert deleted.json() == {"status": "deleted", "id": test_id}
    assert client.get(f"/api/tests/{test_id}").status_code == 404
    assert client.get(f"/api/v1/tests/{test_id}").status_code == 404
    assert test_id not in [t["id"] for t in client.get("/api/tests").json()["tests"]]
    assert db.zscore("schedule:due", test_id) is None  # not scheduled: it does not run
    for key in ("test", "results", "timing", "events", "uptime"):
        assert not db.exists(f"{key}:{test_id}"), key
    assert client.get(f"/api/runs/{run['run_id']}").status_code == 404  # its runs too
    assert in_trash(client) == [("test", test_id)]

    restored = client.post(f"/api/v1/trash/test/{test_id}/restore")

    assert restored.json() == {"status": "restored", "kind": "test", "id": test_id}
    assert client.get(f"/api/tests/{test_id}").json()["status"] == "active"
    results = client.get(f"/api/tests/{test_id}/results").json()
    assert [r["run_id"] for r in results["results"]] == [run["run_id"]]
    assert client.get(f"/api/runs/{run['run_id']}").status_code == 200
    assert db.zscore("schedule:due", test_id) is not None  # on its schedule again
    assert in_trash(client) == []
    assert not db.keys("trash:*")
    actions = [e["action"] for e in client.get(f"/api/v1/tests/{test_id}/audit").json()["entries"]]
    assert actions == ["restore", "delete", "run", "create"]


def test_a_paused_test_comes_back_paused_and_unscheduled(
    client: TestClient, db: redis.Redis
) -> None:
    test_id = create(client)["id"]
    client.put(f"/api/tests/{test_id}", json={"status": "paused"})
    client.delete(f"/api/tests/{test_id}")

    client.post(f"/api/v1/trash/test/{test_id}/restore")

    assert client.get(f"/api/tests/{test_id}").json()["status"] == "paused"
    assert db.zscore("schedule:due", test_id) is None


def test_restoring_a_test_whose_name_is_taken_is_a_409(client: TestClient, db: redis.Redis) -> None:
    test_id = create(client)["id"]
    client.delete(f"/api/tests/{test_id}")
    create(client)  # another test by the same name, made since

    answer = client.post(f"/api/v1/trash/test/{test_id}/restore")

    assert answer.status_code == 409
    assert answer.json() == {
        "error": "a test named 'Login flow' exists: rename it before restoring this one"
    }
    assert in_trash(client) == [("test", test_id)]
    assert not db.exists(f"test:{test_id}")


def test_a_purged_test_is_gone_with_its_runs(client: TestClient, db: redis.Redis) -> None:
    test_id = create(client)["id"]
    db.zadd(f"results:{test_id}", {'{"run_id": "r1"}': 1})
    db.set("run:r1", "{}")
    client.delete(f"/api/tests/{test_id}")

    purged = client.delete(f"/api/v1/trash/test/{test_id}")

    assert purged.json() == {"status": "purged", "kind": "test", "id": test_id}
    assert not db.keys("trash:*")
    assert not db.exists("run:r1")
    assert client.post(f"/api/v1/trash/test/{test_id}/restore").status_code == 404
    assert client.delete(f"/api/v1/trash/test/{test_id}").json() == {
        "error": f"no test '{test_id}' in the trash"
    }


def test_suites_environments_and_browser_configurations_come_back(client: TestClient) -> None:
    environment = client.post(
        "/api/v1/environments", json={"name": "prod", "base_url": "https://p.example.com"}
    ).json()
    config = client.post("/api/v1/browser-configs", json={"name": "Phone"}).json()
    test_id = create(client)["id"]
    suite = client.post("/api/v1/suites", json={"name": "Checkout", "tests": [test_id]}).json()
    deletes = [
        f"/api/v1/suites/{suite['id']}",
        f"/api/v1/environments/{environment['id']}",
        f"/api/v1/browser-configs/{config['id']}",
    ]
    for path in deletes:
        assert client.delete(path).status_code == 200
        assert client.get(path).status_code == 404
    assert client.get("/api/v1/suites").json()["total"] == 0
    assert len(in_trash(client)) == 3

    for kind, record_id in in_trash(client):
        answer = client.post(f"/api/v1/trash/{kind}/{record_id}/restore")
        assert answer.status_code == 200, answer.text

    assert client.get(f"/api/v1/suites/{suite['id']}").json()["tests"][0]["id"] == test_id
    assert client.get(f"/api/v1/environments/{environment['id']}").json()["name"] == "prod"
    assert client.get(f"/api/v1/browser-configs/{config['id']}").json()["name"] == "Phone"


def test_restoring_a_record_whose_name_is_taken_is_a_409(client: TestClient) -> None:
    body = {"name": "prod", "base_url": "https://p.example.com"}
    first = client.post("/api/v1/environments", json=body).json()
    client.delete(f"/api/v1/environments/{first['id']}")
    client.post("/api/v1/environments", json=body)

    answer = client.post(f"/api/v1/trash/environment/{first['id']}/restore")

    assert answer.status_code == 409
    assert answer.json() == {"error": "another environment is named 'prod': rename it first"}


def test_emptying_the_trash_purges_everything(client: TestClient, db: redis.Redis) -> None:
    for n in range(3):
        client.delete(f"/api/tests/{create(client, name=f'test {n}')['id']}")

    assert client.delete("/api/v1/trash").json() == {"status": "emptied", "purged": 3}
    assert in_trash(client) == []
    assert not db.keys("trash:*")


def test_retention_purges_what_was_deleted_long_enough_ago(
    client: TestClient, db: redis.Redis
) -> None:
    old, recent = create(client, name="old")["id"], create(client, name="recent")["id"]
    client.delete(f"/api/tests/{old}")
    client.delete(f"/api/tests/{recent}")
    db.zadd("trash:all", {f"test:{old}": 1_000})  # deleted long before the 30 days kept

    async def sweep() -> int:
        with acting_as("scheduler"):
            return await trash_service(app_state_of(client)).sweep()

    assert client.portal.call(sweep) == 1  # type: ignore[union-attr]
    assert in_trash(client) == [("test", recent)]
    purge = client.get("/api/v1/audit", params={"action": "purge"}).json()["entries"]
    assert [(e["entity_id"], e["actor"]) for e in purge] == [(old, "scheduler")]


def app_state_of(client: TestClient) -> Any:
    return client.app.state.housecat  # type: ignore[attr-defined]


def test_a_restored_test_is_listed_again_in_its_suites(client: TestClient) -> None:
    first, second = create(client, name="first")["id"], create(client, name="second")["id"]
    suite = client.post("/api/v1/suites", json={"name": "Both", "tests": [first, second]}).json()
    client.delete(f"/api/tests/{first}")
    assert client.get(f"/api/v1/suites/{suite['id']}").json()["test_ids"] == [second]

    client.post(f"/api/v1/trash/test/{first}/restore")

    assert client.get(f"/api/v1/suites/{suite['id']}").json()["test_ids"] == [second, first]
