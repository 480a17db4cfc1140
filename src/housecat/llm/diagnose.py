"""A model says why a run most likely failed, after the verdict; its answer never changes it.

It is shown the goal, the failed step and HouseCat's reason, the page's accessibility tree
when the step failed and, when the run typed no secret, the screenshot. Whatever goes wrong
on the model's side (an error, a timeout, an answer that is not a diagnosis) leaves the run
as it was, with no diagnosis.
"""

from __future__ import annotations

import asyncio
import logging

from pydantic import BaseModel, Field
from pydantic_ai import Agent, BinaryContent
from pydantic_ai.messages import UserContent
from pydantic_ai.models import Model

from housecat.llm.usage import Meter
from housecat.runs.diagnosis import Cause, Diagnosis, Failure, short

log = logging.getLogger(__name__)

INSTRUCTIONS = """\
A website test written in plain English failed when HouseCat, a synthetic monitor, ran it \
in a real browser. The verdict is final; you explain it to the person who owns the test.

From the goal, the step that failed, HouseCat's reason, the page as an accessibility tree \
when it failed and, when given, a screenshot of it: say in at most two short sentences what \
most likely went wrong, naming what you saw on the page. Then classify the cause:
- app_broken: the site itself is broken (an error page, a missing feature, wrong content).
- ui_changed: the site works, but its controls or words changed, so the steps no longer match.
- infrastructure: the network, a timeout, the server down or unreachable, the browser.
- goal_unclear: the goal is ambiguous, or asks for what the page was never meant to show.
"""

# Two sentences and a label: a small bound keeps the answer short, and cheap.
MAX_TOKENS = 512


class Opinion(BaseModel):
    """The model's answer: why the run failed, and the kind of cause."""

    summary: str = Field(description="At most two short sentences: what most likely went wrong.")
    cause: Cause = Field(description="The kind of cause.")


class ModelDiagnoser:
    """Diagnoses failed runs with one model, each in a single request."""

    def __init__(self, model: Model, *, timeout_s: float) -> None:
        self.agent: Agent[None, Opinion] = Agent(
            model, output_type=Opinion, instructions=INSTRUCTIONS, retries=1
        )
        self.name = model.model_name
        self.timeout_s = timeout_s

    async def diagnose(self, failure: Failure, meter: Meter) -> Diagnosis | None:
        """Ask the model why the run failed; None when it may not, or gives no diagnosis."""
        stopped = meter.refusal()
        if stopped is not None:
            log.info("no diagnosis: %s", stopped)
            return None
        try:
            # Each request has its own timeout; an answer asked again must not take for ever.
            async with asyncio.timeout(self.timeout_s * 2):
                result = await self.agent.run(
                    _prompt(failure),
                    model_settings={
                        "timeout": self.timeout_s,
                        "max_retries": 1,
                        "max_tokens": MAX_TOKENS,
                    },
                )
        except Exception as exc:  # the model's failure is only a missing diagnosis
            log.warning("the model gave no diagnosis: %r", exc)
            return None
        meter.add("diagnose", result.new_messages())
        opinion = result.output
        summary = short(opinion.summary)
        if not summary:
            return None
        model = result.response.model_name or self.name
        return Diagnosis(summary=summary, cause=opinion.cause, model=model)


def _prompt(failure: Failure) -> list[UserContent]:
    """The failure as the model reads it: text, then the screenshot when there is one."""
    parts = [
        f"Goal:\n{failure.goal}",
        f"Failed step ({failure.action}): {failure.step}",
        f"HouseCat's reason: {failure.error}",
    ]
    if failure.url:
        parts.append(f"Page address: {failure.url}")
    if failure.snapshot:
        parts.append(f"The page when the step failed:\n{failure.snapshot}")
    prompt: list[UserContent] = ["\n\n".join(parts)]
    if failure.screenshot is not None:
        prompt.append("A screenshot of the page when the step failed:")
        prompt.append(BinaryContent(data=failure.screenshot, media_type="image/png"))
    return prompt
