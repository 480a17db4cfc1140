"""Passwords written in a goal become secrets: the plan and the goal keep only `{{name}}`.

"sign in as alice with hunter2" reads as signing in with `{{password}}`, and the reading
carries `password = hunter2` apart, to be kept write-only like every other secret.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from housecat.plan.models import CREDENTIALS, Plan, Step
from housecat.plan.variables import VARIABLE, placeholder

# Fields whose value is a secret whatever the goal calls it.
_SECRET_FIELD = re.compile(
    r"pass(?:word|code|phrase)?|\bpwd\b|\bpw\b|\bpin\b|\bcvv\b|\bcvc\b|security code|secret"
    r"|api key|token",
    re.I,
)
# Steps whose value is what a field holds: typed into it, or checked to be there.
_TYPED = frozenset({"fill", "expect_value"})
# Checks of the words something shows, which a field shows as what it holds
_SHOWN = frozenset({"expect_text", "expect_no_text"})
_QUOTES = ('"{}"', "'{}'", "“{}”", "‘{}’", "`{}`")


@dataclass(frozen=True)
class Reading:
    """A plan whose secret values were lifted out, and those values by name."""

    plan: Plan
    secrets: dict[str, str] = field(default_factory=dict)
    variables: dict[str, str] = field(default_factory=dict)


def lift_secrets(plan: Plan) -> Reading:
    """Replace every password written in the goal by a `{{name}}`, in steps and goal alike."""
    secrets: dict[str, str] = {}
    goal = plan.goal
    steps: list[Step] = []
    masked: dict[str, str] = {}  # each phrase as written, and as masked so far
    for step in plan.steps:
        written = step.phrase
        step = step.model_copy(update={"phrase": masked.get(written, written)})
        found = _secret_in(step)
        if found is None:
            steps.append(step)
            continue
        key, label, literal = found
        name = _name_for(label, literal, secrets)
        secrets[name] = literal
        phrase = mask(step.phrase, literal, name)
        if step.phrase in goal:
            goal = goal.replace(step.phrase, phrase, 1)
        else:  # the phrase was written over several lines: mask the value where it stands
            goal = mask(goal, literal, name)
        masked[written] = phrase
        steps.append(step.model_copy(update={key: placeholder(name), "phrase": phrase}))
    # Steps read from the same words as a secret's, before it: "Username: x, Password: y"
    steps = [s.model_copy(update={"phrase": masked.get(s.phrase, s.phrase)}) for s in steps]
    return Reading(plan.model_copy(update={"steps": steps, "goal": goal}), secrets)


def is_secret_name(name: str) -> bool:
    """Tell whether a value of this name is a secret ("password", "api_key")."""
    return bool(_SECRET_FIELD.search(name.replace("_", " ")))


def _secret_in(step: Step) -> tuple[str, str, str] | None:
    """Which field of the step holds a secret value, the label it is for, and the value."""
    if step.action in CREDENTIALS and step.password:
        key, label, value = "password", "password", step.password
    elif step.target and _SECRET_FIELD.search(step.target.text) and _holds(step):
        key, label, value = "value", step.target.text, step.value or ""
    else:
        return None
    if not value or VARIABLE.search(value):
        return None  # nothing typed, or a variable already
    return key, label, value


def _holds(step: Step) -> bool:
    """Tell a step whose value is what a field holds: "the Password field shows x" too,
    never "the password hint says x", words a page shows anyone."""
    field_ = step.target is not None and step.target.role == "textbox"
    return step.action in _TYPED or (step.action in _SHOWN and field_)


def _name_for(label: str, value: str, taken: dict[str, str]) -> str:
    """Name a secret after its field ("repeat_password"), reusing a name for the same value."""
    for name, known in taken.items():
        if known == value:
            return name
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "secret"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}_{number}", number + 1
    return name


def mask(text: str, value: str, name: str) -> str:
    """Write `{{name}}` where the text spells out the value: quoted first, else the last one."""
    for form in _QUOTES:
        quoted = form.format(value)
        if quoted in text:
            return text.replace(quoted, placeholder(name))
    at = text.rfind(value)
    if at < 0:
        return text
    return text[:at] + placeholder(name) + text[at + len(value) :]
