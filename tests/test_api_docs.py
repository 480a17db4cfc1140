"""`/docs`, `/redoc` and `/openapi.json`: open when no token is set; behind the token when
one is, unless `HOUSECAT_PUBLIC_DOCS` says they are public."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from tests.signing_in import BEARER, TOKEN, sign_in

DOCS = ("/docs", "/redoc", "/openapi.json")


def test_without_a_token_the_docs_are_public(make_client: Callable[..., TestClient]) -> None:
    for public_docs in ({}, {"public_docs": False}, {"public_docs": True}):
        client = make_client(roles=False, **public_docs)
        for path in DOCS:
            assert client.get(path).status_code == 200, (public_docs, path)


@pytest.mark.parametrize("public_docs", [{}, {"public_docs": False}])
def test_with_a_token_the_docs_need_it(
    make_client: Callable[..., TestClient], public_docs: dict[str, bool]
) -> None:
    client = make_client(roles=False, api_token=TOKEN, **public_docs)
    schema = client.get("/openapi.json")
    assert schema.status_code == 401
    assert schema.json()["error"].startswith("missing or wrong API token")
    for page in ("/docs", "/redoc"):
        answer = client.get(page, follow_redirects=False)
        assert (answer.status_code, answer.headers["location"]) == (
            303,
            f"/login?next=%2F{page[1:]}",
        )


def test_with_a_token_the_docs_take_the_bearer_token_or_a_session(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(roles=False, api_token=TOKEN)
    for path in DOCS:
        assert client.get(path, headers=BEARER).status_code == 200
    sign_in(client)
    for path in DOCS:
        assert client.get(path).status_code == 200
    assert "/api/tests" in client.get("/openapi.json").json()["paths"]


def test_public_docs_are_served_to_anyone_even_with_a_token(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(roles=False, api_token=TOKEN, public_docs=True)
    for path in DOCS:
        assert client.get(path).status_code == 200
    assert client.get("/api/tests").status_code == 401  # only the docs are public


def test_the_docs_pages_load_their_files_locally(make_client: Callable[..., TestClient]) -> None:
    client = make_client(roles=False)
    assert "/static-offline-docs/redoc.standalone.js" in client.get("/redoc").text
    assert client.get("/static-offline-docs/redoc.standalone.js").status_code == 200
