"""What a run left to look at: `GET /api/runs/{run_id}/artifacts` and its trace."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse

from housecat.errors import NotFound
from housecat.runs.artifacts import RunArtifacts, kept_run, run_artifacts, trace_file
from housecat.web.openapi import TOKEN_REQUIRED
from housecat.web.state import app_state

router = APIRouter(prefix="/api", tags=["runs"], dependencies=TOKEN_REQUIRED)
ZIP_ANSWER: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
        "description": "The trace, a zip the Playwright trace viewer opens",
    }
}


@router.get("/runs/{run_id}/artifacts")
async def get_artifacts(run_id: str, request: Request) -> RunArtifacts:
    """A run's step screenshots, log entries and (if it failed) trace, with download links."""
    state = app_state(request)
    return await run_artifacts(state.results, state.settings.artifacts_dir, run_id)


@router.get("/runs/{run_id}/trace", response_class=FileResponse, responses=ZIP_ANSWER)
async def get_trace(run_id: str, request: Request) -> FileResponse:
    """The Playwright trace of a failed run (open it at `/trace-viewer/index.html?trace=…`)."""
    state = app_state(request)
    detail = await kept_run(state.results, run_id)
    path = await asyncio.to_thread(trace_file, detail, state.settings.artifacts_dir)
    if path is None:
        raise NotFound(f"run '{run_id}' has no trace (only a failed run that recorded one has)")
    return FileResponse(path, media_type="application/zip", filename=f"trace-{run_id}.zip")
