"""Request and response models of suites (groups of tests)."""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field

from housecat.named.fields import NOT_NULL, Description, Input, Name, Update
from housecat.named.store import hash_fields
from housecat.suites.fields import URL_MAX, Schedule, Webhook, json_list
from housecat.suites.models import LastResult, Status

TESTS_MAX = 1000


def _each_once(test_ids: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    for position, test_id in enumerate(test_ids):
        if test_id in seen:
            raise ValueError(
                f"test '{test_id}' is listed twice (at {seen[test_id]} and {position})"
            )
        seen[test_id] = position
    return test_ids


ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
Id = Annotated[str, Field(pattern=ID_PATTERN)]
TestIds = Annotated[
    list[Id],
    Field(
        max_length=TESTS_MAX,
        description="Ids of existing tests, in the order they run (each once)",
    ),
    AfterValidator(_each_once),
]
Concurrency = Annotated[
    int, Field(ge=1, le=10, description="How many of its tests may run at once")
]
EnvironmentId = Annotated[Id, Field(description="The environment its runs use by default")]
BrowserConfigId = Annotated[
    Id, Field(description="The browser configuration its runs use by default")
]
# As tests' `alert_channels`, but a list only: the tests' type also reads a hash's JSON text.
AlertChannels = Annotated[
    list[Annotated[str, Field(min_length=1, max_length=URL_MAX)]],
    Field(max_length=10, description="Apprise URLs to alert (Slack, Discord, e-mail, ntfy, …)"),
]
SuiteSchedule = Annotated[Schedule, Field(description="When to run the suite (cron); none: never")]


class CreateSuite(Input):
    """Request body for creating a suite."""

    name: Name
    description: Description = ""
    tests: TestIds = Field(default_factory=list)
    schedule: SuiteSchedule | None = None
    environment_id: EnvironmentId | None = None
    browser_config_id: BrowserConfigId | None = None
    concurrency: Concurrency = 1
    alert_webhook: Webhook = None
    alert_channels: AlertChannels = Field(default_factory=list)


class UpdateSuite(Update):
    """Request body for changing a suite: only the fields sent change; null clears one."""

    name: Annotated[Name | None, NOT_NULL] = None
    description: Annotated[Description | None, NOT_NULL] = None
    tests: Annotated[TestIds | None, NOT_NULL] = None
    schedule: SuiteSchedule | None = None
    environment_id: EnvironmentId | None = None
    browser_config_id: BrowserConfigId | None = None
    concurrency: Annotated[Concurrency | None, NOT_NULL] = None
    alert_webhook: Webhook = None
    alert_channels: Annotated[AlertChannels | None, NOT_NULL] = None


class Suite(BaseModel):
    """A stored suite; `test_ids` are its tests in execution order."""

    id: str
    name: str
    description: str = ""
    test_ids: list[str] = []
    schedule: str | None = None
    environment_id: str | None = None
    browser_config_id: str | None = None
    concurrency: int = 1
    alert_webhook: str | None = None
    alert_channels: Annotated[list[str], BeforeValidator(json_list)] = []
    created_at: str
    updated_at: str

    @classmethod
    def from_hash(cls, fields: dict[str, str], test_ids: list[str]) -> Self:
        return cls.model_validate(fields | {"test_ids": test_ids})

    def to_hash(self) -> dict[str, str]:
        """The hash form, without the tests (a list of their own)."""
        return hash_fields(self.model_dump(exclude={"test_ids"}))


class SuiteTest(BaseModel):
    """A test of a suite, as the suite shows it."""

    execution_order: int = Field(description="Its place in the suite, from 1")
    id: str
    name: str
    url: str
    status: Status
    last_result: LastResult
    last_run_at: str | None = None


class SuiteDetail(Suite):
    """A suite with its tests: `tests` in execution order (a test deleted meanwhile is left out)."""

    tests: list[SuiteTest]


class SuiteList(BaseModel):
    """Every suite, newest first."""

    suites: list[Suite]
    total: int
