"""Bearer-token protection of the API, when `HOUSECAT_API_TOKEN` is set."""

from __future__ import annotations

import secrets

from fastapi import Request

from housecat.errors import Unauthorized
from housecat.web.state import app_state


async def require_token(request: Request) -> None:
    """Let the request through when the API is open or it carries the right token."""
    expected = app_state(request).settings.token
    if expected is None:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip(), expected):
        raise Unauthorized("missing or wrong API token: send 'Authorization: Bearer <token>'")
