"""Users and their keys, for admins: `/api/v1/users`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response

from housecat.accounts.models import ApiKey, NewUser, User, UserChange
from housecat.accounts.service import AccountService
from housecat.errors import Forbidden
from housecat.web.auth import Proof, accounts, caller_of
from housecat.web.openapi import TOKEN_REQUIRED, ErrorBody, errors

router = APIRouter(prefix="/api/v1/users", tags=["users"], dependencies=TOKEN_REQUIRED)
FIRST_ADMIN = "no user exists yet: create the first admin at /setup or with `housecat admin create`"
Accounts = Annotated[AccountService, Depends(accounts)]

TAKEN: dict[int | str, dict[str, Any]] = {
    409: {"description": "The username is taken", "model": ErrorBody}
}
LAST_ADMIN: dict[int | str, dict[str, Any]] = {
    409: {"description": "It would leave the project without an admin", "model": ErrorBody}
}


@router.get("")
async def list_users(service: Accounts) -> list[User]:
    """List the members of the project with their role, by username."""
    return await service.members()


@router.post("", status_code=201, responses=TAKEN | errors(403))
async def create_user(request: Request, body: NewUser, service: Accounts) -> User:
    """Create a user with a role (viewer unless said); 409 if the username is taken."""
    if caller_of(request).proof is Proof.OPEN:
        # Whoever reaches an open install must not lock everyone else out from the API.
        raise Forbidden(FIRST_ADMIN)
    return await service.create_user(body)


@router.get("/{user_id}")
async def get_user(user_id: str, service: Accounts) -> User:
    """Get one user and their role."""
    return await service.member(user_id)


@router.patch("/{user_id}", responses=LAST_ADMIN)
async def update_user(user_id: str, body: UserChange, service: Accounts) -> User:
    """Change a user's display name, e-mail or role, or disable them (ending their sessions)."""
    return await service.update(user_id, body)


@router.delete("/{user_id}", status_code=204, responses=LAST_ADMIN)
async def delete_user(user_id: str, service: Accounts) -> Response:
    """Delete a user with their keys and sessions."""
    await service.delete(user_id)
    return Response(status_code=204)


@router.get("/{user_id}/keys")
async def list_keys_of_user(user_id: str, service: Accounts) -> list[ApiKey]:
    """List a user's API keys (never their secrets)."""
    await service.member(user_id)
    return await service.keys_of(user_id)


@router.delete("/{user_id}/keys/{key_id}", status_code=204)
async def revoke_key_of_user(user_id: str, key_id: str, service: Accounts) -> Response:
    """Revoke one of a user's API keys."""
    await service.member(user_id)
    await service.revoke_key(user_id, key_id)
    return Response(status_code=204)
