"""Executions (`/api/v1/executions`): start a run of tests or a suite, follow it, stop it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request

from housecat.errors import InvalidInput
from housecat.executions.models import (
    Execution,
    ExecutionArtifacts,
    ExecutionDetail,
    ExecutionList,
    ExecutionStatus,
    Overrides,
    StartExecution,
)
from housecat.executions.store import Filters
from housecat.web.openapi import TOKEN_REQUIRED, errors
from housecat.web.state import app_state, executions

# ISO 8601 only: a bare number (which Pydantic would read as a Unix time) is refused.
Moment = Annotated[str | None, Query(json_schema_extra={"format": "date-time"})]

router = APIRouter(prefix="/api/v1/executions", tags=["executions"], dependencies=TOKEN_REQUIRED)


@router.get("", responses=errors(422))
async def list_executions(
    request: Request,
    test_id: str | None = None,
    suite_id: str | None = None,
    status: ExecutionStatus | None = None,
    environment_id: str | None = None,
    created_after: Moment = None,
    created_before: Moment = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: str | None = None,
) -> ExecutionList:
    """List executions, newest first, narrowed by test, suite, status, environment and time."""
    filters = Filters(
        status=status,
        suite_id=suite_id,
        test_id=test_id,
        environment_id=environment_id,
        after=unix_time("created_after", created_after),
        before=unix_time("created_before", created_before),
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


@router.get("/{execution_id}/artifacts", responses=errors(404))
async def get_artifacts(execution_id: str, request: Request) -> ExecutionArtifacts:
    """Each test's step screenshots, log entries and (if it failed) trace, with links."""
    artifacts_dir = app_state(request).settings.artifacts_dir
    return await executions(request).artifacts(execution_id, artifacts_dir)


@router.post("/{execution_id}/stop", responses=errors(404, 409))
async def stop_execution(execution_id: str, request: Request) -> Execution:
    """Stop it: queued tests are dropped, the running one cancelled; it ends `stopped`."""
    return await executions(request).stop(execution_id)


def unix_time(name: str, moment: str | None) -> float | None:
    """Read an ISO 8601 time (UTC when it names no zone); bad input names the parameter."""
    if moment is None:
        return None
    try:
        parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput.of(
            {name: "must be an ISO 8601 time, e.g. 2026-05-01T12:00:00Z"}
        ) from None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()


suites = APIRouter(prefix="/api/v1/suites", tags=["suites"], dependencies=TOKEN_REQUIRED)


@suites.post("/{suite_id}/execute", status_code=202, responses=errors(404, 422))
async def execute_suite(
    suite_id: str, request: Request, body: Overrides | None = None
) -> Execution:
    """Queue a run of the suite, against its defaults or the environment and browser given."""
    return await executions(request).start_suite(suite_id, body or Overrides())
