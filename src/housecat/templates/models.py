"""Request and response models of templates."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, ClassVar, Self

from pydantic import BaseModel, BeforeValidator, Field, field_validator
from pydantic.json_schema import SkipJsonSchema

from housecat.named.fields import NOT_NULL, Description, Input, Name, Update
from housecat.named.store import hash_fields
from housecat.plan.names import BUILT_IN
from housecat.plan.variables import VARIABLE
from housecat.suites.fields import GOAL_MAX, json_list
from housecat.suites.models import CreateTestSuite

TemplateGoal = Annotated[
    str,
    Field(
        min_length=1,
        max_length=GOAL_MAX,
        description="What a visitor does, in plain English the built-in reader reads, with "
        "`{{name}}` where each test puts its own value",
        examples=["sign in as {{user}} with {{password}}"],
    ),
]


def parameters_of(goal: str, defined: Iterable[str] = ()) -> list[str]:
    """The `{{names}}` a goal uses, each once, in the order it first uses them.

    Built-in names and those the goal defines itself (`defined`) need no value of a test's.
    """
    names = dict.fromkeys(match.group(1) for match in VARIABLE.finditer(goal))
    return [name for name in names if name not in BUILT_IN and name not in set(defined)]


class CreateTemplate(Input):
    """Request body for creating a template."""

    name: Name
    goal: TemplateGoal
    description: Description = ""


class UpdateTemplate(Update):
    """Request body for changing a template: only the fields sent change.

    A new goal is given to every test made from the template, but those whose steps are
    pinned (edited by hand).
    """

    name: Annotated[Name | None, NOT_NULL] = None
    goal: Annotated[TemplateGoal | None, NOT_NULL] = None
    description: Annotated[Description | None, NOT_NULL] = None


class Template(BaseModel):
    """A stored template, with the parameters its goal uses."""

    id: str
    name: str
    description: str = ""
    goal: str
    parameters: Annotated[list[str], BeforeValidator(json_list)] = Field(
        default=[], description="The `{{names}}` its goal uses, in order: each test's values"
    )
    created_at: str
    updated_at: str

    @classmethod
    def from_hash(cls, fields: dict[str, str]) -> Self:
        return cls.model_validate(fields)

    def to_hash(self) -> dict[str, str]:
        return hash_fields(self.model_dump())


class TemplateList(BaseModel):
    """Every template, newest first."""

    templates: list[Template]
    total: int


class TemplateSaved(BaseModel):
    """A changed template, and what became of the tests made from it."""

    template: Template
    updated: list[str] = Field(description="Ids of the tests given its new goal")
    pinned: list[str] = Field(description="Ids of the tests kept as they are: steps pinned")
    refused: dict[str, str] = Field(
        default_factory=dict,
        description="The tests that refused its new goal (by id: why), and kept theirs",
    )


class TestFromTemplate(CreateTestSuite):
    """Request body for a test made from a template: a test's fields, but the goal.

    The template's goal is the test's; its `variables` and `secrets` (or its
    environment's) give each parameter a value.
    """

    __test__: ClassVar[bool] = False

    goal: SkipJsonSchema[None] = None  # type: ignore[assignment]

    @field_validator("goal", mode="before")
    @classmethod
    def _goal_is_the_template_s(cls, value: object) -> None:
        if value is not None:
            raise ValueError("a test made from a template takes its goal")
