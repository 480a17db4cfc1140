"""`/environments`: the list of environments and the forms that create, change and delete them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from housecat.environments.models import CreateEnvironment, Environment, UpdateEnvironment
from housecat.errors import Conflict, InvalidInput
from housecat.plan.variables import MASK
from housecat.web.pages.definitions import (
    delete_page,
    placed,
    read_fields,
    validated,
)
from housecat.web.pages.routing import go, page_router
from housecat.web.pages.templating import templates
from housecat.web.pages.value_rows import Rows, named, read_rows, row_problem, shown_secrets
from housecat.web.state import environments

router = page_router()
FIELDS = {"name", "base_url", "description", "variables", "secrets"}


@dataclass(frozen=True)
class EnvironmentForm:
    """The environment form's fields, as typed."""

    name: str = ""
    base_url: str = ""
    description: str = ""
    variables: Rows = ()
    secrets: Rows = ()  # a stored secret reads as the mask, which sent back keeps it

    @classmethod
    async def read(cls, request: Request) -> EnvironmentForm:
        fields = await read_fields(request)
        rows = await read_rows(request)
        return cls(
            **{name: fields.get(name, [""])[0] for name in ("name", "base_url", "description")},
            variables=rows["variables"],
            secrets=rows["secrets"],
        )

    @classmethod
    def of(cls, environment: Environment) -> EnvironmentForm:
        return cls(
            name=environment.name,
            base_url=environment.base_url,
            description=environment.description,
            variables=tuple(environment.variables.items()),
            secrets=tuple((name, MASK) for name in environment.secrets),
        )

    def body(self) -> dict[str, Any]:
        """Return the request body the API would take for this form."""
        return {
            "name": self.name,
            "base_url": self.base_url,
            "description": self.description,
            "variables": named(self.variables),
            "secrets": named(self.secrets),
        }

    def problems(self) -> dict[str, str]:
        """What the form's rows say is wrong, before the model reads them."""
        found = {kind: row_problem(getattr(self, kind)) for kind in ("variables", "secrets")}
        return {kind: problem for kind, problem in found.items() if problem}


@router.get("/environments")
async def environments_page(request: Request) -> Response:
    """Show every environment with its base URL and how many values it gives."""
    return await list_response(request)


@router.get("/environments/new")
async def new_environment(request: Request) -> Response:
    """Show the empty environment form."""
    return form_response(request, EnvironmentForm())


@router.post("/environments")
async def create_environment(request: Request) -> Response:
    """Create an environment from the form, or show the form again with each field's error."""
    form = await EnvironmentForm.read(request)
    try:
        body = validated(CreateEnvironment, form.body(), form.problems())
        await environments(request).create(body)
    except InvalidInput as exc:
        return form_response(request, form, errors=placed(exc, FIELDS), status_code=422)
    return go(request, "/environments")


@router.get("/environments/{environment_id}/edit")
async def edit_environment(environment_id: str, request: Request) -> Response:
    """Show the form filled in with the environment as it is (secrets masked)."""
    environment = await environments(request).get(environment_id)
    return form_response(request, EnvironmentForm.of(environment), environment=environment)


@router.post("/environments/{environment_id}/edit")
async def save_environment(environment_id: str, request: Request) -> Response:
    """Save the changes (a secret left masked is kept), or show each field's error."""
    form = await EnvironmentForm.read(request)
    service = environments(request)
    try:
        body = validated(UpdateEnvironment, form.body(), form.problems())
        await service.update(environment_id, body)
    except InvalidInput as exc:
        environment = await service.get(environment_id)
        errors = placed(exc, FIELDS)
        return form_response(request, form, environment=environment, errors=errors, status_code=422)
    return go(request, "/environments")


@router.get("/environments/{environment_id}/delete")
async def confirm_delete(environment_id: str, request: Request) -> Response:
    """Ask whether to delete the environment."""
    environment = await environments(request).get(environment_id)
    action, back = f"/environments/{environment_id}/delete", "/environments"
    return delete_page(request, name=environment.name, kind="environment", action=action, back=back)


@router.post("/environments/{environment_id}/delete")
async def delete_environment(environment_id: str, request: Request) -> Response:
    """Delete an environment no suite uses; one that suites use stays, and the list says why."""
    try:
        await environments(request).delete(environment_id)
    except Conflict as exc:
        return await list_response(request, message=exc.message, status_code=409)
    return go(request, "/environments")


async def list_response(
    request: Request, *, message: str | None = None, status_code: int = 200
) -> Response:
    listing = await environments(request).list()
    context = {"environments": listing.environments, "message": message}
    return templates.TemplateResponse(
        request, "environments.html", context, status_code=status_code
    )


def form_response(
    request: Request,
    form: EnvironmentForm,
    *,
    environment: Environment | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    context = {
        "form": form,
        "environment": environment,
        "errors": errors or {},
        "shown_secrets": shown_secrets(form.secrets),
        "action": f"/environments/{environment.id}/edit" if environment else "/environments",
        "title": f"Edit {environment.name}" if environment else "New environment",
    }
    return templates.TemplateResponse(
        request, "environment_form.html", context, status_code=status_code
    )
