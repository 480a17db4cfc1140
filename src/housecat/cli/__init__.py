"""The `housecat` command: thin commands that call services."""

from housecat.cli import check, data, manifest, plan, roles, run, serve, tests
from housecat.cli.app import app

__all__ = ["app", "check", "data", "manifest", "plan", "roles", "run", "serve", "tests"]
