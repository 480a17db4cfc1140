"""A locator written as Playwright code: readable by people, replayable by HouseCat.

`get_by_role("button", name="Sign in", exact=True).nth(1)` is what a run records for a
step; a later run parses it back (only Playwright's locator methods, only literal
arguments) and uses it directly, without searching the page again.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

from playwright.async_api import Locator, Page

ALLOWED = frozenset(
    {
        "get_by_role", "get_by_label", "get_by_placeholder", "get_by_text", "get_by_title",
        "get_by_alt_text", "get_by_test_id", "locator", "filter", "nth",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Call:
    """One locator method call with literal arguments."""

    method: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)

    def code(self) -> str:
        parts = [_literal(arg) for arg in self.args]
        parts += [f"{key}={_literal(value)}" for key, value in self.kwargs.items()]
        return f"{self.method}({', '.join(parts)})"


def _literal(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)


@dataclass(frozen=True)
class Chain:
    """A sequence of locator calls, starting from the page."""

    calls: tuple[Call, ...]

    def then(self, *calls: Call) -> Chain:
        return Chain(self.calls + calls)

    def code(self) -> str:
        return ".".join(call.code() for call in self.calls)

    def on(self, page: Page | Locator) -> Locator:
        """Build the Playwright locator this chain describes."""
        target: Any = page
        for call in self.calls:
            target = getattr(target, call.method)(*call.args, **call.kwargs)
        if not isinstance(target, Locator):
            raise ValueError("a locator chain must make a locator")
        return target


def parse_chain(code: str) -> Chain:
    """Parse recorded Playwright code back into a chain; raise ValueError if it is not one."""
    try:
        node = ast.parse(code.strip(), mode="eval").body
    except SyntaxError:
        raise ValueError(f"not a locator: {code!r}") from None
    calls: list[Call] = []
    current: ast.expr | None = node
    while isinstance(current, ast.Call):
        node = current
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in ALLOWED:
            raise ValueError(f"not a locator method: {name!r}")
        try:
            args = tuple(ast.literal_eval(arg) for arg in node.args)
            kwargs = {kw.arg: ast.literal_eval(kw.value) for kw in node.keywords if kw.arg}
        except ValueError:
            raise ValueError(f"locator arguments must be literals: {code!r}") from None
        calls.append(Call(name, args, kwargs))
        current = func.value if isinstance(func, ast.Attribute) else None
    if current is not None or not calls:
        raise ValueError(f"not a locator: {code!r}")
    return Chain(tuple(reversed(calls)))
