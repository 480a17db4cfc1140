"""Outages in Redis: `outages:{test_id}`, a list of Outage JSON, newest first.

Only the newest outage can be open, so a run reads and changes the list's head alone.
A run's part is written in the run's own MULTI (`record_run`), so a stored run and its
outage never disagree, and a run counted once stays counted once.
"""

from __future__ import annotations

import json
import uuid
from typing import cast

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from housecat import keys
from housecat.errors import Conflict, NotFound
from housecat.outages.models import Acknowledgement, Outage
from housecat.runs.models import RunRecord

OUTAGES_MAX = 1000  # per test: older outages are dropped
RUN_IDS_MAX = 100  # run ids an outage lists (the latest); `run_count` counts them all

# A run of the test (KEYS[1], only while it exists) opens, extends or closes the outage at
# the head of KEYS[2]. ARGV: run id, '1' if it passed, its start, the JSON of the outage it
# opens (if it does), the caps, then the quorum and the test's locations when it names
# several: the test is then up while fewer than the quorum of them last failed (KEYS[3],
# already holding this run's result). The same run twice (a replayed job) changes nothing.
_RECORD_RUN = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local run_id, passed, started = ARGV[1], ARGV[2] == '1', ARGV[3]
if #ARGV > 7 then
  local failing = 0
  for i = 8, #ARGV do
    local result = redis.call('HGET', KEYS[3], ARGV[i])
    if result == 'failed' or result == 'error' then failing = failing + 1 end
  end
  passed = failing < tonumber(ARGV[7])
end
local head = redis.call('LINDEX', KEYS[2], 0)
local outage = head and cjson.decode(head)
local open = outage and outage['closed_at'] == cjson.null
if outage then
  local newest = outage['run_ids'][#outage['run_ids']]
  if outage['closed_by_run_id'] == run_id or newest == run_id then return 0 end
end
if passed then
  if not open then return 0 end
  outage['closed_at'] = started
  outage['closed_by_run_id'] = run_id
elseif open then
  table.insert(outage['run_ids'], run_id)
  while #outage['run_ids'] > tonumber(ARGV[5]) do table.remove(outage['run_ids'], 1) end
  outage['run_count'] = outage['run_count'] + 1
else
  redis.call('LPUSH', KEYS[2], ARGV[4])
  redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[6]) - 1)
  return 1
end
redis.call('LSET', KEYS[2], 0, cjson.encode(outage))
return 1
"""

# Set one field (ARGV[2], to the JSON ARGV[3]) of the outage ARGV[1] in KEYS[1], which must
# be open: answer its new JSON, 'missing' or 'closed'. One script, so no change is lost to
# a run closing it meanwhile.
_CHANGE_OPEN = """
for index, item in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  local outage = cjson.decode(item)
  if outage['id'] == ARGV[1] then
    if outage['closed_at'] ~= cjson.null then return 'closed' end
    outage[ARGV[2]] = cjson.decode(ARGV[3])
    local changed = cjson.encode(outage)
    redis.call('LSET', KEYS[1], index - 1, changed)
    return changed
  end
end
return 'missing'
"""


def record_run(
    pipe: Pipeline, test_id: str, record: RunRecord, locations: list[str], quorum: int
) -> None:
    """Open, extend or close the test's outage with this run, in the run's own MULTI.

    A test run from several locations is down while a quorum of them is, as its alerts
    say: its outage follows that, not each location's run.
    """
    opened = Outage(
        id=uuid.uuid4().hex[:8],
        test_id=test_id,
        opened_at=record.started_at,
        first_run_id=record.run_id,
        run_ids=[record.run_id],
        run_count=1,
    )
    stored = opened.model_dump_json(exclude={"open", "duration_s"})
    passed = "1" if record.passed else "0"
    args: list[str | int] = [
        record.run_id, passed, record.started_at, stored, RUN_IDS_MAX, OUTAGES_MAX
    ]  # fmt: skip
    if len(locations) > 1:
        args += [min(quorum, len(locations)), *locations]
    where = keys.test_locations(test_id)
    pipe.eval(_RECORD_RUN, 3, keys.test(test_id), keys.outages(test_id), where, *args)


class OutageStore:
    """Read a test's outages; acknowledge one and note what its alerts did."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._change_open = redis.register_script(_CHANGE_OPEN)

    async def of_test(self, test_id: str) -> list[Outage]:
        """Return the test's outages, newest first."""
        raw = cast(list[str], await self.redis.lrange(keys.outages(test_id), 0, -1))
        return [Outage.model_validate_json(item) for item in raw]

    async def latest(self, test_id: str) -> Outage | None:
        raw = cast(str | None, await self.redis.lindex(keys.outages(test_id), 0))
        return None if raw is None else Outage.model_validate_json(raw)

    async def latest_of_many(self, test_ids: list[str]) -> list[Outage | None]:
        """Return each test's newest outage, in one round trip."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for test_id in test_ids:
                pipe.lindex(keys.outages(test_id), 0)
            raw = cast(list[str | None], await pipe.execute())
        return [None if item is None else Outage.model_validate_json(item) for item in raw]

    async def acknowledge(self, test_id: str, outage_id: str, by: Acknowledgement) -> Outage:
        """Acknowledge an open outage (again: the latest word wins)."""
        answer = await self._change(test_id, outage_id, "acknowledgement", by.model_dump())
        if answer == "missing":
            raise NotFound(f"test '{test_id}' has no outage '{outage_id}'")
        if answer == "closed":
            raise Conflict(f"outage '{outage_id}' is closed: the test has recovered")
        return Outage.model_validate_json(answer)

    async def mark_alerted(self, test_id: str, outage_id: str) -> None:
        """Note that an alert announced the outage (unless it closed or went meanwhile)."""
        await self._change(test_id, outage_id, "alerted", True)

    async def mark_held(self, test_id: str, outage_id: str, why: str) -> None:
        """Note why the outage's alert was held (unless it closed or went meanwhile)."""
        await self._change(test_id, outage_id, "held", why)

    async def _change(self, test_id: str, outage_id: str, field: str, value: object) -> str:
        """Set a field of an open outage; answer its JSON, or 'missing' or 'closed'."""
        answer = await self._change_open(
            keys=[keys.outages(test_id)], args=[outage_id, field, json.dumps(value)]
        )
        return cast(str, answer)
