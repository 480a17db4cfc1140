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
from housecat.maintenance.models import IDS_MAX, CreateWindow
from housecat.maintenance.service import ONE_KIND
from housecat.named.fields import Input
from housecat.named.fields import Name as RecordName
from housecat.outages.fields import PARENTS_MAX
from housecat.plan.models import Step
from housecat.status_pages.models import NOTHING_SHOWN, SUITES_MAX, CreateStatusPage
from housecat.suites.fields import VALUES_MAX, GoalText, Tags
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


def _listed_once(names: list[str], kind: str) -> list[str]:
    if len(set(names)) != len(names):
        twice = next(name for name in names if names.count(name) > 1)
        raise ValueError(f"{kind} '{twice}' is listed twice")
    return names


class ManifestAppliesTo(Input):
    """The tests a window covers: tests and suites by name, and tags."""

    tests: list[TestName] = Field(
        default_factory=list, max_length=IDS_MAX, description="Names of the tests it covers"
    )
    suites: list[RecordName] = Field(
        default_factory=list,
        max_length=IDS_MAX,
        description="Names of the suites whose tests it covers",
    )
    tags: Tags = Field(default_factory=list)
    test_ids: SkipJsonSchema[None] = None
    suite_ids: SkipJsonSchema[None] = None

    @field_validator("test_ids", mode="before")
    @classmethod
    def _tests_by_name(cls, value: object) -> None:
        _by_name_only(value, "tests")

    @field_validator("suite_ids", mode="before")
    @classmethod
    def _suites_by_name(cls, value: object) -> None:
        _by_name_only(value, "suites")

    @field_validator("tests")
    @classmethod
    def _tests_once(cls, names: list[str]) -> list[str]:
        return _listed_once(names, "test")

    @field_validator("suites")
    @classmethod
    def _suites_once(cls, names: list[str]) -> list[str]:
        return _listed_once(names, "suite")

    @model_validator(mode="after")
    def _something(self) -> ManifestAppliesTo:
        if not (self.tests or self.suites or self.tags):
            raise ValueError("name at least one test, suite or tag")
        return self


class ManifestMaintenance(CreateWindow):
    """A maintenance window: the body of `POST /api/v1/maintenance-windows`, records named."""

    applies_to: ManifestAppliesTo  # type: ignore[assignment]

    @model_validator(mode="after")
    def _one_kind(self) -> ManifestMaintenance:
        if (self.starts_at is None) == (self.cron is None):
            raise ValueError(ONE_KIND + (", not both" if self.cron else ""))
        return self


class ManifestStatusPage(CreateStatusPage):
    """A status page: the body of `POST /api/v1/status-pages`, its suites named; keyed by slug."""

    suites: list[RecordName] = Field(
        default_factory=list,
        max_length=SUITES_MAX,
        description="Names of the suites whose tests it shows",
    )
    suite_ids: SkipJsonSchema[None] = None  # type: ignore[assignment]

    @field_validator("suite_ids", mode="before")
    @classmethod
    def _suites_by_name(cls, value: object) -> None:
        _by_name_only(value, "suites")

    @field_validator("suites")
    @classmethod
    def _suites_once(cls, names: list[str]) -> list[str]:
        return _listed_once(names, "suite")

    # Replaces the API's check, which looks at `suite_ids`.
    @model_validator(mode="after")
    def _shows_something(self) -> ManifestStatusPage:
        if not (self.suites or self.tags):
            raise ValueError(NOTHING_SHOWN.replace("suite id", "suite"))
        return self


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
    maintenance: Section[ManifestMaintenance] = Field(
        default_factory=list,
        description="Maintenance windows: when the tests they cover skip or do not alert",
    )
    status_pages: Section[ManifestStatusPage] = Field(
        default_factory=list,
        description="Public status pages, matched by slug (their address), not by name",
    )


SECTIONS = tuple(Manifest.model_fields)
# The field an entry is matched by on the server; a status page's slug is its address, and
# the one field the server keeps unique for it (two pages may share a name).
KEY_FIELDS = {"status_pages": "slug"}


def key_field(section: str) -> str:
    """The field matching a section's entries with the server's records."""
    return KEY_FIELDS.get(section, "name")


def key_of(section: str, record: Any) -> str:
    """The value matching an entry (or a server's record) of a section."""
    return str(getattr(record, key_field(section)))


def json_schema() -> dict[str, Any]:
    """Return the file's JSON Schema, for editors to complete and check it."""
    schema = Manifest.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
