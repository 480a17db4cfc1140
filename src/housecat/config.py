"""Settings, read from the environment once and passed everywhere explicitly."""

from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from housecat.data_dir import default_data_dir
from housecat.errors import HouseCatError
from housecat.locations.names import DEFAULT_LOCATION, LocationName
from housecat.urls import http_url

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Which runs record a Playwright trace (kept only when the run fails).
TraceRuns = Literal["always", "after_failure", "never"]


class Settings(BaseSettings):
    """Every setting HouseCat reads; each is documented in README.md."""

    model_config = SettingsConfigDict(
        env_prefix="HOUSECAT_",
        extra="ignore",
        validate_default=True,
        frozen=True,
        populate_by_name=True,
    )

    redis_url: Annotated[
        str | None,
        Field(
            validation_alias=AliasChoices("REDIS_URL", "HOUSECAT_REDIS_URL"),
            description="Redis to use (redis://, rediss://, unix://); unset = embedded Valkey.",
        ),
    ] = None
    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Where the embedded Valkey and artifacts live; unset = the nearest "
        "`.housecat` dir from the working dir upward, else the user's data dir.",
    )
    host: str = Field(default="127.0.0.1", description="Address `housecat serve` listens on.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `housecat serve` uses.")
    api_token: SecretStr | None = Field(
        default=None, description="When set, every /api route but health needs this bearer token."
    )
    insecure: bool = Field(
        default=False, description="Allow serving a non-loopback address without an API token."
    )
    public_docs: bool = Field(
        default=False,
        description="Serve /docs, /redoc and /openapi.json without the API token when one is set.",
    )
    public_url: Annotated[
        str | None,
        Field(
            validation_alias=AliasChoices("PUBLIC_URL", "HOUSECAT_PUBLIC_URL"),
            description="The URL others reach this server at (QStash callbacks, alert links).",
        ),
    ] = None

    chromium: Path | None = Field(
        default=None,
        description="Chromium binary to drive; unset = Playwright's, else the system's.",
    )
    step_timeout: float = Field(
        default=10.0, gt=0, le=300, description="Seconds a step may wait for its element or text."
    )
    run_timeout: float = Field(
        default=120.0, gt=0, le=3600, description="Seconds a whole run may take."
    )
    browser_max_runs: int = Field(
        default=100, ge=1, description="Runs after which the browser is relaunched."
    )
    browser_max_memory_mb: int = Field(
        default=1024, ge=64, description="Browser memory (MB) past which it is relaunched."
    )

    concurrency: int = Field(
        default=1, ge=1, le=32, description="Runs one worker process executes at once."
    )
    # Probes in several locations (docs/locations.md).
    location: LocationName = Field(
        default=DEFAULT_LOCATION,
        description="Location this process's worker probes from (`housecat worker --location`).",
    )
    browser_proxy: str | None = Field(
        default=None,
        description="Proxy server this worker's Chromium sends all its traffic through, "
        "e.g. `http://proxy.eu.example:3128` (probe from that network).",
    )
    worker_wait_s: float = Field(
        default=1.0,
        gt=0,
        le=30,
        description="Seconds an idle worker waits on the queue per look; it stops within this.",
    )
    events_maxlen: int = Field(
        default=1000, ge=10, description="Events kept per test stream (trimmed approximately)."
    )
    live_keepalive_s: float = Field(
        default=15.0, gt=0, description="Seconds between keepalive comments on a live stream."
    )
    live_idle_timeout_s: float = Field(
        default=300.0, gt=0, description="Seconds without events before a live stream closes."
    )
    results_max: int = Field(
        default=10_000, ge=1, description="Run results kept per test; older ones are trimmed."
    )
    results_max_age_days: int = Field(
        default=90, ge=1, description="Days run results, timings and run details are kept."
    )
    audit_retention_days: int = Field(
        default=365, ge=1, description="Days the audit trail keeps each recorded change."
    )
    trash_retention_days: int = Field(
        default=30,
        ge=1,
        description="Days a deleted test, suite, environment or browser "
        "configuration stays in the trash, restorable, before it is purged.",
    )
    webhook_secret: SecretStr | None = Field(
        default=None, description="Signs alert webhooks per the Standard Webhooks spec (whsec_…)."
    )
    allow_private_webhooks: bool = Field(
        default=False, description="Allow alert targets on loopback or private addresses."
    )
    alert_timeout: float = Field(
        default=10.0, gt=0, le=120, description="Seconds one alert delivery attempt may take."
    )
    alert_attempts: int = Field(
        default=4, ge=1, le=20, description="Delivery attempts per alert (with backoff)."
    )
    qstash_current_signing_key: Annotated[
        SecretStr | None,
        Field(
            validation_alias=AliasChoices("QSTASH_CURRENT_SIGNING_KEY"),
            description="Verifies QStash callbacks (Upstash-Signature).",
        ),
    ] = None
    qstash_next_signing_key: Annotated[
        SecretStr | None,
        Field(
            validation_alias=AliasChoices("QSTASH_NEXT_SIGNING_KEY"),
            description="The next QStash signing key, tried when the current one fails.",
        ),
    ] = None
    scheduler: Literal["builtin", "qstash"] = Field(
        default="builtin", description="Who triggers scheduled runs: HouseCat itself, or QStash."
    )
    qstash_token: Annotated[
        SecretStr | None,
        Field(
            validation_alias=AliasChoices("QSTASH_TOKEN"),
            description="QStash API token (HOUSECAT_SCHEDULER=qstash).",
        ),
    ] = None
    qstash_url: Annotated[
        str | None,
        Field(
            validation_alias=AliasChoices("QSTASH_URL"),
            description="QStash API base URL, when not QStash's default (e.g. a regional one).",
        ),
    ] = None
    tinyfish_api_key: Annotated[
        SecretStr | None,
        Field(
            validation_alias=AliasChoices("TINYFISH_API_KEY"),
            description="TinyFish API key: lets tests with executor 'tinyfish' run on TinyFish.",
        ),
    ] = None
    tinyfish_base_url: Annotated[
        str,
        Field(
            validation_alias=AliasChoices("TINYFISH_BASE_URL"),
            description="TinyFish's agent API base URL.",
        ),
    ] = "https://agent.tinyfish.ai"
    tinyfish_cost_per_step: float | None = Field(
        default=None,
        ge=0,
        description="US dollars your TinyFish plan charges per agent step; unset = no cost "
        "estimate, steps only.",
    )
    callback_auth: Literal["qstash", "none"] = Field(
        default="qstash", description="'none' accepts unsigned callbacks (trusted networks only)."
    )
    llm: str | None = Field(
        default=None,
        description="Model that compiles goals the built-in reader cannot, in pydantic-ai's "
        "form ('anthropic:claude-sonnet-5-5', 'openai:gpt-5'), or the model name of the "
        "server at HOUSECAT_LLM_BASE_URL; unset = Claude when ANTHROPIC_API_KEY is set.",
    )
    llm_base_url: str | None = Field(
        default=None,
        description="An OpenAI-compatible server (Ollama, vLLM, LM Studio, a gateway), "
        "e.g. http://127.0.0.1:11434/v1; HOUSECAT_LLM names its model.",
    )
    llm_api_key: SecretStr | None = Field(
        default=None, description="API key of the server at HOUSECAT_LLM_BASE_URL, if it needs one."
    )
    llm_timeout: float = Field(
        default=60.0, gt=0, le=600, description="Seconds one model request may take."
    )
    llm_daily_budget_usd: float | None = Field(
        default=None,
        ge=0,
        allow_inf_nan=False,
        description="US dollars all tests together may spend on a model each UTC day; at "
        "that, model use stops (runs go on; a goal that needs the model fails). Unset = none.",
    )
    anthropic_api_key: Annotated[
        SecretStr | None,
        Field(
            validation_alias=AliasChoices("ANTHROPIC_API_KEY"),
            description="Anthropic API key: Claude compiles what the built-in reader cannot.",
        ),
    ] = None
    anthropic_base_url: Annotated[
        str | None,
        Field(
            validation_alias=AliasChoices("ANTHROPIC_BASE_URL"),
            description="Anthropic API base URL, when not Anthropic's own (a proxy, a gateway).",
        ),
    ] = None
    trace_runs: TraceRuns = Field(
        default="after_failure",
        description="Which runs record a Playwright trace, kept only if the run fails: "
        "`always` (slows every run), `after_failure` (a retry of a failed attempt, or a run "
        "of a test whose last run failed) or `never`.",
    )

    server: str | None = Field(
        default=None,
        description="URL of the HouseCat server `housecat apply` and `export` talk to (with "
        "HOUSECAT_API_TOKEN); unset = the local data dir's store.",
    )

    metrics_public: bool = Field(
        default=False,
        description="Serve /metrics (Prometheus) without the API token when one is set.",
    )

    # Single sign-on with an OpenID Connect provider (README: "Single sign-on (OIDC)").
    oidc_issuer: str | None = Field(
        default=None,
        description="Issuer URL of an OpenID Connect provider; set, the sign-in page offers "
        "signing in there.",
    )
    oidc_client_id: str | None = Field(
        default=None, description="Client id HouseCat is registered with at the OIDC provider."
    )
    oidc_client_secret: SecretStr | None = Field(
        default=None, description="Client secret HouseCat is registered with at the provider."
    )
    oidc_name: str = Field(
        default="single sign-on",
        min_length=1,
        description="The provider's name on the sign-in button ('Sign in with …').",
    )
    oidc_username_claim: str = Field(
        default="preferred_username",
        min_length=1,
        description="ID token claim holding the HouseCat username (e.g. `email`).",
    )
    oidc_new_user_role: Literal["viewer", "editor", "admin"] | None = Field(
        default=None,
        description="Role of a user created at their first single sign-on; unset = only "
        "existing users may sign in so.",
    )

    @field_validator("oidc_issuer")
    @classmethod
    def _oidc_issuer_url(cls, value: str | None) -> str | None:
        # Kept as given: ID tokens must name the issuer exactly, trailing slash and all.
        return http_url(value) if value else None

    @field_validator("oidc_client_id")
    @classmethod
    def _oidc_client_id_with_issuer(cls, value: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("oidc_issuer") and not value:
            raise ValueError("must be set when HOUSECAT_OIDC_ISSUER is")
        return value or None

    @field_validator("oidc_client_secret")
    @classmethod
    def _empty_oidc_secret_is_none(cls, value: SecretStr | None) -> SecretStr | None:
        return value if value and value.get_secret_value() else None

    @property
    def artifacts_dir(self) -> Path:
        """Where runs' screenshots and traces are kept."""
        return self.data_dir / "artifacts"

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        if urlsplit(value).scheme not in ("redis", "rediss", "unix"):
            raise ValueError("must start with redis://, rediss:// or unix://")
        return value

    @field_validator("public_url", "qstash_url", "llm_base_url", "anthropic_base_url", "server")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        return http_url(value).rstrip("/")

    @field_validator("tinyfish_base_url")
    @classmethod
    def _tinyfish_url(cls, value: str) -> str:
        return http_url(value).rstrip("/")

    @field_validator(
        "api_token",
        "webhook_secret",
        "qstash_current_signing_key",
        "qstash_next_signing_key",
        "qstash_token",
        "llm_api_key",
        "anthropic_api_key",
        "tinyfish_api_key",
    )
    @classmethod
    def _empty_token_is_none(cls, value: SecretStr | None) -> SecretStr | None:
        return value if value and value.get_secret_value() else None

    @field_validator("llm")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @property
    def token(self) -> str | None:
        """The API token in clear, or None when the API is open."""
        return self.api_token.get_secret_value() if self.api_token else None

    @property
    def is_loopback(self) -> bool:
        """Whether `host` is reachable only from this machine."""
        return self.host in LOOPBACK_HOSTS or self.host.startswith("127.")


class SettingsError(HouseCatError):
    """A setting has a malformed value; the message names the variable."""


def env_name(field: str) -> str:
    """Return the environment variable a settings field is read from."""
    info = Settings.model_fields[field]
    alias = info.validation_alias
    if isinstance(alias, AliasChoices):
        return str(alias.choices[0])
    return f"HOUSECAT_{field.upper()}"


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment (plus overrides), or fail naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else "?"
            name = env_name(field) if field in Settings.model_fields else field
            problems.append(f"{name}: {error['msg']}")
        raise SettingsError("invalid setting " + "; ".join(problems)) from None
