"""What an outage changes in a run's alert: acknowledged, held for a parent, never announced.

`alerts.policy.decide` names the alert a run calls for from the test's results alone;
this screens it with what the test's outage knows:

- while a test it depends on is down, a failure does not alert (the parent's does);
- once no parent is down, an outage whose alert was held is announced (`test_failed`);
- an acknowledged outage sends no reminders (`test_still_failing`);
- a recovery from an outage nobody was told of is not announced either.
"""

from __future__ import annotations

import logging

from redis.asyncio import Redis

from housecat.alerts.policy import AlertEvent
from housecat.outages.dependencies import Dependencies, Parent
from housecat.outages.models import Outage
from housecat.outages.store import OutageStore
from housecat.runs.models import RunRecord
from housecat.suites.models import TestSuiteResponse

log = logging.getLogger(__name__)

ANNOUNCING: frozenset[AlertEvent] = frozenset({"test_failed", "test_still_failing"})


class OutageAlerts:
    """Screen a run's alert with its test's outage and parents; note what was sent."""

    def __init__(self, redis: Redis) -> None:
        self.outages = OutageStore(redis)
        self.dependencies = Dependencies(redis)

    async def screen(
        self, test: TestSuiteResponse, record: RunRecord, passed: bool, event: AlertEvent | None
    ) -> AlertEvent | None:
        """Return the alert the run should send after all; None for none.

        `passed`: whether the test is up after the run (with several locations, by quorum).
        """
        outage = _of_run(await self.outages.latest(test.id), record.run_id)
        if outage is None:
            return event
        if passed:
            nobody_told = outage.held is not None and not outage.alerted
            return None if event == "test_recovered" and nobody_told else event
        down = await self.dependencies.down(test.depends_on)
        if down:
            if event is not None:
                why = _held(down)
                await self.outages.mark_held(test.id, outage.id, why)
                log.info("alert of run %s of test %s held: %s", record.run_id, test.id, why)
            return None
        if outage.held is not None and not outage.alerted:
            return "test_failed"  # its parents are up again: this outage is news now
        if event == "test_still_failing" and outage.acknowledgement is not None:
            return None
        return event

    async def sent(self, test: TestSuiteResponse, record: RunRecord, event: AlertEvent) -> None:
        """Note on the run's outage that an alert announced it."""
        if event not in ANNOUNCING:
            return
        outage = _of_run(await self.outages.latest(test.id), record.run_id)
        if outage is not None and outage.open and not outage.alerted:
            await self.outages.mark_alerted(test.id, outage.id)


def _of_run(outage: Outage | None, run_id: str) -> Outage | None:
    """The outage if this run opened, extended or closed it."""
    if outage is None:
        return None
    if run_id == outage.closed_by_run_id or run_id in outage.run_ids:
        return outage
    return None


def _held(down: list[Parent]) -> str:
    names = ", ".join(f"“{parent.name}” ({parent.id})" for parent in down)
    return f"a test it depends on is down: {names}"
