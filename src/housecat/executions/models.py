"""An execution session (the specification's TestRun) and what it holds."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import BaseModel, Field

from housecat.accounts.roles import DEFAULT_PROJECT
from housecat.browser.results import StepResult
from housecat.named.fields import Stripped
from housecat.runs.artifacts import RunArtifacts


class ExecutionStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    PASSED = "passed"
    FAILED = "failed"
    ERROR = "error"
    STOPPED = "stopped"


FINISHED = frozenset(
    {ExecutionStatus.PASSED, ExecutionStatus.FAILED, ExecutionStatus.ERROR, ExecutionStatus.STOPPED}
)
MAX_TESTS = 500

TestIds = Annotated[list[str], Field(min_length=1, max_length=MAX_TESTS)]


class StartExecution(Stripped):
    """Body of `POST /api/v1/executions`: a suite, or tests by id, in the order to run them."""

    suite_id: str | None = None
    test_ids: TestIds | None = None
    environment_id: str | None = None
    browser_config_id: str | None = None
    name: Annotated[str, Field(max_length=200)] | None = None


class Overrides(Stripped):
    """Body of `POST /api/v1/suites/{id}/execute`: what to run the suite against, this time."""

    environment_id: str | None = None
    browser_config_id: str | None = None
    name: Annotated[str, Field(max_length=200)] | None = None


class TestExecution(BaseModel):
    """One test's run within an execution: the run record of `GET /api/runs/{run_id}`."""

    __test__: ClassVar[bool] = False

    test_id: str
    test_name: str
    run_id: str
    status: ExecutionStatus = ExecutionStatus.QUEUED
    started_at: str | None = None
    completed_at: str | None = None
    error_message: str | None = None


class StepExecution(BaseModel):
    """One step of a test execution, as the browser ran it."""

    step_order: int
    action_type: str
    description: str
    status: str
    duration_ms: int
    actual_result: str
    error_message: str | None
    screenshot: str | None = None

    @classmethod
    def of(cls, step: StepResult) -> StepExecution:
        return cls(
            step_order=step.step_number,
            action_type=step.action,
            description=step.description,
            status=step.status,
            duration_ms=step.duration_ms,
            actual_result=step.details,
            error_message=None if step.passed else step.details,
            screenshot=step.screenshot,
        )


class TestExecutionDetail(TestExecution):
    steps: list[StepExecution] = []


class Execution(BaseModel):
    """An execution session: its tests in order, and where and how they ran."""

    id: str
    name: str
    status: ExecutionStatus
    suite_id: str | None = None
    environment_id: str | None = None
    browser_config_id: str | None = None
    concurrency: int = 1
    created_at: str
    updated_at: str
    started_at: str | None = None
    completed_at: str | None = None
    tests: list[TestExecution]
    project: str = DEFAULT_PROJECT

    def to_hash(self) -> dict[str, str]:
        fields = self.model_dump(exclude={"tests"}, exclude_none=True, mode="json")
        hashed = {name: str(value) for name, value in fields.items()}
        for index, test in enumerate(self.tests):
            hashed[f"t:{index}"] = test.model_dump_json()
        return hashed

    @classmethod
    def from_hash(cls, fields: dict[str, str]) -> Execution:
        tests = [
            TestExecution.model_validate_json(fields[f"t:{index}"])
            for index in range(sum(1 for name in fields if name.startswith("t:")))
        ]
        plain = {name: value for name, value in fields.items() if not name.startswith("t:")}
        return cls.model_validate({**plain, "tests": tests})


class ExecutionDetail(Execution):
    """`GET /api/v1/executions/{id}`: with each test's step executions."""

    tests: list[TestExecutionDetail]  # type: ignore[assignment]


class ExecutionList(BaseModel):
    executions: list[Execution]
    next_cursor: str | None


class TestArtifacts(BaseModel):
    """What one test's run in an execution left: None before it ran (or once expired)."""

    __test__: ClassVar[bool] = False

    test_id: str
    run_id: str
    status: ExecutionStatus
    artifacts: RunArtifacts | None


class ExecutionArtifacts(BaseModel):
    """`GET /api/v1/executions/{id}/artifacts`: each test's screenshots, log and trace."""

    execution_id: str
    tests: list[TestArtifacts]
