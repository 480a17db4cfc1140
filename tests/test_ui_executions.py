"""The executions' pages: the list and its filters, one execution followed and stopped,
and running the tests ticked on the Tests page — in-process, then in a real Chromium."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
import redis
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, Page, expect

from housecat import keys
from housecat.web.pages import executions
from tests.forms import error_of
from tests.pages import Pages
from tests.processes import Server
from tests.signing_in import OWN_ORIGIN, TOKEN, create_test, sign_in

HTMX = {"HX-Request": "true"}
POLLING = 'hx-trigger="every 2s"'
STOP_FORM = re.compile(r'<form method="post" action="/executions/[\w-]+/stop">')
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def ui(make_client: Callable[..., TestClient]) -> TestClient:
    """The app without scheduler or worker: executions stay queued until stopped."""
    return make_client(roles=False)


def create(
    client: TestClient,
    name: str,
    url: str = "https://shop.example.com/",
    goal: str = "the heading says Hi",
    **more: str,
) -> str:
    body = {"name": name, "url": url, "goal": goal, "schedule": "0 0 1 1 *", **more}
    response = client.post("/api/tests", json=body)
    assert response.status_code == 200, response.text
    test_id: str = response.json()["id"]
    return test_id


def run_selected(client: TestClient, *test_ids: str) -> str:
    """Press "Run selected" with these tests ticked; return the execution it went to."""
    answer = client.post("/executions", data={"test_ids": list(test_ids)}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    found = re.fullmatch(r"/executions/([\w-]+)", answer.headers["location"])
    assert found, answer.headers["location"]
    return found.group(1)


def listed(page: str) -> list[str]:
    """The names of the executions a list page shows, in order."""
    return re.findall(r'<th scope="row"><a href="/executions/[\w-]+">([^<]+)</a></th>', page)


# Starting from the Tests page


def test_each_test_row_has_a_labelled_box_for_run_selected(ui: TestClient) -> None:
    test_id = create(ui, "Checkout")
    page = ui.get("/tests").text
    assert '<form id="run-selected" class="run-selected" method="post" action="/executions"' in page
    assert ">Run selected</button>" in page
    row = re.search(rf'<tr id="test-{test_id}">(.*?)</tr>', page, re.S)
    assert row
    assert (
        f'<input type="checkbox" id="pick-{test_id}" name="test_ids" value="{test_id}"'
        ' form="run-selected">'
    ) in row.group(1)
    assert f'<label for="pick-{test_id}"><span class="visually-hidden">Select Checkout</span>' in (
        row.group(1)
    )


def test_the_ticked_tests_run_in_the_order_shown(ui: TestClient) -> None:
    first, second, third = (create(ui, name) for name in ("Home", "Sign in", "Checkout"))
    execution_id = run_selected(ui, third, first)

    execution = ui.get(f"/api/v1/executions/{execution_id}").json()
    assert [test["test_id"] for test in execution["tests"]] == [third, first]
    assert (execution["name"], execution["status"]) == ("Checkout, Home", "queued")
    assert second not in str(execution)
    # From htmx, the same start answers where to go instead of a redirect.
    answer = ui.post("/executions", data={"test_ids": [second]}, headers=HTMX)
    assert answer.status_code == 200
    assert re.fullmatch(r"/executions/[\w-]+", answer.headers["HX-Redirect"])


def test_a_run_of_many_tests_is_named_for_the_first_few() -> None:
    assert executions.execution_name(["A"]) == "A"
    assert executions.execution_name(["A", "B", "C"]) == "A, B, C"
    assert executions.execution_name(["A", "B", "C", "D", "E"]) == "A, B, C and 2 more"


def test_run_selected_with_nothing_ticked_says_to_pick_tests(ui: TestClient) -> None:
    create(ui, "Home")
    answer = ui.post("/executions", data={}, headers=HTMX)
    assert answer.status_code == 422
    assert answer.headers["HX-Retarget"] == "#notice"
    assert '<div class="notice notice-error" role="alert">' in answer.text
    assert "Pick the tests to run" in answer.text
    # Without htmx, a page says the same.
    page = ui.post("/executions", data={"test_ids": " "})
    assert page.status_code == 422 and "Pick the tests to run" in page.text
    assert ui.get("/api/v1/executions").json()["executions"] == []


def test_run_selected_with_a_test_deleted_meanwhile_starts_nothing(ui: TestClient) -> None:
    kept = create(ui, "Home")
    answer = ui.post("/executions", data={"test_ids": [kept, "gone1234"]}, headers=HTMX)
    assert answer.status_code == 422
    assert "no test has the id &#39;gone1234&#39;" in answer.text
    assert ui.get("/api/v1/executions").json()["executions"] == []


# The list


def test_the_nav_leads_to_the_executions_and_marks_them_current(ui: TestClient) -> None:
    execution_id = run_selected(ui, create(ui, "Home"))
    for path in ("/executions", f"/executions/{execution_id}"):
        page = ui.get(path).text
        assert '<a href="/executions" aria-current="page">Executions</a>' in page
        assert '<a href="/tests">Tests</a>' in page
    assert '<a href="/executions">Executions</a>' in ui.get("/tests").text


def test_no_executions_yet_says_how_to_start_one(ui: TestClient) -> None:
    page = ui.get("/executions")
    assert page.status_code == 200
    assert "<h2>No executions yet</h2>" in page.text
    assert 'tick the tests to run on the <a href="/tests">Tests</a> page' in page.text
    assert "“Run selected”" in page.text


def test_the_list_shows_each_execution_newest_first(ui: TestClient) -> None:
    home, shop = create(ui, "Home"), create(ui, "Shop")
    older = run_selected(ui, home)
    newer = run_selected(ui, shop, home)

    page = ui.get("/executions").text
    assert listed(page) == ["Shop, Home", "Home"]
    row = re.search(rf'<tr id="execution-{newer}">(.*?)</tr>', page, re.S)
    assert row
    cells = row.group(1)
    assert f'<a href="/executions/{newer}">Shop, Home</a>' in cells
    assert '<span class="badge badge-queued">Queued</span>' in cells
    assert '<td data-label="Tests passed">0 of 2</td>' in cells
    assert "just now" in cells
    assert '<td data-label="Duration">—</td>' in cells
    assert f'id="execution-{older}"' in page
    assert "Older</a>" not in page


def test_the_list_is_filtered_by_status_test_and_dates(ui: TestClient) -> None:
    home, shop = create(ui, "Home"), create(ui, "Shop")
    run_selected(ui, home)
    stopped = run_selected(ui, shop)
    ui.post(f"/executions/{stopped}/stop")
    today = datetime.now(UTC).date()

    def names(**query: str) -> list[str]:
        page = ui.get("/executions", params=query)
        assert page.status_code == 200, page.text
        return listed(page.text)

    assert names(status="stopped") == ["Shop"]
    assert names(status="queued", test_id=home) == ["Home"]
    assert names(status="queued", test_id=shop) == []
    assert names(after=str(today), before=str(today)) == ["Shop", "Home"]
    assert names(after=str(today + timedelta(days=1))) == []
    assert names(before=str(today - timedelta(days=1))) == []
    assert names(after="0001-01-01", before="9999-12-31") == ["Shop", "Home"]
    page = ui.get("/executions", params={"status": "stopped", "test_id": shop}).text
    assert '<option value="stopped" selected>Stopped</option>' in page
    assert f'<option value="{shop}" selected>Shop</option>' in page
    statuses = re.findall(r'<option value="(\w*)"[^>]*>', page.split('id="filter-test"')[0])
    assert statuses == ["", "queued", "running", "passed", "failed", "error", "stopped"]
    assert '<a href="/executions">Clear the filters</a>' in page
    nothing = ui.get("/executions", params={"test_id": home, "status": "failed"}).text
    assert "No executions match these filters." in nothing
    assert "No executions yet" not in nothing


def test_bad_filters_are_named_next_to_their_fields(ui: TestClient) -> None:
    create(ui, "Home")
    answer = ui.get("/executions", params={"status": "lost", "after": "2026-13-01"})
    assert answer.status_code == 422
    assert "Please correct the filters marked below." in answer.text
    assert error_of(answer.text, "filter-status") == "“lost” is not a status an execution has."
    assert error_of(answer.text, "filter-after") == "Enter a date as YYYY-MM-DD."
    backwards = ui.get("/executions", params={"after": "2026-03-02", "before": "2026-03-01"})
    assert backwards.status_code == 422
    assert "before the first one" in error_of(backwards.text, "filter-before")
    assert 'value="2026-03-02"' in backwards.text  # what was typed stays
    forged = ui.get("/executions", params={"cursor": "not-ours"})
    assert forged.status_code == 422
    assert "That page of the list is not one HouseCat gave." in forged.text


def test_the_list_pages_with_an_older_link_that_keeps_the_filters(
    ui: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(executions, "PAGE_SIZE", 2)
    test_id = create(ui, "Home")
    made = [run_selected(ui, test_id) for _ in range(3)]

    first = ui.get("/executions", params={"test_id": test_id}).text
    assert re.findall(r'<tr id="execution-([\w-]+)">', first) == made[:0:-1]
    older = re.search(r'<a href="([^"]+)" rel="next">Older</a>', first)
    assert older
    link = older.group(1).replace("&amp;", "&")
    assert f"test_id={test_id}" in link and "cursor=" in link
    second = ui.get(link).text
    assert re.findall(r'<tr id="execution-([\w-]+)">', second) == made[:1]
    assert 'rel="next"' not in second
    assert f'<a href="/executions?test_id={test_id}">Newest</a>' in second


# One execution


def test_an_unfinished_execution_polls_its_body_and_offers_stop(
    ui: TestClient, db: redis.Redis
) -> None:
    execution_id = run_selected(ui, create(ui, "Home"), create(ui, "Shop"))
    page = ui.get(f"/executions/{execution_id}")
    assert page.status_code == 200
    assert "<h1>Home, Shop</h1>" in page.text
    assert f'hx-get="/executions/{execution_id}/body" {POLLING}' in page.text
    assert STOP_FORM.search(page.text)
    assert '<span class="badge badge-queued">Queued</span>' in page.text
    assert page.text.count("Waiting for the tests before it.") == 2
    assert "<dt>Environment</dt>" not in page.text  # the nav names Environments

    body = ui.get(f"/executions/{execution_id}/body", headers=HTMX)
    assert body.text.lstrip().startswith('<div id="execution-body"')
    assert POLLING in body.text and "hx-swap-oob" not in body.text
    plain = ui.get(f"/executions/{execution_id}/body", follow_redirects=False)
    assert (plain.status_code, plain.headers["location"]) == (303, f"/executions/{execution_id}")

    db.hset(keys.execution(execution_id), mapping={"environment_id": "staging-1"})
    db.hset(keys.execution(execution_id), mapping={"browser_config_id": "iphone-13"})
    page = ui.get(f"/executions/{execution_id}").text
    assert "<dt>Environment</dt><dd><code>staging-1</code></dd>" in page
    assert "<dt>Browser configuration</dt><dd><code>iphone-13</code></dd>" in page


def test_stop_ends_the_execution_and_its_polling(ui: TestClient) -> None:
    execution_id = run_selected(ui, create(ui, "Home"))
    answer = ui.post(f"/executions/{execution_id}/stop", follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, f"/executions/{execution_id}")

    page = ui.get(f"/executions/{execution_id}").text
    assert page.count('<span class="badge badge-stopped">Stopped</span>') == 2  # it and its test
    assert POLLING not in page and not STOP_FORM.search(page)
    # The last poll of an open page also takes its Stop button away.
    body = ui.get(f"/executions/{execution_id}/body", headers=HTMX).text
    assert POLLING not in body
    assert '<div id="execution-actions" class="actions" hx-swap-oob="true"></div>' in body


def test_stopping_a_finished_execution_says_so_on_its_page(ui: TestClient) -> None:
    execution_id = run_selected(ui, create(ui, "Home"))
    ui.post(f"/executions/{execution_id}/stop")
    again = ui.post(f"/executions/{execution_id}/stop")
    assert again.status_code == 409
    assert '<div class="notice notice-error" role="alert">' in again.text
    assert f"execution &#39;{execution_id}&#39; already stopped" in again.text
    assert "<h1>Home</h1>" in again.text  # the execution's own page, not an error page


def test_an_unknown_execution_is_the_not_found_page(ui: TestClient) -> None:
    for method, path in (("get", "/executions/nope"), ("post", "/executions/nope/stop")):
        page = getattr(ui, method)(path)
        assert page.status_code == 404
        assert "<h1>Not found</h1>" in page.text
        assert "execution &#39;nope&#39; not found" in page.text
    polled = ui.get("/executions/nope/body", headers=HTMX)
    assert polled.status_code == 404 and polled.headers["HX-Retarget"] == "#notice"


def test_with_a_token_the_pages_need_a_session_and_starting_needs_its_csrf_token(
    make_client: Callable[..., TestClient],
) -> None:
    locked = make_client(roles=False, api_token=TOKEN)
    answer = locked.get("/executions", follow_redirects=False)
    assert answer.headers["location"] == "/login?next=%2Fexecutions"
    csrf = sign_in(locked)
    test_id = create_test(locked)
    refused = locked.post("/executions", data={"test_ids": test_id}, headers=OWN_ORIGIN)
    assert refused.status_code == 403
    assert locked.get("/api/v1/executions").json()["executions"] == []
    started = locked.post(
        "/executions",
        data={"test_ids": test_id, "csrf_token": csrf},
        headers=OWN_ORIGIN,
        follow_redirects=False,
    )
    assert started.status_code == 303
    page = locked.get(started.headers["location"]).text
    assert f'<input type="hidden" name="csrf_token" value="{csrf}">' in page  # in the Stop form


def wait_until_finished(client: TestClient, execution_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        execution: dict[str, Any] = client.get(f"/api/v1/executions/{execution_id}").json()
        if execution["status"] in ("passed", "failed", "error", "stopped"):
            return execution
        time.sleep(0.1)
    raise AssertionError(f"execution {execution_id} never finished")


def test_a_finished_execution_shows_each_test_its_steps_screenshots_log_and_trace(
    make_client: Callable[..., TestClient], pages: Pages, db: redis.Redis
) -> None:
    # The failing check gives up after 2 s; every run records a trace, kept if it fails.
    client = make_client(step_timeout=2, trace_runs="always")
    greeting = pages.add("<h1>Welcome aboard</h1>")
    complaining = pages.add("<h1>Welcome aboard</h1><script>console.error('Cart lost')</script>")
    failing = create(
        client, "Says goodbye", complaining, "the heading says Goodbye", screenshots="every_step"
    )
    passing = create(client, "Greets", greeting, "the heading says Welcome aboard")
    execution_id = run_selected(client, failing, passing)
    done = wait_until_finished(client, execution_id)
    failed_run, passed_run = (test["run_id"] for test in done["tests"])

    page = client.get(f"/executions/{execution_id}").text
    assert POLLING not in page and not STOP_FORM.search(page)
    first, second = page.split('id="execution-test-')[1:]
    assert f'<a href="/tests/{failing}">Says goodbye</a>' in first
    assert '<span class="badge badge-failed">Failed</span>' in first
    assert re.search(r'<p class="execution-error">[^<]*Goodbye', first)
    assert '<span class="step-action">expect_visible</span>' in first
    screenshot = f"/api/runs/{failed_run}/screenshots/2"
    assert f'<a href="{screenshot}">Screenshot of step 2</a>' in first
    assert client.get(screenshot).headers["content-type"] == "image/png"
    assert f'<a href="/tests/{failing}/runs/{failed_run}">' in first
    # Its log: the page's console error among HouseCat's own events.
    assert '<details class="run-log">' in first
    assert re.search(
        r'<li class="log-error">\s*<time [^>]+>[\d:.]+</time>\s*<span class="log-level">error</span>'
        r'\s*<span class="log-source">console</span>\s*<span class="log-message">Cart lost</span>',
        first,
    )
    assert '<span class="log-source">housecat</span>' in first
    # Every step's screenshot, side by side.
    shots = re.findall(r'<figure>\s*<a href="([^"]+)"[^>]*><img src="\1"', first)
    assert shots == [f"/api/runs/{failed_run}/screenshots/{step}" for step in (1, 2)]
    assert "<summary>Screenshots (2)</summary>" in first
    # Its trace, opened in the viewer HouseCat serves.
    viewer = f"/trace-viewer/index.html?trace=%2Fapi%2Fruns%2F{failed_run}%2Ftrace"
    assert f'<a href="{viewer}" target="_blank" rel="noopener">Open trace</a>' in first
    assert client.get(viewer).status_code == 200
    trace = client.get(f"/api/runs/{failed_run}/trace")
    assert trace.status_code == 200 and trace.headers["content-type"] == "application/zip"
    assert f'<a href="/tests/{passing}">Greets</a>' in second
    assert '<span class="badge badge-passed">Passed</span>' in second
    assert "Screenshot" not in second and "execution-error" not in second
    assert "Open trace" not in second  # a passing run keeps no trace
    assert '<details class="run-log">' in second  # but its log, as every run
    assert "Run " + passed_run in client.get(f"/tests/{passing}/runs/{passed_run}").text

    # While an execution runs, its polls read no logs: a finished test's run page has them.
    db.hset(keys.execution(execution_id), "status", "running")
    polled = client.get(f"/executions/{execution_id}/body", headers=HTMX).text
    assert POLLING in polled and "run-log" not in polled and "Open trace" not in polled
    assert f'<a href="/tests/{failing}/runs/{failed_run}">' in polled
    assert "(its log and trace show here once the execution ends)" in polled
    db.hset(keys.execution(execution_id), "status", "failed")

    listing = client.get("/executions").text
    row = re.search(rf'<tr id="execution-{execution_id}">(.*?)</tr>', listing, re.S)
    assert row
    assert '<span class="badge badge-failed">Failed</span>' in row.group(1)
    assert '<td data-label="Tests passed">1 of 2</td>' in row.group(1)
    assert re.search(r'<td data-label="Duration">[\d.]+ m?s</td>', row.group(1))


# In a real Chromium


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A HouseCat whose checks give up after 5 s: a stuck test keeps its execution running."""
    served = Server(tmp_path_factory.mktemp("executions-ui"), env={"HOUSECAT_STEP_TIMEOUT": "5"})
    yield served
    served.stop()


@pytest.fixture
def api(server: Server) -> Iterator[httpx.Client]:
    """The server's API, on an install with no tests."""
    with httpx.Client(base_url=server.url, timeout=30) as client:
        for test in client.get("/api/tests").json()["tests"]:
            client.delete(f"/api/tests/{test['id']}")
        yield client


@pytest.fixture
def tab(server: Server, browser: Browser) -> Iterator[Page]:
    context = browser.new_context(base_url=server.url)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def saved(api: httpx.Client, name: str, url: str, goal: str) -> str:
    body = {"name": name, "url": url, "goal": goal, "schedule": "0 0 1 1 *"}
    test_id: str = api.post("/api/tests", json=body).raise_for_status().json()["id"]
    return test_id


def test_ticked_tests_run_together_and_the_page_follows_them_to_the_end(
    api: httpx.Client, tab: Page, pages: Pages, browser: Browser, server: Server
) -> None:
    # Each heading shows after 1.5 s: the execution is still running when its page opens.
    late = "<h1 id=h></h1><script>setTimeout(() => h.textContent = '{}', 1500)</script>"
    saved(api, "Greets", pages.add(late.format("Welcome")), "the heading says Welcome")
    saved(api, "Says bye", pages.add(late.format("Goodbye")), "the heading says Goodbye")
    saved(api, "Not ticked", pages.add("<h1>Hi</h1>"), "the heading says Hi")

    tab.goto("/tests")
    tab.get_by_label("Select Greets").check()
    tab.get_by_label("Select Says bye").check()
    tab.get_by_role("button", name="Run selected").click()
    tab.wait_for_url(re.compile(r"/executions/[\w-]+$"))

    expect(tab.get_by_role("heading", level=1)).to_have_text("Says bye, Greets")  # as listed
    expect(tab.get_by_role("button", name="Stop")).to_be_visible()
    facts = tab.locator("#execution-body dl")
    expect(facts).to_contain_text("Passed", timeout=60_000)  # the polls swapped it in
    tests = tab.locator(".execution-test")
    expect(tests).to_have_count(2)
    expect(tests.nth(0)).to_contain_text("Says bye")
    expect(tests.nth(1)).to_contain_text("Greets")
    for n in range(2):
        expect(tests.nth(n).locator(".execution-test-head")).to_contain_text("Passed")
    expect(tab.get_by_role("button", name="Stop")).to_have_count(0)

    tab.get_by_role("link", name="Executions", exact=True).click()
    expect(tab.get_by_role("row", name="Says bye, Greets")).to_contain_text("2 of 2")
    phone = browser.new_context(base_url=server.url, viewport=PHONE).new_page()
    for path in ("/tests", "/executions", tab.url):
        phone.goto(path)
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path
    phone.context.close()


def test_a_running_execution_is_stopped_from_its_page(
    api: httpx.Client, tab: Page, pages: Pages
) -> None:
    nothing = pages.add("<p>Nothing to press</p>")
    stuck = [saved(api, f"Stuck {n}", nothing, "click the Launch button") for n in (1, 2)]
    started = api.post("/api/v1/executions", json={"test_ids": stuck}).raise_for_status().json()

    tab.goto(f"/executions/{started['id']}")
    status = tab.locator("#execution-body dd").first
    expect(status).to_have_text("Running", timeout=30_000)
    tab.get_by_role("button", name="Stop").click()

    expect(status).to_have_text("Stopped")
    expect(tab.locator(".execution-test-head .badge")).to_have_text(["Stopped", "Stopped"])
    expect(tab.get_by_role("button", name="Stop")).to_have_count(0)
    assert tab.locator(f"[{POLLING}]").count() == 0
