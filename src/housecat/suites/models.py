"""Request and response models of the test-suite API."""

from __future__ import annotations

import json
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict

from housecat.suites.fields import (
    DEFAULT_SCHEDULE,
    Channels,
    Goal,
    Name,
    ReminderMinutes,
    Retries,
    Schedule,
    TargetUrl,
    Webhook,
)

Status = Literal["active", "paused", "error"]
LastResult = Literal["pending", "passed", "failed", "error"]


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
    alert_channels: Channels = []
    retries: Retries = 0
    reminder_minutes: ReminderMinutes = 0


class UpdateTestSuite(_Input):
    """Request body for updating a test suite; only the fields sent change."""

    name: Name | None = None
    url: TargetUrl | None = None
    goal: Goal | None = None
    schedule: Schedule | None = None
    alert_webhook: Webhook = None
    alert_channels: Channels | None = None
    retries: Retries | None = None
    reminder_minutes: ReminderMinutes | None = None
    status: Literal["active", "paused"] | None = None

    def changes(self) -> dict[str, str]:
        """Return the fields to store, as hash strings; null means 'leave as is'.

        `alert_webhook` is the exception: sending null or "" clears it.
        """
        sent = self.model_dump(exclude_unset=True)
        changes = {key: _stored(value) for key, value in sent.items() if value is not None}
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
    alert_channels: Channels = []
    retries: int = 0
    reminder_minutes: int = 0
    alerted_at: str | None = None

    @classmethod
    def from_hash(cls, fields: dict[str, str]) -> TestSuiteResponse:
        """Build from a Redis hash, where an empty string stands for 'none'."""
        return cls.model_validate({key: value or None for key, value in fields.items()})

    def to_hash(self) -> dict[str, str]:
        """Return the Redis hash form: every field a string, 'none' as empty."""
        return {key: _stored(value) for key, value in self.model_dump().items()}


def _stored(value: object) -> str:
    """Write a value as a Redis hash string: lists as JSON, none as empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return json.dumps(value)
    return str(value)


class TestSuiteListResponse(BaseModel):
    """Every test suite, newest first."""

    __test__: ClassVar[bool] = False

    tests: list[TestSuiteResponse]
    total: int
