"""A test's outages (`/api/v1/tests/{id}/outages`): listed, and acknowledged while open."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from housecat.outages.models import Acknowledge, Outage, OutageList
from housecat.outages.service import OutageService
from housecat.web.openapi import TOKEN_REQUIRED, errors
from housecat.web.state import app_state

router = APIRouter(prefix="/api/v1/tests", tags=["v1 outages"], dependencies=TOKEN_REQUIRED)


def outages(request: Request) -> OutageService:
    return OutageService(app_state(request).redis)


Outages = Annotated[OutageService, Depends(outages)]


@router.get("/{test_id}/outages")
async def list_outages(test_id: str, service: Outages) -> OutageList:
    """List the test's outages, newest first, open or closed, with their durations."""
    return await service.list(test_id)


# Acknowledging an outage that has closed (the test recovered) is a 409.
@router.post("/{test_id}/outages/{outage_id}/acknowledge", responses=errors(409))
async def acknowledge(
    test_id: str, outage_id: str, service: Outages, body: Acknowledge | None = None
) -> Outage:
    """Acknowledge an open outage: who and a note; it then sends no reminders."""
    return await service.acknowledge(test_id, outage_id, body or Acknowledge(), by="api")
