"""An outage as stored and answered, its acknowledgement, and the request that sets it."""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, Field, computed_field

from housecat.named.fields import Stripped

BY_MAX = 100
NOTE_MAX = 2000


class Acknowledgement(BaseModel):
    """Someone saw the outage: who, when, and what they said."""

    by: str
    at: str
    note: str = ""


class Outage(BaseModel):
    """A test down, from the first failing run after a pass to the next passing run."""

    id: str
    test_id: str
    opened_at: str = Field(description="Start of the first failing run")
    closed_at: str | None = Field(default=None, description="Start of the passing run; null: open")
    first_run_id: str
    run_ids: list[str] = Field(description="The latest failing runs it covers (at most 100)")
    run_count: int = Field(description="Every failing run it covers")
    closed_by_run_id: str | None = None
    acknowledgement: Acknowledgement | None = None
    alerted: bool = Field(default=False, description="Whether an alert announced it")
    held: str | None = Field(default=None, description="Why its alert was held, if it was")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def open(self) -> bool:
        return self.closed_at is None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def duration_s(self) -> float:
        """Seconds from opening to closing; to now while open."""
        end = _moment(self.closed_at) if self.closed_at else datetime.now(UTC)
        return round(max(0.0, (end - _moment(self.opened_at)).total_seconds()), 3)


class OutageList(BaseModel):
    """A test's outages, newest first."""

    outages: list[Outage]
    total: int


class Acknowledge(Stripped):
    """Request body for acknowledging an open outage."""

    by: str | None = Field(
        default=None, min_length=1, max_length=BY_MAX, description="Who acknowledges it"
    )
    note: str = Field(default="", max_length=NOTE_MAX, description="What they know or do")


def _moment(iso_time: str) -> datetime:
    return datetime.fromisoformat(iso_time.replace("Z", "+00:00"))
