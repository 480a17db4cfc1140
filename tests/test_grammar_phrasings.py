"""Phrasings people write for checks and forms: each class read right, or refused, never misread."""

from __future__ import annotations

import pytest

from housecat.errors import GoalNotUnderstood
from housecat.plan.models import Target
from housecat.plan.read import read_goal

Step = tuple[str, Target | None, str | None, int | None]


def steps(goal: str) -> list[Step]:
    return [(s.action, s.target, s.value, s.count) for s in read_goal(goal).steps]


def refused(goal: str) -> str:
    try:
        read_goal(goal)
    except GoalNotUnderstood as exc:
        return exc.phrase
    raise AssertionError(f"read, but should be refused: {goal!r}")


def text(value: str, scope: Target | None = None) -> Step:
    return ("expect_text", scope, value, None)


# A title a page "has" or "shows" is its title, checked as one: never text anywhere on it,
# which a heading or a link of the same words would show.
@pytest.mark.parametrize(
    "goal",
    [
        'the page should have the title "Invoices"',
        "the page has title 'Invoices'",
        'the screen shows the title "Invoices"',
        "the site displays 'Invoices' as the title",
    ],
)
def test_a_title_the_page_has_is_its_title(goal: str) -> None:
    assert steps(goal) == [("expect_title", None, "Invoices", None)]


@pytest.mark.parametrize(
    "goal",
    [
        "the dialog shows the title 'Remove item?'",  # a heading? a caption? not ours to pick
        "the card has the title 'Gold plan'",
        "the page does not have the title 'Error'",
        "the title of the card is 'Gold plan'",  # which element of the card is its title?
        "the colour of the banner is 'green'",
    ],
)
def test_a_title_or_part_of_a_region_is_refused_rather_than_read_as_text(goal: str) -> None:
    refused(goal)


def test_the_price_of_an_item_named_with_an_article_is_next_to_its_name() -> None:
    assert steps("the price of the Walnut Desk is $120") == [
        text("$120", Target(text="Walnut Desk"))
    ]


# A kind of message said to show quoted words checks those words: the kind only describes
# them. People also leave out the "that": "there is a hint shows 'X'".
@pytest.mark.parametrize(
    "goal",
    [
        "There is a hint that says 'Use at least 8 characters'",
        "there's a small tip shows 'Use at least 8 characters'",
        "there is a confirmation reading “Use at least 8 characters”",
        "I should see a hint saying 'Use at least 8 characters'",
        "A tip showing 'Use at least 8 characters' is displayed",
        "there should be a status line which reads 'Use at least 8 characters'",
    ],
)
def test_a_kind_of_message_showing_quoted_words_checks_the_words(goal: str) -> None:
    assert steps(goal) == [text("Use at least 8 characters")]


@pytest.mark.parametrize(
    "goal",
    [
        "there is only a hint that says 'Saved'",  # only: nothing else shown, not checked
        "I should not see a hint saying 'Saved'",
        "a hint saying 'Saved' is not shown",
        "there is a hint at the top that says 'Saved'",  # where, which text cannot check
        "there is a title that says 'Saved'",  # a title is a kind to check, not any words
        "there is a hint that says saved",  # unquoted lower case: a paraphrase
    ],
)
def test_a_kind_of_message_with_more_to_it_than_its_words_is_refused(goal: str) -> None:
    refused(goal)


def test_a_heading_that_says_words_stays_a_heading() -> None:
    assert steps("there is a heading that says 'Your orders'") == [
        ("expect_visible", Target(text="Your orders", role="heading"), None, None)
    ]


def fill(field: str, value: str) -> Step:
    return ("fill", Target(text=field), value, None)


# A line that introduces a form's values ("Fill in the form with the following:") is
# followed by one "Label: value" line a field, whatever the label: each is a field to fill.
@pytest.mark.parametrize(
    "intro",
    [
        "Fill in the form with the following:",
        "Fill out the booking form with these details:",
        "Enter the following details:",
        "Complete the form with this data:",
        "When I fill in the booking form with:",
    ],
)
def test_label_value_lines_after_an_introduction_fill_each_field(intro: str) -> None:
    goal = f"{intro}\nGuest name: Ada Lovelace\n- Arrival: 2031-05-04\n- Remarks: window seat\n"
    assert steps(goal + "Click Book") == [
        fill("Guest name", "Ada Lovelace"),
        fill("Arrival", "2031-05-04"),
        fill("Remarks", "window seat"),
        ("click", Target(text="Book"), None, None),
    ]


def test_a_value_keeps_its_commas_colons_and_drops_its_own_quotes() -> None:
    goal = 'Enter these details:\n"Street": "4 Elm Row, Flat 2"\nPick-up time: 10:30'
    assert steps(goal) == [fill("Street", "4 Elm Row, Flat 2"), fill("Pick-up time", "10:30")]


def test_a_password_given_on_a_form_line_is_kept_secret() -> None:
    plan = read_goal("Fill in the form with the following:\nLogin: ada\nPassword: Tr0ub4dor")
    assert [s.value for s in plan.steps] == ["ada", "{{password}}"]


@pytest.mark.parametrize(
    "goal",
    [
        # a field left without a value: what to type is the author's to say
        "Fill in the form with the following:\nGuest name: Ada\nArrival:\nClick Book",
        # nothing follows that a form could take
        "Fill in the form with the following:\nClick Book",
        # values to check, not to type
        "Complete the booking form, then verify:\nTotal: $40\nNights: 2",
        # step headings, not fields
        "Fill in the form as follows:\nStep 1: type a name\nStep 2: send it",
    ],
)
def test_lines_after_an_introduction_that_are_no_form_values_are_refused(goal: str) -> None:
    refused(goal)


def test_pairs_in_brackets_after_the_form_fill_each_field() -> None:
    assert steps("Fill the booking form (Guest name: Ada, Nights: 2) and submit") == [
        fill("Guest name", "Ada"),
        fill("Nights", "2"),
        ("submit", None, None, None),
    ]


def test_a_bracket_does_not_hide_a_step_after_it() -> None:
    # the comma after the bracket still cuts: "click Book" is a step of its own
    assert steps("Fill the booking form (Guest name: Ada, Nights: 2), click Book") == [
        fill("Guest name", "Ada"),
        fill("Nights", "2"),
        ("click", Target(text="Book"), None, None),
    ]
