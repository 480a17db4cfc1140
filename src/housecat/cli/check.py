"""`housecat check`: every journey of a monitors file, once, in CI — no server, nothing stored."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from housecat.cli.app import app, fail, out, settings_from
from housecat.errors import HouseCatError

if TYPE_CHECKING:
    from housecat.checks.models import CheckCase, CheckVerdict

MARKS = {"passed": ("✓", "green"), "failed": ("✗", "red"), "error": ("!", "yellow")}


@app.command()
def check(
    file: Annotated[Path, typer.Argument(help="The monitors file (YAML).")],
    base_url: Annotated[
        str | None, typer.Option(help="Open path URLs under this URL (a preview deploy).")
    ] = None,
    env: Annotated[
        str | None,
        typer.Option("--env", help="Run in this environment of the file: its base URL, values."),
    ] = None,
    junit: Annotated[
        Path | None, typer.Option(help="Write a JUnit XML report here, for CI to show.")
    ] = None,
    only: Annotated[
        list[str] | None, typer.Option(help="Check only tests with this tag (repeatable).")
    ] = None,
    concurrency: Annotated[
        int, typer.Option(min=1, max=10, help="Journeys run at the same time.")
    ] = 2,
    screenshots: Annotated[Path, typer.Option(help="Where screenshots of failed steps go.")] = Path(
        "housecat-screenshots"
    ),
) -> None:
    """Run every test of FILE once (exit 0 all passed, 1 any failed, 2 could not run)."""
    # Imported here: every other command (`housecat run` above all) starts faster without them.
    from housecat.browser.execute import Limits
    from housecat.browser.pool import BrowserPool
    from housecat.checks.cases import check_cases
    from housecat.checks.junit import write_junit
    from housecat.checks.runner import run_checks
    from housecat.manifest.load import load
    from housecat.manifest.problems import ManifestInvalid
    from housecat.urls import http_url

    settings = settings_from()
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read {file}: {getattr(exc, 'strerror', None) or exc}")
    try:
        cases = check_cases(
            load(text, os.environ),
            base_url=http_url(base_url) if base_url else None,
            environment=env,
            only=tuple(only or ()),
        )
    except ManifestInvalid as exc:
        fail("\n".join(problem.shown(str(file)) for problem in exc.problems))
    except (HouseCatError, ValueError) as exc:
        fail(getattr(exc, "message", None) or f"--base-url {exc}")
    journeys = "journey" if len(cases) == 1 else "journeys"
    out.print(f"Checking {len(cases)} {journeys}, {concurrency} at a time…")
    began = time.perf_counter()
    limits = Limits(step_timeout_s=settings.step_timeout, run_timeout_s=settings.run_timeout)

    async def main() -> list[CheckVerdict]:
        pool = BrowserPool(settings.chromium)
        try:
            return await run_checks(
                cases,
                pool,
                concurrency=concurrency,
                limits=limits,
                screenshots=screenshots,
                started=_started,
                finished=_finished,
            )
        finally:
            await pool.close()

    try:
        verdicts = asyncio.run(main())
    except HouseCatError as exc:
        fail(exc.message)
    if junit is not None:
        write_junit(verdicts, junit)
    _summary(verdicts, time.perf_counter() - began, junit)
    if not all(verdict.passed for verdict in verdicts):
        raise typer.Exit(1)


async def _started(case: CheckCase) -> None:
    out.print(Text.assemble(("▶ ", "dim"), case.name), highlight=False)


async def _finished(verdict: CheckVerdict) -> None:
    mark, style = MARKS[verdict.status]
    line = Text.assemble((f"{mark} ", style), verdict.name, f" ({verdict.duration_s:.1f} s)")
    if not verdict.passed:
        line.append(f" — {verdict.failed_step or verdict.summary}")
    out.print(line, highlight=False)
    if verdict.screenshot is not None:
        out.print(f"  screenshot: {verdict.screenshot}", highlight=False)


def _summary(verdicts: list[CheckVerdict], seconds: float, junit: Path | None) -> None:
    counts = {status: sum(v.status == status for v in verdicts) for status in MARKS}
    style = "bold green" if counts["passed"] == len(verdicts) else "bold red"
    said = f"{counts['passed']} passed, {counts['failed']} failed"
    said += f", {counts['error']} could not run" if counts["error"] else ""
    out.print(Text.assemble((said, style), f" in {seconds:.1f} s"))
    if junit is not None:
        out.print(f"JUnit report: {junit}")
