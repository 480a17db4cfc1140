"""The `housecat` command: thin commands that call services."""

from housecat.cli import manifest, plan, roles, run, serve, tests
from housecat.cli.app import app

__all__ = ["app", "manifest", "plan", "roles", "run", "serve", "tests"]
