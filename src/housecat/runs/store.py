"""Runs in Redis: results, timings, incidents, uptime rollups, run details, cached plans.

Everything one run writes goes in one MULTI transaction, one round trip. Its first
command updates the test's hash only if the test still exists, so a run that finishes
after its test was deleted cannot resurrect it; what else it wrote is then removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.browser.run_log import LogEntry
from housecat.locations.names import DEFAULT_LOCATION
from housecat.locations.quorum import record_result, results_before
from housecat.metrics import record as metrics
from housecat.outages.store import record_run as record_outage
from housecat.plan.models import Plan
from housecat.plan.read import masked_goal
from housecat.projects.context import current_project, visible
from housecat.runs.models import IncidentRecord, RunDetail
from housecat.runs.spend import add_run
from housecat.suites.catalog_index import SET_LATEST, score
from housecat.suites.models import TestSuiteResponse

INCIDENTS_MAX = 1000
# What `run:{id}` held for a cancelled run before it held the run's detail (until it expires).
_CANCELLED_BEFORE = "cancelled"

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

# Keep a cancelled run (its record and detail) only while its test exists.
_SAVE_CANCELLED = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[1], ARGV[2])
redis.call('SET', KEYS[3], ARGV[3], 'EX', ARGV[4])
return 1
"""

# Retention: drop the results (and timings) older than ARGV[1] (exclusive, "(t") and
# beyond the newest ARGV[2]; delete the keys of the runs dropped (`{ARGV[3…]}{run_id}`:
# detail, log); answer their ids, so their files can go too.
_TRIM = """
local dropped = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local excess = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[2])
if excess > 0 then
  for _, raw in ipairs(redis.call('ZRANGE', KEYS[1], 0, excess - 1)) do
    table.insert(dropped, raw)
  end
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, excess - 1)
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -tonumber(ARGV[2]) - 1)
local run_ids = {}
for _, raw in ipairs(dropped) do
  local ok, record = pcall(cjson.decode, raw)
  if ok and type(record) == 'table' and type(record['run_id']) == 'string' then
    for i = 3, #ARGV do redis.call('DEL', ARGV[i] .. record['run_id']) end
    table.insert(run_ids, record['run_id'])
  end
end
return run_ids
"""


@dataclass(frozen=True)
class Saved:
    """What storing a run did: whether it was kept, and which older runs retention dropped."""

    kept: bool
    dropped: list[str]
    # The test's latest result at each location before this run (for quorum alerting).
    before: dict[str, str] = field(default_factory=dict)


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
        self._save_cancelled = redis.register_script(_SAVE_CANCELLED)

    async def save(
        self,
        test: TestSuiteResponse,
        detail: RunDetail,
        cache: Plan | None,
        logs: list[LogEntry] | None = None,
    ) -> Saved:
        """Store a finished run (and its log) in one round trip; not kept if its test is gone."""
        record = detail.record
        started = unix(record.started_at)
        outcome = "passed" if record.passed else "failed"
        # A run in a maintenance window is history only: no result, incident or uptime.
        if record.maintenance is not None:
            outcome = "maintenance"
        horizon = (datetime.now(UTC) - self.max_age).timestamp()
        ttl = int(self.max_age.total_seconds())
        tid = test.id
        async with self.redis.pipeline(transaction=True) as pipe:
            # First, and only while the test exists: a deleted test is never resurrected.
            # The catalog of /api/v1/tests learns the latest result in the same step.
            latest = ["last_result", outcome, "last_run_at", record.started_at]
            if record.maintenance is not None:
                latest = latest[2:]
            pipe.eval(SET_LATEST, 1, keys.test(tid), tid, score(record.started_at), *latest)
            # Second: the latest result at this location, answering those before it.
            record_result(pipe, tid, record.location, outcome)
            if test.locations:  # its uptime at each location it names, beside the whole
                located = f"{int(started // 3600)}@{record.location}:{outcome}"
                pipe.hincrby(keys.uptime(tid), located, 1)
            pipe.zadd(keys.results(tid), {record.model_dump_json(): started})
            pipe.zadd(keys.timing(tid), {f"{record.duration_ms}:{record.run_id}": started})
            if outcome == "failed":
                pipe.lpush(keys.incidents(tid), _incident(tid, detail).model_dump_json())
                pipe.ltrim(keys.incidents(tid), 0, INCIDENTS_MAX - 1)
            pipe.hincrby(keys.uptime(tid), f"{int(started // 3600)}:{outcome}", 1)
            pipe.expire(keys.uptime(tid), ttl)
            pipe.set(keys.run(record.run_id), detail.model_dump_json(), ex=ttl)
            if logs:
                pipe.rpush(keys.run_logs(record.run_id), *(e.model_dump_json() for e in logs))
                pipe.expire(keys.run_logs(record.run_id), ttl)
            if cache is not None:
                pipe.set(keys.plan(tid), cache.model_dump_json())
            add_run(pipe, tid, record.started_at, record.model_use, record.model_refused)
            metrics.add_run(pipe, tid, record)
            if record.maintenance is None:  # a window's runs neither open nor close one
                record_outage(pipe, tid, record, test.locations, test.alert_quorum)
            since, most = f"({horizon}", self.results_max
            pipe.eval(
                _TRIM, 2, keys.results(tid), keys.timing(tid), since, most, *keys.PER_RUN_PREFIXES
            )
            replies = await pipe.execute()
        if replies[0]:
            return Saved(kept=True, dropped=replies[-1], before=results_before(replies[1]))
        # The test was deleted while this run was in flight: take back what it wrote.
        run_keys = [prefix + record.run_id for prefix in keys.PER_RUN_PREFIXES]
        await self.redis.delete(*keys.per_test(tid), *run_keys)
        return Saved(kept=False, dropped=[])

    async def save_detail(self, detail: RunDetail, logs: list[LogEntry] | None = None) -> None:
        """Keep a run's detail (and log) alone: a run that is not part of its test's history."""
        ttl = int(self.max_age.total_seconds())
        run_id = detail.record.run_id
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(keys.run(run_id), detail.model_dump_json(), ex=ttl)
            if logs:
                pipe.rpush(keys.run_logs(run_id), *(e.model_dump_json() for e in logs))
                pipe.expire(keys.run_logs(run_id), ttl)
            await pipe.execute()

    async def save_cancelled(self, test_id: str, detail: RunDetail) -> bool:
        """Keep a cancelled run while its test exists; it changes no state and counts nowhere."""
        record = detail.record
        kept = await self._save_cancelled(
            keys=[keys.test(test_id), keys.results(test_id), keys.run(record.run_id)],
            args=[
                unix(record.started_at),
                record.model_dump_json(),
                detail.model_dump_json(),
                int(self.max_age.total_seconds()),
            ],
        )
        return bool(kept)

    async def was_recorded(self, run_id: str) -> bool:
        """Whether a run with this id was already stored (a redelivered job)."""
        return bool(await self.redis.exists(keys.run(run_id)))

    async def mark_error(
        self,
        test_id: str,
        when: str,
        run_id: str | None = None,
        location: str = DEFAULT_LOCATION,
    ) -> None:
        """Record that the pipeline itself failed (not the journey), counting that run once."""
        latest = ["last_result", "error", "last_run_at", when]
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.eval(SET_LATEST, 1, keys.test(test_id), test_id, score(when), *latest)
            record_result(pipe, test_id, location, "error")
            if run_id is not None:
                metrics.add_error(pipe, test_id, run_id, location)
            await pipe.execute()

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
        # Plans keep the goal with its passwords written as {{names}}.
        return plan if plan.goal in (test.goal, masked_goal(test.goal)) else None

    async def run_logs(self, run_id: str) -> list[LogEntry]:
        """Return a run's log entries, oldest first (none once its run is gone)."""
        raw = cast(list[str], await self.redis.lrange(keys.run_logs(run_id), 0, -1))
        return [LogEntry.model_validate_json(entry) for entry in raw]

    async def runs_logs(self, run_ids: list[str]) -> list[list[LogEntry]]:
        """Return each run's log entries, oldest first, in one round trip."""
        if not run_ids:
            return []
        async with self.redis.pipeline(transaction=False) as pipe:
            for run_id in run_ids:
                pipe.lrange(keys.run_logs(run_id), 0, -1)
            raw = cast(list[list[str]], await pipe.execute())
        return [[LogEntry.model_validate_json(entry) for entry in log] for log in raw]

    async def run_detail(self, run_id: str) -> RunDetail | None:
        """Return a run's detail; None if unknown, gone, cancelled or another project's."""
        raw = cast(str | None, await self.redis.get(keys.run(run_id)))
        return (await self._in_view([_detail(raw)]))[0]

    async def run_details(self, run_ids: list[str]) -> list[RunDetail | None]:
        """Return each run's detail (None: unknown, gone or cancelled) in one round trip."""
        if not run_ids:
            return []
        raw = cast(list[str | None], await self.redis.mget([keys.run(i) for i in run_ids]))
        return await self._in_view([_detail(found) for found in raw])

    async def _in_view(self, details: list[RunDetail | None]) -> list[RunDetail | None]:
        """Leave out the runs of another project's tests: as if they were not kept."""
        if current_project() is None or not any(details):
            return details
        async with self.redis.pipeline(transaction=False) as pipe:
            for found in details:
                pipe.hget(keys.test((found.record.test_id or "") if found else ""), "project")
            projects = cast(list[str | None], await pipe.execute())
        return [
            found if found and visible(project) else None
            for found, project in zip(details, projects, strict=True)
        ]


def _detail(raw: str | None) -> RunDetail | None:
    if raw is None or raw == _CANCELLED_BEFORE:
        return None
    return RunDetail.model_validate_json(raw)


def _incident(test_id: str, detail: RunDetail) -> IncidentRecord:
    record = detail.record
    return IncidentRecord(
        run_id=record.run_id,
        test_id=test_id,
        error=record.error or record.details,
        details=record.details,
        started_at=record.started_at,
    )
