"""Classes of misreading found on real goals: each is read right, or refused, never misread."""

from __future__ import annotations

from housecat.errors import GoalNotUnderstood
from housecat.plan.models import Target
from housecat.plan.read import read, read_goal


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


def refused(goal: str) -> str:
    try:
        read_goal(goal)
    except GoalNotUnderstood as exc:
        return exc.phrase
    raise AssertionError(f"read, but should be refused: {goal!r}")


def test_a_description_is_never_taken_for_words_to_find() -> None:
    # What the page is like, not words on it: refused, never a text check
    for goal in [
        "verify recent posts",
        "check that invoices are shown",
        "make sure the table looks correct",
        "verify the avatars on the profile page are round",
    ]:
        refused(goal)


def test_a_value_does_not_run_on_into_the_next_thought() -> None:
    assert refused("the footer shows AND the logo loaded") == "the footer shows AND the logo loaded"


def test_alternatives_cannot_be_one_check() -> None:
    refused("Sent to the pricing page or a paywall shown")


def test_a_paraphrase_of_a_message_is_not_its_words() -> None:
    refused("check the banner says the trial has ended")
    # Quoted, the words are the words.
    assert steps("check the banner says 'Your trial has ended'") == [
        ("expect_text", Target(text="banner"), "Your trial has ended", None)
    ]


def test_a_kind_of_message_named_by_its_quoted_words_checks_those_words() -> None:
    assert steps("it should show error message 'Card declined'") == [
        ("expect_text", None, "Card declined", None)
    ]
    assert steps("the `Card declined` payment error is shown") == [
        ("expect_text", None, "Card declined", None)
    ]
    assert steps("the page shows 'Orders' as a heading") == [
        ("expect_visible", Target(text="Orders", role="heading"), None, None)
    ]


def test_a_place_described_in_lower_case_words_is_not_text_to_find() -> None:
    refused("click the first slot in the week with free seats")


def test_a_purpose_after_the_button_is_not_part_of_its_name() -> None:
    assert steps("click Refresh to reload the prices") == [
        ("click", Target(text="Refresh"), None, None)
    ]


def test_go_back_to_the_homepage_is_where_the_test_started() -> None:
    assert steps("go back to the homepage") == [("goto", None, "{{url}}", None)]


def test_set_a_field_whose_name_holds_the_word_to() -> None:
    assert steps("set the Ship to field to Lisbon") == [
        ("fill", Target(text="Ship to", role="textbox"), "Lisbon", None)
    ]
    assert steps("set the From date to 2024-01-31 and the To date to 2024-02-29") == [
        ("fill", Target(text="From date"), "2024-01-31", None),
        ("fill", Target(text="To date"), "2024-02-29", None),
    ]


def test_questions_read_as_the_checks_they_ask() -> None:
    assert steps("Is the balance shown as $310.25?") == [
        ("expect_text", Target(text="balance"), "$310.25", None)
    ]
    assert steps("Does the footer contain 'Terms'?") == [
        ("expect_text", Target(text="footer", role="contentinfo"), "Terms", None)
    ]
    assert steps("In the checkout dialog, is the shipping fee $4.99?") == [
        ("expect_text", Target(text="shipping fee", within="checkout dialog"), "$4.99", None)
    ]
    refused("How many invoices are open?")


def test_a_value_beside_its_label() -> None:
    assert steps("the price of 'Teak Stool' is $89") == [
        ("expect_text", Target(text="Teak Stool"), "$89", None)
    ]
    assert steps("the order status should be Dispatched") == [
        ("expect_text", Target(text="order status"), "Dispatched", None)
    ]
    refused("the order status should be fine")  # a judgement, not words


def test_a_count_and_a_row_holding_words() -> None:
    assert steps("Verify that the Products list contains 3 items") == [
        ("expect_count", Target(text="items", role="listitem", within="Products list"), None, 3)
    ]
    assert steps("make sure at least one row shows Overdue") == [
        ("expect_visible", Target(text="Overdue", role="row"), None, None)
    ]


def test_reaching_a_page_is_going_there_and_staying() -> None:
    assert steps("verify that a visitor can access the /pricing page") == [
        ("goto", None, "/pricing", None),
        ("expect_url", None, "/pricing", None),
    ]


def test_a_list_of_field_pairs_fills_every_field_even_when_labels_contain_others() -> None:
    plan = read_goal("Fill in Login: mwong, Password: pa55, Repeat password: pa55, Phone: 555")
    assert [(s.action, s.target and s.target.text) for s in plan.steps] == [
        ("fill", "Login"),
        ("fill", "Password"),
        ("fill", "Repeat password"),
        ("fill", "Phone"),
    ]


def test_a_form_line_with_any_label_fills_that_field() -> None:
    assert steps("Subject: Broken link\nComment: Great lamp, fast delivery") == [
        ("fill", Target(text="Subject"), "Broken link", None),
        ("fill", Target(text="Comment"), "Great lamp, fast delivery", None),
    ]
    refused("Note: the checkout is slow on Mondays")


def test_instructions_people_and_open_questions_are_not_parts_of_a_page() -> None:
    refused("Copy the total shown in the summary panel")
    refused("I exist in the shop as a customer")
    refused("Ravi has a full basket")
    refused("Which plan is selected?")
    refused("If a survey pops up, close it")


def test_a_place_that_cannot_be_found_is_never_dropped_from_the_step() -> None:
    refused("click the edit button to the right of the third paragraph")
    # An item of a list is found by its position on the page: the place is kept
    step = read_goal("click the edit button to the right of the third entry").steps[0]
    assert (step.action, step.target) == (
        "act_on_item",
        Target(text="edit", role="button", nth=2, within="entry"),
    )


def test_a_query_or_value_does_not_swallow_the_next_step() -> None:
    refused("search for red shoes and verify good results")
    assert steps("search for red shoes and check the page says 12 results") == [
        ("search", None, "red shoes", None),
        ("expect_text", None, "12 results", None),
    ]


def test_the_search_bar_is_the_field_for_searching() -> None:
    assert steps("type garden chairs into the search box") == [
        ("fill", Target(text="Search"), "garden chairs", None)
    ]


def test_a_password_that_starts_like_the_word_password_is_whole() -> None:
    reading = read("sign in as bob with pw123")
    assert reading.secrets == {"password": "pw123"}
    assert reading.plan.goal == "sign in as bob with {{password}}"


def test_a_saved_secret_leaves_no_trace_in_the_goal() -> None:
    reading = read('save value "n0pe" as "password"\nlog in')
    assert reading.secrets == {"password": "n0pe"}
    assert "n0pe" not in reading.plan.model_dump_json()


def test_showing_up_is_appearing_not_the_words_up_after() -> None:
    refused("the shelf shows up after signing in, somehow")


def test_today_is_the_date_of_the_run() -> None:
    assert steps("set the Due date to today") == [
        ("fill", Target(text="Due date"), "{{today}}", None)
    ]
    assert steps("set the Note to 'today'") == [("fill", Target(text="Note"), "today", None)]


def test_a_purpose_is_not_the_name_of_a_page_to_open() -> None:
    refused("open the page to find out how returns work")
