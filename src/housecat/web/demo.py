"""`/demo`: a tiny sign-in site served by HouseCat, so a first journey has somewhere to go."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates

router = APIRouter(prefix="/demo", include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")

EMAIL = "alice@example.com"
PASSWORD = "hunter2"  # noqa: S105 - shown on the page: it is the demo's public account
PRODUCTS = ("Brass Desk Lamp", "Walnut Bookshelf", "Linen Armchair")
COOKIE = "housecat_demo"
# Signed with a per-process key: sessions need no storage and end when HouseCat restarts.
_KEY = secrets.token_bytes(32)
_TOKEN = hmac.new(_KEY, EMAIL.encode(), hashlib.sha256).hexdigest()


def signed_in(request: Request) -> bool:
    """Tell whether the request carries the demo's session cookie."""
    return hmac.compare_digest(request.cookies.get(COOKIE, ""), _TOKEN)


async def read_form(request: Request) -> dict[str, str]:
    """Decode an urlencoded form body (first value of each field)."""
    # Parsed by hand: the demo's forms are urlencoded, so no multipart parser is needed.
    fields = parse_qs((await request.body()).decode(errors="replace"), keep_blank_values=True)
    return {name: values[0] for name, values in fields.items()}


def login_page(request: Request, email: str = "", error: str | None = None) -> Response:
    context = {"email": email, "error": error, "demo_email": EMAIL, "demo_password": PASSWORD}
    return templates.TemplateResponse(request, "demo/login.html", context)


@router.get("/")
async def home(request: Request) -> Response:
    """Show the demo's home page, which links to sign-in."""
    return templates.TemplateResponse(request, "demo/home.html")


@router.get("/login")
async def login_form(request: Request) -> Response:
    """Show the sign-in form with the demo account on it."""
    return login_page(request)


@router.post("/login")
async def login(request: Request) -> Response:
    """Start a session for the demo account, or show the form again with an alert."""
    form = await read_form(request)
    email = form.get("email", "").strip()
    valid = email.lower() == EMAIL and secrets.compare_digest(form.get("password", ""), PASSWORD)
    if not valid:
        return login_page(request, email, "Invalid email or password")
    response = RedirectResponse("/demo/dashboard", status_code=303)
    response.set_cookie(COOKIE, _TOKEN, path="/demo", httponly=True, samesite="lax")
    return response


@router.get("/dashboard")
async def dashboard(request: Request) -> Response:
    """Greet the signed-in user and list the products; send anyone else to sign in."""
    if not signed_in(request):
        return RedirectResponse("/demo/login", status_code=303)
    return templates.TemplateResponse(request, "demo/dashboard.html", {"products": PRODUCTS})


@router.post("/logout")
async def logout() -> Response:
    """End the session and go back to the home page."""
    response = RedirectResponse("/demo/", status_code=303)
    response.delete_cookie(COOKIE, path="/demo", httponly=True, samesite="lax")
    return response
