"""The audit trail: who changed what, and when, with secret values never kept."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

import redis
from fastapi.testclient import TestClient
from redis.asyncio import Redis
from typer.testing import CliRunner

from housecat.audit.store import AuditLog, Filters, record
from housecat.cli import app
from housecat.config import Settings
from tests import signing_in
from tests.accounts import bearer, log_in, make_key, make_user, with_csrf

TOKEN = "audit-token-123"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
LOGIN = {
    "name": "Login flow",
    "url": "https://shop.example.com/login",
    "goal": "Sign in as alice with hunter2 and check the page says Welcome back",
}
SECRETS = "api_key, password"  # the names only: the goal's password is a secret too
runner = CliRunner()
NEW_GOAL = "Sign in as alice with hunter2 and check the page says Hello again"


def create(client: TestClient, headers: dict[str, str] | None = None, **fields: Any) -> str:
    answer = client.post("/api/tests", json={**LOGIN, **fields}, headers=headers)
    assert answer.status_code == 200, answer.text
    test_id: str = answer.json()["id"]
    return test_id


def trail(client: TestClient, path: str, **params: str) -> list[dict[str, Any]]:
    answer = client.get(path, params=params, headers=BEARER)
    assert answer.status_code == 200, answer.text
    entries: list[dict[str, Any]] = answer.json()["entries"]
    return entries


def test_a_tests_trail_shows_who_paused_it_and_who_changed_its_goal(
    make_client: Callable[..., TestClient],
) -> None:
    # Two servers on one store: one behind the API token, one open to anyone.
    guarded = make_client(roles=False, api_token=TOKEN)
    open_to_all = make_client(roles=False)
    test_id = create(guarded, BEARER)

    paused = guarded.put(f"/api/tests/{test_id}", json={"status": "paused"}, headers=BEARER)
    changed = open_to_all.put(f"/api/tests/{test_id}", json={"goal": NEW_GOAL})

    assert paused.status_code == changed.status_code == 200
    entries = trail(guarded, f"/api/v1/tests/{test_id}/audit")
    assert [(e["action"], e["actor"]) for e in entries] == [
        ("update", "anonymous"),
        ("pause", "api-token"),
        ("create", "api-token"),
    ]
    # The goal is kept with its password lifted out, as a secret: so the trail shows it.
    lifted = "Sign in as alice with {{password}} and check the page says "
    assert entries[0]["changes"] == [
        {"field": "goal", "old": lifted + "Welcome back", "new": lifted + "Hello again"}
    ]
    assert {"field": "status", "old": "active", "new": "paused"} in entries[1]["changes"]
    assert all(e["name"] == "Login flow" and e["kind"] == "test" for e in entries)


def test_the_trail_names_the_people_who_paused_a_test_and_changed_its_goal(
    make_client: Callable[..., TestClient],
) -> None:
    guarded = make_client(roles=False, api_token=signing_in.TOKEN)
    make_user(guarded, "alice", "editor")
    make_user(guarded, "bob", "editor")
    alice = bearer(make_key(guarded, with_csrf(log_in(guarded, "alice")), "laptop"))
    bob = signing_in.another_browser(guarded)
    bob_page = with_csrf(log_in(bob, "bob"))
    api = signing_in.another_browser(guarded)
    test_id = create(api, alice)

    paused = api.put(f"/api/tests/{test_id}", json={"status": "paused"}, headers=alice)
    changed = bob.put(f"/api/tests/{test_id}", json={"goal": NEW_GOAL}, headers=bob_page)

    assert paused.status_code == changed.status_code == 200, changed.text
    answer = api.get(f"/api/v1/tests/{test_id}/audit", headers=alice)
    assert [(e["action"], e["actor"]) for e in answer.json()["entries"]] == [
        ("update", "bob"),
        ("pause", "alice (key laptop)"),
        ("create", "alice (key laptop)"),
    ]


def test_resuming_and_running_a_test_are_recorded(client: TestClient) -> None:
    test_id = create(client)
    client.put(f"/api/tests/{test_id}", json={"status": "paused"})
    client.put(f"/api/tests/{test_id}", json={"status": "active"})
    queued = client.post(f"/api/tests/{test_id}/run?wait=false")

    entries = trail(client, f"/api/v1/tests/{test_id}/audit")
    assert [e["action"] for e in entries] == ["run", "resume", "pause", "create"]
    assert entries[0]["detail"] == queued.json()["run_id"]


def test_secret_values_are_never_in_the_trail(client: TestClient, db: redis.Redis) -> None:
    test_id = create(client, secrets={"api_key": "first-Value-9"})
    # The goal's own password is kept by sending it masked, as the API answers it.
    changed = {"api_key": "second-Value-7", "password": "••••••••"}
    assert client.put(f"/api/tests/{test_id}", json={"secrets": changed}).status_code == 200
    environment = client.post(
        "/api/v1/environments",
        json={"name": "staging", "base_url": "https://s.example.com", "secrets": {"pin": "4242x"}},
    ).json()
    client.put(f"/api/v1/environments/{environment['id']}", json={"secrets": {"pin": "9191y"}})

    entries = trail(client, "/api/v1/audit", action="secret_change")
    assert [(e["kind"], e["changes"]) for e in entries] == [
        ("environment", [{"field": "secrets", "old": "pin", "new": "pin (new value)"}]),
        ("test", [{"field": "secrets", "old": SECRETS, "new": "api_key (new value), password"}]),
    ]
    kept = json.dumps([db.xrange(key) for key in db.keys("audit:*") if db.type(key) == "stream"])
    for value in ("first-Value-9", "second-Value-7", "4242x", "9191y", "hunter2"):
        assert value not in kept


def test_each_kind_records_create_update_and_delete(client: TestClient) -> None:
    environment = client.post(
        "/api/v1/environments", json={"name": "prod", "base_url": "https://p.example.com"}
    ).json()
    client.put(f"/api/v1/environments/{environment['id']}", json={"name": "production"})
    client.delete(f"/api/v1/environments/{environment['id']}")
    suite = client.post("/api/v1/suites", json={"name": "Checkout"}).json()
    client.put(f"/api/v1/suites/{suite['id']}", json={"description": "the buying path"})
    client.delete(f"/api/v1/suites/{suite['id']}")

    entries = trail(client, "/api/v1/audit")
    assert [(e["kind"], e["action"]) for e in entries] == [
        ("suite", "delete"),
        ("suite", "update"),
        ("suite", "create"),
        ("environment", "delete"),
        ("environment", "update"),
        ("environment", "create"),
    ]
    renamed = entries[4]["changes"]
    assert renamed == [{"field": "name", "old": "prod", "new": "production"}]


def test_the_trail_is_filtered_and_paged_by_cursor(client: TestClient) -> None:
    made = [create(client, name=f"test {n}") for n in range(5)]
    client.put(f"/api/tests/{made[0]}", json={"status": "paused"})

    first = client.get("/api/v1/audit", params={"action": "create", "limit": 3}).json()
    rest = client.get(
        "/api/v1/audit", params={"action": "create", "limit": 3, "cursor": first["next_cursor"]}
    ).json()

    seen = [e["entity_id"] for e in first["entries"] + rest["entries"]]
    assert seen == made[::-1]
    assert rest["next_cursor"] is None
    newest = trail(client, "/api/v1/audit", actor="anonymous", limit="1")
    assert [e["action"] for e in newest] == ["pause"]
    assert trail(client, "/api/v1/audit", actor="someone else") == []
    assert trail(client, "/api/v1/audit", since="2999-01-01T00:00:00Z") == []


def test_the_trail_exports_as_csv_and_json_lines(client: TestClient) -> None:
    create(client, name="=HYPERLINK(1)")

    as_csv = client.get("/api/v1/audit", params={"format": "csv"})
    as_lines = client.get("/api/v1/audit", params={"format": "jsonl"})

    assert as_csv.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert [(r["action"], r["name"]) for r in rows] == [("create", "'=HYPERLINK(1)")]
    assert [json.loads(line)["action"] for line in as_lines.text.splitlines()] == ["create"]


def test_the_trail_of_a_test_that_never_was_is_a_404(client: TestClient) -> None:
    answer = client.get("/api/v1/tests/nosuch00/audit")
    assert answer.status_code == 404
    assert answer.json() == {"error": "test 'nosuch00' not found"}


def test_changes_made_on_the_command_line_are_the_clis(settings: Settings, db: redis.Redis) -> None:
    made = runner.invoke(
        app,
        ["tests", "create", "--name", "Login", "--url", "https://a.test/login", "--goal",
         "open /login", "--data-dir", str(settings.data_dir)],
    )  # fmt: skip
    (test_id,) = db.smembers("tests:all")
    deleted = runner.invoke(app, ["tests", "delete", test_id, "--data-dir", str(settings.data_dir)])

    assert made.exit_code == deleted.exit_code == 0, made.output + deleted.output
    entries = [fields for _, fields in db.xrevrange(f"audit:of:test:{test_id}")]
    assert [(e["action"], e["actor"]) for e in entries] == [("delete", "cli"), ("create", "cli")]


async def test_retention_trims_old_entries_and_forgets_quiet_trails(aredis: Redis) -> None:
    old = {"at": "2020-01-01T00:00:00.000Z", "action": "create", "kind": "test"}
    await aredis.xadd("audit:log", old, id="1000-0")  # type: ignore[arg-type]
    await aredis.xadd("audit:of:test:quiet001", old, id="1000-0")  # type: ignore[arg-type]
    await aredis.zadd("audit:entities", {"audit:of:test:quiet001": 1000})
    await record(aredis, action="create", kind="test", entity_id="recent01")

    await AuditLog(aredis).trim(retention_days=30)

    kept = await AuditLog(aredis).page(Filters(), cursor=None, limit=10)
    assert [entry.entity_id for entry in kept.entries] == ["recent01"]
    assert not await aredis.exists("audit:of:test:quiet001")
    assert await aredis.xlen("audit:of:test:recent01") == 1


def test_a_moment_that_is_no_date_is_a_422(client: TestClient) -> None:
    answer = client.get("/api/v1/audit", params={"until": "0.5"})
    assert answer.status_code == 422
    assert list(answer.json()["fields"]) == ["until"]


def test_members_and_keys_changes_are_recorded(make_client: Callable[..., TestClient]) -> None:
    admin = make_client(roles=False, api_token=signing_in.TOKEN)
    bob_id = make_user(admin, "bob", "viewer")
    changed = admin.patch(
        f"/api/v1/users/{bob_id}", json={"role": "editor"}, headers=signing_in.BEARER
    )
    assert changed.status_code == 200, changed.text
    bob = signing_in.another_browser(admin)
    key = make_key(bob, with_csrf(log_in(bob, "bob")), "ci")
    key_id, secret = key.removeprefix("hc_").split("_", 1)
    assert bob.delete(f"/api/v1/me/keys/{key_id}", headers=bearer(key)).status_code == 204

    answer = admin.get("/api/v1/audit", params={"kind": "user"}, headers=signing_in.BEARER)
    entries = answer.json()["entries"]
    assert [(e["action"], e["actor"], e["detail"]) for e in entries] == [
        ("key_revoked", "bob (key ci)", "key 'ci' (editor)"),
        ("key_created", "bob", "key 'ci' (editor)"),
        ("member_change", "api-token", "bob changed"),
        ("member_change", "api-token", "bob added"),
    ]
    assert entries[2]["changes"] == [{"field": "role", "old": "viewer", "new": "editor"}]
    # the key itself, never (whole: its secret part may itself hold "_" and a short tail)
    assert secret not in answer.text
