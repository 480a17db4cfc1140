"""Applying a monitors file of 1,000 tests to an empty store, and applying it again unchanged,
against creating the same tests one API call at a time (`POST /api/v1/tests`).

All three run in one process against the same throw-away embedded Valkey, through the
real app over in-process HTTP; the store is emptied between rounds. The script checks
each way stored the same tests and prints each time and both ratios.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import redis
import yaml
from fastapi.testclient import TestClient

from housecat.config import Settings
from housecat.valkey import socket_path_for
from housecat.web.app import create_app

TESTS = 1_000
ROUNDS = 3


def tests() -> list[dict[str, object]]:
    return [
        {
            "name": f"Journey {n}",
            "url": f"https://shop.test/{n}",
            "goal": f"open /products/{n} then click 'Add to cart' then expect text 'Added'",
            "schedule": f"{n % 60} * * * *",
            "tags": ["shop", f"area-{n % 10}"],
            "retries": n % 3,
        }
        for n in range(TESTS)
    ]


def timed(run: Callable[[], None]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    bodies = tests()
    text = yaml.safe_dump({"tests": bodies}, sort_keys=False)
    with (
        tempfile.TemporaryDirectory() as tmp,
        TestClient(
            create_app(Settings(data_dir=Path(tmp)), scheduler=False, worker=False)
        ) as client,
    ):
        store = redis.Redis(unix_socket_path=str(socket_path_for(Path(tmp).resolve())))

        def one_call_each() -> None:
            for body in bodies:
                assert client.post("/api/v1/tests", json=body).status_code == 201

        def apply() -> None:
            answer = client.post("/api/v1/apply", content=text).json()
            assert answer["summary"].startswith(f"applied: {TESTS} created"), answer

        def apply_again() -> None:
            answer = client.post("/api/v1/apply", content=text).json()
            assert answer["summary"] == "nothing to change", answer

        def stored() -> int:
            return int(store.scard("tests:all"))

        by_call, by_file, again = [], [], []
        for _ in range(ROUNDS):
            store.flushall()
            by_call.append(timed(one_call_each))
            assert stored() == TESTS
            store.flushall()
            by_file.append(timed(apply))
            assert stored() == TESTS
            again.append(timed(apply_again))
        store.close()

    call, file, unchanged = (statistics.median(times) for times in (by_call, by_file, again))
    print(f"{TESTS} tests, median of {ROUNDS} rounds")
    print(f"  one POST /api/v1/tests each: {call:7.3f} s")
    print(f"  apply the file (empty store): {file:7.3f} s   {call / file:5.1f}x faster")
    print(f"  apply it again (unchanged):   {unchanged:7.3f} s   {call / unchanged:5.1f}x faster")


if __name__ == "__main__":
    main()
