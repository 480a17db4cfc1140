"""Steps that run only if something shows: read for what shows, refused for anything else."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from housecat.errors import GoalNotUnderstood
from housecat.plan.models import COOKIE_BANNER, Plan, Step, Target
from housecat.plan.read import read_goal

ACCEPT = Target(text="Accept", role="button")
DIALOG_CLOSE = Target(text="Close", role="button", within="dialog")
A_DIALOG = Target(text="dialog", role="dialog")
COOKIES = Target(text="cookie banner", role=COOKIE_BANNER)


def steps(goal: str) -> list[tuple[str, Target | None, str | None, Target | None]]:
    return [(s.action, s.target, s.value, s.only_if) for s in read_goal(goal).steps]


def refused(goal: str) -> str:
    try:
        read_goal(goal)
    except GoalNotUnderstood as exc:
        return exc.phrase + (f" ({exc.why})" if exc.why else "")
    raise AssertionError(f"read, but should be refused: {goal!r}")


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        # a cookie banner, however it is called, as "accept the cookie banner" reads it
        ("If a cookie banner appears, click Allow", [("click", Target(text="Allow"), None, COOKIES)]),
        ("if there is a banner about cookies, accept it", [("click", ACCEPT, None, COOKIES)]),
        ("When the consent notice shows up, click OK", [("click", Target(text="OK"), None, COOKIES)]),
        # a kind of element; a lower-case description is the kind alone
        (
            "If the promo pop-up shows up, close it",
            [("click", DIALOG_CLOSE, None, Target(text="pop-up", role="dialog"))],
        ),
        (
            "when a modal pops up, dismiss it",
            [("click", Target(text="Dismiss", role="button", within="dialog"), None,
              Target(text="modal", role="dialog"))],
        ),
        (
            "If an alert is shown, click Retry",
            [("click", Target(text="Retry"), None, Target(text="alert", role="alert"))],
        ),
        # text, quoted or capitalised
        (
            "If 'Spring sale' is shown, click 'Maybe later'",
            [("click", Target(text="Maybe later"), None, Target(text="Spring sale"))],
        ),
        # "it", "one", "if shown": the element the step acts on
        ("Click 'Skip tour' if it appears", [("click", Target(text="Skip tour"), None,
                                              Target(text="Skip tour"))]),
        ("click Not now if shown", [("click", Target(text="Not now"), None, Target(text="Not now"))]),
        ("click 'Later' if present", [("click", Target(text="Later"), None, Target(text="Later"))]),
        ("click 'Later' if visible", [("click", Target(text="Later"), None, Target(text="Later"))]),
        ("Dismiss the feedback dialog if there is one", [
            ("click", Target(text="Dismiss", role="button", within="dialog"), None,
             Target(text="Dismiss", role="button", within="dialog"))
        ]),
    ],
)  # fmt: skip
def test_an_action_runs_only_if_what_the_goal_names_is_shown(
    goal: str, expected: list[tuple[str, Target | None, str | None, Target | None]]
) -> None:
    assert steps(goal) == expected


def test_a_condition_holds_for_its_own_step_only() -> None:
    assert steps("if a dialog appears, click Close, then check the page says Home") == [
        ("click", Target(text="Close"), None, A_DIALOG),
        ("expect_text", None, "Home", None),
    ]


def test_every_line_of_a_block_waits_on_its_condition() -> None:
    goal = (
        "open /shop\n"
        "if 'Join our newsletter' is visible\n"
        "  - type me@example.com into Email\n"
        "  - click Subscribe\n"
        "end\n"
        "check the page says Cart"
    )
    shown = Target(text="Join our newsletter")
    assert [(s.action, s.only_if) for s in read_goal(goal).steps] == [
        ("goto", None),
        ("fill", shown),
        ("click", shown),
        ("expect_text", None),
    ]
    contains = read_goal("If page contains \"Welcome back\"\nclick 'Dismiss'\nend").steps
    assert [s.only_if for s in contains] == [Target(text="Welcome back")]


@pytest.mark.parametrize(
    ("goal", "phrase"),
    [
        # a check that may not happen proves nothing
        ("If a dialog shows up, check that the page says Hi", "If a dialog shows up"),
        ("the page says Hi if a modal appears", "the page says Hi if a modal appears"),
        ("if 'Promo' is visible\ncheck the page says Promo\nend", "check the page says Promo"),
        # a page to open is not optional
        ("go to /offers if a modal appears", "go to /offers if a modal appears"),
        # conditions that are not about something showing
        ("if the total is over $50, click Pay", "if the total is over $50"),
        ("click Next when it is enabled", "click Next when it is enabled"),
        ("click Next unless the form is empty", "click Next unless the form is empty"),
        ("click Close if the dialog is enabled", "click Close if the dialog is enabled"),
        # lower-case words that describe rather than show
        ("if the price changes appears, click OK", "if the price changes appears"),
        # a block never closed, or an end with no block
        ("if 'Promo' is visible\nclick Close", "if 'Promo' is visible (its block has no 'end' line)"),
        ("click Close\nend", "end (no 'if' to end)"),
    ],
)  # fmt: skip
def test_any_other_condition_is_refused_naming_its_words(goal: str, phrase: str) -> None:
    assert refused(goal) == phrase


def test_a_check_or_a_goto_with_a_condition_is_rejected_whoever_wrote_the_plan() -> None:
    for step in [
        {"action": "expect_text", "value": "Hi"},
        {"action": "expect_visible", "target": {"text": "Hi"}},
        {"action": "goto", "value": "/offers"},
        {"action": "wait", "value": "1"},
    ]:
        with pytest.raises(ValidationError, match="only_if belongs to actions"):
            Step.model_validate({**step, "phrase": "x", "only_if": {"text": "Promo"}})


def test_a_condition_is_said_in_the_step_and_kept_in_the_plan() -> None:
    plan = read_goal("If 'Cookies' is shown, click Accept")
    assert plan.steps[0].describe() == "Click 'Accept' if 'Cookies' is shown"
    assert Plan.model_validate_json(plan.model_dump_json()) == plan
    # a plan saved before conditions existed has none
    old = {"goal": "g", "steps": [{"action": "click", "target": {"text": "Go"}, "phrase": "g"}]}
    assert Plan.model_validate(old).steps[0].only_if is None


def test_a_step_done_if_the_page_asks_waits_on_its_own_element() -> None:
    # "accept cookies if prompted" was refused; the page prompts by showing the banner
    for goal in ("accept cookies if prompted", "Accept the cookies if asked"):
        (step,) = read_goal(goal).steps
        assert step.action == "click" and step.only_if == step.target, goal
