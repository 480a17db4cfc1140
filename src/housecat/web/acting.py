"""Name each request's caller as the actor of the changes it makes (see `audit.actor`), and
its project as the one its reads and changes are in (see `projects.context`)."""

from __future__ import annotations

from fastapi import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from housecat.audit.actor import acting_as
from housecat.projects.context import in_project
from housecat.web.auth import caller_of


def project_of(scope: Scope) -> str | None:
    """Return the project the request's credentials chose (None before they were checked)."""
    project = getattr(Request(scope).state, "project", None)
    return project if isinstance(project, str) else None


class RecordCallers:
    """ASGI middleware: changes made while serving a request are the caller's, in its project."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # Asked when a change is recorded: by then the route's credentials were checked.
        with (
            acting_as(lambda: caller_of(Request(scope)).actor),
            in_project(lambda: project_of(scope)),
        ):
            await self.app(scope, receive, send)
