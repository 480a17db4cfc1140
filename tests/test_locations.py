"""Probes in several locations: workers by location, one run per slot and location, results
split by location, and alerts that wait for a quorum of failing locations."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from redis.asyncio import Redis
from typer.testing import CliRunner

from housecat import keys
from housecat.cli import app
from housecat.locations.quorum import alert_state
from housecat.runs.history import RunHistory
from housecat.runs.models import RunDetail
from housecat.schedule.queue import RunQueue
from housecat.schedule.scheduler import SchedulerLoop
from housecat.valkey import EmbeddedValkey
from tests.alert_servers import AlertServer
from tests.processes import QUICK_STOP, STARTUP_S, free_port, runs_idle, wait_until
from tests.runs_data import TEST, detail, store
from tests.test_scheduling import seed_tests

GOAL = "sign in with alice@example.com and password hunter2, then check the page says Welcome back, Alice"
# Due once a year: no slot comes by itself while a test runs; the tests make slots due.
YEARLY = "0 0 1 1 *"
BODY = {"name": "Login", "url": "https://a.test/", "goal": "open /", "schedule": YEARLY}
# The alert servers answer at once, but on a machine busy with other tests an attempt may
# wait seconds for its turn: a short timeout would drop an alert the test waits for.
ALERTS = {"alert_timeout": 10.0, "alert_attempts": 3}


class Worker:
    """`housecat worker --location NAME` in a child process, on the session's Valkey."""

    def __init__(
        self, valkey: EmbeddedValkey, data_dir: Path, location: str, env: dict[str, str]
    ) -> None:
        self.log = data_dir.parent / f"worker-{location}.log"
        command = [sys.executable, "-m", "housecat", "worker", "--location", location]
        with open(self.log, "a") as log:
            self.process = subprocess.Popen(
                [*command, "--data-dir", str(data_dir)],
                stdout=log,
                stderr=subprocess.STDOUT,
                env={k: v for k, v in os.environ.items() if not k.startswith("HOUSECAT_")}
                | QUICK_STOP
                | {"REDIS_URL": f"unix://{valkey.socket_path}"}
                | env,
            )

    def output(self) -> str:
        return self.log.read_text()

    def stop(self) -> str:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)
        return self.output()


@pytest.fixture
def near(make_client: Callable[..., TestClient]) -> TestClient:
    """The API, the scheduler and a worker at the location "near", which reaches the site."""
    return make_client(location="near", allow_private_webhooks=True, **ALERTS)


@pytest.fixture
def far(valkey: EmbeddedValkey, data_dir: Path) -> Iterator[Worker]:
    """A worker process at the location "far", whose Chromium cannot reach the site: all
    its traffic goes through a proxy nobody listens on (as behind a network that drops it)."""
    worker = Worker(
        valkey,
        data_dir,
        "far",
        {
            "HOUSECAT_BROWSER_PROXY": f"http://127.0.0.1:{free_port()}",
            "HOUSECAT_ALLOW_PRIVATE_WEBHOOKS": "true",
            "HOUSECAT_ALERT_TIMEOUT": str(ALERTS["alert_timeout"]),
            "HOUSECAT_ALERT_ATTEMPTS": str(ALERTS["alert_attempts"]),
        },
    )
    yield worker
    if worker.process.poll() is None:
        worker.stop()


def alive(client: TestClient) -> dict[str, int]:
    found = client.get("/api/v1/locations").json()["locations"]
    return {location["name"]: location["workers_alive"] for location in found}


def runs(db: redis.Redis, test_id: str) -> list[dict[str, object]]:
    return [json.loads(raw) for raw in db.zrange(f"results:{test_id}", 0, -1)]


def make_due(db: redis.Redis, *test_ids: str) -> None:
    """Bring the tests' next slot to now; the scheduler claims it within a tick."""
    db.zadd("schedule:due", dict.fromkeys(test_ids, time.time() - 1), xx=True)


def test_two_locations_run_each_slot_once_each_and_alert_only_on_a_quorum(
    near: TestClient, far: Worker, db: redis.Redis, sites: str
) -> None:
    wait_until(
        lambda: alive(near) == {"near": 1, "far": 1},
        STARTUP_S,
        what=lambda: f"workers of both locations beating; far worker said: {far.output()}",
    )
    with AlertServer() as both_must_fail, AlertServer() as one_may_fail:
        body = {"name": "Login", "url": f"{sites}/shop/login", "goal": GOAL, "schedule": YEARLY}
        both = {"locations": ["near", "far"], "alert_webhook": f"{both_must_fail.url}/hook"}
        quorum_2 = near.post("/api/tests", json=body | both | {"alert_quorum": 2}).json()["id"]
        one = {"locations": ["near", "far"], "alert_webhook": f"{one_may_fail.url}/hook"}
        quorum_1 = near.post("/api/tests", json=body | one).json()["id"]
        for slot in (1, 2):
            wait_until(lambda: runs_idle(db, "near", "far"), 60, what="the runs' jobs ending")
            make_due(db, quorum_2, quorum_1)
            wait_until(
                lambda n=slot: all(len(runs(db, t)) == 2 * n for t in (quorum_2, quorum_1)),
                120,
                what=lambda n=slot: (
                    f"slot {n} run at both locations; far worker said: {far.output()}"
                ),
            )
        wait_until(
            lambda: len(one_may_fail.received) == 1,
            60,
            what=lambda: f"the quorum-1 alert; far worker said: {far.output()}",
        )
        assert db.hlen(keys.SCHEDULE_SKIPPED) == 0
        far_said = far.stop()

        # Each slot ran once at each location: near reaches the site, far does not.
        for test_id in (quorum_2, quorum_1):
            found = runs(db, test_id)
            assert len({run["run_id"] for run in found}) == 4
            assert sorted((run["location"], run["passed"]) for run in found) == [
                ("far", False),
                ("far", False),
                ("near", True),
                ("near", True),
            ]
            assert {run["triggered_by"] for run in found} == {"schedule"}
        far_failure = next(run for run in runs(db, quorum_1) if run["location"] == "far")
        assert "ERR_PROXY_CONNECTION_FAILED" in str(far_failure["details"]), far_failure
        # 2 of 2 must fail to alert: one failing location alerted nobody. 1 of 2: once.
        assert both_must_fail.received == []
        (alert,) = one_may_fail.received
        assert alert.json()["event"] == "test_failed"
        assert alert.json()["location"] == "far"
        # Outages follow the quorum too: none where 1 of 2 failing is up; one, still open.
        assert db.llen(f"outages:{quorum_2}") == 0
        (outage,) = near.get(f"/api/v1/tests/{quorum_1}/outages").json()["outages"]
        assert outage["open"] and outage["alerted"] and outage["run_count"] >= 3
    assert "Traceback" not in far_said and "ERROR" not in far_said, far_said

    # Results, uptime and metrics split by location.
    page = near.get(f"/api/tests/{quorum_1}/results", params={"location": "far"}).json()
    assert page["total"] == 2 and {r["location"] for r in page["results"]} == {"far"}
    assert near.get(f"/api/tests/{quorum_1}/results").json()["total"] == 4
    uptimes = {
        where: near.get(
            f"/api/tests/{quorum_1}/uptime", params=where and {"location": where}
        ).json()["uptime_pct"]
        for where in ("near", "far", None)
    }
    assert uptimes == {"near": 100.0, "far": 0.0, None: 50.0}
    families = text_string_to_metric_families(near.get("/metrics").text)
    counted = {
        (sample.labels["location"], sample.labels["result"]): sample.value
        for family in families
        if family.name == "housecat_runs"
        for sample in family.samples
        if sample.labels.get("test_id") == quorum_1 and sample.name == "housecat_runs_total"
    }
    assert counted == {("near", "passed"): 2.0, ("far", "failed"): 2.0}
    page = near.get(f"/tests/{quorum_1}").text
    assert '<th scope="col">Location</th>' in page and "<td>far</td>" in page


def test_a_test_lists_valid_locations_and_a_quorum_they_can_meet(client: TestClient) -> None:
    seed = client.post("/api/tests", json=BODY).json()
    assert (seed["locations"], seed["alert_quorum"]) == ([], 1)
    made = client.post(
        "/api/v1/tests", json=BODY | {"locations": ["eu-west", "us", "eu-west"], "alert_quorum": 2}
    )
    assert made.status_code == 201, made.text
    assert (made.json()["locations"], made.json()["alert_quorum"]) == (["eu-west", "us"], 2)
    test_id = made.json()["id"]

    too_many = client.post("/api/tests", json=BODY | {"locations": ["us"], "alert_quorum": 2})
    assert too_many.status_code == 422
    assert "1 location" in too_many.json()["fields"]["alert_quorum"]
    bad_name = client.post("/api/tests", json=BODY | {"locations": ["EU West"]})
    assert bad_name.status_code == 422 and "location" in bad_name.json()["error"]
    # Dropping to one location while the quorum is 2 is refused, and changes nothing.
    shrink = client.put(f"/api/v1/tests/{test_id}", json={"locations": ["us"]})
    assert shrink.status_code == 422 and "alert_quorum" in shrink.json()["fields"]
    assert client.get(f"/api/v1/tests/{test_id}").json()["locations"] == ["eu-west", "us"]
    both = client.put(f"/api/v1/tests/{test_id}", json={"locations": [], "alert_quorum": 1})
    assert both.status_code == 200 and both.json()["locations"] == []
    # A manual run goes to one of the test's locations, never elsewhere.
    elsewhere = client.post(f"/api/tests/{test_id}/run", params={"location": "mars"})
    assert elsewhere.status_code == 422 and "mars" in elsewhere.json()["fields"]["location"]
    unreadable = client.get(f"/api/tests/{test_id}/results", params={"location": "Nope!"})
    assert unreadable.status_code == 422


def test_the_servers_own_worker_beats_at_the_default_location(client: TestClient) -> None:
    wait_until(lambda: alive(client) == {"default": 1}, what="the worker's first beat")
    (location,) = client.get("/api/v1/locations").json()["locations"]
    assert location["last_seen"].endswith("Z")


async def test_a_slot_is_enqueued_once_at_each_location_and_skipped_where_still_running(
    valkey: EmbeddedValkey, db: redis.Redis
) -> None:
    (anywhere, two_places) = seed_tests(db, 2, due=time.time() - 1)
    db.hset(f"test:{two_places}", "locations", json.dumps(["eu", "us"]))
    async with Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True) as client:
        queue = RunQueue(client, run_timeout_s=60)
        assert await queue.enqueue(two_places, "earlier1", "manual", "us")  # still running
        await SchedulerLoop(client, queue.enqueue_many).tick()
        eu = await queue.job(two_places, "eu")
        us = await queue.job(two_places, "us")
        default = await queue.job(anywhere)
        await queue.close()
    assert db.lrange("saq:runs:queued", 0, -1) == [f"saq:job:runs:{anywhere}"]
    assert db.lrange("saq:runs-eu:queued", 0, -1) == [f"saq:job:runs-eu:{two_places}"]
    assert db.lrange("saq:runs-us:queued", 0, -1) == [f"saq:job:runs-us:{two_places}"]
    assert eu is not None and (eu.kwargs or {})["triggered_by"] == "schedule"
    assert us is not None and (us.kwargs or {})["run_id"] == "earlier1"
    assert default is not None and (default.kwargs or {})["triggered_by"] == "schedule"
    assert db.hgetall("schedule:skipped") == {two_places: "1"}


MONITORS = """\
tests:
  - name: Login
    url: https://example.com/
    goal: expect text 'Example'
    locations: [eu-west, us-east]
    alert_quorum: 2
"""


def test_a_monitors_file_sets_locations_and_exports_them(
    make_client: Callable[..., TestClient],
) -> None:
    api = make_client(roles=False)

    def apply(text: str) -> dict[str, Any]:
        headers = {"Content-Type": "application/yaml"}
        response = api.post("/api/v1/apply", content=text, headers=headers)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    apply(MONITORS)
    (test,) = api.get("/api/tests").json()["tests"]
    assert (test["locations"], test["alert_quorum"]) == (["eu-west", "us-east"], 2)
    exported = api.get("/api/v1/export").text
    assert "alert_quorum: 2" in exported and "eu-west" in exported
    assert apply(exported)["summary"] == "nothing to change"
    more = MONITORS.replace("[eu-west, us-east]", "[eu-west, us-east, ap-south]")
    answer = apply(more)
    assert answer["changes"]["tests"]["updated"] == [{"name": "Login", "fields": ["locations"]}]
    (test,) = api.get("/api/tests").json()["tests"]
    assert test["locations"] == ["eu-west", "us-east", "ap-south"]


def test_uptime_at_the_default_location_of_a_test_naming_none_is_its_whole_uptime(
    make_client: Callable[..., TestClient], sites: str
) -> None:
    client = make_client(step_timeout=4.0)
    body = {"name": "Login", "url": f"{sites}/shop/login", "goal": GOAL, "schedule": YEARLY}
    test_id = client.post("/api/tests", json=body).json()["id"]
    ran = client.post(f"/api/tests/{test_id}/run", params={"location": "default"}).json()
    assert ran["result"]["location"] == "default" and ran["result"]["passed"] is True
    uptime = client.get(f"/api/tests/{test_id}/uptime", params={"location": "default"}).json()
    assert (uptime["total_runs"], uptime["uptime_pct"]) == (1, 100.0)
    elsewhere = client.get(f"/api/tests/{test_id}/uptime", params={"location": "eu"}).json()
    assert elsewhere["total_runs"] == 0
    assert "Location</th>" not in client.get(f"/tests/{test_id}").text  # one place: no column


def at_location(run: RunDetail, location: str) -> RunDetail:
    return run.model_copy(update={"record": run.record.model_copy(update={"location": location})})


async def test_uptime_per_location_counts_whole_hours_from_the_rollups_and_edges_raw(
    aredis: Redis,
) -> None:
    test = TEST.model_copy(update={"locations": ["eu", "us"]})
    await aredis.hset(keys.test(TEST.id), mapping=test.to_hash())
    results = store(aredis)
    runs = [
        ("eu", True, 30),
        ("eu", False, 5),
        ("us", False, 30),
        ("us", False, 0),
        ("eu", True, 0),
    ]
    for n, (location, passed, hours_ago) in enumerate(runs):
        run = detail(f"r{n:07d}", passed=passed, ago=timedelta(hours=hours_ago, minutes=1))
        saved = await results.save(test, at_location(run, location), None)
        assert saved.kept
    history = RunHistory(aredis)
    day = {
        where: (u.passed_runs, u.failed_runs)
        for where in ("eu", "us", None)
        for u in [await history.uptime(TEST.id, hours=24, location=where)]
    }
    assert day == {"eu": (1, 1), "us": (0, 1), None: (1, 2)}
    page = await history.results(TEST.id, location="us", limit=1)
    assert page.total == 2 and [r.location for r in page.results] == ["us"]
    # Each location's latest result, for quorum alerting.
    assert await aredis.hgetall(keys.test_locations(TEST.id)) == {"eu": "passed", "us": "failed"}


def test_a_test_is_down_when_a_quorum_of_its_locations_last_failed() -> None:
    def state(quorum: int, before: dict[str, str], where: str, passed: bool) -> tuple[str, bool]:
        test = TEST.model_copy(update={"locations": ["a", "b", "c"], "alert_quorum": quorum})
        record = detail("r0000001", passed=passed).record.model_copy(update={"location": where})
        return alert_state(test, record, before)

    # 2 of 3: the second failing location takes it down, one passing again brings it back.
    assert state(2, {}, "a", False) == ("passed", True)
    assert state(2, {"a": "failed"}, "b", False) == ("passed", False)
    assert state(2, {"a": "failed", "b": "failed"}, "c", False) == ("failed", False)
    assert state(2, {"a": "failed", "b": "failed", "c": "passed"}, "a", True) == ("failed", True)
    assert state(2, {"a": "error", "b": "passed"}, "c", False) == ("passed", False)
    # 1 of 3: any failing location is down; down until none fails.
    assert state(1, {}, "a", False) == ("passed", False)
    assert state(1, {"a": "failed", "b": "failed"}, "a", True) == ("failed", False)
    # One location: its own last result, as before there were locations.
    alone = TEST.model_copy(update={"last_result": "failed"})
    record = detail("r0000002", passed=True).record
    assert alert_state(alone, record, {}) == ("failed", True)


def test_a_worker_with_an_unreadable_location_stops_saying_what_a_location_is(
    data_dir: Path,
) -> None:
    result = CliRunner().invoke(
        app, ["worker", "--location", "EU West", "--data-dir", str(data_dir)]
    )
    assert result.exit_code == 2
    assert "HOUSECAT_LOCATION" in result.output and "lowercase letters" in result.output
    assert "Traceback" not in result.output
