"""`GET /metrics`: Prometheus metrics, read from Redis at scrape time.

Workers and schedulers are separate processes, so nothing is counted in this one: each
scrape reads what every process counted in Redis (see housecat.metrics) and writes it out.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from housecat.config import Settings
from housecat.metrics.families import ModelSpendCollector, QueueCollector, RunsCollector
from housecat.metrics.read import read
from housecat.web.openapi import TOKEN_REQUIRED
from housecat.web.state import app_state

PROMETHEUS_TEXT: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Every metric, in Prometheus' text format (see docs/metrics.md)",
        "content": {"text/plain": {"schema": {"type": "string"}}},
    }
}


def router_for(settings: Settings) -> APIRouter:
    """Serve `/metrics`: behind the API token, unless `HOUSECAT_METRICS_PUBLIC` opens it."""
    router = APIRouter(
        tags=["metrics"], dependencies=[] if settings.metrics_public else TOKEN_REQUIRED
    )
    router.add_api_route(
        "/metrics", metrics, methods=["GET"], response_class=Response, responses=PROMETHEUS_TEXT
    )
    return router


async def metrics(request: Request) -> Response:
    """Runs, durations, queue, skipped slots, alerts, browser restarts and model use."""
    state = app_state(request)
    readings = await read(state.redis)
    registry = CollectorRegistry(auto_describe=False)
    registry.register(RunsCollector(readings))
    registry.register(QueueCollector(await state.queue.depth()))
    registry.register(ModelSpendCollector(readings, state.settings.llm_daily_budget_usd))
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
