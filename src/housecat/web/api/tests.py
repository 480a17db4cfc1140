"""The test-suite API: `/api/tests`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel

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


class ModelUseView(BaseModel):
    """What a test spent on models, by UTC day, and why a budget stopped it today if one did."""

    today: Spend
    last_30_days: Spend
    stopped_today: str | None


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
async def get_test(test_id: str, service: Suites, request: Request) -> SavedTest:
    """Get one test suite; `warnings` say too when a daily budget stopped its model use today."""
    saved = _answer(await service.get(test_id), request)
    stopped = (await app_state(request).spend.of_test(test_id)).stopped_today
    if stopped:
        saved.warnings.append(stopped_warning(stopped))
    return saved


@router.get("/{test_id}/model-use")
async def get_model_use(test_id: str, service: Suites, request: Request) -> ModelUseView:
    """What the test spent on models today and over the last 30 days (UTC days)."""
    await service.get(test_id)  # 404 for a test that does not exist
    spend = await app_state(request).spend.of_test(test_id)
    return ModelUseView(
        today=spend.today, last_30_days=spend.month, stopped_today=spend.stopped_today
    )


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
