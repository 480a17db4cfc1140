"""Every API error leaves as JSON `{"error": "…"}` with the status that fits it; a page
that does not exist is a page saying so."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from redis.exceptions import RedisError
from starlette.exceptions import HTTPException

from housecat.errors import HouseCatError, describe_fields, field_errors
from housecat.web.pages.routing import notice

log = logging.getLogger(__name__)
# Programs read these paths; people read the rest.
API_PATHS = ("/api/", "/openapi.json")
PAGE_MESSAGES = {
    404: "There is no page at this address.",
    405: "This page cannot be used that way.",
}
# Never the driver's text: it can quote a command, a key or the server's socket path.
STORAGE_UNAVAILABLE = "storage unavailable; try again shortly"


def error_response(
    status_code: int, message: str, headers: Mapping[str, str] | None = None, **extra: Any
) -> JSONResponse:
    sent = dict(headers or {})
    if status_code == 401:
        sent["WWW-Authenticate"] = "Bearer"
    return JSONResponse({"error": message, **extra}, status_code=status_code, headers=sent)


def install_error_handlers(app: FastAPI) -> None:
    """Turn HouseCat errors, validation errors and HTTP errors into JSON."""

    @app.exception_handler(HouseCatError)
    async def _housecat(request: Request, exc: HouseCatError) -> JSONResponse:
        fields = getattr(exc, "fields", None)
        extra = {"fields": fields} if fields else {}
        response = error_response(exc.status_code, exc.message, **extra)
        response.headers.update(exc.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = field_errors(exc.errors())
        return error_response(422, describe_fields(fields), fields=fields)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        return http_error(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RedisError)
    async def _redis(request: Request, exc: RedisError) -> JSONResponse:
        log.error("redis failed on %s %s: %s", request.method, request.url.path, exc)
        return error_response(503, STORAGE_UNAVAILABLE)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error; the server log has the details")


def http_error(
    request: Request, status: int, detail: str, headers: Mapping[str, str] | None
) -> Response:
    """JSON for programs, a page for people; either keeps the status's headers (`Allow`)."""
    if is_api(request):
        return error_response(status, detail, dict(headers or {}))
    response = notice(request, PAGE_MESSAGES.get(status, detail), status)
    response.headers.update(headers or {})
    return response


def is_api(request: Request) -> bool:
    """Tell whether a program asked (the API answers JSON), rather than a person's browser."""
    path = request.url.path
    return path == "/api" or path.startswith(API_PATHS)
