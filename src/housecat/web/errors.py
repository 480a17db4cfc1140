"""Every error leaves as JSON `{"error": "…"}` with the status that fits it."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from redis.exceptions import RedisError
from starlette.exceptions import HTTPException

from housecat.errors import HouseCatError, describe_fields, field_errors

log = logging.getLogger(__name__)


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
        return error_response(exc.status_code, exc.message, **extra)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = field_errors(exc.errors())
        return error_response(422, describe_fields(fields), fields=fields)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        # Keeps the headers that go with the status, e.g. 405's `Allow`.
        return error_response(exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RedisError)
    async def _redis(request: Request, exc: RedisError) -> JSONResponse:
        log.error("redis failed on %s %s: %s", request.method, request.url.path, exc)
        return error_response(503, f"Redis is unavailable: {exc}")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error; the server log has the details")
