"""`housecat run`: exit 0 passed, 1 failed, 2 could not run; `--json` prints the RunRecord."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from housecat.cli import app
from tests.processes import Server, free_port

runner = CliRunner()
GOAL = "sign in with alice@example.com and password hunter2 and check the page says Welcome back, Alice"


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["run", *args])
    return result.exit_code, result.output


def test_a_passing_journey_exits_0_and_says_so(sites: str) -> None:
    code, output = run("--url", f"{sites}/shop/login", "--goal", GOAL)
    assert code == 0, output
    assert "PASSED" in output and "All 5 steps passed." in output


def test_json_prints_the_run_record_with_the_plan(sites: str) -> None:
    code, output = run("--url", f"{sites}/shop/login", "--goal", GOAL, "--json")
    assert code == 0, output
    record = json.loads(output)
    assert {
        "run_id", "test_id", "passed", "duration_ms", "steps_passed", "steps_total", "details",
        "step_results", "error", "triggered_by", "started_at", "completed_at", "plan",
    } <= set(record)  # fmt: skip
    assert record["test_id"] is None and record["triggered_by"] == "cli"
    assert record["started_at"] < record["completed_at"]
    assert {"step_number", "passed", "details", "retry_count"} <= set(record["step_results"][0])
    assert [s["action"] for s in record["plan"]["steps"]] == [
        "goto", "fill", "fill", "click", "expect_text",
    ]  # fmt: skip
    assert record["plan"]["steps"][1]["locator"].startswith("get_by_role(")


def test_a_failing_journey_exits_1_with_a_screenshot(
    sites: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOUSECAT_STEP_TIMEOUT", "4")  # the check fails: no need to wait 10 s
    code, output = run(
        "--url", f"{sites}/changed-text/login", "--goal", GOAL, "--screenshots", str(tmp_path),
    )  # fmt: skip
    assert code == 1
    assert "FAILED" in output and "closest: 'Hello, Alice'" in output
    assert len(list(tmp_path.glob("*-step5.png"))) == 1


def test_an_unreachable_site_is_a_failure_not_an_error() -> None:
    url = f"http://127.0.0.1:{free_port()}/"
    code, output = run("--url", url, "--goal", "check the page says Hello")
    assert code == 1
    assert "Step 1 (Go to" in output and "refused the connection" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--url", "http://a.test", "--goal", "frobnicate the widget"],
            "cannot understand: 'frobnicate the widget'",
        ),
        (["--url", "ftp://a.test", "--goal", "open /"], "url: must be an http:// or https:// URL"),
        (["--url", "http://a.test", "--goal", ""], "goal:"),
    ],
)
def test_what_cannot_run_exits_2_saying_why(args: list[str], message: str) -> None:
    code, output = run(*args)
    assert code == 2
    assert message in output and "Traceback" not in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--goal", "frobnicate the widget"], "cannot understand: 'frobnicate the widget'"),
        (["--goal", "open /", "--timeout", "99999"], "invalid setting HOUSECAT_RUN_TIMEOUT"),
        (["--goal", "open /", "--url", "http://exa mple.com/"], "url: has an invalid host"),
    ],
)
def test_json_says_why_it_cannot_run_on_stdout_as_json(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["run", "--url", "http://a.test", *args, "--json"])
    assert result.exit_code == 2
    assert set(json.loads(result.stdout)) == {"error"}
    assert message in json.loads(result.stdout)["error"]


def test_no_browser_exits_2_with_the_install_command(
    sites: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOUSECAT_CHROMIUM", str(tmp_path / "no-chromium-here"))
    code, output = run("--url", f"{sites}/shop/", "--goal", "check the page says Hello")
    assert code == 2
    assert "HOUSECAT_CHROMIUM" in output


def test_the_readme_example_passes_against_the_served_demo(data_dir: Path) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    example = re.search(r'housecat run --url (\S+) \\\n\s+--goal "([^"]+)"', readme)
    assert example, "the README no longer shows a `housecat run` example"
    server = Server(data_dir)
    try:
        url = example[1].replace("http://127.0.0.1:8000", server.url)
        code, output = run("--url", url, "--goal", example[2])
    finally:
        server.stop()
    assert code == 0, output
