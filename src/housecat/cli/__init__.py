"""The `housecat` command: thin commands that call services."""

from housecat.cli import check, manifest, plan, roles, run, serve, tests
from housecat.cli.app import app

__all__ = ["app", "check", "manifest", "plan", "roles", "run", "serve", "tests"]
