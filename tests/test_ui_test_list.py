"""The list on `/tests`: each test's tags, suites and environment; search, filters and order
kept in the page's URL; and actions on the ticked tests — in-process, then in a real Chromium."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, Page, expect
from redis.asyncio import Redis

from housecat.suites.models import TestSuiteResponse
from housecat.web.pages import test_list
from tests.forms import error_of
from tests.processes import Server
from tests.runs_data import detail, store
from tests.signing_in import BEARER, OWN_ORIGIN, TOKEN, create_test, sign_in

HTMX = {"HX-Request": "true"}


@pytest.fixture
def ui(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False)


def create(ui: TestClient, name: str, **fields: Any) -> str:
    body = {"name": name, "url": "https://shop.example.com/", "goal": "open /"} | fields
    answer = ui.post("/api/v1/tests", json=body)
    assert answer.status_code == 201, answer.text
    test_id: str = answer.json()["id"]
    return test_id


def make(ui: TestClient, route: str, body: dict[str, Any]) -> str:
    answer = ui.post(route, json=body)
    assert answer.status_code == 201, answer.text
    made: str = answer.json()["id"]
    return made


@pytest.fixture
def shop(ui: TestClient) -> dict[str, str]:
    """Three tests: one tagged, in a suite and run against staging; one tagged; one bare."""
    staging = make(ui, "/api/v1/environments", {"name": "Staging", "base_url": "https://s.test"})
    ids = {
        "checkout": create(ui, "Checkout", tags=["smoke", "pay"], environment_id=staging),
        "login": create(ui, "Login", tags=["smoke"]),
        "about": create(ui, "About page"),
    }
    suite = make(ui, "/api/v1/suites", {"name": "Payments", "tests": [ids["checkout"]]})
    return ids | {"staging": staging, "payments": suite}


def listed(page: str) -> list[str]:
    """The names of the tests a page lists, in order."""
    return re.findall(r'<th scope="row">\s*<a href="/tests/[\w-]+">([^<]+)</a>', page)


def shown(page: str, name: str) -> str:
    """The value the filter form shows for a field: its selected option, or its text."""
    field = re.search(rf'<(select|input)[^>]*\bname="{name}"[^>]*>(.*?</select>)?', page, re.S)
    assert field, f"no field {name}"
    if field.group(1) == "input":
        value = re.search(r'value="([^"]*)"', field.group(0))
        return value.group(1) if value else ""
    chosen = re.search(r'<option value="([^"]*)" selected>', field.group(0))
    return chosen.group(1) if chosen else ""


def places_of(page: str, test_id: str) -> str:
    """The text of the places listed under a test's name ('' when none)."""
    row = re.search(rf'<tr id="test-{test_id}">.*?</tr>', page, re.S)
    assert row, f"no row for {test_id}"
    found = re.search(r'<ul class="test-places">(.*?)</ul>', row.group(0), re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", found.group(1)).split()) if found else ""


def test_each_row_names_its_tags_suites_and_environment_as_links(
    ui: TestClient, shop: dict[str, str]
) -> None:
    page = ui.get("/tests").text
    assert places_of(page, shop["checkout"]) == "#smoke #pay Suite Payments Environment Staging"
    assert places_of(page, shop["login"]) == "#smoke"
    assert places_of(page, shop["about"]) == ""
    assert f'<a href="/suites/{shop["payments"]}">Payments</a>' in page
    assert f'<a href="/environments/{shop["staging"]}/edit">Staging</a>' in page
    assert '<a href="/tests?tag=smoke" aria-label="Tests tagged smoke">#smoke</a>' in page
    for link in (f"/suites/{shop['payments']}", f"/environments/{shop['staging']}/edit"):
        assert ui.get(link).status_code == 200, link


@pytest.mark.parametrize(
    ("filters", "names"),
    [
        ({"tag": "smoke"}, ["Login", "Checkout"]),
        ({"tag": "pay"}, ["Checkout"]),
        ({"suite_id": "payments"}, ["Checkout"]),
        ({"environment_id": "staging"}, ["Checkout"]),
        ({"tag": "smoke", "environment_id": "staging"}, ["Checkout"]),
        ({}, ["About page", "Login", "Checkout"]),
    ],
)
def test_the_filters_keep_only_the_tests_that_match_all_of_them(
    ui: TestClient, shop: dict[str, str], filters: dict[str, str], names: list[str]
) -> None:
    sent = {name: shop.get(value, value) for name, value in filters.items()}
    page = ui.get("/tests", params=sent).text
    assert sorted(listed(page)) == sorted(names)
    for name, value in sent.items():
        assert shown(page, name) == value
    assert ('<a href="/tests">Clear the filters</a>' in page) == bool(filters)


def test_filters_that_match_nothing_say_so_rather_than_offer_a_first_test(
    ui: TestClient, shop: dict[str, str]
) -> None:
    page = ui.get("/tests", params={"tag": "smoke", "suite_id": "no-such-suite"}).text
    assert listed(page) == []
    assert "No test matches these filters." in page
    assert "No tests yet" not in page


def test_a_fresh_install_offers_a_first_test_and_no_filters(ui: TestClient) -> None:
    page = ui.get("/tests").text
    assert "No tests yet" in page
    assert 'aria-label="Filter the tests"' not in page


def test_a_row_swapped_after_pausing_keeps_its_places(ui: TestClient, shop: dict[str, str]) -> None:
    headers = HTMX | {"HX-Current-URL": "http://testserver/tests"}
    row = ui.post(f"/tests/{shop['checkout']}/pause", headers=headers).text
    assert "Resume" in row
    assert places_of(row, shop["checkout"]) == "#smoke #pay Suite Payments Environment Staging"


def test_the_list_redrawn_after_a_delete_keeps_the_pages_filters(
    ui: TestClient, shop: dict[str, str]
) -> None:
    headers = HTMX | {"HX-Current-URL": "http://testserver/tests?tag=smoke"}
    answer = ui.post(f"/tests/{shop['about']}/delete", headers=headers)
    assert answer.headers["HX-Retarget"] == "#tests-list"
    assert sorted(listed(answer.text)) == ["Checkout", "Login"]


async def ran(ui: TestClient, aredis: Redis, test_id: str, passed: bool, day: int) -> None:
    """Store a finished run of the test, started on that day of March 2026."""
    test = TestSuiteResponse.model_validate(ui.get(f"/api/v1/tests/{test_id}").json())
    at = datetime(2026, 3, day, tzinfo=UTC)
    await store(aredis).save(test, detail(f"r{day}", passed=passed, at=at, test_id=test_id), None)


# Search, filter and sort


async def test_status_last_result_and_search_narrow_the_list(
    ui: TestClient, shop: dict[str, str], aredis: Redis
) -> None:
    ui.put(f"/api/v1/tests/{shop['login']}", json={"status": "paused"}).raise_for_status()
    ui.put(f"/api/v1/tests/{shop['about']}", json={"description": "Says who we are"})
    await ran(ui, aredis, shop["checkout"], passed=False, day=2)
    await ran(ui, aredis, shop["about"], passed=True, day=3)

    def names(**query: str) -> list[str]:
        answer = ui.get("/tests", params=query)
        assert answer.status_code == 200, answer.text
        for name, value in query.items():
            assert shown(answer.text, name) == value
        return sorted(listed(answer.text))

    assert names(status="paused") == ["Login"]
    assert names(status="active") == ["About page", "Checkout"]
    assert names(last_result="failed") == ["Checkout"]
    assert names(last_result="never") == ["Login"]
    assert names(q="CHECKOUT") == ["Checkout"]
    assert names(q="who are") == ["About page"]  # words of the description, all of them
    assert names(q="open", tag="smoke", status="active") == ["Checkout"]  # the goal's words
    assert names(q="nobody") == []


async def test_the_order_is_chosen_in_the_url(
    ui: TestClient, shop: dict[str, str], aredis: Redis
) -> None:
    await ran(ui, aredis, shop["about"], passed=True, day=2)
    await ran(ui, aredis, shop["checkout"], passed=True, day=3)

    def order(sort: str) -> list[str]:
        page = ui.get("/tests", params={"sort": sort}).text
        assert shown(page, "sort") == sort
        return listed(page)

    assert order("name") == ["About page", "Checkout", "Login"]
    assert order("-name") == ["Login", "Checkout", "About page"]
    assert order("-created_at") == ["About page", "Login", "Checkout"]
    assert order("created_at") == ["Checkout", "Login", "About page"]
    assert order("-last_run_at") == ["Checkout", "About page", "Login"]  # never run: last
    assert order("last_run_at") == ["Login", "About page", "Checkout"]
    assert listed(ui.get("/tests").text) == order("-created_at")  # newest first unless asked


def test_bad_filter_values_are_named_next_to_their_fields(
    ui: TestClient, shop: dict[str, str]
) -> None:
    query = {"status": "lost", "last_result": "won", "q": "?!", "sort": "size", "tag": "No Tag"}
    answer = ui.get("/tests", params=query)
    assert answer.status_code == 422
    assert "Please correct the filters marked below." in answer.text
    assert error_of(answer.text, "filter-status") == "“lost” is not a status a test has."
    assert error_of(answer.text, "filter-last-result") == "“won” is not a result a test has."
    assert error_of(answer.text, "filter-q").startswith("Type a word to search for")
    assert error_of(answer.text, "filter-sort") == "Choose one of the orders offered."
    assert error_of(answer.text, "filter-tag").startswith("“No Tag” is not a tag")
    assert listed(answer.text) == []
    assert 'value="?!"' in answer.text  # what was typed stays
    assert "No test matches" not in answer.text and "No tests yet" not in answer.text
    forged = ui.get("/tests", params={"cursor": "not-ours"})
    assert forged.status_code == 422
    assert "That page of the list is not one HouseCat gave." in forged.text


def test_the_list_pages_with_a_more_link_that_keeps_the_filters(
    ui: TestClient, shop: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(test_list, "PAGE_SIZE", 2)
    first = ui.get("/tests", params={"sort": "name"}).text
    assert listed(first) == ["About page", "Checkout"]
    assert "3 tests" in first
    more = re.search(r'<a href="([^"]+)" rel="next">More tests</a>', first)
    assert more
    link = more.group(1).replace("&amp;", "&")
    assert link.startswith("/tests?sort=name&cursor=")
    second = ui.get(link).text
    assert listed(second) == ["Login"]
    assert 'rel="next"' not in second
    assert '<a href="/tests?sort=name">First tests</a>' in second
    assert shown(second, "sort") == "name"


# Acting on the ticked tests


def act(ui: TestClient, action: str, *test_ids: str, list_url: str = "/tests", **more: str) -> Any:
    """Press an action's button with these tests ticked, on the list at `list_url`."""
    form = {"action": action, "test_ids": list(test_ids), "list_url": list_url} | more
    return ui.post("/tests/bulk", data=form, follow_redirects=False)


def notice_of(page: str) -> str:
    found = re.search(r'<div class="notice [\w-]+" role="status">\s*<p>(.*?)</p>', page, re.S)
    return found.group(1) if found else ""


def test_the_list_offers_each_action_on_the_ticked_tests(
    ui: TestClient, shop: dict[str, str]
) -> None:
    page = ui.get("/tests", params={"tag": "smoke"}).text
    form = re.search(r'<form id="run-selected".*?</form>', page, re.S)
    assert form
    buttons = re.findall(r'<button type="submit"([^>]*)>([^<]+)</button>', form.group(0))
    assert [(label, 'formaction="/tests/bulk"' in attrs) for attrs, label in buttons] == [
        ("Add tag", True),  # hidden: what Enter in the tag box presses
        ("Run selected", False),
        ("Pause selected", True),
        ("Resume selected", True),
        ("Duplicate selected", True),
        ("Add tag", True),
        ("Remove tag", True),
        ("Delete selected…", True),
    ]
    assert '<input type="hidden" name="list_url" value="/tests?tag=smoke">' in form.group(0)


def test_pausing_ticked_tests_goes_back_to_the_same_list_saying_what_happened(
    ui: TestClient, shop: dict[str, str]
) -> None:
    here = "/tests?tag=smoke&sort=name"
    answer = act(ui, "pause", shop["checkout"], shop["login"], "gone1234", list_url=here)
    assert answer.status_code == 303
    assert answer.headers["location"] == here
    page = ui.get(answer.headers["location"]).text
    assert notice_of(page) == "2 paused; 1 not found."
    assert listed(page) == ["Checkout", "Login"]  # the filters and the order kept
    statuses = {test["name"]: test["status"] for test in ui.get("/api/v1/tests").json()["tests"]}
    assert statuses == {"Checkout": "paused", "Login": "paused", "About page": "active"}
    assert notice_of(ui.get(here).text) == ""  # said once

    act(ui, "resume", shop["login"])
    resumed = ui.get("/tests").text
    assert notice_of(resumed) == "1 resumed."
    assert ui.get(f"/api/v1/tests/{shop['login']}").json()["status"] == "active"


def test_with_htmx_the_list_is_redrawn_with_the_notice_and_the_ticks_kept(
    ui: TestClient, shop: dict[str, str]
) -> None:
    answer = ui.post(
        "/tests/bulk",
        data={"action": "pause", "test_ids": [shop["login"]], "list_url": "/tests?tag=smoke"},
        headers=HTMX,
    )
    assert answer.status_code == 200
    assert answer.headers["HX-Retarget"] == "#tests-list"
    assert notice_of(answer.text) == "1 paused."
    assert sorted(listed(answer.text)) == ["Checkout", "Login"]
    assert f'value="{shop["login"]}" form="run-selected" checked>' in answer.text
    assert f'value="{shop["checkout"]}" form="run-selected">' in answer.text


def test_tags_are_added_to_and_removed_from_the_ticked_tests(
    ui: TestClient, shop: dict[str, str]
) -> None:
    act(ui, "tag", shop["checkout"], shop["about"], tag_name="nightly")
    assert notice_of(ui.get("/tests").text) == "2 tagged #nightly."
    assert places_of(ui.get("/tests").text, shop["about"]) == "#nightly"
    assert sorted(listed(ui.get("/tests?tag=nightly").text)) == ["About page", "Checkout"]
    act(ui, "untag", shop["checkout"], shop["login"], tag_name="smoke")
    assert notice_of(ui.get("/tests").text) == "2 untagged #smoke."
    tags = {test["name"]: test["tags"] for test in ui.get("/api/v1/tests").json()["tests"]}
    assert tags == {"Checkout": ["pay", "nightly"], "Login": [], "About page": ["nightly"]}


def test_a_tag_a_test_cannot_take_is_said_for_that_test(
    ui: TestClient, shop: dict[str, str]
) -> None:
    full = create(ui, "Tagged to the brim", tags=[f"t{n}" for n in range(20)])
    act(ui, "tag", full, shop["about"], tag_name="nightly")
    assert notice_of(ui.get("/tests").text) == (
        "1 tagged #nightly; 1 not changed (a test has at most 20 tags; it would have 21)."
    )


def test_duplicating_ticked_tests_makes_copies(ui: TestClient, shop: dict[str, str]) -> None:
    act(ui, "duplicate", shop["checkout"], shop["login"])
    page = ui.get("/tests", params={"sort": "name"}).text
    assert notice_of(page) == "2 duplicated."
    assert listed(page) == ["About page", "Checkout", "Checkout (copy)", "Login", "Login (copy)"]


def test_deleting_ticked_tests_asks_first_naming_how_many(
    ui: TestClient, shop: dict[str, str]
) -> None:
    asked = act(ui, "delete", shop["checkout"], shop["login"], list_url="/tests?tag=smoke")
    assert asked.status_code == 200
    assert '<h2 id="dialog-title">Delete 2 tests?</h2>' in asked.text
    assert "<li>Checkout</li>" in asked.text and "<li>Login</li>" in asked.text
    assert '<a class="button" href="/tests?tag=smoke" autofocus>Cancel</a>' in asked.text
    assert len(ui.get("/api/v1/tests").json()["tests"]) == 3  # nothing deleted yet

    confirm = re.search(r'<form method="post" action="/tests/bulk".*?</form>', asked.text, re.S)
    assert confirm
    fields = re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', confirm.group(0))
    data: dict[str, list[str]] = {}
    for name, value in fields:
        data.setdefault(name, []).append(value.replace("&amp;", "&"))
    done = ui.post("/tests/bulk", data=data, follow_redirects=False)
    assert done.headers["location"] == "/tests?tag=smoke"
    page = ui.get(done.headers["location"]).text
    assert notice_of(page) == "2 deleted."
    assert [test["name"] for test in ui.get("/api/v1/tests").json()["tests"]] == ["About page"]


def test_deleting_from_htmx_opens_the_question_in_the_dialog(
    ui: TestClient, shop: dict[str, str]
) -> None:
    form = {"action": "delete", "test_ids": [shop["about"]], "list_url": "/tests"}
    asked = ui.post("/tests/bulk", data=form, headers=HTMX)
    assert asked.headers["HX-Retarget"] == "#dialog-body"
    assert '<h2 id="dialog-title">Delete 1 test?</h2>' in asked.text
    done = ui.post("/tests/bulk", data=form | {"confirmed": "yes"}, headers=HTMX)
    assert done.headers["HX-Retarget"] == "#tests-list"
    assert done.headers["HX-Trigger"] == "housecat:close-dialog"
    assert notice_of(done.text) == "1 deleted."
    assert sorted(listed(done.text)) == ["Checkout", "Login"]
    assert "checked" not in done.text


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"action": "pause"}, "Tick the tests to pause first."),
        ({"action": "explode", "test_ids": "x"}, "Choose what to do with the ticked tests."),
        ({"action": "run", "test_ids": "x"}, "Choose what to do with the ticked tests."),
        ({"action": "tag", "test_ids": "x"}, "Type the tag to add."),
        ({"action": "untag", "test_ids": "x", "tag_name": " "}, "Type the tag to remove."),
        ({"action": "tag", "test_ids": "x", "tag_name": "Two Words"}, "“Two Words” is not a tag"),
        ({"action": "pause", "test_ids": "x" * 65}, "ids.0: String should have at most 64"),
    ],
)
def test_an_action_the_form_cannot_do_says_why_and_changes_nothing(
    ui: TestClient, shop: dict[str, str], form: dict[str, str], message: str
) -> None:
    sent = form | ({"test_ids": shop["login"]} if form.get("test_ids") == "x" else {})
    answer = ui.post("/tests/bulk", data=sent, headers=HTMX)
    assert answer.status_code == 422
    assert answer.headers["HX-Retarget"] == "#notice"
    assert message in answer.text.replace("&#34;", '"')
    assert ui.get(f"/api/v1/tests/{shop['login']}").json()["tags"] == ["smoke"]


def test_the_way_back_is_always_to_the_tests_page(ui: TestClient, shop: dict[str, str]) -> None:
    answer = act(ui, "pause", shop["login"], list_url="https://elsewhere.example/tests?tag=smoke")
    assert answer.headers["location"] == "/tests?tag=smoke"


def test_with_a_token_actions_need_the_sessions_csrf_token(
    make_client: Callable[..., TestClient],
) -> None:
    locked = make_client(roles=False, api_token=TOKEN)
    csrf = sign_in(locked)
    test_id = create_test(locked)
    form = {"action": "pause", "test_ids": test_id, "list_url": "/tests"}
    refused = locked.post("/tests/bulk", data=form, headers=OWN_ORIGIN)
    assert refused.status_code == 403
    assert locked.get(f"/api/v1/tests/{test_id}", headers=BEARER).json()["status"] == "active"
    page = locked.get("/tests").text
    bulk_form = re.search(r'<form id="run-selected".*?</form>', page, re.S)
    assert bulk_form and f'name="csrf_token" value="{csrf}"' in bulk_form.group(0)
    done = locked.post(
        "/tests/bulk", data=form | {"csrf_token": csrf}, headers=OWN_ORIGIN, follow_redirects=False
    )
    assert done.status_code == 303
    assert locked.get(f"/api/v1/tests/{test_id}", headers=BEARER).json()["status"] == "paused"


# In a real Chromium


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


def test_ticked_tests_are_paused_tagged_and_deleted_in_a_browser(
    api: httpx.Client, tab: Page
) -> None:
    for name in ("Home", "Sign in", "Checkout"):
        body = {"name": name, "url": "https://shop.example.com/", "goal": "open /"}
        api.post("/api/tests", json=body | {"schedule": "0 0 1 1 *"}).raise_for_status()
    tab.goto("/tests?sort=name")
    notice = tab.locator("#tests-list .notice")
    names = tab.locator("#tests-list tbody th > a")

    tab.get_by_label("Select Home").check()
    tab.get_by_label("Select Sign in").check()
    tab.get_by_role("button", name="Pause selected").click()
    expect(notice).to_contain_text("2 paused.")
    for name in ("Home", "Sign in"):
        expect(tab.get_by_role("row", name=name)).to_contain_text("Paused")
        expect(tab.get_by_label(f"Select {name}")).to_be_checked()  # ticked still
    expect(tab.get_by_role("row", name="Checkout")).to_contain_text("Active")

    tab.get_by_label("Tag name").fill("nightly")
    tab.get_by_label("Tag name").press("Enter")  # adds the tag; it does not run them
    expect(notice).to_contain_text("2 tagged #nightly.")
    for name in ("Home", "Sign in"):
        expect(tab.get_by_role("row", name=name).locator(".tag")).to_have_text("#nightly")

    tab.get_by_label("Select Sign in").uncheck()
    tab.get_by_role("button", name="Delete selected…").click()
    dialog = tab.get_by_role("dialog")
    expect(dialog.get_by_role("heading")).to_have_text("Delete 1 test?")
    dialog.get_by_role("button", name="Delete 1 test").click()
    expect(notice).to_contain_text("1 deleted.")
    expect(dialog).to_be_hidden()
    expect(names).to_have_text(["Checkout", "Sign in"])  # still in the order asked
    assert tab.url.endswith("/tests?sort=name")

    tests = {test["name"]: test for test in api.get("/api/v1/tests").json()["tests"]}
    assert sorted(tests) == ["Checkout", "Sign in"]
    assert (tests["Sign in"]["status"], tests["Sign in"]["tags"]) == ("paused", ["nightly"])
    assert (tests["Checkout"]["status"], tests["Checkout"]["tags"]) == ("active", [])
    assert api.get("/api/v1/executions").json()["executions"] == []
