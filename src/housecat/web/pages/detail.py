"""`/tests/{test_id}`: one test's page — its runs, uptime, response times and incidents."""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from housecat.environments.resolve import resolve_url
from housecat.errors import NotFound
from housecat.runs.artifacts import artifacts_of
from housecat.runs.budget import stopped_warning
from housecat.runs.history import Uptime
from housecat.runs.tinyfish_run import setup_warnings
from housecat.services import Services
from housecat.suites.models import Status, TestSuiteResponse, UpdateTestSuite
from housecat.web.pages import steps
from housecat.web.pages.environment_choices import environment_of
from housecat.web.pages.forms import read_form
from housecat.web.pages.live import run_to_watch
from housecat.web.pages.outage_pages import outages_context
from housecat.web.pages.routing import is_htmx, page_router
from housecat.web.pages.templating import templates
from housecat.web.pages.timing_chart import timing_chart
from housecat.web.state import app_state

router = page_router()
PAGE_SIZE = 20
CHART_RUNS = 50
WINDOWS = (("24 hours", 24), ("7 days", 7 * 24), ("30 days", 30 * 24))
STATUSES: dict[str, Status] = {"pause": "paused", "resume": "active"}


@dataclass(frozen=True)
class Pages:
    """Where a page of results sits among all of them."""

    number: int
    count: int
    total: int

    @property
    def previous(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.number + 1 if self.number < self.count else None


async def _summary(request: Request, test: TestSuiteResponse) -> dict[str, Any]:
    """What the test's heading shows: the test, its model use, what it needs to run."""
    state = app_state(request)
    ready = state.settings.tinyfish_api_key is not None
    warnings = setup_warnings(test, tinyfish_ready=ready)
    spend = await state.spend.of_test(test.id)
    if spend.stopped_today:
        warnings.append(stopped_warning(spend.stopped_today))
    environment = await environment_of(request, test.environment_id)
    try:
        opens = resolve_url(test.url, environment)
    except ValueError:
        opens = None  # a path whose environment was deleted: it opens nowhere now
    return {
        "test": test,
        "setup_warnings": warnings,
        "spend": spend,
        "environment": environment,
        "opens": opens,
    }


@router.get("/tests/{test_id}")
async def test_detail(test_id: str, request: Request) -> Response:
    """Show the test, a run happening now, and what its runs left."""
    state = app_state(request)
    test = await state.suites.get(test_id)
    live = await run_to_watch(state, test_id, request.query_params.get("run"))
    history = await history_context(state, test_id, page_number(request))
    editor = await steps.page_context(state, test_id)
    context = {"live": live, **await _summary(request, test), **history, **editor}
    return templates.TemplateResponse(request, "detail.html", context)


@router.get("/tests/{test_id}/summary")
async def test_summary(test_id: str, request: Request) -> Response:
    """Show the test's heading, status and buttons as they now are."""
    if not is_htmx(request):
        return RedirectResponse(f"/tests/{test_id}", status_code=303)
    state = app_state(request)
    test = await state.suites.get(test_id)
    return templates.TemplateResponse(request, "detail_summary.html", await _summary(request, test))


@router.post("/tests/{test_id}/status")
async def change_status(test_id: str, request: Request) -> Response:
    """Pause or resume the test from its page, then show its heading anew."""
    action = (await read_form(request)).get("action", "")
    if action not in STATUSES:
        raise NotFound(f"there is no “{action}” for a test; pause or resume it")
    update = UpdateTestSuite(status=STATUSES[action])
    state = app_state(request)
    test = await state.suites.update(test_id, update)
    if not is_htmx(request):
        return RedirectResponse(f"/tests/{test_id}", status_code=303)
    return templates.TemplateResponse(request, "detail_summary.html", await _summary(request, test))


@router.get("/tests/{test_id}/history")
async def test_history(test_id: str, request: Request) -> Response:
    """Show the uptime, chart, runs and incidents as they now are (after a run ends)."""
    if not is_htmx(request):
        return RedirectResponse(f"/tests/{test_id}", status_code=303)
    state = app_state(request)
    test = await state.suites.get(test_id)
    context = {"test": test, **await history_context(state, test_id, page_number(request))}
    return templates.TemplateResponse(request, "detail_history.html", context)


@router.get("/tests/{test_id}/results")
async def test_results(test_id: str, request: Request) -> Response:
    """Show one page of the test's runs."""
    page = page_number(request)
    if not is_htmx(request):
        return RedirectResponse(f"/tests/{test_id}?page={page}#runs", status_code=303)
    context = await results_context(app_state(request), test_id, page)
    return templates.TemplateResponse(request, "detail_results.html", context)


@router.get("/tests/{test_id}/runs/{run_id}")
async def run_steps(test_id: str, run_id: str, request: Request) -> Response:
    """Show each step of one run: what it did, the locator it used, how it ended."""
    state = app_state(request)
    test = await state.suites.get(test_id)
    detail = await state.results.run_detail(run_id)
    if detail is not None and detail.record.test_id != test_id:
        raise NotFound(f"run '{run_id}' is not a run of “{test.name}”")
    artifacts = None
    if detail is not None:
        artifacts = await artifacts_of(state.results, detail, state.settings.artifacts_dir)
    context = {"test": test, "run_id": run_id, "detail": detail, "artifacts": artifacts}
    page = "run_steps.html" if is_htmx(request) else "run_page.html"
    return templates.TemplateResponse(request, page, context)


async def history_context(state: Services, test_id: str, page: int) -> dict[str, Any]:
    """Read everything the history part of the page shows, concurrently."""
    history = state.history
    results, recent, incidents, outages = await asyncio.gather(
        results_context(state, test_id, page),
        history.results(test_id, limit=CHART_RUNS),
        history.incidents(test_id),
        outages_context(state, test_id),
    )
    uptimes = await asyncio.gather(*(history.uptime(test_id, hours=h) for _, h in WINDOWS))
    return {
        **results,
        "uptimes": uptime_figures(uptimes),
        "chart": timing_chart(recent.results),
        "incidents": incidents,
        **outages,
    }


async def results_context(state: Services, test_id: str, page: int) -> dict[str, Any]:
    """Read one page of runs, newest first; a page past the end shows the last one."""
    offset = (page - 1) * PAGE_SIZE
    listing = await state.history.results(test_id, limit=PAGE_SIZE, offset=offset)
    count = max(1, math.ceil(listing.total / PAGE_SIZE))
    if page > count:
        return await results_context(state, test_id, count)
    return {"test_id": test_id, "runs": listing.results, "pages": Pages(page, count, listing.total)}


def uptime_figures(uptimes: list[Uptime]) -> list[tuple[str, Uptime]]:
    return [(label, uptime) for (label, _), uptime in zip(WINDOWS, uptimes, strict=True)]


def page_number(request: Request) -> int:
    """Read `?page=`; anything but a positive number means the first page."""
    raw = request.query_params.get("page", "1")
    return int(raw) if raw.isdigit() and len(raw) < 7 and int(raw) > 0 else 1
