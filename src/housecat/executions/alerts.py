"""A suite's alert: one per execution that ends failed, not one per test that failed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from housecat.alerts.dispatcher import AlertDispatcher, Owner
from housecat.clock import iso
from housecat.executions.models import Execution, ExecutionStatus
from housecat.groups.store import GroupStore

ALERTED = frozenset({ExecutionStatus.FAILED, ExecutionStatus.ERROR})


class SuiteAlerts:
    """Tell a suite's alert targets that one of its executions failed."""

    def __init__(self, groups: GroupStore, dispatcher: AlertDispatcher) -> None:
        self.groups = groups
        self.dispatcher = dispatcher

    async def finished(self, execution: Execution, status: ExecutionStatus) -> None:
        if execution.suite_id is None or status not in ALERTED:
            return
        suite = await self.groups.get(execution.suite_id)
        if suite is None or not (suite.alert_webhook or suite.alert_channels):
            return
        owner = Owner(suite.id, execution.id, suite.alert_webhook, suite.alert_channels)
        title, text = summary(suite.name, execution, status)
        self.dispatcher.send_suite(owner, payload(suite.name, execution, status), title, text)


def payload(suite_name: str, execution: Execution, status: ExecutionStatus) -> dict[str, Any]:
    """The webhook body: the suite, the execution and how each of its tests ended."""
    return {
        "event": "suite_failed",
        "suite": {"id": execution.suite_id, "name": suite_name},
        "execution": {
            "id": execution.id,
            "name": execution.name,
            "status": status,
            "environment_id": execution.environment_id,
            "browser_config_id": execution.browser_config_id,
            "tests": [
                {
                    "test_id": test.test_id,
                    "name": test.test_name,
                    "run_id": test.run_id,
                    "status": test.status,
                    "error": test.error_message,
                }
                for test in execution.tests
            ],
        },
        "timestamp": iso(datetime.now(UTC)),
    }


def summary(suite_name: str, execution: Execution, status: ExecutionStatus) -> tuple[str, str]:
    """A title and lines for chat: which tests did not pass, and why."""
    failed = [t for t in execution.tests if t.status != ExecutionStatus.PASSED]
    lines = [f"{t.test_name}: {t.error_message or t.status}" for t in failed]
    title = f"HouseCat: suite {suite_name} {status} ({len(failed)} of {len(execution.tests)})"
    return title, "\n".join([f"Execution {execution.name}", *lines])
