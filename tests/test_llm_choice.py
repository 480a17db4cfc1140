"""Which model compiles goals, per test `planner`, and how HouseCat says to set one up."""

from __future__ import annotations

from collections.abc import Callable

import redis
from fastapi.testclient import TestClient
from pydantic_ai.models.anthropic import AnthropicModel
from pydantic_ai.models.openai import OpenAIChatModel
from typer.testing import CliRunner

from housecat.cli import app
from housecat.config import Settings
from housecat.llm.choice import DEFAULT_CLAUDE, choose

UNREADABLE = "Coax the greeting out of the page, then check the page says 'Hello, visitor'"
TEST = {"name": "Greeting", "url": "https://shop.example.com/"}
WITH_MODEL = {"llm": "qwen-local", "llm_base_url": "http://127.0.0.1:9/v1"}


def test_no_model_says_how_to_set_one_up() -> None:
    choice = choose(Settings())
    assert choice.model is None
    assert choice.missing is not None and "ANTHROPIC_API_KEY" in choice.missing
    assert "uv sync --extra llm" in choice.missing


def test_an_anthropic_key_alone_chooses_a_current_claude() -> None:
    choice = choose(Settings(anthropic_api_key="sk-test"))
    assert choice.name == DEFAULT_CLAUDE
    assert isinstance(choice.model, AnthropicModel)


def test_a_base_url_names_an_openai_compatible_servers_model() -> None:
    choice = choose(Settings(**WITH_MODEL))
    assert isinstance(choice.model, OpenAIChatModel)
    assert (choice.model.model_name, choice.model.base_url) == (
        "qwen-local",
        WITH_MODEL["llm_base_url"] + "/",
    )


def test_a_model_without_its_key_is_no_model() -> None:
    choice = choose(Settings(llm="openai:gpt-5"))
    assert choice.model is None and choice.missing is not None
    assert "OPENAI_API_KEY" in choice.missing


def test_a_bad_planner_is_refused(client: TestClient) -> None:
    answer = client.post("/api/tests", json={**TEST, "goal": "open /", "planner": "magic"})
    assert answer.status_code == 422
    assert "planner" in answer.json()["fields"]


def test_a_goal_the_reader_refuses_is_kept_for_the_model(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(**WITH_MODEL)
    answer = client.post("/api/tests", json={**TEST, "goal": UNREADABLE})
    assert answer.status_code == 200, answer.text
    assert answer.json()["planner"] == "auto"
    builtin = client.post("/api/tests", json={**TEST, "goal": UNREADABLE, "planner": "builtin"})
    assert builtin.status_code == 422
    assert (
        builtin.json()["fields"]["goal"] == "cannot understand: 'Coax the greeting out of the page'"
    )


def test_without_a_model_a_goal_the_reader_refuses_says_how_to_get_one(client: TestClient) -> None:
    answer = client.post("/api/tests", json={**TEST, "goal": UNREADABLE})
    assert answer.status_code == 422
    reason = answer.json()["fields"]["goal"]
    assert reason.startswith("cannot understand: 'Coax the greeting out of the page'")
    assert "a model could compile it, but no model is set up: set ANTHROPIC_API_KEY" in reason


def test_the_form_offers_the_planners_and_says_how_to_enable_a_model(client: TestClient) -> None:
    page = client.get("/tests/new").text
    assert '<select id="test-planner" name="planner"' in page
    assert '<option value="builtin">' in page and '<option value="auto" selected>' in page
    assert "No model now: no model is set up: set ANTHROPIC_API_KEY" in page


def test_the_command_line_sets_the_planner(settings: Settings, db: redis.Redis) -> None:
    runner = CliRunner()
    common = ["--name", "Home", "--url", "https://a.test/", "--goal", "open /"]
    where = ["--data-dir", str(settings.data_dir)]
    made = runner.invoke(app, ["tests", "create", *common, "--planner", "builtin", *where])
    assert made.exit_code == 0, made.output
    (test_id,) = db.smembers("tests:all")
    assert db.hget(f"test:{test_id}", "planner") == "builtin"
    bad = runner.invoke(app, ["tests", "create", *common, "--planner", "magic", *where])
    assert bad.exit_code == 2 and "planner" in bad.output


def test_no_test_may_ask_a_real_model() -> None:
    """Outside the scripted servers' modules, every model request is refused."""
    from pydantic_ai import models

    assert models.ALLOW_MODEL_REQUESTS is False
