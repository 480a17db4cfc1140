"""The step editor on a test's page: its steps in order, saved as pinned, or recompiled."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from housecat.errors import InvalidInput
from housecat.plan.preview import warnings_of
from housecat.services import Services
from housecat.suites.steps import StepsView
from housecat.web.pages.routing import is_htmx, page_router
from housecat.web.pages.step_rows import (
    ACTIONS,
    ROLES,
    StepRow,
    pin_request,
    read_step_rows,
    step_errors,
)
from housecat.web.pages.templating import templates
from housecat.web.state import app_state, step_service, steps

router = page_router()


@router.post("/tests/{test_id}/steps")
async def save_steps(test_id: str, request: Request) -> Response:
    """Pin the steps as edited, or show them again saying what is wrong."""
    rows = await read_step_rows(request)
    try:
        view = await steps(request).pin(test_id, pin_request(rows))
    except InvalidInput as exc:
        view = await steps(request).view(test_id)
        return await editor_response(request, test_id, view, rows, step_errors(exc), 422)
    return await editor_response(request, test_id, view, notice="Saved: these steps are pinned.")


@router.post("/tests/{test_id}/steps/recompile")
async def recompile_steps(test_id: str, request: Request) -> Response:
    """Drop the pinned steps and read the goal again."""
    service = steps(request)
    try:
        view = await service.unpin(test_id)
    except InvalidInput as exc:
        view = await service.view(test_id)
        return await editor_response(request, test_id, view, errors=[exc.message], status_code=422)
    return await editor_response(request, test_id, view, notice="Recompiled from the goal.")


async def editor_context(
    state: Services,
    test_id: str,
    view: StepsView,
    rows: list[StepRow] | None = None,
    errors: list[str] | None = None,
) -> dict[str, Any]:
    """What the editor shows: the rows, the choices, and every warning about the plan."""
    return {
        "test_id": test_id,
        "view": view,
        "rows": rows if rows is not None else [StepRow.of(step) for step in view.steps],
        "actions": ACTIONS,
        "roles": ROLES,
        "warnings": await plan_warnings(state, test_id, view),
        "step_errors": errors or [],
    }


async def plan_warnings(state: Services, test_id: str, view: StepsView) -> list[str]:
    """The latest run's warnings about its plan, then those the steps alone show."""
    warnings: list[str] = []
    latest = await state.history.results(test_id, limit=1)
    if latest.results:
        detail = await state.results.run_detail(latest.results[0].run_id)
        plan = detail.plan if detail is not None else None  # none kept, or cancelled
        warnings = warnings_of(plan) if plan is not None else []
    return warnings + [warning for warning in view.warnings if warning not in warnings]


async def editor_response(
    request: Request,
    test_id: str,
    view: StepsView,
    rows: list[StepRow] | None = None,
    errors: list[str] | None = None,
    status_code: int = 200,
    notice: str = "",
) -> Response:
    if not is_htmx(request):
        if errors:
            raise InvalidInput("; ".join(errors))  # shown as a page of its own
        return RedirectResponse(f"/tests/{test_id}#steps", status_code=303)
    context = await editor_context(app_state(request), test_id, view, rows, errors)
    context["saved"] = notice
    page = "detail_steps.html"
    return templates.TemplateResponse(request, page, context, status_code=status_code)


async def page_context(state: Services, test_id: str) -> dict[str, Any]:
    """The editor for the test's page; a goal that no longer reads is said, not fatal."""
    try:
        view = await step_service(state).view(test_id)
    except InvalidInput as exc:
        return {"steps_unreadable": exc.message}
    return await editor_context(state, test_id, view)
