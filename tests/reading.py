"""Reading goals in tests: what a refusal names."""

from __future__ import annotations

from housecat.errors import GoalNotUnderstood
from housecat.plan.read import read_goal


def refused(goal: str) -> str:
    """Return the words a goal is refused at; fail when it is read."""
    try:
        read_goal(goal)
    except GoalNotUnderstood as exc:
        return exc.phrase
    raise AssertionError(f"read, but should be refused: {goal!r}")
