"""Name each request's caller as the actor of the changes it makes (see `audit.actor`)."""

from __future__ import annotations

from fastapi import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from housecat.audit.actor import acting_as
from housecat.web.auth import caller_of


class RecordCallers:
    """ASGI middleware: changes made while serving a request are the caller's."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # Asked when a change is recorded: by then the route's credentials were checked.
        with acting_as(lambda: caller_of(Request(scope)).actor):
            await self.app(scope, receive, send)
