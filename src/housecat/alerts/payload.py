"""What an alert says: JSON for webhooks, a title and a sentence for chat."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from housecat.alerts.policy import AlertEvent
from housecat.clock import iso
from housecat.runs.models import RunRecord
from housecat.suites.models import TestSuiteResponse

HEADLINES: dict[AlertEvent, str] = {
    "test_failed": "is failing",
    "test_recovered": "is passing again",
    "test_still_failing": "is still failing",
}


def webhook_payload(
    event: AlertEvent, test: TestSuiteResponse, record: RunRecord, now: datetime
) -> dict[str, Any]:
    """Build the webhook body: the event, the test, the run's result and when.

    A failed run a model diagnosed also carries `diagnosis` (`summary`, `cause`): its opinion.
    """
    payload: dict[str, Any] = {
        "event": event,
        "test": {"id": test.id, "name": test.name, "url": test.url},
        "result": {
            "run_id": record.run_id,
            "passed": record.passed,
            "steps_passed": record.steps_passed,
            "steps_total": record.steps_total,
            "details": record.details,
            "error": record.error,
        },
        "timestamp": iso(now),
    }
    if record.diagnosis is not None:
        diagnosis = record.diagnosis
        payload["diagnosis"] = {"summary": diagnosis.summary, "cause": diagnosis.cause}
    if test.locations:  # run from named locations: say which one this run was from
        payload["location"] = record.location
    return payload


def summary(event: AlertEvent, test: TestSuiteResponse, record: RunRecord) -> tuple[str, str]:
    """Return a title and a body in plain English (a line; a diagnosis's line), for channels."""
    title = f"HouseCat: {test.name} {HEADLINES[event]}"
    # The error names the failing step ("Step 4 failed: …"); details is the whole account.
    reason = record.details if record.passed else record.error or record.details
    body = f"{reason} — {test.url}"
    if test.locations:
        body += f" (from {record.location})"
    if record.diagnosis is not None:
        diagnosis = record.diagnosis
        # A model's opinion of the cause, said as one: the verdict is HouseCat's checks'.
        cause = diagnosis.cause.replace("_", " ")
        body += f"\nDiagnosis (by {diagnosis.model}, {cause}; not the verdict): {diagnosis.summary}"
    return title, body
