"""Words that narrow a check are never dropped: read with their meaning, or refused.

Each class here was once read with a word lost or bent ("an empty list" as a list named
"empty", an error under a field as text inside the field): a check looser than the goal,
or one that fails on a correct page. Each is now read exactly, or refused naming the words.
"""

from __future__ import annotations

from housecat.plan.models import Target
from housecat.plan.read import read, read_goal
from tests.reading import refused


def steps(goal: str) -> list[tuple[str, Target | None, str | None]]:
    return [(s.action, s.target, s.value) for s in read_goal(goal).steps]


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


def test_a_message_under_a_field_is_read_by_its_label_never_inside_the_input() -> None:
    # A field's message is its described-by text, next to its label: the words are looked
    # for there (a target with no role is "the words next to that label"), not in the input.
    by_label = [("expect_text", Target(text="Email"), "Required")]
    for goal in [
        "an error 'Required' is shown under the Email field",
        "the message 'Required' appears next to the email field",
        "'Required' is displayed below the Email input",
        "verify a warning saying 'Required' is shown beside the Email field",
        "the Email field should show the error 'Required'",
        "the error under the Email field reads 'Required'",
        "the message below the email input should say Required",
    ]:
        assert steps(goal) == by_label, goal
    assert steps("the hint 'At least 8 characters' appears under the Password field") == [
        ("expect_text", Target(text="Password"), "At least 8 characters")
    ]


def test_a_message_by_a_field_that_must_not_show_is_refused() -> None:
    # Absent next to a label holds as well when the label is gone: it could never fail.
    for goal in [
        "'Required' is not shown under the Email field",
        "the error 'Required' is not displayed next to the Email field",
        "the Email field does not show an error 'Required'",
        "the error under the Email field should not say Required",
    ]:
        refused(goal)


def test_only_words_are_looked_for_beside_a_field_and_only_beside_a_field() -> None:
    refused("a spinner is shown next to the Email field")  # an element: no check says where
    refused("'Required' is shown next to the Save button")  # beside a button: no such check
    # "under" a heading is inside the part it heads (once inside the heading, which never
    # says more than its name); a field's value is what it holds
    assert steps("'New' is shown under the Products heading") == [
        ("expect_text", Target(text="Products"), "New")
    ]
    assert steps("the Email field shows 'ada@example.com'") == [
        ("expect_value", Target(text="Email", role="textbox"), "ada@example.com")
    ]


def test_a_filter_said_selected_is_the_choice_of_that_name() -> None:
    # "filter" says what the choice does; its name is the words before it. Read as a
    # value named "Completed filter", the check looked for words no choice has.
    for goal in [
        "the Completed filter is selected",
        "the 'Completed' filter is active",
        "the filter 'Completed' is selected",
        "I should see the Completed filter selected",
    ]:
        assert steps(goal) == [("expect_selected", None, "Completed")], goal
    assert steps("the All filter is selected") == [("expect_selected", None, "All")]
    assert steps("the Completed filter tab is active") == [
        ("expect_selected", Target(text="tab", role="tab"), "Completed")
    ]


def test_a_filter_whose_state_no_check_reads_is_refused() -> None:
    for goal in [
        "the status filter is active",  # the filter of statuses: which choice in it?
        "the Completed filter button is selected",  # pressed: not a state read here
        "the Completed filter link is active",  # the current page: not a state read here
        "the Completed filter is not selected",  # a tab not chosen is not a box unticked
    ]:
        refused(goal)


def test_a_value_described_not_spelled_out_is_refused() -> None:
    # Whose or when, not the words: a check for the words "today's date" fails on a page
    # that shows 12 March, and no other words are given to look for.
    for goal in [
        "the page shows today's date",
        "I should see tomorrow's forecast",
        "the header displays the current time",
        "the profile shows the member's name",
    ]:
        refused(goal)


def test_words_spelled_out_with_an_apostrophe_are_still_words() -> None:
    assert steps("the page shows Today's Picks") == [("expect_text", None, "Today's Picks")]
    assert steps("the banner says 'today's deals'") == [
        ("expect_text", Target(text="banner"), "today's deals")
    ]
    assert steps("the page says welcome back") == [("expect_text", None, "welcome back")]


def test_a_form_filled_with_a_kind_of_data_names_no_values() -> None:
    # "with payload data" once typed "data" into a field named "payload"
    assert refused("Fill the signup form with payload data") == "payload data"
    assert refused("fill in the order form with customer details") == "customer details"
    assert refused("Complete the form with the account information") == "the account information"
    # Sample values, and pairs of field and value, are read as before
    assert [s.action for s in read_goal("Fill the signup form with sample data").steps] == [
        "fill_form"
    ]
    assert steps("fill the form with name Ada and city Paris") == [
        ("fill", Target(text="name"), "Ada"),
        ("fill", Target(text="city"), "Paris"),
    ]


def test_test_before_a_name_is_a_title_not_a_check() -> None:
    # "Test Acme's checkout" names what a test is about; it states nothing to check.
    for goal in ["Test Globex's billing features", "Test the Search Page", "Test Login"]:
        refused(goal)
    # A statement after "test" is checked, as after "verify"
    assert steps("test that the page says Saved") == [("expect_text", None, "Saved")]
    assert steps("test whether 'Saved' is shown") == [("expect_text", None, "Saved")]
    assert steps("verify 'Saved'") == [("expect_text", None, "Saved")]


def test_unavailable_is_refused_as_it_may_be_greyed_out_or_gone() -> None:
    # A page greys a control out or takes it away; a check of one fails on the other.
    for goal in [
        "'Archive' is unavailable",
        "the 'Archive' button is unavailable",
        "the Archive link should be unavailable",
    ]:
        refused(goal)
    # Said plainly, each state is read
    assert steps("the 'Archive' button is greyed out") == [
        ("expect_disabled", Target(text="Archive", role="button"), None)
    ]
    assert steps("'Archive' is hidden") == [("expect_no_text", None, "Archive")]


def test_a_control_named_with_a_verb_is_the_subject_of_a_statement() -> None:
    # "Clear done items is unavailable" once emptied a field named "done items is unavailable"
    refused("Clear done items is unavailable")
    assert steps("Clear done items should be disabled") == [
        ("expect_disabled", Target(text="Clear done items"), None)
    ]


def test_exactly_is_kept_or_the_check_refused() -> None:
    # "the heading is exactly Welcome" was a heading holding Welcome: "Welcome back" passed
    for goal in [
        'Check the heading reads exactly "Welcome"',
        'the heading is exactly "Welcome"',
        "the h1 reads exactly Welcome",
        "the total is exactly $10.00",
    ]:
        refused(goal)
    # Checks that compare whole keep it
    assert steps('the title is exactly "Home | Acme"') == [("expect_title", None, "Home | Acme")]
    assert steps("the URL is exactly /thanks") == [("expect_url", None, "/thanks")]
    assert steps("there are exactly 2 rows") == [
        ("expect_count", Target(text="rows", role="row"), None)
    ]
