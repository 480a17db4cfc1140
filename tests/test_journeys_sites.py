"""Journeys written as people write them, on five differently built sites and their variants.

Each journey is phrased three ways and passes on the healthy site; one phrasing of each
runs on the slow and the renamed copy (drift a person shrugs at: it must pass) and on the
broken copy (a regression: it must fail, at the step a person would point to).
"""

from __future__ import annotations

import pytest

from housecat.browser.execute import Limits
from housecat.browser.pool import BrowserPool
from housecat.runs.pipeline import RunOutcome, run_goal

LIMITS = Limits(step_timeout_s=5, run_timeout_s=90)
ACCOUNT = {"variables": {"username": "jdoe"}, "secrets": {"password": "pa55word"}}


async def journey(
    pool: BrowserPool, url: str, goal: str, values: dict[str, dict[str, str]] | None = None
) -> RunOutcome:
    return await run_goal(
        pool, url=url, goal=goal, triggered_by="api", limits=LIMITS, **(values or {})
    )


# What each journey is, on which site, and the words a broken copy must fail on.
SIGN_IN = (
    "signin",
    [
        "sign in as jdoe with pa55word, then check the page says Welcome back, jdoe",
        "Log into Acme using jdoe and pa55word. The Dashboard heading should be visible.",
        "log in with valid credentials\nmake sure 'Welcome back, jdoe' is shown",
        # once refused: "{{password}}" after "Enter {{username}}" was no step
        "1. Enter {{username}} and {{password}}\n2. Click Sign in\n3. Check the page says"
        " Welcome back, jdoe",
        # once refused: signing in said as the subject of where it leads
        "Login should take me to /home. The page should say Welcome back, jdoe",
    ],
    "Welcome back, jdoe",
)
TODO = (
    "todo",
    [
        "add a task called Buy milk, then add Walk the dog to the list, tick Buy milk and"
        " check the page says 1 item left",
        "Add two items: Buy milk and Walk the dog. Mark Buy milk as done. Verify that"
        " '1 item left' is displayed.",
        "add the following items: Buy milk, Walk the dog\nmark Buy milk as completed\n"
        "the page should say 1 item left",
        # once a box named "Buy milk todo", which no item has
        "add 'Buy milk' and 'Walk the dog' to the list, then tick the Buy milk todo; the"
        " page should say 1 item left",
    ],
    "did not stay ticked",
)
ORDERS = (
    "orders",
    [
        "search for smith and check the page says Showing 2 of 12 orders",
        "Search the orders for Smith. Anna Smith and James Smith should be listed, and"
        " Maria Garcia should not be shown.",
        "use the search box to look up 1004, then open #1004 and verify the heading says"
        " Order #1004",
        "search for 1004 and open it, then verify the heading says Order #1004",
    ],
    "Showing 2 of 12 orders",
)
DOCS = (
    "docs",
    [
        "search for ACME_REGION and check the search results show Configuration",
        "type listWidgets into the search box, then verify that API reference appears in the"
        " search results",
        "look up createClient\nthe results should include Getting started",
    ],
    "search results",
)
ADMIN = (
    "admin",
    [
        "Fill the form with First name Ada, Last name Lovelace and Email ada@example.com. Set"
        " Role to Editor. Type pa55 into Password and Repeat password. Click Save user. The"
        " page should say User saved.",
        "First name: Ada\nLast name: Lovelace\nEmail: ada@example.com\nPassword: pa55\n"
        "Repeat password: pa55\nclick Save user\ncheck that User saved is shown",
        "Enter Ada in First name, Lovelace in Last name and ada@example.com in Email, pick"
        " Pro as the plan, tick Send welcome email, fill in Password and Repeat password with"
        " pa55, then click Save user and verify the heading says Ada Lovelace",
    ],
    "User saved",
)
JOURNEYS = [SIGN_IN, TODO, ORDERS, DOCS, ADMIN]
START = {
    "signin": "signin/labelled/{variant}/",
    "todo": "todo/{variant}/",
    "orders": "orders/{variant}/",
    "docs": "docs/{variant}/",
    "admin": "admin/{variant}/users/new",
}


def start(sites: str, site: str, variant: str) -> str:
    return f"{sites}/{START[site].format(variant=variant)}"


@pytest.mark.parametrize(
    ("site", "goal"),
    [(site, goal) for site, goals, _ in JOURNEYS for goal in goals],
)
async def test_every_phrasing_passes_on_the_healthy_site(
    pool: BrowserPool, sites: str, site: str, goal: str
) -> None:
    values = ACCOUNT if site == "signin" else None
    outcome = await journey(pool, start(sites, site, "ok"), goal, values)
    assert outcome.result.passed, outcome.result.error
    # Nothing is left to read on the next run: every step has its locator or needs none.
    assert not any(step.is_intent for step in outcome.plan.steps)


@pytest.mark.parametrize("variant", ["slow", "renamed"])
@pytest.mark.parametrize(("site", "goals", "_"), JOURNEYS, ids=[j[0] for j in JOURNEYS])
async def test_drift_a_person_would_shrug_at_passes(
    pool: BrowserPool, sites: str, site: str, goals: list[str], _: str, variant: str
) -> None:
    values = ACCOUNT if site == "signin" else None
    outcome = await journey(pool, start(sites, site, variant), goals[0], values)
    assert outcome.result.passed, outcome.result.error


@pytest.mark.parametrize(("site", "goals", "why"), JOURNEYS, ids=[j[0] for j in JOURNEYS])
async def test_a_broken_copy_fails_where_a_person_would_say(
    pool: BrowserPool, sites: str, site: str, goals: list[str], why: str
) -> None:
    values = ACCOUNT if site == "signin" else None
    outcome = await journey(pool, start(sites, site, "broken"), goals[0], values)
    assert not outcome.result.passed
    assert why in (outcome.result.error or ""), outcome.result.error


@pytest.mark.parametrize("style", ["labelled", "placeholder", "table", "two-forms"])
@pytest.mark.parametrize("variant", ["ok", "renamed"])
async def test_sign_in_works_on_every_form_style(
    pool: BrowserPool, sites: str, style: str, variant: str
) -> None:
    goal = "log in, then check the page says Welcome back, jdoe, then sign out and make sure"
    goal += " the page says You have been signed out"
    outcome = await journey(pool, f"{sites}/signin/{style}/{variant}/", goal, ACCOUNT)
    assert outcome.result.passed, outcome.result.error
    assert "pa55word" not in outcome.plan.model_dump_json()


async def test_a_check_the_sign_in_page_already_passes_is_flagged(
    pool: BrowserPool, sites: str
) -> None:
    goal = "log in and check the page says Welcome"
    outcome = await journey(pool, start(sites, "signin", "ok"), goal, ACCOUNT)
    assert outcome.result.passed, outcome.result.error
    assert any("already holds" in warning for warning in outcome.plan.warnings)


async def test_a_form_filled_with_sample_values_is_accepted(pool: BrowserPool, sites: str) -> None:
    goal = (
        "fill out the form with example data, click Save user, then check the page says User"
        " saved and the heading says Sam Sample"
    )
    outcome = await journey(pool, start(sites, "admin", "ok"), goal)
    assert outcome.result.passed, outcome.result.error
    typed = {s.target.text: s.value for s in outcome.plan.steps if s.action == "fill" and s.target}
    assert typed["Email"] == "test@example.com"
    assert typed["Password"] == typed["Repeat password"]


async def test_details_typed_then_sent_by_the_goal_are_sent_once(
    pool: BrowserPool, sites: str
) -> None:
    goal = (
        "enter valid credentials\nclick the Sign in button\n"
        "then the page should say Welcome back, jdoe"
    )
    outcome = await journey(pool, start(sites, "signin", "ok"), goal, ACCOUNT)
    assert outcome.result.passed, outcome.result.error
    actions = [s.action for s in outcome.plan.steps]
    assert actions == ["goto", "fill", "fill", "click", "expect_text"]


async def test_an_item_said_to_be_done_is_checked_by_its_own_box(
    pool: BrowserPool, sites: str
) -> None:
    goal = (
        "add the following items: Buy milk, Walk the dog\nmark Buy milk as done\n"
        "check that Buy milk is marked as done and that Walk the dog is not done"
    )
    healthy = await journey(pool, start(sites, "todo", "ok"), goal)
    assert healthy.result.passed, healthy.result.error
    # The broken copy drops the tick: the check of the item's own box sees it.
    broken = await journey(pool, start(sites, "todo", "broken"), goal)
    assert not broken.result.passed
    assert "Buy milk" in (broken.result.error or ""), broken.result.error


async def test_signing_in_with_an_empty_password_sends_the_form_without_one(
    pool: BrowserPool, sites: str
) -> None:
    goal = "log in with an empty password and check the page says Invalid username or password"
    outcome = await journey(pool, start(sites, "signin", "ok"), goal, ACCOUNT)
    assert outcome.result.passed, outcome.result.error
    typed = [s.value for s in outcome.plan.steps if s.action == "fill"]
    assert typed == ["{{username}}", ""]


async def test_a_sign_in_said_to_fail_passes_only_where_the_page_refuses_it(
    pool: BrowserPool, sites: str
) -> None:
    said = (
        "Try to log in with jdoe and {password}; it should fail with Invalid username or password"
    )
    refused = await journey(pool, start(sites, "signin", "ok"), said.format(password="letmein"))
    assert refused.result.passed, refused.result.error
    # The account's own password signs in: the page never says it failed.
    accepted = await journey(pool, start(sites, "signin", "ok"), said.format(password="pa55word"))
    assert not accepted.result.passed
    assert "Invalid username or password" in (accepted.result.error or "")


async def test_code_named_by_its_kind_is_looked_for_by_its_name(
    pool: BrowserPool, sites: str
) -> None:
    said = "go to {page} and verify the page mentions the {name} method"
    docs = f"{sites}/docs/ok"
    found = await journey(
        pool, docs, said.format(page="/docs/ok/api", name="client.deleteWidget()")
    )
    assert found.result.passed, found.result.error
    # The getting-started page never mentions it; no page mentions renameWidget.
    for page, name in (("/docs/ok/", "client.deleteWidget()"), ("/docs/ok/api", "`renameWidget`")):
        missing = await journey(pool, docs, said.format(page=page, name=name))
        assert not missing.result.passed, (page, name)
