"""A local stand-in for TinyFish's agent API, speaking the wire format of its SDK (0.11).

Routes (every one needs `X-API-Key: <key>`, else 401 with `{"error": {"message", "category"}}`):
- `POST /v1/automation/run-sse`: body `{url, goal, output_schema, …}`; answers
  `text/event-stream`, chunked, one `data: {json}` line per event, camelCase keys:
  STARTED{runId}, STREAMING_URL{runId, streamingUrl}, HEARTBEAT{}, PROGRESS{runId, purpose},
  then COMPLETE{runId, status, result, error}; each with a `timestamp`.
- `GET /v1/runs/{id}`: the run as TinyFish keeps it: `{run_id, status, goal, result, error,
  num_of_steps, streaming_url, created_at, started_at, finished_at}`.
- `POST /v1/runs/{id}/cancel`: stops the run (a held stream then sends COMPLETE CANCELLED).

What each run does is scripted by the test (`Script`).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

from tests.threaded_server import ThreadedServer

KEY = "tf-test-key"
Ending = Literal["complete", "drop", "hold"]


def now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


@dataclass
class Script:
    """How the next runs go: what the agent does, how it ends, what it answers."""

    purposes: tuple[str, ...] = ("Open the page", "Look for the heading")
    status: str = "COMPLETED"
    result: Any = None
    error: Any = None
    steps: int = 4
    # "drop": the connection is cut after the PROGRESS events, before COMPLETE;
    # "hold": heartbeats until the run is cancelled.
    ending: Ending = "complete"
    # After a drop, how many times `GET /v1/runs/{id}` still says RUNNING.
    polls_running: int = 0


@dataclass
class Run:
    run_id: str
    goal: str
    script: Script
    finished: bool = False
    cancelled: threading.Event = field(default_factory=threading.Event)
    polls: int = 0

    def as_json(self) -> dict[str, Any]:
        running = not self.finished or self.polls <= self.script.polls_running
        status = "RUNNING" if running else self.script.status
        return {
            "run_id": self.run_id,
            "status": "CANCELLED" if self.cancelled.is_set() else status,
            "goal": self.goal,
            "created_at": now(),
            "started_at": now(),
            "finished_at": None if running else now(),
            "result": None if running else self.script.result,
            "error": None if running else self.script.error,
            "num_of_steps": self.script.steps,
            "streaming_url": f"https://stream.tinyfish.test/{self.run_id}",
        }


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: TinyFishServer


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _handle(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        body = json.loads(raw) if raw else {}
        with fake.lock:
            fake.received.append(Received(self.command, self.path, dict(self.headers), body))
        if self.headers.get("X-API-Key") != fake.key:
            error = {"message": "Invalid API key", "category": "AGENT_FAILURE"}
            return self._json(401, {"error": error})
        parts = [part for part in self.path.split("?")[0].split("/") if part]
        if self.command == "POST" and parts == ["v1", "automation", "run-sse"]:
            return self._stream(body)
        run = fake.runs.get(parts[2]) if len(parts) >= 3 and parts[:2] == ["v1", "runs"] else None
        if run is None:
            return self._json(404, {"error": {"message": "Run not found"}})
        if self.command == "GET" and len(parts) == 3:
            if run.finished:
                run.polls += 1
            return self._json(200, run.as_json())
        if self.command == "POST" and parts[3:] == ["cancel"]:
            run.cancelled.set()
            return self._json(200, {"run_id": run.run_id, "status": "CANCELLED"})
        return self._json(404, {"error": {"message": "No such route"}})

    def _json(self, status: int, answer: object) -> None:
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send(self, event: dict[str, Any]) -> None:
        line = f"data: {json.dumps(event | {'timestamp': now()})}\n\n".encode()
        self.wfile.write(b"%x\r\n%s\r\n" % (len(line), line))
        self.wfile.flush()

    def _stream(self, body: dict[str, Any]) -> None:
        fake = self.server.fake
        script = fake.script
        with fake.lock:
            run = Run(f"tf-{len(fake.runs) + 1}", str(body.get("goal")), script)
            fake.runs[run.run_id] = run
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        ids = {"runId": run.run_id}
        self._send({"type": "STARTED"} | ids)
        self._send({"type": "STREAMING_URL", "streamingUrl": run.as_json()["streaming_url"]} | ids)
        self._send({"type": "HEARTBEAT"})
        for purpose in script.purposes:
            self._send({"type": "PROGRESS", "purpose": purpose} | ids)
        fake.streaming.set()
        if script.ending == "drop":
            run.finished = True
            # Cut the connection mid-stream: no COMPLETE, no closing chunk.
            self.wfile.flush()
            self.close_connection = True
            return
        if script.ending == "hold":
            while not run.cancelled.wait(0.1) and not fake.stopping.is_set():
                self._send({"type": "HEARTBEAT"})
            run.finished = True
            self._send({"type": "COMPLETE", "status": "CANCELLED", "result": None} | ids)
        else:
            run.finished = True
            complete = {"status": script.status, "result": script.result, "error": script.error}
            self._send({"type": "COMPLETE"} | complete | ids)
        self.wfile.write(b"0\r\n\r\n")


class TinyFishServer(ThreadedServer[_Server]):
    """Serve the fake TinyFish on 127.0.0.1 while inside `with`; `script` says how runs go."""

    def __init__(self, script: Script | None = None, key: str = KEY) -> None:
        self.script = script or Script()
        self.key = key
        self.lock = threading.Lock()
        self.received: list[Received] = []
        self.runs: dict[str, Run] = {}
        self.streaming = threading.Event()
        self.stopping = threading.Event()
        server = _Server(("127.0.0.1", 0), _Handler)
        server.fake = self
        super().__init__(server, "fake-tinyfish")

    def release(self) -> None:
        self.stopping.set()

    def requests(self, method: str, path_start: str) -> list[Received]:
        with self.lock:
            return [
                r for r in self.received if r.method == method and r.path.startswith(path_start)
            ]

    def wait_streaming(self, timeout: float = 10.0) -> None:
        if not self.streaming.wait(timeout):
            raise AssertionError("no run was streamed")
