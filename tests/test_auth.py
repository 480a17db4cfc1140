"""`HOUSECAT_API_TOKEN`: when set, the API wants `Authorization: Bearer <token>`."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

TOKEN = "s3cret-token"
BODY = {"name": "Home", "url": "https://example.com", "goal": "open /"}
PROTECTED = [
    ("get", "/api/tests"),
    ("post", "/api/tests"),
    ("get", "/api/tests/abcd1234"),
    ("put", "/api/tests/abcd1234"),
    ("delete", "/api/tests/abcd1234"),
]


@pytest.fixture
def locked(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(api_token=TOKEN)


@pytest.mark.parametrize(("method", "path"), PROTECTED)
@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": "Basic x"}],
)
def test_api_routes_refuse_a_missing_or_wrong_token(
    locked: TestClient, method: str, path: str, headers: dict[str, str]
) -> None:
    kwargs = {"json": BODY} if method in ("post", "put") else {}
    response = getattr(locked, method)(path, headers=headers, **kwargs)
    assert response.status_code == 401
    assert "API token" in response.json()["error"]
    assert response.headers["www-authenticate"] == "Bearer"


def test_the_right_token_lets_requests_through(locked: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    created = locked.post("/api/tests", json=BODY, headers=auth)
    assert created.status_code == 200
    assert locked.get("/api/tests", headers=auth).json()["total"] == 1


def test_health_needs_no_token(locked: TestClient) -> None:
    assert locked.get("/api/health").status_code == 200


def test_without_a_token_the_api_is_open(client: TestClient) -> None:
    assert client.get("/api/tests").status_code == 200
    assert client.post("/api/tests", json=BODY).status_code == 200


def test_an_empty_token_setting_means_no_token(make_client: Callable[..., TestClient]) -> None:
    assert make_client(api_token="").get("/api/tests").status_code == 200
