"""Location names: the place a worker probes from, and the queue its runs travel on."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

# Where runs happen when nobody names a place: every worker and test before locations.
DEFAULT_LOCATION = "default"
# The default location's queue keeps the name it had before there were locations.
DEFAULT_QUEUE = "runs"
LOCATIONS_MAX = 16
NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")
NAME_PATTERN = NAME.pattern


def check_name(value: str) -> str:
    """Accept a location name: a short lowercase slug."""
    if not NAME.fullmatch(value):
        raise ValueError(
            "a location is 1 to 32 lowercase letters, digits, '-' and '_', starting with a "
            "letter or digit"
        )
    return value


def _distinct(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


LocationName = Annotated[
    str,
    Field(min_length=1, max_length=32, description="A place workers probe from, e.g. `eu-west`"),
    AfterValidator(check_name),
]
Locations = Annotated[
    list[LocationName],
    Field(
        max_length=LOCATIONS_MAX,
        description="Where the test runs from, each slot once per location; [] = the "
        "`default` location. A repeated name counts once",
    ),
    AfterValidator(_distinct),
]
AlertQuorum = Annotated[
    int,
    Field(
        ge=1,
        le=LOCATIONS_MAX,
        description="Alert when at least this many of the test's locations fail (at most "
        "as many as it has)",
    ),
]


def queue_name(location: str) -> str:
    """Name the job queue a location's workers take runs from."""
    return DEFAULT_QUEUE if location == DEFAULT_LOCATION else f"{DEFAULT_QUEUE}-{location}"


def places(locations: list[str]) -> list[str]:
    """Return where a test runs: its locations, or the default one when it names none."""
    return locations or [DEFAULT_LOCATION]


def quorum_problem(locations: list[str], quorum: int) -> str | None:
    """Say why a quorum cannot be met by these locations, if it cannot."""
    count = len(places(locations))
    if quorum > count:
        return f"alert_quorum is {quorum} but the test runs from {count} location(s)"
    return None
