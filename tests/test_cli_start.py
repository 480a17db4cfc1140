"""What every command checks before it starts anything: its data dir, its port, its store."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from housecat.cli import app
from housecat.cli.serve import listening_socket
from housecat.config import load_settings
from housecat.data_dir import DIR_NAME
from tests.processes import valkeys_serving

runner = CliRunner()
COMMANDS = [
    ["serve"],
    ["worker"],
    ["scheduler"],
    ["tests", "list"],
    ["tests", "show", "abc123"],
    ["tests", "delete", "abc123"],
    ["tests", "create", "--name", "x", "--url", "https://a.test/", "--goal", "open /"],
]


def housecat(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `housecat` in a child process, with HOUSECAT_* settings from `env` only."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("HOUSECAT_")}
    return subprocess.run(
        [sys.executable, "-m", "housecat", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=clean | env,
        timeout=60,
    )


@pytest.fixture
def a_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("not a directory")
    return path


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_data_dir_that_is_a_file_stops_every_command_in_one_line(
    command: list[str], a_file: Path
) -> None:
    result = runner.invoke(app, [*command, "--data-dir", str(a_file)])
    assert result.exit_code == 2
    assert result.output == (
        f"error: invalid setting HOUSECAT_DATA_DIR (--data-dir): {a_file} is not a directory\n"
    )


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_data_dir_that_cannot_be_created_stops_every_command_in_one_line(
    command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOUSECAT_DATA_DIR", "/proc/nonexistent")
    result = runner.invoke(app, command)
    assert result.exit_code == 2
    assert result.output == (
        "error: invalid setting HOUSECAT_DATA_DIR (--data-dir): "
        "cannot create /proc/nonexistent: No such file or directory\n"
    )


def test_a_bad_data_dir_from_the_environment_is_one_line_on_stderr_not_a_traceback(
    a_file: Path,
) -> None:
    result = housecat("worker", HOUSECAT_DATA_DIR=str(a_file))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("error: invalid setting HOUSECAT_DATA_DIR")
    assert result.stderr.count("\n") == 1


def test_serve_on_a_port_in_use_says_so_and_starts_nothing(data_dir: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = housecat("serve", "--port", str(port), "--data-dir", str(data_dir))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"error: cannot listen on 127.0.0.1:{port}: Address already in use\n"
    assert valkeys_serving(data_dir) == []
    assert not (data_dir / "valkey.sock").exists()


async def test_serve_answers_on_connections_that_send_at_once() -> None:
    # Without TCP_NODELAY on the accepted connections, each answer after the first on a
    # kept-alive connection waits ~40 ms for the client's delayed acknowledgement.
    nodelay: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    class Remembering(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            sock = transport.get_extra_info("socket")
            nodelay.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    listener = listening_socket("127.0.0.1", 0)
    server = await asyncio.get_running_loop().create_server(Remembering, sock=listener)
    async with server:
        _, writer = await asyncio.open_connection(*listener.getsockname())
        assert await asyncio.wait_for(nodelay, timeout=10) != 0
        writer.close()


def test_a_command_finds_the_nearest_data_dir_upward_and_says_which_it_uses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    store = project / DIR_NAME
    store.mkdir(parents=True)
    created = housecat(
        "tests", "create", "--name", "Home", "--url", "https://a.test/", "--goal", "open /",
        "--data-dir", str(store),
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    deeper = project / "src" / "deeper"
    deeper.mkdir(parents=True)

    listed = housecat("tests", "list", cwd=deeper)
    assert listed.returncode == 0, listed.stderr
    assert "Home" in listed.stdout and "1 test(s)" in listed.stdout
    assert listed.stderr == f"using the embedded Valkey in {store}\n"

    monkeypatch.chdir(deeper)
    assert load_settings().data_dir == store


def test_without_a_data_dir_upward_the_users_own_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not [p for p in tmp_path.parents if (p / DIR_NAME).is_dir()], "a stray .housecat"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert load_settings().data_dir == tmp_path / "xdg" / "housecat"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert load_settings().data_dir == tmp_path / "home" / ".local" / "share" / "housecat"
    assert not (tmp_path / "home").exists()  # finding it creates nothing


def test_a_redis_url_is_named_without_its_password() -> None:
    listed = housecat("tests", "list", REDIS_URL="redis://alice:s3cret@127.0.0.1:1/0")
    assert listed.returncode == 2
    assert listed.stderr.startswith("using Redis at redis://alice:***@127.0.0.1:1/0\n")
    assert "s3cret" not in listed.stderr


def test_the_command_line_starts_without_the_browser_or_the_grammar() -> None:
    # `housecat run` starts Chromium while it imports these, in a thread: imported by the
    # command line itself, they would delay the launch (and every other command) instead.
    heavy = ["playwright", "housecat.plan.read", "housecat.browser.execute", "croniter"]
    code = f"import sys, housecat.cli; print([m for m in {heavy!r} if m in sys.modules])"
    imported = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert imported.strip() == "[]"
