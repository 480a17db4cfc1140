"""Connect to Redis: `REDIS_URL` when set, else the embedded Valkey of the data dir."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from redis.asyncio import ConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import BusyLoadingError, RedisError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from housecat.config import Settings
from housecat.errors import StateUnavailable
from housecat.valkey import EmbeddedValkey

log = logging.getLogger(__name__)

WATCH_INTERVAL_S = 1.0
SOCKET_TIMEOUT_S = 30.0


def client_for(url: str) -> Redis:
    """Return a client that rides out a restart of the server (retries with backoff)."""
    return Redis.from_url(
        url,
        decode_responses=True,
        # Above the 15 s blocking reads of live streams (`runs/live.py`), which the
        # library's 5 s default would cut off.
        socket_timeout=SOCKET_TIMEOUT_S,
        health_check_interval=30,
        # The asyncio Retry: the synchronous one never awaits the command it wraps, so
        # it would retry nothing. About 5 s in all, which a Valkey restart fits in.
        retry=Retry(ExponentialBackoff(cap=1.0, base=0.05), retries=8),
        retry_on_error=[BusyLoadingError, RedisConnectionError, RedisTimeoutError],
    )


@contextlib.asynccontextmanager
async def connect(settings: Settings) -> AsyncIterator[Redis]:
    """Yield a connected client; start (or reuse) the embedded Valkey when no URL is set."""
    if settings.redis_url:
        async with _open(settings.redis_url) as client:
            yield client
        return

    valkey = EmbeddedValkey(settings.data_dir)
    valkey.start()
    watcher = asyncio.create_task(_keep_serving(valkey), name="valkey-watch")
    try:
        async with _open(valkey.url) as client:
            yield client
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
        valkey.stop()


@contextlib.asynccontextmanager
async def _open(url: str) -> AsyncIterator[Redis]:
    client = client_for(url)
    try:
        await client.ping()
    except RedisError as exc:
        await client.aclose()
        raise StateUnavailable(f"cannot reach Redis at {redact(url)}: {exc}") from None
    try:
        yield client
    finally:
        await client.aclose()


async def _keep_serving(valkey: EmbeddedValkey) -> None:
    """Take over the shared server when the process that started it has gone."""
    while True:
        await asyncio.sleep(WATCH_INTERVAL_S)
        if await asyncio.to_thread(valkey.is_serving):
            continue
        # Started from this (the event loop's) thread on purpose: Linux ties the
        # child's life to the thread that spawned it.
        try:
            if valkey.ensure_running():
                log.warning("the Valkey for %s had stopped; started it again", valkey.data_dir)
        except StateUnavailable as exc:
            log.error("cannot restart the embedded Valkey: %s", exc)


def bytes_twin(client: Redis) -> Redis:
    """Return a client to the same server that speaks bytes (SAQ stores bytes)."""
    pool = client.connection_pool
    kwargs = {**pool.connection_kwargs, "decode_responses": False}
    return Redis(connection_pool=ConnectionPool(connection_class=pool.connection_class, **kwargs))


def redact(url: str) -> str:
    """Hide the password in a Redis URL before it is shown to anyone."""
    if "@" not in url:
        return url
    scheme, _, rest = url.partition("://")
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if user else f"{scheme}://***@{host}"
