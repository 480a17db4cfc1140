"""The test cases of the `/api/v1` contract: `/api/v1/tests`, found by filters, search and
sort keys a page at a time, their steps, and one action on many tests at once."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from housecat.accounts.roles import Role
from housecat.errors import Conflict
from housecat.groups.models import ID_PATTERN
from housecat.locations.runs import manual_location
from housecat.runs.pipeline import new_run_id
from housecat.runs.tinyfish_run import TinyFishNotSetUp, setup_warnings
from housecat.suites.bulk import BulkAnswer, BulkRequest, BulkService
from housecat.suites.catalog_query import (
    DEFAULT_SORT,
    LIMIT_DEFAULT,
    LIMIT_MAX,
    Catalog,
    TestQuery,
    parse_sort,
)
from housecat.suites.catalog_steps import AddSteps, CatalogSteps, TestSteps
from housecat.suites.fields import CATEGORY_MAX, TAGS_MAX, Tag
from housecat.suites.models import (
    CreateTestSuite,
    SavedTest,
    TestSuiteResponse,
    UpdateTestSuite,
)
from housecat.suites.service import SuiteService
from housecat.web.auth import caller_of, refuse_unless_allowed
from housecat.web.openapi import TOKEN_REQUIRED, errors
from housecat.web.state import app_state, step_service, suites

router = APIRouter(prefix="/api/v1/tests", tags=["v1 tests"], dependencies=TOKEN_REQUIRED)
Suites = Annotated[SuiteService, Depends(suites)]


class TestPage(BaseModel):
    """One page of tests, the cursor of the next (null on the last) and how many match."""

    __test__ = False

    tests: list[SavedTest]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page")
    total: int = Field(description="How many tests match the filters, on every page")


def _answer(test: TestSuiteResponse, request: Request) -> SavedTest:
    ready = app_state(request).settings.tinyfish_api_key is not None
    warnings = setup_warnings(test, tinyfish_ready=ready)
    return SavedTest.model_validate(test.model_dump() | {"warnings": warnings})


@router.get("")
async def list_tests(
    request: Request,
    status: Literal["active", "paused", "error"] | None = None,
    last_result: Literal["passed", "failed", "error", "never"] | None = None,
    tag: Annotated[
        list[Tag], Query(max_length=TAGS_MAX, description="Repeat for several: all must match")
    ] = [],  # noqa: B006
    category: Annotated[str | None, Query(min_length=1, max_length=CATEGORY_MAX)] = None,
    suite_id: Annotated[
        str | None, Query(pattern=ID_PATTERN, description="Tests in this suite")
    ] = None,
    environment_id: Annotated[
        str | None, Query(pattern=ID_PATTERN, description="Tests run against this environment")
    ] = None,
    template_id: Annotated[
        str | None, Query(pattern=ID_PATTERN, description="Tests made from this template")
    ] = None,
    q: Annotated[
        str | None,
        Query(min_length=1, max_length=200, description="Words in the name, goal or description"),
    ] = None,
    created_after: Annotated[datetime | None, Query(description="ISO 8601, inclusive")] = None,
    created_before: Annotated[datetime | None, Query(description="ISO 8601, exclusive")] = None,
    sort: Annotated[
        str,
        Query(
            max_length=100,
            description="Keys by priority among name, created_at, last_run_at; '-' for "
            "descending; e.g. `-last_run_at,name`",
        ),
    ] = DEFAULT_SORT,
    limit: Annotated[int, Query(ge=1, le=LIMIT_MAX)] = LIMIT_DEFAULT,
    cursor: Annotated[str | None, Query(max_length=2000, description="From `next_cursor`")] = None,
) -> TestPage:
    """List tests that match every filter, sorted, a page at a time."""
    query = TestQuery(
        status=status,
        last_result=last_result,
        tags=tuple(tag),
        category=category,
        suite_id=suite_id,
        environment_id=environment_id,
        template_id=template_id,
        q=q,
        created_after=created_after,
        created_before=created_before,
        sort=parse_sort(sort),
        limit=limit,
        cursor=cursor,
    )
    page = await Catalog(app_state(request).redis).page(query)
    tests = [_answer(test, request) for test in page.tests]
    return TestPage(tests=tests, next_cursor=page.next_cursor, total=page.total)


@router.post("", status_code=201)
async def create_test(body: CreateTestSuite, service: Suites, request: Request) -> SavedTest:
    """Create a test (as `POST /api/tests` does) and put it on its schedule."""
    return _answer(await service.create(body), request)


@router.post("/bulk")
async def bulk(body: BulkRequest, request: Request) -> BulkAnswer:
    """Pause, resume, tag, untag, delete, run or duplicate up to 500 tests; answered per test."""
    if body.action == "delete":  # a delete, as `DELETE /api/v1/tests/{id}` is: admins only
        refuse_unless_allowed(request, caller_of(request), Role.ADMIN)
    state = app_state(request)

    async def start_run(test: TestSuiteResponse) -> str:
        if test.executor == "tinyfish" and state.settings.tinyfish_api_key is None:
            raise TinyFishNotSetUp()
        run_id = new_run_id()
        if not await state.queue.enqueue(test.id, run_id, "manual", manual_location(test)):
            raise Conflict(f"test '{test.id}' is already queued or running")
        return run_id

    return await BulkService(state.suites, step_service(state), start_run).apply(body)


@router.get("/{test_id}")
async def get_test(test_id: str, service: Suites, request: Request) -> SavedTest:
    """Get one test."""
    return _answer(await service.get(test_id), request)


@router.put("/{test_id}")
async def update_test(
    test_id: str, body: UpdateTestSuite, service: Suites, request: Request
) -> SavedTest:
    """Change the fields sent and keep the others (as `PUT /api/tests/{id}` does)."""
    return _answer(await service.update(test_id, body), request)


@router.delete("/{test_id}", responses=errors(502))
async def delete_test(test_id: str, service: Suites) -> dict[str, str]:
    """Delete a test with everything it owns."""
    return await service.delete(test_id)


# A goal that no longer reads (the grammar changed since it was saved) is a 422.
@router.get("/{test_id}/steps", responses=errors(422))
async def get_steps(test_id: str, request: Request) -> TestSteps:
    """The steps the test runs: pinned by hand, else its cached plan's, else its goal's."""
    return await CatalogSteps(step_service(app_state(request))).view(test_id)


@router.post("/{test_id}/steps", status_code=201)
async def add_steps(test_id: str, body: AddSteps, request: Request) -> TestSteps:
    """Append steps; the test then runs its steps as pinned, in place of its goal."""
    return await CatalogSteps(step_service(app_state(request))).add(test_id, body)
