"""Brass & Co: a small web shop for journeys to visit, one variant per path prefix."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.templating import Jinja2Templates

from tests.sites import admin, docs, noisy, orders, signin, todo

PRODUCTS = ("Brass Desk Lamp", "Walnut Bookshelf", "Linen Armchair")
COUNTRIES = ("France", "Germany", "Spain")
# The one account: its email and its short username both sign in.
LOGINS = frozenset({"alice@example.com", "alice"})
PASSWORD = "hunter2"
COOKIE = "brass_session"
REMEMBER_SECONDS = 30 * 24 * 3600


@dataclass(frozen=True)
class Variant:
    """How one copy of the shop differs from the real one."""

    broken: bool = False
    accepts_valid_login: bool = True
    login_button: str | None = "Sign in"
    email_label: str = "Email"
    dashboard_fails: bool = False
    greeting: str = "Welcome back, Alice"
    products: tuple[str, ...] = PRODUCTS
    render_delay_ms: int = 0
    contact_fails: bool = False
    response_delay_s: float = 0.0


VARIANTS: dict[str, Variant] = {
    "shop": Variant(),
    # Regressions: a journey that signs in and checks the dashboard must fail on these.
    "bad-credentials": Variant(broken=True, accepts_valid_login=False),
    "server-error": Variant(broken=True, dashboard_fails=True),
    "missing-item": Variant(broken=True, products=("Brass Desk Lamp", "Linen Armchair")),
    "no-button": Variant(broken=True, login_button=None),
    "error-message": Variant(broken=True, contact_fails=True),
    "changed-text": Variant(broken=True, greeting="Hello, Alice"),
    # Drift and timing: a person would still call these a pass.
    "renamed-button": Variant(login_button="Log in"),
    "delayed": Variant(render_delay_ms=1500),
    "slow": Variant(response_delay_s=3.0),
    "renamed-label": Variant(email_label="Email address", login_button="Continue"),
}

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
# Sites built differently from the shop, each exercising some of the goals' intents; their own
# prefixes come before the shop's `/{variant}/` routes, which would otherwise take them.
SITES = {site.PREFIX: site for site in (signin, todo, orders, docs, admin, noisy)}
# Signing the cookie with a per-process key keeps sessions stateless yet unforgeable.
_KEY = secrets.token_bytes(32)


def session_token(variant: str) -> str:
    """Return the cookie value that proves Alice signed in to this variant."""
    return hmac.new(_KEY, f"{variant}:alice".encode(), hashlib.sha256).hexdigest()


def signed_in(request: Request, variant: str) -> bool:
    """Tell whether the request carries this variant's session cookie."""
    return hmac.compare_digest(request.cookies.get(COOKIE, ""), session_token(variant))


async def read_form(request: Request) -> dict[str, str]:
    """Decode an urlencoded form body (first value of each field)."""
    # Parsed by hand: every form here is urlencoded, so no multipart parser is needed.
    fields = parse_qs((await request.body()).decode(errors="replace"), keep_blank_values=True)
    return {name: values[0] for name, values in fields.items()}


async def enter(request: Request) -> tuple[str, Variant]:
    """Resolve the request's variant, after that variant's server delay."""
    name: str = request.path_params["variant"]
    variant = VARIANTS.get(name)
    if variant is None:
        raise HTTPException(404)
    if variant.response_delay_s:
        await asyncio.sleep(variant.response_delay_s)
    return name, variant


def render(
    request: Request, name: str, template: str, status_code: int = 200, **context: Any
) -> Response:
    """Render a page of one variant, with its flags and its path prefix."""
    context |= {"v": VARIANTS[name], "base": f"/{name}", "countries": COUNTRIES}
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def redirect(name: str, path: str) -> RedirectResponse:
    return RedirectResponse(f"/{name}{path}", status_code=303)


async def index(request: Request) -> Response:
    """List the variants, for a person browsing the fixture server."""
    context = {"variants": VARIANTS, "sites": SITES}
    return templates.TemplateResponse(request, "index.html", context)


async def home(request: Request) -> Response:
    name, _ = await enter(request)
    return render(request, name, "home.html")


async def pricing(request: Request) -> Response:
    name, _ = await enter(request)
    return render(request, name, "pricing.html")


async def login(request: Request) -> Response:
    """Show the sign-in form, or check the posted credentials and start a session."""
    name, variant = await enter(request)
    if request.method == "GET":
        return render(request, name, "login.html", email="")
    if variant.login_button is None:
        # The page of this variant no longer posts anywhere, so nor may a journey.
        raise HTTPException(405)
    form = await read_form(request)
    email = form.get("email", "").strip()
    valid = email.lower() in LOGINS and form.get("password") == PASSWORD
    if not (valid and variant.accepts_valid_login):
        return render(request, name, "login.html", email=email, error="Invalid email or password")
    response = redirect(name, "/dashboard")
    max_age = REMEMBER_SECONDS if form.get("remember") else None
    response.set_cookie(
        COOKIE, session_token(name), max_age=max_age, path=f"/{name}", httponly=True
    )
    return response


async def logout(request: Request) -> Response:
    name, _ = await enter(request)
    response = redirect(name, "/")
    response.delete_cookie(COOKIE, path=f"/{name}", httponly=True)
    return response


async def dashboard(request: Request) -> Response:
    """Show Alice's dashboard, or send a stranger to sign in."""
    name, variant = await enter(request)
    if not signed_in(request, name):
        return redirect(name, "/login")
    if variant.dashboard_fails:
        return templates.TemplateResponse(request, "error.html", status_code=500)
    return render(request, name, "dashboard.html")


async def contact(request: Request) -> Response:
    """Show the contact form, or take a message and confirm it."""
    name, variant = await enter(request)
    if request.method == "GET":
        return render(request, name, "contact.html", form={})
    form = await read_form(request)
    if not all(form.get(field, "").strip() for field in ("name", "email", "message")):
        return render(request, name, "contact.html", form=form, error="Please fill in every field")
    if variant.contact_fails:
        error = "Something went wrong, please try again"
        return render(request, name, "contact.html", form=form, error=error)
    return redirect(name, "/contact/sent")


async def contact_sent(request: Request) -> Response:
    name, _ = await enter(request)
    return render(request, name, "contact_sent.html")


def create_app() -> Starlette:
    """Build the app that serves every site under its prefix and the shop under `/{variant}/`."""
    return Starlette(
        routes=[
            Route("/", index),
            *(Mount(prefix, site.create_app()) for prefix, site in SITES.items()),
            Route("/{variant}/", home),
            Route("/{variant}/pricing", pricing),
            Route("/{variant}/login", login, methods=["GET", "POST"]),
            Route("/{variant}/logout", logout, methods=["POST"]),
            Route("/{variant}/dashboard", dashboard),
            Route("/{variant}/contact", contact, methods=["GET", "POST"]),
            Route("/{variant}/contact/sent", contact_sent),
        ]
    )
