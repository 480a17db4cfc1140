"""Request bases and fields shared by environments, browser configurations and suites."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

NAME_MAX = 100
DESCRIPTION_MAX = 2000


class Input(BaseModel):
    """A request body: unknown fields are refused and text is stripped of outer spaces."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _not_null(value: object) -> object:
    if value is None:
        raise ValueError("may not be null: leave the field out to keep its value")
    return value


# On an update field that has a value (a name, a viewport): null is refused, not "clear".
NOT_NULL = AfterValidator(_not_null)

Name = Annotated[
    str, Field(min_length=1, max_length=NAME_MAX, description="Unique name (case matters)")
]
Description = Annotated[str, Field(max_length=DESCRIPTION_MAX, description="What it is for")]


class Deleted(BaseModel):
    """What a delete answers."""

    status: Literal["deleted"] = "deleted"
    id: str
