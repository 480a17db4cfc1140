"""`housecat backup`: a consistent snapshot of the embedded Valkey, with the artifact files.

Valkey writes the snapshot itself (BGSAVE): a forked copy of the whole store at one
instant, while the server, if one is running, goes on serving. The artifact files are
copied after it, so the archive may hold a file newer than the snapshot (harmless),
and lacks one that retention removed meanwhile (no run kept then needs it).
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path
from typing import cast

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from housecat import __version__
from housecat.clock import now_iso
from housecat.datatools.archive import Manifest, write_archive
from housecat.datatools.contents import contents_of, files_in
from housecat.errors import HouseCatError

SNAPSHOT_TIMEOUT_S = 600.0
POLL_S = 0.02


class SnapshotFailed(HouseCatError):
    """No snapshot, or no archive of it, could be written."""

    status_code = 503


async def backup(redis: Redis, artifacts_dir: Path, file: Path) -> Manifest:
    """Write the store and the artifact files to `file` (a tar.gz)."""
    contents = await contents_of(redis)
    with tempfile.TemporaryDirectory(prefix=".housecat-backup-", dir=file.parent) as work:
        snapshot = Path(work) / "dump.rdb"
        await save_snapshot(redis, snapshot)
        manifest = Manifest(
            created_at=now_iso(),
            housecat_version=__version__,
            artifacts_dir=str(await asyncio.to_thread(artifacts_dir.resolve)),
            tests=contents.tests,
            runs=contents.runs,
            keys=contents.keys,
            files=(await asyncio.to_thread(files_in, artifacts_dir)).count,
        )
        try:
            await asyncio.to_thread(write_archive, file, manifest, snapshot, artifacts_dir)
        except OSError as exc:
            raise SnapshotFailed(f"cannot write {file}: {exc.strerror or exc}") from None
    return manifest


async def save_snapshot(redis: Redis, into: Path) -> None:
    """Have Valkey write a snapshot (BGSAVE), wait for it, and move it to `into`."""
    before = await _saves(redis)
    while True:
        try:
            await redis.bgsave(schedule=True)  # SCHEDULE: after an AOF rewrite in progress
            break
        except ResponseError as exc:
            if "already in progress" not in str(exc):
                raise SnapshotFailed(f"Valkey refused to write a snapshot: {exc}") from None
            # Another backup's snapshot started before we asked: wait for it, then ours.
            await _finished(redis, before)
            before = await _saves(redis)
    info = await _finished(redis, before)
    if info["rdb_last_bgsave_status"] != "ok":
        raise SnapshotFailed("Valkey could not write its snapshot (see valkey.log in the data dir)")
    config = cast(dict[str, str], await redis.config_get("dir"))
    config |= cast(dict[str, str], await redis.config_get("dbfilename"))
    written = Path(config["dir"]) / config["dbfilename"]
    # Moved, not copied: a snapshot left in the data dir would only take room (the
    # embedded Valkey loads its append-only file at start, never this).
    try:
        await asyncio.to_thread(shutil.move, written, into)
    except FileNotFoundError:
        # Another backup, at the same moment, took the file first.
        raise SnapshotFailed("another backup took the snapshot first: try again") from None


async def _saves(redis: Redis) -> int:
    info = cast(dict[str, int], await redis.info("persistence"))
    return int(info["rdb_saves"])


async def _finished(redis: Redis, saves_before: int) -> dict[str, object]:
    """Wait until no snapshot is being written and one more has ended since `saves_before`."""
    async with asyncio.timeout(SNAPSHOT_TIMEOUT_S):
        while True:
            info = cast(dict[str, object], await redis.info("persistence"))
            done = info["rdb_bgsave_in_progress"] == 0
            if done and cast(int, info["rdb_saves"]) > saves_before:
                return info
            await asyncio.sleep(POLL_S)
