"""When a window is on: its current occurrence and its next one, and the window a test is in.

Pure functions of windows and a moment: `active_window(windows, test_id, tags, suite_ids, now)`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from croniter import croniter

from housecat.maintenance.models import AppliesTo, Window


@dataclass(frozen=True)
class Occurrence:
    """One stretch of a window, in UTC: from `starts` (included) to `ends` (excluded)."""

    starts: datetime
    ends: datetime


def as_utc(text: str, zone: str = "UTC") -> datetime:
    """Read an ISO time; one without an offset is a wall-clock time in `zone`."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(UTC)


def current(window: Window, now: datetime) -> Occurrence | None:
    """Return the occurrence of the window that `now` falls in, if any."""
    length = timedelta(minutes=window.duration_minutes)
    if window.cron is None:
        starts = as_utc(window.starts_at or "")
        return Occurrence(starts, starts + length) if starts <= now < starts + length else None
    # The latest start at or before now (a start at exactly now counts: hence the second).
    local = (now + timedelta(seconds=1)).astimezone(ZoneInfo(window.timezone))
    starts = croniter(window.cron, local).get_prev(datetime).astimezone(UTC)
    return Occurrence(starts, starts + length) if now < starts + length else None


def upcoming(window: Window, now: datetime) -> Occurrence | None:
    """Return the window's next occurrence that starts after `now`, if it has one."""
    length = timedelta(minutes=window.duration_minutes)
    if window.cron is None:
        starts = as_utc(window.starts_at or "")
        return Occurrence(starts, starts + length) if starts > now else None
    local = now.astimezone(ZoneInfo(window.timezone))
    starts = croniter(window.cron, local).get_next(datetime).astimezone(UTC)
    return Occurrence(starts, starts + length)


def covers(applies_to: AppliesTo, test_id: str, tags: Collection[str], suite_ids: set[str]) -> bool:
    """Tell whether a window's `applies_to` takes in a test (listed, by suite, or by tag)."""
    return (
        test_id in applies_to.test_ids
        or not suite_ids.isdisjoint(applies_to.suite_ids)
        or not set(tags).isdisjoint(applies_to.tags)
    )


def active_window(
    windows: Iterable[Window],
    test_id: str,
    tags: Collection[str],
    suite_ids: set[str],
    now: datetime,
) -> Window | None:
    """Return the window a test is in now; a skipping one wins over a silencing one."""
    found = [
        window
        for window in windows
        if covers(window.applies_to, test_id, tags, suite_ids) and current(window, now)
    ]
    found.sort(key=lambda window: (window.effect != "skip", window.name))
    return found[0] if found else None
