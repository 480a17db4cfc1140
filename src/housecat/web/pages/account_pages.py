"""`/setup` (the first admin, while nobody has an account) and `/account` (your password)."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response
from pydantic import ValidationError

from housecat.accounts.models import NewUser
from housecat.accounts.roles import Role
from housecat.accounts.service import WrongPassword
from housecat.accounts.store import UserStore
from housecat.errors import HouseCatError, InvalidInput, NotFound, field_errors
from housecat.signin.attempts import SignInAttempts
from housecat.web.auth import accounts, caller_of, client_address, sessions
from housecat.web.pages.forms import read_form
from housecat.web.pages.login import signed_in
from housecat.web.pages.routing import page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state

router = page_router()
SETUP_DONE = "HouseCat already has an admin: sign in, or ask an admin for an account."


async def _refuse_once_set_up(request: Request) -> None:
    if await UserStore(app_state(request).redis).any_user():
        raise NotFound(SETUP_DONE)


@router.get("/setup")
async def setup_form(request: Request) -> Response:
    """Ask for the first admin's username and password, while nobody has an account."""
    await _refuse_once_set_up(request)
    return _setup_page(request, {})


@router.post("/setup")
async def setup(request: Request) -> Response:
    """Create the first admin and sign them in; refused once anyone has an account."""
    await _refuse_once_set_up(request)
    form = await read_form(request)
    if form.get("password", "") != form.get("password_again", ""):
        return _setup_page(request, form, {"password_again": "the two passwords differ"})
    try:
        new = NewUser.model_validate(
            {
                "username": form.get("username", ""),
                "password": form.get("password", ""),
                "display_name": form.get("display_name") or None,
                "role": Role.ADMIN,
            }
        )
        user = await accounts(request).create_user(new, only_if_first=True)
    except InvalidInput as exc:
        return _setup_page(request, form, exc.fields or {"username": exc.message})
    except HouseCatError as exc:
        return _setup_page(request, form, {"username": exc.message}, exc.status_code)
    except ValidationError as exc:
        return _setup_page(request, form, field_errors(exc.errors()))
    return await signed_in(request, await sessions(request).start_for_user(user.id), "/")


def _setup_page(
    request: Request, form: dict[str, str], errors: dict[str, str] | None = None, status: int = 0
) -> Response:
    context = {"form": form, "errors": errors or {}}
    code = status or (422 if errors else 200)
    return templates.TemplateResponse(request, "setup.html", context, status_code=code)


@router.get("/account")
async def account(request: Request) -> Response:
    """Show who you are signed in as, and a form to change your password."""
    return await _account_page(request, {})


@router.post("/account/password")
async def change_password(request: Request) -> Response:
    """Change your password; your other sessions end."""
    caller = caller_of(request)
    if caller.user_id is None:
        raise InvalidInput("the API token has no password to change here")
    form = await read_form(request)
    if form.get("new_password", "") != form.get("new_password_again", ""):
        return await _account_page(request, {"new_password_again": "the two passwords differ"})
    attempts = SignInAttempts(app_state(request).redis)
    address = client_address(request)
    await attempts.refuse_if_over_limit(address)
    try:
        await accounts(request).change_password(
            caller.user_id,
            form.get("current_password", ""),
            form.get("new_password", ""),
            keep_session=caller.session_id,
        )
    except WrongPassword as exc:
        await attempts.failed(address)
        return await _account_page(request, exc.fields)
    except InvalidInput as exc:
        return await _account_page(request, exc.fields or {"new_password": exc.message})
    return await _account_page(request, {}, changed=True)


async def _account_page(
    request: Request, errors: dict[str, str], *, changed: bool = False
) -> Response:
    caller = caller_of(request)
    user = await accounts(request).get(caller.user_id) if caller.user_id else None
    context = {
        "user": user,
        "actor": caller.actor,
        "role": caller.role,
        "errors": errors,
        "changed": changed,
    }
    status = 422 if errors else 200
    return templates.TemplateResponse(request, "account.html", context, status_code=status)
