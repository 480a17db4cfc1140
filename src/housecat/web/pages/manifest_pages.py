"""`/import`: paste or pick a monitors file, see what applying it changes, then apply it."""

from __future__ import annotations

import os

from fastapi import Request
from fastapi.responses import Response

from housecat.manifest.apply import ApplyAnswer, apply_text
from housecat.manifest.problems import ManifestInvalid, Problem
from housecat.web.api.v1_manifest import services_of
from housecat.web.pages.definitions import read_fields
from housecat.web.pages.routing import page_router
from housecat.web.pages.templating import templates

router = page_router()


@router.get("/import")
async def import_page(request: Request) -> Response:
    """Show the empty import form."""
    return _page(request)


@router.post("/import")
async def import_file(request: Request) -> Response:
    """Preview (a dry run) or apply the file sent; problems are listed with their lines."""
    fields = await read_fields(request)
    text = fields.get("text", [""])[0]
    prune = fields.get("prune", [""])[0] == "on"
    applying = fields.get("action", [""])[0] == "apply"
    try:
        answer = await apply_text(
            text, services_of(request), environ=os.environ, prune=prune, dry_run=not applying
        )
    except ManifestInvalid as exc:
        return _page(request, text=text, prune=prune, problems=exc.problems, status_code=422)
    return _page(request, text=text, prune=prune, answer=answer)


def _page(
    request: Request,
    *,
    text: str = "",
    prune: bool = False,
    answer: ApplyAnswer | None = None,
    problems: list[Problem] | None = None,
    status_code: int = 200,
) -> Response:
    context = {"text": text, "prune": prune, "answer": answer, "problems": problems or []}
    return templates.TemplateResponse(request, "import.html", context, status_code=status_code)
