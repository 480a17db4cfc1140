"""The docs fixture site: its pages over httpx, its search box in a real Chromium."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.sites.common import CONDITIONS


@pytest.mark.parametrize("variant", CONDITIONS)
@pytest.mark.parametrize(
    ("path", "title", "identifiers"),
    [
        ("", "Getting started", ["createClient()", "ACME_API_KEY", "client.listWidgets()"]),
        ("configuration", "Configuration", ["ACME_REGION", "acme deploy --dry-run", "--verbose"]),
        ("api", "API reference", ["createClient(options)", "client.deleteWidget(id)"]),
    ],
)
def test_each_page_has_its_title_heading_and_code(
    http: httpx.Client, variant: str, path: str, title: str, identifiers: list[str]
) -> None:
    page = http.get(f"/docs/{variant}/{path}")
    assert page.status_code == 200
    assert f"<title>{title} — Acme SDK docs</title>" in page.text
    assert f"<h1>{title}</h1>" in page.text
    assert "<h2 " in page.text
    for identifier in identifiers:
        assert f"<code>{identifier}</code>" in page.text
    assert f'<a href="/docs/{variant}/{path}" aria-current="page">' in page.text


def test_the_sidebar_links_every_page(http: httpx.Client) -> None:
    page = http.get("/docs/ok/configuration").text
    nav = re.search(r'<nav aria-label="Docs">(.*?)</nav>', page, re.S)
    assert nav
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav.group(1))
    assert links == [
        ("/docs/ok/", "Getting started"),
        ("/docs/ok/configuration", "Configuration"),
        ("/docs/ok/api", "API reference"),
    ]
    assert 'type="search" id="search" placeholder="Search docs" aria-label="Search docs"' in page


def test_the_embedded_index_holds_each_pages_text(http: httpx.Client) -> None:
    page = http.get("/docs/ok/api").text
    found = re.search(r'<script type="application/json" id="search-index">(.*?)</script>', page)
    assert found
    index = json.loads(found.group(1))["index"]
    assert [entry["title"] for entry in index] == [
        "Getting started",
        "Configuration",
        "API reference",
    ]
    assert [entry["url"] for entry in index] == [
        "/docs/ok/",
        "/docs/ok/configuration",
        "/docs/ok/api",
    ]
    assert "Run acme deploy --dry-run to see what would change" in index[1]["text"]
    assert "<" not in index[0]["text"]
    assert "where your account lives, eu (the default) or us." in index[1]["text"]


def test_renamed_variant_renames_the_search_box_and_the_api_link(http: httpx.Client) -> None:
    page = http.get("/docs/renamed/api").text
    assert 'placeholder="Search the docs…" aria-label="Search the docs…"' in page
    assert '<a href="/docs/renamed/api" aria-current="page">API</a>' in page
    assert "<h1>API reference</h1>" in page
    assert "Search docs" not in page


def test_unknown_pages_and_variants_are_not_found(http: httpx.Client) -> None:
    assert http.get("/docs/ok/tutorial").status_code == 404
    assert http.get("/docs/flaky/").status_code == 404


def test_search_lists_matching_pages_with_a_snippet(page: Page) -> None:
    page.goto("/docs/ok/configuration")
    page.get_by_role("searchbox", name="Search docs").fill("listwidgets")
    results = page.get_by_role("list", name="Search results")
    expect(results.get_by_role("link")).to_have_text(["Getting started", "API reference"])
    expect(page.get_by_role("status")).to_have_text("2 results")
    first = results.get_by_role("listitem").first
    expect(first.locator("mark")).to_have_text("listWidgets")
    expect(first.get_by_role("paragraph")).to_contain_text("Call client.listWidgets() to fetch")
    results.get_by_role("link", name="API reference").click()
    expect(page).to_have_url(re.compile("/docs/ok/api$"))
    expect(page.get_by_role("heading", name="API reference", level=1)).to_be_visible()


def test_search_follows_each_keystroke_and_says_when_nothing_matches(page: Page) -> None:
    page.goto("/docs/ok/")
    box = page.get_by_placeholder("Search docs")
    results = page.get_by_role("list", name="Search results").get_by_role("link")
    box.press_sequentially("--dry")
    expect(results).to_have_text(["Configuration"])
    expect(page.get_by_role("status")).to_have_text("1 result")
    box.press_sequentially("-runner")
    expect(results).to_have_count(0)
    expect(page.get_by_role("status")).to_have_text("No results for '--dry-runner'")
    box.fill("")
    expect(page.get_by_role("status")).to_have_text("")
    box.fill("ACME_API_KEY")
    expect(results).to_have_text(["Getting started", "Configuration"])


def test_renamed_search_box_still_finds(page: Page) -> None:
    page.goto("/docs/renamed/")
    page.get_by_label("Search the docs…").fill("RateLimitError")
    expect(page.get_by_role("list", name="Search results").get_by_role("link")).to_have_text(
        ["API reference"]
    )
    expect(page.get_by_role("navigation", name="Docs").get_by_role("link")).to_have_text(
        ["Getting started", "Configuration", "API"]
    )


def test_broken_search_never_finds_anything(page: Page) -> None:
    page.goto("/docs/broken/")
    page.get_by_role("searchbox", name="Search docs").fill("createClient")
    expect(page.get_by_role("status")).to_have_text("No results for 'createClient'")
    expect(page.get_by_role("list", name="Search results")).to_have_count(0)


def test_slow_search_shows_results_later(page: Page) -> None:
    page.goto("/docs/slow/")
    page.get_by_role("searchbox", name="Search docs").fill("createClient")
    results = page.get_by_role("list", name="Search results")
    # The results wait 1.5 s, far longer than this check, which runs right after typing.
    expect(results).to_have_count(0)
    expect(page.get_by_role("status")).to_have_text("")
    expect(results.get_by_role("link")).to_have_text(
        ["Getting started", "Configuration", "API reference"]
    )
    expect(page.get_by_role("status")).to_have_text("3 results")
