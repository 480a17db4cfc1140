"""The `housecat` command, run in-process against the session's Valkey."""

from __future__ import annotations

import pytest
import redis
from typer.testing import CliRunner

from housecat import __version__
from housecat.cli import app
from housecat.config import Settings
from tests.conftest import our_keys

runner = CliRunner()


def invoke(settings: Settings, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--data-dir", str(settings.data_dir)])
    return result.exit_code, result.output


def test_version_prints_the_version() -> None:
    result = runner.invoke(app, ["version"])
    assert (result.exit_code, result.output.strip()) == (0, __version__)


def test_create_list_show_delete(settings: Settings, db: redis.Redis) -> None:
    code, output = invoke(
        settings, "tests", "create", "--name", "Login", "--url", "https://a.test/login",
        "--goal", "open /login", "--schedule", "0 * * * *",
    )  # fmt: skip
    assert code == 0, output
    (test_id,) = db.smembers("tests:all")
    assert f"Created test {test_id}" in output
    # On its schedule from now on, as one made through the API: a monitor that never runs
    # would never alert.
    assert db.zscore("schedule:due", test_id) is not None

    code, output = invoke(settings, "tests", "list")
    assert code == 0 and test_id in output and "Every hour" in output and "1 test(s)" in output

    code, output = invoke(settings, "tests", "show", test_id)
    assert code == 0 and "https://a.test/login" in output and "pending" in output

    code, output = invoke(settings, "tests", "delete", test_id)
    assert code == 0 and f"Deleted test {test_id}" in output
    assert not db.exists(f"test:{test_id}")
    assert db.zscore("schedule:due", test_id) is None


def test_a_cron_shortcut_is_accepted_and_said_in_words(settings: Settings, db: redis.Redis) -> None:
    code, output = invoke(
        settings, "tests", "create", "--name", "Nightly", "--url", "https://a.test/",
        "--goal", "open /", "--schedule", "@daily",
    )  # fmt: skip
    assert code == 0, output
    (test_id,) = db.smembers("tests:all")
    assert db.hget(f"test:{test_id}", "schedule") == "0 0 * * *"
    code, output = invoke(settings, "tests", "show", test_id)
    assert code == 0 and "0 0 * * *  (At 12:00 AM)" in output


def test_list_on_an_empty_install_says_how_to_start(settings: Settings) -> None:
    code, output = invoke(settings, "tests", "list")
    assert code == 0 and "No tests yet" in output


@pytest.mark.parametrize("command", ["show", "delete"])
def test_unknown_test_is_a_clear_error_with_exit_2(settings: Settings, command: str) -> None:
    code, output = invoke(settings, "tests", command, "nope1234")
    assert code == 2
    assert "error: test 'nope1234' not found" in output
    assert "Traceback" not in output


def test_invalid_create_names_the_field_and_writes_nothing(
    settings: Settings, db: redis.Redis
) -> None:
    code, output = invoke(
        settings, "tests", "create", "--name", "x", "--url", "ftp://a.test", "--goal", "g",
        "--schedule", "* * *",
    )  # fmt: skip
    assert code == 2
    assert "url: must be an http:// or https:// URL" in output
    assert "schedule: '* * *' has 3 fields" in output
    assert our_keys(db) == []


def test_serve_refuses_a_public_address_without_a_token(settings: Settings) -> None:
    code, output = invoke(settings, "serve", "--host", "0.0.0.0")
    assert code == 2
    assert "refusing to serve on 0.0.0.0 without an API token" in output
    assert "HOUSECAT_API_TOKEN" in output and "--insecure" in output


def test_malformed_setting_stops_the_command_naming_the_variable(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOUSECAT_PORT", "eighty")
    code, output = invoke(settings, "serve")
    assert code == 2
    assert "invalid setting HOUSECAT_PORT" in output
