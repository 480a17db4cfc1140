"""The test-suite API: `/api/tests`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from housecat.suites.models import (
    CreateTestSuite,
    TestSuiteListResponse,
    TestSuiteResponse,
    UpdateTestSuite,
)
from housecat.suites.service import SuiteService
from housecat.web.openapi import TOKEN_REQUIRED, errors
from housecat.web.state import suites

router = APIRouter(prefix="/api/tests", tags=["tests"], dependencies=TOKEN_REQUIRED)
Suites = Annotated[SuiteService, Depends(suites)]


@router.post("")
async def create_test(body: CreateTestSuite, service: Suites) -> TestSuiteResponse:
    """Create a test suite and put it on its schedule."""
    return await service.create(body)


@router.get("")
async def list_tests(service: Suites) -> TestSuiteListResponse:
    """List every test suite, newest first."""
    return await service.list()


@router.get("/{test_id}")
async def get_test(test_id: str, service: Suites) -> TestSuiteResponse:
    """Get one test suite."""
    return await service.get(test_id)


@router.put("/{test_id}")
async def update_test(test_id: str, body: UpdateTestSuite, service: Suites) -> TestSuiteResponse:
    """Change some fields of a test suite; pausing and resuming go through `status`."""
    return await service.update(test_id, body)


@router.delete("/{test_id}", responses=errors(502))
async def delete_test(test_id: str, service: Suites) -> dict[str, str]:
    """Delete a test suite with its results, timings, events and incidents."""
    return await service.delete(test_id)
