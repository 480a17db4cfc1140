"""`create_app(settings)`: the FastAPI app, with a lifespan that owns the connections."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from housecat import __version__
from housecat.config import Settings
from housecat.redis import connect
from housecat.suites.service import NoScheduler, SuiteService
from housecat.suites.store import SuiteStore
from housecat.web.api import health, tests
from housecat.web.errors import install_error_handlers
from housecat.web.state import AppState


def create_app(settings: Settings) -> FastAPI:
    """Build the app; Redis is connected (or the embedded Valkey started) at startup."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with connect(settings) as redis:
            suites = SuiteService(SuiteStore(redis), NoScheduler())
            app.state.housecat = AppState(settings=settings, redis=redis, suites=suites)
            yield

    app = FastAPIOffline(
        title="HouseCat",
        version=__version__,
        summary="Synthetic monitoring in plain English.",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(tests.router)
    return app
