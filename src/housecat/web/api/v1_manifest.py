"""Monitors as code over HTTP: apply a file, export the server as one, and the file's schema."""

from __future__ import annotations

import os
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from housecat.errors import HouseCatError
from housecat.manifest.apply import ApplyAnswer, apply_text
from housecat.manifest.export import export_text
from housecat.manifest.models import json_schema
from housecat.manifest.problems import ManifestInvalid
from housecat.manifest.state import Services
from housecat.web.errors import error_response
from housecat.web.openapi import TOKEN_REQUIRED, ErrorBody
from housecat.web.state import app_state

SCHEMA_PATH = "/api/v1/schema/monitors.json"
YAML = "application/yaml"

router = APIRouter(prefix="/api/v1", tags=["monitors as code"], dependencies=TOKEN_REQUIRED)
# Editors fetch a schema without credentials; it describes the format, none of the data.
schema = APIRouter(tags=["monitors as code"])

FILE_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "The monitors file: YAML, or the same document as JSON",
        "content": {
            YAML: {"schema": {"type": "string"}},
            "application/json": {"schema": {"type": "object"}},
        },
    }
}
INVALID_FILE: dict[int | str, dict[str, Any]] = {
    422: {
        "description": "The file has problems: `problems` lists each with its line and "
        "column; nothing was changed",
        "model": ErrorBody,
    },
}


class UnreadableBody(HouseCatError):
    status_code = 400


def services_of(request: Request) -> Services:
    state = app_state(request)
    return Services.of(state.redis, state.suites)


@router.post("/apply", response_model=ApplyAnswer, openapi_extra=FILE_BODY, responses=INVALID_FILE)
async def apply_file(
    request: Request,
    dry_run: Annotated[bool, Query(description="Answer what would change; change nothing")] = False,
    prune: Annotated[
        bool, Query(description="Also delete what the file does not describe")
    ] = False,
) -> ApplyAnswer | JSONResponse:
    """Make the server match a monitors file; answer what changed, per section."""
    try:
        text = (await request.body()).decode("utf-8")
    except UnicodeDecodeError:
        raise UnreadableBody("the body is not UTF-8 text") from None
    try:
        # Secret references are read from this server's environment.
        return await apply_text(
            text, services_of(request), environ=os.environ, prune=prune, dry_run=dry_run
        )
    except ManifestInvalid as exc:
        return error_response(422, exc.message, fields=exc.fields, problems=exc.answers())


@router.get(
    "/export",
    response_class=Response,
    responses={200: {"content": {YAML: {"schema": {"type": "object"}}}}},
)
async def export_file(request: Request) -> Response:
    """Every test, suite, environment and browser configuration, as a monitors file."""
    schema_url = str(request.base_url).rstrip("/") + SCHEMA_PATH
    text = await export_text(services_of(request), schema_url=schema_url)
    headers = {"Content-Disposition": 'attachment; filename="monitors.yaml"'}
    return Response(text, media_type=YAML, headers=headers)


@schema.get(SCHEMA_PATH)
async def monitors_schema() -> dict[str, Any]:
    """The JSON Schema of a monitors file, for editors to complete and check one."""
    return json_schema()
