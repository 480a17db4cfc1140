"""`{{name}}` in goals, URLs and steps: which names a text uses, and their values put in."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from housecat.errors import HouseCatError

# A name as people write one: letters, digits, "_", "-" and "." ("user.email").
NAME = r"[A-Za-z_][A-Za-z0-9_.-]{0,63}"
VARIABLE = re.compile(r"\{\{\s*(" + NAME + r")\s*\}\}")
VALID_NAME = re.compile(NAME)
MASK = "••••••••"


class MissingVariable(HouseCatError):
    """A step or URL uses a {{name}} that has no value."""

    status_code = 422


def placeholder(name: str) -> str:
    """Write a name the way goals and plans use it."""
    return "{{" + name + "}}"


def names_in(text: str | None) -> set[str]:
    """Return the variable names a text uses."""
    return set(VARIABLE.findall(text or ""))


def substitute(text: str, values: Mapping[str, str], *, keep_missing: bool = False) -> str:
    """Put each variable's value in place of its {{name}}, or raise MissingVariable.

    With keep_missing, a name without a value stays as it is written.
    """

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in values:
            return values[name]
        if keep_missing:
            return match.group(0)
        raise MissingVariable(f"no value for {placeholder(name)}: add it to the variables")

    return VARIABLE.sub(value, text)


def redact(text: str, secrets: Iterable[str]) -> str:
    """Hide every secret value that made its way into a text (an error, a page's words)."""
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text
