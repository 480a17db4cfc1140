"""A test's steps in the specification's terms (`step_order`, `action_type`, `target`,
`value`, `expected_result`): the explicit steps of `suites/steps.py`, read and appended.

Appending pins the steps, exactly as `PUT /api/tests/{id}/steps` does: the test's current
steps (pinned, else its cached plan's, else its goal's reading) followed by the new ones.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from housecat.errors import InvalidInput, field_errors
from housecat.plan.models import Action, Compare, Step, Target
from housecat.suites.steps import STEPS_MAX, PinSteps, StepService, StepsSource, StepsView


def _named(value: object) -> object:
    """Read a target given as text alone as the element's name."""
    return {"text": value} if isinstance(value, str) else value


class TestStep(BaseModel):
    """One step: an action with its `value`, or a check with its `expected_result`."""

    __test__: ClassVar[bool] = False

    step_order: int = Field(description="Position in the test, from 1")
    action_type: Action
    target: Target | None = Field(description="The element, as a person names it")
    value: str | None = Field(description="What an action types, picks, presses or opens")
    expected_result: str | None = Field(
        description="What a check expects: the text, URL, title, value or count"
    )
    phrase: str = Field(description="The words the step was written in")
    count_at_least: bool = Field(default=False, description="expect_count: a floor, not exact")
    count_at_most: bool = Field(default=False, description="expect_count: a ceiling, not exact")
    compare: Compare = "contains"
    status: int | None = Field(default=None, description="goto: the HTTP error it must answer")
    password: str | None = Field(default=None, description="sign_in: a {{variable}}")
    only_if: Target | None = Field(default=None, description="Run only when this is shown")
    only_if_enabled: bool = Field(
        default=False, description="Run only when the step's own element (only_if) is enabled"
    )


class NewStep(BaseModel):
    """A step to append; a check's expectation goes in `expected_result` (or `value`)."""

    # Values are kept exactly as typed, as `PUT /api/tests/{id}/steps` keeps them.
    model_config = ConfigDict(extra="forbid")

    step_order: int | None = Field(
        default=None, ge=1, description="Where it lands, if sent: must follow the steps before"
    )
    action_type: Action
    target: Annotated[Target | None, BeforeValidator(_named)] = Field(
        default=None, description="The element's name, or {text, role, nth, within}"
    )
    value: str | None = None
    expected_result: str | None = None
    phrase: str = Field(default="", max_length=500, description="Blank: said from the step")
    count_at_least: bool = False
    count_at_most: bool = False
    compare: Compare = "contains"
    status: int | None = None
    password: str | None = None
    only_if: Target | None = None
    only_if_enabled: bool = False


class AddSteps(BaseModel):
    """Body of `POST /api/v1/tests/{id}/steps`: steps appended in this order."""

    model_config = ConfigDict(extra="forbid")

    steps: list[NewStep] = Field(min_length=1, max_length=STEPS_MAX)


class TestSteps(BaseModel):
    """A test's steps: pinned by hand, else its cached plan's, else its goal's reading."""

    __test__: ClassVar[bool] = False

    test_id: str
    pinned: bool
    source: StepsSource
    steps: list[TestStep]
    warnings: list[str]


def shown(order: int, step: Step) -> TestStep:
    """A stored step in the specification's terms."""
    expected = str(step.count) if step.count is not None else step.value
    return TestStep(
        step_order=order,
        action_type=step.action,
        target=step.target,
        value=None if step.is_check else step.value,
        expected_result=expected if step.is_check else None,
        phrase=step.phrase,
        count_at_least=step.at_least,
        count_at_most=step.at_most,
        compare=step.compare,
        status=step.status,
        password=step.password,
        only_if=step.only_if,
        only_if_enabled=step.only_if_enabled,
    )


def _stored(new: NewStep) -> Step:
    """The step to pin; ValueError says what is wrong with it."""
    fields = new.model_dump(
        exclude={"step_order", "expected_result", "count_at_least", "count_at_most"}
    )
    fields |= {"action": fields.pop("action_type"), "at_least": new.count_at_least}
    fields["at_most"] = new.count_at_most
    expected = new.expected_result
    if expected is not None and new.action_type not in _EXPECTING:
        raise ValueError(f"expected_result belongs to checks; {new.action_type} is an action")
    if new.action_type == "expect_count":
        if expected is None or not expected.isdigit():
            raise ValueError("expect_count needs expected_result: a whole number")
        fields["count"] = int(expected)
    elif expected is not None:
        if new.value is not None and new.value != expected:
            raise ValueError("send a check's expectation once: value or expected_result")
        fields["value"] = expected
    return Step.model_validate(fields)


# A stored step's fields under the names this API gives them.
_SPEC_NAMES = {
    "action": "action_type",
    "count": "expected_result",
    "at_least": "count_at_least",
    "at_most": "count_at_most",
}
# The checks whose expectation is a value (the others check what their action names).
_EXPECTING = frozenset(
    {"expect_text", "expect_no_text", "expect_url", "expect_title", "expect_count"}
    | {"expect_selected", "expect_option", "expect_value"}
)


class CatalogSteps:
    """Show and append a test's steps."""

    def __init__(self, steps: StepService) -> None:
        self.steps = steps

    async def view(self, test_id: str) -> TestSteps:
        return _answer(test_id, await self.steps.view(test_id))

    async def add(self, test_id: str, body: AddSteps) -> TestSteps:
        """Append the steps and pin the whole list in place of the goal."""
        current = (await self.steps.view(test_id)).steps
        problems: dict[str, str] = {}
        added: list[Step] = []
        for index, new in enumerate(body.steps):
            where = len(current) + index + 1
            if new.step_order is not None and new.step_order != where:
                problems[f"steps.{index}.step_order"] = f"is {where}: steps are appended"
                continue
            try:
                added.append(_stored(new))
            except ValidationError as exc:
                for name, reason in field_errors(exc.errors()).items():
                    spec = _SPEC_NAMES.get(name, name)
                    at = f"steps.{index}" + ("" if spec == "body" else f".{spec}")
                    problems.setdefault(at, reason)
            except ValueError as exc:
                problems[f"steps.{index}"] = str(exc)
        if len(current) + len(body.steps) > STEPS_MAX:
            problems["steps"] = f"a test has at most {STEPS_MAX} steps; it has {len(current)}"
        if problems:
            raise InvalidInput.of(problems)
        return _answer(test_id, await self.steps.pin(test_id, PinSteps(steps=current + added)))


def _answer(test_id: str, view: StepsView) -> TestSteps:
    steps = [shown(order, step) for order, step in enumerate(view.steps, start=1)]
    return TestSteps(
        test_id=test_id,
        pinned=view.pinned,
        source=view.source,
        steps=steps,
        warnings=view.warnings,
    )
