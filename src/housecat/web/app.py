"""`create_app(settings)`: the FastAPI app, with a lifespan that owns the connections."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import timedelta

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from housecat import __version__
from housecat.alerts.channels import load_plugins
from housecat.alerts.dispatcher import AlertDispatcher
from housecat.browser.execute import Limits
from housecat.browser.pool import BrowserPool
from housecat.config import Settings
from housecat.redis import connect
from housecat.runs.events import EventLog
from housecat.runs.service import RunService
from housecat.runs.store import ResultStore
from housecat.suites.service import NoScheduler, SuiteService
from housecat.suites.store import SuiteStore
from housecat.web import demo
from housecat.web.api import health, runs, tests
from housecat.web.errors import install_error_handlers
from housecat.web.state import AppState

SHUTDOWN_GRACE_S = 10.0


@contextlib.asynccontextmanager
async def _lifespan_state(settings: Settings) -> AsyncIterator[AppState]:
    """Open Redis, the browser pool and the alert dispatcher; close them in reverse."""
    pool = BrowserPool(
        settings.chromium,
        max_runs=settings.browser_max_runs,
        max_memory_mb=settings.browser_max_memory_mb,
    )
    limits = Limits(step_timeout_s=settings.step_timeout, run_timeout_s=settings.run_timeout)
    # Apprise's plugins take about a second to import: do it now, off the event loop.
    await asyncio.to_thread(load_plugins)
    async with connect(settings) as redis:
        suite_store = SuiteStore(redis)
        results = ResultStore(
            redis,
            results_max=settings.results_max,
            max_age=timedelta(days=settings.results_max_age_days),
        )
        alerts = AlertDispatcher(settings, on_delivered=results.mark_alert_sent)
        runs = RunService(
            suite_store,
            results,
            EventLog(redis, settings.events_maxlen),
            pool,
            alerts,
            limits=limits,
            artifacts=settings.artifacts_dir,
        )
        suites = SuiteService(
            suite_store, NoScheduler(), allow_private_webhooks=settings.allow_private_webhooks
        )
        try:
            yield AppState(settings, redis, suites, results, runs, pool, alerts, limits)
        finally:
            await alerts.drain(SHUTDOWN_GRACE_S)
            await pool.close()


def create_app(settings: Settings) -> FastAPI:
    """Build the app; Redis is connected (or the embedded Valkey started) at startup."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with _lifespan_state(settings) as state:
            app.state.housecat = state
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
    app.include_router(runs.router)
    app.include_router(runs.callbacks)
    app.include_router(demo.router)
    return app
