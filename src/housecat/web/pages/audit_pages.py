"""`/audit`: every recorded change, filtered; and a test page's "Activity" fragment."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from housecat.audit.store import AuditLog, Filters
from housecat.errors import NotFound
from housecat.suites.store import test_in_view
from housecat.trash.keep import KINDS
from housecat.web.pages.routing import page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state

router = page_router()
PAGE_SIZE = 50
ACTIVITY_SIZE = 20
ACTIONS = ("create", "update", "delete", "restore", "purge", "pause", "resume", "run")
OTHER_KINDS = ("template", "maintenance_window", "status_page")
CURSOR_SHAPE = "0123456789-"


@router.get("/audit")
async def audit_page(request: Request) -> Response:
    """Show the audit trail, newest first, filtered by kind, id, actor and action."""
    query = {
        name: request.query_params.get(name, "").strip()
        for name in ("kind", "entity_id", "actor", "action")
    }
    cursor = request.query_params.get("cursor", "")
    if not cursor or any(char not in CURSOR_SHAPE for char in cursor) or len(cursor) > 24:
        cursor = ""
    wanted = {name: value or None for name, value in query.items()}
    filters = Filters(wanted["kind"], wanted["entity_id"], wanted["actor"], wanted["action"])
    page = await AuditLog(app_state(request).redis).page(
        filters, cursor=cursor or None, limit=PAGE_SIZE
    )
    context = {
        "entries": page.entries,
        "next_cursor": page.next_cursor,
        "query": query,
        "filtered": any(query.values()),
        "kinds": (*KINDS, *OTHER_KINDS),
        "actions": ACTIONS,
    }
    return templates.TemplateResponse(request, "audit.html", context)


@router.get("/tests/{test_id}/activity")
async def test_activity(test_id: str, request: Request) -> Response:
    """Answer the test page's "Activity" section: its latest recorded changes."""
    redis = app_state(request).redis
    if not await test_in_view(redis, test_id):
        raise NotFound(f"test '{test_id}' not found")
    page = await AuditLog(redis).page(
        Filters(kind="test", entity_id=test_id), cursor=None, limit=ACTIVITY_SIZE
    )
    context = {"entries": page.entries, "more": page.next_cursor is not None, "test_id": test_id}
    return templates.TemplateResponse(request, "activity.html", context)
