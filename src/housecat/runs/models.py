"""What a run produces: per-step results, the browser's account, the verdict, the record."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, Field

from housecat.browser.results import BrowserResult, StepResult
from housecat.llm.usage import ModelUse
from housecat.locations.names import DEFAULT_LOCATION
from housecat.named.fields import Stripped
from housecat.plan.models import Plan
from housecat.plan.preview import PlanPreview
from housecat.runs.diagnosis import Diagnosis
from housecat.suites.fields import Goal, GoalText, Secrets, TargetUrl, Variables

Trigger = Literal["schedule", "qstash", "manual", "api", "cli"]


class TestResult(BaseModel):
    """The verdict on a run, as the evaluator gives it."""

    __test__: ClassVar[bool] = False

    passed: bool
    duration_ms: int
    steps_passed: int
    steps_total: int
    details: str
    step_results: list[StepResult]
    error: str | None = None


class RemoteAgentRun(BaseModel):
    """What a remote agent (TinyFish) said of a run it carried out in HouseCat's place."""

    agent: Literal["tinyfish"] = "tinyfish"
    run_id: str | None = None
    # How the remote run ended, as the agent's service said: COMPLETED, FAILED, CANCELLED.
    status: str | None = None
    streaming_url: str | None = None
    # Each step the agent announced, in its own words.
    progress: list[str] = []
    # As the agent's service counts them; the cost only when a price per step is set.
    steps: int | None = None
    cost_usd: float | None = None


class MaintenanceMark(BaseModel):
    """The maintenance window a run fell in: it was skipped, or ran without alerting."""

    window_id: str
    window_name: str
    # True: the scheduled run did not run at all (a skipping window's record of the slot).
    skipped: bool = False


class RunRecord(TestResult):
    """A run as stored in `results:{id}`."""

    run_id: str
    test_id: str | None
    triggered_by: Trigger
    started_at: str
    completed_at: str
    cancelled: bool = False
    # Who said whether the goal was met: HouseCat's own checks, or a remote agent's answer.
    judged_by: Literal["housecat", "remote_agent"] = "housecat"
    remote: RemoteAgentRun | None = None
    # Each use of a model in the run (compiling, healing, diagnosing), with its cost.
    model_use: list[ModelUse] = []
    # Why the run was refused a model it asked for (a daily budget spent), if it was.
    model_refused: str | None = None
    # A failed run's likely cause, in a model's words: an opinion, never the verdict.
    diagnosis: Diagnosis | None = None
    # The execution (`/api/v1/executions`) this run was part of, if any.
    execution_id: str | None = None
    # Set on a run in a maintenance window: it neither alerts nor counts in uptime.
    maintenance: MaintenanceMark | None = None
    # Where it ran from (`housecat worker --location`); runs before locations ran at the default.
    location: str = DEFAULT_LOCATION


class RunTestRequest(Stripped):
    """Body of `POST /api/run-test`: run a journey once, store nothing."""

    url: TargetUrl
    goal: Goal


class PlanRequest(Stripped):
    """Body of `POST /api/plan`: read a goal; with a URL, also run it once (store nothing)."""

    goal: GoalText
    url: TargetUrl | None = None
    variables: Variables = Field(default_factory=dict)
    secrets: Secrets = Field(default_factory=dict)


class RunPreview(PlanPreview):
    """A goal run once: the steps as run, intents expanded, with locators; and the verdict."""

    result: TestResult


class RunTestResponse(BaseModel):
    """The answer to a run: the plan, what the browser did, the verdict."""

    plan: Plan
    browser_result: BrowserResult
    result: TestResult


class IncidentRecord(BaseModel):
    """A failed run, as kept in `incidents:{id}`."""

    run_id: str
    test_id: str
    error: str | None
    details: str
    started_at: str
    alert_sent: bool = False


PlanSource = Literal["grammar", "llm", "cache", "pinned"]


class RunDetail(BaseModel):
    """Everything about one run, kept by run id: `GET /api/runs/{run_id}`."""

    record: RunRecord
    # None only for a cancelled run: it was stopped before it had a plan worth keeping.
    plan: Plan | None = None
    plan_source: PlanSource | None = None
    browser_result: BrowserResult
    attempts: int = 1


class QueuedRun(BaseModel):
    """The answer to `POST /api/tests/{id}/run?wait=false`: the run is on its way."""

    run_id: str
    status: Literal["queued"] = "queued"


class ManualRunResponse(RunTestResponse):
    """The answer to `POST /api/tests/{id}/run`: a run's answer plus the run id."""

    run_id: str
    # None for a run on TinyFish: its agent finds the steps as it goes; none is recorded.
    plan: Plan | None = None  # type: ignore[assignment]
    result: RunRecord
