"""`housecat serve` and `housecat version`."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from housecat import __version__
from housecat.cli.app import DataDir, app, fail, out, settings_from


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    data_dir: DataDir = None,
    insecure: Annotated[
        bool, typer.Option(help="Allow a non-loopback address without an API token.")
    ] = False,
    scheduler: Annotated[
        bool, typer.Option(help="Run the built-in scheduler in this process.")
    ] = True,
    worker: Annotated[bool, typer.Option(help="Run a worker in this process.")] = True,
    concurrency: Annotated[
        int | None, typer.Option(help="Runs this process's worker executes at once.", min=1)
    ] = None,
) -> None:
    """Serve HouseCat at http://HOST:PORT (on the embedded Valkey unless REDIS_URL is set)."""
    import uvicorn

    from housecat.web.app import create_app

    settings = settings_from(
        host=host, port=port, data_dir=data_dir, insecure=insecure or None, concurrency=concurrency
    )
    if not settings.is_loopback and settings.token is None and not settings.insecure:
        fail(
            f"refusing to serve on {settings.host} without an API token: anyone who can reach "
            "it could change your tests. Set HOUSECAT_API_TOKEN, or pass --insecure."
        )
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    out.print(f"HouseCat {__version__} serving [bold]http://{settings.host}:{settings.port}[/bold]")
    app = create_app(settings, scheduler=scheduler, worker=worker)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info")


@app.command()
def version() -> None:
    """Print HouseCat's version."""
    out.print(__version__)
