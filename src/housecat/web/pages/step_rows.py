"""The step editor's rows: a step as the form shows it, and the rows sent back as steps."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, get_args
from urllib.parse import parse_qs

from fastapi import Request
from pydantic import ValidationError

from housecat.errors import InvalidInput, field_errors
from housecat.plan.models import Action, Step
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
    # Kept as they were, unseen: the words it came from, which one and where, a sign-in's password
    phrase: str = ""
    nth: str = ""
    within: str = ""
    password: str = ""

    @classmethod
    def of(cls, step: Step) -> StepRow:
        target = step.target
        value = str(step.count) if step.action == "expect_count" else step.value or ""
        return cls(
            action=step.action,
            target=target.text if target else "",
            role=(target.role or "") if target else "",
            value=value,
            phrase=step.phrase,
            nth="" if target is None or target.nth is None else str(target.nth),
            within=(target.within or "") if target else "",
            password=step.password or "",
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
            }
        if self.action == "expect_count":
            step["count"] = self.value.strip()
        elif self.value or self.action == "expect_value":  # an empty value: "the field is empty"
            step["value"] = self.value
        if self.action == "sign_in":
            step["password"] = self.password or "{{password}}"
        return step


async def read_step_rows(request: Request) -> list[StepRow]:
    """Read the editor's rows, in the order the page lists them."""
    sent = parse_qs((await request.body()).decode(errors="replace"), keep_blank_values=True)
    columns = [sent.get(f"step_{field.name}", []) for field in fields(StepRow)]
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
