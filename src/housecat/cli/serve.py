"""`housecat serve` and `housecat version`."""

from __future__ import annotations

import logging
import socket
from typing import Annotated

import typer

from housecat import __version__
from housecat.cli.app import DataDir, app, fail, out, store_name, store_settings_from

# What uvicorn asks for; the kernel caps it anyway.
BACKLOG = 2048


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

    settings = store_settings_from(
        keeps_files=True,
        host=host,
        port=port,
        data_dir=data_dir,
        insecure=insecure or None,
        concurrency=concurrency,
    )
    if not settings.is_loopback and settings.token is None and not settings.insecure:
        fail(
            f"refusing to serve on {settings.host} without an API token: anyone who can reach "
            "it could change your tests. Set HOUSECAT_API_TOKEN, or pass --insecure."
        )
    # Listen before starting anything, so that a port in use stops us here rather than
    # after Valkey, the scheduler and a worker are up; uvicorn serves this very socket.
    listener = listening_socket(settings.host, settings.port)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    out.print(
        f"HouseCat {__version__} serving [bold]http://{settings.host}:{settings.port}[/bold] "
        f"on {store_name(settings)}"
    )
    app = create_app(settings, scheduler=scheduler, worker=worker)
    config = uvicorn.Config(app, host=settings.host, port=settings.port, log_level="info")
    with listener:
        uvicorn.Server(config).run(sockets=[listener])


def listening_socket(host: str, port: int) -> socket.socket:
    """Bind and listen on host:port, or stop saying why (e.g. the port is in use)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # Naming TCP lets asyncio set TCP_NODELAY on each connection; without it, an answer on
    # a kept-alive connection waits ~40 ms for the client's delayed acknowledgement.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        # As uvicorn does: a restart may reuse a port whose old connections are closing.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError as exc:
        sock.close()
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    return sock


@app.command()
def version() -> None:
    """Print HouseCat's version."""
    out.print(__version__)
