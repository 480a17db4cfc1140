"""QStash: verifying the callbacks it signs (`Upstash-Signature`), each delivery once."""

from __future__ import annotations

import base64
import hashlib
import time
from dataclasses import dataclass
from typing import Any

import jwt
from redis.asyncio import Redis

from housecat import keys
from housecat.config import Settings
from housecat.errors import Unauthorized

CLOCK_TOLERANCE_S = 30
# What QStash puts in every token. The SDK's Receiver requires fewer and reads `body`
# unchecked (a KeyError), and it never says which delivery (`jti`) a token is.
REQUIRED_CLAIMS = ["iss", "sub", "exp", "nbf", "body", "jti"]


@dataclass(frozen=True)
class Delivery:
    """One verified call from QStash: its unique id and when its token expires (unix s)."""

    jti: str
    expires_at: int


def verify_callback(
    settings: Settings, signature: str | None, body: bytes, url: str
) -> Delivery | None:
    """Accept a callback signed with the current or next signing key, or raise Unauthorized.

    Returns the delivery to remember, or None when callbacks are not verified.
    """
    if settings.callback_auth == "none":
        return None
    current = settings.qstash_current_signing_key
    if current is None:
        raise Unauthorized(
            "QStash callbacks are refused: set QSTASH_CURRENT_SIGNING_KEY (and "
            "QSTASH_NEXT_SIGNING_KEY), or HOUSECAT_CALLBACK_AUTH=none on a trusted network"
        )
    following = settings.qstash_next_signing_key or current
    if not signature:
        raise Unauthorized("missing Upstash-Signature header")
    try:
        try:
            claims = _claims(current.get_secret_value(), signature)
        except jwt.InvalidSignatureError:  # signed with the next key, during a rotation?
            claims = _claims(following.get_secret_value(), signature)
    except jwt.InvalidTokenError as exc:
        raise Unauthorized(f"invalid Upstash-Signature: {exc}") from None
    if claims["sub"] != url:
        raise Unauthorized("invalid Upstash-Signature: it was signed for another URL")
    if claims["body"].rstrip("=") != _body_hash(body):
        raise Unauthorized("invalid Upstash-Signature: it was signed for another body")
    return Delivery(jti=claims["jti"], expires_at=int(claims["exp"]))


async def first_delivery(redis: Redis, delivery: Delivery) -> bool:
    """Remember a delivery until its token expires; False when it was seen before (a replay)."""
    ttl = max(1, delivery.expires_at - int(time.time()) + CLOCK_TOLERANCE_S)
    return bool(await redis.set(keys.qstash_delivery(delivery.jti), "1", nx=True, ex=ttl))


def _claims(key: str, signature: str) -> dict[str, Any]:
    """Decode and check a token's signature, issuer and times; check its claims' types."""
    claims: dict[str, Any] = jwt.decode(
        signature,
        key,
        algorithms=["HS256"],
        issuer="Upstash",
        leeway=CLOCK_TOLERANCE_S,
        options={"require": REQUIRED_CLAIMS},
    )
    for name in ("sub", "body", "jti"):
        if not isinstance(claims[name], str) or not claims[name]:
            raise jwt.InvalidTokenError(f"the {name} claim is not a non-empty string")
    return claims


def _body_hash(body: bytes) -> str:
    """Hash the raw body as QStash's `body` claim does (URL-safe base64, no padding)."""
    return base64.urlsafe_b64encode(hashlib.sha256(body).digest()).decode().rstrip("=")
