"""Executions in Redis: the `execution:{id}` hashes and their sorted-set indexes.

Every index is scored by creation time, so a filtered list walks one of them newest
first and asks the others whether each execution is theirs: no scan of all hashes.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import timedelta
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.clock import now_iso
from housecat.errors import InvalidInput
from housecat.executions.models import FINISHED, Execution, ExecutionStatus, TestExecution
from housecat.projects.context import current_project, visible
from housecat.runs.store import unix

# Move an unfinished execution to status ARGV[1] (its index too), stamping ARGV[2] at
# ARGV[3] (started_at / completed_at); a finished one keeps its status (answered).
_SET_STATUS = """
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return false end
if status == 'passed' or status == 'failed' or status == 'error' or status == 'stopped' then
  return status
end
local created = redis.call('ZSCORE', KEYS[2], ARGV[5])
redis.call('ZREM', ARGV[4] .. status, ARGV[5])
redis.call('ZADD', ARGV[4] .. ARGV[1], created or 0, ARGV[5])
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'updated_at', ARGV[3])
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], ARGV[2], ARGV[3]) end
return ARGV[1]
"""

# Record one test's run, only while the execution exists and is not finished.
_SET_TEST = """
local status = redis.call('HGET', KEYS[1], 'status')
if not status or status == 'passed' or status == 'failed' or status == 'error'
   or status == 'stopped' then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2], 'updated_at', ARGV[3])
return 1
"""

# Walk KEYS[1] newest first within scores [ARGV[2], ARGV[1]], after the cursor (score
# ARGV[3], id ARGV[4]), keeping ids every other key holds; up to ARGV[5] + 1 of them.
# An id whose hash expired is dropped from the indexes it was found in.
_LIST = """
local found, count = {}, 0
local want = tonumber(ARGV[5]) + 1
local top = ARGV[1]
if ARGV[3] ~= '' then top = ARGV[3] end
local offset = 0
while count < want do
  local batch = redis.call('ZREVRANGEBYSCORE', KEYS[1], top, ARGV[2],
                           'WITHSCORES', 'LIMIT', offset, 200)
  if #batch == 0 then break end
  offset = offset + 200
  for i = 1, #batch, 2 do
    local id, score = batch[i], batch[i + 1]
    local after = ARGV[3] == '' or tonumber(score) < tonumber(ARGV[3]) or id < ARGV[4]
    if after and count < want then
      local kept = true
      for k = 2, #KEYS do
        if not redis.call('ZSCORE', KEYS[k], id) then kept = false break end
      end
      if kept then
        if redis.call('EXISTS', ARGV[6] .. id) == 1 then
          table.insert(found, id)
          table.insert(found, score)
          count = count + 1
        else
          for k = 1, #KEYS do redis.call('ZREM', KEYS[k], id) end
        end
      end
    end
  end
end
return found
"""


@dataclass(frozen=True)
class Filters:
    """What a list of executions is narrowed to; None: anything."""

    status: ExecutionStatus | None = None
    suite_id: str | None = None
    test_id: str | None = None
    environment_id: str | None = None
    after: float | None = None  # created at or after (unix s)
    before: float | None = None  # created at or before

    def index_keys(self) -> list[str]:
        named = [
            keys.executions_by("status", self.status) if self.status else None,
            keys.executions_by("suite", self.suite_id) if self.suite_id else None,
            keys.executions_by("test", self.test_id) if self.test_id else None,
            keys.executions_by("environment", self.environment_id) if self.environment_id else None,
            keys.executions_by("project", project) if (project := current_project()) else None,
        ]
        return [key for key in named if key] or [keys.EXECUTIONS_ALL]


def encode_cursor(score: str, execution_id: str) -> str:
    return base64.urlsafe_b64encode(f"{score}|{execution_id}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[str, str]:
    """Return the (score, id) a cursor stands for; a cursor we did not make is bad input."""
    try:
        score, execution_id = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        float(score)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise InvalidInput.of({"cursor": "is not a cursor this server gave"}) from None
    return score, execution_id


class ExecutionStore:
    """Read and write executions; each write is one round trip, whole or not at all."""

    def __init__(self, redis: Redis, *, max_age: timedelta) -> None:
        self.redis = redis
        self.ttl = int(max_age.total_seconds())
        self._set_status = redis.register_script(_SET_STATUS)
        self._set_test = redis.register_script(_SET_TEST)
        self._list = redis.register_script(_LIST)

    async def insert(self, execution: Execution) -> None:
        created = unix(execution.created_at)
        async with self.redis.pipeline(transaction=True) as pipe:
            flat = [item for pair in execution.to_hash().items() for item in pair]
            pipe.hset(keys.execution(execution.id), items=flat)
            pipe.expire(keys.execution(execution.id), self.ttl)
            for key in _indexes(execution):
                pipe.zadd(key, {execution.id: created})
            await pipe.execute()

    async def get(self, execution_id: str) -> Execution | None:
        fields = cast(dict[str, str], await self.redis.hgetall(keys.execution(execution_id)))
        # Another project's execution is answered as a missing one: its id must not leak.
        return Execution.from_hash(fields) if fields and visible(fields.get("project")) else None

    async def set_status(
        self, execution_id: str, status: ExecutionStatus
    ) -> ExecutionStatus | None:
        """Move an unfinished execution on; return the status it has now (None: gone)."""
        stamp = {ExecutionStatus.RUNNING: "started_at"}.get(status, "")
        if status in FINISHED:
            stamp = "completed_at"
        now = now_iso()
        answer = await self._set_status(
            keys=[keys.execution(execution_id), keys.EXECUTIONS_ALL],
            args=[status, stamp, now, keys.executions_by("status", ""), execution_id],
        )
        return None if answer is None else ExecutionStatus(_text(answer))

    async def set_test(self, execution_id: str, index: int, test: TestExecution) -> bool:
        """Record the nth test's run; False once the execution is finished or gone."""
        done = await self._set_test(
            keys=[keys.execution(execution_id)],
            args=[f"t:{index}", test.model_dump_json(), now_iso()],
        )
        return bool(done)

    async def list(
        self, filters: Filters, *, limit: int, cursor: str | None
    ) -> tuple[list[Execution], str | None]:
        """Return a page of executions, newest first, and the cursor of the next page."""
        score, after_id = decode_cursor(cursor) if cursor else ("", "")
        top = "+inf" if filters.before is None else repr(filters.before)
        bottom = "-inf" if filters.after is None else repr(filters.after)
        found = await self._list(
            keys=filters.index_keys(),
            args=[top, bottom, score, after_id, limit, keys.execution("")],
        )
        pairs = [(_text(found[i]), _text(found[i + 1])) for i in range(0, len(found), 2)]
        page, more = pairs[:limit], len(pairs) > limit
        async with self.redis.pipeline(transaction=False) as pipe:
            for execution_id, _ in page:
                pipe.hgetall(keys.execution(execution_id))
            hashes = await pipe.execute()
        executions = [Execution.from_hash(fields) for fields in hashes if fields]
        next_cursor = encode_cursor(*reversed(page[-1])) if more and page else None
        return executions, next_cursor


def _indexes(execution: Execution) -> list[str]:
    named = [
        keys.EXECUTIONS_ALL,
        keys.executions_by("status", execution.status),
        keys.executions_by("project", execution.project),
    ]
    if execution.suite_id:
        named.append(keys.executions_by("suite", execution.suite_id))
    if execution.environment_id:
        named.append(keys.executions_by("environment", execution.environment_id))
    named += [
        keys.executions_by("test", test_id) for test_id in {t.test_id for t in execution.tests}
    ]
    return named


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
