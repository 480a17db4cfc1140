"""`/browser-configs`: the list of browser configurations and their forms."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from housecat.browser_configs.models import (
    BrowserConfig,
    CreateBrowserConfig,
    UpdateBrowserConfig,
)
from housecat.errors import Conflict, InvalidInput
from housecat.web.pages.definitions import (
    delete_page,
    placed,
    read_fields,
    validated,
    whole_number,
)
from housecat.web.pages.routing import go, page_router
from housecat.web.pages.templating import templates
from housecat.web.state import browser_configs

router = page_router()
COLOR_SCHEMES = (("light", "Light"), ("dark", "Dark"), ("no-preference", "No preference"))
SIZES = ("viewport_width", "viewport_height")


@dataclass(frozen=True)
class BrowserConfigForm:
    """The browser configuration form's fields, as typed (blank: the preset's or the default)."""

    name: str = ""
    device: str = ""
    viewport_width: str = ""
    viewport_height: str = ""
    user_agent: str = ""
    locale: str = ""
    timezone: str = ""
    color_scheme: str = ""

    @classmethod
    async def read(cls, request: Request) -> BrowserConfigForm:
        fields = await read_fields(request)
        return cls(**{name: fields.get(name, [""])[0].strip() for name in cls.__dataclass_fields__})

    @classmethod
    def of(cls, config: BrowserConfig) -> BrowserConfigForm:
        stored = config.model_dump()
        return cls(**{name: str(stored[name] or "") for name in cls.__dataclass_fields__})

    def body(self, problems: dict[str, str]) -> dict[str, Any]:
        """The fields typed, as the API takes them; blank ones left out."""
        typed: dict[str, Any] = {name: value for name, value in asdict(self).items() if value}
        for size in SIZES:
            number = whole_number(typed.pop(size, ""), size, problems)
            if number is not None:
                typed[size] = number
        return typed


@router.get("/browser-configs")
async def browser_configs_page(request: Request) -> Response:
    """Show every browser configuration with its device and viewport."""
    return await list_response(request)


@router.get("/browser-configs/new")
async def new_browser_config(request: Request) -> Response:
    """Show the empty browser configuration form."""
    return await form_response(request, BrowserConfigForm())


@router.post("/browser-configs")
async def create_browser_config(request: Request) -> Response:
    """Create a browser configuration from the form, or show each field's error."""
    form = await BrowserConfigForm.read(request)
    problems: dict[str, str] = {}
    try:
        body = validated(CreateBrowserConfig, form.body(problems), problems)
        await browser_configs(request).create(body)
    except InvalidInput as exc:
        return await form_response(request, form, errors=placed(exc, FIELDS), status_code=422)
    return go(request, "/browser-configs")


@router.get("/browser-configs/{config_id}/edit")
async def edit_browser_config(config_id: str, request: Request) -> Response:
    """Show the form filled in with the configuration as it is."""
    config = await browser_configs(request).get(config_id)
    return await form_response(request, BrowserConfigForm.of(config), config=config)


@router.post("/browser-configs/{config_id}/edit")
async def save_browser_config(config_id: str, request: Request) -> Response:
    """Save what changed (a new device fills in the preset's fields not changed with it)."""
    form = await BrowserConfigForm.read(request)
    service = browser_configs(request)
    config = await service.get(config_id)
    problems: dict[str, str] = {}
    try:
        body = validated(UpdateBrowserConfig, changed(form, config, problems), problems)
        await service.update(config_id, body)
    except InvalidInput as exc:
        errors = placed(exc, FIELDS)
        return await form_response(request, form, config=config, errors=errors, status_code=422)
    return go(request, "/browser-configs")


@router.get("/browser-configs/{config_id}/delete")
async def confirm_delete(config_id: str, request: Request) -> Response:
    """Ask whether to delete the browser configuration."""
    config = await browser_configs(request).get(config_id)
    action, back = f"/browser-configs/{config_id}/delete", "/browser-configs"
    return delete_page(
        request, name=config.name, kind="browser configuration", action=action, back=back
    )


@router.post("/browser-configs/{config_id}/delete")
async def delete_browser_config(config_id: str, request: Request) -> Response:
    """Delete a configuration no suite uses; one that suites use stays, and the list says why."""
    try:
        await browser_configs(request).delete(config_id)
    except Conflict as exc:
        return await list_response(request, message=exc.message, status_code=409)
    return go(request, "/browser-configs")


FIELDS = set(BrowserConfigForm.__dataclass_fields__)


def changed(
    form: BrowserConfigForm, config: BrowserConfig, problems: dict[str, str]
) -> dict[str, Any]:
    """The fields the form changes: a blank one clears it (a blank size keeps it)."""
    typed = form.body(problems)
    before = BrowserConfigForm.of(config)
    changes: dict[str, Any] = {}
    for name, text in asdict(form).items():
        if text == getattr(before, name) or (name in SIZES and not text):
            continue
        changes[name] = typed.get(name)
    return changes


async def list_response(
    request: Request, *, message: str | None = None, status_code: int = 200
) -> Response:
    listing = await browser_configs(request).list()
    context = {"configs": listing.browser_configs, "message": message}
    return templates.TemplateResponse(
        request, "browser_configs.html", context, status_code=status_code
    )


async def form_response(
    request: Request,
    form: BrowserConfigForm,
    *,
    config: BrowserConfig | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    devices = await browser_configs(request).devices()
    context = {
        "form": form,
        "config": config,
        "errors": errors or {},
        "devices": [device.name for device in devices.devices],
        "color_schemes": COLOR_SCHEMES,
        "action": f"/browser-configs/{config.id}/edit" if config else "/browser-configs",
        "title": f"Edit {config.name}" if config else "New browser configuration",
    }
    return templates.TemplateResponse(
        request, "browser_config_form.html", context, status_code=status_code
    )
