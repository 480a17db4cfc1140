"""Templates: `/api/v1/templates`, and tests made from them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from housecat.named.fields import Deleted
from housecat.runs.tinyfish_run import setup_warnings
from housecat.suites.models import SavedTest
from housecat.templates.models import (
    CreateTemplate,
    Template,
    TemplateList,
    TemplateSaved,
    TestFromTemplate,
    UpdateTemplate,
)
from housecat.templates.service import TemplateService, template_service
from housecat.web.openapi import TOKEN_REQUIRED, ErrorBody, errors
from housecat.web.state import app_state

router = APIRouter(prefix="/api/v1/templates", tags=["templates"], dependencies=TOKEN_REQUIRED)


def templates(request: Request) -> TemplateService:
    state = app_state(request)
    return template_service(state.redis, state.suites)


Templates = Annotated[TemplateService, Depends(templates)]
IN_USE: dict[int | str, dict[str, Any]] = {
    409: {"description": "Tests were made from it: `error` names them", "model": ErrorBody}
}


@router.get("")
async def list_templates(service: Templates) -> TemplateList:
    """List every template, newest first."""
    return await service.list_all()


@router.post("", status_code=201)
async def create_template(body: CreateTemplate, service: Templates) -> Template:
    """Create a template; its name must be unused and its goal one the built-in reader reads."""
    return await service.create(body)


@router.get("/{template_id}")
async def get_template(template_id: str, service: Templates) -> Template:
    """Get one template."""
    return await service.get(template_id)


@router.put("/{template_id}")
async def update_template(
    template_id: str, body: UpdateTemplate, service: Templates
) -> TemplateSaved:
    """Change the fields sent; a new goal goes to every test made from it whose steps are not
    pinned (each must have a value for each parameter, or nothing changes)."""
    return await service.update(template_id, body)


@router.delete("/{template_id}", responses=IN_USE)
async def delete_template(template_id: str, service: Templates) -> Deleted:
    """Delete a template; 409 while tests made from it exist."""
    return await service.delete(template_id)


@router.post("/{template_id}/tests", status_code=201, responses=errors(502))
async def create_test(
    template_id: str, body: TestFromTemplate, service: Templates, request: Request
) -> SavedTest:
    """Make a test from the template: its goal is the template's, each parameter's value is
    one of its variables or secrets (or its environment's); 422 naming any without one."""
    test = await service.create_test(template_id, body)
    ready = app_state(request).settings.tinyfish_api_key is not None
    warnings = setup_warnings(test, tinyfish_ready=ready)
    return SavedTest.model_validate(test.model_dump() | {"warnings": warnings})
