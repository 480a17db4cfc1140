"""Admin: a many-field "New user" form, checked by the server, and a page per saved user.

Served under `/admin/{variant}/` (which redirects to `users/new`); `{variant}` is `ok`, `slow`,
`renamed` or `broken`.

The form page `/admin/{variant}/users/new` (title "New user — Admin", heading h1 "New user") posts
to itself. Its fields, each labelled with `<label for>` unless said otherwise:
"First name" (name `first_name`), "Last name" (`last_name`), "Email" (`email`, `type=email`,
`novalidate`), "Role" (`<select name=role>`: Viewer, Editor, Admin; Viewer selected),
"Plan" (`<fieldset>` with legend "Plan" holding radios `plan` "Free", "Pro", "Enterprise", each
inside its `<label>`; Free checked), "Notes" (`<textarea name=notes>`), "Password"
(`password`), "Repeat password" (`password2`), a checkbox inside its `<label>` "Send welcome
email" (`welcome`), and a `<button>` "Save user". Two labels contain others: "Password" is in
"Repeat password", "Email" is in "Send welcome email".

Checks, in this order: no email → the form again (200) with `<p role="alert">` "Email is
required"; the two passwords differ → alert "Passwords do not match". Both can show at once.
The form then keeps every value but the two passwords, which are emptied.

A valid submit → 303 to `/admin/{variant}/users/{n}?saved=1` (n counts up from 1 across the
whole server). That page (title "FULL NAME — Admin") shows, with `?saved=1`, `<p role="status">`
"User saved", then heading h1 with the full name ("Ada Lovelace") and a `<dl>` of the saved values:
"First name", "Last name", "Email", "Role", "Plan", "Notes", "Welcome email" ("Sent" or
"Not sent"); the password appears nowhere. An unknown user answers 404.

Variants:
- `ok`: as above.
- `slow`: every POST answers after 1.5 s.
- `renamed`: "Last name" reads "Surname" (on the form and the saved page) and the button
  "Save user" reads "Create user". Saving works.
- `broken`: a submit that passes the checks answers the form again (200) with
  `<p role="alert">` "Something went wrong", keeping the values as after a failed check; nothing
  is saved. The checks themselves still work.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from tests.sites.common import answer_late, condition_of, first, read_form, render

PREFIX = "/admin"
ROLES = ("Viewer", "Editor", "Admin")
PLANS = ("Free", "Pro", "Enterprise")
# The fields whose values the form keeps after a failed check (never the passwords).
KEPT = ("first_name", "last_name", "email", "role", "plan", "notes", "welcome")


@dataclass(frozen=True)
class Wording:
    last_name: str = "Last name"
    button: str = "Save user"


RENAMED = Wording(last_name="Surname", button="Create user")


@dataclass(frozen=True)
class User:
    first_name: str
    last_name: str
    email: str
    role: str
    plan: str
    notes: str
    welcome: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Users:
    """The users saved since the server started, per variant."""

    def __init__(self) -> None:
        self._saved: dict[tuple[str, int], User] = {}
        self._numbers = itertools.count(1)

    def add(self, variant: str, user: User) -> int:
        number = next(self._numbers)
        self._saved[variant, number] = user
        return number

    def get(self, variant: str, number: int) -> User | None:
        return self._saved.get((variant, number))


def wording(variant: str) -> Wording:
    return RENAMED if variant == "renamed" else Wording()


def problems(form: dict[str, list[str]]) -> list[str]:
    """Return what is wrong with a submitted form, in the order the page shows it."""
    found = []
    if not first(form, "email"):
        found.append("Email is required")
    if form.get("password", [""])[0] != form.get("password2", [""])[0]:
        found.append("Passwords do not match")
    return found


def show_form(
    request: Request, variant: str, values: dict[str, str], errors: list[str]
) -> Response:
    return render(
        request,
        "admin/new_user.html",
        base=f"{PREFIX}/{variant}",
        words=wording(variant),
        values=values,
        errors=errors,
        roles=ROLES,
        plans=PLANS,
    )


def user_from(form: dict[str, list[str]]) -> User:
    role, plan = first(form, "role"), first(form, "plan")
    return User(
        first_name=first(form, "first_name"),
        last_name=first(form, "last_name"),
        email=first(form, "email"),
        role=role if role in ROLES else ROLES[0],
        plan=plan if plan in PLANS else PLANS[0],
        notes=first(form, "notes"),
        welcome=bool(first(form, "welcome")),
    )


def create_app() -> Starlette:
    """Build the admin site, to mount at PREFIX."""
    users = Users()

    async def start(request: Request) -> Response:
        variant = condition_of(request)
        return RedirectResponse(f"{PREFIX}/{variant}/users/new", status_code=303)

    async def new_user(request: Request) -> Response:
        """Show the empty form, or check a submitted one and save the user."""
        variant = condition_of(request)
        if request.method == "GET":
            return show_form(request, variant, {"role": ROLES[0], "plan": PLANS[0]}, [])
        await answer_late(variant)
        form = await read_form(request)
        values = {name: first(form, name) for name in KEPT}
        errors = problems(form)
        if not errors and variant == "broken":
            errors = ["Something went wrong"]
        if errors:
            return show_form(request, variant, values, errors)
        number = users.add(variant, user_from(form))
        return RedirectResponse(f"{PREFIX}/{variant}/users/{number}?saved=1", status_code=303)

    async def saved_user(request: Request) -> Response:
        variant = condition_of(request)
        user = users.get(variant, request.path_params["number"])
        if user is None:
            raise HTTPException(404)
        saved = bool(request.query_params.get("saved"))
        words = wording(variant)
        base = f"{PREFIX}/{variant}"
        return render(request, "admin/user.html", base=base, user=user, words=words, saved=saved)

    return Starlette(
        routes=[
            Route("/{variant}/", start),
            Route("/{variant}/users/new", new_user, methods=["GET", "POST"]),
            Route("/{variant}/users/{number:int}", saved_user),
        ]
    )
