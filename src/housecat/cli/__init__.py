"""The `housecat` command: thin commands that call services."""

from housecat.cli import data, plan, roles, run, serve, tests
from housecat.cli.app import app

__all__ = ["app", "data", "plan", "roles", "run", "serve", "tests"]
