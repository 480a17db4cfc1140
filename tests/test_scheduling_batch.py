"""The scheduler's batch path: a claimed batch is enqueued at once, as SAQ's own jobs."""

from __future__ import annotations

import asyncio
import time

import redis
from redis.asyncio import Redis

from housecat.schedule.queue import RunQueue
from housecat.schedule.scheduler import BATCH, SchedulerLoop
from housecat.valkey import EmbeddedValkey
from tests.test_scheduling import jobs, seed_tests


def hour_now() -> int:
    return int(time.time()) // 3600


async def test_a_batch_enqueues_free_tests_once_and_skips_and_counts_running_ones(
    valkey: EmbeddedValkey, db: redis.Redis
) -> None:
    ids = seed_tests(db, 5, due=time.time() - 1)
    busy, free = ids[:2], ids[2:]
    async with Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True) as client:
        queue = RunQueue(client, run_timeout_s=60)
        for test_id in busy:
            assert await queue.enqueue(test_id, f"earlier{test_id[-1]}", "manual")
        await SchedulerLoop(client, queue.enqueue_many).tick()
        await queue.close()
    queued = jobs(db)
    assert sorted(queued) == ids
    for test_id in busy:  # still the earlier run: this slot was skipped, and counted
        assert queued[test_id]["kwargs"] == {
            "test_id": test_id,
            "run_id": f"earlier{test_id[-1]}",
            "triggered_by": "manual",
        }
    assert db.hgetall("schedule:skipped") == dict.fromkeys(busy, "1")
    hours = [f"schedule:skipped_hour:{hour}" for hour in (hour_now() - 1, hour_now())]
    assert sum(int(n) for hour in hours for n in db.hvals(hour)) == 2
    assert all(0 < db.ttl(hour) <= 26 * 3600 for hour in hours if db.exists(hour))
    for test_id in free:
        kwargs = queued[test_id]["kwargs"]
        assert isinstance(kwargs, dict) and kwargs["triggered_by"] == "schedule"
        assert db.get(f"runof:{kwargs['run_id']}") == test_id
    assert db.llen("saq:runs:queued") == 5  # each test once
    assert min(score for _, score in db.zrange("schedule:due", 0, -1, withscores=True)) > (
        time.time()
    )


async def test_a_batch_job_is_the_job_saqs_own_enqueue_writes(
    valkey: EmbeddedValkey, db: redis.Redis
) -> None:
    async with Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True) as client:
        queue = RunQueue(client, run_timeout_s=60)
        assert await queue.enqueue("bysaq", "run00001", "schedule")
        assert await queue.enqueue_many([("bybatch", "run00002", "schedule")]) == [True]
        # each refuses a second run of a test the other queued
        assert await queue.enqueue_many([("bysaq", "run00003", "schedule")]) == [False]
        assert not await queue.enqueue("bybatch", "run00004", "schedule")
        found = await queue.job("bybatch")
        await queue.close()
    assert found is not None and found.kwargs == {
        "test_id": "bybatch",
        "run_id": "run00002",
        "triggered_by": "schedule",
    }
    by_saq, by_batch = jobs(db)["bysaq"], jobs(db)["bybatch"]
    assert set(by_saq) == set(by_batch)
    varying = {"key", "kwargs", "queued"}
    assert {k: v for k, v in by_saq.items() if k not in varying} == {
        k: v for k, v in by_batch.items() if k not in varying
    }
    assert dict(db.zrange("saq:runs:incomplete", 0, -1, withscores=True)) == {
        "saq:job:runs:bysaq": 0.0,
        "saq:job:runs:bybatch": 0.0,
    }
    assert db.lrange("saq:runs:queued", 0, -1) == ["saq:job:runs:bysaq", "saq:job:runs:bybatch"]


async def test_jobs_enqueued_in_a_batch_are_run_by_a_saq_worker(
    valkey: EmbeddedValkey, db: redis.Redis
) -> None:
    ids = seed_tests(db, 3, due=time.time() - 1)
    ran: list[tuple[str, str, str]] = []
    finished = asyncio.Event()

    async def run(test_id: str, run_id: str, triggered_by: str) -> str:
        ran.append((test_id, run_id, triggered_by))
        if len(ran) == len(ids):
            finished.set()
        return "passed"

    async def cancelled(test_id: str, run_id: str) -> None:
        raise AssertionError(f"run {run_id} of {test_id} was cancelled")

    async with Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True) as client:
        queue = RunQueue(client, run_timeout_s=60)
        worker = queue.worker(run, cancelled, concurrency=2)
        task = asyncio.create_task(worker.start())
        try:
            # SAQ's first sweep, at start, takes a job just dequeued (not yet active) for
            # a stuck one and runs it again: enqueue once the worker has swept.
            while not await client.exists("saq:runs:sweep"):  # noqa: ASYNC110 - SAQ has no event
                await asyncio.sleep(0.05)
            await SchedulerLoop(client, queue.enqueue_many).tick()
            await asyncio.wait_for(finished.wait(), timeout=30)
            # the worker records each job as complete once its handler returned
            for _ in range(100):
                if all(j.get("status") == "complete" for j in jobs(db).values()):
                    break
                await asyncio.sleep(0.1)
        finally:
            await RunQueue.stop_worker(worker, 5)
            await asyncio.gather(task, return_exceptions=True)
            await queue.close()
    assert sorted(test_id for test_id, _, _ in ran) == ids
    assert {triggered_by for _, _, triggered_by in ran} == {"schedule"}
    records = jobs(db)
    assert {test_id: records[test_id]["status"] for test_id in ids} == dict.fromkeys(
        ids, "complete"
    )
    assert [records[test_id]["result"] for test_id in ids] == ["passed"] * 3


async def test_more_tests_than_a_batch_are_enqueued_in_full_batches_each_once(
    valkey: EmbeddedValkey, db: redis.Redis
) -> None:
    ids = seed_tests(db, BATCH * 2 + 100, due=time.time() - 1, schedule="0 0 1 1 *")
    waits = []
    async with Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True) as client:
        queue = RunQueue(client, run_timeout_s=60)
        loop = SchedulerLoop(client, queue.enqueue_many)
        for _ in range(4):
            waits.append(await loop.tick())
        await queue.close()
    assert waits[:2] == [0.0, 0.0]  # a full batch: go on at once
    assert waits[2] > 0 and waits[3] > 0
    assert sorted(jobs(db)) == ids
    assert db.llen("saq:runs:queued") == len(ids)
    assert db.hgetall("schedule:skipped") == {}


async def test_an_idle_tick_says_when_the_next_test_is_due(
    valkey: EmbeddedValkey, db: redis.Redis
) -> None:
    seed_tests(db, 1, due=time.time() + 30)
    async with Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True) as client:
        queue = RunQueue(client, run_timeout_s=60)
        wait_s = await SchedulerLoop(client, queue.enqueue_many).tick()
        await queue.close()
    assert 20 < wait_s <= 30  # it sleeps until then (at most a tick), not a whole tick late
    assert jobs(db) == {}
