"""`POST /api/run-test`: run a journey once, answer `{plan, browser_result, result}`."""

from __future__ import annotations

from collections.abc import Callable

import redis
from fastapi.testclient import TestClient

from tests.conftest import our_keys

GOAL = "sign in with alice@example.com and password hunter2 and check the page says Welcome back, Alice"


def test_run_test_answers_plan_browser_result_and_result(
    client: TestClient, sites: str, db: redis.Redis
) -> None:
    response = client.post("/api/run-test", json={"url": f"{sites}/shop/login", "goal": GOAL})
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"plan", "browser_result", "result"}
    assert body["result"]["passed"] is True
    assert body["result"]["steps_total"] == len(body["plan"]["steps"]) == 5
    assert body["browser_result"]["final_url"].endswith("/shop/dashboard")
    assert our_keys(db) == []  # nothing stored


def test_a_failed_run_is_still_a_200_with_the_verdict(
    make_client: Callable[..., TestClient], sites: str
) -> None:
    client = make_client(step_timeout=4)  # the check fails on purpose: no need to wait 10 s
    body = client.post(
        "/api/run-test", json={"url": f"{sites}/bad-credentials/login", "goal": GOAL}
    ).json()
    assert body["result"]["passed"] is False
    assert body["result"]["error"].startswith("Step 5 failed")


def test_a_goal_it_cannot_understand_is_a_422_naming_the_phrase(client: TestClient) -> None:
    response = client.post(
        "/api/run-test", json={"url": "https://a.test", "goal": "open / and frobnicate the widget"}
    )
    assert response.status_code == 422
    assert response.json()["fields"] == {"goal": "cannot understand: 'frobnicate the widget'"}


def test_saving_a_test_with_an_ununderstood_goal_is_refused(client: TestClient) -> None:
    body = {"name": "x", "url": "https://a.test", "goal": "do the thing with the stuff"}
    response = client.post("/api/tests", json=body)
    assert response.status_code == 422
    assert response.json()["fields"]["goal"].startswith("cannot understand:")
