"""The read API: results, timing, uptime, incidents and the dashboard, on stored runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from redis.asyncio import Redis

from housecat import keys
from housecat.suites.models import TestSuiteResponse
from housecat.web.errors import STORAGE_UNAVAILABLE
from tests.runs_data import TEST, cancelled, detail, store

READS = ("results", "timing", "uptime", "incidents", "live")


@pytest.fixture
def api(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False)


async def save_runs(aredis: Redis, outcomes: str, *, ms: int = 1000) -> None:
    """Store one run per letter, oldest first, a minute apart: P passed, F failed."""
    results = store(aredis)
    for n, outcome in enumerate(outcomes):
        ago = timedelta(minutes=len(outcomes) - n)
        await results.save(
            TEST, detail(f"run{n:05d}", passed=outcome == "P", ms=ms + n, ago=ago), None
        )


async def test_results_are_newest_first_and_paginated(aredis: Redis, api: TestClient) -> None:
    await save_runs(aredis, "PPFPP")
    page = api.get(f"/api/tests/{TEST.id}/results").json()
    assert [r["run_id"] for r in page["results"]] == [f"run{n:05d}" for n in (4, 3, 2, 1, 0)]
    assert (page["test_id"], page["total"], page["limit"], page["offset"]) == (TEST.id, 5, 20, 0)
    assert page["results"][2]["passed"] is False
    assert set(page["results"][0]) >= {"run_id", "passed", "duration_ms", "steps_passed",
        "steps_total", "details", "step_results", "error", "triggered_by", "started_at",
        "completed_at"}  # fmt: skip

    second = api.get(f"/api/tests/{TEST.id}/results?limit=1&offset=1").json()
    assert [r["run_id"] for r in second["results"]] == ["run00003"]
    assert (second["total"], second["limit"], second["offset"]) == (5, 1, 1)
    last = api.get(f"/api/tests/{TEST.id}/results?limit=2&offset=4").json()
    assert [r["run_id"] for r in last["results"]] == ["run00000"]
    past = api.get(f"/api/tests/{TEST.id}/results?offset=5").json()
    assert (past["results"], past["total"]) == ([], 5)


async def test_a_test_without_runs_has_empty_history(aredis: Redis, api: TestClient) -> None:
    base = f"/api/tests/{TEST.id}"
    assert api.get(f"{base}/results").json()["results"] == []
    assert api.get(f"{base}/timing").json() == {"test_id": TEST.id, "timing": [], "total": 0}
    assert api.get(f"{base}/incidents").json() == {"test_id": TEST.id, "incidents": [], "total": 0}
    assert api.get(f"{base}/uptime").json() == {
        "test_id": TEST.id, "uptime_pct": 100.0, "total_runs": 0, "passed_runs": 0,
        "failed_runs": 0, "window_hours": 24,
    }  # fmt: skip


async def test_timing_lists_every_run_newest_first(aredis: Redis, api: TestClient) -> None:
    await save_runs(aredis, "PPP", ms=1500)
    await store(aredis).save(TEST, detail("same0001", ms=1502), None)  # a duration seen before
    series = api.get(f"/api/tests/{TEST.id}/timing").json()
    assert series["total"] == 4
    assert [p["duration_ms"] for p in series["timing"]] == [1502, 1502, 1501, 1500]
    stamps = [p["timestamp"] for p in series["timing"]]
    assert stamps == sorted(stamps, reverse=True) and stamps[0].endswith("Z")
    assert len(api.get(f"/api/tests/{TEST.id}/timing?limit=2").json()["timing"]) == 2


async def test_incidents_are_the_failures_newest_first(aredis: Redis, api: TestClient) -> None:
    await save_runs(aredis, "FPFF")
    page = api.get(f"/api/tests/{TEST.id}/incidents?limit=2").json()
    assert page["total"] == 3
    assert [i["run_id"] for i in page["incidents"]] == ["run00003", "run00002"]
    assert page["incidents"][0] | {"started_at": "x"} == {
        "run_id": "run00003", "test_id": TEST.id, "error": "Step 1 failed: x", "details": "d",
        "started_at": "x", "alert_sent": False,
    }  # fmt: skip


async def test_uptime_counts_the_runs_in_its_window(aredis: Redis, api: TestClient) -> None:
    results = store(aredis)
    await save_runs(aredis, "PPPF")  # the last few minutes
    await results.save(TEST, detail("old00001", passed=False, ago=timedelta(hours=30)), None)
    day = api.get(f"/api/tests/{TEST.id}/uptime").json()
    assert (day["uptime_pct"], day["total_runs"], day["passed_runs"], day["failed_runs"]) == (
        75.0, 4, 3, 1,
    )  # fmt: skip
    week = api.get(f"/api/tests/{TEST.id}/uptime?hours=168").json()
    assert (week["uptime_pct"], week["total_runs"], week["window_hours"]) == (60.0, 5, 168)


async def test_a_cancelled_run_counts_as_neither_passed_nor_failed(
    aredis: Redis, api: TestClient
) -> None:
    await save_runs(aredis, "PF")
    await store(aredis).save_cancelled(TEST.id, cancelled("cancel01"))
    uptime = api.get(f"/api/tests/{TEST.id}/uptime").json()
    assert (uptime["total_runs"], uptime["passed_runs"], uptime["failed_runs"]) == (2, 1, 1)
    listed = api.get(f"/api/tests/{TEST.id}/results").json()["results"]
    assert listed[0]["run_id"] == "cancel01" and listed[0]["cancelled"] is True
    assert api.get(f"/api/tests/{TEST.id}/incidents").json()["total"] == 1


@pytest.mark.parametrize("read", READS)
def test_an_unknown_test_is_not_found(api: TestClient, read: str) -> None:
    answer = api.get(f"/api/tests/nosuch99/{read}")
    assert answer.status_code == 404
    assert answer.json() == {"error": "test 'nosuch99' not found"}


def test_an_offset_redis_cannot_index_is_a_422_not_a_storage_error(api: TestClient) -> None:
    answer = api.get("/api/tests/nosuch99/results?offset=9223372036854775789")
    assert answer.status_code == 422
    assert answer.json()["fields"] == {"offset": "Input should be less than or equal to 1000000"}


async def test_an_unknown_test_is_not_found_before_any_storage_error(
    aredis: Redis, api: TestClient
) -> None:
    await aredis.set(keys.results("nosuch99"), "not a sorted set")  # left by a bad restore
    answer = api.get("/api/tests/nosuch99/results")
    assert (answer.status_code, answer.json()) == (404, {"error": "test 'nosuch99' not found"})


async def test_a_storage_error_names_no_command_and_no_key(aredis: Redis, api: TestClient) -> None:
    await aredis.set(keys.results(TEST.id), "not a sorted set")  # what a bad restore could leave
    answer = api.get(f"/api/tests/{TEST.id}/results")
    assert (answer.status_code, answer.json()) == (503, {"error": STORAGE_UNAVAILABLE})


@pytest.mark.parametrize(
    "query",
    [
        "results?limit=101", "results?limit=0", "results?offset=-1", "results?limit=ten",
        "timing?limit=201", "timing?limit=0", "uptime?hours=721", "uptime?hours=0",
        "incidents?limit=51", "incidents?limit=-3", "results?offset=1000001",
    ],
)  # fmt: skip
async def test_a_parameter_out_of_range_is_a_422(
    aredis: Redis, api: TestClient, query: str
) -> None:
    answer = api.get(f"/api/tests/{TEST.id}/{query}")
    assert answer.status_code == 422
    name = query.split("?")[1].split("=")[0]
    assert name in answer.json()["error"] and name in answer.json()["fields"]


@pytest.mark.parametrize("query", ["results?limit=100", "timing?limit=200", "uptime?hours=720",
    "incidents?limit=50", "results?offset=1000000"])  # fmt: skip
async def test_the_maximum_itself_is_allowed(aredis: Redis, api: TestClient, query: str) -> None:
    assert api.get(f"/api/tests/{TEST.id}/{query}").status_code == 200


async def test_the_dashboard_counts_tests_by_state(aredis: Redis, api: TestClient) -> None:
    states = [("active", "passed"), ("active", "failed"), ("active", "error"),
        ("paused", "passed"), ("active", "pending"), ("paused", "pending"), ("active", "passed")]  # fmt: skip
    for n, (status, result) in enumerate(states):
        fields = TEST.to_hash() | {"id": f"dash{n:04d}", "name": f"Test {n}", "status": status,
            "last_result": result}  # fmt: skip
        if result != "pending":
            fields["last_run_at"] = f"2026-02-14T10:0{n}:00.000Z"
        await aredis.hset(keys.test(f"dash{n:04d}"), mapping=fields)
        await aredis.sadd(keys.TESTS_ALL, f"dash{n:04d}")
    board = api.get("/api/dashboard").json()
    counts = {name: board[name] for name in board if name != "recent_runs"}
    assert counts == {"total_tests": 7, "active_tests": 5, "paused_tests": 2, "passing": 3,
        "failing": 2, "pending": 2}  # fmt: skip
    assert [run["test_id"] for run in board["recent_runs"]] == [
        "dash0006", "dash0003", "dash0002", "dash0001", "dash0000",
    ]  # fmt: skip
    assert board["recent_runs"][0] == {
        "test_id": "dash0006", "test_name": "Test 6", "test_url": TEST.url,
        "last_result": "passed", "last_run_at": "2026-02-14T10:06:00.000Z",
    }  # fmt: skip


def test_the_dashboard_of_an_empty_install_is_all_zeros(api: TestClient) -> None:
    assert api.get("/api/dashboard").json() == {
        "total_tests": 0, "active_tests": 0, "paused_tests": 0, "passing": 0, "failing": 0,
        "pending": 0, "recent_runs": [],
    }  # fmt: skip


async def test_a_run_through_the_api_shows_in_every_read(aredis: Redis, api: TestClient) -> None:
    await aredis.delete(keys.test(TEST.id))
    created = api.post("/api/tests", json={"name": "n", "url": "https://a.test", "goal": "open /"})
    test_id = created.json()["id"]
    suite = TestSuiteResponse.model_validate(created.json())
    await store(aredis).save(suite, detail("apirun01", passed=False, test_id=test_id), None)
    assert api.get(f"/api/tests/{test_id}/results").json()["total"] == 1
    assert api.get(f"/api/tests/{test_id}/incidents").json()["total"] == 1
    assert api.get(f"/api/tests/{test_id}/uptime").json()["uptime_pct"] == 0.0
    assert api.get("/api/dashboard").json()["failing"] == 1
