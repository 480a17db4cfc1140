"""`housecat demo`, `reset`, `backup` and `restore`: what a store holds, as a whole."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from housecat.cli.app import DataDir, app, err, fail, out, store_name, store_settings_from
from housecat.config import Settings
from housecat.errors import HouseCatError

if TYPE_CHECKING:
    from redis.asyncio import Redis

T = TypeVar("T")
WILDCARD_HOSTS = ("0.0.0.0", "::", "")  # noqa: S104 - compared with, never bound

Yes = Annotated[bool, typer.Option("--yes", help="Do it: without, say what would be deleted.")]
BackupFile = Annotated[Path, typer.Argument(help="The backup: a .tar.gz file.", dir_okay=False)]


def with_store(
    settings: Settings, use: Callable[[Redis], Awaitable[T]], *, not_empty: str = ""
) -> T:
    """Run `use` on the settings' store, turning errors into one-line messages.

    `not_empty` says what to do when the store holds data the command will not touch.
    """
    # Imported here so that `housecat run`, which needs no Redis, starts faster.
    from housecat.datatools.contents import StoreNotEmpty
    from housecat.redis import connect

    async def main() -> T:
        async with connect(settings) as redis:
            return await use(redis)

    try:
        return asyncio.run(main())
    except StoreNotEmpty as exc:
        fail(f"{exc.message} ({store_name(settings)}): {not_empty}")
    except HouseCatError as exc:
        fail(exc.message)


def refuse_if_served(settings: Settings, doing: str) -> None:
    """Stop when another process serves the data dir's Valkey: it would write on meanwhile."""
    from housecat.valkey import EmbeddedValkey

    if settings.redis_url is None and EmbeddedValkey(settings.data_dir).is_serving():
        fail(
            f"a HouseCat process (a server, or another command) is using "
            f"{settings.data_dir.resolve()}: stop it before you {doing}"
        )


def demo_base_url(settings: Settings) -> str:
    """Where `housecat serve` will serve the demo shop with these settings."""
    if settings.public_url:
        return settings.public_url
    host = "127.0.0.1" if settings.host in WILDCARD_HOSTS else settings.host
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{settings.port}"


@app.command()
def demo(
    base_url: Annotated[
        str | None,
        typer.Option(
            help="Where the demo shop is served (the 'Local' environment); default: this "
            "server's address from HOUSECAT_PUBLIC_URL, else HOUSECAT_HOST and HOUSECAT_PORT."
        ),
    ] = None,
    data_dir: DataDir = None,
) -> None:
    """Fill an empty store with sample tests of the demo shop and a week of their runs."""
    from housecat.datatools.demo import fill_demo
    from housecat.services import scheduler_for

    settings = store_settings_from(data_dir=data_dir)
    url = (base_url or demo_base_url(settings)).rstrip("/")
    err.print(f"using {store_name(settings)}", style="dim", highlight=False)
    made = with_store(
        settings,
        lambda redis: fill_demo(redis, settings, scheduler_for(settings), base_url=url),
        not_empty="the demo fills an empty store only; run `housecat reset --yes` first",
    )
    out.print(
        f"Created {made.tests} tests of the demo shop at {url}/demo/ ({made.paused} paused), "
        f"{made.suites} suites, {made.environments} environments and {made.browser_configs} "
        f"browser configurations, with {made.runs:,} runs over the past week "
        f"({made.failed_runs} failed)."
    )
    out.print(f"See them with: housecat serve, then open {url}/")


@app.command()
def reset(yes: Yes = False, data_dir: DataDir = None) -> None:
    """Empty the store: every key of its Redis database (FLUSHDB), and the screenshots and
    traces in the data dir. With REDIS_URL, that is every key of that database, HouseCat's
    or not: give HouseCat a database of its own. Stop `housecat serve` first."""
    from housecat.datatools.contents import contents_of, files_in
    from housecat.datatools.reset import empty_store

    settings = store_settings_from(keeps_files=True, data_dir=data_dir)
    refuse_if_served(settings, "reset")
    name = store_name(settings)
    files = files_in(settings.artifacts_dir)

    async def count_then_empty(redis: Redis) -> str:
        contents = await contents_of(redis)
        said = (
            f"{contents.describe()} ({contents.keys:,} keys in {name}) and "
            f"{files.describe()} of screenshots and traces"
        )
        if yes and (contents.keys or files.count):
            await empty_store(redis, settings.artifacts_dir)
        return said if contents.keys or files.count else ""

    said = with_store(settings, count_then_empty)
    if not said:
        out.print(f"Nothing to delete: {name} is empty.")
    elif not yes:
        fail(f"this would delete {said}; run `housecat reset --yes` to delete them")
    else:
        out.print(f"Deleted {said}.")


@app.command()
def backup(file: BackupFile, data_dir: DataDir = None) -> None:
    """Write the embedded Valkey's store (a consistent snapshot) and the screenshots and
    traces to FILE, a tar.gz; `housecat serve` may go on running meanwhile."""
    from housecat.datatools.backup import backup as write_backup

    settings = store_settings_from(keeps_files=True, data_dir=data_dir)
    if settings.redis_url:
        fail(
            "backup copies the embedded Valkey's snapshot; with REDIS_URL set, back up "
            "that Redis with its own tools (BGSAVE, then copy its dump.rdb)"
        )
    if file.exists():
        fail(f"{file} already exists: choose another name, or remove it first")
    if not file.parent.is_dir():
        fail(f"cannot write {file}: {file.parent} is not a directory")
    err.print(f"using {store_name(settings)}", style="dim", highlight=False)
    manifest = with_store(settings, lambda redis: write_backup(redis, settings.artifacts_dir, file))
    size = file.stat().st_size / 1e6
    out.print(
        f"Backed up {manifest.tests:,} tests, {manifest.runs:,} runs ({manifest.keys:,} keys) "
        f"and {manifest.files:,} files to {file} ({size:.1f} MB)."
    )


@app.command()
def restore(file: BackupFile, yes: Yes = False, data_dir: DataDir = None) -> None:
    """Replace the store, and the screenshots and traces, with what FILE (a backup) holds.

    Refuses a store that holds tests unless --yes. Stop `housecat serve` first: it is
    refused while a server uses the data dir (with REDIS_URL, make sure none does)."""
    from housecat.datatools.archive import read_manifest
    from housecat.datatools.restore import restore as restore_backup

    settings = store_settings_from(keeps_files=True, data_dir=data_dir)
    try:
        manifest = read_manifest(file)
    except HouseCatError as exc:
        fail(exc.message)
    refuse_if_served(settings, "restore")
    name = store_name(settings)
    err.print(f"using {name}", style="dim", highlight=False)
    with_store(
        settings,
        lambda redis: restore_backup(redis, file, manifest, settings.artifacts_dir, replace=yes),
        not_empty="run again with --yes to replace it with the backup",
    )
    out.print(
        f"Restored {manifest.tests:,} tests, {manifest.runs:,} runs and {manifest.files:,} "
        f"files from {file} (backed up {manifest.created_at}) into {name}."
    )
