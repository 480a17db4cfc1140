"""Maintenance windows in Redis: `maintenance_window:{id}` hashes, an id set, a name index."""

from __future__ import annotations

from redis.asyncio import Redis

from housecat import keys
from housecat.named.store import NamedStore


def maintenance_store(redis: Redis) -> NamedStore:
    """Return the store of maintenance windows (nothing else refers to one)."""
    return NamedStore(
        redis,
        kind="maintenance_window",
        record=keys.maintenance_window,
        all_ids=keys.MAINTENANCE_ALL,
        names=keys.MAINTENANCE_NAMES,
        users=[],
    )
