"""The list on `/tests`: each test's tags, suites and environment, and filters by them
kept in the page's URL."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

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
        chosen = re.search(rf'<select id="filter-[a-z]+" name="{name}">.*?</select>', page, re.S)
        assert chosen and f'<option value="{value}" selected>' in chosen.group(0)
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
