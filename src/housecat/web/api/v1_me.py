"""The caller's own account: `/api/v1/me`, their password and their API keys."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from housecat.accounts.models import ApiKey, CreatedApiKey, Me, NewApiKey, PasswordChange, User
from housecat.accounts.roles import Role
from housecat.accounts.service import AccountService, WrongPassword
from housecat.errors import Forbidden
from housecat.signin.attempts import SignInAttempts
from housecat.web.auth import Caller, accounts, caller_of, client_address
from housecat.web.openapi import TOKEN_REQUIRED, errors
from housecat.web.state import app_state

router = APIRouter(prefix="/api/v1/me", tags=["users"], dependencies=TOKEN_REQUIRED)
Accounts = Annotated[AccountService, Depends(accounts)]
NO_USER = "this needs a user (signed in, or with their API key): the API token is no user"


def signed_in_user(caller: Caller) -> tuple[str, Role]:
    """Return the caller's user id and role; Forbidden for the API token or an open install."""
    if caller.user_id is None or caller.role is None:
        raise Forbidden(NO_USER)
    return caller.user_id, caller.role


@router.get("")
async def me(request: Request, service: Accounts) -> Me:
    """Say who the credentials name, and with which role."""
    caller = caller_of(request)
    user: User | None = await service.get(caller.user_id) if caller.user_id else None
    return Me(
        actor=caller.actor, role=caller.role or Role.VIEWER, project=caller.project, user=user
    )


@router.post("/password", status_code=204, responses=errors(403))
async def change_password(request: Request, body: PasswordChange, service: Accounts) -> Response:
    """Change your password (the current one is required); your other sessions end."""
    user_id, _ = signed_in_user(caller_of(request))
    attempts = SignInAttempts(app_state(request).redis)
    address = client_address(request)
    await attempts.refuse_if_over_limit(address)
    try:
        await service.change_password(
            user_id,
            body.current_password,
            body.new_password,
            keep_session=caller_of(request).session_id,
        )
    except WrongPassword:
        await attempts.failed(address)  # a guess at the password, like one at sign-in
        raise
    return Response(status_code=204)


@router.get("/keys", responses=errors(403))
async def list_my_keys(request: Request, service: Accounts) -> list[ApiKey]:
    """List your API keys: name, role, created, expiry and last use (never the secret)."""
    user_id, _ = signed_in_user(caller_of(request))
    return await service.keys_of(user_id)


@router.post("/keys", status_code=201, responses=errors(403))
async def create_my_key(request: Request, body: NewApiKey, service: Accounts) -> CreatedApiKey:
    """Create an API key with a role no higher than yours; the answer is the only copy of it."""
    user_id, _ = signed_in_user(caller_of(request))
    return await service.create_key(user_id, body)


@router.delete("/keys/{key_id}", status_code=204, responses=errors(403))
async def revoke_my_key(request: Request, key_id: str, service: Accounts) -> Response:
    """Revoke one of your API keys; it answers 401 from now on."""
    user_id, _ = signed_in_user(caller_of(request))
    await service.revoke_key(user_id, key_id)
    return Response(status_code=204)
