"""The `housecat` command: thin commands that call services."""

from housecat.cli import admin, check, data, manifest, plan, roles, run, serve, tests
from housecat.cli.app import app

__all__ = ["admin", "app", "check", "data", "manifest", "plan", "roles", "run", "serve", "tests"]
