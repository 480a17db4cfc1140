"""A test's hand-edited steps in its `test:{id}` hash, and the cached plan they replace."""

from __future__ import annotations

import json
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.plan.models import Plan, Step
from housecat.suites.models import TestSuiteResponse, steps_json

# Pin (or unpin) only while the test exists; the cached plan goes in the same step, so no
# run replays locators learned from steps that are no longer the test's.
_PIN = """
if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
redis.call('DEL', KEYS[2])
if ARGV[1] == '' then redis.call('HDEL', KEYS[1], 'steps') end
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'steps', ARGV[1]) end
return redis.call('HGETALL', KEYS[1])
"""


class StepStore:
    """Pin steps on a test, unpin them, and read the plan its last good run cached."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._pin = redis.register_script(_PIN)

    async def pin(
        self, test_id: str, steps: list[Step], secrets: dict[str, str], when: str
    ) -> TestSuiteResponse | None:
        """Keep these steps as the test's plan; None when the test does not exist."""
        fields = {"pinned": "True", "secrets": json.dumps(secrets), "updated_at": when}
        return await self._write(test_id, steps_json(steps), fields)

    async def unpin(self, test_id: str, when: str) -> TestSuiteResponse | None:
        """Let the goal be read again; None when the test does not exist."""
        return await self._write(test_id, "", {"pinned": "False", "updated_at": when})

    async def cached_plan(self, test: TestSuiteResponse) -> Plan | None:
        """Return the plan the test's last good run cached, if it is for its goal."""
        raw = cast(str | None, await self.redis.get(keys.plan(test.id)))
        plan = Plan.model_validate_json(raw) if raw else None
        return plan if plan is not None and plan.goal == test.goal else None

    async def _write(
        self, test_id: str, steps: str, fields: dict[str, str]
    ) -> TestSuiteResponse | None:
        flat = [item for pair in fields.items() for item in pair]
        reply = await self._pin(keys=[keys.test(test_id), keys.plan(test_id)], args=[steps, *flat])
        if not reply:
            return None
        return TestSuiteResponse.from_hash(dict(zip(reply[::2], reply[1::2], strict=True)))
