"""A model stands in for an action's lost target when no name on the page is close to it.

Never for a check, never past a spent budget, never when word similarity already heals;
what it picks must be one of the elements offered, found on the page. The model is a local
server speaking Anthropic's or OpenAI's real wire format, in a real Chromium.
"""

from __future__ import annotations

from typing import Any

import pytest

from housecat import keys
from housecat.browser.execute import Limits
from housecat.browser.pool import BrowserPool
from housecat.config import Settings
from housecat.llm.choice import healer_for
from housecat.llm.healer import ModelHealer
from housecat.llm.usage import Meter
from housecat.plan.models import Plan, Step, Target
from housecat.runs.pipeline import Planner, RunOutcome, run_goal
from housecat.services import open_services
from housecat.suites.models import CreateTestSuite
from tests.llm_servers import Answer, Garbage, ModelServer, Script, Turn
from tests.pages import Pages

QUICK = Limits(step_timeout_s=2, run_timeout_s=60)
WELCOME = "document.getElementById('out').textContent = 'Welcome in'"
# "Sign in" became a button no word of which is like it.
PORTAL = f"""
<button onclick="{WELCOME}">Enter the portal</button>
<button>Help</button>
<p id="out"></p>
"""
CHOSEN = Answer({"choice": 0, "reason": "It is the only button that starts a session."})


def local_healer(server: ModelServer) -> ModelHealer:
    """The healer HouseCat builds for an OpenAI-compatible server at HOUSECAT_LLM_BASE_URL."""
    healer = healer_for(Settings(llm="qwen-local", llm_base_url=server.base_url, llm_timeout=5))
    assert healer is not None
    return healer


def replayed(url: str, *steps: Step) -> Plan:
    """A recorded plan, as a scheduled run replays it from the cache."""
    opening = Step(action="goto", value=url, phrase=f"open {url}")
    return Plan(goal="recorded", steps=[opening, *steps], source="cache")


def click(text: str) -> Step:
    return Step(action="click", target=Target(text=text, role="button"), phrase=f"click {text}")


WELCOMED = Step(action="expect_text", value="Welcome in", phrase="the page says 'Welcome in'")


async def run(
    pool: BrowserPool,
    plan: Plan,
    server: ModelServer,
    *turns: Turn,
    meter: Meter | None = None,
    planner: Planner = "auto",
) -> tuple[RunOutcome, Script]:
    script = server.play(*turns)
    outcome = await run_goal(
        pool,
        url=plan.steps[0].value or "",
        goal=plan.goal,
        plan=plan,
        triggered_by="api",
        limits=QUICK,
        planner=planner,
        healer=local_healer(server),
        meter=meter,
    )
    return outcome, script


async def test_a_click_whose_button_was_renamed_past_recognition_is_healed_by_the_model(
    settings: Settings, claude: ModelServer, pages: Pages
) -> None:
    # The page also names a secret: the model sees it masked.
    url = pages.add(f'<label>Code <input></label>{PORTAL}<a href="#">Account agent-7731</a>')
    script = claude.play(CHOSEN)
    with_claude = Settings(
        **{
            **settings.model_dump(),
            "anthropic_api_key": "sk-test",
            "anthropic_base_url": claude.url,
            "step_timeout": 2,
        }
    )
    goal = "Fill Code with {{code}}, click Sign in, then check the page says 'Welcome in'"
    async with open_services(with_claude) as services:
        body = CreateTestSuite(name="Portal", url=url, goal=goal, secrets={"code": "agent-7731"})
        test = await services.suites.create(body)
        first = await services.runs.run(test.id, "schedule")
        second = await services.runs.run(test.id, "schedule")
        events = await services.redis.xrange(keys.events(test.id))
        await services.pool.close()

    assert first.record.passed, first.record.details
    clicked = first.record.step_results[2]
    assert clicked.healed
    assert clicked.details == (
        "Click 'Sign in': the model chose button 'Enter the portal' for 'Sign in': "
        "It is the only button that starts a session."
    )
    assert any(
        fields["message"].startswith("Step 3 passed (healed: the model chose button")
        for _, fields in events
    )
    [use] = first.record.model_use
    assert (use.purpose, use.requests) == ("heal", 1)
    assert first.plan.steps[2].healed
    assert "Enter the portal" in (first.plan.steps[2].locator or "")
    sent = str(script.requests)
    assert "click" in sent and "Sign in" in sent
    assert "0. button 'Enter the portal'" in sent and "1. button 'Help'" in sent
    assert "agent-7731" not in sent and "Account ••••••••" in sent  # a secret only masked
    # The healed plan is cached: the next run finds the button by it, with no model.
    assert second.record.passed and second.plan_source == "cache"
    assert script.calls == 1
    assert second.record.model_use == []


@pytest.mark.parametrize(
    ("turns", "why_not"),
    [
        (
            (Answer({"choice": None, "reason": "Neither button signs in."}),),
            "the model found no element that does its job: Neither button signs in.",
        ),
        (
            (Answer({"choice": 7, "reason": "The seventh."}),),
            "the model could not heal it: it chose 7, which was not offered",
        ),
        ((Garbage(), Garbage()), "the model could not heal it: its answer was not a choice"),
    ],
    ids=["none", "not-offered", "garbage"],
)
async def test_a_model_that_picks_nothing_usable_leaves_the_step_failed(
    pool: BrowserPool,
    local_model: ModelServer,
    pages: Pages,
    turns: tuple[Any, ...],
    why_not: str,
) -> None:
    url = pages.add("<button>Sign up</button><button>Help</button>")
    outcome, script = await run(
        pool, replayed(url, click("Sign in"), WELCOMED), local_model, *turns
    )
    assert not outcome.result.passed
    failed = outcome.record.step_results[1]
    assert failed.status == "failed" and not failed.healed
    closest = "no button named 'Sign in'; closest: button 'Sign up'"
    assert failed.details.startswith(f"{closest}; {why_not}"), failed.details
    assert script.calls >= 1


@pytest.mark.parametrize(
    "check",
    [
        Step(action="expect_visible", target=Target(text="Sign in", role="button"), phrase="see"),
        Step(action="expect_enabled", target=Target(text="Sign in", role="button"), phrase="on"),
    ],
    ids=["visible", "enabled"],
)
async def test_a_check_is_never_healed_by_the_model(
    pool: BrowserPool, local_model: ModelServer, pages: Pages, check: Step
) -> None:
    url = pages.add(PORTAL)
    outcome, script = await run(pool, replayed(url, check), local_model, CHOSEN)
    assert not outcome.result.passed
    assert not outcome.record.step_results[1].healed
    assert script.calls == 0
    assert outcome.record.model_use == []


@pytest.mark.parametrize(
    ("meter", "planner"),
    [(Meter(stopped="the daily model budget is spent"), "auto"), (None, "builtin")],
    ids=["budget-spent", "planner-builtin"],
)
async def test_no_model_use_fails_the_step_as_without_a_healer(
    pool: BrowserPool,
    local_model: ModelServer,
    pages: Pages,
    meter: Meter | None,
    planner: Planner,
) -> None:
    url = pages.add(PORTAL)
    plan = replayed(url, click("Sign in"), WELCOMED)
    outcome, script = await run(pool, plan, local_model, CHOSEN, meter=meter, planner=planner)
    assert not outcome.result.passed
    failed = outcome.record.step_results[1]
    assert failed.details == "no button named 'Sign in'; nothing similar on the page"
    assert script.calls == 0
    assert outcome.record.model_use == []


async def test_a_name_word_similarity_heals_never_asks_the_model(
    pool: BrowserPool, local_model: ModelServer, pages: Pages
) -> None:
    url = pages.add(f"<button onclick=\"{WELCOME}\">Sign in</button><p id='out'></p>")
    outcome, script = await run(pool, replayed(url, click("Log in"), WELCOMED), local_model, CHOSEN)
    assert outcome.result.passed, outcome.record.details
    healed = outcome.record.step_results[1]
    assert healed.healed and healed.details.endswith("'Log in' not found; used button 'Sign in'")
    assert script.calls == 0
