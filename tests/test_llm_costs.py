"""What models cost is summed per test and per day, shown, exported, and capped by budgets.

The model is a local server speaking Anthropic's (priced: a Claude model) or OpenAI's
(an unknown local model: unpriced) wire format from a script; runs go through the API,
a real worker and a real Chromium; the figures are read back through the API and pages.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import pytest
import redis
from fastapi.testclient import TestClient

from housecat import keys
from housecat.runs.spend import today
from tests.llm_servers import ModelServer, Say
from tests.pages import Pages

GREETER = """
<button onclick="document.getElementById('out').textContent = 'Hello, visitor'">Greet me</button>
<p id="out"></p>
"""
# The built-in reader cannot read its first part: only a model can plan it.
NUDGING = "Nudge the page into a greeting, then check the page says 'Hello, visitor'"
READABLE = "Click 'Greet me', then check the page says 'Hello, visitor'"
CLICK = {"action": "click", "target": {"text": "Greet me", "role": "button"}, "phrase": "Nudge"}
HELLO = {
    "action": "expect_text",
    "value": "Hello, visitor",
    "phrase": "check the page says 'Hello, visitor'",
}
Client = Callable[..., TestClient]


def with_claude(make_client: Client, claude: ModelServer, **overrides: object) -> TestClient:
    return make_client(anthropic_api_key="sk-test", anthropic_base_url=claude.url, **overrides)


def create(client: TestClient, url: str, goal: str = NUDGING, **fields: object) -> str:
    answer = client.post(
        "/api/tests", json={"name": "Greeting", "url": url, "goal": goal, **fields}
    )
    assert answer.status_code == 200, answer.text
    test_id: str = answer.json()["id"]
    return test_id


def run(client: TestClient, test_id: str) -> dict[str, object]:
    answer = client.post(f"/api/tests/{test_id}/run")
    assert answer.status_code == 200, answer.text
    result: dict[str, object] = answer.json()["result"]
    return result


def page(client: TestClient, path: str) -> str:
    """A page's text, its entities decoded."""
    answer = client.get(path)
    assert answer.status_code == 200, answer.text
    return html.unescape(answer.text)


def metric(text: str, name: str, **labels: str) -> float:
    """One sample of a metric in Prometheus' text format."""
    shown = ",".join(f'{key}="{value}"' for key, value in sorted(labels.items()))
    selector = f"{name}{{{shown}}}" if labels else name
    match = re.search(rf"^{re.escape(selector)} (\S+)$", text, re.MULTILINE)
    assert match is not None, f"{selector} not in the metrics:\n{text}"
    return float(match.group(1))


def test_a_compile_is_counted_for_the_test_and_the_day_and_replays_past_a_spent_budget(
    make_client: Client, claude: ModelServer, pages: Pages, db: redis.Redis
) -> None:
    client = with_claude(make_client, claude)
    script = claude.play(Say([CLICK]), Say([HELLO], done=True))
    test_id = create(client, pages.add(GREETER))
    first = run(client, test_id)
    assert first["passed"] is True, first
    [use] = first["model_use"]  # type: ignore[misc]
    cost = use["cost_usd"]
    assert use["purpose"] == "compile" and cost > 0

    spent = client.get(f"/api/tests/{test_id}/model-use").json()
    assert spent["stopped_today"] is None
    for span in ("today", "last_30_days"):
        figures = spent[span]
        assert (figures["requests"], figures["input_tokens"], figures["output_tokens"]) == (
            2,
            240,
            60,
        )
        assert figures["cost_usd"] == pytest.approx(cost)
        assert figures["unpriced_requests"] == 0
    shown = page(client, f"/tests/{test_id}")
    assert "today 300 tokens" in shown and f"${cost:.4f}" in shown
    run_page = page(client, f"/tests/{test_id}/runs/{first['run_id']}")
    assert "claude-sonnet-5-5" in run_page and "<td>compile</td>" in run_page
    dashboard = page(client, "/")
    assert f"Model use today (UTC): 300 tokens, ${cost:.4f}" in dashboard
    metrics = client.get("/metrics").text
    assert metric(metrics, "housecat_model_requests_total", purpose="compile") == 2
    assert (
        metric(metrics, "housecat_model_tokens_total", purpose="compile", direction="input") == 240
    )
    assert metric(metrics, "housecat_model_cost_usd_total", purpose="compile") == pytest.approx(
        cost
    )
    assert metric(metrics, "housecat_model_cost_today_usd", purpose="heal") == 0

    # A spent budget stops the model, not the replay of the plan it made.
    changed = client.put(f"/api/tests/{test_id}", json={"model_budget_usd": 0})
    assert changed.status_code == 200 and changed.json()["model_budget_usd"] == 0
    second = run(client, test_id)
    assert second["passed"] is True and second["model_use"] == []
    assert script.calls == 2
    assert client.get(f"/api/tests/{test_id}").json()["warnings"] == []

    assert db.exists(keys.model_spend(test_id))
    assert client.delete(f"/api/tests/{test_id}").status_code == 200
    assert not db.exists(keys.model_spend(test_id))
    # HouseCat's own day still counts what the deleted test spent.
    assert page(client, "/").count("Model use today") == 0  # no tests: the empty state
    assert db.hget(keys.model_spend_day(today()), "requests") == "2"


def test_a_spent_test_budget_stops_the_model_and_says_so_on_the_test(
    make_client: Client, claude: ModelServer, pages: Pages
) -> None:
    client = with_claude(make_client, claude)
    script = claude.play(Say([CLICK]), Say([HELLO], done=True))
    test_id = create(client, pages.add(GREETER), model_budget_usd=0)
    result = run(client, test_id)
    reason = "the test's daily model budget of $0 is spent"
    assert result["passed"] is False
    assert f"this goal needs the model to plan it, and {reason}" in str(result["details"])
    assert result["model_refused"] == reason
    assert script.calls == 0
    [warning] = client.get(f"/api/tests/{test_id}").json()["warnings"]
    assert warning.startswith(f"Model use was stopped today: {reason}.")
    assert client.get(f"/api/tests/{test_id}/model-use").json()["stopped_today"] == reason
    assert f"Model use was stopped today: {reason}." in page(client, f"/tests/{test_id}")


def test_the_global_budget_stops_the_model_within_a_compile_and_before_the_next(
    make_client: Client, claude: ModelServer, pages: Pages
) -> None:
    client = with_claude(make_client, claude, llm_daily_budget_usd=0.0001)
    script = claude.play(Say([CLICK]), Say([HELLO], done=True))
    url = pages.add(GREETER)
    first = run(client, create(client, url))
    # The first turn costs more than the whole budget: the second is not asked.
    assert first["passed"] is False
    assert "this goal needs the model to plan it, and the daily model budget is spent" in str(
        first["details"]
    )
    assert script.calls == 1
    second = run(client, create(client, url))
    assert second["model_refused"] == "HouseCat's daily model budget of $0.0001 is spent"
    assert script.calls == 1
    # A goal the built-in reader reads needs no model: it runs as ever.
    assert run(client, create(client, url, READABLE))["passed"] is True
    assert "of the $0.0001 daily budget" in page(client, "/")
    assert metric(client.get("/metrics").text, "housecat_model_daily_budget_usd") == 0.0001


def test_a_local_model_is_counted_in_tokens_and_never_priced_at_zero(
    make_client: Client, local_model: ModelServer, pages: Pages
) -> None:
    client = make_client(llm="qwen-local", llm_base_url=local_model.base_url)
    local_model.play(Say([CLICK]), Say([HELLO], done=True))
    test_id = create(client, pages.add(GREETER))
    result = run(client, test_id)
    assert result["passed"] is True, result
    today_spend = client.get(f"/api/tests/{test_id}/model-use").json()["today"]
    assert today_spend["requests"] == today_spend["unpriced_requests"] == 2
    assert today_spend["input_tokens"] > 0 and today_spend["cost_usd"] == 0
    shown = page(client, f"/tests/{test_id}")
    assert "tokens, unpriced" in shown and "$0" not in shown
    assert "<td>unpriced</td>" in page(client, f"/tests/{test_id}/runs/{result['run_id']}")


@pytest.mark.parametrize("budget", [-1, "lots", "NaN", True])
def test_a_bad_budget_is_refused_with_a_clear_error(
    make_client: Client, pages: Pages, budget: object
) -> None:
    client = make_client(roles=False)
    url = pages.add(GREETER)
    body = {"name": "G", "url": url, "goal": READABLE, "model_budget_usd": budget}
    created = client.post("/api/tests", json=body)
    assert created.status_code == 422
    assert list(created.json()["fields"]) == ["model_budget_usd"]
    test_id = create(client, url, READABLE, model_budget_usd=2.5)
    changed = client.put(f"/api/tests/{test_id}", json={"model_budget_usd": budget})
    assert changed.status_code == 422
    assert list(changed.json()["fields"]) == ["model_budget_usd"]
    assert client.get(f"/api/tests/{test_id}").json()["model_budget_usd"] == 2.5
    cleared = client.put(f"/api/tests/{test_id}", json={"model_budget_usd": None})
    assert cleared.json()["model_budget_usd"] is None
