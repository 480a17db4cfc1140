"""What the project in context holds, to refuse deleting one that is not empty."""

from __future__ import annotations

from redis.asyncio import Redis

from housecat.browser_configs.store import browser_config_store
from housecat.environments.store import environment_store
from housecat.groups.store import GroupStore
from housecat.maintenance.store import maintenance_store
from housecat.named.store import NamedStore
from housecat.status_pages.service import status_page_store
from housecat.suites.store import SuiteStore
from housecat.templates.store import template_store


async def contents(redis: Redis) -> str:
    """Say what the project in context holds ('3 tests, 1 suite'), or '' when it is empty."""
    counts = {
        "test": len(await SuiteStore(redis).list()),
        "suite": len(await GroupStore(redis).all()),
    }
    named: list[tuple[str, NamedStore]] = [
        ("environment", environment_store(redis)),
        ("browser configuration", browser_config_store(redis)),
        ("status page", status_page_store(redis)),
        ("maintenance window", maintenance_store(redis)),
        ("template", template_store(redis)),
    ]
    for kind, store in named:
        counts[kind] = len(await store.all())
    return ", ".join(f"{n} {kind}{'' if n == 1 else 's'}" for kind, n in counts.items() if n)
