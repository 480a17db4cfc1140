"""For the alert tests: servers on 127.0.0.1, a rebinding DNS, and the test and run alerted on."""

from __future__ import annotations

import json
import socket
import ssl
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

from housecat.runs.models import RunRecord
from housecat.suites.models import TestSuiteResponse
from tests.threaded_server import ThreadedServer

# A reply is a status to answer with, or "hang": read the request and never answer.
Reply = int | Literal["hang"]


@dataclass(frozen=True)
class Received:
    """One request as the server saw it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class _Server(ThreadingHTTPServer):
    replies: Sequence[Reply]
    received: list[Received]
    release: threading.Event


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_request(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        request = Received(self.command, self.path, dict(self.headers), self.rfile.read(length))
        received = self.server.received
        received.append(request)
        replies = self.server.replies
        # The last reply repeats, so (500, 200) means "fail once, then succeed".
        reply = replies[min(len(received), len(replies)) - 1]
        if reply == "hang":
            # Hang until the test ends (30 s at most), then close without a word.
            self.server.release.wait(30)
            self.close_connection = True
            return
        self.send_response(reply)
        self.send_header("Content-Length", "0")
        self.end_headers()

    # Channels speak more than POST: Matrix PUTs its messages, some services GET first.
    do_POST = do_PUT = do_GET = do_request

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""


class AlertServer(ThreadedServer[_Server]):
    """Answer each request with the next scripted reply and keep every request, in order."""

    def __init__(
        self, replies: Sequence[Reply] = (200,), tls: ssl.SSLContext | None = None
    ) -> None:
        server = _Server(("127.0.0.1", 0), _Handler)
        if tls is not None:
            server.socket = tls.wrap_socket(server.socket, server_side=True)
        server.replies = replies
        server.received = []
        server.release = threading.Event()
        super().__init__(server, "alert-server")

    @property
    def received(self) -> list[Received]:
        return self._server.received

    def release(self) -> None:
        self._server.release.set()


class UdpListener:
    """Keep the datagrams sent to a UDP port on 127.0.0.1 (a syslog server, say)."""

    def __init__(self) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind(("127.0.0.1", 0))
        self._socket.setblocking(False)
        self.port: int = self._socket.getsockname()[1]

    def received(self) -> list[bytes]:
        """Return the datagrams that arrived so far (on loopback, each as soon as it was sent)."""
        datagrams = []
        while True:
            try:
                datagrams.append(self._socket.recv(65536))
            except BlockingIOError:
                return datagrams

    def close(self) -> None:
        self._socket.close()


class RebindingDns:
    """Stand in for DNS for one name: each lookup takes the next answer, the last repeats.

    Answering a public address first and 127.0.0.1 after is DNS rebinding: a name that passes
    a check and then leads somewhere else. Other names are resolved as usual.
    """

    def __init__(self, name: str, answers: Sequence[str]) -> None:
        self.name = name
        self.answers = answers
        self.lookups = 0
        self._resolve = socket.getaddrinfo

    def __call__(self, host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        # Some callers (anyio, under httpx) ask for the name as IDNA-encoded bytes.
        name = host.decode() if isinstance(host, bytes) else host
        if name != self.name:
            return self._resolve(host, port, *args, **kwargs)
        # As the real resolver does, so that audit hooks see the lookup.
        sys.audit("socket.getaddrinfo", host, port, *args)
        address = self.answers[min(self.lookups, len(self.answers) - 1)]
        self.lookups += 1
        if ":" in address:
            return [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, int(port or 0), 0, 0))]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port or 0)))]


def a_test(alert_webhook: str | None = None) -> TestSuiteResponse:
    """A stored test suite, as the API would return it."""
    return TestSuiteResponse(
        id="t_login",
        name="Login flow",
        url="https://shop.example.com/login",
        goal="Log in as demo and see 'Welcome'",
        schedule="*/15 * * * *",
        alert_webhook=alert_webhook,
        last_result="passed",
        created_at="2026-02-14T10:00:00.000Z",
        updated_at="2026-02-14T10:00:00.000Z",
    )


def a_run(*, passed: bool = False, run_id: str = "r_0001") -> RunRecord:
    """A run of `a_test()`: by default failed at step 4 of 5."""
    if passed:
        details, error, steps_passed = "All 5 steps passed.", None, 5
    else:
        details = "3 of 5 steps passed. Step 4 (click 'Sign in') failed: no such button."
        error, steps_passed = "Step 4 failed: no such button.", 3
    return RunRecord(
        run_id=run_id,
        test_id="t_login",
        triggered_by="schedule",
        started_at="2026-02-14T10:15:00.000Z",
        completed_at="2026-02-14T10:15:04.000Z",
        passed=passed,
        duration_ms=4000,
        steps_passed=steps_passed,
        steps_total=5,
        details=details,
        step_results=[],
        error=error,
    )
