"""Runs in Redis: results, timings, incidents, uptime rollups, run details, cached plans.

Everything one run writes goes in one MULTI transaction, one round trip. Its first
command updates the test's hash only if the test still exists, so a run that finishes
after its test was deleted cannot resurrect it; what else it wrote is then removed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.plan.models import Plan
from housecat.runs.models import IncidentRecord, RunDetail, RunRecord
from housecat.suites.models import TestSuiteResponse

INCIDENTS_MAX = 1000
CANCELLED = "cancelled"  # what `run:{id}` holds for a cancelled run

# Set alert_sent on the incident of one run, wherever it now sits in the list (newer
# incidents may have been pushed meanwhile): atomic, so no read-modify-write race.
_MARK_ALERT_SENT = """
local items = redis.call('LRANGE', KEYS[1], 0, tonumber(ARGV[2]))
for index, item in ipairs(items) do
  local incident = cjson.decode(item)
  if incident['run_id'] == ARGV[1] then
    incident['alert_sent'] = true
    redis.call('LSET', KEYS[1], index - 1, cjson.encode(incident))
    return 1
  end
end
return 0
"""

# Change fields only while the test exists (never resurrect a deleted one).
_SET_IF_EXISTS = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV))
return 1
"""


def unix(iso_time: str) -> float:
    return datetime.fromisoformat(iso_time.replace("Z", "+00:00")).timestamp()


class ResultStore:
    """Write a finished run in one transaction; read what runs left behind."""

    def __init__(self, redis: Redis, *, results_max: int, max_age: timedelta) -> None:
        self.redis = redis
        self.results_max = results_max
        self.max_age = max_age
        self._mark_alert_sent = redis.register_script(_MARK_ALERT_SENT)
        self._set_if_exists = redis.register_script(_SET_IF_EXISTS)

    async def save(self, test: TestSuiteResponse, detail: RunDetail, cache: Plan | None) -> bool:
        """Store a finished run in one round trip; False when its test no longer exists."""
        record = detail.record
        started = unix(record.started_at)
        outcome = "passed" if record.passed else "failed"
        horizon = (datetime.now(UTC) - self.max_age).timestamp()
        ttl = int(self.max_age.total_seconds())
        tid = test.id
        async with self.redis.pipeline(transaction=True) as pipe:
            # First, and only while the test exists: a deleted test is never resurrected.
            latest = ["last_result", outcome, "last_run_at", record.started_at]
            pipe.eval(_SET_IF_EXISTS, 1, keys.test(tid), *latest)
            pipe.zadd(keys.results(tid), {record.model_dump_json(): started})
            pipe.zadd(keys.timing(tid), {f"{record.duration_ms}:{record.run_id}": started})
            if not record.passed:
                pipe.lpush(keys.incidents(tid), _incident(tid, detail).model_dump_json())
                pipe.ltrim(keys.incidents(tid), 0, INCIDENTS_MAX - 1)
            pipe.hincrby(keys.uptime(tid), f"{int(started // 3600)}:{outcome}", 1)
            pipe.expire(keys.uptime(tid), ttl)
            pipe.set(keys.run(record.run_id), detail.model_dump_json(), ex=ttl)
            if cache is not None:
                pipe.set(keys.plan(tid), cache.model_dump_json())
            for key in (keys.results(tid), keys.timing(tid)):
                pipe.zremrangebyscore(key, "-inf", f"({horizon}")
                pipe.zremrangebyrank(key, 0, -self.results_max - 1)
            replies = await pipe.execute()
        if replies[0]:
            return True
        # The test was deleted while this run was in flight: take back what it wrote.
        await self.redis.delete(*keys.per_test(tid), keys.run(record.run_id))
        return False

    async def save_cancelled(self, test_id: str, record: RunRecord) -> None:
        """Keep a cancelled run in the history; it changes no state and counts nowhere."""
        ttl = int(self.max_age.total_seconds())
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.zadd(keys.results(test_id), {record.model_dump_json(): unix(record.started_at)})
            pipe.set(keys.run(record.run_id), CANCELLED, ex=ttl)
            await pipe.execute()

    async def was_recorded(self, run_id: str) -> bool:
        """Whether a run with this id was already stored (a redelivered job)."""
        return bool(await self.redis.exists(keys.run(run_id)))

    async def mark_error(self, test_id: str, when: str) -> None:
        """Record that the pipeline itself failed (not the journey)."""
        await self._set_if_exists(
            keys=[keys.test(test_id)], args=["last_result", "error", "last_run_at", when]
        )

    async def mark_alerted(self, test_id: str, when: str) -> None:
        await self._set_if_exists(keys=[keys.test(test_id)], args=["alerted_at", when])

    async def mark_alert_sent(self, test_id: str, run_id: str) -> bool:
        """Set alert_sent on that run's incident record; False if it has none."""
        found = await self._mark_alert_sent(
            keys=[keys.incidents(test_id)], args=[run_id, INCIDENTS_MAX]
        )
        return bool(found)

    async def cached_plan(self, test: TestSuiteResponse) -> Plan | None:
        """Return the plan the test's last good run recorded, if it is for this goal."""
        raw = cast(str | None, await self.redis.get(keys.plan(test.id)))
        if raw is None:
            return None
        plan = Plan.model_validate_json(raw)
        return plan if plan.goal == test.goal else None

    async def run_detail(self, run_id: str) -> RunDetail | None:
        raw = cast(str | None, await self.redis.get(keys.run(run_id)))
        return RunDetail.model_validate_json(raw) if raw and raw != CANCELLED else None


def _incident(test_id: str, detail: RunDetail) -> IncidentRecord:
    record = detail.record
    return IncidentRecord(
        run_id=record.run_id,
        test_id=test_id,
        error=record.error or record.details,
        details=record.details,
        started_at=record.started_at,
    )
