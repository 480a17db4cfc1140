"""Uptime from hourly rollups plus the window's partial edge hours equals a count of
the raw results, over randomly generated histories."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from redis.asyncio import Redis

from housecat import keys
from housecat.runs.history import HOUR, RunHistory, Uptime, uptime_pct
from housecat.runs.models import RunRecord
from housecat.valkey import EmbeddedValkey
from tests.runs_data import TEST, cancelled, detail, store

NOW_HOUR = int(datetime.now(UTC).timestamp() // HOUR)  # histories end near the real present

# A run: how many ms before the end of the history it started, and its outcome.
spans_h = st.sampled_from([3, 30, 800])  # dense recent histories and sparse long ones
ms_before = spans_h.flatmap(
    lambda span: st.one_of(
        st.integers(0, span * HOUR * 1000), st.integers(0, span).map(lambda h: h * HOUR * 1000)
    )
)
runs = st.lists(
    st.tuples(ms_before, st.sampled_from(["passed", "failed", "cancelled"])), max_size=40
)


def recount(results: list[str], start: float) -> tuple[int, int]:
    """The naive way: every stored result since the window's start, parsed one by one."""
    passed = failed = 0
    for raw in results:
        record = RunRecord.model_validate_json(raw)
        started = datetime.fromisoformat(record.started_at.replace("Z", "+00:00")).timestamp()
        if started >= start and not record.cancelled:
            passed, failed = passed + record.passed, failed + (not record.passed)
    return passed, failed


async def check(
    socket: str, history: list[tuple[int, str]], now: float, windows: list[int]
) -> None:
    client = Redis(unix_socket_path=socket, decode_responses=True)
    try:
        await client.delete(*keys.per_test(TEST.id))
        await client.hset(keys.test(TEST.id), mapping=TEST.to_hash())
        results = store(client, results_max=1000)
        for n, (ms_before, outcome) in enumerate(history):
            at = datetime.fromtimestamp(now - ms_before / 1000, UTC)
            run = detail(f"r{n:07d}", passed=outcome == "passed", at=at)
            if outcome == "cancelled":
                await results.save_cancelled(TEST.id, cancelled(f"r{n:07d}", at=at))
            else:
                await results.save(TEST, run, None)
        raw = await client.zrange(keys.results(TEST.id), 0, -1)
        for hours in windows:
            passed, failed = recount(raw, now - hours * HOUR)
            expected = Uptime(test_id=TEST.id, uptime_pct=uptime_pct(passed, failed),
                total_runs=passed + failed, passed_runs=passed, failed_runs=failed,
                window_hours=hours)  # fmt: skip
            assert await RunHistory(client).uptime(TEST.id, hours=hours, now=now) == expected
    finally:
        await client.aclose()


@settings(max_examples=60, deadline=None)
@given(
    history=runs,
    offset_ms=st.one_of(st.just(0), st.integers(0, HOUR * 1000 - 1)),
    windows=st.lists(st.one_of(st.integers(1, 6), st.integers(1, 720)), min_size=1, max_size=4),
)
def test_uptime_from_rollups_equals_a_recount_of_raw_results(
    valkey: EmbeddedValkey, history: list[tuple[int, str]], offset_ms: int, windows: list[int]
) -> None:
    now = NOW_HOUR * HOUR + offset_ms / 1000  # sometimes exactly on an hour boundary
    asyncio.run(check(str(valkey.socket_path), history, now, [*windows, 1, 720]))


def test_the_recount_sees_the_runs_it_should(valkey: EmbeddedValkey) -> None:
    """Guard the property test itself: a known history gives known counts."""
    now = NOW_HOUR * HOUR + 1800.0
    history = [(0, "passed"), (5400_000, "failed"), (9000_000, "cancelled")]  # 0, 1.5, 2.5 h ago
    asyncio.run(check(str(valkey.socket_path), history, now, [1, 2]))
    client = Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True)

    async def read() -> list[Uptime]:
        try:
            return [await RunHistory(client).uptime(TEST.id, hours=h, now=now) for h in (1, 2, 3)]
        finally:
            await client.aclose()

    one, two, three = asyncio.run(read())
    assert (one.total_runs, one.passed_runs, two.total_runs, two.failed_runs) == (1, 1, 2, 1)
    assert three.total_runs == 2 and three.uptime_pct == 50.0
    assert json.loads(three.model_dump_json())["window_hours"] == 3
