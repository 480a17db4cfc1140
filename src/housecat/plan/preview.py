"""A plan as its author checks it before trusting it: each step in words, names, warnings."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel

from housecat.plan.models import Action, Plan, Step, Target
from housecat.plan.names import BUILT_IN, names_used
from housecat.plan.warnings import static_warnings


class PreviewStep(BaseModel):
    """One step, with the words it says it in; the locator once a run found its element."""

    action: Action
    target: Target | None = None
    value: str | None = None
    count: int | None = None
    phrase: str
    description: str
    locator: str | None = None
    only_if: Target | None = None

    @classmethod
    def of(cls, step: Step) -> PreviewStep:
        return cls(
            action=step.action,
            target=step.target,
            value=step.value,
            count=step.count,
            phrase=step.phrase,
            description=step.describe(),
            locator=step.locator,
            only_if=step.only_if,
        )


class PlanPreview(BaseModel):
    """A goal as read: its steps, the `{{names}}` it uses (and lacks), what to beware of."""

    goal: str
    steps: list[PreviewStep]
    variables: list[str]
    missing: list[str]
    warnings: list[str]


def preview(plan: Plan, given: Iterable[str] = ()) -> PlanPreview:
    """Describe a plan; `given` names the values there are, to say which ones lack one."""
    used = names_used(plan.steps)
    return PlanPreview(
        goal=plan.goal,
        steps=[PreviewStep.of(step) for step in plan.steps],
        variables=sorted(used),
        missing=sorted(used - set(given) - set(BUILT_IN)),
        warnings=warnings_of(plan),
    )


def warnings_of(plan: Plan) -> list[str]:
    """The warnings a run left on the plan, then those the plan alone shows."""
    found = list(plan.warnings)
    return found + [warning for warning in static_warnings(plan) if warning not in found]
