"""Where an execution's tests run: the environment's URL and values, the browser's options."""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis

from housecat.browser_configs.context import context_options
from housecat.browser_configs.models import BrowserConfig
from housecat.browser_configs.store import browser_config_store
from housecat.environments.models import Environment
from housecat.environments.resolve import merged_values, resolve_url
from housecat.environments.store import environment_store
from housecat.errors import InvalidInput
from housecat.executions.models import Execution
from housecat.executions.runner import Placing
from housecat.named.store import present
from housecat.runs.service import Where
from housecat.suites.models import TestSuiteResponse


class Places:
    """Read an execution's environment and browser configuration from Redis."""

    def __init__(self, redis: Redis) -> None:
        self.environments = environment_store(redis)
        self.browser_configs = browser_config_store(redis)

    async def environment(self, environment_id: str | None) -> Environment | None:
        """Return the environment, None for none; one that is gone is bad input."""
        if environment_id is None:
            return None
        fields = await self.environments.get(environment_id)
        if fields is None:
            message = f"no environment has the id '{environment_id}'"
            raise InvalidInput.of({"environment_id": message})
        return Environment.from_hash(present(fields))

    async def browser_config(self, config_id: str | None) -> BrowserConfig | None:
        if config_id is None:
            return None
        fields = await self.browser_configs.get(config_id)
        if fields is None:
            message = f"no browser configuration has the id '{config_id}'"
            raise InvalidInput.of({"browser_config_id": message})
        return BrowserConfig.from_hash(present(fields))

    async def placing(self, execution: Execution) -> Placing:
        chosen = await self.environment(execution.environment_id)
        config = await self.browser_config(execution.browser_config_id)
        options: dict[str, Any] | None = context_options(config) if config else None

        async def where(test: TestSuiteResponse) -> Where:
            # The execution's environment, else the test's own (a path URL needs one).
            environment = chosen or await self.environment(test.environment_id)
            try:
                url = resolve_url(test.url, environment)
            except ValueError as exc:  # a path, with no environment to resolve it in
                raise InvalidInput(str(exc)) from None
            values = merged_values(environment, test.variables, test.secret_values())
            return Where(url, values, options, own=False)

        return where

    async def environment_of(self, environment_id: str) -> Environment | None:
        """The environment, or None once it is gone (a test's own runs then say so)."""
        fields = await self.environments.get(environment_id)
        return Environment.from_hash(present(fields)) if fields else None
