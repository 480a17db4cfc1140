"""`create_app(settings)`: the FastAPI app, with a lifespan that owns the connections."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from housecat import __version__
from housecat.browser.execute import Limits
from housecat.browser.pool import BrowserPool
from housecat.config import Settings
from housecat.redis import connect
from housecat.suites.service import NoScheduler, SuiteService
from housecat.suites.store import SuiteStore
from housecat.web import demo
from housecat.web.api import health, runs, tests
from housecat.web.errors import install_error_handlers
from housecat.web.state import AppState


def create_app(settings: Settings) -> FastAPI:
    """Build the app; Redis is connected (or the embedded Valkey started) at startup."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = BrowserPool(
            settings.chromium,
            max_runs=settings.browser_max_runs,
            max_memory_mb=settings.browser_max_memory_mb,
        )
        limits = Limits(step_timeout_s=settings.step_timeout, run_timeout_s=settings.run_timeout)
        async with connect(settings) as redis:
            suites = SuiteService(SuiteStore(redis), NoScheduler())
            app.state.housecat = AppState(settings, redis, suites, pool, limits)
            try:
                yield
            finally:
                await pool.close()

    app = FastAPIOffline(
        title="HouseCat",
        version=__version__,
        summary="Synthetic monitoring in plain English.",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(tests.router)
    app.include_router(runs.router)
    app.include_router(demo.router)
    return app
