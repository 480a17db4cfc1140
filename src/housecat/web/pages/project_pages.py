"""`/projects/switch`: the page header's form that changes a browser's current project."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from housecat.projects.service import ProjectNotFound
from housecat.web.auth import PROJECT_COOKIE, keep_cookie, local_path
from housecat.web.pages.forms import read_form
from housecat.web.pages.routing import page_router

router = page_router()


@router.post("/projects/switch")
async def switch_project(request: Request) -> Response:
    """Make another of your projects the current one, and go back to the page you were on."""
    form = await read_form(request)
    project = form.get("project", "")
    if project not in (getattr(request.state, "projects", None) or {}):
        raise ProjectNotFound(project)  # not one of yours: as if it did not exist
    # Pages under one project's record (`/tests/{id}`) would be 404 in another: go to its list.
    next_path = local_path(form.get("next"), "/")
    response = RedirectResponse(_top_of(next_path), status_code=303)
    keep_cookie(response, request, PROJECT_COOKIE, project)
    return response


def _top_of(path: str) -> str:
    """Return the list page a path is under: `/tests/abc/edit` -> `/tests`."""
    first = path.split("?", 1)[0].strip("/").split("/", 1)[0]
    return f"/{first}" if first else "/"
