"""Count what Prometheus is told, in Redis, from whichever process sees it happen.

Servers, workers and schedulers are separate processes sharing one Redis: a counter kept
in one process' memory would be invisible to the server that is scraped. So a stored
run's counts go on the very transaction that stores it (no extra round trip), and the
rarer events (an alert delivered, a browser relaunched) add one HINCRBY each.
Histograms are kept as the count of each bucket alone; `read.py` makes them cumulative.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import RedisError

from housecat import keys
from housecat.locations.names import DEFAULT_LOCATION
from housecat.runs.models import RunRecord

log = logging.getLogger(__name__)

# A journey takes seconds to minutes; a step, from a few milliseconds to its timeout.
RUN_BUCKETS_S: tuple[float, ...] = (0.5, 1, 2.5, 5, 10, 15, 30, 60, 120, 300)
STEP_BUCKETS_S: tuple[float, ...] = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
INF = "+Inf"

# Count a run HouseCat itself could not run, once however often its job is retried
# (retries of a run keep its id, and a test has one job at a time), and only while the
# test exists. KEYS: test, its metrics. ARGV: run id, field.
_COUNT_ERROR = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if redis.call('HGET', KEYS[2], 'error_run') == ARGV[1] then return 0 end
redis.call('HSET', KEYS[2], 'error_run', ARGV[1])
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
return 1
"""


def le(bound: float) -> str:
    """Write a bucket's upper bound as Prometheus does: 1 is '1.0'."""
    return repr(float(bound))


def bucket_of(seconds: float, bounds: Sequence[float]) -> str:
    """Return the `le` of the smallest bucket a duration fits in."""
    for bound in bounds:
        if seconds <= bound:
            return le(bound)
    return INF


def add_run(pipe: Pipeline, test_id: str, record: RunRecord) -> None:
    """Queue the counting of a stored run on its transaction: result, duration, steps."""
    counts = keys.metrics_test(test_id)
    result = "passed" if record.passed else "failed"
    le = bucket_of(record.duration_ms / 1000, RUN_BUCKETS_S)
    where = record.location
    pipe.hincrby(counts, f"runs:{where}:{result}", 1)
    pipe.hincrby(counts, f"duration:{where}:le:{le}", 1)
    pipe.hincrby(counts, f"duration:{where}:sum_ms", record.duration_ms)
    steps: Counter[str] = Counter()
    for step in record.step_results:
        if step.status == "skipped":
            continue  # it ran no part of the journey
        steps[f"{step.action}:le:{bucket_of(step.duration_ms / 1000, STEP_BUCKETS_S)}"] += 1
        steps[f"{step.action}:sum_ms"] += step.duration_ms
    for field, amount in steps.items():
        pipe.hincrby(keys.METRICS_STEPS, field, amount)


def add_error(pipe: Pipeline, test_id: str, run_id: str, location: str = DEFAULT_LOCATION) -> None:
    """Queue the counting of a run HouseCat itself could not run (once per run id)."""
    test_keys = (keys.test(test_id), keys.metrics_test(test_id))
    pipe.eval(_COUNT_ERROR, 2, *test_keys, run_id, f"runs:{location}:error")


class MetricsRecorder:
    """Count the events that happen outside a run's transaction."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def alert_settled(self, channel: str, outcome: str) -> None:
        """Count an alert delivery to a webhook or a channel kind, by how it ended."""
        await self._add(keys.METRICS_ALERTS, f"{channel}:{outcome}")

    async def browser_restarted(self, reason: str) -> None:
        """Count a relaunch of a worker's Chromium, by why the last one went."""
        await self._add(keys.METRICS_BROWSER, reason)

    async def _add(self, key: str, field: str) -> None:
        # A count lost to a Redis hiccup must not fail the alert or the run it counts.
        try:
            await self.redis.hincrby(key, field, 1)
        except RedisError as exc:
            log.warning("could not count %s in %s: %s", field, key, exc)
