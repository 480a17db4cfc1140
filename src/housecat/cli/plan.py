"""`housecat plan`: see how a goal reads, and with a URL how it runs, before trusting it."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError
from rich.text import Text

from housecat.cli.app import app, fail, out, settings_from
from housecat.cli.values import Secrets, Vars, pairs
from housecat.errors import HouseCatError, describe_fields, field_errors

if TYPE_CHECKING:
    from housecat.plan.preview import PlanPreview
    from housecat.runs.models import PlanRequest, RunPreview


def _print_preview(shown: PlanPreview, heading: str) -> None:
    out.print(Text(heading, style="bold"))
    for number, step in enumerate(shown.steps, start=1):
        line = f"{number:>3}. {step.description}" + (f"  [{step.locator}]" if step.locator else "")
        out.print(Text(line))  # as written: a locator's brackets are not markup
    if shown.variables:
        out.print("uses: " + ", ".join("{{" + name + "}}" for name in shown.variables))
    if shown.missing:
        needs = ", ".join("{{" + name + "}}" for name in shown.missing)
        out.print(Text.assemble(("needs a value for ", "yellow"), needs, " (--var / --secret)"))
    for warning in shown.warnings:
        out.print(Text.assemble(("warning: ", "yellow"), warning))


@app.command()
def plan(
    goal: Annotated[str, typer.Option(help="What a visitor does, in plain English.")],
    url: Annotated[
        str | None, typer.Option(help="Also run it once from this page (stores nothing).")
    ] = None,
    var: Vars = None,
    secret: Secrets = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
) -> None:
    """Show the steps a goal reads as (exit 0; 2 if it cannot be read); with --url, run it
    once and show the steps as run with their locators (exit 0 passed, 1 failed)."""
    # Imported here: the grammar is slow to import, and other commands need none of it.
    from housecat.plan.preview import preview
    from housecat.plan.read import read
    from housecat.runs.models import PlanRequest

    try:
        request = PlanRequest(
            goal=goal, url=url, variables=pairs(var, "--var"), secrets=pairs(secret, "--secret")
        )
    except ValidationError as exc:
        fail(describe_fields(field_errors(exc.errors())))
    try:
        reading = read(request.goal)
    except HouseCatError as exc:
        fail(f"{exc.message}. Rephrase that part of the goal.")
    given = {*request.variables, *request.secrets, *reading.secrets, *reading.variables}
    if request.url is None:
        shown = preview(reading.plan, given)
        typer.echo(shown.model_dump_json(indent=2)) if as_json else _print_preview(
            shown, "Read as:"
        )
        return
    ran = _run(request, given)
    if as_json:
        typer.echo(ran.model_dump_json(indent=2))
    else:
        _print_preview(ran, "Ran as:")
        result = ran.result
        style = "bold green" if result.passed else "bold red"
        verdict = "PASSED" if result.passed else "FAILED"
        out.print(
            Text.assemble((verdict, style), f" in {result.duration_ms} ms — {result.details}")
        )
    if not ran.result.passed:
        raise typer.Exit(1)


def _run(request: PlanRequest, given: set[str]) -> RunPreview:
    """Run the goal once in Chromium, as `housecat run` does, and describe it as run."""
    from housecat.browser.execute import Limits
    from housecat.browser.pool import BrowserPool
    from housecat.plan.preview import preview
    from housecat.runs.models import RunPreview
    from housecat.runs.pipeline import run_goal

    assert request.url is not None
    settings = settings_from()
    limits = Limits(step_timeout_s=settings.step_timeout, run_timeout_s=settings.run_timeout)

    async def main() -> RunPreview:
        pool = BrowserPool(settings.chromium)
        try:
            outcome = await run_goal(
                pool,
                url=request.url or "",
                goal=request.goal,
                triggered_by="cli",
                limits=limits,
                variables=request.variables,
                secrets=request.secrets,
            )
        finally:
            await pool.close()
        return RunPreview(**preview(outcome.plan, given).model_dump(), result=outcome.result)

    try:
        return asyncio.run(main())
    except HouseCatError as exc:
        fail(exc.message)
