"""Outages as a status page shows them: the open ones, and those that ended lately."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.outages.models import Outage as StoredOutage
from housecat.runs.store import unix

RECENT_DAYS = 7
OUTAGES_READ = 50  # the latest outages of each test: enough for a week's


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


async def recent_outages(
    redis: Redis, checks: dict[str, str], now: datetime, *, days: int = RECENT_DAYS
) -> list[Outage]:
    """Return the open outages of the checks (id -> name) and those that ended lately."""
    ids = list(checks)
    async with redis.pipeline(transaction=False) as pipe:
        for test_id in ids:
            pipe.lrange(keys.outages(test_id), 0, OUTAGES_READ - 1)
        lists = cast(list[list[str]], await pipe.execute())
    since = now - timedelta(days=days)
    recent = []
    for test_id, raw_list in zip(ids, lists, strict=True):
        for raw in raw_list:
            stored = StoredOutage.model_validate_json(raw)
            ended = _moment(stored.closed_at) if stored.closed_at else None
            if ended is None or ended >= since:
                recent.append(Outage(checks[test_id], _moment(stored.opened_at), ended))
    recent.sort(key=lambda outage: (outage.ended is None, outage.started), reverse=True)
    return recent
