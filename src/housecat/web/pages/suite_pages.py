"""`/suites`: the list of suites, one suite with its tests and runs, its form, and running it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from housecat.errors import InvalidInput
from housecat.executions.models import Overrides
from housecat.executions.store import Filters
from housecat.groups.models import CreateSuite, SuiteDetail, UpdateSuite
from housecat.web.pages.definitions import (
    delete_page,
    placed,
    read_fields,
    validated,
    whole_number,
)
from housecat.web.pages.routing import go, page_router
from housecat.web.pages.templating import templates
from housecat.web.state import browser_configs, environments, executions, groups, suites

router = page_router()
FIELDS = {"name", "description", "tests", "environment_id", "browser_config_id", "concurrency"}
RECENT_RUNS = 10


@dataclass(frozen=True)
class SuiteForm:
    """The suite form's fields, as typed; `tests` are the ticked ones in the order listed."""

    name: str = ""
    description: str = ""
    tests: tuple[str, ...] = ()
    environment_id: str = ""
    browser_config_id: str = ""
    concurrency: str = "1"

    @classmethod
    async def read(cls, request: Request) -> SuiteForm:
        fields = await read_fields(request)
        texts = ("name", "description", "environment_id", "browser_config_id", "concurrency")
        return cls(
            **{name: fields.get(name, [""])[0].strip() for name in texts},
            tests=tuple(test_id for test_id in fields.get("tests", []) if test_id),
        )

    @classmethod
    def of(cls, suite: SuiteDetail) -> SuiteForm:
        return cls(
            name=suite.name,
            description=suite.description,
            tests=tuple(suite.test_ids),
            environment_id=suite.environment_id or "",
            browser_config_id=suite.browser_config_id or "",
            concurrency=str(suite.concurrency),
        )

    def body(self, problems: dict[str, str]) -> dict[str, Any]:
        """Return the request body the API would take for this form."""
        concurrency = whole_number(self.concurrency, "concurrency", problems)
        return {
            "name": self.name,
            "description": self.description,
            "tests": list(self.tests),
            "environment_id": self.environment_id or None,
            "browser_config_id": self.browser_config_id or None,
            "concurrency": 1 if concurrency is None else concurrency,
        }


@router.get("/suites")
async def suites_page(request: Request) -> Response:
    """Show every suite with its tests' count, its defaults and how its last run went."""
    listing = await groups(request).list()
    last = {}
    for suite in listing.suites:
        runs = await executions(request).list(Filters(suite_id=suite.id), limit=1, cursor=None)
        last[suite.id] = runs.executions[0] if runs.executions else None
    context = {"suites": listing.suites, "last": last, **await choices(request)}
    return templates.TemplateResponse(request, "suites.html", context)


@router.get("/suites/new")
async def new_suite(request: Request) -> Response:
    """Show the empty suite form."""
    return await form_response(request, SuiteForm())


@router.post("/suites")
async def create_suite(request: Request) -> Response:
    """Create a suite from the form, or show the form again with each field's error."""
    form = await SuiteForm.read(request)
    problems: dict[str, str] = {}
    try:
        suite = await groups(request).create(validated(CreateSuite, form.body(problems), problems))
    except InvalidInput as exc:
        return await form_response(request, form, errors=placed(exc, FIELDS), status_code=422)
    return go(request, f"/suites/{suite.id}")


@router.get("/suites/{suite_id}")
async def suite_page(suite_id: str, request: Request) -> Response:
    """Show the suite: its tests in order, its last runs, and the form that runs it."""
    suite = await groups(request).get(suite_id)
    runs = await executions(request).list(
        Filters(suite_id=suite_id), limit=RECENT_RUNS, cursor=None
    )
    context = {"suite": suite, "runs": runs.executions, **await choices(request)}
    return templates.TemplateResponse(request, "suite.html", context)


@router.post("/suites/{suite_id}/run")
async def run_suite(suite_id: str, request: Request) -> Response:
    """Run the suite against the environment and browser chosen, and go watch it."""
    fields = await read_fields(request)
    picked = {name: fields.get(name, [""])[0].strip() or None for name in Overrides.model_fields}
    execution = await executions(request).start_suite(suite_id, Overrides(**picked))
    return go(request, f"/executions/{execution.id}")


@router.get("/suites/{suite_id}/edit")
async def edit_suite(suite_id: str, request: Request) -> Response:
    """Show the form filled in with the suite as it is."""
    suite = await groups(request).get(suite_id)
    return await form_response(request, SuiteForm.of(suite), suite=suite)


@router.post("/suites/{suite_id}/edit")
async def save_suite(suite_id: str, request: Request) -> Response:
    """Save the changes, or show the form again with each field's error."""
    form = await SuiteForm.read(request)
    service = groups(request)
    suite = await service.get(suite_id)
    problems: dict[str, str] = {}
    try:
        await service.update(suite_id, validated(UpdateSuite, form.body(problems), problems))
    except InvalidInput as exc:
        errors = placed(exc, FIELDS)
        return await form_response(request, form, suite=suite, errors=errors, status_code=422)
    return go(request, f"/suites/{suite_id}")


@router.get("/suites/{suite_id}/delete")
async def confirm_delete(suite_id: str, request: Request) -> Response:
    """Ask whether to delete the suite (its tests stay)."""
    suite = await groups(request).get(suite_id)
    return delete_page(
        request,
        name=suite.name,
        kind="suite",
        action=f"/suites/{suite_id}/delete",
        back=f"/suites/{suite_id}",
        consequence="Its tests stay, as do the executions it ran.",
    )


@router.post("/suites/{suite_id}/delete")
async def delete_suite(suite_id: str, request: Request) -> Response:
    """Delete the suite; its tests stay."""
    await groups(request).delete(suite_id)
    return go(request, "/suites")


async def choices(request: Request) -> dict[str, Any]:
    """The environments and browser configurations a suite may use, by name."""
    found = (await environments(request).list()).environments
    configs = (await browser_configs(request).list()).browser_configs
    return {
        "environments": sorted(found, key=lambda environment: environment.name.lower()),
        "configs": sorted(configs, key=lambda config: config.name.lower()),
        "names": {environment.id: environment.name for environment in found}
        | {config.id: config.name for config in configs},
    }


async def form_response(
    request: Request,
    form: SuiteForm,
    *,
    suite: SuiteDetail | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    tests = sorted((await suites(request).list()).tests, key=lambda test: test.name.lower())
    # The ticked tests first, in the order they run; then the others, by name.
    by_id = {test.id: test for test in tests}
    ticked = [by_id[test_id] for test_id in form.tests if test_id in by_id]
    listed = ticked + [test for test in tests if test.id not in form.tests]
    context = {
        "form": form,
        "suite": suite,
        "errors": errors or {},
        "tests": listed,
        "action": f"/suites/{suite.id}/edit" if suite else "/suites",
        "title": f"Edit {suite.name}" if suite else "New suite",
        **await choices(request),
    }
    return templates.TemplateResponse(request, "suite_form.html", context, status_code=status_code)
