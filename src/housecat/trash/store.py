"""The trash in Redis: `trash:item:{kind}:{id}` hashes, the `trash:all` index, kept keys.

A delete script puts a record there (see `keep.py`); this store reads it, puts its keys
back on restore, and purges it, each write in one script.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.projects.context import visible
from housecat.trash.keep import Kind

# Put a record's kept keys (ARGV[3], a JSON list) back under their own names, drop the rest
# of what was kept (ARGV[4]) and its trash entry.
_RELEASE = """
for _, key in ipairs(cjson.decode(ARGV[3])) do
  if redis.call('EXISTS', ARGV[2] .. key) == 1 then redis.call('RENAME', ARGV[2] .. key, key) end
end
for _, key in ipairs(cjson.decode(ARGV[4])) do redis.call('DEL', ARGV[2] .. key) end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
"""

# Delete a record from the trash for good: every key it kept (a test's runs' included).
_PURGE = """
local listed = redis.call('HGET', KEYS[1], 'keys')
if not listed then return 0 end
for _, key in ipairs(cjson.decode(listed)) do redis.call('DEL', ARGV[2] .. key) end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
"""


@dataclass(frozen=True)
class Kept:
    """A record in the trash, as stored."""

    kind: Kind
    id: str
    name: str
    deleted_at: str
    deleted_by: str
    deleted_s: int  # deletion time (unix s), the index's score
    keys: list[str]  # its keys, by their live names
    suites: list[str]  # a test's: the suites that listed it


class TrashStore:
    """Read, restore and purge what deletes kept; one round trip per call."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._release = redis.register_script(_RELEASE)
        self._purge = redis.register_script(_PURGE)

    async def all(self) -> list[Kept]:
        """Every kept record, most recently deleted first, read in one pipelined round trip."""
        members = cast(
            list[tuple[str, float]],
            await self.redis.zrevrange(keys.TRASH_ALL, 0, -1, withscores=True),
        )
        async with self.redis.pipeline(transaction=False) as pipe:
            for member, _ in members:
                kind, _, record_id = member.partition(":")
                pipe.hgetall(keys.trash_item(kind, record_id))
            items: list[dict[str, str]] = await pipe.execute()
        return [
            _kept(fields, score)
            for fields, (_, score) in zip(items, members, strict=True)
            if fields and visible(fields.get("project"))
        ]

    async def get(self, kind: Kind, record_id: str) -> Kept | None:
        fields = cast(dict[str, str], await self.redis.hgetall(keys.trash_item(kind, record_id)))
        if not fields or not visible(fields.get("project")):
            return None  # another project's: as if it were not there
        score = await self.redis.zscore(keys.TRASH_ALL, f"{kind}:{record_id}")
        return _kept(fields, score or 0)

    async def kept_hash(self, key: str) -> dict[str, str]:
        """The fields a kept hash holds (by its live name)."""
        return cast(dict[str, str], await self.redis.hgetall(keys.trashed(key)))

    async def kept_list(self, key: str) -> list[str]:
        """The items a kept list holds (by its live name)."""
        return cast(list[str], await self.redis.lrange(keys.trashed(key), 0, -1))

    async def release(self, kept: Kept, *, put_back: list[str]) -> None:
        """Put `put_back` keys back in the live set; drop the rest and the trash entry."""
        rest = [key for key in kept.keys if key not in put_back]
        await self._release(
            keys=[keys.trash_item(kept.kind, kept.id), keys.TRASH_ALL],
            args=[
                f"{kept.kind}:{kept.id}",
                keys.TRASH_PREFIX,
                json.dumps(put_back),
                json.dumps(rest),
            ],
        )

    async def purge(self, kept: Kept) -> bool:
        """Delete a kept record for good; False if it was no longer there."""
        answer = await self._purge(
            keys=[keys.trash_item(kept.kind, kept.id), keys.TRASH_ALL],
            args=[f"{kept.kind}:{kept.id}", keys.TRASH_PREFIX],
        )
        return bool(answer)

    async def deleted_before(self, moment_s: int) -> list[tuple[Kind, str]]:
        """The kinds and ids of the records deleted before `moment_s` (unix s)."""
        members = cast(
            list[str], await self.redis.zrangebyscore(keys.TRASH_ALL, "-inf", f"({moment_s}")
        )
        found = []
        for member in members:
            kind, _, record_id = member.partition(":")
            found.append((cast(Kind, kind), record_id))
        return found


def _kept(fields: dict[str, str], score: float) -> Kept:
    return Kept(
        kind=cast(Kind, fields["kind"]),
        id=fields["id"],
        name=fields.get("name", ""),
        deleted_at=fields.get("deleted_at", ""),
        deleted_by=fields.get("deleted_by", ""),
        deleted_s=int(score),
        keys=json.loads(fields.get("keys", "[]")),
        suites=json.loads(fields.get("suites", "[]")),
    )
