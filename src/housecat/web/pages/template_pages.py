"""`/templates`: the list of templates, the forms that create, change and delete them, and
the form that makes a test from one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import Response

from housecat.errors import Conflict, InvalidInput
from housecat.plan.secrets import is_secret_name
from housecat.suites.values import Values
from housecat.templates.models import CreateTemplate, Template, TestFromTemplate, UpdateTemplate
from housecat.templates.service import TemplateService, read_goal, template_service
from housecat.web.pages.definitions import delete_page, placed, read_fields, validated
from housecat.web.pages.routing import go, page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state, environments

router = page_router()
FIELDS = {"name", "goal", "description"}
TEST_FIELDS = {"name", "url", "environment_id"}


def template_records(request: Request) -> TemplateService:
    state = app_state(request)
    return template_service(state.redis, state.suites)


@dataclass(frozen=True)
class TemplateForm:
    """The template form's fields, as typed."""

    name: str = ""
    goal: str = ""
    description: str = ""

    @classmethod
    async def read(cls, request: Request) -> TemplateForm:
        fields = await read_fields(request)
        return cls(**{name: fields.get(name, [""])[0] for name in ("name", "goal", "description")})

    @classmethod
    def of(cls, template: Template) -> TemplateForm:
        return cls(name=template.name, goal=template.goal, description=template.description)

    def body(self) -> dict[str, Any]:
        """Return the request body the API would take for this form."""
        return {"name": self.name, "goal": self.goal, "description": self.description}

    def problems(self) -> dict[str, str]:
        """What reading the goal says is wrong with it, shown with the fields' other errors."""
        if not self.goal.strip():
            return {}  # the model says it is missing
        try:
            read_goal(self.goal)
        except InvalidInput as exc:
            return exc.fields
        return {}


def value_field(parameter: str) -> str:
    """The form field of a parameter's value."""
    return f"value-{parameter}"


@dataclass(frozen=True)
class TestForm:
    """The form of a test made from a template: its name, URL, environment and values."""

    __test__ = False

    name: str = ""
    url: str = ""
    environment_id: str = ""
    values: tuple[tuple[str, str], ...] = ()  # (parameter, value typed); blank: none given

    @classmethod
    async def read(cls, request: Request, template: Template) -> TestForm:
        fields = await read_fields(request)
        typed = {name: fields.get(name, [""])[0] for name in TEST_FIELDS}
        values = tuple(
            (name, fields.get(value_field(name), [""])[0]) for name in template.parameters
        )
        return cls(**typed, values=values)

    def body(self) -> dict[str, Any]:
        """Return the request body the API would take: a password-like value is a secret."""
        given = [(name, value) for name, value in self.values if value != ""]
        return {
            "name": self.name,
            "url": self.url,
            "environment_id": self.environment_id.strip() or None,
            "variables": {name: value for name, value in given if not is_secret_name(name)},
            "secrets": {name: value for name, value in given if is_secret_name(name)},
        }

    def shown(self) -> tuple[tuple[str, str, bool], ...]:
        """Each parameter, the value a page may show (a secret's never) and whether it is one."""
        return tuple(
            (name, "" if is_secret_name(name) else value, is_secret_name(name))
            for name, value in self.values
        )


@router.get("/templates")
async def templates_page(request: Request) -> Response:
    """Show every template, its parameters and how many tests were made from it."""
    return await list_response(request)


@router.get("/templates/new")
async def new_template(request: Request) -> Response:
    """Show the empty template form."""
    return form_response(request, TemplateForm())


@router.post("/templates")
async def create_template(request: Request) -> Response:
    """Create a template from the form, or show the form again with each field's error."""
    form = await TemplateForm.read(request)
    try:
        body = validated(CreateTemplate, form.body(), form.problems())
        await template_records(request).create(body)
    except InvalidInput as exc:
        return form_response(request, form, errors=placed(exc, FIELDS), status_code=422)
    return go(request, "/templates")


@router.get("/templates/{template_id}/edit")
async def edit_template(template_id: str, request: Request) -> Response:
    """Show the form filled in with the template as it is."""
    template = await template_records(request).get(template_id)
    return form_response(request, TemplateForm.of(template), template=template)


@router.post("/templates/{template_id}/edit")
async def save_template(template_id: str, request: Request) -> Response:
    """Save the changes (a new goal goes to the template's tests), or show each field's error."""
    form = await TemplateForm.read(request)
    service = template_records(request)
    try:
        saved = await service.update(
            template_id, validated(UpdateTemplate, form.body(), form.problems())
        )
    except InvalidInput as exc:
        template = await service.get(template_id)
        errors = placed(exc, FIELDS)
        return form_response(request, form, template=template, errors=errors, status_code=422)
    counts = {"updated": saved.updated, "pinned": saved.pinned, "refused": saved.refused}
    return go(request, "/templates?" + urlencode({k: len(v) for k, v in counts.items()}))


@router.get("/templates/{template_id}/delete")
async def confirm_delete(template_id: str, request: Request) -> Response:
    """Ask whether to delete the template."""
    template = await template_records(request).get(template_id)
    action, back = f"/templates/{template_id}/delete", "/templates"
    consequence = "The tests made from it must be deleted first."
    return delete_page(
        request,
        name=template.name,
        kind="template",
        action=action,
        back=back,
        consequence=consequence,
    )


@router.post("/templates/{template_id}/delete")
async def delete_template(template_id: str, request: Request) -> Response:
    """Delete a template no test was made from; otherwise the list says which tests were."""
    try:
        await template_records(request).delete(template_id)
    except Conflict as exc:
        return await list_response(request, message=exc.message, status_code=409)
    return go(request, "/templates")


@router.get("/templates/{template_id}/tests/new")
async def new_test(template_id: str, request: Request) -> Response:
    """Show the form of a test made from the template: a field per parameter."""
    template = await template_records(request).get(template_id)
    values = tuple((name, "") for name in template.parameters)
    return await made_test_form(request, template, TestForm(values=values))


@router.post("/templates/{template_id}/tests")
async def create_test(template_id: str, request: Request) -> Response:
    """Make the test and open its page, or show the form again with each field's error."""
    service = template_records(request)
    template = await service.get(template_id)
    form = await TestForm.read(request, template)
    body = form.body()
    # Named with the other fields' errors, not only once those are right.
    values = Values(body["variables"], body["secrets"])
    problems = await service.value_problems(template, values, body["environment_id"])
    try:
        test = await service.create_test(template_id, validated(TestFromTemplate, body, problems))
    except InvalidInput as exc:
        errors = errors_by_field(exc, template)
        return await made_test_form(request, template, form, errors=errors, status_code=422)
    return go(request, f"/tests/{test.id}")


def errors_by_field(exc: InvalidInput, template: Template) -> dict[str, str]:
    """Place each error by its form field: a value's by its parameter, the rest on the form."""
    errors: dict[str, str] = {}
    for name, message in exc.fields.items():
        kind, _, parameter = name.partition(".")
        if kind in ("variables", "secrets") and parameter in template.parameters:
            errors.setdefault(value_field(parameter), message)
        elif name in TEST_FIELDS:
            errors.setdefault(name, message)
        else:
            errors.setdefault("form", f"{name}: {message}")
    return errors or {"form": exc.message}


async def list_response(
    request: Request, *, message: str | None = None, status_code: int = 200
) -> Response:
    service = template_records(request)
    listing = await service.list_all()
    counts = await service.tests.counts([template.id for template in listing.templates])
    context = {
        "templates": listing.templates,
        "counts": counts,
        "message": message,
        "saved": saved_message(request),
    }
    return templates.TemplateResponse(request, "templates.html", context, status_code=status_code)


def saved_message(request: Request) -> str | None:
    """After an edit: how many tests took the new goal, and how many kept their pinned steps."""
    counts = [request.query_params.get(name, "") for name in ("updated", "pinned", "refused")]
    if not all(count.isdigit() for count in counts):
        return None
    updated, pinned, refused = counts
    tests = "test" if updated == "1" else "tests"
    said = f"Template saved: {updated} {tests} took its goal."
    if pinned != "0":
        said += f" {pinned} with steps pinned by hand kept {'its' if pinned == '1' else 'theirs'}."
    if refused != "0":
        kept = "its own" if refused == "1" else "their own"
        said += f" {refused} refused it and kept {kept} (TinyFish is never sent a secret)."
    return said


def form_response(
    request: Request,
    form: TemplateForm,
    *,
    template: Template | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    context = {
        "form": form,
        "template": template,
        "errors": errors or {},
        "action": f"/templates/{template.id}/edit" if template else "/templates",
        "title": f"Edit {template.name}" if template else "New template",
    }
    return templates.TemplateResponse(
        request, "template_form.html", context, status_code=status_code
    )


async def made_test_form(
    request: Request,
    template: Template,
    form: TestForm,
    *,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    context = {
        "template": template,
        "form": form,
        "environments": (await environments(request).list()).environments,
        "errors": errors or {},
        "value_field": value_field,
        "title": f"New test from {template.name}",
    }
    return templates.TemplateResponse(
        request, "template_test_form.html", context, status_code=status_code
    )
