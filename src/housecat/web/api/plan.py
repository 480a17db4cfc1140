"""`POST /api/plan`: see how a goal is read, and with a URL how it runs, before trusting it."""

from __future__ import annotations

from fastapi import APIRouter, Request

from housecat.errors import GoalNotUnderstood, InvalidInput
from housecat.plan.preview import PlanPreview, preview
from housecat.plan.read import read
from housecat.runs.models import PlanRequest, RunPreview
from housecat.web.openapi import TOKEN_REQUIRED
from housecat.web.state import app_state

router = APIRouter(prefix="/api", tags=["plan"], dependencies=TOKEN_REQUIRED)


@router.post("/plan")
async def plan_goal(body: PlanRequest, request: Request) -> PlanPreview | RunPreview:
    """Read the goal into steps (no browser); with `url`, run it once and show the steps as run."""
    try:
        reading = read(body.goal)
    except GoalNotUnderstood as exc:
        raise InvalidInput(exc.message, {"goal": exc.message}) from None
    given = {*body.variables, *body.secrets, *reading.secrets}
    if body.url is None:
        return preview(reading.plan, given)
    outcome = await app_state(request).run_once(
        body.url, body.goal, variables=body.variables, secrets=body.secrets
    )
    return RunPreview(**preview(outcome.plan, given).model_dump(), result=outcome.result)
