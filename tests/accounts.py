"""People for the accounts tests: users made through the admin API, signed in like a browser."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.signing_in import BEARER, OWN_ORIGIN

PASSWORD = "correct horse battery"


def make_user(
    client: TestClient, username: str, role: str = "viewer", password: str = PASSWORD
) -> str:
    """Create a user with the API token and return their id."""
    body = {"username": username, "password": password, "role": role}
    answer = client.post("/api/v1/users", json=body, headers=BEARER)
    assert answer.status_code == 201, answer.text
    user_id: str = answer.json()["id"]
    return user_id


def log_in(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Sign in with a username and password; return the CSRF token of the landing page."""
    page = client.post(
        "/login",
        data={"username": username, "password": password, "next": "/account"},
        headers=OWN_ORIGIN,
    )
    assert page.status_code == 200, page.text
    found = re.search(r'<input type="hidden" name="csrf_token" value="(\w+)">', page.text)
    assert found, "the signed-in page has no CSRF token"
    return found.group(1)


def make_key(client: TestClient, auth: dict[str, str], name: str = "ci", **fields: str) -> str:
    """Create an API key with the given credentials and return the key itself."""
    answer = client.post("/api/v1/me/keys", json={"name": name, **fields}, headers=auth)
    assert answer.status_code == 201, answer.text
    key: str = answer.json()["key"]
    return key


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def with_csrf(csrf: str) -> dict[str, str]:
    """Headers a signed-in page's own htmx request carries."""
    return {**OWN_ORIGIN, "X-CSRF-Token": csrf}
