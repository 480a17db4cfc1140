"""Test suites in Redis: the `test:{id}` hashes, the `tests:all` index and the due index.

Every write is one script, so it happens whole or not at all. Each can also be sent
twice (the client resends a command whose answer a dropped connection lost) and
still mean the same.
"""

from __future__ import annotations

import json
from typing import Literal, cast

from redis.asyncio import Redis

from housecat import keys
from housecat.errors import InvalidInput
from housecat.projects.context import current_project
from housecat.projects.context import visible as visible_in
from housecat.suites.catalog_index import CATALOG_LUA, catalog_doc
from housecat.suites.models import TestSuiteResponse
from housecat.trash.keep import TRASH_LUA, trash_arg

FORM_SENT_TTL_S = 86_400  # a form left open longer than a day is sent as a new one

# Insert only when the id is new, index it, and offer it to the built-in scheduler
# (ARGV[1], a due time or ''), all in one step; ARGV[3] is what the catalog needs of it. An
# id already holding exactly these fields is this same write sent again: done, not taken.
# With a form's key (KEYS[4]), a form already sent answers the id of the test it made and
# stores nothing.
_INSERT = (
    CATALOG_LUA
    + """
if KEYS[4] ~= '' then
  local made = redis.call('GET', KEYS[4])
  if made then return made end
end
for i = 5, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 0 then return 'gone:' .. KEYS[i] end
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  for i = 4, #ARGV, 2 do
    if redis.call('HGET', KEYS[1], ARGV[i]) ~= ARGV[i + 1] then return false end
  end
  return ARGV[5]
end
redis.call('HSET', KEYS[1], unpack(ARGV, 4))
redis.call('SADD', KEYS[2], ARGV[5])
catalog_index(ARGV[5], cjson.decode(ARGV[3]))
if ARGV[1] ~= '' then redis.call('ZADD', KEYS[3], ARGV[1], ARGV[5]) end
if KEYS[4] ~= '' then redis.call('SET', KEYS[4], ARGV[5], 'EX', ARGV[2]) end
return ARGV[5]
"""
)

# Change fields only while the test exists, so an update racing a delete cannot
# resurrect a half hash; drop the cached plan when ARGV[1] says the journey changed;
# set (a time), remove ('-') or keep ('') its due time (ARGV[2]); index what changed
# (ARGV[4]) in the catalog; answer the whole hash.
_UPDATE = (
    CATALOG_LUA
    + """
if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
for i = 4, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 0 then return 'gone:' .. KEYS[i] end
end
if ARGV[1] == '1' then redis.call('DEL', KEYS[2]) end
if ARGV[2] == '-' then
  redis.call('ZREM', KEYS[3], ARGV[3])
elseif ARGV[2] ~= '' then
  redis.call('ZADD', KEYS[3], ARGV[2], ARGV[3])
end
redis.call('HSET', KEYS[1], unpack(ARGV, 5))
catalog_index(ARGV[3], cjson.decode(ARGV[4]))
return redis.call('HGETALL', KEYS[1])
"""
)

# Remove a test and everything it owns: the keys of each run its results list
# (`{ARGV[2…]}{run_id}`: detail, log; ids found in the records), its index and catalog
# entries and every per-test key.
# Reading 10,000 records takes Redis a few tens of milliseconds, once per delete.
_DELETE_BODY = """
for _, raw in ipairs(redis.call('ZRANGE', KEYS[4], 0, -1)) do
  local ok, record = pcall(cjson.decode, raw)
  if ok and type(record) == 'table' and type(record['run_id']) == 'string' then
    for i = 2, #ARGV do redis.call('DEL', ARGV[i] .. record['run_id']) end
  end
end
redis.call('SREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('DEL', unpack(KEYS, 4))
catalog_remove(ARGV[1])
return 1
"""
_DELETE = CATALOG_LUA + _DELETE_BODY

# Move a test to the trash: its hash, per-test keys (KEYS[5…]) and the keys of each run
# its results list become `trash:{key}` (a run's keep their expiry), then it leaves the
# live indexes as a delete does. The last argument says how to keep it (see `trash_arg`);
# the suites that list the test are noted, to list it again on restore. Answers 0 when it
# is gone already.
_TRASH = (
    CATALOG_LUA
    + TRASH_LUA
    + """
local t = cjson.decode(table.remove(ARGV))
if redis.call('EXISTS', KEYS[5]) == 0 then return 0 end
local moved = {}
for i = 5, #KEYS do moved[#moved + 1] = KEYS[i] end
for _, raw in ipairs(redis.call('ZRANGE', KEYS[4], 0, -1)) do
  local ok, record = pcall(cjson.decode, raw)
  if ok and type(record) == 'table' and type(record['run_id']) == 'string' then
    for i = 2, #ARGV do moved[#moved + 1] = ARGV[i] .. record['run_id'] end
  end
end
local suites = redis.call('SMEMBERS', t.suites)
trash_keep(t, moved)
if #suites > 0 then redis.call('HSET', t.item, 'suites', cjson.encode(suites)) end
"""
    + _DELETE_BODY
)

# When the built-in scheduler should next run a test; None: not at all (not indexed).
Due = float | None


def _flatten(fields: dict[str, str]) -> list[str]:
    return [item for pair in fields.items() for item in pair]


# The records a test may name, each kept while a test names it (see NamedStore's delete):
# a test is written only while they still exist, in the same script, so that a delete
# racing the write either sees the test or makes the write fail.
_USED = {"environment_id": keys.environment, "template_id": keys.template}


def _used(fields: dict[str, str]) -> list[str]:
    """The keys of the records these fields name."""
    return [record(fields[name]) for name, record in _USED.items() if fields.get(name)]


def _refuse_gone(answer: object) -> None:
    """Say which record a write named is gone (deleted meanwhile), if one is."""
    if isinstance(answer, str) and answer.startswith("gone:"):
        key = answer.removeprefix("gone:")
        field = next(name for name, record in _USED.items() if key.startswith(record("")))
        kind = field.removesuffix("_id")
        record_id = key.removeprefix(_USED[field](""))
        raise InvalidInput.of({field: f"no {kind} has the id '{record_id}'"})


def _insert_call(
    suite: TestSuiteResponse, due: Due, form_key: str | None
) -> tuple[list[str], list[str | int]]:
    """The keys and arguments of the insert script for one suite."""
    fields = suite.to_hash()
    # `id` first: the script indexes ARGV[5], the id's value.
    ordered = {"id": fields.pop("id"), **fields}
    form = keys.form_sent(form_key) if form_key else ""
    names = [keys.test(suite.id), keys.TESTS_ALL, keys.SCHEDULE_DUE, form, *_used(fields)]
    due_time = "" if due is None else repr(due)
    doc = catalog_doc(fields, new=True)
    return names, [due_time, FORM_SENT_TTL_S, doc, *_flatten(ordered)]


async def test_in_view(redis: Redis, test_id: str) -> bool:
    """Tell whether the test exists in the project in context (any, outside requests)."""
    fields = cast(list[str | None], await redis.hmget(keys.test(test_id), ["id", "project"]))
    return fields[0] is not None and visible_in(fields[1])


def _seen(fields: dict[str, str]) -> bool:
    """Tell whether a test's hash exists and is in view (see `projects.context`)."""
    return bool(fields) and visible_in(fields.get("project"))


class SuiteStore:
    """Read and write test suites; one round trip per call."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._insert = redis.register_script(_INSERT)
        self._update = redis.register_script(_UPDATE)
        self._delete = redis.register_script(_DELETE)
        self._trash = redis.register_script(_TRASH)

    async def insert(
        self, suite: TestSuiteResponse, *, due: Due, form_key: str | None = None
    ) -> str | None:
        """Store a new suite (in the due index at `due`); return its id, or None if taken.

        With `form_key`, a form already sent stores nothing and returns the id it made.
        """
        names, args = _insert_call(suite, due, form_key)
        stored = await self._insert(keys=names, args=args)
        _refuse_gone(stored)
        return None if stored is None else str(stored)

    async def insert_many(self, suites: list[tuple[TestSuiteResponse, Due]]) -> list[bool]:
        """Store new suites in one round trip, as `insert` does; False where its id was taken."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for suite, due in suites:
                names, args = _insert_call(suite, due, None)
                await self._insert(keys=names, args=args, client=pipe)
            answers = await pipe.execute()
        for answer in answers:
            _refuse_gone(answer)
        return [answer is not None for answer in answers]

    async def get(self, test_id: str) -> TestSuiteResponse | None:
        """Return the test; None if it does not exist or is another project's."""
        fields = cast(dict[str, str], await self.redis.hgetall(keys.test(test_id)))
        # Another project's test is answered as a missing one: its id must not leak.
        return TestSuiteResponse.from_hash(fields) if _seen(fields) else None

    async def visible(self, test_id: str) -> bool:
        """Tell whether the test exists in the project in context (any, outside requests)."""
        return await test_in_view(self.redis, test_id)

    async def get_many(self, test_ids: list[str]) -> list[TestSuiteResponse | None]:
        """Return the tests in the order asked, None where an id names none; one round trip."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for test_id in test_ids:
                pipe.hgetall(keys.test(test_id))
            hashes = await pipe.execute()
        return [TestSuiteResponse.from_hash(fields) if _seen(fields) else None for fields in hashes]

    async def list(self) -> list[TestSuiteResponse]:
        """Return every suite, newest first, reading all hashes in one pipelined round trip."""
        test_ids = cast(set[str], await self.redis.smembers(keys.TESTS_ALL))
        async with self.redis.pipeline(transaction=False) as pipe:
            for test_id in test_ids:
                pipe.hgetall(keys.test(test_id))
            hashes = await pipe.execute()
        suites = [TestSuiteResponse.from_hash(fields) for fields in hashes if _seen(fields)]
        suites.sort(key=lambda suite: (suite.created_at, suite.id), reverse=True)
        return suites

    async def update(
        self,
        test_id: str,
        changes: dict[str, str],
        *,
        drop_plan: bool = False,
        due: Due | Literal["unchanged"] = "unchanged",
    ) -> TestSuiteResponse | None:
        """Apply changes (and a new due time) to an existing suite; None when it does not exist."""
        if current_project() is not None and not await self.visible(test_id):
            return None
        due_arg = "" if due == "unchanged" else "-" if due is None else repr(due)
        flat = await self._update(
            keys=[keys.test(test_id), keys.plan(test_id), keys.SCHEDULE_DUE, *_used(changes)],
            args=[
                "1" if drop_plan else "0",
                due_arg,
                test_id,
                catalog_doc(changes, new=False),
                *_flatten(changes),
            ],
        )
        _refuse_gone(flat)
        if not flat:
            return None
        return TestSuiteResponse.from_hash(dict(zip(flat[::2], flat[1::2], strict=True)))

    async def delete(self, test_id: str) -> None:
        """Remove a suite, its runs' details and all its per-test keys in one step."""
        if current_project() is not None and not await self.visible(test_id):
            return
        indexes = [keys.TESTS_ALL, keys.SCHEDULE_DUE, keys.SCHEDULE_SKIPPED]
        await self._delete(
            keys=[*indexes, keys.results(test_id), *keys.per_test(test_id)],
            args=[test_id, *keys.PER_RUN_PREFIXES],
        )

    async def trash(self, test_id: str, actor: str) -> bool:
        """Move a test and its history to the trash in one step; False if it is gone already."""
        if current_project() is not None and not await self.visible(test_id):
            return False
        indexes = [keys.TESTS_ALL, keys.SCHEDULE_DUE, keys.SCHEDULE_SKIPPED]
        kept = json.loads(trash_arg("test", test_id, actor))
        kept["suites"] = keys.test_suites(test_id)
        answer = await self._trash(
            keys=[*indexes, keys.results(test_id), *keys.per_test(test_id)],
            args=[test_id, *keys.PER_RUN_PREFIXES, json.dumps(kept)],
        )
        return bool(answer)
