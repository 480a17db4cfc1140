"""Shared fixtures: one embedded Valkey for the session, emptied before each test."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
import redis
from fastapi.testclient import TestClient
from pydantic_ai.models import override_allow_model_requests
from redis.asyncio import Redis

from housecat import keys
from housecat.browser.chromium import find_chromium
from housecat.browser.pool import BrowserPool
from housecat.config import Settings
from housecat.valkey import EmbeddedValkey
from housecat.web.app import create_app
from tests.llm_servers import claude, local_model  # noqa: F401 - scripted models
from tests.pages import pages  # noqa: F401 - HTML written in a test, served
from tests.runs_data import TEST
from tests.sites.fixtures import http, page, sites  # noqa: F401 - fixtures of the fixture sites
from tests.ui_fixtures import browser, server  # noqa: F401 - for the UI's browser tests

OUR_VARIABLES = ("REDIS_URL", "PUBLIC_URL")
# No test may reach a real model or TinyFish with a key the machine happens to have.
PROVIDER_VARIABLES = (
    "ANTHROPIC_API_KEY",
    "ANTHROPIC_BASE_URL",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "TINYFISH_API_KEY",
    "TINYFISH_BASE_URL",
)


@pytest.fixture(autouse=True, scope="session")
def no_real_model_requests() -> Iterator[None]:
    """Refuse every model request, but in the modules of the scripted model servers."""
    with override_allow_model_requests(False):
        yield


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the machine's own HOUSECAT_* settings out of every test."""
    for name in list(os.environ):
        if name.startswith("HOUSECAT_") or name in OUR_VARIABLES or name in PROVIDER_VARIABLES:
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def valkey(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedValkey]:
    with EmbeddedValkey(tmp_path_factory.mktemp("valkey")) as embedded:
        yield embedded


@pytest.fixture
def db(valkey: EmbeddedValkey) -> Iterator[redis.Redis]:
    """A plain client on the session's Valkey, emptied for this test."""
    client = redis.Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True)
    client.flushall()
    yield client
    client.close()


@pytest.fixture
async def aredis(valkey: EmbeddedValkey, db: redis.Redis) -> AsyncIterator[Redis]:
    """An asyncio client on the session's Valkey, holding the test suite `TEST`."""
    client = Redis(unix_socket_path=str(valkey.socket_path), decode_responses=True)
    await client.hset(keys.test(TEST.id), mapping=TEST.to_hash())
    yield client
    await client.aclose()


@pytest.fixture
def settings(valkey: EmbeddedValkey, db: redis.Redis) -> Settings:
    """Settings whose data dir is the session's Valkey, so apps reuse it."""
    # An idle worker looks at the queue this often, and so stops this soon after its test.
    return Settings(data_dir=valkey.data_dir, worker_wait_s=0.1)


@pytest.fixture
def make_client(settings: Settings) -> Iterator[Callable[..., TestClient]]:
    """Start apps with setting overrides; each runs its lifespan."""
    clients: list[TestClient] = []

    def make(*, roles: bool = True, **overrides: object) -> TestClient:
        app = create_app(
            Settings(**{**settings.model_dump(), **overrides}), scheduler=roles, worker=roles
        )
        client = TestClient(app)
        clients.append(client.__enter__())
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh data dir of its own, for tests that start and kill servers."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
async def pool() -> AsyncIterator[BrowserPool]:
    """One warm Chromium for every browser test, as a worker would have."""
    chromium = await asyncio.to_thread(find_chromium)
    if chromium is None:
        pytest.fail("no Chromium: run `make browser` (python -m housecat.browser.install)")
    browser_pool = BrowserPool(chromium)
    await browser_pool.start()
    yield browser_pool
    await browser_pool.close()


def our_keys(client: redis.Redis) -> list[str]:
    """HouseCat's own live keys (the job queue, and workers saying where they are, keep
    bookkeeping keys of their own; the audit trail and the trash are not the live set; the
    default project always exists)."""
    default = (keys.PROJECTS, keys.project("default"))  # `projects`, `projects:upgraded`
    bookkeeping = ("saq:", keys.LOCATION_WORKERS, "audit:", keys.TRASH_PREFIX, *default)
    return [key for key in client.keys("*") if not key.startswith(bookkeeping)]
