"""Which `{{name}}`s a plan and its start URL use, and how to ask for the ones missing."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from housecat.plan.models import Step
from housecat.plan.secrets import is_secret_name
from housecat.plan.variables import names_in, placeholder

# Names every run knows without being told: {{url}} is the page the test starts on,
# {{today}} the date it runs on ("set the due date to tomorrow" is the day after), {{year}}
# its year.
BUILT_IN = {
    "url": "the test's start URL",
    "today": "the date of the run",
    "tomorrow": "the day after the run",
    "yesterday": "the day before the run",
    "year": "the year of the run",
}


# The built-in dates, each so many days from the run's
RUN_DATES = {"today": 0, "tomorrow": 1, "yesterday": -1}


def run_dates(today: date) -> dict[str, str]:
    """The built-in dates of a run on that day, as a date field takes them (2025-03-12),
    and its year ("the footer shows the current year")."""
    dates = {name: (today + timedelta(days=days)).isoformat() for name, days in RUN_DATES.items()}
    return dates | {"year": str(today.year)}


def names_used(steps: Iterable[Step]) -> set[str]:
    """Return every variable name the steps use, in values, passwords and targets."""
    names: set[str] = set()
    for step in steps:
        names |= names_in(step.value) | names_in(step.password)
        if step.target is not None:
            names |= names_in(step.target.text) | names_in(step.target.within)
    return names


def ask_for(name: str, where: str, verb: str = "uses") -> str:
    """Say what to do about a name used without a value: 'the goal uses {{x}}: add it …'."""
    kind = "a secret" if is_secret_name(name) else "a variable"
    return f"{where} {verb} {placeholder(name)}: add it as {kind}"
