"""Sign-in sessions in Redis: a random id per sign-in, bound to the user or token it proved."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import cast

from redis.asyncio import Redis

from housecat import keys

# What a session remembers of the token it proved: an HMAC, never the token itself.
_FINGERPRINT_LABEL = b"housecat ui session"
_CSRF_LABEL = b"housecat csrf token"
# A user's session stores this and their id; a token's fingerprint (hex) never starts so.
_USER_MARK = "user:"


def token_fingerprint(token: str) -> str:
    """Return what a session stores of the token it was started with."""
    return hmac.new(token.encode(), _FINGERPRINT_LABEL, hashlib.sha256).hexdigest()


def csrf_token(session_id: str) -> str:
    """Return the session's CSRF token: only a page of this session can know it."""
    # Keyed by the secret session id, so it needs no storage and reveals nothing of the id.
    return hmac.new(session_id.encode(), _CSRF_LABEL, hashlib.sha256).hexdigest()


def _digest(session_id: str) -> str:
    # Keyed by a hash of the id, so a copy of the database holds no usable cookie.
    return hashlib.sha256(session_id.encode()).hexdigest()


def _key(session_id: str) -> str:
    return keys.session(_digest(session_id))


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

    async def start_for_user(self, user_id: str) -> str:
        """Start a session for a user who gave their password, and return its new id."""
        session_id = secrets.token_urlsafe(32)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(_key(session_id), _USER_MARK + user_id, ex=self.max_age_s)
            pipe.sadd(keys.user_sessions(user_id), _digest(session_id))
            # The index lives as long as the user's newest session.
            pipe.expire(keys.user_sessions(user_id), self.max_age_s)
            await pipe.execute()
        return session_id

    async def lookup(self, session_id: str) -> str | None:
        """Return what the session holds (see `user_of` and `proves`), or None if it is gone."""
        stored = await self.redis.get(_key(session_id))
        return stored if isinstance(stored, str) else None

    async def is_valid(self, session_id: str, token: str) -> bool:
        """Tell whether the session exists and was started with the current token."""
        return proves(await self.lookup(session_id), token)

    async def end(self, session_id: str) -> None:
        """End the session, so its cookie no longer signs anyone in."""
        stored = await self.lookup(session_id)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.delete(_key(session_id))
            if (user_id := user_of(stored)) is not None:
                pipe.srem(keys.user_sessions(user_id), _digest(session_id))
            await pipe.execute()

    async def end_all_of(self, user_id: str, *, keep: str | None = None) -> None:
        """End every session of the user, but `keep` (the one changing their password)."""
        index = keys.user_sessions(user_id)
        digests = cast(set[str], await self.redis.smembers(index))
        kept = _digest(keep) if keep else None
        ended = [digest for digest in digests if digest != kept]
        if not ended:
            return
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.delete(*(keys.session(digest) for digest in ended))
            pipe.srem(index, *ended)
            await pipe.execute()


def user_of(stored: str | None) -> str | None:
    """Return the user id a session holds, or None for a token's session."""
    if stored is None or not stored.startswith(_USER_MARK):
        return None
    return stored.removeprefix(_USER_MARK)


def proves(stored: str | None, token: str) -> bool:
    """Tell whether a session was started with `token` (a changed token signs everyone out)."""
    return stored is not None and hmac.compare_digest(stored, token_fingerprint(token))
