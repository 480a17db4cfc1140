"""What a plan should tell its author: a check that cannot fail, or no check at all."""

from __future__ import annotations

from housecat.plan.models import Plan, Step

NO_CHECK = (
    "this goal checks nothing, so it only proves the pages load: "
    'say what the page should show at the end (e.g. "check the page says Order placed")'
)

# Signing in is checked as it runs (the password field is gone after it), and nothing more
SIGN_IN_ONLY = (
    "this goal checks only that signing in gets past the sign-in form: "
    'say what the page should show after it (e.g. "check the page says Welcome back")'
)


def holds_before(step: Step) -> str:
    """Say that a check already held on the page the journey started from."""
    return (
        f"'{step.phrase}' already holds before the steps meant to make it true, "
        "so it cannot fail: name something only the page after them shows"
    )


def assumed(state: str) -> str:
    """Say that a stated precondition is taken as true, not brought about."""
    return (
        f"'{state}' is assumed, not done: no step makes it so, "
        "so make sure it already holds where the test starts"
    )


def static_warnings(plan: Plan) -> list[str]:
    """Warnings that the plan alone shows, before it ever runs."""
    signs_in = any(step.action == "sign_in" for step in plan.steps)
    unchecked = SIGN_IN_ONLY if signs_in else NO_CHECK
    checks = [] if any(step.is_check for step in plan.steps) else [unchecked]
    return [assumed(state) for state in plan.assumptions] + checks
