"""Users and API keys as the API shows them, and what may be asked to create or change them."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from housecat.accounts.roles import DEFAULT_PROJECT, Role

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")


def _username(value: str) -> str:
    if not USERNAME.match(value):
        raise ValueError(
            "must be 1-64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit"
        )
    return value


def _email(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if len(value) > 254 or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise ValueError("must be an e-mail address like alice@example.com")
    return value


def _future(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("must say its time zone, e.g. 2027-01-31T12:00:00Z")
    if value <= datetime.now(UTC):
        raise ValueError("must be in the future")
    return value


Username = Annotated[str, AfterValidator(_username)]
Email = Annotated[str | None, AfterValidator(_email)]
DisplayName = Annotated[str, Field(max_length=200)]


class User(BaseModel):
    """A person who signs in, and their role in the project."""

    id: str
    username: str
    display_name: str
    email: str | None = None
    created_at: str
    disabled: bool = False
    role: Role | None = Field(default=None, description="The role in the project; none: no access")


class NewUser(BaseModel):
    """A user an admin creates."""

    model_config = ConfigDict(extra="forbid")

    username: Username
    password: str = Field(max_length=1024, description="At least 8 characters")
    display_name: DisplayName | None = None
    email: Email = None
    role: Role = Role.VIEWER


class UserChange(BaseModel):
    """What an admin may change of a user; fields left out stay as they are."""

    model_config = ConfigDict(extra="forbid")

    display_name: DisplayName | None = None
    email: Email = None
    disabled: bool | None = None
    role: Role | None = None


class PasswordChange(BaseModel):
    """A new password, with the current one to prove it is its owner asking."""

    model_config = ConfigDict(extra="forbid")

    current_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024, description="At least 8 characters")


class NewApiKey(BaseModel):
    """A key to create: its name, its role (no higher than its owner's) and when it expires."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    role: Role | None = Field(default=None, description="Default: the owner's own role")
    project: str = Field(
        default=DEFAULT_PROJECT, max_length=40, description="The one project the key acts in"
    )
    expires_at: Annotated[datetime | None, AfterValidator(_future)] = Field(
        default=None, description="ISO-8601, in the future; none: never"
    )


class ApiKey(BaseModel):
    """A user's API key as it is listed: never its secret."""

    id: str
    user_id: str
    name: str
    role: Role
    project: str = DEFAULT_PROJECT
    created_at: str
    expires_at: str | None = None
    last_used_at: str | None = None


class CreatedApiKey(ApiKey):
    """A key just created: the only answer that holds the key itself."""

    key: str = Field(description="Send as `Authorization: Bearer <key>`; shown only this once")


class Me(BaseModel):
    """Who the request's credentials name."""

    actor: str = Field(description="How the audit trail names this caller")
    role: Role = Field(description="The role in the request's project")
    project: str | None = Field(default=None, description="The request's project")
    user: User | None = Field(default=None, description="None for HOUSECAT_API_TOKEN")
