"""Suites, ordered groups of tests: `/api/v1/suites`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from housecat.groups.models import CreateSuite, SuiteDetail, SuiteList, UpdateSuite
from housecat.groups.service import GroupService
from housecat.named.fields import Deleted
from housecat.web.openapi import TOKEN_REQUIRED
from housecat.web.state import groups

router = APIRouter(prefix="/api/v1/suites", tags=["suites"], dependencies=TOKEN_REQUIRED)
Suites = Annotated[GroupService, Depends(groups)]


@router.get("")
async def list_suites(service: Suites) -> SuiteList:
    """List every suite, newest first, each with its test ids in order."""
    return await service.list()


@router.post("", status_code=201)
async def create_suite(body: CreateSuite, service: Suites) -> SuiteDetail:
    """Create a suite of existing tests; 422 names a test, environment or config that is not."""
    return await service.create(body)


@router.get("/{suite_id}")
async def get_suite(suite_id: str, service: Suites) -> SuiteDetail:
    """Get one suite with its tests in execution order (name, URL, last result)."""
    return await service.get(suite_id)


@router.put("/{suite_id}")
async def update_suite(suite_id: str, body: UpdateSuite, service: Suites) -> SuiteDetail:
    """Change the fields sent (a partial update); `tests` replaces the whole list."""
    return await service.update(suite_id, body)


@router.delete("/{suite_id}")
async def delete_suite(suite_id: str, service: Suites) -> Deleted:
    """Delete a suite and every index entry that names it; its tests stay."""
    return await service.delete(suite_id)
