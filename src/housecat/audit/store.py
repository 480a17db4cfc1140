"""The audit trail in Redis: one stream of every change, and one stream per entity.

Stream ids are the time of writing (ms), so an entry's id is its time, the trail reads
newest first with XREVRANGE, and age-based trimming is `XTRIM MINID`. An entity's own
stream holds the same entries, so a test's trail is read without scanning the rest.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from redis.asyncio import Redis
from redis.exceptions import RedisError, ResponseError

from housecat import keys
from housecat.accounts.roles import DEFAULT_PROJECT
from housecat.audit.actor import current_actor
from housecat.audit.changes import changed_fields, touches_only_secrets
from housecat.audit.models import SECRET_CHANGE, UPDATE, AuditEntry, AuditPage, Change
from housecat.clock import now_iso
from housecat.projects.context import current_project, project_for_new, visible

log = logging.getLogger(__name__)

BATCH = 200  # entries read per round trip while filtering
MAX_SCANNED = 10_000  # entries one page may read past before answering what it found
DAY_MS = 86_400_000


# Delete the entity trails last written before ARGV[1] (ms), in one step, so that a trail
# written meanwhile is not lost with them.
_DROP_STALE = """
local cutoff = '(' .. ARGV[1]
for _, trail in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', cutoff)) do
  redis.call('DEL', trail)
end
return redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', cutoff)
"""


@dataclass(frozen=True)
class Filters:
    """What a reader asks of the trail; None: any."""

    kind: str | None = None
    entity_id: str | None = None
    actor: str | None = None
    action: str | None = None
    since_ms: int | None = None
    until_ms: int | None = None

    def match(self, entry: AuditEntry) -> bool:
        if not visible(entry.project):
            return False  # another project's change: as if it were not recorded
        wanted = {
            "kind": self.kind,
            "entity_id": self.entity_id,
            "actor": self.actor,
            "action": self.action,
        }
        return all(value is None or getattr(entry, name) == value for name, value in wanted.items())


# The hash of each kind of record that belongs to a project, by its id.
_RECORDS: dict[str, Callable[[str], str]] = {
    "test": keys.test,
    "suite": keys.suite,
    "environment": keys.environment,
    "browser_config": keys.browser_config,
    "template": keys.template,
    "maintenance_window": keys.maintenance_window,
    "status_page": keys.status_page,
}


async def _project_of(redis: Redis, kind: str, entity_id: str) -> str:
    """Name the project a change belongs to: the request's, else its record's (or the trash's)."""
    current = current_project()
    record_key = _RECORDS.get(kind)
    if current is not None or record_key is None:
        return project_for_new()
    # A change HouseCat made by itself (the scheduler purging the trash): its record's project.
    async with redis.pipeline(transaction=False) as pipe:
        pipe.hget(record_key(entity_id), "project")
        pipe.hget(keys.trash_item(kind, entity_id), "project")
        live, trashed = cast(list[str | None], await pipe.execute())
    return live or trashed or DEFAULT_PROJECT


async def record(
    redis: Redis,
    *,
    action: str,
    kind: str,
    entity_id: str,
    name: str = "",
    changes: Sequence[Change] = (),
    detail: str = "",
    actor: str | None = None,
) -> None:
    """Record one change; `actor` defaults to whoever is acting (see `audit.actor`)."""
    fields = {
        "at": now_iso(),
        "actor": actor or current_actor(),
        "action": action,
        "kind": kind,
        "entity_id": entity_id,
        "name": name,
        "changes": json.dumps([change.model_dump() for change in changes]),
        "detail": detail,
    }
    trail = keys.audit_of(kind, entity_id)
    try:
        fields["project"] = await _project_of(redis, kind, entity_id)
        async with redis.pipeline(transaction=True) as pipe:
            pipe.xadd(keys.AUDIT_LOG, fields)  # type: ignore[arg-type]
            pipe.xadd(trail, fields)  # type: ignore[arg-type]
            pipe.zadd(keys.AUDIT_ENTITIES, {trail: int(time.time() * 1000)})
            await pipe.execute()
    except RedisError as exc:
        # The change itself is made: answering an error would say it may not be.
        log.error(
            "recording %s of %s %s by %s failed: %s", action, kind, entity_id, fields["actor"], exc
        )


async def record_changes(
    redis: Redis,
    kind: str,
    entity_id: str,
    before: dict[str, str],
    after: dict[str, str],
    *,
    action: str | None = None,
) -> None:
    """Record an update from the record's hash before and after (nothing, if nothing changed).

    A change of secrets alone is recorded as `secret_change`, naming them, never their values.
    """
    changes = changed_fields(before, after)
    if not changes:
        return
    if action is None:
        action = SECRET_CHANGE if touches_only_secrets(changes) else UPDATE
    name = after.get("name") or before.get("name", "")
    await record(redis, action=action, kind=kind, entity_id=entity_id, name=name, changes=changes)


def _entry(entry_id: str, fields: dict[str, str]) -> AuditEntry:
    changes = [Change.model_validate(change) for change in json.loads(fields.get("changes", "[]"))]
    return AuditEntry(
        id=entry_id,
        at=fields.get("at", ""),
        actor=fields.get("actor", ""),
        action=fields.get("action", ""),
        kind=fields.get("kind", ""),
        entity_id=fields.get("entity_id", ""),
        name=fields.get("name", ""),
        changes=changes,
        detail=fields.get("detail", ""),
        project=fields.get("project") or DEFAULT_PROJECT,
    )


class AuditLog:
    """Read and trim the trail."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._drop_stale = redis.register_script(_DROP_STALE)

    async def page(self, filters: Filters, *, cursor: str | None, limit: int) -> AuditPage:
        """Return up to `limit` matching entries older than `cursor`, newest first."""
        stream = keys.AUDIT_LOG
        if filters.kind is not None and filters.entity_id is not None:
            stream = keys.audit_of(filters.kind, filters.entity_id)
        high = f"({cursor}" if cursor else _bound(filters.until_ms, "+")
        low = _bound(filters.since_ms, "-")
        found: list[AuditEntry] = []
        scanned = 0
        while True:
            try:
                batch = cast(
                    list[tuple[str, dict[str, str]]],
                    await self.redis.xrevrange(stream, max=high, min=low, count=BATCH),
                )
            except ResponseError:  # a range Redis refuses (past its first id): nothing in it
                return AuditPage(entries=found, next_cursor=None)
            for entry_id, fields in batch:
                scanned += 1
                entry = _entry(entry_id, fields)
                if filters.match(entry):
                    found.append(entry)
                if len(found) == limit or scanned >= MAX_SCANNED:
                    # More may match further back: the reader goes on from here.
                    return AuditPage(entries=found, next_cursor=entry_id)
            if len(batch) < BATCH:
                return AuditPage(entries=found, next_cursor=None)
            high = f"({batch[-1][0]}"

    async def trim(self, retention_days: int) -> None:
        """Drop entries older than the retention, and entity trails with nothing newer."""
        cutoff = int(time.time() * 1000) - retention_days * DAY_MS
        await self._drop_stale(keys=[keys.AUDIT_ENTITIES], args=[cutoff])
        trails = cast(list[str], await self.redis.zrange(keys.AUDIT_ENTITIES, 0, -1))
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.xtrim(keys.AUDIT_LOG, minid=cutoff, approximate=False)
            for trail in trails:
                pipe.xtrim(trail, minid=cutoff, approximate=False)
            await pipe.execute()


def _bound(ms: int | None, default: str) -> str:
    return default if ms is None else str(ms)
