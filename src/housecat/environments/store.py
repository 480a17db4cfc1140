"""Environments in Redis: `environment:{id}` hashes, `environments:all`, `environments:names`."""

from __future__ import annotations

from redis.asyncio import Redis

from housecat import keys
from housecat.named.store import NamedStore


def environment_store(redis: Redis) -> NamedStore:
    """Return the store of environments; suites that use one are in `environment_suites:{id}`."""
    return NamedStore(
        redis,
        record=keys.environment,
        all_ids=keys.ENVIRONMENTS_ALL,
        names=keys.ENVIRONMENT_NAMES,
        users=keys.environment_suites,
        user_record=keys.suite,
    )
