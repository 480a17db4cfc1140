"""What a test's goal, URL and values must agree on before the test is saved.

The goal is read (unless hand-edited steps stand in for it); the passwords it spells out
become secrets and the goal keeps only `{{name}}`; every name the URL or the steps use
must have a value, from the test's variables or secrets, or be built in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from housecat.errors import GoalNotUnderstood, InvalidInput
from housecat.plan.models import Step
from housecat.plan.names import BUILT_IN, ask_for, names_used
from housecat.plan.read import read
from housecat.plan.variables import names_in, placeholder, substitute
from housecat.suites.values import Values, check_kinds


@dataclass(frozen=True)
class Journey:
    """A goal ready to store, the secrets its passwords add, the variables it defines."""

    goal: str
    lifted: dict[str, str]
    steps: list[Step]
    # "save value 'x' as 'coupon'": read from the goal at every run, so not stored apart.
    own: dict[str, str] = field(default_factory=dict)


def read_journey(
    goal: str,
    *,
    pinned: list[Step] | None = None,
    model: Literal[True] | str | None = None,
    remote: bool = False,
) -> Journey:
    """Read the goal, lifting its passwords; a pinned test's steps stand in for it.

    A pinned test's goal is only a description: it need not be understood. Nor need a goal
    a model will compile (`model` True), or one a remote agent (TinyFish) reads itself;
    `model` as text says why no model can.
    """
    try:
        reading = read(goal)
    except GoalNotUnderstood as exc:
        if pinned is not None:
            return Journey(goal, {}, pinned)
        if model is True or remote:
            return Journey(goal, {}, [])
        hint = f" (a model could compile it, but {model})" if model else ""
        raise InvalidInput.of({"goal": exc.message + hint}) from None
    steps = pinned if pinned is not None else reading.plan.steps
    return Journey(reading.plan.goal, reading.secrets, steps, reading.variables)


def check_names(
    url: str,
    steps: list[Step],
    values: Values,
    *,
    pinned: bool = False,
    elsewhere: frozenset[str] = frozenset(),
) -> None:
    """Refuse a `{{name}}` in the URL or the steps that nothing gives a value.

    `elsewhere` are names an environment gives: a test run in it gets their values.
    """
    check_kinds(values)
    defined = values.names | set(BUILT_IN) | elsewhere
    problems: dict[str, str] = {}
    for name in sorted(names_in(url) - defined):
        problems.setdefault("url", ask_for(name, "the URL"))
    field, where, verb = ("steps", "the steps", "use") if pinned else ("goal", "the goal", "uses")
    for name in sorted(names_used(steps) - defined):
        problems.setdefault(field, ask_for(name, where, verb))
    if problems:
        raise InvalidInput.of(problems)


def secrets_refused(goal: str, secrets: dict[str, str]) -> str | None:
    """Say why a goal cannot go to a remote agent, if it uses or spells out a secret."""
    used = sorted(names_in(goal) & set(secrets))
    spelled = sorted(name for name, value in secrets.items() if value and value in goal)
    if used:
        why = f"{placeholder(used[0])} is a secret"
    elif spelled:
        why = f"the goal spells out the value of the secret '{spelled[0]}'"
    else:
        return None
    return (
        f"{why}, and TinyFish's agent can type only what the goal it is sent spells out: "
        "run this test in HouseCat's browser (executor 'browser'), which keeps secret "
        "values on this machine"
    )


def check_remote(goal: str, url: str, values: Values) -> None:
    """Refuse a goal for TinyFish that uses a secret, or a `{{name}}` nothing gives a value."""
    check_kinds(values)
    filled = substitute(goal, values.variables, keep_missing=True)
    refused = secrets_refused(goal, values.secrets) or secrets_refused(filled, values.secrets)
    if refused:
        raise InvalidInput.of({"goal": refused})
    check_names(url, [], values)
    defined = values.names | set(BUILT_IN)
    for name in sorted(names_in(goal) - defined):
        raise InvalidInput.of({"goal": ask_for(name, "the goal")})
