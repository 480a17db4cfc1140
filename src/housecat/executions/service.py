"""Start, stop, list and read executions (`/api/v1/executions`)."""

from __future__ import annotations

import uuid
from pathlib import Path

from housecat.accounts.roles import DEFAULT_PROJECT
from housecat.clock import now_iso
from housecat.errors import HouseCatError, InvalidInput, NotFound
from housecat.executions.models import (
    FINISHED,
    Execution,
    ExecutionArtifacts,
    ExecutionDetail,
    ExecutionList,
    ExecutionStatus,
    Overrides,
    StartExecution,
    StepExecution,
    TestArtifacts,
    TestExecution,
    TestExecutionDetail,
)
from housecat.executions.places import Places
from housecat.executions.store import ExecutionStore, Filters
from housecat.groups.store import GroupStore
from housecat.projects.context import current_project
from housecat.runs.artifacts import artifacts_of_runs
from housecat.runs.models import RunDetail
from housecat.runs.pipeline import new_run_id
from housecat.runs.store import ResultStore
from housecat.schedule.queue import RunQueue
from housecat.suites.store import SuiteStore


class AlreadyFinished(HouseCatError):
    status_code = 409


class ExecutionService:
    """What the API asks of executions; the runs themselves are the worker's."""

    def __init__(
        self,
        store: ExecutionStore,
        tests: SuiteStore,
        results: ResultStore,
        queue: RunQueue,
        *,
        groups: GroupStore,
        places: Places,
    ) -> None:
        self.store = store
        self.tests = tests
        self.results = results
        self.queue = queue
        self.groups = groups
        self.places = places

    async def start_from(self, body: StartExecution) -> Execution:
        """Queue what the body names: a suite (its tests, defaults and concurrency) or tests."""
        if (body.suite_id is None) == (body.test_ids is None):
            raise InvalidInput.of({"test_ids": "name the tests to run, or a suite_id (not both)"})
        if body.suite_id is not None:
            return await self.start_suite(
                body.suite_id, Overrides(**body.model_dump(include=set(Overrides.model_fields)))
            )
        assert body.test_ids is not None
        name = body.name or f"{len(body.test_ids)} tests"
        return await self.start(
            body.test_ids,
            name=name,
            environment_id=body.environment_id,
            browser_config_id=body.browser_config_id,
        )

    async def start_suite(self, suite_id: str, overrides: Overrides) -> Execution:
        """Queue a run of a suite, in its order, against its defaults or the overrides."""
        suite = await self.groups.get(suite_id)
        if suite is None:
            raise NotFound(f"suite '{suite_id}' not found")
        if not suite.test_ids:
            raise InvalidInput.of({"suite_id": f"suite '{suite.name}' has no tests"})
        environment_id = overrides.environment_id or suite.environment_id
        config_id = overrides.browser_config_id or suite.browser_config_id
        environment = await self.places.environment(environment_id)
        name = overrides.name or suite.name + (f" on {environment.name}" if environment else "")
        return await self.start(
            suite.test_ids,
            name=name,
            suite_id=suite.id,
            environment_id=environment_id,
            browser_config_id=config_id,
            concurrency=suite.concurrency,
        )

    async def start(
        self,
        test_ids: list[str],
        *,
        name: str,
        suite_id: str | None = None,
        environment_id: str | None = None,
        browser_config_id: str | None = None,
        concurrency: int = 1,
    ) -> Execution:
        """Queue a run of the tests, in this order; every id must name a test."""
        if len(set(test_ids)) != len(test_ids):
            raise InvalidInput.of({"test_ids": "lists a test twice"})
        await self.places.environment(environment_id)  # each must exist: 422 if not
        await self.places.browser_config(browser_config_id)
        found = await self.tests.get_many(test_ids)
        missing = [test_id for test_id, test in zip(test_ids, found, strict=True) if test is None]
        if missing:
            raise InvalidInput.of({"test_ids": f"no test has the id '{missing[0]}'"})
        now = now_iso()
        execution = Execution(
            id=str(uuid.uuid4()),
            name=name,
            status=ExecutionStatus.QUEUED,
            suite_id=suite_id,
            environment_id=environment_id,
            browser_config_id=browser_config_id,
            concurrency=concurrency,
            created_at=now,
            updated_at=now,
            # Outside a request (a schedule), it is its tests' project.
            project=current_project() or next((t.project for t in found if t), DEFAULT_PROJECT),
            tests=[
                TestExecution(test_id=test.id, test_name=test.name, run_id=new_run_id())
                for test in found
                if test is not None
            ],
        )
        await self.store.insert(execution)
        await self.queue.enqueue_execution(execution.id, runs=len(execution.tests))
        return execution

    async def stop(self, execution_id: str) -> Execution:
        """Stop an unfinished execution: queued tests are dropped, the running one cancelled."""
        execution = await self._get(execution_id)
        if execution.status in FINISHED:
            raise AlreadyFinished(f"execution '{execution_id}' already {execution.status}")
        # Mark first: the runner's next write is then refused, so it starts nothing more.
        for index, test in enumerate(execution.tests):
            if test.status in (ExecutionStatus.QUEUED, ExecutionStatus.RUNNING):
                stopped = test.model_copy(
                    update={"status": ExecutionStatus.STOPPED, "completed_at": now_iso()}
                )
                await self.store.set_test(execution_id, index, stopped)
        await self.store.set_status(execution_id, ExecutionStatus.STOPPED)
        await self.queue.abort_execution(execution_id)
        return await self._get(execution_id)

    async def get(self, execution_id: str) -> ExecutionDetail:
        """Return the execution with each test's steps, as its run recorded them."""
        execution = await self._get(execution_id)
        details = await self.results.run_details([test.run_id for test in execution.tests])
        return _with_steps(execution, details)

    async def artifacts(self, execution_id: str, artifacts_dir: Path) -> ExecutionArtifacts:
        """Gather each test's screenshots, log entries and trace, with download links."""
        execution = await self._get(execution_id)
        details = await self.results.run_details([test.run_id for test in execution.tests])
        return await self._artifacts(execution, details, artifacts_dir)

    async def get_with_artifacts(
        self, execution_id: str, artifacts_dir: Path, *, once_finished: bool = False
    ) -> tuple[ExecutionDetail, ExecutionArtifacts | None]:
        """Return the execution with its steps and its artifacts, reading each run once.

        With `once_finished`, an unfinished execution comes without its artifacts (None).
        """
        execution = await self._get(execution_id)
        details = await self.results.run_details([test.run_id for test in execution.tests])
        artifacts = None
        if execution.status in FINISHED or not once_finished:
            artifacts = await self._artifacts(execution, details, artifacts_dir)
        return _with_steps(execution, details), artifacts

    async def _artifacts(
        self, execution: Execution, details: list[RunDetail | None], artifacts_dir: Path
    ) -> ExecutionArtifacts:
        found = await artifacts_of_runs(self.results, details, artifacts_dir)
        tests = [
            TestArtifacts(
                test_id=test.test_id, run_id=test.run_id, status=test.status, artifacts=artifacts
            )
            for test, artifacts in zip(execution.tests, found, strict=True)
        ]
        return ExecutionArtifacts(execution_id=execution.id, tests=tests)

    async def list(self, filters: Filters, *, limit: int, cursor: str | None) -> ExecutionList:
        executions, next_cursor = await self.store.list(filters, limit=limit, cursor=cursor)
        return ExecutionList(executions=executions, next_cursor=next_cursor)

    async def _get(self, execution_id: str) -> Execution:
        execution = await self.store.get(execution_id)
        if execution is None:
            raise NotFound(f"execution '{execution_id}' not found")
        return execution


def _with_steps(execution: Execution, details: list[RunDetail | None]) -> ExecutionDetail:
    """Add to each test its step executions, from its run's detail (none before it ran)."""
    tests = [
        TestExecutionDetail(
            **test.model_dump(),
            steps=[StepExecution.of(step) for step in detail.record.step_results] if detail else [],
        )
        for test, detail in zip(execution.tests, details, strict=True)
    ]
    return ExecutionDetail(**execution.model_dump(exclude={"tests"}), tests=tests)
