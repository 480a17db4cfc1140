"""`housecat admin create`: the first admin (or another), from the command line."""

from __future__ import annotations

import asyncio
import sys
from typing import Annotated

import typer

from housecat.cli.app import DataDir, app, err, fail, out, store_name, store_settings_from
from housecat.errors import HouseCatError

admin_app = typer.Typer(help="Manage the people who sign in.", no_args_is_help=True)
app.add_typer(admin_app, name="admin")


def _read_password(from_stdin: bool) -> str:
    """Read the password: the first line of stdin, or asked for twice without echo."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first: str = typer.prompt("Password", hide_input=True, default="", show_default=False)
    again: str = typer.prompt("Password again", hide_input=True, default="", show_default=False)
    if first != again:
        fail("the two passwords differ")
    return first


@admin_app.command("create")
def create_admin(
    username: Annotated[str, typer.Option(help="The admin's username (unique, any case).")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin's first line.")
    ] = False,
    display_name: Annotated[str | None, typer.Option(help="The name pages show.")] = None,
    data_dir: DataDir = None,
) -> None:
    """Create an admin of the default project; from then on, signing in is required."""
    from pydantic import ValidationError

    from housecat.accounts.models import NewUser
    from housecat.accounts.roles import Role
    from housecat.errors import describe_fields, field_errors

    settings = store_settings_from(data_dir=data_dir)
    password = _read_password(password_stdin)
    try:
        new = NewUser(
            username=username, password=password, display_name=display_name, role=Role.ADMIN
        )
    except ValidationError as exc:
        fail(describe_fields(field_errors(exc.errors())))
    err.print(f"using {store_name(settings)}", style="dim", highlight=False)

    async def main() -> str:
        from housecat.accounts.api_keys import ApiKeyStore
        from housecat.accounts.service import AccountService
        from housecat.accounts.store import UserStore
        from housecat.redis import connect
        from housecat.signin.sessions import SessionStore

        async with connect(settings) as redis:
            service = AccountService(UserStore(redis), ApiKeyStore(redis), SessionStore(redis, 0))
            return (await service.create_user(new)).id

    try:
        user_id = asyncio.run(main())
    except HouseCatError as exc:
        fail(exc.message)
    out.print(f"created admin {username} ({user_id}); sign in at /login")
