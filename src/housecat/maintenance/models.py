"""Request and response models of maintenance windows."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, model_validator

from housecat.named.fields import NOT_NULL, Description, Input, Name, Update
from housecat.named.store import hash_fields
from housecat.schedule.cron import TZ_PREFIX, parse_cron, spelled_out
from housecat.suites.fields import Tags, json_dict

DURATION_MAX = 31 * 24 * 60  # a month, in minutes
IDS_MAX = 500

Effect = Annotated[
    Literal["skip", "silence"],
    Field(
        description="'skip': scheduled runs in the window do not run; 'silence': runs run and "
        "are recorded, but do not alert and do not count against uptime"
    ),
]


def _zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone '{value}' (use Area/City, e.g. Europe/Paris)"
        ) from None
    return value


def _cron(value: str) -> str:
    if value.startswith(TZ_PREFIX):
        raise ValueError("give the time zone in `timezone`, not as CRON_TZ=")
    parse_cron(value)
    return spelled_out(value)


def _moment(value: str) -> str:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"'{value}' is not an ISO 8601 time, e.g. 2026-03-01T02:00") from None
    return value


TimeZone = Annotated[
    str,
    Field(max_length=64, description="IANA time zone the cron and a time without offset are in"),
    AfterValidator(_zone),
]
Cron = Annotated[
    str,
    Field(max_length=200, description="When a recurring window starts: five cron fields"),
    AfterValidator(_cron),
]
StartsAt = Annotated[
    str,
    Field(
        max_length=64,
        description="When a one-off window starts (ISO 8601; without an offset: in `timezone`)",
    ),
    AfterValidator(_moment),
]
Duration = Annotated[
    int, Field(ge=1, le=DURATION_MAX, description="How long the window lasts, in minutes")
]
Ids = Annotated[list[Annotated[str, Field(min_length=1, max_length=64)]], Field(max_length=IDS_MAX)]


class AppliesTo(BaseModel):
    """The tests a window covers: those listed, those in the suites, those with the tags."""

    test_ids: Ids = []
    suite_ids: Ids = []
    tags: Tags = []

    @model_validator(mode="after")
    def _something(self) -> Self:
        if not (self.test_ids or self.suite_ids or self.tags):
            raise ValueError("name at least one test id, suite id or tag")
        return self


class AppliesToInput(AppliesTo, Input):
    """`applies_to` as a request sends it (unknown fields refused)."""


class CreateWindow(Input):
    """Request body for creating a maintenance window: `starts_at` (one-off) or `cron`."""

    name: Name
    description: Description = ""
    starts_at: StartsAt | None = None
    cron: Cron | None = None
    timezone: TimeZone = "UTC"
    duration_minutes: Duration
    applies_to: AppliesToInput
    effect: Effect = "skip"


class UpdateWindow(Update):
    """Request body for changing a window: only the fields sent change.

    Sending `cron` makes it recurring and `starts_at` makes it one-off (not both at once).
    """

    name: Annotated[Name | None, NOT_NULL] = None
    description: Annotated[Description | None, NOT_NULL] = None
    starts_at: Annotated[StartsAt | None, NOT_NULL] = None
    cron: Annotated[Cron | None, NOT_NULL] = None
    timezone: Annotated[TimeZone | None, NOT_NULL] = None
    duration_minutes: Annotated[Duration | None, NOT_NULL] = None
    applies_to: Annotated[AppliesToInput | None, NOT_NULL] = None
    effect: Annotated[Effect | None, NOT_NULL] = None


class Window(BaseModel):
    """A stored maintenance window; `starts_at` is kept in UTC."""

    id: str
    name: str
    description: str = ""
    starts_at: str | None = None
    cron: str | None = None
    timezone: str = "UTC"
    duration_minutes: int
    applies_to: Annotated[AppliesTo, BeforeValidator(json_dict)]
    effect: Literal["skip", "silence"]
    created_at: str
    updated_at: str

    @property
    def recurring(self) -> bool:
        return self.cron is not None

    @classmethod
    def from_hash(cls, fields: dict[str, str]) -> Self:
        return cls.model_validate(fields)

    def to_hash(self) -> dict[str, str]:
        return hash_fields(self.model_dump())


class WindowList(BaseModel):
    """Every maintenance window, newest first."""

    maintenance_windows: list[Window]
    total: int
