"""Named records in Redis: a `{kind}:{id}` hash each, a set of ids and a name index.

Environments, browser configurations, maintenance windows and status pages are kept this
way (a status page's index is of its slug, not its name). Every write is one script,
so it happens whole or not at all, and a name is taken by exactly one record even when
two creates race: the script that checks the name also writes it. Every change is then
recorded in the audit trail, under the store's `kind`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, cast

from redis.asyncio import Redis

from housecat.audit.actor import current_actor
from housecat.audit.models import CREATE, DELETE
from housecat.audit.store import record, record_changes
from housecat.projects.context import project_for_new, visible
from housecat.trash.keep import TRASH_LUA, Kind, trash_arg

# Store a new record unless its name or id is taken. A name held by this very id is
# this same create sent again (the client resends a command whose answer was lost).
_INSERT = """
local owner = redis.call('HGET', KEYS[3], ARGV[2])
if owner == ARGV[1] then return 'ok' end
if owner then return 'name' end
if redis.call('EXISTS', KEYS[1]) == 1 then return 'id' end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[3], ARGV[2], ARGV[1])
return 'ok'
"""

# Change fields of an existing record (so an update racing a delete cannot leave half a
# hash); a new name (ARGV[2], '' for none) must be free, and frees the old one.
_UPDATE = """
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
if ARGV[2] ~= '' then
  local owner = redis.call('HGET', KEYS[2], ARGV[2])
  if owner and owner ~= ARGV[1] then return 'name' end
  local old = redis.call('HGET', KEYS[1], '{field}')
  if old and old ~= ARGV[2] and redis.call('HGET', KEYS[2], old) == ARGV[1] then
    redis.call('HDEL', KEYS[2], old)
  end
  redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
  redis.call('HSET', KEYS[1], '{field}', ARGV[2])
end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
return redis.call('HGETALL', KEYS[1])
"""

# Delete a record nothing uses. While records use it (their ids in the sets KEYS[4..],
# their hashes at ARGV[2..] .. id), answer their names, one list per set, and delete nothing.
# A kind with a trash keeps the record there (the last argument, '' for none, says how).
_DELETE = (
    TRASH_LUA
    + """
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
local found, used = {}, false
for u = 4, #KEYS do
  local names = {}
  for i, user in ipairs(redis.call('SMEMBERS', KEYS[u])) do
    names[i] = redis.call('HGET', ARGV[u - 2] .. user, 'name') or user
    used = true
  end
  found[u - 3] = names
end
if used then return found end
local name = redis.call('HGET', KEYS[1], '{field}')
if name and redis.call('HGET', KEYS[3], name) == ARGV[1] then
  redis.call('HDEL', KEYS[3], name)
end
local t = ARGV[#ARGV]
if t ~= '' then trash_keep(cjson.decode(t), {KEYS[1]}) else redis.call('DEL', KEYS[1]) end
redis.call('SREM', KEYS[2], ARGV[1])
return {}
"""
)


@dataclass(frozen=True)
class Users:
    """Records of one kind that may use a named record, which is kept while any does."""

    kind: str  # "suite", "test": how a refusal names them
    ids: Callable[[str], str]  # the set of their ids, by the used record's id
    record: Callable[[str], str]  # a user's hash, by its id


Inserted = Literal["ok", "name", "id"]


def hash_fields(values: dict[str, object]) -> dict[str, str]:
    """Write values as a Redis hash keeps them: lists and dicts as JSON, none as ''."""
    return {name: _stored(value) for name, value in values.items()}


def _stored(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value)
    return str(value)


def present(fields: dict[str, str]) -> dict[str, str]:
    """Drop the fields stored as '' (none), so a model's defaults stand for them."""
    return {name: value for name, value in fields.items() if value != ""}


def _flatten(fields: dict[str, str]) -> list[str]:
    return [item for pair in fields.items() for item in pair]


def _as_dict(flat: list[str]) -> dict[str, str]:
    return dict(zip(flat[::2], flat[1::2], strict=True))


class NamedStore:
    """Records of one kind: insert, read, update and delete, each in one round trip."""

    def __init__(
        self,
        redis: Redis,
        *,
        record: Callable[[str], str],
        all_ids: str,
        names: str,
        users: Sequence[Users],
        kind: str,
        name_field: str = "name",
        trash: bool = False,
    ) -> None:
        self.redis = redis
        self.kind = kind  # as the audit trail and the trash name it: "environment"…
        self.trash = trash  # False: a delete is for good
        self._record = record
        self._all = all_ids
        self._names = names
        self._users = users
        # The field the index (`names`) is of: "name", or a status page's "slug".
        self._insert = redis.register_script(_INSERT)
        self._update = redis.register_script(_UPDATE.replace("{field}", name_field))
        self._delete = redis.register_script(_DELETE.replace("{field}", name_field))

    async def insert(
        self, record_id: str, name: str, fields: dict[str, str], *, action: str = CREATE
    ) -> Inserted:
        """Store a new record; 'name' or 'id' when that is taken (nothing is stored then).

        The audit trail records it under `action` (a record back from the trash: restore).
        It belongs to the project in context, unless its fields say which.
        """
        fields = {**fields, "project": fields.get("project") or project_for_new()}
        answer = await self._insert(
            keys=[self._record(record_id), self._all, self._names],
            args=[record_id, name, *_flatten(fields)],
        )
        if answer == "ok":
            await record(
                self.redis,
                action=action,
                kind=self.kind,
                entity_id=record_id,
                name=fields.get("name", name),
            )
        return cast(Inserted, answer)

    async def get(self, record_id: str) -> dict[str, str] | None:
        """Return the record's fields; None if it does not exist or is another project's."""
        fields = cast(dict[str, str], await self.redis.hgetall(self._record(record_id)))
        # Another project's record is answered as a missing one: its id must not leak.
        return fields if fields and visible(fields.get("project")) else None

    async def id_of(self, name: str) -> str | None:
        """Return the id of the record of that name (or slug), if there is one."""
        return cast(str | None, await self.redis.hget(self._names, name))

    async def all(self) -> list[dict[str, str]]:
        """Return every record, newest first, read in one pipelined round trip."""
        ids = cast(set[str], await self.redis.smembers(self._all))
        async with self.redis.pipeline(transaction=False) as pipe:
            for record_id in ids:
                pipe.hgetall(self._record(record_id))
            hashes: list[dict[str, str]] = await pipe.execute()
        found = [fields for fields in hashes if fields and visible(fields.get("project"))]
        found.sort(key=lambda fields: (fields.get("created_at", ""), fields["id"]), reverse=True)
        return found

    async def update(
        self, record_id: str, name: str | None, fields: dict[str, str]
    ) -> dict[str, str] | Literal["name"] | None:
        """Change fields (and the name); answer the whole record, 'name' if taken, None if gone."""
        before = await self.get(record_id)
        if before is None:
            return None
        answer = await self._update(
            keys=[self._record(record_id), self._names],
            args=[record_id, name or "", *_flatten(fields)],
        )
        if answer is None or answer == "name":
            return cast(Literal["name"] | None, answer)
        after = _as_dict(cast(list[str], answer))
        await record_changes(self.redis, self.kind, record_id, before, after)
        return after

    async def delete(self, record_id: str) -> dict[str, list[str]] | None:
        """Delete an unused record: None if it does not exist, else its users' names by kind.

        An empty answer means it was deleted (into the trash, for a kind that has one);
        names mean records use it and nothing changed.
        """
        before = await self.get(record_id)
        if before is None:
            return None
        actor = current_actor()
        kept = trash_arg(cast(Kind, self.kind), record_id, actor) if self.trash else ""
        answer = await self._delete(
            keys=[
                self._record(record_id),
                self._all,
                self._names,
                *(users.ids(record_id) for users in self._users),
            ],
            args=[record_id, *(users.record("") for users in self._users), kept],
        )
        if answer is None:
            return None
        named = zip(self._users, cast(list[list[str]], answer), strict=False)
        users = {users.kind: sorted(names) for users, names in named if names}
        if not users:
            name = before.get("name", record_id)
            await record(
                self.redis,
                action=DELETE,
                kind=self.kind,
                entity_id=record_id,
                name=name,
                actor=actor,
            )
        return users
