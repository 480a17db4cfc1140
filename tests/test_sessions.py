"""Sign-in sessions: a new random session per sign-in, kept in Redis, ended by signing out."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest
import redis
from fastapi.testclient import TestClient

from housecat.web.auth import SESSION_COOKIE, SESSION_MAX_AGE_S
from tests.signing_in import OWN_ORIGIN, TOKEN, another_browser, session_of, sign_in


@pytest.fixture
def locked(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False, api_token=TOKEN)


def with_cookie(client: TestClient, session: str) -> TestClient:
    """Another browser on the same app, holding only the given session cookie."""
    other = another_browser(client)
    other.cookies.set(SESSION_COOKIE, session)
    return other


def test_each_sign_in_gets_a_new_session(locked: TestClient) -> None:
    sign_in(locked)
    first = session_of(locked)
    sign_in(locked)
    second = session_of(locked)
    assert first != second
    assert TOKEN not in first and TOKEN not in second
    assert with_cookie(locked, second).get("/api/tests").status_code == 200
    # Signing in again from the same browser ends the session it had.
    assert with_cookie(locked, first).get("/api/tests").status_code == 401


def test_two_people_signed_in_have_sessions_of_their_own(locked: TestClient) -> None:
    other = another_browser(locked)
    sign_in(locked)
    sign_in(other)
    assert session_of(locked) != session_of(other)
    assert locked.get("/api/tests").status_code == 200
    assert other.get("/api/tests").status_code == 200


def test_a_session_is_kept_in_redis_by_a_hash_of_its_id_for_the_cookie_lifetime(
    locked: TestClient, db: redis.Redis
) -> None:
    answer = locked.post("/login", data={"token": TOKEN}, follow_redirects=False)
    assert f"Max-Age={SESSION_MAX_AGE_S}" in answer.headers["set-cookie"]
    session = session_of(locked)
    key = "session:" + hashlib.sha256(session.encode()).hexdigest()
    assert db.exists(key)
    assert SESSION_MAX_AGE_S - 60 < db.ttl(key) <= SESSION_MAX_AGE_S
    assert session not in str(db.keys("session:*"))  # the id itself is stored nowhere
    assert TOKEN not in str(db.get(key))


def test_after_signing_out_the_old_cookie_no_longer_signs_in(locked: TestClient) -> None:
    csrf = sign_in(locked)
    session = session_of(locked)
    answer = locked.post(
        "/logout", data={"csrf_token": csrf}, headers=OWN_ORIGIN, follow_redirects=False
    )
    assert (answer.status_code, answer.headers["location"]) == (303, "/login")
    stolen = with_cookie(locked, session)  # e.g. a copy of the cookie taken before
    assert stolen.get("/api/tests").status_code == 401
    assert stolen.get("/tests", follow_redirects=False).headers["location"].startswith("/login")


def test_signing_out_needs_the_csrf_token(locked: TestClient) -> None:
    sign_in(locked)
    answer = locked.post("/logout", headers=OWN_ORIGIN)
    assert answer.status_code == 403
    assert locked.get("/api/tests").status_code == 200  # still signed in


def test_changing_the_token_signs_everyone_out(
    locked: TestClient, make_client: Callable[..., TestClient]
) -> None:
    sign_in(locked)
    session = session_of(locked)
    restarted = make_client(roles=False, api_token="a-new-token")  # same Redis, new token
    assert with_cookie(restarted, session).get("/api/tests").status_code == 401
    assert with_cookie(restarted, session).get("/", follow_redirects=False).status_code == 303
    assert with_cookie(locked, session).get("/api/tests").status_code == 200  # the old token's


def test_a_link_from_another_site_asks_again_from_our_own_page(locked: TestClient) -> None:
    # The browser held the Strict cookie back: a page that reloads itself gets it sent.
    cross_site = {"Sec-Fetch-Site": "cross-site"}
    answer = locked.get("/login?next=%2Ftests", headers=cross_site)
    assert '<meta http-equiv="refresh" content="0">' in answer.text
    assert 'id="token"' not in answer.text
    again = locked.get("/login?next=%2Ftests", headers={"Sec-Fetch-Site": "same-origin"})
    assert 'id="token"' in again.text


def test_signing_in_from_another_origin_is_refused(locked: TestClient) -> None:
    answer = locked.post(
        "/login", data={"token": TOKEN}, headers={"Origin": "http://testserver:8001"}
    )
    assert answer.status_code == 403
    assert SESSION_COOKIE not in answer.cookies
