"""Sign-in sessions in Redis: a random id per sign-in, bound to the token it proved."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from redis.asyncio import Redis

from housecat import keys

# What a session remembers of the token it proved: an HMAC, never the token itself.
_FINGERPRINT_LABEL = b"housecat ui session"
_CSRF_LABEL = b"housecat csrf token"


def token_fingerprint(token: str) -> str:
    """Return what a session stores of the token it was started with."""
    return hmac.new(token.encode(), _FINGERPRINT_LABEL, hashlib.sha256).hexdigest()


def csrf_token(session_id: str) -> str:
    """Return the session's CSRF token: only a page of this session can know it."""
    # Keyed by the secret session id, so it needs no storage and reveals nothing of the id.
    return hmac.new(session_id.encode(), _CSRF_LABEL, hashlib.sha256).hexdigest()


def _key(session_id: str) -> str:
    # Keyed by a hash of the id, so a copy of the database holds no usable cookie.
    return keys.session(hashlib.sha256(session_id.encode()).hexdigest())


class SessionStore:
    """Start, look up and end sign-in sessions; each expires with its cookie."""

    def __init__(self, redis: Redis, max_age_s: int) -> None:
        self.redis = redis
        self.max_age_s = max_age_s

    async def start(self, token: str) -> str:
        """Start a session for someone who gave `token`, and return its new id."""
        session_id = secrets.token_urlsafe(32)
        await self.redis.set(_key(session_id), token_fingerprint(token), ex=self.max_age_s)
        return session_id

    async def is_valid(self, session_id: str, token: str) -> bool:
        """Tell whether the session exists and was started with the current token."""
        stored = await self.redis.get(_key(session_id))
        # A changed token signs everyone out: old sessions proved another token.
        return isinstance(stored, str) and hmac.compare_digest(stored, token_fingerprint(token))

    async def end(self, session_id: str) -> None:
        """End the session, so its cookie no longer signs anyone in."""
        await self.redis.delete(_key(session_id))
