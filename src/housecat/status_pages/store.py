"""Status pages in Redis: `status_page:{id}` hashes, `status_pages:all`, a slug index.

Every write is one script, so a slug is taken by exactly one page even when two writes race.
"""

from __future__ import annotations

from typing import Literal, cast

from redis.asyncio import Redis

from housecat import keys

# Store a new page unless its slug or id is taken (its own slug: the same create resent).
_INSERT = """
local owner = redis.call('HGET', KEYS[3], ARGV[2])
if owner == ARGV[1] then return 'ok' end
if owner then return 'slug' end
if redis.call('EXISTS', KEYS[1]) == 1 then return 'id' end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[3], ARGV[2], ARGV[1])
return 'ok'
"""

# Change fields of an existing page; a new slug (ARGV[2], '' for none) must be free.
_UPDATE = """
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
if ARGV[2] ~= '' then
  local owner = redis.call('HGET', KEYS[2], ARGV[2])
  if owner and owner ~= ARGV[1] then return 'slug' end
  local old = redis.call('HGET', KEYS[1], 'slug')
  if old and old ~= ARGV[2] and redis.call('HGET', KEYS[2], old) == ARGV[1] then
    redis.call('HDEL', KEYS[2], old)
  end
  redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
  redis.call('HSET', KEYS[1], 'slug', ARGV[2])
end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
return redis.call('HGETALL', KEYS[1])
"""

_DELETE = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local slug = redis.call('HGET', KEYS[1], 'slug')
if slug and redis.call('HGET', KEYS[3], slug) == ARGV[1] then redis.call('HDEL', KEYS[3], slug) end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
return 1
"""

Inserted = Literal["ok", "slug", "id"]


def _flatten(fields: dict[str, str]) -> list[str]:
    return [item for pair in fields.items() for item in pair]


class StatusPageStore:
    """Status pages: insert, read (by id or slug), update and delete, each in one round trip."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._insert = redis.register_script(_INSERT)
        self._update = redis.register_script(_UPDATE)
        self._delete = redis.register_script(_DELETE)

    async def insert(self, page_id: str, slug: str, fields: dict[str, str]) -> Inserted:
        """Store a new page; 'slug' or 'id' when that is taken (nothing is stored then)."""
        answer = await self._insert(
            keys=[keys.status_page(page_id), keys.STATUS_PAGES_ALL, keys.STATUS_PAGE_SLUGS],
            args=[page_id, slug, *_flatten(fields)],
        )
        return cast(Inserted, answer)

    async def get(self, page_id: str) -> dict[str, str] | None:
        fields = cast(dict[str, str], await self.redis.hgetall(keys.status_page(page_id)))
        return fields or None

    async def id_of(self, slug: str) -> str | None:
        return cast(str | None, await self.redis.hget(keys.STATUS_PAGE_SLUGS, slug))

    async def all(self) -> list[dict[str, str]]:
        """Return every page, newest first, in one pipelined round trip."""
        ids = cast(set[str], await self.redis.smembers(keys.STATUS_PAGES_ALL))
        async with self.redis.pipeline(transaction=False) as pipe:
            for page_id in ids:
                pipe.hgetall(keys.status_page(page_id))
            hashes: list[dict[str, str]] = await pipe.execute()
        found = [fields for fields in hashes if fields]
        found.sort(key=lambda fields: (fields.get("created_at", ""), fields["id"]), reverse=True)
        return found

    async def update(
        self, page_id: str, slug: str | None, fields: dict[str, str]
    ) -> dict[str, str] | Literal["slug"] | None:
        """Change fields (and the slug); answer the whole page, 'slug' if taken, None if gone."""
        answer = await self._update(
            keys=[keys.status_page(page_id), keys.STATUS_PAGE_SLUGS],
            args=[page_id, slug or "", *_flatten(fields)],
        )
        if answer is None or answer == "slug":
            return cast(Literal["slug"] | None, answer)
        flat = cast(list[str], answer)
        return dict(zip(flat[::2], flat[1::2], strict=True))

    async def delete(self, page_id: str) -> bool:
        keys_ = [keys.status_page(page_id), keys.STATUS_PAGES_ALL, keys.STATUS_PAGE_SLUGS]
        return bool(await self._delete(keys=keys_, args=[page_id]))
