"""`housecat worker` and `housecat scheduler`: one role each, against the same Redis."""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Annotated

import typer

from housecat.cli.app import DataDir, app, fail, out, store_name, store_settings_from
from housecat.config import Settings
from housecat.errors import HouseCatError


async def _run_role(settings: Settings, *, scheduler: bool, worker: bool) -> None:
    from housecat.roles import running_roles
    from housecat.services import open_services

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with (
        open_services(settings) as services,
        running_roles(
            services, scheduler=scheduler, worker=worker, concurrency=settings.concurrency
        ),
    ):
        await stop.wait()


def _serve_role(settings: Settings, *, scheduler: bool, worker: bool) -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        asyncio.run(_run_role(settings, scheduler=scheduler, worker=worker))
    except HouseCatError as exc:
        fail(exc.message)


@app.command("worker")
def worker_command(
    concurrency: Annotated[
        int | None, typer.Option(help="Runs this worker executes at once.", min=1)
    ] = None,
    data_dir: DataDir = None,
    location: Annotated[
        str | None,
        typer.Option(help="Location this worker probes from; it runs the tests listing it."),
    ] = None,
) -> None:
    """Run queued runs (any number of workers, on any machine, same REDIS_URL)."""
    settings = store_settings_from(
        keeps_files=True, concurrency=concurrency, data_dir=data_dir, location=location
    )
    out.print(
        f"HouseCat worker at location {settings.location}, concurrency {settings.concurrency}, "
        f"on {store_name(settings)}"
    )
    _serve_role(settings, scheduler=False, worker=True)


@app.command("scheduler")
def scheduler_command(data_dir: DataDir = None) -> None:
    """Enqueue runs of due tests (any number of schedulers is safe)."""
    settings = store_settings_from(data_dir=data_dir)
    if settings.scheduler != "builtin":
        fail("HOUSECAT_SCHEDULER=qstash: QStash triggers the runs, no scheduler is needed")
    out.print(f"HouseCat scheduler, on {store_name(settings)}")
    _serve_role(settings, scheduler=True, worker=False)
