"""The Typer app and what every command shares: settings, errors, output."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from housecat.audit.actor import act_as
from housecat.config import Settings, env_name, load_settings
from housecat.data_dir import unusable_reason
from housecat.errors import HouseCatError

app = typer.Typer(
    help="HouseCat: synthetic monitoring in plain English.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DataDir = Annotated[
    Path | None, typer.Option("--data-dir", help="Data dir of the embedded Valkey.")
]


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a message a person can act on, and exit (2 = could not do it)."""
    err.print(Text.assemble(("error: ", "red"), message))
    raise typer.Exit(code)


def settings_from(**overrides: object) -> Settings:
    """Read settings, letting command-line options override the environment."""
    try:
        return load_settings(**{k: v for k, v in overrides.items() if v is not None})
    except HouseCatError as exc:
        fail(exc.message)


def store_settings_from(*, keeps_files: bool = False, **overrides: object) -> Settings:
    """Read settings for a command that uses the store, and check its data dir first.

    The data dir holds the embedded Valkey's files (unless REDIS_URL is set) and, for
    commands that run journeys, their screenshots. Checking it before anything starts
    turns a bad one into one line instead of a traceback from deep inside.
    """
    settings = settings_from(**overrides)
    act_as("cli")  # what the command changes, the audit trail records as the command line's
    if keeps_files or settings.redis_url is None:
        reason = unusable_reason(settings.data_dir)
        if reason is not None:
            fail(f"invalid setting {env_name('data_dir')} (--data-dir): {reason}")
    return settings


def store_name(settings: Settings) -> str:
    """Say which store the settings point at, without its password."""
    from housecat.redis import redact  # redis-py is slow to import; `run` needs none of it

    if settings.redis_url:
        return f"Redis at {redact(settings.redis_url)}"
    return f"the embedded Valkey in {settings.data_dir.resolve()}"
