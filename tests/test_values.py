"""Which values a run of a test gets: the test's own, layered over an environment's."""

from __future__ import annotations

import pytest

from housecat.errors import InvalidInput
from housecat.plan.variables import MASK
from housecat.suites.models import TestSuiteResponse
from housecat.suites.values import Values, resolved_secrets, values_for
from tests.runs_data import TEST

MINE = TestSuiteResponse.model_validate(
    TEST.model_dump()
    | {"variables": {"username": "alice", "lang": "en"}, "secrets": {"password": "hunter2"}}
)


def test_a_test_alone_gives_its_own_values() -> None:
    assert values_for(MINE) == Values({"username": "alice", "lang": "en"}, {"password": "hunter2"})


def test_the_tests_values_win_over_an_environments_name_by_name() -> None:
    staging = Values({"username": "staging-bot", "host": "staging.a.test"}, {"token": "t0k"})
    assert values_for(MINE, staging) == Values(
        {"username": "alice", "host": "staging.a.test", "lang": "en"},
        {"token": "t0k", "password": "hunter2"},
    )


def test_the_test_decides_whether_a_name_is_a_variable_or_a_secret() -> None:
    environment = Values({"password": "shown"}, {"lang": "hidden"})
    values = values_for(MINE, environment)
    assert values.variables == {"username": "alice", "lang": "en"}
    assert values.secrets == {"password": "hunter2"}


def test_the_mask_keeps_a_stored_secret_and_a_sent_set_replaces_the_rest() -> None:
    stored = {"password": "hunter2", "pin": "1234"}
    assert resolved_secrets({"password": MASK, "otp": "9"}, stored) == {
        "password": "hunter2", "otp": "9"
    }  # fmt: skip
    with pytest.raises(InvalidInput, match="'token' has no stored value to keep"):
        resolved_secrets({"token": MASK}, stored)
