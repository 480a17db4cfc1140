"""Per-user API keys: `hc_<id>_<secret>`, shown once, kept as a SHA-256 of the secret."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.accounts.models import ApiKey, CreatedApiKey
from housecat.accounts.roles import DEFAULT_PROJECT, Role
from housecat.clock import iso, now_iso

PREFIX = "hc_"
SECRET_BYTES = 32
# A key's last use is written at most this often: reading it must not cost a write each time.
LAST_USE_EVERY = timedelta(minutes=1)
_SET_IF_EXISTS = """
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 'last_used_at', ARGV[1]) end
"""


def is_api_key(given: str) -> bool:
    """Tell whether a bearer credential is shaped like one of our keys."""
    return given.startswith(PREFIX)


def digest(secret: str) -> str:
    # A plain SHA-256 suffices, unlike for passwords: the secret is 256 random bits, so no
    # dictionary or brute force reaches it, and a fast hash keeps every request cheap.
    return hashlib.sha256(secret.encode()).hexdigest()


def _parse(given: str) -> tuple[str, str] | None:
    """Split `hc_<id>_<secret>` into id and secret (the secret may hold '_' itself)."""
    key_id, _, secret = given.removeprefix(PREFIX).partition("_")
    if not key_id or not secret or not key_id.isalnum():
        return None
    return key_id, secret


def _key_of(fields: Mapping[str, str]) -> ApiKey:
    return ApiKey(
        id=fields["id"],
        user_id=fields["user_id"],
        name=fields["name"],
        role=Role(fields["role"]),
        project=fields.get("project") or DEFAULT_PROJECT,
        created_at=fields["created_at"],
        expires_at=fields.get("expires_at") or None,
        last_used_at=fields.get("last_used_at") or None,
    )


def expired(key: ApiKey, now: datetime) -> bool:
    return key.expires_at is not None and datetime.fromisoformat(key.expires_at) <= now


class ApiKeyStore:
    """Create, find, list and revoke users' API keys."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._set_last_use = redis.register_script(_SET_IF_EXISTS)

    async def create(
        self,
        user_id: str,
        name: str,
        role: Role,
        expires_at: datetime | None,
        project: str = DEFAULT_PROJECT,
    ) -> CreatedApiKey:
        """Make a key for the user and return it, with the only copy of its secret."""
        key_id = secrets.token_hex(8)
        secret = secrets.token_urlsafe(SECRET_BYTES)
        fields = {
            "id": key_id,
            "user_id": user_id,
            "name": name,
            "role": role.value,
            "project": project,
            "created_at": now_iso(),
            "expires_at": iso(expires_at) if expires_at else "",
            "last_used_at": "",
            "secret_sha256": digest(secret),
        }
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(keys.api_key(key_id), mapping=fields)  # type: ignore[arg-type]
            pipe.sadd(keys.user_api_keys(user_id), key_id)
            await pipe.execute()
        return CreatedApiKey(**_key_of(fields).model_dump(), key=f"{PREFIX}{key_id}_{secret}")

    async def find(self, given: str, now: datetime | None = None) -> ApiKey | None:
        """Return the key `given` is, if it exists, matches and has not expired."""
        parsed = _parse(given)
        if parsed is None:
            return None
        key_id, secret = parsed
        fields = cast(dict[str, str], await self.redis.hgetall(keys.api_key(key_id)))
        if not hmac.compare_digest(fields.get("secret_sha256", ""), digest(secret)):
            return None
        key = _key_of(fields)
        return None if expired(key, now or datetime.now(UTC)) else key

    async def used(self, key: ApiKey, now: datetime | None = None) -> None:
        """Note that the key was used, unless that was noted less than a minute ago."""
        moment = now or datetime.now(UTC)
        last = key.last_used_at and datetime.fromisoformat(key.last_used_at)
        if last and moment - last < LAST_USE_EVERY:
            return
        # In one script: a key revoked meanwhile must not come back as a stub.
        await self._set_last_use(keys=[keys.api_key(key.id)], args=[iso(moment)])

    async def of_user(self, user_id: str) -> list[ApiKey]:
        """Return the user's keys, oldest first."""
        ids = cast(set[str], await self.redis.smembers(keys.user_api_keys(user_id)))
        async with self.redis.pipeline(transaction=False) as pipe:
            for key_id in ids:
                pipe.hgetall(keys.api_key(key_id))
            found = await pipe.execute()
        return sorted((_key_of(fields) for fields in found if fields), key=lambda k: k.created_at)

    async def revoke(self, user_id: str, key_id: str) -> bool:
        """Delete one of the user's keys; False if the user has no such key."""
        if not await self.redis.sismember(keys.user_api_keys(user_id), key_id):
            return False  # someone else's key, whatever its id
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.srem(keys.user_api_keys(user_id), key_id)
            pipe.delete(keys.api_key(key_id))
            removed, _ = await pipe.execute()
        return bool(removed)

    async def keys_of(self, user_id: str) -> list[str]:
        """Return the Redis keys holding the user's API keys (for deleting the user)."""
        ids = cast(set[str], await self.redis.smembers(keys.user_api_keys(user_id)))
        return [keys.api_key(key_id) for key_id in ids] + [keys.user_api_keys(user_id)]
