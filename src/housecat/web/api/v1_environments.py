"""Environments: `/api/v1/environments`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from housecat.environments.models import (
    CreateEnvironment,
    Environment,
    EnvironmentList,
    UpdateEnvironment,
)
from housecat.environments.service import EnvironmentService
from housecat.named.fields import Deleted
from housecat.web.openapi import IN_USE, TOKEN_REQUIRED
from housecat.web.state import environments

router = APIRouter(
    prefix="/api/v1/environments", tags=["environments"], dependencies=TOKEN_REQUIRED
)
Environments = Annotated[EnvironmentService, Depends(environments)]


@router.get("")
async def list_environments(service: Environments) -> EnvironmentList:
    """List every environment, newest first."""
    return await service.list()


@router.post("", status_code=201)
async def create_environment(body: CreateEnvironment, service: Environments) -> Environment:
    """Create an environment; its name must be unused (422 on `name` otherwise)."""
    return await service.create(body)


@router.get("/{environment_id}")
async def get_environment(environment_id: str, service: Environments) -> Environment:
    """Get one environment (secrets answered as '••••••••')."""
    return await service.get(environment_id)


@router.put("/{environment_id}")
async def update_environment(
    environment_id: str, body: UpdateEnvironment, service: Environments
) -> Environment:
    """Change the fields sent (a partial update); secrets not sent are kept."""
    return await service.update(environment_id, body)


@router.delete("/{environment_id}", responses=IN_USE)
async def delete_environment(environment_id: str, service: Environments) -> Deleted:
    """Delete an environment; 409 while a suite uses it."""
    return await service.delete(environment_id)
