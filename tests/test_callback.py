"""`POST /api/callback/{id}`: QStash's signed cron trigger."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from collections.abc import Callable
from typing import Any

import jwt
import pytest
import redis
from fastapi.testclient import TestClient

PUBLIC = "https://monitor.example.com"
CURRENT = "sig_7kYjT3eGqZ9pN2vB5xW8cR1mL4hD6fA0"
NEXT = "sig_2nQ8wE5rT1yU7iO3pA9sD4fG6hJ0kL5z"
GOAL = "sign in with alice@example.com and password hunter2, then check the page says Welcome back, Alice"


def qstash_signature(key: str, url: str, body: bytes, *, expires_in: int = 300) -> str:
    """Sign the way QStash does: an HS256 JWT whose body claim hashes the raw body."""
    now = int(time.time())
    digest = base64.urlsafe_b64encode(hashlib.sha256(body).digest()).decode().rstrip("=")
    claims = {
        "iss": "Upstash", "sub": url, "exp": now + expires_in, "nbf": now, "iat": now,
        "jti": f"jwt_{now}", "body": digest,
    }  # fmt: skip
    return jwt.encode(claims, key, algorithm="HS256")


@pytest.fixture
def signed(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(
        public_url=PUBLIC, qstash_current_signing_key=CURRENT, qstash_next_signing_key=NEXT
    )


def create(client: TestClient, url: str) -> str:
    return str(client.post("/api/tests", json={"name": "n", "url": url, "goal": GOAL}).json()["id"])


def call(client: TestClient, test_id: str, signature: str | None, body: bytes = b"") -> Any:
    headers = {"Upstash-Signature": signature} if signature else {}
    return client.post(f"/api/callback/{test_id}", content=body, headers=headers)


def test_a_signed_callback_runs_and_stores_the_test(
    signed: TestClient, db: redis.Redis, sites: str
) -> None:
    test_id = create(signed, f"{sites}/shop/login")
    url = f"{PUBLIC}/api/callback/{test_id}"
    response = call(signed, test_id, qstash_signature(CURRENT, url, b""))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body == {
        "status": "completed",
        "test_id": test_id,
        "passed": True,
        "run_id": body["run_id"],
    }
    (record,) = db.zrange(f"results:{test_id}", 0, -1)
    assert json.loads(record)["triggered_by"] == "qstash"


def test_the_next_signing_key_is_accepted_too(signed: TestClient, sites: str) -> None:
    test_id = create(signed, f"{sites}/shop/login")
    url = f"{PUBLIC}/api/callback/{test_id}"
    assert call(signed, test_id, qstash_signature(NEXT, url, b"{}"), b"{}").status_code == 200


@pytest.mark.parametrize(
    "tamper",
    ["body", "key", "url", "expired", "missing", "garbage"],
)
def test_a_bad_signature_is_a_401_and_runs_nothing(
    signed: TestClient, db: redis.Redis, tamper: str
) -> None:
    test_id = create(signed, "https://a.test/")
    url = f"{PUBLIC}/api/callback/{test_id}"
    signature: str | None = {
        "body": qstash_signature(CURRENT, url, b"original"),
        "key": qstash_signature("sig_another_key_that_is_long_enough_00", url, b""),
        "url": qstash_signature(CURRENT, f"{PUBLIC}/api/callback/other", b""),
        "expired": qstash_signature(CURRENT, url, b"", expires_in=-120),
        "missing": None,
        "garbage": "not.a.jwt",
    }[tamper]
    response = call(signed, test_id, signature, b"tampered" if tamper == "body" else b"")
    assert response.status_code == 401
    assert "error" in response.json()
    assert not db.exists(f"results:{test_id}")


def test_without_signing_keys_callbacks_are_refused(client: TestClient) -> None:
    test_id = create(client, "https://a.test/")
    response = call(client, test_id, None)
    assert response.status_code == 401
    assert "QSTASH_CURRENT_SIGNING_KEY" in response.json()["error"]


def test_callback_auth_none_accepts_unsigned_calls(
    make_client: Callable[..., TestClient], sites: str
) -> None:
    client = make_client(callback_auth="none")
    test_id = create(client, f"{sites}/shop/login")
    assert call(client, test_id, None).json()["status"] == "completed"


def test_a_paused_test_is_skipped(signed: TestClient, db: redis.Redis) -> None:
    test_id = create(signed, "https://a.test/")
    signed.put(f"/api/tests/{test_id}", json={"status": "paused"})
    url = f"{PUBLIC}/api/callback/{test_id}"
    response = call(signed, test_id, qstash_signature(CURRENT, url, b""))
    assert response.json() == {"status": "skipped", "reason": "test is paused"}
    assert not db.exists(f"results:{test_id}")


def test_an_unknown_test_is_a_404(signed: TestClient) -> None:
    url = f"{PUBLIC}/api/callback/nope1234"
    assert call(signed, "nope1234", qstash_signature(CURRENT, url, b"")).status_code == 404


def test_the_callback_needs_no_api_token(
    make_client: Callable[..., TestClient], sites: str
) -> None:
    client = make_client(api_token="t0k", callback_auth="none")
    test_id = create_with_token(client, f"{sites}/shop/login")
    assert call(client, test_id, None).status_code == 200


def create_with_token(client: TestClient, url: str) -> str:
    headers = {"Authorization": "Bearer t0k"}
    body = {"name": "n", "url": url, "goal": GOAL}
    return str(client.post("/api/tests", json=body, headers=headers).json()["id"])
