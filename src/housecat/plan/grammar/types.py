"""Carry what a clause means before it becomes Steps: drafts, how the clause ends, rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from housecat.plan.grammar.quotes import Quotes
from housecat.plan.models import Action, Compare, Target

# How a clause ends decides whether a following ", X" or "and X" may belong to it:
# "free" ends in unquoted free text (a typed value, an expected text) that may hold commas;
# "name" ends in an unquoted element name that may continue ("Terms and Conditions");
# "closed" ends in a quote, a path, a number or a kind word ("button") and takes nothing more.
Tail = Literal["free", "name", "closed"]


@dataclass(frozen=True)
class Draft:
    """A step without its phrase."""

    action: Action
    target: Target | None = None
    value: str | None = None
    count: int | None = None
    password: str | None = None
    only_if: Target | None = None
    only_if_enabled: bool = False
    at_least: bool = False
    at_most: bool = False
    compare: Compare = "contains"
    status: int | None = None


@dataclass(frozen=True)
class Parsed:
    """The drafts one clause yields and how the clause ends."""

    drafts: tuple[Draft, ...]
    tail: Tail = "closed"
    # The part of the page the clause turned to ("scroll to the footer", "open the menu"):
    # an "it" in the check right after is that part, not the whole page.
    focus: str | None = None


Handler = Callable[[re.Match[str], Quotes], Parsed | None]


@dataclass(frozen=True)
class Rule:
    """A verb pattern and the handler that reads a clause it matches."""

    pattern: re.Pattern[str]
    handler: Handler
    final: bool = False  # the verb is unmistakable: if its handler gives up, no other rule tries


def rule(pattern: str, handler: Handler, *, final: bool = False) -> Rule:
    """Compile a case-insensitive verb pattern for a rule table."""
    return Rule(re.compile(pattern, re.I), handler, final)


def one(
    action: Action,
    target: Target | None = None,
    value: str | None = None,
    count: int | None = None,
    tail: Tail = "closed",
) -> Parsed:
    """Wrap a single draft."""
    return Parsed((Draft(action, target, value, count),), tail)
