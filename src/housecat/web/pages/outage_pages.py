"""The outages on a test's page: a timeline of them, and acknowledging the open one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from housecat.errors import InvalidInput, field_errors
from housecat.outages.models import Acknowledge, Outage
from housecat.outages.service import OutageService
from housecat.services import Services
from housecat.web.pages.forms import read_form
from housecat.web.pages.routing import is_htmx, page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state

router = page_router()
SHOWN = 20  # outages on the page, newest first
# Who acknowledged from the page when they gave no name: the UI has no user accounts.
PAGE_USER = "web"


@dataclass(frozen=True)
class OutageRow:
    """An outage as the page shows it."""

    outage: Outage
    lasted: str


async def outages_context(state: Services, test_id: str) -> dict[str, Any]:
    """Read the newest outages of the test for its page."""
    listing = await OutageService(state.redis).list(test_id)
    rows = [OutageRow(o, lasted(o.duration_s)) for o in listing.outages[:SHOWN]]
    return {"test_id": test_id, "outages": rows, "outages_total": listing.total}


@router.post("/tests/{test_id}/outages/{outage_id}/acknowledge")
async def acknowledge(test_id: str, outage_id: str, request: Request) -> Response:
    """Acknowledge an open outage from the test's page, then show the outages anew."""
    form = await read_form(request)
    try:
        body = Acknowledge.model_validate(
            {"by": form.get("by", "").strip() or None, "note": form.get("note", "")}
        )
    except ValidationError as exc:
        raise InvalidInput.of(field_errors(exc.errors())) from None
    state = app_state(request)
    await OutageService(state.redis).acknowledge(test_id, outage_id, body, by=PAGE_USER)
    if not is_htmx(request):
        return RedirectResponse(f"/tests/{test_id}#outages", status_code=303)
    context = await outages_context(state, test_id)
    return templates.TemplateResponse(request, "detail_outages.html", context)


def lasted(seconds: float) -> str:
    """Say how long something lasted: '45 s', '12 min', '3 h 5 min', '2 days 4 h'."""
    whole = int(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes = whole // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    spoken = "1 day" if days == 1 else f"{days} days"
    return f"{spoken} {hours} h" if hours else spoken
