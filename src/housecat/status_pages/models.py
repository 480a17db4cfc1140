"""Request and response models of status pages."""

from __future__ import annotations

import re
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, model_validator

from housecat.named.fields import NOT_NULL, Description, Input, Name, Update
from housecat.named.store import hash_fields
from housecat.suites.fields import Tags, json_list

SLUG = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")
SUITES_MAX = 100
NOTHING_SHOWN = "name at least one suite id or tag: the page shows the tests of those"


def _slug(value: str) -> str:
    if not SLUG.fullmatch(value):
        raise ValueError(
            "a slug is 1 to 64 lowercase letters, digits and '-', starting and ending with a "
            "letter or digit (it is the page's address: /status/{slug})"
        )
    return value


Slug = Annotated[
    str,
    Field(max_length=64, description="The page's address, `/status/{slug}`; unique"),
    AfterValidator(_slug),
]
SuiteIds = Annotated[
    list[Annotated[str, Field(min_length=1, max_length=64)]],
    Field(max_length=SUITES_MAX, description="Show the tests of these suites"),
]


class CreateStatusPage(Input):
    """Request body for creating a status page: it shows the tests of its suites and tags."""

    name: Name
    slug: Slug
    description: Description = ""
    suite_ids: SuiteIds = Field(default_factory=list)
    tags: Tags = Field(default_factory=list)

    @model_validator(mode="after")
    def _shows_something(self) -> Self:
        if not (self.suite_ids or self.tags):
            raise ValueError(NOTHING_SHOWN)
        return self


class UpdateStatusPage(Update):
    """Request body for changing a status page: only the fields sent change."""

    name: Annotated[Name | None, NOT_NULL] = None
    slug: Annotated[Slug | None, NOT_NULL] = None
    description: Annotated[Description | None, NOT_NULL] = None
    suite_ids: Annotated[SuiteIds | None, NOT_NULL] = None
    tags: Annotated[Tags | None, NOT_NULL] = None


class StatusPage(BaseModel):
    """A stored status page."""

    id: str
    name: str
    slug: str
    description: str = ""
    suite_ids: Annotated[list[str], BeforeValidator(json_list)] = []
    tags: Annotated[list[str], BeforeValidator(json_list)] = []
    created_at: str
    updated_at: str
    # The project it shows the tests of; none: the one it is created in.
    project: str | None = Field(default=None, exclude=True)

    @classmethod
    def from_hash(cls, fields: dict[str, str]) -> Self:
        return cls.model_validate(fields)

    def to_hash(self) -> dict[str, str]:
        return hash_fields(self.model_dump())


class StatusPageList(BaseModel):
    """Every status page, newest first."""

    status_pages: list[StatusPage]
    total: int
