"""The create/edit test form: what it holds, how it reads back, and its errors per field."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, replace
from typing import TypeVar
from urllib.parse import parse_qs

from fastapi import Request
from pydantic import BaseModel, ValidationError

from housecat.errors import InvalidInput, field_errors
from housecat.plan.variables import MASK
from housecat.suites.fields import DEFAULT_SCHEDULE
from housecat.suites.models import TestSuiteResponse
from housecat.urls import is_path
from housecat.web.pages.value_rows import Rows, named, read_rows, row_problem

CUSTOM = "custom"
SCHEDULES = (
    ("*/5 * * * *", "Every 5 minutes"),
    ("*/15 * * * *", "Every 15 minutes"),
    ("*/30 * * * *", "Every 30 minutes"),
    ("0 * * * *", "Every hour"),
    ("0 */6 * * *", "Every 6 hours"),
    ("0 */12 * * *", "Every 12 hours"),
    ("0 9 * * *", "Daily"),
)
PRESETS = {cron for cron, _ in SCHEDULES}
REQUIRED = {
    "name": "Give the test a name.",
    "url": "Enter the page to start from.",
    "goal": "Say what a visitor does, in plain English.",
}
FORM_FIELDS = {"name", "url", "goal", "schedule", "alert_webhook", "alert_channels"}
FORM_FIELDS |= {"variables", "secrets", "planner", "executor", "model_budget_usd"}
FORM_FIELDS |= {"environment_id"}
PATH_NEEDS_ENVIRONMENT = (
    "A path opens after an environment's base URL: choose the environment below,"
    " or enter a whole URL (https://…)."
)
EXECUTORS = (
    ("browser", "HouseCat's browser"),
    ("tinyfish", "TinyFish's agent (remote)"),
)
FORM_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")
Model = TypeVar("Model", bound=BaseModel)


async def read_form(request: Request) -> dict[str, str]:
    """Decode an urlencoded form body (first value of each field)."""
    # htmx and plain forms both send urlencoded bodies, so no multipart parser is needed.
    fields = parse_qs((await request.body()).decode(errors="replace"), keep_blank_values=True)
    return {name: values[0] for name, values in fields.items()}


def _dollars(amount: float | None) -> str:
    return "" if amount is None else f"{amount:g}"


@dataclass(frozen=True)
class TestForm:
    """The fields of the test dialog, as typed."""

    __test__ = False

    name: str = ""
    url: str = ""
    goal: str = ""
    choice: str = DEFAULT_SCHEDULE
    cron: str = ""
    alert_webhook: str = ""
    alert_channels: str = ""
    # Names this filling-in of the create form: sent twice, it still makes one test.
    form_key: str = ""
    variables: Rows = ()
    secrets: Rows = ()  # a stored secret reads as the mask, which sent back keeps it
    planner: str = "auto"
    executor: str = "browser"
    model_budget_usd: str = ""  # blank: no budget of the test's own
    environment_id: str = ""  # blank: none; its URL is then a whole one

    @classmethod
    async def read(cls, request: Request) -> TestForm:
        """Read the form a person sent, rows of variables and secrets included."""
        rows = await read_rows(request)
        form = cls.from_fields(await read_form(request))
        return replace(form, variables=rows["variables"], secrets=rows["secrets"])

    @classmethod
    def from_fields(cls, fields: dict[str, str]) -> TestForm:
        return cls(
            name=fields.get("name", ""),
            url=fields.get("url", ""),
            goal=fields.get("goal", ""),
            choice=fields.get("schedule", DEFAULT_SCHEDULE),
            cron=fields.get("cron", ""),
            alert_webhook=fields.get("alert_webhook", ""),
            alert_channels=fields.get("alert_channels", ""),
            form_key=fields.get("form_key", ""),
            planner=fields.get("planner", "auto"),
            executor=fields.get("executor", "browser"),
            model_budget_usd=fields.get("model_budget_usd", ""),
            environment_id=fields.get("environment_id", ""),
        )

    @classmethod
    def from_suite(cls, suite: TestSuiteResponse) -> TestForm:
        preset = suite.schedule in PRESETS
        return cls(
            name=suite.name,
            url=suite.url,
            goal=suite.goal,
            choice=suite.schedule if preset else CUSTOM,
            cron="" if preset else suite.schedule,
            alert_webhook=suite.alert_webhook or "",
            alert_channels="\n".join(suite.alert_channels),
            variables=tuple(suite.variables.items()),
            secrets=tuple((name, MASK) for name in suite.secrets),
            planner=suite.planner,
            executor=suite.executor,
            model_budget_usd=_dollars(suite.model_budget_usd),
            environment_id=suite.environment_id or "",
        )

    @property
    def schedule(self) -> str:
        return self.cron if self.choice == CUSTOM else self.choice

    def body(self) -> dict[str, object]:
        """Return the request body the API would take for this form."""
        channels = [line.strip() for line in self.alert_channels.splitlines() if line.strip()]
        return {
            "name": self.name,
            "url": self.url,
            "goal": self.goal,
            "schedule": self.schedule,
            "alert_webhook": self.alert_webhook,
            "alert_channels": channels,
            "variables": named(self.variables),
            "secrets": named(self.secrets),
            "planner": self.planner,
            "executor": self.executor,
            "model_budget_usd": self.model_budget_usd.strip() or None,
            "environment_id": self.environment_id.strip() or None,
        }

    def validated(self, model: type[Model]) -> Model:
        """Build `model` from the form, or raise InvalidInput naming every bad field."""
        missing = {
            name: message
            for name, message in REQUIRED.items()
            if not str(getattr(self, name)).strip()
        }
        if is_path(self.url.strip()) and not self.environment_id.strip():
            missing["url"] = PATH_NEEDS_ENVIRONMENT
        if self.choice == CUSTOM and not self.cron.strip():
            missing["schedule"] = "Enter a cron expression, e.g. */10 * * * *"
        for kind in ("variables", "secrets"):
            problem = row_problem(getattr(self, kind))
            if problem:
                missing[kind] = problem
        if self.form_key and not FORM_KEY.fullmatch(self.form_key):
            missing["form"] = "This form was altered; close it and open it again."
        try:
            validated = model.model_validate(self.body())
        except ValidationError as exc:
            raise InvalidInput.of(field_errors(exc.errors()) | missing) from None
        if missing:
            raise InvalidInput.of(missing)
        return validated


def new_form_key() -> str:
    """Return a fresh key for one filling-in of the create form."""
    return secrets.token_urlsafe(16)


def form_errors(exc: InvalidInput) -> dict[str, str]:
    """Place each error by the form field it belongs to; the rest go on the whole form."""
    errors: dict[str, str] = {}
    for name, message in exc.fields.items():
        field, _, index = name.partition(".")
        if field == "alert_channels" and index.isdigit():
            message = f"line {int(index) + 1}: {message}"
        errors.setdefault(field if field in FORM_FIELDS else "form", message)
    if not errors:
        errors["form"] = exc.message
    return errors
