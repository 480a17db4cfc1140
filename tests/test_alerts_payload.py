"""What an alert says: the webhook JSON, and a title and sentence for chat channels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from housecat.alerts.payload import summary, webhook_payload
from tests.alert_servers import a_run, a_test


def test_webhook_payload_has_exactly_its_documented_keys_and_values() -> None:
    now = datetime(2026, 2, 14, 10, 15, 4, 123000, tzinfo=UTC)
    payload = webhook_payload("test_failed", a_test(), a_run(), now)
    assert payload == {
        "event": "test_failed",
        "test": {
            "id": "t_login",
            "name": "Login flow",
            "url": "https://shop.example.com/login",
        },
        "result": {
            "run_id": "r_0001",
            "passed": False,
            "steps_passed": 3,
            "steps_total": 5,
            "details": "3 of 5 steps passed. Step 4 (click 'Sign in') failed: no such button.",
            "error": "Step 4 failed: no such button.",
        },
        "timestamp": "2026-02-14T10:15:04.123Z",
    }


def test_webhook_payload_timestamp_is_utc_whatever_the_clock_zone() -> None:
    paris = timezone(timedelta(hours=1))
    now = datetime(2026, 2, 14, 11, 15, tzinfo=paris)
    payload = webhook_payload("test_recovered", a_test(), a_run(passed=True), now)
    assert payload["timestamp"] == "2026-02-14T10:15:00.000Z"
    assert payload["result"]["error"] is None


def test_summary_names_the_test_the_failing_step_and_the_page() -> None:
    title, body = summary("test_failed", a_test(), a_run())
    assert title == "HouseCat: Login flow is failing"
    assert body == "Step 4 failed: no such button. — https://shop.example.com/login"


def test_summary_of_a_reminder_and_of_a_recovery() -> None:
    title, _ = summary("test_still_failing", a_test(), a_run())
    assert title == "HouseCat: Login flow is still failing"
    title, body = summary("test_recovered", a_test(), a_run(passed=True))
    assert title == "HouseCat: Login flow is passing again"
    assert body == "All 5 steps passed. — https://shop.example.com/login"
