"""Executions (`/api/v1/executions`): start a run of tests or a suite, follow it, stop it."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request

from housecat.executions.models import (
    Execution,
    ExecutionDetail,
    ExecutionList,
    ExecutionStatus,
    StartExecution,
)
from housecat.executions.store import Filters
from housecat.web.openapi import TOKEN_REQUIRED, errors
from housecat.web.state import executions

router = APIRouter(prefix="/api/v1/executions", tags=["executions"], dependencies=TOKEN_REQUIRED)


@router.get("", responses=errors(422))
async def list_executions(
    request: Request,
    test_id: str | None = None,
    suite_id: str | None = None,
    status: ExecutionStatus | None = None,
    environment_id: str | None = None,
    created_after: datetime | None = None,
    created_before: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: str | None = None,
) -> ExecutionList:
    """List executions, newest first, narrowed by test, suite, status, environment and time."""
    filters = Filters(
        status=status,
        suite_id=suite_id,
        test_id=test_id,
        environment_id=environment_id,
        after=created_after.timestamp() if created_after else None,
        before=created_before.timestamp() if created_before else None,
    )
    return await executions(request).list(filters, limit=limit, cursor=cursor)


@router.post("", status_code=202, responses=errors(404, 422))
async def start_execution(body: StartExecution, request: Request) -> Execution:
    """Queue a run of a suite, or of tests in the order given; answer at once."""
    return await executions(request).start_from(body)


@router.get("/{execution_id}", responses=errors(404))
async def get_execution(execution_id: str, request: Request) -> ExecutionDetail:
    """Return an execution with each test's run and its steps."""
    return await executions(request).get(execution_id)


@router.post("/{execution_id}/stop", responses=errors(404, 409))
async def stop_execution(execution_id: str, request: Request) -> Execution:
    """Stop it: queued tests are dropped, the running one cancelled; it ends `stopped`."""
    return await executions(request).stop(execution_id)
