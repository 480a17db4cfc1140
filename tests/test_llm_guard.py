"""What a model's plan may not do, checked in code: invent a check, loosen one, drop one."""

from __future__ import annotations

from housecat.llm.guard import missing, said, unsaid
from housecat.plan.models import Step, Target
from housecat.plan.read import stated_checks

GOAL = "Nudge the basket along and make sure the page says 'Order placed', then 3 receipts show"


def check(**fields: object) -> Step:
    return Step.model_validate({"phrase": "p", **fields})


def test_a_check_keeps_the_goals_words_whatever_their_case_quotes_or_spacing() -> None:
    text = said(GOAL, [])
    assert unsaid(check(action="expect_text", value="ORDER   placed"), text) is None
    assert unsaid(check(action="expect_text", value="“Order placed”"), text) is None


def test_a_check_the_goal_does_not_say_is_named() -> None:
    text = said(GOAL, [])
    assert unsaid(check(action="expect_text", value="Payment received"), text) == "Payment received"
    # Part of a word is less than the goal asks: "Order place" would pass on "Order placed".
    assert unsaid(check(action="expect_text", value="Order place"), text) == "Order place"
    assert unsaid(check(action="expect_title", value="Checkout"), text) == "Checkout"


def test_a_checked_element_and_count_must_be_said_too() -> None:
    text = said(GOAL, [])
    receipts = Target(text="receipts", role="listitem")
    assert unsaid(check(action="expect_count", target=receipts, count=3), text) is None
    assert unsaid(check(action="expect_count", target=receipts, count=4), text) == "4"
    loosened = check(action="expect_count", target=receipts, count=3, at_least=True)
    assert unsaid(loosened, text) == "at least"
    ceiling = check(action="expect_count", target=receipts, count=3, at_most=True)
    assert unsaid(ceiling, text) == "at most"
    invented = check(action="expect_visible", target=Target(text="Thank you", role="heading"))
    assert unsaid(invented, text) == "Thank you"
    empty = check(action="expect_value", target=Target(text="basket"), value="")
    assert unsaid(empty, text) == "(empty)"


def test_a_variables_value_may_be_checked() -> None:
    text = said("Redeem the voucher and check the page says {{greeting}}", ["Hi there, Sam"])
    assert unsaid(check(action="expect_text", value="Hi there, Sam"), text) is None
    assert unsaid(check(action="expect_text", value="{{greeting}}"), text) is None


def test_an_action_is_not_held_to_the_goals_words() -> None:
    click = check(action="click", target=Target(text="Proceed", role="button"))
    assert unsaid(click, said(GOAL, [])) is None


def test_a_check_the_reader_finds_in_the_goal_must_be_in_the_plan() -> None:
    # the reader reads the check, not the rest ("nudge the basket", "pile up")
    goal = "Nudge the basket along, make sure the page says 'Order placed', then receipts pile up"
    stated = stated_checks(goal)
    assert [(s.action, s.value) for s in stated] == [("expect_text", "Order placed")]
    kept = check(action="expect_text", value="order placed")
    assert missing(stated, [kept]) == []
    inside = check(action="expect_text", value="Order placed", target=Target(text="footer"))
    assert missing(stated, [inside]) == stated  # narrowed to a region: not the goal's check
    negated = check(action="expect_no_text", value="Order placed")
    assert missing(stated, [negated]) == stated


def test_a_figure_compared_keeps_the_goals_comparison() -> None:
    text = said("Check out and make sure the total is more than $0", [])
    total = Target(text="total")
    above = check(action="expect_number", target=total, value="$0", compare="above")
    assert unsaid(above, text) is None
    # "at least $0" passes on a total of $0, which "more than $0" does not
    floor = check(action="expect_number", target=total, value="$0", compare="at_least")
    assert unsaid(floor, text) == "at least"
    assert unsaid(above.model_copy(update={"value": "$1"}), text) == "$1"
