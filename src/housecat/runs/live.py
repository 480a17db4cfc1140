"""Follow a test's event stream: the recent backlog, then each event as it is written."""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.errors import InvalidInput

REPLAY = 50
BLOCK_MAX_S = 15.0  # re-issue the blocking read now and then, so no proxy thinks it idle
# What `resume_point` accepts: nothing, or a stream id. The API document states it too.
STREAM_ID_PATTERN = r"^\s*(\d+-\d+)?\s*$"

Entry = tuple[str, dict[str, str]]


def resume_point(last_event_id: str | None) -> str | None:
    """Check a `Last-Event-ID` header: absent, or a stream id such as '1700000000000-0'."""
    value = last_event_id or ""
    if not re.fullmatch(STREAM_ID_PATTERN, value):
        raise InvalidInput.of({"Last-Event-ID": "must be an event id such as 1700000000000-0"})
    return value.strip() or None


async def follow(
    redis: Redis, test_id: str, *, after: str | None, idle_timeout_s: float
) -> AsyncIterator[Entry]:
    """Yield the last REPLAY events (or every event after `after`), then new ones.

    New events arrive through XREAD BLOCK, not polling. The generator ends after
    `idle_timeout_s` without an event; cancelling it abandons the blocking read.
    """
    key = keys.events(test_id)
    if after is None:
        backlog = cast(list[Entry], await redis.xrevrange(key, count=REPLAY))[::-1]
    else:
        backlog = cast(list[Entry], await redis.xrange(key, min=f"({after}"))
    # From the last event seen, or from the beginning if there was none: then nothing
    # written between the backlog read and the first XREAD is missed.
    last = backlog[-1][0] if backlog else (after or "0-0")
    for entry in backlog:
        yield entry
    deadline = time.monotonic() + idle_timeout_s
    while (remaining := deadline - time.monotonic()) > 0:
        block_ms = max(1, int(min(remaining, BLOCK_MAX_S) * 1000))
        reply = cast(list[tuple[str, list[Entry]]], await redis.xread({key: last}, block=block_ms))
        for _, entries in reply:
            for entry in entries:
                yield entry
                last = entry[0]
            deadline = time.monotonic() + idle_timeout_s
