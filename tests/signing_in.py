"""Signing in through the login page, as a browser would, for in-process tests."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from housecat.web.auth import SESSION_COOKIE

TOKEN = "s3cret-token"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
OWN_ORIGIN = {"Origin": "http://testserver"}  # what a browser sends from the app's own pages
GOAL = "open /"


def sign_in(client: TestClient, token: str = TOKEN) -> str:
    """Sign in with `token` and return the CSRF token the landing page's forms carry."""
    page = client.post("/login", data={"token": token, "next": "/tests"}, headers=OWN_ORIGIN)
    assert page.status_code == 200, page.text
    found = re.search(r'<input type="hidden" name="csrf_token" value="(\w+)">', page.text)
    assert found, "the signed-in page has no CSRF token"
    return found.group(1)


def another_browser(client: TestClient, address: str = "testclient") -> TestClient:
    """Another browser (cookies of its own, calling from `address`) on the same running app."""
    other = TestClient(client.app, client=(address, 50000))
    other.portal = client.portal  # the app's Redis connections belong to the first one's loop
    return other


def session_of(client: TestClient) -> str:
    """Return the session cookie the client holds."""
    value = client.cookies.get(SESSION_COOKIE)
    assert value, "not signed in"
    return value


def create_test(client: TestClient) -> str:
    """Create a test with the bearer token and return its id."""
    body = {"name": "Home", "url": "https://example.com", "goal": GOAL}
    response = client.post("/api/tests", json=body, headers=BEARER)
    assert response.status_code == 200, response.text
    test_id: str = response.json()["id"]
    return test_id
