"""The audit trail: `/api/v1/audit` and each test's `/api/v1/tests/{id}/audit`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from housecat.audit.export import as_csv, as_jsonl
from housecat.audit.models import AuditPage
from housecat.audit.store import AuditLog, Filters
from housecat.errors import InvalidInput, NotFound
from housecat.suites.store import test_in_view
from housecat.trash.store import TrashStore
from housecat.web.openapi import TOKEN_REQUIRED
from housecat.web.state import app_state

router = APIRouter(prefix="/api/v1", tags=["audit"], dependencies=TOKEN_REQUIRED)

Format = Literal["json", "jsonl", "csv"]
EXPORTS: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "A page of the trail, newest first (JSON; CSV or JSON lines by `format`)",
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "application/x-ndjson": {"schema": {"type": "string"}},
        },
    }
}
Cursor = Annotated[
    str | None,
    Query(pattern=r"^[0-9]{1,15}-[0-9]{1,6}$", description="`next_cursor` of the page before"),
]
Limit = Annotated[int, Query(ge=1, le=1000, description="Entries per page")]
# RFC 3339, as the trail writes times: '2026-02-14T10:00:00Z', '…:00.123+02:00'.
MOMENT = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?(Z|[+-]\d\d:\d\d)$"
Since = Annotated[
    str | None, Query(pattern=MOMENT, description="Only changes at or after (ISO-8601, with zone)")
]
Until = Annotated[
    str | None, Query(pattern=MOMENT, description="Only changes at or before (ISO-8601, with zone)")
]


@router.get("/audit", response_model=AuditPage, responses=EXPORTS)
async def audit_trail(
    request: Request,
    kind: str | None = None,
    entity_id: str | None = None,
    actor: str | None = None,
    action: str | None = None,
    since: Since = None,
    until: Until = None,
    cursor: Cursor = None,
    limit: Limit = 100,
    format: Format = "json",
) -> AuditPage | Response:
    """Read the trail of every change, newest first; filter it, page it, export it."""
    filters = Filters(kind, entity_id, actor, action, _ms("since", since), _ms("until", until))
    page = await AuditLog(app_state(request).redis).page(filters, cursor=cursor, limit=limit)
    return _formatted(page, format)


@router.get("/tests/{test_id}/audit", response_model=AuditPage, responses=EXPORTS)
async def test_audit_trail(
    test_id: str,
    request: Request,
    cursor: Cursor = None,
    limit: Limit = 100,
    format: Format = "json",
) -> AuditPage | Response:
    """Read one test's trail (also while it is in the trash), newest first."""
    redis = app_state(request).redis
    in_trash = await TrashStore(redis).get("test", test_id) is not None
    if not in_trash and not await test_in_view(redis, test_id):
        raise NotFound(f"test '{test_id}' not found")
    filters = Filters(kind="test", entity_id=test_id)
    page = await AuditLog(redis).page(filters, cursor=cursor, limit=limit)
    return _formatted(page, format)


def _formatted(page: AuditPage, format: Format) -> AuditPage | Response:
    headers = {"X-Next-Cursor": page.next_cursor} if page.next_cursor else {}
    if format == "csv":
        return Response(as_csv(page.entries), media_type="text/csv", headers=headers)
    if format == "jsonl":
        return Response(as_jsonl(page.entries), media_type="application/x-ndjson", headers=headers)
    return page


def _ms(name: str, text: str | None) -> int | None:
    """A moment as a stream id's time part (ms)."""
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput.of({name: "not a date and time (2026-02-14T10:00:00Z)"}) from None
    return max(0, int(moment.timestamp() * 1000))
