"""The monitors file: its sections, each entry the API's own request model, references by name.

Each entry extends the request body the API takes for its kind, so it is checked exactly
as the API checks it; what differs is what a file can say and a request cannot: other
records are named (`environment: staging`), not given by id, and a secret is a reference
to an environment variable (`{env: SHOP_PASSWORD}`), never its value.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from housecat.browser_configs.models import CreateBrowserConfig
from housecat.environments.models import CreateEnvironment
from housecat.groups.models import CreateSuite
from housecat.named.fields import Name as RecordName
from housecat.outages.fields import PARENTS_MAX
from housecat.plan.models import Step
from housecat.suites.fields import VALUES_MAX, GoalText
from housecat.suites.fields import Name as TestName
from housecat.suites.models import CreateTestSuite
from housecat.suites.steps import STEPS_MAX
from housecat.templates.models import CreateTemplate

ENV_VARIABLE = r"^[A-Za-z_][A-Za-z0-9_]{0,199}$"


class SecretRef(BaseModel):
    """Where a secret's value comes from: an environment variable of the process that applies."""

    model_config = ConfigDict(extra="forbid")

    env: Annotated[
        str, Field(pattern=ENV_VARIABLE, description="The environment variable holding the value")
    ]


SecretRefs = Annotated[
    dict[str, SecretRef],
    Field(
        max_length=VALUES_MAX,
        description="Secrets for {{name}}, each read from an environment variable when applied",
    ),
]
EnvironmentName = Annotated[
    RecordName | None, Field(description="The environment, by name (defined in this file or not)")
]
BrowserConfigName = Annotated[
    RecordName | None, Field(description="The browser configuration, by name")
]
TemplateName = Annotated[
    RecordName | None,
    Field(description="The template it is made from, by name: its goal is the template's"),
]


def _by_name_only(value: object, use: str) -> None:
    """Refuse an id where a file names the record in `use` instead."""
    if value is not None:
        raise ValueError(f"a file names records: write `{use}: NAME` instead")


class ManifestTest(CreateTestSuite):
    """A test: the body of `POST /api/v1/tests`, with its environment named, secrets referenced."""

    __test__: ClassVar[bool] = False

    # Optional here: a test given steps may leave its goal to them.
    goal: GoalText | None = None  # type: ignore[assignment]
    steps: list[Step] | None = Field(
        default=None,
        min_length=1,
        max_length=STEPS_MAX,
        description="Steps run as written, in place of reading the goal (pinned)",
    )
    secrets: SecretRefs = Field(default_factory=dict)  # type: ignore[assignment]
    environment: EnvironmentName = None
    environment_id: SkipJsonSchema[None] = None
    template: TemplateName = None
    paused: bool = Field(default=False, description="Kept off its schedule")
    depends_on: list[TestName] = Field(
        default_factory=list,
        max_length=PARENTS_MAX,
        description="Names of the tests it depends on: while one is down, its failures "
        "do not alert",
    )

    @field_validator("environment_id", mode="before")
    @classmethod
    def _environment_by_name(cls, value: object) -> None:
        _by_name_only(value, "environment")

    @field_validator("depends_on")
    @classmethod
    def _parents_once(cls, names: list[str]) -> list[str]:
        return list(dict.fromkeys(names))

    @model_validator(mode="after")
    def _goal_or_steps(self) -> ManifestTest:
        if self.template is not None and self.goal is not None and self.steps is None:
            # Pinned steps keep the goal they were made from; otherwise it is the template's.
            raise ValueError("a test made from a template takes its goal: give only its values")
        if self.goal is None and self.steps is None and self.template is None:
            raise ValueError("give a goal, steps, or a template")
        return self


class ManifestSuite(CreateSuite):
    """A suite: the body of `POST /api/v1/suites`, its tests, environment and config named."""

    tests: list[TestName] = Field(
        default_factory=list, description="Names of its tests, in the order they run"
    )
    environment: EnvironmentName = None
    browser_config: BrowserConfigName = None
    environment_id: SkipJsonSchema[None] = None
    browser_config_id: SkipJsonSchema[None] = None

    @field_validator("environment_id", mode="before")
    @classmethod
    def _environment_by_name(cls, value: object) -> None:
        _by_name_only(value, "environment")

    @field_validator("browser_config_id", mode="before")
    @classmethod
    def _browser_config_by_name(cls, value: object) -> None:
        _by_name_only(value, "browser_config")

    @field_validator("tests")
    @classmethod
    def _each_once(cls, names: list[str]) -> list[str]:
        if len(set(names)) != len(names):
            twice = next(name for name in names if names.count(name) > 1)
            raise ValueError(f"test '{twice}' is listed twice")
        return names


class ManifestEnvironment(CreateEnvironment):
    """An environment: the body of `POST /api/v1/environments`, its secrets referenced."""

    secrets: SecretRefs = Field(default_factory=dict)  # type: ignore[assignment]


class ManifestBrowserConfig(CreateBrowserConfig):
    """A browser configuration: the body of `POST /api/v1/browser-configs`."""


class ManifestTemplate(CreateTemplate):
    """A template: the body of `POST /api/v1/templates`; tests name it by `template`."""


def _none_is_empty(value: object) -> object:
    # `tests:` with nothing under it is an empty section, not an error.
    return [] if value is None else value


E = TypeVar("E", bound=BaseModel)
# A top-level list of entries; left out or empty, there are none.
Section = Annotated[list[E], BeforeValidator(_none_is_empty)]


class Manifest(BaseModel):
    """Everything a monitors file describes; each section is matched on the server by name."""

    model_config = ConfigDict(extra="forbid", title="HouseCat monitors")

    # In the order they are applied: what a later section names comes first.
    environments: Section[ManifestEnvironment] = Field(
        default_factory=list, description="Where tests run (a base URL), and their values there"
    )
    browser_configs: Section[ManifestBrowserConfig] = Field(
        default_factory=list, description="Devices, viewports and locales suites run in"
    )
    templates: Section[ManifestTemplate] = Field(
        default_factory=list, description="Reusable goals with `{{name}}`s each test gives"
    )
    tests: Section[ManifestTest] = Field(
        default_factory=list, description="Tests, each a journey on a schedule"
    )
    suites: Section[ManifestSuite] = Field(
        default_factory=list, description="Ordered groups of tests"
    )


SECTIONS = tuple(Manifest.model_fields)


def json_schema() -> dict[str, Any]:
    """Return the file's JSON Schema, for editors to complete and check it."""
    schema = Manifest.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
