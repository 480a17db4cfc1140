"""Todos: a list app built entirely in the page by script (TodoMVC-like), one page per variant.

Served at `/todo/{variant}/`; `{variant}` is `ok`, `slow`, `renamed` or `broken`. Title "Todos",
heading h1 "Todos". The list starts empty every time the page loads; its state lives in the page
only (no server calls, nothing kept across reloads).

The page, as a person sees it (the `ok` variant):
- An unlabelled `<input>` with placeholder "What needs to be done?" (no form, no button): Enter
  adds its trimmed text as a new item at the end of the list and empties the input; blank text
  adds nothing.
- The list `<ul aria-label="Todo list">`: each item is an `<li>` holding a checkbox (aria-label
  "Toggle"), a `<label>` with the item's text, and a `<button>` with aria-label "Delete" and text
  "×". The delete button is `visibility:hidden` until the item is hovered (or focused within).
  Ticking the checkbox marks the item completed: the `<li>` gets class `completed`, its text is
  struck through; unticking undoes it. Delete removes the item.
- A footer (only while the list has items): "N items left" counting the not-completed items
  ("1 item left", "0 items left"), filter links "All", "Active", "Completed" (hash routes
  `#/`, `#/active`, `#/completed`; the current one has `aria-current="page"`; a filter shows only
  the matching items), and a `<button>` "Clear completed" shown only while some item is
  completed; it deletes every completed item.

Variants:
- `ok`: as above.
- `slow`: an added item appears 1.5 s after Enter (the input empties at once, and
  `<p role="status">` says "Saving…" meanwhile).
- `renamed`: the input's placeholder is "Add a task…" and it sits in a `<form>` with a visible
  `<button>` "Add" that adds too (so does Enter); the delete button's aria-label is "Remove"
  (its text is still "×"). Everything else is as in `ok`.
- `broken`: ticking an item does nothing: the checkbox springs back unticked, the item is not
  struck through nor marked completed, the counter does not change, "Completed" shows nothing and
  "Clear completed" never appears. Adding and deleting work.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.sites.common import SLOW_SECONDS, condition_of, render

PREFIX = "/todo"


def settings_for(variant: str) -> dict[str, object]:
    """Return what the page's script needs to know about its variant."""
    renamed = variant == "renamed"
    return {
        "placeholder": "Add a task…" if renamed else "What needs to be done?",
        "addButton": renamed,
        "deleteLabel": "Remove" if renamed else "Delete",
        "addDelayMs": int(SLOW_SECONDS * 1000) if variant == "slow" else 0,
        "tickWorks": variant != "broken",
    }


async def page(request: Request) -> Response:
    variant = condition_of(request)
    return render(request, "todo/page.html", settings=settings_for(variant))


def create_app() -> Starlette:
    """Build the todo site, to mount at PREFIX."""
    return Starlette(routes=[Route("/{variant}/", page)])
