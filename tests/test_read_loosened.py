"""Words that narrow a check are never dropped: read with their meaning, or refused.

Each class here was once read with a word lost or bent ("an empty list" as a list named
"empty", an error under a field as text inside the field): a check looser than the goal,
or one that fails on a correct page. Each is now read exactly, or refused naming the words.
"""

from __future__ import annotations

from housecat.errors import GoalNotUnderstood
from housecat.plan.models import Target
from housecat.plan.read import read, read_goal


def steps(goal: str) -> list[tuple[str, Target | None, str | None]]:
    return [(s.action, s.target, s.value) for s in read_goal(goal).steps]


def refused(goal: str) -> str:
    try:
        read_goal(goal)
    except GoalNotUnderstood as exc:
        return exc.phrase
    raise AssertionError(f"read, but should be refused: {goal!r}")


def test_an_empty_list_is_no_list_named_empty() -> None:
    # Emptiness is how many items a list holds; read as a list named "empty shopping",
    # any list that shows would pass, whatever it holds.
    for goal in [
        "an empty shopping list is shown",
        "check that an empty results table is displayed",
        "then an empty basket is visible",
        "the blank reading list is visible",
    ]:
        refused(goal)


def test_a_given_empty_list_is_kept_as_what_the_scenario_assumes() -> None:
    # As "Given Ann has an empty basket": a state of the app's data no step makes so,
    # shown with the plan, never a check that some list is there.
    reading = read("Given an empty reading list\nWhen I add the item 'Dune'\nThen 'Dune' is shown")
    assert reading.plan.assumptions == ["an empty reading list"]
    assert [s.action for s in reading.plan.steps] == ["add_item", "expect_text"]


def test_empty_in_a_name_is_still_a_name() -> None:
    # A control named for what it does, and a list quoted by its name, keep their names.
    assert steps("click the empty trash button") == [
        ("click", Target(text="empty trash", role="button"), None)
    ]
    assert steps("click the Empty basket button") == [
        ("click", Target(text="Empty basket", role="button"), None)
    ]
    assert steps("the 'Blank' list is visible") == [
        ("expect_visible", Target(text="Blank", role="list"), None)
    ]
