"""The read side, each against the naive way, in one run on one embedded Valkey:

1. the dashboard over 1,000 and 10,000 tests: one SORT ... GET against reading
   each test's hash in turn (a plain list-then-count dashboard);
2. uptime over 720 h holding 43,200 runs (one a minute for 30 days): hourly rollups
   plus the edge hours against parsing every result in the window;
3. live delivery, XADD to the client: `GET /api/tests/{id}/live` of a real
   `housecat serve` against polling XRANGE once a second (a naive SSE loop).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import cast

import httpx
from redis.asyncio import Redis

from housecat import keys
from housecat.config import Settings
from housecat.redis import connect
from housecat.runs.history import HOUR, RunHistory, uptime_pct
from housecat.suites.models import TestSuiteResponse
from housecat.valkey import socket_path_for

ROUNDS = 15
STEP = {"passed": True, "details": "ok", "status": "passed", "action": "click",
    "description": "Click 'Sign in'", "duration_ms": 300,
    "locator": 'get_by_role("button", name="Sign in")'}  # fmt: skip
RECORD = {"test_id": "uptime01", "duration_ms": 1200, "steps_passed": 3, "steps_total": 3,
    "details": "All steps passed.", "step_results": [STEP | {"step_number": n} for n in (1, 2, 3)],
    "error": None, "triggered_by": "schedule", "started_at": "2026-02-14T10:00:00.000Z",
    "completed_at": "2026-02-14T10:00:01.200Z", "cancelled": False}  # fmt: skip
RUNS = 43_200
EVENTS = 60


async def timed(read: Awaitable[object]) -> float:
    start = time.perf_counter()
    await read
    return (time.perf_counter() - start) * 1000


def suite(n: int) -> TestSuiteResponse:
    outcome = ("passed", "failed", "pending")[n % 3]
    ran = None if outcome == "pending" else f"2026-02-14T10:{n % 60:02d}:00.000Z"
    return TestSuiteResponse(
        id=f"t{n:07d}", name=f"Test {n}", url="https://example.com", goal="open /",
        schedule="*/15 * * * *", created_at="2026-01-01T00:00:00.000Z",
        updated_at="2026-01-01T00:00:00.000Z", last_result=outcome, last_run_at=ran,
        status="paused" if n % 10 == 0 else "active",
    )  # fmt: skip


async def naive_dashboard(redis: Redis) -> dict[str, object]:
    """The naive way: every test's hash read in turn, then counted."""
    tests = []
    for test_id in cast(set[str], await redis.smembers(keys.TESTS_ALL)):
        tests.append(cast(dict[str, str], await redis.hgetall(keys.test(test_id))))
    recent = sorted((t for t in tests if t.get("last_run_at")), key=lambda t: t["last_run_at"])
    return {
        "total": len(tests),
        "passing": sum(t["last_result"] == "passed" for t in tests),
        "recent": [t["id"] for t in recent[-5:]],
    }


async def dashboard(redis: Redis, count: int) -> tuple[float, float]:
    async with redis.pipeline(transaction=False) as pipe:
        for n in range(count):
            pipe.hset(keys.test(f"t{n:07d}"), mapping=suite(n).to_hash())
            pipe.sadd(keys.TESTS_ALL, f"t{n:07d}")
        await pipe.execute()
    history = RunHistory(redis)
    ours, naive = await history.dashboard(), await naive_dashboard(redis)
    assert (
        (ours.total_tests, ours.passing)
        == (naive["total"], naive["passing"])
        == (count, ours.passing)
    )
    fast, slow = [], []
    for _ in range(ROUNDS):
        fast.append(await timed(history.dashboard()))
        slow.append(await timed(naive_dashboard(redis)))
    return statistics.median(fast), statistics.median(slow)


async def naive_uptime(redis: Redis, test_id: str, hours: int, now: float) -> float:
    """The naive way: every result in the window, parsed and counted."""
    raw = cast(
        list[str], await redis.zrangebyscore(keys.results(test_id), now - hours * HOUR, "+inf")
    )
    records = [json.loads(item) for item in raw]
    judged = [record for record in records if not record.get("cancelled")]
    passed = sum(record["passed"] for record in judged)
    return uptime_pct(passed, len(judged) - passed)


async def uptime(redis: Redis) -> tuple[float, float]:
    test = suite(1).model_copy(update={"id": "uptime01"})
    await redis.hset(keys.test(test.id), mapping=test.to_hash())
    now = time.time()
    # The writes a run's save makes for uptime: the result and its hour's counter.
    async with redis.pipeline(transaction=False) as pipe:
        for n in range(RUNS):
            started = now - n * 60 - 30
            passed = random.random() > 0.02
            record = RECORD | {"run_id": f"r{n:07d}", "passed": passed}
            pipe.zadd(keys.results(test.id), {json.dumps(record): started})
            outcome = "passed" if passed else "failed"
            pipe.hincrby(keys.uptime(test.id), f"{int(started // HOUR)}:{outcome}", 1)
        await pipe.execute()
    history = RunHistory(redis)
    ours = await history.uptime(test.id, hours=720, now=now)
    assert ours.uptime_pct == await naive_uptime(redis, test.id, 720, now), ours
    assert ours.total_runs == RUNS, ours
    fast, slow = [], []
    for _ in range(ROUNDS):
        fast.append(await timed(history.uptime(test.id, hours=720, now=now)))
        slow.append(await timed(naive_uptime(redis, test.id, 720, now)))
    return statistics.median(fast), statistics.median(slow)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


async def follow_sse(url: str, arrived: dict[str, float], ready: asyncio.Event) -> None:
    async with httpx.AsyncClient(timeout=60) as client, client.stream("GET", url) as response:
        ready.set()
        async for line in response.aiter_lines():
            if line.startswith("data:"):
                arrived[json.loads(line[5:])["message"]] = time.time()
                if len(arrived) == EVENTS:
                    return


async def follow_polling(redis: Redis, key: str, arrived: dict[str, float]) -> None:
    """The naive loop: XRANGE from the last id seen, once a second."""
    last = "0-0"
    while len(arrived) < EVENTS:
        await asyncio.sleep(1.0)
        for stream_id, fields in await redis.xrange(key, min=f"({last}"):
            arrived[fields["message"]] = time.time()
            last = stream_id


async def live_latency() -> tuple[list[float], list[float]]:
    with tempfile.TemporaryDirectory() as data_dir:
        port = 18_000 + os.getpid() % 1000
        env = {k: v for k, v in os.environ.items() if not k.startswith("HOUSECAT_")}
        server = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "housecat", "serve", "--port", str(port), "--data-dir", data_dir,
            "--no-scheduler", "--no-worker",
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            async with httpx.AsyncClient() as client:
                for _ in range(200):
                    try:
                        if (await client.get(f"{base}/api/health")).status_code == 200:
                            break
                    except httpx.HTTPError:
                        pass
                    await asyncio.sleep(0.1)
                body = {"name": "Live", "url": "https://example.com", "goal": "open /"}
                test_id = (await client.post(f"{base}/api/tests", json=body)).json()["id"]
            redis = Redis(
                unix_socket_path=str(socket_path_for(Path(data_dir))), decode_responses=True
            )
            sent: dict[str, float] = {}
            by_sse: dict[str, float] = {}
            by_polling: dict[str, float] = {}
            ready = asyncio.Event()
            sse = asyncio.create_task(follow_sse(f"{base}/api/tests/{test_id}/live", by_sse, ready))
            polling = asyncio.create_task(follow_polling(redis, keys.events(test_id), by_polling))
            await ready.wait()
            for n in range(EVENTS):
                await asyncio.sleep(random.uniform(0.05, 0.4))
                message = f"Step {n}"
                sent[message] = time.time()
                await redis.xadd(
                    keys.events(test_id), {"type": "step_complete", "message": message}
                )
            await asyncio.wait_for(asyncio.gather(sse, polling), timeout=30)
            await redis.aclose()
        finally:
            server.terminate()
            await server.wait()
    sse_ms = [(by_sse[m] - sent[m]) * 1000 for m in sent]
    poll_ms = [(by_polling[m] - sent[m]) * 1000 for m in sent]
    return sse_ms, poll_ms


async def main() -> None:
    random.seed(7)
    print(f"read side, median of {ROUNDS} interleaved rounds (embedded Valkey, unix socket)")
    with tempfile.TemporaryDirectory() as data_dir:
        async with connect(Settings(data_dir=Path(data_dir))) as redis:
            for count in (1_000, 10_000):
                await redis.flushall()
                fast, slow = await dashboard(redis, count)
                print(f"  dashboard, {count:>6,} tests: SORT...GET {fast:8.1f} ms | "
                    f"per-test reads {slow:8.1f} ms | ratio {slow / fast:6.1f}x")  # fmt: skip
            await redis.flushall()
            fast, slow = await uptime(redis)
            print(f"  uptime, 720 h, {RUNS:,} runs: rollups {fast:8.2f} ms | "
                f"parse every result {slow:8.1f} ms | ratio {slow / fast:6.1f}x")  # fmt: skip
    sse_ms, poll_ms = await live_latency()
    for name, values in (("SSE (XREAD BLOCK)", sse_ms), ("1 s polling (naive)", poll_ms)):
        print(f"  live, {EVENTS} events, {name:<20} p50 {percentile(values, 50):7.1f} ms | "
            f"p99 {percentile(values, 99):7.1f} ms")  # fmt: skip
    ratio50 = percentile(poll_ms, 50) / percentile(sse_ms, 50)
    ratio99 = percentile(poll_ms, 99) / percentile(sse_ms, 99)
    print(f"  live ratio polling / SSE: p50 {ratio50:6.1f}x | p99 {ratio99:6.1f}x")


if __name__ == "__main__":
    asyncio.run(main())
