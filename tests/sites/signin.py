"""Acme sign-in: four differently built sign-in pages, each with a small signed-in app behind it.

Served under `/signin/{style}/{variant}/`; `{variant}` is `ok`, `slow`, `renamed` or `broken`.

The account: username `jdoe` (the email `jdoe@example.com` works too), password `pa55word`.

Styles (the sign-in page at `/signin/{style}/{variant}/`, title "Sign in — Acme", heading h1
"Welcome to Acme", so "Welcome" is on the page before signing in):
- `labelled`: `<label for>` "Username" (input name `username`) and "Password" (`password`),
  a `<button>` "Sign in".
- `placeholder`: no labels; inputs with placeholders "Email or username" (name `login`) and
  "Password" (`password`), a `<button>` "Continue".
- `table`: unlabelled inputs in a `<table>`: rows "Login" | `<input name=u>` and
  "Password" | `<input type=password name=p>`, then `<input type=submit value="Enter">`.
- `two-forms`: two `<section>`s. "Sign in" (h2): labelled "Email" (`type=email`, `novalidate`, so
  `jdoe` works too) and "Password", button "Sign in". "Create account" (h2): labelled "Name",
  "Email", "Password", "Repeat password", button "Create account"; it posts to `register` and
  answers the page with status "Account created for NAME. You can sign in now.", or the alert
  "Please fill in every field" / "Passwords do not match" in that section (it stores nothing).

Every sign-in form posts to its own page. Wrong credentials → the sign-in page again (200) with
`<p role="alert">` "Invalid username or password", the first field keeping its value.
Right credentials → 303 to `/signin/{style}/{variant}/home` with the cookie `acme_session`
(HMAC-signed, `Path=/signin/{style}/{variant}`, so a session belongs to one style and variant).

Signed in (any other page without a session → 303 to the sign-in page):
- `home`: title "Dashboard — Acme", heading "Dashboard", text "Welcome back, jdoe".
- `reports`, `settings`, `profile`: headings "Reports", "Settings", "Profile".
- Every signed-in page has `<nav aria-label="Main">` with links "Dashboard", "Reports",
  "Settings", and a button "Account" (`aria-haspopup="true"`, `aria-expanded`) that opens a
  popup (`hidden` until then; Escape or a click elsewhere closes it) holding a link "Profile"
  and a `<button>` "Sign out". Sign out → 303 to the sign-in page `?signed_out=1`, which shows
  `<p role="status">` "You have been signed out"; the session cookie is deleted.

A fifth page, `/signin/magic/{variant}/` (title "Sign in — Acme", heading h1 "Welcome to
Acme"), signs in by e-mail link: one field labelled "Email" (`type=email`, name `email`,
`autocomplete=email`) and a button "Send link". Posting an address answers the page with
`<p role="status">` "Check your inbox: we sent a link to ADDRESS" and no form; an empty
address answers the alert "Please enter your email". `renamed`: the label reads "Your
address" and the button "Email me a link". `broken`: every address gets the alert
"Something went wrong". `slow`: the POST answers after 1.5 s.

Variants:
- `ok`: as above.
- `slow`: every POST (sign in, sign out, create account) answers after 1.5 s.
- `renamed`: the first field and the button are relabelled — `labelled`: "Username" → "User ID",
  "Sign in" → "Log in"; `placeholder`: "Email or username" → "Your login", "Continue" → "Next";
  `table`: "Login" → "User", "Enter" → "Go"; `two-forms` (sign-in form only): "Email" →
  "Email address", "Sign in" button → "Log in" (the section heading stays "Sign in").
  Signing in works.
- `broken`: valid credentials are rejected with the same alert as wrong ones.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from tests.sites.common import answer_late, condition_of, first, read_form, render

PREFIX = "/signin"
STYLES = ("labelled", "placeholder", "table", "two-forms")
LOGINS = frozenset({"jdoe", "jdoe@example.com"})
PASSWORD = "pa55word"
COOKIE = "acme_session"
PAGES = {"reports": "Reports", "settings": "Settings", "profile": "Profile"}
# The names the sign-in form of each style posts: (login field, password field).
FIELDS = {
    "labelled": ("username", "password"),
    "placeholder": ("login", "password"),
    "table": ("u", "p"),
    "two-forms": ("email", "password"),
}


@dataclass(frozen=True)
class Wording:
    """The words on a sign-in form that a redesign renames: its first field and its button."""

    login: str
    button: str


WORDING = {
    "labelled": Wording("Username", "Sign in"),
    "placeholder": Wording("Email or username", "Continue"),
    "table": Wording("Login", "Enter"),
    "two-forms": Wording("Email", "Sign in"),
}
RENAMED = {
    "labelled": Wording("User ID", "Log in"),
    "placeholder": Wording("Your login", "Next"),
    "table": Wording("User", "Go"),
    "two-forms": Wording("Email address", "Log in"),
}
# A per-process key keeps sessions stateless yet unforgeable.
_KEY = secrets.token_bytes(32)


def wording(style: str, variant: str) -> Wording:
    """Return the words a style's sign-in form shows in a variant."""
    return (RENAMED if variant == "renamed" else WORDING)[style]


def base_of(style: str, variant: str) -> str:
    return f"{PREFIX}/{style}/{variant}"


def session_token(style: str, variant: str) -> str:
    """Return the cookie value that proves jdoe signed in to this style and variant."""
    return hmac.new(_KEY, f"{style}/{variant}:jdoe".encode(), hashlib.sha256).hexdigest()


def enter(request: Request) -> tuple[str, str]:
    """Resolve the request's style and variant, or answer 404."""
    style: str = request.path_params["style"]
    if style not in STYLES:
        raise HTTPException(404)
    return style, condition_of(request)


def signed_in(request: Request, style: str, variant: str) -> bool:
    token = request.cookies.get(COOKIE, "")
    return hmac.compare_digest(token, session_token(style, variant))


def redirect(style: str, variant: str, path: str) -> RedirectResponse:
    return RedirectResponse(base_of(style, variant) + path, status_code=303)


def show_login(
    request: Request, style: str, variant: str, status_code: int = 200, **context: object
) -> Response:
    """Render a style's sign-in page with its variant's wording."""
    template = f"signin/login_{style.replace('-', '_')}.html"
    words = wording(style, variant)
    base = base_of(style, variant)
    context = {"login": "", "register": {}, **context}
    return render(request, template, status_code, base=base, words=words, **context)


async def login(request: Request) -> Response:
    """Show the sign-in page, or check the posted credentials and start a session."""
    style, variant = enter(request)
    if request.method == "GET":
        signed_out = "You have been signed out" if request.query_params.get("signed_out") else ""
        return show_login(request, style, variant, notice=signed_out)
    await answer_late(variant)
    form = await read_form(request)
    login_field, password_field = FIELDS[style]
    login = first(form, login_field)
    valid = login.lower() in LOGINS and form.get(password_field, [""])[0] == PASSWORD
    if not valid or variant == "broken":
        error = "Invalid username or password"
        return show_login(request, style, variant, login=login, error=error)
    response = redirect(style, variant, "/home")
    cookie = session_token(style, variant)
    response.set_cookie(COOKIE, cookie, path=base_of(style, variant), httponly=True)
    return response


async def register(request: Request) -> Response:
    """Check the two-forms page's "Create account" form; nothing is kept."""
    style, variant = enter(request)
    if style != "two-forms":
        raise HTTPException(404)
    await answer_late(variant)
    form = await read_form(request)
    names = ("name", "email", "password", "password2")
    values = {name: first(form, name) for name in names}
    if not all(values.values()):
        error = "Please fill in every field"
    elif values["password"] != values["password2"]:
        error = "Passwords do not match"
    else:
        created = f"Account created for {values['name']}. You can sign in now."
        return show_login(request, style, variant, created=created)
    kept = {"name": values["name"], "email": values["email"]}
    return show_login(request, style, variant, register=kept, register_error=error)


async def signout(request: Request) -> Response:
    style, variant = enter(request)
    await answer_late(variant)
    response = redirect(style, variant, "/?signed_out=1")
    response.delete_cookie(COOKIE, path=base_of(style, variant), httponly=True)
    return response


async def page(request: Request) -> Response:
    """Show a signed-in page (the dashboard, or one named in PAGES), or send a stranger away."""
    style, variant = enter(request)
    name: str = request.path_params.get("page", "home")
    if name != "home" and name not in PAGES:
        raise HTTPException(404)
    if not signed_in(request, style, variant):
        return redirect(style, variant, "/")
    heading = PAGES.get(name, "Dashboard")
    return render(request, "signin/home.html", base=base_of(style, variant), heading=heading)


async def magic(request: Request) -> Response:
    """Sign in by e-mail link: ask for an address, then say where the link went."""
    variant = condition_of(request)
    renamed = variant == "renamed"
    words = {
        "label": "Your address" if renamed else "Email",
        "button": "Email me a link" if renamed else "Send link",
    }
    context: dict[str, object] = {"base": f"{PREFIX}/magic/{variant}", **words}
    if request.method == "POST":
        await answer_late(variant)
        address = first(await read_form(request), "email")
        if variant == "broken":
            context["error"] = "Something went wrong"
        elif not address:
            context["error"] = "Please enter your email"
        else:
            context["notice"] = f"Check your inbox: we sent a link to {address}"
    return render(request, "signin/magic.html", **context)


def create_app() -> Starlette:
    """Build the sign-in site, to mount at PREFIX."""
    return Starlette(
        routes=[
            Route("/magic/{variant}/", magic, methods=["GET", "POST"]),
            Route("/{style}/{variant}/", login, methods=["GET", "POST"]),
            Route("/{style}/{variant}/register", register, methods=["POST"]),
            Route("/{style}/{variant}/signout", signout, methods=["POST"]),
            Route("/{style}/{variant}/home", page),
            Route("/{style}/{variant}/{page}", page),
        ]
    )
