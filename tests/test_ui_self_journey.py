"""HouseCat monitors its own UI: journeys written as plain-English goals, planned by the
grammar and run by HouseCat's own browser pool against a real `housecat serve`."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from housecat.browser.pool import BrowserPool
from housecat.runs.pipeline import run_goal
from tests.processes import Server

CREATE = (
    'click "+ New test", type Nightly sign-in into Name, type {url}/demo/login into URL, '
    'type "open the home page" into Goal, select Every hour from Schedule, click Create test, '
    "then check the page shows Nightly sign-in, then check the page shows Every hour"
)
# The journey ends on what its last click shows: the row swapped in once the server has
# paused the test, so the API is asked only after it is so.
PAUSE_AND_RESUME = (
    "click Pause Nightly sign-in, then click Resume Nightly sign-in, "
    "then click Pause Nightly sign-in, then check the Resume Nightly sign-in button is visible"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    served = Server(tmp_path_factory.mktemp("self"), "--no-scheduler")
    yield served
    served.stop()


async def journey(pool: BrowserPool, server: Server, goal: str) -> None:
    outcome = await run_goal(
        pool, url=f"{server.url}/tests", goal=goal.format(url=server.url), triggered_by="api"
    )
    assert outcome.result.passed, outcome.result.details


async def test_housecat_creates_and_pauses_a_test_through_its_own_ui(
    pool: BrowserPool, server: Server
) -> None:
    api = httpx.AsyncClient(base_url=server.url)
    await journey(pool, server, CREATE)
    [created] = (await api.get("/api/tests")).json()["tests"]
    assert (created["name"], created["url"], created["goal"], created["schedule"]) == (
        "Nightly sign-in", f"{server.url}/demo/login", "open the home page", "0 * * * *",
    )  # fmt: skip

    await journey(pool, server, PAUSE_AND_RESUME)
    assert (await api.get(f"/api/tests/{created['id']}")).json()["status"] == "paused"
    await api.aclose()


async def test_a_journey_fails_when_the_ui_lacks_what_it_expects(
    pool: BrowserPool, server: Server
) -> None:
    outcome = await run_goal(
        pool, url=f"{server.url}/tests", goal="click Archive everything", triggered_by="api"
    )
    assert not outcome.result.passed
