"""`housecat reset`: empty the store, and the data dir's screenshots and traces with it."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from redis.asyncio import Redis


async def empty_store(redis: Redis, artifacts_dir: Path) -> None:
    """Delete every key of the database (FLUSHDB), then every artifact file."""
    # Keys first: should removing the files then fail, what is left is files no run
    # points at, never runs pointing at files that are gone.
    await redis.flushdb()
    await asyncio.to_thread(remove_artifacts, artifacts_dir)


def remove_artifacts(artifacts_dir: Path) -> None:
    """Remove the artifacts dir with everything in it; runs make it again when they need it."""
    if artifacts_dir.exists():
        shutil.rmtree(artifacts_dir)
