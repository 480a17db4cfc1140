"""When a run calls for an alert: a test starts failing, recovers, or is still failing."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

AlertEvent = Literal["test_failed", "test_recovered", "test_still_failing", "suite_failed"]

# Only these count as failing; pending, passed and anything added later (cancelled) do not,
# so a test's first failure after them is news.
FAILING_RESULTS = frozenset({"failed", "error"})


def decide(
    previous_result: str,
    passed: bool,
    *,
    alerted_at: datetime | None,
    now: datetime,
    remind_every: timedelta | None,
) -> AlertEvent | None:
    """Name the alert a run calls for, given the test's result before it; None for no alert."""
    was_failing = previous_result in FAILING_RESULTS
    if passed:
        return "test_recovered" if was_failing else None
    if not was_failing:
        return "test_failed"
    if remind_every is None:
        return None
    # No record of the last alert (lost, or never delivered): remind rather than stay silent.
    if alerted_at is None or now - alerted_at >= remind_every:
        return "test_still_failing"
    return None
