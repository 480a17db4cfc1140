"""`/tests`: the list of tests, and the dialogs and buttons that change them."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from housecat.accounts.roles import Role
from housecat.errors import Conflict, InvalidInput
from housecat.locations.runs import manual_location
from housecat.runs.pipeline import new_run_id
from housecat.runs.tinyfish_run import TinyFishNotSetUp
from housecat.services import Services
from housecat.suites.bulk import BulkService
from housecat.suites.models import CreateTestSuite, TestSuiteResponse, UpdateTestSuite
from housecat.web.auth import caller_of, refuse_unless_allowed
from housecat.web.pages.environment_choices import environment_choices
from housecat.web.pages.forms import (
    CUSTOM,
    EXECUTORS,
    SCHEDULES,
    TestForm,
    form_errors,
    new_form_key,
)
from housecat.web.pages.reading import PANELS, reading_context
from housecat.web.pages.routing import dialog_response, go, is_htmx, page_router
from housecat.web.pages.templating import templates
from housecat.web.pages.test_bulk import BulkForm, bulk_notice, forget, recalled, remember
from housecat.web.pages.test_list import (
    Places,
    TestFilters,
    filters_asked_from,
    filters_context,
    list_context,
)
from housecat.web.pages.value_rows import named, shown_secrets
from housecat.web.state import app_state, step_service, suites

router = page_router()
CLOSE_DIALOG = {"HX-Trigger": "housecat:close-dialog"}


@router.get("/tests")
async def tests_page(request: Request) -> Response:
    """Show a page of the tests the filters keep, in the order asked, with their schedule,
    status, last result and places; bad filters are named next to their fields."""
    filters = TestFilters.of_query(request.url.query)
    notice = recalled(request)
    try:
        context = await list_context(request, filters, notice=notice)
    except InvalidInput as exc:
        context = await filters_context(request, filters) | {
            "errors": exc.fields,
            "tests": [],
            "tags": [],
            "any_tests": True,
        }
        response = templates.TemplateResponse(request, "tests.html", context, status_code=422)
    else:
        response = templates.TemplateResponse(request, "tests.html", context)
    return forget(response) if notice else response


@router.post("/tests/bulk")
async def bulk_action(request: Request) -> Response:
    """Pause, resume, tag, untag, duplicate or delete the ticked tests (delete asks first),
    then show the same list again saying how each went."""
    form = await BulkForm.read(request)
    asked = form.request()
    if asked.action == "delete":  # a delete, as the test's own Delete is: admins only
        refuse_unless_allowed(request, caller_of(request), Role.ADMIN)
    if asked.action == "delete" and not form.confirmed:
        return await confirm_bulk_delete(request, form)
    state = app_state(request)
    service = BulkService(state.suites, step_service(state), lambda test: queue_run(state, test))
    answer = await service.apply(asked)
    notice = bulk_notice(answer, form.tag)
    if not is_htmx(request):
        return remember(RedirectResponse(form.back.here, status_code=303), notice)
    # The ticked tests that are still there stay ticked, for the next action on them.
    kept = {outcome.id for outcome in answer.results} if asked.action != "delete" else set()
    context = await list_context(request, form.back, notice=notice, picked=kept)
    headers = {"HX-Retarget": "#tests-list", "HX-Reswap": "outerHTML", **CLOSE_DIALOG}
    return templates.TemplateResponse(request, "tests_list.html", context, headers=headers)


async def confirm_bulk_delete(request: Request, form: BulkForm) -> Response:
    """Ask whether to delete the ticked tests, saying how many and which."""
    found = await suites(request).store.get_many(form.test_ids)
    names = [test.name for test in found if test is not None]
    count = len(form.test_ids)
    title = f"Delete {count} test{'' if count == 1 else 's'}"
    context = {"form": form, "count": count, "names": names, "title": title}
    response = dialog_response(request, "bulk_delete_confirm.html", context)
    if is_htmx(request):
        # Sent from the list's form, whose answers go to the notice area: this one opens the dialog.
        response.headers.update({"HX-Retarget": "#dialog-body", "HX-Reswap": "innerHTML"})
    return response


@router.get("/tests/new")
async def new_test(request: Request) -> Response:
    """Show the test form, pre-filled from the query (as "Save as test" sends it)."""
    names = ("name", "url", "goal", "form_key")
    prefill = {name: request.query_params.get(name, "") for name in names}
    prefill["form_key"] = prefill["form_key"] or new_form_key()
    return await form_response(request, TestForm.from_fields(prefill))


@router.post("/tests")
async def create_test(request: Request) -> Response:
    """Create a test from the form (once, however often it is sent), or show its errors."""
    form = await TestForm.read(request)
    try:
        body = form.validated(CreateTestSuite)
        suite = await suites(request).create(body, form_key=form.form_key or None)
    except InvalidInput as exc:
        errors = form_errors(exc)
        if form.goal.strip() and "goal" not in errors:  # the goal is read once the rest is valid
            problem = suites(request).goal_problem(form.goal, form.planner, form.executor)
            errors |= {"goal": problem} if problem else {}
        return await form_response(request, form, errors=errors, status_code=422)
    if is_htmx(request) and asked_from(request) == "/run-test":
        # "Save as test": say where the new test is, in place of the button.
        headers = {"HX-Retarget": "#save-as-test", "HX-Reswap": "outerHTML", **CLOSE_DIALOG}
        return templates.TemplateResponse(
            request, "saved_test.html", {"suite": suite}, headers=headers
        )
    return await list_response(request)


@router.get("/tests/{test_id}/edit")
async def edit_test(test_id: str, request: Request) -> Response:
    """Show the test form filled in with the test as it is."""
    suite = await suites(request).get(test_id)
    return await form_response(request, TestForm.from_suite(suite), suite=suite)


@router.post("/tests/{test_id}/edit")
async def save_test(test_id: str, request: Request) -> Response:
    """Save the edited test, or show the form again with each field's error."""
    form = await TestForm.read(request)
    service = suites(request)
    try:
        suite = await service.update(test_id, form.validated(UpdateTestSuite))
    except InvalidInput as exc:
        suite = await service.get(test_id)
        return await form_response(
            request, form, suite=suite, errors=form_errors(exc), status_code=422
        )
    return await row_response(request, suite, CLOSE_DIALOG)


@router.post("/tests/{test_id}/pause")
async def pause_test(test_id: str, request: Request) -> Response:
    """Take the test off its schedule."""
    suite = await suites(request).update(test_id, UpdateTestSuite(status="paused"))
    return await row_response(request, suite)


@router.post("/tests/{test_id}/resume")
async def resume_test(test_id: str, request: Request) -> Response:
    """Put the test back on its schedule."""
    suite = await suites(request).update(test_id, UpdateTestSuite(status="active"))
    return await row_response(request, suite)


@router.get("/tests/{test_id}/delete")
async def confirm_delete(test_id: str, request: Request) -> Response:
    """Ask whether to delete the test, saying what goes with it."""
    suite = await suites(request).get(test_id)
    context = {"suite": suite, "title": f"Delete {suite.name}"}
    return dialog_response(request, "delete_confirm.html", context)


@router.post("/tests/{test_id}/delete")
async def delete_test(test_id: str, request: Request) -> Response:
    """Delete the test with its schedule and history."""
    await suites(request).delete(test_id)
    return await list_response(request)


@router.post("/tests/{test_id}/run")
async def run_test_now(test_id: str, request: Request) -> Response:
    """Queue a run of the test now and go watch it."""
    state = app_state(request)
    run_id = await queue_run(state, await state.suites.get(test_id))
    return go(request, f"/tests/{test_id}?run={run_id}")


async def queue_run(state: Services, suite: TestSuiteResponse) -> str:
    """Queue a run of the test now; return its id, or raise why it cannot run."""
    if suite.executor == "tinyfish" and state.settings.tinyfish_api_key is None:
        raise TinyFishNotSetUp()
    run_id = new_run_id()
    if not await state.queue.enqueue(suite.id, run_id, "manual", manual_location(suite)):
        raise Conflict(f"“{suite.name}” is already running; wait for that run to finish.")
    return run_id


async def form_response(
    request: Request,
    form: TestForm,
    *,
    suite: TestSuiteResponse | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    context = {
        "form": form,
        "suite": suite,
        "errors": errors or {},
        "action": f"/tests/{suite.id}/edit" if suite else "/tests",
        "title": f"Edit {suite.name}" if suite else "New test",
        "schedules": SCHEDULES,
        "custom": CUSTOM,
        "executors": EXECUTORS,
        "tinyfish_ready": app_state(request).settings.tinyfish_api_key is not None,
        "shown_secrets": shown_secrets(form.secrets),
        "no_model": app_state(request).model.missing,
        "environments": await environment_choices(request),
        **reading_context(form.goal, given_names(form), panel=PANELS["test"]),
    }
    return dialog_response(request, "test_form.html", context, status_code)


async def list_response(request: Request) -> Response:
    """Show the list as it now is, in place of the old one; the dialog closes."""
    if not is_htmx(request):
        return RedirectResponse("/tests", status_code=303)
    headers = {"HX-Retarget": "#tests-list", "HX-Reswap": "outerHTML", **CLOSE_DIALOG}
    context = await list_context(request, filters_asked_from(request))
    return templates.TemplateResponse(request, "tests_list.html", context, headers=headers)


async def row_response(
    request: Request, suite: TestSuiteResponse, headers: dict[str, str] | None = None
) -> Response:
    """Show the test's row as it now is, in place of the old one."""
    if not is_htmx(request):
        return RedirectResponse("/tests", status_code=303)
    if asked_from(request).startswith("/tests/"):
        # Asked from the test's own page: it has no row, and reloads its heading itself.
        return Response(status_code=204, headers=headers)
    headers = {"HX-Retarget": f"#test-{suite.id}", "HX-Reswap": "outerHTML", **(headers or {})}
    context = {"test": suite, "places": await Places.read(request)}
    return templates.TemplateResponse(request, "tests_row.html", context, headers=headers)


def asked_from(request: Request) -> str:
    """Return the path of the page htmx sent the request from ("" when not htmx)."""
    return urlsplit(request.headers.get("hx-current-url", "")).path


def given_names(form: TestForm) -> set[str]:
    """The names the dialog gives values to (a kept secret's row counts)."""
    return {*named(form.variables), *named(form.secrets)}
