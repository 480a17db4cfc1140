"""Request bases and fields shared by environments, browser configurations and suites."""

from __future__ import annotations

from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from annotated_types import MaxLen
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic.fields import FieldInfo

NAME_MAX = 100
DESCRIPTION_MAX = 2000


class Stripped(BaseModel):
    """A request body whose unknown fields are refused and whose text is stripped of outer
    spaces, yet measured as sent: a name one character longer than the document allows is
    refused even when that character is a space."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="before")
    @classmethod
    def _measured_as_sent(cls, value: object, info: ValidationInfo) -> object:
        longest = _longest(cls.model_fields[info.field_name]) if info.field_name else None
        if isinstance(value, str) and longest is not None and len(value) > longest:
            raise ValueError(f"should have at most {longest} characters")
        return value


def _longest(field: FieldInfo) -> int | None:
    """The most characters a text field takes, wherever its type says so."""
    said = [*field.metadata, *_metadata(field.annotation)]
    limits = [meta.max_length for meta in said if isinstance(meta, MaxLen)]
    return min(limits, default=None)


def _metadata(annotation: object) -> list[object]:
    """The constraints of a type, and of the types a union of it holds (not of its items)."""
    found = [
        constraint
        for meta in getattr(annotation, "__metadata__", ())
        for constraint in [meta, *getattr(meta, "metadata", ())]
    ]
    if get_origin(annotation) in (Union, UnionType):
        found += [meta for arg in get_args(annotation) for meta in _metadata(arg)]
    return found


class Input(Stripped):
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
