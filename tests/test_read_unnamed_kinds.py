"""Actions written without an element's kind: a command, an e-mail address, a position."""

from __future__ import annotations

import pytest

from housecat.errors import GoalNotUnderstood
from housecat.plan.grammar.commands import command_key
from housecat.plan.models import Target
from housecat.plan.read import read_goal

Shape = tuple[str, Target | None, str | None]


def shapes(goal: str) -> list[Shape]:
    return [(s.action, s.target, s.value) for s in read_goal(goal).steps]


def named(text: str) -> Shape:
    return ("press_named", Target(text=text), None)


@pytest.mark.parametrize(
    "goal",
    [
        "Archive the thread",
        "Renew",
        "Export invoices",
        "sign up",
        "Get started",
        "Book a table",
        "Apply the discount",
        "Checkout",
        "Cancel my subscription",
        "Unsubscribe",
    ],
)
def test_a_short_command_is_the_name_of_a_control(goal: str) -> None:
    assert shapes(goal) == [named(goal)]


def test_commands_follow_one_another_and_other_steps() -> None:
    assert shapes("Save changes, then publish the article") == [
        named("Save changes"),
        named("publish the article"),
    ]
    assert shapes("click the Draft tab and Save changes") == [
        ("click", Target(text="Draft", role="tab"), None),
        named("Save changes"),
    ]
    # After a name that may go on, a command's words stay in it ("Save and Continue")
    assert shapes("click Save and Continue") == [("click", Target(text="Save and Continue"), None)]
    # ... and a verb is lent when it makes the same step: both are clicks
    assert shapes("click Save, then Cancel") == [
        ("click", Target(text="Save"), None),
        ("click", Target(text="Cancel"), None),
    ]


@pytest.mark.parametrize(
    "goal",
    [
        "Send the report to Rosa",  # more than a name: whom to send it to
        "save it",  # which thing?
        "Apply an expired coupon",  # which coupon to type, not a control's name
        "Publish 3 posts",  # a number
        "Export invoices as CSV and PDF files today",  # too long for a name
        "check out the pricing",  # "check out" a thing is to look at it
        "sign up with rosa@example.net",  # how to sign up, not a control's name
        "Archive the thread if it is open",  # every step always runs
    ],
)
def test_more_than_a_control_s_name_is_refused(goal: str) -> None:
    with pytest.raises(GoalNotUnderstood):
        read_goal(goal)


def test_existing_readings_still_win_over_a_command() -> None:
    assert shapes("submit the form") == [("submit", None, None)]
    assert shapes("delete the Pay rent task") == [("delete_item", Target(text="Pay rent"), None)]
    assert shapes("confirm that the page says Saved") == [("expect_text", None, "Saved")]
    assert shapes("Clear Notes") == [("fill", Target(text="Notes"), "")]  # empties a field


def test_a_command_key_ignores_case_spaces_and_small_words_only() -> None:
    assert command_key("Publish the post") == command_key("PUBLISH  post »")
    assert command_key("Check out") == command_key("Checkout")
    assert command_key("Subscribe") == command_key("Subscribe now")
    assert command_key("Archive the thread") != command_key("Archive all threads")
    assert command_key("Save") != command_key("Save draft")


def test_an_email_address_with_no_field_fills_the_email_field() -> None:
    assert shapes("enter rosa@example.net and press Enter") == [
        ("fill_email", None, "rosa@example.net"),
        ("press", None, "Enter"),
    ]
    assert shapes("type {{email}}") == [("fill_email", None, "{{email}}")]
    # A field the step before used still takes it
    assert shapes("click the Login field, then type rosa@example.net") == [
        ("click", Target(text="Login", role="textbox"), None),
        ("fill", Target(text="Login", role="textbox"), "rosa@example.net"),
    ]


@pytest.mark.parametrize("goal", ["type rosa", "enter {{name}}", "type rosa@", "enter @rosa"])
def test_other_values_with_no_field_are_refused_as_before(goal: str) -> None:
    with pytest.raises(GoalNotUnderstood):
        read_goal(goal)


def item(value: str, text: str, nth: int, noun: str, role: str | None = None) -> Shape:
    return ("act_on_item", Target(text=text, role=role, nth=nth, within=noun), value)


@pytest.mark.parametrize(
    ("goal", "shape"),
    [
        ("remove the third entry", item("delete", "entry", 2, "entry")),
        ("delete the last task from the list", item("delete", "task", -1, "task")),
        ("tick the second todo", item("check", "todo", 1, "todo")),
        ("check the 1st task", item("check", "task", 0, "task")),
        ("mark the first task as not done", item("uncheck", "task", 0, "task")),
        ("mark the fourth item as completed", item("check", "item", 3, "item")),
        ("hover over the last item in the list", item("hover", "item", -1, "item")),
        ("open the second search result", item("click", "search result", 1, "search result")),
        ("click on the first card", item("click", "card", 0, "card")),
        (
            "click the Edit button of the first row",
            item("click", "Edit", 0, "row", role="button"),
        ),
        ("press the third order's refund link", item("click", "refund", 2, "order", "link")),
        ("click the link in the second row", item("click", "link", 1, "row", role="link")),
        (
            "press the Remove button to the right of the third entry",
            item("click", "Remove", 2, "entry", role="button"),
        ),
        (
            "move the pointer over the first item of the shopping list",
            item("hover", "item", 0, "item"),
        ),
    ],
)
def test_a_position_acts_in_the_nth_item(goal: str, shape: Shape) -> None:
    assert shapes(goal) == [shape]


def test_positions_say_what_they_do() -> None:
    steps = read_goal(
        "delete the second task\nclick the Edit button of the last row\nuntick the first todo"
    ).steps
    assert [s.describe() for s in steps] == [
        "Delete the second task",
        "Click the 'Edit' button of the last row",
        "Untick the first todo",
    ]


def test_check_the_first_result_is_not_a_tick() -> None:
    assert all(s.action != "act_on_item" for s in read_goal("check the first result").steps)
