"""`/run-test`: try a journey once, watch its steps live, then save it as a test."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

from fastapi import Depends, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sse_starlette import EventSourceResponse, ServerSentEvent

from housecat.browser.execute import Emit
from housecat.clock import now_iso
from housecat.errors import HouseCatError, InvalidInput, field_errors
from housecat.runs.models import RunTestRequest
from housecat.services import Services
from housecat.web.auth import refuse_other_origins
from housecat.web.pages.forms import new_form_key, read_form
from housecat.web.pages.reading import PANELS, reading_context
from housecat.web.pages.routing import is_htmx, page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state

log = logging.getLogger(__name__)
router = page_router()
Event = dict[str, Any]
REQUIRED = {"url": "Enter the page to start from.", "goal": "Say what a visitor does."}


@router.get("/run-test")
async def run_test_page(request: Request) -> Response:
    """Show the form: a URL and a goal."""
    return run_test_response(request, {"url": "", "goal": ""})


@router.post("/run-test/runs")
async def start_run(request: Request) -> Response:
    """Check the URL and goal (nothing runs if either is wrong), then start watching a run."""
    fields = await read_form(request)
    form = {"url": fields.get("url", ""), "goal": fields.get("goal", "")}
    try:
        body = validated(form)
    except InvalidInput as exc:
        return run_test_response(request, form, errors=exc.fields, status_code=422)
    return run_test_response(request, form, stream=stream_url(body))


# A read that runs a browser: no page of another origin may start one (e.g. from an <img>).
@router.get("/run-test/stream", dependencies=[Depends(refuse_other_origins)])
async def stream_run(request: Request) -> EventSourceResponse:
    """Run the journey, streaming each event as it happens and the verdict last."""
    query = request.query_params
    body = validated({"url": query.get("url", ""), "goal": query.get("goal", "")})
    state = app_state(request)
    events = run_events(state, body)
    return EventSourceResponse(events, ping=state.settings.live_keepalive_s, sep="\n")


def validated(form: dict[str, str]) -> RunTestRequest:
    """Build the run request, or raise InvalidInput naming each field at fault."""
    missing = {name: message for name, message in REQUIRED.items() if not form[name].strip()}
    try:
        body = RunTestRequest.model_validate(form)
    except ValidationError as exc:
        # An empty field's own message says more than pydantic's "too short".
        raise InvalidInput.of(field_errors(exc.errors()) | missing) from None
    return body


def stream_url(body: RunTestRequest) -> str:
    return "/run-test/stream?" + urlencode({"url": body.url, "goal": body.goal})


def run_test_response(
    request: Request,
    form: dict[str, str],
    *,
    errors: dict[str, str] | None = None,
    stream: str | None = None,
    status_code: int = 200,
) -> Response:
    """Answer the form (and the run panel) for htmx, or the whole page."""
    context = {"form": form, "errors": errors or {}, "stream": stream}
    context |= reading_context(form["goal"], panel=PANELS["run"])
    if stream:
        # One key per run shown: however often "Save as test" is used, one test is made.
        context["save_query"] = {**form, "form_key": new_form_key()}
    page = "run_test_body.html" if is_htmx(request) else "run_test.html"
    return templates.TemplateResponse(request, page, context, status_code=status_code)


async def run_events(state: Services, body: RunTestRequest) -> AsyncIterator[ServerSentEvent]:
    """Run the journey in a task and yield its events; stop the run if the watcher leaves."""
    queue: asyncio.Queue[Event | None] = asyncio.Queue()

    async def emit(event_type: str, message: str, **fields: Any) -> None:
        await queue.put({"type": event_type, "message": message, "timestamp": now_iso(), **fields})

    task = asyncio.create_task(run_to_verdict(state, body, emit, queue))
    try:
        while (event := await queue.get()) is not None:
            yield ServerSentEvent(data=json.dumps(event))
    finally:
        # The browser went away (or the run ended): nobody is left to watch it.
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def run_to_verdict(
    state: Services, body: RunTestRequest, emit: Emit, queue: asyncio.Queue[Event | None]
) -> None:
    """Run the journey, then put the verdict (or why there is none) and the end on `queue`."""
    try:
        outcome = await state.run_once(body.url, body.goal, emit)
        result = outcome.result
        await queue.put(
            {
                "type": "verdict",
                "message": result.details,
                "timestamp": now_iso(),
                "run_id": outcome.record.run_id,
                "passed": result.passed,
                "steps_passed": result.steps_passed,
                "steps_total": result.steps_total,
                "error": result.error,
            }
        )
    except HouseCatError as exc:
        await emit("error", exc.message)
    except Exception:
        log.exception("an ad hoc run of %s crashed", body.url)
        await emit("error", "Something went wrong; the server log has details.")
    finally:
        await queue.put(None)
