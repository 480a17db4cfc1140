"""Outages as a status page shows them, read from the tests' `incidents:{id}` lists.

An outage runs from a failed run to the next run that is not a failure (a pass, or one
in maintenance); while no run follows the last failure, it is still open. Kept in this
one function so that a store of outages of their own can replace it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from redis.asyncio import Redis

from housecat import keys
from housecat.runs.models import IncidentRecord
from housecat.runs.store import unix

RECENT_DAYS = 7
INCIDENTS_READ = 50  # the latest failures of each test: enough for a week's outages


@dataclass(frozen=True)
class Outage:
    """A stretch of failing runs of one check; `ended` is None while it goes on."""

    check: str
    started: datetime
    ended: datetime | None

    def duration(self, now: datetime) -> timedelta:
        return (self.ended or now) - self.started


def _moment(text: str) -> datetime:
    return datetime.fromtimestamp(unix(text), UTC)


def _still_failing(record: dict[str, Any]) -> bool:
    """Whether the run after a failure carries the outage on (a plain failure does)."""
    return not (record["passed"] or record.get("cancelled") or record.get("maintenance"))


async def recent_outages(
    redis: Redis, checks: dict[str, str], now: datetime, *, days: int = RECENT_DAYS
) -> list[Outage]:
    """Return the open outages of the checks (id -> name) and those that ended lately."""
    ids = list(checks)
    async with redis.pipeline(transaction=False) as pipe:
        for test_id in ids:
            pipe.lrange(keys.incidents(test_id), 0, INCIDENTS_READ - 1)
        lists = cast(list[list[str]], await pipe.execute())
    failures = [
        (test_id, IncidentRecord.model_validate_json(raw))
        for test_id, raw_list in zip(ids, lists, strict=True)
        for raw in reversed(raw_list)  # oldest first
    ]
    # The run that followed each failure, in one more round trip.
    async with redis.pipeline(transaction=False) as pipe:
        for test_id, incident in failures:
            after = f"({unix(incident.started_at)!r}"
            pipe.zrangebyscore(keys.results(test_id), after, "+inf", start=0, num=1)
        following = cast(list[list[str]], await pipe.execute())
    found: list[Outage] = []
    opened: dict[str, datetime] = {}
    for (test_id, incident), nexts in zip(failures, following, strict=True):
        opened.setdefault(test_id, _moment(incident.started_at))
        if not nexts:
            continue  # nothing ran since: open (unless a later failure of the list says more)
        record = json.loads(nexts[0])
        if _still_failing(record):
            continue
        found.append(Outage(checks[test_id], opened.pop(test_id), _moment(record["started_at"])))
    found += [Outage(checks[test_id], started, None) for test_id, started in opened.items()]
    since = now - timedelta(days=days)
    recent = [outage for outage in found if outage.ended is None or outage.ended >= since]
    recent.sort(key=lambda outage: (outage.ended is None, outage.started), reverse=True)
    return recent
