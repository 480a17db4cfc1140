"""The embedded Valkey: one per data dir, reused, durable, never left behind."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import httpx
import redis

from housecat.redis import client_for
from housecat.valkey import MAX_SOCKET_PATH, EmbeddedValkey
from tests.processes import Server, valkeys_serving, wait_until

TEST = {"name": "Home", "url": "https://example.com", "goal": "open /"}


def client_of(valkey: EmbeddedValkey) -> redis.Redis:
    return redis.Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True)


def test_a_second_user_of_a_data_dir_reuses_the_running_server(data_dir: Path) -> None:
    with EmbeddedValkey(data_dir) as first, EmbeddedValkey(data_dir) as second:
        assert first.owned and not second.owned
        assert len(valkeys_serving(data_dir)) == 1
        client_of(first).set("k", "v")
        assert client_of(second).get("k") == "v"
    assert valkeys_serving(data_dir) == []


def test_server_runs_with_append_only_file_synced_before_each_answer(data_dir: Path) -> None:
    with EmbeddedValkey(data_dir) as valkey:
        config = client_of(valkey).config_get("append*")
        assert config["appendonly"] == "yes"
        assert config["appendfsync"] == "always"
        assert client_of(valkey).config_get("port")["port"] == "0"  # no TCP port at all


def test_a_long_data_dir_gets_a_socket_that_fits(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*["a-rather-long-directory-name"] * 5)
    with EmbeddedValkey(deep) as valkey:
        assert len(str(valkey.socket_path)) <= MAX_SOCKET_PATH
        assert client_of(valkey).ping()
        assert (deep / "appendonlydir").is_dir()


def test_data_survives_kill_9_of_the_valkey_process(data_dir: Path) -> None:
    valkey = EmbeddedValkey(data_dir)
    valkey.start()
    assert valkey.process is not None
    client_of(valkey).hset("test:abc", mapping={"name": "kept"})
    os.kill(valkey.process.pid, signal.SIGKILL)
    valkey.process.wait()
    with EmbeddedValkey(data_dir) as again:
        assert client_of(again).hget("test:abc", "name") == "kept"


def test_kill_9_of_housecat_leaves_no_valkey_and_loses_no_data(data_dir: Path) -> None:
    server = Server(data_dir)
    created = httpx.post(f"{server.url}/api/tests", json=TEST).json()
    assert len(valkeys_serving(data_dir)) == 1

    server.stop(signal.SIGKILL)

    wait_until(lambda: valkeys_serving(data_dir) == [], what="the orphaned Valkey stopping")
    again = Server(data_dir)
    assert httpx.get(f"{again.url}/api/tests/{created['id']}").json() == created
    again.stop()


def test_normal_exit_stops_the_valkey_it_started(data_dir: Path) -> None:
    server = Server(data_dir)
    output = server.stop(signal.SIGINT)
    assert f"serving http://127.0.0.1:{server.port}" in output
    assert valkeys_serving(data_dir) == []


def test_killed_valkey_child_is_restarted_and_the_data_is_there(data_dir: Path) -> None:
    server = Server(data_dir)
    created = httpx.post(f"{server.url}/api/tests", json=TEST).json()
    (valkey,) = valkeys_serving(data_dir)

    valkey.kill()

    wait_until(
        lambda: len(valkeys_serving(data_dir)) == 1 and server.healthy(), what="Valkey restarting"
    )
    assert httpx.get(f"{server.url}/api/tests/{created['id']}").json() == created
    server.stop()
    assert valkeys_serving(data_dir) == []


def test_two_servers_share_one_valkey_and_the_survivor_takes_over(data_dir: Path) -> None:
    first = Server(data_dir)
    second = Server(data_dir)
    assert len(valkeys_serving(data_dir)) == 1
    created = httpx.post(f"{first.url}/api/tests", json=TEST).json()
    assert httpx.get(f"{second.url}/api/tests").json()["total"] == 1

    first.stop()  # its Valkey goes with it

    wait_until(lambda: len(valkeys_serving(data_dir)) == 1, what="the second server taking over")
    assert httpx.get(f"{second.url}/api/tests/{created['id']}").json() == created
    second.stop()
    assert valkeys_serving(data_dir) == []


async def test_a_command_waits_out_a_valkey_restart(tmp_path: Path) -> None:
    """A restart by the watcher (about a second) is no error: the client retries."""
    valkey = EmbeddedValkey(tmp_path / "data")
    valkey.start()
    client = client_for(valkey.url)
    try:
        await client.set("kept", "1")
        valkey.stop()
        restart = asyncio.get_running_loop().call_later(0.5, valkey.start)
        assert await client.get("kept") == "1"
        restart.cancel()
    finally:
        await client.aclose()
        valkey.stop()
