"""`/maintenance`: the maintenance windows, and the forms that create and delete them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from housecat.errors import InvalidInput
from housecat.maintenance.models import CreateWindow, Window
from housecat.maintenance.service import MaintenanceService
from housecat.maintenance.timing import current, upcoming
from housecat.web.pages.definitions import delete_page, placed, read_fields, validated
from housecat.web.pages.routing import go, page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state, groups

router = page_router()
TEXT_FIELDS = ("name", "description", "starts_at", "cron", "timezone", "duration_minutes")
FIELDS = {*TEXT_FIELDS, "effect", "applies_to"}


@dataclass(frozen=True)
class WindowForm:
    """The maintenance window form's fields, as typed."""

    name: str = ""
    description: str = ""
    starts_at: str = ""
    cron: str = ""
    timezone: str = "UTC"
    duration_minutes: str = "60"
    effect: str = "skip"
    tags: str = ""
    test_ids: list[str] = field(default_factory=list)
    suite_ids: list[str] = field(default_factory=list)

    @classmethod
    async def read(cls, request: Request) -> WindowForm:
        fields = await read_fields(request)
        text = {name: fields.get(name, [""])[0] for name in (*TEXT_FIELDS, "effect", "tags")}
        return cls(
            **text,
            test_ids=fields.get("test_ids", []),
            suite_ids=fields.get("suite_ids", []),
        )

    def body(self, problems: dict[str, str]) -> dict[str, Any]:
        """Return the request body the API would take for this form (blank: not given)."""
        duration = self.duration_minutes.strip()
        if not duration.isdigit():
            problems["duration_minutes"] = "Enter a whole number of minutes."
        return {
            "name": self.name,
            "description": self.description,
            "starts_at": self.starts_at.strip() or None,
            "cron": self.cron.strip() or None,
            "timezone": self.timezone.strip() or "UTC",
            "duration_minutes": int(duration) if duration.isdigit() else 1,
            "effect": self.effect,
            "applies_to": {
                "test_ids": self.test_ids,
                "suite_ids": self.suite_ids,
                "tags": [tag for tag in self.tags.replace(",", " ").split() if tag],
            },
        }


@dataclass(frozen=True)
class Shown:
    """A window as the list shows it: when it is on now, or next."""

    window: Window
    now_until: datetime | None
    next_start: datetime | None


def shown(window: Window, now: datetime) -> Shown:
    on = current(window, now)
    following = upcoming(window, now)
    return Shown(window, on.ends if on else None, following.starts if following else None)


def maintenance(request: Request) -> MaintenanceService:
    return MaintenanceService(app_state(request).redis)


@router.get("/maintenance")
async def windows_page(request: Request) -> Response:
    """Show every maintenance window: when it is on, for which tests, and what it does."""
    listing = await maintenance(request).list()
    now = datetime.now(UTC)
    context = {"windows": [shown(window, now) for window in listing.maintenance_windows]}
    return templates.TemplateResponse(request, "maintenance.html", context)


@router.get("/maintenance/new")
async def new_window(request: Request) -> Response:
    """Show the empty maintenance window form."""
    return await form_response(request, WindowForm())


@router.post("/maintenance")
async def create_window(request: Request) -> Response:
    """Create a window from the form, or show the form again with each field's error."""
    form = await WindowForm.read(request)
    problems: dict[str, str] = {}
    try:
        body = validated(CreateWindow, form.body(problems), problems)
        await maintenance(request).create(body)
    except InvalidInput as exc:
        return await form_response(request, form, errors=placed(exc, FIELDS), status_code=422)
    return go(request, "/maintenance")


@router.get("/maintenance/{window_id}/delete")
async def confirm_delete(window_id: str, request: Request) -> Response:
    """Ask whether to delete the window."""
    window = await maintenance(request).get(window_id)
    action, back = f"/maintenance/{window_id}/delete", "/maintenance"
    return delete_page(
        request,
        name=window.name,
        kind="maintenance window",
        action=action,
        back=back,
        consequence="Its tests run and alert as usual again.",
    )


@router.post("/maintenance/{window_id}/delete")
async def delete_window(window_id: str, request: Request) -> Response:
    """Delete a maintenance window."""
    await maintenance(request).delete(window_id)
    return go(request, "/maintenance")


async def form_response(
    request: Request,
    form: WindowForm,
    *,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    tests = sorted(await app_state(request).history.summaries(), key=lambda t: t.name.casefold())
    suites = (await groups(request).list()).suites
    context = {
        "form": form,
        "errors": errors or {},
        "tests": tests,
        "suites": suites,
        "title": "New maintenance window",
    }
    return templates.TemplateResponse(
        request, "maintenance_form.html", context, status_code=status_code
    )
