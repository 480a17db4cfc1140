"""The step editor's rows: a step as the form shows it, and the rows sent back as steps."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any, get_args
from urllib.parse import parse_qs

from fastapi import Request
from pydantic import ValidationError

from housecat.errors import InvalidInput, field_errors
from housecat.plan.models import CREDENTIALS, Action, Step, Target
from housecat.suites.steps import PinSteps

ACTIONS: tuple[str, ...] = get_args(Action)
# The kinds of element a target is most often; a step's own kind is offered too.
ROLES = (
    "button", "link", "textbox", "searchbox", "combobox", "checkbox", "radio", "option",
    "heading", "listitem", "row", "cell", "tab", "menuitem", "img", "alert", "dialog",
    "banner", "navigation", "main", "contentinfo", "region", "list", "table", "status",
    "switch", "spinbutton", "listbox", "tablist", "radiogroup", "group",
)  # fmt: skip


@dataclass(frozen=True)
class StepRow:
    """One step as the editor shows it; `value` holds the number of an expect_count."""

    action: str = "click"
    target: str = ""
    role: str = ""
    value: str = ""
    # Kept as they were, unseen: the words it came from, which one and where, a heading's
    # level, a sign-in's password
    phrase: str = ""
    nth: str = ""
    within: str = ""
    level: str = ""  # a heading's level ("1": the main heading)
    password: str = ""
    only_if: str = ""  # what the step waits on, as JSON; shown, not edited
    compare: str = ""  # how a URL, title or figure must match ("ends", "above"); kept
    only_if_enabled: str = ""  # "1": the step runs only if its element is enabled; kept
    status: str = ""  # the HTTP error an address must answer ("404"); kept, not edited

    @property
    def condition(self) -> str:
        """Say what an optional step waits on ("if a cookie banner is shown"), or nothing."""
        if not self.only_if:
            return ""
        if self.only_if_enabled:
            return "only if it is enabled"
        return "only if " + Target.model_validate_json(self.only_if).describe_shown() + " is shown"

    @classmethod
    def of(cls, step: Step) -> StepRow:
        target = step.target
        value = step.value or ""
        if step.action == "expect_count":  # ">= 3", "<= 10": a floor or a ceiling, kept
            value = (">= " if step.at_least else "<= " if step.at_most else "") + str(step.count)
        return cls(
            action=step.action,
            target=target.text if target else "",
            role=(target.role or "") if target else "",
            value=value,
            phrase=step.phrase,
            nth="" if target is None or target.nth is None else str(target.nth),
            within=(target.within or "") if target else "",
            level=str(target.level or "") if target else "",
            password=step.password or "",
            only_if=step.only_if.model_dump_json() if step.only_if else "",
            compare="" if step.compare == "contains" else step.compare,
            only_if_enabled="1" if step.only_if_enabled else "",
            status="" if step.status is None else str(step.status),
        )

    def as_step(self) -> dict[str, Any]:
        """The step the row stands for, as the API takes it (validated there)."""
        step: dict[str, Any] = {"action": self.action, "phrase": self.phrase}
        if self.target.strip():
            nth = self.nth.strip()
            step["target"] = {
                "text": self.target.strip(),
                "role": self.role or None,
                "nth": int(nth) if nth.lstrip("-").isdigit() else None,
                "within": self.within or None,
                # kept for a heading only: a row turned into a button is no level's
                "level": (self.level or None) if self.role == "heading" else None,
            }
        if self.action == "expect_count":
            count = self.value.strip()
            step["at_least"] = count.startswith(">=")
            step["at_most"] = count.startswith("<=")
            step["count"] = count.removeprefix(">=").removeprefix("<=").strip()
        elif self.value or self.action == "expect_value":  # an empty value: "the field is empty"
            step["value"] = self.value
        if self.action in CREDENTIALS:
            step["password"] = self.password or "{{password}}"
        if self.compare and self.action in {"expect_url", "expect_title", "expect_number"}:
            step["compare"] = self.compare
        if self.status and self.action == "goto":
            step["status"] = self.status  # a number, or refused where the step is validated
        if self.only_if:
            try:
                step["only_if"] = json.loads(self.only_if)
            except ValueError:
                step["only_if"] = self.only_if  # refused where the step is validated
            step["only_if_enabled"] = bool(self.only_if_enabled)
        return step


async def read_step_rows(request: Request) -> list[StepRow]:
    """Read the editor's rows, in the order the page lists them."""
    sent = parse_qs((await request.body()).decode(errors="replace"), keep_blank_values=True)
    count = len(sent.get("step_action", []))
    # A page from before a column existed sends none of it: blanks, not no rows at all
    columns = [sent.get(f"step_{field.name}", [""] * count) for field in fields(StepRow)]
    return [StepRow(*values) for values in zip(*columns, strict=False)]


def pin_request(rows: list[StepRow]) -> PinSteps:
    """Build the steps to pin, or raise InvalidInput saying which step is wrong, and how."""
    try:
        return PinSteps.model_validate({"steps": [row.as_step() for row in rows]})
    except ValidationError as exc:
        raise InvalidInput.of(field_errors(exc.errors())) from None


def step_errors(exc: InvalidInput) -> list[str]:
    """Say each problem the way the editor numbers steps: 'Step 2: fill needs a value'."""
    said = []
    for name, message in exc.fields.items():
        parts = name.split(".")
        if parts[0] == "steps" and len(parts) > 1 and parts[1].isdigit():
            said.append(f"Step {int(parts[1]) + 1}: {message}")
        elif name == "steps" and "at least 1" in message:
            said.append("Keep at least one step.")
        else:
            said.append(message)
    return said or [exc.message]
