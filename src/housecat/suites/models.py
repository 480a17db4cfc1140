"""Request and response models of the test-suite API, as seed Phase 2 names them."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from housecat.schedule.cron import parse_cron

NAME_MAX = 100
GOAL_MAX = 4000
URL_MAX = 2048
DEFAULT_SCHEDULE = "*/15 * * * *"

Status = Literal["active", "paused", "error"]
LastResult = Literal["pending", "passed", "failed", "error"]


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an http:// or https:// URL with a host")
    return value


def _cron(value: str) -> str:
    parse_cron(value)
    return " ".join(value.split())


def _blank_is_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


Name = Annotated[str, Field(min_length=1, max_length=NAME_MAX, description="Test suite name")]
Goal = Annotated[
    str,
    Field(min_length=1, max_length=GOAL_MAX, description="What a visitor does, in plain English"),
]
TargetUrl = Annotated[
    str, Field(max_length=URL_MAX, description="Target URL to test"), AfterValidator(_http_url)
]
Schedule = Annotated[
    str,
    Field(description="Cron expression (5 fields, optional 'CRON_TZ=Area/City ' prefix)"),
    AfterValidator(_cron),
]
Webhook = Annotated[
    Annotated[str, Field(max_length=URL_MAX), AfterValidator(_http_url)] | None,
    BeforeValidator(_blank_is_none),
    Field(description="Webhook URL for failure alerts; empty clears it"),
]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    __test__: ClassVar[bool] = False


class CreateTestSuite(_Input):
    """Request body for creating a test suite."""

    name: Name
    url: TargetUrl
    goal: Goal
    schedule: Schedule = DEFAULT_SCHEDULE
    alert_webhook: Webhook = None


class UpdateTestSuite(_Input):
    """Request body for updating a test suite; only the fields sent change."""

    name: Name | None = None
    url: TargetUrl | None = None
    goal: Goal | None = None
    schedule: Schedule | None = None
    alert_webhook: Webhook = None
    status: Literal["active", "paused"] | None = None

    def changes(self) -> dict[str, str]:
        """Return the fields to store: those sent, where null means 'leave as is'.

        `alert_webhook` is the exception: sending null or "" clears it.
        """
        sent = self.model_dump(exclude_unset=True)
        changes = {key: value for key, value in sent.items() if value is not None}
        if "alert_webhook" in sent:
            changes["alert_webhook"] = sent["alert_webhook"] or ""
        return changes


class TestSuiteResponse(BaseModel):
    """A stored test suite."""

    __test__: ClassVar[bool] = False

    id: str
    name: str
    url: str
    goal: str
    schedule: str
    schedule_id: str | None = None
    alert_webhook: str | None = None
    status: Status = "active"
    last_result: LastResult = "pending"
    last_run_at: str | None = None
    created_at: str
    updated_at: str

    @classmethod
    def from_hash(cls, fields: dict[str, str]) -> TestSuiteResponse:
        """Build from a Redis hash, where an empty string stands for 'none'."""
        return cls.model_validate({key: value or None for key, value in fields.items()})

    def to_hash(self) -> dict[str, str]:
        """Return the Redis hash form: every field a string, 'none' as empty."""
        return {
            key: "" if value is None else str(value) for key, value in self.model_dump().items()
        }


class TestSuiteListResponse(BaseModel):
    """Every test suite, newest first."""

    __test__: ClassVar[bool] = False

    tests: list[TestSuiteResponse]
    total: int
