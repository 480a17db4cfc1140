"""Move records stored before projects into the default project, once per install.

Every test, suite, environment, browser configuration, status page, maintenance window,
template and execution without a `project` field gets `default`; members keep their role
there (they were always kept in `project_members:default`). A marker key makes a later
start skip the walk; running it twice, or in two processes at once, does what once does.
"""

from __future__ import annotations

import logging
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.accounts.roles import DEFAULT_PROJECT
from housecat.projects.store import ProjectStore

log = logging.getLogger(__name__)

VERSION = "1"
BATCH = 500

# Each kind of record: the set of its ids and its hash by id.
# A record deleted meanwhile must not come back as a stub holding only `project`.
_SET_IF_MISSING = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
return redis.call('HSETNX', KEYS[1], 'project', ARGV[1])
"""

KINDS = (
    (keys.TESTS_ALL, keys.test),
    (keys.SUITES_ALL, keys.suite),
    (keys.ENVIRONMENTS_ALL, keys.environment),
    (keys.BROWSER_CONFIGS_ALL, keys.browser_config),
    (keys.STATUS_PAGES_ALL, keys.status_page),
    (keys.MAINTENANCE_ALL, keys.maintenance_window),
    (keys.TEMPLATES_ALL, keys.template),
)


async def move_into_default(redis: Redis) -> int:
    """Give every record without a project the default one; return how many were moved."""
    await ProjectStore(redis).ensure_default()
    if await redis.get(keys.PROJECTS_UPGRADED) == VERSION:
        return 0
    moved = 0
    for all_ids, record in KINDS:
        ids = sorted(cast(set[str], await redis.smembers(all_ids)))
        moved += await _set_missing(redis, [record(record_id) for record_id in ids])
    # Executions are also listed by project: index the old ones under the default one.
    executions = cast(
        list[tuple[str, float]], await redis.zrange(keys.EXECUTIONS_ALL, 0, -1, withscores=True)
    )
    moved += await _set_missing(redis, [keys.execution(e) for e, _ in executions])
    for start in range(0, len(executions), BATCH):
        batch = executions[start : start + BATCH]
        await redis.zadd(keys.executions_by("project", DEFAULT_PROJECT), dict(batch))
    await redis.set(keys.PROJECTS_UPGRADED, VERSION)
    if moved:
        log.info("projects: moved %d records into the default project", moved)
    return moved


async def _set_missing(redis: Redis, hashes: list[str]) -> int:
    """Set `project` to default in each existing hash that has none; return how many."""
    script = redis.register_script(_SET_IF_MISSING)
    moved = 0
    for start in range(0, len(hashes), BATCH):
        async with redis.pipeline(transaction=False) as pipe:
            for key in hashes[start : start + BATCH]:
                await script(keys=[key], args=[DEFAULT_PROJECT], client=pipe)
            moved += sum(cast(list[int], await pipe.execute()))
    return moved
