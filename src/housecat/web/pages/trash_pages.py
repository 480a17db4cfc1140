"""`/trash`: what was deleted, with buttons that restore it or purge it for good."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from housecat.errors import HouseCatError
from housecat.trash.keep import Kind
from housecat.trash.service import KIND_WORDS, TrashService, trash_service
from housecat.web.pages.routing import go, page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state

router = page_router()


def trash(request: Request) -> TrashService:
    return trash_service(app_state(request))


async def trash_page(request: Request, message: str = "", status_code: int = 200) -> Response:
    listing = await trash(request).list()
    context = {"items": listing.items, "kind_words": KIND_WORDS, "message": message}
    return templates.TemplateResponse(request, "trash.html", context, status_code=status_code)


@router.get("/trash")
async def show_trash(request: Request) -> Response:
    """Show everything in the trash, most recently deleted first."""
    return await trash_page(request)


@router.post("/trash/{kind}/{record_id}/restore")
async def restore(kind: Kind, record_id: str, request: Request) -> Response:
    """Restore a record; say why not on the page when it cannot come back."""
    try:
        await trash(request).restore(kind, record_id)
    except HouseCatError as exc:
        return await trash_page(request, exc.message, exc.status_code)
    return go(request, "/trash")


@router.post("/trash/{kind}/{record_id}/purge")
async def purge(kind: Kind, record_id: str, request: Request) -> Response:
    """Delete a record in the trash for good."""
    await trash(request).purge(kind, record_id)
    return go(request, "/trash")
