"""The orders fixture site: search, status and region filters, order pages, in every variant."""

from __future__ import annotations

import re
import time

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.sites import orders
from tests.sites.common import CONDITIONS, SLOW_SECONDS

ALL = [f"#{number}" for number in range(1001, 1013)]


def listed(http: httpx.Client, variant: str, **params: str | list[str]) -> list[str]:
    """Return the order numbers a search and filters list, checking the count line agrees."""
    page = http.get(f"/orders/{variant}/", params=params)
    assert page.status_code == 200
    numbers = re.findall(r'<td><a href="/orders/[a-z]+/orders/\d+">(#\d+)</a></td>', page.text)
    assert f'<p role="status">Showing {len(numbers)} of 12 orders</p>' in page.text
    assert ("<p>No orders match</p>" in page.text) == (not numbers)
    return numbers


def test_the_documented_orders_are_the_served_ones() -> None:
    assert orders.__doc__
    documented = re.findall(
        r"#(\d{4}) ([A-Z][a-z]+ [A-Z][a-z]+), (\w+), (\w+), (\$[\d,]+\.\d\d)", orders.__doc__
    )
    served = [
        (str(order.number), order.customer, order.status, order.region, order.total)
        for order in orders.ORDERS
    ]
    assert documented == served
    assert orders.ORDERS[3].total == "$1,250.00"


@pytest.mark.parametrize("variant", CONDITIONS)
def test_the_list_shows_all_twelve_orders_at_first(http: httpx.Client, variant: str) -> None:
    assert listed(http, variant) == ALL


def test_the_list_page_has_a_search_filters_and_a_captioned_table(http: httpx.Client) -> None:
    page = http.get("/orders/ok/").text
    assert "<title>Orders — Backoffice</title>" in page
    assert "<h1>Orders</h1>" in page
    assert '<form role="search" method="get" action="/orders/ok/">' in page
    assert 'type="search" name="q" value="" aria-label="Search orders"' in page
    assert 'placeholder="Search orders">' in page
    assert '<button type="submit">Search</button>' in page
    assert "<legend>Status</legend>" in page
    for status in orders.STATUSES:
        assert f'value="{status}"> {status}</label>' in page
    assert '<label for="region">Region</label>' in page
    assert '<option value="">All regions</option>' in page
    assert "<option>Europe</option><option>Americas</option><option>Asia</option>" in page
    assert '<button type="submit">Apply filters</button>' in page
    assert "<caption>Orders</caption>" in page
    headers = re.findall(r'<th scope="col"[^>]*>(\w+)</th>', page)
    assert headers == ["Order", "Customer", "Status", "Region", "Total"]
    row = re.search(r"<tr>\s*<td><a[^>]*>#1004</a></td>(.*?)</tr>", page, re.S)
    assert row
    assert re.findall(r"<td[^>]*>(?:<span[^>]*>)?([^<]+)", row.group(1)) == [
        "Anna Smith",
        "Shipped",
        "Europe",
        "$1,250.00",
    ]


@pytest.mark.parametrize(
    ("query", "numbers"),
    [
        ("smith", ["#1002", "#1004"]),
        ("Garcia", ["#1001", "#1007"]),
        ("ANNA", ["#1004"]),
        ("1004", ["#1004"]),
        ("#1004", ["#1004"]),
        (" 1011 ", ["#1011"]),
        ("nobody", []),
    ],
)
def test_search_matches_order_numbers_and_customers(
    http: httpx.Client, query: str, numbers: list[str]
) -> None:
    assert listed(http, "ok", q=query) == numbers


def test_status_and_region_filters_narrow_the_list(http: httpx.Client) -> None:
    assert listed(http, "ok", status="Pending") == ["#1002", "#1006", "#1010"]
    assert listed(http, "ok", status=["Pending", "Cancelled"]) == [
        "#1002",
        "#1005",
        "#1006",
        "#1010",
        "#1011",
    ]
    assert listed(http, "ok", region="Asia") == ["#1003", "#1006", "#1008", "#1012"]
    assert listed(http, "ok", status="Delivered", region="Asia") == ["#1003", "#1012"]
    assert listed(http, "ok", q="smith", status="Shipped") == ["#1004"]
    assert listed(http, "ok", status="Lost", region="Mars") == ALL


def test_each_form_carries_the_others_values(http: httpx.Client) -> None:
    page = http.get("/orders/ok/", params={"q": "smith", "status": "Shipped", "region": "Europe"})
    search, filters = re.findall(r"<form.*?</form>", page.text, re.S)
    assert '<input type="hidden" name="status" value="Shipped">' in search
    assert '<input type="hidden" name="region" value="Europe">' in search
    assert '<input type="hidden" name="q" value="smith">' in filters
    assert 'value="Shipped" checked> Shipped' in filters
    assert "<option selected>Europe</option>" in filters


def test_an_order_page_shows_its_details_and_leads_back(http: httpx.Client) -> None:
    page = http.get("/orders/renamed/orders/1004").text
    assert "<title>Order #1004 — Backoffice</title>" in page
    assert "<h1>Order #1004</h1>" in page
    assert "<dt>Customer</dt><dd>Anna Smith</dd>" in page
    assert "<dt>Status</dt><dd>Shipped</dd>" in page
    assert "<dt>Total</dt><dd>$1,250.00</dd>" in page
    assert "<li>1 × Armchair — $950.00 each</li>" in page
    assert "<li>2 × Rug — $150.00 each</li>" in page
    assert '<a href="/orders/renamed/">Back to orders</a>' in page


def test_unknown_orders_and_variants_are_not_found(http: httpx.Client) -> None:
    assert http.get("/orders/ok/orders/999").status_code == 404
    assert http.get("/orders/flaky/").status_code == 404


def test_renamed_variant_relabels_search_and_filters_only(http: httpx.Client) -> None:
    page = http.get("/orders/renamed/").text
    assert 'aria-label="Find an order"' in page
    assert 'placeholder="Find an order">' in page
    assert '<button type="submit">Go</button>' in page
    assert '<button type="submit">Update results</button>' in page
    assert "Search orders" not in page
    assert "Apply filters" not in page
    assert listed(http, "renamed", q="smith", status="Shipped") == ["#1004"]


def test_broken_variant_ignores_the_query_and_the_status(http: httpx.Client) -> None:
    assert listed(http, "broken", q="smith") == ALL
    assert 'name="q" value="smith"' in http.get("/orders/broken/?q=smith").text
    assert listed(http, "broken", status="Pending") == ALL
    assert listed(http, "broken", q="nobody", region="Asia") == [
        "#1003",
        "#1006",
        "#1008",
        "#1012",
    ]


def test_slow_variant_answers_a_search_after_its_delay(http: httpx.Client) -> None:
    started = time.monotonic()
    # A lower bound only: the server sleeps before answering, so this cannot flake.
    assert listed(http, "slow", q="smith") == ["#1002", "#1004"]
    assert time.monotonic() - started >= SLOW_SECONDS


def test_chromium_searches_filters_and_opens_an_order(page: Page) -> None:
    page.goto("/orders/ok/")
    rows = page.get_by_role("table", name="Orders").get_by_role("row")
    expect(rows).to_have_count(13)
    page.get_by_role("searchbox", name="Search orders").fill("smith")
    page.get_by_role("button", name="Search").click()
    expect(rows).to_have_count(3)
    expect(page.get_by_role("status")).to_have_text("Showing 2 of 12 orders")
    page.get_by_role("group", name="Status").get_by_label("Shipped").check()
    page.get_by_label("Region").select_option("Europe")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("status")).to_have_text("Showing 1 of 12 orders")
    expect(page.get_by_role("searchbox", name="Search orders")).to_have_value("smith")
    row = page.get_by_role("row", name="#1004")
    expect(row.get_by_role("cell")).to_have_text(
        ["#1004", "Anna Smith", "Shipped", "Europe", "$1,250.00"]
    )
    row.get_by_role("link", name="#1004").click()
    expect(page.get_by_role("heading", name="Order #1004")).to_be_visible()
    page.get_by_role("link", name="Back to orders").click()
    expect(rows).to_have_count(13)
