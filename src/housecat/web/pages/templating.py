"""The pages' templates, and the filters they share: times, schedules and status badges."""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from housecat.runs.spend import Spend, money
from housecat.schedule.cron import parse_cron

TEMPLATES_DIR = Path(__file__).parent.parent / "templates" / "pages"
BADGE_LABELS = {
    "passed": "Passed",
    "failed": "Failed",
    "error": "Error",
    "pending": "Pending",
    "active": "Active",
    "paused": "Paused",
    "queued": "Queued",
    "running": "Running",
    "stopped": "Stopped",
}


def ago(value: str | None, now: datetime | None = None) -> str:
    """Say how long ago an ISO timestamp was: 'just now', '3 min ago', 'never'."""
    if not value:
        return "never"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    seconds = ((now or datetime.now(UTC)) - moment).total_seconds()
    if seconds < 60:
        return "just now"
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min ago"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} h ago"
    days = hours // 24
    return "1 day ago" if days == 1 else f"{days} days ago"


@functools.lru_cache(maxsize=1024)  # describing a cron takes ~1 ms; tests share a few
def schedule_words(expression: str | None) -> str:
    """Say a cron expression in words ('Every 15 minutes'); show it as is if unreadable."""
    if not expression:
        return "Not scheduled"
    try:
        return parse_cron(expression).describe()
    except ValueError:
        return expression


# After a single slash (not the two of "https://"), and before a query or fragment.
URL_BREAKS = re.compile(r"(?<=[^/]/)(?=[^/])|(?=[?&#])")


def url_breaks(url: str) -> Markup:
    """Escape a URL, letting it wrap only between its parts (after a '/', before '?' or '&')."""
    return Markup("<wbr>").join(escape(part) for part in URL_BREAKS.split(url))


def badge(value: str | None) -> Markup:
    """Render a status or result as a coloured badge that also says it in words."""
    state = value or "pending"
    label = BADGE_LABELS.get(state, state.capitalize())
    css = state if state in BADGE_LABELS else "unknown"
    return Markup('<span class="badge badge-{}">{}</span>').format(css, escape(label))


def cost(value: Spend | float | None) -> str:
    """Say what model use cost: a span's sum, or one use's; 'unpriced' when unknown, never $0."""
    if isinstance(value, Spend):
        return money(value)
    return "unpriced" if value is None else f"${value:.4f}"


def shared_context(request: Request) -> dict[str, Any]:
    """Give every page what the layout needs: whether there is a session, and its CSRF token."""
    caller = getattr(request.state, "caller", None)
    return {
        "token_required": getattr(caller, "session_id", None) is not None,
        "signed_in_as": getattr(caller, "username", None),
        "csrf_token": getattr(request.state, "csrf_token", None),
        # The header's project switcher shows only to someone in more than one project.
        "projects": getattr(request.state, "projects", None) or {},
        "current_project": getattr(caller, "project", None),
    }


templates = Jinja2Templates(directory=TEMPLATES_DIR, context_processors=[shared_context])
# Block tags leave no blank lines behind: fragments start with their first element.
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True
templates.env.filters["ago"] = ago
templates.env.filters["schedule_words"] = schedule_words
templates.env.filters["badge"] = badge
templates.env.filters["url_breaks"] = url_breaks
templates.env.filters["cost"] = cost
