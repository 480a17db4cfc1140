"""Status pages: `/api/v1/status-pages` (the pages themselves are at `/status/{slug}`)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from housecat.named.fields import Deleted
from housecat.status_pages.models import (
    CreateStatusPage,
    StatusPage,
    StatusPageList,
    UpdateStatusPage,
)
from housecat.status_pages.service import StatusPageService
from housecat.web.openapi import TOKEN_REQUIRED, ErrorBody
from housecat.web.state import app_state

router = APIRouter(
    prefix="/api/v1/status-pages", tags=["status pages"], dependencies=TOKEN_REQUIRED
)
SLUG_TAKEN: dict[int | str, dict[str, Any]] = {
    409: {"description": "Another status page has that slug", "model": ErrorBody}
}


def status_pages(request: Request) -> StatusPageService:
    return StatusPageService(app_state(request).redis)


Pages = Annotated[StatusPageService, Depends(status_pages)]


@router.get("")
async def list_status_pages(service: Pages) -> StatusPageList:
    """List every status page, newest first."""
    return await service.list()


@router.post("", status_code=201, responses=SLUG_TAKEN)
async def create_status_page(body: CreateStatusPage, service: Pages) -> StatusPage:
    """Create a status page showing the tests of its suites and tags; 409 if the slug is taken."""
    return await service.create(body)


@router.get("/{page_id}")
async def get_status_page(page_id: str, service: Pages) -> StatusPage:
    """Get one status page."""
    return await service.get(page_id)


@router.patch("/{page_id}", responses=SLUG_TAKEN)
async def update_status_page(page_id: str, body: UpdateStatusPage, service: Pages) -> StatusPage:
    """Change the fields sent; 409 if the new slug is taken."""
    return await service.update(page_id, body)


@router.delete("/{page_id}")
async def delete_status_page(page_id: str, service: Pages) -> Deleted:
    """Delete a status page (its address then answers 404)."""
    return await service.delete(page_id)
