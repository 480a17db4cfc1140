"""Rank what the page offers against what the step asked for, to heal drifted targets.

Healing only ever finds the element to act on. Assertions never come here. When no name
is close enough, a `Chooser` (a model, set up outside `browser/`) may pick among the
page's elements; what it picks is checked in code before it is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Protocol

from housecat.plan.models import Step
from housecat.plan.variables import redact

CONFIDENT = 0.75  # a match must score at least this ...
MARGIN = 0.1  # ... and beat the runner-up by this much, or nothing is used

# Names that mean the same thing on real sites. Each group maps to its first entry.
SYNONYMS = (
    ("sign in", "log in", "login", "signin", "log on", "logon"),
    ("sign out", "log out", "logout", "signout"),
    ("sign up", "register", "create account", "create an account", "signup", "join"),
    ("email", "e mail", "email address", "e mail address"),
    ("password", "passcode", "pass word"),
    ("username", "user name", "user id", "login name"),
    ("last name", "surname", "family name", "lastname"),
    ("first name", "given name", "forename", "firstname"),
    ("cart", "basket", "bag", "shopping cart", "shopping bag"),
    ("add to cart", "add to basket", "add to bag", "buy now"),
    ("search", "find"),
    ("delete", "remove"),
    ("close", "dismiss"),
)
# Whole names only: "Continue" may stand for "Submit", but "Next page" is not "Submit page".
WHOLE_NAME_SYNONYMS = (("submit", "send", "continue", "next", "go", "ok", "confirm", "done"),)
_CANONICAL = {variant: group[0] for group in SYNONYMS for variant in group}
_WHOLE = {variant: group[0] for group in WHOLE_NAME_SYNONYMS for variant in group}
# Longest first, so "email address" is replaced before "email".
_PHRASES = re.compile(
    r"\b(" + "|".join(re.escape(v) for v in sorted(_CANONICAL, key=len, reverse=True)) + r")\b"
)
_PUNCTUATION = re.compile(r"[^\w\s]+")
SAME_WORD = 0.85  # "colour"/"color", "cart"/"carts"; not "delete"/"edit" (0.8)
# A name that denies what is asked for is its opposite: "Don't remember me", "Never save".
_DENIAL = re.compile(r"\b(?:no|not|never|cannot|\w+n['’]t)\b", re.I)


@dataclass(frozen=True)
class Candidate:
    """An element the page offers, as its accessibility tree names it."""

    role: str
    name: str


@dataclass(frozen=True)
class Ranked:
    candidate: Candidate
    score: float


def normalize(text: str) -> str:
    """Lower-case, drop punctuation, write known synonyms one way."""
    words = " ".join(_PUNCTUATION.sub(" ", text.lower()).split())
    return _WHOLE.get(words) or _PHRASES.sub(lambda match: _CANONICAL[match[1]], words)


def _same_word(a: str, b: str) -> bool:
    return a == b or SequenceMatcher(None, a, b).ratio() >= SAME_WORD


def similarity(wanted: str, offered: str) -> float:
    """Score 0..1 how well an offered name matches the wanted one, word by word."""
    a, b = normalize(wanted).split(), normalize(offered).split()
    if not a or not b or (_DENIAL.search(offered) and not _DENIAL.search(wanted)):
        return 0.0
    if a == b:
        return 1.0
    joined_a, joined_b = "".join(a), "".join(b)
    if joined_a == joined_b:  # "Wish list" / "Wishlist"
        return 0.95
    matched = sum(any(_same_word(word, other) for other in b) for word in a)
    if matched == len(a) or matched == len(b):
        return 0.85 if abs(len(a) - len(b)) <= 2 else 0.7  # one name holds the other
    if joined_a in joined_b or joined_b in joined_a:  # "Checkout" / "Check out now"
        return 0.7
    # Every word counts: "Delete account" is not "Edit account".
    return 0.8 * matched / max(len(a), len(b))


def rank(wanted: str, candidates: list[Candidate], roles: tuple[str, ...] = ()) -> list[Ranked]:
    """Return candidates best first; those of another role than `roles` lose a little."""
    ranked = []
    for candidate in dict.fromkeys(candidates):
        score = similarity(wanted, candidate.name)
        if roles and candidate.role not in roles:
            score -= 0.15
        ranked.append(Ranked(candidate, round(score, 3)))
    return sorted(ranked, key=lambda r: r.score, reverse=True)


def confident_match(ranked: list[Ranked]) -> Candidate | None:
    """Return the best candidate if it is good enough and clearly the best."""
    if not ranked or ranked[0].score < CONFIDENT:
        return None
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    return ranked[0].candidate if ranked[0].score - runner_up >= MARGIN else None


_SNAPSHOT_LINE = re.compile(r'^\s*- (?P<role>[a-z]+)(?: "(?P<name>(?:[^"\\]|\\.)*)")?')


def candidates_from_snapshot(snapshot: str) -> list[Candidate]:
    """Read named elements out of Playwright's ARIA snapshot (YAML lines)."""
    found = []
    for line in snapshot.splitlines():
        match = _SNAPSHOT_LINE.match(line)
        if match and match["name"]:
            name = match["name"].replace('\\"', '"')
            found.append(Candidate(match["role"], name))
    return found


def describe_closest(ranked: list[Ranked], limit: int = 3) -> str:
    """Name the closest candidates for a failure message."""
    close = [r for r in ranked[:limit] if r.score > 0.3]
    if not close:
        return "nothing similar on the page"
    names = ", ".join(f"{r.candidate.role} '{r.candidate.name}'" for r in close)
    return f"closest: {names}"


@dataclass(frozen=True)
class Choice:
    """A chooser's answer: the candidate that does the step's job and why; or none, and why not."""

    candidate: Candidate | None
    reason: str


class Chooser(Protocol):
    """Who picks the element that stands for an action's vanished target: a model."""

    async def choose(self, step: Step, candidates: list[Candidate]) -> Choice | None:
        """Choose one of `candidates` (or none, saying why); None when not asked. Never raise."""
        ...


@dataclass(frozen=True)
class Hiding:
    """A chooser that never sees a secret: not the step's value, nor a secret in any name."""

    chooser: Chooser
    secrets: frozenset[str]

    async def choose(self, step: Step, candidates: list[Candidate]) -> Choice | None:
        """Ask with every secret masked; answer with the page's own candidate."""
        shown = [Candidate(c.role, redact(c.name, self.secrets)) for c in candidates]
        choice = await self.chooser.choose(self._hidden(step), shown)
        if choice is None or choice.candidate is None:
            return choice
        # Only one of the elements offered, as offered: never one the chooser made up.
        picked = next((i for i, c in enumerate(shown) if c is choice.candidate), None)
        if picked is None:
            return Choice(None, "the model chose an element the page does not offer")
        return Choice(candidates[picked], choice.reason)

    def _hidden(self, step: Step) -> Step:
        target = step.target
        if target is not None:
            within = redact(target.within, self.secrets) if target.within else None
            target = target.model_copy(
                update={"text": redact(target.text, self.secrets), "within": within}
            )
        return step.model_copy(
            update={
                "value": None,
                "password": None,
                "phrase": redact(step.phrase, self.secrets),
                "target": target,
            }
        )
