"""A test's steps made explicit: read them, pin edited ones in place of the goal, unpin.

A pinned test runs its steps as written (after opening its URL); its goal is only a
description and is never read over them. Unpinning reads the goal again.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from housecat.clock import now_iso
from housecat.errors import InvalidInput, NotFound
from housecat.plan.models import Plan, Step
from housecat.plan.read import values_of
from housecat.plan.secrets import lift_secrets
from housecat.plan.warnings import static_warnings
from housecat.suites.journey import check_names, read_journey
from housecat.suites.models import TestSuiteResponse
from housecat.suites.steps_store import StepStore
from housecat.suites.store import SuiteStore
from housecat.suites.values import Values

STEPS_MAX = 200
StepsSource = Literal["pinned", "cache", "goal"]


class PinSteps(BaseModel):
    """Body of `PUT /api/tests/{id}/steps`: the steps to run, in order."""

    model_config = ConfigDict(extra="forbid")

    steps: list[Step] = Field(min_length=1, max_length=STEPS_MAX)


class StepsView(BaseModel):
    """A test's steps: pinned by hand, else its cached plan's, else its goal's reading."""

    __test__: ClassVar[bool] = False

    pinned: bool
    source: StepsSource
    steps: list[Step]
    warnings: list[str]


class StepService:
    """Show, pin and unpin the steps of a test."""

    def __init__(self, suites: SuiteStore, store: StepStore) -> None:
        self.suites = suites
        self.store = store

    async def view(self, test_id: str) -> StepsView:
        test = await self._test(test_id)
        if test.pinned and test.steps:
            return _view(test, "pinned", test.steps)
        cached = await self.store.cached_plan(test)
        if cached is not None:
            return _view(test, "cache", _without_opening(cached.steps, test.url))
        return _view(test, "goal", read_journey(test.goal).steps)

    async def pin(self, test_id: str, body: PinSteps) -> StepsView:
        """Keep the steps as the test's plan; passwords typed in them become secrets."""
        test = await self._test(test_id)
        written = [as_written(step) for step in body.steps]
        reading = lift_secrets(Plan(goal=test.goal, steps=written))
        secrets = {**test.secret_values(), **reading.secrets}
        steps = reading.plan.steps
        own, _ = values_of(test.goal)  # the goal still defines what it saves
        check_names(test.url, steps, Values({**own, **test.variables}, secrets), pinned=True)
        pinned = await self.store.pin(test_id, steps, secrets, now_iso())
        if pinned is None:
            raise NotFound(f"test '{test_id}' not found")
        return _view(pinned, "pinned", steps)

    async def unpin(self, test_id: str) -> StepsView:
        """Read the goal again in place of the pinned steps."""
        test = await self._test(test_id)
        try:
            journey = read_journey(test.goal)
            variables = {**journey.own, **test.variables}
            values = Values(variables, {**journey.lifted, **test.secret_values()})
            check_names(test.url, journey.steps, values)
        except InvalidInput as exc:
            raise InvalidInput(f"the steps stay pinned: {exc.message}", exc.fields) from None
        unpinned = await self.store.unpin(test_id, now_iso())
        if unpinned is None:
            raise NotFound(f"test '{test_id}' not found")
        return _view(unpinned, "goal", journey.steps)

    async def _test(self, test_id: str) -> TestSuiteResponse:
        test = await self.suites.get(test_id)
        if test is None:
            raise NotFound(f"test '{test_id}' not found")
        return test


def _view(test: TestSuiteResponse, source: StepsSource, steps: list[Step]) -> StepsView:
    warnings = static_warnings(Plan(goal=test.goal, steps=steps))
    return StepsView(pinned=test.pinned, source=source, steps=steps, warnings=warnings)


def as_written(step: Step) -> Step:
    """The step as a person wrote it: locators are the next run's to find again."""
    phrase = step.phrase.strip() or step.describe()
    return step.model_copy(update={"locator": None, "healed": False, "phrase": phrase})


def _without_opening(steps: list[Step], url: str) -> list[Step]:
    """Leave out the step a run adds to open the test's URL (see `runs.pipeline.starting_at`)."""
    first = steps[0]
    opens = first.action == "goto" and first.value == url and first.phrase == f"open {url}"
    return steps[1:] if opens and len(steps) > 1 else steps
