"""`create_app(settings)`: the FastAPI app, with a lifespan that owns the connections."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from housecat import __version__
from housecat.config import Settings
from housecat.roles import running_roles
from housecat.services import open_services
from housecat.web import demo, pages, trace_viewer
from housecat.web.acting import RecordCallers
from housecat.web.api import (
    artifacts,
    health,
    metrics,
    plan,
    queue,
    results,
    runs,
    tests,
    v1_audit,
    v1_browser_configs,
    v1_environments,
    v1_executions,
    v1_health,
    v1_locations,
    v1_maintenance,
    v1_manifest,
    v1_me,
    v1_outages,
    v1_projects,
    v1_status_pages,
    v1_suites,
    v1_templates,
    v1_tests,
    v1_trash,
    v1_users,
)
from housecat.web.docs import install_docs
from housecat.web.errors import install_error_handlers
from housecat.web.openapi import install_openapi

STATIC_DIR = Path(__file__).parent / "static"


def create_app(settings: Settings, *, scheduler: bool = True, worker: bool = True) -> FastAPI:
    """Build the app: the API, plus (by default) a scheduler and a worker in-process."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with open_services(settings) as services:
            app.state.housecat = services
            async with running_roles(
                services, scheduler=scheduler, worker=worker, concurrency=settings.concurrency
            ):
                yield

    app = FastAPI(
        title="HouseCat",
        version=__version__,
        summary="Synthetic monitoring in plain English.",
        lifespan=lifespan,
        # Served by `web/docs.py` instead, so they can be kept behind the token.
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    install_error_handlers(app)
    install_docs(app)
    install_openapi(app, token_set=settings.token is not None)
    app.include_router(health.router)
    app.include_router(tests.router)
    app.include_router(runs.router)
    app.include_router(runs.callbacks)
    app.include_router(plan.router)
    app.include_router(queue.router)
    app.include_router(results.router)
    app.include_router(metrics.router_for(settings))
    app.include_router(v1_health.router)
    app.include_router(v1_tests.router)
    app.include_router(v1_environments.router)
    app.include_router(v1_browser_configs.router)
    app.include_router(v1_suites.router)
    app.include_router(v1_executions.router)
    app.include_router(v1_executions.suites)
    app.include_router(v1_manifest.router)
    app.include_router(v1_manifest.schema)
    app.include_router(v1_templates.router)
    app.include_router(v1_outages.router)
    app.include_router(v1_maintenance.router)
    app.include_router(v1_status_pages.router)
    app.include_router(v1_locations.router)
    app.include_router(v1_me.router)
    app.include_router(v1_users.router)
    app.include_router(v1_projects.router)
    app.include_router(v1_audit.router)
    app.include_router(v1_trash.router)
    app.add_middleware(RecordCallers)  # the changes a request makes are its caller's
    app.include_router(demo.router)
    app.include_router(pages.router)
    app.include_router(artifacts.router)
    app.include_router(trace_viewer.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> FileResponse:
        """Answer browsers that look for the icon where they always have."""
        return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")

    return app
