"""`GET /api/health`: is HouseCat up, and can it reach Redis?"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from redis.exceptions import RedisError

from housecat import __version__
from housecat.web.state import app_state

router = APIRouter(prefix="/api", tags=["health"])


class RedisHealth(BaseModel):
    ok: bool
    server: Literal["valkey", "redis"] | None = None
    version: str | None = None
    error: str | None = None


class Health(BaseModel):
    """HouseCat's version, and whether Redis answers."""

    status: Literal["ok", "degraded"]
    version: str
    redis: RedisHealth


@router.get(
    "/health",
    response_model=Health,
    responses={503: {"model": Health, "description": "Redis does not answer"}},
)
async def health(request: Request) -> JSONResponse:
    """Report HouseCat's version and whether Redis answers (503 when it does not)."""
    redis = app_state(request).redis
    body: dict[str, Any] = {"status": "ok", "version": __version__}
    try:
        info = await redis.info("server")
    except RedisError:
        # The driver's message names the server's address: not for an unauthenticated route.
        body |= {"status": "degraded", "redis": {"ok": False, "error": "cannot reach Redis"}}
        return JSONResponse(body, status_code=503)
    server = "valkey" if "valkey_version" in info else "redis"
    version = info.get("valkey_version") or info.get("redis_version")
    body["redis"] = {"ok": True, "server": server, "version": str(version)}
    return JSONResponse(body)
