"""What the pages of environments, browser configurations and suites share."""

from __future__ import annotations

from typing import Any, TypeVar
from urllib.parse import parse_qs

from fastapi import Request
from fastapi.responses import Response
from pydantic import BaseModel, ValidationError

from housecat.errors import InvalidInput, NotFound, field_errors
from housecat.executions.models import Execution
from housecat.web.pages.templating import templates
from housecat.web.state import browser_configs, environments, groups

Model = TypeVar("Model", bound=BaseModel)


async def read_fields(request: Request) -> dict[str, list[str]]:
    """Decode an urlencoded form body, every value of each field in the order sent."""
    return parse_qs((await request.body()).decode(errors="replace"), keep_blank_values=True)


def validated(model: type[Model], body: dict[str, Any], problems: dict[str, str]) -> Model:
    """Build `model` from a form's body, or raise InvalidInput naming every bad field."""
    try:
        built = model.model_validate(body)
    except ValidationError as exc:
        raise InvalidInput.of(field_errors(exc.errors()) | problems) from None
    if problems:
        raise InvalidInput.of(problems)
    return built


def placed(exc: InvalidInput, fields: set[str]) -> dict[str, str]:
    """Place each error by its form field ('tests.2' by 'tests'); the rest on the whole form."""
    errors: dict[str, str] = {}
    for name, message in exc.fields.items():
        field = name.partition(".")[0]
        errors.setdefault(field if field in fields else "form", message)
    return errors or {"form": exc.message}


def whole_number(text: str, field: str, problems: dict[str, str]) -> int | None:
    """Read a typed whole number (None when blank); note a problem when it is not one."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        problems[field] = "Enter a whole number."
        return None
    return int(text)


async def definition_names(request: Request, execution: Execution) -> dict[str, str]:
    """Name what an execution ran against (its suite, environment and browser), where still kept."""
    wanted = (
        ("suite", execution.suite_id, groups(request).get),
        ("environment", execution.environment_id, environments(request).get),
        ("browser_config", execution.browser_config_id, browser_configs(request).get),
    )
    names: dict[str, str] = {}
    for kind, record_id, get in wanted:
        if record_id is None:
            continue
        try:
            names[kind] = (await get(record_id)).name
        except NotFound:
            continue  # deleted since: the page shows its id
    return names


def delete_page(
    request: Request, *, name: str, kind: str, action: str, back: str, consequence: str = ""
) -> Response:
    """Ask whether to delete a definition, posting to `action` or going `back`."""
    context = {"title": f"Delete {name}", "name": name, "kind": kind, "action": action}
    context |= {"back": back} | ({"consequence": consequence} if consequence else {})
    return templates.TemplateResponse(request, "definition_delete.html", context)
