"""Ad-hoc runs: `POST /api/run-test` runs a journey once and stores nothing."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from housecat.runs.models import RunTestRequest, RunTestResponse
from housecat.runs.pipeline import run_goal
from housecat.web.auth import require_token
from housecat.web.state import app_state

router = APIRouter(prefix="/api", tags=["runs"], dependencies=[Depends(require_token)])


@router.post("/run-test")
async def run_test(body: RunTestRequest, request: Request) -> RunTestResponse:
    """Plan the goal, run it in Chromium, and answer the verdict (nothing is stored)."""
    state = app_state(request)
    outcome = await run_goal(
        state.pool,
        url=body.url,
        goal=body.goal,
        triggered_by="api",
        limits=state.limits,
        screenshots=state.settings.artifacts_dir,
    )
    return RunTestResponse(
        plan=outcome.plan, browser_result=outcome.browser_result, result=outcome.result
    )
