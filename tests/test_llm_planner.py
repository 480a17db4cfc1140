"""A model compiles on the page the goals the built-in reader refuses, behind the same Plan.

The model is a local server speaking Anthropic's or OpenAI's real wire format from a script,
so the real pydantic-ai provider classes and SDKs run end to end, in a real Chromium.
"""

from __future__ import annotations

from typing import Any

import pytest

from housecat.browser.pool import BrowserPool
from housecat.config import Settings
from housecat.errors import GoalNotUnderstood
from housecat.llm.choice import compiler_for
from housecat.llm.planner import ModelCompiler
from housecat.runs.pipeline import Planner, RunOutcome, run_goal
from housecat.services import open_services
from housecat.suites.models import CreateTestSuite
from tests.llm_servers import Fail, Garbage, ModelServer, Say, Stall
from tests.pages import Pages

GREETER = """
<p>Your code is s3cr3t-c0de</p>
<button onclick="document.getElementById('out').textContent = 'Hello, visitor'">Greet me</button>
<p id="out"></p>
"""
# The reader cannot read its first part; it reads the check.
COAXING = "Coax the greeting out of the page, then check the page says 'Hello, visitor'"
CLICK = {"action": "click", "target": {"text": "Greet me", "role": "button"}, "phrase": "Coax"}
HELLO = {
    "action": "expect_text",
    "value": "Hello, visitor",
    "phrase": "check the page says 'Hello, visitor'",
}


def local_compiler(server: ModelServer, *, timeout_s: float = 10.0) -> ModelCompiler:
    """The compiler HouseCat builds for an OpenAI-compatible server at HOUSECAT_LLM_BASE_URL."""
    settings = Settings(llm="qwen-local", llm_base_url=server.base_url, llm_timeout=timeout_s)
    compiler, choice = compiler_for(settings)
    assert compiler is not None, choice.missing
    return compiler


async def coax(
    pool: BrowserPool, pages: Pages, compiler: ModelCompiler, planner: Planner = "auto"
) -> RunOutcome:
    """Run the greeter's goal once, compiled by `compiler` (the reader cannot read it all)."""
    return await run_goal(
        pool,
        url=pages.add(GREETER),
        goal=COAXING,
        triggered_by="api",
        planner=planner,
        compiler=compiler,
    )


async def test_a_goal_the_reader_refuses_is_compiled_once_then_replayed_without_the_model(
    settings: Settings, claude: ModelServer, pages: Pages
) -> None:
    url = pages.add(GREETER)
    script = claude.play(Say([CLICK]), Say([HELLO], done=True))
    with_claude = Settings(
        **{
            **settings.model_dump(),
            "anthropic_api_key": "sk-test",
            "anthropic_base_url": claude.url,
        }
    )
    async with open_services(with_claude) as services:
        assert services.model.name == "anthropic:claude-sonnet-5-5"
        body = CreateTestSuite(
            name="Greeting", url=url, goal=COAXING, secrets={"code": "s3cr3t-c0de"}
        )
        test = await services.suites.create(body)
        first = await services.runs.run(test.id, "schedule")
        calls_to_compile = script.calls
        second = await services.runs.run(test.id, "schedule")
        await services.pool.close()

    assert first.record.passed, first.record.details
    assert first.plan_source == "llm"
    assert [s.action for s in first.plan.steps] == ["goto", "click", "expect_text"]
    assert calls_to_compile == 2
    # Each turn's tokens are kept on the run, priced by the model the server answered with.
    [use] = first.record.model_use
    assert (use.purpose, use.requests) == ("compile", 2)
    assert (use.input_tokens, use.output_tokens) == (240, 60)
    assert use.model == "claude-sonnet-5-5" and use.cost_usd is not None and use.cost_usd > 0
    assert second.record.passed and second.plan_source == "cache"
    assert second.record.model_use == []
    assert script.calls == calls_to_compile  # the scheduled replay asked the model nothing
    sent = script.sent()
    assert "Coax the greeting" in sent and "Greet me" in sent  # the goal, and the page
    assert "s3cr3t-c0de" not in sent and "{{code}}" in sent  # a secret only by its name


async def test_a_check_whose_text_the_goal_does_not_say_is_refused(
    pool: BrowserPool, local_model: ModelServer, pages: Pages
) -> None:
    invented = {**HELLO, "value": "Welcome aboard"}
    script = local_model.play(Say([CLICK, invented]), Say([CLICK, invented], done=True))
    outcome = await coax(pool, pages, local_compiler(local_model))
    assert not outcome.result.passed
    failed = outcome.record.step_results[-1]
    assert failed.action == "plan"
    assert "cannot understand: 'check the page says 'Hello, visitor''" in failed.details
    assert "'Welcome aboard', which the goal does not say" in failed.details
    assert script.calls == 2  # refused, asked once more, refused again
    assert "Refused: the check" in str(script.requests[1]["messages"])
    assert [s.action for s in outcome.plan.steps] == ["goto"]  # nothing it proposed ran


async def test_a_check_the_goal_states_cannot_be_left_out(
    pool: BrowserPool, local_model: ModelServer, pages: Pages
) -> None:
    script = local_model.play(Say([CLICK], done=True), Say([], done=True))
    outcome = await coax(pool, pages, local_compiler(local_model))
    assert not outcome.result.passed
    failed = outcome.record.step_results[-1]
    assert failed.action == "plan"
    assert failed.details.startswith("cannot understand: 'check the page says 'Hello, visitor''")
    assert "leaves out this check the goal states" in failed.details
    assert script.calls == 2  # reminded once of the check, with the check as the goal says it
    assert "Hello, visitor" in str(script.requests[1]["messages"][-1])


@pytest.mark.parametrize(
    ("turns", "timeout_s", "reason"),
    [
        ((Fail(500), Fail(500)), 10.0, "the model's server answered HTTP 500: Internal server"),
        ((Garbage(), Garbage()), 10.0, "the model's answer was not a plan of steps"),
        ((Stall(2.0), Stall(2.0)), 0.5, "the model did not answer within 0.5 s"),
    ],
    ids=["server-error", "garbage", "timeout"],
)
async def test_a_model_that_fails_gives_a_clear_run_error(
    pool: BrowserPool,
    local_model: ModelServer,
    pages: Pages,
    turns: tuple[Any, ...],
    timeout_s: float,
    reason: str,
) -> None:
    local_model.play(*turns)
    outcome = await coax(pool, pages, local_compiler(local_model, timeout_s=timeout_s))
    assert not outcome.result.passed
    failed = outcome.record.step_results[-1]
    assert (failed.action, failed.status) == ("plan", "failed")
    assert failed.details.startswith(reason), failed.details
    assert outcome.result.error == f"Step 2 failed: {failed.details}"


async def test_planner_builtin_never_asks_the_model(
    pool: BrowserPool, local_model: ModelServer, pages: Pages
) -> None:
    script = local_model.play(Say([CLICK, HELLO], done=True))
    with pytest.raises(GoalNotUnderstood, match="Coax the greeting out of the page"):
        await coax(pool, pages, local_compiler(local_model), planner="builtin")
    assert script.calls == 0
