"""How goals that name no elements read: intents, to be expanded on the page when run."""

from __future__ import annotations

import pytest

from housecat.errors import GoalNotUnderstood
from housecat.plan.models import Target
from housecat.plan.read import read, read_goal
from housecat.plan.warnings import static_warnings
from tests.reading import refused

Shape = tuple[str, Target | None, str | None]


def shapes(goal: str) -> list[Shape]:
    return [(s.action, s.target, s.value) for s in read_goal(goal).steps]


def sign_in(user: str = "{{username}}", password: str = "{{password}}") -> tuple[str, str]:
    return user, password


SIGN_INS = [
    ("log in", sign_in()),
    ("Sign in to the dashboard", sign_in()),
    ("The visitor logs in", sign_in()),
    ("log in with valid credentials", sign_in()),
    ("sign in using my email and password", sign_in()),
    ("Given I am signed in", sign_in()),
    ("the admin is logged in", sign_in()),
    ("log into the billing portal with mwong and s3cr3t!", sign_in("mwong")),
    ("sign in (user mwong, password s3cr3t!)", sign_in("mwong")),
    ("log in as mwong@example.org", sign_in("mwong@example.org")),
    ("log in as an editor", sign_in()),
    ("login with a wrong password", sign_in(password="wrong-{{password}}")),
    ("enter incorrect credentials", sign_in(password="wrong-{{password}}")),
    ("log in with an empty username", sign_in(user="")),
    ("sign in without an email", sign_in(user="")),
    ("After signing in as mwong, open Billing", sign_in("mwong")),
]


@pytest.mark.parametrize(("goal", "who"), SIGN_INS)
def test_signing_in_is_an_intent_with_the_given_or_the_tests_credentials(
    goal: str, who: tuple[str, str]
) -> None:
    step = read_goal(goal).steps[0]
    assert step.action == "sign_in"
    assert (step.value, step.password) == who


def test_a_password_written_in_a_goal_becomes_a_secret_everywhere_in_the_plan() -> None:
    reading = read("log into the billing portal with mwong and s3cr3t, then check it says Hi")
    assert reading.secrets == {"password": "s3cr3t"}
    assert "s3cr3t" not in reading.plan.model_dump_json()
    assert reading.plan.goal == (
        "log into the billing portal with mwong and {{password}}, then check it says Hi"
    )
    # A password said with what it is like is the test's own user's: no user named "wrong"
    for goal in [
        "log in with wrong password 'nope' and expect 'Invalid credentials'",
        "sign in with the password nope",
        "log in with an incorrect password: nope",
    ]:
        reading = read(goal)
        assert reading.secrets == {"password": "nope"}, goal
        step = reading.plan.steps[0]
        assert (step.action, step.value, step.password) == (
            "sign_in",
            "{{username}}",
            "{{password}}",
        ), goal
    quoted = read("sign in as mwong with 'pa ss, word!' and check it says Hi")
    assert quoted.secrets == {"password": "pa ss, word!"}
    assert quoted.plan.goal == "sign in as mwong with {{password}} and check it says Hi"


def test_a_password_typed_into_a_field_is_a_secret_named_after_the_field() -> None:
    reading = read("type hunter22 into New password and hunter22 into Repeat password")
    assert reading.secrets == {"new_password": "hunter22"}
    assert [s.value for s in reading.plan.steps] == ["{{new_password}}", "{{new_password}}"]


def test_signing_out_searching_and_lists() -> None:
    assert shapes("log out of the app") == [("sign_out", None, None)]
    # Signing out everywhere else is a control of its own: once this session's sign-out
    for goal in ("Log out from all devices", "sign out of other sessions"):
        with pytest.raises(GoalNotUnderstood):
            read_goal(goal)
    assert shapes("search the catalogue for walnut desk") == [
        ("search", Target(text="catalogue"), "walnut desk")
    ]
    assert shapes("use the site search to look up refund policy") == [
        ("search", Target(text="site search"), "refund policy")
    ]
    assert shapes("add a task called Water the plants") == [("add_item", None, "Water the plants")]
    assert shapes("add the following items: bread, milk and jam") == [
        ("add_item", None, "bread"),
        ("add_item", None, "milk"),
        ("add_item", None, "jam"),
    ]
    assert shapes('he adds "Call Sam" to his to-do list') == [
        ("add_item", Target(text="to-do list"), "Call Sam")
    ]
    assert shapes("remove the Call Sam task") == [("delete_item", Target(text="Call Sam"), None)]
    assert shapes("mark Call Sam as completed") == [
        ("check", Target(text="checkbox", role="checkbox", within="Call Sam"), None)
    ]
    assert shapes("mark Call Sam as not done") == [
        ("uncheck", Target(text="checkbox", role="checkbox", within="Call Sam"), None)
    ]


def test_a_count_that_disagrees_with_its_list_is_refused() -> None:
    with pytest.raises(GoalNotUnderstood):
        read_goal("add two items: bread, milk and jam")


def test_open_pick_and_places() -> None:
    assert shapes("open the Invoices tab") == [("open", Target(text="Invoices", role="tab"), None)]
    assert shapes("filter the list by Overdue") == [("pick", Target(text="filter"), "Overdue")]
    assert shapes("sort by newest first") == [("pick", Target(text="Sort"), "newest first")]
    assert shapes("choose 'Express' as the delivery option") == [
        ("pick", Target(text="delivery option"), "Express")
    ]
    assert shapes("Given I am on the invoices page") == [("visit", Target(text="invoices"), None)]
    assert shapes("Given I am looking at the team table") == [("visit", Target(text="team"), None)]
    assert shapes("proceed to payment") == [("visit", Target(text="payment"), None)]
    # The site, the app, the homepage: where the test starts.
    assert shapes("go back to the homepage") == [("goto", None, "{{url}}")]


def test_what_adds_nothing_adds_no_step_and_drops_nothing_else() -> None:
    assert shapes("Without signing up, open the Plans page") == [
        ("visit", Target(text="Plans"), None)
    ]
    assert shapes("open the browser, then open /status") == [("goto", None, "/status")]


def test_variables_are_values_in_every_notation_people_use() -> None:
    assert shapes("type {{ city }} into City and ${zip} into Postcode") == [
        ("fill", Target(text="City"), "{{city}}"),
        ("fill", Target(text="Postcode"), "{{zip}}"),
    ]
    assert shapes("type %city% into City, {zip} into Postcode and <phone> into Phone") == [
        ("fill", Target(text="City"), "{{city}}"),
        ("fill", Target(text="Postcode"), "{{zip}}"),
        ("fill", Target(text="Phone"), "{{phone}}"),
    ]
    signed_in = read_goal("log in with <email> and %secret%").steps[0]
    assert (signed_in.value, signed_in.password) == ("{{email}}", "{{secret}}")
    # Percentages, encoded addresses and markup are no variables.
    assert shapes("the discount is 20% and the tax is 5%")[0][2] == "20%"
    assert shapes("go to https://example.com/a%2Fb%2F") == [
        ("goto", None, "https://example.com/a%2Fb%2F")
    ]
    refused("the page has an <h1> with Welcome")
    reading = read('save value "Lisbon" as "city"\ntype stored value "city" into City')
    assert reading.variables == {"city": "Lisbon"}
    assert [s.value for s in reading.plan.steps] == ["{{city}}"]


def test_tables_of_fields_and_of_expected_items() -> None:
    goal = "When I fill in the form with:\n| Field | Value |\n| City | Porto |\n| Zip | 4000 |"
    assert shapes(goal) == [
        ("fill", Target(text="City"), "Porto"),
        ("fill", Target(text="Zip"), "4000"),
    ]
    goal = "Then I should see the following items in the basket:\n| Tea |\n| Honey |"
    assert [s.describe() for s in read_goal(goal).steps] == [
        "Expect 'basket' to show 'Tea'",
        "Expect 'basket' to show 'Honey'",
    ]


def test_an_outline_runs_once_per_example_each_from_the_start_page() -> None:
    goal = (
        "Scenario Outline: find <what>\n  When I search for '<term>'\n  Then I see '<shown>'\n"
        "  Examples:\n  | what | term | shown |\n  | tea | tea | Green tea |\n"
        "  | mugs | mug | Blue mug |"
    )
    assert [s.describe() for s in read_goal(goal).steps] == [
        "Search for 'tea'",
        "Expect the page to show 'Green tea'",
        "Go to {{url}}",
        "Search for 'mug'",
        "Expect the page to show 'Blue mug'",
    ]
    for unsure in (
        "When I search for <term>\nExamples:\n| term | shown |\n| tea |",  # a cell missing
        "When I search for <term>\nExamples:\n| term |\n| tea |\nThen I see it",  # text after
    ):
        with pytest.raises(GoalNotUnderstood):
            read_goal(unsure)


def test_a_variable_address_is_gone_to() -> None:
    assert shapes("go to {{url}} and open {{base}}/admin") == [
        ("goto", None, "{{url}}"),
        ("goto", None, "{{base}}/admin"),
    ]


def test_a_given_state_of_the_data_is_assumed_and_said_never_a_deed() -> None:
    goal = (
        "Given Maria has an empty wish list\nAnd I am signed in\n"
        "When I add an item called 'Kettle'\nThen I should see 'Kettle'"
    )
    plan = read_goal(goal)
    assert plan.assumptions == ["Maria has an empty wish list"]
    assert [s.action for s in plan.steps] == ["sign_in", "add_item", "expect_text"]
    assert "'Maria has an empty wish list' is assumed, not done" in static_warnings(plan)[0]
    for deed in (
        "Given I have ordered a kettle\nThen I should see 'Kettle'",  # an action, in the past
        "When Maria has an empty wish list\nThen I should see 'Kettle'",  # not a Given
    ):
        with pytest.raises(GoalNotUnderstood):
            read_goal(deed)
    # A test case's precondition is its "Given": once refused as a step
    plan = read_goal("Precondition: a user exists\n1) Go to /forgot\n2) Click Reset")
    assert plan.assumptions == ["a user exists"]
    assert [s.action for s in plan.steps] == ["goto", "click"]
    signed = read_goal("Pre-condition: logged in\nOpen /orders")
    assert [s.action for s in signed.steps] == ["sign_in", "goto"]


def test_filling_without_values_asks_for_sample_ones() -> None:
    assert shapes("fill out the sign-up form with realistic data") == [
        ("fill_form", Target(text="sign-up"), "all")
    ]
    assert shapes("fill in all the required fields") == [("fill_form", None, "required")]
    assert shapes("fill out the Company field") == [("fill_form", Target(text="Company"), None)]
    assert [s.action for s in read_goal("fill the form with test data and submit it").steps] == [
        "fill_form",
        "submit",
    ]
    # Once one field named "name, email and password", typed "test data" as a secret
    reading = read("fill in name, email and password with test data")
    assert [(s.action, s.target, s.value) for s in reading.plan.steps] == [
        ("fill_form", Target(text=name), None) for name in ("name", "email", "password")
    ]
    assert reading.secrets == {}
    assert shapes("fill in the email with dummy data") == [
        ("fill_form", Target(text="email"), None)
    ]


def test_sign_in_details_are_sent_unless_the_goal_sends_them_itself() -> None:
    assert [s.action for s in read_goal("type in valid credentials").steps] == ["sign_in"]
    typed = read_goal("When I enter invalid credentials\nAnd I press Enter\nThen I see 'No'")
    first = typed.steps[0]
    assert (first.action, first.value, first.password) == (
        "enter_credentials",
        "{{username}}",
        "wrong-{{password}}",
    )
    assert first.describe().endswith("with a wrong password (not sent)")
    # Once sent at once, then the box ticked on the page signing in had left
    goal = "type in valid credentials, then tick Remember me and click Log in"
    assert [s.action for s in read_goal(goal).steps] == ["enter_credentials", "check", "click"]


def test_sign_in_details_typed_one_by_one_are_typed_then_sent_by_the_goal() -> None:
    reading = read("Type my email ada@example.com and my password hunter2 then press Sign in")
    assert [(s.action, s.value) for s in reading.plan.steps] == [
        ("enter_credentials", "ada@example.com"),
        ("click", None),
    ]
    assert reading.secrets == {"password": "hunter2"}
    # an address and its password, said as such or after a slash
    for goal in (
        "Enter ada@example.com and password hunter2, then click Sign in",
        "1. Enter ada@example.com / hunter2\n2. Click Sign in",
    ):
        reading = read(goal)
        assert [(s.action, s.value) for s in reading.plan.steps] == [
            ("enter_credentials", "ada@example.com"),
            ("click", None),
        ], goal
        assert reading.secrets == {"password": "hunter2"}, goal
    reading = read('Sign in with username "ada" & password "hunter2"')
    assert [(s.action, s.value) for s in reading.plan.steps] == [("sign_in", "ada")]
    assert reading.secrets == {"password": "hunter2"}
    # an address and a word: which form's fields are they?
    refused("Enter ada@example.com and Ada Lovelace, then click Join")


def test_a_password_labelled_pass_or_pwd_is_the_sign_in_s_own() -> None:
    # Once signed in with the test's {{password}}, then typed "demo123" into a field named
    # "pass" after signing in
    for goal in ["Log in with user: demo, pass: demo123", "Log in with user: demo, pwd: demo123"]:
        reading = read(goal)
        assert [(s.action, s.value, s.password) for s in reading.plan.steps] == [
            ("sign_in", "demo", "{{password}}")
        ]
        assert reading.secrets == {"password": "demo123"}
