"""The name/value rows of the test dialog: variables, and secrets that are never shown back."""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import Request

from housecat.plan.variables import MASK

Rows = tuple[tuple[str, str], ...]
KINDS = {"variables": ("var_name", "var_value"), "secrets": ("secret_name", "secret_value")}


async def read_rows(request: Request) -> dict[str, Rows]:
    """Read the rows of each kind, in the order the form lists them."""
    fields = parse_qs((await request.body()).decode(errors="replace"), keep_blank_values=True)
    rows: dict[str, Rows] = {}
    for kind, (names, values) in KINDS.items():
        pairs = zip(fields.get(names, []), fields.get(values, []), strict=False)
        rows[kind] = tuple((name.strip(), value) for name, value in pairs)
    return rows


def row_problem(rows: Rows) -> str | None:
    """Say what is wrong with the rows as typed: a value with no name, a name twice."""
    seen: set[str] = set()
    for name, value in rows:
        if not name and value:
            return "a value has no name: name it or remove its row"
        if name in seen:
            return f"'{name}' is given twice"
        seen.add(name)
    return None


def named(rows: Rows) -> dict[str, str]:
    """The rows that have a name, as the API takes them."""
    return {name: value for name, value in rows if name}


def shown_secrets(rows: Rows) -> Rows:
    """The secret rows as a page may show them: a kept value as the mask, a typed one not at all."""
    return tuple((name, MASK if value == MASK else "") for name, value in rows)
