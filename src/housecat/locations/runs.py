"""Where a run that is not a scheduled slot goes: a manual run runs at one location."""

from __future__ import annotations

from housecat.errors import InvalidInput
from housecat.locations.names import places
from housecat.suites.models import TestSuiteResponse


def manual_location(test: TestSuiteResponse, asked: str | None = None) -> str:
    """Return the location a manual run goes to: the one asked for, else the test's first."""
    where = places(test.locations)
    if asked is None:
        return where[0]
    if asked not in where:
        listed = ", ".join(where)
        raise InvalidInput.of({"location": f"the test runs from {listed}, not '{asked}'"})
    return asked
