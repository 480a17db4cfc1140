"""`EventLog`: a run's events reach its test's stream in order, without the run waiting."""

from __future__ import annotations

import pytest
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from housecat import keys
from housecat.runs.events import EventLog


async def test_events_emitted_together_are_written_in_order_by_the_flush(aredis: Redis) -> None:
    events = EventLog(aredis, maxlen=1000)
    first, second = events.for_test("evt00001"), events.for_test("evt00002")
    for n in range(30):
        await (first if n % 2 else second)("step_start", f"step {n}", step_number=n)
    # Emitting does not wait for the store: what was emitted is written by the flush.
    await events.flush()
    for test_id, numbers in (("evt00001", range(1, 30, 2)), ("evt00002", range(0, 30, 2))):
        written = await aredis.xrange(keys.events(test_id))
        assert [fields["message"] for _, fields in written] == [f"step {n}" for n in numbers]
        await aredis.delete(keys.events(test_id))


async def test_an_event_the_store_refuses_fails_the_flush(aredis: Redis) -> None:
    await aredis.set(keys.events("evt00003"), "not a stream")
    events = EventLog(aredis, maxlen=1000)
    await events.for_test("evt00003")("step_start", "step 1")
    with pytest.raises(ResponseError, match="WRONGTYPE"):
        await events.flush()
    # A later event is written again, once the store takes it.
    await aredis.delete(keys.events("evt00003"))
    await events.for_test("evt00003")("step_start", "step 2")
    await events.flush()
    ((_, fields),) = await aredis.xrange(keys.events("evt00003"))
    assert fields["message"] == "step 2"
    await aredis.delete(keys.events("evt00003"))
