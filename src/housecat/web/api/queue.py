"""`GET /api/queue`: how much work is waiting, and who is there to do it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from housecat.web.openapi import TOKEN_REQUIRED
from housecat.web.state import app_state

router = APIRouter(prefix="/api", tags=["runs"], dependencies=TOKEN_REQUIRED)


@router.get("/queue")
async def queue_depth(request: Request) -> dict[str, Any]:
    """Queued and running runs, live workers, and how long the oldest run has waited."""
    depth = await app_state(request).queue.depth()
    return {
        "queued": depth.queued,
        "running": depth.running,
        "workers": depth.workers,
        "oldest_wait_s": None if depth.oldest_wait_s is None else round(depth.oldest_wait_s, 3),
    }
