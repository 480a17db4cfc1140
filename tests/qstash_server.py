"""A local stand-in for QStash's schedules API, speaking the wire format the `qstash` SDK sends.

Routes (as `qstash/asyncio/schedule.py` calls them; every one needs `Authorization: Bearer <token>`):
- `POST /v2/schedules/{destination}`: the destination URL is the raw rest of the path; the
  schedule is in headers (`Upstash-Cron`, `Upstash-Schedule-Id`, `Upstash-Retries`,
  `Upstash-Timeout`, `Upstash-Method`, `Content-Type`) and the body is sent as is. An existing
  id is replaced (QStash upserts by id). Answers `{"scheduleId": "…"}`.
- `GET /v2/schedules` and `GET /v2/schedules/{id}`: schedules as QStash's JSON describes them.
- `DELETE /v2/schedules/{id}`; `PATCH /v2/schedules/{id}/pause` and `/resume`: empty 200.
An unknown id answers 404, a missing or wrong token 401, both with `{"error": "…"}`.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

from tests.threaded_server import ThreadedServer

PREFIX = "/v2/schedules"
# QStash's own default, used when a create sends no Upstash-Retries.
DEFAULT_RETRIES = 3


@dataclass(frozen=True)
class Received:
    """One request as the server saw it (header names as sent)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Fault:
    """What to do instead of answering one request."""

    kind: Literal["fail", "hang", "hold"]
    status: int = 500
    body: str = '{"error":"internal server error"}'
    # For "hang": act on the request first, as when only the answer is lost.
    apply: bool = False
    # For "hold": wait for this before acting and answering normally.
    gate: threading.Event | None = None
    # Only requests of this method meet the fault (None: any request).
    method: str | None = None


Answer = tuple[int, Any]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: QStashServer


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def _handle(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        request = Received(self.command, self.path, dict(self.headers), self.rfile.read(length))
        fault = fake._arrived(request)
        if fault is not None and fault.kind == "fail":
            self._answer(fault.status, fault.body.encode())
            return
        if fault is not None and fault.kind == "hang" and not fault.apply:
            self._hang()
            return
        if fault is not None and fault.kind == "hold" and fault.gate is not None:
            fault.gate.wait(30)
        status, payload = fake._dispatch(request)
        if fault is not None and fault.kind == "hang":
            self._hang()
            return
        body = b"" if payload is None else json.dumps(payload).encode()
        self._answer(status, body)

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        if body:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _hang(self) -> None:
        """Never answer (until the server stops, 30 s at most), then drop the connection."""
        self.server.fake._release.wait(30)
        self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""


class QStashServer(ThreadedServer[_Server]):
    """QStash's schedules API on 127.0.0.1, with schedules in a dict and scripted faults."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.schedules: dict[str, dict[str, Any]] = {}
        self.received: list[Received] = []
        self._faults: list[Fault] = []
        self._gates: list[threading.Event] = []
        self._lock = threading.Lock()
        self._release = threading.Event()
        server = _Server(("127.0.0.1", 0), _Handler)
        server.fake = self
        super().__init__(server, "qstash-server")

    def fail_next(
        self,
        count: int = 1,
        *,
        status: int = 500,
        body: str = '{"error":"internal server error"}',
        method: str | None = None,
    ) -> None:
        """Answer the next `count` requests (of `method`) with `status`, doing nothing."""
        self._add([Fault("fail", status, body, method=method)] * count)

    def hang_next(self, count: int = 1, *, apply: bool = False, method: str | None = None) -> None:
        """Never answer the next `count` requests (of `method`); with `apply`, act first."""
        self._add([Fault("hang", apply=apply, method=method)] * count)

    def hold_next(self, *, method: str | None = None) -> threading.Event:
        """Keep the next request (of `method`) waiting until the event returned is set."""
        gate = threading.Event()
        self._gates.append(gate)
        self._add([Fault("hold", gate=gate, method=method)])
        return gate

    def _add(self, faults: list[Fault]) -> None:
        with self._lock:
            self._faults.extend(faults)

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> None:
        """Block until `count` requests have arrived in all."""
        deadline = time.monotonic() + timeout
        while len(self.received) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self.received)} requests arrived, not {count}")
            time.sleep(0.01)

    def _arrived(self, request: Received) -> Fault | None:
        """Record a request; return the first fault waiting for it, if any."""
        with self._lock:
            self.received.append(request)
            for index, fault in enumerate(self._faults):
                if fault.method in (None, request.method):
                    return self._faults.pop(index)
            return None

    def _dispatch(self, request: Received) -> Answer:
        """Act on one request the way QStash does, and return the status and JSON to answer."""
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return 401, {"error": "Unauthorized"}
        if request.path == PREFIX and request.method == "GET":
            with self._lock:
                return 200, list(self.schedules.values())
        if not request.path.startswith(PREFIX + "/"):
            return 404, {"error": "not found"}
        # Raw: a create's destination URL follows unencoded, query string included.
        rest = request.path[len(PREFIX) + 1 :]
        routes: dict[str, Callable[[Received, str], Answer]] = {
            "POST": self._create,
            "GET": self._get,
            "DELETE": self._delete,
            "PATCH": self._pause_or_resume,
        }
        route = routes.get(request.method)
        if route is None:
            return 405, {"error": "method not allowed"}
        with self._lock:
            return route(request, rest)

    def _create(self, request: Received, destination: str) -> Answer:
        if urlsplit(destination).scheme not in ("http", "https"):
            return 400, {"error": f"invalid destination url: {destination}"}
        headers = {name.lower(): value for name, value in request.headers.items()}
        cron = headers.get("upstash-cron")
        if not cron:
            return 400, {"error": "Upstash-Cron header is required"}
        schedule_id = headers.get("upstash-schedule-id") or f"scd_{uuid.uuid4().hex}"
        schedule: dict[str, Any] = {
            "scheduleId": schedule_id,
            "destination": destination,
            "cron": cron,
            "createdAt": int(time.time() * 1000),
            "method": headers.get("upstash-method", "POST"),
            "header": {"Content-Type": [headers["content-type"]]}
            if "content-type" in headers
            else {},
            "body": request.body.decode(),
            "retries": int(headers.get("upstash-retries", DEFAULT_RETRIES)),
            "isPaused": False,
        }
        if "upstash-timeout" in headers:
            schedule["timeout"] = int(headers["upstash-timeout"].removesuffix("s"))
        self.schedules[schedule_id] = schedule
        return 200, {"scheduleId": schedule_id}

    def _get(self, request: Received, schedule_id: str) -> Answer:
        schedule = self.schedules.get(_id(schedule_id))
        if schedule is None:
            return 404, {"error": "schedule not found"}
        return 200, schedule

    def _delete(self, request: Received, schedule_id: str) -> Answer:
        if self.schedules.pop(_id(schedule_id), None) is None:
            return 404, {"error": "schedule not found"}
        return 200, None

    def _pause_or_resume(self, request: Received, rest: str) -> Answer:
        schedule_id, _, action = rest.rpartition("/")
        schedule = self.schedules.get(_id(schedule_id))
        if action not in ("pause", "resume"):
            return 404, {"error": "not found"}
        if schedule is None:
            return 404, {"error": "schedule not found"}
        schedule["isPaused"] = action == "pause"
        return 200, None

    def release(self) -> None:
        self._release.set()
        for gate in self._gates:
            gate.set()


def _id(path_part: str) -> str:
    """Return the schedule id a path names (the SDK does not encode it; QStash decodes)."""
    return unquote(path_part.partition("?")[0])
