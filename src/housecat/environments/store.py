"""Environments in Redis: `environment:{id}` hashes, `environments:all`, `environments:names`."""

from __future__ import annotations

from functools import partial

from redis.asyncio import Redis

from housecat import keys
from housecat.named.store import NamedStore, Users


def environment_store(redis: Redis) -> NamedStore:
    """Return the store of environments, each kept while a suite or a test uses it."""
    return NamedStore(
        redis,
        record=keys.environment,
        all_ids=keys.ENVIRONMENTS_ALL,
        names=keys.ENVIRONMENT_NAMES,
        kind="environment",
        trash=True,
        users=[
            Users("suite", keys.environment_suites, keys.suite),
            Users("test", partial(keys.catalog_set, "environment"), keys.test),
        ],
    )
