"""Request and response models of the test-suite API, as seed Phase 2 names them."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict

from housecat.suites.fields import DEFAULT_SCHEDULE, Goal, Name, Schedule, TargetUrl, Webhook

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
