"""Wrong tokens are limited per client address: 10 a minute, then 429 with Retry-After,
on the login page and for bearer calls alike, counted in Redis for every replica."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import redis
from fastapi.testclient import TestClient

from housecat.web.auth import SESSION_COOKIE
from tests.signing_in import BEARER, OWN_ORIGIN, TOKEN, another_browser

WRONG = {"Authorization": "Bearer not-the-token"}


@pytest.fixture
def locked(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False, api_token=TOKEN)


def guess_on_login(client: TestClient, given: str = "not-the-token") -> int:
    answer = client.post("/login", data={"token": given}, headers=OWN_ORIGIN)
    status: int = answer.status_code
    return status


def test_the_eleventh_wrong_bearer_token_in_a_minute_gets_429(
    locked: TestClient, db: redis.Redis
) -> None:
    for _ in range(10):
        assert locked.get("/api/tests", headers=WRONG).status_code == 401
    answer = locked.get("/api/tests", headers=WRONG)
    assert answer.status_code == 429
    assert answer.json()["error"].startswith("too many wrong API tokens; try again in ")
    assert 1 <= int(answer.headers["Retry-After"]) <= 60
    assert 0 < db.ttl("signin_failures:testclient") <= 60
    # Refused before the token is even looked at: guessing on is pointless.
    assert locked.get("/api/tests", headers=BEARER).status_code == 429
    elsewhere = another_browser(locked, "198.51.100.7")  # each address has its own count
    assert elsewhere.get("/api/tests", headers=BEARER).status_code == 200


def test_right_tokens_and_missing_ones_do_not_count(locked: TestClient) -> None:
    for _ in range(9):
        assert locked.get("/api/tests", headers=WRONG).status_code == 401
    for _ in range(20):
        assert locked.get("/api/tests", headers=BEARER).status_code == 200
        assert locked.get("/api/tests").status_code == 401  # no token offered: no guess
    assert locked.get("/api/tests", headers=WRONG).status_code == 401  # the 10th
    assert locked.get("/api/tests", headers=WRONG).status_code == 429


def test_the_eleventh_wrong_token_on_the_login_page_gets_a_message(locked: TestClient) -> None:
    for _ in range(10):
        assert guess_on_login(locked) == 401
    answer = locked.post("/login", data={"token": TOKEN}, headers=OWN_ORIGIN)
    assert answer.status_code == 429
    assert answer.headers["content-type"].startswith("text/html")
    assert 1 <= int(answer.headers["Retry-After"]) <= 60
    assert "Too many wrong tokens. Try again in " in answer.text
    assert SESSION_COOKIE not in answer.cookies


def test_the_login_page_and_the_api_share_one_count(locked: TestClient) -> None:
    for _ in range(5):
        assert guess_on_login(locked) == 401
        assert locked.get("/api/tests", headers=WRONG).status_code == 401
    assert guess_on_login(locked) == 429


def test_every_replica_sees_the_same_count(
    locked: TestClient, make_client: Callable[..., TestClient]
) -> None:
    replica = make_client(roles=False, api_token=TOKEN)  # another API process, same Redis
    for _ in range(10):
        assert locked.get("/api/tests", headers=WRONG).status_code == 401
    assert replica.get("/api/tests", headers=WRONG).status_code == 429


def test_the_count_starts_again_after_the_window(locked: TestClient, db: redis.Redis) -> None:
    for _ in range(10):
        assert guess_on_login(locked) == 401
    assert guess_on_login(locked) == 429
    db.delete("signin_failures:testclient")  # as the minute's expiry does
    assert guess_on_login(locked, TOKEN) == 200
