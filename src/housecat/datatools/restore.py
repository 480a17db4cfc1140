"""`housecat restore`: make a store (and its artifact files) what a backup holds.

The backup's snapshot is served by a Valkey of its own, and copied key by key (DUMP,
RESTORE, with each key's time to live) into the store, which may be the embedded
Valkey or any Redis. Runs' file paths are first rewritten to this data dir's.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import cast

from redis.asyncio import Redis

from housecat.datatools.archive import BadBackup, Manifest, extract
from housecat.datatools.contents import StoreNotEmpty, contents_of
from housecat.datatools.relocate import relocate
from housecat.datatools.reset import remove_artifacts
from housecat.errors import HouseCatError, StateUnavailable
from housecat.redis import bytes_twin
from housecat.valkey import SnapshotReader

BATCH = 500


class RestoreFailed(HouseCatError):
    """The backup was readable, but putting it in place failed part way."""

    status_code = 503


async def restore(
    target: Redis, file: Path, manifest: Manifest, artifacts_dir: Path, *, replace: bool
) -> None:
    """Replace the store and the artifact files with the backup's; refuse a store with data.

    `manifest` is the backup's, as `read_manifest` found it. Nothing is changed until the
    backup has been unpacked whole and its snapshot loaded.
    """
    contents = await contents_of(target)
    if contents.holds_data and not replace:
        raise StoreNotEmpty(contents)
    artifacts_dir.parent.mkdir(parents=True, exist_ok=True)
    # Beside the artifacts dir: the files then move into place without a copy.
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=artifacts_dir.parent) as work:
        snapshot, files = await asyncio.to_thread(extract, file, Path(work))
        # In the temp dir: a unix socket path must be short.
        socket = Path(tempfile.gettempdir()) / f"housecat-restore-{uuid.uuid4().hex[:12]}.sock"
        reader = SnapshotReader(snapshot, socket)
        try:
            # Started from the event loop's thread on purpose: Linux ends the server
            # with the thread that spawned it.
            reader.start()
        except StateUnavailable as exc:
            raise BadBackup(f"{file} holds a snapshot this Valkey cannot read: {exc}") from None
        source = Redis.from_url(reader.url)
        into = bytes_twin(target)
        try:
            here = str(await asyncio.to_thread(artifacts_dir.resolve))
            await relocate(source, manifest.artifacts_dir, here)
            await _replace_keys(source, into)
        finally:
            await source.aclose()
            await into.aclose()
            await into.connection_pool.disconnect()
            reader.stop()
        try:
            await asyncio.to_thread(_replace_files, files, artifacts_dir)
        except OSError as exc:
            raise RestoreFailed(
                f"the store is restored, but its files could not be put in {artifacts_dir}: "
                f"{exc.strerror or exc}"
            ) from None


async def _replace_keys(source: Redis, target: Redis) -> None:
    """Empty the target, then copy every key of the source with its time to live."""
    await target.flushdb()
    try:
        async for batch in _batches(source.scan_iter(count=BATCH)):
            async with source.pipeline(transaction=False) as pipe:
                for key in batch:
                    pipe.pttl(key)
                    pipe.dump(key)
                replies = await pipe.execute()
            async with target.pipeline(transaction=False) as pipe:
                for key, ttl, payload in zip(batch, replies[::2], replies[1::2], strict=True):
                    if payload is not None:  # -1: kept for good; RESTORE says so with 0
                        pipe.restore(key, max(cast(int, ttl), 0), payload, replace=True)
                await pipe.execute()
    except Exception as exc:
        await target.flushdb()  # never half a store: an empty one says what happened
        raise RestoreFailed(f"restoring failed, the store is left empty: {exc}") from exc


async def _batches(keys: AsyncIterator[bytes]) -> AsyncIterator[list[bytes]]:
    batch: list[bytes] = []
    async for key in keys:
        batch.append(key)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _replace_files(files: Path, artifacts_dir: Path) -> None:
    remove_artifacts(artifacts_dir)
    if files.is_dir():
        shutil.move(files, artifacts_dir)
