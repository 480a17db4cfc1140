"""`POST /api/callback/{id}`: QStash's signed cron trigger."""

from __future__ import annotations

import base64
import hashlib
import json
import time
import uuid
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


def qstash_claims(url: str, body: bytes, *, expires_in: int = 300) -> dict[str, Any]:
    """The claims QStash signs: who it calls, until when, a unique id, and the body's hash."""
    now = int(time.time())
    digest = base64.urlsafe_b64encode(hashlib.sha256(body).digest()).decode().rstrip("=")
    return {
        "iss": "Upstash", "sub": url, "exp": now + expires_in, "nbf": now, "iat": now,
        "jti": f"jwt_{uuid.uuid4().hex}", "body": digest,
    }  # fmt: skip


def qstash_signature(key: str, url: str, body: bytes, *, expires_in: int = 300) -> str:
    """Sign the way QStash does: an HS256 JWT whose body claim hashes the raw body."""
    return jwt.encode(qstash_claims(url, body, expires_in=expires_in), key, algorithm="HS256")


@pytest.fixture
def signed(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(
        public_url=PUBLIC, qstash_current_signing_key=CURRENT, qstash_next_signing_key=NEXT
    )


def create(client: TestClient, url: str) -> str:
    return str(client.post("/api/tests", json={"name": "n", "url": url, "goal": GOAL}).json()["id"])


def call(client: TestClient, test_id: str, signature: str | bytes | None, body: bytes = b"") -> Any:
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


def signed_claims(url: str, change: dict[str, Any]) -> str:
    """A token signed with the right key whose claims are changed (None drops a claim)."""
    claims = {**qstash_claims(url, b""), **change}
    return jwt.encode({k: v for k, v in claims.items() if v is not None}, CURRENT, "HS256")


@pytest.mark.parametrize(
    "change",
    [{"body": None}, {"body": 42}, {"jti": None}, {"jti": ""}, {"exp": None}, {"nbf": None},
        {"sub": None}, {"iss": "Someone else"}, {"exp": "tomorrow"}],
    ids=["no-body", "number-body", "no-jti", "empty-jti", "no-exp", "no-nbf", "no-sub",
        "other-issuer", "text-exp"],
)  # fmt: skip
def test_a_signed_token_missing_a_claim_is_a_401_not_a_500(
    signed: TestClient, db: redis.Redis, change: dict[str, Any]
) -> None:
    test_id = create(signed, "https://a.test/")
    response = call(signed, test_id, signed_claims(f"{PUBLIC}/api/callback/{test_id}", change))
    assert response.status_code == 401, response.text
    assert response.json()["error"].startswith("invalid Upstash-Signature")
    assert not db.exists(f"results:{test_id}")


@pytest.mark.parametrize(
    "signature",
    ["e30", "e30.e30", "!!!.@@@.###", "a.b.c.d", "eyJhbGciOiJub25lIn0.e30.", "\u00e9t\u00e9"],
    ids=["one-part", "two-parts", "bad-base64", "four-parts", "alg-none", "not-ascii"],
)
def test_a_malformed_token_is_a_401_not_a_500(signed: TestClient, signature: str) -> None:
    test_id = create(signed, "https://a.test/")
    response = call(signed, test_id, signature.encode("latin-1"))
    assert response.status_code == 401, response.text
    assert "error" in response.json()


def test_a_replayed_delivery_runs_the_test_once(
    signed: TestClient, db: redis.Redis, sites: str
) -> None:
    test_id = create(signed, f"{sites}/shop/login")
    signature = qstash_signature(CURRENT, f"{PUBLIC}/api/callback/{test_id}", b"")
    assert call(signed, test_id, signature).json()["status"] == "completed"

    replay = call(signed, test_id, signature)

    assert replay.status_code == 200
    assert replay.json() == {"status": "skipped", "reason": "duplicate delivery"}
    assert db.zcard(f"results:{test_id}") == 1
    # remembered for as long as the token is valid (5 minutes) and the clock tolerance
    ttl = db.ttl(
        f"qstash:delivery:{jwt.decode(signature, options={'verify_signature': False})['jti']}"
    )
    assert 300 < ttl <= 330


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
