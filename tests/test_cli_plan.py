"""`housecat plan`, and variables and secrets through `housecat tests create/update`."""

from __future__ import annotations

import json

import pytest
import redis
from typer.testing import CliRunner

from housecat.cli import app
from housecat.config import Settings
from housecat.plan.variables import MASK
from housecat.plan.warnings import NO_CHECK

runner = CliRunner()
SIGN_IN = "sign in and check the page says Welcome back, Alice"
ALICE = ("--var", "username=alice@example.com", "--secret", "password=hunter2")


def plan(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["plan", *args])
    return result.exit_code, result.output


def invoke(settings: Settings, *args: str, given: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--data-dir", str(settings.data_dir)], input=given)
    return result.exit_code, result.output


def test_plan_reads_the_goal_into_steps_and_names_what_it_needs() -> None:
    code, output = plan("--goal", SIGN_IN)
    assert code == 0, output
    assert output.splitlines() == [
        "Read as:",
        "  1. Sign in as '{{username}}'",
        "  2. Expect the page to show 'Welcome back, Alice'",
        "uses: {{password}}, {{username}}",
        "needs a value for {{password}}, {{username}} (--var / --secret)",
    ]


def test_plan_json_is_the_apis_answer_and_warns_of_a_goal_checking_nothing() -> None:
    code, output = plan("--goal", "open /pricing", "--json")
    assert code == 0, output
    body = json.loads(output)
    assert set(body) == {"goal", "steps", "variables", "missing", "warnings"}
    assert body["steps"][0]["description"] == "Go to /pricing"
    assert body["warnings"] == [NO_CHECK]


def test_plan_refuses_a_goal_it_cannot_read_with_exit_2() -> None:
    code, output = plan("--goal", "open / and frobnicate the widget")
    assert code == 2
    assert "cannot understand: 'frobnicate the widget'" in output


def test_plan_with_a_url_runs_once_and_shows_the_steps_as_run(sites: str) -> None:
    code, output = plan("--goal", SIGN_IN, "--url", f"{sites}/shop/login", *ALICE)
    assert code == 0, output
    assert output.startswith("Ran as:")
    assert "Fill the 'Email' field with '{{username}}'  [get_by_role(" in output
    assert "PASSED" in output and "hunter2" not in output


def test_plan_with_a_url_exits_1_when_the_run_fails(
    sites: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOUSECAT_STEP_TIMEOUT", "4")  # the check fails: no need to wait 10 s
    code, output = plan("--goal", SIGN_IN, "--url", f"{sites}/bad-credentials/login", *ALICE)
    assert code == 1, output
    assert "FAILED" in output


def test_tests_create_and_update_take_variables_and_secrets(
    settings: Settings, db: redis.Redis
) -> None:
    code, output = invoke(
        settings, "tests", "create", "--name", "Sign in", "--url", "https://a.test/login",
        "--goal", SIGN_IN, "--var", "username=alice", "--secret", "password", given="hunter2\n",
    )  # fmt: skip
    assert code == 0, output
    assert "username=alice" in output and f"password={MASK}" in output
    assert "hunter2" not in output  # asked for without echo, shown masked
    (test_id,) = db.smembers("tests:all")
    assert json.loads(db.hget(f"test:{test_id}", "secrets") or "") == {"password": "hunter2"}

    code, output = invoke(
        settings, "tests", "update", test_id, "--var", "lang=en", "--secret", "pin=1234"
    )
    assert code == 0, output
    assert json.loads(db.hget(f"test:{test_id}", "variables") or "") == {
        "username": "alice", "lang": "en"
    }  # fmt: skip
    assert json.loads(db.hget(f"test:{test_id}", "secrets") or "") == {
        "password": "hunter2", "pin": "1234"
    }  # fmt: skip
    code, output = invoke(settings, "tests", "update", test_id, "--unset", "pin")
    assert code == 0, output
    assert json.loads(db.hget(f"test:{test_id}", "secrets") or "") == {"password": "hunter2"}


def test_a_value_the_goal_needs_is_asked_for_by_name(settings: Settings) -> None:
    code, output = invoke(
        settings, "tests", "create", "--name", "Sign in", "--url", "https://a.test/login",
        "--goal", SIGN_IN, "--var", "username=alice",
    )  # fmt: skip
    assert code == 2
    assert "the goal uses {{password}}: add it as a secret" in output
    code, output = invoke(
        settings, "tests", "create", "--name", "x", "--url", "https://a.test", "--goal", "open /",
        "--var", "oops",
    )  # fmt: skip
    assert (code, output.strip()) == (2, "error: --var wants NAME=VALUE, got 'oops'")
