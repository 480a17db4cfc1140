"""`/status/{slug}`: a public status page, no sign-in, no script, cacheable for 30 s."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from housecat.status_pages.service import StatusPageService
from housecat.status_pages.view import status_view
from housecat.web.pages.routing import page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state

router = page_router(public=True)
CACHE_CONTROL = "public, max-age=30"


def lasted(span: timedelta) -> str:
    """Say how long something lasted: '3 min', '2 h 5 min', '1 d 4 h'."""
    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 1)} min" if span.total_seconds() >= 60 else "under a minute"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if hours else f"{days} d"


templates.env.filters["lasted"] = lasted


@router.get("/status/{slug}")
async def status_page(slug: str, request: Request) -> Response:
    """Show the page's checks, their 90 days of uptime, outages and maintenance."""
    redis = app_state(request).redis
    page = await StatusPageService(redis).by_slug(slug)
    if page is None:
        context = {"slug": slug}
        return templates.TemplateResponse(request, "status_missing.html", context, 404)
    # Read as of the minute, so that the page (and its ETag) stays the same within one
    # while nothing changes: durations and the "as of" line speak in minutes anyway.
    view = await status_view(redis, page, datetime.now(UTC).replace(second=0, microsecond=0))
    html = templates.get_template("status_public.html").render({"request": request, "view": view})
    etag = '"' + hashlib.sha256(html.encode()).hexdigest()[:32] + '"'
    headers = {"Cache-Control": CACHE_CONTROL, "ETag": etag}
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    return HTMLResponse(html, headers=headers)
