"""The daily model budgets (a test's, HouseCat's): what a run may still spend on models.

A budget stops model use, never the run: a replayed plan needs no model and runs as
ever; a goal that needs the model to plan it fails with the budget's reason.
"""

from __future__ import annotations

from housecat.llm.usage import Meter
from housecat.runs.spend import ModelSpend
from housecat.suites.models import TestSuiteResponse


def dollars(amount: float) -> str:
    """Write an amount of US dollars as people read it: '$2', '$0.50', '$0.005'."""
    if amount == int(amount):
        return f"${int(amount)}"
    return f"${amount:.2f}" if round(amount, 2) == amount else f"${amount:g}"


def stopped_warning(reason: str) -> str:
    """The test's warning after a daily budget stopped its model use."""
    return (
        f"Model use was stopped today: {reason}. Runs go on, but a goal that needs the "
        "model to plan it fails until the budget renews at midnight UTC."
    )


class Budgets:
    """Build each run's Meter from the day's spending and the budgets that apply."""

    def __init__(self, spend: ModelSpend, daily_usd: float | None) -> None:
        self.spend = spend
        self.daily_usd = daily_usd

    async def meter(self, test: TestSuiteResponse) -> Meter:
        """A Meter with what is left of today's budgets; stopped when one is spent."""
        lefts: list[tuple[float, str]] = []
        if test.model_budget_usd is not None:
            spent = (await self.spend.test_today(test.id)).cost_usd
            name = f"the test's daily model budget of {dollars(test.model_budget_usd)}"
            lefts.append((test.model_budget_usd - spent, name))
        if self.daily_usd is not None:
            spent = (await self.spend.day()).cost_usd
            name = f"HouseCat's daily model budget of {dollars(self.daily_usd)}"
            lefts.append((self.daily_usd - spent, name))
        if not lefts:
            return Meter()
        left, name = min(lefts, key=lambda pair: pair[0])
        if left <= 0:
            return Meter(stopped=f"{name} is spent")
        return Meter(left_usd=left)
