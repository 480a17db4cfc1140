"""`/login` and `/logout`: a session for people, by username and password or the API token."""

from __future__ import annotations

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from housecat.accounts.store import UserStore
from housecat.errors import TooManyAttempts
from housecat.signin.attempts import SignInAttempts
from housecat.web.auth import (
    SESSION_COOKIE,
    accounts,
    check_token,
    client_address,
    failed_sign_in,
    identify,
    keep_cookie,
    local_path,
    refuse_cross_origin_changes,
    refuse_other_origins,
    sessions,
    sign_in_required,
)
from housecat.web.pages.forms import read_form
from housecat.web.pages.routing import page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state

router = page_router(public=True)
ASK_AGAIN_FROM_HERE = '<!doctype html><title>Sign in</title><meta http-equiv="refresh" content="0">'


@router.get("/login")
async def login_form(request: Request) -> Response:
    """Ask for a username and password (or the API token); anyone let in goes straight on."""
    next_path = local_path(request.query_params.get("next"))
    if (await identify(request)).allowed:
        return RedirectResponse(next_path, status_code=303)
    if request.headers.get("sec-fetch-site") == "cross-site":
        # Following a link from another site (an alert, a chat), the browser holds back the
        # SameSite=Strict cookie: ask again from this page, which sends it if there is one.
        return HTMLResponse(ASK_AGAIN_FROM_HERE)
    return await login_page(request, next_path)


@router.post("/login", dependencies=[Depends(refuse_other_origins)])
async def login(request: Request) -> Response:
    """Start a new session when the password (or token) is right; else ask again, saying why."""
    form = await read_form(request)
    next_path = local_path(form.get("next"))
    if not await sign_in_required(request):
        return RedirectResponse(next_path, status_code=303)
    if "username" in form:
        return await _with_password(request, form, next_path)
    token = app_state(request).settings.token
    try:
        right = await check_token(request, form.get("token", ""))
    except TooManyAttempts as exc:
        message = f"Too many wrong tokens. Try again in {exc.retry_after_s} seconds."
        return await login_page(request, next_path, message, exc.status_code, exc.headers)
    if not right or token is None:
        return await login_page(request, next_path, "That is not the API token.", 401)
    return await signed_in(request, await sessions(request).start(token), next_path)


async def _with_password(request: Request, form: dict[str, str], next_path: str) -> Response:
    """Sign a user in; a wrong name or password counts against the address's limit."""
    attempts = SignInAttempts(app_state(request).redis)
    address = client_address(request)
    try:
        await attempts.refuse_if_over_limit(address)
    except TooManyAttempts as exc:
        message = f"Too many failed sign-ins. Try again in {exc.retry_after_s} seconds."
        return await login_page(request, next_path, message, exc.status_code, exc.headers)
    user = await accounts(request).authenticate(form["username"], form.get("password", ""))
    if user is None:
        await failed_sign_in(request, f"a wrong password for '{form['username']}'")
        message = "Wrong username or password."  # never which of the two, nor if it exists
        return await login_page(request, next_path, message, 401, username=form["username"])
    return await signed_in(request, await sessions(request).start_for_user(user.id), next_path)


async def signed_in(request: Request, session_id: str, next_path: str) -> Response:
    """Go on to `next_path` holding the new session's cookie (ending any old one)."""
    if old := request.cookies.get(SESSION_COOKIE):
        await sessions(request).end(old)  # a new sign-in never reuses a session id someone may know
    response = RedirectResponse(next_path, status_code=303)
    keep_cookie(response, request, SESSION_COOKIE, session_id)
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


async def login_page(
    request: Request,
    next_path: str,
    error: str | None = None,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
    username: str = "",
) -> Response:
    context = {
        "next": next_path,
        "error": error,
        "username": username,
        "with_password": await UserStore(app_state(request).redis).any_user(),
        "with_token": app_state(request).settings.token is not None,
        "oidc_name": app_state(request).settings.oidc_name
        if app_state(request).settings.oidc_issuer
        else None,
    }
    return templates.TemplateResponse(
        request, "login.html", context, status_code=status_code, headers=headers
    )
