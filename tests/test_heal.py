"""Ranking what the page offers against what a step asked for."""

from __future__ import annotations

import pytest

from housecat.browser.heal import (
    Candidate,
    candidates_from_snapshot,
    confident_match,
    describe_closest,
    rank,
    similarity,
)

BUTTONS = ("button",)


@pytest.mark.parametrize(
    ("wanted", "offered"),
    [
        ("Sign in", "Log in"),
        ("Log in", "Sign In"),
        ("Sign up", "Create account"),
        ("Email", "Email address"),
        ("Add to cart", "Add to basket"),
        ("Submit", "Continue"),
        ("Search", "Search products"),
        ("Colour", "Color"),
        ("Add to cart", "Add to carts"),
        ("Log in now", "Sign in now"),
    ],
)
def test_drifted_names_are_a_confident_match(wanted: str, offered: str) -> None:
    page = [Candidate("button", offered), Candidate("link", "Pricing"), Candidate("button", "Help")]
    assert confident_match(rank(wanted, page, BUTTONS)) == page[0]


@pytest.mark.parametrize(
    ("wanted", "offered"),
    [
        ("Sign in", "Sign out"),
        ("Delete account", "Edit account"),
        ("Checkout", "Help"),
        ("Next page", "Continue"),
        ("Save draft", "Publish draft"),
        # A name that denies the words is their opposite
        ("Remember me", "Don't remember me"),
        ("Send me emails", "Do not send me emails"),
        ("Save", "Never save"),
    ],
)
def test_different_meanings_are_not_healed(wanted: str, offered: str) -> None:
    page = [Candidate("button", offered), Candidate("link", "Home")]
    assert confident_match(rank(wanted, page, BUTTONS)) is None


def test_two_equally_good_candidates_are_too_close_to_call() -> None:
    page = [Candidate("button", "Log in"), Candidate("button", "Login")]
    assert confident_match(rank("Sign in", page, BUTTONS)) is None


def test_another_role_loses_to_the_right_one() -> None:
    page = [Candidate("link", "Log in"), Candidate("button", "Log in")]
    assert rank("Sign in", page, BUTTONS)[0].candidate.role == "button"


def test_similarity_is_symmetric_enough_and_bounded() -> None:
    assert similarity("Sign in", "Sign in") == 1.0
    assert similarity("", "x") == 0.0
    assert 0 <= similarity("Brass Desk Lamp", "Walnut Bookshelf") < 0.5


def test_candidates_are_read_from_an_aria_snapshot() -> None:
    snapshot = """- banner:
  - navigation:
    - link "Home":
      - /url: /
- heading "Sign in" [level=1]
- textbox "Email"
- button "Log in"
- button "Say \\"hi\\""
- paragraph: Some text"""
    assert candidates_from_snapshot(snapshot) == [
        Candidate("link", "Home"),
        Candidate("heading", "Sign in"),
        Candidate("textbox", "Email"),
        Candidate("button", "Log in"),
        Candidate("button", 'Say "hi"'),
    ]


def test_failure_names_the_closest_candidates() -> None:
    ranked = rank("Checkout", [Candidate("button", "Check out now"), Candidate("link", "Home")])
    assert describe_closest(ranked) == "closest: button 'Check out now'"
    assert describe_closest([]) == "nothing similar on the page"
