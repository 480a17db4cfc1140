"""Point stored runs at their files' new home, for a backup restored into another data dir.

Runs name their screenshots and traces by absolute path (`{artifacts dir}/{test}/...`),
in their details, their records and executions' copies of them, all JSON. This rewrites
the dir in every value of every kind of key but streams (the live event logs).
"""

from __future__ import annotations

import json
from typing import cast

from redis.asyncio import Redis

SCAN_COUNT = 500


def as_in_json(directory: str) -> bytes:
    """The dir, with its final '/', as a JSON string holds it (as is, unless it has \\ or ")."""
    return json.dumps(f"{directory}/", ensure_ascii=False)[1:-1].encode()


async def relocate(redis: Redis, old_dir: str, new_dir: str) -> int:
    """Rewrite `old_dir/` to `new_dir/` in every value; return how many keys changed.

    `redis` must answer bytes (decode_responses off): values need not be text.
    """
    if old_dir == new_dir:
        return 0
    old, new = as_in_json(old_dir), as_in_json(new_dir)
    changed = 0
    async for key in redis.scan_iter(count=SCAN_COUNT):
        kind = cast(bytes, await redis.type(key)).decode()
        if await _relocate_key(redis, key, kind, old, new):
            changed += 1
    return changed


async def _relocate_key(redis: Redis, key: bytes, kind: str, old: bytes, new: bytes) -> bool:
    """Rewrite one key's values that hold `old`; True when any did."""
    if kind == "string":
        value = cast(bytes, await redis.get(key))
        if old not in value:
            return False
        await redis.set(key, value.replace(old, new), keepttl=True)
        return True
    if kind == "hash":
        fields = cast(dict[bytes, bytes], await redis.hgetall(key))
        changes = {name: v.replace(old, new) for name, v in fields.items() if old in v}
        if changes:
            await redis.hset(key, mapping=changes)  # type: ignore[arg-type]
        return bool(changes)
    if kind == "list":
        items = cast(list[bytes], await redis.lrange(key, 0, -1))
        places = [index for index, item in enumerate(items) if old in item]
        for index in places:
            await redis.lset(key, index, items[index].replace(old, new))  # type: ignore[arg-type]
        return bool(places)
    if kind == "set":
        members = [m for m in cast(set[bytes], await redis.smembers(key)) if old in m]
        for member in members:
            await redis.srem(key, member)
            await redis.sadd(key, member.replace(old, new))
        return bool(members)
    if kind == "zset":
        scored = cast(list[tuple[bytes, float]], await redis.zrange(key, 0, -1, withscores=True))
        stale = [(member, score) for member, score in scored if old in member]
        for member, score in stale:
            await redis.zrem(key, member)
            await redis.zadd(key, {member.replace(old, new): score})
        return bool(stale)
    return False
