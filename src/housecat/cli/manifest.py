"""`housecat apply FILE` and `housecat export [FILE]`: monitors as code, locally or on a server.

With `--server` (or HOUSECAT_SERVER) the commands talk to a running HouseCat over its API
(`POST /api/v1/apply`, `GET /api/v1/export`, with HOUSECAT_API_TOKEN); without, to the
store of the local data dir, as the other commands do.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

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
from housecat.config import Settings
from housecat.errors import HouseCatError

if TYPE_CHECKING:
    from housecat.manifest.apply import ApplyAnswer
    from housecat.manifest.state import Services

T = TypeVar("T")
REQUEST_TIMEOUT_S = 300.0  # a file of thousands of tests takes the server a while

Server = Annotated[
    str | None,
    typer.Option(
        "--server",
        help="URL of a running HouseCat (default: HOUSECAT_SERVER; unset: the local data dir).",
    ),
]


@app.command("apply")
def apply_command(
    file: Annotated[Path, typer.Argument(help="The monitors file (YAML), or - for stdin.")],
    prune: Annotated[
        bool, typer.Option("--prune", help="Also delete what the file does not describe.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; change nothing.")
    ] = False,
    server: Server = None,
    data_dir: DataDir = None,
) -> None:
    """Make the server match a monitors file: create, update (and with --prune, delete)."""
    text = _read(file)
    settings = settings_from(server=server)
    if settings.server is not None:
        answer = _apply_remote(settings, text, str(file), prune=prune, dry_run=dry_run)
    else:
        from housecat.manifest.apply import apply_text
        from housecat.manifest.problems import ManifestInvalid

        async def apply(services: Services) -> ApplyAnswer:
            try:
                return await apply_text(
                    text, services, environ=os.environ, prune=prune, dry_run=dry_run
                )
            except ManifestInvalid as exc:
                _refuse([problem.shown(str(file)) for problem in exc.problems])

        answer = _with_services(data_dir, apply)
    for line in answer.lines():
        out.print(line, highlight=False)


@app.command("export")
def export_command(
    file: Annotated[
        Path | None, typer.Argument(help="Where to write it (default: standard output).")
    ] = None,
    server: Server = None,
    data_dir: DataDir = None,
) -> None:
    """Write every test, suite, environment and browser configuration as a monitors file."""
    settings = settings_from(server=server)
    if settings.server is not None:
        text = _request(settings, "GET", "/api/v1/export").text
    else:
        from housecat.manifest.export import export_text

        text = _with_services(data_dir, export_text)
    if file is None:
        sys.stdout.write(text)
        return
    try:
        file.write_text(text)
    except OSError as exc:
        fail(f"cannot write {file}: {exc.strerror}")
    err.print(f"wrote {file}", style="dim", highlight=False)


def _read(file: Path) -> str:
    try:
        return sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8")
    except OSError as exc:
        fail(f"cannot read {file}: {exc.strerror}")
    except UnicodeDecodeError:
        fail(f"cannot read {file}: it is not UTF-8 text")


def _refuse(problems: list[str]) -> NoReturn:
    """Print every problem of the file, one a line, and exit 2: nothing was changed."""
    for problem in problems:
        err.print(problem, highlight=False, markup=False)
    fail(f"the file has {len(problems)} problem(s); nothing was changed")


def _apply_remote(
    settings: Settings, text: str, source: str, *, prune: bool, dry_run: bool
) -> ApplyAnswer:
    from housecat.manifest.apply import ApplyAnswer

    params = {"prune": str(prune).lower(), "dry_run": str(dry_run).lower()}
    response = _request(
        settings, "POST", "/api/v1/apply", source=source, content=text, params=params
    )
    return ApplyAnswer.model_validate(response.json())


def _request(settings: Settings, method: str, path: str, *, source: str = "", **kwargs: Any) -> Any:
    """Send one request to the server; any answer but 200 is a one-line error (exit 2)."""
    import httpx

    assert settings.server is not None
    headers = {"Content-Type": "application/yaml"}
    if settings.token:
        headers["Authorization"] = f"Bearer {settings.token}"
    try:
        response = httpx.request(
            method,
            settings.server + path,
            headers=headers,
            timeout=REQUEST_TIMEOUT_S,
            **kwargs,
        )
    except httpx.HTTPError as exc:
        fail(f"cannot reach the HouseCat server at {settings.server}: {exc}")
    if response.status_code == 200:
        return response
    try:
        body = response.json()
    except ValueError:
        fail(f"the server at {settings.server} answered {response.status_code}")
    problems = body.get("problems") if isinstance(body, dict) else None
    if response.status_code == 422 and problems:
        _refuse(
            [f"{source}:{p['line']}:{p['column']}: {p['path']}: {p['message']}" for p in problems]
        )
    message = body.get("error") if isinstance(body, dict) else None
    fail(f"the server answered {response.status_code}: {message or response.text[:200]}")


def _with_services(data_dir: Path | None, use: Callable[[Services], Awaitable[T]]) -> T:
    """Run `use` with the services of the local store, turning errors into messages."""
    settings = store_settings_from(data_dir=data_dir)
    err.print(f"using {store_name(settings)}", style="dim", highlight=False)

    async def main() -> T:
        async with _local_services(settings) as services:
            return await use(services)

    try:
        return asyncio.run(main())
    except HouseCatError as exc:
        fail(exc.message)


@contextlib.asynccontextmanager
async def _local_services(settings: Settings) -> AsyncIterator[Services]:
    """The services of the local store: tests made here run on their schedule once served."""
    from housecat.manifest.state import Services
    from housecat.redis import connect
    from housecat.services import suite_service
    from housecat.suites.catalog_index import build_catalog

    async with connect(settings) as redis:
        await build_catalog(redis)
        suites = suite_service(redis, settings)
        yield Services.of(redis, suites)
