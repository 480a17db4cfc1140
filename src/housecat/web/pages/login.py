"""`/login` and `/logout`: a session cookie for people, when an API token is set."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from housecat.web.auth import (
    SESSION_COOKIE,
    SESSION_MAX_AGE_S,
    authenticated,
    local_path,
    session_value,
    token_matches,
)
from housecat.web.pages.forms import read_form
from housecat.web.pages.routing import page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state

router = page_router(public=True)


@router.get("/login")
async def login_form(request: Request) -> Response:
    """Ask for the API token; anyone already let in goes straight on."""
    next_path = local_path(request.query_params.get("next"))
    if authenticated(request):
        return RedirectResponse(next_path, status_code=303)
    return templates.TemplateResponse(request, "login.html", {"next": next_path})


@router.post("/login")
async def login(request: Request) -> Response:
    """Start a session when the token is right; else ask again, saying so."""
    form = await read_form(request)
    next_path = local_path(form.get("next"))
    token = app_state(request).settings.token
    if token is None:
        return RedirectResponse(next_path, status_code=303)
    if not token_matches(request, form.get("token", "")):
        context = {"next": next_path, "error": "That is not the API token."}
        return templates.TemplateResponse(request, "login.html", context, status_code=401)
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        session_value(token),
        max_age=SESSION_MAX_AGE_S,
        path="/",
        secure=request.url.scheme == "https",
        httponly=True,
        samesite="strict",
    )
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    """End the session."""
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response
