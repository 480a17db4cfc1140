"""One action on many tests at once (`POST /api/v1/tests/bulk`), answered test by test.

Each test is changed through the same service as one request for it would be, so each
change is whole or not at all; one test's failure (unknown, invalid, busy) is reported
for that test and the others go on.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from redis.exceptions import RedisError

from housecat.errors import HouseCatError, InvalidInput, describe_fields, field_errors
from housecat.suites.fields import NAME_MAX, TAGS_MAX, Tags
from housecat.suites.models import CreateTestSuite, TestSuiteResponse, UpdateTestSuite
from housecat.suites.service import SuiteService
from housecat.suites.steps import PinSteps, StepService

log = logging.getLogger(__name__)

BULK_MAX = 500
BulkAction = Literal["pause", "resume", "tag", "untag", "delete", "run", "duplicate"]
# Queue a run of the test now; answer its run id, or raise why it cannot run.
StartRun = Callable[[TestSuiteResponse], Awaitable[str]]


class BulkRequest(BaseModel):
    """Body of `POST /api/v1/tests/bulk`."""

    model_config = ConfigDict(extra="forbid")

    action: BulkAction
    ids: list[Annotated[str, Field(min_length=1, max_length=64)]] = Field(
        min_length=1, max_length=BULK_MAX, description="Test ids; one named twice is done once"
    )
    tags: Tags | None = Field(default=None, description="For `tag` and `untag` only")


class BulkOutcome(BaseModel):
    """What the action did to one test."""

    id: str
    ok: bool
    error: str | None = None
    new_id: str | None = Field(default=None, description="duplicate: the copy's id")
    run_id: str | None = Field(default=None, description="run: the queued run's id")


class BulkAnswer(BaseModel):
    action: BulkAction
    results: list[BulkOutcome]
    succeeded: int
    failed: int


class BulkService:
    """Apply one action to each test named, and say per test how it went."""

    def __init__(self, suites: SuiteService, steps: StepService, start_run: StartRun) -> None:
        self.suites = suites
        self.steps = steps
        self.start_run = start_run

    async def apply(self, body: BulkRequest) -> BulkAnswer:
        wants_tags = body.action in ("tag", "untag")
        if wants_tags and not body.tags:
            raise InvalidInput.of({"tags": f"name at least one tag to {body.action}"})
        if not wants_tags and body.tags is not None:
            raise InvalidInput.of({"tags": f"belongs to tag and untag, not {body.action}"})
        results = [await self._one(body, test_id) for test_id in dict.fromkeys(body.ids)]
        succeeded = sum(outcome.ok for outcome in results)
        return BulkAnswer(
            action=body.action,
            results=results,
            succeeded=succeeded,
            failed=len(results) - succeeded,
        )

    async def _one(self, body: BulkRequest, test_id: str) -> BulkOutcome:
        try:
            return await self._act(body, test_id)
        except HouseCatError as exc:
            return BulkOutcome(id=test_id, ok=False, error=exc.message)
        except ValidationError as exc:
            error = describe_fields(field_errors(exc.errors()))
            return BulkOutcome(id=test_id, ok=False, error=error)
        except RedisError as exc:
            log.error("bulk %s of test %s failed: %s", body.action, test_id, exc)
            return BulkOutcome(id=test_id, ok=False, error="storage unavailable; try again")

    async def _act(self, body: BulkRequest, test_id: str) -> BulkOutcome:
        match body.action:
            case "pause" | "resume":
                status = "paused" if body.action == "pause" else "active"
                await self.suites.update(test_id, UpdateTestSuite(status=status))
            case "tag" | "untag":
                await self._retag(test_id, body.tags or [], add=body.action == "tag")
            case "delete":
                await self.suites.delete(test_id)
            case "run":
                run_id = await self.start_run(await self.suites.get(test_id))
                return BulkOutcome(id=test_id, ok=True, run_id=run_id)
            case "duplicate":
                return BulkOutcome(id=test_id, ok=True, new_id=await self._duplicate(test_id))
        return BulkOutcome(id=test_id, ok=True)

    async def _retag(self, test_id: str, tags: list[str], *, add: bool) -> None:
        have = (await self.suites.get(test_id)).tags
        kept = list(dict.fromkeys(have + tags)) if add else [t for t in have if t not in tags]
        if len(kept) > TAGS_MAX:
            raise InvalidInput(f"a test has at most {TAGS_MAX} tags; it would have {len(kept)}")
        if kept != have:
            await self.suites.update(test_id, UpdateTestSuite(tags=kept))

    async def _duplicate(self, test_id: str) -> str:
        """Copy a test (its pinned steps, its template) under a new id, in the original's status."""
        test = await self.suites.get(test_id)
        fields = test.model_dump(include=set(CreateTestSuite.model_fields) - {"secrets"})
        name = f"{test.name} (copy)"
        fields |= {"name": name if len(name) <= NAME_MAX else test.name[: NAME_MAX - 3] + "..."}
        copy = await self.suites.create(
            CreateTestSuite.model_validate(fields | {"secrets": test.secret_values()}),
            template_id=test.template_id,  # a copy of a template's test is one of its tests
        )
        try:
            if test.pinned and test.steps:
                await self.steps.pin(copy.id, PinSteps(steps=test.steps))
            # A new test's first due time is its schedule's next slot: pausing comes first.
            if test.status == "paused":
                await self.suites.update(copy.id, UpdateTestSuite(status="paused"))
        except (HouseCatError, RedisError):
            await self.suites.delete(copy.id, forever=True)  # no half-made copy
            raise
        return copy.id
