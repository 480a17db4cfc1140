"""Users and project members in Redis: `user:{id}`, `users:all`, `users:names`,
`project_members:{project}`."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import cast

from redis.asyncio import Redis
from redis.exceptions import WatchError

from housecat import keys
from housecat.accounts.models import User
from housecat.accounts.roles import DEFAULT_PROJECT, Role
from housecat.clock import now_iso
from housecat.errors import Conflict

RETRIES = 5  # a watched write lost to another writer is tried again this many times


class UsernameTaken(Conflict):
    def __init__(self, username: str) -> None:
        super().__init__(f"username '{username}' is taken")


class NotFirstUser(Conflict):
    def __init__(self) -> None:
        super().__init__("HouseCat already has users: an admin creates the next ones")


class LastAdmin(Conflict):
    def __init__(self) -> None:
        super().__init__("refused: this is the project's last admin; make another admin first")


def _user_of(fields: Mapping[str, str], role: str | None) -> User:
    return User(
        id=fields["id"],
        username=fields["username"],
        display_name=fields.get("display_name") or fields["username"],
        email=fields.get("email") or None,
        created_at=fields["created_at"],
        disabled=fields.get("disabled") == "1",
        role=Role(role) if role else None,
    )


class UserStore:
    """Keep users and their roles; every check-then-write is one watched transaction."""

    def __init__(self, redis: Redis, project_id: str = DEFAULT_PROJECT) -> None:
        self.redis = redis
        self.project_id = project_id
        self.members = keys.project_members(project_id)

    async def any_user(self) -> bool:
        """Tell whether anyone has an account (then signing in is required)."""
        return bool(await self.redis.scard(keys.USERS_ALL))

    async def create(
        self,
        username: str,
        password_hash: str,
        role: Role,
        display_name: str | None = None,
        email: str | None = None,
        *,
        only_if_first: bool = False,
    ) -> User:
        """Add a user with a role in the project; UsernameTaken if the name is in use."""
        user_id = secrets.token_hex(8)
        fields = {
            "id": user_id,
            "username": username,
            "display_name": display_name or username,
            "email": email or "",
            "created_at": now_iso(),
            "disabled": "0",
            "password_hash": password_hash,
        }
        folded = username.casefold()
        for _ in range(RETRIES):
            async with self.redis.pipeline(transaction=True) as pipe:
                await pipe.watch(keys.USER_NAMES, keys.USERS_ALL)
                if await pipe.hexists(keys.USER_NAMES, folded):
                    raise UsernameTaken(username)
                if only_if_first and await pipe.scard(keys.USERS_ALL):
                    raise NotFirstUser()
                pipe.multi()  # type: ignore[no-untyped-call]
                pipe.hset(keys.user(user_id), mapping=fields)  # type: ignore[arg-type]
                pipe.sadd(keys.USERS_ALL, user_id)
                pipe.hset(keys.USER_NAMES, folded, user_id)
                pipe.hset(self.members, user_id, role.value)
                try:
                    await pipe.execute()
                except WatchError:
                    continue  # another user was created meanwhile: look again
            return _user_of(fields, role.value)
        raise Conflict("too many users created at once; try again")

    async def get(self, user_id: str) -> User | None:
        """Return the user with the role in the project, or None."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(keys.user(user_id))
            pipe.hget(self.members, user_id)
            fields, role = await pipe.execute()
        return _user_of(fields, role) if fields else None

    async def password_hash(self, user_id: str) -> str | None:
        found = cast(str | None, await self.redis.hget(keys.user(user_id), "password_hash"))
        return found

    async def id_of(self, username: str) -> str | None:
        found = cast(str | None, await self.redis.hget(keys.USER_NAMES, username.casefold()))
        return found

    async def all(self) -> list[User]:
        """Return every user, by username."""
        ids = sorted(cast(set[str], await self.redis.smembers(keys.USERS_ALL)))
        async with self.redis.pipeline(transaction=False) as pipe:
            for user_id in ids:
                pipe.hgetall(keys.user(user_id))
            pipe.hgetall(self.members)
            *found, roles = await pipe.execute()
        users = [_user_of(fields, roles.get(fields["id"])) for fields in found if fields]
        return sorted(users, key=lambda user: user.username.casefold())

    async def set_password_hash(self, user_id: str, password_hash: str) -> None:
        await self.redis.hset(keys.user(user_id), "password_hash", password_hash)

    async def update(
        self, user_id: str, fields: Mapping[str, str], role: Role | None
    ) -> User | None:
        """Change a user's fields and role; LastAdmin if that leaves the project no admin."""
        for _ in range(RETRIES):
            async with self.redis.pipeline(transaction=True) as pipe:
                await pipe.watch(self.members, keys.user(user_id), keys.USERS_ALL)
                if not await pipe.exists(keys.user(user_id)):
                    return None
                disabled = fields.get("disabled") == "1"
                stops_being_admin = disabled or (role is not None and role is not Role.ADMIN)
                if stops_being_admin:
                    await self._refuse_if_last_admin(pipe, user_id)
                pipe.multi()  # type: ignore[no-untyped-call]
                if fields:
                    pipe.hset(keys.user(user_id), mapping=dict(fields))  # type: ignore[arg-type]
                if role is not None:
                    pipe.hset(self.members, user_id, role.value)
                try:
                    await pipe.execute()
                except WatchError:
                    continue
            return await self.get(user_id)
        raise Conflict("the user was changed by someone else meanwhile; try again")

    async def delete(self, user_id: str, also: list[str]) -> bool:
        """Delete a user, their roles and the keys in `also`; LastAdmin if they are the last."""
        for _ in range(RETRIES):
            async with self.redis.pipeline(transaction=True) as pipe:
                await pipe.watch(self.members, keys.user(user_id), keys.USERS_ALL)
                username = cast(str | None, await pipe.hget(keys.user(user_id), "username"))
                if username is None:
                    return False
                await self._refuse_if_last_admin(pipe, user_id)
                projects = cast(set[str], await pipe.smembers(keys.PROJECTS))
                pipe.multi()  # type: ignore[no-untyped-call]
                pipe.delete(keys.user(user_id), *also)
                pipe.srem(keys.USERS_ALL, user_id)
                pipe.hdel(keys.USER_NAMES, username.casefold())
                for project_id in projects:
                    pipe.hdel(keys.project_members(project_id), user_id)
                pipe.hdel(self.members, user_id)
                try:
                    await pipe.execute()
                except WatchError:
                    continue
            return True
        raise Conflict("the user was changed by someone else meanwhile; try again")

    async def remove_member(self, user_id: str) -> bool:
        """Take the user out of the project; LastAdmin if they are its last admin."""
        for _ in range(RETRIES):
            async with self.redis.pipeline(transaction=True) as pipe:
                await pipe.watch(self.members, keys.USERS_ALL)
                if not await pipe.hexists(self.members, user_id):
                    return False
                await self._refuse_if_last_admin(pipe, user_id)
                pipe.multi()  # type: ignore[no-untyped-call]
                pipe.hdel(self.members, user_id)
                try:
                    await pipe.execute()
                except WatchError:
                    continue
            return True
        raise Conflict("the project was changed by someone else meanwhile; try again")

    async def _refuse_if_last_admin(self, pipe: Redis, user_id: str) -> None:
        """Raise LastAdmin when `user_id` is the only enabled admin of the project."""
        roles = cast(dict[str, str], await pipe.hgetall(self.members))
        if roles.get(user_id) != Role.ADMIN.value:
            return
        others = [other for other, role in roles.items() if role == "admin" and other != user_id]
        for other in others:
            if await pipe.hget(keys.user(other), "disabled") == "0":
                return
        raise LastAdmin()
