"""Users: created by an admin, unique by name in any case, argon2-hashed passwords, one
role in the project, and the last admin kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import redis
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from housecat.accounts import passwords
from tests.accounts import PASSWORD, log_in, make_user, with_csrf
from tests.signing_in import BEARER, OWN_ORIGIN, TOKEN, another_browser


@pytest.fixture
def locked(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False, api_token=TOKEN)


def test_an_admin_creates_lists_changes_and_deletes_users(locked: TestClient) -> None:
    body = {"username": "alice", "password": PASSWORD, "display_name": "Alice A.",
            "email": "alice@example.com", "role": "editor"}  # fmt: skip
    created = locked.post("/api/v1/users", json=body, headers=BEARER)
    assert created.status_code == 201, created.text
    alice = created.json()
    assert alice["username"] == "alice" and alice["role"] == "editor"
    assert alice["display_name"] == "Alice A." and alice["disabled"] is False
    assert "password" not in str(alice)
    bob_id = make_user(locked, "bob")
    listed = locked.get("/api/v1/users", headers=BEARER).json()
    assert [user["username"] for user in listed] == ["alice", "bob"]
    changed = locked.patch(
        f"/api/v1/users/{bob_id}", json={"role": "admin", "display_name": "Bob"}, headers=BEARER
    )
    assert changed.json()["role"] == "admin" and changed.json()["display_name"] == "Bob"
    assert locked.get(f"/api/v1/users/{bob_id}", headers=BEARER).json()["role"] == "admin"
    assert locked.delete(f"/api/v1/users/{alice['id']}", headers=BEARER).status_code == 204
    assert locked.get(f"/api/v1/users/{alice['id']}", headers=BEARER).status_code == 404
    assert locked.delete(f"/api/v1/users/{alice['id']}", headers=BEARER).status_code == 404


def test_a_username_is_taken_whatever_its_case(locked: TestClient, db: redis.Redis) -> None:
    make_user(locked, "Alice")
    again = locked.post(
        "/api/v1/users", json={"username": "aLICE", "password": PASSWORD}, headers=BEARER
    )
    assert again.status_code == 409
    assert again.json() == {"error": "username 'aLICE' is taken"}
    assert db.scard("users:all") == 1


@pytest.mark.parametrize(
    ("password", "reason"),
    [("", "is empty"), ("short", "must be at least 8 characters"),
     ("aaaaaaaaaa", "is too easy to guess"), ("carol1234", "is too easy to guess")],
)  # fmt: skip
def test_a_weak_or_empty_password_is_refused(
    locked: TestClient, db: redis.Redis, password: str, reason: str
) -> None:
    body = {"username": "carol1234", "password": password}
    answer = locked.post("/api/v1/users", json=body, headers=BEARER)
    assert answer.status_code == 422
    assert answer.json()["fields"] == {"password": reason}
    assert not db.exists("users:all")  # nothing half-written


def test_a_password_is_kept_only_as_an_argon2id_hash(locked: TestClient, db: redis.Redis) -> None:
    user_id = make_user(locked, "alice")
    stored = db.hget(f"user:{user_id}", "password_hash")
    assert stored is not None and stored.startswith("$argon2id$")
    assert PASSWORD not in str([db.dump(key) for key in db.keys("*")])


def test_a_hash_made_with_older_parameters_is_redone_at_sign_in(
    locked: TestClient, db: redis.Redis
) -> None:
    user_id = make_user(locked, "alice")
    old = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    db.hset(f"user:{user_id}", "password_hash", old)  # as an older HouseCat stored it
    log_in(locked, "alice")
    renewed = db.hget(f"user:{user_id}", "password_hash")
    assert renewed != old and not PasswordHasher().check_needs_rehash(str(renewed))


def test_the_last_admin_cannot_be_removed(locked: TestClient) -> None:
    admin_id = make_user(locked, "root", "admin")
    path = f"/api/v1/users/{admin_id}"
    for answer in (
        locked.delete(path, headers=BEARER),
        locked.patch(path, json={"role": "editor"}, headers=BEARER),
        locked.patch(path, json={"disabled": True}, headers=BEARER),
    ):
        assert answer.status_code == 409
        assert "last admin" in answer.json()["error"]
    assert locked.get(path, headers=BEARER).json()["role"] == "admin"
    make_user(locked, "deputy", "admin")
    assert locked.patch(path, json={"role": "editor"}, headers=BEARER).json()["role"] == "editor"


def test_a_user_signs_in_with_their_name_in_any_case(locked: TestClient) -> None:
    make_user(locked, "alice", "editor")
    csrf = log_in(locked, "ALICE")
    me = locked.get("/api/v1/me").json()
    assert (me["actor"], me["role"], me["user"]["username"]) == ("alice", "editor", "alice")
    assert locked.post("/api/tests", json={}, headers=with_csrf(csrf)).status_code == 422


def test_a_wrong_password_is_refused_and_counts_against_the_limit(locked: TestClient) -> None:
    make_user(locked, "alice")
    for given in ("alice", "nobody"):
        answer = locked.post(
            "/login", data={"username": given, "password": "wrong password"}, headers=OWN_ORIGIN
        )
        assert answer.status_code == 401
        assert "Wrong username or password." in answer.text
    for _ in range(8):
        locked.post("/login", data={"username": "alice", "password": "x"}, headers=OWN_ORIGIN)
    answer = locked.post(
        "/login", data={"username": "alice", "password": PASSWORD}, headers=OWN_ORIGIN
    )
    assert answer.status_code == 429
    assert "Too many failed sign-ins. Try again in " in answer.text


def test_without_a_token_sign_in_is_required_once_a_user_exists(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(roles=False)
    assert client.get("/api/tests").status_code == 200  # open, as before users
    body = {"username": "root", "password": PASSWORD}
    refused = client.post("/api/v1/users", json=body)
    assert refused.status_code == 403
    assert refused.json()["error"].startswith("no user exists yet: create the first admin at")
    setup = {"username": "root", "password": PASSWORD, "password_again": PASSWORD}
    another_browser(client).post("/setup", data=setup, headers=OWN_ORIGIN)
    assert client.get("/api/tests").status_code == 401
    assert client.get("/api/tests", headers=BEARER).status_code == 401  # no token is set
    page = client.get("/tests", follow_redirects=False)
    assert (page.status_code, page.headers["location"]) == (303, "/login?next=%2Ftests")
    log_in(client, "root")
    assert client.get("/api/tests").status_code == 200


def test_signing_out_ends_a_users_session_on_the_server(locked: TestClient) -> None:
    make_user(locked, "alice")
    csrf = log_in(locked, "alice")
    stolen = another_browser(locked)
    stolen.cookies.update(locked.cookies)
    locked.post("/logout", data={"csrf_token": csrf}, headers=OWN_ORIGIN)
    assert stolen.get("/api/v1/me").status_code == 401


@pytest.mark.parametrize("change", ["disable", "delete"])
def test_a_disabled_or_deleted_users_sessions_stop_working(locked: TestClient, change: str) -> None:
    user_id = make_user(locked, "alice")
    log_in(locked, "alice")
    admin = another_browser(locked)
    if change == "disable":
        admin.patch(f"/api/v1/users/{user_id}", json={"disabled": True}, headers=BEARER)
    else:
        admin.delete(f"/api/v1/users/{user_id}", headers=BEARER)
    assert locked.get("/api/v1/me").status_code == 401
    refused = locked.post("/login", data={"username": "alice", "password": PASSWORD})
    assert refused.status_code == 401


def test_changing_the_password_ends_the_users_other_sessions(locked: TestClient) -> None:
    make_user(locked, "alice")
    laptop, phone = locked, another_browser(locked)
    csrf = log_in(laptop, "alice")
    log_in(phone, "alice")
    new = {"current_password": PASSWORD, "new_password": "a much newer secret"}
    answer = laptop.post("/api/v1/me/password", json=new, headers=with_csrf(csrf))
    assert answer.status_code == 204, answer.text
    assert laptop.get("/api/v1/me").status_code == 200  # the one that changed it stays
    assert phone.get("/api/v1/me").status_code == 401
    refused = phone.post("/login", data={"username": "alice", "password": PASSWORD})
    assert refused.status_code == 401
    log_in(phone, "alice", "a much newer secret")


def test_a_password_change_needs_the_current_password(locked: TestClient) -> None:
    make_user(locked, "alice")
    csrf = log_in(locked, "alice")
    wrong = {"current_password": "not it at all", "new_password": "a much newer secret"}
    answer = locked.post("/api/v1/me/password", json=wrong, headers=with_csrf(csrf))
    assert answer.status_code == 422
    assert answer.json()["fields"] == {"current_password": "is not your current password"}
    weak = {"current_password": PASSWORD, "new_password": "short"}
    answer = locked.post("/api/v1/me/password", json=weak, headers=with_csrf(csrf))
    assert answer.json()["fields"] == {"new_password": "must be at least 8 characters"}
    token = locked.post("/api/v1/me/password", json=wrong, headers=BEARER)
    assert token.status_code == 403  # the API token has no password


def test_the_password_page_changes_it(locked: TestClient) -> None:
    make_user(locked, "alice")
    csrf = log_in(locked, "alice")
    form = {"csrf_token": csrf, "current_password": PASSWORD,
            "new_password": "a much newer secret", "new_password_again": "a much newer secret"}  # fmt: skip
    page = locked.post("/account/password", data=form, headers=OWN_ORIGIN)
    assert page.status_code == 200
    assert "Your password is changed" in page.text
    log_in(another_browser(locked), "alice", "a much newer secret")


def test_the_api_token_is_an_admin_and_no_user(locked: TestClient) -> None:
    me = locked.get("/api/v1/me", headers=BEARER).json()
    assert me == {"actor": "api-token", "role": "admin", "project": "default", "user": None}


async def test_no_stored_password_matches_any_password() -> None:
    # The stand-in hash checked for unknown users must never sign in one with no hash.
    for stored in (None, ""):
        assert not await passwords.verify(stored, "no user has this password")
    assert await passwords.verify(await passwords.hash_password("s3cret-pass"), "s3cret-pass")
