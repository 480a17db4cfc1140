"""The OpenAPI document says what the API really answers: our error body, every status.

Routes declare only what is theirs (`responses=errors(409)`); what holds for whole
kinds of routes is added here, from the document itself: every `/api` route may
answer 503 (Redis unreachable), one with a body 400 (unreadable) and 422, one with a
path parameter 404, and one behind the API token (`TOKEN_REQUIRED`) 401, 403 and 429
once signing in is required (a token is set, or users exist: `document_for`).
"""

from __future__ import annotations

import copy
from typing import Any

from fastapi import Depends, FastAPI, Request, Security
from fastapi.responses import Response
from fastapi.security import HTTPBearer
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.routing import compile_path

from housecat.web.auth import require_token
from housecat.web.errors import http_error

ERROR_REF = "#/components/schemas/ErrorBody"
BEARER = "bearerAuth"

REASONS = {
    400: "The request could not be read (e.g. a body that is not UTF-8)",
    401: "Missing or wrong credentials",
    403: (
        "The caller's role does not allow it, or a signed-in browser's request does not "
        "come from HouseCat's own pages"
    ),
    404: "No such test or run",
    409: "The test is already queued or running, or the run has already finished",
    422: "Invalid input: `fields` names each field at fault",
    429: "Too many failed sign-ins from this address; try again after `Retry-After` seconds",
    500: "HouseCat itself could not run the journey",
    502: "The scheduler (QStash) refused or could not be reached",
    503: "Redis (or the embedded Valkey) cannot be reached, or no browser can start",
}
HEADERS = {
    401: {"WWW-Authenticate": "Bearer"},
    429: {"Retry-After": "Seconds to wait before trying again"},
}

# The dependencies of every route that needs the API token: `require_token` checks it,
# and the bearer scheme (which checks nothing) puts it in the document, so that the
# docs page offers to send it.
_bearer = HTTPBearer(scheme_name=BEARER, description="HOUSECAT_API_TOKEN", auto_error=False)
TOKEN_REQUIRED = [Depends(require_token), Security(_bearer)]


class ErrorBody(BaseModel):
    """Every error the API answers."""

    error: str = Field(description="What went wrong, in a sentence a person can act on")
    fields: dict[str, str] = Field(
        default_factory=dict,
        description="Invalid input only: each field at fault (dotted path) and why",
    )


# Deleting an environment or a browser configuration that suites still use.
IN_USE: dict[int | str, dict[str, Any]] = {
    409: {"description": "Suites use it: `error` names them", "model": ErrorBody}
}


def document_for(app: FastAPI, *, locked: bool) -> dict[str, Any]:
    """Return the API's description, with credentials asked for when signing in is required."""
    described: dict[str, Any] = app.state.openapi_document_for(locked)
    return described


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Return a route's `responses=` entries for these error statuses."""
    return {status: _error_response(status) for status in statuses}


def install_openapi(app: FastAPI, *, token_set: bool) -> None:
    """Make `app.openapi()` describe our errors (and the bearer token, when one is set)."""
    generate = app.openapi

    documents: dict[bool, dict[str, Any]] = {}

    def document_for(locked: bool) -> dict[str, Any]:
        if locked not in documents:
            # FastAPI keeps (and hands out) one document: each description gets a copy.
            documents[locked] = _described(copy.deepcopy(generate()), locked=locked)
        return documents[locked]

    def openapi() -> dict[str, Any]:
        return document_for(token_set)

    app.openapi = openapi  # type: ignore[method-assign]
    app.state.openapi_document_for = document_for
    app.add_exception_handler(405, _method_not_allowed)


async def _method_not_allowed(request: Request, exc: Exception) -> Response:
    """Answer 405 with an `Allow` that lists every method the document has for the path."""
    # The router's own `Allow` names the methods of only one of the routes on the path.
    assert isinstance(exc, HTTPException)
    allow = (exc.headers or {}).get("Allow", "")
    for template, operations in request.app.openapi().get("paths", {}).items():
        if compile_path(template)[0].match(request.url.path):
            allow = ", ".join(sorted(method.upper() for method in operations))
            break
    return http_error(request, 405, str(exc.detail), {"Allow": allow})


def _described(schema: dict[str, Any], *, locked: bool) -> dict[str, Any]:
    components = schema.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    # Our handler answers validation errors with ErrorBody, not FastAPI's own shape.
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    schemas["ErrorBody"] = ErrorBody.model_json_schema()
    if not locked:  # the API is open: no route asks for credentials
        components.pop("securitySchemes", None)
    for path, operations in schema.get("paths", {}).items():
        # `/metrics` is a scraper's, not the API's, but guarded and failing the same way.
        if not path.startswith("/api/") and path != "/metrics":
            continue
        for operation in operations.values():
            statuses = _statuses_of(operation)
            if "security" in operation:
                if locked:
                    statuses += [401, 403, 429]
                else:
                    del operation["security"]
            responses = operation.setdefault("responses", {})
            for status in statuses:
                if status == 422 or str(status) not in responses:
                    responses[str(status)] = _error_response(status, model=False)
    return schema


def _statuses_of(operation: dict[str, Any]) -> list[int]:
    """The error statuses an /api operation may answer, whatever it declared itself."""
    statuses = [503]
    if "requestBody" in operation:
        statuses += [400, 422]
    parameters = operation.get("parameters", [])
    if any(parameter["in"] == "path" for parameter in parameters):
        statuses.append(404)
    if parameters:
        statuses.append(422)
    return statuses


def _error_response(status: int, *, model: bool = True) -> dict[str, Any]:
    """One documented error answer: its reason, headers, and the ErrorBody shape."""
    response: dict[str, Any] = {"description": REASONS[status]}
    if model:
        response["model"] = ErrorBody
    else:
        response["content"] = {"application/json": {"schema": {"$ref": ERROR_REF}}}
    if status in HEADERS:
        response["headers"] = {
            name: {"description": description, "schema": {"type": "string"}}
            for name, description in HEADERS[status].items()
        }
    return response
