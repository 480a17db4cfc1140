"""`ResultStore` on the real Valkey: one transaction per run, retention, alert_sent."""

from __future__ import annotations

import json
from datetime import timedelta

from redis.asyncio import Redis

from housecat.runs.events import EventLog
from tests.runs_data import TEST, detail, store


async def test_two_runs_with_equal_durations_keep_two_timing_members(aredis: Redis) -> None:
    results = store(aredis)
    await results.save(TEST, detail("run00001", ms=1500), None)
    await results.save(TEST, detail("run00002", ms=1500), None)
    assert sorted(await aredis.zrange(f"timing:{TEST.id}", 0, -1)) == [
        "1500:run00001",
        "1500:run00002",
    ]


async def test_a_run_of_a_deleted_test_writes_nothing(aredis: Redis) -> None:
    await aredis.delete(f"test:{TEST.id}")
    assert (await store(aredis).save(TEST, detail("run00001"), None)).kept is False
    assert await aredis.keys("*") == []


async def test_results_past_the_count_or_the_age_are_trimmed(aredis: Redis) -> None:
    results = store(aredis, results_max=3, max_age=timedelta(days=1))
    # older than the age limit when it is stored: dropped at once
    dropped = (await results.save(TEST, detail("old00001", ago=timedelta(days=2)), None)).dropped
    for n in range(4):
        dropped += (await results.save(TEST, detail(f"new0000{n}"), None)).dropped
    kept = [json.loads(m)["run_id"] for m in await aredis.zrange(f"results:{TEST.id}", 0, -1)]
    assert kept == ["new00001", "new00002", "new00003"]
    assert await aredis.zcard(f"timing:{TEST.id}") == 3
    assert 0 < await aredis.ttl("run:new00003") <= 86_400
    # each dropped run is named (so its files can go) and its details go with it
    assert dropped == ["old00001", "new00000"]
    assert await aredis.exists("run:old00001", "run:new00000") == 0


async def test_alert_sent_is_set_on_that_runs_incident_after_newer_ones(aredis: Redis) -> None:
    results = store(aredis)
    for n in range(3):
        await results.save(TEST, detail(f"fail000{n}", passed=False), None)
    assert await results.mark_alert_sent(TEST.id, "fail0000") is True
    incidents = [json.loads(i) for i in await aredis.lrange(f"incidents:{TEST.id}", 0, -1)]
    assert [(i["run_id"], i["alert_sent"]) for i in incidents] == [
        ("fail0002", False), ("fail0001", False), ("fail0000", True),
    ]  # fmt: skip
    assert await results.mark_alert_sent(TEST.id, "passed01") is False


async def test_the_event_stream_is_capped(aredis: Redis) -> None:
    events = EventLog(aredis, maxlen=10)
    emit = events.for_test(TEST.id)
    for n in range(500):
        await emit("step_start", f"step {n}", step_number=n, passed=True)
    await events.flush()
    assert await aredis.xlen(f"events:{TEST.id}") < 150  # trimmed in whole nodes (~100)
    ((_, last),) = await aredis.xrevrange(f"events:{TEST.id}", count=1)
    assert last["message"] == "step 499" and last["passed"] == "true"
