"""What the intent fixture sites share: their four conditions, templates and form reading."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

# Every site serves each of these under its prefix: /{site}/{condition}/…
CONDITIONS = ("ok", "slow", "renamed", "broken")
# Long enough to need waiting for, well inside a journey step's 10 s timeout.
SLOW_SECONDS = 1.5

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def condition_of(request: Request) -> str:
    """Return the request's condition (`ok`, `slow`, …), or answer 404 for any other."""
    condition: str = request.path_params["variant"]
    if condition not in CONDITIONS:
        raise HTTPException(404)
    return condition


async def answer_late(condition: str) -> None:
    """Hold the answer back for SLOW_SECONDS when the condition is `slow`."""
    if condition == "slow":
        await asyncio.sleep(SLOW_SECONDS)


async def read_form(request: Request) -> dict[str, list[str]]:
    """Decode an urlencoded form body into every value of each field."""
    # Parsed by hand: every form here is urlencoded, so no multipart parser is needed.
    return parse_qs((await request.body()).decode(errors="replace"), keep_blank_values=True)


def first(form: dict[str, list[str]], name: str) -> str:
    """Return a form field's first value, stripped, or '' when it was not sent."""
    return form.get(name, [""])[0].strip()


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    """Render one of the sites' templates."""
    return templates.TemplateResponse(request, template, context, status_code=status_code)
