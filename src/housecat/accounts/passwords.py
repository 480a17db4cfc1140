"""Passwords: hashed with argon2id (argon2-cffi), in a thread: hashing is slow on purpose."""

from __future__ import annotations

import asyncio

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from housecat.errors import InvalidInput

MIN_LENGTH = 8
MAX_LENGTH = 1024  # longer ones only cost the server time to hash

_hasher = PasswordHasher()  # argon2-cffi's defaults (RFC 9106's low-memory profile)
# Checked against when no such user exists, so that a wrong name takes as long as a wrong password.
_NOBODY = _hasher.hash("no user has this password")


class WeakPassword(InvalidInput):
    """A password too easy to guess, or none at all."""

    def __init__(self, reason: str, field: str = "password") -> None:
        super().__init__(f"{field}: {reason}", {field: reason})


def check_strength(password: str, username: str, field: str = "password") -> None:
    """Raise WeakPassword for an empty, short, overlong or obvious password."""
    if not password:
        raise WeakPassword("is empty", field)
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"must be at least {MIN_LENGTH} characters", field)
    if len(password) > MAX_LENGTH:
        raise WeakPassword(f"must be at most {MAX_LENGTH} characters", field)
    if password.casefold() == username.casefold() or len(set(password)) == 1:
        raise WeakPassword("is too easy to guess", field)


async def hash_password(password: str) -> str:
    """Return the password's argon2id hash (salted; the parameters are in the hash)."""
    return await asyncio.to_thread(_hasher.hash, password)


async def verify(stored_hash: str | None, password: str) -> bool:
    """Tell whether `password` matches the stored hash (None: no such user, still as slow)."""

    def check() -> bool:
        try:
            # Checked whatever happens, to take as long; matches only a real stored hash.
            return _hasher.verify(stored_hash or _NOBODY, password) and bool(stored_hash)
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(check)


def needs_rehash(stored_hash: str) -> bool:
    """Tell whether the hash was made with other parameters than today's."""
    return _hasher.check_needs_rehash(stored_hash)
