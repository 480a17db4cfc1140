"""`/status-pages`: the status pages, and the forms that create and delete them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from housecat.errors import Conflict, InvalidInput
from housecat.status_pages.models import CreateStatusPage
from housecat.status_pages.service import StatusPageService
from housecat.web.pages.definitions import delete_page, placed, read_fields, validated
from housecat.web.pages.routing import go, page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state, groups

router = page_router()
FIELDS = {"name", "slug", "description", "suite_ids", "tags"}


@dataclass(frozen=True)
class StatusPageForm:
    """The status page form's fields, as typed."""

    name: str = ""
    slug: str = ""
    description: str = ""
    tags: str = ""
    suite_ids: list[str] = field(default_factory=list)

    @classmethod
    async def read(cls, request: Request) -> StatusPageForm:
        fields = await read_fields(request)
        text = {name: fields.get(name, [""])[0] for name in ("name", "slug", "description", "tags")}
        return cls(**text, suite_ids=fields.get("suite_ids", []))

    def body(self) -> dict[str, Any]:
        """Return the request body the API would take for this form."""
        return {
            "name": self.name,
            "slug": self.slug,
            "description": self.description,
            "suite_ids": self.suite_ids,
            "tags": [tag for tag in self.tags.replace(",", " ").split() if tag],
        }


def status_pages(request: Request) -> StatusPageService:
    return StatusPageService(app_state(request).redis)


@router.get("/status-pages")
async def status_pages_page(request: Request) -> Response:
    """Show every status page, with its public address."""
    pages = await status_pages(request).all()
    return templates.TemplateResponse(request, "status_pages.html", {"pages": pages})


@router.get("/status-pages/new")
async def new_status_page(request: Request) -> Response:
    """Show the empty status page form."""
    return await form_response(request, StatusPageForm())


@router.post("/status-pages")
async def create_status_page(request: Request) -> Response:
    """Create a status page from the form, or show the form again with each field's error."""
    form = await StatusPageForm.read(request)
    try:
        body = validated(CreateStatusPage, form.body(), {})
        await status_pages(request).create(body)
    except InvalidInput as exc:
        return await form_response(request, form, errors=placed(exc, FIELDS), status_code=422)
    except Conflict as exc:
        return await form_response(request, form, errors={"slug": exc.message}, status_code=409)
    return go(request, "/status-pages")


@router.get("/status-pages/{page_id}/delete")
async def confirm_delete(page_id: str, request: Request) -> Response:
    """Ask whether to delete the status page."""
    page = await status_pages(request).get(page_id)
    action, back = f"/status-pages/{page_id}/delete", "/status-pages"
    consequence = f"Its address, /status/{page.slug}, will answer that there is no such page."
    return delete_page(
        request,
        name=page.name,
        kind="status page",
        action=action,
        back=back,
        consequence=consequence,
    )


@router.post("/status-pages/{page_id}/delete")
async def delete_status_page(page_id: str, request: Request) -> Response:
    """Delete a status page."""
    await status_pages(request).delete(page_id)
    return go(request, "/status-pages")


async def form_response(
    request: Request,
    form: StatusPageForm,
    *,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    suites = (await groups(request).list()).suites
    context = {"form": form, "errors": errors or {}, "suites": suites, "title": "New status page"}
    return templates.TemplateResponse(
        request, "status_page_form.html", context, status_code=status_code
    )
