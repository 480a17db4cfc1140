"""For the alert tests: a scripted HTTP server on 127.0.0.1, and the test and run alerted on."""

from __future__ import annotations

import json
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

    def do_POST(self) -> None:
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

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""


class AlertServer(ThreadedServer[_Server]):
    """Answer each POST with the next scripted reply and keep every request, in order."""

    def __init__(self, replies: Sequence[Reply] = (200,)) -> None:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.replies = replies
        server.received = []
        server.release = threading.Event()
        super().__init__(server, "alert-server")

    @property
    def received(self) -> list[Received]:
        return self._server.received

    def release(self) -> None:
        self._server.release.set()


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
