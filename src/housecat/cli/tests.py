"""`housecat tests …`: manage saved tests."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from pydantic import ValidationError
from rich.table import Table

from housecat.cli.app import (
    DataDir,
    app,
    err,
    fail,
    out,
    settings_from,
    store_name,
    store_settings_from,
)
from housecat.cli.values import Secrets, Vars, pairs
from housecat.errors import HouseCatError, describe_fields, field_errors
from housecat.plan.variables import MASK
from housecat.suites.defaults import DEFAULT_SCHEDULE

if TYPE_CHECKING:
    from housecat.suites.models import TestSuiteResponse
    from housecat.suites.service import SuiteService

T = TypeVar("T")

# Checked by the test's model, which names the choices when the value is none of them.
ExecutorOption = Annotated[
    str,
    typer.Option(
        help="Who runs it: 'browser' (HouseCat's Chromium) or 'tinyfish' (TinyFish's agent)."
    ),
]
PlannerOption = Annotated[
    str,
    typer.Option(
        help="Who compiles the goal: auto (built-in, a model for what it cannot read), "
        "builtin or model."
    ),
]

ModelBudgetOption = Annotated[
    float | None,
    typer.Option(
        "--model-budget", help="US dollars a day it may spend on a model; then model use stops."
    ),
]

tests_app = typer.Typer(help="Manage saved tests.", no_args_is_help=True)
app.add_typer(tests_app, name="tests")


def with_suites(data_dir: Path | None, use: Callable[[SuiteService], Awaitable[T]]) -> T:
    """Run `use` with a suite service connected to Redis, turning errors into messages."""
    # Imported here so that `housecat run`, which needs no Redis, starts faster.
    from housecat.redis import connect
    from housecat.services import suite_service

    settings = store_settings_from(data_dir=data_dir)
    # Run from another directory, a command may find another store than the server's:
    # say which (on stderr, so that stdout stays for scripts).
    err.print(f"using {store_name(settings)}", style="dim", highlight=False)

    async def main() -> T:
        async with connect(settings) as redis:
            # On its schedule at once, as one made through the API: due in the store, or
            # registered with QStash.
            suites = suite_service(redis, settings)
            return await use(suites)

    try:
        return asyncio.run(main())
    except HouseCatError as exc:
        fail(exc.message)


def _schedule_words(schedule: str) -> str:
    from housecat.schedule.cron import parse_cron  # croniter: only for the commands that show one

    try:
        return parse_cron(schedule).describe()
    except ValueError:
        return schedule


@tests_app.command("list")
def list_tests(data_dir: DataDir = None) -> None:
    """List saved tests, newest first."""
    listing = with_suites(data_dir, lambda suites: suites.list())
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
        elif isinstance(value, dict):  # variables, and secrets (masked by the model)
            shown = ", ".join(f"{name}={item}" for name, item in value.items())
        table.add_row(f"[bold]{field}[/bold]", shown)
    out.print(table)


def _warn(suite: TestSuiteResponse) -> None:
    """Say on stderr what the test still needs before it can run here."""
    from housecat.runs.tinyfish_run import setup_warnings

    ready = settings_from().tinyfish_api_key is not None
    for warning in setup_warnings(suite, tinyfish_ready=ready):
        err.print(f"warning: {warning}", highlight=False)


@tests_app.command("show")
def show_test(test_id: str, data_dir: DataDir = None) -> None:
    """Show one saved test."""
    _print_suite(with_suites(data_dir, lambda s: s.get(test_id)))


@tests_app.command("create")
def create_test(
    name: Annotated[str, typer.Option(help="A name, e.g. 'Login flow'.")],
    url: Annotated[str, typer.Option(help="Where the journey starts (http or https).")],
    goal: Annotated[str, typer.Option(help="What a visitor does, in plain English.")],
    schedule: Annotated[
        str, typer.Option(help="Cron expression, or @hourly, @daily, @weekly…")
    ] = DEFAULT_SCHEDULE,
    alert_webhook: Annotated[str | None, typer.Option(help="Webhook for alerts.")] = None,
    var: Vars = None,
    secret: Secrets = None,
    planner: PlannerOption = "auto",
    executor: ExecutorOption = "browser",
    model_budget: ModelBudgetOption = None,
    data_dir: DataDir = None,
) -> None:
    """Save a new test."""
    from housecat.suites.models import CreateTestSuite  # the goal's grammar: only when saving

    variables, secrets = pairs(var, "--var"), pairs(secret, "--secret")
    try:
        body = CreateTestSuite(
            name=name,
            url=url,
            goal=goal,
            schedule=schedule,
            alert_webhook=alert_webhook,
            variables=variables,
            secrets=secrets,
            planner=planner,
            executor=executor,
            model_budget_usd=model_budget,
        )
    except ValidationError as exc:
        fail(describe_fields(field_errors(exc.errors())))
    suite = with_suites(data_dir, lambda suites: suites.create(body))
    out.print(f"Created test [bold]{suite.id}[/bold]")
    _print_suite(suite)
    _warn(suite)


@tests_app.command("update")
def update_test(
    test_id: str,
    name: Annotated[str | None, typer.Option(help="A new name.")] = None,
    url: Annotated[str | None, typer.Option(help="A new start URL.")] = None,
    goal: Annotated[str | None, typer.Option(help="A new goal.")] = None,
    var: Vars = None,
    secret: Secrets = None,
    unset: Annotated[
        list[str] | None, typer.Option("--unset", help="Remove a variable or secret by NAME.")
    ] = None,
    planner: PlannerOption | None = None,
    executor: ExecutorOption | None = None,
    model_budget: ModelBudgetOption = None,
    data_dir: DataDir = None,
) -> None:
    """Change a saved test; --var and --secret add to (or change) the values it has."""
    from housecat.suites.models import UpdateTestSuite  # the goal's grammar: only when saving

    given_vars, given_secrets = pairs(var, "--var"), pairs(secret, "--secret")
    removed = set(unset or [])

    async def update(suites: SuiteService) -> TestSuiteResponse:
        before = await suites.get(test_id)
        changes: dict[str, object] = {"name": name, "url": url, "goal": goal, "planner": planner}
        changes["executor"] = executor
        if model_budget is not None:  # sent as null, it would clear the budget
            changes["model_budget_usd"] = model_budget
        if given_vars or removed:
            kept = {k: v for k, v in before.variables.items() if k not in removed}
            changes["variables"] = kept | given_vars
        if given_secrets or removed:
            # The mask keeps a stored secret as it is: values never leave the store.
            kept = {k: MASK for k in before.secrets if k not in removed}
            changes["secrets"] = kept | given_secrets
        try:
            body = UpdateTestSuite.model_validate(changes)
        except ValidationError as exc:
            fail(describe_fields(field_errors(exc.errors())))
        return await suites.update(test_id, body)

    suite = with_suites(data_dir, update)
    out.print(f"Updated test [bold]{suite.id}[/bold]")
    _print_suite(suite)
    _warn(suite)


@tests_app.command("delete")
def delete_test(test_id: str, data_dir: DataDir = None) -> None:
    """Delete a saved test with all its history."""
    with_suites(data_dir, lambda suites: suites.delete(test_id))
    out.print(f"Deleted test {test_id}")
