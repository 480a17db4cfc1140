"""Quorum alerting: a test is down when at least N of its M locations' latest runs failed.

Each stored run sets its location's latest result in `test_locations:{id}` and reads the
results before it in the same step (inside the run's transaction), so of two locations
finishing at once exactly one sees the test go down or come back.
"""

from __future__ import annotations

from redis.asyncio.client import Pipeline

from housecat import keys
from housecat.alerts.policy import FAILING_RESULTS
from housecat.locations.names import places
from housecat.runs.models import RunRecord
from housecat.suites.models import TestSuiteResponse

# Set the test's latest result at a location, only while the test exists; answer the
# results before (flat: location, result, ...). KEYS: test, its locations hash.
# ARGV: location, result.
_RECORD = """
if redis.call('EXISTS', KEYS[1]) == 0 then return {} end
local before = redis.call('HGETALL', KEYS[2])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return before
"""


def record_result(pipe: Pipeline, test_id: str, location: str, result: str) -> None:
    """Queue the setting of a location's latest result; its reply is the results before."""
    pipe.eval(_RECORD, 2, keys.test(test_id), keys.test_locations(test_id), location, result)


def results_before(reply: list[str]) -> dict[str, str]:
    """Read `record_result`'s reply: each location's latest result before the run."""
    return dict(zip(reply[0::2], reply[1::2], strict=True))


def _failing(results: dict[str, str], locations: list[str]) -> int:
    return sum(results.get(location) in FAILING_RESULTS for location in locations)


def alert_state(
    test: TestSuiteResponse, record: RunRecord, before: dict[str, str]
) -> tuple[str, bool]:
    """Return the test's result before this run and whether it passes after it, for alerts.

    A test run from one location keeps the rule it always had: its own last result. One
    run from several fails when at least `alert_quorum` of them last failed.
    """
    where = places(test.locations)
    if len(where) == 1:
        return test.last_result, record.passed
    quorum = min(test.alert_quorum, len(where))
    after = before | {record.location: "passed" if record.passed else "failed"}
    was_down = _failing(before, where) >= quorum
    is_down = _failing(after, where) >= quorum
    return ("failed" if was_down else "passed"), not is_down
