"""The Activity and Trash pages, through the app in-process."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.signing_in import BEARER, OWN_ORIGIN, TOKEN, sign_in

SCRIPT_NAME = "<script>alert(1)</script>"


def create(client: TestClient, name: str = "Home", headers: dict[str, str] | None = None) -> str:
    body = {"name": name, "url": "https://example.com", "goal": "open /"}
    answer = client.post("/api/tests", json=body, headers=headers)
    assert answer.status_code == 200, answer.text
    test_id: str = answer.json()["id"]
    return test_id


def test_the_activity_page_lists_changes_filtered_and_escaped(client: TestClient) -> None:
    test_id = create(client, SCRIPT_NAME)
    client.put(f"/api/tests/{test_id}", json={"status": "paused"})

    page = client.get("/audit").text
    paused_only = client.get("/audit", params={"action": "pause"}).text

    assert SCRIPT_NAME not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count('id="audit-') == 2
    assert paused_only.count('id="audit-') == 1
    assert "<code>status</code>: active → paused" in paused_only


def test_the_test_page_loads_its_activity(client: TestClient) -> None:
    test_id = create(client)
    client.put(f"/api/tests/{test_id}", json={"goal": "open /about"})

    page = client.get(f"/tests/{test_id}").text
    activity = client.get(f"/tests/{test_id}/activity").text

    assert f'hx-get="/tests/{test_id}/activity"' in page
    assert "Activity" in activity
    assert "<code>goal</code>: open / → open /about" in activity
    assert client.get("/tests/nosuch00/activity").status_code == 404


def test_the_trash_page_restores_a_deleted_test(make_client: Callable[..., TestClient]) -> None:
    client = make_client(roles=False, api_token=TOKEN)
    test_id = create(client, headers=BEARER)
    client.delete(f"/api/tests/{test_id}", headers=BEARER)
    csrf = sign_in(client)

    listed = client.get("/trash").text
    restored = client.post(
        f"/trash/test/{test_id}/restore",
        data={"csrf_token": csrf},
        headers=OWN_ORIGIN,
        follow_redirects=False,
    )

    assert f'id="trash-test-{test_id}"' in listed
    assert "by api-token" in listed
    assert restored.status_code == 303
    assert client.get(f"/api/tests/{test_id}", headers=BEARER).status_code == 200
    assert f'id="trash-test-{test_id}"' not in client.get("/trash").text
    trail = client.get(f"/api/v1/tests/{test_id}/audit", headers=BEARER).json()["entries"]
    assert [(e["action"], e["actor"]) for e in trail][:2] == [
        ("restore", "signed-in user"),
        ("delete", "api-token"),
    ]


def test_the_trash_page_says_why_a_test_cannot_come_back(client: TestClient) -> None:
    test_id = create(client)
    client.delete(f"/api/tests/{test_id}")
    create(client)  # the same name, taken since

    answer = client.post(f"/trash/test/{test_id}/restore", follow_redirects=False)

    assert answer.status_code == 409
    assert "a test named &#39;Home&#39; exists: rename it before restoring this one" in answer.text


def test_the_trash_page_purges_for_good(client: TestClient) -> None:
    test_id = create(client)
    client.delete(f"/api/tests/{test_id}")

    answer = client.post(f"/trash/test/{test_id}/purge", follow_redirects=False)

    assert answer.status_code == 303
    assert client.get("/api/v1/trash").json()["items"] == []


def test_a_failed_sign_in_is_recorded(make_client: Callable[..., TestClient]) -> None:
    client = make_client(roles=False, api_token=TOKEN)

    page = client.post("/login", data={"token": "a wrong guess"}, headers=OWN_ORIGIN)

    assert page.status_code == 401
    trail = client.get("/api/v1/audit", headers=BEARER).json()["entries"]
    assert [(e["action"], e["kind"], e["actor"]) for e in trail] == [
        ("sign_in_failed", "sign_in", "unknown")
    ]
    assert "a wrong guess" not in str(trail)
