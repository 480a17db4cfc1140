"""The built-in scheduler and the run queue, on the real Valkey and real processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import pytest
import redis
from fastapi.testclient import TestClient
from redis.asyncio import Redis

from housecat.config import Settings
from housecat.schedule.queue import RunQueue
from housecat.schedule.scheduler import SchedulerLoop
from housecat.valkey import EmbeddedValkey
from housecat.web.app import create_app
from tests.conftest import our_keys
from tests.processes import QUICK_STOP, wait_until
from tests.sites.app import VARIANTS, Variant

GOAL = "sign in with alice@example.com and password hunter2, then check the page says Welcome back, Alice"
BODY = {"name": "Login", "goal": GOAL, "schedule": "*/5 * * * *"}


def jobs(db: redis.Redis) -> dict[str, dict[str, object]]:
    """The queue's job records, by test id."""
    found = {}
    for key in db.keys("saq:job:runs:*"):
        found[key.rsplit(":", 1)[1]] = json.loads(db.get(key) or "{}")
    return found


def seed_tests(
    db: redis.Redis, count: int, *, due: float, status: str = "active", schedule: str = "* * * * *"
) -> list[str]:
    ids = [f"t{n:07d}" for n in range(count)]
    with db.pipeline() as pipe:
        for test_id in ids:
            pipe.hset(
                f"test:{test_id}",
                mapping={"id": test_id, "schedule": schedule, "status": status},
            )
            pipe.zadd("schedule:due", {test_id: due})
        pipe.execute()
    return ids


@pytest.fixture
def no_worker(settings: Settings) -> Iterator[TestClient]:
    """An app with the API and scheduler but no worker: runs stay queued."""
    with TestClient(create_app(settings, worker=False, scheduler=False)) as client:
        yield client


def test_creating_pausing_resuming_rescheduling_and_deleting_keep_the_due_index(
    no_worker: TestClient, db: redis.Redis
) -> None:
    test_id = no_worker.post("/api/tests", json=BODY | {"url": "https://a.test/"}).json()["id"]
    due = db.zscore("schedule:due", test_id)
    assert due is not None and time.time() < due <= time.time() + 300 and due % 300 == 0

    no_worker.put(f"/api/tests/{test_id}", json={"status": "paused"})
    assert db.zscore("schedule:due", test_id) is None
    no_worker.put(f"/api/tests/{test_id}", json={"status": "active"})
    assert db.zscore("schedule:due", test_id) == due
    no_worker.put(f"/api/tests/{test_id}", json={"schedule": "0 3 * * *"})
    assert db.zscore("schedule:due", test_id) % 86_400 == 3 * 3600
    no_worker.delete(f"/api/tests/{test_id}")
    assert db.zscore("schedule:due", test_id) is None


async def test_a_test_that_missed_slots_runs_once_and_is_due_again_later(
    valkey: EmbeddedValkey, db: redis.Redis
) -> None:
    (test_id,) = seed_tests(db, 1, due=time.time() - 3600)  # 60 missed slots
    async with Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True) as client:
        queue = RunQueue(client, run_timeout_s=60)
        await SchedulerLoop(client, queue.enqueue_many).tick()
        await queue.close()
    assert list(jobs(db)) == [test_id]
    assert db.zscore("schedule:due", test_id) > time.time()


async def test_paused_and_deleted_tests_in_the_index_never_run(
    valkey: EmbeddedValkey, db: redis.Redis
) -> None:
    (paused,) = seed_tests(db, 1, due=time.time() - 1, status="paused")
    db.zadd("schedule:due", {"deleted1": time.time() - 1})
    async with Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True) as client:
        queue = RunQueue(client, run_timeout_s=60)
        await SchedulerLoop(client, queue.enqueue_many).tick()
        await queue.close()
    assert jobs(db) == {}
    assert db.zrange("schedule:due", 0, -1) == []
    assert paused


async def test_a_due_slot_of_a_test_still_running_is_skipped_and_counted(
    valkey: EmbeddedValkey, db: redis.Redis
) -> None:
    (test_id,) = seed_tests(db, 1, due=time.time() - 1)
    async with Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True) as client:
        queue = RunQueue(client, run_timeout_s=60)
        assert await queue.enqueue(test_id, "earlier1", "manual")  # still queued
        await SchedulerLoop(client, queue.enqueue_many).tick()
        await queue.close()
    assert db.hget("schedule:skipped", test_id) == "1"
    assert jobs(db)[test_id]["kwargs"] == {
        "test_id": test_id,
        "run_id": "earlier1",
        "triggered_by": "manual",
    }


def test_three_scheduler_processes_enqueue_every_due_slot_exactly_once(
    valkey: EmbeddedValkey, db: redis.Redis
) -> None:
    # Yearly, so no second slot comes due while a slow machine is still enqueueing the first.
    ids = seed_tests(db, 300, due=time.time() + 1.5, schedule="0 0 1 1 *")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOUSECAT_")}
    command = [sys.executable, "-m", "housecat", "scheduler", "--data-dir", str(valkey.data_dir)]
    schedulers = [
        subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(3)
    ]
    try:
        wait_until(
            lambda: len(jobs(db)) == len(ids), timeout=30, what="every due test being enqueued"
        )
        time.sleep(1.5)  # give any duplicate claim the chance to show
    finally:
        for process in schedulers:
            process.send_signal(signal.SIGTERM)
        for process in schedulers:
            process.wait(timeout=30)
    assert sorted(jobs(db)) == ids  # none missed
    assert db.hgetall("schedule:skipped") == {}  # none enqueued twice
    assert (
        min(score for _, score in db.zrange("schedule:due", 0, -1, withscores=True)) > time.time()
    )


def test_manual_run_without_waiting_answers_202_and_refuses_a_second(
    no_worker: TestClient, db: redis.Redis
) -> None:
    test_id = no_worker.post("/api/tests", json=BODY | {"url": "https://a.test/"}).json()["id"]
    first = no_worker.post(f"/api/tests/{test_id}/run?wait=false")
    assert first.status_code == 202
    assert first.json() == {"run_id": first.json()["run_id"], "status": "queued"}
    second = no_worker.post(f"/api/tests/{test_id}/run?wait=false")
    assert second.status_code == 409
    depth = no_worker.get("/api/queue").json()
    assert depth["queued"] == 1 and depth["running"] == 0 and depth["oldest_wait_s"] >= 0


def test_cancelling_a_queued_run_keeps_it_as_cancelled(
    no_worker: TestClient, db: redis.Redis
) -> None:
    test_id = no_worker.post("/api/tests", json=BODY | {"url": "https://a.test/"}).json()["id"]
    run_id = no_worker.post(f"/api/tests/{test_id}/run?wait=false").json()["run_id"]
    response = no_worker.post(f"/api/runs/{run_id}/cancel")
    assert response.json() == {"status": "cancelled", "run_id": run_id}
    (record,) = [json.loads(m) for m in db.zrange(f"results:{test_id}", 0, -1)]
    assert record["cancelled"] is True and record["run_id"] == run_id
    assert db.hget(f"test:{test_id}", "last_result") == "pending"
    assert not db.exists(f"incidents:{test_id}")
    assert no_worker.post(f"/api/runs/{run_id}/cancel").status_code in (404, 409)
    # what the results list shows, the run's own page shows too
    detail = no_worker.get(f"/api/runs/{run_id}")
    assert detail.status_code == 200
    assert detail.json()["record"] == record
    assert detail.json()["browser_result"]["steps"] == [] and detail.json()["plan"] is None


def test_cancelling_a_running_run_stops_it(client: TestClient, db: redis.Redis, sites: str) -> None:
    test_id = client.post("/api/tests", json=BODY | {"url": f"{sites}/slow/login"}).json()["id"]
    run_id = client.post(f"/api/tests/{test_id}/run?wait=false").json()["run_id"]
    wait_until(lambda: client.get("/api/queue").json()["running"] == 1, what="the run starting")
    assert client.post(f"/api/runs/{run_id}/cancel").status_code == 200
    wait_until(lambda: db.zcard(f"results:{test_id}") == 1, what="the cancelled run being kept")
    (record,) = [json.loads(m) for m in db.zrange(f"results:{test_id}", 0, -1)]
    assert record["cancelled"] is True
    assert db.hget(f"test:{test_id}", "last_result") == "pending"
    # the event follows the record (a deleted test gets neither)
    wait_until(
        lambda: [e["type"] for _, e in db.xrange(f"events:{test_id}")][-1] == "cancelled",
        what="the cancelled event",
    )
    assert client.get(f"/api/runs/{run_id}").json()["record"] == record


def test_a_cancel_after_its_test_was_deleted_keeps_nothing(
    no_worker: TestClient, db: redis.Redis
) -> None:
    test_id = no_worker.post("/api/tests", json=BODY | {"url": "https://a.test/"}).json()["id"]
    run_id = no_worker.post(f"/api/tests/{test_id}/run?wait=false").json()["run_id"]
    no_worker.delete(f"/api/tests/{test_id}")
    no_worker.post(f"/api/runs/{run_id}/cancel")
    assert no_worker.get(f"/api/runs/{run_id}").status_code == 404
    assert [key for key in our_keys(db) if test_id in key] == []


def test_a_worker_killed_mid_run_is_replaced_and_the_run_kept_once(
    valkey: EmbeddedValkey,
    no_worker: TestClient,
    db: redis.Redis,
    sites: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(VARIANTS, "slowish", Variant(response_delay_s=2.0))
    test_id = no_worker.post("/api/tests", json=BODY | {"url": f"{sites}/slowish/login"}).json()[
        "id"
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOUSECAT_")} | QUICK_STOP
    command = [sys.executable, "-m", "housecat", "worker", "--data-dir", str(valkey.data_dir)]
    workers = {
        p.pid: p
        for p in (
            subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(2)
        )
    }
    try:
        wait_until(
            lambda: no_worker.get("/api/queue").json()["workers"] == 2,
            timeout=30,
            what="two workers",
        )
        run_id = no_worker.post(f"/api/tests/{test_id}/run?wait=false").json()["run_id"]
        wait_until(
            lambda: jobs(db).get(test_id, {}).get("status") == "active", what="the run starting"
        )
        holder = int(str(jobs(db)[test_id]["worker_id"]).rsplit("-", 1)[1])
        killed = workers.pop(holder)
        killed.kill()  # kill -9, mid-run
        killed.wait()

        wait_until(
            lambda: db.zcard(f"results:{test_id}") >= 1,
            timeout=90,
            what="another worker finishing the run",
        )
        time.sleep(2)
        (record,) = [json.loads(m) for m in db.zrange(f"results:{test_id}", 0, -1)]
        assert record["run_id"] == run_id and record["passed"] is True
    finally:
        for process in workers.values():
            process.send_signal(signal.SIGTERM)
        for process in workers.values():
            process.wait(timeout=60)


def test_queue_reports_live_workers(client: TestClient) -> None:
    wait_until(
        lambda: client.get("/api/queue").json()["workers"] >= 1,
        timeout=20,
        what="the worker registering",
    )
    body = client.get("/api/queue").json()
    assert {"queued", "running", "workers", "oldest_wait_s"} <= set(body)


def test_an_idle_worker_waits_on_the_queue_as_long_as_the_setting_says(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(worker_wait_s=0.25)
    services = client.app.state.housecat  # type: ignore[attr-defined]
    worker = services.queue.worker(services.runs.run_job, services.runs.cancelled, concurrency=1)
    # Each look at the queue blocks this long; a stop lets the look in progress end first.
    assert worker.dequeue_timeout == 0.25
    assert worker._shutdown_grace_period_s > 0.25
