"""Phrasings people write for checks and forms: each class read right, or refused, never misread."""

from __future__ import annotations

import pytest

from housecat.plan.models import Target
from housecat.plan.read import read_goal
from tests.reading import refused

Step = tuple[str, Target | None, str | None, int | None]


def steps(goal: str) -> list[Step]:
    return [(s.action, s.target, s.value, s.count) for s in read_goal(goal).steps]


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


def test_the_price_of_an_item_named_with_an_article_is_its_labelled_value() -> None:
    assert steps("the price of the Walnut Desk is $120") == [
        text("$120", Target(text="price", within="Walnut Desk"))
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
        # a value to check that is not said
        "Complete the booking form, then verify:\nTotal:\nNights: 2",
        # step headings, not fields
        "Fill in the form as follows:\nStep 1: type a name\nStep 2: send it",
    ],
)
def test_lines_after_an_introduction_that_are_no_form_values_are_refused(goal: str) -> None:
    refused(goal)


def test_labelled_values_after_a_check_are_checked_never_typed() -> None:
    goal = "Complete the booking form, then verify:\nTotal: $40\nNights: 2"
    assert steps(goal)[1:] == [
        ("expect_text", Target(text="Total"), "$40", None),
        ("expect_text", Target(text="Nights"), "2", None),
    ]
    assert steps("Expected result:\nStatus: Paid") == [
        ("expect_text", Target(text="Status"), "Paid", None)
    ]


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


def add_to_cart(item: str, place: str = "cart") -> Step:
    return ("click", Target(text=f"Add to {place}", role="button", within=item), None, None)


# Putting a thing in a cart is adding it: its "Add to cart" button, never a field to type in.
@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        ("put the Oak Desk in the cart", [add_to_cart("Oak Desk")]),
        ("place 'Oak Desk' into my basket", [add_to_cart("Oak Desk", "basket")]),
        (
            "Add 'Oak Desk' and 'Wool Rug' to the cart",
            [add_to_cart("Oak Desk"), add_to_cart("Wool Rug")],
        ),
        (
            'add the "Oak Desk", "Wool Rug" and "Floor Lamp" to my cart',
            [add_to_cart("Oak Desk"), add_to_cart("Wool Rug"), add_to_cart("Floor Lamp")],
        ),
    ],
)
def test_things_put_in_a_cart_are_added_with_their_button(goal: str, expected: list[Step]) -> None:
    assert steps(goal) == expected


def test_typing_into_a_field_named_put_in_stays_typing() -> None:
    assert steps("put 'ada' in the Login field") == [
        ("fill", Target(text="Login", role="textbox"), "ada", None)
    ]


@pytest.mark.parametrize(
    "goal",
    [
        "add the cheapest desk to the cart",  # which one is the page's to say
        "add any product to the basket",
        "put a random item in the cart",
    ],
)
def test_an_item_described_rather_than_named_is_not_added(goal: str) -> None:
    refused(goal)


def add_item(value: str, where: str | None = None) -> Step:
    return ("add_item", Target(text=where) if where else None, value, None)


def test_quoted_items_joined_by_and_are_each_added() -> None:
    assert steps("add 'Water plants' and 'Call mum'") == [
        add_item("Water plants"),
        add_item("Call mum"),
    ]
    assert steps('add "Water plants", "Call mum" and "Pay rent" to the chores list') == [
        add_item("Water plants", "chores list"),
        add_item("Call mum", "chores list"),
        add_item("Pay rent", "chores list"),
    ]


def test_one_quoted_item_with_and_inside_stays_one_item() -> None:
    assert steps("add a task called 'Salt and pepper'") == [add_item("Salt and pepper")]


# "X is in the cart": the words X, inside the part of the page named so.
@pytest.mark.parametrize(
    ("goal", "action"),
    [
        ("'Oak Desk' is in the cart", "expect_text"),
        ("Oak Desk should be in my cart", "expect_text"),
        ("I should see 'Oak Desk' in the cart", "expect_text"),
        ("I should see 'Oak Desk' listed in the cart", "expect_text"),
        ("'Oak Desk' is no longer in the cart", "expect_no_text"),
        ("I should not see 'Oak Desk' in the cart", "expect_no_text"),
    ],
)
def test_a_name_in_a_place_is_its_words_inside_that_place(goal: str, action: str) -> None:
    assert steps(goal) == [(action, Target(text="cart"), "Oak Desk", None)]


def test_a_number_of_things_in_a_place_counts_them_there() -> None:
    assert steps("2 items are in the cart") == [
        ("expect_count", Target(text="items", role="listitem", within="cart"), None, 2)
    ]
    assert steps("I see 2 chores in the list") == [
        ("expect_count", Target(text="chores", within="list"), None, 2)
    ]


@pytest.mark.parametrize(
    "goal",
    [
        "The desk is in the cart",  # a description, not the words on the page
        "'Oak Desk' is in the cart with a quantity of 2",  # more than where it is
        "'Oak Desk' is in stock",
        # "only" is a check of its own (test_read_only_and_if_enabled.py); "just" is not read
        "the list just contains 'Call mum'",
    ],
)
def test_more_than_words_in_a_place_is_refused(goal: str) -> None:
    refused(goal)


@pytest.mark.parametrize(
    "goal",
    [
        "submit the form with an empty email",
        "When I submit the sign-up form with a blank password",
        "submit with an invalid phone number",
    ],
)
def test_submitting_a_form_in_some_state_is_no_button_to_press(goal: str) -> None:
    refused(goal)


def test_submitting_with_a_named_button_presses_it() -> None:
    assert steps("submit with the Send button") == [
        ("submit", Target(text="Send", role="button"), None, None)
    ]


# "1 item left" is words on the page: counted as one element saying "item left", a page
# saying "3 item left" would pass.
@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        (
            "the footer shows 1 chore left",
            [text("1 chore left", Target(text="footer", role="contentinfo"))],
        ),
        ("there is 1 match", [text("1 match")]),
        ("1 chore left is shown", [text("1 chore left")]),
    ],
)
def test_one_of_something_with_no_kind_is_its_words(goal: str, expected: list[Step]) -> None:
    assert steps(goal) == expected


def test_one_of_a_kind_is_still_counted() -> None:
    assert steps("the list has one entry") == [
        ("expect_count", Target(text="entry", role="listitem", within="list"), None, 1)
    ]


@pytest.mark.parametrize(
    ("goal", "words", "place"),
    [
        (
            "verify that Release Notes appears in the search results",
            "Release Notes",
            "search results",
        ),
        ("check that Oat Milk shows in the basket", "Oat Milk", "basket"),
        ("Oat Milk is listed in the basket", "Oat Milk", "basket"),
    ],
)
def test_a_verb_after_a_name_is_not_part_of_the_words_checked(
    goal: str, words: str, place: str
) -> None:
    [(action, target, value, _)] = steps(goal)
    assert (action, value, target and target.text) == ("expect_text", words, place)


@pytest.mark.parametrize(
    ("goal", "words"),
    [("verify Welcome Back", "Welcome Back"), ("verify that Welcome Back appears", "Welcome Back")],
)
def test_a_name_ending_in_back_keeps_its_last_word(goal: str, words: str) -> None:
    [(action, _, value, _)] = steps(goal)
    assert (action, value) == ("expect_text", words)


def test_a_name_ending_in_there_is_never_cut_short() -> None:
    assert refused("check Hello there") == "check Hello there"


def test_a_one_column_table_after_a_part_said_to_include_is_checked_there() -> None:
    goal = "Then the results should include:\n| Brown Betty |\n| Japanese Kyusu |"
    assert steps(goal) == [
        ("expect_text", Target(text="results"), "Brown Betty", None),
        ("expect_text", Target(text="results"), "Japanese Kyusu", None),
    ]
