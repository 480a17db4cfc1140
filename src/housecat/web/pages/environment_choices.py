"""A test's environment on its pages: the choices its form offers, the one it runs in."""

from __future__ import annotations

from fastapi import Request

from housecat.environments.models import Environment
from housecat.errors import NotFound
from housecat.web.state import environments


async def environment_choices(request: Request) -> list[Environment]:
    """Return the environments a test may run in, by name."""
    found = (await environments(request).list()).environments
    return sorted(found, key=lambda environment: environment.name.lower())


async def environment_of(request: Request, environment_id: str | None) -> Environment | None:
    """Return the environment a test runs in (None: it has none, or it is gone)."""
    if environment_id is None:
        return None
    try:
        return await environments(request).get(environment_id)
    except NotFound:
        return None
