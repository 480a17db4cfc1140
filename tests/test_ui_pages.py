"""The server-rendered pages, through the app in-process: what they show and how forms answer."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import redis
from fastapi.testclient import TestClient
from redis.asyncio import Redis

from housecat import keys
from housecat.artifacts import Artifacts
from housecat.suites.models import CreateTestSuite
from housecat.suites.service import NoScheduler, SuiteService
from housecat.suites.store import SuiteStore
from housecat.web.auth import SESSION_COOKIE
from housecat.web.pages import dashboard
from housecat.web.pages.charts import sparkline_points, uptime_cells
from housecat.web.pages.templating import ago, badge, schedule_words
from tests.forms import error_of
from tests.runs_data import TEST, detail, store
from tests.signing_in import OWN_ORIGIN, sign_in

TOKEN = "s3cret-token"
HTMX = {"HX-Request": "true"}
LOGIN_GOAL = "sign in with alice@example.com and password hunter2, then check the page says Welcome back, Alice"
FORM = {
    "name": "Login flow",
    "url": "https://shop.example.com/login",
    "goal": LOGIN_GOAL,
    "schedule": "*/15 * * * *",
    "cron": "",
    "alert_webhook": "",
    "alert_channels": "",
}


@pytest.fixture
def ui(make_client: Callable[..., TestClient]) -> TestClient:
    """The app without scheduler or worker: pages only, nothing runs behind our back."""
    return make_client(roles=False)


@pytest.fixture
def locked(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False, api_token=TOKEN)


def create(ui: TestClient, **changes: str) -> dict[str, str]:
    """Create a test through the API and return it."""
    body = {"name": "Login flow", "url": "https://shop.example.com/login", "goal": LOGIN_GOAL}
    response = ui.post("/api/tests", json=body | changes)
    assert response.status_code == 200, response.text
    test: dict[str, str] = response.json()
    return test


# Filters and charts


def test_times_are_said_relative_to_now() -> None:
    now = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
    assert ago(None, now) == "never"
    assert ago("2026-02-14T09:59:30.000Z", now) == "just now"
    assert ago("2026-02-14T09:57:00.000Z", now) == "3 min ago"
    assert ago("2026-02-14T07:00:00.000Z", now) == "3 h ago"
    assert ago("2026-02-13T09:00:00.000Z", now) == "1 day ago"
    assert ago("2026-02-04T10:00:00.000Z", now) == "10 days ago"
    assert ago("not a time", now) == "not a time"


def test_schedules_are_said_in_words() -> None:
    assert schedule_words("*/15 * * * *") == "Every 15 minutes"
    assert schedule_words("0 * * * *") == "Every hour"
    assert schedule_words("CRON_TZ=Europe/Paris 0 9 * * *") == "At 09:00 AM (Europe/Paris)"
    assert schedule_words("nonsense") == "nonsense"
    assert schedule_words("@hourly") == "Every hour"
    assert schedule_words("@weekly") == "At 12:00 AM, only on Sunday"


def test_badges_say_the_state_in_words_and_colour() -> None:
    assert badge("passed") == '<span class="badge badge-passed">Passed</span>'
    assert badge("paused") == '<span class="badge badge-paused">Paused</span>'
    assert badge(None) == '<span class="badge badge-pending">Pending</span>'
    assert badge("<b>") == '<span class="badge badge-unknown">&lt;b&gt;</span>'


def test_uptime_cells_colour_each_hour_by_its_runs() -> None:
    class Hour:
        def __init__(self, passed: int, failed: int) -> None:
            self.hour_start, self.passed, self.failed = "2026-02-14T10:00:00.000Z", passed, failed

    cells = uptime_cells([Hour(2, 0), Hour(0, 1), Hour(1, 1), Hour(0, 0)])
    assert [cell.state for cell in cells] == ["up", "down", "mixed", "none"]
    assert cells[0].label == "10:00 UTC: 2 passed, 0 failed"
    assert cells[3].label == "10:00 UTC: no runs"


def test_sparkline_puts_the_slowest_run_at_the_top() -> None:
    points = [tuple(map(float, p.split(","))) for p in sparkline_points([100, 300, 200]).split()]
    assert [x for x, _ in points] == sorted(x for x, _ in points)
    assert min(points, key=lambda p: p[1]) == points[1]
    assert sparkline_points([]) == ""
    assert len(sparkline_points([500]).split()) == 2  # one run still draws a line


# Pages


def test_every_page_uses_the_layout_with_nav_and_skip_link(ui: TestClient) -> None:
    page = ui.get("/tests")
    assert page.status_code == 200
    assert '<a class="skip-link" href="#main">Skip to content</a>' in page.text
    assert '<main id="main"' in page.text
    assert '<a href="/tests" aria-current="page">Tests</a>' in page.text
    assert '<a href="/">Dashboard</a>' in page.text
    assert ">Run a test</a>" in page.text
    assert '<script src="/static/htmx.min.js"></script>' in page.text


def test_static_files_are_served(ui: TestClient) -> None:
    assert ui.get("/static/htmx.min.js").text.startswith("var htmx=")
    assert "--passed" in ui.get("/static/housecat.css").text


def test_the_site_has_an_icon_also_where_browsers_look_for_it(ui: TestClient) -> None:
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in ui.get("/").text
    for path in ("/static/favicon.svg", "/favicon.ico"):
        icon = ui.get(path)
        assert icon.status_code == 200
        assert icon.headers["content-type"].startswith("image/svg+xml")
        assert icon.text.startswith("<svg")


def test_an_empty_install_offers_an_example_test(ui: TestClient) -> None:
    for path in ("/", "/tests"):
        page = ui.get(path).text
        assert "No tests yet" in page
        assert '<form method="post" action="/example">' in page
        assert "Create an example test" in page


def test_the_example_test_targets_the_demo_shop_and_is_queued(ui: TestClient) -> None:
    answer = ui.post("/example", follow_redirects=False)
    assert answer.status_code == 303
    (test,) = ui.get("/api/tests").json()["tests"]
    assert answer.headers["location"].startswith(f"/tests/{test['id']}?run=")
    assert test["url"] == "http://testserver/demo/login"
    assert test["schedule"] == "*/15 * * * *"
    assert "Welcome back, Alice" in test["goal"]
    depth = ui.get("/api/queue").json()
    assert depth["queued"] == 1


def test_the_example_test_uses_the_public_url_when_set(
    make_client: Callable[..., TestClient],
) -> None:
    ui = make_client(roles=False, public_url="https://cat.example.com/")
    ui.post("/example", follow_redirects=False)
    (test,) = ui.get("/api/tests").json()["tests"]
    assert test["url"] == "https://cat.example.com/demo/login"


def test_tests_page_lists_each_test_with_its_actions(ui: TestClient) -> None:
    test = create(ui, schedule="0 * * * *")
    page = ui.get("/tests").text
    row = re.search(rf'<tr id="test-{test["id"]}">(.*?)</tr>', page, re.S)
    assert row
    cells = row.group(1)
    assert f'<a href="/tests/{test["id"]}">Login flow</a>' in cells
    assert "https://shop.example.com/login" in cells
    assert "Every hour" in cells
    assert '<span class="badge badge-active">Active</span>' in cells
    assert '<span class="badge badge-pending">Pending</span>' in cells
    assert "never" in cells
    for action in ("Run now", "Edit", "Pause", "Delete"):
        assert f">{action}<span" in cells


async def test_dashboard_counts_tests_and_draws_their_last_day(
    aredis: Redis, ui: TestClient
) -> None:
    await aredis.sadd(keys.TESTS_ALL, TEST.id)
    results = store(aredis)
    await results.save(TEST, detail("run00009", passed=False, ago=timedelta(hours=5)), None)
    for n, ms in enumerate((900, 1500, 1200)):
        await results.save(TEST, detail(f"run{n:05d}", ms=ms, ago=timedelta(minutes=3 - n)), None)
    create(ui, name="Never run")
    page = ui.get("/")
    assert page.status_code == 200
    counts = dict(
        (label, int(count))
        for count, label in re.findall(
            r'<span class="count">(\d+)</span> <span class="count-label">(\w+)</span>', page.text
        )
    )
    assert counts == {
        "Tests": 2, "Active": 2, "Paused": 0, "Passing": 1, "Failing": 0, "Pending": 1,
    }  # fmt: skip
    bars = re.findall(
        r'<div class="uptime-bar" role="img" aria-label="([^"]+)">(.*?)</div>', page.text, re.S
    )
    labels = {label for label, _ in bars}
    assert labels == {"3 of 4 runs passed in the last 24 hours", "No runs in the last 24 hours"}
    assert all(cells.count('<span class="cell') == 24 for _, cells in bars)
    assert "cell-down" in page.text and "cell-up" in page.text
    assert page.text.count("<polyline") == 1
    assert "latest 1.2 s, fastest 900 ms, slowest 1.5 s" in page.text
    recent = page.text.split('id="recent-title"')[1]
    assert f'<a href="/tests/{TEST.id}">Login</a>' in recent
    assert "just now" in recent or "min ago" in recent


def test_paused_tests_show_as_paused_on_the_dashboard(ui: TestClient) -> None:
    test = create(ui)
    ui.post(f"/tests/{test['id']}/pause", headers=HTMX)
    page = ui.get("/").text
    assert '<span class="badge badge-paused">Paused</span>' in page
    assert re.search(r'<span class="count">1</span> <span class="count-label">Paused', page)


def test_the_dashboard_lists_failing_tests_first_and_paused_ones_last(
    ui: TestClient, db: redis.Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, result, status in [("Alpha", "passed", "active"), ("Beta", "pending", "active"),
        ("Gamma", "failed", "active"), ("Delta", "failed", "paused")]:  # fmt: skip
        test = create(ui, name=name)
        db.hset(keys.test(test["id"]), mapping={"last_result": result, "status": status})
    names = re.findall(r'<th scope="row"><a href="/tests/\w+">(\w+)</a>', ui.get("/").text)
    assert names == ["Gamma", "Beta", "Alpha", "Delta"]

    monkeypatch.setattr(dashboard, "HEALTH_ROWS", 2)
    page = ui.get("/").text
    assert re.findall(r'<th scope="row"><a href="/tests/\w+">(\w+)</a>', page) == ["Gamma", "Beta"]
    assert '<a href="/tests">All 4 tests</a>' in page


# The create and edit dialog


def test_new_test_form_has_labelled_fields_and_the_seven_schedules(ui: TestClient) -> None:
    form = ui.get("/tests/new", headers=HTMX).text
    assert form.lstrip().startswith('<h2 id="dialog-title">New test</h2>')
    for field_id, label in (
        ("test-name", "Name"), ("test-url", "URL"), ("test-goal", "Goal"),
        ("test-schedule", "Schedule"), ("test-cron", "Cron expression"),
    ):  # fmt: skip
        assert f'<label for="{field_id}">{label}</label>' in form
    assert '<label for="test-webhook">Alert webhook' in form
    assert '<label for="test-channels">Alert channels' in form
    assert '<label for="test-executor">Runs in</label>' in form
    assert '<label for="test-planner">Planner</label>' in form
    schedules = form[form.index('id="test-schedule"') :]
    options = re.findall(r'<option value="([^"]+)"( selected)?>([^<]+)</option>', schedules)
    assert [(value, label) for value, _, label in options] == [
        ("*/5 * * * *", "Every 5 minutes"), ("*/15 * * * *", "Every 15 minutes"),
        ("*/30 * * * *", "Every 30 minutes"), ("0 * * * *", "Every hour"),
        ("0 */6 * * *", "Every 6 hours"), ("0 */12 * * *", "Every 12 hours"),
        ("0 9 * * *", "Daily"), ("custom", "Custom cron…"),
    ]  # fmt: skip
    assert [value for value, selected, _ in options if selected] == ["*/15 * * * *"]


def test_without_htmx_the_form_is_a_page_of_its_own(ui: TestClient) -> None:
    page = ui.get("/tests/new").text
    assert "<title>New test · HouseCat</title>" in page
    assert '<a class="button" href="/tests">Cancel</a>' in page


def test_creating_a_test_closes_the_dialog_and_shows_it_in_the_list(ui: TestClient) -> None:
    answer = ui.post("/tests", data=FORM, headers=HTMX)
    assert answer.status_code == 200
    assert answer.headers["HX-Retarget"] == "#tests-list"
    assert answer.headers["HX-Trigger"] == "housecat:close-dialog"
    assert "Login flow" in answer.text and "Every 15 minutes" in answer.text
    (test,) = ui.get("/api/tests").json()["tests"]
    assert (test["name"], test["schedule"], test["alert_channels"]) == (
        "Login flow", "*/15 * * * *", []
    )  # fmt: skip


async def test_a_form_sent_twice_at_once_makes_one_test(aredis: Redis, tmp_path: Path) -> None:
    service = SuiteService(SuiteStore(aredis), NoScheduler(), Artifacts(tmp_path))
    body = CreateTestSuite(name="Twice", url="https://a.test/", goal="open /")
    first, second = await asyncio.gather(
        service.create(body, form_key="same-form-sent-twice"),
        service.create(body, form_key="same-form-sent-twice"),
    )
    assert first.id == second.id
    assert [suite.name for suite in await service.store.list()].count("Twice") == 1


def test_a_custom_cron_and_channels_are_kept(ui: TestClient) -> None:
    form = FORM | {
        "schedule": "custom",
        "cron": "*/10 * * * *",
        "alert_channels": "ntfy://ntfy.sh/cats\n\njson://hooks.example.com/x\n",
    }
    assert ui.post("/tests", data=form, headers=HTMX).status_code == 200
    (test,) = ui.get("/api/tests").json()["tests"]
    assert test["schedule"] == "*/10 * * * *"
    assert test["alert_channels"] == ["ntfy://ntfy.sh/cats", "json://hooks.example.com/x"]


def test_a_cron_shortcut_in_the_form_is_kept_and_said_in_words(ui: TestClient) -> None:
    form = FORM | {"schedule": "custom", "cron": "@monthly"}
    answer = ui.post("/tests", data=form, headers=HTMX)
    assert answer.status_code == 200, answer.text
    assert "At 12:00 AM, on day 1 of the month" in answer.text
    (test,) = ui.get("/api/tests").json()["tests"]
    assert test["schedule"] == "0 0 1 * *"


def test_a_bad_cron_is_shown_next_to_the_cron_field_and_nothing_is_written(
    ui: TestClient,
) -> None:
    answer = ui.post("/tests", data=FORM | {"schedule": "custom", "cron": "*/15 * *"}, headers=HTMX)
    assert answer.status_code == 422
    assert "has 3 fields; a cron expression has 5" in error_of(answer.text, "test-cron")
    assert '<option value="custom" selected>' in answer.text
    assert 'value="*/15 * *"' in answer.text  # what was typed stays
    assert ui.get("/api/tests").json()["total"] == 0


def test_each_bad_field_gets_its_own_message(ui: TestClient) -> None:
    form = FORM | {
        "name": " ",
        "url": "ftp://x",
        "goal": "dance the tango",
        "alert_webhook": "nope",
    }
    answer = ui.post("/tests", data=form, headers=HTMX)
    assert answer.status_code == 422
    assert error_of(answer.text, "test-name") == "Give the test a name."
    assert "http:// or https://" in error_of(answer.text, "test-url")
    assert "cannot understand" in error_of(answer.text, "test-goal")
    assert "http:// or https://" in error_of(answer.text, "test-webhook")
    assert '<div class="form-error" role="alert">' in answer.text
    assert re.search(r'id="test-name"[^>]*autofocus', answer.text)  # the first bad field
    assert ui.get("/api/tests").json()["total"] == 0


def test_a_bad_alert_channel_is_named_by_its_line(ui: TestClient) -> None:
    form = FORM | {"alert_channels": "ntfy://ntfy.sh/cats\nhttp://127.0.0.1:9/hook"}
    answer = ui.post("/tests", data=form, headers=HTMX)
    assert answer.status_code == 422
    assert error_of(answer.text, "test-channels").startswith("line 2: ")
    assert ui.get("/api/tests").json()["total"] == 0


def test_without_htmx_a_created_test_leads_back_to_the_list(ui: TestClient) -> None:
    answer = ui.post("/tests", data=FORM, follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/tests")


def test_edit_form_is_filled_in_with_the_test(ui: TestClient) -> None:
    test = create(
        ui, schedule="CRON_TZ=Europe/Paris 0 9 * * 1-5", alert_webhook="https://hooks.example.com/a"
    )
    form = ui.get(f"/tests/{test['id']}/edit", headers=HTMX).text
    assert '<h2 id="dialog-title">Edit test</h2>' in form
    assert f'hx-post="/tests/{test["id"]}/edit"' in form
    assert 'value="Login flow"' in form
    assert 'value="https://shop.example.com/login"' in form
    assert f">{test['goal']}</textarea>" in form  # the password it spelled out is a secret now
    assert "hunter2</textarea>" not in form
    assert '<option value="custom" selected>' in form
    assert 'value="CRON_TZ=Europe/Paris 0 9 * * 1-5"' in form
    assert 'value="https://hooks.example.com/a"' in form
    assert ">Save changes</button>" in form


def test_saving_an_edit_swaps_the_row_and_closes_the_dialog(ui: TestClient) -> None:
    test = create(ui, alert_webhook="https://hooks.example.com/a")
    form = FORM | {"name": "Renamed", "schedule": "0 */6 * * *", "alert_webhook": ""}
    answer = ui.post(f"/tests/{test['id']}/edit", data=form, headers=HTMX)
    assert answer.status_code == 200
    assert answer.headers["HX-Retarget"] == f"#test-{test['id']}"
    assert answer.headers["HX-Trigger"] == "housecat:close-dialog"
    assert answer.text.lstrip().startswith(f'<tr id="test-{test["id"]}">')
    assert "Renamed" in answer.text and "Every 6 hours" in answer.text
    stored = ui.get(f"/api/tests/{test['id']}").json()
    assert (stored["name"], stored["schedule"], stored["alert_webhook"]) == (
        "Renamed", "0 */6 * * *", None
    )  # fmt: skip


def test_a_bad_edit_keeps_the_test_as_it_was(ui: TestClient) -> None:
    test = create(ui)
    answer = ui.post(f"/tests/{test['id']}/edit", data=FORM | {"url": "nope"}, headers=HTMX)
    assert answer.status_code == 422
    assert "http:// or https://" in error_of(answer.text, "test-url")
    assert ui.get(f"/api/tests/{test['id']}").json()["url"] == "https://shop.example.com/login"


# Row actions


def test_pause_and_resume_swap_the_row(ui: TestClient) -> None:
    test = create(ui)
    paused = ui.post(f"/tests/{test['id']}/pause", headers=HTMX)
    assert '<span class="badge badge-paused">Paused</span>' in paused.text
    assert f'id="toggle-{test["id"]}" hx-post="/tests/{test["id"]}/resume"' in paused.text
    assert ui.get(f"/api/tests/{test['id']}").json()["status"] == "paused"
    resumed = ui.post(f"/tests/{test['id']}/resume", headers=HTMX)
    assert '<span class="badge badge-active">Active</span>' in resumed.text
    assert ui.get(f"/api/tests/{test['id']}").json()["status"] == "active"


def test_delete_asks_first_then_removes_the_test(ui: TestClient) -> None:
    test = create(ui)
    question = ui.get(f"/tests/{test['id']}/delete", headers=HTMX).text
    assert "Delete “Login flow”?" in question
    assert "cannot be undone" in question
    assert ui.get("/api/tests").json()["total"] == 1  # asking deletes nothing
    answer = ui.post(f"/tests/{test['id']}/delete", headers=HTMX)
    assert answer.headers["HX-Retarget"] == "#tests-list"
    assert "No tests yet" in answer.text
    assert ui.get("/api/tests").json()["total"] == 0


def test_run_now_queues_a_run_and_goes_to_watch_it(ui: TestClient) -> None:
    test = create(ui)
    answer = ui.post(f"/tests/{test['id']}/run", headers=HTMX)
    assert answer.status_code == 200
    assert re.fullmatch(rf"/tests/{test['id']}\?run=[0-9a-f]{{8}}", answer.headers["HX-Redirect"])


def test_run_now_twice_says_the_test_is_already_running(ui: TestClient) -> None:
    test = create(ui)
    ui.post(f"/tests/{test['id']}/run", headers=HTMX)  # no worker: it stays queued
    again = ui.post(f"/tests/{test['id']}/run", headers=HTMX)
    assert again.status_code == 409
    assert again.headers["HX-Retarget"] == "#notice"
    assert '<div class="notice notice-error" role="alert">' in again.text
    assert "“Login flow” is already running" in again.text


def test_an_unknown_test_gets_a_not_found_page(ui: TestClient) -> None:
    for method, path in (
        ("get", "/tests/nothere/edit"), ("get", "/tests/nothere/delete"),
        ("post", "/tests/nothere/pause"), ("post", "/tests/nothere/run"),
    ):  # fmt: skip
        page = getattr(ui, method)(path)
        assert page.status_code == 404
        assert page.headers["content-type"].startswith("text/html")
        assert "<h1>Not found</h1>" in page.text
        assert "test &#39;nothere&#39; not found" in page.text


@pytest.mark.parametrize("path", ["/nosuch", "/tests/x/y/z", "/static/nosuch.css", "/apis"])
def test_an_unknown_page_is_a_page_saying_so(ui: TestClient, path: str) -> None:
    page = ui.get(path)
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "<h1>Not found</h1>" in page.text
    assert "There is no page at this address." in page.text
    assert '<a href="/tests">Back to your tests</a>' in page.text


def test_a_page_asked_the_wrong_way_is_a_page_saying_so(ui: TestClient) -> None:
    page = ui.delete("/tests")
    assert page.status_code == 405
    assert page.headers["content-type"].startswith("text/html")
    assert "This page cannot be used that way." in page.text
    assert "GET" in page.headers["allow"]


def test_unknown_api_paths_stay_json(ui: TestClient) -> None:
    for path in ("/api", "/api/nosuch", "/api/tests/x/y/z"):
        answer = ui.get(path)
        assert answer.status_code == 404
        assert answer.json() == {"error": "Not Found"}


def test_an_unknown_page_in_htmx_shows_a_notice(ui: TestClient) -> None:
    answer = ui.get("/nosuch", headers=HTMX)
    assert answer.status_code == 404
    assert answer.headers["HX-Retarget"] == "#notice"
    assert "There is no page at this address." in answer.text


def test_an_unknown_test_in_htmx_shows_a_notice(ui: TestClient) -> None:
    answer = ui.post("/tests/nothere/pause", headers=HTMX)
    assert answer.status_code == 404
    assert answer.headers["HX-Retarget"] == "#notice"
    assert 'role="alert"' in answer.text


# Signing in


def test_with_a_token_pages_send_people_to_sign_in(locked: TestClient) -> None:
    answer = locked.get("/tests?x=1", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=%2Ftests%3Fx%3D1"
    page = locked.get(answer.headers["location"])
    assert '<label for="token">API token</label>' in page.text
    assert 'type="password" id="token"' in page.text
    assert 'name="next" value="/tests?x=1"' in page.text


def test_htmx_requests_without_a_session_go_to_sign_in_from_the_page(locked: TestClient) -> None:
    answer = locked.post(
        "/tests/abcd1234/pause",
        headers=HTMX | {"HX-Current-URL": "http://testserver/tests?page=2"},
        follow_redirects=False,
    )
    assert answer.headers["HX-Redirect"] == "/login?next=%2Ftests%3Fpage%3D2"


def test_a_wrong_token_is_refused_on_the_login_page(locked: TestClient) -> None:
    answer = locked.post("/login", data={"token": "wrong", "next": "/tests"})
    assert answer.status_code == 401
    assert '<p class="field-error" id="token-error" role="alert">' in answer.text
    assert SESSION_COOKIE not in answer.cookies
    assert locked.get("/tests", follow_redirects=False).status_code == 303


def test_the_right_token_signs_in_with_a_strict_http_only_cookie(locked: TestClient) -> None:
    answer = locked.post("/login", data={"token": TOKEN, "next": "/tests"}, follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/tests")
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert TOKEN not in cookie  # the cookie proves the token without holding it
    assert locked.get("/tests").status_code == 200
    assert "Sign out" in locked.get("/tests").text
    assert locked.get("/api/tests").status_code == 200  # the API takes the cookie too


def test_signing_out_ends_the_session(locked: TestClient) -> None:
    csrf = sign_in(locked)
    answer = locked.post(
        "/logout", data={"csrf_token": csrf}, headers=OWN_ORIGIN, follow_redirects=False
    )
    assert answer.headers["location"] == "/login"
    assert locked.get("/tests", follow_redirects=False).status_code == 303


def test_a_forged_cookie_is_refused(locked: TestClient) -> None:
    locked.cookies.set(SESSION_COOKIE, TOKEN)
    assert locked.get("/", follow_redirects=False).status_code == 303
    answer = locked.get("/api/tests")
    assert answer.status_code == 401
    assert answer.json()["error"].startswith("missing or wrong API token")


@pytest.mark.parametrize(
    "target", ["https://evil.example", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"]
)
def test_after_sign_in_only_local_paths_are_followed(locked: TestClient, target: str) -> None:
    answer = locked.post("/login", data={"token": TOKEN, "next": target}, follow_redirects=False)
    assert answer.headers["location"] == "/"


def test_a_non_ascii_token_is_just_wrong(locked: TestClient) -> None:
    assert locked.post("/login", data={"token": "héllo"}).status_code == 401
    assert (
        locked.get(
            "/api/tests", headers={"Authorization": "Bearer é".encode("latin-1")}
        ).status_code
        == 401
    )


def test_without_a_token_login_leads_to_the_dashboard(ui: TestClient) -> None:
    answer = ui.get("/login", follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/")
    assert "Sign out" not in ui.get("/").text


def test_pages_stay_out_of_the_api_schema(ui: TestClient) -> None:
    paths = ui.get("/openapi.json").json()["paths"]
    # `/metrics` is documented too: Prometheus' text, for scrapers.
    assert not [path for path in paths if not path.startswith("/api/") and path != "/metrics"]


def test_a_daily_model_budget_is_set_in_the_form_and_a_negative_one_refused(
    ui: TestClient,
) -> None:
    refused = ui.post("/tests", data=FORM | {"model_budget_usd": "-1"}, headers=HTMX)
    assert refused.status_code == 422
    assert "greater than or equal to 0" in error_of(refused.text, "test-model-budget")
    assert ui.get("/api/tests").json()["total"] == 0
    saved = ui.post("/tests", data=FORM | {"model_budget_usd": "0.5"}, headers=HTMX)
    assert saved.status_code == 200, saved.text
    (test,) = ui.get("/api/tests").json()["tests"]
    assert test["model_budget_usd"] == 0.5
    assert 'value="0.5"' in ui.get(f"/tests/{test['id']}/edit", headers=HTMX).text
