"""Cron expressions as QStash takes them: five fields, optionally `CRON_TZ=Area/City ` first.

A shortcut such as `@daily` is accepted too, and spelled out as its five fields wherever the
schedule goes (stored, sent to QStash, described), so nothing downstream needs to know it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cron_descriptor import get_description
from croniter import CroniterError, croniter

FIELDS = (
    ("minute", "0-59"),
    ("hour", "0-23"),
    ("day-of-month", "1-31"),
    ("month", "1-12 or JAN-DEC"),
    ("day-of-week", "0-6 or SUN-SAT"),
)
TZ_PREFIX = "CRON_TZ="
SHORTCUTS = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}


@dataclass(frozen=True)
class Cron:
    """A validated cron expression and the time zone it is read in."""

    fields: str
    tz: ZoneInfo

    @property
    def expression(self) -> str:
        prefix = "" if self.tz.key == "UTC" else f"{TZ_PREFIX}{self.tz.key} "
        return prefix + self.fields

    def next_after(self, moment: datetime) -> datetime:
        """Return the first firing strictly after `moment`, in UTC."""
        local = moment.astimezone(self.tz)
        return croniter(self.fields, local).get_next(datetime).astimezone(UTC)

    def describe(self) -> str:
        """Return the schedule in words, e.g. 'Every 15 minutes'."""
        words = str(get_description(self.fields))
        return words if self.tz.key == "UTC" else f"{words} ({self.tz.key})"


def spelled_out(expression: str) -> str:
    """Return the expression with single spaces and a shortcut (`@daily`) as its five fields."""
    text = " ".join(expression.split())
    prefix = ""
    if text.startswith(TZ_PREFIX):
        zone, _, text = text.partition(" ")
        prefix = f"{zone} "
    return prefix + SHORTCUTS.get(text.lower(), text)


# Checking an expression takes croniter a millisecond or more; a file of a thousand tests
# shares a few dozen schedules. (A ValueError is never cached: it is raised again.)
@functools.lru_cache(maxsize=4096)
def parse_cron(expression: str) -> Cron:
    """Parse a cron expression, or raise ValueError saying what is wrong with it."""
    text = spelled_out(expression)
    tz = ZoneInfo("UTC")
    if text.startswith(TZ_PREFIX):
        zone, _, text = text[len(TZ_PREFIX) :].partition(" ")
        try:
            tz = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone '{zone}' (use Area/City, e.g. Europe/Paris)"
            ) from None
    if text.startswith("@"):
        known = ", ".join(SHORTCUTS)
        raise ValueError(f"'{text}' is not a shortcut HouseCat knows (use five fields, or {known})")
    fields = text.split(" ") if text else []
    if len(fields) != len(FIELDS):
        names = " ".join(name for name, _ in FIELDS)
        raise ValueError(f"'{text}' has {len(fields)} fields; a cron expression has 5: {names}")
    for position, (name, allowed) in enumerate(FIELDS):
        alone = ["*"] * len(FIELDS)
        alone[position] = fields[position]
        if not croniter.is_valid(" ".join(alone)):
            raise ValueError(f"{name} '{fields[position]}' is not valid (allowed: {allowed})")
    cron = Cron(fields=text, tz=tz)
    try:
        cron.next_after(datetime.now(UTC))
    except (CroniterError, StopIteration):
        raise ValueError(f"'{text}' never runs") from None
    return cron
