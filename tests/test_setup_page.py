"""`/setup`: while nobody has an account, the first admin is made there; then it is gone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import redis
from fastapi.testclient import TestClient

from housecat.web.auth import SESSION_COOKIE
from tests.accounts import PASSWORD, make_user
from tests.signing_in import OWN_ORIGIN, TOKEN, another_browser, sign_in

FORM = {"username": "root", "password": PASSWORD, "password_again": PASSWORD}


@pytest.fixture
def open_install(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False)


def test_the_first_admin_is_made_and_signed_in(open_install: TestClient, db: redis.Redis) -> None:
    assert 'id="password_again"' in open_install.get("/setup").text
    answer = open_install.post("/setup", data=FORM, headers=OWN_ORIGIN, follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/")
    assert SESSION_COOKIE in answer.cookies
    me = open_install.get("/api/v1/me").json()
    assert (me["actor"], me["role"]) == ("root", "admin")
    # From now on, signing in is required, and there is no second first admin.
    stranger = another_browser(open_install)
    assert stranger.get("/api/tests").status_code == 401
    again = stranger.post("/setup", data=FORM, headers=OWN_ORIGIN, follow_redirects=False)
    assert again.headers["location"].startswith("/login")
    assert open_install.get("/setup").status_code == 404
    assert db.scard("users:all") == 1


def test_setup_from_another_origin_is_refused(open_install: TestClient, db: redis.Redis) -> None:
    other = {"Origin": "http://evil.test"}
    assert open_install.post("/setup", data=FORM, headers=other).status_code == 403
    assert not db.exists("users:all")


@pytest.mark.parametrize(
    ("change", "message"),
    [({"password_again": "something else"}, "the two passwords differ"),
     ({"password": "short", "password_again": "short"}, "must be at least 8 characters"),
     ({"username": ""}, "must be 1-64 letters")],
)  # fmt: skip
def test_a_wrong_form_says_why_and_makes_nobody(
    open_install: TestClient, db: redis.Redis, change: dict[str, str], message: str
) -> None:
    answer = open_install.post("/setup", data={**FORM, **change}, headers=OWN_ORIGIN)
    assert answer.status_code == 422
    assert message in answer.text
    assert not db.exists("users:all")


def test_once_a_user_exists_setup_asks_to_sign_in_first(
    make_client: Callable[..., TestClient],
) -> None:
    locked = make_client(roles=False, api_token=TOKEN)
    make_user(locked, "alice", "admin")
    answer = locked.get("/setup", follow_redirects=False)
    assert answer.headers["location"] == "/login?next=%2Fsetup"
    sign_in(locked)
    assert locked.get("/setup").status_code == 404


def test_with_a_token_setup_needs_the_token(make_client: Callable[..., TestClient]) -> None:
    locked = make_client(roles=False, api_token=TOKEN)
    assert locked.get("/setup", follow_redirects=False).headers["location"].startswith("/login")
    csrf = sign_in(locked)
    form = {**FORM, "csrf_token": csrf}
    answer = locked.post("/setup", data=form, headers=OWN_ORIGIN, follow_redirects=False)
    assert answer.status_code == 303
    assert locked.get("/api/v1/me").json()["actor"] == "root"
