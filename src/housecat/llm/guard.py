"""What a model's plan may not do, enforced in code: invent a check, or drop one the goal states.

Every text a check expects must be said by the goal or a variable's value, as whole words
(case, quotes and spacing aside): "Save" is not said by "Saved", since checking it would
pass on less than the goal asks. Plain Python: no model is needed to check a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from housecat.plan.models import Step, Target

_QUOTES = re.compile(r"[\"'`“”‘’«»]")
# Words that bound a count from above: "at most 10", "no more than 3", "fewer than 5"
_CEILINGS = ("at most", "no more than", "not more than", "a maximum of", "fewer than", "less than")
# How a goal says each comparison of a figure (expect_number): a model may not flip one
_COMPARISONS = {
    "above": (
        "more than",
        "greater than",
        "higher than",
        "larger than",
        "bigger than",
        "above",
        "over",
    ),
    "below": ("less than", "lower than", "smaller than", "fewer than", "below", "under"),
    "at_least": (
        *("at least", "or more", "minimum", "no less than", "not less than", "not below"),
        *("not be less than", "not be below", "no lower than", "not lower than"),
    ),
    "at_most": (
        *("at most", "or less", "maximum", "no more than", "not more than", "not above"),
        *("not be more than", "not be above", "no higher than", "not higher than"),
    ),
}
_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def normalised(text: str) -> str:
    """Lower-case, without quotes, each run of spaces one space."""
    return " ".join(_QUOTES.sub("", text).lower().split())


def said(goal: str, values: Iterable[str]) -> str:
    """Everything a check's words may come from: the goal, and each variable's value."""
    return "\n".join(normalised(text) for text in (goal, *values))


def says(words: str, text: str) -> bool:
    """Whether the (normalised) text says these words whole."""
    wanted = normalised(words)
    if not wanted:
        return False
    return re.search(r"(?<!\w)" + re.escape(wanted) + r"(?!\w)", text) is not None


def unsaid(step: Step, text: str) -> str | None:
    """The words a check expects that the goal does not say; None for an action or a kept check."""
    if not step.is_check:
        return None
    words = [step.value] if step.value is not None else []
    if step.target is not None:
        words += [step.target.text, *([step.target.within] if step.target.within else [])]
    for word in words:
        if not word.strip():
            # An empty field is checked only when the goal says so.
            if not (says("empty", text) or says("blank", text)):
                return "(empty)"
        elif not says(word, text):
            return word
    if step.count is not None:
        spelled = _NUMBERS[step.count] if step.count < len(_NUMBERS) else None
        if not (says(str(step.count), text) or (spelled and says(spelled, text))):
            return str(step.count)
    if step.at_least and not says("at least", text) and not says("or more", text):
        return "at least"
    if step.at_most and not any(says(bound, text) for bound in _CEILINGS):
        return "at most"
    if step.action == "expect_number" and not any(
        says(words, text) for words in _COMPARISONS[step.compare]
    ):
        return step.compare.replace("_", " ")  # "more than $0" is no "at least $0"
    return None


def missing(stated: list[Step], plan: list[Step]) -> list[Step]:
    """The checks the grammar read in the goal that the plan does not make, as they were read."""
    made = {_key(step) for step in plan}
    return [check for check in stated if _key(check) not in made]


def _key(step: Step) -> tuple[object, ...]:
    return (
        step.action,
        normalised(step.value) if step.value is not None else None,
        step.count,
        step.at_least,
        step.at_most,
        step.compare,
        _target_key(step.target),
    )


def _target_key(target: Target | None) -> tuple[object, ...] | None:
    if target is None:
        return None
    within = normalised(target.within) if target.within else None
    return (normalised(target.text), target.role, target.nth, within)
