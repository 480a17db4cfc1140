"""Capacity you can see: skipped slots per hour, the workers the schedules need, the notice."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable

import pytest
import redis
from fastapi.testclient import TestClient
from redis.asyncio import Redis

from housecat.config import Settings
from housecat.schedule import capacity
from housecat.schedule.queue import RunQueue
from housecat.schedule.scheduler import SchedulerLoop
from housecat.valkey import EmbeddedValkey
from housecat.web.app import create_app
from tests.processes import wait_until

GOAL = "open the page and check it says Welcome"
NOTICE = "capacity-notice"


@pytest.fixture
def ui(make_client: Callable[..., TestClient]) -> TestClient:
    """The app without scheduler or worker: runs stay queued, slots are ours to skip."""
    return make_client(roles=False)


def create(ui: TestClient, schedule: str, **changes: str) -> str:
    body = {"name": "Shop", "url": "https://shop.example.com/", "goal": GOAL}
    response = ui.post("/api/tests", json=body | {"schedule": schedule} | changes)
    assert response.status_code == 200, response.text
    test_id: str = response.json()["id"]
    return test_id


def skip_their_slots(valkey: EmbeddedValkey, db: redis.Redis, test_ids: list[str]) -> None:
    """Make the tests due while a run of each is still queued: the scheduler skips them."""

    async def tick() -> None:
        async with Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True) as c:
            queue = RunQueue(c, run_timeout_s=60)
            await SchedulerLoop(c, queue.enqueue_many).tick()
            await queue.close()

    db.zadd("schedule:due", dict.fromkeys(test_ids, time.time() - 1))
    asyncio.run(tick())


def record_durations(db: redis.Redis, test_id: str, *seconds: float) -> None:
    now = time.time()
    db.zadd(
        f"timing:{test_id}",
        {f"{round(s * 1000)}:r{test_id[:4]}{n}": now - 600 + n for n, s in enumerate(seconds)},
    )


@pytest.mark.parametrize(
    ("expression", "per_hour"),
    [
        ("* * * * *", 60.0),
        ("*/5 * * * *", 12.0),
        ("0 * * * *", 1.0),
        ("@daily", 1 / 24),
        ("CRON_TZ=Europe/Paris */10 8-17 * * *", 2.5),
        ("0 9 * * 1-5", 5 / 7 / 24),
    ],
)
def test_runs_per_hour_of_a_schedule(expression: str, per_hour: float) -> None:
    assert capacity.runs_per_hour(expression) == pytest.approx(per_hour)


async def test_skips_of_the_last_hour_and_of_each_hour_of_the_day(
    aredis: Redis, db: redis.Redis
) -> None:
    hour = 500_000
    now = hour * 3600 + 20 * 60  # twenty past
    db.hset(f"schedule:skipped_hour:{hour}", mapping={"5": 2})
    db.hset(f"schedule:skipped_hour:{hour - 1}", mapping={"50": 3, "10": 4})  # 4: over an hour
    db.hset(f"schedule:skipped_hour:{hour - 30}", mapping={"0": 9})  # older than the day
    last_hour, per_hour = await capacity.skipped_hours(aredis, now)
    assert last_hour == 2 + 3
    assert len(per_hour) == 24 and per_hour[-1].hour_start.timestamp() == hour * 3600
    assert [h.skipped for h in per_hour[-2:]] == [7, 2] and sum(h.skipped for h in per_hour) == 9


def test_queue_reports_skipped_slots_and_the_workers_the_schedules_need(
    ui: TestClient, valkey: EmbeddedValkey, db: redis.Redis
) -> None:
    busy = [create(ui, "* * * * *", name=f"Busy {n}") for n in range(2)]
    paused = create(ui, "* * * * *", name="Paused")
    assert ui.put(f"/api/tests/{paused}", json={"status": "paused"}).status_code == 200
    for test_id in busy:
        assert ui.post(f"/api/tests/{test_id}/run?wait=false").status_code == 202
    record_durations(db, busy[0], 40, 50)  # a mean of 45 s; the other has no runs yet
    record_durations(db, paused, 600)

    before = ui.get("/api/queue").json()
    assert before["skipped_last_hour"] == 0 and before["run_time_source"] == "partly_measured"
    skip_their_slots(valkey, db, busy)

    body = ui.get("/api/queue").json()
    assert body["queued"] == 2 and body["running"] == 0 and body["workers"] == 0
    assert body["oldest_wait_s"] >= 0
    assert body["skipped_last_hour"] == 2
    assert len(body["skipped_per_hour"]) == 24
    assert sum(h["skipped"] for h in body["skipped_per_hour"][-2:]) == 2
    # two every-minute tests of 45 s each (the one without runs takes the other's mean):
    # 2 x 60 x 45 / 3600 = 1.5 worker-hours an hour, at one run per worker
    assert body["scheduled_runs_per_hour"] == 120
    assert body["mean_run_s"] == 45
    assert body["worker_concurrency"] == 1
    assert body["needed_workers"] == 2


def test_needed_workers_count_the_runs_each_live_worker_takes_at_once(
    settings: Settings, db: redis.Redis
) -> None:
    # a worker taking two runs at once, and no scheduler: nothing comes due and runs
    app = create_app(settings.model_copy(update={"concurrency": 2}), worker=True, scheduler=False)
    with TestClient(app) as served:
        for n in range(5):
            create(served, "* * * * *", name=f"Every minute {n}")
        wait_until(lambda: served.get("/api/queue").json()["workers"] == 1, what="the worker")
        body = served.get("/api/queue").json()
    assert body["worker_concurrency"] == 2
    # 5 x 60 runs an hour x 30 s (assumed) = 2.5 runs at any time, 2 a worker
    assert body["needed_workers"] == 2


def test_without_any_run_the_run_time_is_assumed(ui: TestClient) -> None:
    create(ui, "*/2 * * * *")
    body = ui.get("/api/queue").json()
    assert body["run_time_source"] == "assumed"
    assert body["mean_run_s"] == capacity.ASSUMED_RUN_S
    assert body["needed_workers"] == 1  # 30 runs an hour x 30 s = a quarter of a worker


def test_without_schedules_no_worker_is_needed(ui: TestClient) -> None:
    body = ui.get("/api/queue").json()
    assert body["needed_workers"] == 0 and body["mean_run_s"] is None
    assert body["skipped_per_hour"][-1]["skipped"] == 0


def test_the_dashboard_says_so_only_when_slots_were_skipped(
    ui: TestClient, valkey: EmbeddedValkey, db: redis.Redis
) -> None:
    busy = [create(ui, "* * * * *", name=f"Busy {n}") for n in range(3)]
    for test_id in busy:
        ui.post(f"/api/tests/{test_id}/run?wait=false")
    record_durations(db, busy[0], 60)
    assert NOTICE not in ui.get("/").text  # queued, but nothing skipped nor waiting long

    skip_their_slots(valkey, db, busy)
    page = ui.get("/").text
    assert NOTICE in page
    # 3 every-minute tests of 60 s each: 3 workers
    assert "3 slots skipped in the last hour" in page
    assert "need about 3 workers" in page and "at the measured run time (60.0 s a run)" in page
    assert "0 are running" in page


def test_the_dashboard_says_so_when_the_oldest_run_waits_too_long(
    ui: TestClient, db: redis.Redis
) -> None:
    test_id = create(ui, "*/5 * * * *")
    ui.post(f"/api/tests/{test_id}/run?wait=false")
    assert NOTICE not in ui.get("/").text
    # the run was queued two minutes ago (SAQ's `queued` is in ms)
    job_key = f"saq:job:runs:{test_id}"
    job = json.loads(db.get(job_key) or "{}")
    db.set(job_key, json.dumps(job | {"queued": int(time.time() * 1000) - 120_000}))
    page = ui.get("/").text
    assert NOTICE in page and "0 slots skipped in the last hour" in page
    assert re.search(r"the oldest queued run has waited 12\d s", page)


def test_a_qstash_slot_of_a_test_still_running_is_skipped_and_counted(
    make_client: Callable[..., TestClient], db: redis.Redis
) -> None:
    app = make_client(roles=False, callback_auth="none")
    test_id = create(app, "*/5 * * * *")
    assert app.post(f"/api/tests/{test_id}/run?wait=false").status_code == 202
    answer = app.post(f"/api/callback/{test_id}").json()
    assert answer == {"status": "skipped", "reason": "test is already running", "test_id": test_id}
    assert db.hget("schedule:skipped", test_id) == "1"
    assert app.get("/api/queue").json()["skipped_last_hour"] == 1
