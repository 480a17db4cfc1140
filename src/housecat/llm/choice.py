"""Which model compiles goals, built from the settings; or why there is none, and how to get one.

`HOUSECAT_LLM` names a model in pydantic-ai's form (`anthropic:…`, `openai:…`); with
`HOUSECAT_LLM_BASE_URL` it is the model name of that OpenAI-compatible server. With neither
and `ANTHROPIC_API_KEY` set, a current Claude model is used. Other providers read their keys
from their usual variables (`OPENAI_API_KEY`, …). pydantic-ai is imported only when a model
is asked for, so HouseCat without the `llm` extra starts as fast as before. The same
model heals the targets of actions that no name on the page is close to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from housecat.config import Settings

if TYPE_CHECKING:
    from pydantic_ai.models import Model

    from housecat.llm.diagnose import ModelDiagnoser
    from housecat.llm.healer import ModelHealer
    from housecat.llm.planner import ModelCompiler

# The specification's choice for a user who only brings an Anthropic key.
DEFAULT_CLAUDE = "anthropic:claude-sonnet-5-5"
HOW_TO_ENABLE = (
    "set ANTHROPIC_API_KEY (Claude), or HOUSECAT_LLM to a model such as 'openai:gpt-5' "
    "(with HOUSECAT_LLM_BASE_URL for a local OpenAI-compatible server), and install the "
    "llm extra: uv sync --extra llm"
)


@dataclass(frozen=True)
class Choice:
    """The model to use, named for people; or, without one, why not."""

    model: Model | None
    name: str | None = None
    missing: str | None = None


def choose(settings: Settings) -> Choice:
    """Build the model the settings name, or say why there is none."""
    name = settings.llm
    if name is None and settings.anthropic_api_key is not None:
        name = DEFAULT_CLAUDE
    if name is None:
        return Choice(None, missing=f"no model is set up: {HOW_TO_ENABLE}")
    try:
        model = _build(settings, name)
    except ImportError:
        return Choice(None, name, f"the llm extra is not installed: {HOW_TO_ENABLE}")
    except Exception as exc:  # pydantic-ai's UserError: an unknown provider, a missing key
        return Choice(None, name, f"model '{name}' cannot be used: {exc}")
    return Choice(model, name)


def _build(settings: Settings, name: str) -> Model:
    """Build the pydantic-ai model; keys come from the settings, else the providers' variables."""
    from pydantic_ai.models import infer_model
    from pydantic_ai.models.anthropic import AnthropicModel
    from pydantic_ai.models.openai import OpenAIChatModel
    from pydantic_ai.providers.anthropic import AnthropicProvider
    from pydantic_ai.providers.openai import OpenAIProvider

    if settings.llm_base_url is not None:
        secret = settings.llm_api_key
        # A local server may want no key; the client wants one all the same.
        key = secret.get_secret_value() if secret else "none"
        provider = OpenAIProvider(base_url=settings.llm_base_url, api_key=key)
        return OpenAIChatModel(name.removeprefix("openai:"), provider=provider)
    if name.startswith("anthropic:"):
        anthropic_key = settings.anthropic_api_key
        anthropic = AnthropicProvider(
            api_key=anthropic_key.get_secret_value() if anthropic_key else None,
            base_url=settings.anthropic_base_url,
        )
        return AnthropicModel(name.removeprefix("anthropic:"), provider=anthropic)
    return infer_model(name)


def compiler_for(settings: Settings) -> tuple[ModelCompiler | None, Choice]:
    """The compiler of goals the settings give, if any, and the choice it was made from."""
    choice = choose(settings)
    if choice.model is None:
        return None, choice
    from housecat.llm.planner import ModelCompiler

    return ModelCompiler(choice.model, timeout_s=settings.llm_timeout), choice


def healer_for(settings: Settings) -> ModelHealer | None:
    """The healer of lost targets the settings give: the compiler's model; None without one."""
    choice = choose(settings)
    if choice.model is None:
        return None
    from housecat.llm.healer import ModelHealer

    return ModelHealer(choice.model, timeout_s=settings.llm_timeout)


def diagnoser_for(settings: Settings) -> ModelDiagnoser | None:
    """Who diagnoses failed runs: the same model as compiles goals, if there is one."""
    choice = choose(settings)
    if choice.model is None:
        return None
    from housecat.llm.diagnose import ModelDiagnoser

    return ModelDiagnoser(choice.model, timeout_s=settings.llm_timeout)
