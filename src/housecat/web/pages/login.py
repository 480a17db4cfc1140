"""`/login` and `/logout`: a session for people, when an API token is set."""

from __future__ import annotations

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from housecat.audit.models import SIGN_IN_FAILED
from housecat.audit.store import record
from housecat.errors import TooManyAttempts
from housecat.web.auth import (
    SESSION_COOKIE,
    SESSION_MAX_AGE_S,
    check_token,
    client_address,
    identify,
    local_path,
    refuse_cross_origin_changes,
    refuse_other_origins,
    sessions,
)
from housecat.web.pages.forms import read_form
from housecat.web.pages.routing import page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state

router = page_router(public=True)
ASK_AGAIN_FROM_HERE = '<!doctype html><title>Sign in</title><meta http-equiv="refresh" content="0">'


@router.get("/login")
async def login_form(request: Request) -> Response:
    """Ask for the API token; anyone already let in goes straight on."""
    next_path = local_path(request.query_params.get("next"))
    if (await identify(request)).allowed:
        return RedirectResponse(next_path, status_code=303)
    if request.headers.get("sec-fetch-site") == "cross-site":
        # Following a link from another site (an alert, a chat), the browser holds back the
        # SameSite=Strict cookie: ask again from this page, which sends it if there is one.
        return HTMLResponse(ASK_AGAIN_FROM_HERE)
    return login_page(request, next_path)


@router.post("/login", dependencies=[Depends(refuse_other_origins)])
async def login(request: Request) -> Response:
    """Start a new session when the token is right; else ask again, saying why."""
    form = await read_form(request)
    next_path = local_path(form.get("next"))
    token = app_state(request).settings.token
    if token is None:
        return RedirectResponse(next_path, status_code=303)
    try:
        right = await check_token(request, form.get("token", ""))
    except TooManyAttempts as exc:
        message = f"Too many wrong tokens. Try again in {exc.retry_after_s} seconds."
        return login_page(request, next_path, message, exc.status_code, exc.headers)
    if not right:
        address = client_address(request)
        await record(
            app_state(request).redis,
            action=SIGN_IN_FAILED,
            kind="sign_in",
            entity_id=address,
            actor="unknown",
            detail=f"a wrong API token from {address}",
        )
        return login_page(request, next_path, "That is not the API token.", 401)
    store = sessions(request)
    if old := request.cookies.get(SESSION_COOKIE):
        await store.end(old)  # a new sign-in never reuses a session id someone may know
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        await store.start(token),
        max_age=SESSION_MAX_AGE_S,
        path="/",
        secure=request.url.scheme == "https",
        httponly=True,
        samesite="strict",
    )
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    """End the session, here and on the server, so its cookie is worthless."""
    caller = await identify(request)
    await refuse_cross_origin_changes(request, caller, forms=True)
    if caller.session_id is not None:
        await sessions(request).end(caller.session_id)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response


def login_page(
    request: Request,
    next_path: str,
    error: str | None = None,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> Response:
    context = {"next": next_path, "error": error}
    return templates.TemplateResponse(
        request, "login.html", context, status_code=status_code, headers=headers
    )
