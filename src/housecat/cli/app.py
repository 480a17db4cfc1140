"""The Typer app and what every command shares: settings, errors, output."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from housecat.config import Settings, load_settings
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
