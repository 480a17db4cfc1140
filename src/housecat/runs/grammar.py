"""Compile a goal written in plain English into a Plan, by grammar alone.

How a goal is read, where the language is ambiguous:

- Steps are split at lines, list markers, sentence ends and connectives ("then", "and",
  commas). Text in quotes is never split. A comma or "and" starts a new step only when
  the words after it make a step of their own; otherwise they stay with the clause before
  when it ends in free text (an expected text or a typed value: "says Welcome back, Alice"),
  or in a name that goes on ("Terms and Conditions"). A piece that lacks a verb borrows the
  one before it when that makes the same kind of step ("a into A and b into B").
- "check X" ticks a box when X names one ("the Remember me checkbox", "Remember me") and
  is an assertion when X states something ("that ...", "the page says ...", "for 'Saved'").
  An assertion we cannot read ("the dashboard greets her") is rejected, never guessed.
- "the header says X" expects text X inside the header: the region is the target, with its
  landmark role ("banner"). Page-wide subjects ("the page", "it", "the dashboard") have none.
- Counts: "there are 3 Add to cart buttons" counts Target("Add to cart", "button"). A kind
  with no name is its own text ("3 items" -> Target("items", "listitem")), and the region
  it is in becomes `within` ("the list shows 3 items" -> within "list"). On a whole page,
  "shows 3 results" is text, since "results" names no kind of element.
- A page named without a path ("go to the pricing page") is followed by its link text.
- Typing with no field named ("type cats") goes into the field the step before used.
"""

from __future__ import annotations

import re

from housecat.errors import GoalNotUnderstood
from housecat.runs.grammar_actions import ACTION_RULES
from housecat.runs.grammar_checks import parse_assertion
from housecat.runs.grammar_forms import FORM_RULES
from housecat.runs.grammar_quotes import Quotes, scrub
from housecat.runs.grammar_split import split_goal
from housecat.runs.grammar_types import Parsed
from housecat.runs.grammar_words import base_verb, strip_fillers, strip_subject
from housecat.runs.plan import Plan, Step, Target

# No one writes a single step this long (quoted text counts as one character); refusing it
# early keeps every pattern fast on any input.
_LONGEST_CLAUSE = 500

# A plan runs every step; "click Accept if it appears" asks for a choice it cannot make.
_CONDITIONAL = re.compile(
    r" (?:if|when|unless|in case|as long as) (?:it|they|one|any|present|shown|visible|there"
    r"|needed|necessary|available|exists?|appears?|possible)\b",
    re.I,
)
# Typing with no field named goes into the field the previous step used, if it was one.
_TYPABLE = frozenset({None, "textbox", "searchbox", "combobox"})

# Forms first: "sign in as ..." and "select X from Y" must not be read as clicks.
_RULES = (*FORM_RULES, *ACTION_RULES)


def plan_goal(goal: str) -> Plan:
    """Compile a goal into a Plan, or raise GoalNotUnderstood naming the phrase that failed."""
    quotes = Quotes()
    written = scrub(goal)
    masked = "\n".join(quotes.mask(line) for line in written.splitlines())
    known: dict[str, Parsed | None] = {}

    def parse(text: str) -> Parsed | None:
        if text not in known:
            known[text] = parse_clause(text, quotes)
        return known[text]

    pieces = split_goal(masked, parse)
    if not pieces:
        raise GoalNotUnderstood(" ".join(written.split()))
    steps: list[Step] = []
    for piece in pieces:
        parsed = parse(piece.text)
        phrase = quotes.restore(piece.phrase)
        if parsed is None:
            raise GoalNotUnderstood(phrase)
        for draft in parsed.drafts:
            target = draft.target
            if target is None and draft.action == "fill":
                target = _field_in_use(steps)
                if target is None:
                    raise GoalNotUnderstood(phrase)
            steps.append(
                Step(
                    action=draft.action,
                    target=target,
                    value=draft.value,
                    count=draft.count,
                    phrase=phrase,
                )
            )
    if not steps:  # only "wait for the page to load": nothing to do
        raise GoalNotUnderstood(" ".join(written.split()))
    return Plan(goal=goal, steps=steps)


def parse_clause(text: str, quotes: Quotes) -> Parsed | None:
    """Read one masked clause with the first rule that understands it."""
    if len(text) > _LONGEST_CLAUSE or _CONDITIONAL.search(text):
        return None
    text = base_verb(strip_subject(strip_fillers(text)))
    if not text:
        return None
    for rule in _RULES:
        match = rule.pattern.match(text)
        if match is None:
            continue
        parsed = rule.handler(match, quotes)
        if parsed is not None or rule.final:
            return parsed
    return parse_assertion(text, quotes, bare=False)


def _field_in_use(steps: list[Step]) -> Target | None:
    """Find the field a target-less "type cats" means: the one the last step touched."""
    for step in reversed(steps):
        if step.target is not None:
            typable = step.action in {"click", "fill", "press"} and step.target.role in _TYPABLE
            return step.target if typable else None
    return None
