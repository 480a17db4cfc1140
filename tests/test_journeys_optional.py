"""Optional steps on a real page: done when their banner shows, skipped when it does not.

The shop shows a cookie banner over the page a moment after loading when asked
(`?ask=cookies`); until it is answered nothing under it can be clicked.
"""

from __future__ import annotations

from housecat.browser.execute import Limits
from housecat.browser.pool import BrowserPool
from housecat.runs.pipeline import RunOutcome, run_goal

LIMITS = Limits(step_timeout_s=4, run_timeout_s=60)
GOAL = "If a cookie banner appears, click Accept. Then click Pricing and check the page says {}"


async def journey(pool: BrowserPool, url: str, expected: str = "Member") -> RunOutcome:
    goal = GOAL.format(expected)
    return await run_goal(pool, url=url, goal=goal, triggered_by="api", limits=LIMITS)


def statuses(outcome: RunOutcome) -> list[str]:
    return [step.status for step in outcome.browser_result.steps]


async def test_an_optional_click_answers_the_banner_when_it_shows(
    pool: BrowserPool, sites: str
) -> None:
    outcome = await journey(pool, f"{sites}/shop/?ask=cookies")
    assert outcome.result.passed, outcome.result.details
    assert statuses(outcome) == ["passed", "passed", "passed", "passed"]
    # the plan as run keeps the condition, so a replay asks again
    accept = outcome.plan.steps[1]
    assert accept.action == "click" and accept.only_if is not None and accept.locator


async def test_an_optional_click_is_skipped_when_nothing_shows_and_the_checks_decide(
    pool: BrowserPool, sites: str
) -> None:
    outcome = await journey(pool, f"{sites}/shop/")
    assert outcome.result.passed, outcome.result.details
    assert statuses(outcome) == ["passed", "skipped", "passed", "passed"]
    skipped = outcome.browser_result.steps[1]
    assert skipped.details == "skipped: a cookie banner was not shown"
    assert not skipped.passed  # never a passed step
    assert outcome.result.steps_passed == 3
    assert "1 optional step was skipped" in outcome.result.details

    wrong = await journey(pool, f"{sites}/shop/", expected="Platinum")
    assert not wrong.result.passed
    assert statuses(wrong) == ["passed", "skipped", "passed", "failed"]
