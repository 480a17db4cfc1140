"""The project a change or a read is made in: set once per request, read by every store.

A web request's project is named lazily, as its actor is (see `audit.actor`): it is known
only once the route's credentials have been checked. Outside requests (the scheduler,
workers, the CLI) there is none, and every store sees every project.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar

from housecat.accounts.roles import DEFAULT_PROJECT

_project: ContextVar[str | Callable[[], str | None] | None] = ContextVar(
    "housecat_project", default=None
)


@contextlib.contextmanager
def in_project(project: str | Callable[[], str | None] | None) -> Iterator[None]:
    """Read and write inside the block in `project` (a name, how to find it, or None: all)."""
    token = _project.set(project)
    try:
        yield
    finally:
        _project.reset(token)


def current_project() -> str | None:
    """Name the project at hand; None when every project is in view."""
    project = _project.get()
    return project() if callable(project) else project


def project_for_new() -> str:
    """Name the project a record created now belongs to."""
    return current_project() or DEFAULT_PROJECT


def visible(project: str | None) -> bool:
    """Tell whether a record of `project` (none: stored before projects) is in view."""
    current = current_project()
    return current is None or (project or DEFAULT_PROJECT) == current
