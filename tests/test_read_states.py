"""Reading statements about a control's state: ticked, chosen, holding a value, usable."""

from __future__ import annotations

import pytest

from housecat.errors import GoalNotUnderstood
from housecat.plan.read import read_goal


def read(goal: str) -> list[str]:
    return [step.describe() for step in read_goal(goal).steps]


READINGS = [
    # ticked, or not
    ("Stay signed in is ticked", "Expect 'Stay signed in' to be checked"),
    ("the Privacy checkbox should be checked", "Expect the 'Privacy' checkbox to be checked"),
    ("the Privacy box must be ticked", "Expect the 'Privacy' checkbox to be checked"),
    (
        "verify that the Offers checkbox is unticked",
        "Expect the 'Offers' checkbox not to be checked",
    ),
    ("the Offers checkbox is not checked", "Expect the 'Offers' checkbox not to be checked"),
    ("'Offers' should be unchecked", "Expect 'Offers' not to be checked"),
    ("Stay signed in is checked by default", "Expect 'Stay signed in' to be checked"),
    ("Stay signed in is unchecked initially", "Expect 'Stay signed in' not to be checked"),
    ("is the Stay signed in box ticked?", "Expect the 'Stay signed in' checkbox to be checked"),
    ("the Autosave switch is on", "Expect the 'Autosave' switch to be checked"),
    ("the Autosave toggle should be off", "Expect the 'Autosave' switch not to be checked"),
    ("the Autosave toggle is switched off", "Expect the 'Autosave' switch not to be checked"),
    # a radio is selected by being ticked
    ("the Courier radio button is selected", "Expect the 'Courier' radio to be checked"),
    ("'Courier' is not selected", "Expect 'Courier' not to be checked"),
    ("'Courier' should not be chosen", "Expect 'Courier' not to be checked"),
    # chosen: in a dropdown, among tabs, or anywhere
    (
        "'Blue' is selected in the Colour dropdown",
        "Expect the 'Colour' dropdown to have 'Blue' selected",
    ),
    (
        "make sure 'Blue' is chosen in the Colour picker",
        "Expect the 'Colour' dropdown to have 'Blue' selected",
    ),
    ("the Colour dropdown shows 'Blue'", "Expect the 'Colour' dropdown to have 'Blue' selected"),
    # offered, chosen or not
    ("the Colour dropdown includes Navy Blue", "Expect the 'Colour' dropdown to offer 'Navy Blue'"),
    (
        "Blue should be an option in the Colour dropdown",
        "Expect the 'Colour' dropdown to offer 'Blue'",
    ),
    ("the Colour dropdown is set to Blue", "Expect the 'Colour' dropdown to have 'Blue' selected"),
    (
        "the Colour dropdown should display Navy Blue",
        "Expect the 'Colour' dropdown to have 'Navy Blue' selected",
    ),
    (
        "the Colour dropdown has 'Blue' selected",
        "Expect the 'Colour' dropdown to have 'Blue' selected",
    ),
    ("the Reports tab is selected", "Expect the tab 'Reports' to be selected"),
    ("the Reports tab should be active", "Expect the tab 'Reports' to be selected"),
    ("I should see the Reports tab selected", "Expect the tab 'Reports' to be selected"),
    ("I should see 'Weekly' selected", "Expect 'Weekly' to be selected"),
    ("the 'Weekly' option is selected", "Expect 'Weekly' to be selected"),
    ("Weekly is selected", "Expect 'Weekly' to be selected"),
    # what a field holds
    ("the Coupon field shows 'WINTER5'", "Expect the 'Coupon' field to hold 'WINTER5'"),
    ("the Seats field shows 3", "Expect the 'Seats' field to hold '3'"),
    ("the Seats field is 3", "Expect the 'Seats' field to hold '3'"),
    ("the Seats field should be set to 3", "Expect the 'Seats' field to hold '3'"),
    ("the Coupon field has the value 'WINTER5'", "Expect the 'Coupon' field to hold 'WINTER5'"),
    ("the value of the Coupon field is WINTER5", "Expect the 'Coupon' field to hold 'WINTER5'"),
    ("the Coupon field's value is 'WINTER5'", "Expect the 'Coupon' field to hold 'WINTER5'"),
    ("'mlopez' is filled in as the login", "Expect 'login' to hold 'mlopez'"),
    ("'mlopez' is entered in the Login field", "Expect the 'Login' field to hold 'mlopez'"),
    ("the login is filled in with 'mlopez'", "Expect 'login' to hold 'mlopez'"),
    (
        "the Login field should be prefilled with mlopez",
        "Expect the 'Login' field to hold 'mlopez'",
    ),
    ("the filter box is empty", "Expect the 'filter' field to be empty"),
    ("the Notes field should be blank", "Expect the 'Notes' field to be empty"),
    ("the Passcode field is empty", "Expect the 'Passcode' field to be empty"),
    # "contains" stays a look for part of the value
    ("the Coupon field contains WINTER", "Expect the 'Coupon' field to show 'WINTER'"),
    # usable, or not
    ("the Checkout button is disabled", "Expect the 'Checkout' button to be disabled"),
    ("the Checkout button should not be enabled", "Expect the 'Checkout' button to be disabled"),
    ("'Empty trash' is greyed out", "Expect 'Empty trash' to be disabled"),
    ("the Checkout button must be clickable", "Expect the 'Checkout' button to be enabled"),
    ("the Checkout button is not clickable", "Expect the 'Checkout' button to be disabled"),
    ("Next should be enabled", "Expect 'Next' to be enabled"),
    ("the Export link is disabled", "Expect the 'Export' link to be disabled"),
    ("the Coupon field is disabled", "Expect the 'Coupon' field to be disabled"),
]


@pytest.mark.parametrize(("goal", "step"), READINGS, ids=[goal for goal, _ in READINGS])
def test_a_state_statement_reads_as_a_check_of_that_state(goal: str, step: str) -> None:
    assert read(goal) == [step]


def test_a_state_check_after_steps_keeps_its_place() -> None:
    steps = read("open /settings, tick Offers, then the Offers checkbox should be ticked")
    assert steps == [
        "Go to /settings",
        "Check the 'Offers' checkbox",
        "Expect the 'Offers' checkbox to be checked",
    ]


# Readings that mean something else stay what they were.
UNCHANGED = [
    ("check the Stay signed in box", "Check the 'Stay signed in' checkbox"),
    ("select Blue from the Colour dropdown", "Select 'Blue' in the 'Colour' dropdown"),
    ("the heading says Reports", "Expect the 'Reports' heading to be visible"),
    ("the basket shows 2 items", "Expect 2 of the items in 'basket'"),
    ("the status is Active", "Expect 'status' to show 'Active'"),
    ("the badge says 3 selected", "Expect 'badge' to show '3 selected'"),
    ("the notice says Your basket is empty", "Expect 'notice' to show 'Your basket is empty'"),
    ("the page shows Autosave is on", "Expect the page to show 'Autosave is on'"),
    ("the Colour dropdown does not show 'Blue'", "Expect the 'Colour' dropdown not to show 'Blue'"),
]


@pytest.mark.parametrize(("goal", "step"), UNCHANGED, ids=[goal for goal, _ in UNCHANGED])
def test_other_readings_of_the_same_words_are_kept(goal: str, step: str) -> None:
    assert read(goal) == [step]


# Refused, naming the words: a state that could mean two things, or of no control at all.
REFUSED = [
    "the Autosave toggle is enabled",  # switched on, or usable?
    "the Save button is active",  # usable, or pressed?
    "the Save button is selected",  # a button is not chosen among others
    "Autosave is on",  # on and off need the kind named
    "the Coupon field should not be empty",  # no value to check
    "the Colour dropdown is selected",
    "the Colour dropdown has a search box",  # a part of it, no choice named
    "the State dropdown has 50 options",  # how many, no choice named
    "the Reports tab is checked",
    "everything is disabled",
    "the heading is disabled",
    "it should be ticked",
    "the shipping form is greyed out",
    "all checkboxes are ticked",  # one check is about one control
    "no checkbox is ticked",
    "the checkboxes are ticked",
]


@pytest.mark.parametrize("goal", REFUSED)
def test_an_unclear_state_is_refused_naming_the_words(goal: str) -> None:
    with pytest.raises(GoalNotUnderstood) as caught:
        read_goal(goal)
    assert caught.value.phrase == goal


def test_the_choices_a_dropdown_offers_are_each_checked() -> None:
    # Once refused: a list of them, and two after "options"; two names alone may be one
    size = "Expect the 'Size' dropdown to offer"
    assert read("The Size dropdown should have options Small, Medium and Large") == [
        f"{size} 'Small'",
        f"{size} 'Medium'",
        f"{size} 'Large'",
    ]
    assert read("the Size select has the options S and M") == [f"{size} 'S'", f"{size} 'M'"]
    assert read("the Size dropdown lists Salt and Pepper") == [f"{size} 'Salt and Pepper'"]
    assert read("the Size dropdown's options are S and M") == [f"{size} 'S'", f"{size} 'M'"]


def test_a_password_a_field_must_hold_is_kept_secret() -> None:
    plan = read_goal("the Passcode field shows 'tr0ub4dor'")
    assert plan.steps[0].action == "expect_value"
    assert "tr0ub4dor" not in plan.model_dump_json()


def test_a_dropdown_menu_of_actions_offers_no_choices() -> None:
    # Its items are links and actions, which no dropdown's choice is
    with pytest.raises(GoalNotUnderstood):
        read_goal("The account dropdown contains Profile and Sign out")
    assert read("the Language dropdown includes Deutsch") == [
        "Expect the 'Language' dropdown to offer 'Deutsch'"
    ]
