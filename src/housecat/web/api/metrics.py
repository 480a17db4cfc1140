"""`GET /metrics`: Prometheus metrics, read from Redis at scrape time.

Workers are separate processes, so nothing is counted in this one: each scrape reads
the totals the stored runs keep (see runs/spend.py) and writes them out.
"""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.registry import Collector

from housecat.llm.usage import Purpose
from housecat.runs.spend import Spend
from housecat.web.openapi import TOKEN_REQUIRED
from housecat.web.state import app_state

router = APIRouter(tags=["metrics"], dependencies=TOKEN_REQUIRED)


class ModelSpendCollector(Collector):
    """Model use by purpose: for ever (counters) and today, UTC (gauges)."""

    def __init__(
        self,
        totals: dict[Purpose, Spend],
        today: dict[Purpose, Spend],
        daily_budget_usd: float | None,
    ) -> None:
        self.totals = totals
        self.today = today
        self.daily_budget_usd = daily_budget_usd

    def collect(self) -> Iterator[Metric]:
        requests = CounterMetricFamily(
            "housecat_model_requests", "Requests to a model", labels=["purpose"]
        )
        tokens = CounterMetricFamily(
            "housecat_model_tokens", "Model tokens, in and out", labels=["purpose", "direction"]
        )
        cost = CounterMetricFamily(
            "housecat_model_cost_usd",
            "Estimated cost of model use in US dollars (priced requests only)",
            labels=["purpose"],
        )
        unpriced = CounterMetricFamily(
            "housecat_model_unpriced_requests",
            "Requests to a model the price table does not know",
            labels=["purpose"],
        )
        cost_today = GaugeMetricFamily(
            "housecat_model_cost_today_usd",
            "Estimated cost of model use today (UTC), in US dollars",
            labels=["purpose"],
        )
        for purpose, spend in self.totals.items():
            requests.add_metric([purpose], spend.requests)
            tokens.add_metric([purpose, "input"], spend.input_tokens)
            tokens.add_metric([purpose, "output"], spend.output_tokens)
            cost.add_metric([purpose], spend.cost_usd)
            unpriced.add_metric([purpose], spend.unpriced_requests)
        for purpose, spend in self.today.items():
            cost_today.add_metric([purpose], spend.cost_usd)
        yield from (requests, tokens, cost, unpriced, cost_today)
        if self.daily_budget_usd is not None:
            yield GaugeMetricFamily(
                "housecat_model_daily_budget_usd",
                "HouseCat's daily model budget in US dollars",
                value=self.daily_budget_usd,
            )


# Prometheus' text format, not JSON: left out of the OpenAPI document.
@router.get("/metrics", response_class=Response, include_in_schema=False)
async def metrics(request: Request) -> Response:
    """Model requests, tokens and estimated cost by purpose, in Prometheus' text format."""
    state = app_state(request)
    registry = CollectorRegistry(auto_describe=False)
    collector = ModelSpendCollector(
        await state.spend.totals(),
        await state.spend.today_by_purpose(),
        state.settings.llm_daily_budget_usd,
    )
    registry.register(collector)
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
