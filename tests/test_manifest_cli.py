"""`housecat apply` and `housecat export`: on the local store, on a fresh one, and on a server."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
import yaml
from typer.testing import CliRunner

from housecat.cli import app
from housecat.config import Settings
from housecat.manifest.state import State
from tests.conftest import our_keys
from tests.processes import Server, free_port
from tests.test_manifest_apply import FILE, with_templates

runner = CliRunner()
TOKEN = "manifest-token"
EXPORTED_SECRETS = {
    "HOUSECAT_SECRET_ENVIRONMENT_STAGING_PASSWORD": "hunter2",
    "HOUSECAT_SECRET_HOME_TOKEN": "t0k3n",
}


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.output


@pytest.fixture
def monitors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SHOP_PASSWORD", "hunter2")
    monkeypatch.setenv("HOME_TOKEN", "t0k3n")
    path = tmp_path / "monitors.yaml"
    with_secret = FILE.replace(
        "    paused: true\n", "    paused: true\n    secrets:\n      token: {env: HOME_TOKEN}\n"
    )
    path.write_text(with_templates(with_secret))
    return path


def test_apply_prints_the_diff_then_nothing_to_change(settings: Settings, monitors: Path) -> None:
    data_dir = str(settings.data_dir)
    code, output = invoke("apply", str(monitors), "--dry-run", "--data-dir", data_dir)
    assert code == 0, output
    assert "tests:\n  + Login\n  + Home\n  + Pinned\n" in output
    assert "dry run: would create 9" in output
    code, output = invoke("apply", str(monitors), "--data-dir", data_dir)
    assert code == 0 and "applied: 9 created, 0 updated, 0 deleted" in output
    code, output = invoke("apply", str(monitors), "--data-dir", data_dir)
    assert (code, output.strip().splitlines()[-1]) == (0, "nothing to change")


def test_an_invalid_file_exits_2_with_each_problem_on_its_line(
    settings: Settings, monitors: Path, db: redis.Redis
) -> None:
    monitors.write_text(monitors.read_text().replace('"@hourly"', '"61 * * * *"'))
    code, output = invoke("apply", str(monitors), "--data-dir", str(settings.data_dir))
    assert code == 2
    assert f"{monitors}:15:5: tests[0].schedule: minute '61' is not valid" in output
    assert output.strip().endswith("error: the file has 1 problem(s); nothing was changed")
    assert "Traceback" not in output
    assert our_keys(db) == []


def test_a_missing_file_exits_2_in_one_line(tmp_path: Path) -> None:
    code, output = invoke("apply", str(tmp_path / "nope.yaml"))
    assert code == 2
    assert (
        output.strip() == f"error: cannot read {tmp_path / 'nope.yaml'}: No such file or directory"
    )


def test_an_unreachable_server_exits_2_in_one_line(monitors: Path) -> None:
    server = f"http://127.0.0.1:{free_port()}"
    code, output = invoke("apply", str(monitors), "--server", server)
    assert code == 2
    assert output.startswith(f"error: cannot reach the HouseCat server at {server}: ")
    assert len(output.strip().splitlines()) == 1


def snapshot(data_dir: Path) -> dict[str, Any]:
    """Every record of a store, as ids and times aside it would be written again."""

    async def read() -> dict[str, Any]:
        from housecat.cli.manifest import _local_services

        async with _local_services(Settings(data_dir=data_dir)) as services:
            state = await State.read(services)
        names = {
            section: state.names(section)
            for section in ("tests", "environments", "browser_configs", "templates")
        }
        moments = {"id", "created_at", "updated_at", "schedule_id", "secrets"}
        return {
            "tests": sorted(
                (
                    test.model_dump(exclude=moments | {"environment_id", "template_id"})
                    | {
                        "environment": names["environments"].get(test.environment_id or ""),
                        "template": names["templates"].get(test.template_id or ""),
                    }
                    for test in state.tests
                ),
                key=lambda test: test["name"],
            ),
            "environments": [e.model_dump(exclude=moments) for e in state.environments],
            "browser_configs": [c.model_dump(exclude=moments) for c in state.browser_configs],
            "templates": [t.model_dump(exclude=moments) for t in state.templates],
            "suites": [
                s.model_dump(exclude=moments | {"test_ids", "environment_id", "browser_config_id"})
                | {
                    "tests": [names["tests"][test_id] for test_id in s.test_ids],
                    "environment": names["environments"].get(s.environment_id or ""),
                    "browser_config": names["browser_configs"].get(s.browser_config_id or ""),
                }
                for s in state.suites
            ],
            "secrets": sorted(
                [(t.name, t.secret_values()) for t in state.tests]
                + [(e.name, e.secret_values()) for e in state.environments]
            ),
        }

    return asyncio.run(read())


def test_export_then_apply_on_a_fresh_data_dir_reproduces_every_record(
    tmp_path: Path, monitors: Path
) -> None:
    first, fresh = tmp_path / "first", tmp_path / "fresh"
    code, output = invoke("apply", str(monitors), "--data-dir", str(first))
    assert code == 0, output
    exported = tmp_path / "exported.yaml"
    code, output = invoke("export", str(exported), "--data-dir", str(first))
    assert code == 0, output
    assert "hunter2" not in exported.read_text() and "t0k3n" not in exported.read_text()

    code, output = invoke("apply", str(exported), "--data-dir", str(fresh), env=EXPORTED_SECRETS)
    assert code == 0, output
    assert "applied: 9 created" in output
    assert snapshot(fresh) == snapshot(first)
    code, again = invoke("export", "--data-dir", str(fresh))
    assert code == 0
    assert by_name(again.split("\n", 1)[1]) == by_name(exported.read_text())


def by_name(text: str) -> dict[str, list[Any]]:
    """A monitors file's sections, each sorted by name (records made at once share a time)."""
    document = yaml.safe_load(text)
    return {
        section: sorted(entries, key=lambda e: e["name"]) for section, entries in document.items()
    }


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("manifest-server") / "data"
    data_dir.mkdir()
    env = {"HOUSECAT_API_TOKEN": TOKEN, "SHOP_PASSWORD": "hunter2", "HOME_TOKEN": "t0k3n"}
    running = Server(data_dir, env=env)
    yield running
    running.stop()


def test_apply_and_export_talk_to_a_running_server(server: Server, monitors: Path) -> None:
    env = {"HOUSECAT_SERVER": server.url, "HOUSECAT_API_TOKEN": TOKEN}
    code, output = invoke("apply", str(monitors), "--prune", env=env)
    assert code == 0, output
    assert "+ Smoke" in output
    code, output = invoke("apply", str(monitors), "--prune", env=env)
    assert (code, output.strip()) == (0, "nothing to change")
    code, exported = invoke("export", env=env)
    assert code == 0 and "- name: Smoke" in exported

    monitors.write_text(monitors.read_text().replace("viewport_width: 1440", "colour: red"))
    code, output = invoke("apply", str(monitors), env=env)
    assert code == 2
    assert f"{monitors}:9:5: browser_configs[0].colour: unknown field" in output

    code, output = invoke("apply", str(monitors), env={**env, "HOUSECAT_API_TOKEN": "wrong"})
    assert code == 2
    assert output.startswith("error: the server answered 401: missing or wrong API token")
