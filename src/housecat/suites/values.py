"""The values a run puts in place of `{{name}}`: a test's variables and secrets, layered.

One place decides which values a run of a test gets, so that a later source of values
(an environment: staging, production) only adds a layer here: the test's own win.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from housecat.errors import InvalidInput
from housecat.plan.variables import MASK
from housecat.suites.models import TestSuiteResponse


@dataclass(frozen=True)
class Values:
    """Values by name: variables (shown) and secrets (typed, never shown)."""

    variables: dict[str, str] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)

    @property
    def names(self) -> set[str]:
        return set(self.variables) | set(self.secrets)


def values_for(test: TestSuiteResponse, environment: Values | None = None) -> Values:
    """Layer the test's variables and secrets over an environment's: the test's win."""
    return layered(environment or Values(), Values(test.variables, test.secret_values()))


def layered(below: Values, mine: Values) -> Values:
    """Put `mine` over `below`, name by name: a name in `mine` wins, whichever its kind."""
    # A name is a variable or a secret, never both: the test decides which.
    variables = {k: v for k, v in below.variables.items() if k not in mine.secrets}
    secrets = {k: v for k, v in below.secrets.items() if k not in mine.variables}
    return Values({**variables, **mine.variables}, {**secrets, **mine.secrets})


def resolved_secrets(sent: dict[str, str], stored: dict[str, str]) -> dict[str, str]:
    """Replace the set of secrets by the one sent, where '••••••••' keeps a stored value."""
    resolved: dict[str, str] = {}
    for name, value in sent.items():
        if value != MASK:
            resolved[name] = value
        elif name in stored:
            resolved[name] = stored[name]
        else:
            message = f"'{name}' has no stored value to keep: send its value"
            raise InvalidInput.of({"secrets": message})
    return resolved


def check_kinds(values: Values) -> None:
    """Refuse a name that is both a variable and a secret."""
    both = sorted(set(values.variables) & set(values.secrets))
    if both:
        message = f"'{both[0]}' is both a variable and a secret: keep one"
        raise InvalidInput.of({"secrets": message})
