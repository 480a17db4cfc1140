"""`GET /metrics`: what every process counted in Redis, parsed with Prometheus' own parser.

Runs go through the API, a real worker and a real Chromium against pages served on
127.0.0.1; alerts go to a local webhook; the scheduler skips a real slot.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from housecat import keys
from housecat.config import Settings
from housecat.web.app import create_app
from tests.alert_servers import AlertServer
from tests.pages import Pages
from tests.processes import free_port, wait_until

ROOT = Path(__file__).parents[1]
TOKEN = "s3cret-token"
GREETER = """
<button onclick="document.getElementById('out').textContent = 'Hello, visitor'">Greet me</button>
<p id="out"></p>
"""
SILENT = '<button>Greet me</button><p id="out"></p>'  # greets nobody: the check fails
GOAL = "Click 'Greet me', then check the page says 'Hello, visitor'"
Client = Callable[..., TestClient]
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def create(client: TestClient, url: str, name: str, **fields: object) -> str:
    # Due once a year: no scheduled run joins the queue while the test counts it.
    body = {"name": name, "url": url, "goal": GOAL, "schedule": "0 0 1 1 *", **fields}
    answer = client.post("/api/tests", json=body)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["id"])


def run(client: TestClient, test_id: str) -> dict[str, Any]:
    answer = client.post(f"/api/tests/{test_id}/run")
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()["result"]
    return result


def scrape(client: TestClient, **headers: str) -> Samples:
    """Every sample of `/metrics`, by name and labels, read by Prometheus' parser."""
    answer = client.get("/metrics", headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(answer.text)
        for sample in family.samples
    }


def value(samples: Samples, metric: str, **labels: str) -> float:
    """The value of the one sample of `metric` with exactly these labels."""
    key = (metric, frozenset(labels.items()))
    assert key in samples, f"{metric}{labels} not in {sorted(k for k in samples if k[0] == metric)}"
    return samples[key]


def has(samples: Samples, metric: str, **labels: str) -> bool:
    return (metric, frozenset(labels.items())) in samples


def exposed_names(client: TestClient) -> set[str]:
    """The name of every sample `/metrics` can have, from its families' types."""
    text = client.get("/metrics").text
    suffixes = {"counter": ["_total"], "gauge": [""], "histogram": ["_bucket", "_sum", "_count"]}
    return {
        family.name + suffix
        for family in text_string_to_metric_families(text)
        for suffix in suffixes[family.type]
    }


def steps_run(*results: dict[str, Any]) -> int:
    return sum(step["status"] != "skipped" for r in results for step in r["step_results"])


def test_runs_are_counted_by_test_and_result_with_durations_steps_alerts_and_restarts(
    make_client: Client, pages: Pages, db: redis.Redis
) -> None:
    client = make_client(
        step_timeout=1,
        browser_max_runs=1,  # every run after the first relaunches Chromium
        allow_private_webhooks=True,
        alert_timeout=2,
        alert_attempts=1,
    )
    with AlertServer() as hook:
        good = create(client, pages.add(GREETER), "Greeting")
        bad = create(client, pages.add(SILENT), "Silence", alert_webhook=f"{hook.url}/hook")
        dead_hook = f"http://127.0.0.1:{free_port()}/hook"
        unheard = create(client, pages.add(SILENT), "Unheard", alert_webhook=dead_hook)
        results = [run(client, good), run(client, good), run(client, bad), run(client, unheard)]
        dispatcher = client.app.state.housecat.alerts  # type: ignore[attr-defined]
        wait_until(lambda: dispatcher.pending == 0, what="alert deliveries finishing")
    assert [r["passed"] for r in results] == [True, True, False, False]

    samples = scrape(client)
    location = "default"
    assert (
        value(samples, "housecat_runs_total", test_id=good, location=location, result="passed") == 2
    )
    assert (
        value(samples, "housecat_runs_total", test_id=bad, location=location, result="failed") == 1
    )
    assert not has(samples, "housecat_runs_total", test_id=good, location=location, result="failed")
    assert value(samples, "housecat_test_info", test_id=good, name="Greeting") == 1
    assert value(samples, "housecat_test_info", test_id=bad, name="Silence") == 1
    took = [r["duration_ms"] for r in results[:2]]
    assert (
        value(samples, "housecat_run_duration_seconds_count", test_id=good, location=location) == 2
    )
    assert value(
        samples, "housecat_run_duration_seconds_sum", test_id=good, location=location
    ) == pytest.approx(sum(took) / 1000)
    infinite = value(
        samples, "housecat_run_duration_seconds_bucket", test_id=bad, location=location, le="+Inf"
    )
    assert infinite == 1
    steps = sum(
        v for (name, _), v in samples.items() if name == "housecat_step_duration_seconds_count"
    )
    assert steps == steps_run(*results) > 0
    assert value(samples, "housecat_step_duration_seconds_count", action="click") == 4
    assert (
        value(samples, "housecat_alert_deliveries_total", channel="webhook", outcome="delivered")
        == 1
    )
    assert (
        value(samples, "housecat_alert_deliveries_total", channel="webhook", outcome="failed") == 1
    )
    assert value(samples, "housecat_browser_restarts_total", reason="max_runs") == 3
    assert value(samples, "housecat_queue_depth") == 0

    # A deleted test's counts go with it.
    assert client.delete(f"/api/tests/{bad}").status_code == 200
    assert not db.exists(keys.metrics_test(bad))
    assert not any(dict(labels).get("test_id") == bad for _, labels in scrape(client))


def test_a_run_housecat_could_not_run_is_one_error_however_often_it_is_retried(
    make_client: Client, pages: Pages, tmp_path: Path
) -> None:
    client = make_client(chromium=tmp_path / "no-chromium")
    test_id = create(client, pages.add(GREETER), "Greeting")

    answer = client.post(f"/api/tests/{test_id}/run")

    assert answer.status_code == 500, answer.text
    samples = scrape(client)
    labels = {"test_id": test_id, "location": "default"}
    assert value(samples, "housecat_runs_total", result="error", **labels) == 1
    # No duration: it never ran.
    assert not has(samples, "housecat_run_duration_seconds_count", **labels)


@pytest.fixture
def scheduler_only(settings: Settings) -> Iterator[TestClient]:
    """A server with a scheduler and no worker: what it enqueues stays queued."""
    with TestClient(create_app(settings, scheduler=True, worker=False)) as client:
        yield client


def test_queue_depth_oldest_wait_and_skipped_slots_are_exported(
    scheduler_only: TestClient, db: redis.Redis
) -> None:
    client = scheduler_only
    # Due once a year by their schedule, and made due here by hand: a minute turning over
    # mid-test must not make "other" due again while its run still waits.
    late = create(client, "http://127.0.0.1:9/", "Late")
    other = create(client, "http://127.0.0.1:9/", "Other")
    db.zadd(keys.SCHEDULE_DUE, {late: 0, other: 0})  # both due now
    wait_until(lambda: value(scrape(client), "housecat_queue_depth") == 2, what="two queued runs")

    db.zadd(keys.SCHEDULE_DUE, {late: 0})  # due again while its run still waits
    skipped = "housecat_schedule_skipped_slots_total"
    wait_until(lambda: has(scrape(client), skipped, test_id=late), what="a skipped slot")

    samples = scrape(client)
    assert value(samples, skipped, test_id=late) == 1
    assert not has(samples, skipped, test_id=other)
    assert value(samples, "housecat_queue_depth") == 2
    assert value(samples, "housecat_queue_running") == 0
    assert value(samples, "housecat_workers") == 0
    assert value(samples, "housecat_queue_oldest_wait_seconds") >= 0


def test_metrics_need_the_api_token_when_one_is_set(make_client: Client) -> None:
    client = make_client(api_token=TOKEN, roles=False)

    refused = client.get("/metrics")

    assert refused.status_code == 401
    assert refused.json()["error"]
    assert scrape(client, Authorization=f"Bearer {TOKEN}")
    document = client.get("/openapi.json", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    operation = document["paths"]["/metrics"]["get"]
    assert "security" in operation
    assert "text/plain" in operation["responses"]["200"]["content"]


def test_public_metrics_need_no_token(make_client: Client) -> None:
    client = make_client(api_token=TOKEN, metrics_public=True, roles=False)

    assert scrape(client)
    document = client.get("/openapi.json", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert "security" not in document["paths"]["/metrics"]["get"]
    assert client.get("/api/tests").status_code == 401  # the API itself stays closed


def test_every_metric_the_grafana_dashboard_queries_is_exported(client: TestClient) -> None:
    text = (ROOT / "docs" / "grafana-dashboard.json").read_text()
    dashboard = json.loads(text)
    panels = [panel for panel in dashboard["panels"] if panel["type"] != "row"]
    queries = [target["expr"] for panel in panels for target in panel["targets"]]
    # Panel queries and the template variable's alike.
    used = set(re.findall(r"\bhousecat_\w+", text))

    assert dashboard["title"] and dashboard["uid"]
    assert [i["name"] for i in dashboard["__inputs"]] == ["DS_PROMETHEUS"]
    assert len({panel["id"] for panel in dashboard["panels"]}) == len(dashboard["panels"])
    assert all(panel["datasource"]["uid"] == "${DS_PROMETHEUS}" for panel in panels)
    assert len(queries) >= len(panels) and "housecat_runs_total" in used
    assert used <= exposed_names(client), used - exposed_names(client)


def test_every_exported_metric_is_documented(client: TestClient) -> None:
    documented = (ROOT / "docs" / "metrics.md").read_text()
    families = {
        family.name for family in text_string_to_metric_families(client.get("/metrics").text)
    }

    assert families
    assert not {name for name in families if f"`{name}" not in documented}
