"""Timestamps as HouseCat stores them: ISO-8601 in UTC, to the millisecond."""

from datetime import UTC, datetime


def iso(moment: datetime) -> str:
    """Format a moment as '2026-02-14T10:00:00.123Z' (sorts as text in time order)."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_iso() -> str:
    """Return the current time in the stored format."""
    return iso(datetime.now(UTC))
