"""The sweep hands abandoned runs on, and leaves a run its worker is just starting alone."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator

import pytest
import redis
from redis.asyncio import Redis

from housecat.schedule.queue import RunQueue
from housecat.valkey import EmbeddedValkey

JOB = "saq:job:runs:login"


def take(db: redis.Redis) -> None:
    """What a worker does first with a job: move it onto the active list (SAQ's dequeue)."""
    assert db.lmove("saq:runs:queued", "saq:runs:active") == JOB


def status(db: redis.Redis) -> str:
    return str(json.loads(db.get(JOB) or "{}")["status"])


async def sweep(queue: RunQueue, db: redis.Redis) -> list[str]:
    db.delete("saq:runs:sweep")  # the lock one sweep holds for its interval
    return await queue.queue.sweep(lock=2, abort=0.1)


@pytest.fixture
async def taken(valkey: EmbeddedValkey, db: redis.Redis) -> AsyncIterator[RunQueue]:
    """A queue holding one run that a worker has just taken, not yet marked active."""
    async with Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True) as client:
        queue = RunQueue(client, run_timeout_s=60)
        assert await queue.enqueue("login", "run00001", "manual")
        take(db)
        yield queue
        await queue.close()


async def test_a_run_its_worker_is_starting_is_not_swept_and_requeued(
    taken: RunQueue, db: redis.Redis
) -> None:
    assert await sweep(taken, db) == []  # taken, not yet marked active
    job = await taken.job("login")
    assert job is not None
    await job.update(status="active", started=int(time.time() * 1000))  # the worker starts it
    assert await sweep(taken, db) == []
    assert status(db) == "active" and db.zscore("saq:runs:incomplete", JOB) is not None


async def test_a_run_taken_by_a_worker_that_died_before_starting_it_is_swept_and_requeued(
    taken: RunQueue, db: redis.Redis
) -> None:
    assert await sweep(taken, db) == []
    assert await sweep(taken, db) == [JOB]  # still not marked a sweep later: abandoned
    assert db.lrange("saq:runs:active", 0, -1) == []
    assert status(db) == "queued" and db.zscore("saq:runs:incomplete", JOB) is not None
