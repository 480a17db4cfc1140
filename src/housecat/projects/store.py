"""Projects in Redis: `project:{id}` hashes and the `projects` set; `default` always exists."""

from __future__ import annotations

from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.accounts.roles import DEFAULT_PROJECT
from housecat.clock import now_iso

DEFAULT_NAME = "Default"

# Store a new project unless its id is taken (a project deleted leaves no trace).
_INSERT = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'name', ARGV[2], 'created_at', ARGV[3])
redis.call('SADD', KEYS[2], ARGV[1])
return 1
"""


class ProjectStore:
    """Create, read, rename and delete projects."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._insert = redis.register_script(_INSERT)

    async def ensure_default(self) -> None:
        """Make the default project exist (cheap when it does)."""
        if await self.redis.sismember(keys.PROJECTS, DEFAULT_PROJECT):
            return
        await self.insert(DEFAULT_PROJECT, DEFAULT_NAME)

    async def insert(self, project_id: str, name: str) -> bool:
        """Store a new project; False when its id is taken."""
        done = await self._insert(
            keys=[keys.project(project_id), keys.PROJECTS], args=[project_id, name, now_iso()]
        )
        return bool(done)

    async def exists(self, project_id: str) -> bool:
        return bool(await self.redis.sismember(keys.PROJECTS, project_id))

    async def get(self, project_id: str) -> dict[str, str] | None:
        fields = cast(dict[str, str], await self.redis.hgetall(keys.project(project_id)))
        return fields or None

    async def ids(self) -> list[str]:
        return sorted(cast(set[str], await self.redis.smembers(keys.PROJECTS)))

    async def names(self, project_ids: list[str]) -> dict[str, str]:
        """Return each project's name by id, in one round trip."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for project_id in project_ids:
                pipe.hget(keys.project(project_id), "name")
            names = cast(list[str | None], await pipe.execute())
        return {p: name or p for p, name in zip(project_ids, names, strict=True)}

    async def rename(self, project_id: str, name: str) -> bool:
        if not await self.exists(project_id):
            return False
        await self.redis.hset(keys.project(project_id), "name", name)
        return True

    async def delete(self, project_id: str) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.srem(keys.PROJECTS, project_id)
            pipe.delete(keys.project(project_id), keys.project_members(project_id))
            await pipe.execute()

    async def roles_of(self, user_id: str) -> dict[str, str]:
        """Return the user's role in each project they are a member of."""
        ids = await self.ids()
        async with self.redis.pipeline(transaction=False) as pipe:
            for project_id in ids:
                pipe.hget(keys.project_members(project_id), user_id)
            roles = cast(list[str | None], await pipe.execute())
        return {project_id: role for project_id, role in zip(ids, roles, strict=True) if role}
