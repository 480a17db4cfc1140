"""Per-user API keys: shown once, kept hashed, no higher than their owner, revocable, expiring."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta

import pytest
import redis
from fastapi.testclient import TestClient
from redis.asyncio import Redis

from housecat.accounts.api_keys import ApiKeyStore
from housecat.accounts.roles import Role
from housecat.valkey import EmbeddedValkey
from tests.accounts import bearer, log_in, make_key, make_user, with_csrf
from tests.signing_in import BEARER, TOKEN, another_browser


@pytest.fixture
def locked(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False, api_token=TOKEN)


@pytest.fixture
def alice(locked: TestClient) -> dict[str, str]:
    """Alice, an editor, signed in on `locked`: the headers of her pages' requests."""
    make_user(locked, "alice", "editor")
    return with_csrf(log_in(locked, "alice"))


def test_a_key_is_answered_once_and_kept_as_a_hash(
    locked: TestClient, alice: dict[str, str], db: redis.Redis
) -> None:
    key = make_key(locked, alice, "deploys")
    key_id, secret = key.removeprefix("hc_").split("_", 1)
    assert len(secret) >= 43  # 32 random bytes
    listed = locked.get("/api/v1/me/keys").json()
    assert [(k["id"], k["name"], k["role"]) for k in listed] == [(key_id, "deploys", "editor")]
    assert secret not in str(listed)
    assert secret not in str([db.dump(name) for name in db.keys("*")])
    me = another_browser(locked).get("/api/v1/me", headers=bearer(key)).json()
    assert (me["actor"], me["role"]) == ("alice (key deploys)", "editor")


def test_a_key_does_only_what_its_role_allows(locked: TestClient, alice: dict[str, str]) -> None:
    reader = bearer(make_key(locked, alice, "reader", role="viewer"))
    api = another_browser(locked)
    assert api.get("/api/tests", headers=reader).status_code == 200
    refused = api.post("/api/tests", json={}, headers=reader)
    assert refused.status_code == 403
    assert refused.json() == {"error": "refused: this needs the editor role; alice (key reader) has viewer"}  # fmt: skip


def test_a_key_cannot_be_above_its_owner(locked: TestClient, alice: dict[str, str]) -> None:
    answer = locked.post("/api/v1/me/keys", json={"name": "root", "role": "admin"}, headers=alice)
    assert answer.status_code == 403
    assert answer.json() == {"error": "a key's role (admin) cannot be above your own (editor)"}
    assert locked.get("/api/v1/me/keys").json() == []


def test_a_demoted_owner_demotes_their_keys(locked: TestClient, alice: dict[str, str]) -> None:
    key = bearer(make_key(locked, alice))
    (user,) = locked.get("/api/v1/users", headers=BEARER).json()
    locked.patch(f"/api/v1/users/{user['id']}", json={"role": "viewer"}, headers=BEARER)
    api = another_browser(locked)
    assert api.get("/api/v1/me", headers=key).json()["role"] == "viewer"
    assert api.post("/api/tests", json={}, headers=key).status_code == 403


def test_a_revoked_key_answers_401(locked: TestClient, alice: dict[str, str]) -> None:
    key = make_key(locked, alice)
    key_id = key.split("_")[1]
    api = another_browser(locked)
    assert api.get("/api/tests", headers=bearer(key)).status_code == 200
    assert locked.delete(f"/api/v1/me/keys/{key_id}", headers=alice).status_code == 204
    assert api.get("/api/tests", headers=bearer(key)).status_code == 401
    assert locked.delete(f"/api/v1/me/keys/{key_id}", headers=alice).status_code == 404


def test_only_an_admin_lists_and_revokes_other_peoples_keys(
    locked: TestClient, alice: dict[str, str]
) -> None:
    key = make_key(locked, alice)
    key_id = key.split("_")[1]
    alice_id = locked.get("/api/v1/me").json()["user"]["id"]
    bob = another_browser(locked)
    make_user(locked, "bob", "editor")
    bob_headers = with_csrf(log_in(bob, "bob"))
    # Not Bob's key, whatever he knows of its id: it stays.
    assert bob.delete(f"/api/v1/me/keys/{key_id}", headers=bob_headers).status_code == 404
    assert bob.get(f"/api/v1/users/{alice_id}/keys").status_code == 403
    listed = locked.get(f"/api/v1/users/{alice_id}/keys", headers=BEARER).json()
    assert [k["id"] for k in listed] == [key_id] and "key" not in listed[0]
    revoked = locked.delete(f"/api/v1/users/{alice_id}/keys/{key_id}", headers=BEARER)
    assert revoked.status_code == 204
    assert bob.get("/api/tests", headers=bearer(key)).status_code == 401


def test_a_deleted_users_keys_stop_working(
    locked: TestClient, alice: dict[str, str], db: redis.Redis
) -> None:
    key = make_key(locked, alice)
    alice_id = locked.get("/api/v1/me").json()["user"]["id"]
    assert locked.delete(f"/api/v1/users/{alice_id}", headers=BEARER).status_code == 204
    assert another_browser(locked).get("/api/tests", headers=bearer(key)).status_code == 401
    assert not db.keys("api_key*") and not db.keys("user_api_keys*")


def test_an_expired_key_answers_401(locked: TestClient, alice: dict[str, str]) -> None:
    expiry = datetime.now(UTC) + timedelta(seconds=1.5)
    key = make_key(locked, alice, expires_at=expiry.isoformat())
    listed = locked.get("/api/v1/me/keys").json()
    assert datetime.fromisoformat(listed[0]["expires_at"]) == expiry.replace(
        microsecond=expiry.microsecond // 1000 * 1000
    )
    api = another_browser(locked)
    assert api.get("/api/tests", headers=bearer(key)).status_code == 200
    time.sleep(max(0.0, (expiry - datetime.now(UTC)).total_seconds()) + 0.05)
    assert api.get("/api/tests", headers=bearer(key)).status_code == 401


@pytest.mark.parametrize(
    ("expires_at", "reason"),
    [("2001-01-01T00:00:00Z", "must be in the future"),
     ("2099-01-01T00:00:00", "must say its time zone, e.g. 2027-01-31T12:00:00Z")],
)  # fmt: skip
def test_an_expiry_must_be_in_the_future_with_its_zone(
    locked: TestClient, alice: dict[str, str], expires_at: str, reason: str
) -> None:
    body = {"name": "old", "expires_at": expires_at}
    answer = locked.post("/api/v1/me/keys", json=body, headers=alice)
    assert answer.status_code == 422
    assert answer.json()["fields"] == {"expires_at": reason}


def test_wrong_keys_count_against_the_sign_in_limit(locked: TestClient) -> None:
    for _ in range(10):
        assert locked.get("/api/tests", headers=bearer("hc_0123abcd_guess")).status_code == 401
    assert locked.get("/api/tests", headers=BEARER).status_code == 429


def test_a_use_is_noted_at_once_and_not_again_within_the_minute(
    locked: TestClient, alice: dict[str, str]
) -> None:
    key = bearer(make_key(locked, alice))
    api = another_browser(locked)
    api.get("/api/tests", headers=key)
    (first,) = locked.get("/api/v1/me/keys").json()
    assert first["last_used_at"] is not None
    api.get("/api/tests", headers=key)
    (second,) = locked.get("/api/v1/me/keys").json()
    assert second["last_used_at"] == first["last_used_at"]


@pytest.fixture
async def keys_store(valkey: EmbeddedValkey, db: redis.Redis) -> AsyncIterator[ApiKeyStore]:
    client = Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True)
    yield ApiKeyStore(client)
    await client.aclose()


async def test_the_last_use_is_written_at_most_once_a_minute(keys_store: ApiKeyStore) -> None:
    created = await keys_store.create("u1", "ci", Role.EDITOR, None)
    start = datetime(2027, 1, 1, 12, 0, tzinfo=UTC)
    for seconds, written in [(0, 0), (30, 0), (59, 0), (61, 61)]:
        key = await keys_store.find(created.key, start)
        assert key is not None
        await keys_store.used(key, start + timedelta(seconds=seconds))
        (listed,) = await keys_store.of_user("u1")
        assert listed.last_used_at == (start + timedelta(seconds=written)).isoformat().replace(
            "+00:00", ".000Z"
        )


async def test_a_key_revoked_while_in_use_does_not_come_back(keys_store: ApiKeyStore) -> None:
    created = await keys_store.create("u1", "ci", Role.EDITOR, None)
    key = await keys_store.find(created.key)
    assert key is not None
    assert await keys_store.revoke("u1", key.id)
    await keys_store.used(key)
    assert await keys_store.find(created.key) is None
    assert not await keys_store.redis.exists(f"api_key:{key.id}")
