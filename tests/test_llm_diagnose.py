"""A model diagnoses a failed run after the verdict: shown, stored, alerted; the verdict stays.

The model is a local server speaking Anthropic's or OpenAI's real wire format from a script,
so the real pydantic-ai provider classes run end to end, after a real Chromium run.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient

from housecat.browser.execute import Limits
from housecat.browser.pool import BrowserPool
from housecat.config import Settings
from housecat.llm.choice import diagnoser_for
from housecat.llm.diagnose import ModelDiagnoser
from housecat.runs.pipeline import RunOutcome, run_goal
from housecat.services import open_services
from housecat.suites.models import CreateTestSuite
from tests.alert_servers import AlertServer
from tests.llm_servers import Answer, Fail, Garbage, ModelServer, Script, Stall
from tests.pages import Pages

CHECKOUT = """
<h1>Checkout</h1>
<p>Your basket holds one copper teapot.</p>
<button onclick="document.getElementById('out').textContent = 'Payment service unavailable'">
  Place the order</button>
<p id="out"></p>
"""
ORDERING = "click 'Place the order', then check the page says 'Order confirmed'"
SAID = "The payment service answered that it is unavailable. The order was never confirmed."
OPINION = Answer({"summary": SAID, "cause": "app_broken"})
# A check that cannot pass gives up sooner than a real run's would.
QUICK = Limits(step_timeout_s=1.5)


def local_diagnoser(server: ModelServer, *, timeout_s: float = 10.0) -> ModelDiagnoser:
    """The diagnoser HouseCat builds for an OpenAI-compatible server at HOUSECAT_LLM_BASE_URL."""
    settings = Settings(llm="qwen-local", llm_base_url=server.base_url, llm_timeout=timeout_s)
    diagnoser = diagnoser_for(settings)
    assert diagnoser is not None
    return diagnoser


def with_local_model(settings: Settings, server: ModelServer) -> Settings:
    return Settings(
        **{
            **settings.model_dump(),
            "llm": "qwen-local",
            "llm_base_url": server.base_url,
            "step_timeout": QUICK.step_timeout_s,
        }
    )


def sent(script: Script) -> str:
    """Everything the model was sent, unescaped, as one text."""
    return "\n".join(json.dumps(body, ensure_ascii=False) for body in script.requests)


def eval_events(db: redis.Redis, test_id: str) -> list[dict[str, str]]:
    return [fields for _, fields in db.xrange(f"events:{test_id}") if fields["type"] == "eval_complete"]  # fmt: skip


async def ordering(
    pool: BrowserPool, pages: Pages, diagnoser: ModelDiagnoser, *, html: str = CHECKOUT
) -> RunOutcome:
    return await run_goal(
        pool,
        url=pages.add(html),
        goal=ORDERING,
        triggered_by="api",
        planner="auto",
        limits=QUICK,
        diagnoser=diagnoser,
    )


async def test_a_failed_run_is_diagnosed_shown_and_alerted_and_still_failed(
    settings: Settings,
    claude: ModelServer,
    pages: Pages,
    db: redis.Redis,
    make_client: Callable[..., TestClient],
) -> None:
    script = claude.play(OPINION)
    with_claude = Settings(
        **{
            **settings.model_dump(),
            "anthropic_api_key": "sk-test",
            "anthropic_base_url": claude.url,
            "allow_private_webhooks": True,
            "step_timeout": QUICK.step_timeout_s,
        }
    )
    with AlertServer() as hook:
        async with open_services(with_claude) as services:
            body = CreateTestSuite(
                name="Checkout",
                url=pages.add(CHECKOUT),
                goal=ORDERING,
                alert_webhook=f"{hook.url}/hook",
            )
            test = await services.suites.create(body)
            detail = await services.runs.run(test.id, "schedule")
            await services.pool.close()
        # Leaving the services waited for the alert in flight.
        (alert,) = [request.json() for request in hook.received]

    record = detail.record
    assert not record.passed
    failed = record.step_results[-1]
    assert failed.action == "expect_text" and "Order confirmed" in failed.details
    assert record.error == f"Step 3 failed: {failed.details}"
    assert record.diagnosis is not None
    assert (record.diagnosis.summary, record.diagnosis.cause) == (SAID, "app_broken")
    assert record.diagnosis.model == "claude-sonnet-5-5"
    assert [use.purpose for use in record.model_use] == ["diagnose"]
    # The model saw the failed step, its error, the page as it was, and the screenshot.
    assert script.calls == 1
    seen = sent(script)
    assert failed.details in seen and failed.description in seen
    assert "copper teapot" in seen and "Payment service unavailable" in seen
    assert '"type": "image"' in seen and '"media_type": "image/png"' in seen
    (event,) = eval_events(db, test.id)
    assert event["passed"] == "false"
    assert (event["diagnosis"], event["cause"]) == (SAID, "app_broken")
    assert alert["result"]["passed"] is False and alert["result"]["error"] == record.error
    assert alert["diagnosis"] == {"summary": SAID, "cause": "app_broken"}

    ui = make_client(roles=False)
    page = ui.get(f"/tests/{test.id}/runs/{record.run_id}").text
    assert 'Diagnosis (by <span class="diagnosis-model">claude-sonnet-5-5</span>)' in page
    assert SAID in page and ">app broken<" in page
    assert "HouseCat's checks decided the verdict" in page
    watched = ui.get(f"/tests/{test.id}?run={record.run_id}").text  # the finished live view
    assert SAID in watched and ">app broken<" in watched
    kept = ui.get(f"/api/runs/{record.run_id}").json()["record"]
    assert kept["passed"] is False and kept["diagnosis"]["cause"] == "app_broken"
    assert "snapshot" not in ui.get(f"/api/runs/{record.run_id}").json()["browser_result"]


async def test_a_passing_run_asks_the_model_nothing(
    pool: BrowserPool, local_model: ModelServer, pages: Pages
) -> None:
    script = local_model.play(OPINION)
    confirming = CHECKOUT.replace("Payment service unavailable", "Order confirmed")
    outcome = await ordering(pool, pages, local_diagnoser(local_model), html=confirming)
    assert outcome.record.passed
    assert outcome.record.diagnosis is None and outcome.record.model_use == []
    assert script.calls == 0


@pytest.mark.parametrize(
    ("turns", "timeout_s"),
    [((Fail(500), Fail(500)), 10.0), ((Garbage(), Garbage()), 10.0), ((Stall(2.0),), 0.5)],
    ids=["server-error", "garbage", "timeout"],
)
async def test_a_model_that_fails_leaves_the_run_failed_as_it_was(
    pool: BrowserPool,
    local_model: ModelServer,
    pages: Pages,
    turns: tuple[Any, ...],
    timeout_s: float,
) -> None:
    script = local_model.play(*turns)
    outcome = await ordering(pool, pages, local_diagnoser(local_model, timeout_s=timeout_s))
    assert script.calls >= 1
    record = outcome.record
    assert not record.passed and record.diagnosis is None
    failed = record.step_results[-1]
    assert (failed.action, failed.status) == ("expect_text", "failed")
    assert "Order confirmed" in failed.details
    assert record.error == f"Step 3 failed: {failed.details}"


async def test_only_the_last_attempt_is_diagnosed_and_never_with_planner_builtin(
    settings: Settings, local_model: ModelServer, pages: Pages, db: redis.Redis
) -> None:
    script = local_model.play(OPINION, OPINION)
    url = pages.add(CHECKOUT)
    async with open_services(with_local_model(settings, local_model)) as services:
        retried = await services.suites.create(
            CreateTestSuite(name="Retried", url=url, goal=ORDERING, retries=1)
        )
        builtin = await services.suites.create(
            CreateTestSuite(name="Builtin", url=url, goal=ORDERING, planner="builtin")
        )
        last = await services.runs.run(retried.id, "schedule")
        plain = await services.runs.run(builtin.id, "schedule")
        await services.pool.close()

    assert last.attempts == 2 and not last.record.passed
    assert script.calls == 1
    assert last.record.diagnosis is not None and last.record.diagnosis.summary == SAID
    first, second = eval_events(db, retried.id)
    assert "diagnosis" not in first and second["diagnosis"] == SAID
    assert not plain.record.passed and plain.record.diagnosis is None


async def test_a_secret_typed_in_the_journey_never_reaches_the_model(
    pool: BrowserPool, local_model: ModelServer, pages: Pages, tmp_path: Path
) -> None:
    # The page echoes what was typed, so the secret is in the page's words and its error.
    unlocking = """
    <label>Passcode <input id="code"></label>
    <button onclick="document.getElementById('out').textContent =
      'No door opens with ' + document.getElementById('code').value">Unlock</button>
    <p id="out"></p>
    """
    script = local_model.play(OPINION)
    outcome = await run_goal(
        pool,
        url=pages.add(unlocking),
        goal="fill 'Passcode' with {{code}}, click 'Unlock' and check the page says 'Unlocked'",
        triggered_by="api",
        screenshots=tmp_path,
        limits=QUICK,
        secrets={"code": "zq-77-hush"},
        diagnoser=local_diagnoser(local_model),
    )
    assert not outcome.record.passed and outcome.record.diagnosis is not None
    assert outcome.record.step_results[-1].screenshot is not None
    seen = sent(script)
    assert "No door opens with" in seen  # the page was sent, its secret hidden
    assert "zq-77-hush" not in seen
    assert "image_url" not in seen  # a screenshot could show the secret: none is sent
