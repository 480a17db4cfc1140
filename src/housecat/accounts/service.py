"""What can be done with accounts: create users, check and change passwords, manage keys."""

from __future__ import annotations

from housecat.accounts import passwords
from housecat.accounts.api_keys import ApiKeyStore
from housecat.accounts.models import ApiKey, CreatedApiKey, NewApiKey, NewUser, User, UserChange
from housecat.accounts.roles import Role
from housecat.accounts.store import UserStore
from housecat.errors import Forbidden, InvalidInput, NotFound
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
        return await self.users.create(
            new.username,
            password_hash,
            new.role,
            new.display_name,
            new.email,
            only_if_first=only_if_first,
        )

    async def authenticate(self, username: str, password: str) -> User | None:
        """Return the enabled user whose username and password these are, else None."""
        user_id = await self.users.id_of(username) if username else None
        stored = await self.users.password_hash(user_id) if user_id else None
        if not await passwords.verify(stored, password) or user_id is None or stored is None:
            return None
        user = await self.users.get(user_id)
        if user is None or user.disabled or user.role is None:
            return None
        if passwords.needs_rehash(stored):  # the hasher's parameters changed since
            await self.users.set_password_hash(user_id, await passwords.hash_password(password))
        return user

    async def get(self, user_id: str) -> User:
        user = await self.users.get(user_id)
        if user is None:
            raise no_such_user(user_id)
        return user

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
        user = await self.users.update(user_id, fields, change.role)
        if user is None:
            raise no_such_user(user_id)
        if user.disabled:
            await self.sessions.end_all_of(user_id)
        return user

    async def delete(self, user_id: str) -> None:
        """Delete a user with their keys and sessions; LastAdmin guards the last admin."""
        if not await self.users.delete(user_id, await self.api_keys.keys_of(user_id)):
            raise no_such_user(user_id)
        await self.sessions.end_all_of(user_id)

    async def create_key(self, user_id: str, own_role: Role, new: NewApiKey) -> CreatedApiKey:
        """Make a key for the user, with a role no higher than `own_role`."""
        role = new.role or own_role
        if not own_role.allows(role):
            raise Forbidden(f"a key's role ({role}) cannot be above your own ({own_role})")
        return await self.api_keys.create(user_id, new.name, role, new.expires_at)

    async def keys_of(self, user_id: str) -> list[ApiKey]:
        await self.get(user_id)
        return await self.api_keys.of_user(user_id)

    async def revoke_key(self, user_id: str, key_id: str) -> None:
        if not await self.api_keys.revoke(user_id, key_id):
            raise NotFound(f"no API key with id '{key_id}'")
