"""Helpers for tests that start, watch and kill real processes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import psutil
import redis

from housecat.locations.names import DEFAULT_LOCATION, queue_name
from housecat.valkey import socket_path_for


def wait_until(
    condition: Callable[[], bool], timeout: float = 15.0, what: str | Callable[[], str] = "it"
) -> None:
    """Poll until `condition` holds; fail saying what never happened (`what` may be a
    function, to say what a process logged by then)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    said = what() if callable(what) else what
    raise AssertionError(f"{said} did not happen within {timeout:.0f} s")


def runs_idle(db: redis.Redis, *locations: str) -> bool:
    """Whether no run is queued or running at these locations (default: the default one).

    A run stores its result before its job ends: until then, the test's next slot is
    skipped and a manual run refused, as they must be.
    """
    queues = [queue_name(where) for where in locations or (DEFAULT_LOCATION,)]
    return not any(db.zcard(f"saq:{queue}:incomplete") for queue in queues)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def valkeys_serving(data_dir: Path) -> list[psutil.Process]:
    """Return the live valkey-server processes bound to a data dir's socket."""
    marker = str(socket_path_for(data_dir.resolve()))
    found = []
    for process in psutil.process_iter(["cmdline", "status"]):
        cmdline = " ".join(process.info["cmdline"] or [])
        if marker in cmdline and process.info["status"] != psutil.STATUS_ZOMBIE:
            found.append(process)
    return found


# Generous: on a machine busy with other test runs, starting takes far longer than usual.
STARTUP_S = 60.0
# An idle worker looks at the queue this often, and so stops this soon after a SIGTERM.
QUICK_STOP = {"HOUSECAT_WORKER_WAIT_S": "0.1"}


class Server:
    """`housecat serve` in a child process, on a free port."""

    def __init__(self, data_dir: Path, *args: str, env: dict[str, str] | None = None) -> None:
        """Start it with CLI `args`, and HOUSECAT_* settings from `env` only."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "housecat", "serve", "--port", str(self.port)]
        # A file, not a pipe: a pipe nobody reads fills up, and then the server's next
        # log line blocks its event loop (every request then hangs).
        self.log = data_dir.parent / f"serve-{self.port}.log"
        with open(self.log, "a") as log:
            self.process = subprocess.Popen(
                [*command, "--data-dir", str(data_dir), *args],
                stdout=log,
                stderr=subprocess.STDOUT,
                text=True,
                env={k: v for k, v in os.environ.items() if not k.startswith("HOUSECAT_")}
                | QUICK_STOP
                | (env or {}),
            )
        # Importing everything takes a few seconds, and many more on a loaded machine.
        try:
            wait_until(self.healthy, STARTUP_S, what=f"housecat serve answering on {self.url}")
        except AssertionError:
            self.stop(signal.SIGKILL)  # a server that never answered is not left running
            raise

    def output(self) -> str:
        """What the server has printed so far."""
        return self.log.read_text()

    def healthy(self) -> bool:
        assert self.process.poll() is None, self.output()
        try:
            return httpx.get(f"{self.url}/api/health", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self, sig: int = signal.SIGTERM) -> str:
        """Send a signal, wait for the exit, and return what the server printed."""
        self.process.send_signal(sig)
        self.process.wait(timeout=30)
        return self.output()
