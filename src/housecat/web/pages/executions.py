"""`/executions`: runs of several tests together — the list, one run's page, start and stop."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from urllib.parse import parse_qs, urlencode

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from housecat.errors import InvalidInput
from housecat.executions.models import FINISHED, MAX_TESTS, ExecutionStatus
from housecat.executions.service import AlreadyFinished
from housecat.executions.store import Filters
from housecat.runs.store import unix
from housecat.web.pages.definitions import definition_names
from housecat.web.pages.routing import go, is_htmx, page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state, executions, suites

router = page_router()
PAGE_SIZE = 50
NAMED_TESTS = 3  # an execution is named for its first few tests, then "and N more"
NONE_PICKED = "Pick the tests to run: tick them in the list, then press “Run selected”."
BAD_DATE = "Enter a date as YYYY-MM-DD."
STATUSES = [status.value for status in ExecutionStatus]
DAY_S = 24 * 60 * 60


@dataclass(frozen=True)
class ListQuery:
    """The list's filters as typed in its form, and the page asked for."""

    status: str = ""
    test_id: str = ""
    after: str = ""
    before: str = ""
    cursor: str = ""

    @classmethod
    def of(cls, request: Request) -> ListQuery:
        query = request.query_params
        return cls(**{name: query.get(name, "").strip() for name in cls.__dataclass_fields__})

    @property
    def filtered(self) -> bool:
        return any((self.status, self.test_id, self.after, self.before))

    def filters(self) -> Filters:
        """Say what the list is narrowed to; InvalidInput names each field at fault."""
        errors: dict[str, str] = {}
        if self.status and self.status not in STATUSES:
            errors["status"] = f"“{self.status}” is not a status an execution has."
        after, before = _day(self.after), _day(self.before)
        errors |= {"after": BAD_DATE} if self.after and after is None else {}
        errors |= {"before": BAD_DATE} if self.before and before is None else {}
        if after and before and before < after:
            errors["before"] = "This date is before the first one: nothing can match."
        if errors:
            raise InvalidInput.of(errors)
        return Filters(
            status=ExecutionStatus(self.status) if self.status else None,
            test_id=self.test_id or None,
            after=_start_of(after) if after else None,
            # The whole day counts, up to its last millisecond (in seconds: no date past 9999).
            before=_start_of(before) + DAY_S - 0.001 if before else None,
        )

    def url(self, cursor: str | None = None) -> str:
        """Return the list's URL with these filters (and a page's cursor)."""
        fields = {**asdict(self), "cursor": cursor or ""}
        query = urlencode({name: value for name, value in fields.items() if value})
        return "/executions" + (f"?{query}" if query else "")


@router.get("/executions")
async def executions_page(request: Request) -> Response:
    """Show the executions, newest first, a page at a time, narrowed by the filter form."""
    query = ListQuery.of(request)
    tests = sorted((await suites(request).list()).tests, key=lambda test: test.name.lower())
    context: dict[str, Any] = {"query": query, "tests": tests, "statuses": STATUSES}
    try:
        filters = query.filters()
        listing = await executions(request).list(
            filters, limit=PAGE_SIZE, cursor=query.cursor or None
        )
    except InvalidInput as exc:
        context |= {"errors": exc.fields, "executions": [], "older": None}
        return templates.TemplateResponse(request, "executions.html", context, status_code=422)
    older = query.url(listing.next_cursor) if listing.next_cursor else None
    context |= {"errors": {}, "executions": listing.executions, "older": older, "took": took}
    return templates.TemplateResponse(request, "executions.html", context)


@router.post("/executions")
async def start_execution(request: Request) -> Response:
    """Run the ticked tests one after another, in the order shown, and go watch them."""
    fields = parse_qs((await request.body()).decode(errors="replace"))
    picked = [test_id.strip() for test_id in fields.get("test_ids", []) if test_id.strip()]
    if not picked:
        raise InvalidInput(NONE_PICKED)
    if len(picked) > MAX_TESTS:
        raise InvalidInput(f"Pick at most {MAX_TESTS} tests to run together.")
    found = await suites(request).store.get_many(picked)
    name = execution_name([test.name for test in found if test is not None])
    execution = await executions(request).start(picked, name=name)
    return go(request, f"/executions/{execution.id}")


@router.get("/executions/{execution_id}")
async def execution_page(execution_id: str, request: Request) -> Response:
    """Show the execution: each test in order with its steps; it follows an unfinished one."""
    return await page_response(request, execution_id)


@router.get("/executions/{execution_id}/body")
async def execution_body(execution_id: str, request: Request) -> Response:
    """Show the execution's status and tests as they now are (polled while it runs)."""
    if not is_htmx(request):
        return RedirectResponse(f"/executions/{execution_id}", status_code=303)
    context = await execution_context(request, execution_id)
    return templates.TemplateResponse(request, "execution_body.html", context | {"polled": True})


@router.post("/executions/{execution_id}/stop")
async def stop_execution(execution_id: str, request: Request) -> Response:
    """Stop it (queued tests dropped, the running one cancelled), then show it again."""
    try:
        await executions(request).stop(execution_id)
    except AlreadyFinished as exc:
        # Finished meanwhile (or stopped from another tab): say so on its page.
        return await page_response(request, execution_id, message=exc.message, status_code=409)
    return go(request, f"/executions/{execution_id}")


async def page_response(
    request: Request, execution_id: str, *, message: str | None = None, status_code: int = 200
) -> Response:
    context = await execution_context(request, execution_id) | {"message": message}
    return templates.TemplateResponse(request, "execution.html", context, status_code=status_code)


async def execution_context(request: Request, execution_id: str) -> dict[str, Any]:
    """Read the execution, and once it has finished each test's log, screenshots and trace.

    While it runs, the page polls every 2 s: reading every log that often would cost up to
    MAX_TESTS lists of 500 entries a poll, and each swap would fold a log open for reading.
    Its finished tests' logs are a link away meanwhile, on their run pages.
    """
    artifacts_dir = app_state(request).settings.artifacts_dir
    execution, found = await executions(request).get_with_artifacts(
        execution_id, artifacts_dir, once_finished=True
    )
    names = await definition_names(request, execution)
    artifacts = {test.run_id: test.artifacts for test in found.tests} if found else {}
    return {"execution": execution, "finished": execution.status in FINISHED, "took": took} | {
        "names": names,
        "artifacts_of": artifacts,
    }


def execution_name(names: list[str]) -> str:
    """Name a run of tests for them: 'Sign in, Checkout and 2 more'."""
    shown = ", ".join(names[:NAMED_TESTS])
    more = len(names) - NAMED_TESTS
    return f"{shown} and {more} more" if more > 0 else shown


def took(started: str | None, completed: str | None) -> int | None:
    """Return how long something ran in ms, from its ISO start and end (None: not both)."""
    if not started or not completed:
        return None
    return max(0, round((unix(completed) - unix(started)) * 1000))


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def _start_of(day: date) -> float:
    return datetime.combine(day, time(), tzinfo=UTC).timestamp()
