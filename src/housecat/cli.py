"""The `housecat` command: thin commands that call services."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from housecat import __version__
from housecat.config import Settings, load_settings
from housecat.errors import HouseCatError, describe_fields, field_errors
from housecat.redis import connect
from housecat.schedule.cron import parse_cron
from housecat.suites.models import DEFAULT_SCHEDULE, CreateTestSuite, TestSuiteResponse
from housecat.suites.service import NoScheduler, SuiteService
from housecat.suites.store import SuiteStore

T = TypeVar("T")

app = typer.Typer(
    help="HouseCat: synthetic monitoring in plain English.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
tests_app = typer.Typer(help="Manage saved tests.", no_args_is_help=True)
app.add_typer(tests_app, name="tests")

out = Console()
err = Console(stderr=True, soft_wrap=True)

DataDir = Annotated[
    Path | None, typer.Option("--data-dir", help="Data dir of the embedded Valkey.")
]


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a message a person can act on, and exit (2 = could not do it)."""
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


def settings_from(**overrides: object) -> Settings:
    """Read settings, letting command-line options override the environment."""
    try:
        return load_settings(**{k: v for k, v in overrides.items() if v is not None})
    except HouseCatError as exc:
        fail(exc.message)


def with_suites(settings: Settings, use: Callable[[SuiteService], Awaitable[T]]) -> T:
    """Run `use` with a suite service connected to Redis, turning errors into messages."""

    async def main() -> T:
        async with connect(settings) as redis:
            return await use(SuiteService(SuiteStore(redis), NoScheduler()))

    try:
        return asyncio.run(main())
    except HouseCatError as exc:
        fail(exc.message)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    data_dir: DataDir = None,
    insecure: Annotated[
        bool, typer.Option(help="Allow a non-loopback address without an API token.")
    ] = False,
) -> None:
    """Serve HouseCat at http://HOST:PORT (on the embedded Valkey unless REDIS_URL is set)."""
    import uvicorn

    from housecat.web.app import create_app

    settings = settings_from(host=host, port=port, data_dir=data_dir, insecure=insecure or None)
    if not settings.is_loopback and settings.token is None and not settings.insecure:
        fail(
            f"refusing to serve on {settings.host} without an API token: anyone who can reach "
            "it could change your tests. Set HOUSECAT_API_TOKEN, or pass --insecure."
        )
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    out.print(f"HouseCat {__version__} serving [bold]http://{settings.host}:{settings.port}[/bold]")
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")


@app.command()
def version() -> None:
    """Print HouseCat's version."""
    out.print(__version__)


def _schedule_words(schedule: str) -> str:
    try:
        return parse_cron(schedule).describe()
    except ValueError:
        return schedule


@tests_app.command("list")
def list_tests(data_dir: DataDir = None) -> None:
    """List saved tests, newest first."""
    listing = with_suites(settings_from(data_dir=data_dir), lambda suites: suites.list())
    if not listing.tests:
        out.print("No tests yet. Create one with: housecat tests create --help")
        return
    table = Table("id", "name", "url", "schedule", "status", "last result", "last run")
    for suite in listing.tests:
        table.add_row(
            suite.id,
            suite.name,
            suite.url,
            _schedule_words(suite.schedule),
            suite.status,
            suite.last_result,
            suite.last_run_at or "never",
        )
    out.print(table)
    out.print(f"{listing.total} test(s)")


def _print_suite(suite: TestSuiteResponse) -> None:
    table = Table(show_header=False, box=None)
    for field, value in suite.model_dump().items():
        shown = "" if value is None else str(value)
        if field == "schedule":
            shown = f"{shown}  ({_schedule_words(shown)})"
        table.add_row(f"[bold]{field}[/bold]", shown)
    out.print(table)


@tests_app.command("show")
def show_test(test_id: str, data_dir: DataDir = None) -> None:
    """Show one saved test."""
    _print_suite(with_suites(settings_from(data_dir=data_dir), lambda s: s.get(test_id)))


@tests_app.command("create")
def create_test(
    name: Annotated[str, typer.Option(help="A name, e.g. 'Login flow'.")],
    url: Annotated[str, typer.Option(help="Where the journey starts (http or https).")],
    goal: Annotated[str, typer.Option(help="What a visitor does, in plain English.")],
    schedule: Annotated[str, typer.Option(help="Cron expression.")] = DEFAULT_SCHEDULE,
    alert_webhook: Annotated[str | None, typer.Option(help="Webhook for alerts.")] = None,
    data_dir: DataDir = None,
) -> None:
    """Save a new test."""
    try:
        body = CreateTestSuite(
            name=name, url=url, goal=goal, schedule=schedule, alert_webhook=alert_webhook
        )
    except ValidationError as exc:
        fail(describe_fields(field_errors(exc.errors())))
    suite = with_suites(settings_from(data_dir=data_dir), lambda suites: suites.create(body))
    out.print(f"Created test [bold]{suite.id}[/bold]")
    _print_suite(suite)


@tests_app.command("delete")
def delete_test(test_id: str, data_dir: DataDir = None) -> None:
    """Delete a saved test with all its history."""
    with_suites(settings_from(data_dir=data_dir), lambda suites: suites.delete(test_id))
    out.print(f"Deleted test {test_id}")
