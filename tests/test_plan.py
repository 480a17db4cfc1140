"""The Plan models: what a step must carry, and how it describes itself."""

import pytest
from pydantic import ValidationError

from housecat.plan.models import Plan, Step, Target


def step(action: str, **fields: object) -> Step:
    return Step.model_validate({"action": action, "phrase": "p", **fields})


def test_step_describes_a_click_on_a_named_button() -> None:
    target = Target(text="Sign in", role="button")
    assert step("click", target=target).describe() == "Click the 'Sign in' button"


def test_step_describes_an_ordinal_scoped_target() -> None:
    target = Target(text="Add to cart", role="button", nth=1, within="Brass Desk Lamp")
    assert (
        step("click", target=target).describe()
        == "Click the second 'Add to cart' button in 'Brass Desk Lamp'"
    )


def test_step_describes_a_kind_without_a_name_by_its_kind() -> None:
    assert step("click", target=Target(text="link", role="link", nth=-1)).describe() == (
        "Click the last link"
    )
    header = Target(text="header", role="banner")
    assert step("expect_text", target=header, value="Hi").describe() == (
        "Expect the header to show 'Hi'"
    )


@pytest.mark.parametrize(
    ("fields", "described"),
    [
        ({"action": "goto", "value": "/pricing"}, "Go to /pricing"),
        ({"action": "wait", "value": "2"}, "Wait 2 seconds"),
        ({"action": "wait", "value": "1"}, "Wait 1 second"),
        ({"action": "press", "value": "Enter"}, "Press Enter"),
        ({"action": "submit"}, "Submit the form"),
        ({"action": "expect_url", "value": "/dashboard"}, "Expect the URL to contain '/dashboard'"),
        ({"action": "expect_title", "value": "Home"}, "Expect the title to contain 'Home'"),
        ({"action": "expect_no_text", "value": "Error"}, "Expect the page not to show 'Error'"),
        ({"action": "wait_for", "value": "Saved"}, "Wait for 'Saved'"),
        (
            {"action": "expect_count", "target": {"text": "items", "role": "listitem"}, "count": 3},
            "Expect 3 of the items",
        ),
        (
            {"action": "select", "target": {"text": "Country", "role": "combobox"}, "value": "UK"},
            "Select 'UK' in the 'Country' dropdown",
        ),
    ],
)
def test_every_action_has_a_short_description(fields: dict[str, object], described: str) -> None:
    assert Step.model_validate({"phrase": "p", **fields}).describe() == described


def test_description_never_shows_a_typed_password() -> None:
    described = step("fill", target=Target(text="Password"), value="hunter2").describe()
    assert "hunter2" not in described
    assert described.startswith("Fill 'Password' with")


@pytest.mark.parametrize(
    "fields",
    [
        {"action": "click"},  # no target
        {"action": "fill", "target": {"text": "Email"}},  # no value
        {"action": "goto", "value": "pricing"},  # neither a path nor an absolute URL
        {"action": "goto", "value": "ftp://x.test/a"},
        {"action": "wait", "value": "soon"},
        {"action": "expect_count", "target": {"text": "items"}},  # no count
        {"action": "click", "target": {"text": "Save"}, "count": 2},  # count off expect_count
        {"action": "click", "target": {"text": ""}},  # an empty name finds nothing
        {"action": "click", "target": {"text": "Save"}, "colour": "red"},  # unknown field
        {"action": "dance"},
    ],
)
def test_a_step_missing_what_its_action_needs_is_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Step.model_validate({"phrase": "p", **fields})


def test_a_plan_needs_at_least_one_step() -> None:
    with pytest.raises(ValidationError):
        Plan(goal="nothing", steps=[])


def test_plan_round_trips_through_json_with_its_defaults() -> None:
    plan = Plan(goal="g", steps=[step("goto", value="https://x.test/a")])
    again = Plan.model_validate_json(plan.model_dump_json())
    assert again == plan
    assert again.source == "grammar"
    assert again.steps[0].locator is None
    assert again.steps[0].healed is False
