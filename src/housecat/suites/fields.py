"""Field types shared by every request that names a target, a goal or a schedule."""

from __future__ import annotations

import json
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field

from housecat.errors import GoalNotUnderstood
from housecat.plan.read import read_goal
from housecat.schedule.cron import parse_cron, spelled_out
from housecat.urls import http_url

NAME_MAX = 100
GOAL_MAX = 4000
URL_MAX = 2048
DEFAULT_SCHEDULE = "*/15 * * * *"


def _cron(value: str) -> str:
    parse_cron(value)
    return spelled_out(value)


def _plannable(value: str) -> str:
    try:
        read_goal(value)
    except GoalNotUnderstood as exc:
        raise ValueError(exc.message) from None
    return value


def _json_list(value: object) -> object:
    """Read a list stored as JSON text in a Redis hash."""
    if isinstance(value, str):
        return json.loads(value) if value.strip() else []
    return value


def _blank_is_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


Name = Annotated[str, Field(min_length=1, max_length=NAME_MAX, description="Test suite name")]
Goal = Annotated[
    str,
    Field(min_length=1, max_length=GOAL_MAX, description="What a visitor does, in plain English"),
    AfterValidator(_plannable),
]
TargetUrl = Annotated[
    str, Field(max_length=URL_MAX, description="Target URL to test"), AfterValidator(http_url)
]
Schedule = Annotated[
    str,
    Field(
        description="Cron expression: 5 fields or a shortcut (@hourly, @daily, @weekly, "
        "@monthly, @yearly; stored as its 5 fields), optional 'CRON_TZ=Area/City ' prefix"
    ),
    AfterValidator(_cron),
]
Webhook = Annotated[
    Annotated[str, Field(max_length=URL_MAX), AfterValidator(http_url)] | None,
    BeforeValidator(_blank_is_none),
    Field(description="Webhook URL for failure alerts; empty clears it"),
]
Retries = Annotated[
    int, Field(ge=0, le=5, description="Re-runs of a failed run before it counts as failed")
]
ReminderMinutes = Annotated[
    int,
    Field(ge=0, le=10_080, description="While failing, alert again every N minutes (0: never)"),
]
Channels = Annotated[
    list[Annotated[str, Field(min_length=1, max_length=URL_MAX)]],
    BeforeValidator(_json_list),
    Field(max_length=10, description="Apprise URLs to alert (Slack, Discord, e-mail, ntfy, …)"),
]
