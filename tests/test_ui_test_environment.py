"""A test's environment in its form and on its page: chosen by name, a path URL with it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from housecat.web.pages.forms import PATH_NEEDS_ENVIRONMENT
from tests.forms import error_of

HTMX = {"HX-Request": "true"}
GOAL = "check the page says Welcome"
FORM = {"name": "Home", "url": "/welcome", "goal": GOAL, "schedule": "*/15 * * * *"}
SELECT = re.compile(
    r'<select id="test-environment" name="environment_id"[^>]*>(.*?)</select>', re.S
)


@pytest.fixture
def ui(make_client: Callable[..., TestClient]) -> TestClient:
    """The app without scheduler or worker: pages only, nothing runs behind our back."""
    return make_client(roles=False)


def environment(ui: TestClient, name: str, base_url: str) -> str:
    answer = ui.post("/api/v1/environments", json={"name": name, "base_url": base_url})
    assert answer.status_code == 201, answer.text
    environment_id: str = answer.json()["id"]
    return environment_id


def options(page: str) -> list[tuple[str, str, bool]]:
    """The environment select's options: (value, label, selected)."""
    select = SELECT.search(page)
    assert select, "no environment select"
    found = re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select.group(1))
    return [(value, label, bool(selected)) for value, selected, label in found]


def stored_tests(ui: TestClient) -> list[dict[str, str]]:
    tests: list[dict[str, str]] = ui.get("/api/tests").json()["tests"]
    return tests


def test_the_form_offers_each_environment_by_name_and_none_first(ui: TestClient) -> None:
    assert options(ui.get("/tests/new", headers=HTMX).text) == [("", "No environment", False)]
    staging = environment(ui, "staging", "https://staging.example.com")
    local = environment(ui, "Local site", "http://127.0.0.1:8000")

    page = ui.get("/tests/new", headers=HTMX).text
    assert options(page) == [
        ("", "No environment", False),
        (local, "Local site", False),
        (staging, "staging", False),
    ]
    assert '<label for="test-environment">Environment' in page
    assert re.search(r'<input type="text" inputmode="url" id="test-url"', page)  # takes a path


def test_a_path_without_an_environment_is_refused_next_to_the_url(ui: TestClient) -> None:
    environment(ui, "Local site", "http://127.0.0.1:8000")
    answer = ui.post("/tests", data=FORM, headers=HTMX)
    assert answer.status_code == 422
    assert error_of(answer.text, "test-url") == PATH_NEEDS_ENVIRONMENT.replace("'", "&#39;")
    assert 'value="/welcome"' in answer.text  # what was typed stays
    assert stored_tests(ui) == []


def test_a_path_with_an_environment_is_stored_with_it(ui: TestClient) -> None:
    local = environment(ui, "Local site", "http://127.0.0.1:8000")
    answer = ui.post("/tests", data=FORM | {"environment_id": local}, follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/tests")
    (test,) = stored_tests(ui)
    assert (test["url"], test["environment_id"]) == ("/welcome", local)


def test_a_form_shown_again_with_errors_keeps_the_environment_chosen(ui: TestClient) -> None:
    local = environment(ui, "Local site", "http://127.0.0.1:8000")
    answer = ui.post("/tests", data=FORM | {"name": " ", "environment_id": local}, headers=HTMX)
    assert answer.status_code == 422
    assert error_of(answer.text, "test-name") == "Give the test a name."
    assert (local, "Local site", True) in options(answer.text)
    assert 'id="test-url-error"' not in answer.text  # the path is fine with it
    assert stored_tests(ui) == []


def test_an_environment_deleted_meanwhile_is_named_next_to_its_select(ui: TestClient) -> None:
    answer = ui.post("/tests", data=FORM | {"environment_id": "gone1234"}, headers=HTMX)
    assert answer.status_code == 422
    assert (
        error_of(answer.text, "test-environment") == "no environment has the id &#39;gone1234&#39;"
    )
    assert stored_tests(ui) == []


def test_editing_keeps_the_environment_and_refuses_to_drop_it_under_a_path(ui: TestClient) -> None:
    local = environment(ui, "Local site", "http://127.0.0.1:8000")
    body = FORM | {"environment_id": local}
    test_id = ui.post("/api/tests", json=body).raise_for_status().json()["id"]

    form = ui.get(f"/tests/{test_id}/edit", headers=HTMX).text
    assert (local, "Local site", True) in options(form)
    assert 'value="/welcome"' in form
    saved = ui.post(f"/tests/{test_id}/edit", data=body | {"name": "Front page"}, headers=HTMX)
    assert saved.status_code == 200, saved.text
    stored = ui.get(f"/api/tests/{test_id}").json()
    assert (stored["name"], stored["environment_id"]) == ("Front page", local)

    dropped = ui.post(f"/tests/{test_id}/edit", data=body | {"environment_id": ""}, headers=HTMX)
    assert dropped.status_code == 422
    assert "choose the environment below" in error_of(dropped.text, "test-url")
    assert ui.get(f"/api/tests/{test_id}").json()["environment_id"] == local
    whole = {"url": "https://example.com/", "environment_id": ""}
    assert ui.post(f"/tests/{test_id}/edit", data=body | whole, headers=HTMX).status_code == 200
    assert ui.get(f"/api/tests/{test_id}").json()["environment_id"] is None


def test_the_test_page_links_its_environment_and_where_its_path_opens(ui: TestClient) -> None:
    local = environment(ui, "Local site", "http://127.0.0.1:8000/shop")
    test_id = ui.post("/api/tests", json=FORM | {"environment_id": local}).json()["id"]
    page = ui.get(f"/tests/{test_id}").text
    assert (
        f'<dt>Environment</dt><dd><a href="/environments/{local}/edit">Local site</a></dd>' in page
    )
    assert ui.get(f"/environments/{local}/edit").status_code == 200  # the link leads somewhere
    assert '<a href="http://127.0.0.1:8000/welcome" rel="noopener noreferrer">' in page
    plain = ui.post("/api/tests", json=FORM | {"url": "https://example.com/"}).json()["id"]
    assert "<dt>Environment</dt>" not in ui.get(f"/tests/{plain}").text
