"""`GET /api/v1/locations`: the places workers probe from, and how many are alive."""

from __future__ import annotations

from fastapi import APIRouter, Request

from housecat.locations.registry import KnownLocations, known_locations
from housecat.web.openapi import TOKEN_REQUIRED
from housecat.web.state import app_state

router = APIRouter(prefix="/api/v1/locations", tags=["v1 locations"], dependencies=TOKEN_REQUIRED)


@router.get("")
async def list_locations(request: Request) -> KnownLocations:
    """List the locations workers probe from (`housecat worker --location`), by name."""
    return await known_locations(app_state(request).redis)
