"""`--var NAME=VALUE` and `--secret NAME=VALUE` options, shared by the commands that take them."""

from __future__ import annotations

from typing import Annotated

import typer

from housecat.cli.app import fail

Vars = Annotated[
    list[str] | None,
    typer.Option("--var", help="A variable for {{NAME}}, as NAME=VALUE (repeat for more)."),
]
Secrets = Annotated[
    list[str] | None,
    typer.Option(
        "--secret",
        help="A secret for {{NAME}}, as NAME=VALUE, or NAME alone to be asked for it unseen.",
    ),
]


def pairs(given: list[str] | None, option: str) -> dict[str, str]:
    """Read NAME=VALUE options; a bare NAME is asked for (without echo) when a secret."""
    values: dict[str, str] = {}
    for item in given or []:
        name, equals, value = item.partition("=")
        if not equals:
            if option != "--secret":
                fail(f"{option} wants NAME=VALUE, got '{item}'")
            value = typer.prompt(f"Value of secret {name}", hide_input=True)
        values[name.strip()] = value
    return values
