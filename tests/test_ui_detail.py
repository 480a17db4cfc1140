"""The test detail page and the run-a-test form, through the app in-process."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from redis.asyncio import Redis

from housecat import keys
from housecat.browser.results import StepResult
from housecat.runs.models import RunDetail
from housecat.web.pages.timing_chart import nice_ceiling, timing_chart
from tests.runs_data import TEST, detail, store
from tests.test_ui_pages import error_of

HTMX = {"HX-Request": "true"}
NOT_UNDERSTOOD = "open / and frobnicate the widget"
SAVE_FORM = {"name": "Tried once", "url": "https://a.test/login", "goal": "open /", "schedule": "*/15 * * * *"}  # fmt: skip


@pytest.fixture
def ui(make_client: Callable[..., TestClient]) -> TestClient:
    """The app without scheduler or worker: pages only, nothing runs behind our back."""
    return make_client(roles=False)


async def save_runs(aredis: Redis, *runs: RunDetail) -> None:
    await aredis.sadd(keys.TESTS_ALL, TEST.id)
    results = store(aredis)
    for run in runs:
        await results.save(TEST, run, None)


def with_steps(run: RunDetail) -> RunDetail:
    """The run, having signed in (a healed locator) and failed to find the greeting."""
    steps = [
        StepResult(
            step_number=1, passed=True, details="ok", status="passed", action="fill",
            description="fill Email with alice@example.com", duration_ms=240,
            locator="get_by_label('Email')", healed=True,
        ),
        StepResult(
            step_number=2, passed=False, details="no text 'Welcome back'", status="failed",
            action="expect_text", description="check the page says Welcome back",
            duration_ms=5000, locator="get_by_text('Welcome back')",
            screenshot="/tmp/shots/step-2.png",
        ),
    ]  # fmt: skip
    browser = run.browser_result.model_copy(update={"steps": steps})
    return run.model_copy(update={"browser_result": browser})


def run_rows(page: str) -> list[str]:
    return re.findall(r'<tbody class="run" id="run-(\w+)">', page)


async def test_the_page_shows_the_test_its_uptime_chart_runs_and_incidents(
    aredis: Redis, ui: TestClient
) -> None:
    recent = [detail(f"day{n:05d}", passed=n != 0, ago=timedelta(hours=n + 1)) for n in range(4)]
    week = [detail("week0000", passed=False, ms=3400, ago=timedelta(days=3))]
    month = [detail(f"mon{n:05d}", ago=timedelta(days=20, hours=n)) for n in range(5)]
    await save_runs(aredis, *month, *week, *recent)
    assert await store(aredis).mark_alert_sent(TEST.id, "day00000")

    answer = ui.get(f"/tests/{TEST.id}")

    assert answer.status_code == 200
    page = answer.text
    assert '<h1 id="test-title">Login</h1>' in page
    assert "https://a.test" in page and "open /" in page
    assert "Every minute" in page
    uptime = re.findall(r'<span class="count">([\d.]+)%</span>\s*<span class="count-label">([^<]+)', page)  # fmt: skip
    assert uptime == [
        ("75", "last 24 hours · 3 of 4 runs passed"),
        ("60", "last 7 days · 3 of 5 runs passed"),
        ("80", "last 30 days · 8 of 10 runs passed"),
    ]
    chart = re.search(r'<svg viewBox="0 0 640 220" role="img" aria-labelledby="timing-chart-title">\s*<title id="timing-chart-title">([^<]+)</title>', page)  # fmt: skip
    assert chart and chart.group(1) == (
        "Response time of the last 10 runs: latest 1.2 s, fastest 1.2 s, slowest 3.4 s; 2 failed"
    )
    assert page.count('class="point point-failed"') == 2
    assert ">4.0 s</text>" in page  # the axis tops out at a round 5 s, in five even steps
    assert run_rows(page)[:4] == ["day00000", "day00001", "day00002", "day00003"]
    assert "Steps of run day00000: Step 1 failed: x" in page
    assert "Older runs" not in page  # ten runs fit on one page
    incidents = re.search(r'<table class="incidents">(.*?)</table>', page, re.S)
    assert incidents and incidents.group(1).count("<tr>") == 3  # the heading and two failures
    assert "<td>Sent</td>" in incidents.group(1) and "<td>Not sent</td>" in incidents.group(1)


async def test_runs_are_shown_twenty_a_page_newest_first(aredis: Redis, ui: TestClient) -> None:
    await save_runs(aredis, *(detail(f"run{n:05d}", ago=timedelta(minutes=n)) for n in range(25)))

    first = ui.get(f"/tests/{TEST.id}").text
    assert run_rows(first) == [f"run{n:05d}" for n in range(20)]
    assert "Page 1 of 2 (25 runs)" in first
    assert f'hx-get="/tests/{TEST.id}/results?page=2"' in first and "Newer runs" not in first

    second = ui.get(f"/tests/{TEST.id}/results?page=2", headers=HTMX)
    assert second.text.startswith('<section id="runs"')
    assert run_rows(second.text) == [f"run{n:05d}" for n in range(20, 25)]
    assert "Newer runs" in second.text and "Older runs" not in second.text

    assert run_rows(ui.get(f"/tests/{TEST.id}?page=2").text) == run_rows(second.text)
    assert run_rows(ui.get(f"/tests/{TEST.id}?page=99").text) == run_rows(second.text)
    assert run_rows(ui.get(f"/tests/{TEST.id}?page=x").text) == run_rows(first)
    plain = ui.get(f"/tests/{TEST.id}/results?page=2", follow_redirects=False)
    assert plain.headers["location"] == f"/tests/{TEST.id}?page=2#runs"


async def test_an_expanded_run_shows_each_step_its_locator_and_failure_screenshot(
    aredis: Redis, ui: TestClient
) -> None:
    await save_runs(aredis, with_steps(detail("fail0001", passed=False)))

    steps = ui.get(f"/tests/{TEST.id}/runs/fail0001", headers=HTMX).text

    assert steps.startswith('<ol class="steps">')
    assert steps.count('<li class="step ') == 2
    assert "<code>get_by_label(&#39;Email&#39;)</code>" in steps
    assert '<span class="healed"' in steps and steps.count(">Healed<") == 1
    assert "240 ms" in steps and "5.0 s" in steps
    assert "no text &#39;Welcome back&#39;" in steps
    assert (
        '<img class="screenshot" src="/api/runs/fail0001/screenshots/2"\n'
        '         alt="The page when step 2 (check the page says Welcome back) failed"'
    ) in steps
    page = ui.get(f"/tests/{TEST.id}/runs/fail0001")  # without htmx: a page of its own
    assert "<h1>Run fail0001</h1>" in page.text and page.text.count('<li class="step ') == 2


async def test_a_run_of_another_test_or_an_unknown_test_is_the_not_found_page(
    aredis: Redis, ui: TestClient
) -> None:
    await save_runs(aredis, detail("elsewhere", test_id="other123"))
    for path in ("/tests/nope1234", f"/tests/{TEST.id}/runs/elsewhere"):
        answer = ui.get(path)
        assert answer.status_code == 404
        assert "<h1>Not found</h1>" in answer.text


async def test_a_run_no_longer_kept_says_so_when_expanded(aredis: Redis, ui: TestClient) -> None:
    await save_runs(aredis)
    steps = ui.get(f"/tests/{TEST.id}/runs/gone0001", headers=HTMX)
    assert steps.status_code == 200
    assert "The steps of run gone0001 are no longer kept" in steps.text


def test_a_test_without_runs_shows_empty_chart_runs_and_incidents(ui: TestClient) -> None:
    test_id = ui.post("/api/tests", json={"name": "New", "url": "https://a.test", "goal": "open /"})
    page = ui.get(f"/tests/{test_id.json()['id']}").text
    assert "No runs yet. The chart fills in as the test runs." in page
    assert "%" not in page.split('id="uptime-title"')[1].split("</section>")[0]  # no made-up 100%
    assert "0 of 0" not in page
    for window in ("24 hours", "7 days", "30 days"):
        assert (
            '<span class="count count-none">No runs</span>\n'
            f'        <span class="count-label">in the last {window}</span>'
        ) in page
    assert "No runs yet. The test runs on its schedule" in page
    assert "No incidents" in page
    assert "<svg" not in page and 'id="live"' not in page


def test_a_goal_keeps_its_lines_safely_at_a_readable_width(ui: TestClient) -> None:
    goal = "open /login\nthen check the page says <b>Hi</b>"
    body = {"name": "Lines", "url": "https://a.test/a/very/long/path?q=1&r=2", "goal": goal}
    test_id = ui.post("/api/tests", json=body).json()["id"]
    page = ui.get(f"/tests/{test_id}").text
    assert (
        '<dd class="goal">open /login\nthen check the page says &lt;b&gt;Hi&lt;/b&gt;</dd>' in page
    )
    css = ui.get("/static/housecat.css").text
    assert ".test-facts .goal { white-space: pre-line; max-width: 70ch; }" in css
    # The URL may wrap between its parts only, never inside a word.
    assert ">https://a.test/<wbr>a/<wbr>very/<wbr>long/<wbr>path<wbr>?q=1<wbr>&amp;r=2</a>" in page


def test_pausing_and_resuming_from_the_page_redraws_its_heading(ui: TestClient) -> None:
    test_id = ui.post("/api/tests", json={"name": "P", "url": "https://a.test", "goal": "open /"})
    path = f"/tests/{test_id.json()['id']}"
    paused = ui.post(f"{path}/status", data={"action": "pause"}, headers=HTMX).text
    assert paused.startswith('<section id="test-summary"')
    assert '<span class="badge badge-paused">Paused</span>' in paused
    assert '<button type="submit">Resume</button>' in paused
    resumed = ui.post(f"{path}/status", data={"action": "resume"}, follow_redirects=False)
    assert resumed.headers["location"] == path
    assert ui.get(f"/api{path}").json()["status"] == "active"


async def test_a_finished_run_asked_for_shows_its_verdict_without_watching(
    aredis: Redis, ui: TestClient
) -> None:
    await save_runs(aredis, detail("done0001"))
    page = ui.get(f"/tests/{TEST.id}?run=done0001").text
    live = re.search(r'<section class="panel live" id="live".*?</section>', page, re.S)
    assert live and "data-stream" not in live.group(0)
    assert "Passed — 1 of 1 steps passed" in live.group(0)
    assert 'id="live"' not in ui.get(f"/tests/{TEST.id}?run=someone-else").text


def test_a_queued_run_is_watched_live_with_or_without_asking(ui: TestClient) -> None:
    test_id = ui.post("/api/tests", json={"name": "Q", "url": "https://a.test", "goal": "open /"})
    path = f"/tests/{test_id.json()['id']}"
    queued = ui.post(f"{path}/run", headers=HTMX)  # no worker here: it stays queued
    watch = queued.headers["HX-Redirect"]
    run_id = watch.rpartition("?run=")[2]
    for page in (ui.get(watch).text, ui.get(path).text):
        assert f'data-stream="/api{path}/live" data-run="{run_id}"' in page
        assert 'role="log" aria-live="polite"' in page and 'role="status"' in page
        assert '<script src="/static/live.js" defer></script>' in page


# The response-time chart


def test_the_chart_puts_the_oldest_run_left_and_marks_failures() -> None:
    newest_first = [
        detail("c", ms=2600).record,
        detail("b", passed=False, ms=900).record,
        detail("a", ms=1300).record,
    ]
    chart = timing_chart(newest_first)
    assert [point.passed for point in chart.points] == [True, False, True]
    assert chart.points[0].x < chart.points[1].x < chart.points[2].x
    assert chart.points[2].y < chart.points[0].y < chart.points[1].y  # slowest highest
    assert [tick.label for tick in chart.y_ticks] == [
        "0 ms",
        "1.0 s",
        "2.0 s",
        "3.0 s",
        "4.0 s",
        "5.0 s",
    ]
    assert chart.points[1].label.endswith(": 900 ms, failed")


def test_the_chart_of_no_runs_is_empty_and_says_so() -> None:
    cancelled = detail("x").record.model_copy(update={"cancelled": True})
    for runs in ([], [cancelled]):
        chart = timing_chart(runs)
        assert chart.empty and chart.summary == "No runs yet"


def chart_at(*moments: datetime) -> list[str]:
    """Return the time axis's labels for runs at `moments` (oldest first)."""
    runs = [detail(f"r{n}", at=moment).record for n, moment in enumerate(moments)]
    return [tick.label for tick in timing_chart(runs[::-1]).x_ticks]


START = datetime(2026, 2, 14, 10, 5, 7, tzinfo=UTC)


@pytest.mark.parametrize(
    ("offsets", "labels"),
    [
        ([timedelta()], ["Feb 14 10:05"]),
        ([timedelta(seconds=s) for s in (0, 20, 40)], ["Feb 14 10:05:07", "10:05:27", "10:05:47"]),
        ([timedelta(minutes=m) for m in range(0, 50, 5)], ["Feb 14 10:05", "10:30", "10:50"]),
        ([timedelta(hours=h) for h in (0, 30, 60)], ["Feb 14", "Feb 15", "Feb 16"]),
        ([timedelta(), timedelta(hours=14), timedelta(hours=15)], ["Feb 14 10:05", "Feb 15 00:05", "Feb 15 01:05"]),
        ([timedelta(days=d) for d in (0, 365)], ["Feb 14 2026", "Feb 14 2027"]),
        ([timedelta(), timedelta()], ["Feb 14 10:05:07"]),
    ],
)  # fmt: skip
def test_the_time_axis_labels_are_distinct_and_as_brief_as_the_range_allows(
    offsets: list[timedelta], labels: list[str]
) -> None:
    assert chart_at(*(START + offset for offset in offsets)) == labels


def test_axis_maxima_are_round() -> None:
    assert [nice_ceiling(v) for v in (0, 1, 7, 1200, 2001, 4999, 6000)] == [
        1000, 1, 10, 2000, 5000, 5000, 10000,
    ]  # fmt: skip


# Run a test


def test_the_run_test_form_has_a_labelled_url_and_goal(ui: TestClient) -> None:
    page = ui.get("/run-test").text
    assert '<label for="run-url">URL</label>' in page and 'id="run-url" name="url"' in page
    assert '<label for="run-goal">Goal</label>' in page and 'id="run-goal" name="goal"' in page
    assert '<button type="submit" class="primary">Run test</button>' in page
    assert 'href="/run-test" aria-current="page"' in page


def test_a_goal_it_cannot_understand_is_named_next_to_the_field_and_nothing_runs(
    ui: TestClient,
) -> None:
    form = {"url": "https://a.test", "goal": NOT_UNDERSTOOD}
    answer = ui.post("/run-test/runs", data=form, headers=HTMX)
    assert answer.status_code == 422
    assert error_of(answer.text, "run-goal") == "cannot understand: &#39;frobnicate the widget&#39;"
    assert "data-stream" not in answer.text and "Save as test" not in answer.text
    assert f">{NOT_UNDERSTOOD}</textarea>" in answer.text  # what was typed is kept


def test_empty_fields_are_named_and_a_bad_url_explained(ui: TestClient) -> None:
    answer = ui.post("/run-test/runs", data={"url": "", "goal": " "}, headers=HTMX)
    assert error_of(answer.text, "run-url") == "Enter the page to start from."
    assert error_of(answer.text, "run-goal") == "Say what a visitor does."
    answer = ui.post("/run-test/runs", data={"url": "ftp://a.test", "goal": "open /"})
    assert answer.status_code == 422 and "<h1>Run a test</h1>" in answer.text
    assert "must be an http:// or https:// URL" in error_of(answer.text, "run-url")


def test_a_valid_form_starts_watching_the_run_and_offers_to_save_it(ui: TestClient) -> None:
    form = {"url": "https://a.test/login", "goal": "open /"}
    answer = ui.post("/run-test/runs", data=form, headers=HTMX)
    assert answer.status_code == 200
    stream = "/run-test/stream?url=https%3A%2F%2Fa.test%2Flogin&amp;goal=open+%2F"
    assert f'data-stream="{stream}"' in answer.text
    assert 'data-end="verdict"' in answer.text and 'data-reconnect="no"' in answer.text
    save = re.search(r'<div class="save-as-test" id="save-as-test" data-show-after-verdict hidden>(.*?)</div>', answer.text, re.S)  # fmt: skip
    assert save
    opens = re.search(r'hx-get="/tests/new\?url=https%3A%2F%2Fa.test%2Flogin&amp;goal=open\+%2F&amp;form_key=([\w-]{16,})"', save.group(1))  # fmt: skip
    assert opens and 'hx-disabled-elt="this"' in save.group(1)
    dialog = ui.get(f"/tests/new?form_key={opens.group(1)}", headers=HTMX).text
    assert f'<input type="hidden" name="form_key" value="{opens.group(1)}">' in dialog
    again = ui.post("/run-test/runs", data=form, headers=HTMX).text
    assert opens.group(1) not in again  # each run shown saves as a test of its own


def test_saving_from_run_a_test_says_where_the_test_is_and_saves_it_once(ui: TestClient) -> None:
    form = SAVE_FORM | {"form_key": "k" * 22}
    headers = HTMX | {"HX-Current-URL": "http://testserver/run-test"}
    first = ui.post("/tests", data=form, headers=headers)
    second = ui.post("/tests", data=form, headers=headers)  # a second click, or a retry
    (test,) = ui.get("/api/tests").json()["tests"]
    for answer in (first, second):
        assert answer.status_code == 200
        assert answer.headers["HX-Retarget"] == "#save-as-test"
        assert answer.headers["HX-Trigger"] == "housecat:close-dialog"
        assert answer.text.startswith('<div class="save-as-test saved" id="save-as-test">')
        assert "Saved as “Tried once”: HouseCat runs it every 15 minutes." in answer.text
        assert f'<a class="button primary" href="/tests/{test["id"]}" autofocus>Saved — open test</a>' in answer.text  # fmt: skip


def test_the_same_new_test_form_sent_twice_makes_one_test(ui: TestClient) -> None:
    form = SAVE_FORM | {"form_key": "f" * 22}
    assert ui.post("/tests", data=form, headers=HTMX).status_code == 200
    assert ui.post("/tests", data=form | {"name": "Clicked again"}, headers=HTMX).status_code == 200
    assert [t["name"] for t in ui.get("/api/tests").json()["tests"]] == ["Tried once"]
    assert ui.post("/tests", data=form | {"form_key": "g" * 22}, headers=HTMX).status_code == 200
    assert ui.get("/api/tests").json()["total"] == 2  # another form is another test


def test_an_altered_form_key_is_refused_and_nothing_is_written(ui: TestClient) -> None:
    answer = ui.post("/tests", data=SAVE_FORM | {"form_key": 'x" or 1=1'}, headers=HTMX)
    assert answer.status_code == 422
    assert "This form was altered; close it and open it again." in answer.text
    assert ui.get("/api/tests").json()["total"] == 0


def test_the_stream_refuses_a_goal_it_cannot_understand(ui: TestClient) -> None:
    answer = ui.get("/run-test/stream", params={"url": "https://a.test", "goal": NOT_UNDERSTOOD})
    assert answer.status_code == 422
    assert "cannot understand" in answer.text


def test_the_chart_of_one_run_says_so() -> None:
    chart = timing_chart([detail("one", ms=850).record])
    assert chart.summary == "Response time of the only run: 850 ms, passed"
    assert len(chart.points) == 1 and len(chart.x_ticks) == 1
