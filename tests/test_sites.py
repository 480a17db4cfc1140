"""The fixture shop serves each variant as described, to httpx and to a real Chromium."""

from __future__ import annotations

import asyncio
import html
import re
import time
from collections.abc import Iterator

import httpx
import pytest
from playwright.async_api import async_playwright, expect

from housecat.browser.chromium import find_chromium
from tests.sites.app import COOKIE, PRODUCTS, VARIANTS

CHROMIUM_ARGS = ["--disable-gpu", "--disable-quic"]
# The slow variant is left out where a test walks many pages: it waits 3 s on each.
QUICK_VARIANTS = [name for name, variant in VARIANTS.items() if not variant.response_delay_s]


@pytest.fixture
def client(sites: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sites, timeout=15) as client:
        yield client


def title(page: httpx.Response) -> str:
    found = re.search(r"<title>(.*?)</title>", page.text, re.S)
    assert found, "the page has no title"
    return html.unescape(found.group(1).strip())


def sign_in(client: httpx.Client, variant: str, email: str = "alice@example.com") -> httpx.Response:
    """Post the login form and return the answer, redirect not followed."""
    form = {"email": email, "password": "hunter2"}
    return client.post(f"/{variant}/login", data=form)


@pytest.mark.parametrize("variant", QUICK_VARIANTS)
@pytest.mark.parametrize("path", ["/", "/pricing", "/login", "/contact"])
def test_every_variant_serves_the_public_pages(
    client: httpx.Client, variant: str, path: str
) -> None:
    assert client.get(f"/{variant}{path}").status_code == 200


def test_unknown_variant_is_not_found(client: httpx.Client) -> None:
    assert client.get("/no-such-shop/").status_code == 404


def test_home_has_title_nav_and_pricing_link(client: httpx.Client) -> None:
    page = client.get("/shop/")
    assert title(page) == "Brass & Co — Home"
    nav = re.search(r"<header>.*<nav[^>]*>(.*?)</nav>.*</header>", page.text, re.S)
    assert nav
    assert re.findall(r">([^<]+)</a>", nav.group(1)) == ["Home", "Pricing", "Sign in"]
    assert '<a href="/shop/pricing">Pricing</a>' in page.text
    assert "<h1>" in page.text


def test_pricing_lists_plans(client: httpx.Client) -> None:
    page = client.get("/shop/pricing")
    assert title(page) == "Pricing — Brass & Co"
    assert "<h1>Pricing</h1>" in page.text
    assert page.text.count("<h2>") == 3


def test_login_form_has_labelled_fields_and_a_sign_in_button(client: httpx.Client) -> None:
    page = client.get("/shop/login")
    assert title(page) == "Sign in — Brass & Co"
    assert "<h1>Sign in</h1>" in page.text
    assert '<label for="email">Email</label>' in page.text
    assert 'type="email" placeholder="you@example.com"' in page.text
    assert '<label for="password">Password</label>' in page.text
    assert '<label for="remember">Remember me</label>' in page.text
    assert '<button type="submit">Sign in</button>' in page.text


@pytest.mark.parametrize("email", ["alice@example.com", "alice"])
def test_valid_credentials_redirect_to_the_dashboard_with_a_cookie(
    client: httpx.Client, email: str
) -> None:
    answer = sign_in(client, "shop", email)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/shop/dashboard"
    assert COOKIE in answer.cookies
    dashboard = client.get("/shop/dashboard")
    assert dashboard.status_code == 200
    assert title(dashboard) == "Dashboard — Brass & Co"
    assert "<p>Welcome back, Alice</p>" in dashboard.text


def test_remember_me_makes_the_cookie_outlive_the_browser(client: httpx.Client) -> None:
    form = {"email": "alice@example.com", "password": "hunter2", "remember": "yes"}
    answer = client.post("/shop/login", data=form)
    assert "Max-Age=" in answer.headers["set-cookie"]
    assert "Max-Age=" not in sign_in(client, "shop").headers["set-cookie"]


def test_wrong_password_shows_the_login_page_with_an_alert(client: httpx.Client) -> None:
    answer = client.post("/shop/login", data={"email": "alice@example.com", "password": "nope"})
    assert answer.status_code == 200
    assert '<p role="alert">Invalid email or password</p>' in answer.text
    assert COOKIE not in answer.cookies


def test_dashboard_without_a_session_redirects_to_login(client: httpx.Client) -> None:
    answer = client.get("/shop/dashboard")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/shop/login"


def test_a_session_belongs_to_its_own_variant(client: httpx.Client) -> None:
    sign_in(client, "shop")
    assert client.get("/changed-text/dashboard").status_code == 303


def test_dashboard_has_products_cart_country_search_and_sign_out(client: httpx.Client) -> None:
    sign_in(client, "shop")
    page = client.get("/shop/dashboard").text
    assert "<h1>Dashboard</h1>" in page
    for product in PRODUCTS:
        assert f'<li><span>{product}</span> <button type="button"' in page
    assert page.count(">Add to cart</button>") == 3
    assert '<p id="cart">Cart: 0 items</p>' in page
    assert 'role="status"' in page
    assert '<label for="country">Country</label>' in page
    assert "<option>France</option><option>Germany</option><option>Spain</option>" in page
    assert 'placeholder="Search products"' in page
    assert ">Sign out</button>" in page


def test_sign_out_ends_the_session(client: httpx.Client) -> None:
    sign_in(client, "shop")
    assert client.post("/shop/logout").status_code == 303
    assert client.get("/shop/dashboard").status_code == 303


def test_contact_form_confirms_the_message(client: httpx.Client) -> None:
    page = client.get("/shop/contact").text
    assert '<label for="message">Message</label>' in page
    assert ">Send message</button>" in page
    form = {"name": "Alice", "email": "alice@example.com", "message": "Is the lamp in stock?"}
    answer = client.post("/shop/contact", data=form, follow_redirects=True)
    assert answer.status_code == 200
    assert "Thanks, we will be in touch" in answer.text


def test_bad_credentials_rejects_the_valid_account(client: httpx.Client) -> None:
    answer = sign_in(client, "bad-credentials")
    assert answer.status_code == 200
    assert "Invalid email or password" in answer.text


def test_server_error_answers_500_on_the_dashboard(client: httpx.Client) -> None:
    answer = sign_in(client, "server-error")
    assert answer.status_code == 303
    page = client.get("/server-error/dashboard")
    assert page.status_code == 500
    assert "<h1>Internal Server Error</h1>" in page.text
    assert "Welcome back" not in page.text


def test_missing_item_drops_the_walnut_bookshelf(client: httpx.Client) -> None:
    sign_in(client, "missing-item")
    page = client.get("/missing-item/dashboard").text
    assert "Walnut Bookshelf" not in page
    assert "Brass Desk Lamp" in page
    assert "Linen Armchair" in page


def test_no_button_login_form_cannot_be_submitted(client: httpx.Client) -> None:
    page = client.get("/no-button/login").text
    form = re.search(r"<form[^>]*>(.*?)</form>", page, re.S)
    assert form
    assert "<button" not in form.group(1)
    assert "action=" not in form.group(0)
    assert 'onsubmit="return false"' in form.group(0)
    assert sign_in(client, "no-button").status_code == 405


def test_error_message_replaces_the_contact_confirmation(client: httpx.Client) -> None:
    form = {"name": "Alice", "email": "alice@example.com", "message": "Hello"}
    answer = client.post("/error-message/contact", data=form, follow_redirects=True)
    assert '<p role="alert">Something went wrong, please try again</p>' in answer.text
    assert "Thanks, we will be in touch" not in answer.text


def test_changed_text_greets_with_hello(client: httpx.Client) -> None:
    sign_in(client, "changed-text")
    page = client.get("/changed-text/dashboard").text
    assert "<p>Hello, Alice</p>" in page
    assert "Welcome back" not in page


def test_renamed_button_reads_log_in_and_still_signs_in(client: httpx.Client) -> None:
    assert '<button type="submit">Log in</button>' in client.get("/renamed-button/login").text
    assert sign_in(client, "renamed-button").status_code == 303


def test_renamed_label_reads_email_address_and_continue(client: httpx.Client) -> None:
    page = client.get("/renamed-label/login").text
    assert '<label for="email">Email address</label>' in page
    assert '<button type="submit">Continue</button>' in page
    assert sign_in(client, "renamed-label").status_code == 303


def test_delayed_dashboard_renders_its_greeting_from_script(client: httpx.Client) -> None:
    sign_in(client, "delayed")
    page = client.get("/delayed/dashboard").text
    template = re.search(r'<template id="late-content">(.*?)</template>', page, re.S)
    assert template
    assert "Welcome back, Alice" in template.group(1)
    assert "Walnut Bookshelf" in template.group(1)
    assert "Welcome back, Alice" not in page.replace(template.group(0), "")
    assert "1500" in page


def test_slow_variant_answers_after_its_delay(client: httpx.Client) -> None:
    started = time.monotonic()
    page = client.get("/slow/")
    assert page.status_code == 200
    assert title(page) == "Brass & Co — Home"
    # The server sleeps 3 s before answering, so this lower bound cannot flake.
    assert time.monotonic() - started >= 2.9


async def test_chromium_signs_in_and_sees_the_greeting_even_when_it_renders_late(
    sites: str,
) -> None:
    # find_chromium may ask Playwright's sync API, which refuses to run inside an event loop.
    chromium = await asyncio.to_thread(find_chromium)
    if chromium is None:
        pytest.fail("no Chromium: run `make browser`")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            for variant in ("shop", "delayed"):
                page = await browser.new_page()
                await page.goto(f"{sites}/{variant}/login")
                await page.get_by_label("Email").fill("alice@example.com")
                await page.get_by_label("Password").fill("hunter2")
                await page.get_by_role("button", name="Sign in").click()
                await expect(page).to_have_title("Dashboard — Brass & Co")
                await expect(page.get_by_text("Welcome back, Alice")).to_be_visible()
                await page.get_by_role("button", name="Add to cart").first.click()
                await expect(page.get_by_role("status")).to_have_text(
                    "Added Brass Desk Lamp to your cart"
                )
                await expect(page.get_by_text("Cart: 1 item", exact=True)).to_be_visible()
                await page.close()
        finally:
            await browser.close()
