"""A test's environment on its pages: the choices its form offers, the one it runs in."""

from __future__ import annotations

from housecat.environments.models import Environment
from housecat.environments.service import EnvironmentService
from housecat.environments.store import environment_store
from housecat.errors import NotFound
from housecat.services import Services


async def environment_choices(state: Services) -> list[Environment]:
    """Return the environments a test may run in, by name."""
    found = (await _environments(state).list()).environments
    return sorted(found, key=lambda environment: environment.name.lower())


async def environment_of(state: Services, environment_id: str | None) -> Environment | None:
    """Return the environment a test runs in (None: it has none, or it was deleted since)."""
    if environment_id is None:
        return None
    try:
        return await _environments(state).get(environment_id)
    except NotFound:
        return None


def _environments(state: Services) -> EnvironmentService:
    return EnvironmentService(environment_store(state.redis))
