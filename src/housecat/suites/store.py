"""Test suites in Redis: the `test:{id}` hashes and the `tests:all` index."""

from __future__ import annotations

from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.suites.models import TestSuiteResponse

FORM_SENT_TTL_S = 86_400  # a form left open longer than a day is sent as a new one

# Insert only when the id is new, and index it in the same step: nothing half-written.
# With a form's key (KEYS[3]), a form already sent answers the id of the test it made.
_INSERT = """
if KEYS[3] then
  local made = redis.call('GET', KEYS[3])
  if made then return made end
end
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
redis.call('SADD', KEYS[2], ARGV[3])
if KEYS[3] then redis.call('SET', KEYS[3], ARGV[3], 'EX', ARGV[1]) end
return ARGV[3]
"""

# Change fields only while the test exists, so an update racing a delete cannot
# resurrect a half hash; drop the cached plan when ARGV[1] says the journey changed;
# answer the whole hash as it now is.
_UPDATE = """
if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
if ARGV[1] == '1' then redis.call('DEL', KEYS[2]) end
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
return redis.call('HGETALL', KEYS[1])
"""


def _flatten(fields: dict[str, str]) -> list[str]:
    return [item for pair in fields.items() for item in pair]


class SuiteStore:
    """Read and write test suites; one round trip per call."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._insert = redis.register_script(_INSERT)
        self._update = redis.register_script(_UPDATE)

    async def insert(self, suite: TestSuiteResponse, *, form_key: str | None = None) -> str | None:
        """Store a new suite and return its id; None when the id is already taken.

        With `form_key`, a form already sent stores nothing and returns the id it made.
        """
        fields = suite.to_hash()
        # `id` first: the script indexes ARGV[3], the id's value.
        ordered = {"id": fields.pop("id"), **fields}
        names = [keys.test(suite.id), keys.TESTS_ALL]
        if form_key:
            names.append(keys.form_sent(form_key))
        stored = await self._insert(keys=names, args=[FORM_SENT_TTL_S, *_flatten(ordered)])
        return None if stored is None else str(stored)

    async def get(self, test_id: str) -> TestSuiteResponse | None:
        fields = cast(dict[str, str], await self.redis.hgetall(keys.test(test_id)))
        return TestSuiteResponse.from_hash(fields) if fields else None

    async def list(self) -> list[TestSuiteResponse]:
        """Return every suite, newest first, reading all hashes in one pipelined round trip."""
        test_ids = cast(set[str], await self.redis.smembers(keys.TESTS_ALL))
        async with self.redis.pipeline(transaction=False) as pipe:
            for test_id in test_ids:
                pipe.hgetall(keys.test(test_id))
            hashes = await pipe.execute()
        suites = [TestSuiteResponse.from_hash(fields) for fields in hashes if fields]
        suites.sort(key=lambda suite: (suite.created_at, suite.id), reverse=True)
        return suites

    async def update(
        self, test_id: str, changes: dict[str, str], *, drop_plan: bool = False
    ) -> TestSuiteResponse | None:
        """Apply changes to an existing suite; None when it does not exist."""
        flat = await self._update(
            keys=[keys.test(test_id), keys.plan(test_id)],
            args=["1" if drop_plan else "0", *_flatten(changes)],
        )
        if not flat:
            return None
        return TestSuiteResponse.from_hash(dict(zip(flat[::2], flat[1::2], strict=True)))

    async def delete(self, test_id: str) -> bool:
        """Remove a suite with all its per-test keys in one transaction."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.srem(keys.TESTS_ALL, test_id)
            pipe.delete(*keys.per_test(test_id))
            pipe.zrem(keys.SCHEDULE_DUE, test_id)
            pipe.hdel(keys.SCHEDULE_SKIPPED, test_id)
            removed_from_index, *_ = await pipe.execute()
        return bool(removed_from_index)
