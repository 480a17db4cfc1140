"""`housecat run`: one journey, now, in a real browser, stored nowhere."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from pydantic import ValidationError
from rich.text import Text

from housecat.cli.app import app, fail, out
from housecat.config import load_settings
from housecat.errors import HouseCatError, describe_fields, field_errors

if TYPE_CHECKING:
    from housecat.plan.secrets import Reading
    from housecat.runs.models import RunTestRequest
    from housecat.runs.pipeline import RunOutcome


class LiveSteps:
    """Show each step on the terminal as it starts and ends."""

    def __init__(self) -> None:
        self.status = out.status("")

    async def __call__(self, event_type: str, message: str, **fields: Any) -> None:
        if event_type == "step_start":
            self.status.update(message)
            self.status.start()
        elif event_type == "step_complete":
            self.status.stop()
            mark = ("✓ ", "green") if fields.get("passed") else ("✗ ", "red")
            if fields.get("skipped"):
                mark = ("– ", "yellow")  # an optional step: nothing it waits on was shown
            out.print(Text.assemble(mark, message))


def _understood(url: str, goal: str) -> tuple[RunTestRequest, Reading]:
    """Check the request and read its goal, or raise HouseCatError saying what is wrong."""
    from housecat.plan.read import read
    from housecat.runs import pipeline  # noqa: F401 - imported now, while Chromium starts
    from housecat.runs.models import RunTestRequest

    try:
        request = RunTestRequest(url=url, goal=goal)
    except ValidationError as exc:
        raise HouseCatError(describe_fields(field_errors(exc.errors()))) from None
    try:
        return request, read(request.goal)
    except HouseCatError as exc:
        raise HouseCatError(f"{exc.message}. Rephrase that part of the goal.") from None


def _print_verdict(outcome: RunOutcome) -> None:
    result = outcome.result
    style = "bold green" if result.passed else "bold red"
    verdict = "PASSED" if result.passed else "FAILED"
    out.print(Text.assemble((verdict, style), f" in {result.duration_ms} ms — {result.details}"))
    for shot in outcome.browser_result.screenshots:
        out.print(f"screenshot: {shot}")


@app.command()
def run(
    url: Annotated[str, typer.Option(help="Where the journey starts (http or https).")],
    goal: Annotated[str, typer.Option(help="What a visitor does, in plain English.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the run record as JSON instead.")
    ] = False,
    screenshots: Annotated[
        Path | None, typer.Option(help="Save a screenshot of a failed step here.")
    ] = None,
    timeout: Annotated[
        float | None, typer.Option(help="Seconds the whole run may take.", min=1)
    ] = None,
) -> None:
    """Run a journey once and say whether it passed (exit 0 passed, 1 failed, 2 error)."""

    def give_up(message: str) -> NoReturn:
        # A script reading --json gets the reason there too, not an empty stdout.
        if as_json:
            typer.echo(json.dumps({"error": message}))
        fail(message)

    try:
        settings = load_settings(**({} if timeout is None else {"run_timeout": timeout}))
    except HouseCatError as exc:
        give_up(exc.message)
    live = not as_json and out.is_terminal

    async def main() -> RunOutcome:
        from housecat.browser.pool import BrowserPool

        pool = BrowserPool(settings.chromium)
        # Chromium starts while, in a thread, the goal is read and the run's modules are
        # imported: the grammar and the rest take about as long to import as a launch.
        launching = asyncio.create_task(pool.start())
        try:
            request, reading = await asyncio.to_thread(_understood, url, goal)
            await launching
            from housecat.browser.execute import Limits, no_events
            from housecat.runs.pipeline import run_goal, starting_at

            limits = Limits(
                step_timeout_s=settings.step_timeout, run_timeout_s=settings.run_timeout
            )
            return await run_goal(
                pool,
                url=request.url,
                goal=request.goal,
                plan=starting_at(reading.plan, request.url),
                secrets=reading.secrets,
                triggered_by="cli",
                limits=limits,
                screenshots=screenshots,
                emit=LiveSteps() if live else no_events,
            )
        finally:
            # A launch is let finish, then closed: one cut short could leave Chromium behind.
            with contextlib.suppress(Exception):
                await launching
            await pool.close()

    try:
        outcome = asyncio.run(main())
    except HouseCatError as exc:
        give_up(exc.message)
    if as_json:
        record = outcome.record.model_dump(mode="json") | {"plan": outcome.plan.model_dump()}
        typer.echo(json.dumps(record, indent=2))
    else:
        if not live:
            for step in outcome.result.step_results:
                out.print(f"{step.status:>7}  {step.step_number}. {step.details}", highlight=False)
        _print_verdict(outcome)
    if not outcome.result.passed:
        raise typer.Exit(1)
