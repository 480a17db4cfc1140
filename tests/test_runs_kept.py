"""Runs of saved tests are kept: every Redis key a run writes, run details, plan cache."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
import redis
from fastapi.testclient import TestClient

from housecat.config import Settings
from tests.sites.app import VARIANTS, Variant

GOAL = "sign in with alice@example.com and password hunter2, then check the page says Welcome back, Alice"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The session's settings, but a check that fails here (most do, on purpose) gives up soon."""
    return settings.model_copy(update={"step_timeout": 4.0})


@pytest.fixture
def live(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """A copy of the shop at /live/ that a test can change between runs."""

    def set_site(**changes: object) -> None:
        monkeypatch.setitem(VARIANTS, "live", Variant(**changes))  # type: ignore[arg-type]

    set_site()
    return set_site


def create(client: TestClient, url: str, **fields: object) -> str:
    body = {"name": "Login", "url": url, "goal": GOAL, **fields}
    response = client.post("/api/tests", json=body)
    assert response.status_code == 200, response.text
    test_id: str = response.json()["id"]
    return test_id


def run(client: TestClient, test_id: str) -> dict:  # type: ignore[type-arg]
    response = client.post(f"/api/tests/{test_id}/run")
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def events(db: redis.Redis, test_id: str) -> list[dict[str, str]]:
    return [fields for _, fields in db.xrange(f"events:{test_id}")]


def test_a_passing_manual_run_writes_every_key(
    client: TestClient, db: redis.Redis, sites: str
) -> None:
    test_id = create(client, f"{sites}/shop/login")
    body = run(client, test_id)

    assert set(body) == {"run_id", "plan", "browser_result", "result"}
    run_id = body["run_id"]
    ((member, score),) = db.zrange(f"results:{test_id}", 0, -1, withscores=True)
    record = json.loads(member)
    assert record["run_id"] == run_id and record["passed"] is True
    assert record["triggered_by"] == "manual" and record["test_id"] == test_id
    assert record["started_at"] < record["completed_at"]
    (timing,) = db.zrange(f"timing:{test_id}", 0, -1)
    assert timing == f"{record['duration_ms']}:{run_id}"
    test = db.hgetall(f"test:{test_id}")
    assert test["last_result"] == "passed" and test["last_run_at"] == record["started_at"]
    assert not db.exists(f"incidents:{test_id}")
    types = [e["type"] for e in events(db, test_id)]
    assert types[:2] == ["plan_start", "plan_complete"] and types[-2:] == [
        "eval_start",
        "eval_complete",
    ]
    assert types.count("step_start") == types.count("step_complete") == 5
    assert all(e["run_id"] == run_id and e["timestamp"] for e in events(db, test_id))
    hour = int(score // 3600)
    assert db.hgetall(f"uptime:{test_id}") == {f"{hour}:passed": "1"}


def test_a_failing_run_opens_an_incident(client: TestClient, db: redis.Redis, sites: str) -> None:
    test_id = create(client, f"{sites}/changed-text/login")
    body = run(client, test_id)
    assert body["result"]["passed"] is False
    (incident,) = [json.loads(i) for i in db.lrange(f"incidents:{test_id}", 0, -1)]
    assert set(incident) == {"run_id", "test_id", "error", "details", "started_at", "alert_sent"}
    assert incident["run_id"] == body["run_id"] and incident["alert_sent"] is False
    assert incident["error"].startswith("Step 5 failed: the page does not show")
    assert db.hget(f"test:{test_id}", "last_result") == "failed"
    complete = [e for e in events(db, test_id) if e["type"] == "step_complete"]
    assert complete[-1] == complete[-1] | {"step_number": "5", "passed": "false"}


def test_results_accumulate_and_are_never_overwritten(
    client: TestClient, db: redis.Redis, sites: str
) -> None:
    test_id = create(client, f"{sites}/shop/login")
    run_ids = {run(client, test_id)["run_id"] for _ in range(3)}
    assert len(run_ids) == 3
    assert db.zcard(f"results:{test_id}") == db.zcard(f"timing:{test_id}") == 3


def test_run_detail_has_the_plan_with_locators_and_the_screenshot(
    client: TestClient, sites: str
) -> None:
    test_id = create(client, f"{sites}/changed-text/login")
    run_id = run(client, test_id)["run_id"]
    detail = client.get(f"/api/runs/{run_id}").json()
    assert detail["plan_source"] == "grammar" and detail["attempts"] == 1
    assert detail["record"]["run_id"] == run_id
    assert detail["plan"]["steps"][1]["locator"].startswith("get_by_role(")
    shot = client.get(f"/api/runs/{run_id}/screenshots/5")
    assert shot.status_code == 200 and shot.content.startswith(b"\x89PNG")
    assert client.get(f"/api/runs/{run_id}/screenshots/2").status_code == 404
    assert client.get("/api/runs/nope1234").status_code == 404


def test_the_cached_plan_is_replayed_and_still_checks_every_assertion(
    client: TestClient, db: redis.Redis, sites: str, live: Callable[..., None]
) -> None:
    test_id = create(client, f"{sites}/live/login")
    first = run(client, test_id)
    cached = json.loads(db.get(f"plan:{test_id}"))
    assert cached["source"] == "cache" and cached["steps"][3]["locator"]
    db.delete(f"events:{test_id}")

    live(greeting="Hello, Alice")
    second = run(client, test_id)

    types = [e["type"] for e in events(db, test_id)]
    assert "plan_start" not in types  # no planner call
    assert events(db, test_id)[0]["message"] == "Plan loaded from cache: 5 steps"
    assert client.get(f"/api/runs/{second['run_id']}").json()["plan_source"] == "cache"
    assert second["result"]["passed"] is False
    assert "closest: 'Hello, Alice'" in second["result"]["error"]
    assert first["result"]["passed"] is True


def test_a_healed_run_updates_the_cached_plan(
    client: TestClient, db: redis.Redis, sites: str, live: Callable[..., None]
) -> None:
    test_id = create(client, f"{sites}/live/login")
    run(client, test_id)
    live(login_button="Log in")

    healed = run(client, test_id)

    assert healed["result"]["passed"] is True
    assert healed["result"]["step_results"][3]["healed"] is True
    cached = json.loads(db.get(f"plan:{test_id}"))
    assert "Log in" in cached["steps"][3]["locator"] and cached["steps"][3]["healed"]


def test_editing_the_goal_or_url_drops_the_cached_plan(
    client: TestClient, db: redis.Redis, sites: str
) -> None:
    test_id = create(client, f"{sites}/shop/login")
    run(client, test_id)
    assert db.exists(f"plan:{test_id}")
    client.put(f"/api/tests/{test_id}", json={"name": "renamed"})
    assert db.exists(f"plan:{test_id}")
    client.put(f"/api/tests/{test_id}", json={"goal": GOAL + " and check it shows Brass Desk Lamp"})
    assert not db.exists(f"plan:{test_id}")
    run(client, test_id)
    client.put(f"/api/tests/{test_id}", json={"url": f"{sites}/delayed/login"})
    assert not db.exists(f"plan:{test_id}")


def test_retries_rerun_a_failure_before_it_counts(
    client: TestClient, db: redis.Redis, sites: str
) -> None:
    test_id = create(client, f"{sites}/changed-text/login", retries=1)
    body = run(client, test_id)
    assert body["result"]["passed"] is False
    detail = client.get(f"/api/runs/{body['run_id']}").json()
    assert detail["attempts"] == 2
    assert body["result"]["step_results"][0]["retry_count"] == 1
    assert db.zcard(f"results:{test_id}") == 1  # one run, however many attempts


def test_running_an_unknown_test_is_a_404(client: TestClient) -> None:
    response = client.post("/api/tests/nope1234/run")
    assert response.status_code == 404
    assert response.json() == {"error": "test 'nope1234' not found"}


def test_a_pipeline_crash_is_a_500_with_the_reason_and_an_error_event(
    make_client: Callable[..., TestClient], db: redis.Redis, sites: str, tmp_path: object
) -> None:
    client = make_client(chromium=f"{tmp_path}/no-chromium")
    test_id = create(client, f"{sites}/shop/login")
    response = client.post(f"/api/tests/{test_id}/run")
    assert response.status_code == 500
    assert response.json()["error"].startswith("pipeline failed: HOUSECAT_CHROMIUM is set to")
    assert db.hget(f"test:{test_id}", "last_result") == "error"
    assert events(db, test_id)[-1]["type"] == "error"


def test_deleting_a_test_removes_its_runs_plan_rollups_and_screenshots(
    client: TestClient, db: redis.Redis, sites: str, settings: Settings
) -> None:
    test_id = create(client, f"{sites}/changed-text/login")
    run_ids = [run(client, test_id)["run_id"] for _ in range(2)]
    shot = f"/api/runs/{run_ids[0]}/screenshots/5"
    assert client.get(shot).status_code == 200
    assert len(screenshots(settings, *run_ids)) == 2

    assert client.delete(f"/api/tests/{test_id}").json() == {"status": "deleted", "id": test_id}

    for run_id in run_ids:
        assert client.get(f"/api/runs/{run_id}").status_code == 404
    assert client.get(shot).status_code == 404
    # In the trash, restorable, until purged: then nothing of it is left.
    assert client.delete(f"/api/v1/trash/test/{test_id}").status_code == 200
    assert screenshots(settings, *run_ids) == []
    assert not (settings.artifacts_dir / test_id).exists()
    leftovers = [k for k in db.keys("*") if test_id in k or any(r in k for r in run_ids)]
    # only the queue's own records of the jobs (they expire), which test a run was of, and
    # the audit trail of who ran, deleted and purged it
    assert all(key.startswith(("saq:", "runof:", "audit:")) for key in leftovers), leftovers


def test_retention_deletes_the_screenshots_of_the_runs_it_drops(
    make_client: Callable[..., TestClient], sites: str, settings: Settings
) -> None:
    client = make_client(results_max=1)
    test_id = create(client, f"{sites}/changed-text/login")
    first = run(client, test_id)["run_id"]
    assert screenshots(settings, first) == [f"{first}-step5.png"]

    second = run(client, test_id)["run_id"]

    assert screenshots(settings, first, second) == [f"{second}-step5.png"]
    assert client.get(f"/api/runs/{first}").status_code == 404
    assert client.get(f"/api/runs/{second}/screenshots/5").status_code == 200


def screenshots(settings: Settings, *run_ids: str) -> list[str]:
    """The names of the screenshot files these runs left, wherever under the artifacts dir."""
    found = settings.artifacts_dir.rglob("*.png")
    return sorted(path.name for path in found if path.name.split("-")[0] in run_ids)
