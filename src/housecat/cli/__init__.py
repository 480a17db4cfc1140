"""The `housecat` command: thin commands that call services."""

from housecat.cli import run, serve, tests
from housecat.cli.app import app

__all__ = ["app", "run", "serve", "tests"]
