"""The trash: `/api/v1/trash`, to restore what was deleted, or purge it for good."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from housecat.trash.keep import Kind
from housecat.trash.models import Emptied, Purged, Restored, TrashList
from housecat.trash.service import TrashService, trash_service
from housecat.web.openapi import TOKEN_REQUIRED, errors
from housecat.web.state import app_state

router = APIRouter(prefix="/api/v1/trash", tags=["trash"], dependencies=TOKEN_REQUIRED)


def trash(request: Request) -> TrashService:
    return trash_service(app_state(request))


Trash = Annotated[TrashService, Depends(trash)]


@router.get("")
async def list_trash(service: Trash) -> TrashList:
    """List what was deleted and can still be restored, most recent first."""
    return await service.list()


@router.delete("")
async def empty_trash(service: Trash) -> Emptied:
    """Purge everything in the trash for good."""
    return await service.empty()


@router.post("/{kind}/{record_id}/restore", responses=errors(409, 422))
async def restore(kind: Kind, record_id: str, service: Trash) -> Restored:
    """Put a deleted record back as it was (a test with its history, on its schedule).

    409 when its name is taken meanwhile, or what it names is deleted.
    """
    return await service.restore(kind, record_id)


@router.delete("/{kind}/{record_id}")
async def purge(kind: Kind, record_id: str, service: Trash) -> Purged:
    """Delete a record in the trash for good."""
    return await service.purge(kind, record_id)
