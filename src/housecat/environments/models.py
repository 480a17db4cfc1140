"""Request and response models of environments."""

from __future__ import annotations

import json
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, SecretStr, field_serializer

from housecat.named.fields import NOT_NULL, Description, Input, Name, Update
from housecat.named.store import hash_fields
from housecat.plan.variables import MASK
from housecat.suites.fields import URL_MAX, Secrets, StoredValues, Variables, json_dict
from housecat.suites.values import Values
from housecat.urls import http_url

BaseUrl = Annotated[
    str,
    Field(
        max_length=URL_MAX,
        description="http(s) URL that tests whose URL is a path ('/login') run against",
    ),
    AfterValidator(http_url),
]


class CreateEnvironment(Input):
    """Request body for creating an environment."""

    name: Name
    base_url: BaseUrl
    description: Description = ""
    variables: Variables = Field(default_factory=dict)
    secrets: Secrets = Field(default_factory=dict)


class UpdateEnvironment(Update):
    """Request body for changing an environment: only the fields sent change.

    A dict of variables or secrets replaces the whole set; a secret sent as '••••••••'
    keeps its stored value, and secrets not sent at all are all kept.
    """

    name: Annotated[Name | None, NOT_NULL] = None
    base_url: Annotated[BaseUrl | None, NOT_NULL] = None
    description: Annotated[Description | None, NOT_NULL] = None
    variables: Annotated[Variables | None, NOT_NULL] = None
    secrets: Annotated[Secrets | None, NOT_NULL] = None


class Environment(BaseModel):
    """A stored environment; its secrets are answered as '••••••••'."""

    id: str
    name: str
    base_url: str
    description: str = ""
    variables: StoredValues = {}
    secrets: Annotated[dict[str, SecretStr], BeforeValidator(json_dict)] = {}
    created_at: str
    updated_at: str

    @field_serializer("secrets")
    def _masked(self, secrets: dict[str, SecretStr]) -> dict[str, str]:
        return dict.fromkeys(secrets, MASK)

    def secret_values(self) -> dict[str, str]:
        """Return the secrets as they are, for a run to type them; never for an answer."""
        return {name: value.get_secret_value() for name, value in self.secrets.items()}

    def values(self) -> Values:
        return Values(self.variables, self.secret_values())

    @classmethod
    def from_hash(cls, fields: dict[str, str]) -> Self:
        return cls.model_validate(fields)

    def to_hash(self) -> dict[str, str]:
        fields = hash_fields(self.model_dump())
        fields["secrets"] = json.dumps(self.secret_values())
        return fields


class EnvironmentList(BaseModel):
    """Every environment, newest first."""

    environments: list[Environment]
    total: int
