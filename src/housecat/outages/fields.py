"""The `depends_on` field of a test: the ids of the tests it depends on."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

PARENTS_MAX = 20
ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"


def _distinct(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


DependsOn = Annotated[
    list[Annotated[str, Field(pattern=ID_PATTERN)]],
    Field(
        max_length=PARENTS_MAX,
        description="Ids of the tests this one depends on: while any of them is down, this "
        "test's failures are recorded but do not alert",
    ),
    AfterValidator(_distinct),
]
