"""A model picks the element that stands for an action's lost target, among the page's own.

Asked only when no name on the page is close enough, once per step, and never for a
check. It sees the step (its action, target and words; never a value) and the page's
elements of fitting kinds, numbered; it answers a number or none, with a reason. HouseCat
uses its answer only if it is one of the numbers offered and the element is on the page.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from pydantic import BaseModel, Field
from pydantic_ai import Agent
from pydantic_ai.exceptions import ModelHTTPError, ModelRequestTimeout, ModelTimeoutError
from pydantic_ai.models import Model

from housecat.browser.heal import Candidate, Choice
from housecat.llm.usage import Meter
from housecat.plan.models import Step

log = logging.getLogger(__name__)

INSTRUCTIONS = """\
A website test's step acts on an element that is no longer on the page: it was renamed or \
redesigned. You see the step and the page's elements of fitting kinds, numbered. Choose the \
element that does the same job as the one the step named. If none clearly does, answer \
none: never guess. Give the element's number as choice (null for none) and a one-line reason.
"""

# A number and a line of reason; a small bound also keeps Anthropic's answer unstreamed.
MAX_TOKENS = 512
LONGEST_REASON = 200


class Pick(BaseModel):
    """The element that does the step's job, by its number; or none."""

    choice: int | None = Field(
        description="The number of the element that does the same job; null when none does."
    )
    reason: str = Field(description="One line: why this element, or why none.")


class ModelHealer:
    """Heals lost targets with one model; each run gets a chooser bound to its meter."""

    def __init__(self, model: Model, *, timeout_s: float) -> None:
        self.agent: Agent[None, Pick] = Agent(
            model, output_type=Pick, instructions=INSTRUCTIONS, retries=1
        )
        self.timeout_s = timeout_s

    def for_run(self, meter: Meter) -> RunHealer:
        """The chooser for one run, spending from (and counted in) its meter."""
        return RunHealer(self.agent, self.timeout_s, meter)


@dataclass(frozen=True)
class RunHealer:
    """Asks the model which of the page's elements stands for a step's lost target."""

    agent: Agent[None, Pick]
    timeout_s: float
    meter: Meter

    async def choose(self, step: Step, candidates: list[Candidate]) -> Choice | None:
        """Ask the model once; None when model use is stopped (a spent budget)."""
        stopped = self.meter.refusal()
        if stopped is not None:
            log.info("no model heal of '%s': %s", step.phrase, stopped)
            return None
        try:
            # The request's own timeout, and one retry of a malformed answer, within this.
            async with asyncio.timeout(self.timeout_s):
                result = await self.agent.run(
                    _prompt(step, candidates),
                    model_settings={
                        "timeout": self.timeout_s,
                        "max_retries": 1,
                        "max_tokens": MAX_TOKENS,
                    },
                )
        except Exception as exc:  # a model's failure fails the step as without it; never a crash
            log.warning("the model failed to heal '%s': %r", step.phrase, exc)
            return Choice(None, f"the model could not heal it: {self._failure(exc)}")
        self.meter.add("heal", result.new_messages())
        pick = result.output
        reason = _one_line(pick.reason)
        if pick.choice is None:
            return Choice(None, f"the model found no element that does its job: {reason}")
        if not 0 <= pick.choice < len(candidates):
            return Choice(
                None, f"the model could not heal it: it chose {pick.choice}, which was not offered"
            )
        return Choice(candidates[pick.choice], reason)

    def _failure(self, exc: Exception) -> str:
        """Say why the model gave no choice, for a person."""
        if isinstance(exc, TimeoutError | ModelTimeoutError | ModelRequestTimeout):
            return f"it did not answer within {self.timeout_s:g} s"
        if isinstance(exc, ModelHTTPError):
            return f"its server answered HTTP {exc.status_code}"
        return f"its answer was not a choice ({_one_line(str(exc) or type(exc).__name__)})"


def _prompt(step: Step, candidates: list[Candidate]) -> str:
    """The step as the goal says it, and the numbered elements: never the step's value."""
    target = step.target
    assert target is not None  # only a step with a target has one to lose
    named = f"{target.role} '{target.text}'" if target.role else f"'{target.text}'"
    if target.within:
        named += f" in '{target.within}'"
    listed = "\n".join(f"{i}. {c.role} '{c.name}'" for i, c in enumerate(candidates))
    return (
        f"Step: {step.action} {named}\n"
        f"Words of the goal: {step.phrase}\n\n"
        f"Elements on the page now:\n{listed}"
    )


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= LONGEST_REASON else line[: LONGEST_REASON - 1] + "…"
