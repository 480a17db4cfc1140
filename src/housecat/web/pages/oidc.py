"""`/auth/oidc/login` and `/auth/oidc/callback`: signing in at the team's OpenID provider."""

from __future__ import annotations

import logging
import secrets

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import escape

from housecat.accounts.oidc import (
    CALLBACK_PATH,
    SIGN_IN_TTL_S,
    OidcConfig,
    OidcSignIn,
    Provider,
    ProviderUnreachable,
    SignInRefused,
    user_for,
)
from housecat.accounts.store import UserStore
from housecat.errors import HouseCatError, NotFound, TooManyAttempts
from housecat.signin.attempts import SignInAttempts
from housecat.web.auth import client_address, failed_sign_in, local_path, sessions
from housecat.web.pages.login import login_page, signed_in
from housecat.web.pages.routing import page_router
from housecat.web.state import app_state

log = logging.getLogger(__name__)
router = page_router(public=True)

# Ties a sign-in to the browser that started it, so nobody can finish theirs in yours.
BROWSER_COOKIE = "housecat_oidc"
NOT_SET_UP = "Single sign-on is not set up here (HOUSECAT_OIDC_ISSUER)."


def _sign_in(request: Request) -> OidcSignIn:
    """Return the app's single sign-on, keeping the provider's documents between requests."""
    config = OidcConfig.from_settings(app_state(request).settings)
    if config is None:
        raise NotFound(NOT_SET_UP)
    provider = getattr(request.app.state, "oidc_provider", None)
    if not isinstance(provider, Provider) or provider.config != config:
        provider = request.app.state.oidc_provider = Provider(config)
    return OidcSignIn(config, provider, app_state(request).redis)


def _redirect_uri(request: Request) -> str:
    """Return the callback URL, as the provider must have it registered."""
    base = app_state(request).settings.public_url or str(request.base_url).rstrip("/")
    return base + CALLBACK_PATH


@router.get("/auth/oidc/login")
async def oidc_login(request: Request) -> Response:
    """Send the browser to the provider to sign in, and back to `next` afterwards."""
    next_path = local_path(request.query_params.get("next"))
    try:
        await SignInAttempts(app_state(request).redis).refuse_if_over_limit(client_address(request))
        browser = secrets.token_urlsafe(32)
        url = await _sign_in(request).begin(_redirect_uri(request), next_path, browser)
    except HouseCatError as exc:
        return await _refused(request, next_path, exc)
    response = RedirectResponse(url, status_code=303)
    # Lax, not Strict: it must come along when the provider sends the browser back.
    response.set_cookie(
        BROWSER_COOKIE,
        browser,
        max_age=SIGN_IN_TTL_S,
        path=CALLBACK_PATH,
        secure=request.url.scheme == "https",
        httponly=True,
        samesite="lax",
    )
    return response


@router.get(CALLBACK_PATH)
async def oidc_callback(request: Request) -> Response:
    """Start a session for the person the provider vouches for; else say why not."""
    query = request.query_params
    next_path = "/"
    attempts = SignInAttempts(app_state(request).redis)
    try:
        await attempts.refuse_if_over_limit(client_address(request))
        sign_in = _sign_in(request)
        pending = await sign_in.pending(
            query.get("state", ""), request.cookies.get(BROWSER_COOKIE, "")
        )
        next_path = pending.next_path
        if error := query.get("error"):
            detail = (query.get("error_description") or error)[:200]
            raise SignInRefused(f"{sign_in.config.name} did not sign you in: {detail}")
        if not query.get("code"):
            raise SignInRefused("The provider sent no authorization code; start again.")
        claims = await sign_in.finish(pending, query["code"])
        user = await user_for(claims, sign_in.config, UserStore(app_state(request).redis))
    except SignInRefused as exc:
        await failed_sign_in(request, f"a single sign-on refused ({exc})")
        return await _refused(request, next_path, exc)
    except HouseCatError as exc:
        return await _refused(request, next_path, exc)
    log.info("user %s signed in by single sign-on", user.id)
    response = await signed_in(request, await sessions(request).start_for_user(user.id), next_path)
    if request.headers.get("sec-fetch-site") == "cross-site":
        # Sent from the provider's site, the browser would hold back the new SameSite=Strict
        # cookie on a redirect; a page of ours that moves on sends it.
        response = _moving_on(response, next_path)
    response.delete_cookie(BROWSER_COOKIE, path=CALLBACK_PATH, httponly=True, samesite="lax")
    return response


def _moving_on(redirect: Response, next_path: str) -> Response:
    """Turn a redirect into a page that goes to `next_path` at once, keeping its cookies."""
    page = HTMLResponse(
        "<!doctype html><title>Signed in</title>"
        f'<meta http-equiv="refresh" content="0; url={escape(next_path)}">'
    )
    for name, value in redirect.raw_headers:
        if name == b"set-cookie":
            page.raw_headers.append((name, value))
    return page


async def _refused(request: Request, next_path: str, exc: HouseCatError) -> Response:
    """Show the sign-in page saying why single sign-on failed; log the reason."""
    log.warning("single sign-on from %s failed: %s", client_address(request), exc.message)
    message = exc.message
    if isinstance(exc, TooManyAttempts):
        message = f"Too many failed sign-ins. Try again in {exc.retry_after_s} seconds."
    elif isinstance(exc, ProviderUnreachable):
        message = "The sign-in provider cannot be reached right now; the server log has details."
    headers = exc.headers if isinstance(exc, TooManyAttempts) else None
    return await login_page(request, next_path, message, exc.status_code, headers)
