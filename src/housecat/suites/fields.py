"""Field types shared by every request that names a target, a goal or a schedule."""

from __future__ import annotations

import json
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

from housecat.errors import GoalNotUnderstood
from housecat.plan.names import BUILT_IN
from housecat.plan.read import read_goal
from housecat.plan.variables import VALID_NAME
from housecat.schedule.cron import parse_cron, spelled_out
from housecat.suites.defaults import DEFAULT_SCHEDULE as DEFAULT_SCHEDULE
from housecat.urls import http_url, page_url

NAME_MAX = 100
GOAL_MAX = 4000
URL_MAX = 2048
VALUES_MAX = 50  # variables, and secrets, a test may have
VALUE_MAX = 2000
DESCRIPTION_MAX = 2000
CATEGORY_MAX = 100
TAGS_MAX = 20
TAG_MAX = 40


def _cron(value: str) -> str:
    parse_cron(value)
    return spelled_out(value)


def _plannable(value: str) -> str:
    try:
        read_goal(value)
    except GoalNotUnderstood as exc:
        raise ValueError(exc.message) from None
    return value


def json_list(value: object) -> object:
    """Read a list stored as JSON text in a Redis hash."""
    if isinstance(value, str):
        return json.loads(value) if value.strip() else []
    return value


def json_dict(value: object) -> object:
    """Read a dict stored as JSON text in a Redis hash ("" or none: empty)."""
    if value is None:
        return {}
    if isinstance(value, str):
        return json.loads(value) if value.strip() else {}
    return value


def _named(values: dict[str, str]) -> dict[str, str]:
    """Refuse a name `{{name}}` cannot spell, a built-in name, or a value too long."""
    for name, value in values.items():
        shown = name if len(name) <= 70 else name[:67] + "..."
        if not VALID_NAME.fullmatch(name):
            raise ValueError(
                f"'{shown}' is not a valid name: use letters, digits, '_', '-' and '.', "
                "starting with a letter or '_' (at most 64 characters)"
            )
        if name in BUILT_IN:
            raise ValueError(f"'{name}' is built in: {{{{{name}}}}} is {BUILT_IN[name]}")
        if len(value) > VALUE_MAX:
            raise ValueError(f"the value of '{name}' is longer than {VALUE_MAX} characters")
    return values


def _blank_is_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


Name = Annotated[str, Field(min_length=1, max_length=NAME_MAX, description="Test suite name")]
Goal = Annotated[
    str,
    Field(min_length=1, max_length=GOAL_MAX, description="What a visitor does, in plain English"),
    AfterValidator(_plannable),
]
# A goal as text only: whether it must be understood is for the service to say.
GoalText = Annotated[
    str,
    Field(min_length=1, max_length=GOAL_MAX, description="What a visitor does, in plain English"),
]
TargetUrl = Annotated[
    str, Field(max_length=URL_MAX, description="Target URL to test"), AfterValidator(http_url)
]
# A test's URL: whole, or a path resolved against its environment's base URL.
PageUrl = Annotated[
    str,
    Field(
        max_length=URL_MAX,
        description="Target URL to test, or a path ('/login') after its environment's base URL",
    ),
    AfterValidator(page_url),
]
EnvironmentRef = Annotated[
    str | None,
    Field(max_length=100, description="The environment a path URL is resolved in, by id"),
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
Planner = Annotated[
    Literal["auto", "builtin", "model"],
    Field(
        description="Who compiles the goal: 'auto' (the built-in reader, and a model for what "
        "it cannot read), 'builtin' (never a model) or 'model'"
    ),
]


def _not_a_bool(value: object) -> object:
    if isinstance(value, bool):  # JSON's true is no number of dollars
        raise ValueError("must be a number of US dollars")
    return value


ModelBudget = Annotated[
    Annotated[float, Field(ge=0, le=1_000_000, allow_inf_nan=False)] | None,
    BeforeValidator(_not_a_bool),
    Field(
        description="US dollars a day this test may spend on a model (compiling, healing, "
        "diagnosing); at that, model use stops, never the run. Null: no budget of its own",
    ),
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
    BeforeValidator(json_list),
    Field(max_length=10, description="Apprise URLs to alert (Slack, Discord, e-mail, ntfy, …)"),
]
# Values are kept exactly as typed: a password may well begin or end with a space.
_Value = Annotated[str, StringConstraints(strip_whitespace=False)]
Variables = Annotated[
    dict[str, _Value],
    Field(max_length=VALUES_MAX, description="Values for {{name}} in the goal and URL"),
    AfterValidator(_named),
]
Secrets = Annotated[
    dict[str, _Value],
    Field(
        max_length=VALUES_MAX,
        description="Write-only values for {{name}}; answered as '••••••••', which sent back "
        "keeps the stored value",
    ),
    AfterValidator(_named),
]
StoredValues = Annotated[dict[str, str], BeforeValidator(json_dict)]
Executor = Annotated[
    Literal["browser", "tinyfish"],
    Field(
        description="Who runs the test: 'browser' (HouseCat's Chromium, the goal read into "
        "steps) or 'tinyfish' (TinyFish's remote agent, needs TINYFISH_API_KEY)"
    ),
]


def _tag(value: str) -> str:
    if not TAG.fullmatch(value):
        raise ValueError(
            "a tag is 1 to 40 lowercase letters, digits, '-' and '_', starting with a letter "
            "or digit"
        )
    return value


def _distinct(values: list[str]) -> list[str]:
    """Keep the first of each repeated value: a tag named twice is one tag."""
    return list(dict.fromkeys(values))


def none_is_empty(value: object) -> object:
    """Read a hash's '' (from_hash made it None) as an empty string."""
    return "" if value is None else value


def none_is_empty_list(value: object) -> object:
    """Read a hash's JSON list, '' (from_hash made it None) being an empty one."""
    return [] if value is None else json_list(value)


TAG = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
Tag = Annotated[
    str,
    Field(
        min_length=1,
        max_length=TAG_MAX,
        description="A short slug: lowercase letters, digits, '-' and '_'",
    ),
    AfterValidator(_tag),
]
Description = Annotated[
    str, Field(max_length=DESCRIPTION_MAX, description="What the test is for, in a few sentences")
]
Category = Annotated[
    str, Field(max_length=CATEGORY_MAX, description="One category, e.g. 'Checkout'; '' for none")
]
Tags = Annotated[
    list[Tag],
    Field(max_length=TAGS_MAX, description="Short slugs to filter by; a repeated tag counts once"),
    AfterValidator(_distinct),
]
