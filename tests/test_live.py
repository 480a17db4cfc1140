"""`GET /api/tests/{id}/live` over real HTTP against `housecat serve`: replay, live
delivery, resume, keepalive, idle close, and no Redis read left after a disconnect."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import redis

from housecat import keys
from housecat.valkey import socket_path_for
from tests.processes import Server, wait_until

GOAL = "sign in with alice@example.com and password hunter2, then check the page says Welcome back, Alice"

STEP = {"type": "step_complete", "timestamp": "2026-02-14T10:00:00.000Z", "step_number": "1"}

STEP = {"type": "step_complete", "timestamp": "2026-02-14T10:00:00.000Z", "step_number": "1"}


@dataclass
class Event:
    id: str | None = None
    data: dict[str, str] = field(default_factory=dict)


@dataclass
class Stream:
    """The lines of one SSE response, read as they arrive."""

    lines: Iterator[str]
    comments: list[str] = field(default_factory=list)

    def next_event(self) -> Event:
        event = Event()
        for line in self.lines:
            if line.startswith(":"):
                self.comments.append(line)
            elif line.startswith("id:"):
                event.id = line[3:].strip()
            elif line.startswith("data:"):
                event.data = json.loads(line[5:])
            elif not line and event.data:
                return event
        raise EOFError("the stream ended")

    def events(self, count: int) -> list[Event]:
        return [self.next_event() for _ in range(count)]


@dataclass
class Live:
    server: Server
    db: redis.Redis

    def create_test(self, url: str = "https://example.com", goal: str = "open /") -> str:
        body = {"name": "Live", "url": url, "goal": goal}
        test_id: str = httpx.post(f"{self.server.url}/api/tests", json=body).json()["id"]
        return test_id

    def write(self, test_id: str, count: int) -> list[str]:
        """Append events as a worker would; return their stream ids."""
        return [
            self.db.xadd(keys.events(test_id), {**STEP, "message": f"Step {n}"})
            for n in range(count)
        ]

    @contextmanager
    def stream(self, test_id: str, **headers: str) -> Iterator[Stream]:
        url = f"{self.server.url}/api/tests/{test_id}/live"
        with httpx.stream("GET", url, headers=headers, timeout=30) as response:
            assert response.status_code == 200, response.read()
            assert response.headers["content-type"].startswith("text/event-stream")
            yield Stream(response.iter_lines())

    def blocked_readers(self) -> int:
        """Count connections blocked in XREAD (the job queue blocks in reads of its own)."""
        clients = self.db.client_list()
        return sum("b" in client["flags"] and client["cmd"] == "xread" for client in clients)


@contextmanager
def live_server(data_dir: Path, **env: str) -> Iterator[Live]:
    server = Server(data_dir, "--no-scheduler", env=env)
    db = redis.Redis(unix_socket_path=str(socket_path_for(data_dir)), decode_responses=True)
    try:
        yield Live(server, db)
    finally:
        db.close()
        server.stop()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with live_server(tmp_path_factory.mktemp("live"), HOUSECAT_LIVE_KEEPALIVE_S="0.3") as running:
        yield running


def test_a_new_viewer_gets_the_last_50_events_in_order(live: Live) -> None:
    test_id = live.create_test()
    written = live.write(test_id, 60)
    with live.stream(test_id) as stream:
        replayed = stream.events(50)
    assert [event.id for event in replayed] == written[10:]
    assert replayed[0].data["message"] == "Step 10" and replayed[0].data["type"] == "step_complete"


def test_events_arrive_as_they_are_written(live: Live) -> None:
    test_id = live.create_test()
    with live.stream(test_id) as stream:
        later = live.write(test_id, 2)
        assert [event.id for event in stream.events(2)] == later
        one_more = live.write(test_id, 1)
        assert stream.next_event().id == one_more[0]


def test_a_viewer_resumes_after_its_last_event_id(live: Live) -> None:
    test_id = live.create_test()
    written = live.write(test_id, 8)
    with live.stream(test_id, **{"Last-Event-ID": written[4]}) as stream:
        assert [event.id for event in stream.events(3)] == written[5:]
        newer = live.write(test_id, 1)
        assert stream.next_event().id == newer[0]


def test_an_idle_stream_carries_keepalive_comments(live: Live) -> None:
    test_id = live.create_test()
    with live.stream(test_id) as stream:
        for line in stream.lines:
            if line.startswith(":"):
                break
        written = live.write(test_id, 1)
        assert stream.next_event().id == written[0]  # still alive after the keepalive


def test_a_disconnected_viewer_leaves_no_blocking_read(live: Live) -> None:
    test_id = live.create_test()
    live.write(test_id, 1)
    with live.stream(test_id) as stream:
        stream.next_event()
        wait_until(lambda: live.blocked_readers() == 1, what="the stream blocking in XREAD")
    # The idle timeout is 5 minutes and each read blocks up to 15 s: only the disconnect
    # can end this read within the wait.
    wait_until(lambda: live.blocked_readers() == 0, timeout=5, what="the read ending")


def test_a_bad_last_event_id_is_a_422(live: Live) -> None:
    test_id = live.create_test()
    answer = httpx.get(
        f"{live.server.url}/api/tests/{test_id}/live", headers={"Last-Event-ID": "yesterday"}
    )
    assert answer.status_code == 422
    assert "Last-Event-ID" in answer.json()["error"]


def test_an_unknown_test_has_no_stream(live: Live) -> None:
    answer = httpx.get(f"{live.server.url}/api/tests/nosuch99/live")
    assert (answer.status_code, answer.json()) == (404, {"error": "test 'nosuch99' not found"})


def test_a_run_is_followed_step_by_step(live: Live, sites: str) -> None:
    test_id = live.create_test(f"{sites}/shop/login", GOAL)
    with live.stream(test_id) as stream:
        run = httpx.post(f"{live.server.url}/api/tests/{test_id}/run?wait=false").json()
        seen: list[dict[str, str]] = []
        while not seen or seen[-1]["type"] != "eval_complete":
            seen.append(stream.next_event().data)
    assert {event["run_id"] for event in seen} == {run["run_id"]}
    types = [event["type"] for event in seen]
    assert types[:2] == ["plan_start", "plan_complete"] and "step_start" in types
    assert seen[-1]["passed"] == "true"


def test_a_stream_without_events_closes_after_the_idle_timeout(tmp_path: Path) -> None:
    with live_server(tmp_path, HOUSECAT_LIVE_IDLE_TIMEOUT_S="1") as live:
        test_id = live.create_test()
        written = live.write(test_id, 1)
        with live.stream(test_id) as stream:
            assert stream.next_event().id == written[0]
            with pytest.raises(EOFError):
                stream.next_event()
        assert live.blocked_readers() == 0
