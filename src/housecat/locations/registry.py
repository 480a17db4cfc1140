"""Which locations have workers: each worker beats under its location; the API lists them."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import UTC, datetime
from typing import cast

from pydantic import BaseModel, Field
from redis.asyncio import Redis
from redis.exceptions import RedisError

from housecat import keys
from housecat.clock import iso

log = logging.getLogger(__name__)

BEAT_S = 5.0
# A worker unheard of for three beats is taken for gone.
ALIVE_S = 3 * BEAT_S
# A location whose last worker went this long ago is forgotten.
FORGET_S = 7 * 86_400


class KnownLocation(BaseModel):
    """A location some worker has probed from."""

    name: str
    workers_alive: int = Field(description="Workers that beat within the last 15 s")
    last_seen: str = Field(description="When a worker of it last beat (ISO 8601)")


class KnownLocations(BaseModel):
    locations: list[KnownLocation]


def _member(location: str, worker: str) -> str:
    return f"{location}/{worker}"


async def beat(redis: Redis, location: str, worker: str, stop: asyncio.Event) -> None:
    """Say every few seconds that this worker probes from its location, until stopped."""
    member = _member(location, worker)
    while not stop.is_set():
        try:
            async with redis.pipeline(transaction=False) as pipe:
                pipe.zadd(keys.LOCATION_WORKERS, {member: time.time()})
                pipe.zremrangebyscore(keys.LOCATION_WORKERS, "-inf", time.time() - FORGET_S)
                await pipe.execute()
        except RedisError as exc:  # Redis away for a moment: the next beat tells again
            log.warning("worker %s could not say it is at %s: %s", worker, location, exc)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=BEAT_S)
    with contextlib.suppress(RedisError):
        await redis.zrem(keys.LOCATION_WORKERS, member)  # gone: not alive any more


async def known_locations(redis: Redis, now: float | None = None) -> KnownLocations:
    """List the locations workers probe from, by name, with their live workers."""
    now = time.time() if now is None else now
    beats = cast(
        list[tuple[str, float]], await redis.zrange(keys.LOCATION_WORKERS, 0, -1, withscores=True)
    )
    alive: dict[str, int] = {}
    seen: dict[str, float] = {}
    for member, at in beats:
        location = member.partition("/")[0]
        alive[location] = alive.get(location, 0) + (now - at <= ALIVE_S)
        seen[location] = max(seen.get(location, 0.0), at)
    return KnownLocations(
        locations=[
            KnownLocation(
                name=name,
                workers_alive=alive[name],
                last_seen=iso(datetime.fromtimestamp(seen[name], UTC)),
            )
            for name in sorted(seen)
        ]
    )


def _moment(unix_s: float) -> str:
    return iso(datetime.fromtimestamp(unix_s, UTC))
