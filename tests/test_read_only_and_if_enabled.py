"""Two new readings: a list holding only the items named, and a step done only if usable.

"only 'Milk' is listed" checks that one list holds exactly those items (see browser/only.py);
"click Next if it is enabled" clicks only when Next is there and enabled, and is skipped
otherwise. Near misses are refused, never read as something looser.
"""

from __future__ import annotations

import pytest

from housecat.plan.models import Step, Target
from housecat.plan.read import read_goal
from tests.reading import refused


def only(goal: str) -> tuple[Target | None, list[str]]:
    (step,) = read_goal(goal).steps
    assert step.action == "expect_only", step
    return step.target, (step.value or "").split("\n")


def test_only_the_items_named_are_listed() -> None:
    assert only("only 'Flour' is listed") == (None, ["Flour"])
    assert only("only Flour and Sugar are listed") == (None, ["Flour", "Sugar"])
    assert only("check that only 'Flour' and 'Sugar' are shown") == (None, ["Flour", "Sugar"])
    assert only("the list shows only 'Flour'") == (None, ["Flour"])
    assert only("the list should only show Flour, Sugar and Salt") == (
        None,
        ["Flour", "Sugar", "Salt"],
    )
    # A list named by its place: that list, and no other
    pantry = Target(text="pantry list")
    assert only("only 'Flour' is shown in the pantry list") == (pantry, ["Flour"])
    assert only("the pantry list only contains Flour") == (pantry, ["Flour"])
    assert only("verify my basket now only holds 'Rye bread'") == (
        Target(text="basket"),
        ["Rye bread"],
    )


def test_the_only_one_of_a_kind_is_the_only_item() -> None:
    # "the only result" was a part of the page named "only result", or refused
    results = Target(text="results")
    assert only("Grace Hopper should be the only result") == (results, ["Grace Hopper"])
    assert only("the only result is Grace Hopper") == (results, ["Grace Hopper"])
    assert only("Grace Hopper is the only user listed") == (None, ["Grace Hopper"])
    assert only("the only item in the cart is Oak Chair") == (Target(text="cart"), ["Oak Chair"])
    # one item: "and" inside its name, never two of them
    assert only("Salt and Pepper is the only item") == (None, ["Salt and Pepper"])
    for goal in ["the only result is it", "the only result should be 3 items"]:
        refused(goal)


def test_two_plain_names_are_two_items_only_when_the_verb_says_several() -> None:
    assert only("only Salt and Pepper is listed") == (None, ["Salt and Pepper"])
    assert only("only Salt and Pepper are listed") == (None, ["Salt", "Pepper"])
    refused("the list shows only Salt and Pepper")  # one item, or two?
    assert only("the list shows only 'Salt' and 'Pepper'") == (None, ["Salt", "Pepper"])


def test_only_with_no_names_is_refused() -> None:
    for goal in [
        "only that item is listed",  # which words?
        "only the Save button is visible",  # an element, not an item of a list
        "the page shows only Flour",  # the page is no list
        "the list shows only fresh produce",  # a description
    ]:
        refused(goal)


def test_an_only_check_without_names_is_rejected_whoever_wrote_the_plan() -> None:
    with pytest.raises(ValueError, match="expect_only needs the names"):
        Step(action="expect_only", value="Flour\n\nSugar", phrase="x")
    assert Step(action="expect_only", value="Flour\nSugar", phrase="x").describe() == (
        "Expect the list to list only 'Flour' and 'Sugar'"
    )


def test_an_action_may_run_only_if_its_element_is_enabled() -> None:
    for goal, action, target in [
        ("Click Next if it is enabled", "click", Target(text="Next")),
        (
            "click the Load more button if it's enabled",
            "click",
            Target(text="Load more", role="button"),
        ),
        ("tick Subscribe if enabled", "check", Target(text="Subscribe", role="checkbox")),
        ("type 42 into Quantity if it is enabled", "fill", Target(text="Quantity")),
    ]:
        (step,) = read_goal(goal).steps
        assert (step.action, step.target) == (action, target), goal
        assert step.only_if == target and step.only_if_enabled, goal
        assert step.describe().endswith(" if it is enabled")


def test_any_other_condition_on_a_state_is_refused() -> None:
    for goal in [
        "Click Next when it is enabled",  # wait until it is? not a condition
        "Click Next if it is disabled",
        "Click Next if it is not enabled",
        "Click Next if it is active",  # pressed, or usable?
        "Click Next if the Terms box is enabled",  # another element's state
        "press Enter if it is enabled",  # a key has no element to be enabled
        "check the page says Done if it is enabled",  # a check always runs
    ]:
        refused(goal)


def test_an_enabled_condition_belongs_to_an_action_on_its_own_element() -> None:
    next_ = Target(text="Next")
    with pytest.raises(ValueError, match="only_if_enabled belongs to"):
        Step(
            action="click",
            target=next_,
            only_if=Target(text="Back"),
            only_if_enabled=True,
            phrase="x",
        )
    with pytest.raises(ValueError, match="only_if_enabled belongs to"):
        Step(action="click", target=next_, only_if_enabled=True, phrase="x")
    with pytest.raises(ValueError):
        Step(action="expect_visible", target=next_, only_if=next_, only_if_enabled=True, phrase="x")
