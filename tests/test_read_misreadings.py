"""Classes of misreading found on real goals: each is read right, or refused, never misread."""

from __future__ import annotations

import pytest

from housecat.errors import GoalNotUnderstood
from housecat.plan.grammar.intents import WRONG_PASSWORD
from housecat.plan.grammar.words import ELEMENT_NOUNS
from housecat.plan.models import Step, Target
from housecat.plan.read import read, read_goal
from tests.reading import refused

# "results are shown": at least one item of the results (see test_checks_results.py)
SOME_RESULTS = [("expect_count", Target(text="results", within="results"), None, 1)]


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
    # "the footer shows" is read (it is visible); what runs on after it is read by itself
    assert steps("the footer shows AND the logo loaded") == [
        ("expect_visible", Target(text="footer", role="contentinfo"), None, None),
        ("expect_visible", Target(text="logo", role="img"), None, None),
    ]
    assert refused("the footer shows AND the chart loaded") == "the chart loaded"


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
    # Once refused: a question of where the user is, or whether signed out
    assert steps("Is the user redirected to /login?") == steps("the user is redirected to /login")
    assert steps("Am I on the dashboard?") == [("expect_url", None, "dashboard", None)]
    assert steps("Is the user logged out?") == steps("the user is logged out")
    # Once refused: whether it loads
    assert steps("Does the homepage load?") == steps("the homepage loads")
    assert steps("does /pricing load without errors?") == steps("/pricing loads without errors")
    # Once refused: whether one can, asked, as said
    assert steps("Can I add the Oak Chair to the cart and see it in the cart?") == steps(
        "I can add the Oak Chair to the cart and see it in the cart"
    )
    assert steps("can a visitor see the Pricing link?") == steps(
        "a visitor can see the Pricing link"
    )
    refused("Can I log in with a wrong password?")  # asked so, the answer meant is no
    refused("Can I cancel anytime?")  # a question a page answers: nothing to see
    # Once refused: a figure last ends a name said before it
    assert steps("Is the Oak Chair still $120?") == steps("the Oak Chair is $120")
    assert steps("Is the price of Oak Chair $120?") == steps("the price of Oak Chair is $120")
    refused("Is Order 1042 Shipped?")  # a figure inside the words: where is the name's end?
    # "is the site up?", as "the site is up" reads; "up and running" is up
    home = steps("the site is up")
    assert steps("Is the site up?") == steps("make sure the website is up and running") == home
    # Once a click on a button named "Does the Sign in"
    assert steps("Does the Sign in button take me to /login?") == steps(
        "the Sign in button takes me to /login"
    )
    assert steps("Does the Pricing link go to /pricing?") == steps(
        "the Pricing link goes to /pricing"
    )


def test_a_value_beside_its_label() -> None:
    assert steps("the price of 'Teak Stool' is $89") == [
        ("expect_text", Target(text="price", within="Teak Stool"), "$89", None)
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
    # A field a verb starts is still a field: each was refused, and once "Verify password:
    # x" was typed into Password as part of its password
    for confirming in ("Confirm password", "Verify password", "Confirm email"):
        reading = read(f"Fill in Login: mwong, Password: pa55, {confirming}: pa55")
        assert [(s.action, s.target and s.target.text) for s in reading.plan.steps] == [
            ("fill", "Login"),
            ("fill", "Password"),
            ("fill", confirming),
        ]
        assert reading.secrets["password"] == "pa55"
    assert [s.target and s.target.text for s in read_goal(
        "Fill the sign-up form: Email ada@example.com, Password Secret1!, Confirm password"
        " Secret1!, then click Create account"
    ).steps] == ["Email", "Password", "Confirm password", "Create account"]  # fmt: skip


def test_a_form_line_with_any_label_fills_that_field() -> None:
    assert steps("Subject: Broken link\nComment: Great lamp, fast delivery") == [
        ("fill", Target(text="Subject"), "Broken link", None),
        ("fill", Target(text="Comment"), "Great lamp, fast delivery", None),
    ]
    refused("Note: the checkout is slow on Mondays")
    # Once "fill 'Pagination' with 'clicking Next shows page 2'": a step told, not a value
    refused("Pagination: clicking Next shows page 2")
    assert steps("Activity: Hiking")[0][2] == "Hiking"
    # Once the word typed: a field left blank is filled with nothing
    for blank in ("Company: (leave blank)", "Company: empty", "set Company to blank"):
        assert steps(blank) == [("fill", Target(text="Company"), "", None)], blank
    # Once one text '5 stars, title Great, body Loved it': fields, one of which we cannot read
    refused("Write a review: 5 stars, title Great, body Loved it")
    assert steps("Write a comment: Great lamp, fast delivery")[0][2] == "Great lamp, fast delivery"
    # Once typed into a field "Cart", "Basket" or "Smoke": what holds things, a statement
    for said in (
        "Cart: empty",
        "Basket: 2 items",
        "Uptime: / returns 200 and shows Acme",
    ):
        refused(said)
    assert steps("Smoke: / shows Acme") == steps("/ shows Acme")  # a test's label
    # a page by its name before a colon is that page, never a sign-in ("Login")
    assert steps("Login page: the Sign in button is visible") == [
        ("visit", Target(text="Login"), None, None),
        ("expect_visible", Target(text="Sign in", role="button"), None, None),
    ]


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
    assert steps("set the due date to tomorrow")[0][2] == "{{tomorrow}}"
    assert steps("fill the date with yesterday")[0][2] == "{{yesterday}}"
    # Once the words "next Monday" were typed into a date field: which date, none says
    for goal in ["set the start date to next Monday", "enter 2 weeks from now as the due date"]:
        refused(goal)
    assert steps("select Next week in the Due dropdown")[0][2] == "Next week"  # an option


def test_a_purpose_is_not_the_name_of_a_page_to_open() -> None:
    refused("open the page to find out how returns work")


def test_an_element_named_by_its_text_is_that_element_not_any_text() -> None:
    assert steps('the popup should contain link with text "Terms"') == [
        ("expect_visible", Target(text="Terms", role="link", within="popup"), None, None)
    ]
    assert steps('the page has a button with the text "Pay"') == [
        ("expect_visible", Target(text="Pay", role="button"), None, None)
    ]


def test_a_kind_of_value_is_a_sample_of_it_never_typed_as_words() -> None:
    assert steps("type a realistic phone number into Mobile") == [
        ("fill_form", Target(text="Mobile"), None, None)
    ]
    assert steps("fill the Notes box with some text") == [
        ("fill_form", Target(text="Notes", role="textbox"), None, None)
    ]
    assert steps("type your password into the PIN field") == [
        ("fill", Target(text="PIN", role="textbox"), "{{password}}", None)
    ]
    assert steps("type 'some text' into Notes") == [
        ("fill", Target(text="Notes"), "some text", None)
    ]
    for unknown in (
        "enter a valid voucher code in Voucher",  # no sample is a valid voucher
        "type an incorrect postcode into Postcode",
        "type your phone number into Phone",  # only its author knows it
        "enter a random name",  # into which field?
    ):
        assert refused(unknown), unknown


def test_two_clauses_are_never_one_subject() -> None:
    assert steps("Make sure the landing page loads and the big heading says 'Go further'") == [
        ("goto", None, "{{url}}", None),
        ("expect_visible", Target(text="Go further", role="heading"), None, None),
    ]
    assert "Attach a photo" in refused("Attach a photo and verify it shows in the gallery")


def test_where_something_shows_is_never_the_words_it_shows() -> None:
    # "in the gallery" says where, not what: never the expected text 'in the gallery'
    refused("verify it shows in the gallery")
    assert steps("Ada should show in the sidebar") == [
        ("expect_text", Target(text="sidebar", role="complementary"), "Ada", None)
    ]


def test_a_step_told_as_what_came_first_is_done_not_dropped() -> None:
    # "After pressing Publish, …": the press is a step of the journey, before the check.
    assert steps("After pressing Publish, the page says Published") == [
        ("click", Target(text="Publish"), None, None),
        ("expect_text", None, "Published", None),
    ]
    assert [(s[0], s[2]) for s in steps("after typing 'ada' into Name, Ada appears")] == [
        ("fill", "ada"),
        ("expect_text", "Ada"),
    ]
    # A gerund that is no step we know is refused by its words, never dropped.
    assert (
        refused("After pondering the options, the page says Done") == "After pondering the options"
    )


def test_a_title_of_the_page_is_the_title_not_words_on_the_page() -> None:
    for goal in ("the title of the page is 'Orders'", "Check the title of this page is 'Orders'"):
        assert [(s.action, s.value, s.compare) for s in read_goal(goal).steps] == [
            ("expect_title", "Orders", "equals")
        ], goal
    assert [
        (s.action, s.value) for s in read_goal("the title of the tab contains Orders").steps
    ] == [("expect_title", "Orders")]


def test_the_last_pair_of_a_form_list_is_typed_never_checked() -> None:
    # Each pair fills its field, however many words the value has; none becomes a check.
    assert steps(
        "Fill the form with name Ada, email ada@example.com, subject Broken link here"
    ) == [
        ("fill", Target(text="name"), "Ada", None),
        ("fill", Target(text="email"), "ada@example.com", None),
        ("fill", Target(text="subject"), "Broken link here", None),
    ]
    # A pair that cannot be read is refused with the list, never read as words to find.
    phrase = refused("Fill the form with name Ada, email ada@example.com, flavour of the week")
    assert "flavour of the week" in phrase


def test_a_step_told_after_a_check_is_not_its_expected_text() -> None:
    # the step comes first, then the check: never "$18.50 after entering …" as its words
    assert steps("the order total should read $18.50 after entering the code WINTER") == [
        ("fill", Target(text="code"), "WINTER", None),
        ("expect_text", Target(text="order total"), "$18.50", None),
    ]
    assert refused("the badge should update to 4 when I add another mug")


def test_whose_content_is_asked_not_guessed() -> None:
    assert refused("open the Billing tab and check its panel says Paid")


def test_a_link_to_a_page_is_a_link_and_an_element_without_a_name_is_not_text() -> None:
    assert steps("check that the header has a link to the help centre") == [
        ("expect_visible", Target(text="help centre", role="link", within="header"), None, None)
    ]
    assert refused("the page has a button to export the report")


def test_a_verb_after_and_starts_a_step_it_never_ends_a_value() -> None:
    assert [a for a, *_ in steps("set the nickname to Robin and publish")] == [
        "fill",
        "press_named",
    ]
    assert steps("type Salt and pepper into Notes") == [
        ("fill", Target(text="Notes"), "Salt and pepper", None)
    ]


def test_what_every_row_says_is_not_what_one_place_says() -> None:
    # Once refused; now a check of each item of the list (see test_checks_each.py)
    assert steps("make sure each invoice row shows Paid") == [
        ("expect_each", Target(text="invoice row"), "Paid", None)
    ]
    assert steps("all the results should mention Python") == [
        ("expect_each", Target(text="result", within="results"), "Python", None)
    ]
    assert refused("the search box is on every page")


def test_a_sentence_is_never_the_name_of_a_box_to_tick() -> None:
    # a count of the openings (in the part of the page called so), never a box to tick
    assert steps("go to Jobs and check there's at least one opening")[-1] == (
        "expect_count",
        Target(text="opening", within="opening"),
        None,
        1,
    )
    assert refused("the Team page should mention our first office, Leeds")


def test_a_key_pressed_to_do_something_is_pressed_not_clicked() -> None:
    assert steps("dismiss the survey by pressing the Escape key") == [
        ("press", None, "Escape", None)
    ]


def test_the_page_opened_is_the_tests_own() -> None:
    assert steps("open the page and check the footer says 2026")[0] == (
        "goto",
        None,
        "{{url}}",
        None,
    )


def test_an_order_or_an_amount_is_not_a_box_to_tick_nor_words() -> None:
    assert refused("check Zed appears after Amy")
    # plans a page shows one by one: counted, never the words "4 plans"
    assert steps("make sure the page has exactly 4 plans") == [
        ("expect_count", Target(text="plans"), None, 4)
    ]
    assert steps("the grid lists at least 2 reviews") == [
        ("expect_count", Target(text="reviews", within="grid"), None, 2)
    ]


def test_a_floor_on_a_count_is_a_floor_and_needs_a_kind() -> None:
    plan = read_goal("the gallery shows at least 4 images")
    assert [(s.action, s.count, s.at_least) for s in plan.steps] == [("expect_count", 4, True)]
    assert plan.steps[0].describe() == "Expect at least 4 of the images in 'gallery'"
    # reviews, of no kind of element: the items of the part of the page called so
    assert steps("the page shows at least 4 reviews") == [
        ("expect_count", Target(text="reviews", within="reviews"), None, 4)
    ]


def test_what_signing_in_should_come_to_is_not_where_it_happens() -> None:
    # never a place named "should fail": that sign-in, tried, leaves the journey signed out
    assert steps("sign-in should fail with a bad password")[-1][0] == "expect_signed_out"
    assert steps("log into the staff portal as kim")[0][:3] == ("sign_in", None, "kim")


def test_a_step_told_as_a_subject_is_not_a_place() -> None:
    assert refused("Saving the form without a title shows 'Title is required'")
    assert steps("wait until Saving is no longer shown")  # a word on the page, not a step


def test_an_absence_needs_a_name_or_a_kind_not_a_description() -> None:
    assert refused("make sure there are no blurry images")  # any name would be absent
    assert refused("the signup button is not shown")  # 'Sign up'? 'Sign-up'? absent either way
    assert steps("the Sign up button is not shown") == [
        ("expect_hidden", Target(text="Sign up", role="button"), None, None)
    ]


def test_every_page_is_more_than_one_journey_sees() -> None:
    assert refused("check the cookie notice is present on every page")


def test_elements_named_in_a_sentence_are_not_words_to_read() -> None:
    assert refused("make sure the signup form has name and email fields")
    assert steps("Does the home page show a 'Start trial' button?") == [
        ("goto", None, "{{url}}", None),
        ("expect_visible", Target(text="Start trial", role="button"), None, None),
    ]


def test_a_message_without_words_or_a_kind_to_look_for_is_not_checked() -> None:
    assert refused("check the message appears")
    # Once refused too; a message named by the words it says says them
    assert steps("a thank-you message is displayed") == [("expect_text", None, "Thank you", None)]
    assert refused("no welcome message is shown")  # "Hello, Ada" is a welcome too
    assert refused("a failure toast appears")  # any toast would do, a success one too
    assert steps("a toast appears")[0][1] == Target(text="toast", role="alert")


def test_several_labelled_values_are_not_one_value() -> None:
    assert refused("complete the payment with card 4000 0000 0000 0002, expiry 01/31, cvc 999")
    assert steps("fill Address with 9 Elm Road, Leeds") == [
        ("fill", Target(text="Address"), "9 Elm Road, Leeds", None)
    ]


def test_two_choices_or_a_range_are_not_one_option() -> None:
    assert refused("filter by colour red and size under 40")
    assert steps("filter by Salt and Pepper")[0][2] == "Salt and Pepper"


def test_a_described_query_is_not_the_words_to_type() -> None:
    assert refused("search for a recipe that has no eggs")
    assert refused("look up something cheap")


def test_a_place_holding_a_number_of_things_counts_them_there() -> None:
    assert steps("Then I should see a grid with 6 images") == [
        ("expect_count", Target(text="images", role="img", within="grid"), None, 6)
    ]


def test_completing_a_quoted_item_ticks_it() -> None:
    assert steps("When I complete 'File taxes'") == [
        ("check", Target(text="checkbox", role="checkbox", within="File taxes"), None, None)
    ]
    assert refused("complete the survey")


def test_a_number_said_the_other_way_round_is_a_count_in_its_place() -> None:
    assert steps("the number of rows in the results table should be 7") == [
        ("expect_count", Target(text="rows", role="row", within="results table"), None, 7)
    ]


def test_the_browser_tab_title_is_the_title_and_text_after_a_colon_is_the_text() -> None:
    assert steps("the browser tab title reads 'Inbox (2)'") == [
        ("expect_title", None, "Inbox (2)", None)
    ]
    assert steps("the page should contain text: All set") == [
        ("expect_text", None, "All set", None)
    ]


def test_a_url_or_title_said_whole_is_never_read_as_a_part() -> None:
    shapes = [(s.action, s.value, s.compare) for g in (
        "the URL should end with /done",
        "the address is /account",
        "the url starts with /en/",
        "the page title equals 'Basket - Shop'",
        "the URL contains /orders",
        "the title reads Basket",
        "the URL stays on /en/about",
        "the title ends with Shop",
        "The page title should start with Acme",
        "Page title begins with 'Acme Docs'",
    ) for s in read_goal(g).steps]  # fmt: skip
    assert shapes == [
        ("expect_url", "/done", "ends"),
        ("expect_url", "/account", "equals"),
        ("expect_url", "/en/", "starts"),
        ("expect_title", "Basket - Shop", "equals"),
        ("expect_url", "/orders", "contains"),
        ("expect_title", "Basket", "contains"),
        ("expect_url", "/en/about", "equals"),
        ("expect_title", "Shop", "ends"),
        ("expect_title", "Acme", "starts"),
        ("expect_title", "Acme Docs", "starts"),
    ]


def test_an_absence_of_a_described_kind_is_refused_it_would_always_hold() -> None:
    assert refused("there should be no 404 errors")
    assert refused("make sure no Python exceptions appear")
    assert refused("the Cookie dialog is not shown")  # dialogs are named by what they show
    assert steps("there is no Archive button") == [
        ("expect_hidden", Target(text="Archive", role="button"), None, None)
    ]
    assert steps("the page should not show Sold out") == [
        ("expect_no_text", None, "Sold out", None)
    ]


def test_a_negative_sentence_is_never_the_name_of_an_element() -> None:
    assert refused("make sure the footer doesn't contain dead links")
    assert refused("verify the page isn't showing stale prices")


def test_a_kind_of_thing_shown_is_not_the_words_shown() -> None:
    assert refused("the product page shows a price")
    assert refused("the basket icon shows a number")
    assert steps("the page shows a 'Sold out' badge") == [("expect_text", None, "Sold out", None)]


def test_a_check_for_each_of_many_is_refused() -> None:
    assert refused("there is an 'Add' button for every recipe")


def test_items_of_a_list_may_be_commands_themselves() -> None:
    assert steps("add items: Call mum, Book flights and Pay rent") == [
        ("add_item", None, "Call mum", None),
        ("add_item", None, "Book flights", None),
        ("add_item", None, "Pay rent", None),
    ]


def test_how_a_control_looks_is_not_its_name() -> None:
    assert steps("press the big orange Checkout button") == [
        ("click", Target(text="Checkout", role="button"), None, None)
    ]


def test_a_page_by_position_or_history_is_not_a_page_name() -> None:
    # The page before is the browser's back, never a page named "previous".
    assert steps("go back to the previous page") == [("go_back", None, None, None)]
    assert refused("go to the 2nd page")
    assert steps("open the link 'Help' in a new tab") == [
        ("open", Target(text="Help", role="link"), None, None)
    ]


def test_a_place_said_first_without_a_comma_is_where_the_step_happens() -> None:
    assert [a for a, *_ in steps("In the search box type 'lamps' and press Enter")] == [
        "fill",
        "press",
    ]
    assert steps("In the footer click Sign in") == [
        ("click", Target(text="Sign in", within="footer"), None, None)
    ]


def test_a_form_with_its_pairs_in_brackets_fills_each() -> None:
    assert steps("fill in the feedback form (name Ada, email ada@example.com)") == [
        ("fill", Target(text="name"), "Ada", None),
        ("fill", Target(text="email"), "ada@example.com", None),
    ]


def test_removing_from_a_basket_removes_that_item() -> None:
    assert steps("remove the Green Teapot from the basket") == [
        ("delete_item", Target(text="Green Teapot"), None, None)
    ]


def test_emptying_a_place_or_choosing_by_data_is_not_a_field_or_a_name() -> None:
    assert refused("empty the basket")
    assert refused("buy the cheapest lamp")


def test_where_a_scenario_starts_is_a_step_never_an_assumption() -> None:
    plan = read_goal("Given I am on the product page for 'Teal Kettle'\nThen I see 'In stock'")
    assert plan.assumptions == []
    assert plan.steps[0].action == "visit" and plan.steps[0].target == Target(text="Teal Kettle")
    assert refused("Given I am at the back office of the shop\nThen I see 'Orders'")


def test_credentials_written_the_ways_people_write_them() -> None:
    for goal in (
        "Login: kim / pa55-word",
        "Authenticate with user=kim pass=pa55-word",
        "sign in as kim (password: pa55-word)",
        "use kim and the password 'pa55-word' to log in",
    ):
        reading = read(goal)
        [step] = reading.plan.steps
        assert (step.action, step.value, step.password) == ("sign_in", "kim", "{{password}}"), goal
        assert reading.secrets == {"password": "pa55-word"}, goal
        assert "pa55-word" not in reading.plan.goal, goal
    assert steps("sign in using the demo account")[0][:3] == ("sign_in", None, "{{username}}")
    assert [
        s.action for s in read_goal("enter username kim, password pa55 and press Log in").steps
    ] == [
        "fill",
        "fill",
        "click",
    ]


def test_showing_again_or_being_back_is_being_visible() -> None:
    assert steps("the Log in link should show again") == [
        ("expect_visible", Target(text="Log in", role="link"), None, None)
    ]
    assert steps("an error 'Name is required' should show") == [
        ("expect_text", None, "Name is required", None)
    ]


def test_a_menu_path_is_followed_one_name_at_a_time() -> None:
    assert steps("navigate to Account > Billing > Invoices") == [
        ("open", Target(text="Account"), None, None),
        ("open", Target(text="Billing"), None, None),
        ("open", Target(text="Invoices"), None, None),
    ]
    assert refused("go to the Billing page via the wallet icon")  # a way there is no name


def test_where_a_journey_starts_from_is_gone_to() -> None:
    assert steps("From the home page, click Pricing")[0] == ("goto", None, "{{url}}", None)


def test_tables_as_people_speak_of_them() -> None:
    assert steps("click the Email column header") == [
        ("click", Target(text="Email", role="columnheader"), None, None)
    ]
    assert steps("the first row of the table should contain 'Ada'") == [
        ("expect_text", Target(text="row", role="row", nth=0, within="table"), "Ada", None)
    ]
    assert steps("filter the orders by status 'Shipped'") == [
        ("pick", Target(text="status"), "Shipped", None)
    ]
    assert steps("check only 3 rows remain") == [
        ("expect_count", Target(text="rows", role="row"), None, 3)
    ]
    assert steps("open the details of order #1007") == [("open", Target(text="#1007"), None, None)]


def test_an_expectation_written_as_a_label_is_a_check() -> None:
    for goal in (
        "Expected result: 'Invoice sent'",
        "Expect: Invoice sent",
        "expect text 'Invoice sent'",
    ):
        assert steps(goal) == [("expect_text", None, "Invoice sent", None)], goal


def test_an_unnamed_one_of_many_is_not_checked_any_of_them_would_pass() -> None:
    assert refused("click Undo and verify the row is still there")
    assert refused("a link is shown")
    assert steps("the rows are listed") == [
        ("expect_visible", Target(text="rows", role="row"), None, None)
    ]


def test_a_closed_dialog_is_hidden_and_a_visible_heading_is_not_named_visible() -> None:
    assert steps("verify the dialog is closed") == [
        ("expect_hidden", Target(text="dialog", role="dialog"), None, None)
    ]
    assert steps("the heading is visible") == [
        ("expect_visible", Target(text="heading", role="heading"), None, None)
    ]


def test_where_to_search_said_after_the_query_is_not_part_of_it() -> None:
    assert steps("look up 'kettle' in the shop search") == [
        ("search", Target(text="shop search"), "kettle", None)
    ]
    assert steps("use the site search to look for 'refunds'") == [
        ("search", Target(text="site search"), "refunds", None)
    ]


def test_a_kind_said_before_a_quoted_name_is_that_kind() -> None:
    assert steps("select radio button 'Yearly'") == [
        ("click", Target(text="Yearly", role="radio"), None, None)
    ]
    assert steps("set 'Reminders' to off") == [("uncheck", Target(text="Reminders"), None, None)]


def test_a_part_of_the_page_is_checked_never_ticked() -> None:
    assert steps("wait 2 seconds then check the header")[1] == (
        "expect_visible",
        Target(text="header", role="banner"),
        None,
        None,
    )


def test_waiting_for_the_page_to_load_adds_nothing_and_is_never_a_url() -> None:
    assert steps("After the page loads, click Begin") == [
        ("click", Target(text="Begin"), None, None)
    ]
    assert steps("wait for the page to finish loading, then click Begin") == [
        ("click", Target(text="Begin"), None, None)
    ]
    for waiting in ("wait for the site to fully load", "wait for the app to render completely"):
        assert steps(f"{waiting}, then click Begin") == [
            ("click", Target(text="Begin"), None, None)
        ]


def test_each_name_of_a_checked_list_is_checked_where_and_as_what_it_is_said() -> None:
    assert steps("make sure the top menu has links to Shop, Blog and Help") == [
        ("expect_visible", Target(text=name, role="link", within="top menu"), None, None)
        for name in ("Shop", "Blog", "Help")
    ]
    assert steps("Make sure Shop, Blog and Help appear in the sidebar") == [
        ("expect_text", Target(text="sidebar", role="complementary"), name, None)
        for name in ("Shop", "Blog", "Help")
    ]
    assert steps("verify the headings Plans and Support are shown") == [
        ("expect_visible", Target(text=name, role="heading"), None, None)
        for name in ("Plans", "Support")
    ]
    assert steps("the footer contains Press, Jobs and Legal") == [
        ("expect_text", Target(text="footer", role="contentinfo"), name, None)
        for name in ("Press", "Jobs", "Legal")
    ]
    # two plain names joined by "and" are one name, as a page would show it
    assert steps("Terms and Conditions is shown") == [
        ("expect_text", None, "Terms and Conditions", None)
    ]


def test_being_on_the_home_page_is_a_whole_url_never_a_slash() -> None:
    [step] = read_goal("confirm we are back on the home page").steps
    assert (step.action, step.value, step.compare) == ("expect_url", "{{url}}", "equals")


def test_a_generic_word_is_no_words_to_find() -> None:
    assert refused("there is content on the page")
    assert refused("the page has text")
    assert steps("the page says 'Results'") == [("expect_text", None, "Results", None)]


def test_a_step_before_a_stated_value_is_never_taken_for_where_the_value_shows() -> None:
    # "Add two mugs to the basket" is a step, not the place the total is read in.
    assert "Add two mugs to the basket" in refused(
        "Add two mugs to the basket and verify the total is $12.00"
    )
    basket = "open the first result, put it in the basket, and check the basket count is 1"
    assert steps(basket)[1:] == [
        ("click", Target(text="Add to basket", role="button"), None, None),
        ("expect_text", Target(text="basket count"), "1", None),
    ]


def test_opening_the_home_page_opens_where_the_test_starts() -> None:
    for goal in ("Open the homepage", "open the site", "Open the web app"):
        assert steps(goal) == [("goto", None, "{{url}}", None)], goal
    # A name with a capital is a link or tab of that name.
    assert steps("open Home") == [("open", Target(text="Home"), None, None)]


def test_a_check_never_borrows_the_verb_of_the_step_before() -> None:
    # "set … to 2 and check the total … to $9" is no second field to set to $9.
    set_then_check = "Set the quantity to 2 and check the total changes to $9"
    assert steps(set_then_check)[1] == ("expect_text", Target(text="total"), "$9", None)
    # A step, then the field a check is about: never one field named by the whole clause.
    # (what a form says of a field, by the field's label: see test_checks_by_field.py)
    assert steps("Send the form blank and check the Email field says Required") == [
        ("submit", None, None, None),
        ("expect_text", Target(text="Email"), "Required", None),
    ]


def test_a_filter_given_as_a_label_and_value_picks_the_value_in_that_group() -> None:
    assert [(s.action, s.target, s.value) for s in read_goal("filter by Size: Large").steps] == [
        ("pick", Target(text="Size"), "Large")
    ]


def test_a_field_shows_a_value_written_in_lower_case_whole() -> None:
    # An address or a code is the field's whole value, capitalised or not.
    for goal, value in (
        ("the Email field shows ada@example", "ada@example"),
        ("the Code field shows abc123", "abc123"),
    ):
        assert [(s.action, s.value) for s in read_goal(goal).steps] == [("expect_value", value)], (
            goal
        )
    # Words describing what a field shows are not its value.
    assert [s.action for s in read_goal("the Email field shows an error").steps] != ["expect_value"]


def test_a_navigation_bar_is_the_kind_of_region_not_its_name() -> None:
    for goal in ("Verify the navigation bar is visible", "the navbar is shown"):
        (step,) = read_goal(goal).steps
        assert step.action == "expect_visible" and step.target is not None, goal
        assert step.target.role == "navigation" and step.target.names_kind, goal


def test_after_then_a_step_is_its_own_never_the_rest_of_a_value() -> None:
    # An unquoted item name or typed value ends at "then": what follows is a step, read
    # or refused by itself, never swallowed into the name.
    assert refused("add a task called Water the plants, then frobnicate the rota") == (
        "frobnicate the rota"
    )
    assert steps("add a task called Water the plants, then press Enter") == [
        ("add_item", None, "Water the plants", None),
        ("press", None, "Enter", None),
    ]


def test_it_in_a_check_is_the_one_item_the_step_before_named() -> None:
    assert steps("add a task called Feed the cat and make sure it shows up") == [
        ("add_item", None, "Feed the cat", None),
        ("expect_text", None, "Feed the cat", None),
    ]
    assert steps("remove 'Old report', then check it's gone") == [
        ("delete_item", Target(text="Old report"), None, None),
        ("expect_no_text", None, "Old report", None),
    ]
    # An act on the item itself: ticked, unticked or deleted in its row, as "tick Tea off" is
    ticked = ("check", Target(text="checkbox", role="checkbox", within="Tea"), None, None)
    for goal in [
        "add 'Tea' and then tick it",
        "add the todo Tea and tick it off",
        "add a task called Tea, then mark it as done",
    ]:
        assert steps(goal) == [("add_item", None, "Tea", None), ticked], goal
    assert steps("Add Tea to the list and untick it")[1][0] == "uncheck"
    # "check X off" ticks X; "check the toggle is still off" states the toggle's state
    assert steps("reload and check the toggle is still off")[1][0] == "expect_unchecked"
    assert steps("add 'Tea', tick it and make sure it is still listed") == [
        ("add_item", None, "Tea", None),
        ticked,
        ("expect_text", None, "Tea", None),
    ]
    assert steps("add 'Tea' and delete it")[1] == ("delete_item", Target(text="Tea"), None, None)
    # Never another act on "it" ("open it" is no act on an item of a list), nor "it" after
    # several items or after no item at all.
    refused("add 'Tea' and then open it")
    refused("add 'Tea' and 'Cake', then tick it")
    refused("add 'Tea' and 'Cake', then make sure it is listed")
    refused("open the Reports page and check it is shown")


def test_an_empty_form_is_sent_as_it_is_never_a_form_named_empty() -> None:
    for goal in [
        "submit the empty form",
        "submit the form empty",
        "send the blank form",
        "submit an empty form",
        "submit a form",
    ]:
        assert steps(goal) == [("submit", None, None, None)], goal
    assert steps("submit the form without filling anything in") == [("submit", None, None, None)]
    assert steps("submit the contact form") == [
        ("submit", Target(text="contact", role="form"), None, None)
    ]
    assert read_goal("submit the contact form").steps[0].describe() == "Submit the 'contact' form"


def test_what_a_thing_costs_is_its_price_next_to_its_name() -> None:
    for goal in ["the Pro plan costs $20", "the Pro plan should cost $20"]:
        assert steps(goal) == [("expect_text", Target(text="Pro plan"), "$20", None)], goal
    assert steps("the Pro plan does not cost $20") == [
        ("expect_no_text", Target(text="Pro plan"), "$20", None)
    ]


def test_adding_it_to_the_cart_is_the_shown_product_s_button() -> None:
    button = Target(text="Add to cart", role="button")
    assert steps("open the first result and add it to the cart")[1:] == [
        ("click", button, None, None)
    ]


def test_a_value_that_changes_to_another_is_checked_as_the_new_value() -> None:
    for goal in ["the subtotal changes to $24", "the subtotal should update to $24"]:
        assert steps(goal) == [("expect_text", Target(text="subtotal"), "$24", None)], goal
    refused("the page changes to Checkout")  # another page: not words on this one


def test_a_field_left_blank_is_cleared_never_a_field_named_leave() -> None:
    assert steps("leave the email field blank") == [
        ("fill", Target(text="email", role="textbox"), "", None)
    ]
    refused("leave the cart empty")


def test_a_place_said_first_is_never_read_into_the_words_checked() -> None:
    # "in the footer, the copyright says 2026" is never "2026 in the footer": the copyright
    # there says it (it was refused, then read so)
    assert steps("in the footer, the copyright says 2026") == [
        ("expect_text", Target(text="copyright", within="footer"), "2026", None)
    ]
    assert steps("In the Orders table, the first row says Pending") == steps(
        "the first row in the Orders table says Pending"
    )
    refused("In the users table, Ada's role is Admin")  # her role, or a label so named?
    refused("On the docs site, the code sample should include email")  # a site, no part
    refused("the row for Bob in the users table shows Admin")  # a place in a place


def test_a_field_of_a_named_item_is_that_field_in_the_item() -> None:
    assert steps("set the quantity of Mug to 2") == [
        ("fill", Target(text="quantity", within="Mug"), "2", None)
    ]
    assert steps("set the number of guests to 4") == [
        ("fill", Target(text="number of guests"), "4", None)
    ]


def test_still_and_now_are_no_part_of_the_place_they_follow() -> None:
    assert steps("the cart still has 2 items") == [
        ("expect_count", Target(text="items", role="listitem", within="cart"), None, 2)
    ]
    assert steps("the header now says Hi Bob") == [
        ("expect_text", Target(text="header", role="banner"), "Hi Bob", None)
    ]
    # After the verb they are what the page says.
    assert steps("the page says Alice still has access") == [
        ("expect_text", None, "Alice still has access", None)
    ]


def test_reloading_and_going_back_are_the_browser_s_never_a_control() -> None:
    for goal in ["reload the page", "refresh", "Refresh the page"]:
        assert steps(goal) == [("reload", None, None, None)], goal
    for goal in ["go back", "go back to the previous page", "press the browser back button"]:
        assert steps(goal) == [("go_back", None, None, None)], goal
    assert steps("click Back") == [("click", Target(text="Back"), None, None)]  # the page's


def test_where_words_stand_in_a_list_is_never_part_of_the_words() -> None:
    # "shows Teapot first" is about order: never the text "Teapot first", but the first item
    assert steps("the results list shows Teapot first")[0][1] == Target(
        text="item", role="listitem", nth=0, within="results list"
    )
    refused("the page shows Terms before Privacy")


def test_a_loading_indicator_is_a_spinner_by_another_name() -> None:
    spinner = Target(text="loading indicator", role="progressbar")
    for goal in ["wait until the loading indicator disappears", "the loading indicator disappears"]:
        assert steps(goal) == [("expect_hidden", spinner, None, None)], goal


def test_it_after_turning_to_a_part_of_the_page_is_that_part() -> None:
    # Checking the whole page would pass on "Contact us" in the header.
    assert steps("scroll to the footer and check that it shows Contact us") == [
        ("expect_text", Target(text="footer", role="contentinfo"), "Contact us", None)
    ]
    assert steps("Open the user menu; it should list Settings") == [
        ("open", Target(text="user menu"), None, None),
        ("expect_text", Target(text="user menu"), "Settings", None),
    ]
    # A page opened, or the top of one, is still the page.
    assert steps("Scroll to the bottom and check it says Contact us") == [
        ("expect_text", None, "Contact us", None)
    ]
    # The cart opened is that cart: never another list of the page saying Blue Mug
    assert steps("Open the cart. It should contain Blue Mug.")[-1] == (
        "expect_text",
        Target(text="cart"),
        "Blue Mug",
        None,
    )


def test_a_possessive_position_is_the_position_in_that_part() -> None:
    assert steps("The table's first row should show Alice") == [
        ("expect_text", Target(text="row", role="row", nth=0, within="table"), "Alice", None)
    ]
    # A possessive without a position names the field as written.
    assert steps("Check the user's name field says Bob")[0][1] == Target(
        text="user's name", role="textbox"
    )
    # Once a link named "blog's RSS feed": a link of the blog's, named "RSS"-something?
    refused("Check the blog's RSS feed link exists")


def test_words_named_as_the_heading_or_title_are_that_heading_or_title() -> None:
    assert steps('Verify that "Welcome" is the page heading') == [
        ("expect_visible", Target(text="Welcome", role="heading", level=1), None, None)
    ]
    plan = read_goal('"Acme Docs" should be the page title')
    assert [(s.action, s.value, s.compare) for s in plan.steps] == [
        ("expect_title", "Acme Docs", "equals")
    ]
    for goal in ["the first item is the heading", "This is the heading", "It is the title"]:
        refused(goal)


def test_when_the_named_element_appears_it_must_appear() -> None:
    # "the" dialog is one the goal expects: if it never shows, the run fails, never skips.
    assert steps("When the confirmation dialog appears, click Cancel") == [
        ("expect_visible", Target(text="dialog", role="dialog"), None, None),
        ("click", Target(text="Cancel"), None, None),
    ]
    # "a" pop-up and a cookie banner may or may not show: the step waits on them.
    for goal in ["When a dialog appears, click OK", "When the cookie banner appears, accept it"]:
        assert [s.only_if is not None for s in read_goal(goal).steps] == [True]
    # Once refused: "once" and "as soon as" expect it too, and a check may follow, of "it"
    toast = Target(text="toast", role="alert")
    assert steps("When the toast appears, check it says Saved") == [
        ("expect_visible", toast, None, None),
        ("expect_text", toast, "Saved", None),
    ]
    assert steps("As soon as the Download button shows up, click it") == [
        ("expect_visible", Target(text="Download", role="button"), None, None),
        ("click", Target(text="Download", role="button"), None, None),
    ]
    refused("if a dialog shows up, check that it says Welcome")  # may never happen


def test_confirming_a_dialog_presses_its_confirm_button() -> None:
    # Read as "the dialog is visible" it dropped the step that confirms.
    assert steps("Click 'Delete' next to Bob and confirm the dialog")[-1] == (
        "click",
        Target(text="Confirm", role="button", within="dialog"),
        None,
        None,
    )
    assert steps("confirm that the dialog is shown") == [
        ("expect_visible", Target(text="dialog", role="dialog"), None, None)
    ]
    assert steps("Click Delete, confirm in the dialog")[-1] == (
        "click",
        Target(text="Confirm", role="button", within="dialog"),
        None,
        None,
    )


def test_clearing_things_that_are_no_field_types_nothing() -> None:
    assert [s.action for s in read_goal("Clear completed todos").steps] == ["press_named"]
    # Once "fill the 'completed' list item with nothing".
    assert steps("clear the completed items")[0][0] == "press_named"
    assert steps("clear the address") == [("fill", Target(text="address"), "", None)]
    assert steps("clear Notes") == [("fill", Target(text="Notes"), "", None)]


def test_an_address_or_an_amount_is_text_to_find_unquoted() -> None:
    assert steps("check that bob@example.com is in the table") == [
        ("expect_text", Target(text="table", role="table"), "bob@example.com", None)
    ]
    assert steps("$12.00 is shown in the cart") == [
        ("expect_text", Target(text="cart"), "$12.00", None)
    ]
    refused("the total is shown")


def test_how_a_field_is_is_not_what_it_holds() -> None:
    # "masked" was typed as the password the field should hold, and kept as a secret.
    refused("The password field should be masked")
    refused("the city field is required")
    assert steps("The zip code field should be 12345") == [
        ("expect_value", Target(text="zip code", role="textbox"), "12345", None)
    ]


def test_a_heading_with_a_comma_in_its_words_keeps_them() -> None:
    assert steps("The heading says Hello, Ann") == [
        ("expect_visible", Target(text="Hello, Ann", role="heading"), None, None)
    ]
    assert steps("The heading says Welcome, then click Start")[0][1] == Target(
        text="Welcome", role="heading"
    )


def test_no_longer_shown_said_with_anymore() -> None:
    assert steps("Make sure the error message is not displayed anymore")[0][0] == "expect_hidden"
    assert steps('"Loading" is not visible anymore') == [("expect_no_text", None, "Loading", None)]


def test_a_heading_of_a_part_is_looked_for_in_that_part() -> None:
    # Read as any heading, "Confirm" on the page behind the modal made it pass.
    assert steps("The modal heading says Confirm") == [
        ("expect_visible", Target(text="Confirm", role="heading", within="modal"), None, None)
    ]
    assert steps('The dialog heading is "Delete item?"') == [
        ("expect_visible", Target(text="Delete item?", role="heading", within="dialog"), None, None)
    ]
    # The hero and the nav are parts too: read as any heading, the footer's passed
    assert steps("the hero heading says Ship faster") == [
        ("expect_visible", Target(text="Ship faster", role="heading", within="hero"), None, None)
    ]
    assert steps("the nav heading says Menu") == [
        ("expect_visible", Target(text="Menu", role="heading", within="nav"), None, None)
    ]
    # A word that describes the heading names no part: any heading with the words.
    assert steps("the big heading says Ship faster") == [
        ("expect_visible", Target(text="Ship faster", role="heading"), None, None)
    ]


def test_an_error_a_field_shows_is_next_to_it_unquoted_too() -> None:
    assert steps("the Email field shows the error Required") == [
        ("expect_text", Target(text="Email"), "Required", None)
    ]


def test_a_card_s_details_are_fields_never_a_card_to_add() -> None:
    # Read as adding three cards called "number 4242…", "expiry 12/30" and "CVC 123".
    for goal in [
        "Enter the card number 4242424242424242, expiry 12/30 and CVC 123",
        "Enter card number 4242424242424242, expiry 12/30 and CVC 123",
    ]:
        assert steps(goal) == [
            ("fill", Target(text="card number"), "4242424242424242", None),
            ("fill", Target(text="expiry"), "12/30", None),
            ("fill", Target(text="CVC"), "{{cvc}}", None),
        ]
    assert steps("Add a card called Design review") == [("add_item", None, "Design review", None)]


def test_a_position_in_the_cart_is_a_position_not_a_name() -> None:
    # Read as deleting an item named "second".
    [step] = read_goal("Remove the second item from the cart").steps
    assert (step.action, step.value, step.target) == (
        "act_on_item",
        "delete",
        Target(text="item", nth=1, within="item"),
    )
    assert steps("Remove Second Hand Lamp from the cart") == [
        ("delete_item", Target(text="Second Hand Lamp"), None, None)
    ]


def test_going_somewhere_as_someone_is_no_page_name() -> None:
    refused("Proceed to checkout as a guest")


def test_an_item_said_to_be_done_is_its_own_box_ticked() -> None:
    assert steps("Check that Buy milk is marked as done and that Walk the dog is not done") == [
        ("expect_checked", Target(text="checkbox", role="checkbox", within="Buy milk"), None, None),
        (
            "expect_unchecked",
            Target(text="checkbox", role="checkbox", within="Walk the dog"),
            None,
            None,
        ),
    ]
    # The item said with its kind is the item, as "tick the Buy milk todo" ticks it
    assert steps("the Buy milk todo is completed") == [
        ("expect_checked", Target(text="checkbox", role="checkbox", within="Buy milk"), None, None)
    ]
    # No item named: a process, or everything.
    for goal in ["The order is complete", "Everything is done", "wait until Saving is done"]:
        refused(goal)
    refused("the todo is done")  # which one?


def test_and_that_opens_a_second_check() -> None:
    # The second "that" became part of a heading's name ("the 'that the' heading").
    assert steps("Verify that the title is Docs, and that the heading says Welcome")[1] == (
        "expect_visible",
        Target(text="Welcome", role="heading"),
        None,
        None,
    )


def test_a_second_thing_a_part_has_is_in_that_part_too() -> None:
    # Read alone, "a Sign in link" was looked for on the whole page.
    assert steps("The header contains the logo and a Sign in link")[1] == (
        "expect_visible",
        Target(text="Sign in", role="link", within="header"),
        None,
        None,
    )
    # A statement of its own stays where it says.
    assert steps("The header contains the logo. A footer is shown.")[1] == (
        "expect_visible",
        Target(text="footer", role="contentinfo"),
        None,
        None,
    )


def test_two_things_or_a_look_are_no_element_s_name() -> None:
    refused("Check the product page has a price and an Add to cart button")
    refused("Click the blue button")
    assert steps("Click the big green Subscribe button") == [
        ("click", Target(text="Subscribe", role="button"), None, None)
    ]


def test_signing_in_without_a_password_sends_an_empty_one() -> None:
    for goal in ["log in without a password", "Sign in with a blank password"]:
        [step] = read_goal(goal).steps
        assert (step.action, step.value, step.password) == ("sign_in", "{{username}}", "")


def test_a_quoted_choice_then_its_group() -> None:
    assert [
        (s.action, s.target, s.value) for s in read_goal("Choose 'Express' shipping").steps
    ] == [("pick", Target(text="shipping"), "Express")]
    assert steps('select "Option 1" from dropdown') == [
        ("select", Target(text="dropdown", role="combobox"), "Option 1", None)
    ]


def test_a_step_run_into_a_place_is_no_place() -> None:
    # The place was "users table, find the row for bob@example.com".
    refused("In the users table, find the row for bob@example.com and click Edit")
    assert steps("Click Edit in the row for Bob") == [
        ("click", Target(text="Edit", within="Bob"), None, None)
    ]
    # An order named by its number is named as "Bob" is: once refused, and a part named
    # "order #1042's status"
    assert steps("click the row for order #1042") == [
        ("click", Target(text="row", role="row", within="order #1042"), None, None)
    ]
    assert steps("order #1042's status is Shipped") == steps("the status of order #1042 is Shipped")
    # Once a part named "total for order #1042"
    assert steps("The total for order #1042 is $250.00") == steps(
        "the total of order #1042 is $250.00"
    )


def test_paging_and_rows_are_no_names() -> None:
    refused("Go to the next page of results")
    # "row" was an option to choose in a dropdown named Alice.
    assert steps("Select the row for Alice")[0][0] == "click"


def test_a_change_from_one_value_to_another_is_no_field_name() -> None:
    # It filled a field named "password from old123".
    refused("Change the password from old123 to new456")
    assert steps("set the From date to 2020-01-01") == [
        ("fill", Target(text="From date"), "2020-01-01", None)
    ]


def test_it_after_a_part_s_check_is_that_part() -> None:
    goal = 'the notifications panel lists "Welcome"\nbut it does not list "Error"'
    assert steps(goal)[1] == ("expect_no_text", Target(text="notifications"), "Error", None)
    # A value beside its label is no part to look in; nor is "it" surely the whole page
    refused("The total is $12.00. Check that it shows Welcome.")


def test_a_test_case_s_sections_on_one_line_hold_its_steps() -> None:
    goal = (
        "Preconditions: user is logged in\nSteps: open Reports, click Export\n"
        'Expected result: a "Download ready" message appears'
    )
    assert [s.action for s in read_goal(goal).steps] == [
        "sign_in",
        "open",
        "click",
        "expect_text",
    ]


def test_things_described_or_what_happens_are_no_words_to_find() -> None:
    # Once the words "Discontinued products", whose absence any page shows
    refused("The results shouldn't include Discontinued products")
    refused("the list doesn't show Archived projects")
    # Once the words "open roles": a heading "Open roles" over no role at all passed
    for goal in [
        "the careers page lists open roles",
        "the sidebar lists related articles",
        "the list doesn't show completed tasks",
    ]:
        refused(goal)
    assert steps("the page shows 'open roles'")[0][2] == "open roles"  # quoted: words
    assert steps("the page says access denied")[0][2] == "access denied"
    assert steps("results include Running Shoes") == [
        ("expect_text", Target(text="results"), "Running Shoes", None)
    ]
    # Once "Expect the 'Broken' link in 'footer' to be hidden", and the words "Broken
    # links" not shown: true of a footer full of dead links
    refused("There should be no Broken links in the footer")
    refused("the footer has no Broken links")
    refused("the table shouldn't have Empty rows")
    refused("the list has no Sold out products")
    refused("no Unpaid invoices are listed")
    assert steps("no Out of stock items in the list")[0][:2] == (
        "expect_hidden",
        Target(text="Out of stock", role="listitem"),
    )
    assert steps("no Delete buttons are shown") == [
        ("expect_hidden", Target(text="Delete", role="button"), None, None)
    ]
    assert steps("the page shows Invalid credentials") == [
        ("expect_text", None, "Invalid credentials", None)
    ]
    # Once the words "Loading disappears within 10 seconds"
    refused("Verify that Loading disappears within 10 seconds")
    assert steps("Verify that Loading disappears") == [("expect_no_text", None, "Loading", None)]


def test_words_named_as_a_part_s_text_or_heading_are_in_that_part() -> None:
    # Once the heading, or the words, anywhere on the page
    assert steps('the hero heading "Ship faster" is visible') == [
        ("expect_visible", Target(text="Ship faster", role="heading", within="hero"), None, None)
    ]
    refused('the footer text "© 2026" is shown')  # say it as "the footer shows '© 2026'"
    refused('Home page: hero text "Ship faster", CTA Get started visible')


def test_how_much_of_a_thing_names_no_part() -> None:
    # Once a part named "full": a "full-width" section saying "oak" passed it
    refused('Click "Show more" under the description and check the full text mentions oak')
    assert steps("the whole page says Welcome") == [("expect_text", None, "Welcome", None)]


def test_a_control_said_to_appear_so_many_times_is_counted() -> None:
    # Once refused: "appears twice" is how many of it there are
    assert steps('Make sure the "Book a demo" button appears twice on the homepage') == steps(
        "there are 2 Book a demo buttons on the homepage"
    )
    assert steps("the Pricing link appears once in the header") == [
        ("expect_count", Target(text="Pricing", role="link", within="header"), None, 1)
    ]


def test_a_table_s_caption_names_the_table() -> None:
    # Once the words anywhere in the table (browser test: test_a_table_s_caption_is_checked_…)
    recent = [("expect_visible", Target(text="Recent orders", role="table"), None, None)]
    assert steps("The table caption reads Recent orders") == recent
    assert steps("the caption of the table says Recent orders") == recent
    refused("the table caption isn't Old")


def test_a_setting_turned_then_said_on_or_off_by_name_is_that_control() -> None:
    # Once refused: "Email alerts is still off", said of the box just turned off
    goal = "turn off Email alerts, then save; reload and make sure Email alerts is still off"
    assert steps(goal)[-1] == (
        "expect_unchecked",
        Target(text="Email alerts", role="checkbox"),
        None,
        None,
    )
    refused("Dark mode is off")  # turned by no step: a light? a setting?
    refused("turn off Email alerts and check Push alerts is off")


def test_a_sign_in_tested_with_valid_credentials_is_that_sign_in() -> None:
    # Once refused, and "check login with …" ticked a box named so
    signed_in = steps("log in with valid credentials")
    for goal in ["Verify login with valid credentials", "check login with valid credentials"]:
        assert steps(goal) == signed_in, goal
    refused("check login with invalid credentials")  # and then? the goal does not say
    # "check" a journey to try is never the tick of a box named so
    refused("check checkout with PayPal")
    refused("check search with a keyword")
    refused("check password reset")
    assert steps("check remember me")[0][:2] == (
        "check",
        Target(text="remember me", role="checkbox"),
    )


def test_a_statement_seen_without_that_is_the_statement() -> None:
    # Once refused: "I see my current plan is Pro", as "I see that …"
    assert steps("then I see my current plan is Pro") == steps("I see that my current plan is Pro")
    assert steps("I should see the total is $5") == [
        ("expect_text", Target(text="total"), "$5", None)
    ]
    refused("I see the items are listed")  # which items? nothing names them


def test_an_expected_result_after_a_step_on_its_line_is_checked_there() -> None:
    # Once refused: the label read as a step's words, then as a check of no page
    assert steps("click Pro. Expected result: the checkout page shows Pro plan") == [
        ("click", Target(text="Pro"), None, None),
        ("visit", Target(text="checkout"), None, None),
        ("expect_text", None, "Pro plan", None),
    ]
    assert steps("Go to Users. Expected: the table lists ada")[-1] == (
        "expect_text",
        Target(text="table", role="table"),
        "ada",
        None,
    )


def test_a_clause_about_it_does_not_run_on_into_the_words_expected() -> None:
    refused("The Subscribe button says Subscribe now, and it is enabled")


def test_nothing_is_no_place_that_says_something() -> None:
    # It was read as the words "Error" next to a label "Nothing": the opposite check. It
    # says the page shows them nowhere.
    for goal in ['Nothing says "Error"', 'Nothing on the page should say "Error"']:
        assert steps(goal) == [("expect_no_text", None, "Error", None)], goal
    refused("nothing should say the price is wrong")  # what it may not say, described


def test_being_sent_somewhere_said_in_the_past() -> None:
    assert steps("Check that I was redirected to the dashboard") == [
        ("expect_url", None, "dashboard", None)
    ]


def test_what_is_no_query_is_never_typed() -> None:
    # Each was typed into the search box whole.
    assert steps('Search for "zzz" - there should be no results') == steps(
        'Search for "zzz", then there should be no results'
    )
    for goal in [
        "Search with the filter Category set to Books",
        "Look up the price of Blue Mug",
        "Search by name for Alice",
    ]:
        refused(goal)
    assert steps("Search for the Beatles") == [("search", None, "the Beatles", None)]


def test_several_items_or_an_exception_are_no_one_check() -> None:
    refused('check the first 3 results contain "Python"')
    refused("the results should include Blue Mug and Red Mug but not Blue Plate")


def test_where_on_the_screen_said_first_is_dropped_or_kept_as_the_part() -> None:
    assert steps("On the right, the sidebar says Filters") == [
        ("expect_text", Target(text="sidebar", role="complementary"), "Filters", None)
    ]
    # "near" the bottom of a list is not in it; "at the bottom of the form" is.
    assert steps("Near the bottom of the list, the page says '3 left'") == [
        ("expect_text", None, "3 left", None)
    ]
    assert steps("At the bottom of the form, click Submit") == [
        ("click", Target(text="Submit", within="form"), None, None)
    ]


def test_a_coupon_applied_is_typed_then_applied() -> None:
    assert steps("Apply the coupon SAVE10") == [
        ("fill", Target(text="coupon"), "SAVE10", None),
        ("click", Target(text="Apply"), None, None),
    ]
    # An expired coupon is a real one the goal does not give; "apply the coupon" names none.
    refused("Apply an expired coupon")
    refused("apply the coupon to the order")


def test_a_request_put_politely_is_the_request() -> None:
    assert steps("Hey, can you go to the pricing page and make sure the Pro plan says $20?") == [
        ("visit", Target(text="pricing"), None, None),
        ("expect_text", Target(text="Pro plan"), "$20", None),
    ]
    assert [
        s.action for s in read_goal("Hi! So first I'd open the pricing page. Thanks!").steps
    ] == ["visit"]
    assert steps("verify that the dashboard page loads correctly") == [
        ("expect_url", None, "dashboard", None)
    ]


def test_words_before_a_colon_then_steps_are_a_title_or_their_own_thought() -> None:
    # The colon's steps were read as a form named "signup button works: click Sign up…".
    # Now what the test is for, said before the steps that show it
    assert steps("I want to check that the signup button works: click Sign up and see the form.")[
        0
    ] == ("click", Target(text="Sign up"), None, None)
    # "Fill 'basically' with 'open the site'" before "basically" was a filler.
    assert steps("So basically: open the site, search for tea")[1] == (
        "search",
        None,
        "tea",
        None,
    )
    assert [s.action for s in read_goal("Sign up flow: click Sign up, then click Save").steps] == [
        "click",
        "click",
    ]


def test_a_screen_size_is_no_part_of_the_page() -> None:
    # The menu button was looked for inside a part of the page called "mobile".
    refused("On mobile, the menu button should be visible")
    assert steps("click Mobile") == [("click", Target(text="Mobile"), None, None)]


def test_done_words_without_a_verb_are_no_item_s_state() -> None:
    # "Clear completed" is a button's name, not "Clear" being ticked.
    assert steps("Clear completed")[0][0] == "press_named"
    refused("Application shutdown complete")


def test_a_field_or_box_named_by_its_placeholder_or_words() -> None:
    # The placeholder and the value were typed as one value into "the field".
    assert steps('Fill the field with placeholder "Search docs" with webhooks') == [
        ("fill", Target(text="Search docs", role="textbox"), "webhooks", None)
    ]
    assert steps("There is a search box with placeholder 'Search docs'") == [
        ("expect_visible", Target(text="Search docs", role="textbox"), None, None)
    ]
    # "the box that says" named a place "box that" whose words were checked.
    assert steps('Check the box that says "I agree"') == [
        ("check", Target(text="I agree", role="checkbox"), None, None)
    ]


def test_what_was_waited_for_is_what_it_means_next() -> None:
    assert steps("Wait for the Save button to be enabled, then click it")[1] == (
        "click",
        Target(text="Save", role="button"),
        None,
        None,
    )
    assert steps('wait for "Continue" to appear and click it')[1] == (
        "click",
        Target(text="Continue"),
        None,
        None,
    )
    refused("wait for the button to show up and click it")


def test_bare_kinds_a_part_has_are_at_least_one_of_them() -> None:
    # "rows" was words to read in the table.
    [step] = read_goal("the results table has rows").steps
    assert (step.action, step.target, step.count, step.at_least) == (
        "expect_count",
        Target(text="row", role="row", within="results table"),
        1,
        True,
    )
    # A step and its condition are no part of the page.
    refused("Refresh the page until the status says Ready")


def test_expanding_a_named_section_clicks_its_words() -> None:
    assert steps('expand "How do I cancel?"') == [
        ("click", Target(text="How do I cancel?"), None, None)
    ]
    assert steps("expand the Shipping section")[0][1] == Target(text="Shipping")
    refused("Collapse the sidebar")  # no words of its own to click


def test_going_back_to_a_kind_of_thing_is_no_link_to_click() -> None:
    # "go back to the list" clicked the list.
    refused("go back to the list")
    assert steps("go to the Docs link") == [("click", Target(text="Docs", role="link"), None, None)]


def test_a_second_value_said_of_it_does_not_run_on_into_the_first() -> None:
    refused("The first order should be #1004 and its status Shipped")


def test_a_row_with_or_for_a_name_is_the_row_holding_that_name() -> None:
    bob_row = Target(text="Bob", role="row")
    assert steps("check the row with Bob says Active") == [("expect_text", bob_row, "Active", None)]
    january = Target(text="January", role="row", within="table")
    for goal in ["the table should have a row for January", "the table has a row with January"]:
        assert steps(goal) == [("expect_visible", january, None, None)]
    # A row described, not named: which words would it hold?
    for goal in [
        "click the row with the most votes",
        "the table has a row containing the total",
        "the table has a row for each user",
    ]:
        refused(goal)
    # A name that says "with" stays one name.
    assert steps("click Sign in with Google") == [
        ("click", Target(text="Sign in with Google"), None, None)
    ]


def test_it_after_scrolling_to_a_named_section_or_form_is_that_part() -> None:
    assert steps("Scroll down to the newsletter section and check it says Subscribe") == [
        ("expect_text", Target(text="newsletter"), "Subscribe", None)
    ]
    assert steps("scroll to the 'Pricing' section; it should show $29") == [
        ("expect_text", Target(text="Pricing"), "$29", None)
    ]
    assert steps("Scroll to the signup form and type a@b.co") == [
        ("fill_email", None, "a@b.co", None)
    ]


def test_a_list_of_fields_and_values_may_end_with_a_message() -> None:
    assert steps("fill in name Jane, email jane@example.com and message Hello, then send it") == [
        ("fill", Target(text="name"), "Jane", None),
        ("fill", Target(text="email"), "jane@example.com", None),
        ("fill", Target(text="message"), "Hello", None),
        ("submit", None, None, None),
    ]


def test_a_kind_of_note_expected_by_its_quoted_words_checks_those_words() -> None:
    for goal in [
        "expect a thank-you note saying 'Thanks'",
        "expect a confirmation saying 'Thanks'",
    ]:
        assert steps(goal) == [("expect_text", None, "Thanks", None)]
    refused("expect a thank-you note")


def test_script_errors_and_broken_images_are_the_page_s_health_never_words() -> None:
    for goal in [
        "check there are no console errors",
        "Ensure there's no console errors",
        "make sure there are no JavaScript errors",
        "the page loads without any JS errors",
        "there should be no errors in the console",
        "check the console has no errors",
    ]:
        assert steps(goal) == [("expect_no_errors", None, None, None)], goal
    assert steps("the pricing page loads with no console errors") == [
        ("expect_url", None, "pricing", None),
        ("expect_no_errors", None, None, None),
    ]
    for goal in [
        "there are no broken images",
        "make sure no images are broken",
        "all images load correctly",
        "the product page has no broken images",  # the kind of page a click opened
        "The page should not have any broken images",
    ]:
        assert steps(goal) == [("expect_no_broken_images", None, None, None)], goal
    # What cannot be read whole is refused, never cut into an alert's name.
    refused("make sure the chart loads with no console errors")
    refused("make sure the chart loads with no errors")
    refused("the form has no JavaScript errors")
    refused("the form should not have any JavaScript errors")
    assert steps("the page doesn't show any console errors") == [
        ("expect_no_errors", None, None, None)
    ]


def test_more_than_a_number_is_at_least_the_next_one() -> None:
    (step,) = read_goal("check more than 10 items are listed").steps
    assert (step.action, step.count, step.at_least) == ("expect_count", 11, True)


def test_the_only_or_same_item_is_no_item_s_name() -> None:
    refused("Remove the only item from the cart")
    assert steps("click Next") == [("click", Target(text="Next"), None, None)]


def test_opening_a_menu_path_opens_each_part_in_turn() -> None:
    assert steps("Open Settings > Profile") == [
        ("open", Target(text="Settings"), None, None),
        ("open", Target(text="Profile"), None, None),
    ]


def test_it_after_closing_a_pop_up_is_that_pop_up() -> None:
    assert steps("close the modal and check it's gone") == [
        ("click", Target(text="Close", role="button", within="dialog"), None, None),
        ("expect_hidden", Target(text="modal", role="dialog"), None, None),
    ]


def test_a_link_said_to_open_a_page_is_followed_there_never_ticked() -> None:
    assert steps("Check the Terms link opens the terms page") == [
        ("click", Target(text="Terms", role="link"), None, None),
        ("expect_url", None, "terms", None),
    ]
    assert steps("the Sign up button leads to /register") == [
        ("click", Target(text="Sign up", role="button"), None, None),
        ("expect_url", None, "/register", None),
    ]
    refused("the menu button opens the settings")  # a menu, maybe: no page is named


def test_names_listed_before_their_kind_are_each_of_that_kind() -> None:
    assert steps("Verify the nav has Home, Blog and About links") == [
        ("expect_visible", Target(text=name, role="link", within="nav"), None, None)
        for name in ["Home", "Blog", "About"]
    ]
    assert steps("the toolbar has Save and Cancel buttons") == [
        ("expect_visible", Target(text=name, role="button", within="toolbar"), None, None)
        for name in ["Save", "Cancel"]
    ]


def test_trying_a_step_is_the_step() -> None:
    wrong = read_goal("Try logging in with a wrong password and make sure we get 'Bad login'")
    (sign_in, said) = wrong.steps
    assert sign_in.action == "sign_in" and sign_in.password == "wrong-{{password}}"
    assert (said.action, said.value) == ("expect_text", "Bad login")
    (attempted, _) = read_goal("attempt to sign in with an invalid password; expect 'No'").steps
    assert attempted.action == "sign_in" and attempted.password == "wrong-{{password}}"
    refused("get the price")  # a value to take, which no check is


def test_an_address_said_to_be_up_or_to_say_words_is_opened_first() -> None:
    assert steps("Make sure https://example.com/health says OK") == [
        ("goto", None, "https://example.com/health", None),
        ("expect_text", None, "OK", None),
    ]
    assert steps("Check that /status returns 'ok'") == [
        ("goto", None, "/status", None),
        ("expect_text", None, "ok", None),
    ]
    assert steps("Check that https://example.com is up") == [
        ("goto", None, "https://example.com", None)
    ]
    assert steps("the homepage is reachable") == [("goto", None, "{{url}}", None)]


def test_a_keyword_or_phrase_named_by_its_quoted_words_checks_those_words() -> None:
    for goal in [
        "The page should contain the keyword 'Welcome'",
        "the page shows the word 'Welcome'",
        "the page shows a note 'Welcome'",
    ]:
        assert steps(goal) == [("expect_text", None, "Welcome", None)]


def test_a_clause_run_on_into_a_name_is_refused_never_clicked() -> None:
    refused("click Save the page should say Saved")
    assert steps("When I click Save the page should say Saved") == [
        ("click", Target(text="Save"), None, None),
        ("expect_text", None, "Saved", None),
    ]
    refused("Go to the blog and check each post has a Read more link")


def test_when_something_shows_is_not_what_it_shows() -> None:
    # when it shows is a step, done first: never words the error says
    assert steps("Verify the error 'Email is required' shows when submitting an empty form") == [
        ("submit", None, None, None),
        ("expect_text", None, "Email is required", None),
    ]
    assert steps("Check Page not found is shown when visiting /nope") == steps(
        "Visit /nope, then check Page not found is shown"
    )
    refused("the spinner shows when loading")  # loading what? no step says
    refused("the banner shows after a second")
    assert steps("the page shows After Hours") == [("expect_text", None, "After Hours", None)]


def test_a_count_said_of_a_part_is_never_part_of_a_name() -> None:
    assert steps("Check that the main navigation contains 5 links") == [
        ("expect_count", Target(text="links", role="link", within="main navigation"), None, 5)
    ]
    refused("Check that the blue footer contains 5 items in a row")


def test_no_longer_showing_is_an_absence_never_a_presence() -> None:
    assert steps("the cart no longer shows 'Blue Mug'") == [
        ("expect_no_text", Target(text="cart"), "Blue Mug", None)
    ]
    assert steps("the banner no longer says Sale") == [
        ("expect_no_text", Target(text="banner"), "Sale", None)
    ]
    refused("the item count is 3, not 4")  # two values, one of them denied: no one text


def test_an_absence_never_takes_the_words_after_the_text_for_part_of_it() -> None:
    # An absence of "Error at all" would hold on a page that shows Error: a false pass.
    for goal in ["the page does not show Error at all", "the page should not show Error yet"]:
        assert steps(goal) == [("expect_no_text", None, "Error", None)], goal
    assert steps("the page doesn't list Blue Mug any more") == [
        ("expect_no_text", None, "Blue Mug", None)
    ]
    assert steps("the page no more shows Error") == [("expect_no_text", None, "Error", None)]
    assert steps("the cart never shows 'Blue Mug'") == [
        ("expect_no_text", Target(text="cart"), "Blue Mug", None)
    ]
    # Is "again" in the words? Unquoted, nobody can tell: refused, and quoted, read.
    refused("the page does not show Error again")
    assert steps("the page does not say 'Try again'") == [
        ("expect_no_text", None, "Try again", None)
    ]


def test_an_unquoted_absence_of_words_that_say_more_than_a_text_is_refused() -> None:
    # Each absence would hold on a page that shows the first name: a false pass.
    for goal in [
        "the page should not show Error for this user",
        "the sidebar doesn't show Admin for viewers",
        "the list does not contain Milk and Eggs",
        # Once the words "Walk dog under Completed", "Error in the form": where, run into
        # the words, which no page shows whole
        "verify there is no Walk dog under Completed",
        "I should not see Error under the email field",
        "nothing says Error in the form",
    ]:
        refused(goal)
    # Said of the list, looked for on the whole page: stricter, never words run on
    assert steps("there's no Buy milk on the list") == [("expect_no_text", None, "Buy milk", None)]
    assert steps("the page does not show 'Terms and Conditions'") == [
        ("expect_no_text", None, "Terms and Conditions", None)
    ]


def test_an_absent_element_is_named_by_one_name_in_a_place_we_can_find() -> None:
    # Each would be an absence that holds whatever the page shows: a false pass.
    for goal in [
        "there is no Delete button for guests",  # "guests" is no part of the page
        "the page has no Admin link for viewers",
        "there's no Edit or Delete button",  # no button is named "Edit or Delete"
        "the page has no Login link or Sign up button",
        "the Login and Sign up links are gone",
        "click Save or Cancel",
    ]:
        refused(goal)
    assert steps("the toolbar has no Delete button any more") == [
        ("expect_hidden", Target(text="Delete", role="button", within="toolbar"), None, None)
    ]
    assert steps("click the Terms and Conditions link") == [
        ("click", Target(text="Terms and Conditions", role="link"), None, None)
    ]


def test_a_quoted_control_of_a_kind_is_that_control_never_a_group_of_that_name() -> None:
    assert steps("Select the 'Monthly' radio button") == [
        ("click", Target(text="Monthly", role="radio"), None, None)
    ]
    assert steps("Open the 'More' menu and click Export as CSV") == [
        ("open", Target(text="More"), None, None),
        ("click", Target(text="Export as CSV"), None, None),
    ]
    assert steps("choose 'Express' shipping") == [
        ("pick", Target(text="shipping"), "Express", None)
    ]


def test_a_browser_tab_is_no_tab_on_the_page() -> None:
    refused("Switch to the new tab")
    assert steps("switch to the Billing tab") == [
        ("click", Target(text="Billing", role="tab"), None, None)
    ]


def test_the_item_said_again_by_its_kind_is_the_item_just_named() -> None:
    assert steps("add a task called Pay rent and check the new item is shown") == [
        ("add_item", None, "Pay rent", None),
        ("expect_text", None, "Pay rent", None),
    ]
    assert steps("add 'Buy milk' to the list; then only that item is listed") == [
        ("add_item", Target(text="list"), "Buy milk", None),
        ("expect_only", None, "Buy milk", None),
    ]
    refused("check the new item is shown")  # which one? nothing was named before


def test_a_typed_value_never_runs_on_into_the_next_step() -> None:
    # Read as one value, the check would vanish into the item's name: a step dropped.
    for goal in ["add a task called Pay rent and check the latest item is shown"]:
        refused(goal)


def test_a_pop_up_named_in_quotes_is_answered_if_it_shows() -> None:
    (closed,) = read_goal("if a 'Rate us' popup appears, close it").steps
    assert closed.target == Target(text="Close", role="button", within="dialog")
    assert closed.only_if == Target(text="Rate us", role="dialog")


def test_clicking_until_something_is_no_name() -> None:
    refused("click Next until the last page")


def test_one_sign_in_is_never_read_as_two() -> None:
    # A second sign-in, or the password typed again, would fail once signed in.
    (signed,) = read_goal("Log in with username: ada and password: s3cret").steps
    assert (signed.action, signed.value, signed.password) == ("sign_in", "ada", "{{password}}")
    (once,) = read_goal("enter my credentials and log in").steps
    assert once.action == "sign_in"
    twice = read_goal("log in as ada, then log out, then log in as bob").steps
    assert [s.action for s in twice] == ["sign_in", "sign_out", "sign_in"]


def test_a_thing_opened_by_its_kind_and_quoted_name_is_opened_by_its_name() -> None:
    assert steps("open the product 'Oak Desk'") == [("open", Target(text="Oak Desk"), None, None)]
    assert steps("open the order '#1004'") == [("open", Target(text="#1004"), None, None)]


def test_a_table_s_header_is_its_column_headers_never_the_page_header() -> None:
    headers = Target(text="table header", role="columnheader")
    assert steps("the table header includes Name, Email and Role") == [
        ("expect_text", headers, name, None) for name in ["Name", "Email", "Role"]
    ]


def test_someone_s_row_is_the_row_holding_their_name() -> None:
    assert steps("Bob's row shows Admin") == [
        ("expect_text", Target(text="Bob", role="row"), "Admin", None)
    ]
    refused("the user's row says Admin")  # whose? no name is given
    assert steps("the table should not have a row for Carol") == [
        ("expect_hidden", Target(text="Carol", role="row", within="table"), None, None)
    ]


def test_a_url_keeps_the_question_mark_that_opens_its_query() -> None:
    # Without it, "page=2" would also be found in "per_page=20".
    assert steps("make sure the URL includes ?page=2") == [("expect_url", None, "?page=2", None)]
    (ends,) = read_goal("the URL must end in /thanks").steps
    assert (ends.value, ends.compare) == ("/thanks", "ends")


def test_a_control_unnamed_or_described_by_its_state_is_no_check() -> None:
    # "the field" alone: any field's error would pass; "marked as invalid" is no text.
    refused("check the field shows an error")
    # Right after typing into one, it is that field
    assert steps("type 'abc' in the Email field and check the field shows an error")[1:] == steps(
        "check the Email field shows an error"
    )
    refused("the Email field should be marked as invalid")


def test_a_thing_of_any_kind_named_in_quotes_is_its_words() -> None:
    assert steps("the API keys page lists a key named 'CI'")[1:] == [
        ("expect_text", None, "CI", None)
    ]
    assert steps("the list shows a task called 'Pay rent'") == [
        ("expect_text", Target(text="list", role="list"), "Pay rent", None)
    ]
    # A kind of control keeps its kind: the words on a button are not enough.
    assert steps("the page has a button named 'Save'") == [
        ("expect_visible", Target(text="Save", role="button"), None, None)
    ]


def test_checking_what_someone_gets_is_a_statement_never_a_box_to_tick() -> None:
    for goal in ["check we get Invalid credentials", "check you get an error"]:
        refused(goal)
    assert steps("check we get 'Invalid credentials'") == [
        ("expect_text", None, "Invalid credentials", None)
    ]
    assert steps("check Remember me") == [
        ("check", Target(text="Remember me", role="checkbox"), None, None)
    ]


def test_a_value_described_with_the_is_no_words_to_type() -> None:
    # Which wrong password? Only the author knows; never the words "the wrong password".
    refused("type the wrong password for alice")
    refused("type the password for alice")
    assert steps("type the text hello into Search") == [
        ("fill", Target(text="Search"), "hello", None)
    ]
    assert steps("type The Hobbit into Search") == [
        ("fill", Target(text="Search"), "The Hobbit", None)
    ]


def test_a_link_in_a_part_said_to_go_somewhere_is_followed_from_that_part() -> None:
    # Never a link looked for inside a part named "header goes to /docs"
    assert steps("check the Docs link in the header goes to /docs") == [
        ("click", Target(text="Docs", role="link", within="header"), None, None),
        ("expect_url", None, "/docs", None),
    ]


def test_how_many_or_how_it_was_done_is_no_name() -> None:
    refused("check both fields show Required")  # never a field named "both"
    # nothing filled is how it is clicked, no part of its name
    assert steps("click Sign in without filling anything") == [
        ("click", Target(text="Sign in"), None, None)
    ]
    assert steps("click Continue without saving") == [
        ("click", Target(text="Continue without saving"), None, None)
    ]


def test_a_check_of_what_a_field_shows_is_never_an_option_to_pick() -> None:
    # "as the display name": in which field it shows; never a pick, never words to find
    refused("check the profile page shows Bob as the display name")


def test_the_item_said_again_by_its_kind_after_naming_it_is_that_item() -> None:
    assert steps("delete 'Milk' and check the item is gone") == [
        ("delete_item", Target(text="Milk"), None, None),
        ("expect_no_text", None, "Milk", None),
    ]


def test_words_said_of_a_page_are_checked_never_dropped_for_its_address() -> None:
    # "In stock" was taken for a place ("in stock"), and the page check kept only its URL:
    # a page showing "Out of stock" passed.
    for goal in ["the product page shows In stock", "the page says In stock"]:
        assert steps(goal)[-1:] == [("expect_text", None, "In stock", None)]
    refused("the product page shows in stock")
    # A page for a thing is gone to first, never checked on whatever page is open
    assert steps("the product page for Oak Desk shows In stock")[0] == (
        "visit",
        Target(text="Oak Desk"),
        None,
        None,
    )
    # a name said with its kind, shown in a part: there (once refused)
    assert steps("the name Bob should show in the header") == [
        ("expect_text", Target(text="header", role="banner"), "Bob", None)
    ]


def test_checking_out_is_no_option_to_pick() -> None:
    refused("check out as a guest")
    assert steps("select Express as the shipping method") == [
        ("pick", Target(text="shipping method"), "Express", None)
    ]


def test_where_words_show_is_never_part_of_the_words() -> None:
    sidebar = Target(text="sidebar", role="complementary")
    for goal in [
        "the dashboard shows Revenue in the sidebar",
        "I should see Revenue in the sidebar",
        "the page says Revenue in the sidebar",
    ]:
        assert steps(goal) == [("expect_text", sidebar, "Revenue", None)], goal
    assert steps("the pricing page has Enterprise on it") == [
        ("visit", Target(text="pricing"), None, None),
        ("expect_text", None, "Enterprise", None),
    ]
    refused("the header shows Revenue in the sidebar")  # in which of the two?
    # Words that only hold "in": still the words
    assert steps("the page shows Made in China") == [("expect_text", None, "Made in China", None)]


def test_a_value_someone_s_row_labels_is_read_with_its_label() -> None:
    # Her role is what her row's Role cell says, or her card's "Role:" (see
    # tests/test_checks_labels.py): never the words "Alice's role" on the page.
    role = [("expect_text", Target(text="role", within="Alice"), "Admin", None)]
    assert steps("Alice's role should be Admin") == role
    assert steps("the role of Alice is Admin") == role
    due = [("expect_text", Target(text="due date", within="Invoice 12"), "May 2", None)]
    assert steps("Invoice 12's due date is May 2") == due
    assert steps("the due date of Invoice 12 is May 2") == due
    for goal in [
        "check the table has a row for Alice with role Admin",
        "the Status column shows Active for Alice",
        "Alice's role is Admin in the users table",
        "the top of Alice is Admin",
    ]:
        refused(goal)
    # A price of an item is labelled so, however it is said
    desk = [("expect_text", Target(text="price", within="Oak Desk"), "$5", None)]
    assert steps("Oak Desk's price is $5") == desk
    assert steps("the price of Oak Desk is $5") == desk
    # Or with the name first: once a part of the page named "Oak Desk price", none is
    assert steps("the Oak Desk price is $5") == desk
    pro = [("expect_text", Target(text="price", within="Pro"), "$10/month", None)]
    assert steps("Verify the Pro plan price is $10/month") == pro
    assert steps("the Pro price should change to $10/month") == pro
    api = [("expect_text", Target(text="status", within="API"), "Operational", None)]
    assert steps("The API service status should be Operational") == api


def test_sorting_by_a_column_sorts_by_its_name() -> None:
    assert steps("sort by the Price column") == [("pick", Target(text="Sort"), "Price", None)]
    refused("filter by the cheapest")


def test_deleting_a_record_of_a_kind_deletes_the_entry_that_shows_it() -> None:
    # Never a click on a control named "delete the user Bob"
    assert steps("delete the user Bob") == [("delete_item", Target(text="Bob"), None, None)]
    assert steps("remove the product Oak Desk from the cart") == [
        ("delete_item", Target(text="Oak Desk"), None, None)
    ]


def test_still_being_on_a_page_is_being_on_it() -> None:
    assert steps("I should still be on the login page") == [("expect_url", None, "login", None)]


def test_an_address_said_to_return_a_status_is_refused_never_words_to_find() -> None:
    # A page showing "200" anywhere would pass; opening it checks the answer itself (see
    # test_an_answer_of_200_is_the_address_opened_and_kept), which no other code is.
    assert read_goal("/health responds with HTTP 503").steps[0].status == 503  # that answer
    assert steps("/health says 200") == [
        ("goto", None, "/health", None),
        ("expect_text", None, "200", None),
    ]


def test_the_page_an_element_is_on_is_no_part_of_that_page() -> None:
    # Never a part of the page named "login page", which no page has: that page, then the
    # element on it
    assert steps("there should be a Remember me checkbox on the login page") == [
        ("visit", Target(text="login"), None, None),
        ("expect_visible", Target(text="Remember me", role="checkbox"), None, None),
    ]
    assert steps("the Sign up link on the homepage is visible") == [
        ("goto", None, "{{url}}", None),
        ("expect_visible", Target(text="Sign up", role="link"), None, None),
    ]


def test_a_thing_with_a_control_is_never_the_control_s_name() -> None:
    # Never a button "form with a Send": one in the form
    send = Target(text="Send", role="button", within="form")
    assert steps("the page has a form with a Send button")[0][1] == send
    assert steps("the Sign in with Google button is shown") == [
        ("expect_visible", Target(text="Sign in with Google", role="button"), None, None)
    ]


def test_words_said_with_the_field_they_fill_are_refused() -> None:
    refused("the members page lists bob@example.com with role Editor")
    assert steps("the page shows Sign in with Google") == [
        ("expect_text", None, "Sign in with Google", None)
    ]


def test_names_after_only_never_end_in_a_click() -> None:
    # "Pay rent" is one more name, never a click after checking Buy milk alone
    refused("the Active filter shows only Buy milk and Pay rent")
    assert steps("the list shows only 'Buy milk' and 'Pay rent'") == [
        ("expect_only", None, "Buy milk\nPay rent", None)
    ]
    assert steps("the list shows only Milk, then click Clear") == [
        ("expect_only", None, "Milk", None),
        ("click", Target(text="Clear"), None, None),
    ]


def test_a_text_in_place_of_another_is_shown_and_the_other_not() -> None:
    # Once refused (browser test: test_words_shown_instead_of_others_are_there_alone)
    assert steps("the list should show Buy oat milk instead of Buy milk") == [
        ("expect_text", Target(text="list", role="list"), "Buy oat milk", None),
        ("expect_no_text", Target(text="list", role="list"), "Buy milk", None),
    ]
    assert steps("the navbar should show Sign out instead of Sign in") == [
        ("expect_text", Target(text="navbar", role="navigation"), "Sign out", None),
        ("expect_no_text", Target(text="navbar", role="navigation"), "Sign in", None),
    ]
    refused("the cart shows 2 items instead of 1")  # one what?
    refused("the page doesn't show Pro instead of Free")  # which is not there?
    # A count described is refused
    refused("the footer shows the number of active items")
    assert steps("set the number of guests to 4") == [
        ("fill", Target(text="number of guests"), "4", None)
    ]


def test_what_a_part_says_is_words_never_an_element_named_by_them() -> None:
    assert steps("the tooltip says Required field") == [
        ("expect_text", Target(text="tooltip"), "Required field", None)
    ]
    buttons = [
        ("expect_visible", Target(text=name, role="button", within="modal"), None, None)
        for name in ("Save", "Cancel")
    ]
    assert steps("the modal has Save and Cancel buttons") == buttons


def test_a_message_said_to_be_by_a_field_is_looked_for_by_its_label() -> None:
    assert steps("the Email field shows Please enter a valid email under it") == [
        ("expect_text", Target(text="Email"), "Please enter a valid email", None)
    ]
    # When it shows them is a step first, never the words
    assert [s[0] for s in steps("the form shows 3 errors when submitted empty")] == [
        "submit",
        "expect_count",
    ]
    refused("cancel the dialog and check nothing changed")  # never a box to tick


def test_a_link_said_to_point_somewhere_is_followed_there() -> None:
    assert steps("check that the Careers link points to /jobs") == [
        ("click", Target(text="Careers", role="link"), None, None),
        ("expect_url", None, "/jobs", None),
    ]


def test_none_of_a_kind_is_never_an_absent_word() -> None:
    # A status page listing an outage need not say "incidents"; one saying "No incidents"
    # does: the absence of the word checks neither.
    for goal in [
        "the status page shows no incidents",
        "the results show no products",
        "the page has no title",
    ]:
        refused(goal)
    # "no Error": that word, or errors of any words? neither may show
    assert steps("the page shows no Error") == [
        ("expect_hidden", Target(text="error", role="alert"), None, None),
        ("expect_no_text", None, "Error", None),
    ]
    assert steps("the form shows no Validation errors") == steps("no validation errors in the form")
    assert steps("the page has no Delete button") == [
        ("expect_hidden", Target(text="Delete", role="button"), None, None)
    ]


def test_a_table_s_columns_are_its_column_headers() -> None:
    assert steps("the orders table has columns Date, Customer and Total") == [
        (
            "expect_visible",
            Target(text=name, role="columnheader", within="orders table"),
            None,
            None,
        )
        for name in ("Date", "Customer", "Total")
    ]
    refused("the first row's Total is $42.00")  # which cell of the row is its total?


def test_what_a_counter_says_is_its_words_never_a_count_of_things() -> None:
    assert steps("the search results count says 12 results") == [
        ("expect_text", Target(text="search results count"), "12 results", None)
    ]


def test_each_filter_pair_is_picked() -> None:
    assert steps("filter by Category: Chairs and Color: Red") == [
        ("pick", Target(text="Category"), "Chairs", None),
        ("pick", Target(text="Color"), "Red", None),
    ]


def test_words_that_must_not_appear_anywhere_are_looked_for_on_the_whole_page() -> None:
    for goal in ["Beta must not appear anywhere", "'Beta' should not appear anywhere on the page"]:
        assert steps(goal) == [("expect_no_text", None, "Beta", None)], goal


def test_a_place_of_one_s_own_is_a_place_and_one_s_name_is_none() -> None:
    assert steps("click Sign out in my account menu") == [
        ("click", Target(text="Sign out", within="account menu"), None, None)
    ]
    # "my name": words of the account the goal does not give; never a part named "name"
    refused("open the dropdown next to my name")
    refused("click the avatar next to your email")


def test_signing_in_through_a_provider_is_never_a_password_sign_in() -> None:
    for goal in ["sign in via Google", "log in through Okta"]:
        refused(goal)
    assert steps("log in to the portal") == [("sign_in", None, "{{username}}", None)]


def test_where_on_the_screen_a_part_sits_is_no_part_of_its_name() -> None:
    assert steps("the FAQ at the bottom says Contact us") == [
        ("expect_text", Target(text="FAQ"), "Contact us", None)
    ]


def test_a_negation_before_the_words_is_never_part_of_them() -> None:
    # Never a title "not Error", never a heading "not Access denied"
    refused("the page title is not Error")
    refused("the heading is not Access denied")
    assert steps("the page says Not found") == [("expect_text", None, "Not found", None)]


def test_it_after_ticking_an_item_is_the_item_never_its_box() -> None:
    assert steps("complete 'Walk dog' and check the list shows it") == [
        ("check", Target(text="checkbox", role="checkbox", within="Walk dog"), None, None),
        ("expect_text", Target(text="list", role="list"), "Walk dog", None),
    ]


def test_the_main_navigation_and_social_links_are_what_they_say() -> None:
    nav = Target(text="main navigation", role="navigation")
    assert steps("the main navigation has Products, Pricing and Docs") == [
        ("expect_text", nav, name, None) for name in ("Products", "Pricing", "Docs")
    ]
    assert steps("the footer has social links for Twitter and GitHub") == [
        ("expect_visible", Target(text=name, role="link", within="footer"), None, None)
        for name in ("Twitter", "GitHub")
    ]


def test_things_said_to_be_there_are_never_words_that_also_say_there_are_none() -> None:
    # A page saying "No open issues" shows the words "open issues"
    refused("check there are open issues")
    assert steps("there is a Sign in link") == [
        ("expect_visible", Target(text="Sign in", role="link"), None, None)
    ]
    assert steps("there is Welcome on the page") == [("expect_text", None, "Welcome", None)]


def test_names_in_lower_case_are_never_one_text() -> None:
    refused("the Labels page lists bug, enhancement and question")


def test_a_control_named_my_something_keeps_its_whole_name() -> None:
    assert steps("open My tickets") == [("open", Target(text="My tickets"), None, None)]
    assert steps("click my profile") == [("click", Target(text="profile"), None, None)]


def test_what_a_text_mentions_is_its_words_never_a_count() -> None:
    assert steps("the answer mentions 30 days") == [
        ("expect_text", Target(text="answer"), "30 days", None)
    ]


def test_options_said_to_be_several_names_are_each_checked() -> None:
    shipping = Target(text="shipping")
    assert steps("the shipping options are Standard, Express and Overnight") == [
        ("expect_text", shipping, name, None) for name in ("Standard", "Express", "Overnight")
    ]
    assert steps("the status is Terms and Conditions") == [
        ("expect_text", Target(text="status"), "Terms and Conditions", None)
    ]


def test_words_and_not_others_are_never_one_text() -> None:
    # One check that the words are there, one that the others are not.
    assert steps("make sure the page says Welcome and not Error") == [
        ("expect_text", None, "Welcome", None),
        ("expect_no_text", None, "Error", None),
    ]
    assert steps("the results include Oak Chair but not Oak Desk") == [
        ("expect_text", Target(text="results"), "Oak Chair", None),
        ("expect_no_text", Target(text="results"), "Oak Desk", None),
    ]
    assert steps("the header shows Sign in but not Sign out") == [
        ("expect_text", Target(text="header", role="banner"), "Sign in", None),
        ("expect_no_text", Target(text="header", role="banner"), "Sign out", None),
    ]


def test_a_value_described_with_a_is_never_typed_as_words() -> None:
    refused("write a short bio in the About you box")  # never the words "a short bio"
    # Once "Fill 'Email' with 'an email without @'": described by what it lacks
    refused("Type an email without @ into Email and submit")
    assert steps("type a into Name") == [("fill", Target(text="Name"), "a", None)]
    assert steps("type A Tale of Two Cities into Search") == [
        ("fill", Target(text="Search"), "A Tale of Two Cities", None)
    ]


def test_a_page_said_first_is_where_the_journey_must_be() -> None:
    # Checked on whatever page the journey is on, the Pro plan's $29 could hold anywhere.
    assert steps("On the pricing page, the Pro plan should cost $29") == [
        ("visit", Target(text="pricing"), None, None),
        ("expect_text", Target(text="Pro plan"), "$29", None),
    ]
    assert steps("on the login screen enter alice into Email") == [
        ("visit", Target(text="login"), None, None),
        ("fill", Target(text="Email"), "alice", None),
    ]
    assert steps("On the home page, click Sign in")[0] == ("goto", None, "{{url}}", None)


def test_a_place_said_first_scopes_the_check_after_it() -> None:
    # Once read as the text "In the cart check that Milk", and the rest refused.
    assert steps("In the cart check that Milk is listed") == [
        ("expect_text", Target(text="cart"), "Milk", None)
    ]
    assert steps("in the header make sure Sign in is shown") == [
        ("expect_text", Target(text="header", role="banner"), "Sign in", None)
    ]


def test_a_step_done_first_ends_where_the_sentence_s_subject_begins() -> None:
    # Once the button "Save the page shows Saved".
    assert steps("after clicking Save the page shows Saved") == [
        ("click", Target(text="Save"), None, None),
        ("expect_text", None, "Saved", None),
    ]
    assert [s[0] for s in steps("after logging out I should see the Sign in button")] == [
        "sign_out",
        "expect_visible",
    ]
    refused("when clicking Save I should see Saved")


def test_marking_an_item_with_a_state_no_box_says_is_refused() -> None:
    # Once the box "Milk as bought" and the box "invoice as paid".
    refused("mark Milk as bought")
    refused("mark the invoice as paid")
    # The item's kind after its name is not part of the name.
    assert steps("mark the Milk item as completed") == [
        ("check", Target(text="checkbox", role="checkbox", within="Milk"), None, None)
    ]


def test_a_page_named_by_a_negation_is_no_address() -> None:
    # Once "the URL contains 'no-error'".
    refused("no error page is shown")


def test_a_state_or_an_attribute_is_never_the_words_a_field_shows() -> None:
    # Once "the Email field shows 'marked invalid'" and "… shows 'placeholder Search docs'".
    refused("the Email field is marked invalid")
    refused("the search box has placeholder Search docs")
    refused("the logo has the tooltip Home")


def test_which_tab_is_chosen_is_said_by_its_name_not_its_place() -> None:
    # Once "the tab named 'tab' is selected": the ordinal was dropped.
    refused("the second tab is selected")
    assert steps("the first checkbox is selected")[0][0] == "expect_checked"


def test_a_count_of_suggestions_is_not_the_option_chosen() -> None:
    # Once "the dropdown has '3 suggestions' selected".
    refused("the dropdown shows 3 suggestions")
    assert steps("the Country dropdown shows Canada") == [
        ("expect_selected", Target(text="Country", role="combobox"), "Canada", None)
    ]


def test_a_label_every_form_has_may_take_one_word_without_a_colon() -> None:
    assert steps("enter coupon code SAVE10 and click Apply") == [
        ("fill", Target(text="coupon code"), "SAVE10", None),
        ("click", Target(text="Apply"), None, None),
    ]
    assert steps("enter password hunter2") == [
        ("fill", Target(text="password"), "{{password}}", None)
    ]
    # Words that are no field's label, or a value of several words, stay refused.
    refused("type hello world")
    refused("enter coupon code SAVE 10")


def test_a_section_named_before_its_fields_is_no_field() -> None:
    # Once one field "shipping" holding the whole list.
    assert steps("Fill in shipping: name Jane Doe, street 1 Main St, zip 12345") == [
        ("fill", Target(text="name"), "Jane Doe", None),
        ("fill", Target(text="street"), "1 Main St", None),
        ("fill", Target(text="zip"), "12345", None),
    ]
    # A value with a comma in it is still one value.
    assert steps("type message: Hello, world") == [
        ("fill", Target(text="message"), "Hello, world", None)
    ]


def test_the_nth_of_a_kind_keeps_its_place_and_its_kind() -> None:
    # Once "the 'Pricing' heading is shown" (any heading) and "the page shows 'Docs'".
    first_heading = Target(text="heading", role="heading", nth=0)
    assert steps("the first heading is Pricing") == [
        ("expect_text", first_heading, "Pricing", None)
    ]
    assert steps("the first heading on the page is Pricing") == [
        ("expect_text", first_heading, "Pricing", None)
    ]
    assert steps("the second link on the page is Docs") == [
        ("expect_text", Target(text="link", role="link", nth=1), "Docs", None)
    ]
    # The page's main heading is still the heading with those words.
    assert steps("the main heading says Pricing") == [
        ("expect_visible", Target(text="Pricing", role="heading", level=1), None, None)
    ]


def test_a_click_on_no_control_s_name_is_refused() -> None:
    # Once buttons named "outside the modal" and "Load more until no more results load".
    refused("click outside the modal")
    refused("Click Load more until no more results load")
    assert steps("click Away mode") == [("click", Target(text="Away mode"), None, None)]


def test_a_row_said_to_hold_two_texts_is_no_row_named_by_both() -> None:
    # Once the row named "Alice and Admin", which no row is called.
    refused("the table contains a row with Alice and Admin")
    refused("the table has a row containing Alice and Admin")
    assert steps("the table has a row with Alice") == [
        ("expect_visible", Target(text="Alice", role="row", within="table"), None, None)
    ]


def test_looking_in_the_console_for_errors_is_the_check_there_are_none() -> None:
    # Once "the 'console for' alert is shown".
    assert steps("Check the console for errors") == [("expect_no_errors", None, None, None)]
    refused("check the form for errors")


def test_waiting_for_a_kind_of_part_waits_for_it_not_its_word() -> None:
    # Once "wait for the word 'footer' in the footer".
    assert steps("wait for the footer") == [
        ("expect_visible", Target(text="footer", role="contentinfo"), None, None)
    ]
    assert steps("wait for Done") == [("wait_for", None, "Done", None)]


def test_the_browser_s_own_parts_and_marked_words_are_no_controls() -> None:
    # Once clicks on "iframe" and "new window", and the option "text" of a dropdown "editor".
    refused("Switch to the iframe and click Play")
    refused("switch to the new window")
    refused("Select the text in the editor")
    assert steps("select Text from the Format dropdown") == [
        ("select", Target(text="Format", role="combobox"), "Text", None)
    ]


def test_not_seeing_a_word_is_the_check_it_is_gone() -> None:
    # "Error" written as a word is the word, not the kind of thing "errors" are.
    gone = [("expect_no_text", None, "Error", None)]
    for goal in ["I should not see Error", "I don't see Error", "the user should not see Error"]:
        assert steps(goal) == gone, goal
    assert steps("I no longer see Loading") == [("expect_no_text", None, "Loading", None)]
    # Errors as a kind are the page's own: none thrown, never a missing word.
    assert steps("no JavaScript errors appear") == [("expect_no_errors", None, None, None)]


def test_eventually_is_no_part_of_a_name() -> None:
    # Once "the 'Save button eventually' is enabled" and "'Loading eventually' is gone".
    assert steps("the Save button eventually becomes enabled") == [
        ("expect_enabled", Target(text="Save", role="button"), None, None)
    ]
    assert steps("Loading should eventually disappear") == [
        ("expect_no_text", None, "Loading", None)
    ]
    # What a page says keeps its words.
    assert steps("the page says Alice will eventually be notified") == [
        ("expect_text", None, "Alice will eventually be notified", None)
    ]


def test_a_page_of_a_thing_is_that_thing_s_page() -> None:
    # Once "be on a 'product' page": any product's would do.
    oak = [("visit", Target(text="Oak Chair"), None, None)]
    assert steps("Open the product page for Oak Chair") == oak
    assert steps("go to the product page for Oak Chair") == oak
    refused("Go to the next page of results")


def test_a_thing_called_a_name_is_what_shows_the_name() -> None:
    # Once a control named "product called Oak Chair".
    assert steps("Click on the product called Oak Chair") == [
        ("click", Target(text="Oak Chair"), None, None)
    ]
    assert steps("click the link called Docs") == [
        ("click", Target(text="Docs", role="link"), None, None)
    ]


def test_where_a_search_happens_is_no_part_of_its_query() -> None:
    assert steps("search for lamp in the shop") == [("search", None, "lamp", None)]
    assert steps("search for Made in the USA") == [("search", None, "Made in the USA", None)]


def test_looking_for_lower_case_words_is_no_text_to_find() -> None:
    # Once the text "lamps": a shop's "Lamps" menu would do.
    refused("Look for lamps")
    assert steps("look for Welcome") == [("expect_text", None, "Welcome", None)]


def test_a_group_every_shop_has_then_its_option_is_picked() -> None:
    # Once clicks on controls named "size M" and "size M and color Blue".
    assert steps("choose size M and color Blue") == [
        ("pick", Target(text="size"), "M", None),
        ("pick", Target(text="color"), "Blue", None),
    ]
    assert steps("select colour Navy Blue") == [("pick", Target(text="colour"), "Navy Blue", None)]
    # A lower-case word after it describes, and is no option's name.
    assert steps("select size medium")[0][0] == "click"


def test_adding_to_the_cart_with_no_product_named_presses_its_button() -> None:
    assert steps("Add to cart") == [
        ("click", Target(text="Add to cart", role="button"), None, None)
    ]


def test_viewing_a_page_is_being_on_it() -> None:
    assert steps("View the cart") == [("visit", Target(text="cart"), None, None)]
    refused("View details")  # a control's name, or a page's? neither is said


def test_whom_a_thing_is_removed_from_is_no_part_of_its_name() -> None:
    # Once the item "Bob from the team".
    assert steps("Remove Bob from the team") == [("delete_item", Target(text="Bob"), None, None)]
    assert steps("remove Letter from Paris") == [
        ("delete_item", Target(text="Letter from Paris"), None, None)
    ]


def test_a_plural_in_ies_names_its_kind() -> None:
    # Once list items named "entries".
    [(action, target, _, count)] = steps("the invoice list has 3 entries")
    assert (action, count) == ("expect_count", 3)
    assert target is not None and target.names_kind


def test_clicking_a_control_that_leads_somewhere_follows_it_there() -> None:
    assert steps("clicking Next leads to the Configuration page") == [
        ("click", Target(text="Next"), None, None),
        ("expect_url", None, "configuration", None),
    ]
    # Once a link named "clicking the Docs".
    assert steps("clicking the Docs link opens /docs") == [
        ("click", Target(text="Docs", role="link"), None, None),
        ("expect_url", None, "/docs", None),
    ]
    assert steps("the Get started button links to /signup")[1] == (
        "expect_url",
        None,
        "/signup",
        None,
    )
    refused("clicking Next goes to Configuration")  # a page, a section, a step?


def test_an_account_the_test_does_not_hold_is_refused() -> None:
    # Once signed in with the test's own account, which is neither locked nor unverified.
    refused("log in as a locked out user")
    refused("log in as an unverified user")
    assert steps("Sign in as the admin user") == [("sign_in", None, "{{username}}", None)]


def test_two_labels_on_one_line_are_two_fields() -> None:
    # Once the user name "alice pass: wonderland".
    assert steps("user: alice pass: wonderland") == [
        ("fill", Target(text="user"), "alice", None),
        ("fill", Target(text="pass"), "{{pass}}", None),
    ]
    assert steps("Subject: Re: hello") == [("fill", Target(text="Subject"), "Re: hello", None)]


def test_a_question_whether_words_are_somewhere_asks_for_them_there() -> None:
    # Once "the part showing 'Blue', in the cart, shows 'Mug'".
    assert steps("Is Blue Mug in the cart?") == [
        ("expect_text", Target(text="cart"), "Blue Mug", None)
    ]
    assert steps("is the total $5?") == [("expect_text", Target(text="total"), "$5", None)]


def test_starting_from_the_home_page_is_a_step_of_its_own() -> None:
    # Once a page named "homepage go to Contact".
    assert steps("From the homepage go to Contact, fill in name Test, email t@x.io and send it")[
        :2
    ] == [("goto", None, "{{url}}", None), ("visit", Target(text="Contact"), None, None)]


def test_the_home_page_s_title_is_the_page_title() -> None:
    # Once a part of the page named "home page title"; the home page's title is checked
    # there, as what it shows is
    assert steps('verify the home page title is "Acme - Home"') == [
        ("goto", None, "{{url}}", None),
        ("expect_title", None, "Acme - Home", None),
    ]
    # Once an element named "pricing page's title", and a heading named "pricing page"
    assert steps("open /about. the pricing page's title is Plans")[1:] == [
        ("visit", Target(text="pricing"), None, None),
        ("expect_title", None, "Plans", None),
    ]
    assert steps("open /about. the pricing page heading is Plans")[1:] == [
        ("visit", Target(text="pricing"), None, None),
        ("expect_visible", Target(text="Plans", role="heading", level=1), None, None),
    ]
    assert steps("open /about. check the pricing page url contains /plans")[1:] == [
        ("visit", Target(text="pricing"), None, None),
        ("expect_url", None, "/plans", None),
    ]


def test_what_a_page_named_shows_is_never_checked_on_the_page_open() -> None:
    # Each once checked the page the journey stood on, /about: a false pass wherever /about
    # said the words (or, said not to, did not), whatever the page named showed.
    there = ("visit", Target(text="pricing"), None, None)
    assert steps("open /about. the pricing page doesn't show Beta")[1:] == [
        there,
        ("expect_no_text", None, "Beta", None),
    ]
    assert steps("open /about. the pricing page no longer lists Beta")[1:] == [
        there,
        ("expect_no_text", None, "Beta", None),
    ]
    assert steps("open /about. Does the pricing page show a 'Start trial' button?")[1:] == [
        there,
        ("expect_visible", Target(text="Start trial", role="button"), None, None),
    ]
    assert steps("open /about. Is the pricing page showing Pro?")[1:] == [
        there,
        ("expect_text", None, "Pro", None),
    ]
    # The home page is the test's start page, opened again once the journey has moved on
    home = ("goto", None, "{{url}}", None)
    assert steps("open /pricing and check the homepage shows Welcome")[1:] == [
        home,
        ("expect_text", None, "Welcome", None),
    ]
    assert steps("open /pricing. The homepage should have a heading Welcome")[1:] == [
        home,
        ("expect_visible", Target(text="Welcome", role="heading"), None, None),
    ]
    # A page by a name too long to go to is refused, never taken for the page open
    refused("open /about. the customer account settings overview page shows Plan")
    # A page by no name of its own is the one a click just opened
    assert steps("Click Alice. The details page shows alice@example.com")[1:] == [
        ("expect_text", None, "alice@example.com", None)
    ]
    assert steps("search for mugs; the results page lists Blue Mug")[1:] == [
        ("expect_text", None, "Blue Mug", None)
    ]


def test_a_step_said_on_a_page_named_is_done_there() -> None:
    # Once the page was dropped ("Click 'Save'" wherever the journey stood), or taken into
    # the name ("Click 'Save on /settings'") or the value typed ("Bob on the profile page")
    assert steps("open /about. click Save on the settings page")[1:] == [
        ("visit", Target(text="settings"), None, None),
        ("click", Target(text="Save"), None, None),
    ]
    assert steps("click Save on /settings") == [
        ("goto", None, "/settings", None),
        ("click", Target(text="Save"), None, None),
    ]
    assert steps("open /about. fill Name with Bob on the profile page")[1:] == [
        ("visit", Target(text="profile"), None, None),
        ("fill", Target(text="Name"), "Bob", None),
    ]
    assert steps("open Billing on the settings page") == [
        ("visit", Target(text="settings"), None, None),
        ("open", Target(text="Billing"), None, None),
    ]
    # A page by a name too long to go to is refused, never dropped
    refused("click Save on the customer account settings overview page")
    # The page a click just opened is where the journey is
    assert steps("click Add to cart on the product page") == [
        ("click", Target(text="Add to cart"), None, None)
    ]
    # Being on a page is the check itself, not a step done there
    assert steps("check we're back on the start page again") == [
        ("expect_url", None, "{{url}}", None)
    ]


def test_an_element_s_markup_is_no_words_it_shows() -> None:
    # Once a check that the page shows the words "class dark", which no page shows
    refused("Choose Dark from the Theme dropdown and verify the body has class dark")
    refused("the Save button has style color red")
    refused("Make sure the email input has type email")  # once the words "type email"
    refused("the Docs link has target _blank")  # once the words "target _blank"
    refused("the Docs link has href /docs")
    # Words that start the same way are words
    assert steps("the card shows Class A seats") == [
        ("expect_text", Target(text="card"), "Class A seats", None)
    ]


def test_how_many_said_as_a_subject_names_no_one_part() -> None:
    # Once "the box in an item 'None of the todos' is ticked": the opposite of what was said
    refused("None of the todos are completed")
    # Once words looked for in parts named "Some rows", "Most rows" and "Nothing"
    for goal in ["Some rows show Paid", "Most rows say Paid", "Nothing is selected"]:
        refused(goal)
    # A name that starts so is a name
    assert steps("Some Assembly Required is shown") == [
        ("expect_text", None, "Some Assembly Required", None)
    ]


def test_a_helper_verb_is_no_word_of_the_place_each_item_is_in() -> None:
    # Once every row in a part named "table should"
    assert steps("Every row in the table should show Paid") == [
        ("expect_each", Target(text="row", within="table"), "Paid", None)
    ]


def test_what_a_form_says_of_a_field_is_never_a_value_typed() -> None:
    # Once "the field holds 'Required'": a value no one typed, which the form says by it
    goal = 'Leave the email empty and press Send; the email field should show "Required"'
    assert steps(goal)[-1] == ("expect_text", Target(text="Email"), "Required", None)
    assert steps("the Email field shows 'Please enter a valid email'") == [
        ("expect_text", Target(text="Email"), "Please enter a valid email", None)
    ]
    # What is typed is held
    assert steps("the Email field shows 'jane@x.io'") == [
        ("expect_value", Target(text="Email", role="textbox"), "jane@x.io", None)
    ]


def test_shown_as_a_state_is_that_state() -> None:
    # Once the words "as completed" looked for in the item
    assert steps("Mark 'Buy milk' as done and check it shows as completed")[-1] == (
        "expect_checked",
        Target(text="checkbox", role="checkbox", within="Buy milk"),
        None,
        None,
    )
    assert steps("the order shows as Shipped") == [
        ("expect_text", Target(text="order"), "Shipped", None)
    ]


def test_words_placed_beside_a_part_are_no_words_shown() -> None:
    # Once the words "In stock next to the price": where words are is no text to find
    refused("Check the product page shows In stock next to the price")
    refused("check the page says Sold out under the button")
    # quoted, the words are the words
    assert steps("check the page says 'Sold out under the button'") == [
        ("expect_text", None, "Sold out under the button", None)
    ]


def test_a_count_of_things_described_is_no_words_shown() -> None:
    # Once the words "5 products under $50" looked for in the list
    refused("Verify the list shows 5 products under $50")
    refused("the page shows 3 users with the Admin role")
    # Rows to tick are no option of a dropdown named "Alice and Bob"
    refused("Select the rows for Alice and Bob and click Delete selected")
    # What a page says with a count in it is words
    assert steps("the page says 10 results for shoes") == [
        ("expect_text", None, "10 results for shoes", None)
    ]


def test_signed_out_said_first_is_how_the_journey_starts() -> None:
    # Once a click on a link named "logged out, the Account"
    assert steps("When logged out, the Account link should take you to the login page") == [
        ("click", Target(text="Account", role="link"), None, None),
        ("expect_url", None, "login", None),
    ]
    assert steps("If I am not logged in, /admin should send me to /login") == [
        ("goto", None, "/admin", None),
        ("expect_url", None, "/login", None),
    ]
    # Said once the journey has signed in, it is refused, never skipped
    refused("log in. When logged out, the Account link should take you to the login page")
    refused("Log in as bob with password x. If I am not logged in, click Login")
    refused("When not logged out, go to /admin")  # signed in, which the start is not
    # Said alone, it is a check: never a step skipped
    assert steps("Click Logout. Then I am logged out.") == [
        ("click", Target(text="Logout"), None, None),
        ("expect_signed_out", None, None, None),
    ]


def test_a_heading_by_its_tag_or_a_dialog_s_title_is_a_heading() -> None:
    # Once words looked for in parts named "h2" and "dialog title"
    assert steps("the h2 says Features") == [
        ("expect_visible", Target(text="Features", role="heading", level=2), None, None)
    ]
    # Once a count of headings named "h2", which no heading is
    assert steps("the page has 3 h2 headings") == [
        ("expect_count", Target(text="headings", role="heading", level=2), None, 3)
    ]
    assert steps("the main heading is visible") == [
        ("expect_visible", Target(text="heading", role="heading", level=1), None, None)
    ]
    # Once a heading named "first-level", and a part named "level 1 heading"
    for goal in ("the first-level heading says Docs", "the level 1 heading says Docs"):
        assert steps(goal) == [
            ("expect_visible", Target(text="Docs", role="heading", level=1), None, None)
        ], goal
    assert steps("the second-level heading says Use")[0][1] == steps("the h2 says Use")[0][1]
    refused("the sub-level heading says Use")  # which level is that?
    assert steps("no h2 says Deprecated") == [
        ("expect_hidden", Target(text="Deprecated", role="heading", level=2), None, None)
    ]
    # Once the first item of a list named "h2", and a count of elements named "h1"
    assert steps("the first h2 says Install") == [
        ("expect_text", Target(text="h2", role="heading", nth=0, level=2), "Install", None)
    ]
    assert steps("there should be exactly one h1 on the page") == [
        ("expect_count", Target(text="h1", role="heading", level=1), None, 1)
    ]
    assert steps('The dialog title is "Delete item?"') == [
        ("expect_visible", Target(text="Delete item?", role="heading", within="dialog"), None, None)
    ]


def test_a_group_of_radios_holds_no_value_typed() -> None:
    # A radio group is set to the one chosen (see test_states.py), and holds nothing typed
    assert steps("The Plan radio is set to Pro") == [
        ("expect_selected", Target(text="Plan"), "Pro", None)
    ]
    refused("the Plan radio is empty")


def test_a_count_of_items_in_some_state_is_refused_never_a_count_of_all() -> None:
    # Once "Expect 3 of 'open tickets'": every item of the page's one list was counted, so
    # three tickets, one of them closed, passed as three open ones
    for goal in [
        "there are 3 open tickets",
        "Click the bell icon and verify there are 3 unread notifications",
        "I see 4 completed todos",
        "there are 3 checked checkboxes",
        "the list shows 3 checked items",
    ]:
        refused(goal)
    # Items of a kind are counted; words the page shows are words
    assert steps("there are 2 search results")[0][3] == 2
    assert steps("the page says '3 open tickets'") == [
        ("expect_text", None, "3 open tickets", None)
    ]


def test_a_page_by_position_is_no_address_and_each_is_no_name() -> None:
    # Once "the URL contains 'previous'", and a link named "Visit each"
    refused("Use the browser back button and check the previous page is shown")
    refused("the next page is shown")
    refused("Visit each link in the footer")
    # A name with "all" in it is a name
    assert steps("click the Mark all as read button") == [
        ("click", Target(text="Mark all as read", role="button"), None, None)
    ]


def test_the_search_box_said_after_the_query_is_no_part_of_it() -> None:
    # Once the words "shoes in the search box" typed: a page echoing the query back would
    # then show "shoes" whatever was found
    assert steps("search for shoes in the search box") == [
        ("search", Target(text="search box"), "shoes", None)
    ]
    assert steps("Look up order 1042 using the search box") == [
        ("search", Target(text="search box"), "order 1042", None)
    ]


def test_two_choices_or_values_the_page_knows_are_never_one_typed() -> None:
    # Once a click on "2 adults", then a check that the picker shows "1 child": a step
    # said as more of the one before, never a check
    refused("Select 2 adults and 1 child in the guests picker")
    # Once "Fill 'saved' with 'address'"
    refused("Fill the shipping form with my saved address")
    assert steps("Select Black and White in the Color dropdown") == [
        ("select", Target(text="Color", role="combobox"), "Black and White", None)
    ]


def test_a_page_going_somewhere_is_no_part_named_so() -> None:
    # Once a part named "page scrolls to the pricing" looked for
    refused("Confirm the page scrolls to the pricing section")


def test_it_after_a_part_shows_is_that_part() -> None:
    # Once "the page shows 'Saved'": anywhere, not in the toast (see test_checks_kinds.py)
    assert steps("Click Save, wait for the toast, and verify it says Saved")[-1] == (
        "expect_text",
        Target(text="toast", role="alert"),
        "Saved",
        None,
    )
    assert steps("a dialog appears and it has a Cancel button")[-1] == (
        "expect_visible",
        Target(text="Cancel", role="button", within="dialog"),
        None,
        None,
    )


def test_it_after_a_control_clicked_by_position_is_refused() -> None:
    # Once "the page shows 'Reviews'": every tab's label is on the page, so it passed
    # whichever tab the third one was
    refused("Click the third tab and check it says Reviews")
    refused("Open the second tab and check it says Billing")
    refused("click the third row and check it says Ada")
    refused("open the first result and check it mentions oak")
    # A tab clicked by name opens what "it" then shows: its panel, never the whole page,
    # whether its name is written in capitals or not
    assert steps("Click the python tab and check it shows pip")[-1] == (
        "expect_text",
        Target(text="python", role="tab"),
        "pip",
        None,
    )
    assert steps("Click the Billing tab and check it shows Current plan: Free")[-1] == (
        "expect_text",
        Target(text="Billing", role="tab"),
        "Current plan: Free",
        None,
    )


def test_the_tab_panel_after_a_tab_is_clicked_is_what_that_tab_shows() -> None:
    # Once "the tab panel shows Shipping" looked in a part named "tab": the row of tabs,
    # which holds every tab's name (browser test: test_the_tab_panel_is_what_the_tab_shows)
    details = Target(text="Details", role="tab")
    for goal in [
        "Click the Details tab and check the tab panel shows Shipping",
        "Click the Details tab and check the tab shows Shipping",
        "Click the Details tab and check the tab content shows Shipping",
        "Open the Details tab. The panel says Shipping",
        "Open the Details tab and verify Shipping is shown in the tab",
    ]:
        assert steps(goal)[-1] == ("expect_text", details, "Shipping", None), goal
    assert steps("Click the Details tab and check the panel doesn't show Shipping")[-1] == (
        "expect_no_text",
        details,
        "Shipping",
        None,
    )
    # Its state is still the tab's own
    assert steps("Click the Details tab and check the tab is selected")[-1] == (
        "expect_selected",
        Target(text="tab", role="tab"),
        "Details",
        None,
    )


def test_the_answer_after_a_question_is_expanded_is_what_it_opened() -> None:
    # Once a part named "answer": every question's answer, or none (browser test:
    # test_what_an_expanded_question_says_is_read_in_its_answer, which "it" reads so)
    question = Target(text="How do refunds work?")
    for goal in [
        "Go to /faq, expand 'How do refunds work?' and check the answer mentions 30 days",
        "click 'How do refunds work?' and verify its answer includes 30 days",
    ]:
        assert steps(goal)[-1] == ("expect_text", question, "30 days", None), goal
    assert steps("expand 'How do refunds work?'; the answer doesn't say 60 days")[-1] == (
        "expect_no_text",
        question,
        "60 days",
        None,
    )


def test_its_heading_after_a_page_is_opened_is_that_page_s_own() -> None:
    # Once refused (browser test: test_the_heading_of_a_page_opened_is_its_own)
    webhooks = ("expect_visible", Target(text="Webhooks", role="heading", level=1), None, None)
    for goal in [
        "Search for webhooks and open the first result; its heading should be Webhooks",
        "go to /docs/webhooks and check its main heading is Webhooks",
        "open Webhooks; its heading says Webhooks",
    ]:
        assert steps(goal)[-1] == webhooks, goal
    # Once refused: its page, and its price, are the page opened's
    assert steps("Open the first product and check its page has an Add to cart button")[-1] == (
        "expect_visible",
        Target(text="Add to cart", role="button"),
        None,
        None,
    )
    # (browser test: test_the_price_of_a_thing_opened_is_its_own)
    assert steps("Open the Oak Chair page; its price should be $120")[-1] == (
        "expect_text",
        Target(text="price", within="Oak Chair"),
        "$120",
        None,
    )
    assert steps("Open the Apollo project and check its status is Active")[-1][1] == Target(
        text="status", within="Apollo project"
    )
    refused("open the first product; its price is $5")  # which one's, should none open?
    # "his", "her": the person found's
    assert steps("Go to Users, find Bob, and check his role is Editor")[-1][1] == Target(
        text="role", within="Bob"
    )
    # a button opens no page; a dialog's heading is its own (the rule for what was opened)
    refused("click the Save button; its heading is Saved")
    assert steps("open the dialog; its heading is Delete")[-1][1] == Target(
        text="heading", role="heading", within="dialog"
    )


def test_a_named_row_of_a_table_is_that_row_in_that_table() -> None:
    # Once a table named "total row of the invoice" (browser test:
    # test_a_named_row_of_a_named_table_is_that_row_in_that_table)
    assert steps("Verify the total row of the invoice table says $1,250.00") == [
        ("expect_text", Target(text="total", role="row", within="invoice table"), "$1,250.00", None)
    ]
    # a name with "of" in it stays one name
    assert steps("click the Terms of Service link")[0][1] == Target(
        text="Terms of Service", role="link"
    )


def test_a_dropdown_showing_a_list_has_no_one_choice() -> None:
    # Once "Expect the dropdown 'Profile, Settings and Sign out' to be selected"
    refused("Click the avatar; the dropdown should show Profile, Settings and Sign out")
    assert steps("the Size dropdown shows Black and White")[0][0] == "expect_selected"


def test_a_page_that_has_a_title_is_titled_so() -> None:
    # Once refused: "has the title …", as said with quotes (test_grammar_phrasings.py)
    said = [
        (s.action, s.value, s.compare) for s in read_goal("the homepage has the title Acme").steps
    ]
    assert said == [("goto", "{{url}}", "contains"), ("expect_title", "Acme", "contains")]
    assert steps("/pricing should have the title Plans") == steps("/pricing's title has Plans")
    assert steps("Go to /docs. It has the title Docs")[-1] == ("expect_title", None, "Docs", None)
    refused("the page has a title")  # which? the goal does not say
    # what the browser tab says is the page's title
    assert steps("The browser tab should say Dashboard") == [
        ("expect_title", None, "Dashboard", None)
    ]


def test_a_value_drawn_as_a_badge_is_that_value_of_its_item() -> None:
    # Once a part named "Status badge on order #1042": no page names one so
    assert steps("The status badge on order #1042 reads Shipped") == steps(
        "the status of order #1042 reads Shipped"
    )
    assert steps("the status pill for Ada says Active")[0][1] == Target(text="status", within="Ada")
    # a badge on a link or button is what that control shows: once a label "badge" in an
    # item saying "Inbox link", which no page has
    inbox = [("expect_text", Target(text="Inbox", role="link"), "3", None)]
    assert steps("the badge on the Inbox link shows 3") == inbox
    assert steps("the Inbox link's badge shows 3") == inbox
    assert steps("the header row shows Name")[0][1] == Target(
        text="header row", role="columnheader"
    )


def test_a_state_said_before_the_thing_it_is_for_is_that_thing_s() -> None:
    # Once refused: "… is enabled for the Oak Chair", said after the state
    for said, before in [
        (
            "Confirm that the Add to cart button is enabled for the Oak Chair",
            "Confirm that the Add to cart button for the Oak Chair is enabled",
        ),
        (
            "the Delete button should not be visible for Ada",
            "the Delete button for Ada should not be visible",
        ),
    ]:
        assert steps(said) == steps(before), said
    assert steps(said)[0][1] == Target(text="Delete", role="button", within="Ada")
    # for whom it shows, which no part of the page is: still refused
    refused("Make sure the Pay now button is not shown for paid invoices")
    refused("the Upgrade button is hidden for Pro users")


def test_the_button_after_a_click_is_the_one_clicked() -> None:
    # Once any button on the page (browser test: test_the_button_after_a_click_is_...)
    submit = Target(text="Submit", role="button")
    assert steps("Click Submit and check the button is disabled")[-1] == (
        "expect_disabled",
        submit,
        None,
        None,
    )
    assert steps("click Submit; the button is gone")[-1] == ("expect_hidden", submit, None, None)
    # What it says once clicked is words it may no longer be found by
    refused("Click Submit and verify the button shows Sending")


def test_a_second_statement_after_and_is_never_part_of_a_subject() -> None:
    # Once a part of the page named "logged in and sees", said to show "My account"
    refused('Expected result: User is logged in and sees "My account"')
    assert steps('User is logged in and sees "My account"')[-1] == (
        "expect_text",
        None,
        "My account",
        None,
    )


def test_a_page_reached_from_a_part_is_reached_there_whoever_says_it() -> None:
    # Once "I can open the Docs page from the footer" went to the Docs page by any link,
    # and held with the footer's link broken
    footer = [("open", Target(text="Docs", within="footer"), None, None)]
    assert steps("open the Docs page from the footer") == footer
    assert steps("I can open the Docs page from the footer") == footer
    assert steps("Users should be able to open the Docs page from the footer") == footer
    # Once "Be on the 'Docs' page": in the footer, said with "in", was dropped
    assert steps("Open the Docs page in the footer") == footer
    assert steps("Open Docs in the footer") == footer


def test_what_a_form_is_sent_with_is_no_button_unless_it_names_one() -> None:
    # Once a click on a button named "mismatched passwords"
    refused("Submit with mismatched passwords and expect Passwords do not match")
    send = [("submit", Target(text="Send", role="button"), None, None)]
    assert steps("submit with Send") == steps("Submit with the Send button") == send


def test_a_deed_told_after_has_is_never_words() -> None:
    # Once the words "loaded the Stripe checkout iframe", which no page shows
    refused("The page should have loaded the Stripe checkout iframe")
    refused("the page has rendered the chart")
    assert steps("the page says Updated the settings") == [
        ("expect_text", None, "Updated the settings", None)
    ]
    assert steps("the dialog has closed")[0][0] == "expect_hidden"


def test_going_straight_somewhere_goes_there() -> None:
    # Once a page named "straight to /billing"
    assert steps("Sign in and go straight to /billing")[-1] == ("goto", None, "/billing", None)
    assert steps("go directly to the pricing page") == [
        ("visit", Target(text="pricing"), None, None)
    ]


def test_what_a_place_says_is_no_part_of_its_name() -> None:
    # Once a product looked for in a part named "Oak Chair shows a rating of 4.5"
    refused("Check the product card for Oak Chair shows a rating of 4.5")
    # the card for it is the Oak Chair card: the part that name holds
    assert steps("the card for Oak Chair shows 4.5") == steps("the Oak Chair card shows 4.5")
    assert steps("the card for Oak Chair shows 4.5") == [
        ("expect_text", Target(text="Oak Chair"), "4.5", None)
    ]
    # a line of a cart is its item
    assert steps("the line for Oak Chair should say Qty 2") == [
        ("expect_text", Target(text="item", role="listitem", within="Oak Chair"), "Qty 2", None)
    ]


def test_both_of_two_or_one_in_a_state_is_no_one_control() -> None:
    # Once a checkbox named "both Terms and Privacy", and dates named "date available"
    refused("Tick both Terms and Privacy")
    refused("Pick the last date available")
    refused("click the first available slot")
    assert steps("click the empty trash button") == [
        ("click", Target(text="empty trash", role="button"), None, None)
    ]
    # Once a field named "required Email": being there never shows it is required
    refused("Check the Contact Us form has a required Email field")
    refused("the form has an optional Phone field")


def test_how_long_said_after_absent_words_is_no_part_of_them() -> None:
    # Once "the page does not show 'Loading forever'": words no page shows, so it held
    # while the page showed "Loading" for good
    refused("The page never shows Loading forever")
    assert steps("the page does not show 'Loading forever'") == [
        ("expect_no_text", None, "Loading forever", None)
    ]


def test_a_place_said_before_a_step_mid_sentence_is_where_it_is_done() -> None:
    # Once refused, where the same place at a sentence's start was read
    assert steps("open /docs, then in the sidebar click Getting started")[-1] == (
        "click",
        Target(text="Getting started", within="sidebar"),
        None,
        None,
    )


def test_words_with_a_variable_among_them_are_one_text() -> None:
    # Once refused, as a quote with loose words around it
    assert steps("Check the page says Order {{order_id}}") == [
        ("expect_text", None, "Order {{order_id}}", None)
    ]
    goal = "Log in with {{username}} and {{password}} and check the page says Hello, {{name}}"
    assert steps(goal)[-1] == ("expect_text", None, "Hello, {{name}}", None)
    # Quoted words among loose ones are still refused: where does the text end?
    refused("the page says Hello 'Bob'")


def test_it_says_after_typing_is_said_by_that_field() -> None:
    # Once "the page shows 'Must be a number'": another field's message would pass it
    goal = "Type 'abc' into the Age field and check it says \"Must be a number\""
    assert steps(goal)[-1] == ("expect_text", Target(text="Age"), "Must be a number", None)
    # After a step between, "it" is no longer the field
    assert steps("type abc into Age, click Save and check it says Saved")[-1] == (
        "expect_text",
        None,
        "Saved",
        None,
    )


def test_it_after_choosing_or_typing_is_that_control() -> None:
    # Once the words anywhere on the page (see test_states.py)
    assert steps("Select Canada from the Country dropdown and check it shows Canada")[-1] == (
        "expect_selected",
        Target(text="Country", role="combobox"),
        "Canada",
        None,
    )
    # What a field contains is its value
    assert steps("Type hello into the search box and check it contains hello")[-1] == (
        "expect_text",
        Target(text="Search", role="textbox"),
        "hello",
        None,
    )


def test_a_question_asked_as_it_goes_on_is_what_it_asks() -> None:
    # Once a check of an element named "page showing"
    assert steps("is the page showing Pro?") == [("expect_text", None, "Pro", None)]
    assert steps("Is the banner displaying 'Sale'?") == [
        ("expect_text", Target(text="banner"), "Sale", None)
    ]


def test_a_form_filled_with_no_values_given_takes_values_its_fields_accept() -> None:
    assert steps("Fill out the contact form and submit it") == [
        ("fill_form", Target(text="contact"), "all", None),
        ("submit", None, None, None),
    ]
    assert steps("Fill the required fields")[0][2] == "required"
    # Pairs after "with" are still the values typed.
    assert steps("fill the form with name Bob and email b@x.io")[0] == (
        "fill",
        Target(text="name"),
        "Bob",
        None,
    )


def test_an_arrow_before_a_step_is_then_and_never_part_of_a_name() -> None:
    # Once pages named "click pricing" and "check enterprise is listed".
    assert [s[0] for s in steps("open /blog => click the first post")] == ["goto", "act_on_item"]
    refused("go to homepage -> click pricing -> check enterprise is listed")
    # Once signing in, with "dashboard" dropped.
    refused("login -> dashboard")
    assert [s[0] for s in steps("open Settings -> Billing")] == ["open", "open"]


def test_a_title_said_to_be_shown_names_no_words() -> None:
    # Once the title "shown".
    refused("check the title is shown")
    assert steps("the title is Shown") == [("expect_title", None, "Shown", None)]


def test_markdown_bold_is_no_part_of_a_step() -> None:
    assert [s[0] for s in steps("**Step 1:** open the homepage\n**Step 2:** click Docs")] == [
        "goto",
        "click",
    ]
    assert steps("type 'a**b**c' into Notes")[0][2] == "a**b**c"


def test_a_site_or_path_said_to_show_words_is_opened_first() -> None:
    # Once a part of the page named "example.com", and the /health page never opened.
    assert steps("example.com shows Example Domain") == [
        ("goto", None, "https://example.com", None),
        ("expect_text", None, "Example Domain", None),
    ]
    assert steps("The /health page says OK") == [
        ("goto", None, "/health", None),
        ("expect_text", None, "OK", None),
    ]
    assert steps("https://example.com should load") == [("goto", None, "https://example.com", None)]
    # A file's name is no site.
    assert steps("README.md shows Install")[0][0] == "expect_text"


def test_a_control_said_only_by_where_it_sits_is_refused() -> None:
    # Once "click the button": the first of the page's buttons, its place dropped.
    refused("Click the button in the top right corner")
    refused("Click the link at the bottom of the page")
    assert steps("the footer at the bottom shows Contact") == [
        ("expect_text", Target(text="footer", role="contentinfo"), "Contact", None)
    ]
    assert steps("click the Save button at the bottom of the form") == [
        ("click", Target(text="Save", role="button", within="form"), None, None)
    ]


def test_a_right_click_is_no_click() -> None:
    # Once a plain click: "right" was read as a word said before a step.
    refused("right click Save")
    assert steps("Right, click Save") == [("click", Target(text="Save"), None, None)]


def test_line_items_are_items() -> None:
    # Once items named "line".
    [(action, target, _, count)] = steps("the cart has 3 line items")
    assert (action, count) == ("expect_count", 3)
    assert target is not None and target.names_kind and target.within == "cart"


def test_a_sentence_with_cannot_or_a_when_is_no_name() -> None:
    # Once the link "logged-out user cannot see the Admin", shown; and the page
    # "dashboard-after-login": signing in comes first
    refused("Ensure a logged-out user cannot see the Admin link")
    assert steps("Verify that the user is redirected to the dashboard after login") == [
        ("sign_in", None, "{{username}}", None),
        ("expect_url", None, "dashboard", None),
    ]
    # Once a part named "dashboard after login", where no "Error" was ever found: the page
    # the journey starts on was all that was checked
    assert steps('Make sure the word "Error" never shows up on the dashboard after login.') == [
        ("sign_in", None, "{{username}}", None),
        ("expect_no_text", None, "Error", None),
    ]
    assert steps("after logging in, make sure the page says Hi")[-1] == (
        "expect_text",
        None,
        "Hi",
        None,
    )
    assert steps("the page says You cannot undo this") == [
        ("expect_text", None, "You cannot undo this", None)
    ]


def test_filtering_by_a_group_then_its_option_picks_that_option() -> None:
    # Once the option "brand Acme" in a group named "filter".
    assert steps("Filter by brand Acme") == [("pick", Target(text="brand"), "Acme", None)]
    assert steps("Filter the products by color Red") == [
        ("pick", Target(text="color"), "Red", None)
    ]
    refused("filter by price under $50")


def test_what_a_dropdown_offers_is_not_the_option_chosen() -> None:
    # Once "the dropdown shows Canada", which only the option chosen does; then refused,
    # now a check of its choices
    country = Target(text="Country", role="combobox")
    assert steps("The Country dropdown should contain Canada") == [
        ("expect_option", country, "Canada", None)
    ]
    assert [s[2] for s in steps("The Country dropdown should list Canada, Mexico and USA")] == [
        "Canada",
        "Mexico",
        "USA",
    ]
    assert steps("the Country dropdown shows Canada")[0][0] == "expect_selected"
    refused("The Country dropdown should not contain Canada")


def test_the_word_before_a_text_names_it_as_words() -> None:
    assert steps("the word Welcome is shown") == [("expect_text", None, "Welcome", None)]


def test_how_many_or_in_what_order_is_never_words_on_the_page() -> None:
    # Once the words "one h1", a heading named "single", and an item "Bread in that order".
    # An h1 is a heading of level 1, which is counted as such.
    assert steps("the page has one h1") == [
        ("expect_count", Target(text="h1", role="heading", level=1), None, 1)
    ]
    refused("the page has a single heading")
    refused("the todo list has Milk, Eggs and Bread in that order")
    assert steps("the page says One more step") == [("expect_text", None, "One more step", None)]
    # "exactly" before names is "only"; before a number, a count.
    assert steps("the list shows exactly Milk") == [("expect_only", None, "Milk", None)]
    assert steps("the cart contains exactly 2 items")[0][::3] == ("expect_count", 2)


def test_a_second_value_in_a_field_after_and_is_typed_too() -> None:
    # Once "the password shows next to 'password'": the password was never typed.
    goal = "Enter {{email}} in the email field and {{password}} in the password field"
    assert [s[0] for s in steps(goal)] == ["fill", "fill"]
    assert steps(goal)[1][2] == "{{password}}"


def test_a_value_described_as_new_or_random_is_never_typed_as_words() -> None:
    # Once the words "new text" typed.
    refused("Clear Notes and type new text")
    refused("type random text into Notes")
    assert steps("type hello into Notes") == [("fill", Target(text="Notes"), "hello", None)]


def test_after_login_is_signing_in_first() -> None:
    # Once a part of the page named "After login the sidebar".
    assert [
        s[0] for s in steps("After login the sidebar lists Projects, Settings and Billing")
    ] == [
        "sign_in",
        "expect_text",
        "expect_text",
        "expect_text",
    ]
    assert steps("after logout the Sign in link is shown") == [
        ("sign_out", None, None, None),
        ("expect_visible", Target(text="Sign in", role="link"), None, None),
    ]
    assert steps("after login the URL should be /app")[1] == ("expect_url", None, "/app", None)


def test_a_table_said_to_have_a_column_has_its_header() -> None:
    assert steps("the table has a Status column") == [
        ("expect_visible", Target(text="Status", role="columnheader", within="table"), None, None)
    ]
    # Once "the first element named 'column' shows Name".
    refused("the first column is Name")


def test_a_thing_described_by_a_superlative_or_a_part_of_the_nth_is_refused() -> None:
    # Once controls named "cheapest product", "newest post" and "story's comments".
    for goal in [
        "click the cheapest product",
        "open the newest post",
        "Open the first story's comments",
    ]:
        refused(goal)
    assert steps("click the Latest release link") == [
        ("click", Target(text="Latest release", role="link"), None, None)
    ]


def test_as_often_as_needed_is_no_count_of_steps() -> None:
    # Once "click 'Retry up to'" three times.
    refused("Click Retry up to 3 times")
    assert [s[0] for s in steps("click + 3 times")] == ["click"] * 3


def test_a_label_alone_or_put_in_is_no_value() -> None:
    # Once "company" filled with "name", and the zip code with "in 12345".
    refused("Type your company name")
    assert steps("Put in 12345 for the zip code") == [
        ("fill", Target(text="zip code"), "12345", None)
    ]


def test_a_greeting_a_page_shows_is_its_words() -> None:
    # Once "Alice is shown": "Hello," was taken for the goal's own greeting.
    assert steps("Hello, Alice is shown") == [("expect_text", None, "Hello, Alice", None)]
    assert steps("Hi, open the pricing page") == [("visit", Target(text="pricing"), None, None)]


def test_loading_without_errors_also_checks_no_script_failed() -> None:
    # "without errors" once added nothing to opening the page.
    assert steps("open /x and the page loads without errors") == [
        ("goto", None, "/x", None),
        ("expect_no_errors", None, None, None),
    ]
    assert steps("the homepage should load without errors") == [
        ("goto", None, "{{url}}", None),
        ("expect_no_errors", None, None, None),
    ]
    # Once only its address: a page named, loading without errors
    assert steps("Check the login page loads without errors")[-1][0] == "expect_no_errors"


def test_what_people_say_around_a_step_is_no_part_of_it() -> None:
    assert steps("Quickly check that /status says OK") == [
        ("goto", None, "/status", None),
        ("expect_text", None, "OK", None),
    ]
    assert steps("I'd like you to go to /pricing")[0] == ("goto", None, "/pricing", None)
    assert steps("Ideally the cart should show 2 items")[0][1] == Target(
        text="items", role="listitem", within="cart"
    )


def test_a_heading_before_a_statement_is_no_part_of_its_subject() -> None:
    # Once a part of the page named "Compare plans: Pro".
    refused("Compare plans: Pro includes SSO")


def test_a_dialog_filled_with_pairs_fills_its_fields_and_is_never_a_field() -> None:
    # Once "fill the 'invite' dialog with 'email new@example.com and role Editor'".
    assert steps("Fill the invite dialog with email new@example.com and role Editor") == [
        ("fill", Target(text="email"), "new@example.com", None),
        ("fill", Target(text="role"), "Editor", None),
    ]
    refused("type hello into the confirmation dialog")


def test_credentials_said_to_be_provided_are_the_test_s_own() -> None:
    assert steps("Sign in with the provided credentials") == [
        ("sign_in", None, "{{username}}", None)
    ]


def test_a_choice_then_a_colon_is_the_option_never_a_step() -> None:
    # Once "open 'now'": "Open now" was read as a step after a title.
    assert steps("Apply filter: Open now") == [("pick", Target(text="filter"), "Open now", None)]
    assert steps("Select country: Canada") == [("pick", Target(text="country"), "Canada", None)]
    assert steps("Sign up flow: click Sign up") == [("click", Target(text="Sign up"), None, None)]
    # a title of five words was refused
    assert steps("Test the forgot password flow: click Reset") == steps("click Reset")


def test_a_currency_or_a_new_setting_is_no_part_or_control() -> None:
    # Once "the part named '€' shows 'Prices'", and a click on "theme to dark".
    refused("Prices are shown in €")
    refused("Toggle the theme to dark")
    assert steps("Bob appears in the second row") == [
        ("expect_text", Target(text="row", role="row", nth=1), "Bob", None)
    ]


def test_the_json_an_address_answers_is_the_page() -> None:
    assert steps("open /api/health and check the JSON says ok") == [
        ("goto", None, "/api/health", None),
        ("expect_text", None, "ok", None),
    ]


def test_a_payment_card_s_details_are_never_an_item_to_add() -> None:
    # Once "add the item '4242 4242 4242 4242, expiry 12/30, CVC 123'".
    refused("Enter card 4242 4242 4242 4242, expiry 12/30, CVC 123")
    assert steps("Add a card called Design review") == [("add_item", None, "Design review", None)]


def test_a_change_asked_for_is_never_a_check_of_its_result() -> None:
    # Once "the part 'Edit Buy milk' shows 'Buy oat milk'".
    refused("Edit Buy milk to say Buy oat milk")
    # Once an item named '"Write report" with due date tomorrow'.
    refused('Add a new task "Write report" with due date tomorrow')
    assert steps('add a task "Write report"') == [("add_item", None, "Write report", None)]


def test_there_is_no_part_of_the_page() -> None:
    # Once the part named "there", said to show "Save and Cancel buttons".
    assert steps("there are Save and Cancel buttons") == [
        ("expect_visible", Target(text="Save", role="button"), None, None),
        ("expect_visible", Target(text="Cancel", role="button"), None, None),
    ]
    refused("there are open issues")


def test_a_second_state_after_and_is_said_of_the_same_subject() -> None:
    assert steps("the Save button is visible and enabled") == [
        ("expect_visible", Target(text="Save", role="button"), None, None),
        ("expect_enabled", Target(text="Save", role="button"), None, None),
    ]


def test_what_a_part_says_after_and_is_said_of_that_part() -> None:
    # Once "the page shows Welcome": the heading was dropped from the second check.
    assert steps("the heading is visible and says Welcome")[1] == (
        "expect_visible",
        Target(text="Welcome", role="heading"),
        None,
        None,
    )
    assert steps("make sure example.com/pricing is up and mentions Starter")[1] == (
        "expect_text",
        None,
        "Starter",
        None,
    )
    # A field's states are no words in it.
    refused("the Email field is required and empty")


def test_a_title_or_address_that_changes_is_checked_as_the_title_or_address() -> None:
    # Once a part of the page named "page title", said to show "Dashboard".
    assert steps("verify the page title changes to Dashboard") == [
        ("expect_title", None, "Dashboard", None)
    ]
    assert steps("the URL should change to /products/chairs") == [
        ("expect_url", None, "/products/chairs", None)
    ]


def test_typing_started_is_typing() -> None:
    # Once a check that the city field showed "Start typing Ber".
    assert steps("Start typing Ber in the city field") == [
        ("fill", Target(text="city", role="textbox"), "Ber", None)
    ]


def test_focus_is_no_words_in_a_field() -> None:
    # Once a check that the Email field held the word "focus".
    refused("Check that the Email field has focus")
    refused("the search box is focused")
    assert steps("the page says Focus") == [("expect_text", None, "Focus", None)]


def test_a_device_or_browser_to_run_on_is_refused() -> None:
    # Once "open the part 'hamburger menu on mobile'".
    assert refused("On mobile, open the hamburger menu") == "On mobile"
    assert "mobile" in refused("open the menu on mobile")
    refused("In dark mode, the logo is visible")
    # "turn on dark mode" is a switch of the page's own, once refused as a browser setting
    assert steps("turn on Dark mode") == [
        ("check", Target(text="Dark mode", role="checkbox"), None, None)
    ]
    refused("open the pricing page in dark mode")
    # Once refused: a field the form names so, as its capital says
    assert steps("Enter 555-0100 in Phone") == steps("Type 555-0100 into Phone")
    refused("Enter 555-0100 on mobile")
    assert steps("In the mobile menu, tap Pricing") == [
        ("click", Target(text="Pricing", within="mobile menu"), None, None)
    ]


def test_a_status_page_has_no_address_to_look_for() -> None:
    # Once a check that the URL contained "404".
    refused("Visit /does-not-exist and verify a 404 page is shown")


def test_now_after_a_name_may_end_it() -> None:
    # Once the button "Buy" checked for "Buy now", and "Join now appears" a click on a
    # control named so.
    for goal in (
        "check that Buy now becomes enabled",
        "Join now is shown",
        "Join now appears",
        "Buy now shows Sold out",
    ):
        refused(goal)
    assert steps("'Buy now' now becomes enabled") == [
        ("expect_enabled", Target(text="Buy now"), None, None)
    ]
    assert steps("the Save button now becomes enabled") == [
        ("expect_enabled", Target(text="Save", role="button"), None, None)
    ]
    assert steps("Save is now enabled") == [("expect_enabled", Target(text="Save"), None, None)]
    assert steps("The price now shows $5") == [("expect_text", Target(text="price"), "$5", None)]


def test_the_text_is_the_page_s_words() -> None:
    # Once a part of the page named "text".
    assert steps('verify the text says "Sometimes you will see."') == [
        ("expect_text", None, "Sometimes you will see.", None)
    ]


def test_what_each_one_has_is_no_one_check() -> None:
    # Once one "Add to cart" button inside a part named "In the product list, each item".
    refused("In the product list, each item should have an Add to cart button")


def test_a_cost_named_before_its_verb_is_the_subject() -> None:
    # Once refused: "cost" was read as the verb of "the shipping".
    assert steps("the shipping cost should be $15.00") == [
        ("expect_text", Target(text="shipping cost"), "$15.00", None)
    ]
    assert steps("Oak Chair costs $15") == [("expect_text", Target(text="Oak Chair"), "$15", None)]


def test_a_thing_made_and_named_is_no_control_s_name() -> None:
    # Once a click on a control named "create a project named Apollo": now made by the
    # page's own form, opened by its "New project" control (tests/test_intents_records.py)
    for goal in ("create a project named Apollo", "Create a new project called 'Apollo'"):
        assert steps(goal) == [("add_item", Target(text="project"), "Apollo", None)]
    assert steps("make a new folder called Invoices 2026") == [
        ("add_item", Target(text="folder"), "Invoices 2026", None)
    ]
    # more said of it than its name: a field of it, which no step fills
    refused("create a project called Apollo with the description Moon")


def test_from_a_page_the_steps_start_there() -> None:
    # Once refused at "From the settings page".
    for goal in ("From the settings page, click Billing", "From the settings page click Billing"):
        assert steps(goal) == [
            ("visit", Target(text="settings"), None, None),
            ("click", Target(text="Billing"), None, None),
        ]


def test_every_word_for_a_kind_names_only_the_kind() -> None:
    # Once "the 2nd radio button" looked for a radio named "radio button".
    for noun, role in ELEMENT_NOUNS.items():
        if role is not None:
            assert Target(text=noun, role=role).names_kind, noun
    assert steps("Select the 2nd radio button") == [
        ("click", Target(text="radio button", role="radio", nth=1), None, None)
    ]


def test_an_item_with_more_said_of_it_is_refused() -> None:
    # Once the item "Groceries with body Milk, eggs".
    refused("create a new note titled Groceries with body Milk, eggs")
    refused("add a task called Call mom with high priority")
    assert steps("add a task called Fish and Chips") == [("add_item", None, "Fish and Chips", None)]


def test_a_field_described_holds_no_such_words() -> None:
    # Once the words "type password" looked for in a part named "password".
    refused("Verify the password field is of type password")
    refused("the Notes field is long text")
    assert steps("the username field is alice") == [
        ("expect_text", Target(text="username", role="textbox"), "alice", None)
    ]


def test_a_control_s_property_is_no_part_of_the_page() -> None:
    # Once parts named "input placeholder" and "button"; and "Send message" anywhere.
    refused('The input placeholder should be "Search..."')
    refused("Check the button text is Submit")
    refused('Verify the submit button label reads "Send message"')
    assert steps('the "Flash Message" element text contains "Saved"') == [
        ("expect_text", Target(text="Flash Message"), "Saved", None)
    ]


def test_names_said_apart_are_each_checked() -> None:
    # Once "John Doe both" was the words looked for.
    assert steps("verify Jane Doe and John Doe both appear") == [
        ("expect_text", None, "Jane Doe", None),
        ("expect_text", None, "John Doe", None),
    ]
    for goal in ("Alice and Bob are both listed", "both Alice and Bob are listed"):
        assert steps(goal) == [
            ("expect_text", None, "Alice", None),
            ("expect_text", None, "Bob", None),
        ]
    refused("the items all appear")


def test_two_subjects_of_a_statement_are_never_a_click() -> None:
    # Once a click on Save, then a check of Cancel alone.
    assert steps("Save and Cancel should be visible") == [
        ("expect_text", None, "Save and Cancel", None)
    ]
    assert steps("Save and check Saved is shown") == [
        ("press_named", Target(text="Save"), None, None),
        ("expect_text", None, "Saved", None),
    ]


def test_an_address_or_title_after_its_name_is_checked_as_one() -> None:
    # Once the words "URL /signup" looked for on the page, and a box "page title: X" ticked.
    for goal in ("expect URL /signup", "verify URL: /signup"):
        assert steps(goal) == [("expect_url", None, "/signup", None)]
    assert steps("check page title: Dashboard") == [("expect_title", None, "Dashboard", None)]
    # A line alone stays a field's: "URL: https://acme.dev" is typed
    assert steps("URL: https://acme.dev")[0][0] == "fill"


def test_a_colon_after_the_verb_opens_the_pairs() -> None:
    # Once a field named "in", typed "Name: Ada".
    assert steps("Fill in: Name: Ada, URL: https://ada.dev") == [
        ("fill", Target(text="Name"), "Ada", None),
        ("fill", Target(text="URL"), "https://ada.dev", None),
    ]


def test_words_said_somewhere_are_never_looked_for_anywhere() -> None:
    # Once "the page shows 'Out of stock'": any product's label would do.
    refused('there is an "Out of stock" label on Oak Chair')
    refused('I should see a "Saved" message in the header')
    assert steps('a "Welcome" message is displayed in the dialog') == [
        ("expect_text", Target(text="dialog", role="dialog"), "Welcome", None)
    ]


def test_a_place_said_again_is_that_place() -> None:
    # Once a part of the page named "cart anymore".
    assert steps("Verify Oak Chair is not in the cart anymore") == [
        ("expect_no_text", Target(text="cart"), "Oak Chair", None)
    ]


def test_values_described_in_two_fields_are_never_the_same_words() -> None:
    # Once the test's password typed into both: they matched, which the goal said they must not.
    refused("Type mismatched passwords in Password and Confirm password")
    refused("use mismatched passwords for Password and Confirm password")
    assert [s[0] for s in steps("type hunter22 into Password and Confirm password")] == [
        "fill",
        "fill",
    ]


def test_all_fields_left_blank_is_no_field_named() -> None:
    # Once a check that a field named "Leave all" was empty, then refused; and "leave
    # everything empty" typed nothing into a field named "everything". Leaving is no step.
    for goal in (
        "Leave all fields blank and click Submit",
        "leave everything empty, then click Submit",
        "Don't fill anything in, just click Submit",
    ):
        assert steps(goal) == [("click", Target(text="Submit"), None, None)]
    assert steps("Leave the email blank") == [("fill", Target(text="email"), "", None)]


def test_a_password_ending_in_a_bang_keeps_it() -> None:
    # Once "P@ssw0rd": the "!" was read as the end of the sentence, and the sign-in failed.
    for goal, secret in (
        ("Sign in as user1@example.com with password P@ssw0rd!", "P@ssw0rd!"),
        ("log in as tomsmith / SuperSecretPassword!, then open Settings", "SuperSecretPassword!"),
        ("type hunter2! into Password", "hunter2!"),
    ):
        assert read(goal).secrets == {"password": secret}, goal
    assert steps("the page says Hello!") == [("expect_text", None, "Hello", None)]


def test_an_account_the_test_does_not_have_is_refused() -> None:
    # Once the test's own account signed in as "a new user"; and "stay signed in" signed in
    # a second time.
    refused("Log in as a new user")
    refused("log in as a guest")
    assert refused("Log in and stay signed in") == "stay signed in"
    assert steps("Log in as an admin")[0][0] == "sign_in"


def test_a_second_role_is_refused_the_test_has_one_account() -> None:
    # Once an admin and a viewer both signed in with the test's one account.
    goal = "Log in as an admin, create a project called X, log out, log in as a viewer"
    assert refused(goal) == "log in as a viewer"
    assert [s[0] for s in steps("log in as an admin, log out, log in as an admin again")] == [
        "sign_in",
        "sign_out",
        "sign_in",
    ]


def test_a_clause_after_click_through_or_a_saying_verb_is_no_name() -> None:
    # Once a click on "through to the second page of results", and a row named "row shows
    # the total $99.00".
    refused("Click through to the second page of results")
    refused("Check that the last row shows the total $99.00")
    assert steps("the last row shows $99.00") == [
        ("expect_text", Target(text="row", role="row", nth=-1), "$99.00", None)
    ]


def test_one_of_several_removed_is_not_the_whole_line() -> None:
    # Once the item "one Oak Chair" deleted.
    refused("Remove one Oak Chair from the cart")
    assert steps("Remove Oak Chair from the cart") == [
        ("delete_item", Target(text="Oak Chair"), None, None)
    ]


def test_a_statement_after_check_is_never_a_box_to_tick() -> None:
    # Once a box "robots.txt allows crawling" ticked.
    refused("Check robots.txt allows crawling")
    assert steps("Check Allow notifications") == [
        ("check", Target(text="Allow notifications", role="checkbox"), None, None)
    ]


def test_only_a_thing_that_ticks_is_ticked_by_check() -> None:
    # Once a box named "page" ticked.
    refused("check the page")
    assert steps("check the Dark mode box") == [
        ("check", Target(text="Dark mode", role="checkbox"), None, None)
    ]


def test_quoted_names_after_a_comma_are_more_items_to_add() -> None:
    # Once refused at '"Walk dog" and "Read book"' when a step came first.
    assert steps('Go to /todo, add "Buy milk", "Walk dog" and "Read book"')[1:] == [
        ("add_item", None, "Buy milk", None),
        ("add_item", None, "Walk dog", None),
        ("add_item", None, "Read book", None),
    ]


def test_all_of_several_is_no_one_control() -> None:
    # Once a click on a control named "all todos as completed".
    refused("Toggle all todos as completed")
    refused("select all items")
    assert steps("click All products") == [("click", Target(text="All products"), None, None)]


def test_a_part_on_a_named_page_is_that_part_on_that_page() -> None:
    # Once "the page shows 'npm install acme'": the code sample was dropped; then the
    # Quickstart page was, and the check made on whatever page was open
    assert steps('Check the code sample on the Quickstart page includes "npm install acme"') == [
        ("visit", Target(text="Quickstart"), None, None),
        ("expect_text", Target(text="code sample"), "npm install acme", None),
    ]
    assert steps("the sign in page says Welcome") == [
        ("visit", Target(text="sign in"), None, None),
        ("expect_text", None, "Welcome", None),
    ]
    # Once an image named "homepage hero": the page opened, then the image in its hero
    assert steps("Verify the homepage hero image loads") == [
        ("goto", None, "{{url}}", None),
        ("expect_visible", Target(text="image", role="img", within="hero"), None, None),
    ]


def test_a_state_said_of_a_name_is_never_a_click_on_it() -> None:
    # Once a click on a control named "Buy now becomes enabled".
    refused("Buy now becomes enabled")
    refused("Buy now is checked")


def test_a_statement_after_search_is_never_a_query() -> None:
    # Once a search for "results displayed", and one for "box visible".
    assert steps("Search results displayed") == SOME_RESULTS
    refused("Search results shown for lamp")
    assert steps("Search box visible") == [
        ("expect_visible", Target(text="Search", role="textbox"), None, None)
    ]
    assert steps("Spinner gone") == [
        ("expect_hidden", Target(text="spinner", role="progressbar"), None, None)
    ]


def test_the_chosen_one_of_a_kind_is_the_one_named() -> None:
    # Once a tab named "selected" said to show "Overview".
    assert steps("The selected tab is Overview") == steps("the Overview tab is selected")
    assert steps("The checked radio is Monthly") == [
        ("expect_checked", Target(text="Monthly", role="radio"), None, None)
    ]
    refused("the selected tab is the second one")


def test_a_property_of_a_control_is_no_field_s_name() -> None:
    # Once a field named "placeholder of the search" said to hold "Search docs".
    refused('The placeholder of the search box is "Search docs"')
    # Once a part named "Name field's placeholder" said to show "Your name".
    refused('The Name field\'s placeholder is "Your name"')
    # Once a part named "search box placeholder" said to show "Search products".
    refused('Ensure the search box placeholder says "Search products"')
    refused("the search bar's placeholder is Search")


def test_any_one_of_a_kind_is_for_the_page_to_choose_so_refused() -> None:
    # Once clicks on controls named "product", "date" and "earliest time slot".
    for goal in ("click a product", "pick a date", "Select the earliest time slot", "click a link"):
        refused(goal)
    assert steps("click a button named Save") == [
        ("click", Target(text="Save", role="button"), None, None)
    ]


def test_a_step_done_in_a_place_is_never_words_shown_there() -> None:
    # Once a check that the poll showed "Vote for option B".
    refused("Vote for option B in the poll")
    assert steps("Milk in the list") == [
        ("expect_text", Target(text="list", role="list"), "Milk", None)
    ]


def test_being_signed_in_as_an_outcome_is_never_a_sign_in() -> None:
    # Once each signed in with the test's account: after a wrong password, the run passed.
    refused("I should be logged in")
    refused("Then I am logged in")
    refused("When I log in with a wrong password\nThen I see Welcome\nAnd I am logged in")
    # Said as where the journey starts, it is the sign-in it takes
    assert steps("Given I visit /login\nAnd I am logged in")[1][0] == "sign_in"


def test_being_on_a_page_as_an_outcome_is_checked_never_visited() -> None:
    # Once "Be on the 'dashboard' page", which follows a link there, and "Go to {{url}}":
    # each held whatever page the journey had reached.
    assert steps("Then I am on the dashboard page") == [("expect_url", None, "dashboard", None)]
    # The kind of page a click opened names no page to be on: the page open is it
    goal = "Click the row for Order #1042 and check the detail page shows Shipped"
    assert steps(goal)[1:] == [("expect_text", None, "Shipped", None)]
    assert steps("verify the inventory page shows 6 products")[0] == (
        "visit",
        Target(text="inventory"),
        None,
        None,
    )
    assert steps("Then the user is on the home page") == [("expect_url", None, "{{url}}", None)]
    assert steps("Given I am on the dashboard page") == [
        ("visit", Target(text="dashboard"), None, None)
    ]


def test_someone_s_field_is_no_field_named_so() -> None:
    # Once a field named "Bob's role" filled with "Admin"; now the role in Bob's row
    his_role = [("fill", Target(text="role", within="Bob"), "Admin", None)]
    assert steps("Change Bob's role to Admin") == his_role
    assert steps("set the role of Bob to Admin") == his_role
    # Once a field named "status of ticket #42"
    refused("Change the status of ticket #42 to Closed")
    refused("Set ticket #42's status to Closed")
    assert steps("set Oak Chair's quantity to 2") == [
        ("fill", Target(text="quantity", within="Oak Chair"), "2", None)
    ]


def test_a_code_said_with_what_it_is_is_the_code() -> None:
    # Once refused: "the tracking number 1Z999…" was no name and no words.
    assert steps("Check the tracking number 1Z999AA10123456784 is shown") == [
        ("expect_text", None, "1Z999AA10123456784", None)
    ]
    assert steps("Room 101 is shown") == [("expect_text", None, "Room 101", None)]


def test_a_page_at_an_address_is_opened_there() -> None:
    # Once fields looked for in a part named "signup page at /signup".
    assert steps("verify the signup page at /signup has fields for Name and Email") == [
        ("goto", None, "/signup", None),
        ("expect_visible", Target(text="Name", role="textbox"), None, None),
        ("expect_visible", Target(text="Email", role="textbox"), None, None),
    ]


def test_what_nothing_says_is_never_what_a_part_named_no_says() -> None:
    # Once "'no component' shows 'Major Outage'": the check said the opposite of the goal.
    refused("Verify no component shows Major Outage")
    # no item of a list is a kind of element: none of them shows the words
    assert steps("no item shows 'Bread'") == [
        ("expect_hidden", Target(text="Bread", role="listitem"), None, None)
    ]
    # Once the absence of "Name says Bob", which no page ever shows
    refused("No Name says Bob")


def test_an_absence_is_never_an_element_named_no() -> None:
    # Once a check that a field named "no e-mail" was shown.
    refused("no e-mail field on the page")
    assert steps("click No thanks") == [("click", Target(text="No thanks"), None, None)]


def test_label_lines_after_a_part_shows_are_checks() -> None:
    # Once refused at "the summary shows".
    assert steps("Then the summary shows:\nSubtotal: $20\nTotal: $25") == [
        ("expect_text", Target(text="Subtotal"), "$20", None),
        ("expect_text", Target(text="Total"), "$25", None),
    ]


def test_a_link_to_an_address_is_no_link_named_by_it() -> None:
    # Once a link named "/blog" looked for.
    refused("Check that the nav has a link to /blog")
    assert steps("the footer has a link to Pricing") == [
        ("expect_visible", Target(text="Pricing", role="link", within="footer"), None, None)
    ]


def test_a_verb_never_ends_a_place() -> None:
    # Once an image looked for inside a part named "Oak Chair loads".
    refused("Verify the product image for Oak Chair loads")
    assert steps("click Edit for Bob") == [("click", Target(text="Edit", within="Bob"), None, None)]


def test_on_a_site_the_steps_start_there() -> None:
    # Once refused at "on saucedemo.com".
    assert steps("on saucedemo.com, log in as standard_user with secret_sauce")[0] == (
        "goto",
        None,
        "https://saucedemo.com",
        None,
    )


def test_a_signed_in_user_given_is_the_test_s_sign_in() -> None:
    # Once set aside as an assumption: the journey never signed in.
    assert steps("Given I am a logged in admin\nWhen I open /admin")[0][0] == "sign_in"
    refused("Then I am a logged in user")


def test_a_field_set_equal_to_a_value_is_filled_with_it() -> None:
    # Once refused at "Set First Name = Ada".
    assert steps("Set First Name = Ada, Last Name = Lovelace") == [
        ("fill", Target(text="First Name"), "Ada", None),
        ("fill", Target(text="Last Name"), "Lovelace", None),
    ]


def test_a_kind_after_someone_s_name_is_no_element_named_by_them() -> None:
    # Once a button named "Starter plan's".
    refused("The Starter plan's button says Get started")
    assert steps("click the Driver's License field") == [
        ("click", Target(text="Driver's License", role="textbox"), None, None)
    ]


def test_a_time_said_first_is_never_part_of_what_is_checked() -> None:
    # Once the absence of the words "After a few seconds the": true on every page.
    refused("After a few seconds the toast should disappear")
    # Once a plain check: "within 5 seconds" was dropped, and 30 seconds would do.
    refused('Within 5 seconds the page should show "Connected"')


def test_a_size_on_screen_is_never_words_shown() -> None:
    # Once the words "200px wide" looked for in an image.
    refused("The image is 200px wide")
    assert steps("the price is 200") == [("expect_text", Target(text="price"), "200", None)]


def test_a_cell_named_by_its_column_and_row_is_that_row_s_value() -> None:
    # Once a cell inside a part named "Price for Blue Mug", which no page has.
    price = [("expect_text", Target(text="Price", within="Blue Mug"), "$12", None)]
    for goal in (
        "Check the cell under Price for Blue Mug is $12",
        "the cell in the Price column for Blue Mug is $12",
        "the Price cell for Blue Mug says $12",
    ):
        assert steps(goal) == price, goal


def test_a_label_a_thing_of_a_kind_has_is_the_value_its_item_labels() -> None:
    # Once the words "status Active" in a part named "project Apollo"
    assert steps("the project Apollo has status Active") == [
        ("expect_text", Target(text="status", within="Apollo"), "Active", None)
    ]
    refused("the order 1042 has status Shipped")  # its row may say "#1042"


def test_a_variable_said_with_what_it_is_is_its_value() -> None:
    # Once refused, though "the order number 1042 is shown" was read
    assert steps("Check the order number {{order}} is shown") == [
        ("expect_text", None, "{{order}}", None)
    ]
    # a quoted name keeps the kind it is said with
    assert steps("the submit button 'Send' is shown") == [
        ("expect_visible", Target(text="Send", role="button"), None, None)
    ]


def test_a_request_that_people_can_still_do_a_thing_titles_the_steps_after() -> None:
    # Once refused at the request itself; the steps after it say what doing it is
    goal = (
        "Can you check that customers can still check out? Add the Blue Mug to the cart"
        " and check the cart says 1 item."
    )
    assert [s[0] for s in steps(goal)] == ["click", "expect_text"]
    # said of the reader, it is the check itself
    assert steps("Make sure you can see the Sign out link after logging in")[-1] == (
        "expect_visible",
        Target(text="Sign out", role="link"),
        None,
        None,
    )
    refused("Can you make sure users can still sign up?")  # and no steps say how


def test_words_end_where_a_second_statement_of_the_subject_starts() -> None:
    # Once the words "Contact sales and doesn't show a price", which no plan shows
    refused("Make sure the Enterprise plan still says Contact sales and doesn't show a price")
    assert steps("the page says Tom and Jerry") == [("expect_text", None, "Tom and Jerry", None)]
    assert steps("the banner says 'Save and don't forget'") == [
        ("expect_text", Target(text="banner"), "Save and don't forget", None)
    ]


def test_the_search_bar_is_the_search_box() -> None:
    # Once refused, though "the search box is shown in the header" was read
    assert steps("Ensure the search bar is present in the header") == [
        ("expect_visible", Target(text="search", role="textbox", within="header"), None, None)
    ]


def test_a_dropdown_said_first_with_no_comma_holds_the_choice() -> None:
    # Once refused without the comma that "In the Country dropdown, pick Canada" has
    for goal in ("In the Country dropdown pick Canada", "from the Country dropdown select Canada"):
        assert steps(goal) == [
            ("select", Target(text="Country", role="combobox"), "Canada", None)
        ], goal


def test_two_fields_set_in_one_sentence_are_each_set() -> None:
    # Once "High and Status to Open" typed into Priority
    assert steps("Set Priority to High and Status to Open") == [
        ("fill", Target(text="Priority"), "High", None),
        ("fill", Target(text="Status"), "Open", None),
    ]
    assert steps("set Title to Tom and Jerry") == [
        ("fill", Target(text="Title"), "Tom and Jerry", None)
    ]


def test_a_select_and_a_page_s_size_name_controls_never_pages() -> None:
    # Once a visit to an "Items per" page, then a click on "10 select"
    assert steps("Choose 10 in the Items per page select") == [
        ("select", Target(text="Items per page", role="combobox"), "10", None)
    ]
    assert steps("the Country select shows Canada") == [
        ("expect_selected", Target(text="Country", role="combobox"), "Canada", None)
    ]


def test_a_name_then_its_kind_is_never_a_place_inside_the_name() -> None:
    # Once "Share" inside a part named "Twitter button"
    assert steps("click the Share on Twitter button") == [
        ("click", Target(text="Share on Twitter", role="button"), None, None)
    ]
    assert steps("click Add to cart on Oak Chair") == [
        ("click", Target(text="Add to cart", within="Oak Chair"), None, None)
    ]


def test_things_searched_with_criteria_are_never_one_query() -> None:
    # Once "flights from London to Paris on 12 March" typed into one search box: any
    # result passed "at least one result", with no flight's route or date ever set
    refused("Search flights from London to Paris on 12 March and check a result is shown")
    refused("search products under $50")
    assert steps("search for 'flights from London'")[0][2] == "flights from London"
    # what a list holds "among" its things is said of a place, never words run into it
    refused("Check the hotel page lists Free WiFi and Pool among the amenities")


def test_whether_a_control_can_be_chosen_is_never_whether_it_is() -> None:
    # Once "not checked": a Pro radio anyone could select passed "can't be selected"
    for goal in (
        "the Pro radio can't be selected",
        "the Terms checkbox can't be unchecked",
        "Remember me can be ticked",
    ):
        refused(goal)
    assert steps("the Pro radio should be selected") == [
        ("expect_checked", Target(text="Pro", role="radio"), None, None)
    ]


def test_a_heading_with_its_level_said_after_is_a_heading_of_that_level() -> None:
    # Once a part named "heading level 1", which no page has
    assert steps("the heading level 2 is Pricing") == [
        ("expect_visible", Target(text="Pricing", role="heading", level=2), None, None)
    ]


def test_a_page_said_after_a_value_set_is_never_typed() -> None:
    # Once "Pro from the Billing page" typed into the plan field
    refused("Change the plan to Pro from the Billing page")
    assert steps("set the title to 'Back on the home page'") == [
        ("fill", Target(text="title"), "Back on the home page", None)
    ]


def test_waiting_for_the_dashboard_is_waiting_to_be_on_it() -> None:
    # Once refused, though "I should be on the dashboard" was read
    for goal in ("Log in and wait for the dashboard", "wait until the dashboard loads"):
        assert steps(goal)[-1] == ("expect_url", None, "dashboard", None), goal
    # Once refused as a check: the journey is there, as "the dashboard page loads"
    for goal in ("Log in and make sure the dashboard loads", "check the inbox opens"):
        assert steps(goal)[-1][0] == "expect_url", goal
    assert steps("the dashboard should load")[-1] == ("expect_url", None, "dashboard", None)
    refused("the dashboard widget loads")
    assert steps("when I enter valid credentials, then I should see my dashboard")[-1] == (
        "expect_url",
        None,
        "dashboard",
        None,
    )


def test_a_dialog_that_appears_asking_shows_those_words() -> None:
    # Once refused
    dialog = [("expect_text", Target(text="dialog", role="dialog"), "Are you sure?", None)]
    assert steps('Then a confirmation dialog appears asking "Are you sure?"') == dialog
    assert steps("a dialog appears saying 'Are you sure?'") == dialog
    refused("a dialog opens asking whether to delete it")
    # Once refused: "should appear", "with the text"; a title said is the dialog's heading
    assert steps("a dialog should appear with the text 'Are you sure?'") == dialog
    assert steps("check a dialog opens with the title About us") == [
        ("expect_visible", Target(text="About us", role="heading", within="dialog"), None, None)
    ]
    refused("a dialog opens with the title about the plan")


def test_words_said_to_be_words_are_read_in_any_case() -> None:
    # Once refused: words in lower case were taken for a description
    assert steps("the word undefined does not appear") == [
        ("expect_no_text", None, "undefined", None)
    ]
    assert steps("the page should not contain the words lorem ipsum") == [
        ("expect_no_text", None, "lorem ipsum", None)
    ]
    assert steps("the word beta is shown") == [("expect_text", None, "beta", None)]
    refused("the words are shown")


def test_a_thing_from_before_is_the_one_seen_earlier_in_no_part_so_named() -> None:
    # Once an error inside a part named "before": absent wherever no such part is
    for goal in ("the error from before is gone", "the error from the previous step is gone"):
        assert steps(goal) == [("expect_hidden", Target(text="error", role="alert"), None, None)]


def test_clicks_said_after_by_clicking_are_never_one_name() -> None:
    # Once a click on a control named "Next three times and then Done"
    refused("Complete the onboarding tour by clicking Next three times and then Done")
    assert [s[2] for s in steps("click Next 3 times and then Done")] == [None] * 4


def test_an_amount_a_column_has_for_a_row_is_that_row_s_value() -> None:
    # Once a label "INV-003" in an item named "Amount column", and the words "$120.00 in
    # the Invoices table's Amount column"
    assert steps("the Amount column has $120.00 for INV-003") == [
        ("expect_text", Target(text="Amount", within="INV-003"), "$120.00", None)
    ]
    refused("Check the Invoices table's Amount column has $120.00 for INV-003")


def test_a_query_ends_at_a_colon_before_what_it_finds() -> None:
    # Once the query "zzz: no results" typed whole, and nothing checked
    assert [s[0] for s in steps("Search for zzz: no results")] == ["search", "expect_count"]
    assert steps("Search for zzz: no results")[0][2] == "zzz"
    assert steps("search for 'Error: 404'")[0][2] == "Error: 404"


def test_an_entry_of_a_menu_is_clicked_once_the_menu_is_open() -> None:
    # Once an option chosen in a drop-down list named "account menu"; and a menu named
    # "user menu (top right)"
    opened = steps("Open the account menu and choose Billing")
    assert steps("From the account menu choose Billing") == opened
    assert steps("choose Billing from the account menu") == opened
    assert steps("Open the user menu (top right) and click Log out") == steps(
        "Open the user menu and click Log out"
    )
    assert steps("click the (new) button")[0][1] == Target(text="(new)", role="button")


def test_a_dashboard_figure_is_the_part_its_name_names() -> None:
    # Once a part named "KPI card Total users", which no page names so
    figure = [("expect_text", Target(text="Total users"), "1,024", None)]
    assert steps("Verify the KPI card Total users shows 1,024") == figure
    assert steps("the Total users metric says 1,024") == figure


def test_a_thing_of_a_kind_named_in_a_place_is_its_name_there() -> None:
    # Once refused, and once "the page" shows it: the place said was dropped
    assert steps("the task 'Buy milk' is in the list") == [
        ("expect_text", Target(text="list", role="list"), "Buy milk", None)
    ]
    assert steps("Expected: the note 'Buy milk' appears in the list") == [
        ("expect_text", Target(text="list", role="list"), "Buy milk", None)
    ]
    assert steps("the user Bob is not in the list") == [
        ("expect_no_text", Target(text="list", role="list"), "Bob", None)
    ]
    # an item is an element of a list, by its words
    assert steps("the item 'Buy milk' appears in the list") == [
        ("expect_visible", Target(text="Buy milk", role="listitem", within="list"), None, None)
    ]


def test_it_after_save_and_reload_is_the_control_turned_before_saving() -> None:
    # Once refused at "verify it's still off": the save came between
    goal = "toggle 'Email notifications' off, save, reload, and verify it's still off"
    assert steps(goal)[-1] == (
        "expect_unchecked",
        Target(text="Email notifications", role="checkbox"),
        None,
        None,
    )
    refused("click Save and check it is disabled")  # the Save button, or what it saved?


def test_a_copyright_year_is_looked_for_in_the_copyright_line() -> None:
    # Once "2026" anywhere on the page, and "the footer copyright" a part named so
    assert steps("the copyright year is 2026") == [
        ("expect_text", Target(text="copyright year"), "2026", None)
    ]
    assert steps("Check the footer copyright year is 2026") == [
        ("expect_text", Target(text="copyright year", within="footer"), "2026", None)
    ]
    assert steps("the page shows the copyright year 2026") == [
        ("expect_text", Target(text="copyright"), "2026", None)
    ]


def test_there_after_opening_a_part_is_that_part() -> None:
    # Once anywhere on the page, which may name the thing already (its product page)
    in_wishlist = ("expect_text", Target(text="wishlist"), "Oak Chair", None)
    assert steps("Open the wishlist and check Oak Chair is there")[1] == in_wishlist
    assert steps("Open the wishlist. Oak Chair should be there.")[1] == in_wishlist
    # a page gone to is where "there" is
    assert steps("go to /cart and check Oak Chair is there")[1] == (
        "expect_text",
        None,
        "Oak Chair",
        None,
    )


def test_agreeing_after_a_form_s_pairs_is_a_step_of_its_own() -> None:
    # Once refused at "agree to the terms", read as one more field's pair.
    goal = "Complete the registration form: first name John, email j@x.io, and agree to the terms"
    assert steps(goal) == [
        ("fill", Target(text="first name"), "John", None),
        ("fill", Target(text="email"), "j@x.io", None),
        ("check", Target(text="terms", role="checkbox"), None, None),
    ]


def test_a_question_mark_inside_a_name_ends_no_sentence() -> None:
    # Once refused at "Check the login form has a Forgot password", then at "link".
    assert steps("Click the Forgot password? link") == [
        ("click", Target(text="Forgot password?", role="link"), None, None)
    ]
    assert steps("Click Delete; a Delete project? dialog appears")[1] == (
        "expect_visible",
        Target(text="Delete project?", role="dialog"),
        None,
        None,
    )
    assert [s[0] for s in steps("Is the Save button there? Click it")] == [
        "expect_visible",
        "click",
    ]
    # nor a title's full stop: once refused at "… should list Dr"
    assert steps("Click Save. The list should show Dr. Smith") == [
        ("click", Target(text="Save"), None, None),
        ("expect_text", Target(text="list", role="list"), "Dr. Smith", None),
    ]


def test_what_a_thing_does_is_never_part_of_its_name() -> None:
    # Once a heading named "anchor link #installation scrolls to the Installation".
    refused("Check the anchor link #installation scrolls to the Installation heading")
    refused("Check the page links to the Pricing heading")
    assert steps("check the Go to checkout button") == [
        ("expect_visible", Target(text="Go to checkout", role="button"), None, None)
    ]


def test_how_a_thing_looks_is_never_words_it_shows() -> None:
    # Once a heading named "bold": a "Bold ideas" heading passed "the heading is bold".
    for goal in (
        "Check the heading is bold",
        "the title is red",
        "the main heading is large",
        "the heading is in bold and centered",
        "the heading is accurate",
    ):
        refused(goal)
    assert steps("the heading is Big Sale") == [
        ("expect_visible", Target(text="Big Sale", role="heading"), None, None)
    ]


def test_an_address_said_of_a_part_is_words_it_shows() -> None:
    # Once refused: a value in lower case was taken for a description.
    assert steps("check the sender is bob@x.io") == [
        ("expect_text", Target(text="sender"), "bob@x.io", None)
    ]
    refused("the email is already taken")


def test_a_list_s_own_marks_are_no_words_of_its_steps() -> None:
    # Once refused at "ii", "Step two" and "1 - open /login".
    for goal in (
        "i. Go to /pricing\nii. Click Pro\niii. The page says Checkout",
        "Step one: go to /pricing. Step two: click Pro. Step three: the page says Checkout",
        "1 - go to /pricing\n2 - click Pro\n3 - the page says Checkout",
    ):
        assert steps(goal) == [
            ("goto", None, "/pricing", None),
            ("click", Target(text="Pro"), None, None),
            ("expect_text", None, "Checkout", None),
        ], goal


def test_an_address_that_redirects_is_opened_and_left() -> None:
    redirected = [("goto", None, "/old-pricing", None), ("expect_url", None, "/pricing", None)]
    assert steps("/old-pricing redirects to /pricing") == redirected
    assert steps("Visiting /old-pricing should redirect to /pricing") == redirected
    assert steps("Going to /old-pricing takes you to /pricing") == redirected
    assert steps("Open /old-pricing; it should redirect to /pricing") == redirected
    # A move to where the address opened already is can never fail.
    refused("/old-pricing should redirect to the pricing page")
    refused("Go to /old-pricing and you should be redirected to the pricing page")
    # Said as an address, it is that address exactly (once refused too)
    for goal in (
        "/pricing-old redirects to /pricing",
        "Go to /old/pricing; it redirects to /pricing",
    ):
        step = read_goal(goal).steps[-1]
        assert (step.action, step.value, step.compare) == ("expect_url", "/pricing", "equals")
    # Staying is no move: the address is checked after it opens.
    assert steps("Go to /admin and you should still be on /admin")[-1] == (
        "expect_url",
        None,
        "/admin",
        None,
    )


def test_a_statement_after_a_value_is_a_check_never_more_of_the_value() -> None:
    # Once "Fill 'quantity' with '2 and the total should be $20'": the check was lost.
    then_total = [("expect_text", Target(text="total"), "$20", None)]
    for goal in (
        "Set the quantity to 2 and the total should be $20",
        "Fill Quantity with 2, and the total should be $20",
    ):
        assert steps(goal)[1:] == then_total
    assert steps("Set the title to Pride and Prejudice") == [
        ("fill", Target(text="title"), "Pride and Prejudice", None)
    ]


def test_a_step_of_a_wizard_is_no_control_or_field_named_by_it() -> None:
    # Once a click on a control named "Save on step 2", and "company name Acme" typed into
    # a field named "step 1 of the wizard".
    refused("click Save on step 2")
    refused("On step 2, choose the Starter plan and continue")
    refused("Complete step 1 of the wizard with company name Acme, then click Next")
    refused("Fill the signup page with Ada")
    assert steps("enter hello in the comment section") == [
        ("fill", Target(text="comment"), "hello", None)
    ]


def test_following_someone_is_no_link_to_follow() -> None:
    # Once "Click the '@ada' link": her page opened, and nobody was followed.
    refused("Follow @ada")
    assert steps("Follow the Docs link") == [
        ("click", Target(text="Docs", role="link"), None, None)
    ]


def test_a_verb_that_in_completes_is_never_words_shown() -> None:
    # Once "Expect 'coupon SAVE10' to show 'Fill'": no coupon was typed. Now typed, as
    # "enter the coupon SAVE10" is; and "apply it" after is its Apply button
    assert steps("Fill in the coupon SAVE10; the discount line reads -$10.00") == [
        ("fill", Target(text="coupon"), "SAVE10", None),
        ("expect_text", Target(text="discount"), "-$10.00", None),
    ]
    assert steps("Enter the coupon code SAVE10 and apply it") == [
        ("fill", Target(text="coupon code"), "SAVE10", None),
        ("click", Target(text="Apply"), None, None),
    ]
    refused("type 5 into Quantity and apply it")  # which control applies a quantity?
    refused("Zoom in the map")
    assert steps("Brass Lamp in the cart") == [
        ("expect_text", Target(text="cart"), "Brass Lamp", None)
    ]


def test_all_of_a_kind_is_never_words_shown() -> None:
    # Once "Expect the page to show 'all products'": the menu's "All products" held it.
    refused("the page shows all products")
    refused("the page lists every product")
    assert steps("the status page shows All systems operational")[1:] == [
        ("expect_text", None, "All systems operational", None)
    ]


def test_a_search_for_nothing_typed_is_refused() -> None:
    # Once a search for the two quote marks themselves.
    refused('Search for ""')
    refused('Search for "" and the page lists every product')


def test_a_statement_after_a_value_that_nothing_reads_is_refused_never_typed() -> None:
    # Once "Fill 'currency' with 'EUR and prices are shown in euros'".
    assert refused("Change the currency to EUR and prices are shown in euros") == (
        "prices are shown in euros"
    )


def test_a_title_before_a_statement_is_no_part_of_its_subject() -> None:
    # Once "Expect 'Pricing page: Pro' to show '$29'", and "'Checkout: the total'".
    assert steps("Pricing page: Pro is $29") == [
        ("visit", Target(text="Pricing"), None, None),
        ("expect_text", Target(text="Pro"), "$29", None),
    ]
    assert steps("Checkout: the total is $20") == [
        ("expect_text", Target(text="total"), "$20", None)
    ]
    # Once a page named "Check the account": the verb is no part of the page's name
    assert steps("Check the account page: the email should be ada@example.com")[0] == (
        "visit",
        Target(text="account"),
        None,
        None,
    )


def test_what_a_part_has_after_what_it_says_is_in_that_part() -> None:
    # Once "Expect the 'Get started' button to be visible": a button in the menu held it.
    assert steps('The hero says "Build faster" and has a Get started button') == [
        ("expect_text", Target(text="hero"), "Build faster", None),
        ("expect_visible", Target(text="Get started", role="button", within="hero"), None, None),
    ]
    assert steps("the sidebar has Settings and shows Billing")[1] == (
        "expect_text",
        Target(text="sidebar", role="complementary"),
        "Billing",
        None,
    )
    # Once the button anywhere on the page: the homepage opened first hid the hero
    assert steps("Make sure the homepage hero has a headline and a Sign up button")[-1] == (
        "expect_visible",
        Target(text="Sign up", role="button", within="hero"),
        None,
        None,
    )
    # Once a count of 2026 links named "and a Contact": a number, then another thing
    assert steps("the footer shows 3 and a Contact link") == [
        ("expect_text", Target(text="footer", role="contentinfo"), "3", None),
        ("expect_visible", Target(text="Contact", role="link", within="footer"), None, None),
    ]
    refused("the homepage footer shows 2026 and a Contact link")


def test_a_check_on_an_address_opens_it_first() -> None:
    # Once a part of the page named "/products/oak-chair", which no page has.
    assert steps("the Add to cart button is visible on /products/oak-chair") == [
        ("goto", None, "/products/oak-chair", None),
        ("expect_visible", Target(text="Add to cart", role="button"), None, None),
    ]


def test_a_time_limit_said_last_is_never_a_place_or_words() -> None:
    # Once "Expect the loading indicator in '10 seconds' to be hidden": the limit was lost.
    refused("the loading indicator disappears within 10 seconds")
    refused("the page shows Done within a minute")
    assert steps("the spinner disappears") == [
        ("expect_hidden", Target(text="spinner", role="progressbar"), None, None)
    ]


def test_what_a_page_shows_other_than_a_word_is_no_words_to_find() -> None:
    # Once "Expect the page to show 'anything other than Operational'": it never could.
    refused("Ping me when the status page shows anything other than Operational")
    assert steps('check that our homepage still says "Trusted"') == [
        ("goto", None, "{{url}}", None),
        ("expect_text", None, "Trusted", None),
    ]


def test_credentials_said_before_signing_in_are_its_own() -> None:
    # Once refused: the credentials came first, then "log in".
    for goal in (
        "With username admin and password hunter2, log in",
        "Use the credentials admin / hunter2 to log in",
    ):
        (step,) = read_goal(goal).steps
        assert (step.action, step.value, step.password) == ("sign_in", "admin", "{{password}}")
        assert "hunter2" not in step.phrase
    refused("with the cart open, log in")


def test_go_ahead_is_no_page_to_go_to() -> None:
    # Once "Be on the 'ahead' page": a page nobody named.
    assert steps("go ahead and click Sign up") == [("click", Target(text="Sign up"), None, None)]
    assert [s[0] for s in steps("step 1 - go to /signup; step 2 - submit")] == ["goto", "submit"]


def test_how_one_goes_or_a_spot_on_a_page_is_no_page_to_visit() -> None:
    # Once "Be on the 'through checkout' page", "Be on the 'top of the' page".
    for goal in ("go through checkout", "go further down the page", "go to the top of the page"):
        refused(goal)
    assert steps("go to the pricing page") == [("visit", Target(text="pricing"), None, None)]


def test_a_kind_that_appears_saying_quoted_words_shows_those_words() -> None:
    # Once refused: what the toast says came after "appears".
    toast = Target(text="toast", role="alert")
    assert steps('A toast appears saying "Saved"') == [("expect_text", toast, "Saved", None)]
    # A message may be plain words, which only the words themselves find
    assert steps('a message saying "Saved" appears') == [("expect_text", None, "Saved", None)]
    # A toast named by its words is one saying them, and "it" is that toast
    assert steps('wait for the "Saved" toast, then check it says Saved') == [
        ("wait_for", toast, "Saved", None),
        ("expect_text", toast, "Saved", None),
    ]
    assert steps('An alert "Saved" is shown') == [
        ("expect_text", Target(text="alert", role="alert"), "Saved", None)
    ]
    # Unquoted, the rest of the clause is what it says; told about in lower case, no words
    assert steps("A toast appears saying Saved") == steps('A toast appears saying "Saved"')
    assert steps("a message appears saying Saved") == [("expect_text", None, "Saved", None)]
    assert steps("An alert pops up saying Saved, and the list shows Bob")[0] == (
        "expect_text",
        Target(text="alert", role="alert"),
        "Saved",
        None,
    )
    refused("a message is shown saying the order was placed")


def test_an_address_said_to_list_words_is_opened_first() -> None:
    # Once a part of the page named "/sitemap.xml".
    assert steps("/sitemap.xml lists /pricing") == [
        ("goto", None, "/sitemap.xml", None),
        ("expect_text", None, "/pricing", None),
    ]


def test_a_place_said_of_the_last_of_two_names_is_said_of_both() -> None:
    # Once "Expect the page to show 'Oak Chair'": the cart was said of Oak Table only.
    assert steps("verify Oak Chair and Oak Table show in the cart") == [
        ("expect_text", Target(text="cart"), "Oak Chair", None),
        ("expect_text", Target(text="cart"), "Oak Table", None),
    ]
    # A statement of its own keeps its own place.
    assert [s[1] for s in steps("check the page says Saved and the heading says Done")] == [
        None,
        Target(text="Done", role="heading"),
    ]


def test_a_dash_before_the_next_step_ends_a_query() -> None:
    # Once a search for "oak — expect Oak Chair".
    assert steps("Search for oak — expect Oak Chair")[0] == ("search", None, "oak", None)
    assert steps("Search the site for oak") == [("search", None, "oak", None)]
    assert [s[0] for s in steps("1 - go to /pricing\n2 - click Pro")] == ["goto", "click"]


def test_a_time_said_first_is_never_part_of_a_field_s_name() -> None:
    # Once a field named "After a failed login the email".
    assert refused("After a failed login the email field still contains ada@x.io") == (
        "After a failed login"
    )


def test_a_message_by_the_password_field_is_shown_as_said() -> None:
    # Once shown as "••••••••": the words a check expects are no secret typed.
    (step,) = read_goal("the Password field says Required").steps
    assert step.describe() == "Expect 'Password' to show 'Required'"
    (typed,) = read_goal("type hunter2 into the Password field").steps
    assert "hunter2" not in typed.describe()


def test_a_count_in_one_of_several_parts_is_refused_never_counted_in_all() -> None:
    # Once "Expect 3 of the items in 'order'": every order's items, "the last" dropped.
    refused("the last order has 3 items")
    refused("Switch to the Reviews tab and the first review has 5 stars")


def test_neither_of_two_is_never_one_control_named_so() -> None:
    # Once "Expect 'Neither Marketing nor Newsletter' to be checked": the opposite, named.
    refused("Neither Marketing nor Newsletter is ticked")
    refused("Either Save or Cancel is visible")


def test_when_a_check_holds_said_after_it_is_never_its_words() -> None:
    # Once "Expect 2 of the 'after adding two' item in 'cart icon badge'".
    refused("The cart icon badge shows 2 after adding two items")


def test_a_labelled_value_is_read_however_it_is_said() -> None:
    # Once "Expect 'Ada's status' to show 'Active'", a part named so, and "Expect the row in
    # 'Ada' to show 'status Active'": words no page has.
    for goal, label, name, value in [
        ("Ada's status reads Active", "status", "Ada", "Active"),
        ("the status of Ada should read 'Active'", "status", "Ada", "Active"),
        ("Order #1042 has status Shipped", "status", "Order #1042", "Shipped"),
        ("Order #1042 has a status of Shipped", "status", "Order #1042", "Shipped"),
        ("The row for Ada has status Active", "status", "Ada", "Active"),
        ("In the row for Ada, the status is Active", "status", "Ada", "Active"),
        ("the total is $5 in the row for Oak Chair", "total", "Oak Chair", "$5"),
        ("The row for Ada shows Active in the Status column", "Status", "Ada", "Active"),
        ("In the Status column, Ada's row says Active", "Status", "Ada", "Active"),
        ("The Status column for order 1001 says Shipped", "Status", "order 1001", "Shipped"),
        ("Ada's Status is Active", "Status", "Ada", "Active"),
        ("the Blue Mug's quantity is 2", "quantity", "Blue Mug", "2"),
    ]:
        assert steps(goal) == [("expect_text", Target(text=label, within=name), value, None)]
    # Once a part named "In the users table, Ada's role"
    refused("In the users table, Ada's role is Admin")


def test_a_kind_said_without_an_article_is_that_kind() -> None:
    # Once "Expect the page to show 'heading Welcome'"
    assert steps("The page has heading Welcome") == [
        ("expect_visible", Target(text="Welcome", role="heading"), None, None)
    ]
    assert steps("The header has link Pricing") == [
        ("expect_visible", Target(text="Pricing", role="link", within="header"), None, None)
    ]
    # Words said are words: "says heading Welcome" is what it says
    assert steps("the banner says Heading Welcome")[0][2] == "Heading Welcome"


def test_two_names_joined_are_never_one_place() -> None:
    # Once "Check the checkbox in 'Ada and Bob'": a row showing both names, which none does
    refused("Tick the checkbox for Ada and Bob")
    refused("click Edit for Ada & Bob")
    refused("mark Buy milk and Walk dog as done")
    # A name said with "and" is one name when quoted, or when no place is said
    assert steps("click Edit for 'Ada and Bob'") == [
        ("click", Target(text="Edit", within="Ada and Bob"), None, None)
    ]
    assert steps("click the Terms and Conditions link")[0][1] == Target(
        text="Terms and Conditions", role="link"
    )


def test_a_labelled_value_said_two_ways_is_refused_never_its_words() -> None:
    # Once "Expect the status of 'Ada' to show 'Active or Pending'", and a row showing "Ada
    # and Bob"
    refused("Ada's status is Active or Pending")
    refused("the total is $5 or $6")
    refused("The status of Ada and Bob is Active")
    assert steps("The Pro plan's price is $29") == [
        ("expect_text", Target(text="price", within="Pro plan"), "$29", None)
    ]


def test_the_value_of_an_order_or_cart_is_read_from_its_label_there() -> None:
    # Once "Expect 'order' to show '$40'": any figure the order showed ("Subtotal $40")
    for goal, label, place, value in [
        ("the total of my order is $40", "total", "order", "$40"),
        ("The status of the order should be Shipped", "status", "order", "Shipped"),
        ("the total of the shopping cart should be $45", "total", "shopping cart", "$45"),
        ("the amount of your invoice is $12", "amount", "invoice", "$12"),
        ("Make sure the subtotal of my cart is $40", "subtotal", "cart", "$40"),
        ("the shipping fee of the order is $4.99", "shipping fee", "order", "$4.99"),
        ("the status of my order reads 'Out for delivery'", "status", "order", "Out for delivery"),
    ]:
        assert steps(goal) == [("expect_text", Target(text=label, within=place), value, None)]
    # An item's own name is where its price shows; a place is no label
    assert steps("the price of the lamp is $40") == [
        ("expect_text", Target(text="lamp"), "$40", None)
    ]
    refused("the top of my cart is Oak Chair")


def test_switch_a_setting_to_a_value_sets_it() -> None:
    # a choice among those offered (a dropdown, radios, a menu), never words typed
    assert steps("switch the theme to Dark") == [("pick", Target(text="theme"), "Dark", None)]
    assert steps("switch to the Billing tab") == [
        ("click", Target(text="Billing", role="tab"), None, None)
    ]


def test_a_sign_in_control_said_visible_is_a_check_never_a_sign_in() -> None:
    # Once "Sign in as '{{username}}'": the check was gone, and a sign-in ran in its place
    assert steps("Login button visible") == [
        ("expect_visible", Target(text="Login", role="button"), None, None)
    ]
    assert steps("Sign in link shown") == [
        ("expect_visible", Target(text="Sign in", role="link"), None, None)
    ]
    assert steps("log in to the admin portal")[0][0] == "sign_in"


def test_a_check_said_without_its_verb_is_never_a_step_on_its_words() -> None:
    # Once "Open 'button visible'" and "Add the item 'button visible'"
    assert steps("Open button visible") == [
        ("expect_visible", Target(text="Open", role="button"), None, None)
    ]
    assert steps("Add item button visible") == [
        ("expect_visible", Target(text="Add item", role="button"), None, None)
    ]
    assert steps("Open menu visible")[0][0] == "expect_text"
    # A value that is the one word is a value
    assert steps("set the Visibility dropdown to Hidden") == [
        ("select", Target(text="Visibility", role="combobox"), "Hidden", None)
    ]


def test_what_a_search_or_a_control_does_is_never_its_query_or_name() -> None:
    # Once "Search for 'lamp returns results'": the check was gone, the query nonsense;
    # now the search, then its check
    assert steps("search for lamp returns 3 results") == steps(
        "search for lamp, there should be 3 results"
    )
    assert steps("search for lamp returns results")[0] == ("search", None, "lamp", None)
    for goal in [
        "Search works",
        # Once "Click the control named 'Checkout works'"
        "Checkout works",
        "sign up works",
    ]:
        refused(goal)
    assert steps("search returns results") == SOME_RESULTS  # a check, never a query
    assert steps("search for TV shows") == [("search", None, "TV shows", None)]


def test_a_count_of_two_digits_is_a_count_never_words() -> None:
    # Once "Expect the page to show 'at least 10 products'": one digit was a count, two words
    assert steps("the page has at least 10 products") == [
        ("expect_count", Target(text="products", within="products"), None, 10)
    ]
    assert steps("the page has more than 10 products")[0][3] == 11
    assert steps("the list has more than 12 items")[0][0] == "expect_count"
    # Once refused as a comparison ("than")
    assert steps("There should be more than 5 rows")[0][3] == 6
    refused("there is a product cheaper than Oak Chair")


def test_using_a_coupon_applies_it_and_a_box_next_to_words_is_the_checkbox_there() -> None:
    # Once "Fill 'coupon' with 'SAVE10'", never sent, and "Check the 'box' checkbox"
    assert steps("Use the coupon SAVE10") == steps("apply the coupon SAVE10")
    assert steps("Check the box next to 'I agree'") == [
        ("check", Target(text="box", role="checkbox", within="I agree"), None, None)
    ]


def test_someone_s_button_is_that_button_in_their_part() -> None:
    # Once a button named "Pro plan's Buy", which healing took to be any Buy button
    assert steps("click the Pro plan's Buy button") == [
        ("click", Target(text="Buy", role="button", within="Pro plan"), None, None)
    ]
    assert steps("Ada's Edit link is visible")[0][1] == Target(
        text="Edit", role="link", within="Ada"
    )
    # A field's label may say it so
    assert steps("click the Driver's License field")[0][1] == Target(
        text="Driver's License", role="textbox"
    )


def test_what_the_page_s_head_says_is_no_part_of_the_page() -> None:
    # Once "Expect 'meta description' to show 'monitoring'": words no one sees
    refused("The meta description mentions monitoring")
    refused("The page should have a canonical link")
    assert steps("the Meta link is visible")[0][1] == Target(text="Meta", role="link")


def test_a_value_that_is_not_so_is_a_check_that_it_is_not_shown() -> None:
    # Once refused: only "should not be" read as a negation
    assert steps("Ada's status is not Active") == [
        ("expect_no_text", Target(text="status", within="Ada"), "Active", None)
    ]
    assert steps("the total is no longer $0.00") == steps("the total should not be $0.00")
    # What the page is not, no words say
    refused("the body is not UTF-8 text")


def test_an_empty_cart_shows_none_of_its_items() -> None:
    # Once refused: "empty" was only ever said of a field
    assert steps("my cart should be empty") == steps("there are no items in the cart")
    # Once refused; now one of its items, at least
    assert steps("the cart is not empty") == [
        ("expect_count", Target(text="items", role="listitem", within="cart"), None, 1)
    ]


def test_a_given_read_only_as_a_check_is_how_the_journey_starts() -> None:
    # "Given the cart is empty" is the premise: its cart may not be on the first page
    plan = read_goal("Given the cart is empty\nWhen I add 'Oak Chair' to the cart")
    assert plan.assumptions == ["the cart is empty"]
    assert [s.action for s in plan.steps] == ["click"]


def test_a_kind_named_first_with_no_article_is_that_kind_never_its_words() -> None:
    # Once "Expect the page to show 'Login form'": two words any page may say
    assert steps("Login form visible") == [
        ("expect_visible", Target(text="Login", role="form"), None, None)
    ]
    assert steps("Company logo visible") == [
        ("expect_visible", Target(text="Company", role="img"), None, None)
    ]
    # A kind of message said capitalised is that kind (it was refused)
    assert steps("Success toast visible") == [
        ("expect_visible", Target(text="success toast", role="alert"), None, None)
    ]
    assert steps("the Error message is shown") == steps("the error message is shown")


def test_what_a_message_is_for_or_about_is_never_the_words_it_shows() -> None:
    # Once "Expect the page to show 'Status'", "… 'Login'": words a page shows anywhere
    for goal in [
        "the Status message is shown",
        "the Confirmation message is displayed",
        "Confirmation message displayed",
        "the Login error message is shown",
        "the Password warning is shown",
    ]:
        refused(goal)
    # Nor is its absence the absence of those words: no "Cookie" holds while the banner
    # says "We use cookies"
    for goal in ["Cookie banner gone", "the Promo banner is gone", "the Saved toast disappears"]:
        refused(goal)
    assert steps("the 'Saved' toast disappears") == [("expect_no_text", None, "Saved", None)]
    # Words that say what went wrong, or words quoted, are what the message shows
    assert steps("the Invalid password error is shown")[0][2] == "Invalid password"
    assert steps('the "Login" error is shown')[0][2] == "Login"


def test_a_filter_said_with_an_equals_sign_picks_the_option_in_its_group() -> None:
    # Once "Pick 'Status = Active' in 'filter'", and the second pair a check of Region
    assert steps("filter the table by Status = Active") == [
        ("pick", Target(text="Status"), "Active", None)
    ]
    assert steps("filter by Status=Shipped and Region = Europe") == [
        ("pick", Target(text="Status"), "Shipped", None),
        ("pick", Target(text="Region"), "Europe", None),
    ]
    refused("filter by a = b = c")
    # Once a click on a control named "apply the Shipped filter"
    assert steps("apply the Shipped filter") == [("pick", Target(text="filter"), "Shipped", None)]


def test_a_column_called_so_is_its_header_never_a_cell() -> None:
    # Once "Expect the table to show 'Amount'": a cell saying Amount passed
    header = [
        ("expect_visible", Target(text="Amount", role="columnheader", within="table"), None, None)
    ]
    assert steps("the table has a column named 'Amount'") == header
    assert steps("the table has a column called Amount") == header


def test_a_contact_said_with_its_kind_is_its_value() -> None:
    for goal, value in [
        ("verify the email address hello@acme.io is displayed", "hello@acme.io"),
        ("the support email 'help@acme.io' is shown", "help@acme.io"),
        ("the phone number +1 555 0100 is shown", "+1 555 0100"),
        ("the page has our phone number, +1 555 0100", "+1 555 0100"),  # once refused
        ("the page shows my name, Ada Lovelace", "Ada Lovelace"),  # once refused
    ]:
        assert steps(goal) == [("expect_text", None, value, None)], goal
    refused("the email address is displayed")  # which address? the goal does not say
    assert steps("Verify the footer has the copyright year 2026") == [
        ("expect_text", Target(text="footer", role="contentinfo"), "2026", None)
    ]
    assert steps("the phone number +1 555 0100 is not shown") == [
        ("expect_no_text", None, "+1 555 0100", None)
    ]


def test_a_list_or_table_not_empty_has_an_item_or_a_row() -> None:
    assert steps("check that the orders table is not empty") == [
        ("expect_count", Target(text="row", role="row", within="orders table"), None, 1)
    ]
    assert steps("the todo list is not empty") == [
        ("expect_count", Target(text="item", role="listitem", within="todo list"), None, 1)
    ]
    # Once refused: as "it has no rows", checked once the page's answers are in
    assert steps("the orders table is empty") == steps("the orders table has no rows")
    refused("the todo list is empty")  # an empty list is drawn as nothing: which one?
    assert steps("Verify that the Country dropdown defaults to 'United States'") == steps(
        "the Country dropdown is set to 'United States'"
    )
    # Once refused, or words looked for in it: a selector, a select, is a dropdown too
    chosen = [("expect_selected", Target(text="currency", role="combobox"), "USD", None)]
    for goal in ("the currency selector defaults to USD", "the currency select shows USD"):
        assert steps(goal) == chosen, goal


def test_a_dialog_closed_with_a_key_is_what_it_means_next() -> None:
    assert steps("Press Escape to close the dialog and make sure it's gone") == [
        ("press", None, "Escape", None),
        ("expect_hidden", Target(text="dialog", role="dialog"), None, None),
    ]
    refused("press Escape and make sure it's gone")  # what is gone? nothing was closed


def test_what_should_remain_of_a_list_is_all_it_lists() -> None:
    # Once "Expect the page to show 'Only Bread'": words no page shows
    assert steps("Add two todos, Milk and Bread, then delete Milk. Only Bread should remain.") == [
        ("add_item", None, "Milk", None),
        ("add_item", None, "Bread", None),
        ("delete_item", Target(text="Milk"), None, None),
        ("expect_only", None, "Bread", None),
    ]
    refused("only Salt and Pepper should remain")  # one item, or two?
    refused("add three todos, Milk and Bread")  # three, of which two are named
    # "Create two todos" once clicked a control named so, and the names were refused
    assert steps("Create two todos, Milk and Bread, delete Milk, and check only Bread remains") == (
        steps("Add two todos, Milk and Bread, then delete Milk. Only Bread should remain.")
    )
    refused("Create two todos")  # which two?


def test_a_row_said_by_its_number_is_that_row() -> None:
    # Once a part of the page named "Row 3 of the table", which no page names so
    third = Target(text="row", role="row", nth=2, within="table")
    assert steps("Row 3 of the table should show Charlie") == [
        ("expect_text", third, "Charlie", None)
    ]
    assert steps("row 3 shows Charlie")[0][1] == Target(text="row", role="row", nth=2)
    assert steps("Item 12 is visible") == [("expect_text", None, "Item 12", None)]  # its words


def test_one_thing_shown_and_another_not_is_a_check_of_each() -> None:
    # Once a part named "table but Bob is not", and refused with "and … is not"
    table = Target(text="table", role="table")
    assert steps("Ada is shown in the table but Bob is not") == [
        ("expect_text", table, "Ada", None),
        ("expect_no_text", table, "Bob", None),
    ]
    assert steps("check that Senior Engineer is listed and Sales Manager is not") == [
        ("expect_text", None, "Senior Engineer", None),
        ("expect_no_text", None, "Sales Manager", None),
    ]
    assert steps("Oak Chair should be in the cart and Pine Table should not")[1] == (
        "expect_no_text",
        Target(text="cart"),
        "Pine Table",
        None,
    )
    refused("it is shown and Bob is not")


def test_an_outcome_said_first_is_no_place_to_look() -> None:
    # Once "Payment received" in a part named "success", and a part "On failure the page"
    refused("On success, the page says Payment received")
    refused("On failure the page shows Payment declined")


def test_there_not_being_any_is_there_being_none() -> None:
    # Once refused: said with "not … any", never with "no"
    for goal in ["There should not be any error messages", "there shouldn't be any errors"]:
        assert steps(goal) == steps(
            goal.replace("not be any", "be no").replace("n't be any", " be no")
        )
    assert steps("there aren't any Delete buttons") == steps("there are no Delete buttons")
    # nothing in a part is the part empty: once refused
    empty = steps("the cart is empty")
    assert steps("Nothing should be in the cart") == empty
    assert steps("The cart shouldn't have anything in it") == empty


def test_both_of_two_things_said_is_a_check_of_each() -> None:
    # Once a part of the page named "Both Email and Password"
    each = [
        ("expect_text", Target(text="Email"), "Required", None),
        ("expect_text", Target(text="Password"), "Required", None),
    ]
    assert steps("Both Email and Password should show 'Required'") == each
    assert steps("Email and Password both show 'Required'") == each
    disabled = [
        ("expect_disabled", Target(text=name, role="button"), None, None)
        for name in ("Save", "Cancel")
    ]
    assert steps("the Save and Cancel buttons are both disabled") == disabled
    assert steps("both the Save and the Cancel buttons should be disabled") == disabled
    refused("Ada and Bob have both been invited")
    assert steps("both Ada and Bob's rows show Active") == [
        ("expect_text", Target(text=name, role="row"), "Active", None) for name in ("Ada", "Bob")
    ]
    # a kind no element is, said once for both: which part is "Free"?
    refused("both the Free and Pro plans have a Buy button")
    # which two? "Terms and Conditions" is one name, or two
    assert len(steps("Terms and Conditions and Privacy Policy both appear in the footer")) != 2


def test_a_thing_called_by_its_name_shows_that_name() -> None:
    for goal in [
        "There should be a user called Grace Hopper.",
        "I should see a user named 'Grace Hopper'",
        "a customer called Grace Hopper is listed",
    ]:
        assert steps(goal) == [("expect_text", None, "Grace Hopper", None)], goal
    refused("a user called her is shown")
    # Once the words "API keys page lists one key named Default", all of them
    refused("Check the API keys page lists one key named Default")


def test_a_part_that_links_to_a_page_has_a_link_named_so() -> None:
    link = Target(text="Terms of Service", role="link", within="footer")
    assert steps("The footer should link to Terms of Service") == [
        ("expect_visible", link, None, None)
    ]
    assert steps("the nav should not link to Admin") == [
        ("expect_hidden", Target(text="Admin", role="link", within="nav"), None, None)
    ]
    assert len(steps("the footer links to Blog, Jobs and Press")) == 3


def test_a_field_filled_by_its_label_and_a_quoted_value_is_one_pair() -> None:
    # Once 'Zip "12345", continue and finish' typed into Last Name; before that, refused
    goal = 'fill First Name "Ada", Last Name "Lovelace", Zip "12345", continue and finish'
    assert steps(goal) == [
        ("fill", Target(text="First Name"), "Ada", None),
        ("fill", Target(text="Last Name"), "Lovelace", None),
        ("fill", Target(text="Zip"), "12345", None),
        ("press_named", Target(text="continue"), None, None),
        ("press_named", Target(text="finish"), None, None),
    ]
    assert steps('fill First Name "Ada" and continue')[0] == (
        "fill",
        Target(text="First Name"),
        "Ada",
        None,
    )
    assert steps("Fill Company Name with 'Test Corp'") == [
        ("fill", Target(text="Company Name"), "Test Corp", None)
    ]


def test_a_link_that_points_to_an_address_is_followed_there() -> None:
    link = Target(text="About", role="link", within="menu")
    assert steps("The About link in the menu should point to saucelabs.com") == [
        ("click", link, None, None),
        ("expect_url", None, "saucelabs.com", None),
    ]


def test_a_part_drawn_only_while_open_is_shown_once_it_opens() -> None:
    assert steps("a modal pops up") == steps("a modal is shown")
    assert steps("verify the help panel opens") == steps("the help panel is shown")
    for goal in ["the menu opens", "the dropdown opens", "the Advanced section expands"]:
        refused(goal)  # a menu, a dropdown or a section shows while closed too


def test_an_address_opened_as_a_guest_is_opened_before_anyone_signs_in() -> None:
    goal = "Navigate to /account without logging in; you should be redirected to /login"
    assert steps(goal) == [
        ("goto", None, "/account", None),
        ("expect_url", None, "/login", None),
    ]
    for goal in [
        "Visit /admin as a guest",
        "Visit /admin logged out",
        "visit /admin when not logged in",
    ]:
        assert steps(goal) == [("goto", None, "/admin", None)], goal
    refused("log in, then visit /admin as a guest")  # signed in by then
    refused("log in, then visit /admin logged out")
    # Words a page shows, said last, are no state of the journey
    assert steps("the page says Logged out") == [("expect_text", None, "Logged out", None)]
    refused("log in. Without logging in, go to /account")
    refused("click Save without logging in")  # no address: how is that done signed out?


def test_words_named_by_what_they_are_are_those_words() -> None:
    assert steps("the homepage shows our tagline 'Build faster'") == [
        ("goto", None, "{{url}}", None),
        ("expect_text", None, "Build faster", None),
    ]
    assert steps("the navbar shows the user's initials 'AL'") == [
        ("expect_text", Target(text="navbar", role="navigation"), "AL", None)
    ]
    assert steps('Check the image with alt "Company logo" is visible') == [
        ("expect_visible", Target(text="Company logo", role="img"), None, None)
    ]


def test_what_no_page_shows_is_never_a_label_or_a_field() -> None:
    # Once "Expect 'status code of /api/ping' to show '200'" and a field named "focus
    # moves to the password"
    refused("Check the status code of /api/ping is 200")
    refused("And the response status should be 200")  # the server's answer, no words
    refused("Press Tab and check the focus moves to the password field")


def test_a_page_gone_into_or_back_on_is_that_page() -> None:
    # Once a page named "in profile", and an address holding "results-page-again"
    assert steps("go in profile") == [("visit", Target(text="profile"), None, None)]
    assert steps("go back and verify we're on the results page again")[1] == (
        "expect_url",
        None,
        "results",
        None,
    )


def test_things_said_in_order_are_the_first_and_second_items() -> None:
    # Once the text "Oak Chair first and Oak Table second"
    assert steps("the results list shows 'Oak Chair' first and 'Oak Table' second") == [
        ("expect_text", Target(text="item", role="listitem", nth=n, within="results list"), v, None)
        for n, v in ((0, "Oak Chair"), (1, "Oak Table"))
    ]
    assert steps("the orders table shows Alice first") == [
        ("expect_text", Target(text="row", role="row", nth=0, within="orders table"), "Alice", None)
    ]
    refused("The results list should show Oak Chair first and Oak Table second")  # a table?
    refused("the page shows Sign in first")  # first of what?


def test_a_card_number_printed_in_groups_is_one_value() -> None:
    goal = "Enter the card number 4242 4242 4242 4242, expiry 12/30 and CVC 123, then pay"
    assert steps(goal)[:2] == [
        ("fill", Target(text="card number"), "4242 4242 4242 4242", None),
        ("fill", Target(text="expiry"), "12/30", None),
    ]


def test_a_link_named_with_its_part_is_looked_for_in_that_part() -> None:
    # Once "Open the 'Careers' link in 'same tab'", and then anywhere but the footer
    assert steps('Open the footer link "Careers" in the same tab') == [
        ("open", Target(text="Careers", role="link", within="footer"), None, None)
    ]
    assert steps("click the modal button 'OK'") == [
        ("click", Target(text="OK", role="button", within="modal"), None, None)
    ]
    # Once a click on an element named "sidebar link Reports"
    assert steps("Click the sidebar link Reports") == [
        ("click", Target(text="Reports", role="link", within="sidebar"), None, None)
    ]
    # A breadcrumb's last crumb, the page's own name, is seldom a link: no kind is asked
    for goal in ["Click the breadcrumb Home", 'Click the "Home" breadcrumb']:
        assert steps(goal) == [("click", Target(text="Home", within="breadcrumb"), None, None)]
    refused("Navigate to Reports via the sidebar")  # a way there, no page so named


def test_a_dialog_closed_by_its_button_and_what_it_asks() -> None:
    assert steps("Close the modal with the X button") == [
        ("click", Target(text="X", role="button", within="dialog"), None, None)
    ]
    assert steps("The modal closes") == [
        ("expect_hidden", Target(text="modal", role="dialog"), None, None)
    ]
    assert steps("the dialog asks 'Are you sure?'") == steps("the dialog says 'Are you sure?'")
    refused("the page asks for my email")  # what it asks for is no words it shows
    refused("the menu closes")  # a menu shows while closed too


def test_a_kind_then_its_quoted_name_as_test_scripts_write_them() -> None:
    assert steps('check that input "Email" has value "jdoe@example.com"') == [
        ("expect_value", Target(text="Email", role="textbox"), "jdoe@example.com", None)
    ]
    assert steps('check that dropdown "Country" has option "Canada" selected') == [
        ("expect_selected", Target(text="Country", role="combobox"), "Canada", None)
    ]
    # Once the word "enter" typed into the search box
    assert steps('enter enter into "Search"') == [("press", Target(text="Search"), "Enter", None)]
    assert steps("type 'enter' into Search") == [("fill", Target(text="Search"), "enter", None)]


def test_a_kind_or_a_position_alone_is_never_words_or_a_label() -> None:
    # Once the text "title", a label "first item", an item named "current number of todo"
    for goal in [
        "has title",
        "the price of the first item is $19.99",
        "should display the current number of todo items",
    ]:
        refused(goal)
    assert steps("the page has Title") == [("expect_text", None, "Title", None)]


def test_two_products_or_every_item_are_never_one_named_so() -> None:
    # Once "Click the 'Add to cart' button in 'Brass Lamp and Oak Chair'", and an item
    # named "all" deleted; names of one word each may be one product's ("Salt and Pepper")
    assert len(steps("Add Brass Lamp and Oak Chair to the cart")) == 2
    refused("Add Salt and Pepper to the cart")
    refused("Remove all items from the cart")
    assert len(steps("Add 'Brass Lamp' and 'Oak Chair' to the cart")) == 2


def test_a_product_added_twice_is_its_button_clicked_twice() -> None:
    button = Target(text="Add to cart", role="button", within="Brass Lamp")
    assert steps("Add the Brass Lamp to the cart twice") == [("click", button, None, None)] * 2
    refused("add 'Milk' twice")  # the same item added twice, or once?


def test_a_range_a_logo_s_link_and_the_page_s_heading() -> None:
    # Once "Expect the page to show 'Between 3'" and "… '5 plans'"
    refused("Between 3 and 5 plans are listed")
    # once refused too, now two bounds on the price's figure
    assert [s.compare for s in read_goal("the price is between $5 and $10").steps] == [
        "at_least",
        "at_most",
    ]
    # Once "Expect the 'homepage' link in 'logo' to be visible": now the logo followed
    assert steps("The logo links to the homepage")[0] == (
        "click",
        Target(text="logo", role="img"),
        None,
        None,
    )
    refused("the footer links to the homepage")
    # Once a heading named "page's main"
    assert steps("The page's main heading reads 'Pricing'") == [
        ("expect_visible", Target(text="Pricing", role="heading", level=1), None, None)
    ]
    assert steps("Page body includes 'All rights reserved'") == [
        ("expect_text", None, "All rights reserved", None)
    ]


def test_a_page_said_again_is_that_page_and_the_start_page_is_where_the_test_starts() -> None:
    # Once an address holding "homepage-again", "dashboard-again" and "start"
    start = [("expect_url", None, "{{url}}", None)]
    assert steps("Go back and check we're on the homepage again")[1:] == start
    assert steps("check we're back on the start page again") == start
    assert steps("we should be on the dashboard again") == [("expect_url", None, "dashboard", None)]


def test_the_selected_or_active_choice_is_the_one_named_chosen_never_a_part_so_named() -> None:
    # Once the words "Active" anywhere in a part of the page whose class is "selected"
    assert steps('The selected filter is "Active"') == [("expect_selected", None, "Active", None)]
    assert steps("The active tab is Profile") == [
        ("expect_selected", Target(text="tab", role="tab"), "Profile", None)
    ]
    assert steps("The Active tab is selected") == [
        ("expect_selected", Target(text="tab", role="tab"), "Active", None)
    ]
    refused("The active tab is the second one")


def test_the_text_of_a_message_kind_quoted_is_those_words() -> None:
    # "Error" names a kind of message; quoted after "the text" it is the word. Once refused.
    for goal in ["the text 'Error' is not shown", "there is no text 'Error' on the page"]:
        assert steps(goal) == [("expect_no_text", None, "Error", None)]
    assert steps("the word 'Error' appears") == [("expect_text", None, "Error", None)]
    # Unquoted, the kind: no error message, whatever its words
    assert [a for a, *_ in steps("the Error message is not shown")] == ["expect_hidden"]


def test_what_a_part_says_once_it_opens_is_said_in_that_part() -> None:
    # Once "Expect the page to show 'Saved'": the words anywhere, the modal not asked
    modal = Target(text="modal", role="dialog")
    assert steps("the modal opens and says Saved") == [
        ("expect_visible", modal, None, None),
        ("expect_text", modal, "Saved", None),
    ]
    assert steps("a modal pops up and says Saved") == steps("the modal opens and says Saved")
    drawer = Target(text="cart drawer")
    assert steps("the cart drawer opens and lists Brass Lamp")[0] == (
        "expect_visible",
        drawer,
        None,
        None,
    )
    assert steps("the cart drawer opens and lists Brass Lamp")[1][2] == "Brass Lamp"
    refused("the menu opens and shows Settings")  # a menu shows while closed too


def test_an_item_the_goal_added_is_that_item_when_named_again_unquoted() -> None:
    # Once "Click the control named 'Delete milk'": a button no list has
    milk = ("delete_item", Target(text="milk"), None, None)
    assert steps("add an item called milk, then delete milk")[1:] == [milk]
    assert steps("Create three todos: eggs, milk, bread. Delete milk.")[3:] == [milk]
    box = Target(text="checkbox", role="checkbox", within="milk")
    assert steps("add 'milk', then mark Milk as done")[1:] == [("check", box, None, None)]
    # A name the goal never added stays what it said
    assert steps("add 'milk', then delete eggs")[1][0] == "press_named"


def test_items_added_without_a_kind_are_split_at_commas_and_never_guessed_at_and() -> None:
    # Once one item named "milk, eggs and bread"
    assert [v for *_, v, _ in steps("add milk, eggs and bread to the list")] == [
        "milk",
        "eggs",
        "bread",
    ]
    refused("Add milk and eggs to the todo list")  # one item, or two?
    assert len(steps("add 'milk and eggs' to the list")) == 1
    assert len(steps("add a todo milk and eggs")) == 1  # "a todo": one


def test_a_when_or_an_address_and_more_are_never_the_name_of_a_thing_or_a_place() -> None:
    # Once an image named "mobile menu opens when clicking the hamburger", and a button in
    # a part named "/downloads links to the latest version 2.4.1"
    refused("Check the mobile menu opens when clicking the hamburger icon")
    refused("Confirm the 'Download' button on /downloads links to the latest version 2.4.1")
    assert steps("Check the Download button on /downloads") == [
        ("goto", None, "/downloads", None),
        ("expect_visible", Target(text="Download", role="button"), None, None),
    ]


def test_a_page_said_first_without_a_comma_is_gone_to_before_the_statement() -> None:
    # Once the page the test starts on checked ("On /about" dropped), or a part named
    # "On the cart page there"
    about = [("goto", None, "/about", None), ("expect_text", None, "Founded in 2015", None)]
    assert steps("On /about the page says Founded in 2015") == about
    assert steps("On /about, the page says Founded in 2015") == about
    assert steps("At https://example.com/about the page says Hi")[0] == (
        "goto",
        None,
        "https://example.com/about",
        None,
    )
    assert steps("On the cart page there should be 2 items") == [
        ("visit", Target(text="cart"), None, None),
        ("expect_count", Target(text="items", role="listitem"), None, 2),
    ]
    refused("In /about the page says Hi")


def test_a_check_said_of_a_page_by_name_is_made_on_that_page() -> None:
    # Once the check made on /docs, the pricing page dropped
    assert steps('go to /docs and check "Install" is shown on the pricing page') == [
        ("goto", None, "/docs", None),
        ("visit", Target(text="pricing"), None, None),
        ("expect_text", None, "Install", None),
    ]
    assert steps("Check the Sign up button is visible on the landing page") == [
        ("goto", None, "{{url}}", None),
        ("expect_visible", Target(text="Sign up", role="button"), None, None),
    ]
    # Its address or its loading says which page it is: no more to be on
    assert steps("the Order confirmation page should load") == [
        ("expect_url", None, "order-confirmation", None)
    ]
    assert steps("Then I am on the dashboard page") == [("expect_url", None, "dashboard", None)]


def test_a_colour_or_a_spot_on_the_screen_is_never_a_part_of_the_page() -> None:
    # Once the error inside a part named "red", the logo inside one named "top left corner"
    refused("the error is shown in red")
    refused("the logo is visible in the top left corner")
    refused("Welcome is shown in bold")
    assert steps("Made in China is shown") == [("expect_text", None, "Made in China", None)]


def test_a_second_choice_said_after_a_first_is_chosen_too() -> None:
    # Once "Expect the 'region' dropdown to show 'Wales'": a check, nothing chosen
    goal = "Select United Kingdom in the country dropdown and Wales in the region dropdown"
    assert [(a, v) for a, _, v, _ in steps(goal)] == [
        ("select", "United Kingdom"),
        ("select", "Wales"),
    ]


def test_a_step_done_again_is_that_step_and_a_button_named_again_stays_its_name() -> None:
    # Once clicks on "Save again" and on a control named "Save button again"
    save = ("click", Target(text="Save"), None, None)
    assert steps("click Save, then click Save again") == [save, save]
    button = ("click", Target(text="Save", role="button"), None, None)
    assert steps("click the Save button again") == [button]
    assert steps("fill Name with Ada, then fill Name with Ada again")[1][2] == "Ada"
    goal = "Log in and log out again, then try to open /inventory.html"
    assert [a for a, *_ in steps(goal)] == ["sign_in", "sign_out", "goto"]
    # Said once, "again" is part of a name or of words
    assert steps("click Try again") == [("click", Target(text="Try again"), None, None)]
    assert steps("check the page says Try again") == [("expect_text", None, "Try again", None)]
    # A setting turned back is never one named "… again", said before or not
    assert steps("Disable 2FA again") == [
        ("uncheck", Target(text="2FA", role="checkbox"), None, None)
    ]
    assert steps("turn notifications on again") == steps("turn notifications on")
    assert steps("Tick Don't ask me again")[0][1] == Target(
        text="Don't ask me again", role="checkbox"
    )


def test_two_names_said_are_each_shown_and_a_second_thing_said_is_never_words() -> None:
    # Once the words "Oak Chair and Brass Lamp" together, and "$45.00 and the tax $4.50"
    cart = Target(text="cart")
    assert steps("The cart contains Oak Chair and Brass Lamp") == [
        ("expect_text", cart, "Oak Chair", None),
        ("expect_text", cart, "Brass Lamp", None),
    ]
    assert len(steps("the page shows 'Oak Chair' and 'Brass Lamp'")) == 2
    assert steps("the page says Terms and Conditions") == [
        ("expect_text", None, "Terms and Conditions", None)
    ]
    refused("the cart doesn't show Oak Chair and Brass Lamp")  # neither, or not both?
    # Figures, each after its label, are each checked: never one text of them all
    assert steps("The subtotal should equal $45.00 and the tax $4.50") == [
        ("expect_text", Target(text="subtotal"), "$45.00", None),
        ("expect_text", Target(text="tax"), "$4.50", None),
    ]
    assert steps("the subtotal is $120.00, shipping Free, total $120.00") == [
        ("expect_text", Target(text="subtotal"), "$120.00", None),
        ("expect_text", Target(text="shipping"), "Free", None),
        ("expect_text", Target(text="total"), "$120.00", None),
    ]
    refused("the total is $5 or $6")
    refused("the item count is 3, not 4")
    refused("the results should include Blue Mug and Red Mug but not Blue Plate")


def test_what_is_done_after_scrolling_to_a_part_is_done_in_that_part() -> None:
    # Once "Click 'Contact'": the header's Contact, the footer scrolled to for nothing
    assert steps("Scroll down to the footer and click Contact") == [
        ("click", Target(text="Contact", within="footer"), None, None)
    ]
    assert steps("scroll to the pricing section and check Pro is shown") == [
        ("expect_text", Target(text="pricing"), "Pro", None)
    ]
    # Never narrower where that asks less: no Error anywhere, as written
    assert steps("scroll to the footer and check there is no Error") == [
        ("expect_no_text", None, "Error", None)
    ]


def test_words_that_end_in_off_are_words_never_a_box_ticked_off() -> None:
    # Once "Check the checkbox in 'page says got'"
    assert steps("check the banner says All lights off") == [
        ("expect_text", Target(text="banner"), "All lights off", None)
    ]
    assert steps("tick Milk off") == [
        ("check", Target(text="checkbox", role="checkbox", within="Milk"), None, None)
    ]
    # Once "Check the checkbox in 'that the discount code SAVE10 takes 10%'": an amount off
    # a price is no item ticked off
    refused("Check that the discount code SAVE10 takes 10% off")
    refused("check the code takes 10 percent off")
    assert steps("tick Buy 2 eggs off") == [
        ("check", Target(text="checkbox", role="checkbox", within="Buy 2 eggs"), None, None)
    ]


def test_there_said_now_is_still_no_part_of_the_page() -> None:
    # Once "Expect 'there' to show '20 products'"
    assert steps("click Load more; there should now be 20 products") == [
        ("click", Target(text="Load more"), None, None),
        ("expect_count", Target(text="products"), None, 20),
    ]
    refused("here should be 3 items")


def test_each_field_said_with_its_value_is_filled_never_run_into_the_one_before() -> None:
    # Once "Fill 'email' with 'jo@x.io, the message with Hello there'"
    assert steps("fill the name with Jo, the email with jo@x.io, the message with Hello there") == [
        ("fill", Target(text="name"), "Jo", None),
        ("fill", Target(text="email"), "jo@x.io", None),
        ("fill", Target(text="message"), "Hello there", None),
    ]
    refused("fill the email with jo@x.io and the notice with Hi")


def test_a_tab_clicked_is_what_it_is_then_said_of() -> None:
    # "it is selected" after clicking a tab is that tab's state; once refused
    tab = Target(text="tab", role="tab")
    for goal in [
        "Click the Pro tab and confirm it is selected",
        "click the 'Pro' tab, then make sure it's active",
    ]:
        assert steps(goal)[1:] == [("expect_selected", tab, "Pro", None)]
    refused("click Pro and check it is selected")  # a tab? a plan? an option?


def test_a_control_said_again_by_its_kind_is_the_one_just_used() -> None:
    # "the toggle is on" was any switch of the page (several: it could never hold, or held
    # by another one): now it is the control the clause before switched
    assert steps("Toggle dark mode and check the toggle is on")[1:] == [
        ("expect_checked", Target(text="dark mode", role="switch"), None, None)
    ]
    assert steps("Tick Remember me and check the box is ticked")[1:] == [
        ("expect_checked", Target(text="Remember me", role="checkbox"), None, None)
    ]
    assert steps("Turn off email alerts, then make sure the switch is off")[1:] == [
        ("expect_unchecked", Target(text="email alerts", role="switch"), None, None)
    ]
    # past a reload, which keeps the page's controls: once any one switch of the page
    assert steps("Turn off email alerts and reload; the switch should still be off")[2:] == [
        ("expect_unchecked", Target(text="email alerts", role="switch"), None, None)
    ]
    assert steps("Tick Remember me, wait 2 seconds, reload, check the box is ticked")[3:] == [
        ("expect_checked", Target(text="Remember me", role="checkbox"), None, None)
    ]
    assert steps("Choose the Express radio and check the radio is selected")[1:] == [
        ("expect_checked", Target(text="Express", role="radio"), None, None)
    ]
    # A button clicked is no box, and a tab no radio: those stay the page's one box or radio
    assert steps("click Save and check the box is ticked")[1:] == [
        ("expect_checked", Target(text="box", role="checkbox"), None, None)
    ]
    assert steps("click the Billing tab and check the radio is selected")[1:] == [
        ("expect_checked", Target(text="radio", role="radio"), None, None)
    ]


def test_the_app_named_by_what_it_is_is_the_one_tested() -> None:
    # Once "Open 'todo app'" (a link so named) and "On the todo app" refused
    assert steps("Open the todo app and add the task Walk the dog") == [
        ("goto", None, "{{url}}", None),
        ("add_item", None, "Walk the dog", None),
    ]
    assert steps("On the todo app, add 'Walk the dog'") == [
        ("add_item", None, "Walk the dog", None)
    ]
    # an app is all its pages: a check of it is made on the page open
    assert steps("check Welcome is shown on the todo app") == [
        ("expect_text", None, "Welcome", None)
    ]
    # A name, capitalised, is a link or tile of that name
    assert steps("open the Settings app") == [("open", Target(text="Settings app"), None, None)]


def test_what_reappears_is_shown() -> None:
    assert steps("click Logout; the Sign in button should reappear")[1:] == [
        ("expect_visible", Target(text="Sign in", role="button"), None, None)
    ]


def test_marking_every_item_names_no_one_item() -> None:
    # "all todos" is every item, not a checkbox in one called "all".
    refused("Mark all todos as complete")
    refused("mark every todo as done")
    assert steps("mark All hands meeting as done") == [
        ("check", Target(text="checkbox", role="checkbox", within="All hands meeting"), None, None)
    ]


def test_nothing_typed_first_is_no_step_and_never_part_of_a_name() -> None:
    pressed = [("click", Target(text="Login"), None, None)]
    assert steps("Click Login without entering anything") == pressed
    assert steps("Without entering anything, click Login") == pressed
    assert steps("Click Login with the form empty") == pressed
    # Not the words "Without filling" looked for in the form.
    assert steps("Without filling in the form, click Login") == pressed
    refused("fill Email with x without typing anything")


def test_a_todo_completed_by_its_name_said_first_is_ticked() -> None:
    ticked = [("check", Target(text="checkbox", role="checkbox", within="Buy milk"), None, None)]
    assert steps("complete the Buy milk todo") == ticked
    assert steps("finish the 'Buy milk' to-do") == ticked
    for goal in ["complete the todo", "complete this todo", "complete a todo"]:
        refused(goal)  # which one is not said: never an item called "the"


def test_a_page_said_to_load_and_show_something_is_opened_once() -> None:
    assert [
        s.action for s in read_goal("Make sure the home page loads and shows the logo").steps
    ] == [
        "goto",
        "expect_visible",
    ]


def test_a_count_quoted_after_check_is_words_shown_never_a_box_to_tick() -> None:
    assert steps("Check '0 items left'") == [("expect_text", None, "0 items left", None)]
    assert steps('check "3 results"') == [("expect_text", None, "3 results", None)]
    assert steps("check '18 or older'") == [
        ("check", Target(text="18 or older", role="checkbox"), None, None)
    ]


def test_only_a_kind_of_item_described_is_no_item_named() -> None:
    refused("check only European rows remain")  # which rows are European is not words
    refused("only Pending orders are listed")
    assert steps("only 'Pending orders' is listed")[0][2] == "Pending orders"


def test_an_account_named_before_its_credentials_signs_in_with_them() -> None:
    for goal in [
        "Log in with the demo account (demo@example.com / demo123)",
        "log in with the demo account demo@example.com / demo123",
        "sign in using our test credentials: demo@example.com / demo123",
    ]:
        reading = read(goal)
        assert [(s.action, s.value) for s in reading.plan.steps] == [
            ("sign_in", "demo@example.com")
        ], goal
        assert reading.secrets == {"password": "demo123"}, goal
    refused("log in with the demo account (see the wiki)")


def test_a_comparison_is_never_the_name_of_a_thing_to_find() -> None:
    # Was "the first 'product costs less than the second'" looked for as an element.
    refused("check the first product costs less than the second")
    refused("verify the first product costs less than the second")
    assert steps("check the first product costs $5")[0][2] == "$5"


def test_being_taken_home_by_a_click_is_being_where_the_test_starts() -> None:
    home = ("expect_url", None, "{{url}}", None)
    assert steps("Make sure clicking the logo takes you back home") == [
        ("click", Target(text="logo", role="img"), None, None),
        home,
    ]
    assert steps("the Home link takes you home") == [
        ("click", Target(text="Home", role="link"), None, None),
        home,
    ]
    # Once refused: the logo is followed as a click on it is
    for said in ("Verify the logo links back to the homepage", "the logo goes back home"):
        assert steps(said) == [("click", Target(text="logo", role="img"), None, None), home]
    assert steps("the logo should link to /pricing")[-1] == ("expect_url", None, "/pricing", None)
    refused("the logo links to the docs")  # the docs: a page, or a part of one?


def test_the_root_address_is_never_a_part_every_address_contains() -> None:
    # "contains '/'" holds on every page: the root is the address whole
    for goal in ["clicking Home takes you to /", "check we land on /"]:
        last = read_goal(goal).steps[-1]
        assert (last.action, last.value, last.compare) == ("expect_url", "/", "equals"), goal


def test_a_list_of_fields_told_of_the_user_fills_each() -> None:
    assert [
        (s.action, s.target.text if s.target else None)
        for s in read_goal(
            'User visits /signup, enters Name "Jo", Email "jo@x.io", Password "Secret123!",'
            ' and clicks "Create account"'
        ).steps
    ] == [
        ("goto", None),
        ("fill", "Name"),
        ("fill", "Email"),
        ("fill", "Password"),
        ("click", "Create account"),
    ]


def test_a_value_typed_told_as_a_subject_is_no_part_of_the_page() -> None:
    # Was the words looked for next to a label "invalid email".
    refused('check that an invalid email shows "Please enter a valid email"')
    refused("a wrong password shows Oops")
    assert steps("a toast says Saved")[0][2] == "Saved"


def test_a_visitor_said_first_is_the_signed_out_start_of_every_journey() -> None:
    assert steps("As a visitor, open /pricing") == [("goto", None, "/pricing", None)]
    refused("log in. As a guest, open /pricing")  # signed in by then: not a guest
    refused("As a user, search for shoes")  # which user, signed in or not, is not said


def test_not_any_of_some_words_is_none_of_them() -> None:
    for goal in [
        'the page should not show any "undefined"',
        'the page should not show any "undefined" text',
    ]:
        assert steps(goal) == [("expect_no_text", None, "undefined", None)], goal
    # a kind of thing, which no words are: no error message, as "shows no errors" reads
    assert steps("the page does not show any errors") == steps("the page shows no errors")
    assert steps("the page shows no errors")[0][0] == "expect_hidden"


def test_it_after_a_reload_is_the_item_named_before_it() -> None:
    shown = ("expect_text", None, "Ship it", None)
    assert steps('add a todo "Ship it", then refresh and check it persists')[-1] == shown
    # Listed, an item just added is in the list: a message saying "Ship it added" is not
    listed = ("expect_text", Target(text="list", role="list"), "Ship it", None)
    for goal in [
        "add 'Ship it', reload the page and check it is still listed",
        "add 'Ship it', wait 2 seconds and make sure it is listed",
    ]:
        assert steps(goal)[-1] == listed, goal
    # never a box called "it persists" ticked
    refused("check it persists")


def test_an_address_says_what_its_page_would_say() -> None:
    # Was the words "a Senior Engineer role" looked for: a description, as on any page
    refused("Confirm /careers lists a Senior Engineer role")
    assert steps("/health says OK") == [
        ("goto", None, "/health", None),
        ("expect_text", None, "OK", None),
    ]


def test_a_page_named_after_a_request_is_still_that_page() -> None:
    # never the words looked for on whatever page is open
    on_pricing = [
        ("visit", Target(text="pricing"), None, None),
        ("expect_text", None, "Pro", None),
    ]
    assert steps("pls check the pricing page shows Pro") == on_pricing
    assert steps("hey can you check that the pricing page shows Pro?") == on_pricing
    refused("lol check the pricing page shows Pro")
    # Once a part of the page named "Monitor that /api/health page"
    assert steps("Monitor that the pricing page shows Pro") == on_pricing


def test_a_page_named_in_a_check_however_it_is_asked_is_visited_first() -> None:
    # Each was the words looked for on whatever page was open.
    for goal in [
        "Test that the pricing page shows Pro",
        "We should see that the pricing page shows Pro",
        "Check whether the pricing page shows Pro",
        "Double check the pricing page shows Pro",
        "the pricing page is showing Pro",
        "Test that the pricing page now shows Pro",
    ]:
        assert steps(goal) == [
            ("visit", Target(text="pricing"), None, None),
            ("expect_text", None, "Pro", None),
        ], goal


def test_a_user_given_somewhere_starts_there() -> None:
    # "Given the user is on /cart" was a check of the address the journey had not opened
    assert steps("Given the user is on /cart When they click Checkout")[:1] == [
        ("goto", None, "/cart", None)
    ]
    assert steps("Then the user is on /cart") == [("expect_url", None, "/cart", None)]


def test_a_label_after_a_step_never_takes_the_step_with_it() -> None:
    # Each dropped "open /a" as part of a title or a heading.
    assert [s.action for s in read_goal("open /a. Steps: open /orders").steps] == ["goto"] * 2
    assert steps("open /a. Steps:\nclick X") == [
        ("goto", None, "/a", None),
        ("click", Target(text="X"), None, None),
    ]
    assert [s.action for s in read_goal("Log in. Then:\nclick X").steps] == ["sign_in", "click"]
    # What a "Test:" label opens is the test, not its title.
    assert steps("Test: open /cart\nclick X")[0] == ("goto", None, "/cart", None)
    assert steps(
        "Precondition: user is logged in. Steps: open /orders. "
        "Expected: 'Order history' heading is visible"
    )[1:] == [
        ("goto", None, "/orders", None),
        ("expect_visible", Target(text="Order history", role="heading"), None, None),
    ]


def test_what_some_items_say_is_no_count_of_items_named_so() -> None:
    # Was at least one item named "result mentions shoes" counted; now what they show.
    assert steps("verify at least one result mentions shoes")[0][0] == "expect_text"
    refused("at least 2 products have a price")


def test_a_link_checked_then_followed_is_that_link() -> None:
    assert steps('check the "Forgot password?" link is there and follow it') == [
        ("expect_visible", Target(text="Forgot password?", role="link"), None, None),
        ("click", Target(text="Forgot password?", role="link"), None, None),
    ]
    refused("check the Save button is there and open it")  # a button is not followed


def test_a_check_said_at_an_address_is_made_there() -> None:
    there = [
        ("goto", None, "/about", None),
        ("expect_visible", Target(text="About us", role="heading"), None, None),
    ]
    # Was a heading named "About us on /about"
    assert steps("the heading is About us on /about") == there
    assert steps('Verify the heading on /about is "About us"') == there


def test_where_a_part_links_to_is_never_words_it_shows() -> None:
    # Once the words "links to /products/blue-mug" looked for in the first result; now it
    # is followed there (see below)
    assert steps("Search for mugs and confirm the first result links to /products/blue-mug")[
        -1
    ] == ("expect_url", None, "/products/blue-mug", None)
    refused("the card links to https://example.com/p/1")
    assert steps("the footer links to Terms") == [
        ("expect_visible", Target(text="Terms", role="link", within="footer"), None, None)
    ]


def test_a_statement_goes_on_to_say_what_its_subject_says() -> None:
    # "… and say X" after "the cart should be empty" was refused; "the cart should say X"
    # once named a part "cart should say Your cart" that had to be empty
    cart = Target(text="cart")
    assert steps("Open /cart, the cart should be empty and say Your cart is empty")[1:] == [
        ("expect_hidden", Target(text="items", role="listitem", within="cart"), None, None),
        ("expect_text", cart, "Your cart is empty", None),
    ]
    assert steps("the cart should say Your cart is empty") == [
        ("expect_text", cart, "Your cart is empty", None)
    ]


def test_a_step_before_a_colon_is_taken_never_dropped_as_a_title() -> None:
    # Once "Go to /pricing:" and "Log in:" were read as a title and dropped: the checks
    # after them ran on whatever page was open, signed out
    assert steps("Go to /pricing: check Pro shows $29") == [
        ("goto", None, "/pricing", None),
        ("expect_text", Target(text="Pro"), "$29", None),
    ]
    assert [s[0] for s in steps("Log in: check the header says Hi")] == ["sign_in", "expect_text"]
    assert steps("Open the pricing page: it doesn't show Beta") == [
        ("visit", Target(text="pricing"), None, None),
        ("expect_no_text", None, "Beta", None),
    ]
    assert steps("Log in:\n- check the header says Hi")[0][0] == "sign_in"
    assert steps("On /pricing: Pro costs $29, Team costs $99") == [
        ("goto", None, "/pricing", None),
        ("expect_text", Target(text="Pro"), "$29", None),
        ("expect_text", Target(text="Team"), "$99", None),
    ]
    # A title is still one: "Sign up flow" is no button to press
    assert steps("Sign up flow: click Sign up")[0] == ("click", Target(text="Sign up"), None, None)
    # and a sign-in with its details after the colon is one step
    assert [s[0] for s in steps("Login: kim / pa55-word")] == ["sign_in"]
    # any step is kept: "Click Save:" once dropped the click, and checked before it
    assert steps("Click Save: the page says Saved") == [
        ("click", Target(text="Save"), None, None),
        ("expect_text", None, "Saved", None),
    ]
    assert [s[0] for s in steps("Tick Remember me: the box is ticked")] == [
        "check",
        "expect_checked",
    ]


def test_a_sign_in_introduced_with_a_colon_takes_the_lines_after_it() -> None:
    # Once the lines were typed into Email and Password, and never sent
    plan = read_goal(
        "Log in with:\n- Email: ada@example.com\n- Password: pa55 word\nThen check Hi shows"
    )
    assert [s.action for s in plan.steps] == ["sign_in", "expect_text"]
    assert plan.steps[0].value == "ada@example.com"


def test_an_account_said_after_the_sign_in_is_the_one_it_signs_in_with() -> None:
    # Once refused ("the credentials below") or a sign-in with the test's own account
    # followed by the user and password typed again into their fields
    for goal in (
        "Log in with the credentials below. Username: jdoe Password: hunter2",
        "Log in with the credentials below.\nUsername: jdoe\nPassword: hunter2",
        "Log in. Username: jdoe, Password: hunter2",
        "Log in: Username: jdoe, Password: hunter2, then open Settings",
        "Log in as jdoe. Password: hunter2",
        "Log in with these credentials - username: jdoe, password: hunter2 - and check Hi shows",
        "Enter jdoe / hunter2 and sign in",
    ):
        reading = read(goal)
        plan = reading.plan
        signed = plan.steps[0]
        assert (signed.action, signed.value, signed.password) == (
            "sign_in",
            "jdoe",
            "{{password}}",
        ), goal
        assert reading.secrets == {"password": "hunter2"}, goal
        assert "sign_in" not in [s.action for s in plan.steps[1:]], goal
        assert "fill" not in [s.action for s in plan.steps], goal
    # "Log in." alone over lines that are no account: signed in, then the lines typed
    assert [s[0] for s in steps("Log in.\nName: Ada\nEmail: a@b.co")] == [
        "sign_in",
        "fill",
        "fill",
    ]
    # a password said with more words after it is no account's
    refused("Log in as jdoe. Password: hunter2 should be masked")
    # numbers with a slash are no account
    refused("Enter 12/25")


def test_a_page_a_path_or_a_note_is_never_one_name() -> None:
    # Once a fill of a field "Homepage", a part named "Pricing page -> Pro plan" and an
    # item named "cart: 1"
    refused('Homepage: hero text "Build faster", CTA "Get started"')
    refused("Pricing page -> Pro plan shows $29/mo")
    refused("Go to the store, then open the cart: 1 item")
    assert steps("click Settings > Billing") == [
        ("open", Target(text="Settings"), None, None),
        ("open", Target(text="Billing"), None, None),
    ]


def test_it_goes_to_after_a_link_is_checked_follows_that_link() -> None:
    # Once a check of the address of the page open, which no link had been followed to
    assert steps('Check there is a "Forgot password?" link and it goes to /reset')[1:] == [
        ("click", Target(text="Forgot password?", role="link"), None, None),
        ("expect_url", None, "/reset", None),
    ]


def test_somewhere_on_the_page_is_no_part_of_the_words() -> None:
    # Once the words "Free shipping appears somewhere" looked for
    assert steps("Check the text Free shipping appears somewhere on the page") == [
        ("expect_text", None, "Free shipping", None)
    ]
    assert steps("Free shipping is shown somewhere in the footer") == [
        ("expect_text", Target(text="footer", role="contentinfo"), "Free shipping", None)
    ]


def test_a_line_naming_what_a_page_works_out_is_never_typed() -> None:
    # Once fills of fields "Total", "Status" and "Subtotal", which pages show and no one types
    for goal in ("Total: $29.00", "Order status: Shipped", "Subtotal: $24.00, Total: $29.00"):
        refused(goal)
    assert steps("Username: admin") == [("fill", Target(text="Username"), "admin", None)]
    # said as checks, they are checks
    assert steps("Then verify:\nTotal: $29.00")[-1][0] == "expect_text"


def test_being_signed_in_after_signing_in_is_what_the_sign_in_checks() -> None:
    # Every sign-in checks it got past its password field; "check I'm logged in" right
    # after one says that, and nothing more. Said alone it is refused (what shows it?), and
    # after a sign-in meant to fail it contradicts it. Once "check I'm logged in" ticked a
    # box named "I'm logged in".
    for goal in (
        "log in and check login succeeds",
        "sign in as bob with password x, then verify the user is logged in",
        "Log in. I should be signed in",
    ):
        assert [s[0] for s in steps(goal)] == ["sign_in"], goal
    refused("check I'm logged in")
    refused("open /x and verify the user is logged in")
    refused("log in with a wrong password and check I'm logged in")


def test_links_a_part_contains_are_links_in_that_part() -> None:
    # Once one link named "Privacy Policy and Terms of Service" in a part "footer contains",
    # and "links to Docs" the words
    footer = "footer"
    assert steps("Check that the footer contains links to Privacy Policy and Terms of Service") == [
        ("expect_visible", Target(text="Privacy Policy", role="link", within=footer), None, None),
        ("expect_visible", Target(text="Terms of Service", role="link", within=footer), None, None),
    ]
    assert steps("the page has links to Docs") == [
        ("expect_visible", Target(text="Docs", role="link"), None, None)
    ]


def test_waiting_for_it_to_load_is_no_words_to_wait_for() -> None:
    # Once "Wait for 'it to load, then check the dashboard title'": a check swallowed into
    # words to wait for
    refused("Open the app, wait for it to load, then check the dashboard title")
    assert steps("Open the app, wait for it to load, then check the page says Hi") == [
        ("goto", None, "{{url}}", None),
        ("expect_text", None, "Hi", None),
    ]
    assert steps("wait until Saved, then click Next") == [
        ("wait_for", None, "Saved", None),
        ("click", Target(text="Next"), None, None),
    ]


def test_as_a_signed_in_user_signs_in_first() -> None:
    # Once refused, where "As a visitor" was read
    assert [s[0] for s in steps("As a logged-in user, open Billing")] == ["sign_in", "open"]
    assert [s[0] for s in steps("As a visitor, open Billing")] == ["open"]


def test_an_item_ticked_by_its_kind_is_the_box_in_that_item() -> None:
    # Once a box named "Buy milk todo" (which no item has), and "check the todo is still
    # there" must never tick one named "is still there"
    box = Target(text="checkbox", role="checkbox", within="Buy milk")
    for goal in ("tick the Buy milk todo", "check the 'Buy milk' todo", "tick the todo Buy milk"):
        assert steps(goal) == [("check", box, None, None)], goal
    assert steps("untick the Buy milk task") == [("uncheck", box, None, None)]
    assert steps("complete the Buy milk task") == [("check", box, None, None)]
    refused("Refresh the page and check the todo is still there")
    refused("Check the item was added")


def test_check_and_a_count_said_reads_as_verify_does() -> None:
    # Once refused, where "verify 3 items left" was read
    for count in ("3 items left", "1 item left"):
        assert (
            steps(f"check {count}")
            == steps(f"verify {count}")
            == [("expect_text", None, count, None)]
        )


def test_a_part_said_with_a_path_or_as_an_owner_is_where_to_look() -> None:
    # Once "Open 'Security in the sidebar'" and a link named "footer's Privacy"
    assert steps("In the sidebar, open Settings > Security") == [
        ("open", Target(text="Settings", within="sidebar"), None, None),
        ("open", Target(text="Security"), None, None),
    ]
    assert steps("Open the footer's Privacy link") == [
        ("open", Target(text="Privacy", role="link", within="footer"), None, None)
    ]


def test_a_thing_opened_by_its_kind_and_name_is_opened_by_its_name() -> None:
    # Once a control named "product Oak Chair", which no page has
    assert steps("Open the product Oak Chair") == [("open", Target(text="Oak Chair"), None, None)]
    assert steps("open the order #1004") == [("open", Target(text="#1004"), None, None)]
    assert steps("open the Product Roadmap") == [
        ("open", Target(text="Product Roadmap"), None, None)
    ]


def test_it_says_the_words_just_typed_is_what_the_field_holds() -> None:
    # Once the words anywhere on the page: a field never shows what it holds as text
    assert steps("Type hello into Name and check it says hello")[1:] == [
        ("expect_text", Target(text="Name", role="textbox"), "hello", None)
    ]
    # What "it says" after typing is the field's, or refused: never words anywhere
    refused("type abc into Age and check it says must be a number")


def test_its_after_opening_a_part_is_that_part() -> None:
    # Once refused, and the dialog opened was a part named "dialog dialog"
    assert steps("Open the dialog and make sure its title is Delete item?")[1:] == [
        ("expect_visible", Target(text="Delete item", role="heading", within="dialog"), None, None)
    ]
    assert steps("open the sidebar and check its heading says Filters")[1:] == [
        ("expect_text", Target(text="heading", role="heading", within="sidebar"), "Filters", None)
    ]
    assert steps("open the dialog and check it says Sure")[1:] == [
        ("expect_text", Target(text="dialog", role="dialog"), "Sure", None)
    ]


def test_words_said_to_be_the_first_result_are_what_it_shows() -> None:
    # Once refused, where "the first result is Oak Chair" was read
    assert steps('Search for chair and verify "Oak Chair" is the first result')[1:] == [
        ("expect_text", Target(text="result", nth=0), "Oak Chair", None)
    ]
    refused("the chair is the first result")  # which words? none are spelled out


def test_a_filter_named_by_its_option_is_that_option_picked() -> None:
    # Once "Pick 'the' in 'stock'": the capital "In" of the filter's name read as "in"
    for goal in ("select the In stock filter", "Apply the In stock filter"):
        assert steps(goal) == [("pick", Target(text="filter"), "In stock", None)], goal
    assert steps("select Books in the category filter") == [
        ("pick", Target(text="category"), "Books", None)
    ]


def test_a_label_to_check_with_no_value_is_refused_in_its_own_words() -> None:
    # Once refused as "check the Username is", words the goal never said
    with pytest.raises(GoalNotUnderstood) as refusal:
        read_goal("check:\nUsername:")
    assert refusal.value.phrase == "Username:"


def test_a_scenario_on_one_line_after_its_title_is_read_step_by_step() -> None:
    # Once refused whole: the title hid the Given that opens the steps
    assert steps("Scenario: Search Given I am on /shop When I search for mug Then I see Mug") == [
        ("goto", None, "/shop", None),
        ("search", None, "mug", None),
        ("expect_text", None, "Mug", None),
    ]
    # each title a sentence of its own, then the steps
    assert steps("Feature: Login. Scenario: valid login. Log in and check for Welcome") == [
        ("sign_in", None, "{{username}}", None),
        ("expect_text", None, "Welcome", None),
    ]


def test_two_pairs_typed_on_one_line_are_two_fields_and_the_password_stays_secret() -> None:
    # Once "Fill 'user' with 'alice pass: wonderland'": the password typed as a user name,
    # in the plan for anyone to read
    plan = read_goal("type user: alice pass: wonderland")
    assert [(s.action, s.target.text if s.target else None) for s in plan.steps] == [
        ("fill", "user"),
        ("fill", "pass"),
    ]
    assert "wonderland" not in plan.model_dump_json()


def test_a_password_said_any_way_is_kept_secret() -> None:
    # Once in the plan as written: a "pwd" field's value, a password field's value checked,
    # and "bob:hunter2" signed in as a user of that name
    for goal in (
        "type hunter2 in the pwd field",
        "the Password field should contain hunter2",
        "log in as bob:hunter2",
    ):
        assert "hunter2" not in read_goal(goal).model_dump_json(), goal
    assert steps("log in as bob:hunter2")[0][:3] == ("sign_in", None, "bob")
    # what a page shows anyone is no secret
    assert steps("the password hint says Use 8 characters")[0][2] == "Use 8 characters"


def test_a_step_supposed_with_if_i_is_taken_and_a_failure_said_is_its_words() -> None:
    # Each was refused: "If I add …" is what the goal does, then what follows from it
    assert steps("If I add the Oak Chair to my cart, the total should be $149.00") == [
        ("click", Target(text="Add to cart", role="button", within="Oak Chair"), None, None),
        ("expect_text", Target(text="total"), "$149.00", None),
    ]
    assert steps("If I click Sign out, I should end up on the home page") == steps(
        "When I click Sign out, I should end up on the home page"
    )
    # Never a condition turned into a step: what is seen is only if it shows
    assert steps("If I see a cookie banner, accept it")[0][0] == "click"
    assert read_goal("If I see a cookie banner, accept it").steps[0].only_if is not None
    assert steps("Try to log in with bob and nope; it should fail with 'Invalid password'")[1:] == [
        ("expect_text", None, "Invalid password", None)
    ]
    refused("it fails with an error")  # which words?


def test_several_controls_described_are_no_one_control_named_so() -> None:
    # Once one field whose name has "shipping" in it: a "Shipping method" always shown
    # passed the check, whether the address fields showed up or not
    refused('Check the "Ship to a different address" box and verify the shipping fields show up')
    refused("the social links are gone")
    assert steps("the Delete buttons are visible") == [
        ("expect_visible", Target(text="Delete", role="button"), None, None)
    ]


def test_code_named_with_its_kind_is_its_name() -> None:
    # Each was refused: a function, method or class named as code names it
    for goal, name in (
        ("the page mentions the `create_user` function", "create_user"),
        ("verify the page mentions the create_user function", "create_user"),
        ("the page shows the acme.connect() method", "acme.connect"),
        ("the docs page lists the HttpClient class", "HttpClient"),
    ):
        assert steps(goal)[-1] == ("expect_text", None, name, None), goal
    # A plain word is what the code does, never its name: "search" is on every page
    refused("the page mentions the search function")
    refused("the page mentions the Client class")


def test_a_list_after_check_that_is_a_check_per_item() -> None:
    # Once refused at "check that": each item of the list is one more check
    assert steps(
        "Go to /status and check that:\n- API shows Operational\n- the page does not say Outage"
    ) == [
        ("goto", None, "/status", None),
        ("expect_text", Target(text="API"), "Operational", None),
        ("expect_no_text", None, "Outage", None),
    ]
    refused("Verify:\n- click Save")  # a step is no check
    # "Then:" goes on with steps, as before
    assert [s[0] for s in steps("Open /settings\nThen:\n- click Save\n- the page says Saved")] == [
        "goto",
        "click",
        "expect_text",
    ]


def test_a_form_s_field_set_with_equals_is_filled() -> None:
    # Once "Expect 'Name' to show 'Test User'": the form sent empty, then words looked for
    reading = read("Name = Test User\nPassword = s3cret!\nSubmit and expect Thanks")
    assert [(s.action, s.target and s.target.text, s.value) for s in reading.plan.steps] == [
        ("fill", "Name", "Test User"),
        ("fill", "Password", "{{password}}"),
        ("submit", None, None),
        ("expect_text", None, "Thanks"),
    ]
    # What a page works out is still checked
    assert steps("Total = $29") == [("expect_text", Target(text="Total"), "$29", None)]


def test_a_password_said_to_be_kept_is_the_test_s_own() -> None:
    # Once refused: the test's password is the one signing in uses when none is given
    for goal in (
        "Login as admin (password in secrets)",
        "log in as admin (the password is in the vault)",
    ):
        reading = read(goal)
        assert [(s.action, s.value, s.password) for s in reading.plan.steps] == [
            ("sign_in", "admin", "{{password}}")
        ]
        assert reading.secrets == {}


def test_a_kind_s_check_reads_the_kind_the_place_or_the_words_said() -> None:
    # Once the words "No projects": "yet" ends a sentence of absence, but an empty state's
    # words keep it
    assert steps("the page says No projects yet") == [
        ("expect_text", None, "No projects yet", None)
    ]
    assert steps("the page doesn't show Error yet") == [("expect_no_text", None, "Error", None)]
    # Once a link named "footer": the footer's link, unnamed, as "the link in the footer"
    assert steps("click the nav link") == steps("click the link in the nav")
    # the link in the footer that says Privacy: a link there, named so
    assert steps("the footer link says Privacy") == [
        ("expect_visible", Target(text="Privacy", role="link", within="footer"), None, None)
    ]
    # Once a part named "placeholder": a property, which no check reads
    refused("the placeholder says Search")
    # Once a value labelled "selected" in an item showing "Country"
    assert steps("the selected option in Country is Canada") == steps(
        "the Country dropdown has Canada selected"
    )


def test_signing_in_said_after_a_check_comes_before_it() -> None:
    # Each was refused: said last, signing in (or out) is still done first
    assert steps("The Sign in link should be gone after logging in") == steps(
        "After logging in, the Sign in link should be gone"
    )
    assert steps("the page says Welcome once logged in") == [
        ("sign_in", None, "{{username}}", None),
        ("expect_text", None, "Welcome", None),
    ]
    assert steps("the Dashboard link should not be shown after signing out")[0][0] == "sign_out"


def test_a_thing_named_after_the_is_its_name() -> None:
    # Once refused: "the Oak Chair" is a product, by its name
    assert steps("the cart contains the Oak Chair") == [
        ("expect_text", Target(text="cart"), "Oak Chair", None)
    ]
    assert steps("Confirm the cart no longer contains the Oak Chair") == [
        ("expect_no_text", Target(text="cart"), "Oak Chair", None)
    ]
    refused("the page shows the Dashboard")  # a page, or its word?


def test_a_step_done_somewhere_or_on_some_device_is_never_words_or_a_plain_visit() -> None:
    # Once "Expect the 'Import' dialog to show 'Upload a CSV'": a step, read as words
    refused("Upload a CSV in the Import dialog")
    # Once "Go to {{url}}", dark mode dropped; then a click on "page" in a part "dark mode"
    refused("Open the page in dark mode")
    refused("go to the homepage in dark mode")
    assert steps("check the page says Available on iPhone") == [
        ("expect_text", None, "Available on iPhone", None)
    ]


def test_a_control_in_a_place_by_its_position_keeps_the_position_or_is_refused() -> None:
    # Once "the 'Next' button in 'step'": "last" lost, any step's part would do
    refused("The Next button should be hidden on the last step")
    assert steps("Bob appears in the second row") == [
        ("expect_text", Target(text="row", role="row", nth=1), "Bob", None)
    ]


def test_it_after_a_search_is_the_result_searched_for() -> None:
    # Once the first "Add to cart" button of the results, whichever product it was for
    assert steps("Search for Oak Chair, then add it to the cart")[1:] == [
        ("click", Target(text="Add to cart", role="button", within="Oak Chair"), None, None)
    ]
    assert steps("search for 1004 and open it")[1:] == [("open", Target(text="1004"), None, None)]
    refused("search for oak and add it to the cart")  # which of the results with "oak"?
    # Once a search for "its number 1042" in a box named "for an order"
    refused("Search for an order by its number 1042")


def test_where_a_click_goes_said_of_it_is_the_address_it_went_to() -> None:
    # Each was refused: right after a click, "it" is where the click took the browser
    for goal in (
        "Click Terms in the footer, it should go to /terms",
        "click Terms in the footer and check it opens /terms",
    ):
        assert steps(goal) == [
            ("click", Target(text="Terms", within="footer"), None, None),
            ("expect_url", None, "/terms", None),
        ], goal


def test_a_feature_s_description_is_set_aside_never_its_steps() -> None:
    # Once refused at "In order to stay informed": a user story, before the scenario
    feature = (
        "Feature: Newsletter\n  In order to stay informed\n  As a visitor\n"
        "  I want to subscribe to the newsletter\n  Scenario: subscribe\n"
        "    Given I am on the homepage\n    When I press Subscribe\n    Then I should see Thanks"
    )
    assert [s[0] for s in steps(feature)] == ["goto", "click", "expect_text"]
    # With no scenario after it, what follows a feature's title is its steps
    assert [s[0] for s in steps("Feature: search\nsearch for lamp\ncheck the page says Lamp")] == [
        "search",
        "expect_text",
    ]
    # Once refused ("should go to" was never read), and a button named "CTA"
    assert steps("the Sign up link should go to /signup") == [
        ("click", Target(text="Sign up", role="link"), None, None),
        ("expect_url", None, "/signup", None),
    ]
    refused("the CTA button should link to /signup")  # which button is that?


def test_a_value_said_of_its_kind_is_its_words_unless_one_of_several() -> None:
    # Once a part named "contact email", which no page has
    assert steps("the contact email should be hello@example.com") == [
        ("expect_text", None, "hello@example.com", None)
    ]
    # The latest of several versions is not any version the page shows
    refused("the page shows the latest version 2.4.0")
    assert steps("verify the latest version is 2.4.0") == [
        ("expect_text", Target(text="latest version"), "2.4.0", None)
    ]


def test_a_means_said_of_its_owner_is_never_any_such_control() -> None:
    # Once "Click the '×' button": the first on the page, whichever todo it deleted
    refused('Delete the todo "Walk the dog" by clicking its × button')
    assert steps("close the dialog by clicking its X") == [
        ("click", Target(text="X", role="button", within="dialog"), None, None)
    ]


def test_words_shown_as_the_page_s_heading_are_a_heading() -> None:
    # Once refused
    assert steps('Check the page shows "todos" as its heading') == [
        ("expect_visible", Target(text="todos", role="heading"), None, None)
    ]


def test_when_a_check_comes_true_is_no_part_of_it() -> None:
    # Once a part named "Eventually the dashboard"; every check waits for its words
    assert steps("Eventually the page shows 3 results") == [
        ("expect_text", None, "3 results", None)
    ]
    refused("Eventually the page shows 3 widgets")  # parts of the page, which no role counts
    assert steps('After a moment the page says "Saved"') == [("expect_text", None, "Saved", None)]
    # Once a wait for the words "network idle": the browser's traffic, which no words show
    refused("Wait for network idle")


def test_pages_a_list_runs_to_are_never_counted_as_elements() -> None:
    # Once at least 2 items of a part named "pages of results", which no page has
    refused("Verify that there are at least 2 pages of results")


def test_signing_back_in_is_signing_in() -> None:
    # Once refused at "sign back in"
    assert [s[0] for s in steps("Sign out and sign back in")] == ["sign_out", "sign_in"]
    assert steps("log out, then log back in as bob")[-1] == ("sign_in", None, "bob", None)


def test_an_address_asked_for_is_loaded_never_clicked() -> None:
    # Once "Click '/healthz'" and a page named "/status"; "GET /api/version" was refused
    assert steps("hit /healthz and expect OK")[0] == ("goto", None, "/healthz", None)
    assert steps("GET /api/version")[0] == ("goto", None, "/api/version", None)
    assert steps("visit the /status page") == [("goto", None, "/status", None)]
    assert steps("hit the Save button") == [
        ("click", Target(text="Save", role="button"), None, None)
    ]


def test_an_account_typed_by_its_variables_is_the_sign_in_s_details() -> None:
    # Once refused: "{{password}}" alone after "Enter {{username}}" was no step
    reading = read("Go to /login\nEnter {{username}} and {{password}}\nClick Sign in")
    assert [(s.action, s.value, s.password) for s in reading.plan.steps] == [
        ("goto", "/login", None),
        ("enter_credentials", "{{username}}", "{{password}}"),
        ("click", None, None),
    ]
    assert steps("enter {{email}} and {{password}}") == [("sign_in", None, "{{email}}", None)]
    refused("enter {{first}} and {{last}}")  # no secret: two values, for which fields?


def test_what_a_person_expects_a_thing_to_be_is_what_it_should_be() -> None:
    # Each was refused; "the system" was once a part of the page named so
    assert steps("I expect the total to be $42") == steps("the total should be $42")
    assert steps("Expect the list to list only 'Flour' and 'Sugar'") == steps(
        "the list should list only 'Flour' and 'Sugar'"
    )
    assert steps('The system displays "Profile updated"') == [
        ("expect_text", None, "Profile updated", None)
    ]


def test_someone_able_to_do_a_step_does_it() -> None:
    # Once a check that a part named "able to search for" shows "oak"
    assert steps('The user is able to search for "oak" and sees Oak Chair in the results') == [
        ("search", None, "oak", None),
        ("expect_text", Target(text="results"), "Oak Chair", None),
    ]
    assert steps("Users are able to add a todo called Milk") == [("add_item", None, "Milk", None)]
    # "Users" before a page's name is that name, not who does a step
    assert steps("Users page shows Bob") == [
        ("visit", Target(text="Users"), None, None),
        ("expect_text", None, "Bob", None),
    ]


def test_an_order_described_is_no_words_of_the_first_item() -> None:
    # Once a check that the first item shows "posts newest"
    refused("The blog index shows posts newest first")
    assert steps("The list shows Milk first") == [
        ("expect_text", Target(text="item", role="listitem", nth=0, within="list"), "Milk", None)
    ]


def test_signing_up_with_pairs_fills_each_and_sends_the_form() -> None:
    goal = "Register with name Ada, email ada@example.com and password Secret123!"
    assert steps(goal) == [
        ("fill", Target(text="name"), "Ada", None),
        ("fill", Target(text="email"), "ada@example.com", None),
        ("fill", Target(text="password"), "{{password}}", None),
        ("submit", None, None, None),
    ]
    assert read(goal).secrets == {"password": "Secret123!"}
    refused("Sign up with Google")  # a button's name, no field's: never a field "Google"


def test_a_thing_named_after_its_kind_is_gone_to_by_its_name() -> None:
    # Once a page named 'product "Oak Chair"', which no page is
    for goal in ['Navigate to the product "Oak Chair"', "Go to the product Oak Chair"]:
        assert steps(goal) == [("visit", Target(text="Oak Chair"), None, None)]
    assert steps("go to the product page") == [("visit", Target(text="product"), None, None)]


def test_a_command_is_never_the_subject_of_a_statement() -> None:
    # Once a check that a part named "Export the users" shows "as CSV" ("list" read as "lists")
    refused("Export the users list as CSV")


def test_a_page_named_as_up_is_the_page_the_journey_is_on() -> None:
    # As "the login page loads": the journey is there (its address says so), never a guess
    # of an address to open
    for goal in ["The API docs page is reachable", "the api docs page should be online"]:
        assert steps(goal) == [("expect_url", None, "api-docs", None)], goal


def test_a_page_named_without_an_article_is_that_page() -> None:
    # Once refused, as notes are written: "Homepage shows Welcome"
    assert steps("Homepage shows Welcome") == [
        ("goto", None, "{{url}}", None),
        ("expect_text", None, "Welcome", None),
    ]
    assert steps("Pricing page title is Plans") == [
        ("visit", Target(text="Pricing"), None, None),
        ("expect_title", None, "Plans", None),
    ]
    # Never words before a page that are no name of it
    assert steps('check page contains "Add to cart"') == [
        ("expect_text", None, "Add to cart", None)
    ]
    refused("Each product page shows a price")


def test_addresses_listed_after_one_verb_are_each_opened() -> None:
    # Once refused at the second address
    for goal in ["Smoke test: load /, /pricing and /docs", "Open /, then /pricing, then /docs"]:
        assert steps(goal) == [
            ("goto", None, "/", None),
            ("goto", None, "/pricing", None),
            ("goto", None, "/docs", None),
        ], goal


def test_where_signing_in_takes_you_is_checked_once_signed_in() -> None:
    # Once refused: signing in said as the subject of where it leads
    assert steps("Login should take me to /dashboard") == [
        ("sign_in", None, "{{username}}", None),
        ("expect_url", None, "/dashboard", None),
    ]
    wrong = read_goal("Logging in with bad credentials should keep me on /login").steps
    assert [(s.action, s.password, s.value) for s in wrong] == [
        ("sign_in", "wrong-{{password}}", "{{username}}"),
        ("expect_url", None, "/login"),
    ]


def test_a_count_in_a_part_never_drops_the_place_the_part_is_in() -> None:
    # Once "Expect 5 of the items in 'list'": the items of every list on the page, so three
    # under Features and two elsewhere passed
    for goal in [
        "the list under Features has 5 items",
        "the list in the sidebar has 5 items",
        "the form in the modal has a Save button",
        # Once the Delete button in any row, the link in any result: "last" and "first" lost
        "the last row has a Delete button",
        "the first result has a link to API reference",
    ]:
        refused(goal)
    assert steps("the first result shows Oak Chair") == [
        ("expect_text", Target(text="result", nth=0), "Oak Chair", None)
    ]
    # The place is kept where the part is what the place names: Ada's row
    assert steps("the row for Ada has an Edit button") == [
        ("expect_visible", Target(text="Edit", role="button", within="Ada"), None, None)
    ]
    assert steps("the list in the sidebar shows Milk") == [
        ("expect_text", Target(text="list", role="list", within="sidebar"), "Milk", None)
    ]


def test_a_purpose_that_names_the_item_is_never_dropped() -> None:
    # Dropped, the first View on the page was clicked, whoever's order it showed
    for goal in [
        "Click View to see the order for Ada",
        "Click the eye icon to view Ada's details",
        "click Details to see the details of order #1004",
    ]:
        refused(goal)
    # A purpose that names no item says nothing of which one
    assert steps("Click the star icon to add to favourites") == [
        ("click", Target(text="star", role="img"), None, None)
    ]
    assert steps("Select quantity 3") == [("pick", Target(text="quantity"), "3", None)]


def test_keys_listed_after_one_press_are_each_pressed() -> None:
    # Once refused at "Enter", which no verb came before
    assert steps("Press Tab twice and then Enter") == [
        ("press", None, "Tab", None),
        ("press", None, "Tab", None),
        ("press", None, "Enter", None),
    ]


def test_a_page_gone_to_after_a_step_is_gone_to_once_the_step_is_done() -> None:
    # Once a page named "dashboard after logging in"
    assert steps("go to the dashboard after logging in") == [
        ("sign_in", None, "{{username}}", None),
        ("visit", Target(text="dashboard"), None, None),
    ]
    refused("Go back to the products page after ordering")  # ordering, which no step says


def test_names_before_columns_are_column_headers() -> None:
    # Once the words "Role columns" looked for in the table
    assert steps("the table has Name, Email and Role columns") == [
        ("expect_visible", Target(text=name, role="columnheader", within="table"), None, None)
        for name in ["Name", "Email", "Role"]
    ]
    assert steps("The page mentions GDPR somewhere") == [("expect_text", None, "GDPR", None)]


def test_being_on_a_page_named_is_where_the_journey_is() -> None:
    # Once a part named "on" that shows "Configuration"
    for goal in ["check we're on Configuration", "verify you are on Configuration"]:
        assert steps(goal) == [("expect_url", None, "configuration", None)], goal


def test_a_result_links_to_words_in_the_results() -> None:
    # Once any "API reference" link on the page, the navigation's included
    link = Target(text="API reference", role="link", within="result")
    for goal in [
        "check the result links to the API reference",
        "check the result has a link to the API reference",
    ]:
        assert steps(goal) == [("expect_visible", link, None, None)], goal
    # Once the whole page: the result is a part of it, as "the results" are
    assert steps("search for oak and check the result shows Oak Chair")[-1] == (
        "expect_text",
        Target(text="result"),
        "Oak Chair",
        None,
    )


def test_following_someone_is_no_link_followed() -> None:
    # Once a click on a link named "user ada", as "follow the Docs link" follows one
    assert steps("Follow the user ada") == [
        ("press_named", Target(text="Follow the user ada"), None, None)
    ]
    assert steps("follow the user guide link") == [
        ("click", Target(text="user guide", role="link"), None, None)
    ]


def test_a_field_cleared_and_said_to_be_empty_is_that_field() -> None:
    # Once refused: "it" after clearing a field
    assert steps("Clear the search box and check it's empty") == [
        ("fill", Target(text="Search"), "", None),
        ("expect_value", Target(text="Search", role="textbox"), "", None),
    ]


def test_a_step_said_after_its_check_is_done_first() -> None:
    # Once a field named "submit button becomes enabled after I tick the terms"
    assert steps("Make sure the submit button becomes enabled after I tick the terms box") == [
        ("check", Target(text="terms", role="checkbox"), None, None),
        ("expect_enabled", Target(text="submit", role="button"), None, None),
    ]
    assert steps("Check that a toast says Saved after I click Save") == [
        ("click", Target(text="Save"), None, None),
        ("expect_text", Target(text="toast", role="alert"), "Saved", None),
    ]
    # A person acting is never a name, nor what is done until then a check
    refused("the Save button is disabled until I fill the name")


def test_a_place_said_first_never_runs_past_then() -> None:
    # Once a click on 'Continue on step 2 choose the Team plan'
    refused("On step 2 choose the Team plan, then click Continue")
    assert steps("In the header, click Pricing") == [
        ("click", Target(text="Pricing", within="header"), None, None)
    ]


def test_words_said_under_a_field_first_are_by_that_field() -> None:
    # Once a part named "Under the email field it" that shows the words
    for goal in [
        "Under the email field it says Invalid email",
        "Under the email field, there is an error Invalid email",
    ]:
        assert steps(goal) == [("expect_text", Target(text="Email"), "Invalid email", None)], goal
    refused("Under the email field it should not say Invalid")  # the absence says nowhere


def test_items_on_a_cart_badge_are_its_number() -> None:
    # Once items counted inside the badge, where only a number is
    for goal, badge in [
        ("The cart icon displays 2 items", "cart icon"),
        ("the cart badge shows 2 items", "cart badge"),
    ]:
        assert steps(goal) == [("expect_text", Target(text=badge), "2", None)], goal
    assert steps("the cart shows 2 items")[0][0] == "expect_count"


def test_a_value_of_an_item_said_by_its_row_is_labelled_there() -> None:
    # Once a row named "Status column of the first" and an item named "Ada's row"; and
    # "the status of the row for Ada" was any words in her row, "status" dropped
    for goal, label in [
        ("The Status column of Ada's row says Active", "Status"),
        ("the status of the row for Ada is Active", "status"),
    ]:
        assert steps(goal) == [("expect_text", Target(text=label, within="Ada"), "Active", None)], (
            goal
        )
    assert steps("the status of the row for order #1001 is Shipped") == [
        ("expect_text", Target(text="status", within="order #1001"), "Shipped", None)
    ]
    refused("The Status column of the first row says Active")


def test_an_element_said_by_its_state_or_the_nth_ones_part_has_no_name() -> None:
    # Once an item named "active", a link named "active", and the first element named
    # "search result's title": each failed wherever the words were, saying nothing true
    for goal in [
        "the sidebar's active item is Reports",
        "the active link in the nav is Pricing",
        "the first search result's title is Oak Chair",
    ]:
        refused(goal)
    assert steps("the active tab is Billing") == [
        ("expect_selected", Target(text="tab", role="tab"), "Billing", None)
    ]


def test_a_site_said_with_its_name_is_where_the_test_starts() -> None:
    # Once a click on something named "Acme's homepage"
    for goal in ["Open Acme's homepage", "Go to Acme's website"]:
        assert steps(goal) == [("goto", None, "{{url}}", None)], goal
    # A product's or a person's page is theirs, never the site's
    assert steps("Open Oak Chair's page")[0][0] != "goto"
    refused("Acme's homepage says Welcome")  # once a part of that name


def test_one_of_the_things_said_before_has_no_name() -> None:
    # Once a part named "middle one" and a click on "blue one"
    for goal in ["The middle one is Pro", "click the blue one", "the other one says Hi"]:
        refused(goal)


def test_what_sets_the_monitor_off_must_not_come_to_pass() -> None:
    # Once refused at "if"
    assert steps('Fail if the page shows "Internal Server Error"') == [
        ("expect_no_text", None, "Internal Server Error", None)
    ]
    assert steps("Go to /status. Alert me if it says Degraded")[-1] == (
        "expect_no_text",
        None,
        "Degraded",
        None,
    )
    assert steps("alert me if the homepage stops saying Welcome") == [
        ("goto", None, "{{url}}", None),
        ("expect_text", None, "Welcome", None),
    ]
    # Once refused: said as what one needs to know, and "ever" no part of the subject
    assert steps("I need to know if the checkout ever stops showing the Place order button") == [
        ("expect_visible", Target(text="Place order", role="button", within="checkout"), None, None)
    ]
    assert steps("We'd like to know when the homepage no longer says Welcome") == steps(
        "alert me if the homepage stops saying Welcome"
    )
    # What sets it off must be a check: "alert me if the checkout stops working" says none
    refused("alert me if the checkout stops working")
    refused("I need to know if the checkout stops working")
    refused("fail if you see a cookie banner, accept it")


def test_a_part_said_to_be_there_with_an_element_has_it() -> None:
    # Once refused
    assert steps("there should be a hero with a Get started button") == [
        ("expect_visible", Target(text="Get started", role="button", within="hero"), None, None)
    ]
    assert steps("there's a form with a Send button") == [
        ("expect_visible", Target(text="Send", role="button", within="form"), None, None)
    ]


def test_waiting_until_the_page_says_is_no_page_named_so() -> None:
    # Once a visit to a page named "wait until", then the words looked for
    assert steps('wait until page contains "Ready"') == [("wait_for", None, "Ready", None)]
    refused('scroll down until page contains "Load more"')  # once a page "scroll down until"
    assert steps("Pricing page shows Pro")[0][0] == "visit"


def test_a_place_said_after_a_value_set_is_where_the_field_is() -> None:
    # Once "3 in the cart" typed into the quantity field
    assert steps("Set the quantity to 3 in the cart") == [
        ("fill", Target(text="quantity", within="cart"), "3", None)
    ]
    assert steps("Set the quantity of Blue Mug to 3 in the cart") == [
        ("fill", Target(text="quantity", within="Blue Mug"), "3", None)
    ]
    assert steps('set the name to "Stay in the form"')[0][2] == "Stay in the form"


def test_nothing_in_a_part_is_no_thing_there() -> None:
    # Once the words "Oak Chair in the cart", which no page shows (a false pass), and the
    # word "nothing" looked for in the cart
    assert steps("there is no Oak Chair in the cart") == [
        ("expect_no_text", Target(text="cart"), "Oak Chair", None)
    ]
    assert steps("the cart has nothing in it") == steps("the cart is empty")
    assert steps("the cart shows 'nothing'")[0][2] == "nothing"  # quoted: the word


def test_it_is_never_the_words_looked_for() -> None:
    # Once the word "it" looked for in the cart, which "Items" or "Checkout" holds: a pass
    # whatever had been added
    # "it" after adding Oak Chair is Oak Chair
    assert steps("Add Oak Chair to the cart and check the cart shows it")[1] == (
        "expect_text",
        Target(text="cart"),
        "Oak Chair",
        None,
    )
    refused("Click Add to cart and check the cart shows it")
    refused("the page says this")
    assert steps("the page says 'it'") == [("expect_text", None, "it", None)]


def test_signing_in_so_shows_what_the_page_then_says() -> None:
    # Once refused; with a test case's number before it, a part named "TC-12 Login with
    # invalid password"
    for goal in [
        'Login with invalid password shows "Invalid credentials"',
        "Logging in with a wrong password shows Invalid credentials",
    ]:
        assert steps(goal) == [
            ("sign_in", None, "{{username}}", None),
            ("expect_text", None, "Invalid credentials", None),
        ], goal
        assert read_goal(goal).steps[0].password == "wrong-{{password}}"
    # Said with no way of signing in, "Login" may be the part named so
    assert steps("Login shows Welcome")[0][0] == "expect_text"
    refused('TC-12 Login with invalid password shows "Invalid credentials"')


def test_a_spot_on_a_page_named_is_no_part_of_the_page_open() -> None:
    # Once a click in a part named "Installation page", which no page has
    refused("Click Next at the bottom of the Installation page")
    assert steps("click Next at the bottom of the page") == [
        ("click", Target(text="Next"), None, None)
    ]
    assert steps("click Subscribe at the bottom of the footer") == [
        ("click", Target(text="Subscribe", within="footer"), None, None)
    ]


def test_how_many_times_is_never_the_value_typed() -> None:
    # Once the word "twice" typed into the password field, kept as its secret
    for goal in [
        "Type a new password twice",
        "Type the password thrice",
        "type the password again",
    ]:
        refused(goal)
    assert steps("type '3 times' into Note") == [("fill", Target(text="Note"), "3 times", None)]


def test_an_option_chosen_by_no_name_is_refused() -> None:
    # Once the option "an" chosen in Size, and "something" in the dropdown
    for goal in ["select an option from Size", "select something from the dropdown"]:
        refused(goal)
    assert steps("select Any from Size") == [
        ("select", Target(text="Size", role="combobox"), "Any", None)
    ]


def test_a_page_opened_at_its_address_is_that_address() -> None:
    # Once the address, then a click on a link named "sitemap" there
    for goal, path in [
        ("Open the sitemap at /sitemap.xml", "/sitemap.xml"),
        ("visit the pricing page at /pricing", "/pricing"),
    ]:
        assert steps(goal) == [("goto", None, path, None)], goal
    # A part of the page opened there is opened too
    assert steps("open the Settings tab at /settings")[-1][0] == "open"
    assert steps("open the menu at /app")[-1][0] == "open"


def test_things_counted_in_a_place_are_named_without_it() -> None:
    # Once 4 things named "cards in the Features section" counted, which none is
    assert steps("There are 4 cards in the Features section") == [
        ("expect_count", Target(text="cards", within="Features"), None, 4)
    ]


def test_words_said_that_start_with_a_saying_verb_are_the_words() -> None:
    # Once a part named "tooltip says" that shows "VAT"
    assert steps("the tooltip says Includes VAT") == [
        ("expect_text", Target(text="tooltip"), "Includes VAT", None)
    ]
    assert steps("the products list should include Oak Chair")[0][2] == "Oak Chair"


def test_a_step_done_after_said_last_is_done_first() -> None:
    # Once refused
    assert steps("the URL should contain q=oak after searching for oak") == [
        ("search", None, "oak", None),
        ("expect_url", None, "q=oak", None),
    ]
    assert steps("the page says Saved after clicking Save") == [
        ("click", Target(text="Save"), None, None),
        ("expect_text", None, "Saved", None),
    ]


def test_what_i_do_is_never_words_on_the_page() -> None:
    # Once the words "I stay logged in" looked for on the page
    refused("Check I stay logged in")
    refused("Check I stay logged in after refreshing")
    assert steps("check I see Welcome") == [("expect_text", None, "Welcome", None)]


def test_searching_said_to_show_something_searches_then_checks_the_results() -> None:
    # Once the first item of a part named "Searching for oak"
    assert steps("Searching for oak should show Oak Chair first") == [
        ("search", None, "oak", None),
        (
            "expect_text",
            Target(text="item", role="listitem", nth=0, within="results"),
            "Oak Chair",
            None,
        ),
    ]
    assert steps('A search for "zzz" returns no results') == [
        ("search", None, "zzz", None),
        *steps("the search returns no results"),
    ]


def test_where_a_part_is_on_the_screen_is_never_its_name() -> None:
    # Once a control named "side" opened, and a part named "left"
    refused("Open the side drawer and check it lists Inbox")
    refused("the left panel shows Inbox")
    assert steps("the Top Picks section shows Oak Chair") == [
        ("expect_text", Target(text="Top Picks"), "Oak Chair", None)
    ]


def test_being_able_to_sign_out_is_signing_out_and_being_out() -> None:
    # Once refused; signing out alone checks nothing of where it left the page
    out = [("sign_out", None, None, None), ("expect_signed_out", None, None, None)]
    for goal in ("Make sure I can log out", "verify users are able to sign out"):
        assert steps(goal) == out, goal


def test_a_logged_in_user_who_can_reach_a_page_is_the_test_signed_in() -> None:
    # Once refused
    reached = [
        ("sign_in", None, "{{username}}", None),
        ("goto", None, "/settings", None),
        ("expect_url", None, "/settings", None),
    ]
    for goal in (
        "Verify a logged-in user can access /settings",
        "Log in and verify a logged-in user can access /settings",  # never signed in twice
    ):
        assert steps(goal) == reached, goal
    refused("Verify a logged-in user can add Blue Mug to the cart")  # a step, no check


def test_a_search_said_to_find_words_shows_them_among_its_results() -> None:
    # Once refused
    assert steps("Verify the docs search finds 'authentication'") == [
        ("search", None, "authentication", None),
        ("expect_text", Target(text="results"), "authentication", None),
    ]
    # Right after a search, what it finds is among its results: a second search for the
    # words would find them whatever the first found
    for goal in (
        "search for oak; the search finds 'Oak Chair'",
        "Search for oak and check the search finds 'Oak Chair'",
    ):
        assert steps(goal) == [
            ("search", None, "oak", None),
            ("expect_text", Target(text="results"), "Oak Chair", None),
        ], goal


def test_a_group_searched_in_is_never_typed_into_the_query() -> None:
    # Once the query "oak in the Furniture category"
    refused("Search for oak in the Furniture category")
    assert steps("search for Made in China") == [("search", None, "Made in China", None)]


def test_a_site_said_not_to_be_down_is_opened() -> None:
    # Once refused
    assert steps("Make sure the site isn't down") == steps("the site is up")
    assert steps("/status is not down") == [("goto", None, "/status", None)]
    # Once refused: an error answer said of the homepage, which opening it checks
    for goal in ("Verify no 500 errors on the homepage", "the homepage has no 404s"):
        assert steps(goal) == [("goto", None, "{{url}}", None)], goal
    # Of a whole site, they would be on any of its pages: more than one page opened shows
    refused("no 404s on the site")
    refused("the site has no 500 errors")
    # Once the words Welcome in a part named "homepage up": a note's "up" has no verb
    assert steps('homepage up, shows "Welcome"') == [
        ("goto", None, "{{url}}", None),
        ("expect_text", None, "Welcome", None),
    ]


def test_a_checklist_s_marks_are_no_words_of_its_lines() -> None:
    # Once refused: "✅ Homepage loads" read as words "✅ Homepage"
    assert steps("✅ Homepage loads\n✔️ the footer has a Contact link") == [
        ("goto", None, "{{url}}", None),
        ("expect_visible", Target(text="Contact", role="link", within="footer"), None, None),
    ]
    assert steps("- [ ] visit /docs\n[x] search 'install'") == [
        ("goto", None, "/docs", None),
        ("search", None, "install", None),
    ]


def test_someone_s_name_clicked_is_that_name() -> None:
    # Once a control named "Bob's name", which no page shows
    assert steps("Click on Bob's name to open his profile") == [
        ("click", Target(text="Bob"), None, None)
    ]
    refused("Click on Bob's avatar")  # his, in his row: which picture no name says
    refused("click the user's name")  # whose?
    assert steps("Click Women's shoes") == [("click", Target(text="Women's shoes"), None, None)]


def test_words_absent_anywhere_are_absent_from_the_page() -> None:
    # Once refused with two of them
    assert steps("Make sure the page doesn't say 'undefined' or 'NaN' anywhere") == [
        ("expect_no_text", None, "undefined", None),
        ("expect_no_text", None, "NaN", None),
    ]


def test_it_after_opening_a_named_part_is_that_part() -> None:
    # Once the words anywhere on the page: what the tab shows, or the page its link opens?
    refused("Open the Shipping tab and check it says 'Ships in 2 days'")
    assert steps("Open the Shipping tab. The Shipping tab says 'Ships in 2 days'")[-1] == (
        "expect_text",
        Target(text="Shipping", role="tab"),
        "Ships in 2 days",
        None,
    )
    refused("Open the 'Shipping' section and check it says 'Ships in 2 days'")
    # a page opened by its name is what "it" says it of
    assert steps("Open Orders and check it says 3 orders")[-1] == (
        "expect_text",
        None,
        "3 orders",
        None,
    )


def test_a_dropdown_said_to_open_is_no_select_anywhere() -> None:
    # Once any select on the page: a language picker in the footer passed "a dropdown menu
    # should appear" after hovering over Products, whatever the hover opened
    refused("Hover over Products and check a dropdown menu appears")
    refused("the dropdown is visible")
    assert steps("the form has a dropdown") == [
        ("expect_visible", Target(text="dropdown", role="combobox", within="form"), None, None)
    ]
    assert steps("the Country dropdown is visible")[0][1] == Target(text="Country", role="combobox")


def test_whose_value_it_is_said_after_it_is_its_owner() -> None:
    # Once the words "Delivered for order 1042", which no page shows
    assert steps("Check the order status is Delivered for order 1042") == steps(
        "the order status for order 1042 is Delivered"
    )
    assert steps("the price is $12 for Blue Mug") == steps("the price for Blue Mug is $12")
    # words that say what something is for stay words
    assert steps("the tagline is Built for Teams") == [
        ("expect_text", Target(text="tagline"), "Built for Teams", None)
    ]


def test_on_load_is_when_a_check_runs_never_a_part_of_the_page() -> None:
    # Once an error looked for in a part named "load"
    assert steps("Make sure the login page doesn't show an error on load")[-1] == (
        "expect_hidden",
        Target(text="error", role="alert"),
        None,
        None,
    )
    assert steps("the banner shows Sale on page load") == [
        ("expect_text", Target(text="banner"), "Sale", None)
    ]


def test_a_thing_shown_at_a_price_is_its_price_by_its_name() -> None:
    # Once the words "Oak Chair priced at $49", which no page shows as one
    chair = [("expect_text", Target(text="Oak Chair"), "$49", None)]
    for goal in [
        "the page shows Oak Chair priced at $49",
        "the products page lists a product called Oak Chair for $49",
        "I should see Oak Chair at $49",
        "Oak Chair is priced at $49",
        "Oak Chair sells for $49",
    ]:
        assert steps(goal)[-1:] == chair, goal
    assert steps("the cart shows Oak Chair priced at $49") == [
        ("expect_text", Target(text="Oak Chair", within="cart"), "$49", None)
    ]
    # what a part says is its words
    for goal in ["the page shows 'Oak Chair for $49'", "the page says Oak Chair for $49"]:
        assert steps(goal) == [("expect_text", None, "Oak Chair for $49", None)], goal
    refused("the page does not show Oak Chair for $49")


def test_a_price_said_of_it_is_never_any_price_on_the_page() -> None:
    # Once "$49" anywhere on the page: another product's price passed it
    # After adding Oak Chair, "it" is Oak Chair: its own price, never another's
    chair = ("expect_text", Target(text="Oak Chair"), "$49", None)
    assert steps("add Oak Chair to the cart; it costs $49")[1] == chair
    assert steps("Add Oak Chair to the cart; it is priced at $49")[1] == chair
    refused("click Add to cart; it costs $49")
    refused("it is $4")
    assert steps("the response is OK") == [("expect_text", None, "OK", None)]


def test_a_value_said_shown_is_the_value_itself() -> None:
    # Once a part named "email shown"
    assert steps("the total shown is $58.00") == steps("the total is $58.00")
    assert steps("the email shown should be jdoe@example.com") == [
        ("expect_text", None, "jdoe@example.com", None)
    ]


def test_a_check_said_after_signing_in_with_any_verb_signs_in_first() -> None:
    # Once refused: "contains" was no verb a check said after login could have
    assert steps('the page title contains "Dashboard" after login') == [
        ("sign_in", None, "{{username}}", None),
        ("expect_title", None, "Dashboard", None),
    ]


def test_no_row_saying_words_is_no_such_row() -> None:
    # Once refused
    for goal in ["Make sure no row says Failed", "none of the rows say Failed"]:
        assert steps(goal) == [("expect_hidden", Target(text="Failed", role="row"), None, None)]
    assert steps("no card shows 'Sold out'") == [
        ("expect_hidden", Target(text="Sold out", role="listitem"), None, None)
    ]
    refused("no rows show failed jobs")


def test_an_option_chosen_from_a_group_s_list_is_picked_in_that_group() -> None:
    # Once a click on 'Germany' inside a part named "country list": a dropdown is none
    for goal in ["Choose Germany from the country list", "pick 'Germany' in the country list"]:
        assert steps(goal) == [("pick", Target(text="country"), "Germany", None)], goal
    assert steps("choose Germany from the list") == [
        ("click", Target(text="Germany", within="list"), None, None)
    ]


def test_a_part_said_to_have_none_of_a_kind_holds_none() -> None:
    # Once refused
    assert steps("The cart has no items") == steps("the cart is empty")
    assert steps("the sidebar has no links") == steps("there are no links in the sidebar")
    assert steps("the table contains no rows") == steps("there are no rows in the table")
    refused("the banner says no thanks")


def test_each_of_several_quoted_words_seen_is_checked() -> None:
    # Once refused
    both = [("expect_text", None, "Saved", None), ("expect_text", None, "Done", None)]
    assert steps('I should see "Saved" and "Done"') == both
    assert steps('Then I see the error "Saved" and the error "Done"') == both
    assert steps('Then I should see "Saved"\nAnd "Done"') == both
    assert steps('Then I see the error "Saved"\nAnd the error "Done"') == both
    refused("I should not see 'Saved' and 'Done'")


def test_what_a_scenario_s_part_holds_before_it_starts_is_assumed() -> None:
    # Once checked on the first page, where no cart is
    reading = read('Given the cart contains "Oak Chair"\nWhen I go to the cart')
    assert [s.action for s in reading.plan.steps] == ["visit"]
    assert reading.plan.assumptions == ['the cart contains "Oak Chair"']


def test_only_the_state_a_given_line_assumes_is_set_aside() -> None:
    # Once the whole line was an assumption: its step and check were never done
    reading = read("Given there are 3 orders, when I open Orders, then I see 3 rows")
    assert reading.plan.assumptions == ["there are 3 orders"]
    assert [s.action for s in reading.plan.steps] == ["open", "expect_count"]


def test_an_address_said_not_to_show_words_is_opened_first() -> None:
    # Once "a part named '/status'" not showing Down: no such part, so the page the journey
    # stood on was read, and passed
    opened = [("goto", None, "/status", None), ("expect_no_text", None, "Down", None)]
    for goal in [
        "/status does not say Down",
        "/status should not show Down",
        "fail if /status says Down",
        "tell me when /status says Down",
    ]:
        assert steps(goal) == opened, goal
    refused("/status is OK")
    # Opening it fails on any answer of 400 or more, a 500 among them
    assert steps("/api/health does not return 500") == [("goto", None, "/api/health", None)]


def test_a_request_to_be_told_is_an_alarm() -> None:
    # Once a part named "Ping me when the pricing page" looked in
    assert steps("Ping me when the pricing page no longer says $29") == [
        ("visit", Target(text="pricing"), None, None),
        ("expect_text", None, "$29", None),
    ]
    assert steps("let me know if the homepage shows Error")[-1] == (
        "expect_no_text",
        None,
        "Error",
        None,
    )
    refused("the banner when signed in says Hi")
    # An alarm on something showing or going is the check that it does not, or does
    assert steps("Let me know when the checkout button disappears") == [
        ("expect_visible", Target(text="checkout", role="button"), None, None)
    ]
    assert steps("alert me if the Buy button vanishes from the header") == [
        ("expect_visible", Target(text="Buy", role="button", within="header"), None, None)
    ]
    assert steps("Ping me if 'Out of stock' appears") == [
        ("expect_no_text", None, "Out of stock", None)
    ]
    assert steps("page me if a dialog pops up") == [
        ("expect_hidden", Target(text="dialog", role="dialog"), None, None)
    ]
    refused("alert me if the cart is empty")  # whether it is, which no check says


def test_an_item_added_unnamed_is_never_the_words_after_it() -> None:
    # Once the item "and check the counter says 1 item left" was added, and no check kept
    refused("Add a todo and check the counter says 1 item left")
    refused("add a task and verify it shows")
    assert steps("add an item Andes trip") == [("add_item", None, "Andes trip", None)]


def test_a_step_is_never_named_by_the_step_after_it() -> None:
    # Once a search for "and check the counter says 1 item left", a page named "then verify
    # it shows", a box in "quantity and check that the page says": the check never made
    refused("search and check the counter says 1 item left")
    refused("navigate then verify it shows")
    refused("set the quantity and check that the page says Done")


def test_a_name_or_value_never_takes_in_the_clause_after_it() -> None:
    # Once typed "Ada so that the page says Done", searched "oak to see the confirmation",
    # clicked "Save so that …", typed "look" into a field named "Saved"
    for goal in [
        "fill the name field with Ada so that the page says Done",
        "search for oak to see the confirmation",
        "click Save so that the page says Done",
        "filter by Active before checking the total",
        "set the quantity to 2 to see the confirmation",
        "tick Remember me to see the confirmation",
        "apply the coupon SAVE10 so that the page says Done",
    ]:
        refused(goal)
    assert steps("set the quantity to 2 and you should see Saved") == [
        ("fill", Target(text="quantity"), "2", None),
        ("expect_text", None, "Saved", None),
    ]
    assert steps("type hello in the search box and look for Saved")[-1] == (
        "expect_text",
        None,
        "Saved",
        None,
    )


def test_a_statement_after_a_dash_or_in_brackets_is_never_part_of_a_step() -> None:
    # Once the coupon was never applied: "apply the coupon SAVE10 - the page" was read as a
    # part of the page, and the check looked at the page as it started
    assert steps("apply the coupon SAVE10 - the page should not say Invalid") == [
        *steps("apply the coupon SAVE10"),
        ("expect_no_text", None, "Invalid", None),
    ]
    for goal in [
        "fill the name field with Ada (Saved should show)",
        "pick Blue as the colour until Saved shows",
        "hover over Products while the page says Saved",
        "filter by Active which should say Saved",
        "set the quantity to 2 and double-check Saved",
    ]:
        refused(goal)
    assert steps("click Save + verify Saved") == steps("click Save, then verify Saved")
    # Once a part named "drag Milk to Done - the page": the drag was never done
    refused("drag Milk to Done - the page should not say Error")
    # words a check reads may say "must be"
    assert steps("check an error says Quantity must be at least 1")[-1][2] == (
        "Quantity must be at least 1"
    )


def test_a_part_of_the_page_said_as_the_pages_own_is_that_part() -> None:
    # Once a part named "dashboard's Revenue", and a part named "page's URL" for the address
    assert steps("The dashboard's Revenue card should show $12,400") == steps(
        "The Revenue card should show $12,400"
    )
    assert steps("verify the page's URL contains /orders") == [
        ("expect_url", None, "/orders", None)
    ]
    assert steps("the site's footer shows 2026") == steps("the footer shows 2026")


def test_a_chart_or_a_video_is_never_proven_by_its_title() -> None:
    # Once the words "Signups" anywhere (a menu link) passed for the chart
    for goal in [
        "The chart titled Signups should be visible",
        "there is a chart called Signups",
        "a video called Intro is shown",
    ]:
        refused(goal)
    assert steps("the product called Oak Chair is shown") == [
        ("expect_text", None, "Oak Chair", None)
    ]


def test_a_statement_after_a_name_shown_is_never_one_more_name() -> None:
    # Once "Connected and GitHub shows Not connected" was the words Slack had to show
    assert steps("Make sure Slack shows Connected and GitHub shows Not connected") == steps(
        "Make sure Slack shows Connected, and GitHub shows Not connected"
    )
    assert len(steps("Slack should show Connected and GitHub should show Not connected")) == 2
    assert len(steps("the cart shows Oak Chair and Oak Table")) == 2


def test_a_key_of_one_character_is_pressed_never_clicked() -> None:
    # Once "press / to open search" clicked something named "/"
    for goal in ["press / to open search", "press the / key", "hit / to search"]:
        assert steps(goal) == [("press", None, "/", None)]
    assert steps("press the + key") == [("press", None, "+", None)]
    assert steps("press +")[0][0] == "click"  # a "+" button, as "click +"


def test_the_top_or_bottom_of_a_list_is_its_first_or_last() -> None:
    # Once a row named "top": any row saying "Desktop" and Ada passed it
    assert steps("the top row says Ada") == steps("the first row says Ada")
    assert steps("the bottom row says Total") == steps("the last row says Total")
    assert steps("click the top result") == steps("click the first result")
    assert steps("the top bar says Hi")[0][1] == Target(text="top bar")  # a part, not a list
    assert steps("click the Top row") == [("click", Target(text="Top", role="row"), None, None)]


def test_a_number_of_rows_saying_words_is_a_count_of_those_rows() -> None:
    # Once a part of the page named "2 rows", or "only one row"
    for goal, n in [
        ("2 rows say Shipped", 2),
        ("exactly 2 rows say Shipped", 2),
        ("only one row says Pending", 1),
    ]:
        said = "Pending" if n == 1 else "Shipped"
        assert steps(goal) == [("expect_count", Target(text=said, role="row"), None, n)]
    refused("2 rows say Shipped and Paid")


def test_a_bound_on_a_number_is_never_words_to_read() -> None:
    # Once the words "3 or more", which no badge shows; then refused; now the figure compared
    for goal, bound in [
        ("the badge shows 3 or more", "3"),
        ("the count is 3 or more", "3"),
        ("the score should be 90 or higher", "90"),
    ]:
        step = read_goal(goal).steps[0]
        assert (step.action, step.value, step.compare) == ("expect_number", bound, "at_least")
    assert steps('the page says "3 or more"') == [("expect_text", None, "3 or more", None)]


def test_a_value_described_by_a_clause_is_never_typed() -> None:
    # Once typed "that already exists" into the email field
    for goal in [
        "Create an account with an email that already exists",
        "sign up with an email that is taken",
        "fill the email with one that already exists",
        "register with an address which is already used",
    ]:
        refused(goal)
    assert steps("type 'that is all' into the message box")[-1][2] == "that is all"


def test_links_said_to_include_names_are_links_to_those_names() -> None:
    # Once a link named "social" that had to show "LinkedIn and GitHub"
    assert steps("The social links should include LinkedIn and GitHub") == [
        ("expect_visible", Target(text="LinkedIn", role="link"), None, None),
        ("expect_visible", Target(text="GitHub", role="link"), None, None),
    ]
    assert steps("the footer links include About") == [
        ("expect_visible", Target(text="About", role="link", within="footer"), None, None)
    ]


def test_a_thing_said_after_what_a_part_shows_is_in_that_part() -> None:
    # Once a Buy button anywhere on the page passed for the card's
    buy_in_card = ("expect_visible", Target(text="Buy", role="button", within="card"), None, None)
    assert steps("the card shows Sale and a Buy button")[-1] == buy_in_card
    assert steps("the cards show Sale and has a Buy button")[-1][1] == Target(
        text="Buy", role="button", within="cards"
    )
    # Once the words "Out of stock and have no Add to cart button", which no page shows
    assert steps("Pine Table should say Out of stock and have no Add to cart button") == [
        ("expect_text", Target(text="Pine Table"), "Out of stock", None),
        (
            "expect_hidden",
            Target(text="Add to cart", role="button", within="Pine Table"),
            None,
            None,
        ),
    ]


def test_an_option_said_by_its_place_alone_is_refused() -> None:
    # Once "the first option" lost "first" (any option saying Featured passed), or named a
    # dropdown "option of the Sort"
    for goal in [
        "The first option in the Sort dropdown is Featured",
        "the first option of the Sort dropdown is Featured",
        "select the first option in the Sort dropdown",
        "choose the second option of the Country dropdown",
    ]:
        refused(goal)
    assert steps("select the option Express") == steps("select Express")


def test_no_heading_saying_words_is_a_heading_gone() -> None:
    assert steps("No heading says Error") == steps("The heading must not say Error")
    # "the page heading": its main one, the h1 (an h2 saying Error is not it)
    assert steps("The page heading must not say Error") == [
        ("expect_hidden", Target(text="Error", role="heading", level=1), None, None)
    ]


def test_a_sentence_is_never_the_name_of_a_form() -> None:
    # Once a form named "checkout page loads the payment", and an alert that had to show
    # for "the Contact us form submits without errors"
    refused("We need to confirm that the checkout page loads the payment form")
    refused("Please ensure the Contact us form submits without errors")
    assert steps("click the Opens a new tab link")[0][1] == Target(
        text="Opens a new tab", role="link"
    )


def test_where_on_the_screen_words_show_is_never_words_to_read() -> None:
    # Once the words "Welcome to Acme somewhere near the top", which no page shows
    for goal in [
        "check the homepage says Welcome to Acme somewhere near the top",
        "the page says Welcome at the top of the page",
    ]:
        refused(goal)
    assert steps("the page says Welcome somewhere") == [("expect_text", None, "Welcome", None)]
    assert steps("the page says 'Back to the top'")[0][2] == "Back to the top"


def test_a_name_ending_in_a_kind_of_part_is_words_to_read() -> None:
    # Once "the page shows Oak Table" was refused: a table named "Oak"?
    assert steps("the page shows Oak Table") == [("expect_text", None, "Oak Table", None)]
    assert steps("the results should not include Pine Table") == [
        ("expect_no_text", Target(text="results"), "Pine Table", None)
    ]
    refused("the header has Sign In Link")  # a link, or the words?


def test_words_gone_from_a_part_are_absent_there() -> None:
    assert steps("Alpha should disappear from the sidebar") == steps(
        "the sidebar should not show Alpha"
    )
    assert steps("Oak Chair is gone from the cart") == steps("the cart does not show Oak Chair")
    refused("Oak Chair is shown from the cart")


def test_a_named_control_in_a_part_is_there_or_not() -> None:
    # Once refused: "the Admin link is not in the nav"
    for goal in ["the Admin link is not in the nav", "the Admin link should not be in the nav"]:
        assert steps(goal) == steps("the Admin link is not shown in the nav")
    assert steps("the Admin link is in the nav") == steps("the Admin link is shown in the nav")
    refused("the total is in euros")


def test_a_part_without_any_of_a_kind_has_none() -> None:
    assert steps("The cart shouldn't have any items") == steps("the cart has no items")
    assert steps("the table should not have any rows") == steps("the table has no rows")


def test_no_error_shown_in_any_form_is_no_error_message() -> None:
    # "no error toast" was refused; no error message of any kind is the stricter reading
    for goal in ["no error toast", "there is no error banner", "make sure no error popup appears"]:
        assert steps(goal) == steps("no error message is shown")
    refused("an error toast appears")  # which kind shows is the goal's, not any message


def test_a_field_kept_empty_is_cleared() -> None:
    # Once a field named "keep the email" that had to be empty; "let password be empty" refused
    assert steps("keep the email field empty") == steps("leave the email field empty")
    assert steps('Enter a username "Admin" and let password be empty') == [
        ("fill", Target(text="username"), "Admin", None),
        ("fill", Target(text="password"), "", None),
    ]
    refused("keep the cart empty")


def test_a_statement_after_a_dash_is_never_part_of_the_step_before() -> None:
    # Once typed "tomorrow - there are 3 rows", searched "lamp - Slack", ticked a box named
    # "Remember me - the social links include GitHub": the check never made
    for step, check in [
        ("set the due date to tomorrow", "there are 3 rows"),
        ("search for lamp", "Slack shows Connected"),
        ("tick Remember me", "the social links include GitHub"),
        ("click the top result", "the top row says Ada"),
        ("set the quantity to 2", "check the header says Hi"),
    ]:
        assert steps(f"{step} - {check}") == steps(f"{step}, then {check}")
    # "3 - the page says Done" numbers a step
    assert steps("1 - go to /pricing\n2 - click Pro\n3 - the page says Checkout")[-1] == (
        "expect_text",
        None,
        "Checkout",
        None,
    )


def test_a_check_that_something_disappears_is_never_part_of_a_name() -> None:
    # Once searched for "lamp and Alpha disappears from the sidebar": the check never made
    for step in ["search for lamp", "tick Remember me", "set the due date to tomorrow"]:
        goal = f"{step} and Alpha disappears from the sidebar"
        assert steps(goal) == steps(f"{step}, then Alpha disappears from the sidebar")


def test_a_statement_after_a_typed_value_or_a_name_is_never_typed_or_named() -> None:
    # Once typed "Ada and I am on /done", "Ada and the table has 3 rows"; clicked "Save and
    # Oak Chair costs $49"; picked Blue in "colour and we land on the dashboard": each check
    # never made, and a typed value passed whatever the page showed
    for step, check in [
        ("fill the name with Ada", "the table has 3 rows"),
        ("fill the name with Ada", "Oak Chair costs $49"),
        ("click Save", "Oak Chair costs $49"),
        ("pick Blue as the colour", "we land on the dashboard"),
        ("pick Blue as the colour", "the URL ends with /done"),
    ]:
        assert steps(f"{step} and {check}") == steps(f"{step}, then {check}")
    assert (
        steps("fill the name with Ada and I am on /done")[0] == steps("fill the name with Ada")[0]
    )


def test_a_statement_after_an_arrow_is_a_step_of_its_own() -> None:
    for step, check in [
        ("go to /pricing", "the title is Orders"),
        ("fill the name with Ada", "the status is Active"),
        ("delete Milk", "the URL ends with /done"),
    ]:
        assert steps(f"{step} -> {check}") == steps(f"{step}, then {check}")
    assert steps("open Settings -> Billing") == steps("open Settings > Billing")  # a menu path
    # Once refused: "Billing and confirm the plan" read as a statement's subject
    assert steps("Navigate to Settings → Billing and confirm the plan says Pro") == steps(
        "Navigate to Settings > Billing and confirm the plan says Pro"
    )


def test_words_said_in_a_part_named_first_are_words_there() -> None:
    # Once a count of 30 "days" in the Returns section
    assert steps("In the Returns section, the text says 30 days") == steps(
        "the Returns section says 30 days"
    )
    assert steps("the page shows 3 items in the cart") == steps("there are 3 items in the cart")


def test_a_second_statement_or_a_state_is_never_words_to_read() -> None:
    # Once the words "SSO, the Free plan doesn't" and "Pro selected", which no page shows
    refused("Compare plans: the Pro plan has SSO, the Free plan doesn't")
    refused("the signup form should show Pro selected")
    assert steps("the badge says 3 selected")[0][2] == "3 selected"
    assert steps("the page says Welcome back, Ada")[0][2] == "Welcome back, Ada"


def test_it_after_expanding_a_section_is_that_section() -> None:
    # Once read on the whole page: the words elsewhere passed for the section's
    assert steps("Expand the Shipping section and check it says Free over $50")[-1] == (
        "expect_text",
        Target(text="Shipping"),
        "Free over $50",
        None,
    )
    refused("expand Shipping and check it is visible")  # its heading was, before it opened


def test_columns_said_are_the_table_s_column_headers() -> None:
    # Once a part of the page named "columns", and the words "column headers Date"
    assert steps("the columns are Name and Email") == steps("the table has columns Name and Email")
    assert steps("the table has columns Date") == steps("the table has a Date column")
    refused("the columns are sorted")


def test_several_names_said_of_plural_parts_are_each_shown() -> None:
    assert len(steps("the headings are Intro, Setup and Usage")) == 3
    # Once "only Ada's row" was the one item the list had to hold, words no row shows
    refused("only Ada's row should remain")
    assert steps("only Ada's Bakery is listed")[0][2] == "Ada's Bakery"


def test_a_code_or_a_phone_number_said_after_its_field_is_typed_there() -> None:
    assert steps("enter the verification code 123456") == [
        ("fill", Target(text="verification code"), "123456", None)
    ]
    assert steps("enter the phone number +1 555 0100") == [
        ("fill", Target(text="phone number"), "+1 555 0100", None)
    ]
    refused("enter Name Ada Lovelace")  # where does the label end?


def test_a_place_said_first_after_a_step_goes_with_the_statement_after_it() -> None:
    # Once typed "Ada and in the Returns section", and looked for "30 days" anywhere
    assert steps("fill the name with Ada and in the Returns section, the text says 30 days") == [
        ("fill", Target(text="name"), "Ada", None),
        ("expect_text", Target(text="Returns"), "30 days", None),
    ]


def test_a_quantity_raised_or_lowered_to_a_number_is_set_to_it() -> None:
    assert steps("Increase the quantity of Oak Chair to 3") == steps(
        "set the quantity of Oak Chair to 3"
    )
    refused("increase the font size to large")


def test_a_negative_amount_is_words_to_read() -> None:
    # Once refused: "the discount is -$5.00"
    assert steps("check the discount is -$5.00") == [
        ("expect_text", Target(text="discount"), "-$5.00", None)
    ]


def test_a_page_said_to_be_its_is_never_the_home_page() -> None:
    # Once "open its page" went to the start page, and the price was read there
    refused("Look up Oak Chair and open its page; the price should be $49")
    refused("go to its page")
    assert steps("open the dialog; its title is Delete?")[-1][1] == Target(
        text="Delete", role="heading", within="dialog"
    )


def test_names_that_must_not_show_joined_by_or_are_each_absent() -> None:
    # Once refused: read whole, "not 'Blue Mug or Red Mug'" passed beside Blue Mug
    cart = Target(text="cart")
    assert steps("the cart does not contain Blue Mug or Red Mug") == [
        ("expect_no_text", cart, "Blue Mug", None),
        ("expect_no_text", cart, "Red Mug", None),
    ]
    none_shown = [
        ("expect_no_text", None, "Error", None),
        ("expect_no_text", None, "Warning", None),
    ]
    for goal in [
        "the page does not show Error or Warning",
        "the page shows neither Error nor Warning",
        "nothing says Error or Warning",
        "neither Error nor Warning is shown",
        "make sure the page doesn't say 'Error' or 'Warning'",
    ]:
        assert steps(goal) == none_shown, goal
    assert len(steps("the page does not show Error, Warning or Failure")) == 3
    # What a broken page prints is words to look for, though in lower case
    assert steps("Make sure nothing says undefined or NaN") == [
        ("expect_no_text", None, "undefined", None),
        ("expect_no_text", None, "NaN", None),
    ]
    assert steps("the total does not say null") == [
        ("expect_no_text", Target(text="total"), "null", None)
    ]
    # Controls named so are no words; and "or" said of what must show is either, never each
    refused("the page has no Login link or Sign up button")
    refused("the page does not show errors or warnings")
    refused("the status is not Active or Pending")  # a value: one of them, or neither?


def test_a_number_a_value_goes_or_rises_to_is_what_it_shows() -> None:
    shown = steps("the cart count shows 1")
    for goal in [
        "the cart count goes to 1",
        "the cart count increases to 1",
        "the cart count jumps to 1",
    ]:
        assert steps(goal) == shown, goal
    assert steps("the total decreases to $90") == steps("the total shows $90")
    # Someone who goes to a page is on it: no words shown
    assert steps("the user goes to Checkout")[0][0] == "visit"


def test_signing_in_or_out_that_takes_you_somewhere_is_the_step_then_the_place() -> None:
    # Once refused: a gerund that is the step itself, as "clicking the logo takes you home"
    assert steps("Confirm logging out takes you to /login") == [
        ("sign_out", None, None, None),
        ("expect_url", None, "/login", None),
    ]
    assert steps("logging in takes you to the dashboard")[0][0] == "sign_in"
    refused("logging in opens the Settings menu")  # a menu, no page to be on


def test_one_filter_pair_keeps_its_value() -> None:
    # Once refused: "Open" after the colon was read as a step of its own
    assert steps("Filter the list by Status: Open and check every row says Open") == [
        *steps("filter by Status: Open"),
        *steps("every row says Open"),
    ]


def test_waiting_for_a_value_to_change_waits_for_what_it_changes_to() -> None:
    # Once a part named "Status to" was looked for
    assert steps("wait for the Status to change to Done") == steps("the Status shows Done")
    assert steps("Wait for the status to become Done") == steps("the status shows Done")
    assert steps("wait for the badge to go up to 3") == steps("the badge shows 3")
    refused("wait for the light to turn green")  # a colour, no words


def test_a_quote_typed_is_never_typed_with_the_words_after_it() -> None:
    # Once typed "'oak' now" and "'Ada' carefully", quotes and all
    for goal in [
        "type 'oak' now into the search box",
        "fill the name with 'Ada' carefully",
        'Type "oak" slowly into the search box',
    ]:
        refused(goal)
    assert steps("type 'oak' into the search box")[0][2] == "oak"


def test_a_thing_listed_as_how_it_stands_is_never_words() -> None:
    # Once the words "order #1001 as Delivered", which no page shows
    for goal in [
        "The order history lists order #1001 as Delivered",
        "the table lists Ada as Admin",
        "the list shows Pay rent as done",
    ]:
        refused(goal)
    assert steps("the page says Save as Draft") == [("expect_text", None, "Save as Draft", None)]
    assert steps("the page shows 'Orders' as a heading")[0][0] == "expect_visible"


def test_words_in_an_address_or_title_said_to_be_in_it_are_the_words_alone() -> None:
    # Once the URL had to hold "ref=nav in it", spaces and all
    assert steps("The URL has ?ref=nav in it") == [("expect_url", None, "?ref=nav", None)]
    assert steps("the URL should have /orders in it") == steps("the URL contains /orders")
    assert steps("the title has Acme in it") == steps("the title contains Acme")
    refused("the URL shows ref=nav up top")  # no address holds a space


def test_a_label_a_person_has_is_the_value_her_row_labels() -> None:
    # Once refused, as "Todd has an empty list" is: a person has no part of the page
    role = steps("the role of Ada is Admin")
    assert steps("Ada has the Admin role") == role
    assert steps("Ada has role Admin") == role
    assert steps("Order #1001 has the Delivered status") == steps(
        "the status of Order #1001 is Delivered"
    )
    refused("Todd has an empty list")
    refused("Ada has the Edit button")
    refused("Under Team, Bob should have the Editor role")  # a place, then whose role


def test_check_before_a_statement_is_never_a_box_ticked() -> None:
    # Once ticked a box named "Ada comes first"; now the first item shows Ada
    assert (
        steps("Sort the table by Name and check Ada comes first")[1]
        == steps("the first item shows Ada")[0]
    )
    assert steps("check Keep me signed in")[0][0] == "check"


def test_signing_out_by_way_of_a_menu_signs_out() -> None:
    # Once refused: "via" and "using", where "from the user menu" was read
    for goal in ["Log out via the profile dropdown", "sign out using the avatar menu"]:
        assert steps(goal) == [("sign_out", None, None, None)], goal


def test_a_field_with_an_option_selected_is_a_dropdown() -> None:
    # Once the words "United States selected" in a box
    chosen = [("expect_selected", Target(text="Country", role="combobox"), "United States", None)]
    assert steps("The Country field has United States selected") == chosen
    assert steps("United States is selected in the Country field") == chosen
    refused("the page shows United States selected")


def test_a_length_or_a_time_is_never_typed_or_a_field() -> None:
    # Once typed "300 characters", and picked "a date 7 days" in a dropdown named "now"
    refused("Enter 300 characters in the Bio and check the counter says 300/300")
    refused("Pick a date 7 days from now")


def test_a_part_of_the_page_said_first_with_from_or_using_is_where_the_step_is_done() -> None:
    # Once refused; "navigate into Settings" once looked for a page named "into Settings"
    assert steps("From the sidebar, open Reports") == steps("In the sidebar, open Reports")
    assert steps("Through the footer, click Privacy") == steps("In the footer, click Privacy")
    assert steps("From the homepage, click Contact")[0][0] == "goto"  # a page: gone to first
    assert steps("Navigate into Settings") == steps("navigate to Settings")


def test_an_item_deleted_in_its_list_is_named_without_the_list() -> None:
    # Once the item "Milk in the list"
    assert steps("delete Milk in the list") == steps("delete Milk from the list")
    assert steps("In the list, delete Milk") == steps("delete Milk from the list")
    assert steps("remove Oak Chair in the cart") == steps("remove Oak Chair from the cart")


def test_a_page_named_after_a_visit_is_visited_too() -> None:
    # Once refused: "the About page" had no verb of its own
    assert steps("Visit the homepage, then the About page")[1] == steps("go to the About page")[0]
    # Words that are no page's name never borrow the visit
    refused("go to /login, then dance wildly, then click Sign in")
    refused("visit every page and ensure no typos")


def test_a_kind_before_its_quoted_name_is_that_named_part_or_field() -> None:
    # Once rows counted in a part named "table 'Users'", and a value labelled "value" looked
    # for in an item "Email"
    assert steps("check that table 'Users' has 3 rows") == steps("the Users table has 3 rows")
    # Its name quoted before its kind: once a part named '"Users" table', quotes and all
    assert steps("check that the 'Users' table has 3 rows") == steps("the Users table has 3 rows")
    assert steps("check that 'Email' has value 'x'") == steps("the Email field holds 'x'")
    refused("the Email field has value x")  # never the words "value x"
    assert steps("check that page has url '/dashboard'") == steps("the URL contains /dashboard")
    refused("the page has an address bar")


def test_a_question_a_tagline_or_a_slogan_named_by_its_words_is_those_words() -> None:
    # Once refused: "the question" named no kind we knew
    assert steps('make sure the question "Can I cancel anytime?" is there') == [
        ("expect_text", None, "Can I cancel anytime?", None)
    ]
    assert steps("the page shows the tagline 'Build faster'") == steps("the page says Build faster")
    refused("the slogan is visible")  # which words?


def test_what_has_gone_or_been_removed_is_not_shown() -> None:
    # Once the words "disappeared" and "gone" looked for in the spinner and the toast
    hidden = steps("the spinner disappeared")
    assert steps("the spinner has disappeared") == hidden
    assert steps("the spinner has gone") == hidden
    assert steps("the dialog has closed") == steps("the dialog is closed")
    assert steps("the page has Closed") == [("expect_text", None, "Closed", None)]  # words
    # Once refused
    assert steps("Error appears nowhere") == steps("Error is not shown")
    assert steps("Bob was removed from the table") == steps("Bob is not shown in the table")
    refused("Bob was removed")  # the page may well say so: where is he gone from?


def test_a_name_in_capitals_after_a_label_in_lower_case_is_one_value() -> None:
    # Once refused: "User" of "Test User" was taken for a second label
    assert steps("fill in name Test User, email ada@x.io and password Secret1")[:2] == [
        ("fill", Target(text="name"), "Test User", None),
        ("fill", Target(text="email"), "ada@x.io", None),
    ]
    assert steps("enter the name Ada Lovelace") == [
        ("fill", Target(text="name"), "Ada Lovelace", None)
    ]
    refused("fill in first name Bob last name Smith")  # two pairs, no comma between
    refused("fill in First name Bob Last name Smith")


def test_why_a_test_is_wanted_asks_nothing_of_the_page() -> None:
    goal = "We want to know when signup breaks. Go to /signup."
    assert steps(goal) == steps("Go to /signup")
    # A statement about the page is never dropped as a reason
    # ("I want to know if it says Error": what sets the monitor off, as "alert me if …")
    assert steps("I want to know if the page says Error. Open /x") == [
        ("expect_no_text", None, "Error", None),
        ("goto", None, "/x", None),
    ]
    # Once refused: a purpose, and what happened once, are reasons too
    for why in [
        "I want to make sure our login works.",
        "Our docs search broke last week.",
        "We had an outage where the pricing page showed $0.",
    ]:
        assert steps(f"{why} Go to /signup.") == steps("Go to /signup"), why
        refused(why)  # alone, no step says what to watch
    refused("the search is broken. Go to /signup")  # said now: a check no step makes


def test_a_sign_in_said_to_fail_is_tried_and_leaves_the_journey_signed_out() -> None:
    # Once each was refused
    tried = steps("log in with a wrong password")
    for goal in [
        "I cannot log in with a wrong password",
        "Verify that user is not able to login with invalid password",
        "logging in with a wrong password fails",
        "login with a bad password should fail",
        "make sure login fails with a wrong password",
        "the login should fail with a wrong password",
        "Make sure logging in with a wrong password doesn't let me in",
    ]:
        assert steps(goal) == [*tried, ("expect_signed_out", None, None, None)], goal
    # what it says then is said on the page, never in a part named "login"
    assert steps("The login should fail with a wrong password and say Invalid")[-1] == (
        "expect_text",
        None,
        "Invalid",
        None,
    )
    # the message it fails with is no password
    assert steps('Enter a valid email but wrong password; the login should fail with "Invalid"')[
        -1
    ] == ("expect_text", None, "Invalid", None)
    refused("I can't log in with valid credentials")  # the test's own account: which then?
    refused("I cannot log in")
    # Still on a page is where the step before left the journey: checked, never visited
    on_login = [("expect_url", None, "login", None)]
    for goal in ["I am still on the login page", "the user remains on the login page"]:
        assert steps(goal) == on_login, goal
    assert steps("I'm still on /login") == [("expect_url", None, "/login", None)]


def test_a_whole_form_is_never_a_field_to_type_into() -> None:
    # Once "Fill 'survey' with 'rate 5 stars'"
    refused("Fill out the survey: rate 5 stars")
    assert steps("Fill out the form: name Ann, email a@b.co") == steps(
        "fill in name Ann, email a@b.co"
    )
    # Once "Fill 'test' with 'email'": a kind of value described, never a field and its value
    refused("fill in the form with a test email")
    assert steps("fill in the form with email ada@x.io") == [
        ("fill", Target(text="email"), "ada@x.io", None)
    ]


def test_a_part_said_without_the_as_a_note_says_it_is_that_part() -> None:
    # Once each was refused
    for note in [
        "hero image loads",
        "login button is disabled",
        "footer has a Privacy link",
        "search bar is visible",
    ]:
        assert steps(note) == steps(f"the {note}"), note
    assert steps("login form shown") == steps("the login form is shown")
    # Never a check verb, a pronoun or a quantity taken for a part's name
    refused("verify more items appear")
    refused("verify more items shown")
    refused("check both fields show Required")
    assert steps("dashboard loads after login") == steps("log in; the dashboard loads")


def test_in_the_list_is_in_the_list_never_anywhere() -> None:
    # Once "Expect the page to show '#1001'", which a toast "Order #1001 deleted" passed
    assert steps("Check that order #1001 is in the list") == [
        ("expect_text", Target(text="list", role="list"), "#1001", None)
    ]
    # Once "Be on the 'list' page", which followed a link named so
    assert steps("Bob is on the list") == steps("Bob is in the list")
    refused("You're on the list")  # a message's words: say "the page says …"


def test_a_part_of_the_page_checked_is_never_a_box_named_so() -> None:
    # Once "Check the 'hero' checkbox"
    refused("Homepage: check hero, check nav, check footer")  # the hero: for what?
    assert steps("check logo") == steps("the logo is visible")
    assert steps("check remember me")[0][0] == "check"
    # Once refused: the homepage, as a note says it
    assert steps("Given on homepage, click Pricing") == steps("open the homepage, click Pricing")


def test_it_after_a_search_is_the_words_searched_for() -> None:
    # Once "Expect at least 1 of 'results' in 'results'": any result passed
    shown = steps("search for lamp; the results show lamp")
    for goal in [
        "Search for lamp and verify it appears in the results",
        "search for lamp and check it is listed",
        "search for lamp; it should be among the results",
    ]:
        assert steps(goal) == shown, goal
    assert steps("search for lamp; it shows 3 results")[-1][3] == 3  # the search's count
    # A result named so is among the results: once those words anywhere on the page
    among = ("expect_text", Target(text="results"), "Brass Lamp", None)
    for goal in [
        "search for lamp and make sure a result titled Brass Lamp appears",
        "search for lamp; a result called Brass Lamp is shown",
        "search for lamp and check there is a search result named Brass Lamp",
    ]:
        assert steps(goal)[-1] == among, goal
    # Once a search is opened, "look for" is what to search for: once the words anywhere
    # on the page, which a menu beside the search box may show whatever it finds
    for goal in [
        'Open the docs search with Ctrl+K and look for "webhook"',
        "Click the search icon. Look up webhook in it",
        "open search and find webhook",
    ]:
        assert steps(goal)[-1] == ("search", None, "webhook", None), goal
    assert steps("Open the menu and look for Pricing")[-1][0] == "expect_text"
    # "has Pro preselected": Pro chosen, never the words "Pro preselected"
    refused("the signup form should have Pro preselected")


def test_checking_an_address_is_opening_it_never_a_box() -> None:
    # Once "Check the '/pricing' checkbox"; "check the homepage" refused
    assert steps("check /pricing") == steps("/pricing loads") == [("goto", None, "/pricing", None)]
    assert steps("check example.com") == steps("example.com loads")
    assert steps("Check the homepage; then click Pricing")[0] == ("goto", None, "{{url}}", None)
    assert steps("check Remember me")[0][0] == "check"


def test_accepting_the_terms_ticks_their_box() -> None:
    # Once refused
    ticked = steps("tick the terms and conditions box")
    assert steps("accept the terms and conditions") == ticked
    assert steps("agree to the terms")[0] == (
        "check",
        Target(text="terms", role="checkbox"),
        None,
        None,
    )
    assert steps("accept the terms and click Sign up")[1][0] == "click"


def test_naming_what_was_made_types_in_its_name_field() -> None:
    # Once refused: "name it monitor-1" after creating a key
    assert steps("click Create key, name it monitor-1, and confirm")[1] == (
        "fill",
        Target(text="name"),
        "monitor-1",
        None,
    )
    refused("name it")


def test_where_on_the_screen_a_control_sits_is_not_its_name() -> None:
    # Once a control named "search icon (top right)" was clicked, and the search refused
    assert steps("click the search icon (top right)") == steps("click the search icon")
    assert steps("Use the search (top right) to look for 'rate limits'") == steps(
        "search for 'rate limits'"
    )


def test_an_answer_of_200_is_the_address_opened_and_kept() -> None:
    # Once refused, and "GET /api/health should say ok" a part named "GET /api/health"
    assert steps("/pricing returns 200") == [
        ("goto", None, "/pricing", None),
        ("expect_url", None, "/pricing", None),
    ]
    assert read_goal("/pricing returns 200").steps[1].compare == "equals"
    assert steps("the homepage doesn't 404") == steps("the homepage loads")
    assert steps("GET /api/health should say ok") == steps("/api/health says ok")
    assert read_goal("/pricing returns 404").steps[0].status == 404  # that answer, only


def test_an_answer_said_as_a_note_is_the_answer_returned() -> None:
    # Once each was refused: what an uptime check's notes say
    for goal in ["/pricing 200", "/pricing 200 OK", "GET /pricing -> 200", "/pricing answers 200"]:
        assert steps(goal) == steps("/pricing returns 200"), goal
    home = steps("the homepage returns 200")
    assert home == [("goto", None, "{{url}}", None), ("expect_url", None, "{{url}}", None)]
    assert steps("homepage 200") == steps("the site returns a 200") == home
    assert steps("/old gives a 404") == steps("/old returns 404")
    assert read_goal("/old gives a 404").steps[0].status == 404
    assert read_goal("/old -> 410").steps[0].status == 410
    # an error said not to be the answer: it opens, as any error answer fails to
    for goal in ["check /docs isn't a 404", "/docs is not a 404", "/docs isn't 404"]:
        assert steps(goal) == steps("/docs loads"), goal
    assert steps("the homepage isn't a 404") == steps("the homepage loads")
    refused("/docs isn't a 302")  # where it does lead, no words say


def test_the_test_itself_said_to_do_its_steps_does_them() -> None:
    # Once a part named "monitor checks that /status" was read
    assert steps("This monitor checks that /status says All good") == steps("/status says All good")
    assert steps("This check opens the homepage and clicks Pricing") == steps(
        "open the homepage and click Pricing"
    )
    assert steps("The test should open /docs") == steps("open /docs")
    refused("the test passes")


def test_it_after_finding_a_thing_by_its_words_is_that_thing() -> None:
    # Once "find" was refused, and "add it to the cart" after "look for Oak Chair" clicked
    # the first "Add to cart" of the page, whichever product it was
    on_the_chair = steps("add Oak Chair to the cart")[-1]
    for goal in [
        "look for Oak Chair and add it to the cart",
        "Find Oak Chair and add it to your cart",
        "Oak Chair is listed; add it to the cart",
    ]:
        assert steps(goal)[-1] == on_the_chair, goal
    assert steps("Locate the Pricing link and click it")[-1] == steps("click the Pricing link")[0]
    refused("find the cheapest flight")


def test_a_statement_after_words_looked_for_or_typed_is_a_check_of_its_own() -> None:
    # Once the words "Oak Chair, the toast says Saved" were looked for, and "Ada and the
    # cart count goes to 3" typed: the check after them never made
    for step in ["look for Oak Chair", "find Oak Chair", "fill the name with Ada"]:
        for check in [
            "the toast says Saved",
            "Slack shows Connected",
            "the cart count goes to 3",
            "Bob was removed from the table",
            "check the header says Hi",
        ]:
            for joined in [", ", " and "]:
                assert steps(f"{step}{joined}{check}") == [*steps(step), *steps(check)], (
                    step,
                    joined,
                    check,
                )
    # Words that say more, with no subject of their own, are still words
    assert steps("the page says Thanks, we will be in touch") == [
        ("expect_text", None, "Thanks, we will be in touch", None)
    ]


def test_an_amount_qualified_in_words_is_never_those_words_on_the_page() -> None:
    # Once the words "$105.84 including tax" were looked for next to "total"
    refused("The total should be $105.84 including tax")
    refused("the price is $49 with free shipping")
    assert steps("the total is '$105.84 including tax'")[0][2] == "$105.84 including tax"
    assert steps("the Pro plan costs $29 per month")[0][2] == "$29 per month"


def test_a_step_i_take_first_then_what_follows_is_the_step_then_the_check() -> None:
    # Once refused, or read whole as a block opened by "When …" with no "end"
    for lead in ["When I", "After I", "Once I", "As soon as I"]:
        assert steps(f"{lead} click Delete, Bob is gone") == steps("click Delete, then Bob is gone")
    assert steps("When I type lamp in the search box, Brass Lamp appears") == steps(
        "type lamp in the search box, then Brass Lamp appears"
    )


def test_more_than_before_is_never_a_count_nor_a_name() -> None:
    # Once 3 items holding the word "more" ("Read more") passed "3 more items are shown",
    # and a button named "Load more, 20 more products appear" was clicked
    for goal in [
        "3 more items are shown",
        "the list shows 10 more rows",
        "If I click Load more, 20 more products appear",
        "click Load more, then 20 more products appear",
    ]:
        refused(goal)


def test_a_thing_looked_for_in_a_part_is_looked_for_there() -> None:
    # Once the words "Bob in the list" were looked for anywhere
    assert steps("look for Bob in the list") == steps("Bob is shown in the list")
    assert steps("find Oak Chair in the results") == steps("Oak Chair is shown in the results")


def test_not_seeing_any_of_a_kind_is_none_of_them_shown() -> None:
    # Once refused
    assert steps("I shouldn't see any errors") == steps("no errors are shown")
    assert steps("I don't see any errors") == steps("no errors are shown")


def test_a_place_in_a_list_is_an_item_there_never_a_page() -> None:
    # Once "Be on the 'least 5 results' page", "Be on the 'top of the' page"
    assert steps("There are at least 5 results") == steps("there should be at least 5 results")
    assert steps("There are at least 5 results")[0][0] == "expect_count"
    first = steps("the first item in the list shows Bob")
    assert steps("Bob is at the top of the list") == first
    assert steps("Bob is first in the list") == first
    assert steps("Bob is the first item in the list") == first
    assert steps("Bob is at the bottom of the list") == steps("the last item in the list shows Bob")
    assert steps("Ada comes first") == steps("the first item shows Ada")
    assert steps("Brass Lamp appears at the top of the results") == steps(
        "the first item in the results shows Brass Lamp"
    )
    # At the top of what? The page, perhaps: no item, and no page named "top"
    refused("Bob is at the top")
    refused("Save is at the bottom")
    refused("It is at the top")
    refused("I am at the top")
    # a ceiling, as a floor is: never a page
    assert steps("There are at most 5 results")[0][0] == "expect_count"


def test_how_many_is_never_the_name_of_a_part() -> None:
    # Once a part named "At least one result", "Both rows", "One of the results"; now what
    # the results show, which their echo of a query never is (see test_checks_kinds.py)
    assert steps("At least one result mentions lamp") == steps("the results show lamp")
    assert steps("One of the results says lamp") == steps("the results show lamp")
    refused("Both rows show Active")
    refused("Only one result mentions lamp")
    refused("At most one row says Active")
    assert steps("Both Worlds shows Hi") == [
        ("expect_text", Target(text="Both Worlds"), "Hi", None)
    ]


def test_a_name_among_the_results_is_in_them() -> None:
    assert steps("Brass Lamp is among the results") == steps("Brass Lamp is in the results")
    assert steps("Brass Lamp is one of the results") == steps("Brass Lamp is in the results")
    assert steps("Bob isn't one of the results") == [
        ("expect_no_text", Target(text="results"), "Bob", None)
    ]


def test_a_step_done_in_a_place_is_never_words_seen_there() -> None:
    # Once the words "Put two mugs" looked for in the cart, "Leave a comment" in a box
    refused("Put two mugs in the cart")
    refused("Place 3 mugs in the basket")
    refused("Leave a comment in the box")
    refused("Drop two files in the upload area")
    assert steps("Put Blue Mug in the cart") == steps("add Blue Mug to the cart")


def test_now_in_capitals_is_the_last_word_of_a_name() -> None:
    # Once the header showing "Buy" passed "Buy Now is in the header"
    buy_now = [("expect_text", Target(text="header", role="banner"), "Buy Now", None)]
    assert steps("Buy Now is in the header") == buy_now
    assert steps("Buy Now in the header") == buy_now
    assert steps("Join Now appears in the header")[0][2] == "Join Now"
    assert steps("Bob is now in the list")[0][2] == "Bob"
    refused("Buy now is in the header")  # the button "Buy now", or "Buy" at last?


def test_a_part_said_before_a_heading_is_where_it_is() -> None:
    # Once a heading named "hero", which no page has
    hero = [("expect_visible", Target(text="heading", role="heading", within="hero"), None, None)]
    assert steps("the page has a hero heading") == hero
    assert steps("the hero has a heading") == hero
    assert steps("there is a sidebar heading")[0][1] == Target(
        text="heading", role="heading", within="sidebar"
    )
    refused("the page has a section heading")  # which words?
    assert steps("the welcome heading is shown")[0][1] == Target(text="welcome", role="heading")


def test_an_address_a_thing_points_at_is_never_gone_to() -> None:
    # Once went to the hook's address, then clicked "Create a webhook pointing"
    refused("Create a webhook pointing at https://example.com/hook")
    refused("Add a webhook pointed at https://example.com/hook")
    assert steps("click Save on /settings") == [
        ("goto", None, "/settings", None),
        ("click", Target(text="Save"), None, None),
    ]


def test_a_place_with_more_said_of_it_is_no_part_so_named() -> None:
    # Once a part named "members list with the Editor role", then one named "Bob appears"
    refused("Bob appears in the members list with the Editor role")
    assert steps("Bob appears in the members list") == steps("the members list shows Bob")


def test_where_a_step_leaves_me_is_checked_never_gone_to() -> None:
    # Once a visit: a Save that failed, on a page with a Dashboard link, passed
    dashboard = ("expect_url", None, "dashboard", None)
    for goal in [
        "click Save and I'm on the dashboard",
        "click Save and I am now on the dashboard",
        "click Save, then we're on the dashboard page",
    ]:
        assert steps(goal) == [("click", Target(text="Save"), None, None), dashboard], goal
    # Before any step, or once signed in to set the journey up, being there is a visit
    visit = ("visit", Target(text="dashboard"), None, None)
    assert steps("I am on the dashboard") == [visit]
    assert steps("Given I am logged in\nAnd I am on the dashboard")[-1] == visit
    assert steps("click Sign out and I'm back on the home page")[-1][0] == "expect_url"


def test_a_page_for_a_thing_is_gone_to_before_what_it_shows() -> None:
    visit = ("visit", Target(text="Blue Mug"), None, None)
    refused("Select tomorrow's date in the date picker")  # a day of the run, no option
    refused("Click today's date in the calendar")  # never the words "Click today's date"
    assert steps("the product page for Blue Mug shows In stock") == [
        visit,
        ("expect_text", None, "In stock", None),
    ]
    assert steps("Check the product page of Blue Mug has an Add to cart button")[0] == visit


def test_an_arrow_before_where_a_step_leads_is_a_step_then_the_check() -> None:
    # Once opened a menu entry named "land on /signup"
    assert steps("Visit the homepage → click Get started → land on /signup") == [
        ("goto", None, "{{url}}", None),
        ("click", Target(text="Get started"), None, None),
        ("expect_url", None, "/signup", None),
    ]
    assert [s[0] for s in steps("Open Settings → Billing → Invoices")] == ["open"] * 3


def test_a_statement_is_never_a_place_words_are_seen_in() -> None:
    # Once the word "Typing" looked for in a part named "search shows suggestions"
    refused("Typing in the search shows suggestions")
    refused("Scrolling in the list loads more")


def test_it_after_adding_a_thing_is_that_thing() -> None:
    mug = ("expect_text", Target(text="cart"), "Blue Mug", None)
    assert steps("add Blue Mug to the cart and check it is in the cart")[1] == mug
    assert steps("add Blue Mug to the cart and I see it in the cart")[1] == mug
    # What "it says" after adding may be a message, or the card: as before, the page's
    assert steps("add Blue Mug to the cart and check it says Added")[1] == (
        "expect_text",
        None,
        "Added",
        None,
    )


def test_a_thing_said_to_appear_after_a_step_is_never_more_of_it() -> None:
    # Once typed "Ada - a toast appears saying Saved" into the name field
    toast = ("expect_text", Target(text="toast", role="alert"), "Saved", None)
    for goal in [
        "fill the name with Ada - a toast appears saying Saved",
        "click Save -> a toast appears saying Saved",
        "delete Milk — a toast appears saying Saved",
        "find Oak Chair, a toast appears saying Saved",
        "fill the name with Ada and a toast pops up saying Saved",
    ]:
        read = steps(goal)
        assert len(read) == 2 and read[1] == toast, goal
    assert steps("fill the name with Ada, the product page for Oak Chair shows In stock")[1:] == (
        steps("the product page for Oak Chair shows In stock")
    )


def test_answers_a_server_gives_are_no_words_on_the_page() -> None:
    # Once "404s" looked for, which no page shows: a check that could never fail
    refused("No 404s on the page")
    refused("No 404 errors on the page")
    refused("the page shows no 404s")
    assert steps("No results found on the page") == [
        ("expect_text", None, "No results found", None)
    ]


def test_what_is_at_an_address_is_the_page_there() -> None:
    # Once a part named "sitemap" looked for in an XML file, which has no parts
    assert steps("The sitemap at /sitemap.xml lists /pricing") == [
        ("goto", None, "/sitemap.xml", None),
        ("expect_text", None, "/pricing", None),
    ]
    assert steps("the health endpoint at /api/health says ok")[1] == (
        "expect_text",
        None,
        "ok",
        None,
    )
    refused("the docs at /docs mention webhooks")  # never a part named "docs at /docs"


def test_things_described_or_closed_are_never_words_gone() -> None:
    # Once passed while every completed task showed: the words "Completed tasks" were gone
    refused("Completed tasks are hidden")
    refused("Archived projects are not shown")
    # Once passed on any page without "Ticket #12": a ticket closed is a state, not gone
    refused("Ticket #12 is closed")
    refused("Issue 5 is closed")
    assert steps("the dialog is closed") == [
        ("expect_hidden", Target(text="dialog", role="dialog"), None, None)
    ]
    assert steps("Welcome Tasks is shown") == [("expect_text", None, "Welcome Tasks", None)]
    # Said with a plural verb, things described are each of them: never a part so named,
    # whose own heading ("Overdue tasks") would say "Overdue"
    refused("Overdue tasks say Overdue")
    refused("Out of stock items show Sold out")
    assert steps("Search results show Brass Lamp")[0][2] == "Brass Lamp"
    assert steps("The members list includes Bob") == [
        ("expect_text", Target(text="members", role="list"), "Bob", None)
    ]


def test_a_browser_tab_is_no_control_on_the_page() -> None:
    # Once clicked a control named "new tab", or a tab named "new browser"
    refused("open new tab and go to https://example.com")
    refused("open a new browser tab")
    refused("open a new window")
    assert steps("click the New tab") == [("click", Target(text="New", role="tab"), None, None)]


def test_a_picture_said_to_load_is_seen_and_loaded() -> None:
    logo = [("expect_visible", Target(text="logo", role="img"), None, None)]
    assert steps("the logo loads") == logo
    assert steps("the logo image has loaded") == logo
    assert steps("the avatar loaded") == [
        ("expect_visible", Target(text="avatar", role="img"), None, None)
    ]
    assert steps("the Acme logo loads correctly")[0][1] == Target(text="Acme", role="img")
    refused("the order summary loads")  # no picture, nor a page: what shows it?
    # The avatar shows initials as words: in the part marked so, picture or not
    assert steps("confirm the avatar shows AL") == [
        ("expect_text", Target(text="avatar", role="img"), "AL", None)
    ]
    refused("click the profile picture in the top right")  # a spot on the screen


def test_both_before_names_is_never_part_of_the_first() -> None:
    # Once a button named "Both Save"
    assert steps("Both Save and Cancel buttons are visible") == [
        ("expect_visible", Target(text="Save", role="button"), None, None),
        ("expect_visible", Target(text="Cancel", role="button"), None, None),
    ]


def test_the_details_of_a_thing_are_its_page() -> None:
    # Once a page named "order details for #1001"
    assert steps("view the order details for #1001") == [
        ("visit", Target(text="#1001"), None, None)
    ]


def test_steps_in_a_row_between_bars_are_each_a_step() -> None:
    assert steps("Open /login | type a@b.co into Email | click Login | see Welcome") == [
        ("goto", None, "/login", None),
        ("fill", Target(text="Email"), "a@b.co", None),
        ("click", Target(text="Login"), None, None),
        ("expect_text", None, "Welcome", None),
    ]
    # A bar inside words is one of them
    assert steps("the title is Pricing | Acme")[0][2] == "Pricing | Acme"


def test_two_things_said_as_one_subject_are_no_part_so_named() -> None:
    # Once a part named "status 200 and body"
    refused("Expected: status 200 and body contains ok")
    assert steps("Terms and Conditions says Hi")[0][1] == Target(text="Terms and Conditions")


def test_how_a_thing_ended_is_never_its_name() -> None:
    # Once looked for the last thing named "run succeeded"
    refused("check the last run succeeded")
    refused("check the job failed")
    # Words a page says, written as they are shown, stay words
    assert steps("verify Payment completed") == [("expect_text", None, "Payment completed", None)]


def test_controls_said_of_are_never_one_clicked() -> None:
    # Once clicked a control named "Sign up buttons" in a goal that only looks
    assert steps("The header has Log in and Sign up buttons") == [
        ("expect_visible", Target(text=name, role="button", within="header"), None, None)
        for name in ("Log in", "Sign up")
    ]
    # a capitalised name after words a check expects goes on, never a step to take
    assert steps("the banner says Shop and Save") == [
        ("expect_text", Target(text="banner"), "Shop and Save", None)
    ]
    assert steps("the banner says Save and Submit")[0][2] == "Save and Submit"
    assert [s[0] for s in steps("verify Welcome and click Save")] == ["expect_text", "click"]
    refused("Toggling to annual pricing shows Save 20%")  # a step, said as a subject
    assert steps("The cookie banner has Accept and Reject buttons") == [
        (
            "expect_visible",
            Target(text="Accept", role="button", within="cookie banner"),
            None,
            None,
        ),
        (
            "expect_visible",
            Target(text="Reject", role="button", within="cookie banner"),
            None,
            None,
        ),
    ]


def test_a_failure_said_after_its_condition_is_the_check() -> None:
    assert steps("if the banner says Maintenance, fail") == [
        ("expect_no_text", Target(text="banner"), "Maintenance", None)
    ]
    assert steps("If the page ever shows Error, alert me") == steps("fail if the page shows Error")
    # "w/" is "with"
    assert steps("login w/ the test account then open settings") == steps(
        "login with the test account then open settings"
    )


def test_a_statement_inside_a_name_is_no_name() -> None:
    # Once an item named "results only show blue" looked for
    refused("Apply the Blue filter and check the results only show blue items")
    # Once searched for the words "an empty string"
    refused("Search for an empty string")
    assert steps("the tv show item is visible")[0][1] == Target(text="tv show", role="listitem")


def test_a_test_case_s_name_before_its_steps_is_no_step() -> None:
    # "Add item to cart" was clicked before the steps opened the shop.
    for goal in [
        "Test case: Add item to cart. Steps: open the shop, click Add to cart on Oak Chair.",
        "TC-7: Add item to cart\nSteps: open the shop, click Add to cart on Oak Chair",
    ]:
        assert steps(goal) == steps("open the shop, click Add to cart on Oak Chair"), goal
    # With no steps named after it, what follows the label is the test
    assert steps("Test: open /cart") == [("goto", None, "/cart", None)]


def test_a_test_tool_s_locator_is_no_name_on_the_page() -> None:
    # "id=login" was a control's name to click
    for goal in ["Click Element id=login", "click css=.btn", "type demo into name=username"]:
        refused(goal)
    assert steps("the URL contains id=5") == [("expect_url", None, "id=5", None)]


def test_a_state_said_before_a_kind_is_no_name() -> None:
    # A link named "active nav", a button named "disabled" were looked for
    for goal in [
        "the active nav link is Pricing",
        "the disabled button says Save",
        "the current page link is 2",
    ]:
        refused(goal)
    assert steps("click the close button") == [
        ("click", Target(text="close", role="button"), None, None)
    ]


def test_an_aside_on_how_a_control_looks_is_no_part_of_its_name() -> None:
    # A control named "Save (the blue button)" was clicked
    refused("Click Save (the blue button)")
    refused("Open the menu (the hamburger icon) and tap Settings")
    assert steps("Sort by Price (low to high)")[0][2] == "Price (low to high)"


def test_the_site_speaking_as_we_shows_what_it_says() -> None:
    assert steps("make sure we show Invalid credentials") == steps(
        "the page shows Invalid credentials"
    )
    refused("we say Hello")
    # Sent back to a page, said as people say it
    for goal in ["we should bounce to /login", "I get kicked back to /login"]:
        assert steps(goal) == [("expect_url", None, "/login", None)], goal


def test_what_a_journey_is_for_said_first_is_no_step() -> None:
    journey = "go to /signup, put in a test email, hit Create account"
    for preamble in [
        "Hey, can you check every morning that our signup page still works?",
        "Please make sure signup still works.",
        "Please keep an eye on signup:",
    ]:
        assert steps(f"{preamble} {journey}") == steps(journey), preamble
    # Said alone, it asks nothing a page can show
    refused("Make sure signup works")
    # "a test email": a sample, in the one Email field
    assert steps("put in a test email")[0][:2] == (
        "fill_form",
        Target(text="email", role="textbox"),
    )
    refused("type a random name")
    # What is watched is what "it" then names: once any words "Build faster" on the page,
    # never the headline's, and the homepage left unvisited
    headline = steps("the homepage headline should say Build faster")
    assert headline == [
        ("goto", None, "{{url}}", None),
        ("expect_visible", Target(text="Build faster", role="heading", level=1), None, None),
    ]
    assert steps("Keep an eye on the homepage headline: it should say Build faster") == headline


def test_a_step_run_on_into_a_product_s_name_is_no_name() -> None:
    # The "Add to cart" button in a card named "Oak Chair, go" was clicked
    refused("add the Oak Chair, go to the cart")


def test_the_landing_page_after_signing_in_is_where_it_landed() -> None:
    # It went back to the start page, whose "Welcome" passed for the signed-in page's
    for goal in [
        "Verify 'Welcome' text is displayed on the landing page after login",
        "log in; the landing page says Welcome",
    ]:
        assert steps(goal) == steps("log in and check the page says Welcome"), goal
    assert steps("the landing page says Welcome")[0] == ("goto", None, "{{url}}", None)
    assert steps("log in, then go to the landing page")[-1] == ("goto", None, "{{url}}", None)


def test_shorthand_is_read_whole_and_refused_as_written() -> None:
    assert steps("search for lamp, expect 3+ results") == steps(
        "search for lamp, expect at least 3 results"
    )
    assert steps("type 5+ into Amount")[0][2] == "5+"
    assert steps("the page says 3+ results")[0][2] == "3+ results"
    assert steps("enter creds") == steps("enter credentials")
    # a quick note's shorthand: once refused
    assert steps("log in w/ the demo acct") == steps("log in with the demo account")
    assert steps("sign in and check the welcome msg") == steps(
        "sign in and check the welcome message"
    )
    assert steps("click the Save btn") == steps("click the Save button")
    assert steps("the forgot pw link goes to /reset")[0][1] == Target(
        text="forgot password", role="link"
    )
    assert steps("Log in: alice / pw")[0][:3] == ("sign_in", None, "alice")  # "pw" typed
    assert steps("type 'btn' into Search")[0][2] == "btn"  # quoted: as written
    # a part named without its article: once a click on a control named "Pricing in nav"
    assert steps("clicking on Pricing in nav goes to pricing page") == steps(
        "clicking on Pricing in the nav goes to the pricing page"
    )
    assert steps("click Login in header")[0][1] == Target(text="Login", within="header")
    with pytest.raises(GoalNotUnderstood, match="'login w/ the zzz qqq'"):
        read_goal("login w/ the zzz qqq")


def test_a_page_or_part_checked_for_words_shows_them() -> None:
    # A checkbox named "/status" was to be ticked
    assert steps("check /status for All systems operational") == steps(
        "/status shows All systems operational"
    )
    assert steps("check the footer for a Privacy link") == steps("the footer has a Privacy link")
    assert steps("check the box for Terms")[0][0] == "check"
    refused("check the page for errors")


def test_an_address_before_a_colon_is_the_page_its_steps_are_on() -> None:
    # "/pricing:" was a heading, and its check read whatever page was open
    assert steps("/pricing: the Pro plan costs $29") == steps("On /pricing, the Pro plan costs $29")
    assert steps("/login:\nsign in as jdoe")[0] == ("goto", None, "/login", None)
    assert steps("http://localhost:8000/login: sign in as jdoe")[0] == (
        "goto",
        None,
        "http://localhost:8000/login",
        None,
    )
    # "expect /dashboard": where the step before it landed
    assert steps("sign in as jdoe, expect /dashboard")[-1] == (
        "expect_url",
        None,
        "/dashboard",
        None,
    )


def test_what_a_part_shows_after_its_name_and_a_colon_is_never_typed() -> None:
    # "shows Oak Chair" was typed into a field named Cart
    assert steps("Cart: shows Oak Chair") == steps("the Cart shows Oak Chair")
    assert steps("Name: Ada") == [("fill", Target(text="Name"), "Ada", None)]


def test_a_thing_named_by_its_number_labels_its_values() -> None:
    # "status Shipped" was looked for as words
    status = Target(text="status", within="order #1001")
    assert steps("order #1001 has status Shipped") == [("expect_text", status, "Shipped", None)]
    # Once "Expect 'order #1001' to show 'status Shipped'"
    assert steps("the order #1001 should have status Shipped") == steps(
        "order #1001 has status Shipped"
    )
    assert steps("the row for order #1001 has status Shipped") == steps(
        "order #1001 has status Shipped"
    )
    # "the row for #1001" was refused
    assert steps("the row for #1001 says Shipped") == [
        ("expect_text", Target(text="row", role="row", within="#1001"), "Shipped", None)
    ]


def test_which_one_the_page_ranks_first_is_no_name_and_a_bound_no_words() -> None:
    # An item named "cheapest" was looked for; the words "4 stars or more" were
    for goal in [
        "the cheapest item is Pencil",
        "click the cheapest item",
        "the rating is 4 stars or more",
        "the rating shows 4 stars or more",
        # A part named "latest transaction": "Latest transactions" heads the whole list,
        # so Coffee Shop anywhere in it passed
        "the latest transaction should be Coffee Shop",
        "check that the most recent order is #1042",
        "the newest comment says Great post",
        "the highest-rated product is Oak Chair",
    ]:
        refused(goal)
    assert steps("the latest transactions show Coffee Shop")[0][1] == Target(
        text="latest transactions"
    )
    assert steps("the latest version should be 2.4.0")[0][1] == Target(text="latest version")
    assert steps("the best sellers section shows Oak Chair")[0][1] == Target(text="best sellers")
    assert steps("the results show 3 or more items")[0][3] == 3


def test_data_a_scenario_says_exists_is_assumed_with_its_table() -> None:
    reading = read(
        'Given the following users exist:\n| name |\n| Ada |\nWhen I go to /users\nThen I see "Ada"'
    )
    assert reading.plan.assumptions == ["the following users exist: | name | | Ada |"]
    assert [s.action for s in reading.plan.steps] == ["goto", "expect_text"]
    assert read("Given a user Ada exists\nWhen I go to /users").plan.assumptions == [
        "a user Ada exists"
    ]
    # A table under a step is its values, never assumed
    filled = read("When I fill in the form with:\n| Name | Ada |\nAnd I press Send")
    assert [s.action for s in filled.plan.steps] == ["fill", "click"]


def test_terms_accepted_with_a_sign_up_are_ticked_before_it_is_sent() -> None:
    # Once ticked after the form was sent (browser test of the same name)
    assert [s[0] for s in steps("Register with email ada@example.com, and accept the terms")] == [
        "check",
        "fill",
        "submit",
    ]
    # what comes with the sign-up, never before it
    refused("Sign up with email ada@example.com and accept the invitation")


def test_a_step_told_as_the_subject_of_what_it_should_do_comes_first() -> None:
    assert steps("Clicking Save should show Saved") == steps(
        "click Save, then the page shows Saved"
    )
    assert steps("Submitting the form should take me to /thanks") == [
        ("submit", None, None, None),
        ("expect_url", None, "/thanks", None),
    ]
    # Once a part named "submitting": the step said alone, its object going without saying
    assert steps("leave the email empty; submitting should show Email is required")[1:] == [
        ("submit", None, None, None),
        ("expect_text", None, "Email is required", None),
    ]
    refused("take me to /pricing")  # a request, never a check of where a step led
    # A control named "Save nothing happens" was clicked
    refused("When I click Save nothing happens")


def test_a_step_said_with_what_it_should_show_comes_before_the_check() -> None:
    assert steps("Clicking the copy button shows Copied!") == steps(
        "click the copy button, then the page shows Copied"
    )
    assert steps("Going to /docs/nope shows Page not found")[0] == (
        "goto",
        None,
        "/docs/nope",
        None,
    )
    # An error said to be the answer: the address must answer it, and nothing else passes
    for goal in ("/nope returns 404", "GET /nope should respond with 404 Not Found"):
        assert read_goal(goal).steps[0].status == 404, goal
    opened = read_goal("the 404 page at /nope says Page not found").steps
    assert [(s.action, s.status) for s in opened] == [("goto", 404), ("expect_text", None)]
    assert read_goal("/nope says Page not found").steps[0].status is None
    refused("/old returns 302")  # sent on: where to, no words say
    # said after the visit: the address just opened must answer it
    for said in ("check the 404 page says Page not found", "you should see a 404 page"):
        assert read_goal(f"Visit /nope and {said}").steps[0].status == 404, said
    assert steps("Visit /nope and expect a 404") == steps("/nope returns 404")
    # said before the visit, as "when visiting /nope": the same, once the visit comes first
    for goal in (
        "Verify the 404 page says Page not found when visiting /nope",
        "You should see a 404 page when visiting /nope",
    ):
        opened = read_goal(goal).steps
        assert (opened[0].action, opened[0].value, opened[0].status) == ("goto", "/nope", 404)
    for goal in ("Click Help and expect a 404", "the 404 page says Page not found"):
        with pytest.raises(GoalNotUnderstood, match="which address answers it"):
            read_goal(goal)
    refused("hit /health and expect 200")  # no error: which address it is, say so
    # "the page /docs/nope": that address, opened, never a part of the page so named
    assert steps("The page /docs/nope says Page not found") == steps(
        "Going to /docs/nope shows Page not found"
    )
    # A control named "Save with an empty name", the word "letters" typed
    refused("Clicking Save with an empty name shows an error")
    refused("type letters into Phone")
    assert steps("type Letters into Phone")[0][2] == "Letters"


def test_signing_in_through_another_site_is_no_account_of_this_form() -> None:
    # A user named "SSO" with the password "acme.com" was typed into the form
    for goal in [
        "Sign in with SSO using acme.com",
        "log in with Google",
        "sign in with a magic link",
    ]:
        refused(goal)
    assert steps("log in as Xavier")[0][2] == "Xavier"


def test_two_sign_in_pairs_on_a_line_split_at_the_mark_between() -> None:
    # "jdoe /" was typed as the user
    assert steps("user: jdoe / pass: hunter2")[0] == ("fill", Target(text="user"), "jdoe", None)
    # "the cart's empty": "is", said short
    assert steps("the cart's empty") == steps("the cart is empty")
    assert steps("Bob's not listed") == steps("Bob is not listed")


def test_checking_a_box_typed_in_is_seeing_it_never_ticking_it() -> None:
    # A checkbox named "search" was to be ticked
    assert steps("check the search box") == steps("the search box is shown")
    assert steps("check the terms box")[0][0] == "check"


def test_a_thing_by_its_place_after_then_borrows_the_click() -> None:
    assert steps("click Blog, then the first post") == steps(
        "click Blog, then click the first post"
    )
    refused("click Save, then the first thing you see")


def test_he_or_she_after_a_person_is_removed_is_that_person() -> None:
    assert steps("Remove Bob from the team and check he is no longer listed") == steps(
        "Remove Bob from the team and check Bob is no longer listed"
    )


def test_waiting_for_a_page_to_be_reached_is_its_address() -> None:
    # The words "navigation to /dashboard" were waited for
    assert steps("Wait for navigation to /dashboard") == [("expect_url", None, "/dashboard", None)]
    assert steps("After the redirect, the URL should contain /callback") == [
        ("expect_url", None, "/callback", None)
    ]
    assert steps("wait for the redirect, then click Continue") == steps("click Continue")


def test_a_question_is_the_statement_it_asks() -> None:
    for asked, said in [
        ("Does the header have a Log in button?", "the header has a Log in button"),
        ("Is the cart empty?", "the cart is empty"),
        ("Is the error gone?", "the error is gone"),
        ("Can I see Welcome back?", "I see Welcome back"),
    ]:
        assert steps(asked) == steps(said), asked


def test_a_value_of_an_item_said_with_a_place_too_is_refused() -> None:
    # Once the quantity of an item named "Oak Chair in the cart"; the label dropped once
    # that name was refused, which any "2" in the chair's line passed
    refused("the quantity of Oak Chair in the cart is 2")
    assert steps("the quantity of Oak Chair is 2") == [
        ("expect_text", Target(text="quantity", within="Oak Chair"), "2", None)
    ]


def test_only_in_the_middle_of_what_is_shown_is_a_restriction_not_words() -> None:
    # The words "SSO only under Enterprise" were looked for
    refused("The pricing table lists SSO only under Enterprise")
    assert steps("the page says Members only")[0][2] == "Members only"


def test_type_in_a_place_with_no_words_types_nothing() -> None:
    # "in the search" was typed into the field used before
    refused("Typing in the search shows suggestions")
    refused("type in the search box")
    # and joined to the step before, a control named "Name, type" was clicked
    refused("click Name, type in the box")


def test_fields_set_with_equals_after_a_verb_are_each_filled() -> None:
    # Once refused whole: "name=Ada" was taken for a test tool's locator
    reading = read("fill name=Ada, email=ada@example.com, password=secret123 and submit")
    assert [(s.action, s.target and s.target.text, s.value) for s in reading.plan.steps] == [
        ("fill", "name", "Ada"),
        ("fill", "email", "ada@example.com"),
        ("fill", "password", "{{password}}"),
        ("submit", None, None),
    ]
    assert steps("fill in First name = Ada") == steps("fill in First name: Ada")
    # a locator, and a value after it, is neither a field nor its value
    refused("type name=q hello")
    refused("enter id=login")
    # a value typed where it says keeps its "="
    assert steps("type x=5 into the formula box")[0][2] == "x=5"


def test_a_value_and_a_second_thing_said_without_its_words_is_refused() -> None:
    # The words "All Systems Operational and no incidents" were looked for: a healthy page
    # that shows no incidents failed
    refused("the status page shows All Systems Operational and no incidents")
    # Once the words "Welcome back and show a Revenue chart"
    refused("After logging in, the dashboard should say Welcome back and show a Revenue chart")
    assert steps("the page shows Welcome and no errors")[0][2] == "Welcome"
    assert steps("the page says 'Fast and no fees'")[0][2] == "Fast and no fees"


def test_a_control_that_changes_to_words_is_named_by_them() -> None:
    # Once the 'Add to cart' button showing 'Added': by its old name it is never found
    assert steps("the Add to cart button should change to Added") == [
        ("expect_visible", Target(text="Added", role="button"), None, None)
    ]
    # a new name inside the old one would find the button unchanged
    refused("the Add to cart button changes to Add")
    refused("the Save button should not change to Saved")


def test_images_said_together_are_never_one_image_so_named() -> None:
    # "the product images load" checked one picture named "product"
    refused("the product images load")
    refused("the about page has our team photos")
    refused("the Oak Chair images load")
    assert steps("the product image loads")[0][1] == Target(text="product", role="img")


def test_the_title_tag_is_the_page_s_title() -> None:
    # Once a part named "title tag", which no page has
    assert steps("check the title tag says Acme Store") == steps("the page title says Acme Store")


def test_a_thing_said_with_its_kind_and_code_is_named_by_the_code() -> None:
    # Once the words "amount $120.00" looked for in an item named "invoice INV-002", and
    # "the amount of invoice INV-002" checked any figure next to those words, its label
    # dropped
    amount = [("expect_text", Target(text="amount", within="INV-002"), "$120.00", None)]
    assert steps("invoice INV-002 has amount $120.00") == amount
    assert steps("the amount of invoice INV-002 is $120.00") == amount
    assert steps("ticket ABC-17's status is Open") == steps("the status of ABC-17 is Open")
    assert steps("the row for invoice INV-002 says Paid")[0][1] == Target(
        text="row", role="row", within="INV-002"
    )


def test_a_label_of_a_thing_in_lower_case_is_never_dropped() -> None:
    # "the status of the lamp is Active" checked that "Active" shows next to "lamp"
    refused("the status of the lamp is Active")
    # a price is the figure next to the thing's name, which no label may name
    assert steps("the price of the lamp is $40") == [
        ("expect_text", Target(text="lamp"), "$40", None)
    ]


def test_an_address_said_as_an_endpoint_is_gone_to() -> None:
    # Once a click on a control named "/health endpoint", and a check that the page was
    # one so named
    health = [("goto", None, "/health", None)]
    for goal in ("Hit the /health endpoint", "go to the /health endpoint", "open the /health url"):
        assert steps(goal) == health, goal
    assert steps("the response of /api/version contains '1.4'") == [
        ("goto", None, "/api/version", None),
        ("expect_text", None, "1.4", None),
    ]


def test_an_answer_s_code_expected_alone_is_no_words_on_the_page() -> None:
    # "expect 200" looked for the words "200", which an error page may show
    for goal in ("hit /health and expect 200", "expect HTTP 200", "expect a 404"):
        refused(goal)
    assert steps("expect '200'") == [("expect_text", None, "200", None)]
    assert steps("/health returns 200")[-1][0] == "expect_url"


def test_what_a_thing_does_to_another_is_no_name() -> None:
    # Once a field named "sign up form validates the email" was looked for
    refused("Make sure the sign up form validates the email field")
    assert steps("click the terms of the service link")[0][1] == Target(
        text="terms of the service", role="link"
    )


def test_check_if_asks_whether_and_is_a_check() -> None:
    # Once refused as a step done only if something holds
    for asked, said in [
        ("check if the Login button exists", "check that the Login button exists"),
        ("Please verify if the page says Welcome", "verify that the page says Welcome"),
        ("see if the cart is empty", "the cart is empty"),
    ]:
        assert steps(asked) == steps(said), asked
    # a condition after it is still one
    refused("check if the banner is shown if logged in")


def test_items_listed_in_brackets_are_each_added() -> None:
    # Once "(milk" and "bread)" were typed
    assert steps("add three todos (milk, eggs, bread)") == steps(
        "add three todos: milk, eggs, bread"
    )
    refused("add a todo (urgent)")  # said of the todo, which no words of it are


def test_how_a_thing_stands_in_a_place_is_no_name_of_the_place() -> None:
    # Once a part named "list as Invited" was looked for: Bob in the list, showing Invited
    assert steps("Bob should show up in the list as Invited") == [
        ("expect_text", Target(text="list", role="list"), "Bob", None),
        ("expect_text", Target(text="Bob"), "Invited", None),
    ]
    assert steps("click Save as Draft")[0][1] == Target(text="Save as Draft")


def test_an_option_then_its_group_is_picked_in_that_group() -> None:
    # Once a click on a control named "Editor role"
    assert steps("pick the Editor role") == [("pick", Target(text="role"), "Editor", None)]
    assert steps("choose the Large size") == steps("choose size Large")
    assert steps("select the Save button")[0][0] == "click"


def test_only_a_thing_in_a_place_is_all_the_place_holds() -> None:
    # Once the words "Only Oak Chair" looked for in the cart
    assert steps("Only Oak Chair should be in the cart") == steps(
        "Only Oak Chair is shown in the cart"
    )
    assert steps("Only Oak Chair should be in the cart")[0][0] == "expect_only"


def test_nothing_chosen_is_no_option_named_so() -> None:
    # Once an option named "Nothing" was to be selected
    refused("Nothing is selected in the Size dropdown")
    assert steps("select None in the Priority dropdown")[0][2] == "None"


def test_filters_joined_by_and_are_each_picked() -> None:
    # Once refused at "color Black"
    assert steps("filter by size 42 and color Black") == [
        ("pick", Target(text="size"), "42", None),
        ("pick", Target(text="color"), "Black", None),
    ]
    # a name joined by "and", with no group of its own, stays one option
    assert steps("filter by Salt and Pepper")[0][2] == "Salt and Pepper"
    # where the next check is said is no option to filter by
    assert steps("filter by Status: Open, then in the Returns section, the text says 30 days") == [
        ("pick", Target(text="Status"), "Open", None),
        ("expect_text", Target(text="Returns"), "30 days", None),
    ]
    assert steps("filter by in stock")[0][2] == "in stock"


def test_a_page_checked_for_something_shows_it() -> None:
    # Once refused: "check the footer for X" read, never a page
    assert steps("check the home page for 'Monitoring made simple'") == steps(
        "the home page shows 'Monitoring made simple'"
    )
    # a page of a thing is still that thing's page
    assert steps("check the product page for Oak Chair shows In stock") == steps(
        "the product page for Oak Chair shows In stock"
    )


def test_answers_of_a_kind_are_no_words_on_the_page() -> None:
    # "no 5xx on /api/health" once looked for the words "5xx", which no error page shows
    refused("ensure no 5xx on /api/health")
    opened = [("goto", None, "/api/health", None)]
    assert steps("/api/health should not return any 5xx errors") == opened
    assert steps("/api/health never returns a 500 error") == opened


def test_a_selector_is_no_name_and_the_title_element_is_the_title() -> None:
    refused('type "lamp" in input[name=q]')  # once typed into a field named so
    assert steps("verify the <title> is Acme Store") == steps("the page title is Acme Store")


def test_a_hyphened_sign_in_is_signing_in() -> None:
    assert steps("Log-in as jdoe") == steps("log in as jdoe")
    assert steps("log-out") == steps("log out")


def test_comparison_marks_read_as_their_words() -> None:
    assert steps("expect >= 1 result") == steps("expect at least 1 result")
    assert steps("assert url == /dashboard") == steps("assert the URL is /dashboard")


def test_the_kind_of_words_shown_is_not_among_them() -> None:
    # Once the words "initials JD" were looked for
    assert steps("the avatar shows initials JD") == steps("the avatar shows JD")
    assert steps("the page shows the number 42") == steps("the page shows 42")


def test_signing_in_and_out_signs_out_too() -> None:
    # "and out" was once read as where to sign in, and the sign-out dropped
    assert [s[0] for s in steps("Log in and out")] == ["sign_in", "sign_out"]
    assert steps("log in and then out") == steps("log in, then log out")


def test_what_happens_now_and_then_is_no_check() -> None:
    # "Our pricing page sometimes shows $0" once checked that it shows "$0 for the Pro plan"
    refused("Our pricing page sometimes shows $0 for the Pro plan. Make sure Pro shows $29.")
    assert steps("the page says 'Sometimes late'")[0][2] == "Sometimes late"


def test_a_search_said_with_its_results_is_done_then_checked() -> None:
    searched = steps("search for lamp returns results")
    for goal in (
        "search returns results for lamp",
        "Monitor that search returns results for 'lamp'",
        "check that searching for lamp returns results",
    ):
        assert steps(goal) == searched, goal


def test_all_of_a_number_of_things_is_that_many_said_again_or_not() -> None:
    # "12 products again" was the words "12 products again"; "all 12 products" was refused
    twelve = [("expect_count", Target(text="products"), None, 12)]
    for goal in [
        "expect all 12 products",
        "expect 12 products again",
        "all 12 products are listed",
        "12 products are shown again",
    ]:
        assert steps(goal) == twelve, goal


def test_clearing_things_is_never_emptying_a_field_named_by_them() -> None:
    # "Clear the filters" once emptied a field named "filters"
    assert steps("Clear the filters")[0][0] == "press_named"  # a control so named
    refused("clear all filters")
    assert steps("clear the Filters field") == [
        ("fill", Target(text="Filters", role="textbox"), "", None)
    ]


def test_a_suggestion_is_an_option_offered_as_you_type() -> None:
    # "pick the suggestion Lamp" once clicked a control named "suggestion Lamp"
    lamp = [("click", Target(text="Lamp", role="option"), None, None)]
    for goal in [
        "pick the suggestion Lamp",
        "click the Lamp suggestion",
        "choose Lamp from the suggestions",
        "pick Lamp from the autocomplete suggestions",
    ]:
        assert steps(goal) == lamp, goal
    assert steps("the suggestion Lamp is shown") == [
        ("expect_visible", Target(text="Lamp", role="option"), None, None)
    ]


def test_an_order_or_a_length_is_no_words_and_no_elements() -> None:
    # "Oak Chair appears before Brass Lamp in the list" looked for those words whole, and
    # "the code has 6 digits" counted elements named "digits"
    for goal in [
        "Oak Chair appears before Brass Lamp in the list",
        "Oak Chair is listed above Brass Lamp",
        "The price has two decimal places",
        "the code has 6 digits",
        "the password has at least 8 characters",
    ]:
        refused(goal)
    assert steps("the page says 6 digits") == [("expect_text", None, "6 digits", None)]
    assert steps("'Save before leaving' is shown") == [
        ("expect_text", None, "Save before leaving", None)
    ]


def test_a_step_then_a_check_with_no_comma_between_is_both() -> None:
    # "When I click Subscribe the page says Thanks" clicked a control named "Subscribe the
    # page says Thanks", and "… a thank-you message appears" opened an "if" block
    assert steps("When I click Subscribe the page says Thanks") == [
        ("click", Target(text="Subscribe"), None, None),
        ("expect_text", None, "Thanks", None),
    ]
    assert steps("When I click Add to cart the cart shows 1 item")[0] == (
        "click",
        Target(text="Add to cart"),
        None,
        None,
    )
    assert steps("once I tick Terms and Conditions the Sign up button is enabled") == [
        ("check", Target(text="Terms and Conditions", role="checkbox"), None, None),
        ("expect_enabled", Target(text="Sign up", role="button"), None, None),
    ]
    assert steps("When I search for lamp 3 results are shown")[-1][3] == 3
    assert steps("When I click Subscribe a thank-you message appears")[0][0] == "click"
    for goal in ["When I click Show more results are listed", "click Save the form closes"]:
        refused(goal)


def test_a_row_named_by_its_words_has_labelled_values_and_one_by_number_is_refused() -> None:
    # "the Ada Lovelace row has status Active" looked for the words "status Active", and
    # "In row 3 the status is Paid" for a part named "In row 3 the status"
    active = [("expect_text", Target(text="status", within="Ada Lovelace"), "Active", None)]
    for goal in [
        "row Ada Lovelace has status Active",
        "the Ada Lovelace row has status Active",
        "Row 'Ada Lovelace' has status 'Active'",
        "the row for Ada Lovelace has status Active",
    ]:
        assert steps(goal) == active, goal
    for goal in [
        "row 3 has status Paid",
        "the first row has status Paid",
        "In row 3 the status is Paid",
        "In row 3, the status is Paid",
        "the status is Paid in row 3",
        "the status of row 3 is Paid",
        # one place said, and another it must not be in: neither dropped
        "Ada appears in the Admins table but not in the Guests table",
    ]:
        refused(goal)


def test_products_added_together_are_each_added_when_plainly_several() -> None:
    # "add the Oak Chair and the Brass Lamp" clicked in one product named "Oak Chair and
    # the Brass Lamp"; full names, or three or more, are each added
    def added(goal: str) -> list[str | None]:
        return [s.target.within for s in read_goal(goal).steps if s.target]

    assert added("Add Oak Chair and Brass Lamp to the cart") == ["Oak Chair", "Brass Lamp"]
    assert added("add the Oak Chair and the Brass Lamp to the cart") == [
        "Oak Chair",
        "Brass Lamp",
    ]
    assert added("add Salt, Pepper and Oil to the cart") == ["Salt", "Pepper", "Oil"]
    for goal in [
        "Add Salt and Pepper to the cart",  # one product, or two?
        "add the Salt and the Pepper to the cart",
        "add Salt and Pepper Shaker to the cart",
    ]:
        refused(goal)


def test_a_control_clicked_to_act_on_an_item_is_that_items() -> None:
    # "click the trash icon to delete Buy milk" clicked a control named "trash icon to
    # delete Buy milk"; the first trash icon anywhere would delete another item
    assert steps("click the trash icon to delete Buy milk") == [
        ("click", Target(text="trash", role="img", within="Buy milk"), None, None)
    ]
    assert steps("click Delete to remove Ada from the team") == [
        ("click", Target(text="Delete", within="Ada"), None, None)
    ]
    for goal in ["click the × to delete it", "click the x to delete the item"]:
        refused(goal)  # whose?


def test_a_place_said_after_a_value_is_never_typed() -> None:
    # "fill Street with 1 Main St in the Address section" typed "1 Main St in the Address
    # section"; "fill Ada in the Name field" filled a field named "Ada in the Name"
    for goal in [
        "fill Street with 1 Main St in the Address section",
        "fill Street with Main in the sidebar",
    ]:
        refused(goal)
    assert steps("fill Ada in the Name field") == [
        ("fill", Target(text="Name", role="textbox"), "Ada", None)
    ]
    assert steps("fill Message with I am in the office") == [
        ("fill", Target(text="Message"), "I am in the office", None)
    ]
    # said first, the place is where the field is
    assert steps("In the Address section, fill Street with 1 Main St") == [
        ("fill", Target(text="Street", within="Address"), "1 Main St", None)
    ]
    assert steps("In the Billing form, set Country to Portugal") == [
        ("fill", Target(text="Country", within="Billing form"), "Portugal", None)
    ]


def test_what_an_address_answers_is_its_page_said_once() -> None:
    # "returns JSON with version 1.4.2" looked for those words; "… and contain ok" after an
    # address was refused; "check the sitemap at /sitemap.xml lists /pricing" looked in a
    # part named "sitemap"
    refused("/api/version returns JSON with version 1.4.2")
    refused("/api/version returns valid JSON")
    for goal in [
        "/health should return 200 and contain ok",
        "GET /health should return 200 and contain 'ok'",
    ]:
        assert [s[0] for s in steps(goal)] == ["goto", "expect_url", "expect_text"], goal
    assert steps("check the sitemap at /sitemap.xml lists /pricing")[-1] == (
        "expect_text",
        None,
        "/pricing",
        None,
    )


def test_a_switch_flipped_is_a_step_and_a_statement_after_a_colon_is_a_check() -> None:
    # "flip the Dark mode switch on" checked a switch named "flip the Dark mode"; "…, save,
    # and reload: the switch should still be on" was refused
    assert steps("flip the Dark mode switch on") == [
        ("check", Target(text="Dark mode", role="switch"), None, None)
    ]
    refused("slide the Dark mode switch on")  # a step we do not know, never a state
    assert [s[0] for s in steps("Open Settings, save, and reload: the page should say Saved")] == [
        "open",
        "press_named",
        "reload",
        "expect_text",
    ]


def test_a_step_said_of_a_thing_is_no_part_of_its_name() -> None:
    # Once an item named "Pay rent and switch to it", and the switch never made.
    refused("add a task called Pay rent and switch to it")
    refused("Create a workspace called Acme and switch to it")
    assert steps("add a task called 'Fix it and ship it'") == [
        ("add_item", None, "Fix it and ship it", None)
    ]


def test_the_title_of_the_page_is_its_title_never_a_page_so_named() -> None:
    # Once "Be on the 'title of the' page", then "Acme" anywhere on it.
    for goal in ("The title of the page contains Acme", "the title of this page contains Acme"):
        assert steps(goal) == [("expect_title", None, "Acme", None)]
    # Once the whole page had to show 2026: the footer of the page is the footer
    assert steps("the footer of the page says 2026") == [
        ("expect_text", Target(text="footer", role="contentinfo"), "2026", None)
    ]
    assert steps("the main heading of the page is Welcome") == [
        ("expect_visible", Target(text="Welcome", role="heading", level=1), None, None)
    ]
    refused("the top of the page says Sale")  # which part is the top?


def test_when_said_before_a_subject_is_no_part_of_it() -> None:
    # Once a part of the page named "After checkout the URL".
    refused("After checkout the URL contains order-confirmation")


def test_the_empty_contact_form_is_the_contact_form() -> None:
    # Once a form named "empty contact".
    assert steps("Submitting the empty contact form shows 'Name is required'") == [
        ("submit", Target(text="contact", role="form"), None, None),
        ("expect_text", None, "Name is required", None),
    ]


def test_a_kind_said_once_for_several_names_is_refused() -> None:
    # Once "Free" anywhere, and the words "Pro plans".
    refused("Both Free and Pro plans are visible")
    assert steps("Both Free and Pro are visible") == [
        ("expect_text", None, "Free", None),
        ("expect_text", None, "Pro", None),
    ]


def test_only_some_having_a_thing_is_no_part_of_the_page() -> None:
    # Once a Delete button in a part named "Only the Admin role".
    refused("Only the Admin role has the Delete button")


def test_an_option_said_with_a_is_no_option_s_name() -> None:
    # Once the option "a date next Monday" of a dropdown named "date".
    refused("Pick a date next Monday in the date picker")
    refused("pick a plan in the Plan dropdown")


def test_a_field_named_end_is_no_statement() -> None:
    # Once refused: "the end date to …" was read as a statement whose verb is "end".
    assert steps("Set the start date to 2026-01-01 and the end date to 2026-01-31") == [
        ("fill", Target(text="start date"), "2026-01-01", None),
        ("fill", Target(text="end date"), "2026-01-31", None),
    ]


def test_the_row_for_a_name_is_that_name_s_item() -> None:
    # Once an item named "for Oak Chair", which no line shows; "the row for Bob" refused.
    assert steps("delete the line for Oak Chair from the cart") == [
        ("delete_item", Target(text="Oak Chair"), None, None)
    ]
    assert steps("Delete the row for Bob and confirm the dialog; Bob should disappear") == [
        ("delete_item", Target(text="Bob"), None, None),
        ("click", Target(text="Confirm", role="button", within="dialog"), None, None),
        ("expect_no_text", None, "Bob", None),
    ]


def test_a_control_of_a_part_is_the_one_in_that_part() -> None:
    # Once a control named "Buy button of the Pro plan", which healing could take for any
    # Buy button: the Free plan's too.
    assert steps("Click the Buy button of the Pro plan") == [
        ("click", Target(text="Buy", role="button", within="Pro plan"), None, None)
    ]
    assert steps("click the Terms of Service link") == [
        ("click", Target(text="Terms of Service", role="link"), None, None)
    ]
    assert steps("The table of contents has 5 entries") == [
        (
            "expect_count",
            Target(text="entries", role="listitem", within="table of contents"),
            None,
            5,
        )
    ]


def test_loading_more_is_its_control() -> None:
    # Once a click on "more products", which no control is named.
    assert steps("Load more products and check there are 24 products") == [
        ("click", Target(text="Load more products"), None, None),
        ("expect_count", Target(text="products"), None, 24),
    ]


def test_a_step_told_as_the_subject_of_a_check_asked_for() -> None:
    # Once refused with "Verify that" before it, and "redirects to" after it.
    for goal in (
        "Verify that clicking Docs redirects to /docs",
        "clicking Docs redirects to /docs",
    ):
        assert steps(goal) == [
            ("click", Target(text="Docs"), None, None),
            ("expect_url", None, "/docs", None),
        ]
    assert steps("Verify that logging in with valid credentials redirects to /home") == [
        ("sign_in", None, "{{username}}", None),
        ("expect_url", None, "/home", None),
    ]


def test_what_a_form_is_sent_without_is_no_control_s_name() -> None:
    # Once a click on a control named "Subscribe without an email".
    refused("click Subscribe without an email")
    assert steps("click Continue without saving") == [
        ("click", Target(text="Continue without saving"), None, None)
    ]


def test_the_autocomplete_offers_options() -> None:
    # Once an option of a dropdown named "autocomplete", which no page has.
    assert steps("Type 'lapt' into the search and pick 'Laptops' from the autocomplete") == [
        ("fill", Target(text="Search"), "lapt", None),
        ("click", Target(text="Laptops", role="option"), None, None),
    ]


def test_opening_localhost_goes_there() -> None:
    # Once a click on a link named "localhost:3000/login".
    assert steps("open localhost:3000/login") == [
        ("goto", None, "http://localhost:3000/login", None)
    ]


def test_things_of_a_kind_shown_are_no_words() -> None:
    # Once the word "logos", which a row of logos never says.
    refused("The Customers section shows logos")
    refused("the page shows prices")
    # said as words, they are words
    assert steps("the status says images") == steps("the status says 'images'")


def test_either_of_two_sayings_is_no_words_said_together() -> None:
    # Once the words "Good morning or Good afternoon", which no greeting says.
    refused("Ensure the welcome banner says Good morning or Good afternoon")
    assert steps("the page does not show Error or Warning") == [
        ("expect_no_text", None, "Error", None),
        ("expect_no_text", None, "Warning", None),
    ]


def test_only_what_shows_is_listed() -> None:
    # Once refused; and a first try read the name "Pay rent should".
    assert steps("Filter by Completed and verify only 'Walk dog' shows") == [
        ("pick", Target(text="filter"), "Completed", None),
        ("expect_only", None, "Walk dog", None),
    ]
    assert steps("Switch to the Completed filter; only Pay rent should show")[-1] == (
        "expect_only",
        None,
        "Pay rent",
        None,
    )
    refused("only Salt and Pepper should show")  # one item, or two?


def test_a_menu_is_opened_by_the_control_named_for_it() -> None:
    # Once a control named "Products menu", which a menu's button seldom is.
    assert steps("Hover over the Products menu and click Analytics") == [
        ("hover", Target(text="Products"), None, None),
        ("click", Target(text="Analytics"), None, None),
    ]
    # what it lists is in the menu, never anywhere on the page
    assert steps("Open the Account menu, it should list Settings")[-1] == (
        "expect_text",
        Target(text="Account menu"),
        "Settings",
        None,
    )
    # a menu said by its kind has no name to strip; the hamburger is the menu's icon
    assert steps("Click the hamburger menu") == [("click", Target(text="menu"), None, None)]


def test_a_page_named_with_its_address_is_that_address() -> None:
    # Once a page named "pricing page /pricing", or refused.
    for goal in ("Go to the pricing page /pricing", "Open the pricing page /pricing"):
        assert steps(goal) == [("goto", None, "/pricing", None)]
    assert steps("Visit /pricing (the pricing page)") == [("goto", None, "/pricing", None)]


def test_a_question_expanded_by_its_kind_is_clicked_by_its_words() -> None:
    # Once refused.
    assert steps("Expand the FAQ 'How do refunds work?'") == [
        ("click", Target(text="How do refunds work?"), None, None)
    ]


def test_a_header_of_a_part_is_that_part_never_a_heading_named_for_it() -> None:
    # Once a heading named "card" that was to show "Ada", or a banner named "modal".
    assert steps("the card header shows Ada") == [
        ("expect_text", Target(text="card header"), "Ada", None)
    ]
    assert steps("the modal header says Confirm") == [
        ("expect_text", Target(text="modal header"), "Confirm", None)
    ]
    assert steps("the 'Billing' header is visible") == [
        ("expect_visible", Target(text="Billing", role="heading"), None, None)
    ]


def test_exactly_one_thing_said_is_a_count_of_one() -> None:
    # Once refused; "1 item left" stays words, and a name counted stays refused.
    assert steps("search for jane and check exactly one user is shown")[-1] == (
        "expect_count",
        Target(text="user"),
        None,
        1,
    )
    assert steps("check 1 item left is shown") == [("expect_text", None, "1 item left", None)]
    refused("exactly one Oak Chair is shown")


def test_a_thing_told_by_what_it_does_names_nothing() -> None:
    # Once a field named "text box that appears", typed into wherever one matched.
    refused("Choose Other and type Podcast in the text box that appears")
    refused("click the link that opens Settings")
    assert steps("click the button that says Save") == [
        ("click", Target(text="Save", role="button"), None, None)
    ]


def test_a_line_of_a_summary_is_the_figure_its_label_names() -> None:
    # Once a part named "discount line", which no page calls so.
    assert steps("The discount line shows -$12") == [
        ("expect_text", Target(text="discount"), "-$12", None)
    ]
    assert steps("the tag line says Hello") == [
        ("expect_text", Target(text="tag line"), "Hello", None)
    ]


def test_a_code_described_is_typed_as_given() -> None:
    # Once refused: "expired" was read as part of the field's name.
    assert steps("Enter an expired coupon OLD5") == [("fill", Target(text="coupon"), "OLD5", None)]
    assert steps("Enter an invalid coupon code BAD1") == [
        ("fill", Target(text="coupon code"), "BAD1", None)
    ]


def test_a_name_then_its_place_after_then_is_clicked_there() -> None:
    # Once a check that the sidebar shows "Getting Started": the click was never made.
    assert steps("Click Docs in the top nav, then Getting Started in the sidebar")[-1] == (
        "click",
        Target(text="Getting Started", within="sidebar"),
        None,
        None,
    )
    # said as a sentence of its own, it is a statement
    assert steps("Click Docs. Getting Started in the sidebar")[-1] == (
        "expect_text",
        Target(text="sidebar", role="complementary"),
        "Getting Started",
        None,
    )


def test_a_page_gone_to_in_a_part_is_the_name_opened_there() -> None:
    # Once a page named "Billing in the sidebar", and after "then" a check that the sidebar
    # shows "Billing": the page was never gone to.
    opened = ("open", Target(text="Billing", within="sidebar"), None, None)
    assert steps("Go to Billing in the sidebar") == [opened]
    assert steps("Go to Settings, then Billing in the sidebar")[-1] == opened
    assert steps("Using the side menu, go to Billing") == [
        ("open", Target(text="Billing", within="side menu"), None, None)
    ]
    assert steps("Use the sidebar to open Billing") == [opened]  # the way, as a purpose
    # a screen the run does not have is no part of the page, however it is said
    refused("Go to Billing in the mobile view")
    refused("Open the homepage on a mobile viewport")  # once the homepage, on any screen
    refused("Open Billing on a tablet layout")


def test_fields_listed_with_no_values_are_each_filled() -> None:
    # Once refused; every field said is filled, none dropped
    assert steps("On the contact page, fill in name, email and message and send it")[1:4] == [
        ("fill_form", Target(text="name"), None, None),
        ("fill_form", Target(text="email"), None, None),
        ("fill_form", Target(text="message"), None, None),
    ]
    assert len(steps("fill in the company and website fields")) == 2
    refused("fill in Jo and Bob")  # values, with no field named
    # the test's own credentials, never sample values
    assert steps("fill in email and password")[0][0] == "sign_in"


def test_a_command_said_of_a_named_thing_is_done_in_its_item() -> None:
    # Once controls named "Archive the project Apollo", "send the message Hello"
    assert steps("Archive the project Apollo") == [
        ("click", Target(text="Archive", within="Apollo"), None, None)
    ]
    assert steps("Delete the event Daily standup") == [
        ("delete_item", Target(text="Daily standup"), None, None)
    ]
    # a thing's kind is no words of its item: "on the key Staging" is in what shows Staging
    assert steps("Click Revoke on the key Staging") == [
        ("click", Target(text="Revoke", within="Staging"), None, None)
    ]
    # "it" after is the thing named, never the control clicked
    assert steps("Archive the project Apollo and check it is gone")[-1] == (
        "expect_no_text",
        None,
        "Apollo",
        None,
    )
    refused("send the message Hello")  # typed, then sent: which box, which button?
    refused("send a message saying Hello")
    assert steps("Publish the post")[0][0] == "press_named"  # a control's name, all of it
    # the name said before its kind, as written: the same step; a number is a count
    assert steps("Archive the Apollo project") == steps("Archive the project Apollo")
    assert steps("Refund the #1001 order") == [
        ("click", Target(text="Refund", within="#1001"), None, None)
    ]
    refused("Publish 3 posts")


def test_a_dialog_said_by_its_title_opens_or_is_refused_closing() -> None:
    # Once refused, and "closes" once a dialog named "New user closes" shown
    assert steps('a modal titled "New user" should open') == [
        ("expect_visible", Target(text="New user", role="dialog"), None, None)
    ]
    refused("a dialog titled New user closes")


def test_checking_one_can_sign_in_is_signing_in() -> None:
    # Once refused; signing in checks that it worked when nothing after does
    assert steps("Verify that I can log in with user demo and password demo123") == [
        ("sign_in", None, "demo", None)
    ]
    assert [s[0] for s in steps("check that I can log in and the page says Welcome")] == [
        "sign_in",
        "expect_text",
    ]


def test_any_one_of_a_kind_opened_is_for_the_page_to_say() -> None:
    # Once "Open 'chair'", which a link "Chairs" answered as like enough
    refused("Check the breadcrumb shows Chairs after opening a chair")
    refused("open a product")


def test_it_after_opening_a_mini_cart_is_that_cart() -> None:
    # Once the whole page, where the product's own card shows its name too
    assert steps("Open the mini cart and check it lists Oak Chair")[-1] == (
        "expect_text",
        Target(text="mini cart"),
        "Oak Chair",
        None,
    )


def test_one_of_a_kind_named_after_for_is_where_the_control_is() -> None:
    # Once a link named "Edit for user Bob"
    assert steps("Click Edit for user Bob") == [
        ("click", Target(text="Edit", role=None, within="Bob"), None, None)
    ]
    assert steps("click Sign in with Google")[0][1] == Target(text="Sign in with Google")


def test_words_shown_somewhere_said_after_a_capital_are_refused() -> None:
    # Once the error's words "18 or older appears under Age": "Must" began them
    refused("the error Must be 18 or older appears under Age")


def test_a_list_said_to_persist_is_refused_not_just_shown() -> None:
    # Once a check that the todo list is visible: an emptied list shown passed it
    refused("Make sure the todo list persists after reloading the page")
    refused("my changes persist after reload")
    assert steps("Buy milk persists after reloading the page")[-1][2] == "Buy milk"
    assert steps("5 tasks remain") == [("expect_count", Target(text="tasks"), None, 5)]
    # once a heading named "the product name", a title "the product name"
    refused("the heading shows the product name")
    refused("the title is the product name")
    refused("the tab title shows the page name")
    # once the words "with values" in the chart
    refused("the chart renders with values")


def test_a_one_time_code_is_typed_into_its_field() -> None:
    # Once refused
    assert steps("Enter the MFA code 123456 and press Verify")[0] == (
        "fill",
        Target(text="MFA code"),
        "123456",
        None,
    )


def test_chat_style_arrows_and_asides_are_steps_and_checks() -> None:
    # Once refused at "submit -> should see", at "pls", at "fill everything"
    assert steps('fill email w/ a@b.io -> submit -> should see "Check your inbox"')[-1] == (
        "expect_text",
        None,
        "Check your inbox",
        None,
    )
    assert steps("visit /account w/o logging in -> should redirect to login") == steps(
        "visit /account without logging in, should redirect to login"
    )
    assert steps('search "webhooks" pls') == [("search", None, "webhooks", None)]
    assert steps("fill everything with dummy data")[0][0] == "fill_form"
    assert steps("the page says Please")[0][2] == "Please"  # words, never asked


def test_an_order_said_after_make_sure_is_refused_never_words() -> None:
    # Once the words "Oak Chair appears before Oak Table" looked for on the page
    refused("Make sure Oak Chair appears before Oak Table")
    # and seats a plan includes are words, never a count of elements
    assert steps("The Team plan should include 10 seats") == [
        ("expect_text", Target(text="Team plan"), "10 seats", None)
    ]


def test_a_check_of_what_a_click_does_is_never_only_the_click() -> None:
    # Once "Click 'X'" alone: that the modal closes was never checked
    refused("Check that the modal can be closed by clicking the X")
    refused("the banner can be dismissed by clicking Close")
    assert steps("generate a report by clicking Export") == [
        ("click", Target(text="Export"), None, None)
    ]


def test_a_search_for_a_thing_of_a_kind_types_its_name() -> None:
    # Once "the user Ada" typed into the search box, which found nothing so named
    assert steps("search for the user Ada") == [("search", None, "Ada", None)]
    assert steps("search for the Oak Chair")[0][2] == "the Oak Chair"  # no kind before it


def test_waiting_for_things_of_a_kind_is_never_waiting_for_the_word() -> None:
    # Once a wait for the word "suggestions", which a list of them need not show
    refused("wait for suggestions")
    # with its own verb, never a value typed by the step before ("wait" into "suggestions")
    assert refused("Fill Search with oak and wait for suggestions") == "wait for suggestions"
    assert steps("wait for Saved") == [("wait_for", None, "Saved", None)]


def test_it_after_opening_a_card_is_that_card() -> None:
    # Once the whole page: another card may list the words
    assert steps("Open the Pro plan card. It should list Priority support.")[-1] == (
        "expect_text",
        Target(text="Pro plan"),
        "Priority support",
        None,
    )


def test_then_after_should_is_no_step() -> None:
    # Once refused
    assert steps("The cart badge should then show 1") == [
        ("expect_text", Target(text="cart badge"), "1", None)
    ]


def test_a_thing_said_by_what_it_is_beside_is_refused_never_named_so() -> None:
    # Once a field named "label above the email", a part "text below the price"
    refused("Make sure the label above the email field says Work email")
    refused("The text below the price says billed annually")


def test_tabbing_out_of_a_field_is_the_tab_key() -> None:
    # Once refused
    assert steps("Type 3 into quantity and tab out")[-1] == ("press", None, "Tab", None)


def test_a_day_said_with_its_date_is_the_run_s_date() -> None:
    # Once the words "today's date" typed into a date field
    assert steps("Enter today's date in the start date field") == [
        ("fill", Target(text="start date", role="textbox"), "{{today}}", None)
    ]
    assert steps("Type 'today's date' into Notes")[0][2] == "today's date"  # quoted: words


def test_a_span_of_time_shown_is_words_never_a_count() -> None:
    # Once a count of 14 elements "days" in the banner: any list of 14 passed it
    assert steps("the trial banner shows 14 days left") == [
        ("expect_text", Target(text="trial"), "14 days left", None)
    ]
    assert steps("the timer shows 5 minutes")[0][0] == "expect_text"
    # Once a count of 2 items saying "nights": "3 nights" and "$120 × 3 nights" passed it
    assert steps("The booking summary should show 2 nights") == [
        ("expect_text", Target(text="booking summary"), "2 nights", None)
    ]
    assert steps("the summary shows 3 adults")[0][2] == "3 adults"


def test_people_counted_in_a_part_are_a_count() -> None:
    # Once the words "4 people" in the team section: "people" is a plural all the same
    assert steps("the team section should list 4 people") == [
        ("expect_count", Target(text="people", within="team"), None, 4)
    ]
    assert steps("the page shows 4 people")[0][0] == "expect_text"  # on a page, words


def test_a_subject_cut_at_and_is_no_part_of_the_page() -> None:
    # Once a check that a part "footer accepts test@example.com and" shows "Thanks"
    refused("the newsletter signup in the footer accepts test@example.com and says Thanks")


def test_a_part_opened_with_keys_is_the_keys_pressed() -> None:
    # Once a control named "search with Ctrl+K".
    assert steps("Open the search with Ctrl+K and search for billing")[0] == (
        "press",
        None,
        "Control+k",
        None,
    )
    assert steps("Close the dialog with Escape") == [("press", None, "Escape", None)]
    refused("Open the menu with the mouse")  # how, which no name says


def test_a_thing_called_so_says_those_words() -> None:
    # Once a heading named "called Welcome", and "Sprint 12" anywhere on the page.
    assert steps("the heading is called Welcome") == [
        ("expect_visible", Target(text="Welcome", role="heading"), None, None)
    ]
    assert steps("Check the sprint is called Sprint 12") == [
        ("expect_text", Target(text="sprint"), "Sprint 12", None)
    ]
    assert steps("the page is called Pricing") == steps("the page title contains Pricing")


def test_the_first_match_is_the_first_result() -> None:
    # Once an element named "match", or "matching result".
    first = steps("search for crash and open the first result")[-1]
    for goal in ("search for crash and open the first match", "open the first matching result"):
        assert steps(goal)[-1] == first


def test_a_choice_made_by_the_way_is_never_a_control_named_for_it() -> None:
    # Once a click on a control named "Engineering as my team".
    refused("Complete step 1 of the onboarding by choosing Engineering as my team")
    assert steps("Finish setup by clicking Done") == [("click", Target(text="Done"), None, None)]


def test_a_list_of_pairs_reads_every_label_a_form_line_may_give() -> None:
    # Once refused at "phone number 555" and "work email …"
    assert steps("fill in name Ada, phone number 555, work email ada@acme.io") == [
        ("fill", Target(text="name"), "Ada", None),
        ("fill", Target(text="phone number"), "555", None),
        ("fill", Target(text="work email"), "ada@acme.io", None),
    ]
    refused("fill in name Ada, address 1 Main St")  # where does the address end?


def test_checking_out_presses_the_checkout_control() -> None:
    # Once refused: "check out" was read as a check of nothing.
    assert steps("Add the Oak Chair to the cart and check out")[-1] == (
        "press_named",
        Target(text="Check out"),
        None,
        None,
    )
    refused("check out the docs")  # look at them: no step


def test_what_you_should_be_able_to_do_is_done() -> None:
    # Once refused at "be able to".
    assert steps("You should be able to log in with bob/bobpass and see 'Hello Bob'") == steps(
        "log in with bob/bobpass and see 'Hello Bob'"
    )


def test_a_new_tab_is_no_part_of_the_page() -> None:
    # Once a link named "Privacy opens" in a part named "new tab", or a click there.
    refused("Confirm the link Privacy opens in a new tab")
    refused("Click Docs in a new tab")


def test_a_page_named_alone_after_then_is_gone_to_as_the_one_before() -> None:
    # Once refused at "Team".
    assert steps("Navigate to About, then Team") == [
        ("visit", Target(text="About"), None, None),
        ("visit", Target(text="Team"), None, None),
    ]
    assert steps("Go to About and Team") == [("visit", Target(text="About and Team"), None, None)]


def test_a_name_after_then_is_opened_as_the_one_before() -> None:
    # Once refused at "the first post" and at "Security".
    assert steps("Open Blog, then the first post")[-1] == steps("open the first post")[-1]
    assert steps("Open the Account menu, then Security")[-1] == (
        "open",
        Target(text="Security"),
        None,
        None,
    )
    assert steps("Open Settings, then Billing in the sidebar")[-1] == (
        "open",
        Target(text="Billing", within="sidebar"),
        None,
        None,
    )


def test_the_control_in_a_part_says_its_name() -> None:
    # Once refused: a button said by its place, then its words, is that button there.
    assert steps("The button in the hero says Start free trial") == [
        (
            "expect_visible",
            Target(text="Start free trial", role="button", within="hero"),
            None,
            None,
        )
    ]
    refused("the button in the dialog does not say Delete")  # which button?
    refused("the button says Sign in")  # which one, where?


def test_checking_a_statement_about_an_item_never_ticks_it() -> None:
    # Once the tick of an item named "Pay rent shows a due date".
    refused('Check the task "Pay rent" shows a due date')
    assert steps("check the 'Buy milk' todo") == [
        ("check", Target(text="checkbox", role="checkbox", within="Buy milk"), None, None)
    ]


def test_a_price_for_a_plan_is_that_plan_s_price() -> None:
    # Once the words "$29/month for the Starter plan", which no page shows as one.
    assert steps("the page shows $29/month for the Starter plan") == [
        ("expect_text", Target(text="Starter plan"), "$29/month", None)
    ]
    # "says" is words, said whole
    assert steps("the page says $5 for shipping") == [
        ("expect_text", None, "$5 for shipping", None)
    ]


def test_a_figure_said_with_its_label_is_that_label_s_value() -> None:
    # Once refused at "a subtotal of $49".
    assert steps("the cart should show 1 item and a subtotal of $49")[-1] == (
        "expect_text",
        Target(text="subtotal", within="cart"),
        "$49",
        None,
    )
    assert steps("I should see a total of $50") == steps("the total is $50")


def test_things_of_a_kind_described_and_when_they_show_are_no_words() -> None:
    # Once the words "prices in USD by default", which no page shows as one.
    refused("The pricing page shows prices in USD by default")
    refused("Check the revenue chart shows data for this week")
    assert steps("the page shows Welcome by default") == steps("the page shows Welcome")
    assert steps("the page says 'Welcome by default'") == [
        ("expect_text", None, "Welcome by default", None)
    ]


def test_a_page_shown_a_way_is_never_that_page_alone() -> None:
    # Once the pricing page as it came ("in EUR" dropped), or a link "pricing" in "EUR".
    refused("Open the pricing page in EUR and check the Pro price is €18")
    refused("Visit the pricing page in German")
    # The way there kept: the menu opened first, then its entry
    assert steps("Open the Settings page from the user menu") == [
        ("open", Target(text="user menu"), None, None),
        ("open", Target(text="Settings"), None, None),
    ]


def test_marks_around_nothing_a_length_and_a_chosen_place_are_no_words() -> None:
    # Once the marks '" "' typed, the words "6 characters" looked for, and a Select button
    # in a part named "cheapest flight".
    refused('Fill in the search with "   " and press Enter')
    refused("Check the booking reference is 6 characters")
    refused("Click Select on the cheapest flight")


def test_who_a_check_is_said_of_is_no_part_of_what_it_finds() -> None:
    # Once a link named "logged-out users see a Sign in", and a part named "hp loads, nav"
    assert steps("Check that logged-out users see a Sign in link") == steps(
        "Check that I see a Sign in link"
    )
    assert steps("guests can see the Sign up button") == steps("the Sign up button is visible")
    # signed out is how a journey starts; said after signing in, it is not what is checked
    assert refused("Log in, then check that logged-out users see a Sign in link") == (
        "check that logged-out users see a Sign in link"
    )
    assert steps("Log in and check the guests field shows 2")[1][1] == Target(
        text="guests", role="textbox"
    )
    assert refused("hp loads, nav has Docs") == "hp loads"


def test_a_menu_path_said_alone_is_followed() -> None:
    assert steps("Settings > Billing > Invoices") == steps("open Settings > Billing > Invoices")
    assert steps("Home → About us")[1] == ("open", Target(text="About us"), None, None)
    # a step first is no name on the path; lower-case words are no menu's names
    for goal in ("Log in -> Settings -> Billing", "settings -> billing"):
        refused(goal)
    # Once "open 'breadcrumb shows Home'", then "open 'Docs'": a statement about a path is a
    # check of it, never a menu to follow
    crumbs = ("expect_text", Target(text="breadcrumb"), "Home > Docs > Install", None)
    for goal in (
        "The breadcrumb shows Home > Docs > Install",
        "The breadcrumb should show Home > Docs > Install",
        "Check the breadcrumb is Home > Docs > Install",
        # Once the words "Home / Docs / Install", which a trail drawn with "›" never holds
        "the breadcrumb says Home / Docs / Install",
        "Verify the breadcrumb is Home / Docs / Install",  # and with "is"
    ):
        assert steps(goal) == [crumbs], goal
    assert steps("the pager says 1 / 3") == [("expect_text", Target(text="pager"), "1 / 3", None)]
    assert steps("The page title is Docs > Install") == [
        ("expect_title", None, "Docs > Install", None)
    ]
    refused("Settings > Billing shows the plan")  # which of them shows it?


def test_a_day_of_the_run_is_no_control_to_click() -> None:
    # Once a click on something named "tomorrow", which a calendar shows as a number
    for goal in ("Open the date picker and pick tomorrow", "choose next Monday", "click today"):
        refused(goal)
    assert steps("click Today") == [("click", Target(text="Today"), None, None)]  # its button


def test_a_filter_switched_to_an_option_picks_it_never_types_it() -> None:
    # Once "Completed" typed into a box named "filter"
    for said in ("switch the filter to Completed", "filter to Completed", "filter on Completed"):
        assert steps(said) == steps("filter by Completed"), said
    refused("filter to completed tasks only")  # lower-case words after "filter to": no option


def test_a_sign_in_said_to_work_with_credentials_signs_in_with_them() -> None:
    assert steps("make sure the login works with demo/demo123") == steps("log in with demo/demo123")
    # never signed in twice, and a wrong password is no sign-in said to work
    assert steps("Log in as bob with pw1 and check that login works") == steps(
        "Log in as bob with pw1"
    )
    refused("login works with a wrong password")


def test_saving_said_as_when_is_pressing_save_first() -> None:
    assert steps("Verify no error toast appears after saving") == steps(
        "save, then verify no error toast appears"
    )
    assert steps("save")[0] == ("press_named", Target(text="save"), None, None)


def test_a_label_and_a_state_is_what_a_page_shows_never_typed() -> None:
    # Once "Operational" typed into a field named "API"
    for goal in ("API: Operational", "Webhooks: Degraded performance", "Oak Chair: In stock"):
        refused(goal)
    assert steps("Company: Acme") == [("fill", Target(text="Company"), "Acme", None)]


def test_it_after_expanding_a_question_is_its_answer_never_the_page() -> None:
    # Once "Yes" anywhere on the page: the question's "I" broke the reading of "it"
    assert steps("Expand 'Can I cancel anytime?' and check it says Yes")[1] == (
        "expect_text",
        Target(text="Can I cancel anytime?"),
        "Yes",
        None,
    )
    # what opened cannot be named again: refused, never looked for on the whole page
    assert refused("Expand Can I cancel anytime and check it says Yes") == "check it says Yes"


def test_it_after_a_hover_is_refused_never_the_page() -> None:
    # the tooltip the hover shows, or the page? Once anywhere on the page
    assert refused("Hover over the avatar; it should show Ada Lovelace") == (
        "it should show Ada Lovelace"
    )
    assert steps("hover over Help and check a tooltip says Contact us")[1][1] == Target(
        text="tooltip"
    )


def test_it_after_adding_to_a_cart_is_never_the_page_showing_what_it_shows_anyway() -> None:
    # Once "Oak Chair" anywhere on the page, where its own card says so before any adding;
    # and "1 item" counted over the whole page
    for said in ("check it shows Oak Chair", "it should show 1 item"):
        assert refused(f"Add Oak Chair to the basket; {said}") == said
    assert steps("Add Oak Chair to the basket and check it is in the basket")[1] == (
        "expect_text",
        Target(text="basket"),
        "Oak Chair",
        None,
    )


def test_it_after_a_search_is_its_results() -> None:
    # Once anywhere on the page, where a "Popular" list may show the name searched for
    assert steps("Search for lamp and check it shows Brass Desk Lamp") == steps(
        "Search for lamp and check the results show Brass Desk Lamp"
    )


def test_kinds_that_include_names_are_one_of_that_kind_per_name() -> None:
    # Once one text "Install and Usage" in the headings, and "the buttons include …" refused
    def named(role: str, level: int | None = None, within: str | None = None) -> list:
        return [
            ("expect_visible", Target(text=name, role=role, level=level, within=within), None, None)
            for name in ("Install", "Usage")
        ]

    assert steps("the headings include Install and Usage") == named("heading")
    assert steps("the h2 headings include Install and Usage") == named("heading", 2)
    assert steps("the page has h2 headings Install and Usage") == named("heading", 2)
    assert steps("the sidebar headings contain Install and Usage") == named(
        "heading", None, "sidebar"
    )
    assert steps("the tabs should include Install and Usage") == named("tab")
    # one name is what those elements say, as before
    assert steps("the headings include Install") == [
        ("expect_text", Target(text="headings", role="heading"), "Install", None)
    ]


def test_a_sign_in_named_over_the_steps_that_sign_in_is_their_title() -> None:
    # Once a sign-in with the test's variables first, then the typing it names
    assert steps("Login: type alice into Username, type pw into Password, click Sign in") == [
        ("fill", Target(text="Username"), "alice", None),
        ("fill", Target(text="Password"), "{{password}}", None),
        ("click", Target(text="Sign in"), None, None),
    ]
    # a sign-in followed by other steps, or by the credentials, is still the step
    assert steps("Log in: check the email shown is ada@x.io")[0][0] == "sign_in"
    assert steps("Log in: alice / pw")[0][:3] == ("sign_in", None, "alice")


def test_a_place_in_an_order_said_alone_is_no_part_of_the_page() -> None:
    # Once a part of the page named "last", which a list's item with class "last" would be
    for goal in (
        "the first item is Milk and the last is Eggs",
        "the top says Hi",
        "the latest is v2",
        # "the annual [price]": a part named "annual" may hold every plan's
        "the monthly price for Pro is $29 and the annual is $290",
    ):
        refused(goal)
    assert steps("the last item is Eggs") == [
        ("expect_text", Target(text="item", role="listitem", nth=-1), "Eggs", None)
    ]
    # a part's picture is the one in it, never one named after the part
    assert (
        steps("the hero image loads")
        == steps("the image in the hero is visible")
        == [("expect_visible", Target(text="image", role="img", within="hero"), None, None)]
    )


def test_a_site_s_homepage_by_its_name_is_where_the_test_starts() -> None:
    # Once a click on a link named "Acme homepage"
    home = [("goto", None, "{{url}}", None)]
    for goal in ("Open the Acme homepage", "visit the Acme homepage", "go to the Acme homepage"):
        assert steps(goal) == home, goal
    assert steps("open 'Acme homepage'")[0][0] == "open"  # a name, quoted


def test_an_item_added_then_done_is_that_item_never_one_more_added() -> None:
    # Once one more item "complete it" or "complete Buy milk", or refused whole
    ticked = [
        ("add_item", Target(text="todo list"), "Buy milk", None),
        ("check", Target(text="checkbox", role="checkbox", within="Buy milk"), None, None),
    ]
    for goal in (
        "Add Buy milk to the todo list, complete it",
        "Add Buy milk to the todo list, mark it as done",
        "Add Buy milk to the todo list, complete Buy milk",
    ):
        assert steps(goal) == ticked, goal
    assert steps("filter Active") == steps("filter by Active")


def test_a_part_said_after_a_search_box_or_a_section_is_where_it_is() -> None:
    # Once a search box in a part named "search box in the sidebar", a query "webhooks in
    # the header", and a click on words "Advanced section" no page shows
    for goal in (
        "use the search box in the header to look up webhooks",
        "search for webhooks in the header",
    ):
        assert steps(goal) == [("search", Target(text="header"), "webhooks", None)], goal
    assert steps("Expand the Advanced section in the sidebar") == [
        ("click", Target(text="Advanced", within="sidebar"), None, None)
    ]


def test_a_kind_in_quotes_is_no_words_to_count() -> None:
    # Once a count of elements named '"product" elements'
    refused('Then I should see 3 "product" elements')


def test_it_after_opening_an_address_answers_for_that_address() -> None:
    # Once refused, and the 404 dropped when the address was said twice
    def answers(goal: str) -> list[tuple[str, str | None, int | None]]:
        return [(s.action, s.value, s.status) for s in read_goal(goal).steps]

    for goal in ("Visit /old-page and check it 404s", "Visit /old-page; it should return 404"):
        assert answers(goal) == [("goto", "/old-page", 404)], goal
    assert answers("Open /blog/hello and check it returns 200") == answers(
        "/blog/hello returns 200"
    )
    refused("click Docs and check it returns 200")  # which address? none was opened
    # a part of the address is no part of the page
    refused("Click Next and make sure the page number in the URL is 2")


def test_a_test_s_name_over_its_steps_is_no_step() -> None:
    # Once a click on "Checkout" first, named by the test's title
    assert steps("Test: checkout\n* add Oak Chair to cart\n* go to /cart") == steps(
        "add Oak Chair to cart\ngo to /cart"
    )
    assert steps("Flow: Guest signup\n1. open /signup\n2. click Join") == steps(
        "open /signup, click Join"
    )
    assert steps("Test: open /cart") == [("goto", None, "/cart", None)]  # the test itself


def test_on_the_homepage_after_another_page_goes_back_to_it() -> None:
    # Once dropped: the hero checked on /pricing, where the journey stood
    home = [("goto", None, "/pricing", None), ("goto", None, "{{url}}", None)]
    for goal in (
        "open /pricing. On the homepage, the hero says Hi",
        "open /pricing\nHomepage: the hero says Hi",
    ):
        assert steps(goal)[:2] == home, goal
        assert steps(goal)[2] == ("expect_text", Target(text="hero"), "Hi", None), goal


def test_a_kind_s_value_is_never_an_item_named_by_the_kind() -> None:
    # Once the price of an item named "The product", and a part named "cart's total"
    assert steps("The product's price is $199")[0][1] != Target(text="price", within="The product")
    assert steps("The Oak Chair's price is $199") == steps("the price of Oak Chair is $199")
    assert (
        steps("The cart's total is $398")
        == steps("the total of the cart is $398")
        == [("expect_text", Target(text="total", within="cart"), "$398", None)]
    )


def test_a_card_said_by_its_name_then_its_kind_is_the_item_so_named() -> None:
    # Once the price in an item showing the words "Pro card", which no card shows
    priced = [("expect_text", Target(text="price", within="Pro"), "$29", None)]
    for goal in (
        "the price of the Pro card is $29",
        "the Pro card's price is $29",
        "In the Pro card, the price is $29",
    ):
        assert steps(goal) == priced, goal


def test_being_signed_out_is_a_check_of_the_ways_in_and_out() -> None:
    # Once refused, or read as words a page shows: "Logged out" may show on a page still
    # signed in, so being signed out is a way in shown and none out
    signed_out = ("expect_signed_out", None, None, None)
    for said in (
        "verify you are logged out",
        "check that I'm logged out",
        "Then I should be signed out",
        "make sure the user is signed out",
        "confirm that we are now logged out",
        "the user gets logged out",
        "Logout should be successful",
        # Once refused: being asked in is a way in offered
        "I should be asked to log in",
        "check I am prompted to sign in again",
        "the page should ask me to sign in",
    ):
        assert steps(f"Click Logout. {said}") == [
            ("click", Target(text="Logout"), None, None),
            signed_out,
        ], said
    # Words the page says stay words: "You are logged out" shows, or does not
    assert steps("log out and check the page says You are logged out")[-1] == (
        "expect_text",
        None,
        "You are logged out",
        None,
    )
    refused("check the session is logged out")  # a session is no one the page signs out


def test_signed_in_said_after_a_gherkin_then_is_the_sign_in_s_own_check() -> None:
    # Once refused for its "Then": the sign-in checks its password field is gone
    assert steps("Log in\nThen I should be signed in") == [("sign_in", None, "{{username}}", None)]
    refused("Log in with a wrong password\nThen I should be signed in")


def test_it_after_opening_the_cart_is_the_cart() -> None:
    # Once refused: what "it" was, the cart opened or the page
    for goal in (
        "Open the cart; it should be empty",
        "Go to the cart and check it is empty",
        "Open the cart page. It should be empty",
    ):
        emptied = steps(goal)[-1]
        assert emptied[0] == "expect_hidden", goal
        assert emptied[1] is not None and emptied[1].within == "cart", goal
    assert steps("Open my wishlist and check it lists Oak Chair")[-1] == (
        "expect_text",
        Target(text="wishlist"),
        "Oak Chair",
        None,
    )
    refused("Open Settings; it should be empty")  # a page is never empty


def test_more_of_a_thing_or_a_page_that_loads_are_never_words_on_the_page() -> None:
    # Once "Expect the page to show 'more posts'": a "Load more posts" button says it
    refused("Clicking Load more shows more posts")
    refused("the page shows fewer results")
    assert steps("check the footer says More from Acme") == [
        ("expect_text", Target(text="footer", role="contentinfo"), "More from Acme", None)
    ]
    # Once "Expect the page to show 'SSL login page loads over https'"
    refused("verify SSL login page loads over https")
    assert steps("check the page says 'Page loads fast'") == [
        ("expect_text", None, "Page loads fast", None)
    ]


def test_results_containing_words_are_the_results_showing_them() -> None:
    # Once refused, or "Expect the page to show 'results with iPhone'"
    shown = ("expect_text", Target(text="results"), "iPhone", None)
    assert steps('search for iPhone. I should see results containing "iPhone"')[-1] == shown
    assert steps("search for iPhone; I see results with iPhone")[-1] == shown
    refused("search lamp; I should see results with a price")  # which words?
    refused("search for oak and check you get results for oak")  # "Results for oak" heads none


def test_a_name_spelled_in_camel_case_is_a_name_every_item_shows() -> None:
    # Once refused: "iPhone" starts lower case, as "a price" does
    assert steps("search for iPhone; every result contains iPhone")[-1] == (
        "expect_each",
        Target(text="result", within="results"),
        "iPhone",
        None,
    )
    refused("every result says a price")


def test_a_row_showing_a_label_and_a_value_shows_the_value_so_labelled() -> None:
    # Once "Expect the row in 'INV-1001' to show 'status Paid'", words no row says
    assert steps("Check the row for invoice INV-1001 shows status Paid") == [
        ("expect_text", Target(text="status", within="INV-1001"), "Paid", None)
    ]
    assert steps("the row for Bob shows role Admin") == [
        ("expect_text", Target(text="role", within="Bob"), "Admin", None)
    ]
    assert steps("the row for Bob shows Admin") == [
        ("expect_text", Target(text="row", role="row", within="Bob"), "Admin", None)
    ]
    refused("row 3 shows status Paid")  # the third row, which no words of it name


def test_an_order_s_number_is_words_the_page_shows() -> None:
    # Once refused: "#1234" starts with neither a capital nor a digit
    for goal in ("check order #1234 is listed", "check #1234 is listed", "the page shows #1234"):
        assert steps(goal) == [("expect_text", None, "#1234", None)], goal
    refused("check #main is shown")  # a selector, never words


def test_the_title_of_an_address_is_that_page_s_title() -> None:
    # Once "Expect 'example.com title' to show 'Example'": words anywhere on the page
    titled = [("goto", None, "https://example.com", None), ("expect_title", None, "Example", None)]
    for goal in (
        "Check example.com title contains Example",
        "example.com's title contains Example",
        "the title of example.com contains Example",
    ):
        assert steps(goal) == titled, goal
    assert steps("Check the /pricing page title contains Pricing") == [
        ("goto", None, "/pricing", None),
        ("expect_title", None, "Pricing", None),
    ]
    refused("example.com title is shown")  # which words?


def test_an_address_that_has_an_element_is_that_page_having_it() -> None:
    # Once refused, though "the /contact page shows Contact us" was read
    for goal in ("The /contact page has an Email field", "/contact should have an Email field"):
        assert steps(goal) == [
            ("goto", None, "/contact", None),
            ("expect_visible", Target(text="Email", role="textbox"), None, None),
        ], goal


def test_a_check_said_after_a_reload_comes_after_the_reload() -> None:
    # Once refused: "after reload" said last, though the reload comes first
    kept_off = [
        ("uncheck", Target(text="Notifications", role="switch"), None, None),
        ("reload", None, None, None),
        ("expect_unchecked", Target(text="Notifications", role="switch"), None, None),
    ]
    for goal in (
        "Toggle the Notifications switch off and confirm it stays off after reload",
        "Toggle the Notifications switch off and check it is still off after reloading the page",
        "Toggle the Notifications switch off. After a refresh, it should still be off",
    ):
        assert steps(goal) == kept_off, goal
    assert steps("the cart still shows 1 item after reload")[0] == ("reload", None, None, None)
    refused("Check I stay logged in after refreshing")


def test_it_after_turning_a_switch_is_that_switch() -> None:
    # Once refused: "it" was said only of a tab
    assert steps("Toggle the Notifications switch off and check it is off") == [
        ("uncheck", Target(text="Notifications", role="switch"), None, None),
        ("expect_unchecked", Target(text="Notifications", role="switch"), None, None),
    ]
    refused("click Save and check it is disabled")  # "it" may be what the click opened


def test_a_valid_user_with_a_wrong_password_signs_in_with_a_wrong_password() -> None:
    # Once refused: the user is the test's own, the password surely not its
    wrong = ("sign_in", None, "{{username}}", None)
    for goal in (
        "Log in with a valid email but a wrong password",
        "sign in with valid user and wrong password",
        'Enter a valid email but wrong password; the login should fail with "Invalid"',
    ):
        signed = read_goal(goal).steps[0]
        assert (signed.action, signed.value, signed.password) == (
            "sign_in",
            "{{username}}",
            "wrong-{{password}}",
        ), goal
    assert steps("Log in with a valid email but a wrong password") == [wrong]
    refused("Log in with a valid email but a password")


def test_a_field_s_kind_said_inside_a_statement_names_no_field() -> None:
    # Once "Expect the 'password field masks' field to be visible"
    refused("make sure the password field masks input")
    assert steps("check the search box input") == [
        ("expect_visible", Target(text="search box", role="textbox"), None, None)
    ]


def test_check_for_reads_as_look_for() -> None:
    # Once "Expect the page to show 'Bob in the users table'", "… 'errors'" and "the
    # 'broken' link": what to look for, where, and never a description as words
    assert steps("check for Bob in the users table") == [
        ("expect_text", Target(text="users", role="table"), "Bob", None)
    ]
    assert steps('Check for the text "Free shipping" in the footer') == [
        ("expect_text", Target(text="footer", role="contentinfo"), "Free shipping", None)
    ]
    refused("check for errors")  # errors of what? never the word "errors"
    # Once "the errors in 'console' hidden": true of any page, the broken one included
    for goal in (
        "check for errors in the console",
        "look for JS errors in the browser console",
        "check no errors in console",
        "there should be no errors in the console log",
    ):
        assert steps(goal) == [("expect_no_errors", None, None, None)], goal
    refused("check for broken links in the footer")
    assert steps("check for Email is required") == [
        ("expect_text", None, "Email is required", None)
    ]
    # "You're subscribed" was read as a statement about the reader, and refused
    for words in ["You're subscribed", "We'll be in touch", "Your order is confirmed"]:
        assert steps(f"check for {words}") == [("expect_text", None, words, None)]
    for goal in ["check for you are logged in", "check for Your orders"]:
        refused(goal)  # a statement; a link's name, never words alone
    # Once the words "I stay logged in": what the user does, which no page says
    refused("Make sure I stay logged in after refreshing")
    assert steps("the page says I agree")[0][2] == "I agree"


def test_a_negation_written_without_its_apostrophe_is_a_negation() -> None:
    # Once "Check the 'homepage isnt showing the maintenance banner' checkbox"
    refused("check homepage isnt showing the maintenance banner")
    assert steps("check the page doesnt show Error") == [("expect_no_text", None, "Error", None)]
    assert steps("the Save button shouldnt be disabled") == [
        ("expect_enabled", Target(text="Save", role="button"), None, None)
    ]


def test_a_step_after_add_item_is_never_the_item_s_name() -> None:
    # Once "Add the item 'go to cart'"
    refused("checkout flow: add item, go to cart, click checkout")
    assert steps('add the task "click the button"') == [
        ("add_item", None, "click the button", None)
    ]


def test_a_page_reached_from_another_is_opened_from_it() -> None:
    # Once "Go to {{url}}" alone: the Support page dropped
    assert steps("open the Support page from the homepage") == [
        ("goto", None, "{{url}}", None),
        ("visit", Target(text="Support"), None, None),
    ]
    assert steps("navigate to Billing from the sidebar") == [
        ("open", Target(text="Billing", within="sidebar"), None, None)
    ]
    refused("open the file from the desktop")  # no page, nor a part of one


def test_an_item_said_in_the_cart_is_that_item() -> None:
    # Once a quantity looked for in an item that shows "Blue Mug in the cart"
    assert steps("Change the quantity of Blue Mug in the cart to 3") == [
        ("fill", Target(text="quantity", within="Blue Mug"), "3", None)
    ]
    assert steps("Change the quantity of 'Blue Mug in the cart' to 3")[0][1] == Target(
        text="quantity", within="Blue Mug in the cart"
    )


def test_switching_to_a_way_of_showing_is_never_words_typed() -> None:
    # Once "Fill 'docs' with 'dark mode'"
    refused("Switch the docs to dark mode")


def test_a_part_of_the_nth_thing_said_with_of_names_nothing() -> None:
    # Once a part named "title of the first result", which no page labels: a step that
    # always failed
    refused("the title of the first result contains Webhooks")
    assert steps("check the first result title contains Webhooks") == [
        ("expect_text", Target(text="result title", nth=0), "Webhooks", None)
    ]


def test_an_option_after_filter_by_and_a_colon_is_that_option() -> None:
    # Once "Pick 'Color' in 'filter'", then "Fill 'Red and Size' with 'M'"
    goal = "Go to the shop, filter by Color: Red and Size: M, and check every card mentions Red"
    assert steps(goal)[1] == ("pick", Target(text="Color"), "Red", None)
    assert all(step[1] != Target(text="Red and Size") for step in steps(goal))


def test_a_statement_after_filter_by_and_a_colon_is_a_check() -> None:
    # Once the option "only Walk dog should remain" picked in a group named "Active"
    assert steps("tick Buy milk, then filter by Active: only Walk dog should remain") == [
        ("check", Target(text="Buy milk", role="checkbox"), None, None),
        ("pick", Target(text="filter"), "Active", None),
        ("expect_only", None, "Walk dog", None),
    ]
    assert steps("filter by Status: Shipped") == [("pick", Target(text="Status"), "Shipped", None)]


def test_a_link_said_to_open_an_address_is_followed_there() -> None:
    # Once "Go to /privacy": the link never followed, so a broken link passed
    assert steps("Verify the Privacy Policy link is in the footer and opens /privacy") == [
        ("expect_visible", Target(text="Privacy Policy", role="link", within="footer"), None, None),
        ("click", Target(text="Privacy Policy", role="link", within="footer"), None, None),
        ("expect_url", None, "/privacy", None),
    ]
    assert steps("the Privacy link is visible and goes to /privacy")[1][0] == "click"
    assert steps("Make sure the Docs link exists and points to /docs")[1][0] == "click"
    assert steps("The Terms link should be present and lead to /terms")[1:] == [
        ("click", Target(text="Terms", role="link"), None, None),
        ("expect_url", None, "/terms", None),
    ]
    # Where it leads, unread, is refused whole: never a visit of its own, nor a part named
    # "nav and goes to the blog"
    refused("The Blog link is shown in the nav and goes to the blog")
    refused('Check the "Get started" button is enabled and opens the signup form')
    # Said as a step, an address is opened
    assert steps("Check the Docs link is visible, and open /docs")[-1] == (
        "goto",
        None,
        "/docs",
        None,
    )


def test_disabled_until_a_step_is_disabled_then_the_step_then_enabled() -> None:
    # Once refused; read as one state alone, a button always enabled would pass it
    sign_up = Target(text="Sign up", role="button")
    for goal in (
        "Check that the Sign up button is disabled until the terms box is ticked",
        "The Sign up button stays disabled until I tick the terms box",
    ):
        assert steps(goal) == [
            ("expect_disabled", sign_up, None, None),
            ("check", Target(text="terms", role="checkbox"), None, None),
            ("expect_enabled", sign_up, None, None),
        ]
    assert steps("the Sign up button is enabled once the terms box is ticked") == [
        ("check", Target(text="terms", role="checkbox"), None, None),
        ("expect_enabled", sign_up, None, None),
    ]


def test_it_after_ticking_a_box_is_never_what_the_box_is_anyway() -> None:
    # Once "Expect 'terms' to be enabled": the box just ticked is, so it always passed,
    # where the button the goal checked before may still be disabled
    refused("check the Sign up button is disabled, then tick the terms box and check it is enabled")
    refused("tick Remember me and check it is visible")
    assert steps("tick the terms box and check it is checked")[-1][0] == "expect_checked"
    # An item ticked done may leave its list: that it still shows is a check; and what it
    # says, never the page
    assert steps("complete 'Walk dog' and check it is visible")[-1][0] == "expect_text"
    said = steps("Go to settings and turn on two-factor auth, then check it says Enabled.")
    assert said[-1][1:3] == (Target(text="two-factor auth"), "Enabled")


def test_a_form_sent_empty_is_submitted_as_it_is() -> None:
    # Once refused, or a form named "the" ("send the form as it is")
    contact = Target(text="contact", role="form")
    assert steps("Submit the contact form empty") == [("submit", contact, None, None)]
    assert steps("send the form as it is") == [("submit", None, None, None)]
    # What it shows when sent is checked after sending it, never before
    assert steps('Confirm the contact form shows "Email is required" when submitted empty') == [
        ("submit", contact, None, None),
        ("expect_text", Target(text="contact", role="form"), "Email is required", None),
    ]
    assert [s[0] for s in steps("An error message appears when the form is submitted empty")] == [
        "submit",
        "expect_visible",
    ]


def test_a_form_sent_with_an_email_address_types_it_in_its_email_field() -> None:
    # Once refused, or "{{email}}" taken for the name of a button
    email = Target(text="email", role="textbox", within="newsletter")
    assert steps("Subscribe to the newsletter with test@example.com") == [
        ("fill", email, "test@example.com", None),
        ("submit", None, None, None),
    ]
    assert steps("Submit the newsletter form with {{email}}") == [
        ("fill", email, "{{email}}", None),
        ("submit", Target(text="newsletter", role="form"), None, None),
    ]
    assert steps("fill the newsletter form with a@b.co") == [("fill", email, "a@b.co", None)]
    # A value that is no address names no field to type it in
    assert steps("submit the form with Ada")[0][0] == "submit"
    assert len(steps("submit the form with Ada")) == 1


def test_a_sentence_going_on_past_in_or_on_is_all_words() -> None:
    # Once "Expect the list to show 'You're'": the words cut where the sentence went on
    assert steps("check the page says You're on the list") == [
        ("expect_text", None, "You're on the list", None)
    ]
    assert steps("the page says Revenue in the sidebar")[0][1:3] == (
        Target(text="sidebar", role="complementary"),
        "Revenue",
    )
    # Once "'Total' in 'cart' shows '5 is shown'"
    refused("Total is 5 is shown in the cart")


def test_there_names_no_page_to_go_to() -> None:
    # Once "Be on the 'there' page": a link named "there" looked for
    refused("Check the breadcrumb shows Settings after navigating there")
    refused("click Settings and go there")


def test_what_is_done_in_a_tab_is_done_once_the_tab_is_chosen() -> None:
    # Once "Click 'Download invoice' in 'Billing tab'": a part no page names so, looked
    # for before its tab was chosen
    assert steps("On the Billing tab, click Download invoice") == [
        ("click", Target(text="Billing", role="tab"), None, None),
        ("click", Target(text="Download invoice"), None, None),
    ]
    refused("in the new tab, check the title is Docs")  # a browser's tab, never a page's


def test_the_field_just_typed_into_is_the_one_cleared_and_checked() -> None:
    # Once refused; "the field" alone is any field on the page, which fails where there are two
    name = Target(text="name", role="textbox")
    assert steps("Type Bob into the name field, clear it, and check the field is empty") == [
        ("fill", name, "Bob", None),
        ("fill", name, "", None),
        ("expect_value", name, "", None),
    ]
    refused("fill the form with sample data and clear it")  # which of its fields?


def test_fields_for_names_are_those_fields_never_the_words() -> None:
    # Once "Expect the 'Sign up' form to show 'fields for email and password'"
    fields = [
        ("expect_visible", Target(text=name, role="textbox", within="Sign up form"), None, None)
        for name in ("email", "password")
    ]
    assert steps("Make sure the Sign up form has fields for email and password") == fields
    assert len(steps("the form should have inputs for first name, last name and email")) == 3
    refused("the form doesn't have a field for phone")
    refused("the form has a field for each guest")


def test_a_form_described_by_its_inputs_signs_no_one_in() -> None:
    # Once "Sign in as 'and'", with the password "inputs"
    refused("Login page renders with username and password inputs")
    refused("log in with username and password inputs")
    assert read_goal("log in with username 'and' password 'x'").steps[0].value == "and"


def test_when_words_show_is_never_part_of_them() -> None:
    # Once "Expect 'cart badge' to show '0 on first visit'"
    assert steps("Make sure the cart badge shows 0 on first visit")[0][2] == "0"
    assert steps("the page shows Welcome on the first page load")[0][2] == "Welcome"


def test_a_class_from_the_page_code_is_no_words_to_find() -> None:
    # Once "Expect '.toast' to be visible": words no page shows, so it failed a page that
    # showed its toast
    refused('Then the element ".toast" should be visible')
    refused("check .alert-success is visible")
    assert steps("the 'Go to .com' link is visible")[0][1] == Target(text="Go to .com", role="link")


def test_it_after_a_check_of_a_part_is_never_the_whole_page() -> None:
    # Once "Expect the 'Buy' button to be visible": any Buy button passed it, the Pro card's
    # or not; and "it says Save" of a Save button passed on the button's own words
    refused("the Pro card shows $29, and it has a Buy button")
    refused('Verify the dialog title is "Edit profile" and it has a Save button')
    refused("the Save button is visible, and it says Save")
    # What "it" names plainly stays read
    assert steps("the toast appears and it says Saved")[1][1] == Target(text="toast", role="alert")
    assert steps("the dialog is visible and it has a Save button")[1][1] == Target(
        text="Save", role="button", within="dialog"
    )


def test_navigating_away_names_no_page() -> None:
    # Once "Be on the 'away' page"
    refused('The "Unsaved changes" dialog should show when navigating away')


def test_a_part_with_a_control_holds_it() -> None:
    # Once "Expect the 'hero with a signup' button to be visible": a button no page names so
    assert steps("the homepage should have a hero with a signup button")[1] == (
        "expect_visible",
        Target(text="signup", role="button", within="hero"),
        None,
        None,
    )
    assert steps("the page has a form with a Send button")[0][1] == Target(
        text="Send", role="button", within="form"
    )


def test_a_currency_is_no_part_of_the_page() -> None:
    # Once "Expect 'USD' to show 'Prices'"
    refused("Prices are displayed in USD")
    refused("prices are shown in euros")


def test_a_step_said_to_return_somewhere_is_taken_then_checked() -> None:
    # Once refused, where "takes you to the home page" was read
    assert steps("Clicking the logo returns to the home page") == steps(
        "Clicking the logo takes you to the home page"
    )
    assert steps("clicking Cancel brings you back to /orders")[1] == (
        "expect_url",
        None,
        "/orders",
        None,
    )


def test_a_wrong_password_entered_is_the_test_user_s_with_a_wrong_one() -> None:
    (signed,) = read_goal("When a user enters a wrong password, an error is shown").steps[:1]
    assert (signed.value, signed.password) == ("{{username}}", WRONG_PASSWORD)


def test_its_after_a_search_is_never_a_part_named_results_s() -> None:
    # Once "Expect 'results's status' to show 'Delivered'": a part no page names so; and
    # whose status, Ada's or any result's, the words do not tell
    refused("Look up order 1042 and check its status is Delivered")
    # "its" after a search for a name: that item's, never any result's
    assert steps("search for Ada and check its status shows Active")[1] == (
        "expect_text",
        Target(text="status", within="Ada"),
        "Active",
        None,
    )
    assert steps("open the dialog; its title is Delete")[1][1] == Target(
        text="Delete", role="heading", within="dialog"
    )


def test_a_thing_deleted_or_revoked_is_named_without_its_kind() -> None:
    # Once "Delete the item 'Staging key'": no row says so; and "revoke" was refused
    assert steps("delete the Staging key") == [("delete_item", Target(text="Staging"), None, None)]
    assert steps('Revoke the "Staging" key and check it is gone from the list') == [
        ("click", Target(text="Revoke", within="Staging"), None, None),
        ("expect_no_text", Target(text="list", role="list"), "Staging", None),
    ]


def test_an_item_said_by_whose_it_is_is_the_item_that_shows_its_owner() -> None:
    # Once "Click 'Revoke' in 'Bob's'", then "Bob's" not shown: no page says "Bob's", so
    # the check that he is gone passed with Bob still listed
    assert steps("Remove Bob's invite and check he is no longer listed") == [
        ("delete_item", Target(text="Bob"), None, None),
        ("expect_no_text", None, "Bob", None),
    ]
    assert steps("Revoke Bob's invite") == [
        ("click", Target(text="Revoke", within="Bob"), None, None)
    ]
    # more verbs an admin uses on a row: once a control named "Reset Ada's password"
    assert steps("Reset Ada's password") == [
        ("click", Target(text="Reset", within="Ada"), None, None)
    ]
    assert steps("Deactivate Bob's account")[0][1] == Target(text="Deactivate", within="Bob")
    assert steps("Save and Cancel should be visible") == [  # "Cancel" is no verb here
        ("expect_text", None, "Save and Cancel", None)
    ]
    # a kind of two words: once a click on a control named "approve Ada's vacation request"
    assert steps("approve Ada's vacation request") == [
        ("click", Target(text="Approve", within="Ada"), None, None)
    ]
    assert steps("Delete Bob's row") == [("delete_item", Target(text="Bob"), None, None)]
    assert steps("Archive 'Bob's'")[0][1] == Target(text="Archive", within="Bob's")  # quoted
    # "the API key named CI": a kind with its acronym, then its name
    assert steps("Delete the API key named CI") == [("delete_item", Target(text="CI"), None, None)]


def test_a_row_by_its_number_is_that_row_never_one_saying_the_number() -> None:
    # Once "Expect the third row to show 'Click Delete'": the click was gone, a check in
    # its place; and "Delete row 3" deleted the item that says "3"
    third = Target(text="Delete", nth=2, within="row")
    for goal in [
        "Click Delete in the third row",
        "Click Delete in row 3",
        "click 'Delete' in row #3",
    ]:
        assert steps(goal) == [("act_on_item", third, "click", None)], goal
    assert steps("Delete row 3") == steps("Delete the third row")
    assert steps("Remove item 2") == steps("Remove the second item")
    for goal in ["Delete item 2 from the list", "Delete task 42"]:
        refused(goal)  # the second, or the one that says 2?
    assert steps("Click here is shown in the banner")[0][2] == "Click here"


def test_a_name_after_its_kind_keeps_a_last_word_that_is_also_a_kind() -> None:
    # Once "Delete the item 'Old'": "notes" taken for the kind, leaving half of the name
    old_notes = [("delete_item", Target(text="Old notes"), None, None)]
    assert steps("Delete the draft called Old notes") == old_notes
    assert steps("Delete the task Old notes") == old_notes
    assert steps("Delete the Buy milk task") == [
        ("delete_item", Target(text="Buy milk"), None, None)
    ]


def test_a_part_of_a_page_said_bare_is_no_words_on_it() -> None:
    # Once "Expect 'blog' to show 'pagination'": words no page says
    refused("Check that the blog has pagination")
    refused("the page has breadcrumbs")
    assert steps("the nav has links")[0][:2] == (
        "expect_count",
        Target(text="link", role="link", within="nav"),
    )


def test_last_updated_is_a_time_never_a_position() -> None:
    # Once "Expect the last 'updated date' to be visible"
    refused("Go to /terms and check the last updated date is shown")
    refused("the last login time is visible")
    assert steps("the last item is Milk")[0][1] == Target(text="item", role="listitem", nth=-1)


def test_fill_it_with_a_value_fills_the_field_before() -> None:
    # Once "Fill the 'Name' field with 'it with Bob'", and "Fill 'it in' with 'Bob'"
    name = Target(text="Name", role="textbox")
    for goal in (
        "click the Name field and fill it with Bob",
        "click the Name field, then fill it in with Bob",
    ):
        assert steps(goal)[1] == ("fill", name, "Bob", None)
    # A form said before is no field named "it in"; nor are "test data" words to type
    refused("find the contact form, fill it in with test data and submit it")


def test_a_labelled_value_of_a_thing_by_its_place_is_refused() -> None:
    # Once "Expect the first 'order' to show 'status Shipped'": words a row of cells never
    # says, its label being in the column's heading
    refused("the first order has status Shipped")
    refused("the most recent order has status Shipped")
    refused("the first product has price $5")
    refused("the order 1042 has status Shipped")  # its row may say "#1042"
    refused("the row #3 has status Shipped")
    assert steps("the first item says Milk")[0][2] == "Milk"


def test_a_scenario_in_capitals_reads_as_in_title_case() -> None:
    goal = 'GIVEN I am on the homepage WHEN I click "Pricing" THEN I see "Plans"'
    assert steps(goal) == steps(
        'Given I am on the homepage When I click "Pricing" Then I see "Plans"'
    )
    assert len(steps(goal)) == 3


def test_a_test_named_by_one_word_over_its_steps_is_its_name() -> None:
    # Once refused: "search" alone, read as a step
    assert [s[0] for s in steps('Test: search\n  search for "mug"\n  expect 3 results')] == [
        "search",
        "expect_count",
    ]
    # "Test case:" names the case, whatever its words: once "Empty cart" was refused as a step
    opened = [("open", Target(text="cart"), None, None)]
    assert steps("Test case: Empty cart\nopen the cart") == opened
    assert steps("Title: Empty cart\nopen the cart") == opened
    refused("Test case: Empty cart")  # a name with no steps under it


def test_the_field_is_the_one_field_the_journey_used() -> None:
    search = Target(text="search", role="textbox")
    assert steps("Focus the search field and press Escape; the field should be cleared")[-1] == (
        "expect_value",
        search,
        "",
        None,
    )
    # Two fields used: which one is "the field" the words do not tell
    assert steps("type a into A and b into B; check the field is empty")[-1][1] == Target(
        text="field", role="textbox"
    )


def test_an_error_banner_not_shown_is_no_error_message() -> None:
    # Once refused; and "on load" was once a part of the page named "load"
    assert steps("The error banner should not be visible on load") == steps(
        "no error message is shown"
    )
    refused("the error banner is visible")  # which kind shows is the goal's, not any message


def test_no_words_or_other_words_shown_is_neither() -> None:
    assert steps('Make sure no "undefined" or "NaN" appears anywhere on the page') == [
        ("expect_no_text", None, "undefined", None),
        ("expect_no_text", None, "NaN", None),
    ]


def test_a_thing_beside_one_that_holds_nothing_is_never_inside_it() -> None:
    # Once "Click the icon in 'Name heading'", "Expect 'tooltip' in 'info icon' …": inside
    # things that hold no other, so the step failed a page that had them
    refused("click the icon next to the Name heading")
    # a tooltip on a thing: hovered, then the tooltip's own words
    assert steps('Check the tooltip on the info icon says "Billed annually"') == [
        ("hover", Target(text="info", role="img"), None, None),
        ("expect_text", Target(text="tooltip"), "Billed annually", None),
    ]
    refused("Ensure the label next to the toggle says Dark mode")
    assert steps("click the Delete button next to Bob")[0][1] == Target(
        text="Delete", role="button", within="Bob"
    )


def test_a_thing_placed_by_it_names_no_part() -> None:
    # Once "Expect 5 of the rows in 'table below it'"
    refused('Check the page heading is "Orders" and the table below it has 5 rows')


def test_a_badge_on_a_link_may_be_inside_it() -> None:
    assert steps("Open /; the badge on the Inbox link shows 3")[1][2] == "3"
    refused("click the Edit link next to the Delete button")  # beside it, never inside


def test_signing_in_several_times_is_never_one_sign_in() -> None:
    # Once "Sign in as '{{username}}' with a wrong password": four tries silently dropped,
    # so a lock-out after five was never reached
    refused("Try to log in 5 times with a wrong password and check the account is locked")
    refused("log in twice")
    assert steps("log out and log in again")[1][0] == "sign_in"


def test_an_avatar_is_a_kind_of_picture() -> None:
    # Once refused; and "the user avatar" never an image named "user"
    assert steps("Click the user avatar, then Settings")[0][1] == Target(
        text="user avatar", role="img"
    )
    assert steps("Login, wait 2 seconds, then check the avatar is visible")[-1] == (
        "expect_visible",
        Target(text="avatar", role="img"),
        None,
        None,
    )


def test_a_move_in_a_place_is_never_a_word_shown_there() -> None:
    # Once "Expect the form to show 'Stay'"
    refused("Stay in the form")
    refused("Scroll in the sidebar")
    assert steps("Bob in the users table")[0][2] == "Bob"


def test_one_of_some_things_names_none_of_them() -> None:
    # Once "Click 'one of the orders offered'"
    refused("Choose one of the orders offered.")
    refused("click one of the products")
    assert steps("Brass Lamp is one of the results")[0][2] == "Brass Lamp"


def test_a_message_saying_a_clause_is_shown_checks_the_clause() -> None:
    # Once refused: "Password is required" holds a verb of its own
    for goal in (
        "an error saying Password is required is shown",
        "an error saying Password is required should appear",
        "Sign in; an error message that says Password is required is displayed",
    ):
        assert steps(goal)[-1] == ("expect_text", None, "Password is required", None)
    assert steps("a warning saying Disk is full is shown in the sidebar")[0][1] == Target(
        text="sidebar", role="complementary"
    )
    refused("an error saying Password is required is not shown")


def test_an_address_names_the_row_or_item_that_shows_it() -> None:
    # Once "Click 'Edit for bob@example.com'", "Expect 'bob@example.com's status' to show
    # 'Inactive'" and "Expect 'user bob@example.com' to show 'status Inactive'": names no
    # page shows, so the check failed whatever the row said
    bob = "bob@example.com"
    assert steps(f"click Edit for {bob}")[0][1] == Target(text="Edit", within=bob)
    assert steps(f"the row for {bob} should show Inactive")[0][1] == Target(
        text="row", role="row", within=bob
    )
    assert steps(f"{bob}'s row shows Inactive")[0][1] == Target(text=bob, role="row")
    status = ("expect_text", Target(text="status", within=bob), "Inactive", None)
    for goal in (
        f"{bob}'s status is Inactive",
        f"the status of {bob} is Inactive",
        f"{bob} has status Inactive",
        f"the user {bob} has status Inactive",
    ):
        assert steps(goal) == [status], goal


def test_it_after_typing_and_enter_is_what_was_sent() -> None:
    sent = steps("Type hello in the chat box and press Enter; it should appear in the conversation")
    assert sent[-1] == ("expect_text", Target(text="conversation"), "hello", None)
    assert (
        steps("type Hi in the chat box, press Enter and check my message is in the log")[-1][2]
        == "Hi"
    )
    # Once refused: "the message", and a box sent with Ctrl+Enter
    for goal in [
        "Type hello in the message box and press Enter; the message should appear in the chat",
        "Type hello in the message box and press Ctrl+Enter; it should appear in the chat",
    ]:
        assert steps(goal)[-1] == ("expect_text", Target(text="chat"), "hello", None), goal
    # The box may still hold the words, unsent: no place, or the box itself, is no proof
    refused("Type hello in the chat box and press Enter; it should appear")
    refused("Type hello in the chat box and press Enter; my message should appear in the chat")
    refused("type Hi in the chat box, press Enter and check it is no longer in the box")
    refused("type Hi in the chat box and check it appears in the log")  # never sent


def test_more_than_before_is_never_words_shown() -> None:
    # Once "Expect the page to show '20 more posts'": a count against the one before, which
    # no page says in those words
    refused('Clicking "Load more" should show 20 more posts')
    refused("click Load more; the list shows 5 more items")
    assert steps("the page says 20 more posts")[0][2] == "20 more posts"  # said: words


def test_a_place_said_first_holds_each_field_of_the_list() -> None:
    # Once only the first pair was in the Address form: the second filled any City field
    for goal in (
        "In the Address form, fill Street with 1 Main St and City with Springfield",
        "In the Address form, type 1 Main St into Street and Springfield into City",
    ):
        assert [s[1] for s in steps(goal)] == [
            Target(text="Street", within="Address form"),
            Target(text="City", within="Address form"),
        ], goal
    # A click after "then" is a step of its own, wherever the first one led
    assert steps("in the sidebar click Settings, then Billing")[1][1] == Target(text="Billing")


def test_what_a_figure_sums_is_never_a_word_it_shows() -> None:
    # Once "Expect 'price' to show 'VAT'", which "€12 excl. VAT" passed
    refused("Check that the price includes VAT")
    refused("the total should include shipping")
    assert steps("the cart includes Oak Desk")[0][2] == "Oak Desk"
    assert steps("the total includes 'Shipping: $5'")[0][2] == "Shipping: $5"


def test_a_kind_of_query_is_never_the_words_searched() -> None:
    # Once "Search for 'an unknown term'": its words, not a term no page has
    refused("Verify that searching for an unknown term shows No results")
    refused("search for a random string")
    refused("search for a product and open the first result")
    assert steps("search for a lamp")[0][2] == "a lamp"


def test_a_count_after_scrolling_to_a_part_is_of_that_part() -> None:
    # Once "Expect 3 of the links": on the whole page
    assert steps("scroll down to the footer and check there are 3 links") == [
        ("expect_count", Target(text="links", role="link", within="footer"), None, 3)
    ]
    # "4 social icons": no element we know by those words, and never the words
    refused("scroll to the footer; there should be 4 social icons")


def test_only_a_number_of_things_is_that_many() -> None:
    # Once refused: "only" read as the names a list holds alone
    rows = ("expect_count", Target(text="row", role="row"), None, 1)
    assert steps("check only 1 row is shown") == [rows]
    assert steps("only one row is shown") == [rows]
    assert steps("the table shows only 2 rows")[0][3] == 2
    assert steps("only 'Milk' is listed")[0][0] == "expect_only"
    assert steps("only 3 items are listed")[0][3] == 3  # how many, never which


def test_it_with_the_words_typed_is_the_field_typed_into() -> None:
    # Once "Expect the page to show '555-0100'", which any other text passed
    goal = "Update the phone number to 555-0100 and save; reload and check it still says 555-0100"
    assert steps(goal)[-1] == (
        "expect_text",
        Target(text="phone number", role="textbox"),
        "555-0100",
        None,
    )
    # Other words are a message, on the page
    assert steps("Type Bob in the name field; click Save; check it says Saved")[-1][1] is None
    # Once refused: "it is" the value typed, the field said again
    held = ("expect_value", Target(text="timezone", role="textbox"), "Europe/London", None)
    for goal in [
        "Set the timezone to Europe/London, save, reload and check it is still Europe/London",
        "Set the timezone to Europe/London and save; after a refresh it's Europe/London",
    ]:
        assert steps(goal)[-1] == held, goal
    refused("Type Bob into Name, save; check it is Alice")  # the field, or a message?
    refused("fill Email with a@b.io and Name with Bob, click Save; check it is still Bob")


def test_a_thing_named_so_is_the_thing_by_its_name() -> None:
    # Once refused: "named" between the kind and the name
    assert steps("Delete the project called Apollo") == steps("Delete the project Apollo")
    assert steps("Remove the user named Bob")[0] == ("delete_item", Target(text="Bob"), None, None)
    assert steps("archive the project called Apollo")[0][1] == Target(
        text="Archive", within="Apollo"
    )


def test_two_names_of_several_words_with_small_words_inside_are_two() -> None:
    # Once one link named "Privacy Policy and Terms of Service", which no footer has
    footer = Target(text="footer", role="contentinfo")
    links = [
        ("expect_visible", Target(text=name, role="link", within="footer"), None, None)
        for name in ("Privacy Policy", "Terms of Service")
    ]
    assert steps("Check that the footer links to Privacy Policy and Terms of Service") == links
    assert steps("the footer shows Terms of Use and Privacy Policy") == [
        ("expect_text", footer, "Terms of Use", None),
        ("expect_text", footer, "Privacy Policy", None),
    ]
    assert steps("Terms and Conditions is shown")[0][2] == "Terms and Conditions"  # one name


def test_its_control_after_finding_an_item_is_in_that_item() -> None:
    # Once "Click the 'Edit' button": the first of the page, whoever's it was
    assert steps("find Bob in the list and click its Edit button")[1][1] == Target(
        text="Edit", role="button", within="Bob"
    )
    assert steps("hover over the Oak Chair card and click its Add to cart button")[1][1] == (
        Target(text="Add to cart", role="button", within="Oak Chair")
    )
    refused("search for oak and click its Edit link")  # which of the results with "oak"?
    # Once refused: the row said again
    for goal in (
        "find Bob in the list and click Edit in his row",
        "Bob is listed; click Edit on that row",
    ):
        assert steps(goal)[1][1] == Target(text="Edit", within="Bob"), goal


def test_words_that_change_to_others_are_gone_and_the_others_shown() -> None:
    # Once "Expect 'Processing' to show 'Done'": a part named by words it no longer shows
    assert steps("Wait until 'Processing' changes to 'Done'") == [
        ("expect_text", None, "Done", None),
        ("expect_no_text", None, "Processing", None),
    ]
    assert steps("the status changes to Done")[0][1] == Target(text="status")
    refused("'Add' changes to 'Added'")  # the old words inside the new prove nothing
    # said with the kind that shows them, the same (once a part named "Processing")
    assert steps('Wait for the "Processing" label to change to "Complete"') == [
        ("expect_text", None, "Complete", None),
        ("expect_no_text", None, "Processing", None),
    ]


def test_a_value_said_with_its_kind_is_the_value() -> None:
    # Once "Expect 'changelog' to show 'version 3.1.0'", which "v3.1.0 — March" fails
    assert steps("The changelog should mention version 3.1.0")[0][2] == "3.1.0"
    assert steps("the footer shows the email address hello@acme.io")[0][2] == "hello@acme.io"
    # A homepage said with the site's name is where the test starts
    assert steps("the docs homepage shows Guides")[0] == ("goto", None, "{{url}}", None)


def test_a_monitor_asked_for_is_the_steps_it_does() -> None:
    # Once refused: "like a monitor that logs in …", "a monitor that opens /pricing"
    said = "Go to /status and make sure it says OK"
    for goal in (
        "We need a check that opens /status and makes sure it says OK",
        "Set up a check that opens /status and makes sure it says OK",
        "I'd like a monitor that opens /status and makes sure it says OK",
    ):
        assert steps(goal) == steps(said), goal


def test_the_chosen_tab_said_by_its_words_is_that_tab_chosen() -> None:
    # Once refused: a tab's words are its name
    chosen = steps("the active tab is Billing")
    for goal in ("The selected tab reads Billing", "the current tab is Billing"):
        assert steps(goal) == chosen, goal


def test_they_after_several_items_is_each_of_them() -> None:
    # Once refused: "both", "they" after adding two items
    each = [
        ("add_item", None, "Milk", None),
        ("add_item", None, "Eggs", None),
        ("expect_text", None, "Milk", None),
        ("expect_text", None, "Eggs", None),
    ]
    assert steps('Add "Milk" and "Eggs" and make sure both appear') == each
    assert steps("add 'Milk' and 'Eggs'; check they are both listed")[2:] == [
        ("expect_text", Target(text="list", role="list"), name, None) for name in ("Milk", "Eggs")
    ]
    assert steps("add 'Milk' and 'Eggs'; check they are not done")[2][1] == Target(
        text="checkbox", role="checkbox", within="Milk"
    )
    refused("add 'Milk' and 'Eggs', then tick them")  # a step on each, never one step


def test_how_words_look_is_never_part_of_them() -> None:
    # Once "Expect the row in 'INV-002' to show 'Overdue in red'"
    refused("Check the row for INV-002 shows Overdue in red")
    refused("the page shows Error in bold")
    assert steps("the footer shows Made in Berlin")[0][2] == "Made in Berlin"


def test_two_acronyms_joined_are_two_things() -> None:
    # Once one phrase, "SSO and SLA", which a card listing both apart never shows
    assert [s[2] for s in steps("Ensure the Enterprise card mentions SSO and SLA")] == [
        "SSO",
        "SLA",
    ]
    assert steps("the sidebar includes Docs and API")[0][2] == "Docs and API"  # one name?


def test_the_page_language_is_its_markup_never_its_words() -> None:
    # Once "Expect 'page language' to show 'English'": a part named so, or any "English"
    refused("Check that the page language is English")
    refused("the site language should be German")


def test_its_value_after_finding_an_item_is_that_item_s() -> None:
    # Once "Expect 'status' in 'list' to show 'Active'": any row's status in the list
    status = ("expect_text", Target(text="status", within="Bob"), "Active", None)
    assert steps("find Bob in the list and check its status is Active")[1] == status
    assert steps("find Oak Desk and check its price is $250")[1][2] == "$250"
    refused("search for oak and check its price is $5")  # which of the results?


def test_an_act_on_an_item_after_a_search_is_a_step_never_more_of_the_query() -> None:
    # Once "Search for 'Apollo and archive it'", and "find" the words "Apollo and archive it"
    archive = ("click", Target(text="Archive", within="Apollo"), None, None)
    assert steps("search for Apollo and archive it")[1] == archive
    assert steps("find Apollo and archive it")[1] == archive
    refused("search for apollo and archive it")  # which of the results with "apollo"?


def test_opening_an_item_just_added_opens_that_item() -> None:
    # Once refused: "open it" read as one more item of the list being added
    assert steps("Create a project called Demo, open it and check the title reads Demo")[1] == (
        "open",
        Target(text="Demo"),
        None,
        None,
    )
    assert steps("add a task called Milk and edit it")[1] == (
        "click",
        Target(text="Edit", within="Milk"),
        None,
        None,
    )
    refused("add Milk and Eggs and open it")  # which of them?
    refused("add a task called Milk and open it")  # a line of a list opens nothing


def test_a_step_run_on_into_a_product_name_is_refused() -> None:
    # Once "Click the 'Add to cart' button in 'milk and add it'"
    refused("add milk and add it to the cart")
    assert steps("add Post-it Notes to the cart")[0][1] == Target(
        text="Add to cart", role="button", within="Post-it Notes"
    )


def test_how_the_journey_stands_is_no_page_s_name() -> None:
    # Once "Be on the 'checkout without items' page": a link named so, or the page kept
    refused("Go to checkout without items and check I am sent back to the cart")
    refused("go to settings without saving")
    assert steps("go to checkout") == [("visit", Target(text="checkout"), None, None)]


def test_a_message_holding_or_is_seen_whole() -> None:
    # Once refused after "I should see", which "the page says" read
    message = [("expect_text", None, "Invalid username or password", None)]
    assert steps("Then I should see Invalid username or password") == message
    assert steps("the page says Invalid username or password") == message
    refused("I should see Saved or Updated")  # two names to choose from: which one?


def test_a_hint_that_says_a_length_is_read_as_it_is_written() -> None:
    # Once refused as a count: "At least 8 characters", capitalised, is the hint's words
    assert steps("check the password hint says At least 8 characters") == [
        ("expect_text", Target(text="password hint"), "At least 8 characters", None)
    ]
    refused("the password must be at least 8 characters")  # a rule, which no step checks


def test_a_sign_in_after_its_details_are_typed_sends_those_details() -> None:
    # Once "Sign in as '{{username}}'" after them: the test's own user typed over john
    for goal in (
        'Enter "john" as username and "doe123" as password and sign in',
        "type john into the username field, doe123 into the password field and log in",
    ):
        (signed,) = read_goal(goal).steps
        assert (signed.action, signed.value, signed.password) == (
            "sign_in",
            "john",
            "{{password}}",
        ), goal
    assert read_goal("fill Name with Bob and log in").steps[1].value == "{{username}}"


def test_a_step_written_after_a_place_with_no_comma_is_never_part_of_the_place() -> None:
    # Once "Click 'Send' in 'Message textarea write I love your'": the typing dropped
    typed = ("fill", Target(text="Message", role="textbox"), "I love your product", None)
    for goal in (
        "In the Message textarea write I love your product and press Send",
        "In the Message textarea, write I love your product and press Send",
    ):
        assert steps(goal) == [typed, ("click", Target(text="Send"), None, None)], goal
    refused("In the Message box write and press Send")


def test_a_query_described_after_what_is_searched_is_refused() -> None:
    # Once "Search for 'the docs for a term that doesn't exist'": the whole typed
    refused("Search the docs for a term that doesn't exist and check it says No results")
    refused("search the site for something random")
    assert steps("search the docs for webhook")[0] == (
        "search",
        Target(text="docs"),
        "webhook",
        None,
    )


def test_cards_for_names_are_each_a_part_so_named() -> None:
    # Once each name's words anywhere on the page ("Guides" in the menu passed it)
    assert steps("the page has cards for Guides and Examples") == [
        ("expect_visible", Target(text="Guides card"), None, None),
        ("expect_visible", Target(text="Examples card"), None, None),
    ]
    refused("the page doesn't have cards for Guides and Examples")  # nor its words?


def test_a_field_said_again_by_its_last_word_is_the_one_typed_into() -> None:
    # Once "the 'name' field", which a page's first "Name" field (not the display name) is
    goal = (
        "Change the display name to Robert, save and reload; the name field should still say Robert"
    )
    assert steps(goal)[-1][1] == Target(text="display name", role="textbox")
    # two fields typed into: which one is "the name field" is the page's to say
    goal = "Fill display name with Rob and email with a@b.co; the name field says Rob"
    assert steps(goal)[-1][1] == Target(text="name", role="textbox")


def test_a_click_after_finding_a_row_is_in_that_row() -> None:
    # Once "Click 'Delete'": the first of the page, whoever's row it is in
    delete = ("click", Target(text="Delete", within="Bob"), None, None)
    assert steps("find Bob's row and click Delete")[1] == delete
    assert steps("Find the row for Bob and click Delete")[1] == delete
    assert steps("find Bob's row and tick the checkbox")[1][1] == Target(
        text="checkbox", role="checkbox", within="Bob"
    )
    assert steps("find Bob's row and click Save in the header")[1][1].within == "header"
    refused("find the row for bob")  # which words are its name?


def test_it_after_searching_for_a_variable_is_the_item_so_named() -> None:
    # Once refused: a variable's value names one item, as a capitalised name does
    assert steps("search for {{product}} and add it to the cart")[1] == (
        "click",
        Target(text="Add to cart", role="button", within="{{product}}"),
        None,
        None,
    )


def test_a_claim_that_something_works_titles_the_steps_that_check_it() -> None:
    # Once refused at the claim, whose steps after the colon check it themselves
    goal = (
        "Verify the contact form still sends: fill name Test, email test@example.com,"
        " message Hello, submit, and expect Thanks"
    )
    assert steps(goal)[-2:] == [("submit", None, None, None), ("expect_text", None, "Thanks", None)]
    # steps that check nothing never stand for the claim
    refused("Verify the contact form still sends: fill name Test and submit")
    # a test named for the claim, then its steps: the same
    assert steps("Test: search works. Go to /, search for shoes. Results should include Boots") == [
        ("goto", None, "/", None),
        ("search", None, "shoes", None),
        ("expect_text", Target(text="Results"), "Boots", None),
    ]
    refused("Test: search works. Go to /, search for shoes")


def test_a_wizard_step_said_first_is_where_the_journey_is() -> None:
    # Once "the email of 'Review step'": a part so named, which a wizard's step is not
    assert steps("On the Review step, check the email shown is ann@example.com") == [
        ("expect_text", None, "ann@example.com", None)
    ]
    assert steps("On the Payment step, click Pay") == [("click", Target(text="Pay"), None, None)]


def test_a_step_after_a_chevron_is_a_step_of_its_own() -> None:
    # Once refused whole; a name after it stays a menu path
    assert [s[0] for s in steps("go to homepage > click pricing > verify 3 plans")] == [
        "goto",
        "click",
        "expect_count",
    ]
    assert steps("go to Settings > Delete account") == [
        ("open", Target(text="Settings"), None, None),
        ("open", Target(text="Delete account"), None, None),
    ]


def test_the_first_row_of_a_part_is_the_first_row_in_it() -> None:
    # Once refused, as a label "first row" of the table; "shows" read it so
    assert steps("Verify the first row of the table is Alice") == [
        ("expect_text", Target(text="row", role="row", nth=0, within="table"), "Alice", None)
    ]
    refused("the top result of the search is Zebra")  # the search box holds no results


def test_hovering_over_nothing_named_is_refused() -> None:
    # Once "Hover over 'over'"
    refused("hover over")
    assert steps("hover over Products") == [("hover", Target(text="Products"), None, None)]


def test_a_verb_cut_short_before_its_object_is_refused() -> None:
    # Once "Click 'on'", "Be on the 'to' page", "Search for 'for'"
    for goal in ("click on", "go to", "search for", "open the", "check for", "tick off"):
        refused(goal)
    assert steps("log off") == [("sign_out", None, None, None)]
    assert steps("click 'On'") == [("click", Target(text="On"), None, None)]


def test_how_well_a_part_says_something_is_no_part_of_its_name() -> None:
    # Once a part named "greeting properly"
    assert steps("Confirm the greeting properly shows Hi, Sam") == [
        ("expect_text", Target(text="greeting"), "Hi, Sam", None)
    ]


def test_seeing_a_part_with_fields_is_that_part_having_them() -> None:
    # Once refused after "I should see", which "the form has" read
    fields = [
        ("expect_visible", Target(text="Email", role="textbox", within="form"), None, None),
        ("expect_visible", Target(text="Password", role="textbox", within="form"), None, None),
    ]
    assert steps("And I should see a form with Email and Password fields") == fields
    assert steps("there is a form with Email and Password fields") == fields
    assert steps("I should see Email and Password fields") == [
        (action, target.model_copy(update={"within": None}), None, None)
        for action, target, _, _ in fields
    ]


def test_a_note_s_own_words_are_never_its_name_or_where_it_goes() -> None:
    # Once "Add the item 'customer to the contact Jane Doe'": "Called" was the note's word
    refused("Add a note Called customer to the contact Jane Doe")
    assert steps("add a task Called home") == [("add_item", None, "Called home", None)]
    assert steps("add a task called Call mom") == [("add_item", None, "Call mom", None)]


def test_opening_a_contact_by_its_name_opens_that_name() -> None:
    # Once "Open 'contact Jane Doe'", which no link is named
    assert steps("open the contact Jane Doe") == [("open", Target(text="Jane Doe"), None, None)]


def test_a_message_that_names_no_element_is_seen_whole() -> None:
    # Once refused after "expect" and "I should see", which "the page says" read
    thanks = [("expect_text", None, "Thank you for your order", None)]
    assert steps("expect Thank you for your order") == thanks
    assert steps("Then I should see Thank you for your order") == thanks
    refused("find Alice is greeted")  # a statement, never words a page shows


def test_a_form_and_a_step_after_it_are_never_a_field_s_name() -> None:
    # Once "Fill 'checkout form and continue' with 'Ann / Lee / 90210'"
    refused("enter Ann / Lee / 90210 in the checkout form and continue")
    assert steps("enter Ann in the name field and continue")[1][1] == Target(text="continue")


def test_a_form_named_over_its_label_lines_fills_only_those() -> None:
    # Once every field of the form filled with sample values first, then the lines' own
    goal = "Fill in the signup form\n- Name: Ann\n- Email: a@b.co\nSubmit"
    assert [s[0] for s in steps(goal)] == ["fill", "fill", "submit"]
    assert steps("Fill in the signup form\nSubmit")[0][0] == "fill_form"


def test_a_part_of_a_page_named_is_that_part_on_that_page() -> None:
    # Once parts named "homepage hero" and "homepage footer", which no page has
    assert steps("Check the homepage hero says Build faster and has a Get started button") == [
        ("goto", None, "{{url}}", None),
        ("expect_text", Target(text="hero"), "Build faster", None),
        ("expect_visible", Target(text="Get started", role="button", within="hero"), None, None),
    ]
    assert steps("the pricing page header says Pricing")[1] == (
        "expect_text",
        Target(text="header", role="banner"),
        "Pricing",
        None,
    )
    # a page opened again as written stays a second visit
    assert len(steps("go to /a, check it says Hi, then go to /a again")) == 3


def test_a_question_s_value_starts_where_its_subject_ends() -> None:
    # Once "Expect 'the' to show 'Pro plan $29'" and "… to show 'Alice listed'"
    assert steps("Is the price of the Pro plan $29?") == [
        ("expect_text", Target(text="price", within="Pro plan"), "$29", None)
    ]
    assert steps("Is Alice listed in the users table?") == [
        ("expect_text", Target(text="users", role="table"), "Alice", None)
    ]


def test_a_table_s_columns_are_counted_by_their_headers() -> None:
    # Once a count of 'columns' with no kind: the items of the table, its rows
    column = Target(text="column header", role="columnheader", within="table")
    assert steps("The table should have 4 columns") == [("expect_count", column, None, 4)]


def test_columns_outside_a_table_are_a_layout_nothing_counts() -> None:
    # Once a count of the footer's column headers, which a footer has none of
    assert steps("The footer should have 3 columns")[0][0] == "expect_text"


def test_what_an_address_just_opened_returns_is_what_it_shows() -> None:
    # Once refused: "it" after opening an address is that address, as "… returns 200" read
    version = [("goto", None, "/api/version", None), ("expect_text", None, "2.3.1", None)]
    assert steps("open /api/version and check it returns 2.3.1") == version
    assert steps("/api/version returns 2.3.1") == version
    # what it returns, described: never the words "the version"
    refused("open /api/version and check it returns the version")
    refused("/api/version returns the version")


def test_a_part_that_says_something_and_goes_is_shown_then_hidden() -> None:
    # Once refused at "disappear": the toast said after "and" is the same toast
    toast = Target(text="toast", role="alert")
    assert steps("the toast should read 'Changes saved' and disappear") == [
        ("expect_text", toast, "Changes saved", None),
        ("expect_hidden", toast, None, None),
    ]
    assert steps("the toast says Saved and then vanishes") == steps(
        "the toast says Saved, then the toast disappears"
    )
    # what a list lists, a figure after it too
    assert steps("The order summary should list 2 items and a total of $58.00")[-1] == (
        "expect_text",
        Target(text="total", within="order summary"),
        "$58.00",
        None,
    )


def test_one_of_the_test_s_own_sign_in_details_is_typed_where_it_is_asked() -> None:
    # Once refused: a sign-in in two steps asks for each detail on a page of its own
    assert steps("enter your email, click Continue, then enter your password") == [
        ("fill", Target(text="Email"), "{{username}}", None),
        ("click", Target(text="Continue"), None, None),
        ("fill", Target(text="Password"), "{{password}}", None),
    ]
    assert steps("type your username")[0][1:3] == (Target(text="Username"), "{{username}}")
    # both said: the sign-in form, filled as one
    assert steps("enter your email and password")[0][0] == "sign_in"


def test_a_message_from_someone_is_the_one_that_shows_them() -> None:
    # Once a control named "email" inside a part named "Alice"
    assert steps("In the inbox, open the email from Alice") == [
        ("open", Target(text="Alice", within="inbox"), None, None)
    ]
    assert steps("click the review by Jane Doe") == [("click", Target(text="Jane Doe"), None, None)]
    # "from" a place stays a place
    assert steps("Choose Billing from the account menu")[-1] == (
        "click",
        Target(text="Billing"),
        None,
        None,
    )


def test_the_status_said_after_a_visit_is_what_the_address_answered() -> None:
    # Once the words "404" next to a label "status", which a page answering 200 may show
    for said in ("the status is 404", "the response should be 404 Not Found"):
        opened = read_goal(f"Visit /nope and check {said}").steps
        assert [(s.action, s.value, s.status) for s in opened] == [("goto", "/nope", 404)], said
    assert read_goal("open /health; the status code is 200").steps[0].status == 200
    with pytest.raises(GoalNotUnderstood, match="which address answers it"):
        read_goal("the status code is 404")
    # a status of a thing is its words
    assert steps("go to /orders and check the status is Shipped")[-1][2] == "Shipped"


def test_where_the_nth_result_leads_is_where_following_it_arrives() -> None:
    # Once refused: followed as "click the first result" clicks it, then the address
    assert steps("check the first result links to /docs/webhooks") == [
        *steps("click the first result"),
        ("expect_url", None, "/docs/webhooks", None),
    ]
    assert (
        steps("the second post should open the Pricing page")[0]
        == steps("click the second post")[0]
    )


def test_text_said_to_be_a_part_s_is_looked_for_in_that_part() -> None:
    # Once "the hero text 'Build faster'" anywhere on the page, the footer's included
    assert steps("the homepage has the hero text 'Build faster'")[-1] == (
        "expect_text",
        Target(text="hero"),
        "Build faster",
        None,
    )
    assert steps("the page has the footer text 'Acme Inc'") == steps("the footer says 'Acme Inc'")


def test_someone_s_record_opened_is_the_entry_that_shows_them() -> None:
    # Once a link named "John Doe's record", which no list of patients shows
    assert steps("open John Doe's record") == steps("open the record of John Doe")
    assert steps("open Bob's profile") == [("open", Target(text="Bob"), None, None)]


def test_every_row_of_a_column_is_each_row_s_cell_under_its_header() -> None:
    # Once a part named "Status column", which no page has, or refused
    status = Target(text="Status", role="columnheader")
    each = [("expect_each", status, "Active", None)]
    assert steps("every row in the Status column says Active") == each
    assert steps("the Status column should say Active in every row") == each
    assert steps("all rows have Active in the Status column") == each
    # still refused: the same said of a control, or words not spelled out
    refused("the Delete button is visible for every row")
    refused("the Status column shows a date for every row")


def test_a_page_said_with_its_kind_is_the_page_of_that_name() -> None:
    # Once a page named "Blue Mug product", which no link or heading says
    blue_mug = [("visit", Target(text="Blue Mug"), None, None)]
    assert steps("Open the Blue Mug product page") == blue_mug
    assert steps("go to the Blue Mug product page") == blue_mug
    assert steps("open the product page for Blue Mug") == blue_mug
    assert steps("open the Pro plan page") == [("visit", Target(text="Pro plan"), None, None)]


def test_a_choice_from_it_is_made_in_the_menu_just_opened() -> None:
    # Once a control named "Settings from it"
    assert steps("open the Account menu and pick Settings from it")[-1] == (
        "click",
        Target(text="Settings", within="Account menu"),
        None,
        None,
    )
    assert steps("Hover over Products and click Lamps in it")[-1] == (
        "click",
        Target(text="Lamps"),
        None,
        None,
    )
    # "follow it": the thing just found; "follow the steps below" names no link
    assert steps("Find Pricing in the footer and follow it")[-1][0] == "click"
    refused("follow the steps below")


def test_going_to_a_row_is_no_click_on_it() -> None:
    # Once a click on the row (which may open it), then any Edit on the page
    refused("Go to the Bob Smith row and click Edit")


def test_things_said_bare_then_placed_are_both_in_that_place() -> None:
    # Once the first link looked for anywhere on the page: the footer's passed
    header = [
        ("expect_visible", Target(text="Pricing", role="link", within="header"), None, None),
        ("expect_visible", Target(text="Docs", role="link", within="header"), None, None),
    ]
    assert steps("a Pricing link and a Docs link are in the header") == header
    assert steps("there is a Pricing link and a Docs link in the header") == header
    assert steps("I should see a Pricing link and a Docs link in the header") == header
    # a statement of its own keeps its own place, or none
    assert steps("the Pricing link is visible and the Docs link is in the header")[0] == (
        "expect_visible",
        Target(text="Pricing", role="link"),
        None,
        None,
    )
    assert steps("click Save and the toast in the header says Saved")[0][0] == "click"


def test_credentials_kept_in_the_test_s_secrets_are_the_test_s_own() -> None:
    # Once refused: where they are kept names no other account
    for how in ("the credentials from the secrets", "the password from the environment"):
        assert steps(f"log in with {how}") == steps("log in"), how


def test_its_title_or_address_after_opening_a_page_is_that_page_s() -> None:
    # Once refused
    assert steps("go to /help and check its title contains Help")[-1] == (
        "expect_title",
        None,
        "Help",
        None,
    )
    assert steps("open the first result; its URL contains /docs")[-1] == (
        "expect_url",
        None,
        "/docs",
        None,
    )
    # where a click goes, said as a site's address
    assert steps("click the GitHub icon and check it opens github.com/acme")[-1] == (
        "expect_url",
        None,
        "github.com/acme",
        None,
    )


def test_the_search_a_query_is_typed_in_is_no_part_of_the_query() -> None:
    # Once the query "order 1042 using the order search"
    assert steps("Look up order 1042 using the order search") == [
        ("search", Target(text="order search"), "order 1042", None)
    ]


def test_their_profile_after_searching_for_someone_is_the_entry_that_shows_them() -> None:
    # Once refused at "open her profile"
    assert steps("Search for Ada Lovelace and open her profile")[-1] == (
        "open",
        Target(text="Ada Lovelace"),
        None,
        None,
    )
    refused("search for bob and open his profile")  # which of the results with "bob"?


def test_a_step_on_a_page_said_by_its_address_first_is_taken_there() -> None:
    # Once refused: "On /settings/profile" before a step, with no comma
    assert steps("On /settings/profile update 'Display name' to 'Ada L.' and click Save") == [
        ("goto", None, "/settings/profile", None),
        ("fill", Target(text="Display name"), "Ada L.", None),
        ("click", Target(text="Save"), None, None),
    ]
    assert steps("On /settings/profile click Save") == steps("On /settings/profile, click Save")


def test_a_page_at_an_address_that_holds_a_heading_and_a_text_holds_each() -> None:
    # Once refused at "the page at /terms", then at "the text Last updated"
    assert steps(
        "Check the page at /terms loads and contains the heading Terms of Service and the"
        " text Last updated"
    ) == [
        ("goto", None, "/terms", None),
        ("expect_visible", Target(text="Terms of Service", role="heading"), None, None),
        ("expect_text", None, "Last updated", None),
    ]


def test_things_added_to_the_cart_said_after_a_colon_are_each_added() -> None:
    # Once refused
    assert steps("Add two items to the cart: Blue Mug and Green Mug") == steps(
        "add Blue Mug and Green Mug to the cart"
    )
    refused("add 3 items to the cart: Blue Mug and Green Mug")  # which third?


def test_slips_of_the_keyboard_in_the_words_of_a_sentence_are_read_through() -> None:
    # Once a part named "verfiy the page"; the words quoted stay as written
    assert steps("verfiy the page says Welcome") == steps("verify the page says Welcome")
    assert steps("chek that teh page sould say Thanks") == steps("check the page should say Thanks")
    assert steps("the page says 'verfiy'") == [("expect_text", None, "verfiy", None)]
    # a refusal names the words as written
    assert refused("verfiy the moon is blue") == "verfiy the moon is blue"


def test_a_doubled_word_or_a_statement_after_an_arrow_without_its_article_is_read() -> None:
    # Once refused
    assert steps("click on the the Save button") == steps("click on the Save button")
    assert steps("search 'lamp' -> first result is Brass Lamp") == steps(
        "search 'lamp' -> the first result is Brass Lamp"
    )


def test_names_listed_in_a_place_are_each_looked_for_there() -> None:
    # Once refused with three names; "… are there" after opening it, each anywhere
    menu = [("expect_text", Target(text="menu"), name, None) for name in ("A", "B", "C")]
    assert steps("A, B and C are in the menu") == menu
    assert steps("Open the menu and make sure A, B and C are there")[1:] == menu


def test_a_choice_for_a_thing_is_picked_as_the_page_offers_it() -> None:
    # Once a dropdown only, which radios for shipping are not
    assert steps('Choose "Express" for shipping') == [
        ("pick", Target(text="shipping"), "Express", None)
    ]
    assert steps("select Express for the shipping dropdown")[0][0] == "select"  # said so


def test_a_control_in_every_row_is_still_refused() -> None:
    # Once a part named "every", when "… for every row" was let through for a column
    refused("check there is a Delete button in every row")


def test_a_banner_named_in_lower_case_is_a_part_of_the_page_not_its_words() -> None:
    # Once refused: "cookie" is not what the banner says ("We use cookies")
    for goal in ["the cookie banner is visible", "check the cookie banner is shown"]:
        assert steps(goal) == [("expect_visible", Target(text="cookie banner"), None, None)]
    assert steps("the cookie notice appears")[0][:2] == (
        "expect_visible",
        Target(text="cookie notice"),
    )
    # Its absence is not read: a banner the page calls otherwise is never found, gone or not
    for goal in ["the cookie banner is gone", "Click Accept and the cookie banner disappears"]:
        refused(goal)
    # A capitalised name is still the words the banner shows
    assert steps("the Black Friday banner is shown") == [
        ("expect_text", None, "Black Friday", None)
    ]


def test_not_any_of_a_kind_is_none_of_it() -> None:
    # Once refused, while "shows no errors" was read
    alert = Target(text="errors", role="alert")
    assert steps("The page should not show any errors") == [("expect_hidden", alert, None, None)]
    assert steps("the page does not show any error") == steps("the page shows no error")
    # Words, capitalised or quoted, are still words none of which may show
    assert steps("the results should not show any Green Mug") == [
        ("expect_no_text", Target(text="results"), "Green Mug", None)
    ]
    refused("the page should not show any prices")  # a kind no words are


def test_a_question_asked_as_we_is_what_the_site_shows() -> None:
    # Once "Expect the 'Pricing' link in 'Do we' to be visible": a part named "Do we"
    assert steps("Do we show a Pricing link?") == steps("the page shows a Pricing link")
    assert steps("Do we still show Free shipping?") == [
        ("expect_text", None, "Free shipping", None)
    ]
    assert steps("Do we still show the cookie banner?") == [
        ("expect_visible", Target(text="cookie banner"), None, None)
    ]


def test_a_link_copied_or_sent_names_the_control_that_does_it() -> None:
    # Once a link named "Copy", "Send reset": controls no page names so
    assert steps("click Copy link") == [("click", Target(text="Copy link"), None, None)]
    assert steps("press Send reset link")[0][1] == Target(text="Send reset link")
    # A link named by where it goes is still a link
    assert steps("click the Pricing link")[0][1] == Target(text="Pricing", role="link")
    assert steps("click the 'Copy' link")[0][1] == Target(text="Copy", role="link")


def test_now_or_still_after_there_is_when_not_what() -> None:
    # Once refused: "now 40 results" is no kind of thing to count
    assert steps("there are now 40 results") == steps("there are 40 results")
    assert steps("there is still one item in the cart") == steps("there is one item in the cart")


def test_why_a_test_is_wanted_before_a_colon_is_no_step() -> None:
    # Once refused at "know if the login breaks"
    assert steps("I want to know if the login breaks: log in as demo / demo123") == [
        ("sign_in", None, "demo", None)
    ]


def test_an_answer_named_before_its_address_is_that_address_s() -> None:
    # Once refused: "Test the 404 page" was asked of an address not yet opened
    goal = "Test the 404 page: visit /nope and check it says Page not found"
    plan = read_goal(goal)
    assert [(s.action, s.value, s.status) for s in plan.steps] == [
        ("goto", "/nope", 404),
        ("expect_text", "Page not found", None),
    ]
    # With no address after it, or a step between, it stays refused
    assert refused("Test the 404 page") == "Test the 404 page"
    assert refused("Test the 404 page: sign in") == "Test the 404 page"
    assert refused("the 404 page says Page not found") == "the 404 page says Page not found"


def test_fields_listed_with_articles_get_sample_values() -> None:
    assert steps("Fill in a name, email and password") == [
        ("fill_form", Target(text=name), None, None) for name in ["name", "email", "password"]
    ]
    refused("fill in an email and a password")  # the test's own, never sample values


def test_a_step_the_goal_forbids_is_none_taken() -> None:
    # Once refused at "don't click it"
    goal = "Make sure the Settings page has a Delete account button, but don't click it"
    assert [s[0] for s in steps(goal)] == ["visit", "expect_visible"]
    refused("don't click it")  # nothing said before it


def test_none_of_the_things_saying_words_is_their_part_not_saying_them() -> None:
    assert steps("none of the components say Degraded") == [
        ("expect_no_text", Target(text="components"), "Degraded", None)
    ]
    assert steps("none of the rows say Failed") == [
        ("expect_hidden", Target(text="Failed", role="row"), None, None)
    ]


def test_a_search_said_to_return_a_count_for_a_query_searches_then_counts() -> None:
    assert steps('Check that the search returns at least 10 results for "chair"')[0] == (
        "search",
        None,
        "chair",
        None,
    )
    counted = steps("the search returns 3 results for lamp")[1]
    assert (counted[0], counted[3]) == ("expect_count", 3)


def test_no_results_capitalised_is_what_an_empty_list_says() -> None:
    # Once refused as "results" described, like "Unpaid invoices"
    assert steps("the page says No results") == [("expect_text", None, "No results", None)]
    refused("Unpaid invoices are shown")


def test_switching_a_thing_to_a_name_picks_it_among_those_offered() -> None:
    # Once "Fill 'workspace' with 'Acme Corp'": typed into a switcher, which is no field
    assert steps("switch the workspace to Acme Corp") == [
        ("pick", Target(text="workspace"), "Acme Corp", None)
    ]
    assert steps("switch Newsletter to on")[0][0] == "check"
    assert steps("change the display name to Ada")[0][0] == "fill"  # a field, changed
    refused("switch the docs to dark mode")  # a way shown, no name offered


def test_at_least_one_that_comes_up_is_shown() -> None:
    assert steps("check at least one result comes up") == steps("at least one result is shown")


def test_a_value_of_a_system_named_in_lower_case_is_in_its_item() -> None:
    # Once refused: told from a part of the page by a digit or an underscore
    said = [("expect_text", Target(text="status", within="web-1"), "Healthy", None)]
    assert steps("the status of web-1 is Healthy") == said
    assert steps("The Status column for db_primary says Healthy")[0][1] == Target(
        text="Status", within="db_primary"
    )
    refused("the status of api-server is Healthy")  # "api-server" may be a class's name


def test_what_befalls_a_person_is_no_words_on_the_page() -> None:
    # Once "Expect the page to show 'I receive an order number'"
    refused("Make sure I receive an order number")
    assert steps("check the page says I agree to the terms")[0][2] == "I agree to the terms"


def test_a_name_then_its_kind_opens_the_link_of_that_name() -> None:
    # Once "Open 'Lamps category'", which no link is called
    assert steps("open the Lamps category") == [("open", Target(text="Lamps"), None, None)]
    assert steps("Open the Blue Mug product")[0][1] == Target(text="Blue Mug")


def test_an_item_opened_from_the_suggestions_is_the_option_named_so() -> None:
    # Once refused: "the suggestions" is no page to start from
    option = ("click", Target(text="Blue Mug", role="option"), None, None)
    assert steps("open Blue Mug from the suggestions") == [option]
    assert steps("pick Blue Mug from the suggestions") == [option]
    refused("open it from the suggestions")


def test_a_step_said_to_open_a_dialog_is_taken_then_the_dialog_checked() -> None:
    # Once refused
    modal = [("click", Target(text="Size guide"), None, None), *steps("a modal opens")]
    assert steps("clicking Size guide opens a modal") == modal
    assert steps("click Size guide and it opens a modal") == modal


def test_a_url_or_title_said_to_lack_words_is_checked_so() -> None:
    # Once refused: no check said an address had left a page
    left = Step(action="expect_url", value="/login", compare="excludes", phrase="x")
    for goal in ["the URL should not contain /login", "I am no longer on /login"]:
        (step,) = read_goal(goal).steps
        assert (step.action, step.value, step.compare) == ("expect_url", "/login", "excludes")
    assert left.describe() == "Expect the URL not to contain '/login'"
    (title,) = read_goal("the title should not contain Error").steps
    assert (title.action, title.compare) == ("expect_title", "excludes")
    refused("I'm not on the homepage")  # which address is it on? any other would do


def test_versions_named_in_lower_case_are_names_a_page_shows() -> None:
    # Once refused: "v1" read as no name, since it is not capitalised
    assert [s[2] for s in steps("Check the version dropdown offers v1, v2 and v3")] == [
        "v1",
        "v2",
        "v3",
    ]
    assert steps("Switch the docs version to v1") == [
        ("pick", Target(text="docs version"), "v1", None)
    ]
    refused("switch the docs to dark mode")


def test_a_password_chosen_is_typed_where_the_form_asks_for_one() -> None:
    # Once refused at "I choose a password …"
    assert steps('choose a password "S3cure!pass"') == steps('enter a password "S3cure!pass"')
    assert steps('choose a password "S3cure!pass"')[0][0] == "fill"
    refused("choose a password")  # which one? no value said


def test_a_filter_by_typing_is_no_option_named_so() -> None:
    # Once "Pick 'typing ada in the filter box' in 'filter'"
    refused("Filter the table by typing ada in the filter box")
    assert steps("filter by Shipped") == [("pick", Target(text="filter"), "Shipped", None)]


def test_two_names_with_their_kind_said_once_are_one_of_that_kind_each() -> None:
    # Once refused at "the Terms": cut at "and" before the kind was read
    assert steps("the Terms and Privacy links are in the footer") == [
        ("expect_visible", Target(text=name, role="link", within="footer"), None, None)
        for name in ("Terms", "Privacy")
    ]
    assert steps("Terms and Conditions link is visible")[0][1] == Target(
        text="Terms and Conditions", role="link"
    )


def test_a_message_said_then_what_it_does_next_is_never_one_text() -> None:
    # Once "Expect 'announcement bar' to show 'Free shipping over $50 and can be closed'"
    refused("Make sure the announcement bar says Free shipping over $50 and can be closed")
    assert steps("the page says Search and Destroy")[0][2] == "Search and Destroy"


def test_the_word_said_capitalised_is_those_words() -> None:
    # Once refused: only "the word undefined", in lower case, was read
    assert steps("Make sure the word Error doesn't appear anywhere") == [
        ("expect_no_text", None, "Error", None)
    ]
    assert steps("the page shows the word Error") == [("expect_text", None, "Error", None)]


def test_a_control_said_to_say_words_and_be_in_a_state_is_never_one_text() -> None:
    # Once "Expect the 'Submit' button to show 'Submit and be disabled'"
    submit = Target(text="Submit", role="button")
    assert steps("The Submit button should say Submit and be disabled") == [
        ("expect_text", submit, "Submit", None),
        ("expect_disabled", submit, None, None),
    ]


def test_a_note_s_shorthand_reads_as_written_out() -> None:
    # "+" joins names; "x2" repeats a click; "mark done" is the item just added
    assert steps("the nav has Pricing + Docs") == [
        ("expect_text", Target(text="nav", role="navigation"), name, None)
        for name in ("Pricing", "Docs")
    ]
    assert steps("the page shows 1 + 1") == [("expect_text", None, "1 + 1", None)]
    refused("the nav does not have Admin + Billing")  # neither, or not both?
    assert steps('click "Load more" x2') == steps('click "Load more" twice')
    assert steps("the size is 2 x2")[0][2] == "2 x2"
    assert steps('add todo "walk dog", mark done')[1] == (
        "check",
        Target(text="checkbox", role="checkbox", within="walk dog"),
        None,
        None,
    )
    refused("mark done")  # which item? none was named


def test_a_step_on_an_item_run_into_its_name_is_never_part_of_it() -> None:
    # Once "Check the checkbox in 'as'", then "Add the item 'walk dog and mark as done'"
    refused("mark as done")
    refused("add todo walk dog and mark as done")


def test_a_title_before_a_visit_is_no_step() -> None:
    # Once refused whole: "visit" was no step a title could come before
    assert steps("Pricing check: visit /pricing") == [("goto", None, "/pricing", None)]


def test_a_check_after_doing_it_to_the_thing_it_names_does_that_first() -> None:
    # Once refused: "it" named nothing before it
    assert steps("Blue Mug should not be in the cart after removing it") == [
        ("delete_item", Target(text="Blue Mug"), None, None),
        ("expect_no_text", Target(text="cart"), "Blue Mug", None),
    ]
    refused("the cart is empty after removing it")  # removing what?


def test_after_loading_is_when_every_check_is_made() -> None:
    assert steps("Make sure the spinner is not visible after loading") == steps(
        "the spinner is not visible"
    )


def test_a_thing_owned_by_a_part_of_the_page_is_in_that_part() -> None:
    # Once a field named "login form's email", which no page has
    assert steps("The login form's email field is empty") == [
        ("expect_value", Target(text="email", role="textbox", within="login form"), "", None)
    ]
    assert steps("The hero's button says Get started") == steps(
        "the button in the hero says Get started"
    )


def test_a_radio_group_said_to_have_a_choice_selected_has_that_radio_ticked() -> None:
    # Once a dropdown named "Plan radio group"
    assert steps("The Plan radio group has Free selected") == [
        ("expect_checked", Target(text="Free", role="radio", within="Plan"), None, None)
    ]


def test_a_statement_ending_in_box_is_never_a_box_to_tick() -> None:
    # Once "Check the 'help panel opens with a search' checkbox": a check turned into a tick
    refused("check the help panel opens with a search box")
    assert steps("check the I have read the terms box")[0][0] == "check"
    assert steps("check the 'Shows ads' box")[0][0] == "check"


def test_a_statement_checked_is_never_a_field_named_by_it() -> None:
    # Once "Expect the '/api/version returns JSON with a version' field to be visible"
    refused("Check /api/version returns JSON with a version field")
    assert steps("check the search box")[0][0] == "expect_visible"


def test_things_a_page_shows_one_by_one_are_counted_never_a_figure() -> None:
    # Once "Expect the page to show '3 plans'": a sentence "Compare our 3 plans" passed it
    assert steps("pricing page shows 3 plans")[1] == ("expect_count", Target(text="plans"), None, 3)
    assert steps("the page shows 3 results") == [("expect_text", None, "3 results", None)]
    assert steps("the page says 3 plans") == [("expect_text", None, "3 plans", None)]
    refused("the Pro one costs $29")  # one of things said before, which no part is


def test_a_tooltip_said_to_show_words_is_the_tooltip_s() -> None:
    # Once "Expect the page to show 'Billed yearly'": the plan card's words passed it
    tooltip = ("expect_text", Target(text="tooltip"), "Billed yearly", None)
    assert steps("a tooltip appears saying Billed yearly") == [tooltip]
    assert steps("Hovering over the info icon shows a tooltip saying Billed yearly")[1] == tooltip
    refused("the tooltip on it says X")


def test_every_image_said_to_have_loaded_is_none_broken() -> None:
    assert steps("Every image on the page should have loaded") == steps("every image loads")
    assert steps("every image loads")[0][0] == "expect_no_broken_images"


def test_two_boxes_ticked_with_their_kind_said_once_are_each_ticked() -> None:
    # Once refused
    assert steps("Tick both Terms and Privacy checkboxes") == [
        ("check", Target(text=name, role="checkbox"), None, None) for name in ("Terms", "Privacy")
    ]
    assert steps("tick the 'Terms' and 'Privacy' checkboxes") == steps(
        "Tick both Terms and Privacy checkboxes"
    )
    assert steps("tick the Terms and Conditions checkbox")[0][1] == Target(
        text="Terms and Conditions", role="checkbox"
    )


def test_things_in_general_are_no_query_nor_an_item_to_delete() -> None:
    # Once "Search for 'products'" and "Delete the item 'from the cart'"
    refused("Users should be able to search for products")
    refused("Customers can remove items from the cart")
    refused("remove the item from the cart")
    assert steps("search for 'products'")[0][2] == "products"
    assert steps("delete the Products item")[0] == (
        "delete_item",
        Target(text="Products"),
        None,
        None,
    )


def test_no_matches_is_no_results_and_an_incident_is_opened_by_its_code() -> None:
    assert steps("there are no matches") == steps("there are no results")
    assert steps("Open the incident INC-42 and check its status is Resolved") == [
        ("open", Target(text="INC-42"), None, None),
        ("expect_text", Target(text="status", within="INC-42"), "Resolved", None),
    ]


def test_several_names_said_to_be_one_thing_are_each_so() -> None:
    # Once a part named "API, Website and Database"
    assert steps("API, Search and Database are Operational") == [
        ("expect_text", Target(text=name), "Operational", None)
        for name in ("API", "Search", "Database")
    ]
    # "Website" may be the site itself: never a check of the whole page in its place
    refused("API, Website and Database are Operational")


def test_a_field_filled_then_said_to_be_a_value_holds_it() -> None:
    # Once "Expect the page to show 'Ada L'": a greeting "Hi Ada L" passed it
    goal = "Update the display name to Ada L, click Save, reload, and check the display name is still Ada L"
    assert steps(goal)[-1] == ("expect_value", Target(text="display name"), "Ada L", None)
    # said of no field filled: the words, as before
    assert steps("the display name is Ada L") == [("expect_text", None, "Ada L", None)]


def test_a_figure_said_to_go_back_to_an_amount_is_that_amount() -> None:
    assert steps("check the total goes back to $50") == steps("the total is $50")


def test_a_badge_named_by_its_words_is_those_words_in_its_part() -> None:
    # Once refused unless the words were quoted
    assert steps("Check the Pro plan card has a Most popular badge") == [
        ("expect_text", Target(text="Pro plan"), "Most popular", None)
    ]
    assert steps("the Pro plan doesn't have a Most popular badge") == [
        ("expect_no_text", Target(text="Pro plan"), "Most popular", None)
    ]
    assert steps("the cart has a Sale tag") == [("expect_text", Target(text="cart"), "Sale", None)]
    # no capital, no name: "a status badge" says which badge, never its words
    refused("the Pro plan has a status badge")


def test_a_row_or_a_record_named_by_its_address_is_deleted_by_it() -> None:
    # Once refused: an address has no capital, yet names one account
    for goal in (
        "Delete ada@example.com",
        "Delete the row for ada@example.com",
        "Delete the row with ada@example.com",
        "Delete the user ada@example.com",
    ):
        assert steps(goal) == [("delete_item", Target(text="ada@example.com"), None, None)], goal
    assert steps("delete the row with Ada") == [("delete_item", Target(text="Ada"), None, None)]
    refused("Delete the row with the most errors")


def test_every_thing_of_a_kind_is_or_shows_the_words() -> None:
    # Once refused: "component", "service" and "plan" were no kind of item, "is" no saying
    each = ("expect_each", Target(text="component"), "Operational", None)
    assert steps("every component should be Operational") == [each]
    assert steps("All components are Operational") == [each]
    assert steps("every order is Shipped") == [
        ("expect_each", Target(text="order"), "Shipped", None)
    ]
    # a state, not words; an article, not words
    refused("every task is done")
    refused("every user is an Admin")


def test_a_group_of_fields_named_then_each_by_its_label_fills_each() -> None:
    # Once "Name: Ada" was typed into a field called "shipping address"
    each = [
        ("fill", Target(text="Name"), "Ada", None),
        ("fill", Target(text="City"), "London", None),
    ]
    for goal in (
        "fill in the shipping address with Name: Ada, City: London",
        "fill in the shipping address (Name: Ada, City: London)",
        "fill in the billing details: Name: Ada and City: London",
        "enter the address: Name: Ada, City: London",
    ):
        assert steps(goal) == each, goal
    # a field of that name, and its value
    assert steps("fill in the email address with a@b.co") == [
        ("fill", Target(text="email address"), "a@b.co", None)
    ]


def test_a_code_typed_is_typed_into_the_code_field() -> None:
    # Once refused: "code" alone, or said with its number of digits, named no field
    code = [("fill", Target(text="code"), "123456", None)]
    assert steps("Enter the code 123456") == code
    assert steps("Enter the 6-digit code 123456") == code
    refused("enter the code from the email")


def test_what_a_part_updates_to_show_is_what_it_shows() -> None:
    # Once 3 items counted in a part called "list updates", or refused
    assert steps("the list updates to show 3 items") == [
        ("expect_count", Target(text="items", role="listitem", within="list"), None, 3)
    ]
    assert steps("The table should update to show 30 rows") == [
        ("expect_count", Target(text="rows", role="row", within="table"), None, 30)
    ]
    assert steps("the total changes to say $45.00") == [
        ("expect_text", Target(text="total"), "$45.00", None)
    ]


def test_someone_listed_with_a_role_is_shown_and_has_that_role() -> None:
    # Once refused
    assert steps("Bob should appear in the members list with the role Editor") == [
        ("expect_text", Target(text="members", role="list"), "Bob", None),
        ("expect_text", Target(text="role", within="Bob"), "Editor", None),
    ]
    assert steps("Bob appears in the members list as Editor") == [
        ("expect_text", Target(text="members", role="list"), "Bob", None),
        ("expect_text", Target(text="Bob"), "Editor", None),
    ]
    # someone described, not named: which row?
    refused("the new user should appear with the role Editor")


def test_expecting_a_control_to_have_an_option_chosen_names_the_control_alone() -> None:
    # Once a dropdown named "Size select to", and a radio group read as a dropdown
    chosen = [("expect_selected", Target(text="Size", role="combobox"), "Large", None)]
    assert steps("Expect the Size select to have Large selected") == chosen
    assert steps("Expect the Size dropdown to default to Large") == chosen
    assert steps("expect the Plan radio group to have Pro selected") == [
        ("expect_checked", Target(text="Pro", role="radio", within="Plan"), None, None)
    ]


def test_an_alarm_when_a_thing_stops_standing_so_checks_that_it_stands_so() -> None:
    # Once refused
    assert steps("tell me when API isn't Operational any more") == [
        ("expect_text", Target(text="API"), "Operational", None)
    ]
    assert steps("Monitor /status and alert me when API is no longer Operational") == [
        ("goto", None, "/status", None),
        ("expect_text", Target(text="API"), "Operational", None),
    ]
    # a page watched is where the checks are made, never dropped
    assert steps("Keep an eye on /pricing: the Pro plan should say $29") == [
        ("goto", None, "/pricing", None),
        ("expect_text", Target(text="Pro plan"), "$29", None),
    ]
    refused("tell me if it isn't Operational")
    refused("watch the Save button")


def test_no_error_toasts_is_no_error_message_of_any_kind() -> None:
    # Once refused in the plural
    assert steps("there are no error toasts") == steps("no error toast appears")
    # that one appears is a toast's, which an error beside a field is not: refused
    refused("an error toast appears")


def test_why_a_journey_is_watched_is_no_step() -> None:
    # Once refused: "stops sending" and "isn't working" were no reasons
    assert [
        s[0]
        for s in steps(
            "I want to know when checkout isn't working: add Blue Mug to the cart and check"
            " the cart says 1 item"
        )
    ] == ["click", "expect_text"]


def test_things_counted_by_what_each_holds_are_never_words() -> None:
    # Once the words "3 users with the Admin role" were looked for on the page
    refused("Verify there are 3 users with the Admin role")
    refused("there are 2 products with a Sale badge")
    refused("the page shows 3 users with the Admin role")
    refused("I see 2 orders marked Shipped")


def test_a_name_that_should_come_first_is_the_first_item_s() -> None:
    # Once refused: "should appear", and an address, in lower case
    assert steps("Ada should appear first") == [
        ("expect_text", Target(text="item", role="listitem", nth=0), "Ada", None)
    ]
    assert steps("ada@example.com comes first") == [
        ("expect_text", Target(text="item", role="listitem", nth=0), "ada@example.com", None)
    ]
    refused("the list should appear first")


def test_the_current_year_is_the_run_s_year_never_the_words() -> None:
    # Once refused
    assert steps("the footer shows the current year") == [
        ("expect_text", Target(text="footer", role="contentinfo"), "{{year}}", None)
    ]
    assert steps("the copyright says this year") == [
        ("expect_text", Target(text="copyright"), "{{year}}", None)
    ]


def test_an_item_removed_with_a_control_clicks_that_control_in_the_item() -> None:
    # Once an item named "Red Mug using the trash icon" deleted, or the × of any item clicked
    assert steps("Remove Red Mug using the trash icon") == [
        ("click", Target(text="trash", role="img", within="Red Mug"), None, None)
    ]
    assert steps("remove Red Mug by clicking the × button") == [
        ("click", Target(text="×", role="button", within="Red Mug"), None, None)
    ]
    assert steps("delete 'Walk dog' by clicking its × button") == [
        ("click", Target(text="×", role="button", within="Walk dog"), None, None)
    ]
    refused("remove it using the trash icon")


def test_words_said_to_the_reader_after_expect_are_the_page_s() -> None:
    # Once refused: "You're" read as the reader, "in" as where they are
    assert steps("expect You're in!") == [("expect_text", None, "You're in", None)]
    assert steps("verify We've sent you a link") == [
        ("expect_text", None, "We've sent you a link", None)
    ]


def test_an_error_page_said_to_show_words_must_answer_and_show_them() -> None:
    # Once the words were dropped: "a 404 page that says …" read as the code alone
    assert steps("Make sure /nope returns a 404 page that says Page not found") == [
        ("goto", None, "/nope", None),
        ("expect_text", None, "Page not found", None),
    ]
    assert read_goal("/nope returns a 404 page saying Page not found").steps[0].status == 404
    assert read_goal("/nope returns 404 Not Found").steps[0].status == 404


def test_an_address_with_no_site_is_refused_never_a_crash() -> None:
    # Once a validation error escaped the reader
    with pytest.raises(GoalNotUnderstood, match="absolute"):
        read_goal("Make sure http:// redirects to https://")


def test_prices_of_plans_listed_after_the_first_are_each_plan_s() -> None:
    # Once one text: "$9/month, Pro $29/month" looked for in the Starter plan
    assert steps("The Starter plan should be $9/month, Pro $29/month and Team $49/month") == [
        ("expect_text", Target(text="Starter plan"), "$9/month", None),
        ("expect_text", Target(text="Pro"), "$29/month", None),
        ("expect_text", Target(text="Team"), "$49/month", None),
    ]
    assert steps("Starter is $9, Pro $29 and Team $49")[1] == (
        "expect_text",
        Target(text="Pro"),
        "$29",
        None,
    )


def test_a_badge_shown_is_its_words_never_the_word_badge() -> None:
    # Once the words "Save 17% badge" were looked for, or a quoted badge was refused
    assert steps("Save 17% badge appears") == [("expect_text", None, "Save 17%", None)]
    assert steps("'Sale' badge is shown on Blue Mug") == [
        ("expect_text", Target(text="Blue Mug"), "Sale", None)
    ]
    assert steps("the 'Sale' badge is not shown") == [("expect_no_text", None, "Sale", None)]
    refused("the status badge is shown")


def test_someone_s_value_described_is_never_those_words() -> None:
    # Once the words "Alice's email" were looked for in the header
    refused("sign in, and the header should contain Alice's email")
    # a name the page shows may hold an owner's
    assert steps("the header shows Alice's Restaurant") == [
        ("expect_text", Target(text="header", role="banner"), "Alice's Restaurant", None)
    ]


def test_a_ceiling_on_a_count_is_at_most_never_no_items() -> None:
    # Once refused, or "no more than 3 items" read as no items at all
    items = Target(text="items", role="listitem", within="cart")
    assert read_goal("the cart has no more than 3 items").steps[0].model_dump(
        include={"action", "target", "count", "at_least", "at_most"}
    ) == {"action": "expect_count", "target": items.model_dump(), "count": 3,
          "at_least": False, "at_most": True}  # fmt: skip
    fewer = read_goal("there are fewer than 10 results").steps[0]
    assert (fewer.count, fewer.at_most) == (9, True)
    paged = read_goal("Expect at most 10 results per page").steps[0]
    assert (paged.target, paged.count, paged.at_most) == (
        Target(text="results", within="results"),
        10,
        True,
    )
    refused("fewer than 0 errors")
    with pytest.raises(ValueError, match="not both"):
        Step(action="expect_count", target=items, count=3, at_least=True, at_most=True, phrase="x")


def test_a_thing_opened_from_a_list_is_opened_in_that_list() -> None:
    # Once refused, or a link named "product Brass Lamp" looked for in the results
    opened = [("open", Target(text="Brass Lamp", within="results"), None, None)]
    assert steps("open the product Brass Lamp from the results") == opened
    assert steps("open the product Brass Lamp in the results") == opened
    refused("open it from the results")


def test_a_step_done_via_a_button_clicks_that_button() -> None:
    # Once refused
    assert steps("Share the product via the Copy link button") == [
        ("click", Target(text="Copy link", role="button"), None, None)
    ]
    # a thing named: whose button? and another site's sign-in: more than a click
    refused("Add Blue Mug to the cart using the Add to cart button")
    refused("Log in with the Google button")
    assert steps("close the modal using the Cancel button") == [
        ("click", Target(text="Cancel", role="button", within="dialog"), None, None)
    ]


def test_which_of_several_a_value_is_for_is_never_its_words() -> None:
    # Once the words "Resolved for the last incident" were looked for
    refused("The incident history shows Resolved for the last incident")
    assert steps("the banner shows Free shipping for orders over $50") == [
        ("expect_text", Target(text="banner"), "Free shipping for orders over $50", None)
    ]


def test_it_then_more_words_is_never_a_name() -> None:
    # Once a checkbox named "it, 0 left" was ticked
    assert refused('todo: add "milk", tick it, 0 left') == "0 left"
    refused("tick it, 0 left")


def test_a_part_then_a_colon_is_what_it_shows_never_a_field() -> None:
    # Once "first row status Shipped" was typed into a field "orders table"
    refused("orders table: first row status Shipped")
    assert steps("Billing address: 1 Main St") == [
        ("fill", Target(text="Billing address"), "1 Main St", None)
    ]


def test_the_hamburger_is_the_menu() -> None:
    # Once a control named "hamburger menu" was looked for
    assert steps("open the hamburger menu") == steps("open the menu")
    assert steps("click the hamburger icon") == steps("click the menu icon")


def test_who_looks_is_never_a_name_a_part_or_a_group() -> None:
    # Once a link named "when I log in as admin I can see the Admin panel", a button
    # "guest sees the Sign up", and an option "the home page" picked in a group
    # "anonymous user shows Log in"
    refused("Make sure that when I log in as admin I can see the Admin panel link")
    refused("Verify that a guest sees the Sign up button")
    refused("Check the home page as an anonymous user shows Log in")
    assert steps("pick Editor as the role") == [("pick", Target(text="role"), "Editor", None)]


def test_an_address_that_sends_me_elsewhere_redirects_there() -> None:
    # Once refused: "sends me back to", "redirects me to", and "Once logged out,"
    redirected = [("goto", None, "/dashboard", None), ("expect_url", None, "/login", None)]
    assert steps("/dashboard should send me back to /login") == redirected
    assert steps("/dashboard redirects me to /login") == redirected
    assert steps("Once logged out, /dashboard redirects to /login") == [
        ("sign_out", None, None, None),
        *redirected,
    ]


def test_a_page_that_lists_a_number_of_things_counts_them() -> None:
    # Once "the status page lists 5 components" looked for the words "5 components", which
    # a page listing four would pass by printing
    assert steps("the page lists 5 components") == [
        ("expect_count", Target(text="components"), None, 5)
    ]
    assert steps("the page should list 5 products") == steps("there should be 5 products")
    # things listed that no count here tells are refused, never read as words
    refused("the page should list 3 open tickets")
    refused("the page lists 1 result")
    assert steps('the page lists "3 open tickets"') == [
        ("expect_text", None, "3 open tickets", None)
    ]


def test_a_step_done_before_another_comes_first() -> None:
    # Once refused: "Uncheck Remember me before logging in"
    assert steps("Uncheck Remember me before logging in") == [
        *steps("uncheck Remember me"),
        *steps("log in"),
    ]
    assert steps("check the banner says Hello before signing in") == [
        *steps("check the banner says Hello"),
        *steps("sign in"),
    ]
    refused("Click Read before you buy")  # a name, or a step after it? not said


def test_a_button_that_should_be_disabled_until_a_step_is_checked_both_ways() -> None:
    # Once refused with "should be": disabled, the box ticked, then enabled
    assert steps("The Submit button should be disabled until I tick the terms box") == steps(
        "the Submit button is disabled until I tick the terms box"
    )
    assert [s[0] for s in steps("the Pay button must stay disabled until I tick Terms")] == [
        "expect_disabled",
        "check",
        "expect_enabled",
    ]


def test_a_price_is_never_looked_for_inside_a_control() -> None:
    # Once "the annual toggle should show $290/year for Pro" looked for Pro inside a part
    # named "annual toggle": what the toggle switches to is not said
    refused("the annual toggle should show $290/year for Pro")
    assert steps("the pricing table shows $29 for Pro")[0][1] == Target(
        text="Pro", within="pricing table"
    )


def test_a_search_said_with_its_query_last() -> None:
    # Once refused: "the search returns no results for xyzzy"
    assert steps("Check that the search returns no results for xyzzy") == steps(
        "search for xyzzy and check there are no results"
    )
    # "for the last week": when, which no one types into a search box
    refused("the search returns results for the last week")
    # a second search is never read out of the words a results page shows
    refused('Check that searching for an unknown term like qwerty shows No results for "qwerty"')


def test_the_top_navigation_is_the_navigation() -> None:
    # Once refused: "top" is where a navigation always is, never a name
    assert steps("the top navigation shows Pricing") == steps("the navigation shows Pricing")
    assert steps("click Pricing in the top navbar") == steps("click Pricing in the navbar")
    assert steps("Pricing is in top nav") == steps("Pricing is in the nav")


def test_a_section_opened_by_its_kind_is_opened_by_its_words() -> None:
    # Once a control named "Returns accordion", or "accordion item Returns", was opened
    for goal in [
        "open the Returns accordion",
        "Open the accordion item Returns",
        "open the FAQ item Returns",
        "expand the FAQ item Returns",
    ]:
        assert steps(goal) == steps("expand Returns"), goal
    assert steps("open the FAQ") == [("open", Target(text="FAQ"), None, None)]
    assert steps("open the first accordion") == [
        ("open", Target(text="accordion", nth=0), None, None)
    ]


def test_a_check_never_runs_on_into_a_query() -> None:
    # Once "search for red shoes I expect at least 5 products" searched for all of that,
    # and the check was gone
    refused("search for red shoes I expect at least 5 products")
    refused("search for red shoes expect Oak Chair")
    assert steps("When I search for red shoes I expect to see Oak Chair") == steps(
        "search for red shoes, then check the page shows Oak Chair"
    )
    assert steps("search for 'I expect' and check the page shows Oak Chair")[0] == (
        "search",
        None,
        "I expect",
        None,
    )


def test_fill_a_label_then_a_number_types_it() -> None:
    # Once refused, though "enter card number …" was read
    assert steps("Fill card number 4242 4242 4242 4242, expiry 12/34") == [
        ("fill", Target(text="card number"), "4242 4242 4242 4242", None),
        ("fill", Target(text="expiry"), "12/34", None),
    ]
    refused("fill name Test")  # words, which may be the start of a list of pairs


def test_someones_field_set_to_a_value_is_the_one_in_their_row() -> None:
    # Once refused, though "in Bob's row, set the role to Viewer" was read
    in_his_row = [("fill", Target(text="role", within="Bob"), "Viewer", None)]
    for goal in [
        "change Bob's role to Viewer",
        "set the role of Bob to Viewer",
        "in Bob's row, set the role to Viewer",
        # Once typed "Viewer in Bob's row"
        "set the role to Viewer in Bob's row",
        "set the role to Viewer in the row for Bob",
    ]:
        assert steps(goal) == in_his_row, goal
    assert steps("set the role to 'Viewer in Bob's row'")[0][2] == "Viewer in Bob's row"


def test_a_field_set_to_done_is_never_an_item_ticked() -> None:
    # Once "set status to Done" ticked a checkbox in an item "status to"
    assert steps("set status to Done") == [("fill", Target(text="status"), "Done", None)]
    assert steps("set Walk to school as done") == [
        ("check", Target(text="checkbox", role="checkbox", within="Walk to school"), None, None)
    ]


def test_when_a_test_runs_is_never_a_step_nor_a_field() -> None:
    # Once "Every hour: load the homepage" typed "load the homepage" into a field
    # "Every hour"; "Every hour, open /status" was refused
    for goal in [
        "Every hour: load the homepage, click Pricing",
        "Hourly: load the homepage, click Pricing",
        "Every 5 minutes - load the homepage, click Pricing",
        "Each morning, load the homepage, click Pricing",
    ]:
        assert steps(goal) == steps("load the homepage, click Pricing"), goal


def test_a_form_line_is_never_a_title_over_steps() -> None:
    # Once "Subject: open issues" opened a link "issues"
    refused("Subject: open issues")
    assert steps("Message: load test") == [("fill", Target(text="Message"), "load test", None)]


def test_a_form_said_to_work_on_a_page_is_checked_there() -> None:
    # Once refused: the page named with the claim, and a form's quoted name
    journey = "fill name and email, submit, expect Thanks"
    assert steps(f"Make sure the 'Book a demo' form on /demo submits: {journey}") == [
        ("goto", None, "/demo", None),
        *steps(journey),
    ]
    refused("Verify the contact form on /contact still sends: fill name and submit")


def test_it_after_a_check_of_the_item_is_still_that_item() -> None:
    # Once refused: "it" after "check it shows in the list" had no act before it
    assert steps("Add a todo Buy milk and check it shows in the list. Then delete it") == [
        *steps("Add a todo Buy milk and check it shows in the list"),
        ("delete_item", Target(text="Buy milk"), None, None),
    ]
    # a check of something else names a second thing "it" may be
    refused("add 'Tea' and check the list shows Coffee, then delete it")


def test_a_group_of_fields_is_never_one_field() -> None:
    # Once "category Books, price max 20" was typed into a field "search filters"
    refused("Fill in the search filters: category Books, price max 20")
    assert steps("fill the details: name Ada, city Paris") == [
        ("fill", Target(text="name"), "Ada", None),
        ("fill", Target(text="city"), "Paris", None),
    ]


def test_parts_of_the_page_listed_after_one_shown_are_shown_too() -> None:
    # Once refused at "the nav and the footer": a part named alone, with no verb
    assert steps("the homepage shows the logo, the nav, and the footer") == [
        ("goto", None, "{{url}}", None),
        *steps("the page shows a logo, a nav and a footer"),
    ]
    refused("the page shows the logo and the price")  # what price? no part is named so


def test_a_control_named_as_what_it_does_it_as_is_pressed() -> None:
    # Once refused: "as" read as more than a name
    assert steps("Continue as guest") == [
        ("press_named", Target(text="Continue as guest"), None, None)
    ]
    assert steps("Save as draft")[0][0] == "press_named"
    refused("save as it")
    assert steps("Log in as admin")[0][0] == "sign_in"


def test_a_figure_said_to_be_correct_is_that_figure() -> None:
    # Once a label "correct total" was looked for
    assert steps("the cart shows the correct total of $49.99") == steps(
        "the cart shows the total of $49.99"
    )
    assert steps("click the Correct answer") == [
        ("click", Target(text="Correct answer"), None, None)
    ]


def test_controls_listed_by_name_and_kind_are_each_checked_never_pressed() -> None:
    # Once "Save button and Cancel button are visible" clicked a control "Save button",
    # and "Username field, Password field and Sign in button" were looked for as words
    assert steps("Save button and Cancel button are visible") == [
        ("expect_visible", Target(text="Save", role="button"), None, None),
        ("expect_visible", Target(text="Cancel", role="button"), None, None),
    ]
    assert [
        s[1] for s in steps("Username field, Password field and Sign in button are visible")
    ] == [
        Target(text="Username", role="textbox"),
        Target(text="Password", role="textbox"),
        Target(text="Sign in", role="button"),
    ]
    assert steps(
        "Login page: username field, password field and a Sign in button should all be visible"
    )[1:] == [
        ("expect_visible", Target(text="username", role="textbox"), None, None),
        ("expect_visible", Target(text="password", role="textbox"), None, None),
        ("expect_visible", Target(text="Sign in", role="button"), None, None),
    ]
    refused("Save button")  # a button named, never pressed
    assert steps("Send link")[0][0] == "press_named"  # a control's name


def test_a_box_said_ticked_with_a_sign_in_is_ticked_first() -> None:
    # Once refused: "Log in with remember me ticked"
    assert steps("log in with Remember me ticked and check the page says Welcome") == [
        ("check", Target(text="Remember me", role="checkbox"), None, None),
        *steps("log in and check the page says Welcome"),
    ]


def test_a_click_said_to_go_somewhere_is_checked_to_land_there() -> None:
    # Once the place was dropped with the purpose: "click Pricing to go to /pricing" only
    # clicked, and any page it led to passed
    assert steps("click Pricing to go to /pricing") == [
        ("click", Target(text="Pricing"), None, None),
        ("expect_url", None, "/pricing", None),
    ]
    assert steps("Click the logo to return home") == steps(
        "click the logo, then check I am on the homepage"
    )
    assert steps("click Next to go to the next step") == steps("click Next")  # no address said


def test_it_after_a_search_for_a_number_is_that_number() -> None:
    # Once refused: "#1042" was no name "it" could stand for
    assert steps("search for #1042 and open it") == [
        ("search", None, "#1042", None),
        ("open", Target(text="#1042"), None, None),
    ]
    refused("search for #tag and open it")  # a tag many things may hold


def test_two_things_said_in_lower_case_are_never_one_name_or_words() -> None:
    # Once a link named "footer copyright 2026 and privacy", and the words "date and
    # author" looked for in the first post
    refused("verify footer copyright 2026 & privacy link")
    refused("open /blog, first post has date + author")
    refused("the first post has date and author")
    assert steps("verify the terms and conditions link") == [
        ("expect_visible", Target(text="terms and conditions", role="link"), None, None)
    ]
    assert steps("the page says sugar and spice") == [
        ("expect_text", None, "sugar and spice", None)
    ]


def test_a_count_said_alone_is_a_count_never_more_of_a_query() -> None:
    # Once "search for lamp, 3+ results" searched for "lamp, at least 3 results": the
    # count was gone; and "/pricing: 3 plans" was refused
    assert steps("search for lamp, 3+ results") == steps("search for lamp, expect 3+ results")
    assert steps("/pricing: 3 plans") == [
        ("goto", None, "/pricing", None),
        ("expect_count", Target(text="plans"), None, 3),
    ]
    refused("3 days")  # how long, which no list holds


def test_what_a_search_finds_told_after_a_comma_is_never_its_query() -> None:
    # Once "search for lamp, no results" searched for "lamp, no results": the check was gone
    assert steps("search for lamp, no results") == steps(
        "search for lamp and check there are no results"
    )
    refused("search for lamp, first result Brass Lamp")
    assert steps("search for red, white and blue") == [
        ("search", None, "red, white and blue", None)
    ]


def test_a_code_said_with_its_kind_is_the_code_typed() -> None:
    # Once refused: "the API key {{api_key}}", "the code SAVE10" were no value to type
    assert steps("Enter the API key {{api_key}} in the Key field") == [
        ("fill", Target(text="Key", role="textbox"), "{{api_key}}", None)
    ]
    assert steps("use the code SAVE10 in the Coupon field") == steps(
        "type SAVE10 in the Coupon field"
    )
    refused("type the code in the field")  # which code? none is given


def test_the_next_field_is_no_field_named_next() -> None:
    # Once a field labelled "next" was clicked for "the next field"
    refused("click the next field")
    refused("tab to the next field")
    assert steps("Tab to the Search field and type hello") == steps(
        "click into the Search field and type hello"
    )
    assert steps("click the next button") == [
        ("click", Target(text="next", role="button"), None, None)
    ]


def test_things_a_part_lists_are_each_listed() -> None:
    # Once the words "Unlimited projects and Priority support" were looked for as one
    assert steps("the Pro plan card lists Unlimited projects and Priority support") == [
        ("expect_text", Target(text="Pro plan"), "Unlimited projects", None),
        ("expect_text", Target(text="Pro plan"), "Priority support", None),
    ]
    assert steps("the card lists Terms and conditions")[0][2] == "Terms and conditions"


def test_the_thing_done_to_after_a_check_lead_is_named_without_it() -> None:
    # Once "Check Oak Chair" was the item removed
    assert steps("Check Oak Chair is no longer in the cart after removing it")[0] == (
        "delete_item",
        Target(text="Oak Chair"),
        None,
        None,
    )


def test_one_of_the_rows_saying_a_name_is_a_row_holding_it() -> None:
    # Once refused: "one of the rows", "any row" were no item of a list
    holding = steps("at least one row shows Ada")
    assert holding == [("expect_visible", Target(text="Ada", role="row"), None, None)]
    assert steps("one of the rows should say Ada") == holding
    assert steps("any row contains Ada") == holding
    assert steps("one of the items mentions Milk") == steps("at least one item shows Milk")
    assert steps("one of the results should mention Dell") == steps("the results show Dell")


def test_what_a_part_includes_is_each_thing_of_several_words() -> None:
    # Once the words "Unlimited projects and Priority support" were looked for as one
    assert steps("the Pro plan card includes Unlimited projects and Priority support") == steps(
        "the Pro plan card lists Unlimited projects and Priority support"
    )
    # one word each may be one name: the words whole, the stricter side
    assert steps("the footer includes Terms and Conditions") == [
        ("expect_text", Target(text="footer", role="contentinfo"), "Terms and Conditions", None)
    ]
    refused("the results should include Blue Mug and Red Mug but not Blue Plate")


def test_filtering_by_a_kind_of_choice_names_no_choice() -> None:
    # Once an option named "category" was picked in a control named "filter"
    refused("Users can filter products by category")
    refused("filter by status")
    refused("Filter the list by price")
    assert steps("filter by category Books") == [("pick", Target(text="category"), "Books", None)]
    assert steps("filter by Status: Open")[0][2] == "Open"


def test_a_value_of_a_second_owner_is_the_same_value() -> None:
    # Once "Bob's" was a part of the page that must show "Inactive"
    assert steps("Ada's status is Active and Bob's is Inactive") == steps(
        "Ada's status is Active and Bob's status is Inactive"
    )
    assert steps("Ada's role should be Admin, and Bob's should be Viewer")[1] == (
        "expect_text",
        Target(text="role", within="Bob"),
        "Viewer",
        None,
    )
    refused("Bob's is Viewer")  # Bob's what?
    refused("the total is $5 and Bob's is Viewer")


def test_things_numbered_and_named_are_counted_and_each_shown() -> None:
    # Once a part named "three plans" was looked for, and "Cancel" clicked
    assert steps("Verify the three plans are Free, Pro and Team") == [
        ("expect_count", Target(text="plans"), None, 3),
        *steps("the plans are Free, Pro and Team"),
    ]
    assert steps("the two buttons should be Save and Cancel") == [
        ("expect_count", Target(text="buttons", role="button"), None, 2),
        *steps("the buttons should be Save and Cancel"),
    ]


def test_a_check_titled_check_is_no_switch_ticked() -> None:
    # Once "Check the pricing toggle:" ticked a switch named "pricing" before the steps
    assert steps("Check the pricing toggle: switch to yearly and the Pro price becomes $290") == [
        ("click", Target(text="yearly"), None, None),
        ("expect_text", Target(text="price", within="Pro"), "$290", None),
    ]
    assert steps("Check the terms box: click Sign up")[0] == (
        "check",
        Target(text="terms", role="checkbox"),
        None,
        None,
    )


def test_its_part_after_a_check_of_an_item_is_that_items() -> None:
    # Once refused: "its" after "Brass Lamp shows Sold out" named nothing
    disabled = ("expect_disabled", Target(text="Add to cart", role="button", within="Brass Lamp"))
    read = steps("Verify Brass Lamp shows Sold out and its Add to cart button is disabled")
    assert read[1] == (*disabled, None, None)
    assert steps("Find Brass Lamp and check its Add to cart button is disabled")[1] == read[1]
    assert steps("Oak Chair is listed and its price is $120")[1] == (
        "expect_text",
        Target(text="price", within="Oak Chair"),
        "$120",
        None,
    )
    # the words an item shows are never the item
    assert steps("Brass Lamp shows Sold out; click its Remove button")[1][1] == Target(
        text="Remove", role="button", within="Brass Lamp"
    )


def test_words_expected_under_a_field_are_its_message() -> None:
    # Once refused: "expect 'X' under the email field", "I should see X below the Email field"
    message = steps("'Email is required' is shown under the email field")
    assert message == [("expect_text", Target(text="Email"), "Email is required", None)]
    assert steps("expect 'Email is required' under the email field") == message
    assert steps("I should see 'Email is required' next to the email field") == message
    assert steps("verify Email is required is shown below the Email field") == message
    assert (
        steps("Leave Email blank and submit; expect 'Email is required' under the email field")[2:]
        == message
    )


def test_a_statement_after_a_click_is_no_part_of_the_controls_name() -> None:
    # Once a control named "Like the count goes" was clicked in a part named "10 to 11"
    refused("When I click Like the count goes from 10 to 11")
    refused("click Sign in the form should close")
    assert steps("When I click Like the count becomes 11") == [
        ("click", Target(text="Like"), None, None),
        ("expect_text", Target(text="count"), "11", None),
    ]


def test_a_part_having_both_things_has_each() -> None:
    # Once refused, or the words "both Oak Chair and Brass Lamp" looked for
    assert steps("the page has both Email and Password fields") == steps(
        "the page has Email and Password fields"
    )
    assert steps("the cart shows both Oak Chair and Brass Lamp") == steps(
        "the cart shows Oak Chair and Brass Lamp"
    )
    assert len(steps("the cart shows both Oak Chair and Brass Lamp")) == 2


def test_things_described_are_no_control_named_so() -> None:
    # Once a control named "Out-of-stock sizes" was expected disabled
    refused("Out-of-stock sizes are greyed out")
    refused("Past dates are disabled")
    # a verb in the singular names one control
    assert steps("Save changes is disabled") == [
        ("expect_disabled", Target(text="Save changes"), None, None)
    ]


def test_seeing_only_a_name_is_only_that_one_listed() -> None:
    # Once the words "only Carol" were looked for, and "expect only Carol" refused
    only = steps("only Carol is shown")
    assert only[0][0] == "expect_only"
    assert steps("I should see only Carol") == only
    assert steps("expect only Carol") == only
    assert steps("Search users for 'car' and expect only Carol")[1:] == only
    assert steps("expect only 2 results")[0][0] == "expect_count"  # how many, not who
    refused("I should see only Milk and Eggs")  # one item, or two?
    assert steps("Filter by Active and verify only Milk and Eggs show")[1:] == steps(
        "only Milk and Eggs show"
    )


def test_a_figure_compared_is_compared_never_looked_for_as_words() -> None:
    # Once refused: "greater than $0", "under $100", "above 99%"
    total = Target(text="total")
    assert read_goal("the total is greater than $0").steps[0].model_dump(
        include={"action", "target", "value", "compare"}
    ) == {
        "action": "expect_number",
        "target": total.model_dump(),
        "value": "$0",
        "compare": "above",
    }

    def compared(goal: str) -> tuple[str, str | None, str]:
        step = read_goal(goal).steps[-1]
        return step.action, step.value, step.compare

    assert compared("the price should be under $100") == ("expect_number", "$100", "below")
    assert compared("uptime should stay above 99.9%") == ("expect_number", "99.9%", "above")
    assert compared("the rating is at least 4.5") == ("expect_number", "4.5", "at_least")
    assert compared("the cart total should not be more than $500") == (
        "expect_number",
        "$500",
        "at_most",
    )
    assert compared("the balance isn't below $0") == ("expect_number", "$0", "at_least")
    assert compared("The p95 latency tile shows less than 500") == ("expect_number", "500", "below")
    assert compared("Oak Chair should cost less than $150") == ("expect_number", "$150", "below")
    assert compared("The Pro plan costs at most $30 a month") == ("expect_number", "$30", "at_most")
    assert compared("The average rating is 4.5 or higher") == ("expect_number", "4.5", "at_least")
    assert compared("The total is $0 or more") == ("expect_number", "$0", "at_least")
    assert steps("The number of results is greater than 10") == steps(
        "there are more than 10 results"
    )
    assert [s.compare for s in read_goal("The temperature reads between 18 and 25").steps] == [
        "at_least",
        "at_most",
    ]
    assert steps("check an error says Quantity must be at least 1")[0][0] == "expect_text"
    assert steps("Brass Lamp's price is at most $200")[0][1] == Target(
        text="price", within="Brass Lamp"
    )
    # a count stays a count; a figure of no thing named is refused
    assert steps("there are more than 5 rows")[0][0] == "expect_count"
    refused("the page is over 100")


def test_a_figure_compared_needs_a_figure_and_a_comparison() -> None:
    with pytest.raises(ValueError, match="figure"):
        Step(
            action="expect_number",
            target=Target(text="total"),
            value="lots",
            compare="above",
            phrase="p",
        )
    with pytest.raises(ValueError, match="compare a figure"):
        Step(action="expect_number", target=Target(text="total"), value="$5", phrase="p")
    with pytest.raises(ValueError, match="compare a figure"):
        Step(action="expect_text", value="$5", compare="above", phrase="p")


def test_a_figure_between_two_is_at_least_one_and_at_most_the_other() -> None:
    read = read_goal("the price should be between $10 and $20").steps
    assert [(s.action, s.value, s.compare) for s in read] == [
        ("expect_number", "$10", "at_least"),
        ("expect_number", "$20", "at_most"),
    ]
    refused("there are between 3 and 5 plans")  # a range of counts


def test_a_named_pages_own_title_or_address_is_read_on_that_page() -> None:
    # Once a part named "title of the pricing" or "pricing page's title" was looked in
    on_pricing = steps("the pricing page's title is Pricing")[0]
    assert steps("The title of the pricing page mentions Pricing") == [
        on_pricing,
        ("expect_title", None, "Pricing", None),
    ]
    assert steps("the pricing page's title mentions Pricing") == steps(
        "The title of the pricing page mentions Pricing"
    )
    assert steps("the pricing page's title doesn't mention Beta")[1][0] == "expect_title"
    assert steps("the URL of the docs page contains /docs")[1] == (
        "expect_url",
        None,
        "/docs",
        None,
    )


def test_an_endpoint_named_with_its_address_is_that_address() -> None:
    # Once a part named "health endpoint /healthz" was looked in
    assert steps("The health endpoint /healthz says ok") == steps(
        "The health endpoint at /healthz says ok"
    )
    assert steps("The health endpoint /healthz says ok")[0] == ("goto", None, "/healthz", None)


def test_the_title_of_the_page_the_journey_is_on_is_its_title() -> None:
    # Once a part named "next page title" or "product page title" was looked in
    assert steps("the next page title is Configuration") == [
        ("expect_title", None, "Configuration", None)
    ]
    assert steps("Open the first result; the product page title should contain Blue Mug")[-1] == (
        "expect_title",
        None,
        "Blue Mug",
        None,
    )
    assert steps('I should see the page title "Instances"')[0][0] == "expect_title"


def test_clicking_outside_a_dialog_is_no_control_named_outside() -> None:
    # Once a control named "outside it" was clicked
    refused("Close the dialog by clicking outside it")
    refused("click outside the modal")


def test_a_name_and_an_address_are_never_typed_as_one_value() -> None:
    # Once "Ada and ada@example.com" was typed where the focus was after a click
    refused("pick next Tuesday at 10am, enter Ada and ada@example.com, confirm")
    assert steps("press Ctrl+K, type billing")[1] == ("type", None, "billing", None)


@pytest.mark.parametrize(
    ("said", "compare"),
    [
        ("greater than", "above"),
        ("more than", "above"),
        ("higher than", "above"),
        ("larger than", "above"),
        ("bigger than", "above"),
        ("above", "above"),
        ("over", "above"),
        ("less than", "below"),
        ("lower than", "below"),
        ("smaller than", "below"),
        ("fewer than", "below"),
        ("below", "below"),
        ("under", "below"),
        ("at least", "at_least"),
        ("no less than", "at_least"),
        ("not less than", "at_least"),
        ("no lower than", "at_least"),
        ("not lower than", "at_least"),
        ("not below", "at_least"),
        ("at most", "at_most"),
        ("no more than", "at_most"),
        ("not more than", "at_most"),
        ("no higher than", "at_most"),
        ("not higher than", "at_most"),
        ("not above", "at_most"),
    ],
)
def test_every_comparison_of_a_figure_is_read_as_it_says(said: str, compare: str) -> None:
    # Once "not lower than" crashed the reader
    step = read_goal(f"the score is {said} 5").steps[0]
    assert (step.action, step.value, step.compare) == ("expect_number", "5", compare)


def test_clearing_completed_items_keeps_it_the_item_just_ticked() -> None:
    goal = (
        "Add Buy milk to the list, mark it complete, then click Clear completed; it should be gone"
    )
    assert steps(goal)[-1] == ("expect_no_text", None, "Buy milk", None)
    # Any other control in between leaves "it" unclear: refused, not guessed
    refused("Add Buy milk to the list, mark it complete, then click Archive; it should be gone")


def test_a_version_number_is_words_to_find() -> None:
    assert steps("check the version in the footer is v2.4.1") == [
        ("expect_text", Target(text="version", within="footer"), "v2.4.1", None)
    ]


def test_another_item_is_added_where_the_last_one_was() -> None:
    assert steps('Add a todo "Write report", add another "Call mom" to the list') == [
        ("add_item", None, "Write report", None),
        ("add_item", None, "Call mom", None),
    ]
    # "another" is never part of a name, and with nothing added before it names no list
    assert refused("add another Eggs to the list") == "add another Eggs to the list"
    refused("add Blue Mug to the cart, then add another one")


def test_things_described_by_what_follows_them_are_not_words() -> None:
    # "3 results for shoes" heads a list of anything: never proof that shoes were found
    for goal in [
        "search for shoes and check it shows results for shoes",
        "the blog has posts from 2026",
        "the page lists products under $50",
    ]:
        refused(goal)
    # Said as words, words they are
    assert steps("the page says tickets for sale") == [
        ("expect_text", None, "tickets for sale", None)
    ]


def test_a_kind_of_value_in_lower_case_is_not_its_words() -> None:
    for goal in ["the header shows username", "the avatar shows initials", "the row shows status"]:
        refused(goal)
    assert steps("the avatar shows the initials JD") == [
        ("expect_text", Target(text="avatar", role="img"), "JD", None)
    ]


def test_a_column_named_with_a_number_sign() -> None:
    assert steps("verify the table has an Invoice # column") == [
        (
            "expect_visible",
            Target(text="Invoice #", role="columnheader", within="table"),
            None,
            None,
        )
    ]


def test_a_setting_should_still_be_off_after_a_reload() -> None:
    goal = "turn off weekly digest, save, and reload; weekly digest should still be off"
    assert steps(goal)[-1] == (
        "expect_unchecked",
        Target(text="weekly digest", role="checkbox"),
        None,
        None,
    )
    refused("weekly digest should still be off")  # no switch turned: which is it?


def test_an_email_address_is_a_name_for_each_item_and_a_filter() -> None:
    goal = "Filter the audit log by user ada@example.com and check every entry mentions ada@example.com"
    assert steps(goal) == [
        ("pick", Target(text="user"), "ada@example.com", None),
        ("expect_each", Target(text="entry"), "ada@example.com", None),
    ]


def test_a_trail_of_steps_says_what_happens_not_names_to_open() -> None:
    # "first post opens", "has comments section": statements, never links to open
    refused("Open site → click Blog → first post opens → has comments section")
    refused("Open site → click Blog → has comments section")
    # The site at the head of a menu's path is where the test starts
    assert steps("open the site -> Blog -> Pricing") == [
        ("goto", None, "{{url}}", None),
        ("open", Target(text="Blog"), None, None),
        ("open", Target(text="Pricing"), None, None),
    ]


def test_a_note_of_steps_joined_by_arrows() -> None:
    goal = "log in -> go to settings -> change name to Ada -> save -> a toast says Saved"
    assert steps(goal) == [
        ("sign_in", None, "{{username}}", None),
        ("visit", Target(text="settings"), None, None),
        ("fill", Target(text="name"), "Ada", None),
        ("press_named", Target(text="save"), None, None),
        ("expect_text", Target(text="toast", role="alert"), "Saved", None),
    ]


def test_a_groups_controls_listed_are_each_in_that_group() -> None:
    assert steps("the Colour radio buttons should be Red, Green and Blue") == [
        ("expect_visible", Target(text=name, role="radio", within="Colour"), None, None)
        for name in ("Red", "Green", "Blue")
    ]
    # A kind said alone is no group: the tabs are named each, as before
    assert steps("the tabs should be Overview and Billing")[0][1] == Target(text="tabs", role="tab")


def test_a_choice_selected_by_default_and_a_field_said_before_its_value() -> None:
    assert steps("The Size dropdown has Medium selected by default") == [
        ("expect_selected", Target(text="Size", role="combobox"), "Medium", None)
    ]
    refused("fill step 1 in the wizard with name Ada")


def test_a_question_asked_of_an_act_is_the_act_and_its_outcome() -> None:
    assert steps('Does searching for "lamp" return Brass Lamp?') == [
        ("search", None, "lamp", None),
        ("expect_text", Target(text="results"), "Brass Lamp", None),
    ]
    assert steps("Does logging in take me to /dashboard?") == [
        ("sign_in", None, "{{username}}", None),
        ("expect_url", None, "/dashboard", None),
    ]


def test_a_value_unchanged_is_the_value_still_shown() -> None:
    price = ("expect_text", Target(text="price", within="Pro plan"), "$29", None)
    assert steps("confirm that the price of the Pro plan hasn't changed from $29") == [price]
    assert steps("the total remains $29") == [("expect_text", Target(text="total"), "$29", None)]


def test_a_user_story_before_the_steps_says_why_not_what() -> None:
    goal = (
        "As a customer, I want to log in so that I see my orders. Log in and check Orders is shown"
    )
    assert steps(goal) == [
        ("sign_in", None, "{{username}}", None),
        ("expect_text", None, "Orders", None),
    ]
    # Alone it is no journey: refused, never read as steps
    refused("As a customer I want to log in so that I can see my orders.")


def test_a_rows_label_and_value_said_of_a_persons_row() -> None:
    assert steps("Check that Alice's row has role Admin") == [
        ("expect_text", Target(text="role", within="Alice"), "Admin", None)
    ]


def test_a_heading_of_words_a_page_says_to_its_reader() -> None:
    assert steps("confirm the page heading is Your profile") == [
        ("expect_visible", Target(text="Your profile", role="heading", level=1), None, None)
    ]
    refused("the heading says the product name")  # which name? the goal's to say


def test_back_on_a_page_with_its_words_after_a_semicolon() -> None:
    goal = (
        "login as tomsmith/SuperSecret! and logout; should be back on the login page "
        'with "You logged out of the secure area!"'
    )
    assert [s[0] for s in steps(goal)] == ["sign_in", "sign_out", "expect_url", "expect_text"]
    assert steps(goal)[-1] == ("expect_text", None, "You logged out of the secure area!", None)


def test_a_values_own_mark_is_no_sentences_end() -> None:
    goal = "Type tomsmith into Username, SuperSecret! into Password and hit Enter"
    assert [s[:2] for s in steps(goal)] == [
        ("fill", Target(text="Username")),
        ("fill", Target(text="Password")),
        ("press", None),
    ]


def test_neither_of_two_words_said_with_theres_no() -> None:
    assert steps('Check there\'s no "undefined" or "NaN" on the page') == [
        ("expect_no_text", None, "undefined", None),
        ("expect_no_text", None, "NaN", None),
    ]


def test_placeholder_text_left_on_a_page_is_words() -> None:
    assert steps("Verify that the page does not contain lorem ipsum") == [
        ("expect_no_text", None, "lorem ipsum", None)
    ]


def test_the_outcome_that_completes_a_task_is_checked() -> None:
    goal = "Submit the form. COMPLETE when a success message is shown."
    assert steps(goal)[-1][0] == "expect_visible"
    assert steps("COMPLETE when the cart shows 1 item") == [
        ("expect_count", Target(text="item", role="listitem", within="cart"), None, 1)
    ]
    # Either outcome, or an act: no one check says it
    refused("Click Next if it is enabled. COMPLETE after one click or if Next is disabled.")
    refused("COMPLETE when you click Save")


def test_the_top_item_of_any_kind_is_the_first() -> None:
    assert steps("the top order is #1099") == [
        ("expect_text", Target(text="order", nth=0), "#1099", None)
    ]


def test_a_query_with_a_stray_quote_mark_or_an_aside_is_never_typed() -> None:
    refused('Search for "   " (just spaces) and expect no error')
    refused("search for shoes (any brand)")


def test_a_choice_in_a_group_of_a_named_part() -> None:
    assert steps("In the contact form, choose Sales as the topic") == [
        ("pick", Target(text="topic", within="contact form"), "Sales", None)
    ]


def test_each_box_named_in_quotes_is_ticked() -> None:
    assert steps("Tick 'Email' and 'SMS' and save") == [
        ("check", Target(text="Email", role="checkbox"), None, None),
        ("check", Target(text="SMS", role="checkbox"), None, None),
        ("press_named", Target(text="save"), None, None),
    ]
    refused("click 'Save' and 'Close'")  # one control, or two clicks?


def test_a_result_in_a_named_page_is_which_result_never_a_page_to_visit() -> None:
    for goal in [
        "open the result in the Configuration page",
        "open the first result in the Configuration page",
    ]:
        refused(goal)
    assert steps("delete the second item in the shopping list")[0][0] == "act_on_item"


def test_a_result_said_on_a_named_page_is_never_looked_for_there() -> None:
    for goal in [
        "click the result on the Configuration page",
        "the result on the pricing page says Pro",
    ]:
        refused(goal)


def test_what_is_said_of_an_item_added_is_never_its_name() -> None:
    refused("Add a task with priority High and check it shows a High badge")
    assert steps("add a todo 'with love'") == [("add_item", None, "with love", None)]


def test_its_value_after_acting_on_an_item_is_the_items() -> None:
    assert steps("Refund order #1042 and verify its status changes to Refunded")[-1] == (
        "expect_text",
        Target(text="status", within="#1042"),
        "Refunded",
        None,
    )


def test_a_figure_by_its_label_said_without_an_article() -> None:
    assert steps("Check the dashboard shows total revenue of $12,345") == [
        ("expect_text", Target(text="total revenue"), "$12,345", None)
    ]


def test_so_many_found_is_so_many_shown() -> None:
    assert steps("search for ada and check 2 results are found") == [
        ("search", None, "ada", None),
        ("expect_count", Target(text="results"), None, 2),
    ]
    refused("Ada is found")  # found where? by what?


def test_a_choice_made_on_the_page_a_step_opened_is_made_there() -> None:
    picked = ("pick", Target(text="size"), "Large", None)
    assert steps("select size Large on the product page") == [picked]
    assert steps("On the product page for Blue Mug, select size Large") == [
        ("visit", Target(text="Blue Mug"), None, None),
        picked,
    ]
    # the page is where the check is made, never a part of it named "product page"
    assert steps("check the price is $5 on the product page") == [
        ("expect_text", Target(text="price"), "$5", None)
    ]


def test_an_order_to_sort_by_is_one_option_never_a_group_and_its_choice() -> None:
    # "Price: low to high" is the option's whole name; "low to high" of a group "Price" is
    # not what the goal says to pick
    refused("Open the dropdown labelled Sort and pick Price: low to high")
    assert steps("select Sort: Newest first") == [
        ("pick", Target(text="Sort"), "Newest first", None)
    ]
    assert steps("select country: Canada") == [("pick", Target(text="country"), "Canada", None)]


def test_a_filter_group_whose_options_are_words_then_one_of_them() -> None:
    assert steps("Filter issues by label bug") == [("pick", Target(text="label"), "bug", None)]
    assert steps("filter tickets by priority high") == [
        ("pick", Target(text="priority"), "high", None)
    ]
    refused("filter by size")  # which size, the goal does not say


def test_a_confirmation_named_by_its_words_is_those_words() -> None:
    for goal in [
        'A confirmation "Settings saved" must appear',
        "the confirmation 'Settings saved' appears",
    ]:
        assert steps(goal) == [("expect_text", None, "Settings saved", None)]
    refused("a confirmation appears")  # saying what?


def test_a_result_labelled_so_is_what_must_hold() -> None:
    for goal in [
        "Action: click Subscribe. Result: 'Thanks for subscribing!' appears.",
        "Click Subscribe\nOutcome: 'Thanks for subscribing!' appears",
    ]:
        assert steps(goal) == [
            ("click", Target(text="Subscribe"), None, None),
            ("expect_text", None, "Thanks for subscribing!", None),
        ]


def test_names_a_slash_joins_before_a_plural_kind_are_each_one() -> None:
    assert steps("Verify the previous/next links are present") == [
        ("expect_visible", Target(text="previous", role="link"), None, None),
        ("expect_visible", Target(text="next", role="link"), None, None),
    ]
    assert steps("the Prev / Next buttons are visible")[1][1] == Target(text="Next", role="button")
    # one link may say so itself
    assert steps("the Login/Signup link is visible") == [
        ("expect_visible", Target(text="Login/Signup", role="link"), None, None)
    ]


def test_a_kind_of_query_then_a_step_is_never_typed() -> None:
    refused("user can search for a product and add it to the cart")
    refused("search for products and filter by brand")
    assert steps("search for Salt and Pepper") == [("search", None, "Salt and Pepper", None)]


def test_words_looked_for_anywhere_are_looked_for_on_the_page() -> None:
    for goal in [
        'look for the text "Free trial" somewhere on the page',
        "look for 'Free trial' anywhere",
    ]:
        assert steps(goal) == [("expect_text", None, "Free trial", None)]


def test_a_row_named_by_a_systems_own_name_labels_its_values() -> None:
    for goal in ["the web-1 row should show status Up", "The web-1 row should show status Up"]:
        assert steps(goal) == [("expect_text", Target(text="status", within="web-1"), "Up", None)]
    # "The" starts the sentence, never the row's name
    assert steps("The Ada row should show role Admin") == [
        ("expect_text", Target(text="role", within="Ada"), "Admin", None)
    ]


def test_a_page_a_link_opens_with_its_heading_is_that_page_headed_so() -> None:
    headed = ("expect_visible", Target(text="Simple pricing", role="heading"), None, None)
    assert steps("clicking Pricing opens the pricing page with the heading 'Simple pricing'") == [
        ("click", Target(text="Pricing"), None, None),
        ("expect_url", None, "pricing", None),
        headed,
    ]
    assert steps("clicking Pricing opens a page with the heading 'Simple pricing'")[1:] == [headed]
    refused("clicking Pricing opens the settings with the heading 'Simple'")  # a menu, maybe


def test_a_value_on_an_item_is_the_value_it_labels() -> None:
    assert steps("Check the customer email on order #1042 is ada@example.com") == [
        (
            "expect_text",
            Target(text="customer email", within="order #1042"),
            "ada@example.com",
            None,
        )
    ]


def test_a_part_named_after_the_user_is_no_person_doing_a_step() -> None:
    assert steps('Check the user count says "3 users"') == [
        ("expect_text", Target(text="user count"), "3 users", None)
    ]
    assert steps("the user clicks Save") == [("click", Target(text="Save"), None, None)]


def test_a_search_for_it_never_types_the_word_it() -> None:
    # "it" is the page deleted: no results for the word "it" would prove nothing of it
    refused("Delete the Onboarding page; searching for it should return no results")
    refused("search for this")
    assert steps("search for 'it'") == [("search", None, "it", None)]


def test_it_typed_again_is_never_the_words_it_again() -> None:
    refused("Enter ada@example.com, then enter it again in Confirm email")
    refused("type the same again in Confirm password")


def test_a_thing_said_before_is_never_checked_as_the_word_it() -> None:
    # an address holding "it" (/items) would prove nothing of the query searched for
    refused("Search for lamp; the URL should contain it")
    refused("Type 'Ada' in the Name field and check the greeting says it too")
    assert steps("the URL should contain 'it'") == [("expect_url", None, "it", None)]


def test_only_this_had_is_only_these_items_never_the_words_only() -> None:
    assert steps("Verify the cart has only Oak Chair") == steps("the cart shows only Oak Chair")
    assert steps("Verify the cart has only Oak Chair")[0][0] == "expect_only"
    # that nothing else is said is no words to look for
    for goal in ["the menu says only Home", "the cart has just Oak Chair"]:
        refused(goal)
    assert steps("the page says Only a few left") == [
        ("expect_text", None, "Only a few left", None)
    ]


def test_words_said_too_or_as_well_are_refused_unless_quoted() -> None:
    # "Milk", or the words "Milk too"? Reading either would guess
    for goal in ["Make sure the list still shows Milk too", "The page should say Saved as well"]:
        refused(goal)
    assert steps("the page says 'Me too'") == [("expect_text", None, "Me too", None)]


def test_a_field_left_empty_after_a_value_is_a_step_of_its_own() -> None:
    assert steps("fill Name with Ada and leave Email empty") == [
        ("fill", Target(text="Name"), "Ada", None),
        ("fill", Target(text="Email"), "", None),
    ]
    assert steps("fill Note with Please leave it blank") == [
        ("fill", Target(text="Note"), "Please leave it blank", None)
    ]


def test_words_typed_never_run_on_into_a_step() -> None:
    # the step after "and" would be dropped, typed as words
    for goal in [
        "fill Name with Ada and subscribe",
        "fill Name with Ada and rate it 5 stars",
        "search for shoes and subscribe",
        "fill Name with Ada and pepper and subscribe",  # the last "and" too
    ]:
        refused(goal)
    assert steps("fill Name with Ada and pepper") == [
        ("fill", Target(text="Name"), "Ada and pepper", None)
    ]
    assert steps("search for salt and pepper") == [("search", None, "salt and pepper", None)]


def test_words_a_check_expects_never_run_on_into_a_step() -> None:
    refused("the page says Thanks and subscribe")
    assert steps("the page says 'Thanks and subscribe'") == [
        ("expect_text", None, "Thanks and subscribe", None)
    ]


def test_a_check_run_on_after_going_somewhere_is_never_the_place_gone_to() -> None:
    # a false pass: "… we are on the homepage" was read as going there, which always holds
    refused("Go back twice and check we are on the homepage")
    refused("Go back twice, check we are on the homepage")
    assert steps("go back and check we are on the homepage") == [
        ("go_back", None, None, None),
        ("expect_url", None, "{{url}}", None),
    ]


def test_a_check_run_on_after_an_item_is_never_its_name() -> None:
    refused("add the thing and the title is Home")
    assert steps("add 'Milk is good'") == [("add_item", None, "Milk is good", None)]


def test_a_statement_run_on_after_a_name_is_never_more_of_it() -> None:
    for goal in [
        "click it twice and there are 3 rows",  # never a control named so
        "open some stuff and we are on the homepage",  # a false pass: went home, always there
        "verify the thing and there are 3 rows",
        "search for stuff, the heading says Done",
    ]:
        refused(goal)
    assert steps("click Next and there are 3 rows") == [
        ("click", Target(text="Next"), None, None),
        ("expect_count", Target(text="rows", role="row"), None, 3),
    ]


def test_a_part_of_the_homepage_is_never_the_homepage_itself() -> None:
    # the section was dropped: the step became "go to the homepage"
    refused("open the pricing section of the homepage")
    assert steps("go to the Acme Corp homepage") == [("goto", None, "{{url}}", None)]


def test_being_on_the_start_page_or_an_address_after_a_step_is_checked_never_gone_to() -> None:
    # a false pass: "click Save and we are on the homepage" went home, which always holds
    assert steps("click Save and we are on the homepage") == [
        ("click", Target(text="Save"), None, None),
        ("expect_url", None, "{{url}}", None),
    ]
    assert steps("click Pricing and I am on /pricing")[1] == ("expect_url", None, "/pricing", None)
    # where going somewhere landed: "/admin" sends a visitor to sign in
    assert steps("Go to /admin and I'm on /login")[1] == ("expect_url", None, "/login", None)
    # before any step, being there is where the journey starts
    assert steps("We are on the homepage. Click Save")[0] == ("goto", None, "{{url}}", None)


def test_the_start_page_said_to_load_after_a_step_is_checked_never_gone_to() -> None:
    # a false pass: "click Save and the homepage loads" went home, which always holds
    assert steps("click Save and the homepage loads") == [
        ("click", Target(text="Save"), None, None),
        ("expect_url", None, "{{url}}", None),
    ]
    assert steps("log out and /login loads")[1] == ("expect_url", None, "/login", None)
    # said first, or said as a step, it is where the journey goes
    assert steps("the homepage loads") == [("goto", None, "{{url}}", None)]
    assert steps("click Save, then go to the homepage")[1] == ("goto", None, "{{url}}", None)


def test_going_somewhere_said_of_a_click_is_where_it_led_checked() -> None:
    # a false pass: "… and we go to the dashboard" followed a Dashboard link whatever Save did
    assert steps("click Save and we go to the dashboard") == [
        ("click", Target(text="Save"), None, None),
        ("expect_url", None, "dashboard", None),
    ]
    assert steps("submit the form and the user goes to /thanks")[1] == (
        "expect_url", None, "/thanks", None,
    )  # fmt: skip
    assert steps("click Save and we go to the homepage")[1] == ("expect_url", None, "{{url}}", None)
    # said with no one going, or after a page opened, it is a step of its own
    assert steps("click Save and go to the dashboard")[1] == (
        "visit", Target(text="dashboard"), None, None,
    )  # fmt: skip
    assert steps("open the app and we go to settings")[1] == (
        "visit", Target(text="settings"), None, None,
    )  # fmt: skip


def test_a_page_a_click_is_for_is_where_it_must_land() -> None:
    # the purpose was dropped: a Login link to a broken page passed
    assert steps("click Login to get to the sign in page") == [
        ("click", Target(text="Login"), None, None),
        ("expect_url", None, "sign-in", None),
    ]
    assert steps("click Checkout to go to the payment page")[1] == (
        "expect_url", None, "payment", None,
    )  # fmt: skip
    # a page no address names is still only where the click is for
    assert steps("click Next to go to the next page") == [
        ("click", Target(text="Next"), None, None)
    ]


def test_a_click_told_as_the_subject_is_a_click_never_a_part() -> None:
    # the click was lost: a panel looked for in a part named "clicking the bell"
    assert steps("clicking the bell should show the notifications panel") == [
        ("click", Target(text="bell"), None, None),
        ("expect_visible", Target(text="notifications panel"), None, None),
    ]
    assert steps("the opening hours show 9-5") == [
        ("expect_text", Target(text="opening hours"), "9-5", None),
    ]
    assert steps("click Save and we should go to the dashboard")[1] == (
        "expect_url", None, "dashboard", None,
    )  # fmt: skip


def test_the_words_searched_for_said_again_are_those_words() -> None:
    # refused: a lower-case word alone may name a kind of thing, but here it was searched for
    assert steps('Search for "chair" and make sure every result mentions chair') == [
        ("search", None, "chair", None),
        ("expect_each", Target(text="result", within="results"), "chair", None),
    ]
    assert steps("search for desk lamp; all results contain desk lamp")[1] == (
        "expect_each", Target(text="result", within="results"), "desk lamp", None,
    )  # fmt: skip
    refused("search for lamp and add lamp")  # a step, never a check


def test_the_row_after_steps_in_a_row_is_that_row() -> None:
    # a false pass: "the row" was any row, and another row's $99 passed
    goal = "Click Edit on the Oak Chair row, change the price to 99 and save; the row shows $99"
    assert steps(goal)[-1] == ("expect_text", Target(text="Oak Chair", role="row"), "$99", None)
    assert steps("Find the Oak Chair row and check that row shows $99")[-1] == (
        "expect_text", Target(text="Oak Chair", role="row"), "$99", None,
    )  # fmt: skip
    # "the row count" is another thing
    assert steps("Click Edit on the Oak Chair row; the row count is 3")[-1][1] == Target(
        text="row count"
    )
    # a part of the page is no row; a row named is that one
    assert steps("click Save in the footer; the row shows 5")[-1][1] == Target(
        text="row", role="row"
    )


def test_up_with_a_capital_is_a_status_never_showing_up() -> None:
    # a false pass: "shows Up" was "shows up", the row seen whatever its status said
    assert steps("the web-1 row shows Up") == [
        ("expect_text", Target(text="web-1", role="row"), "Up", None),
    ]
    assert steps("the Ada row shows up") == [
        ("expect_visible", Target(text="Ada", role="row"), None, None)
    ]


def test_typing_said_after_a_search_box_is_never_the_query() -> None:
    # searched for "type webhook", the verb typed with the words
    assert steps("In the docs search type webhook") == [
        ("fill", Target(text="docs search"), "webhook", None),
    ]
    refused("search type webhook")
    assert steps("search for type safety") == [("search", None, "type safety", None)]


def test_isn_t_is_is_not() -> None:
    # refused, though "is not" reads
    for goal in ["the status isn't Failed", "the status still isn’t Failed"]:
        assert steps(goal) == steps("the status is not Failed"), goal
    assert steps("Ada's role isn't Admin") == steps("Ada's role is not Admin")
    refused("the table caption isn't Old")  # as "is not" is


def test_a_label_of_a_row_named_by_its_system_name_is_that_rows() -> None:
    # Once a row named "Status column of the web-1", which no page has: a false alarm
    for goal in [
        "The Status column of the web-1 row should say Healthy",
        "the status of the web-1 row is Healthy",
        "the Status cell of the web-1 row says Healthy",
    ]:
        assert steps(goal) == [
            ("expect_text", Target(text=goal.split()[1], within="web-1"), "Healthy", None)
        ], goal


def test_the_case_or_language_of_words_is_no_words_to_find() -> None:
    # Once a heading named "in capitals", and the title "in French": how the words are
    # written, which no check of words can tell
    for goal in [
        "The heading must be in capitals",
        "the heading is in all caps",
        "the button text is in title case",
        "the title must be in French",
    ]:
        refused(goal)
    assert steps("the heading says French") == [
        ("expect_visible", Target(text="French", role="heading"), None, None)
    ]


def test_the_row_of_words_found_in_a_table_is_the_row_showing_them() -> None:
    # Once any row ("Expect the row to show 'Active'"), any row of the table, or none said
    for goal in [
        "Find Bob in the users table; the row says Active",
        "Find Bob in the users table; his row says Active",
        "Click Edit on Bob's row and check his row says Active",
        "Find Bob in the table; its row says Active",
    ]:
        assert steps(goal)[-1] == ("expect_text", Target(text="Bob", role="row"), "Active", None)
    # Words counted in a table name no row of it
    assert steps("the users table shows 3 users; the row says Active")[-1] == (
        "expect_text",
        Target(text="row", role="row"),
        "Active",
        None,
    )


def test_an_alarm_on_words_not_shown_checks_that_they_are_shown() -> None:
    # Once the other way round: "alert me if the status page does not say All systems
    # operational" checked that it did not say so, and passed through an outage
    shown = [("expect_text", None, "All systems operational", None)]
    for goal in [
        "Alert me if the page does not say All systems operational",
        "fail if the page doesn't show All systems operational",
        "if the page does not say All systems operational, fail",
        "the test should fail if the page never shows All systems operational",
        "Ping me if 'All systems operational' does not appear",
        "alert me if 'All systems operational' is not shown",
    ]:
        assert steps(goal) == shown, goal
    assert steps("it should fail when the Buy button does not appear") == [
        ("expect_visible", Target(text="Buy", role="button"), None, None)
    ]
    assert steps("the test fails if the page shows Error") == [
        ("expect_no_text", None, "Error", None)
    ]


def test_results_one_should_not_see_are_not_shown() -> None:
    # Once the "not" was dropped: "I should not see results containing iPhone" checked
    # that the results showed it
    assert steps('I should not see results containing "iPhone"') == [
        ("expect_no_text", Target(text="results"), "iPhone", None)
    ]
    assert steps("I should see results with iPhone") == [
        ("expect_text", Target(text="results"), "iPhone", None)
    ]


def test_none_said_gone_is_no_check_that_they_are_gone() -> None:
    # Once the other way round: "no rows are hidden" checked that the rows were hidden
    for goal in ["no rows are hidden", "no items are missing", "no error toast disappears"]:
        refused(goal)
    assert steps("no errors appear") == [
        ("expect_hidden", Target(text="errors", role="alert"), None, None)
    ]


def test_there_is_not_a_thing_checks_it_is_not_there() -> None:
    # Once the other way round: "there isn't a heading that says 'Your orders'" checked
    # that there was one
    assert steps("there isn't a heading that says 'Your orders'") == [
        ("expect_hidden", Target(text="Your orders", role="heading"), None, None)
    ]
    for goal in ["there is not a button labelled 'Export CSV'", "there isn't an Export CSV button"]:
        assert steps(goal) == [
            ("expect_hidden", Target(text="Export CSV", role="button"), None, None)
        ], goal
    refused("there is not a single error")


def test_a_negation_said_twice_is_refused() -> None:
    # Once read as one "not": "isn't not shown" may be emphasis, or the other way round
    for goal in [
        "the Sign out button isn't not visible",
        "the cart never no longer shows 'Blue Mug'",
        "Expect 'Courier' not to not be checked",
        "Welcome should not not appear",
    ]:
        refused(goal)


def test_a_box_left_ticked_or_unticked_is_set_so() -> None:
    # Once a box named "Leave the Newsletter", which no form has
    assert steps("Leave the Newsletter box unticked and submit")[0] == (
        "uncheck",
        Target(text="Newsletter", role="checkbox"),
        None,
        None,
    )
    assert steps("leave Remember me ticked") == [
        ("check", Target(text="Remember me", role="checkbox"), None, None)
    ]
    # A box so named, said to be ticked, is checked as it is
    assert steps("Keep me signed in is ticked")[0][0] == "expect_checked"


def test_an_option_chosen_on_a_page_for_an_item_is_no_option_of_that_item() -> None:
    # Once the option "colour Walnut on the product page", picked in a field "Oak Chair"
    refused("choose the colour Walnut on the product page for the Oak Chair")
    assert steps("choose Express for shipping") == [
        ("pick", Target(text="shipping"), "Express", None)
    ]


def test_an_item_added_is_there_where_it_was_added() -> None:
    # Once the whole page, where the shop's own product (or the words typed) show anyway
    assert steps("Add Milk to the list and check it is there")[-1] == (
        "expect_text",
        Target(text="list", role="list"),
        "Milk",
        None,
    )
    assert steps("Add the Oak Chair to the wishlist and check it is still there")[-1] == (
        "expect_text",
        Target(text="wishlist"),
        "Oak Chair",
        None,
    )


def test_a_value_said_against_another_shows_the_one_and_not_the_other() -> None:
    # Once the words "$45 (not $40)" looked for as they were written, which no page shows
    for goal in ["Verify the total is $45 (not $40)", "the total is $45, not $40"]:
        assert steps(goal) == [
            ("expect_text", Target(text="total"), "$45", None),
            ("expect_no_text", Target(text="total"), "$40", None),
        ], goal
    assert steps("The status should be Active rather than Pending")[1] == (
        "expect_no_text",
        Target(text="status"),
        "Pending",
        None,
    )
    # A lower-case aside is no second value: refused, never half read
    refused("the page says Draft saved, not published")


def test_a_second_thing_said_with_its_verb_left_out_is_never_words_or_dropped() -> None:
    # Once the words "Paid and order #1002 Pending", and "step 2" dropped as a list's mark
    refused("Open /orders: order #1001 should be Paid and order #1002 Pending")
    with pytest.raises(GoalNotUnderstood, match="'step 2'"):
        read_goal("the page says Step 1 and step 2")
    assert steps("step 1 - go to /signup; step 2 - submit") == [
        ("goto", None, "/signup", None),
        ("submit", None, None, None),
    ]
