"""Cron expressions: five fields, an optional `CRON_TZ=` prefix, errors a person can act on."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from housecat.schedule.cron import parse_cron, spelled_out


@pytest.mark.parametrize(
    ("expression", "words"),
    [
        ("*/5 * * * *", "Every 5 minutes"),
        ("*/15 * * * *", "Every 15 minutes"),
        ("*/30 * * * *", "Every 30 minutes"),
        ("0 * * * *", "Every hour"),
        ("0 */6 * * *", "Every 6 hours"),
        ("0 */12 * * *", "Every 12 hours"),
        ("0 9 * * *", "At 09:00 AM"),
    ],
)
def test_the_seven_preset_schedules_read_as_words(expression: str, words: str) -> None:
    assert parse_cron(expression).describe() == words


def test_time_zone_prefix_is_kept_and_shown() -> None:
    cron = parse_cron("CRON_TZ=America/New_York 30 8 * * 1-5")
    assert cron.expression == "CRON_TZ=America/New_York 30 8 * * 1-5"
    assert cron.describe().endswith("(America/New_York)")


@pytest.mark.parametrize(
    ("shortcut", "fields", "words"),
    [
        ("@yearly", "0 0 1 1 *", "At 12:00 AM, on day 1 of the month, only in January"),
        ("@annually", "0 0 1 1 *", "At 12:00 AM, on day 1 of the month, only in January"),
        ("@monthly", "0 0 1 * *", "At 12:00 AM, on day 1 of the month"),
        ("@weekly", "0 0 * * 0", "At 12:00 AM, only on Sunday"),
        ("@daily", "0 0 * * *", "At 12:00 AM"),
        ("@midnight", "0 0 * * *", "At 12:00 AM"),
        ("@hourly", "0 * * * *", "Every hour"),
        ("  @HOURLY ", "0 * * * *", "Every hour"),
    ],
)
def test_shortcuts_are_spelled_out_as_five_fields(shortcut: str, fields: str, words: str) -> None:
    cron = parse_cron(shortcut)
    assert cron.expression == spelled_out(shortcut) == fields
    assert cron.describe() == words


def test_a_shortcut_keeps_its_time_zone() -> None:
    assert spelled_out("CRON_TZ=Europe/Paris  @daily") == "CRON_TZ=Europe/Paris 0 0 * * *"
    assert parse_cron("CRON_TZ=Europe/Paris @daily").describe() == "At 12:00 AM (Europe/Paris)"


def test_next_run_is_read_in_the_time_zone_across_daylight_saving() -> None:
    cron = parse_cron("CRON_TZ=Europe/Paris 0 9 * * *")
    # Paris leaves summer time on 2026-10-25: 09:00 there is 07:00 UTC before, 08:00 after.
    before = cron.next_after(datetime(2026, 10, 24, 0, 0, tzinfo=UTC))
    after = cron.next_after(datetime(2026, 10, 25, 12, 0, tzinfo=UTC))
    assert before == datetime(2026, 10, 24, 7, 0, tzinfo=UTC)
    assert after == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("", "has 0 fields"),
        ("@reboot", "'@reboot' is not a shortcut HouseCat knows"),
        ("@every 5m", "'@every 5m' is not a shortcut HouseCat knows"),
        ("* * * * * *", "has 6 fields"),
        ("60 * * * *", "minute '60' is not valid (allowed: 0-59)"),
        ("* 24 * * *", "hour '24' is not valid"),
        ("* * 0 * *", "day-of-month '0' is not valid"),
        ("* * * 13 *", "month '13' is not valid"),
        ("* * * * 8", "day-of-week '8' is not valid"),
        ("*/0 * * * *", "minute '*/0' is not valid"),
        ("0 0 30 2 *", "never runs"),
        ("CRON_TZ=Nowhere/Special 0 9 * * *", "unknown time zone 'Nowhere/Special'"),
    ],
)
def test_invalid_expressions_say_what_is_wrong(expression: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_cron(expression)
    assert message in str(caught.value)
