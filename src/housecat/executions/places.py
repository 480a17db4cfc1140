"""Where an execution's tests run: the environment's URL and values, the browser's options."""

from __future__ import annotations

from housecat.executions.models import Execution
from housecat.executions.runner import Placing
from housecat.runs.service import Where
from housecat.suites.models import TestSuiteResponse
from housecat.suites.values import values_for


class OwnPlaces:
    """Each test at its own URL with its own values, in the default browser."""

    async def placing(self, execution: Execution) -> Placing:
        def where(test: TestSuiteResponse) -> Where:
            return Where(test.url, values_for(test))

        return where
