"""What a run leaves besides its record: its log, step screenshots, a failed run's trace,
the trace viewer HouseCat serves, and how they all go with their run.

One `housecat serve` for the module (steps wait 2 s; 2 results kept per test, so a test's
third run drops its first), against the fixture sites served by this process.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, expect

from housecat.valkey import socket_path_for
from tests.processes import Server
from tests.sites.app import VARIANTS, Variant

SIGN_IN = "sign in with alice@example.com and password hunter2"
GOAL = f"{SIGN_IN}, then check the page says Welcome back, Alice"
TOKEN = "s3cr3t/XY+Z"  # a URL spells it s3cr3t%2FXY%2BZ
NOISY_GOAL = "fill in Token with {{token}}, click Check and check the page says Checked"
FAILED_STEP = "Step 5: Expect the page to show 'Welcome back, Alice'"
Json = dict[str, Any]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("artifacts-data")


@pytest.fixture(scope="module")
def served(data_dir: Path) -> Iterator[Server]:
    server = Server(data_dir, env={"HOUSECAT_STEP_TIMEOUT": "2", "HOUSECAT_RESULTS_MAX": "2"})
    yield server
    server.stop()


@pytest.fixture(scope="module")
def api(served: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served.url, timeout=120) as client:
        yield client


@pytest.fixture(scope="module")
def store(served: Server, data_dir: Path) -> Iterator[redis.Redis]:
    """The server's own Valkey, to see which keys a run leaves."""
    client = redis.Redis(unix_socket_path=str(socket_path_for(data_dir.resolve())))
    yield client
    client.close()


@pytest.fixture(scope="module")
def files_of(data_dir: Path) -> Callable[[str], list[str]]:
    """The names of the files a run left under the artifacts dir."""

    def files(run_id: str) -> list[str]:
        return sorted(path.name for path in (data_dir / "artifacts").rglob(f"{run_id}-*"))

    return files


def create(api: httpx.Client, url: str, goal: str = GOAL, **fields: object) -> str:
    response = api.post(
        "/api/tests", json={"name": "Artifacts", "url": url, "goal": goal, **fields}
    )
    assert response.status_code == 200, response.text
    test_id: str = response.json()["id"]
    return test_id


def run(api: httpx.Client, test_id: str) -> tuple[str, Json]:
    """Run the test now; return its run id and its artifacts."""
    response = api.post(f"/api/tests/{test_id}/run")
    assert response.status_code == 200, response.text
    run_id: str = response.json()["run_id"]
    artifacts = api.get(f"/api/runs/{run_id}/artifacts")
    assert artifacts.status_code == 200, artifacts.text
    return run_id, artifacts.json()


def logged(artifacts: Json, source: str) -> list[tuple[str, str]]:
    return [(e["level"], e["message"]) for e in artifacts["logs"] if e["source"] == source]


@pytest.fixture(scope="module")
def noisy_run(api: httpx.Client, sites: str) -> tuple[str, str, Json]:
    """A passing run of the noisy page, photographing every step, typing a secret."""
    secrets = {"token": TOKEN}
    test_id = create(api, f"{sites}/noisy/", NOISY_GOAL, secrets=secrets, screenshots="every_step")
    return (test_id, *run(api, test_id))


@pytest.fixture(scope="module")
def noisy(noisy_run: tuple[str, str, Json]) -> Json:
    """The artifacts of the noisy run."""
    return noisy_run[2]


@pytest.fixture(scope="module")
def history(
    api: httpx.Client, sites: str, files_of: Callable[[str], list[str]]
) -> Iterator[dict[str, Any]]:
    """Four runs of one test: three failures, then a pass (the site is fixed meanwhile)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(VARIANTS, "artifacts", Variant(greeting="Hello, Alice"))
        test_id = create(api, f"{sites}/artifacts/login")
        first, first_artifacts = run(api, test_id)
        second, second_artifacts = run(api, test_id)
        second_files = files_of(second)
        third, third_artifacts = run(api, test_id)
        patch.setitem(VARIANTS, "artifacts", Variant())
        fourth, fourth_artifacts = run(api, test_id)
    yield {
        "test_id": test_id,
        "runs": [first, second, third, fourth],
        "artifacts": [first_artifacts, second_artifacts, third_artifacts, fourth_artifacts],
        "second_files": second_files,
    }


def test_the_log_keeps_the_pages_console_at_its_levels(noisy: Json) -> None:
    console = logged(noisy, "console")
    for entry in [
        ("debug", "loading widgets"),
        ("info", "widgets ready"),
        ("warning", "deprecated API in use"),
        ("error", "widget failed to render"),
    ]:
        assert entry in console
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+Z", e["timestamp"]) for e in noisy["logs"])


def test_the_log_keeps_page_errors_failed_requests_and_error_answers(
    noisy: Json, sites: str
) -> None:
    assert ("error", "Uncaught Error: check failed for ••••••••") in logged(noisy, "page_error")
    network = logged(noisy, "network")
    assert ("warning", f"GET {sites}/noisy/missing.png answered 404 Not Found") in network
    assert ("warning", f"GET {sites}/noisy/status.json?token=•••••••• answered 404 Not Found") in (
        network
    )
    refused = [m for level, m in network if level == "error"]
    assert refused and refused[0].startswith("GET http://127.0.0.1:1/pixel.png failed: net::")


def test_the_log_keeps_housecats_own_events_of_the_run(noisy: Json) -> None:
    ours = logged(noisy, "housecat")
    assert ours[0][1].startswith("Planning test for")
    assert ("info", "Executing step 2: Fill 'Token' with '{{token}}'") in ours
    assert ours[-1] == ("info", "Test PASSED — 4/4 steps")


def test_secrets_are_masked_in_every_log_entry(noisy: Json) -> None:
    messages = " ".join(entry["message"] for entry in noisy["logs"])
    assert ("info", "typed token: ••••••••") in logged(noisy, "console")
    for spelling in (TOKEN, "s3cr3t%2FXY%2BZ", "s3cr3t"):
        assert spelling not in messages


def test_a_chatty_page_fills_the_log_only_up_to_its_caps(api: httpx.Client, sites: str) -> None:
    _, artifacts = run(api, create(api, f"{sites}/noisy/chatty", "check the page says Chatty"))
    page = [e for e in artifacts["logs"] if e["source"] != "housecat"]
    assert len(page) == 500 and page[0]["message"] == "line 1"
    (long,) = [e["message"] for e in page if e["message"].startswith("line 3 ")]
    assert long.startswith("line 3 xxx") and long.endswith("… (3007 more characters)")
    assert len(long) == 2000 + len("… (3007 more characters)")
    dropped = artifacts["logs"][-1]
    assert dropped["source"] == "housecat" and dropped["level"] == "warning"
    # 700 lines, and whatever the browser itself may say of the page (its icon…)
    said = re.fullmatch(r"(\d+) more entries from the page were dropped .*", dropped["message"])
    assert said and int(said[1]) >= 200
    assert ("info", "Test PASSED — 2/2 steps") in logged(artifacts, "housecat")
    assert artifacts["screenshots"] == []  # passing steps of a test that asks for none


def test_every_step_is_photographed_when_the_test_asks(api: httpx.Client, noisy: Json) -> None:
    shots = noisy["screenshots"]
    assert [shot["step"] for shot in shots] == [1, 2, 3, 4]
    assert shots[2]["description"] == "Click 'Check'"
    for shot in shots:
        png = api.get(shot["url"])
        assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
    assert noisy["trace"] is None


def test_a_trace_is_recorded_after_a_failure_and_kept_only_when_the_run_fails(
    history: dict[str, Any], api: httpx.Client, files_of: Callable[[str], list[str]]
) -> None:
    first, second, third, fourth = history["artifacts"]
    assert first["trace"] is None  # a first failure: nothing foretold it
    assert second["trace"] is not None  # its test's last run had failed
    assert fourth["trace"] is None  # recorded (its last run failed), but the run passed
    assert f"{history['runs'][3]}-trace.zip" not in files_of(history["runs"][3])
    trace = third["trace"]
    run_id = history["runs"][2]
    assert trace["url"] == f"/api/runs/{run_id}/trace"
    assert trace["viewer_url"] == f"/trace-viewer/index.html?trace=%2Fapi%2Fruns%2F{run_id}%2Ftrace"
    download = api.get(trace["url"])
    assert download.status_code == 200 and download.headers["content-type"] == "application/zip"
    assert len(download.content) == trace["bytes"] > 0
    with zipfile.ZipFile(BytesIO(download.content)) as archive:
        assert "trace.trace" in archive.namelist()
        for name in archive.namelist():
            assert b"hunter2" not in archive.read(name), name  # the password it typed


def test_the_artifacts_api_has_screenshots_logs_and_trace_or_404(
    history: dict[str, Any], api: httpx.Client
) -> None:
    third = history["artifacts"][2]
    assert set(third) == {"screenshots", "logs", "trace"}
    assert set(third["trace"]) == {"url", "viewer_url", "bytes"}
    (shot,) = third["screenshots"]
    assert shot == {
        "step": 5,
        "url": f"/api/runs/{history['runs'][2]}/screenshots/5",
        "description": "Expect the page to show 'Welcome back, Alice'",
    }
    assert all(set(entry) == {"level", "message", "timestamp", "source"} for entry in third["logs"])
    for path in ("/api/runs/nope1234/artifacts", "/api/runs/nope1234/trace"):
        missing = api.get(path)
        assert missing.status_code == 404 and missing.json()["error"].startswith("run 'nope1234'")
    passed = api.get(f"/api/runs/{history['runs'][3]}/trace")
    assert passed.status_code == 404 and "has no trace" in passed.json()["error"]


def test_retention_drops_a_runs_log_screenshots_and_trace(
    history: dict[str, Any],
    api: httpx.Client,
    store: redis.Redis,
    files_of: Callable[[str], list[str]],
) -> None:
    first, second, third, _ = history["runs"]
    assert history["second_files"] == [f"{second}-step5.png", f"{second}-trace.zip"]
    assert history["artifacts"][1]["logs"]
    for dropped in (first, second):
        assert files_of(dropped) == []
        assert not store.exists(f"run:{dropped}", f"run_logs:{dropped}")
        assert api.get(f"/api/runs/{dropped}/artifacts").status_code == 404
    assert store.exists(f"run:{third}", f"run_logs:{third}") == 2


def test_a_retry_records_the_trace_and_a_delete_takes_everything(
    api: httpx.Client, sites: str, store: redis.Redis, files_of: Callable[[str], list[str]]
) -> None:
    test_id = create(api, f"{sites}/changed-text/login", retries=1)
    run_id, artifacts = run(api, test_id)
    assert artifacts["trace"] is not None  # the retry after the failed first attempt
    assert ("warning", "Attempt 2 of 2: the previous one failed") in logged(artifacts, "housecat")
    assert files_of(run_id) == [f"{run_id}-step5.png", f"{run_id}-trace.zip"]

    assert api.delete(f"/api/tests/{test_id}").status_code == 200
    assert api.delete(f"/api/v1/trash/test/{test_id}").status_code == 200  # purged

    assert files_of(run_id) == []
    leftovers = [
        k.decode() for k in store.keys("*") if test_id.encode() in k or run_id.encode() in k
    ]
    assert all(key.startswith(("saq:", "runof:", "audit:")) for key in leftovers), leftovers


def test_the_run_page_links_the_trace_the_log_and_each_screenshot(
    history: dict[str, Any], noisy_run: tuple[str, str, Json], api: httpx.Client
) -> None:
    run_id = history["runs"][2]
    page = api.get(f"/tests/{history['test_id']}/runs/{run_id}").text
    assert f'href="/trace-viewer/index.html?trace=%2Fapi%2Fruns%2F{run_id}%2Ftrace"' in page
    assert ">Open trace</a>" in page and f'href="/api/runs/{run_id}/trace" download' in page
    assert '<details class="run-log">' in page and "Executing step 5" in page
    test_id, run_id, _ = noisy_run
    page = api.get(f"/tests/{test_id}/runs/{run_id}").text
    for step in (1, 2, 3, 4):
        link = f'<a href="/api/runs/{run_id}/screenshots/{step}" target="_blank" rel="noopener">'
        assert link + f"Screenshot of step {step}</a>" in page
    assert "Open trace" not in page and "typed token: ••••••••" in page


def test_the_trace_viewer_served_here_shows_the_failed_step(
    history: dict[str, Any], served: Server, browser: Browser
) -> None:
    page = browser.new_page()
    page.goto(served.url + history["artifacts"][2]["trace"]["viewer_url"])
    step = page.get_by_role("treeitem").filter(has_text=FAILED_STEP).first
    expect(step).to_be_visible(timeout=90_000)
    expect(page.get_by_text(f"HouseCat run {history['runs'][2]}")).to_be_visible()
    page.close()


def test_the_trace_viewer_and_traces_need_the_token_when_one_is_set(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(roles=False, api_token="s3cret-token")
    viewer = client.get("/trace-viewer/index.html", follow_redirects=False)
    assert viewer.status_code == 303 and viewer.headers["location"].startswith("/login?next=")
    assert client.get("/api/runs/abcd1234/trace").status_code == 401
    assert client.get("/api/runs/abcd1234/artifacts").status_code == 401
    bearer = {"Authorization": "Bearer s3cret-token"}
    assert client.get("/api/runs/abcd1234/artifacts", headers=bearer).status_code == 404


def test_the_screenshots_choice_is_validated_and_can_change(api: httpx.Client) -> None:
    body = {"name": "Shots", "url": "https://example.com", "goal": "check the page says Hi"}
    refused = api.post("/api/tests", json=body | {"screenshots": "always"})
    assert refused.status_code == 422 and list(refused.json()["fields"]) == ["screenshots"]
    created = api.post("/api/tests", json=body)
    assert created.json()["screenshots"] == "on_failure"
    test_id = created.json()["id"]
    changed = api.put(f"/api/tests/{test_id}", json={"screenshots": "every_step"})
    assert changed.json()["screenshots"] == "every_step"
    assert api.get(f"/api/tests/{test_id}").json()["screenshots"] == "every_step"
    api.delete(f"/api/tests/{test_id}")
