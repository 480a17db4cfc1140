"""What a run's model use costs: tokens and an estimated price, and whether it may spend more.

Prices come from the maintained `genai-prices` table, by the model name the provider
answered with. A model the table does not know (a local server's) is counted in tokens,
with no price. This module imports no model library, so runs without the llm extra use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

Purpose = Literal["compile", "heal", "diagnose"]


class ModelUse(BaseModel):
    """One use of a model in a run: what for, which model, its tokens and estimated cost."""

    purpose: Purpose
    model: str
    requests: int
    input_tokens: int
    output_tokens: int
    # US dollars by the price table; None when it does not know the model.
    cost_usd: float | None = None


@dataclass
class Meter:
    """A run's model spending: every use, and whether the budget leaves room for more.

    `left_usd` is what the day's budgets (the test's and HouseCat's) left when the run
    began; None when no budget is set. `stopped` says why model use is off for the run;
    `refused`, why it was refused when the run asked for it (the test shows it as a warning).
    """

    left_usd: float | None = None
    stopped: str | None = None
    uses: list[ModelUse] = field(default_factory=list)
    refused: str | None = None

    def refusal(self) -> str | None:
        """Why the model may not be used now; None when it may."""
        reason = self.stopped
        if reason is None and self.left_usd is not None and self.spent_usd >= self.left_usd:
            reason = "the daily model budget is spent"
        self.refused = reason or self.refused
        return reason

    @property
    def spent_usd(self) -> float:
        return sum(use.cost_usd or 0.0 for use in self.uses)

    def add(self, purpose: Purpose, messages: Iterable[Any]) -> None:
        """Count the model's answers among `messages` (pydantic-ai's) in the use for `purpose`."""
        answers = [m for m in messages if getattr(m, "kind", None) == "response"]
        if not answers:
            return
        use = ModelUse(
            purpose=purpose,
            model=answers[-1].model_name or "unknown",
            requests=len(answers),
            input_tokens=sum(a.usage.input_tokens for a in answers),
            output_tokens=sum(a.usage.output_tokens for a in answers),
            cost_usd=_price(answers),
        )
        # One entry per purpose and model: a compile of many turns is one use.
        for i, kept in enumerate(self.uses):
            if (kept.purpose, kept.model) == (use.purpose, use.model):
                self.uses[i] = _sum(kept, use)
                return
        self.uses.append(use)


def _sum(a: ModelUse, b: ModelUse) -> ModelUse:
    unpriced = a.cost_usd is None or b.cost_usd is None
    return a.model_copy(
        update={
            "requests": a.requests + b.requests,
            "input_tokens": a.input_tokens + b.input_tokens,
            "output_tokens": a.output_tokens + b.output_tokens,
            "cost_usd": None if unpriced else round((a.cost_usd or 0) + (b.cost_usd or 0), 6),
        }
    )


def _price(answers: list[Any]) -> float | None:
    """The answers' estimated price; None when the table does not know a model."""
    total = 0.0
    for answer in answers:
        try:
            total += float(answer.cost().total_price)
        except (LookupError, ValueError, AssertionError):
            return None
    return round(total, 6)
