"""10,000 tests due in the same instant: time from due to enqueued, and scheduler CPU.

One embedded Valkey in a temp data dir; 10,000 test hashes ("* * * * *", active). For
1 and then 3 `housecat scheduler` processes (real processes, reusing that Valkey): wait
until each has started its loop, put all 10,000 tests in `schedule:due` with the same
due time ~1.5 s ahead (by the server's clock), wait until SAQ holds 10,000 queued jobs,
then stop the processes. No worker runs, so every job stays queued and its `queued`
field (ms, set by SAQ at enqueue) gives enqueued - due for each test.

CPU-seconds are each process's user+system time from "loop started" to "all enqueued",
minus a baseline: the same processes, nothing due, for the same duration (idle ticks).
Checks: 10,000 jobs, 10,000 successful enqueues (`runof:*`), no skipped slot, every
test moved to a later slot. Self-cleaning; about a minute on 2 cores.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import psutil
from redis.asyncio import Redis

from housecat import keys
from housecat.redis import client_for
from housecat.suites.models import TestSuiteResponse
from housecat.valkey import EmbeddedValkey

TESTS = 10_000
CRON = "* * * * *"
LEAD_S = 1.5  # due this far ahead of "now", so "due" is a known instant
START_TIMEOUT_S = 60.0
ENQUEUE_TIMEOUT_S = 60.0
# A "* * * * *" test claimed at t is next due at the next minute boundary; keep that
# boundary well after the measurement, or tests would come due (and be skipped) again.
SAFE_SECOND = 30.0
JOB = "saq:job:runs:{}"
QUEUED = "saq:runs:queued"


@dataclass
class Outcome:
    processes: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    cpu_s: float
    baseline_cpu_s: float
    duration_s: float
    jobs: int
    enqueued: int
    skipped: int
    advanced: int


def test_ids() -> list[str]:
    return [f"bench{n:05d}" for n in range(TESTS)]


async def write_tests(redis: Redis) -> None:
    """Write the test hashes and `tests:all` in pipelines of 1,000."""
    ids = test_ids()
    for start in range(0, TESTS, 1000):
        async with redis.pipeline(transaction=False) as pipe:
            for test_id in ids[start : start + 1000]:
                suite = TestSuiteResponse(
                    id=test_id, name=f"Test {test_id}", url="https://a.test", goal="open /",
                    schedule=CRON, status="active",
                    created_at="2026-01-01T00:00:00.000Z", updated_at="2026-01-01T00:00:00.000Z",
                )  # fmt: skip
                pipe.hset(keys.test(test_id), mapping=suite.to_hash())
            pipe.sadd(keys.TESTS_ALL, *ids[start : start + 1000])
            await pipe.execute()


async def server_time(redis: Redis) -> float:
    seconds, micros = await redis.time()
    return float(seconds) + micros / 1_000_000


def start_schedulers(n: int, data_dir: Path, logs: Path) -> list[subprocess.Popen[bytes]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOUSECAT_")}
    for name in ("REDIS_URL", "QSTASH_TOKEN", "PUBLIC_URL"):
        env.pop(name, None)
    procs = []
    for i in range(n):
        log = (logs / f"scheduler-{n}-{i}.log").open("wb")
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "housecat", "scheduler", "--data-dir", str(data_dir)],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        log.close()
    return procs


async def wait_started(procs: list[subprocess.Popen[bytes]], n: int, logs: Path) -> None:
    """Wait until every process has logged that its scheduler loop runs."""
    deadline = time.monotonic() + START_TIMEOUT_S
    paths = [logs / f"scheduler-{n}-{i}.log" for i in range(len(procs))]
    while time.monotonic() < deadline:
        for proc, path in zip(procs, paths, strict=True):
            if proc.poll() is not None:
                raise RuntimeError(f"a scheduler exited at start:\n{path.read_text()[-800:]}")
        if all("scheduler started" in p.read_text(errors="replace") for p in paths):
            await asyncio.sleep(0.5)  # let the start settle before CPU is read
            return
        await asyncio.sleep(0.05)
    raise RuntimeError("the schedulers did not start in time")


def cpu_seconds(procs: list[subprocess.Popen[bytes]]) -> float:
    total = 0.0
    for proc in procs:
        times = psutil.Process(proc.pid).cpu_times()
        total += times.user + times.system
    return total


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def wait_for_safe_second(redis: Redis) -> None:
    """Wait until due + the measurement stays well inside one minute (server clock)."""
    second = (await server_time(redis) + LEAD_S) % 60
    if second > SAFE_SECOND:
        await asyncio.sleep(60 - second + 0.2)


async def count_keys(redis: Redis, pattern: str) -> int:
    return sum([1 async for _ in redis.scan_iter(match=pattern, count=5000)])


async def measure(redis: Redis, n: int, data_dir: Path, logs: Path) -> Outcome:
    await redis.flushdb()
    await write_tests(redis)
    ids = test_ids()

    procs = start_schedulers(n, data_dir, logs)
    try:
        await wait_started(procs, n, logs)
        await wait_for_safe_second(redis)
        cpu0 = cpu_seconds(procs)
        t0 = time.monotonic()
        due = round(await server_time(redis) + LEAD_S, 3)
        await redis.zadd(keys.SCHEDULE_DUE, dict.fromkeys(ids, due))
        deadline = time.monotonic() + ENQUEUE_TIMEOUT_S
        # Poll: the enqueues happen in other processes; nothing here to wait on.
        while await redis.llen(QUEUED) < TESTS and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)  # anything late or twice would show up now
        cpu1 = cpu_seconds(procs)
        duration = time.monotonic() - t0
    finally:
        stop(procs)

    latencies: list[float] = []
    for start in range(0, TESTS, 1000):
        raw = await redis.mget([JOB.format(i) for i in ids[start : start + 1000]])
        for blob in raw:
            if blob is not None:
                latencies.append(json.loads(blob)["queued"] - due * 1000)
    nexts = cast(
        list[tuple[str, float]], await redis.zrange(keys.SCHEDULE_DUE, 0, -1, withscores=True)
    )
    outcome = Outcome(
        processes=n,
        p50_ms=0.0,
        p99_ms=0.0,
        max_ms=0.0,
        cpu_s=cpu1 - cpu0,
        baseline_cpu_s=0.0,
        duration_s=duration,
        jobs=len(latencies),
        enqueued=await count_keys(redis, "runof:*"),
        skipped=await redis.hlen(keys.SCHEDULE_SKIPPED),
        advanced=sum(1 for _, score in nexts if score >= (due // 60 + 1) * 60),
    )
    if latencies:
        cuts = statistics.quantiles(latencies, n=100, method="inclusive")
        outcome.p50_ms, outcome.p99_ms = cuts[49], cuts[98]
        outcome.max_ms = max(latencies)
    outcome.baseline_cpu_s = await baseline(redis, n, data_dir, logs, duration)
    return outcome


async def baseline(redis: Redis, n: int, data_dir: Path, logs: Path, duration: float) -> float:
    """CPU of the same processes over the same time with nothing due."""
    await redis.flushdb()
    await write_tests(redis)
    procs = start_schedulers(n, data_dir, logs)
    try:
        await wait_started(procs, n, logs)
        cpu0 = cpu_seconds(procs)
        await asyncio.sleep(duration)
        return cpu_seconds(procs) - cpu0
    finally:
        stop(procs)


def report(o: Outcome) -> None:
    net = max(0.0, o.cpu_s - o.baseline_cpu_s)
    ok = o.jobs == TESTS and o.enqueued == TESTS and o.skipped == 0 and o.advanced == TESTS
    print(f"{o.processes} scheduler process(es):")
    print(
        f"  due -> enqueued  p50 {o.p50_ms:6.0f} ms   p99 {o.p99_ms:6.0f} ms   "
        f"max {o.max_ms:6.0f} ms"
    )
    print(
        f"  CPU-seconds      {o.cpu_s:.2f} total, {o.baseline_cpu_s:.2f} idle baseline, "
        f"{net:.2f} net  (window {o.duration_s:.1f} s)"
    )
    print(
        f"  checks           jobs {o.jobs}/{TESTS}, enqueued {o.enqueued}/{TESTS}, "
        f"skipped {o.skipped}, moved to next slot {o.advanced}/{TESTS}  "
        f"-> {'exactly once' if ok else 'FAILED'}"
    )


async def main() -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="hc-sched-"))
    logs = data_dir / "logs"
    logs.mkdir()
    valkey = EmbeddedValkey(data_dir)
    try:
        valkey.start()
        redis = client_for(valkey.url)
        try:
            print(f"{TESTS} tests ('{CRON}', active), all due at the same instant\n")
            results = []
            for n in (1, 3):
                outcome = await measure(redis, n, data_dir, logs)
                report(outcome)
                results.append(outcome)
            one, three = results
            net1 = max(1e-9, one.cpu_s - one.baseline_cpu_s)
            net3 = max(0.0, three.cpu_s - three.baseline_cpu_s)
            print(
                f"\n3 vs 1 process: p99 x{three.p99_ms / max(one.p99_ms, 1e-9):.2f}, "
                f"p50 x{three.p50_ms / max(one.p50_ms, 1e-9):.2f}, "
                f"net CPU x{net3 / net1:.2f}, total CPU x{three.cpu_s / max(one.cpu_s, 1e-9):.2f}"
            )
        finally:
            await redis.aclose()
    finally:
        valkey.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main())
