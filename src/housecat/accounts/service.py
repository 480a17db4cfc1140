"""What can be done with accounts: create users, check and change passwords, manage keys."""

from __future__ import annotations

from housecat.accounts import passwords
from housecat.accounts.api_keys import ApiKeyStore
from housecat.accounts.models import ApiKey, CreatedApiKey, NewApiKey, NewUser, User, UserChange
from housecat.accounts.store import UserStore
from housecat.audit.models import KEY_CREATED, KEY_REVOKED, MEMBER_CHANGE, Change
from housecat.audit.store import record
from housecat.errors import Conflict, Forbidden, InvalidInput, NotFound
from housecat.projects.store import ProjectStore
from housecat.signin.sessions import SessionStore


class WrongPassword(InvalidInput):
    def __init__(self) -> None:
        reason = "is not your current password"
        super().__init__(f"current_password: {reason}", {"current_password": reason})


def no_such_user(user_id: str) -> NotFound:
    return NotFound(f"no user with id '{user_id}'")


class AccountService:
    """Users, their passwords, roles and API keys, and ending their sessions when needed."""

    def __init__(self, users: UserStore, api_keys: ApiKeyStore, sessions: SessionStore) -> None:
        self.users = users
        self.api_keys = api_keys
        self.sessions = sessions

    async def create_user(self, new: NewUser, *, only_if_first: bool = False) -> User:
        """Create a user; WeakPassword, UsernameTaken (or NotFirstUser) say why not."""
        passwords.check_strength(new.password, new.username)
        password_hash = await passwords.hash_password(new.password)
        user = await self.users.create(
            new.username,
            password_hash,
            new.role,
            new.display_name,
            new.email,
            only_if_first=only_if_first,
        )
        await self._member_changed(user, "added", [Change(field="role", old="", new=new.role)])
        return user

    async def authenticate(self, username: str, password: str) -> User | None:
        """Return the enabled user whose username and password these are, else None."""
        user_id = await self.users.id_of(username) if username else None
        stored = await self.users.password_hash(user_id) if user_id else None
        if not await passwords.verify(stored, password) or user_id is None or stored is None:
            return None
        user = await self.users.get(user_id)
        if user is None or user.disabled:
            return None
        if not await ProjectStore(self.users.redis).roles_of(user_id):
            return None  # a member of no project

        if passwords.needs_rehash(stored):  # the hasher's parameters changed since
            await self.users.set_password_hash(user_id, await passwords.hash_password(password))
        return user

    async def get(self, user_id: str) -> User:
        user = await self.users.get(user_id)
        if user is None:
            raise no_such_user(user_id)
        return user

    async def member(self, user_id: str) -> User:
        """Return a member of the project; anyone else is answered as no such user."""
        user = await self.get(user_id)
        if user.role is None:
            raise no_such_user(user_id)
        return user

    async def members(self) -> list[User]:
        return [user for user in await self.users.all() if user.role is not None]

    async def _refuse_if_elsewhere(self, user: User, what: str) -> None:
        """Refuse to change the whole account of someone other projects also have."""
        projects = await ProjectStore(self.users.redis).roles_of(user.id)
        others = sorted(set(projects) - {self.users.project_id})
        if others:
            raise Conflict(
                f"refused: {user.username} is also a member of {', '.join(others)}; "
                f"to {what} here, take them out of this project "
                f"(DELETE /api/v1/projects/{self.users.project_id}/members/{user.id})"
            )

    async def change_password(
        self, user_id: str, current: str, new: str, *, keep_session: str | None
    ) -> None:
        """Set a new password given the current one; end the user's other sessions."""
        user = await self.get(user_id)
        if not await passwords.verify(await self.users.password_hash(user_id), current):
            raise WrongPassword()
        passwords.check_strength(new, user.username, "new_password")
        await self.users.set_password_hash(user_id, await passwords.hash_password(new))
        await self.sessions.end_all_of(user_id, keep=keep_session)

    async def update(self, user_id: str, change: UserChange) -> User:
        """Change a user; disabling one ends their sessions. LastAdmin guards the last admin."""
        fields: dict[str, str] = {}
        if change.display_name is not None:
            fields["display_name"] = change.display_name
        if "email" in change.model_fields_set:
            fields["email"] = change.email or ""
        if change.disabled is not None:
            fields["disabled"] = "1" if change.disabled else "0"
        before = await self.member(user_id)
        if change.disabled and not before.disabled:
            await self._refuse_if_elsewhere(before, "disable them")
        user = await self.users.update(user_id, fields, change.role)
        if user is None:
            raise no_such_user(user_id)
        if user.disabled:
            await self.sessions.end_all_of(user_id)
        changed = [
            Change(field=name, old=str(was), new=str(now))
            for name in ("role", "disabled", "display_name", "email")
            if (was := getattr(before, name)) != (now := getattr(user, name))
        ]
        if changed:
            await self._member_changed(user, "changed", changed)
        return user

    async def delete(self, user_id: str) -> None:
        """Delete a user with their keys and sessions; LastAdmin guards the last admin."""
        user = await self.member(user_id)
        await self._refuse_if_elsewhere(user, "remove them")
        if not await self.users.delete(user_id, await self.api_keys.keys_of(user_id)):
            raise no_such_user(user_id)
        await self.sessions.end_all_of(user_id)
        await self._member_changed(user, "removed", [])

    async def create_key(self, user_id: str, new: NewApiKey) -> CreatedApiKey:
        """Make a key for the user in a project, with a role no higher than theirs there."""
        member = await UserStore(self.users.redis, new.project).get(user_id)
        if member is None or member.role is None:
            raise NotFound(f"project '{new.project}' not found")
        own_role = member.role
        role = new.role or own_role
        if not own_role.allows(role):
            raise Forbidden(f"a key's role ({role}) cannot be above your own ({own_role})")
        created = await self.api_keys.create(
            user_id, new.name, role, new.expires_at, project=new.project
        )
        await self._key_event(KEY_CREATED, created)
        return created

    async def keys_of(self, user_id: str) -> list[ApiKey]:
        await self.get(user_id)
        return await self.api_keys.of_user(user_id)

    async def revoke_key(self, user_id: str, key_id: str) -> None:
        listed = {key.id: key for key in await self.api_keys.of_user(user_id)}
        if not await self.api_keys.revoke(user_id, key_id):
            raise NotFound(f"no API key with id '{key_id}'")
        if key_id in listed:
            await self._key_event(KEY_REVOKED, listed[key_id])

    async def _member_changed(self, user: User, how: str, changes: list[Change]) -> None:
        """Record in the audit trail that a member was added, changed or removed."""
        await record(
            self.users.redis,
            action=MEMBER_CHANGE,
            kind="user",
            entity_id=user.id,
            name=user.username,
            changes=changes,
            detail=f"{user.username} {how}",
        )

    async def _key_event(self, action: str, key: ApiKey) -> None:
        """Record a key created or revoked: its name and role, never the key."""
        detail = f"key '{key.name}' ({key.role})"
        await record(
            self.users.redis, action=action, kind="user", entity_id=key.user_id, detail=detail
        )
