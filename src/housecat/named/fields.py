"""Request bases and fields shared by environments, browser configurations and suites."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

NAME_MAX = 100
DESCRIPTION_MAX = 2000


class Input(BaseModel):
    """A request body: unknown fields are refused and text is stripped of outer spaces.

    Strict: a value is taken as the document types it ("3" is no integer, 1 no boolean).
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, strict=True)


def _not_null(value: object) -> object:
    if value is None:
        raise ValueError("may not be null: leave the field out to keep its value")
    return value


# On an update field that always has a value (a name, a viewport): null is refused, not
# taken for "clear" (`Annotated[Name | None, NOT_NULL] = None`: None only means "not sent").
NOT_NULL = AfterValidator(_not_null)


def _offer_no_null(schema: dict[str, Any], model: type[BaseModel]) -> None:
    """Drop null from the documented type of each field marked NOT_NULL."""
    for name, field in model.model_fields.items():
        if NOT_NULL not in field.metadata:
            continue
        documented = schema["properties"][name]
        kinds = [kind for kind in documented.pop("anyOf") if kind.get("type") != "null"]
        documented.pop("default", None)
        documented.update(kinds[0] if len(kinds) == 1 else {"anyOf": kinds})


class Update(Input):
    """A partial update's body: only the fields sent change; NOT_NULL ones refuse null."""

    model_config = ConfigDict(json_schema_extra=_offer_no_null)


Name = Annotated[
    str, Field(min_length=1, max_length=NAME_MAX, description="Unique name (case matters)")
]
Description = Annotated[str, Field(max_length=DESCRIPTION_MAX, description="What it is for")]


class Deleted(BaseModel):
    """What a delete answers."""

    status: Literal["deleted"] = "deleted"
    id: str
