"""The live event log of a test's runs: `events:{id}`, written as things happen."""

from __future__ import annotations

import asyncio
from typing import Any, cast

from redis.asyncio import Redis

from housecat import keys
from housecat.browser.execute import Emit
from housecat.clock import now_iso


def _field(value: Any) -> str:
    if isinstance(value, bool):
        return (
            "true" if value else "false"
        )  # stream fields are strings; these read as JSON booleans
    return str(value)


class EventLog:
    """Append events to each test's stream, capped at about `maxlen` entries.

    A run does not wait for its events to be written: they are sent in order, in the
    background, those emitted meanwhile together in one round trip; `flush` waits for
    them all (and raises if they could not be written).
    """

    def __init__(self, redis: Redis, maxlen: int) -> None:
        self.redis = redis
        self.maxlen = maxlen
        self._pending: list[tuple[str, dict[Any, Any]]] = []
        self._writing: asyncio.Task[None] | None = None

    def for_test(self, test_id: str) -> Emit:
        """Return an `emit` that writes to this test's stream."""

        async def emit(event_type: str, message: str, **fields: Any) -> None:
            entry = {"type": event_type, "message": message, "timestamp": now_iso()}
            entry |= {name: _field(value) for name, value in fields.items() if value is not None}
            self._pending.append((test_id, entry))
            if self._writing is None or self._writing.done():
                self._writing = asyncio.create_task(self._write())

        return emit

    async def flush(self) -> None:
        """Wait until every event emitted so far is written."""
        while self._writing is not None:
            writing = self._writing
            await writing
            if self._writing is writing:
                return

    async def _write(self) -> None:
        """Send what is pending, in order, until nothing is; one round trip at a time."""
        while self._pending:
            batch, self._pending = self._pending, []
            pipe = self.redis.pipeline(transaction=False)
            for test_id, entry in batch:
                pipe.xadd(keys.events(test_id), entry, maxlen=self.maxlen, approximate=True)
            await pipe.execute()

    async def run_error(self, test_id: str, run_id: str) -> str | None:
        """Return why HouseCat could not run that run (its latest error event), if it said."""
        recent = cast(
            list[tuple[str, dict[str, str]]],
            await self.redis.xrevrange(keys.events(test_id), count=200),
        )
        for _, fields in recent:
            if fields.get("type") == "error" and fields.get("run_id") == run_id:
                return str(fields.get("message", "")).removeprefix("Pipeline error: ")
        return None
