"""Browser configurations in Redis: `browser_config:{id}` hashes, their set and name index."""

from __future__ import annotations

from redis.asyncio import Redis

from housecat import keys
from housecat.named.store import NamedStore, Users


def browser_config_store(redis: Redis) -> NamedStore:
    """Return the store of configurations; suites using one are in `browser_config_suites:{id}`."""
    return NamedStore(
        redis,
        record=keys.browser_config,
        all_ids=keys.BROWSER_CONFIGS_ALL,
        names=keys.BROWSER_CONFIG_NAMES,
        kind="browser_config",
        trash=True,
        users=[Users("suite", keys.browser_config_suites, keys.suite)],
    )
