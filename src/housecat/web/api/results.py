"""What runs left, for charts and history: results, timing, uptime, incidents,
the dashboard, and the live event stream (SSE)."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from redis.exceptions import RedisError
from sse_starlette import EventSourceResponse, ServerSentEvent

from housecat.locations.names import NAME_PATTERN
from housecat.runs.history import (
    Dashboard,
    IncidentsPage,
    ResultsPage,
    RunHistory,
    TimingSeries,
    Uptime,
)
from housecat.runs.live import STREAM_ID_PATTERN, Entry, follow, resume_point
from housecat.web.openapi import TOKEN_REQUIRED
from housecat.web.state import app_state

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["results"], dependencies=TOKEN_REQUIRED)
# Far beyond any history kept (HOUSECAT_RESULTS_MAX), and far below what Redis can index.
MAX_OFFSET = 1_000_000


def history(request: Request) -> RunHistory:
    return app_state(request).history


History = Annotated[RunHistory, Depends(history)]
# Probes in several locations: only the runs from one of them.
Location = Annotated[
    str | None,
    Query(pattern=f"^{NAME_PATTERN}$", description="Only runs from this location"),
]


@router.get("/tests/{test_id}/results")
async def results(
    test_id: str,
    history: History,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    location: Location = None,
) -> ResultsPage:
    """Runs of the test, newest first, a page at a time."""
    return await history.results(test_id, limit=limit, offset=offset, location=location)


@router.get("/tests/{test_id}/timing")
async def timing(
    test_id: str, history: History, limit: Annotated[int, Query(ge=1, le=200)] = 50
) -> TimingSeries:
    """The latest run durations, newest first."""
    return await history.timing(test_id, limit=limit)


@router.get("/tests/{test_id}/uptime")
async def uptime(
    test_id: str,
    history: History,
    hours: Annotated[int, Query(ge=1, le=720)] = 24,
    location: Location = None,
) -> Uptime:
    """Share of passed runs among the runs of the last `hours` (cancelled runs excluded)."""
    return await history.uptime(test_id, hours=hours, location=location)


@router.get("/tests/{test_id}/incidents")
async def incidents(
    test_id: str, history: History, limit: Annotated[int, Query(ge=1, le=50)] = 10
) -> IncidentsPage:
    """The latest failures, newest first."""
    return await history.incidents(test_id, limit=limit)


@router.get("/dashboard")
async def dashboard(history: History) -> Dashboard:
    """Tests counted by state, and the five most recent runs."""
    return await history.dashboard()


@router.get("/tests/{test_id}/live", response_class=EventSourceResponse)
async def live(
    test_id: str,
    request: Request,
    last_event_id: Annotated[
        str,
        Header(
            description="Resume after this event (a stream id)",
            json_schema_extra={"pattern": STREAM_ID_PATTERN},
        ),
    ] = "",
) -> EventSourceResponse:
    """Server-sent events: the last 50 events, then each new one as it is written.

    Each event's `id` is its stream id, so a reconnecting browser resumes where it
    stopped (`Last-Event-ID`). A comment every 15 s keeps proxies from closing the
    stream; it ends after 5 minutes without events.
    """
    state = app_state(request)
    after = resume_point(last_event_id)
    await state.suites.get(test_id)  # an unknown test is a 404 before the stream opens
    entries = follow(
        state.redis, test_id, after=after, idle_timeout_s=state.settings.live_idle_timeout_s
    )
    return EventSourceResponse(as_events(entries), ping=state.settings.live_keepalive_s, sep="\n")


async def as_events(entries: AsyncIterator[Entry]) -> AsyncIterator[ServerSentEvent]:
    """Frame each entry as an SSE event; end the stream cleanly if Redis goes away."""
    try:
        async for stream_id, fields in entries:
            yield ServerSentEvent(id=stream_id, data=json.dumps(fields))
    except RedisError as error:
        # The browser reconnects with Last-Event-ID and misses nothing.
        log.warning("live stream ended: %s", error)
