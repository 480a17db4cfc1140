"""Classes of misreading found on real goals: each is read right, or refused, never misread."""

from __future__ import annotations

from housecat.plan.models import Target
from housecat.plan.read import read_goal


def steps(goal: str) -> list[tuple[str, Target | None, str | None, int | None]]:
    return [(s.action, s.target, s.value, s.count) for s in read_goal(goal).steps]


def test_a_kind_word_after_a_plural_subject_names_the_subject_not_the_saying() -> None:
    # "list" is the subject's kind here, not the verb "lists" with "should include" as text.
    assert steps("the products list should include Linen Armchair") == [
        ("expect_text", Target(text="products", role="list"), "Linen Armchair", None)
    ]
    assert steps("the search results table does not show Oak Chair") == [
        ("expect_no_text", Target(text="search results", role="table"), "Oak Chair", None)
    ]
