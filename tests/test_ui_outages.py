"""The outages on a test's page: the timeline, and acknowledging the open one."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from redis.asyncio import Redis

from housecat.suites.models import TestSuiteResponse
from housecat.web.pages.outage_pages import lasted
from tests.runs_data import detail, store
from tests.signing_in import BEARER, OWN_ORIGIN, TOKEN, create_test, sign_in

HTMX = {"HX-Request": "true"}


@pytest.fixture
def ui(make_client: Callable[..., TestClient]) -> TestClient:
    """The app without scheduler or worker: pages only, nothing runs behind our back."""
    return make_client(roles=False)


def outages_section(page: str) -> str:
    found = re.search(r'<section id="outages".*?</section>', page, re.S)
    assert found, "no outages section"
    return found.group(0)


async def test_the_page_shows_the_open_outage_and_its_acknowledge_form_works(
    aredis: Redis, ui: TestClient
) -> None:
    made = ui.post(
        "/api/v1/tests", json={"name": "Login", "url": "https://a.test", "goal": "open /"}
    )
    test = TestSuiteResponse.model_validate(made.json())
    results = store(aredis)
    for n, ago in enumerate((timedelta(minutes=30), timedelta(minutes=10))):
        await results.save(
            test, detail(f"fail{n:04d}", passed=False, ago=ago, test_id=test.id), None
        )
    path = f"/tests/{test.id}"

    shown = outages_section(ui.get(path).text)
    assert "<strong>Open</strong>" in shown and "2 failing runs" in shown
    assert re.search(r'down for <span class="outage-duration">(30|31) min</span>', shown)
    (outage_id,) = re.findall(r'action="/tests/\w+/outages/(\w+)/acknowledge"', shown)

    form = {"by": "Dana", "note": "DNS is being fixed"}
    sent = ui.post(f"{path}/outages/{outage_id}/acknowledge", data=form, follow_redirects=False)
    assert sent.status_code == 303 and sent.headers["location"] == f"{path}#outages"
    shown = outages_section(ui.get(path).text)
    assert "Acknowledged by <strong>Dana</strong>" in shown and "“DNS is being fixed”" in shown
    assert "/acknowledge" not in shown  # acknowledged: no form any more

    await results.save(test, detail("pass0001", ago=timedelta(minutes=5), test_id=test.id), None)
    fragment = ui.get(f"{path}/history", headers=HTMX).text
    shown = outages_section(fragment)
    assert "<strong>Closed</strong>" in shown
    assert re.search(r'lasted <span class="outage-duration">25 min</span>', shown)
    late = ui.post(f"{path}/outages/{outage_id}/acknowledge", data={}, headers=HTMX)
    assert late.status_code == 409 and "is closed: the test has recovered" in late.text
    assert late.headers["hx-retarget"] == "#notice"


async def test_an_htmx_acknowledgement_answers_the_outages_anew(
    aredis: Redis, ui: TestClient
) -> None:
    made = ui.post(
        "/api/v1/tests", json={"name": "Login", "url": "https://a.test", "goal": "open /"}
    )
    test = TestSuiteResponse.model_validate(made.json())
    run = detail("fail0001", passed=False, test_id=test.id)
    await store(aredis).save(test, run, None)
    await store(aredis).save(test, run, None)  # a replayed job counts its run once
    (outage,) = ui.get(f"/api/v1/tests/{test.id}/outages").json()["outages"]
    assert outage["run_count"] == 1

    answer = ui.post(
        f"/tests/{test.id}/outages/{outage['id']}/acknowledge", data={"note": ""}, headers=HTMX
    )
    assert answer.status_code == 200
    assert answer.text.startswith('<section id="outages"')
    assert "Acknowledged by <strong>web</strong>" in answer.text
    too_long = ui.post(
        f"/tests/{test.id}/outages/{outage['id']}/acknowledge", data={"by": "x" * 101}
    )
    assert too_long.status_code == 422 and "at most 100 characters" in too_long.text


@pytest.mark.parametrize(
    ("seconds", "said"),
    [(0, "0 s"), (59.9, "59 s"), (60, "1 min"), (3600, "1 h"), (3660, "1 h 1 min"),
     (86400, "1 day"), (2 * 86400 + 7200, "2 days 2 h")],
)  # fmt: skip
def test_durations_are_said_in_the_largest_units(seconds: float, said: str) -> None:
    assert lasted(seconds) == said


def test_the_page_links_the_tests_it_depends_on(ui: TestClient) -> None:
    body = {"url": "https://a.test", "goal": "open /"}
    parent = ui.post("/api/v1/tests", json=body | {"name": "Site is up"}).json()["id"]
    child = ui.post("/api/v1/tests", json=body | {"name": "Login", "depends_on": [parent]})
    page = ui.get(f"/tests/{child.json()['id']}").text
    assert (
        f'<dt>Depends on</dt><dd><a href="/tests/{parent}"><code>{parent}</code></a></dd>' in page
    )


async def test_a_signed_in_acknowledgement_needs_the_forms_csrf_token(
    aredis: Redis, make_client: Callable[..., TestClient]
) -> None:
    locked = make_client(roles=False, api_token=TOKEN)
    test_id = create_test(locked)
    test = TestSuiteResponse.model_validate(
        locked.get(f"/api/tests/{test_id}", headers=BEARER).json()
    )
    await store(aredis).save(test, detail("fail0001", passed=False, test_id=test.id), None)
    sign_in(locked)
    shown = outages_section(locked.get(f"/tests/{test_id}").text)
    (csrf,) = re.findall(r'name="csrf_token" value="(\w+)"', shown)
    (action,) = re.findall(r'action="(/tests/\w+/outages/\w+/acknowledge)"', shown)

    forged = locked.post(action, data={"by": "Mallory"}, headers=OWN_ORIGIN)
    assert forged.status_code == 403
    sent = locked.post(action, data={"by": "Dana", "csrf_token": csrf}, headers=OWN_ORIGIN)
    assert sent.status_code == 200  # the redirect, followed to the page
    assert "Acknowledged by <strong>Dana</strong>" in outages_section(sent.text)
