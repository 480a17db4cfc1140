"""How a goal reads, shown as it is typed ("Read as: …") in the test dialog and Run a test."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from housecat.errors import GoalNotUnderstood
from housecat.plan.preview import preview
from housecat.plan.read import read
from housecat.web.pages.forms import read_form
from housecat.web.pages.routing import page_router
from housecat.web.pages.templating import templates
from housecat.web.pages.value_rows import named, read_rows

router = page_router()
# Which reading panel each form's goal field updates.
PANELS = {"test": "test-goal-reading", "run": "run-goal-reading"}


def reading_context(goal: str, given: Iterable[str] = (), *, panel: str) -> dict[str, Any]:
    """Read the goal without a browser: its steps, the names it lacks, its warnings."""
    context: dict[str, Any] = {"panel": panel, "reading": None, "refusal": None}
    if not goal.strip():
        return context
    try:
        reading = read(goal)
    except GoalNotUnderstood as exc:
        return context | {"refusal": exc.phrase}
    known = {*given, *reading.secrets, *reading.variables}
    return context | {"reading": preview(reading.plan, known)}


@router.post("/plan/reading")
async def goal_reading(request: Request) -> Response:
    """Answer the reading panel for the goal being typed (nothing runs, nothing is kept)."""
    fields = await read_form(request)
    rows = await read_rows(request)
    given = {*named(rows["variables"]), *named(rows["secrets"])}
    panel = PANELS.get(fields.get("panel", ""), PANELS["test"])
    context = reading_context(fields.get("goal", ""), given, panel=panel)
    return templates.TemplateResponse(request, "goal_reading.html", context)
