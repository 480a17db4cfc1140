"""`housecat demo`, `reset`, `backup` and `restore`, run as a person runs them, on data dirs
of their own: the demo's store is made once, then backed up, emptied, restored and served."""

from __future__ import annotations

import asyncio
import gzip
import io
import json
import os
import re
import tarfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from housecat import keys
from housecat.browser.execute import Limits
from housecat.browser.pool import BrowserPool
from housecat.cli import app
from housecat.clock import iso
from housecat.config import Settings
from housecat.datatools.demo_catalog import TESTS
from housecat.datatools.demo_history import as_run
from housecat.plan.read import read_goal
from housecat.redis import connect
from housecat.runs.models import RunDetail
from housecat.runs.pipeline import run_goal, starting_at
from housecat.runs.store import ResultStore
from housecat.suites.store import SuiteStore
from housecat.valkey import EmbeddedValkey
from housecat.web.app import create_app
from tests.conftest import OUR_VARIABLES
from tests.processes import Server

runner = CliRunner()
Json = dict[str, Any]
DEMO_URL = "http://127.0.0.1:8000"
SCREENSHOT = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4  # what the run's step 6 looked like
TRACE = b"PK\x05\x06" + bytes(18)  # an empty zip


def housecat(data_dir: Path, *args: str) -> tuple[int, str]:
    """Run a command on a data dir, as if no HouseCat setting were in the environment."""
    ours = [name for name in os.environ if name.startswith("HOUSECAT_") or name in OUR_VARIABLES]
    unset: dict[str, str | None] = dict.fromkeys(ours)
    result = runner.invoke(app, [*args, "--data-dir", str(data_dir)], env=unset)
    return result.exit_code, result.output


def errors_in(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("error:")]


def value_of(client: redis.Redis, key: str, kind: str) -> object:
    match kind:
        case "string":
            return client.get(key)
        case "hash":
            return client.hgetall(key)
        case "list":
            return client.lrange(key, 0, -1)
        case "set":
            return sorted(client.smembers(key))
        case "zset":
            return client.zrange(key, 0, -1, withscores=True)
    return client.xrange(key)


def store_of(data_dir: Path) -> dict[str, tuple[str, object, bool]]:
    """Every key of a data dir's store: its type, its value and whether it expires."""
    with EmbeddedValkey(data_dir) as valkey:
        client = redis.Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True)
        found: dict[str, tuple[str, object, bool]] = {}
        for key in client.scan_iter(count=1000):
            kind = client.type(key)
            found[key] = (kind, value_of(client, key, kind), client.pttl(key) > 0)
        client.close()
    return found


def files_of(data_dir: Path) -> dict[str, bytes]:
    root = data_dir / "artifacts"
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


async def add_failed_run_with_files(data_dir: Path) -> str:
    """Store one more failed run of "Free shipping banner", with a screenshot and a trace."""
    settings = Settings(data_dir=data_dir)
    async with connect(settings) as client:
        results = ResultStore(client, results_max=10_000, max_age=timedelta(days=90))
        [test] = [t for t in await SuiteStore(client).list() if t.name == "Free shipping banner"]
        [latest] = await client.zrange(keys.results(test.id), -1, -1)
        previous = await results.run_detail(json.loads(latest)["run_id"])
        assert previous is not None
        run_id = "shot0001"
        folder = settings.artifacts_dir / test.id
        folder.mkdir(parents=True)
        (folder / f"{run_id}-step6.png").write_bytes(SCREENSHOT)
        (folder / f"{run_id}-trace.zip").write_bytes(TRACE)
        started = datetime.now(UTC) - timedelta(minutes=1)
        record = previous.record.model_copy(
            update={
                "run_id": run_id,
                "triggered_by": "manual",
                "started_at": iso(started),
                "completed_at": iso(started + timedelta(seconds=12)),
            }
        )
        steps = [
            step.model_copy(update={"screenshot": str(folder / f"{run_id}-step6.png")})
            if step.status == "failed"
            else step
            for step in previous.browser_result.steps
        ]
        browser = previous.browser_result.model_copy(
            update={"steps": steps, "trace": str(folder / f"{run_id}-trace.zip")}
        )
        record = record.model_copy(update={"step_results": steps})
        detail = RunDetail(
            record=record, plan=previous.plan, plan_source="grammar", browser_result=browser
        )
        assert (await results.save(test, detail, cache=None)).kept
    return run_id


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store filled by `housecat demo`, plus a failed run with a screenshot and a trace."""
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    code, output = housecat(data_dir, "demo", "--base-url", DEMO_URL)
    assert code == 0, output
    assert "Created 8 tests" in output
    asyncio.run(add_failed_run_with_files(data_dir))
    return data_dir


@pytest.fixture(scope="module")
def backup_file(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    file = tmp_path_factory.mktemp("backups") / "housecat.tar.gz"
    code, output = housecat(demo_dir, "backup", str(file))
    assert code == 0, output
    return file


def restored(backup: Path, data_dir: Path) -> Path:
    code, output = housecat(data_dir, "restore", str(backup))
    assert code == 0, output
    return data_dir


def answers(api: httpx.Client | TestClient, data_dir: Path) -> str:
    """What the API says of every test, its runs and its files, with the files' dir unnamed."""
    tests = sorted(api.get("/api/tests").json()["tests"], key=lambda test: test["name"])
    said: Json = {"tests": tests, "dashboard": api.get("/api/dashboard").json()}
    for name in ("suites", "environments", "browser-configs"):
        said[name] = api.get(f"/api/v1/{name}").json()
    for test in tests:
        tid = test["id"]
        said[tid] = {
            "results": api.get(f"/api/tests/{tid}/results?limit=100").json(),
            "incidents": api.get(f"/api/tests/{tid}/incidents?limit=50").json(),
            "timing": api.get(f"/api/tests/{tid}/timing?limit=200").json(),
            "uptime": api.get(f"/api/tests/{tid}/uptime?hours=720").json(),
        }
    assert api.get("/api/runs/shot0001/screenshots/6").content == SCREENSHOT
    assert api.get("/api/runs/shot0001/trace").content == TRACE
    text = json.dumps(said, sort_keys=True)
    # Runs name their files by path: a restore points them into its own data dir.
    here = str((data_dir / "artifacts").resolve())
    assert here in text
    return text.replace(here, "{artifacts}")


@pytest.fixture(scope="module")
def copy_dir(backup_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo's store, so that the demo's own dir stays as it was made."""
    return restored(backup_file, tmp_path_factory.mktemp("copy") / "data")


@pytest.fixture(scope="module")
def demo_api(copy_dir: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=copy_dir)
    with TestClient(create_app(settings, scheduler=False, worker=False)) as client:
        yield client


def test_demo_fills_the_dashboard_with_tests_and_a_week_of_history(demo_api: TestClient) -> None:
    tests = {test["name"]: test for test in demo_api.get("/api/tests").json()["tests"]}
    assert sorted(tests) == sorted(demo.name for demo in TESTS)
    dashboard = demo_api.get("/api/dashboard").json()
    assert (dashboard["total_tests"], dashboard["paused_tests"]) == (8, 1)
    assert dashboard["failing"] == 1 and dashboard["passing"] == 7
    page = demo_api.get("/").text
    assert all(name in page for name in tests)

    now = datetime.now(UTC).isoformat()
    for name, test in tests.items():
        read_goal(test["goal"])  # the built-in reader compiles every demo goal
        assert test["url"].startswith("/demo") and test["environment_id"]
        history = demo_api.get(f"/api/tests/{test['id']}/results?limit=100").json()
        assert history["total"] >= 20, name
        assert all(run["started_at"] < now for run in history["results"]), name
        timing = demo_api.get(f"/api/tests/{test['id']}/timing?limit=200").json()["timing"]
        assert len({point["duration_ms"] for point in timing}) > 10, name  # they vary

    failing = tests["Free shipping banner"]
    assert (failing["status"], failing["last_result"]) == ("active", "failed")
    uptime = demo_api.get(f"/api/tests/{failing['id']}/uptime?hours=168").json()
    assert 90 < uptime["uptime_pct"] < 100 and uptime["failed_runs"] == 7  # 6 + the one added

    recovered = tests["Add to cart"]
    assert recovered["last_result"] == "passed"
    incidents = demo_api.get(f"/api/tests/{recovered['id']}/incidents?limit=50").json()
    assert incidents["total"] == 5
    assert {i["error"] for i in incidents["incidents"]} == {
        "Step 5 failed: no button or link named 'Add to cart'; closest: button 'Add to basket'"
    }
    results = demo_api.get(f"/api/tests/{recovered['id']}/results?limit=100").json()["results"]
    verdicts = [run["passed"] for run in reversed(results)]  # oldest first
    first_failure = verdicts.index(False)
    assert verdicts[first_failure : first_failure + 5] == [False] * 5
    assert all(verdicts[first_failure + 5 :])
    assert tests["Sign out"]["status"] == "paused"


def test_demo_has_suites_environments_and_a_catalog_that_finds_its_tests(
    demo_api: TestClient,
) -> None:
    environments = demo_api.get("/api/v1/environments").json()["environments"]
    assert {(e["name"], e["base_url"]) for e in environments} >= {("Local", DEMO_URL)}
    assert demo_api.get("/api/v1/browser-configs").json()["total"] == 2
    suites = demo_api.get("/api/v1/suites").json()["suites"]
    assert sorted((s["name"], len(s["test_ids"])) for s in suites) == [
        ("Checkout", 3),
        ("Smoke", 3),
    ]
    critical = demo_api.get("/api/v1/tests", params={"tag": "critical"}).json()
    assert sorted(test["name"] for test in critical["tests"]) == ["Add to cart", "Sign in"]
    checkout = demo_api.get("/api/v1/tests", params={"category": "checkout"}).json()
    assert checkout["total"] == 2


def test_demo_tests_start_at_different_times(demo_dir: Path) -> None:
    with EmbeddedValkey(demo_dir) as valkey:
        client = redis.Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True)
        due = client.zrange(keys.SCHEDULE_DUE, 0, -1, withscores=True)
        client.close()
    assert len(due) == 7  # the paused one is not due
    assert len({when for _, when in due}) == 7


async def test_demo_journeys_run_against_the_demo_shop_as_their_history_says(
    pool: BrowserPool, served_copy: Server
) -> None:
    for demo in TESTS:
        url = served_copy.url + demo.path
        outcome = await run_goal(
            pool,
            url=url,
            goal=demo.goal,
            triggered_by="api",
            limits=Limits(step_timeout_s=2, run_timeout_s=60),
        )
        if demo.name == "Free shipping banner":  # what its open incident says
            assert outcome.record.error == "Step 6 failed: the page does not show 'Free shipping'"
        else:
            assert outcome.record.passed, (demo.name, outcome.record.details)
        # The history's runs have the very steps a real run has.
        history = as_run(starting_at(read_goal(demo.goal), url))
        ran = [step.description for step in outcome.record.step_results]
        assert ran == [step.describe() for step in history.steps], demo.name


def test_demo_refuses_a_store_that_holds_data(demo_dir: Path) -> None:
    before = store_of(demo_dir)
    code, output = housecat(demo_dir, "demo")
    assert code == 2
    [error] = errors_in(output)
    assert "already holds 8 tests" in error and "housecat reset --yes" in error
    assert store_of(demo_dir) == before


def test_backup_reset_restore_gives_back_every_key_and_file(demo_dir: Path, tmp_path: Path) -> None:
    before, files = store_of(demo_dir), files_of(demo_dir)
    assert files  # the screenshot and the trace
    file = tmp_path / "round-trip.tar.gz"
    code, output = housecat(demo_dir, "backup", str(file))
    assert code == 0 and "Backed up 8 tests" in output, output

    code, output = housecat(demo_dir, "reset", "--yes")
    assert code == 0 and "Deleted 8 tests" in output, output
    assert store_of(demo_dir) == {} and files_of(demo_dir) == {}

    code, output = housecat(demo_dir, "restore", str(file))
    assert code == 0 and "Restored 8 tests" in output, output
    assert store_of(demo_dir) == before
    assert files_of(demo_dir) == files


@pytest.fixture(scope="module")
def fresh_dir(backup_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir that only ever saw the backup restored into it."""
    return restored(backup_file, tmp_path_factory.mktemp("fresh") / "data")


@pytest.fixture(scope="module")
def served_copy(fresh_dir: Path) -> Iterator[Server]:
    server = Server(fresh_dir, "--no-scheduler", "--no-worker")
    yield server
    server.stop()


def test_restore_onto_a_fresh_data_dir_serves_every_test_run_and_file(
    served_copy: Server, fresh_dir: Path, demo_api: TestClient, copy_dir: Path
) -> None:
    with httpx.Client(base_url=served_copy.url) as api:
        assert answers(api, fresh_dir) == answers(demo_api, copy_dir)


def test_reset_without_yes_says_what_it_would_delete_and_deletes_nothing(
    backup_file: Path, tmp_path: Path
) -> None:
    data_dir = restored(backup_file, tmp_path / "data")
    before, files = store_of(data_dir), files_of(data_dir)
    code, output = housecat(data_dir, "reset")
    assert code == 2
    [error] = errors_in(output)
    # A week of history up to now: how many runs it holds depends on the hour it was made.
    assert re.search(r"would delete 8 tests, 1,[67]\d\d runs, 2 suites, 2 environments", error)
    assert "2 files" in error and "housecat reset --yes" in error
    assert (store_of(data_dir), files_of(data_dir)) == (before, files)

    assert housecat(data_dir, "reset", "--yes")[0] == 0
    assert store_of(data_dir) == {} and not (data_dir / "artifacts").exists()
    code, output = housecat(data_dir, "reset")
    assert code == 0 and "Nothing to delete" in output


def test_restore_refuses_a_store_with_tests_unless_told_yes(
    backup_file: Path, tmp_path: Path
) -> None:
    data_dir = restored(backup_file, tmp_path / "data")
    whole = store_of(data_dir)
    [test_id] = [key.removeprefix("test:") for key in whole if key.startswith("test:")][:1]
    assert housecat(data_dir, "tests", "delete", test_id)[0] == 0
    changed = store_of(data_dir)

    code, output = housecat(data_dir, "restore", str(backup_file))
    assert code == 2
    [error] = errors_in(output)
    assert "already holds 7 tests" in error and "--yes" in error
    assert store_of(data_dir) == changed

    code, output = housecat(data_dir, "restore", str(backup_file), "--yes")
    assert code == 0, output
    assert store_of(data_dir) == whole


@pytest.mark.parametrize("command", ["restore", "reset"])
def test_a_data_dir_in_use_by_a_server_is_not_replaced(
    backup_file: Path, tmp_path: Path, command: str
) -> None:
    data_dir = tmp_path / "data"
    with EmbeddedValkey(data_dir):  # as `housecat serve` holds it
        args = [str(backup_file)] if command == "restore" else ["--yes"]
        code, output = housecat(data_dir, command, *args)
    assert code == 2
    [error] = errors_in(output)
    assert f"is using {data_dir}: stop it before you {command}" in error


def _tar_gz(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


MANIFEST = json.dumps(
    {
        "format": "housecat-backup",
        "version": 1,
        "created_at": "2026-01-01T00:00:00.000Z",
        "housecat_version": "0.1.0",
        "artifacts_dir": "/nowhere/artifacts",
        "tests": 0,
        "runs": 0,
        "keys": 0,
        "files": 0,
    }
).encode()
BAD_FILES = {
    "not gzip": (b"hello", "is not a HouseCat backup: not a gzip file"),
    "gzip, not tar": (gzip.compress(b"hello" * 200), "is not a HouseCat backup"),
    "another archive": (_tar_gz({"README": b"hi"}), "starts with no housecat-backup.json"),
    "newer format": (
        _tar_gz({"housecat-backup.json": MANIFEST.replace(b'"version": 1', b'"version": 9')}),
        "format version 9; this HouseCat restores version 1",
    ),
    "no snapshot": (_tar_gz({"housecat-backup.json": MANIFEST}), "has no valkey/dump.rdb"),
    "broken snapshot": (
        _tar_gz({"housecat-backup.json": MANIFEST, "valkey/dump.rdb": b"REDIS0011garbage"}),
        "holds a snapshot this Valkey cannot read",
    ),
    "escaping paths": (
        _tar_gz({"housecat-backup.json": MANIFEST, "artifacts/../../evil": b"x"}),
        "cannot be unpacked",
    ),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_backup_file_is_refused_in_one_line_and_changes_nothing(
    tmp_path: Path, kind: str
) -> None:
    data, said = BAD_FILES[kind]
    file = tmp_path / "backup.tar.gz"
    file.write_bytes(data)
    data_dir = tmp_path / "data"
    code, output = housecat(data_dir, "restore", str(file))
    assert code == 2, output
    [error] = errors_in(output)
    assert said in error and "Traceback" not in output
    assert store_of(data_dir) == {} and not (data_dir / "artifacts").exists()
    assert not (tmp_path / "evil").exists()


def test_restore_of_a_missing_file_and_backup_over_a_file_are_refused(
    tmp_path: Path,
) -> None:
    code, output = housecat(tmp_path / "data", "restore", str(tmp_path / "none.tar.gz"))
    assert code == 2 and "no such file" in errors_in(output)[0]
    existing = tmp_path / "kept.tar.gz"
    existing.write_bytes(b"keep me")
    code, output = housecat(tmp_path / "data", "backup", str(existing))
    assert code == 2 and "already exists" in errors_in(output)[0]
    assert existing.read_bytes() == b"keep me"
