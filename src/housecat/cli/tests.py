"""`housecat tests …`: manage saved tests."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from pydantic import ValidationError
from rich.table import Table

from housecat.cli.app import DataDir, app, fail, out, settings_from
from housecat.config import Settings
from housecat.errors import HouseCatError, describe_fields, field_errors
from housecat.schedule.cron import parse_cron
from housecat.suites.fields import DEFAULT_SCHEDULE
from housecat.suites.models import CreateTestSuite, TestSuiteResponse

if TYPE_CHECKING:
    from housecat.suites.service import SuiteService

T = TypeVar("T")

tests_app = typer.Typer(help="Manage saved tests.", no_args_is_help=True)
app.add_typer(tests_app, name="tests")


def with_suites(settings: Settings, use: Callable[[SuiteService], Awaitable[T]]) -> T:
    """Run `use` with a suite service connected to Redis, turning errors into messages."""
    # Imported here so that `housecat run`, which needs no Redis, starts faster.
    from housecat.redis import connect
    from housecat.suites.service import NoScheduler, SuiteService
    from housecat.suites.store import SuiteStore

    async def main() -> T:
        async with connect(settings) as redis:
            allow = settings.allow_private_webhooks
            return await use(
                SuiteService(SuiteStore(redis), NoScheduler(), allow_private_webhooks=allow)
            )

    try:
        return asyncio.run(main())
    except HouseCatError as exc:
        fail(exc.message)


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
    schedule: Annotated[
        str, typer.Option(help="Cron expression, or @hourly, @daily, @weekly…")
    ] = DEFAULT_SCHEDULE,
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
