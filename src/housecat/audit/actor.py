"""Who is acting: set once where a change comes in (a request, the CLI, the scheduler).

The services that record changes read it here, so no route has to pass it along. A web
request's actor is named lazily: its caller is known only once the route's credentials
have been checked, which happens after the request came in.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar

SYSTEM = "system"  # nobody in particular: a change made by HouseCat itself

_acting: ContextVar[str | Callable[[], str]] = ContextVar("housecat_actor", default=SYSTEM)


@contextlib.contextmanager
def acting_as(actor: str | Callable[[], str]) -> Iterator[None]:
    """Record the changes made inside the block as made by `actor` (a name, or how to find it)."""
    token = _acting.set(actor)
    try:
        yield
    finally:
        _acting.reset(token)


def act_as(actor: str) -> None:
    """Record every later change of this context (a CLI command) as made by `actor`."""
    _acting.set(actor)


def current_actor() -> str:
    """Name who is making the change at hand."""
    actor = _acting.get()
    return actor if isinstance(actor, str) else actor()
