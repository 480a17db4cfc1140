"""The metric families `/metrics` exports, built from one scrape's readings."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector

from housecat.metrics.read import Readings, histogram, labelled
from housecat.metrics.record import RUN_BUCKETS_S, STEP_BUCKETS_S
from housecat.schedule.queue import Depth


class RunsCollector(Collector):
    """Tests, their runs and run durations, steps, skipped slots, alerts, browser restarts."""

    def __init__(self, readings: Readings) -> None:
        self.readings = readings

    def collect(self) -> Iterator[Metric]:
        yield from self._tests()
        yield self._steps()
        yield self._counter(
            "housecat_schedule_skipped_slots",
            "Due slots the scheduler skipped because the test's previous run was still going",
            ["test_id"],
            {(test_id,): count for test_id, count in self.readings.skipped.items()},
        )
        alerts = self.readings.alerts
        yield self._counter(
            "housecat_alert_deliveries",
            "Alert deliveries (after their retries) by webhook or channel kind, and outcome",
            ["channel", "outcome"],
            {tuple(field.rsplit(":", 1)): count for field, count in alerts.items()},
        )
        yield self._counter(
            "housecat_browser_restarts",
            "Relaunches of a worker's Chromium, by why the previous one went",
            ["reason"],
            {(reason,): count for reason, count in self.readings.browser.items()},
        )

    def _tests(self) -> Iterator[Metric]:
        info = GaugeMetricFamily(
            "housecat_test_info", "Each test, with its name (always 1)", labels=["test_id", "name"]
        )
        runs = CounterMetricFamily(
            "housecat_runs",
            "Finished runs of a test's own, by location and result (passed, failed, error)",
            labels=["test_id", "location", "result"],
        )
        durations = HistogramMetricFamily(
            "housecat_run_duration_seconds",
            "How long a test's runs took (passed and failed ones)",
            labels=["test_id", "location"],
        )
        for test_id, name in self.readings.names.items():
            info.add_metric([test_id, name], 1)
            counts = self.readings.tests[test_id]
            for field, count in counts.items():
                if field.startswith("runs:"):
                    _, location, result = field.split(":")
                    runs.add_metric([test_id, location, result], int(count))
            timed = [field for field in counts if field.startswith("duration:")]
            for location in labelled(timed, 1):
                took = histogram(counts, f"duration:{location}:", RUN_BUCKETS_S)
                durations.add_metric([test_id, location], took.buckets, took.sum_s)
        yield from (info, runs, durations)

    def _steps(self) -> Metric:
        durations = HistogramMetricFamily(
            "housecat_step_duration_seconds",
            "How long the steps of runs took (skipped steps left out), by action",
            labels=["action"],
        )
        steps = self.readings.steps
        for action in labelled(steps, 0):
            took = histogram(steps, f"{action}:", STEP_BUCKETS_S)
            durations.add_metric([action], took.buckets, took.sum_s)
        return durations

    @staticmethod
    def _counter(
        name: str, documentation: str, labels: list[str], values: dict[tuple[str, ...], str]
    ) -> Metric:
        family = CounterMetricFamily(name, documentation, labels=labels)
        for label_values, count in sorted(values.items()):
            family.add_metric(list(label_values), int(count))
        return family


class QueueCollector(Collector):
    """How much work waits, how long the oldest has waited, and who is there to do it."""

    def __init__(self, depth: Depth) -> None:
        self.depth = depth

    def collect(self) -> Iterator[Metric]:
        depth = self.depth
        yield GaugeMetricFamily(
            "housecat_queue_depth", "Runs queued, waiting for a worker", value=depth.queued
        )
        yield GaugeMetricFamily(
            "housecat_queue_running", "Runs a worker is running now", value=depth.running
        )
        yield GaugeMetricFamily("housecat_workers", "Live worker processes", value=depth.workers)
        yield GaugeMetricFamily(
            "housecat_queue_oldest_wait_seconds",
            "How long the oldest queued run has waited (0 when none waits)",
            value=depth.oldest_wait_s or 0.0,
        )


class ModelSpendCollector(Collector):
    """Model use by purpose: for ever (counters) and today, UTC (gauges)."""

    def __init__(self, readings: Readings, daily_budget_usd: float | None) -> None:
        self.totals = readings.spend_total
        self.today = readings.spend_today
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
