"""Suites in Redis: `suite:{id}` hashes, `suite_tests:{id}` lists and the reverse indexes.

A suite is indexed from everything it names, so that each side of a link finds the
other in one step: `test_suites:{test}`, `environment_suites:{env}` and
`browser_config_suites:{config}` hold the ids of the suites that use them. Every write
is one script that checks what it names still exists and writes the suite and all its
index entries together; the scripts build those keys from prefixes, as the tests'
delete script does, so they run on one Redis (not a cluster).
"""

from __future__ import annotations

import json
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.groups.models import Suite
from housecat.named.store import present
from housecat.projects.context import current_project, project_for_new, visible
from housecat.trash.keep import TRASH_LUA, trash_arg

_PREFIXES = json.dumps(
    {
        "test": keys.test(""),
        "environment": keys.environment(""),
        "browser_config": keys.browser_config(""),
        "test_users": keys.test_suites(""),
        "environment_users": keys.environment_suites(""),
        "browser_config_users": keys.browser_config_suites(""),
        "suite": keys.suite(""),
        "suite_tests": keys.suite_tests(""),
    }
)

# Create (spec.new) or change a suite. Answers 'ok', or what stopped it: 'id' (drawn id
# taken), 'missing' (deleted meanwhile), 'name' (taken), or the field naming something
# that does not exist ('environment_id', 'browser_config_id', 'tests.{index}').
# Fields absent from the spec are left as they are.
_SAVE = """
local spec = cjson.decode(ARGV[1])
local p = cjson.decode(ARGV[2])
local id = spec.id
-- A record of another project (spec.project, when one is in context) counts as missing.
local function found(key)
  if redis.call('EXISTS', key) == 0 then return false end
  if not spec.project then return true end
  local owner = redis.call('HGET', key, 'project')
  if not owner or owner == '' then owner = 'default' end
  return owner == spec.project
end
local exists = redis.call('EXISTS', KEYS[1]) == 1
if spec.new and exists then
  if redis.call('HGET', KEYS[4], spec.name) == id then return 'ok' end  -- this create, resent
  return 'id'
end
if not spec.new and not found(KEYS[1]) then return 'missing' end
if spec.name then
  local owner = redis.call('HGET', KEYS[4], spec.name)
  if owner and owner ~= id then return 'name' end
end
for _, ref in ipairs({'environment', 'browser_config'}) do
  local value = spec[ref .. '_id']
  if value and value ~= '' and not found(p[ref] .. value) then
    return ref .. '_id'
  end
end
if spec.tests then
  for i, test_id in ipairs(spec.tests) do
    if not found(p.test .. test_id) then return 'tests.' .. (i - 1) end
  end
end
if spec.name then
  local old = redis.call('HGET', KEYS[1], 'name')
  if old and old ~= spec.name and redis.call('HGET', KEYS[4], old) == id then
    redis.call('HDEL', KEYS[4], old)
  end
  redis.call('HSET', KEYS[4], spec.name, id)
end
for _, ref in ipairs({'environment', 'browser_config'}) do
  local value = spec[ref .. '_id']
  if value then
    local old = redis.call('HGET', KEYS[1], ref .. '_id')
    if old and old ~= '' then redis.call('SREM', p[ref .. '_users'] .. old, id) end
    if value ~= '' then redis.call('SADD', p[ref .. '_users'] .. value, id) end
  end
end
if spec.tests then
  for _, test_id in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
    redis.call('SREM', p.test_users .. test_id, id)
  end
  redis.call('DEL', KEYS[2])
  for _, test_id in ipairs(spec.tests) do
    redis.call('RPUSH', KEYS[2], test_id)
    redis.call('SADD', p.test_users .. test_id, id)
  end
end
local flat = {}
for name, value in pairs(spec.fields) do
  flat[#flat + 1] = name
  flat[#flat + 1] = value
end
redis.call('HSET', KEYS[1], unpack(flat))
redis.call('SADD', KEYS[3], id)
return 'ok'
"""

# Delete a suite and every index entry that names it; 0 if it did not exist.
_DELETE = (
    TRASH_LUA
    + """
local p = cjson.decode(ARGV[2])
local id = ARGV[1]
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local name = redis.call('HGET', KEYS[1], 'name')
if name and redis.call('HGET', KEYS[4], name) == id then redis.call('HDEL', KEYS[4], name) end
for _, ref in ipairs({'environment', 'browser_config'}) do
  local value = redis.call('HGET', KEYS[1], ref .. '_id')
  if value and value ~= '' then redis.call('SREM', p[ref .. '_users'] .. value, id) end
end
for _, test_id in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
  redis.call('SREM', p.test_users .. test_id, id)
end
if ARGV[3] ~= '' then
  trash_keep(cjson.decode(ARGV[3]), {KEYS[1], KEYS[2]})
else
  redis.call('DEL', KEYS[1], KEYS[2])
end
redis.call('SREM', KEYS[3], id)
return 1
"""
)

# Take a deleted test out of every suite that lists it (KEYS[1]: their ids), marking
# each suite changed at ARGV[2]; then drop the index itself.
_FORGET_TEST = """
local p = cjson.decode(ARGV[3])
for _, suite_id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local removed = redis.call('LREM', p.suite_tests .. suite_id, 0, ARGV[1])
  if removed > 0 and redis.call('EXISTS', p.suite .. suite_id) == 1 then
    redis.call('HSET', p.suite .. suite_id, 'updated_at', ARGV[2])
  end
end
redis.call('DEL', KEYS[1])
return 1
"""

# What a suite shows of each of its tests.
TEST_FIELDS = ("id", "name", "url", "status", "last_result", "last_run_at")


class GroupStore:
    """Read and write suites; one round trip per write."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._save = redis.register_script(_SAVE)
        self._delete = redis.register_script(_DELETE)
        self._forget_test = redis.register_script(_FORGET_TEST)

    async def save(
        self, suite_id: str, fields: dict[str, str], *, new: bool, tests: list[str] | None
    ) -> str:
        """Create or change a suite: 'ok', or what stopped it (see `_SAVE`)."""
        spec: dict[str, object] = {"id": suite_id, "new": new, "fields": fields}
        if current_project() is not None:
            spec["project"] = current_project()
        if new:
            fields = spec["fields"] = {**fields, "project": project_for_new()}
        for name in ("name", "environment_id", "browser_config_id"):
            if name in fields:
                spec[name] = fields[name]
        if tests is not None:
            spec["tests"] = tests
        keys_ = [keys.suite(suite_id), keys.suite_tests(suite_id), keys.SUITES_ALL]
        answer = await self._save(
            keys=[*keys_, keys.SUITE_NAMES], args=[json.dumps(spec), _PREFIXES]
        )
        return str(answer)

    async def get(self, suite_id: str) -> Suite | None:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hgetall(keys.suite(suite_id))
            pipe.lrange(keys.suite_tests(suite_id), 0, -1)
            fields, test_ids = await pipe.execute()
        # Another project's suite is answered as a missing one: its id must not leak.
        seen = fields and visible(fields.get("project"))
        return Suite.from_hash(present(fields), test_ids) if seen else None

    async def all(self) -> list[Suite]:
        """Return every suite, newest first, read in one pipelined round trip."""
        suite_ids = cast(set[str], await self.redis.smembers(keys.SUITES_ALL))
        async with self.redis.pipeline(transaction=False) as pipe:
            for suite_id in suite_ids:
                pipe.hgetall(keys.suite(suite_id))
                pipe.lrange(keys.suite_tests(suite_id), 0, -1)
            answers = await pipe.execute()
        suites = [
            Suite.from_hash(present(fields), test_ids)
            for fields, test_ids in zip(answers[::2], answers[1::2], strict=True)
            if fields and visible(fields.get("project"))
        ]
        suites.sort(key=lambda suite: (suite.created_at, suite.id), reverse=True)
        return suites

    async def tests(self, test_ids: list[str]) -> list[dict[str, str | None]]:
        """Read what a suite shows of each test, in one round trip; a deleted one is left out."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for test_id in test_ids:
                pipe.hmget(keys.test(test_id), TEST_FIELDS)
            rows = await pipe.execute()
        # A test hash keeps "none" as '' (`last_run_at` before any run).
        found = [
            {name: value or None for name, value in zip(TEST_FIELDS, row, strict=True)}
            for row in rows
        ]
        return [fields for fields in found if fields["id"]]

    async def delete(self, suite_id: str, *, actor: str | None = None) -> bool:
        """Delete a suite and its index entries; False if it did not exist.

        With the `actor` who deletes it, the suite and its list of tests go to the trash.
        """
        if await self.get(suite_id) is None:
            return False
        names = [keys.suite(suite_id), keys.suite_tests(suite_id), keys.SUITES_ALL]
        kept = "" if actor is None else trash_arg("suite", suite_id, actor)
        answer = await self._delete(
            keys=[*names, keys.SUITE_NAMES], args=[suite_id, _PREFIXES, kept]
        )
        return bool(answer)

    async def forget_test(self, test_id: str, now: str) -> None:
        """Take a deleted test out of every suite that lists it."""
        await self._forget_test(keys=[keys.test_suites(test_id)], args=[test_id, now, _PREFIXES])
