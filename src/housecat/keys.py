"""Every Redis key HouseCat writes, in one place (see docs/data-model.md)."""

TESTS_ALL = "tests:all"  # set of every test id
SCHEDULE_DUE = "schedule:due"  # sorted set: test id -> next due time (unix s)
SCHEDULE_SKIPPED = "schedule:skipped"  # hash: test id -> due slots skipped (still running)


def test(test_id: str) -> str:
    """Hash: the test suite definition and its latest result."""
    return f"test:{test_id}"


def results(test_id: str) -> str:
    """Sorted set: RunRecord JSON, score = start time (unix s)."""
    return f"results:{test_id}"


def timing(test_id: str) -> str:
    """Sorted set: '{duration_ms}:{run_id}', score = start time."""
    return f"timing:{test_id}"


def events(test_id: str) -> str:
    """Stream: the live event log of the test's runs."""
    return f"events:{test_id}"


def incidents(test_id: str) -> str:
    """List: IncidentRecord JSON, newest first."""
    return f"incidents:{test_id}"


def plan(test_id: str) -> str:
    """String: the test's cached Plan JSON, with the locators its last good run used."""
    return f"plan:{test_id}"


def uptime(test_id: str) -> str:
    """Hash: per-hour rollup, fields '{hour}:passed' and '{hour}:failed' (hour = unix s // 3600)."""
    return f"uptime:{test_id}"


def model_spend(test_id: str) -> str:
    """Hash: the test's model use per UTC day, fields '{YYYY-MM-DD}:{measure}' (runs/spend.py)."""
    return f"model_spend:{test_id}"


def model_spend_day(day: str) -> str:
    """Hash: every test's model use on one UTC day (YYYY-MM-DD), fields '{measure}'."""
    return f"model_spend_day:{day}"


MODEL_SPEND_TOTAL = "model_spend_total"  # hash: model use ever, fields '{purpose}:{measure}'


RUN_PREFIX = "run:"  # scripts that find run ids inside records build `run:{id}` from it


def run(run_id: str) -> str:
    """String: one run's full detail JSON (plan, steps, screenshots), with an expiry."""
    return f"{RUN_PREFIX}{run_id}"


def form_sent(form_key: str) -> str:
    """String: the test a create form made, so the same form sent twice makes one test."""
    return f"form:{form_key}"


def run_test_id(run_id: str) -> str:
    """String: the test a queued or running run belongs to (to cancel it by run id)."""
    return f"runof:{run_id}"


def session(digest: str) -> str:
    """String: a sign-in session (by SHA-256 of its id) -> fingerprint of the token it proved."""
    return f"session:{digest}"


def signin_failures(address: str) -> str:
    """String: wrong tokens from one client address in the current minute."""
    return f"signin_failures:{address}"


def qstash_delivery(jti: str) -> str:
    """String: a QStash callback already handled (its token's `jti`), until the token expires."""
    return f"qstash:delivery:{jti}"


def per_test(test_id: str) -> list[str]:
    """Return every key that belongs to one test, for the delete cascade."""
    return [
        test(test_id),
        results(test_id),
        timing(test_id),
        events(test_id),
        incidents(test_id),
        plan(test_id),
        uptime(test_id),
        model_spend(test_id),
    ]


RUN_LOGS_PREFIX = "run_logs:"


def run_logs(run_id: str) -> str:
    """List: one run's log entries (JSON), oldest first, expiring with its detail."""
    return f"{RUN_LOGS_PREFIX}{run_id}"


# Every key kept per run, by prefix: the delete and retention scripts build each one
# as `{prefix}{run_id}` from the run ids they find in the results.
PER_RUN_PREFIXES = (RUN_PREFIX, RUN_LOGS_PREFIX)
