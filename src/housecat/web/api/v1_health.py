"""`GET /api/v1/health`: the same answer as `GET /api/health`, under the `/api/v1` contract."""

from __future__ import annotations

from fastapi import APIRouter

from housecat.web.api import health

router = APIRouter(prefix="/api/v1", tags=["health"])
router.add_api_route(
    "/health",
    health.health,
    methods=["GET"],
    response_model=health.Health,
    responses={503: {"model": health.Health, "description": "Redis does not answer"}},
    summary="Health",
)
