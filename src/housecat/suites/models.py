"""Request and response models of the test-suite API."""

from __future__ import annotations

import json
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, BeforeValidator, Field, SecretStr, field_serializer

from housecat.accounts.roles import DEFAULT_PROJECT
from housecat.locations.names import AlertQuorum, Locations
from housecat.named.fields import Stripped
from housecat.outages.fields import DependsOn
from housecat.plan.models import Step
from housecat.plan.variables import MASK
from housecat.suites.fields import (
    DEFAULT_SCHEDULE,
    Category,
    Channels,
    Description,
    EnvironmentRef,
    Executor,
    GoalText,
    ModelBudget,
    Name,
    PageUrl,
    Planner,
    ReminderMinutes,
    Retries,
    Schedule,
    Secrets,
    StoredValues,
    Tags,
    Variables,
    Webhook,
    json_dict,
    json_list,
    none_is_empty,
    none_is_empty_list,
)

Status = Literal["active", "paused", "error"]
LastResult = Literal["pending", "passed", "failed", "error"]


class _Input(Stripped):
    __test__: ClassVar[bool] = False


# Which steps a run photographs: the one that failed (always), or every step.
Screenshots = Literal["on_failure", "every_step"]


class _ScreenshotsToCreate(BaseModel):
    screenshots: Screenshots = "on_failure"


class _ScreenshotsToUpdate(BaseModel):
    screenshots: Screenshots | None = None


class _ScreenshotsStored(BaseModel):
    # Tests saved before there was a choice photograph a failed step only.
    screenshots: Annotated[Screenshots, BeforeValidator(lambda value: value or "on_failure")] = (
        "on_failure"
    )


class CreateTestSuite(_Input, _ScreenshotsToCreate):
    """Request body for creating a test suite."""

    name: Name
    url: PageUrl
    # Read by the service: a goal the built-in reader refuses may be a model's to compile,
    # or TinyFish's agent's to carry out.
    goal: GoalText
    schedule: Schedule = DEFAULT_SCHEDULE
    alert_webhook: Webhook = None
    alert_channels: Channels = []
    retries: Retries = 0
    reminder_minutes: ReminderMinutes = 0
    variables: Variables = {}
    secrets: Secrets = {}
    planner: Planner = "auto"
    executor: Executor = "browser"
    model_budget_usd: ModelBudget = None
    environment_id: EnvironmentRef = None
    description: Description = ""
    category: Category = ""
    tags: Tags = []
    depends_on: DependsOn = []
    # Probes in several locations: each slot runs once per location; alerts wait for a quorum.
    locations: Locations = []
    alert_quorum: AlertQuorum = 1


class UpdateTestSuite(_Input, _ScreenshotsToUpdate):
    """Request body for updating a test suite; only the fields sent change."""

    name: Name | None = None
    url: PageUrl | None = None
    # Read by the service: a pinned test's goal is only a description of its steps.
    goal: GoalText | None = None
    schedule: Schedule | None = None
    alert_webhook: Webhook = None
    alert_channels: Channels | None = None
    retries: Retries | None = None
    reminder_minutes: ReminderMinutes | None = None
    status: Literal["active", "paused"] | None = None
    # A dict replaces the whole set; a secret sent as '••••••••' keeps its stored value.
    variables: Variables | None = None
    secrets: Secrets | None = None
    planner: Planner | None = None
    executor: Executor | None = None
    # Null clears it, as for alert_webhook.
    model_budget_usd: ModelBudget = None
    environment_id: EnvironmentRef = None
    # A list replaces the whole set of tags; "" clears the description or the category.
    description: Description | None = None
    category: Category | None = None
    tags: Tags | None = None
    # A list replaces the whole set; [] clears it.
    depends_on: DependsOn | None = None
    locations: Locations | None = None
    alert_quorum: AlertQuorum | None = None

    def changes(self) -> dict[str, str]:
        """Return the fields to store, as hash strings; null means 'leave as is'.

        `alert_webhook` and `model_budget_usd` are the exceptions: sending null clears them.
        """
        sent = self.model_dump(exclude_unset=True)
        changes = {key: _stored(value) for key, value in sent.items() if value is not None}
        for clearable in ("alert_webhook", "model_budget_usd", "environment_id"):
            if clearable in sent:
                changes[clearable] = _stored(sent[clearable])
        return changes


class TestSuiteResponse(_ScreenshotsStored):
    """A stored test suite."""

    __test__: ClassVar[bool] = False

    id: str
    name: str
    url: str
    goal: str
    schedule: str
    schedule_id: str | None = None
    alert_webhook: str | None = None
    status: Status = "active"
    last_result: LastResult = "pending"
    last_run_at: str | None = None
    created_at: str
    updated_at: str
    alert_channels: Channels = []
    retries: int = 0
    reminder_minutes: int = 0
    alerted_at: str | None = None
    variables: StoredValues = {}
    # Write-only: every answer shows each value as '••••••••' (see `secret_values`).
    secrets: Annotated[dict[str, SecretStr], BeforeValidator(json_dict)] = {}
    # Steps edited by hand stand in for the goal while pinned (`GET /api/tests/{id}/steps`).
    pinned: Annotated[bool, BeforeValidator(lambda value: value or False)] = False
    planner: Annotated[Planner, BeforeValidator(lambda value: value or "auto")] = "auto"
    steps: Annotated[list[Step] | None, BeforeValidator(json_list)] = Field(
        default=None, exclude=True
    )
    # Tests saved before there was a choice ran in the browser.
    executor: Annotated[Executor, BeforeValidator(lambda value: value or "browser")] = "browser"
    # US dollars a day; None: only HouseCat's daily budget (if any) applies.
    model_budget_usd: float | None = None
    # Its own runs' environment: a path URL is resolved against its base URL.
    environment_id: str | None = None
    # Tests saved before these existed have none.
    description: Annotated[str, BeforeValidator(none_is_empty)] = ""
    category: Annotated[str, BeforeValidator(none_is_empty)] = ""
    tags: Annotated[list[str], BeforeValidator(none_is_empty_list)] = []
    # The template it was made from, whose new goals it takes unless pinned; set only then.
    template_id: str | None = None
    # While any of these tests is down, this one's failures do not alert (docs/outages.md).
    depends_on: Annotated[list[str], BeforeValidator(none_is_empty_list)] = []
    # Where it runs from ([]: the default location), and how many must fail to alert.
    locations: Annotated[list[str], BeforeValidator(none_is_empty_list)] = []
    alert_quorum: Annotated[int, BeforeValidator(lambda value: value or 1)] = 1
    # The project it belongs to; tests stored before projects are the default one's.
    project: Annotated[str, BeforeValidator(lambda value: value or DEFAULT_PROJECT)] = (
        DEFAULT_PROJECT
    )

    @field_serializer("secrets")
    def _masked(self, secrets: dict[str, SecretStr]) -> dict[str, str]:
        return dict.fromkeys(secrets, MASK)

    def secret_values(self) -> dict[str, str]:
        """Return the secrets as they are, for a run to type them; never for an answer."""
        return {name: value.get_secret_value() for name, value in self.secrets.items()}

    @classmethod
    def from_hash(cls, fields: dict[str, str]) -> TestSuiteResponse:
        """Build from a Redis hash, where an empty string stands for 'none'."""
        return cls.model_validate({key: value or None for key, value in fields.items()})

    def to_hash(self) -> dict[str, str]:
        """Return the Redis hash form: every field a string, 'none' as empty."""
        fields = {key: _stored(value) for key, value in self.model_dump().items()}
        fields["secrets"] = json.dumps(self.secret_values())
        if self.steps is not None:
            fields["steps"] = steps_json(self.steps)
        return fields


class SavedTest(TestSuiteResponse):
    """A test as the API answers it: with what it still needs before it can run."""

    __test__: ClassVar[bool] = False

    warnings: list[str] = []


class SavedTestList(BaseModel):
    """Every test suite as the API answers them, newest first."""

    tests: list[SavedTest]
    total: int


def steps_json(steps: list[Step]) -> str:
    """Write steps as a hash keeps them: a JSON list."""
    return json.dumps([step.model_dump(mode="json", exclude_none=True) for step in steps])


def _stored(value: object) -> str:
    """Write a value as a Redis hash string: lists as JSON, none as empty."""
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value)
    return str(value)


class TestSuiteListResponse(BaseModel):
    """Every test suite, newest first."""

    __test__: ClassVar[bool] = False

    tests: list[TestSuiteResponse]
    total: int
