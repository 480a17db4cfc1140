"""What a store holds, counted: to say what a command would replace or delete."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.errors import Conflict


@dataclass(frozen=True)
class Contents:
    """The things a person made in a store, and every key it has."""

    tests: int
    runs: int
    suites: int
    environments: int
    browser_configs: int
    executions: int
    keys: int

    @property
    def holds_data(self) -> bool:
        """Whether anything a person made is there (the job queue's bookkeeping is not)."""
        made = (self.tests, self.suites, self.environments, self.browser_configs)
        return any(made) or self.executions > 0

    def describe(self) -> str:
        """Say it in words: '8 tests, 1,703 runs, 2 suites'; 'no tests' when empty."""
        counts = [
            (self.tests, "test"),
            (self.runs, "run"),
            (self.suites, "suite"),
            (self.environments, "environment"),
            (self.browser_configs, "browser configuration"),
            (self.executions, "execution"),
        ]
        said = [f"{count:,} {noun}{'' if count == 1 else 's'}" for count, noun in counts if count]
        return ", ".join(said) or "no tests"


async def contents_of(redis: Redis) -> Contents:
    """Count what the store holds, in two round trips."""
    async with redis.pipeline(transaction=False) as pipe:
        pipe.smembers(keys.TESTS_ALL)
        pipe.scard(keys.SUITES_ALL)
        pipe.scard(keys.ENVIRONMENTS_ALL)
        pipe.scard(keys.BROWSER_CONFIGS_ALL)
        pipe.zcard(keys.EXECUTIONS_ALL)
        pipe.dbsize()
        test_ids, suites, environments, configs, executions, size = await pipe.execute()
    async with redis.pipeline(transaction=False) as pipe:
        for test_id in cast(set[str], test_ids):
            pipe.zcard(keys.results(test_id))
        runs = sum(await pipe.execute())
    return Contents(len(test_ids), runs, suites, environments, configs, executions, size)


@dataclass(frozen=True)
class Files:
    count: int
    bytes: int

    def describe(self) -> str:
        return f"{self.count:,} file{'' if self.count == 1 else 's'} ({self.bytes / 1e6:.1f} MB)"


def files_in(directory: Path) -> Files:
    """Count the files under a directory (none if it does not exist)."""
    count = size = 0
    for folder, _, names in os.walk(directory):
        for name in names:
            try:
                size += (Path(folder) / name).stat().st_size
            except OSError:
                continue  # removed while we looked
            count += 1
    return Files(count, size)


class StoreNotEmpty(Conflict):
    """The store holds someone's data, which the command would mix with or replace."""

    def __init__(self, contents: Contents) -> None:
        super().__init__(f"the store already holds {contents.describe()}")
        self.contents = contents
