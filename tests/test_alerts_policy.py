"""When a run calls for an alert: on failing, on recovering, and as a reminder while failing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from housecat.alerts.policy import AlertEvent, decide

NOW = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


@pytest.mark.parametrize(
    ("previous", "passed", "event"),
    [
        ("pending", False, "test_failed"),
        ("passed", False, "test_failed"),
        ("failed", True, "test_recovered"),
        ("error", True, "test_recovered"),
        ("passed", True, None),
        ("pending", True, None),
        ("failed", False, None),
        ("error", False, None),
        # A result added later (a cancelled run) counts as "not failing", like pending.
        ("cancelled", False, "test_failed"),
        ("cancelled", True, None),
    ],
)
def test_each_transition_calls_for_its_alert_or_none(
    previous: str, passed: bool, event: AlertEvent | None
) -> None:
    assert decide(previous, passed, alerted_at=None, now=NOW, remind_every=None) == event


def test_fail_fail_pass_alerts_once_then_on_recovery() -> None:
    results = [False, False, True]
    previous, events = "passed", []
    for passed in results:
        events.append(decide(previous, passed, alerted_at=NOW, now=NOW, remind_every=None))
        previous = "passed" if passed else "failed"
    assert events == ["test_failed", None, "test_recovered"]


def test_reminder_is_due_once_remind_every_has_passed_since_the_last_alert() -> None:
    def still_failing(alerted_at: datetime | None) -> AlertEvent | None:
        return decide("failed", False, alerted_at=alerted_at, now=NOW, remind_every=HOUR)

    assert still_failing(NOW - HOUR) == "test_still_failing"
    assert still_failing(NOW - 2 * HOUR) == "test_still_failing"
    assert still_failing(NOW - HOUR + timedelta(seconds=1)) is None
    # No record of the last alert: remind rather than stay silent.
    assert still_failing(None) == "test_still_failing"


def test_no_reminder_without_remind_every_however_long_it_fails() -> None:
    event = decide("failed", False, alerted_at=NOW - 100 * HOUR, now=NOW, remind_every=None)
    assert event is None


def test_a_recovery_is_announced_even_when_a_reminder_is_due() -> None:
    event = decide("failed", True, alerted_at=NOW - 100 * HOUR, now=NOW, remind_every=HOUR)
    assert event == "test_recovered"
