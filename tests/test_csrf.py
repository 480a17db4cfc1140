"""Changes sent with the session cookie must come from HouseCat's own pages, with the
session's CSRF token; bearer calls need neither; an open install refuses other origins."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from tests.signing_in import BEARER, OWN_ORIGIN, TOKEN, create_test, sign_in

HTMX = {"HX-Request": "true"}
OTHER_PORT = {"Origin": "http://testserver:8001"}


@pytest.fixture
def locked(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False, api_token=TOKEN)


@pytest.fixture
def ui(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False)


def status_of(client: TestClient, test_id: str) -> str:
    response = client.get(f"/api/tests/{test_id}", headers=BEARER)
    assert response.status_code == 200, "the test is gone"
    status: str = response.json()["status"]
    return status


@pytest.mark.parametrize(
    "headers",
    [
        OWN_ORIGIN,  # no CSRF token
        OWN_ORIGIN | {"X-CSRF-Token": "0" * 64},  # a wrong one
        {"X-CSRF-Token": "right"},  # the right one, but nothing says where it came from
        OTHER_PORT | {"X-CSRF-Token": "right"},
        {"Sec-Fetch-Site": "same-site", "X-CSRF-Token": "right"},
        {"Referer": "http://testserver:8001/attack.html", "X-CSRF-Token": "right"},
    ],
)
def test_a_signed_in_api_change_without_proof_of_origin_and_token_is_refused(
    locked: TestClient, headers: dict[str, str]
) -> None:
    csrf = sign_in(locked)
    test_id = create_test(locked)
    headers = {name: csrf if value == "right" else value for name, value in headers.items()}
    for method, path in (
        ("delete", f"/api/tests/{test_id}"),
        ("post", f"/api/tests/{test_id}/run?wait=false"),
        ("put", f"/api/tests/{test_id}"),
    ):  # fmt: skip
        kwargs = {"json": {"status": "paused"}} if method == "put" else {}
        answer = locked.request(method, path, headers=headers, **kwargs)
        assert answer.status_code == 403, (method, path, answer.text)
        assert answer.json()["error"].startswith("refused: ")
    assert status_of(locked, test_id) == "active"
    assert locked.get(f"/api/tests/{test_id}/results", headers=BEARER).json()["total"] == 0
    assert locked.get("/api/queue").json()["queued"] == 0


@pytest.mark.parametrize(
    "origin",
    [OWN_ORIGIN, {"Sec-Fetch-Site": "same-origin"}, {"Referer": "http://testserver/tests"}],
)
def test_a_signed_in_api_change_from_our_own_page_with_the_token_is_done(
    locked: TestClient, origin: dict[str, str]
) -> None:
    csrf = sign_in(locked)
    test_id = create_test(locked)
    answer = locked.delete(f"/api/tests/{test_id}", headers=origin | {"X-CSRF-Token": csrf})
    assert answer.status_code == 200, answer.text
    assert locked.get(f"/api/tests/{test_id}", headers=BEARER).status_code == 404


def test_a_signed_in_form_without_the_csrf_token_is_refused_with_a_page(
    locked: TestClient,
) -> None:
    sign_in(locked)
    test_id = create_test(locked)
    answer = locked.post(f"/tests/{test_id}/pause", headers=OWN_ORIGIN)
    assert answer.status_code == 403
    assert answer.headers["content-type"].startswith("text/html")
    assert "<h1>Refused</h1>" in answer.text
    assert "CSRF token" in answer.text
    notice = locked.post(f"/tests/{test_id}/pause", headers=OWN_ORIGIN | HTMX)
    assert notice.status_code == 403
    assert notice.headers["HX-Retarget"] == "#notice"
    assert 'role="alert"' in notice.text
    assert status_of(locked, test_id) == "active"


def test_a_form_from_another_port_is_refused_even_with_the_token(locked: TestClient) -> None:
    csrf = sign_in(locked)
    test_id = create_test(locked)
    answer = locked.post(f"/tests/{test_id}/pause", data={"csrf_token": csrf}, headers=OTHER_PORT)
    assert answer.status_code == 403
    assert "not this HouseCat" in answer.text
    assert status_of(locked, test_id) == "active"


def test_a_signed_in_form_carrying_its_csrf_token_is_done(locked: TestClient) -> None:
    csrf = sign_in(locked)
    test_id = create_test(locked)
    answer = locked.post(f"/tests/{test_id}/pause", data={"csrf_token": csrf}, headers=OWN_ORIGIN)
    assert answer.status_code == 200  # back on the list
    assert status_of(locked, test_id) == "paused"
    htmx = locked.post(
        f"/tests/{test_id}/resume", headers=OWN_ORIGIN | HTMX | {"X-CSRF-Token": csrf}
    )
    assert htmx.status_code == 200
    assert status_of(locked, test_id) == "active"


def test_every_form_and_htmx_request_of_a_signed_in_page_carries_the_token(
    locked: TestClient,
) -> None:
    csrf = sign_in(locked)
    test_id = create_test(locked)
    for path in ("/", "/tests", f"/tests/{test_id}", "/run-test", "/tests/new",
                 f"/tests/{test_id}/edit", f"/tests/{test_id}/delete"):  # fmt: skip
        page = locked.get(path).text
        assert f'<body hx-headers=\'{{"X-CSRF-Token": "{csrf}"}}\'>' in page, path
        field = f'<input type="hidden" name="csrf_token" value="{csrf}">'
        changing = re.findall(r'<form(?![^>]*method="get")', page)  # a search changes nothing
        assert len(changing) == page.count(field), path


def test_bearer_calls_need_no_csrf_token(locked: TestClient) -> None:
    test_id = create_test(locked)
    paused = locked.put(f"/api/tests/{test_id}", json={"status": "paused"}, headers=BEARER)
    assert paused.status_code == 200
    assert locked.delete(f"/api/tests/{test_id}", headers=BEARER).json()["status"] == "deleted"


def test_reads_need_no_csrf_token(locked: TestClient) -> None:
    sign_in(locked)
    assert locked.get("/api/tests", headers=OTHER_PORT).status_code == 200
    assert locked.get("/tests").status_code == 200


# An install without a token: no session to abuse, but other sites' pages are refused.


@pytest.mark.parametrize(
    "headers",
    [
        OTHER_PORT,
        {"Origin": "null"},
        {"Sec-Fetch-Site": "same-site"},
        {"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"},
    ],
)
def test_an_open_install_refuses_changes_from_other_origins(
    ui: TestClient, headers: dict[str, str]
) -> None:
    test_id = create_test(ui)
    assert ui.delete(f"/api/tests/{test_id}", headers=headers).status_code == 403
    answer = ui.post(f"/api/tests/{test_id}/run?wait=false", headers=headers, content="x")
    assert answer.status_code == 403
    assert answer.json()["error"].startswith("refused: ")
    page = ui.post(f"/tests/{test_id}/pause", headers=headers)
    assert (page.status_code, "<h1>Refused</h1>" in page.text) == (403, True)
    assert ui.post("/example", headers=headers).status_code == 403
    assert ui.get("/api/tests").json()["total"] == 1
    assert status_of(ui, test_id) == "active"


def test_an_open_install_takes_changes_from_its_pages_and_from_non_browsers(
    ui: TestClient,
) -> None:
    test_id = create_test(ui)  # no Origin: curl, httpx, the CLI
    assert ui.post(f"/tests/{test_id}/pause", headers=OWN_ORIGIN).status_code == 200
    same_origin = {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"}
    assert ui.post(f"/tests/{test_id}/resume", headers=same_origin).status_code == 200
    assert ui.delete(f"/api/tests/{test_id}").status_code == 200


def test_a_public_url_is_an_origin_of_our_own(make_client: Callable[..., TestClient]) -> None:
    ui = make_client(roles=False, public_url="https://monitor.example.com")
    test_id = create_test(ui)
    proxied = {"Origin": "https://monitor.example.com"}
    assert ui.post(f"/tests/{test_id}/pause", headers=proxied).status_code == 200


def test_no_other_origin_can_start_a_run_on_run_a_test(ui: TestClient) -> None:
    # The live panel's stream runs the journey: an <img> on another port must not start one.
    answer = ui.get(
        "/run-test/stream?url=https://example.com&goal=open+/",
        headers={"Sec-Fetch-Site": "same-site"},
    )
    assert answer.status_code == 403
    assert "<h1>Refused</h1>" in answer.text
