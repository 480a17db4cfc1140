"""Run an execution's tests in order (or a few at a time), each where the execution says."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

from housecat.clock import now_iso
from housecat.errors import HouseCatError
from housecat.executions.alerts import SuiteAlerts
from housecat.executions.models import Execution, ExecutionStatus, TestExecution
from housecat.executions.store import ExecutionStore
from housecat.runs.service import RunService, Where
from housecat.suites.models import TestSuiteResponse

log = logging.getLogger(__name__)

Placing = Callable[[TestSuiteResponse], Awaitable[Where]]


class Places(Protocol):
    async def placing(self, execution: Execution) -> Placing:
        """Say where each test of the execution runs (its environment and browser)."""
        ...


class ExecutionRunner:
    """The worker's side of an execution: its runs, its status, nothing else."""

    def __init__(
        self,
        store: ExecutionStore,
        runs: RunService,
        places: Places,
        alerts: SuiteAlerts | None = None,
    ) -> None:
        self.store = store
        self.runs = runs
        self.places = places
        self.alerts = alerts

    async def run(self, execution_id: str) -> str:
        """Run every test not yet done (a redelivered job resumes); say how it ended."""
        execution = await self.store.get(execution_id)
        if execution is None:
            return "gone"
        status = await self.store.set_status(execution_id, ExecutionStatus.RUNNING)
        if status is not ExecutionStatus.RUNNING:
            return str(status)  # stopped while it waited in the queue
        try:
            placing = await self.places.placing(execution)
        except HouseCatError as exc:  # its environment was deleted meanwhile
            return await self._finish(execution, ExecutionStatus.ERROR, exc.message)
        turns = asyncio.Semaphore(execution.concurrency)

        async def in_turn(index: int, test: TestExecution) -> ExecutionStatus:
            async with turns:
                return await self._run_one(execution.id, index, test, placing)

        ended = await asyncio.gather(
            *(in_turn(index, test) for index, test in enumerate(execution.tests))
        )
        return await self._finish(execution, _overall(ended))

    async def _run_one(
        self, execution_id: str, index: int, test: TestExecution, placing: Placing
    ) -> ExecutionStatus:
        if test.status not in (ExecutionStatus.QUEUED, ExecutionStatus.RUNNING):
            return test.status  # done before this job was redelivered
        running = test.model_copy(
            update={"status": ExecutionStatus.RUNNING, "started_at": now_iso()}
        )
        if not await self.store.set_test(execution_id, index, running):
            return ExecutionStatus.STOPPED  # stopped, or gone: run nothing more
        ended = await self._outcome(execution_id, test, placing)
        ended = ended.model_copy(update={"started_at": running.started_at})
        await self.store.set_test(execution_id, index, ended)
        return ended.status

    async def _outcome(
        self, execution_id: str, test: TestExecution, placing: Placing
    ) -> TestExecution:
        def ended(status: ExecutionStatus, error: str | None = None) -> TestExecution:
            update = {"status": status, "completed_at": now_iso(), "error_message": error}
            return test.model_copy(update=update)

        saved = await self.runs.suites.get(test.test_id)
        if saved is None:
            return ended(ExecutionStatus.ERROR, "the test was deleted")
        try:
            detail = await self.runs.run_elsewhere(
                saved, test.run_id, await placing(saved), execution_id
            )
        except HouseCatError as exc:  # a missing browser, a goal no longer understood
            return ended(ExecutionStatus.ERROR, exc.message)
        except Exception as exc:
            log.exception("run %s of execution %s crashed", test.run_id, execution_id)
            return ended(ExecutionStatus.ERROR, f"the run crashed: {exc}")
        record = detail.record
        if record.passed:
            return ended(ExecutionStatus.PASSED)
        return ended(ExecutionStatus.FAILED, record.error or record.details)

    async def _finish(
        self, execution: Execution, status: ExecutionStatus, error: str | None = None
    ) -> str:
        if error is not None:
            log.warning("execution %s could not run: %s", execution.id, error)
            for index, test in enumerate(execution.tests):
                failed = {"status": ExecutionStatus.ERROR, "error_message": error}
                await self.store.set_test(execution.id, index, test.model_copy(update=failed))
        now = await self.store.set_status(execution.id, status)
        log.info("execution %s %s", execution.id, now)
        ended = await self.store.get(execution.id)
        if self.alerts is not None and ended is not None and now is status:
            await self.alerts.finished(ended, status)  # not when a stop came first
        return str(now)


def _overall(ended: list[ExecutionStatus]) -> ExecutionStatus:
    """A failed journey outranks HouseCat's own error, which outranks a pass."""
    for status in (ExecutionStatus.STOPPED, ExecutionStatus.FAILED, ExecutionStatus.ERROR):
        if status in ended:
            return status
    return ExecutionStatus.PASSED
