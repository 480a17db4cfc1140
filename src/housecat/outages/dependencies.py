"""Tests a test depends on: checked when set, and asked whether any is down when it fails."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.alerts.policy import FAILING_RESULTS
from housecat.errors import InvalidInput
from housecat.projects.context import visible


@dataclass(frozen=True)
class Parent:
    """A test another depends on, as an alert decision sees it."""

    id: str
    name: str


class Dependencies:
    """Check the tests a test names as parents; tell which of them are down."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def check(self, test_id: str | None, parents: list[str]) -> None:
        """Refuse the test itself, a test that does not exist, and a cycle."""
        if test_id is not None and test_id in parents:
            raise InvalidInput.of({"depends_on": "a test cannot depend on itself"})
        async with self.redis.pipeline(transaction=False) as pipe:
            for parent in parents:
                pipe.hmget(keys.test(parent), ["id", "project"])
            found = cast(list[list[str | None]], await pipe.execute())
        # Another project's test is as unknown here as one that does not exist.
        unknown = [
            parent
            for parent, (exists, project) in zip(parents, found, strict=True)
            if exists is None or not visible(project)
        ]
        if unknown:
            named = ", ".join(f"'{parent}'" for parent in unknown)
            raise InvalidInput.of({"depends_on": f"no test has the id {named}"})
        if test_id is not None:
            path = await self._path(parents, test_id)
            if path:
                cycle = " → ".join([test_id, *path])
                raise InvalidInput.of({"depends_on": f"that makes a cycle: {cycle}"})

    async def _path(self, parents: list[str], target: str) -> list[str]:
        """Return a chain of dependencies from one of `parents` to `target`; [] if none."""
        came_from: dict[str, str | None] = dict.fromkeys(parents)
        frontier = list(parents)
        while frontier:
            async with self.redis.pipeline(transaction=False) as pipe:
                for test_id in frontier:
                    pipe.hget(keys.test(test_id), "depends_on")
                raw = cast(list[str | None], await pipe.execute())
            next_frontier = []
            for test_id, stored in zip(frontier, raw, strict=True):
                for parent in json.loads(stored) if stored else []:
                    if parent in came_from:
                        continue
                    came_from[parent] = test_id
                    if parent == target:
                        return _chain(came_from, parent)
                    next_frontier.append(parent)
            frontier = next_frontier
        return []

    async def down(self, parents: list[str]) -> list[Parent]:
        """Return the parents that are down: last result failing, or an outage open."""
        if not parents:
            return []
        async with self.redis.pipeline(transaction=False) as pipe:
            for parent in parents:
                pipe.hmget(keys.test(parent), ["name", "last_result"])
                pipe.lindex(keys.outages(parent), 0)
            raw = await pipe.execute()
        down = []
        for parent, (name, result), latest in zip(parents, raw[::2], raw[1::2], strict=True):
            if name is None:
                continue  # deleted since: it holds nothing back
            open_outage = latest is not None and json.loads(latest).get("closed_at") is None
            if result in FAILING_RESULTS or open_outage:
                down.append(Parent(parent, name))
        return down


def _chain(came_from: dict[str, str | None], last: str) -> list[str]:
    chain = [last]
    step = came_from[last]
    while step is not None:
        chain.append(step)
        step = came_from[step]
    return list(reversed(chain))
