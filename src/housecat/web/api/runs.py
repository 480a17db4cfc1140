"""Runs: ad hoc (`POST /api/run-test`), of a saved test (`POST /api/tests/{id}/run`),
from QStash (`POST /api/callback/{id}`), and what a run left (`GET /api/runs/{run_id}`).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, JSONResponse

from housecat.errors import Conflict, HouseCatError, NotFound
from housecat.locations.names import NAME_PATTERN, places
from housecat.locations.runs import manual_location
from housecat.runs.models import (
    ManualRunResponse,
    QueuedRun,
    RunDetail,
    RunTestRequest,
    RunTestResponse,
)
from housecat.runs.pipeline import new_run_id
from housecat.runs.service import PipelineFailed
from housecat.runs.tinyfish_run import TinyFishNotSetUp
from housecat.schedule import capacity
from housecat.schedule.qstash import first_delivery, verify_callback
from housecat.web.openapi import TOKEN_REQUIRED, ErrorBody, errors
from housecat.web.state import app_state

router = APIRouter(prefix="/api", tags=["runs"], dependencies=TOKEN_REQUIRED)
WAIT_SLACK_S = 120.0
QUEUED_OR_RUNNING = ("new", "queued", "active")
# QStash signs its callbacks; it cannot send our API token.
callbacks = APIRouter(prefix="/api", tags=["runs"])


@router.post("/run-test")
async def run_test(body: RunTestRequest, request: Request) -> RunTestResponse:
    """Plan the goal, run it in Chromium, and answer the verdict (nothing is stored)."""
    outcome = await app_state(request).run_once(body.url, body.goal)
    return RunTestResponse(
        plan=outcome.plan, browser_result=outcome.browser_result, result=outcome.result
    )


MANUAL_RUN_ANSWERS: dict[int | str, dict[str, Any]] = {
    200: {"model": ManualRunResponse},
    202: {"model": QueuedRun, "description": "Queued, with `?wait=false`"},
    400: {"model": ErrorBody, "description": "The run did not finish in time"},
    **errors(409, 422, 500),
}


@router.post("/tests/{test_id}/run", response_model=None, responses=MANUAL_RUN_ANSWERS)
async def run_saved_test(
    test_id: str,
    request: Request,
    wait: bool = True,
    location: Annotated[
        str | None,
        Query(
            pattern=f"^{NAME_PATTERN}$",
            description="One of the test's locations; unset = the first it lists",
        ),
    ] = None,
) -> ManualRunResponse | JSONResponse:
    """Run a saved test now, through the queue; kept exactly like a scheduled run.

    By default the answer waits for the verdict; `?wait=false` answers 202 at once.
    """
    state = app_state(request)
    test = await state.suites.get(test_id)
    if test.executor == "tinyfish" and state.settings.tinyfish_api_key is None:
        raise TinyFishNotSetUp()
    where = manual_location(test, location)
    run_id = new_run_id()
    if not await state.queue.enqueue(test_id, run_id, "manual", where):
        raise Conflict(f"test '{test_id}' is already queued or running")
    if not wait:
        return JSONResponse(QueuedRun(run_id=run_id).model_dump(), status_code=202)
    budget = state.settings.run_timeout * (test.retries + 1) + WAIT_SLACK_S
    job = await state.queue.wait(test_id, run_id, budget, where)
    detail = await state.results.run_detail(run_id)
    if detail is not None and detail.record.cancelled:
        raise Conflict(f"run {run_id} was cancelled before it finished")
    if detail is not None and (detail.plan is not None or detail.record.remote is not None):
        return ManualRunResponse(
            run_id=run_id,
            plan=detail.plan,
            browser_result=detail.browser_result,
            result=detail.record,
        )
    reason = await state.runs.events.run_error(test_id, run_id)
    if reason is not None or (job is not None and job.error):
        raise PipelineFailed(f"pipeline failed: {reason or 'the worker gave up on it'}")
    raise HouseCatError(f"run {run_id} did not finish in {budget:.0f} s: is a worker running?")


@callbacks.post("/callback/{test_id}", responses=errors(401, 500))
async def qstash_callback(test_id: str, request: Request) -> dict[str, Any]:
    """QStash's cron trigger: verify it, skip a paused test, run, keep the result."""
    state = app_state(request)
    public = state.settings.public_url
    url = f"{public}/api/callback/{test_id}" if public else str(request.url)
    delivery = verify_callback(
        state.settings, request.headers.get("upstash-signature"), await request.body(), url
    )
    if delivery is not None and not await first_delivery(state.redis, delivery):
        # A signed request sent again (by QStash or by whoever copied it) runs nothing.
        return {"status": "skipped", "reason": "duplicate delivery"}
    test = await state.suites.get(test_id)
    if test.status == "paused":
        return {"status": "skipped", "reason": "test is paused"}
    run_id = new_run_id()
    where = manual_location(test)  # QStash calls once a slot: the first location runs it
    if not await state.queue.enqueue(test_id, run_id, "qstash", where):
        await capacity.record_skipped(state.redis, test_id)
        return {"status": "skipped", "reason": "test is already running", "test_id": test_id}
    await state.queue.wait(test_id, run_id, state.settings.run_timeout + WAIT_SLACK_S, where)
    detail = await state.results.run_detail(run_id)
    if detail is None:
        reason = await state.runs.events.run_error(test_id, run_id)
        raise PipelineFailed(f"pipeline failed: {reason or 'no worker finished it'}")
    if detail.record.cancelled:
        return {"status": "skipped", "reason": "run was cancelled", "test_id": test_id}
    return {
        "status": "completed",
        "test_id": test_id,
        "passed": detail.record.passed,
        "run_id": run_id,
    }


@router.post("/runs/{run_id}/cancel", responses=errors(409))
async def cancel_run(run_id: str, request: Request) -> dict[str, str]:
    """Stop a queued or running run; it is kept as cancelled (not failed, no alert)."""
    state = app_state(request)
    test_id = await state.queue.test_of(run_id)
    if test_id is None or not await state.suites.store.visible(test_id):
        raise NotFound(f"run '{run_id}' is not queued or running")
    test = await state.suites.store.get(test_id)
    for location in places(test.locations if test else []):  # where its runs are queued
        status = await state.queue.abort(test_id, run_id, location)
        if status is not None:
            break
    if status is None or status not in QUEUED_OR_RUNNING:
        raise Conflict(f"run '{run_id}' has already finished")
    if status != "active":  # never started: no worker will record it
        await state.runs.cancelled(test_id, run_id, location=location)
    return {"status": "cancelled", "run_id": run_id}


@router.get("/runs/{run_id}")
async def get_run(run_id: str, request: Request) -> RunDetail:
    """Everything one run did: its record, the plan with the locators used, each step."""
    return await _detail(request, run_id)


@router.get("/runs/{run_id}/screenshots/{step_number}", response_class=FileResponse)
async def get_screenshot(run_id: str, step_number: int, request: Request) -> FileResponse:
    """The PNG of that step: the one that failed, or any step of a test that photographs each."""
    detail = await _detail(request, run_id)
    artifacts = app_state(request).settings.artifacts_dir
    path = await asyncio.to_thread(_screenshot, detail, step_number, artifacts)
    if path is None:
        raise NotFound(f"run '{run_id}' has no screenshot of step {step_number}")
    return FileResponse(path, media_type="image/png")


def _screenshot(detail: RunDetail, step_number: int, artifacts: Path) -> Path | None:
    """Return the step's screenshot file, only if it lies in the artifacts dir."""
    for step in detail.browser_result.steps:
        if step.step_number == step_number and step.screenshot:
            path = Path(step.screenshot).resolve()
            if path.is_relative_to(artifacts.resolve()) and path.is_file():
                return path
    return None


async def _detail(request: Request, run_id: str) -> RunDetail:
    detail = await app_state(request).results.run_detail(run_id)
    if detail is None:
        raise NotFound(f"run '{run_id}' not found (unknown, or older than the retention period)")
    return detail
