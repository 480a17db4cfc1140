"""The `/demo` site: sign in with the demo account and be greeted on the dashboard."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from housecat.web import demo


@pytest.fixture
def client() -> TestClient:
    app = FastAPI()
    app.include_router(demo.router)
    return TestClient(app, follow_redirects=False)


def test_home_links_to_sign_in(client: TestClient) -> None:
    page = client.get("/demo/")
    assert page.status_code == 200
    assert '<a href="/demo/login">Sign in</a>' in page.text


def test_login_page_has_the_form_and_shows_the_demo_account(client: TestClient) -> None:
    page = client.get("/demo/login").text
    assert '<label for="email">Email</label>' in page
    assert '<label for="password">Password</label>' in page
    assert '<button type="submit">Sign in</button>' in page
    assert "alice@example.com" in page
    assert "hunter2" in page


def test_signing_in_leads_to_the_greeting_and_products(client: TestClient) -> None:
    answer = client.post("/demo/login", data={"email": "alice@example.com", "password": "hunter2"})
    assert answer.status_code == 303
    assert answer.headers["location"] == "/demo/dashboard"
    page = client.get("/demo/dashboard")
    assert page.status_code == 200
    assert "Welcome back, Alice" in page.text
    for product in demo.PRODUCTS:
        assert f"<span>{product}</span>" in page.text
    assert page.text.count(">Add to cart</button>") == 3


def test_wrong_password_shows_an_alert_and_no_session(client: TestClient) -> None:
    answer = client.post("/demo/login", data={"email": "alice@example.com", "password": "nope"})
    assert answer.status_code == 200
    assert '<p role="alert">Invalid email or password</p>' in answer.text
    assert demo.COOKIE not in answer.cookies
    assert client.get("/demo/dashboard").status_code == 303


def test_dashboard_without_a_session_redirects_to_login(client: TestClient) -> None:
    answer = client.get("/demo/dashboard")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/demo/login"


def test_a_forged_cookie_does_not_sign_in(client: TestClient) -> None:
    client.cookies.set(demo.COOKIE, "alice", path="/demo")
    assert client.get("/demo/dashboard").status_code == 303


def test_signing_out_ends_the_session(client: TestClient) -> None:
    client.post("/demo/login", data={"email": "alice@example.com", "password": "hunter2"})
    assert client.post("/demo/logout").headers["location"] == "/demo/"
    assert client.get("/demo/dashboard").status_code == 303


def test_demo_stays_out_of_the_api_schema(client: TestClient) -> None:
    assert client.get("/openapi.json").json().get("paths", {}) == {}
