"""The test-suite API: `/api/tests`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from housecat.runs.budget import stopped_warning
from housecat.runs.spend import Spend
from housecat.runs.tinyfish_run import setup_warnings
from housecat.suites.models import (
    CreateTestSuite,
    SavedTest,
    SavedTestList,
    TestSuiteResponse,
    UpdateTestSuite,
)
from housecat.suites.service import SuiteService
from housecat.suites.steps import PinSteps, StepService, StepsView
from housecat.web.openapi import TOKEN_REQUIRED, errors
from housecat.web.state import app_state, steps, suites

router = APIRouter(prefix="/api/tests", tags=["tests"], dependencies=TOKEN_REQUIRED)
Suites = Annotated[SuiteService, Depends(suites)]
Steps = Annotated[StepService, Depends(steps)]


class TestWithSpend(SavedTest):
    """One test as the API answers it, with what it spent on models (UTC days)."""

    model_spend_today: Spend
    model_spend_30_days: Spend


def _answer(test: TestSuiteResponse, request: Request) -> SavedTest:
    ready = app_state(request).settings.tinyfish_api_key is not None
    warnings = setup_warnings(test, tinyfish_ready=ready)
    return SavedTest.model_validate(test.model_dump() | {"warnings": warnings})


@router.post("")
async def create_test(body: CreateTestSuite, service: Suites, request: Request) -> SavedTest:
    """Create a test suite and put it on its schedule; `warnings` say what it still needs."""
    return _answer(await service.create(body), request)


@router.get("")
async def list_tests(service: Suites, request: Request) -> SavedTestList:
    """List every test suite, newest first."""
    listing = await service.list()
    return SavedTestList(
        tests=[_answer(test, request) for test in listing.tests], total=listing.total
    )


@router.get("/{test_id}")
async def get_test(test_id: str, service: Suites, request: Request) -> TestWithSpend:
    """Get one test suite, with its model use today and over the last 30 days."""
    saved = _answer(await service.get(test_id), request)
    spend = await app_state(request).spend.of_test(test_id)
    if spend.stopped_today:
        saved.warnings.append(stopped_warning(spend.stopped_today))
    figures = {"model_spend_today": spend.today, "model_spend_30_days": spend.month}
    return TestWithSpend.model_validate(saved.model_dump() | figures)


@router.put("/{test_id}")
async def update_test(
    test_id: str, body: UpdateTestSuite, service: Suites, request: Request
) -> SavedTest:
    """Change some fields of a test suite; pausing and resuming go through `status`."""
    return _answer(await service.update(test_id, body), request)


@router.delete("/{test_id}", responses=errors(502))
async def delete_test(test_id: str, service: Suites) -> dict[str, str]:
    """Delete a test suite with its results, timings, events and incidents."""
    return await service.delete(test_id)


# A goal that no longer reads (the grammar changed since it was saved) is a 422.
@router.get("/{test_id}/steps", responses=errors(422))
async def get_steps(test_id: str, service: Steps) -> StepsView:
    """The steps the test runs: pinned by hand, else its cached plan's, else its goal's."""
    return await service.view(test_id)


@router.put("/{test_id}/steps")
async def pin_steps(test_id: str, body: PinSteps, service: Steps) -> StepsView:
    """Run these steps from now on, in place of the goal (which stays as a description)."""
    return await service.pin(test_id, body)


@router.delete("/{test_id}/steps", responses=errors(422))
async def unpin_steps(test_id: str, service: Steps) -> StepsView:
    """Drop the pinned steps: the goal is read again (422 if it cannot be)."""
    return await service.unpin(test_id)
