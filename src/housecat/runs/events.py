"""The live event log of a test's runs: `events:{id}`, written as things happen."""

from __future__ import annotations

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
    """Append events to each test's stream, capped at about `maxlen` entries."""

    def __init__(self, redis: Redis, maxlen: int) -> None:
        self.redis = redis
        self.maxlen = maxlen

    def for_test(self, test_id: str) -> Emit:
        """Return an `emit` that writes to this test's stream."""

        async def emit(event_type: str, message: str, **fields: Any) -> None:
            entry = {"type": event_type, "message": message, "timestamp": now_iso()}
            entry |= {name: _field(value) for name, value in fields.items() if value is not None}
            stream: dict[Any, Any] = entry
            await self.redis.xadd(
                keys.events(test_id), stream, maxlen=self.maxlen, approximate=True
            )

        return emit

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
