"""A secret is typed into the page and nowhere else: not in what a run keeps, shows or sends."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import pytest
import redis
from fastapi.testclient import TestClient

from housecat.runs.redaction import spellings
from tests.alert_servers import AlertServer
from tests.pages import Pages
from tests.processes import wait_until

# Spaces and signs, so that a URL spells it differently from the page ("%21", "+", "%40").
SECRET = "Zq9!x y@w#7"
# A form sent by GET puts what was typed in the address; the page then shows it, and
# does not say what the goal checks for: the run fails, quoting the page's words.
ECHO = """
<form method="get"><label for="code">Access code</label><input id="code" name="code">
<button>Send</button></form>
<p id="echo"></p>
<script>
const typed = new URLSearchParams(location.search).get("code");
if (typed !== null) document.getElementById("echo").textContent = "Access not granted for " + typed;
</script>
"""
TYPED = "type {{access_code}} into Access code, click Send, then "
# A failed check quotes what it found: the page's words, or the address with the secret in it.
FAILURES = {
    "the page's words": ("check the page says Access granted", "Access not granted for ••••••••"),
    "the address": ("check the URL contains /granted", "the URL is "),
}


def everything_kept(db: redis.Redis, test_id: str) -> str:
    """Every value in Valkey, as text, but the one field that must hold the secret."""
    parts = []
    for key in db.keys("*"):
        kind = db.type(key)
        if kind == "string":
            parts.append(db.get(key) or "")
        elif kind == "hash":
            fields = db.hgetall(key)
            if key == f"test:{test_id}":
                fields.pop("secrets")
            parts.append(json.dumps(fields))
        elif kind == "list":
            parts.extend(db.lrange(key, 0, -1))
        elif kind == "set":
            parts.extend(db.smembers(key))
        elif kind == "zset":
            parts.extend(db.zrange(key, 0, -1))
        elif kind == "stream":
            parts.extend(json.dumps(fields) for _, fields in db.xrange(key))
    return "\n".join(parts)


def assert_secret_absent(text: str, where: str) -> None:
    for spelling in spellings([SECRET]):
        assert spelling not in text, f"the secret ({spelling!r}) is in {where}"


@pytest.mark.parametrize("quoting", FAILURES)
def test_a_secret_never_leaves_the_page_it_is_typed_into(
    make_client: Callable[..., TestClient],
    db: redis.Redis,
    pages: Pages,
    caplog: pytest.LogCaptureFixture,
    quoting: str,
) -> None:
    check, reason = FAILURES[quoting]
    caplog.set_level(logging.DEBUG)
    # The check fails on purpose: it need not wait the default 10 s to say so.
    client = make_client(
        allow_private_webhooks=True, alert_timeout=2, alert_attempts=1, step_timeout=4
    )
    url = pages.add(ECHO, title="Access")
    with AlertServer() as hook:
        created = client.post(
            "/api/tests",
            json={
                "name": "Access",
                "url": url,
                "goal": TYPED + check,
                "secrets": {"access_code": SECRET},
                "alert_webhook": f"{hook.url}/hook",
            },
        )
        assert created.status_code == 200, created.text
        test_id = created.json()["id"]
        ran = client.post(f"/api/tests/{test_id}/run")
        dispatcher = client.app.state.housecat.alerts  # type: ignore[attr-defined]
        wait_until(lambda: dispatcher.pending == 0, what="the alert being delivered")

    assert ran.status_code == 200, ran.text
    run = ran.json()
    # The secret was typed, sent and shown: the run failed on the check, quoting the page.
    assert run["result"]["passed"] is False, run
    assert reason in run["result"]["error"]
    assert run["browser_result"]["final_url"].startswith(url + "?code=")
    assert_secret_absent(ran.text, "the run's answer")
    detail = client.get(f"/api/runs/{run['run_id']}")
    assert_secret_absent(detail.text, "GET /api/runs/{id}")
    assert_secret_absent(client.get(f"/api/tests/{test_id}").text, "the test's JSON")
    assert_secret_absent(client.get("/api/tests").text, "the list of tests")
    assert_secret_absent(client.get(f"/api/tests/{test_id}/steps").text, "the test's steps")
    assert_secret_absent(client.get(f"/api/tests/{test_id}/results").text, "the results")
    assert_secret_absent(client.get(f"/api/tests/{test_id}/incidents").text, "the incidents")
    (alert,) = hook.received
    assert alert.json()["event"] == "test_failed"
    assert_secret_absent(alert.body.decode(), "the alert webhook's payload")
    for page in (
        "/",
        "/tests",
        f"/tests/{test_id}",
        f"/tests/{test_id}/edit",
        f"/tests/{test_id}/runs/{run['run_id']}",
    ):
        answer = client.get(page)
        assert answer.status_code == 200, page
        assert_secret_absent(answer.text, page)
    kept = everything_kept(db, test_id)
    assert reason in kept  # the events and records are there, only without the secret
    assert_secret_absent(kept, "Valkey (run record, plan, events, incidents)")
    assert_secret_absent(caplog.text, "the logs")
