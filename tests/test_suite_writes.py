"""Creating, changing and deleting tests is all or nothing, even when Redis dies mid-request."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
from redis.asyncio import Redis

from housecat import keys
from housecat.errors import InvalidInput
from housecat.suites.models import TestSuiteResponse
from housecat.suites.store import SuiteStore
from housecat.valkey import socket_path_for
from tests.processes import Server, valkeys_serving, wait_until
from tests.runs_data import TEST

BODY = {"name": "Home", "url": "https://example.com", "goal": "open /"}
CLIENTS = 6
KILLS = 2


async def test_an_insert_sent_twice_stores_one_test(aredis: Redis) -> None:
    """The client resends a script whose answer a broken connection lost: same meaning."""
    await aredis.delete(keys.test(TEST.id))
    store = SuiteStore(aredis)
    assert await store.insert(TEST, due=1e9) == TEST.id
    assert await store.insert(TEST, due=1e9) == TEST.id  # the resend finds it done
    assert await aredis.smembers(keys.TESTS_ALL) == {TEST.id}
    another = TEST.model_copy(update={"name": "Another test drawing the same id"})
    assert await store.insert(another, due=1e9) is None
    assert await store.get(TEST.id) == TEST


async def test_a_test_naming_a_record_deleted_meanwhile_is_not_written(aredis: Redis) -> None:
    """The environment or template a test names is checked in the script that writes it.

    A delete of that record racing the write then either sees the test (and is refused)
    or makes the write fail: never a test naming a record that is gone.
    """
    await aredis.delete(keys.test(TEST.id))
    store = SuiteStore(aredis)
    gone = TEST.model_copy(update={"environment_id": "e0000000"})
    with pytest.raises(InvalidInput) as refused:
        await store.insert(gone, due=1e9)
    assert refused.value.fields == {"environment_id": "no environment has the id 'e0000000'"}
    assert await many([gone], store) == "refused"
    assert not await aredis.exists(keys.test(TEST.id))
    assert await aredis.zscore(keys.SCHEDULE_DUE, TEST.id) is None

    assert await store.insert(TEST, due=1e9) == TEST.id
    with pytest.raises(InvalidInput) as refused:
        await store.update(TEST.id, {"template_id": "t0000000", "name": "Renamed"})
    assert refused.value.fields == {"template_id": "no template has the id 't0000000'"}
    assert await store.get(TEST.id) == TEST  # nothing written

    await aredis.hset(keys.template("t0000000"), mapping={"name": "Kept"})
    updated = await store.update(TEST.id, {"template_id": "t0000000"})
    assert updated is not None and updated.template_id == "t0000000"
    await aredis.delete(keys.template("t0000000"), keys.test(TEST.id))


async def many(tests: list[TestSuiteResponse], store: SuiteStore) -> str:
    try:
        await store.insert_many([(test, 1e9) for test in tests])
    except InvalidInput:
        return "refused"
    return "stored"


def create_until(stop: threading.Event, url: str, worker: int, answers: list[Any]) -> None:
    """POST tests one after another, noting each name with the answer it got."""
    with httpx.Client(timeout=60) as client:
        for n in itertools.count():
            if stop.is_set():
                return
            name = f"client {worker} test {n}"
            response = client.post(f"{url}/api/tests", json=BODY | {"name": name})
            answers.append((name, response.status_code, response.json()))


def kill_valkey(data_dir: Path) -> None:
    """Kill -9 the data dir's Valkey and wait for the server to start it again."""
    (valkey,) = valkeys_serving(data_dir)
    valkey.kill()
    wait_until(lambda: not valkey.is_running(), what="the Valkey dying")
    wait_until(lambda: len(valkeys_serving(data_dir)) == 1, timeout=30, what="Valkey restarting")


@pytest.fixture
def server(data_dir: Path) -> Iterator[Server]:
    """`housecat serve` on its own data dir, stopped even when the test fails."""
    running = Server(data_dir)
    yield running
    running.stop()


def test_creates_while_valkey_is_killed_are_kept_exactly_when_they_answered_200(
    server: Server, data_dir: Path
) -> None:
    answers: list[tuple[str, int, dict[str, Any]]] = []
    stop = threading.Event()
    clients = [
        threading.Thread(target=create_until, args=(stop, server.url, n, answers))
        for n in range(CLIENTS)
    ]
    for client in clients:
        client.start()
    try:
        for _ in range(KILLS):
            time.sleep(1.0)
            kill_valkey(data_dir)
        time.sleep(1.0)
    finally:
        stop.set()
        for client in clients:
            client.join()

    listed = httpx.get(f"{server.url}/api/tests", timeout=30).json()["tests"]
    by_name = {test["name"]: test for test in listed}
    assert len(by_name) == len(listed), "a create stored the same test twice"
    for name, status, body in answers:
        assert status in (200, 503), body
        if status == 200:
            assert by_name[name] == body
        else:
            assert name not in by_name, f"answered {status} {body} but stored"
    with redis.Redis(unix_socket_path=str(socket_path_for(data_dir.resolve()))) as db:
        due = {member.decode() for member in db.zrange(keys.SCHEDULE_DUE, 0, -1)}
    assert due == {test["id"] for test in listed}, "a stored test is not scheduled"
