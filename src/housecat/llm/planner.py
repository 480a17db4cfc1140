"""A model compiles a goal on the page: it proposes steps, HouseCat runs them, it sees the result.

The model sees the goal (every secret as its `{{name}}`), the Step schema as its structured
output, and a compact accessibility snapshot of the page. Guard rails are code, not prompt:
a check whose words the goal does not say is refused, and the model asked once more; a check
the grammar read in the goal must be in the plan. The plan it leaves is recorded and replayed
like any other, with no model call.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field

from pydantic import BaseModel, Field
from pydantic_ai import Agent
from pydantic_ai.exceptions import (
    ModelHTTPError,
    ModelRequestTimeout,
    ModelTimeoutError,
    UnexpectedModelBehavior,
    UsageLimitExceeded,
)
from pydantic_ai.messages import ModelMessage
from pydantic_ai.models import Model
from pydantic_ai.usage import RunUsage, UsageLimits

from housecat.browser.outcomes import StepFailed
from housecat.errors import GoalNotUnderstood
from housecat.llm import guard
from housecat.llm.usage import Meter
from housecat.plan.models import Step
from housecat.plan.variables import placeholder

log = logging.getLogger(__name__)

INSTRUCTIONS = """\
You turn a website test's goal, written in plain English, into steps for HouseCat, a \
synthetic monitor that runs them in a real browser. You see the page as an accessibility \
tree. Propose the next few steps that carry out the goal from this page; HouseCat runs them \
and shows you the page again. Set done to true when the steps so far and these carry out, and \
check, everything the goal says.

Rules:
- Only do and check what the goal says. Never add a check the goal does not state.
- Each check's expected text and element names must be words of the goal, copied exactly.
- Name elements as the page's accessibility tree names them (target.text), with their role.
- phrase is the words of the goal the step comes from.
- Write a value the goal gives as {{name}} exactly as {{name}}: never guess a secret.
- Prefer concrete actions (click, fill, select, check, press, goto) and checks \
(expect_text, expect_url, expect_title, expect_visible, ...).
"""

# Enough for a turn's few steps; a small bound also keeps Anthropic's answer unstreamed.
MAX_TOKENS = 4096


class Proposal(BaseModel):
    """The next steps towards the goal, and whether the goal is then carried out whole."""

    steps: list[Step] = Field(description="The steps to run next, in order; may be empty.")
    done: bool = Field(description="True when the steps so far and these cover the whole goal.")


@dataclass(frozen=True)
class Budget:
    """How much one compile may spend: model turns, tokens, and seconds."""

    turns: int = 12
    tokens: int = 200_000
    seconds: float = 180.0


@dataclass
class ModelPlanner:
    """One goal's compile: asked for the next steps each time the ones before have run."""

    agent: Agent[None, Proposal]
    goal: str
    said: str
    stated: list[Step]
    names: str
    secrets: dict[str, str]
    budget: Budget
    timeout_s: float
    meter: Meter
    proposed: list[Step] = field(default_factory=list)
    messages: list[ModelMessage] = field(default_factory=list)
    usage: RunUsage = field(default_factory=RunUsage)
    turns: int = 0
    finishing: bool = False
    reminded: bool = False
    started: float = field(default_factory=time.monotonic)

    async def next_steps(self, snapshot: str) -> list[Step]:
        """Ask the model what to do next on this page; none once the goal is covered."""
        page = f"The page now:\n{_hidden(snapshot, self.secrets)}"
        if not self.turns:
            prompt = self._opening(page)
        elif self.finishing:
            return await self._finish(page)
        else:
            prompt = f"The steps ran and passed. {page}"
        return await self._steps(prompt)

    async def _steps(self, prompt: str) -> list[Step]:
        proposal = await self._ask(prompt)
        refused = self._refused(proposal)
        if refused is not None:
            unsaid = guard.unsaid(refused, self.said)
            proposal = await self._ask(
                f"Refused: the check '{refused.phrase}' expects '{unsaid}',"
                " which the goal does not say. Check only what the goal says, in its own words. "
                "Propose the next steps again."
            )
            refused = self._refused(proposal)
            if refused is not None:
                unsaid = guard.unsaid(refused, self.said)
                raise StepFailed(
                    GoalNotUnderstood(refused.phrase).message
                    + f": the model checks '{unsaid}', which the goal does not say"
                )
        steps = [s.model_copy(update={"locator": None, "healed": False}) for s in proposal.steps]
        self.proposed += steps
        self.finishing = proposal.done
        if not steps and proposal.done:
            return await self._finish("")
        if not steps:
            raise StepFailed("the model proposed nothing to do and did not cover the goal")
        return steps

    async def _finish(self, page: str) -> list[Step]:
        """End once every check the goal states is in the plan; remind the model once."""
        lacking = guard.missing(self.stated, self.proposed)
        if not lacking:
            return []
        if self.reminded:
            raise StepFailed(
                GoalNotUnderstood(lacking[0].phrase).message
                + ": the model's plan leaves out this check the goal states"
            )
        self.reminded = True
        listed = "\n".join(s.model_dump_json(exclude_defaults=True) for s in lacking)
        self.finishing = False
        return await self._steps(
            f"The plan leaves out checks the goal states. Add them exactly as given:\n{listed}\n"
            + page
        )

    async def _ask(self, prompt: str) -> Proposal:
        """One turn of the conversation, within the budget; a clear reason when it fails."""
        if self.turns >= self.budget.turns:
            raise StepFailed(
                f"the model did not cover the goal in {self.budget.turns} turns: "
                "say it more plainly, or in steps the built-in reader understands"
            )
        stopped = self.meter.refusal()
        if stopped is not None:
            raise StepFailed(f"this goal needs the model to plan it, and {stopped}")
        self.turns += 1
        left = self.budget.seconds - (time.monotonic() - self.started)
        limits = UsageLimits(request_limit=None, total_tokens_limit=self.budget.tokens)
        try:
            async with asyncio.timeout(max(left, 0.001)):
                result = await self.agent.run(
                    prompt,
                    message_history=self.messages,
                    usage=self.usage,
                    usage_limits=limits,
                    model_settings={
                        "timeout": self.timeout_s,
                        "max_retries": 1,
                        "max_tokens": MAX_TOKENS,
                    },
                )
        except TimeoutError:
            raise StepFailed(
                f"the model took longer than {self.budget.seconds:g} s to plan the goal"
            ) from None
        except Exception as exc:  # a model's failure fails the run, clearly; never HouseCat
            log.warning("the model failed to plan: %r", exc)
            raise StepFailed(self._failure(exc)) from None
        self.meter.add("compile", result.new_messages())
        self.messages = result.all_messages()
        self.usage = result.usage
        return result.output

    def _failure(self, exc: Exception) -> str:
        """Say why the model gave no plan, for a person."""
        if isinstance(exc, ModelTimeoutError | ModelRequestTimeout):
            return f"the model did not answer within {self.timeout_s:g} s"
        if isinstance(exc, ModelHTTPError):
            body = exc.body if isinstance(exc.body, dict) else {}
            said = body.get("message") or body.get("error") or _first_line(exc)
            return f"the model's server answered HTTP {exc.status_code}: {said}"
        if isinstance(exc, UsageLimitExceeded):
            return f"the model used up its budget of {self.budget.tokens} tokens for a plan"
        if isinstance(exc, UnexpectedModelBehavior):
            return f"the model's answer was not a plan of steps ({_first_line(exc)})"
        return f"the model could not plan the goal: {_first_line(exc)}"

    def _refused(self, proposal: Proposal) -> Step | None:
        return next((s for s in proposal.steps if guard.unsaid(s, self.said) is not None), None)

    def _opening(self, page: str) -> str:
        stated = "\n".join(s.model_dump_json(exclude_defaults=True) for s in self.stated)
        parts = [f"Goal:\n{self.goal}"]
        if self.names:
            parts.append(f"Values the steps may use, as written: {self.names}")
        if stated:
            parts.append(f"Checks the goal states, which the plan must include as given:\n{stated}")
        return "\n\n".join([*parts, page])


class ModelCompiler:
    """Compiles goals with one model, each goal in a conversation of its own."""

    def __init__(self, model: Model, *, timeout_s: float, budget: Budget = Budget()) -> None:
        self.agent: Agent[None, Proposal] = Agent(
            model, output_type=Proposal, instructions=INSTRUCTIONS, retries=1
        )
        self.timeout_s = timeout_s
        self.budget = budget

    def for_goal(
        self,
        goal: str,
        *,
        variables: dict[str, str],
        secrets: dict[str, str],
        stated: list[Step],
        meter: Meter,
    ) -> ModelPlanner:
        """Start compiling a goal; the model never sees a secret's value."""
        goal = _hidden(goal, secrets)
        names = [f"{{{{{n}}}}} = {v!r}" for n, v in variables.items()]
        names += [f"{{{{{n}}}}} (secret)" for n in secrets]
        return ModelPlanner(
            agent=self.agent,
            goal=goal,
            said=guard.said(goal, variables.values()),
            stated=stated,
            names=", ".join(names),
            secrets=secrets,
            budget=self.budget,
            timeout_s=self.timeout_s,
            meter=meter,
        )


def _hidden(text: str, secrets: dict[str, str]) -> str:
    """Write each secret the text spells out as its {{name}}: the model never sees it."""
    for name, value in sorted(secrets.items(), key=lambda kv: -len(kv[1])):
        if value:
            text = text.replace(value, placeholder(name))
    return text


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:300]
