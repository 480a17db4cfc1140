"""Projects and their members as the API shows them, and what may be asked to change them."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from housecat.accounts.roles import Role

PROJECT_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


def _project_id(value: str) -> str:
    if not PROJECT_ID.match(value):
        raise ValueError("must be 1-40 lowercase letters, digits or '-', starting with one of them")
    return value


ProjectId = Annotated[str, AfterValidator(_project_id)]
ProjectName = Annotated[str, Field(min_length=1, max_length=100)]


class Project(BaseModel):
    """A workspace: its tests, suites, environments, configurations and status pages."""

    id: str
    name: str
    created_at: str
    role: Role | None = Field(default=None, description="The caller's role in it")


class NewProject(BaseModel):
    """A project to create; its id is made from its name unless given."""

    model_config = ConfigDict(extra="forbid")

    name: ProjectName
    id: ProjectId | None = None


class ProjectChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: ProjectName


class MemberRole(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Role


class Member(BaseModel):
    """A user and their role in one project."""

    user_id: str
    username: str
    display_name: str
    role: Role
