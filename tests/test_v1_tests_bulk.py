"""`POST /api/v1/tests/bulk`: one action on many tests, answered test by test."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

BODY = {"name": "Home", "url": "https://shop.example.com", "goal": "open /"}


@pytest.fixture
def api(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False)  # no worker: a queued run stays queued


def create(api: TestClient, **fields: Any) -> dict[str, Any]:
    answer = api.post("/api/v1/tests", json=BODY | fields)
    assert answer.status_code == 201, answer.text
    created: dict[str, Any] = answer.json()
    return created


def bulk(api: TestClient, action: str, ids: list[str], **extra: Any) -> dict[str, Any]:
    answer = api.post("/api/v1/tests/bulk", json={"action": action, "ids": ids} | extra)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def field(api: TestClient, test_id: str, name: str) -> Any:
    return api.get(f"/api/v1/tests/{test_id}").json()[name]


def test_pause_and_resume_answer_per_id_and_unknown_ids_are_reported(api: TestClient) -> None:
    ids = [create(api)["id"] for _ in range(3)]
    paused = bulk(api, "pause", [ids[0], "deadbeef", ids[1], ids[0]])
    assert paused["results"] == [
        {"id": ids[0], "ok": True, "error": None, "new_id": None, "run_id": None},
        {
            "id": "deadbeef",
            "ok": False,
            "error": "test 'deadbeef' not found",
            "new_id": None,
            "run_id": None,
        },
        {"id": ids[1], "ok": True, "error": None, "new_id": None, "run_id": None},
    ]  # an id named twice is done once
    assert (paused["succeeded"], paused["failed"]) == (2, 1)
    found = api.get("/api/v1/tests", params={"status": "paused", "sort": "created_at"}).json()
    assert [test["id"] for test in found["tests"]] == ids[:2]
    bulk(api, "resume", ids)
    assert [field(api, test_id, "status") for test_id in ids] == ["active"] * 3


def test_tag_and_untag_change_only_the_tags_named(api: TestClient) -> None:
    one, two = create(api, tags=["keep"])["id"], create(api)["id"]
    bulk(api, "tag", [one, two], tags=["smoke", "keep"])
    assert (field(api, one, "tags"), field(api, two, "tags")) == (
        ["keep", "smoke"],
        ["smoke", "keep"],
    )
    bulk(api, "untag", [one, two], tags=["smoke"])
    assert (field(api, one, "tags"), field(api, two, "tags")) == (["keep"], ["keep"])
    found = api.get("/api/v1/tests", params={"tag": "smoke"}).json()
    assert found["total"] == 0


def test_tagging_past_twenty_tags_is_refused_for_that_test_only(api: TestClient) -> None:
    full = create(api, tags=[f"t{n}" for n in range(20)])["id"]
    empty = create(api)["id"]
    answer = bulk(api, "tag", [full, empty], tags=["extra"])
    assert [result["ok"] for result in answer["results"]] == [False, True]
    assert "at most 20 tags" in answer["results"][0]["error"]
    assert len(field(api, full, "tags")) == 20


def test_delete_removes_each_test(api: TestClient) -> None:
    ids = [create(api)["id"] for _ in range(3)]
    assert bulk(api, "delete", ids[:2])["succeeded"] == 2
    listed = api.get("/api/v1/tests").json()
    assert [test["id"] for test in listed["tests"]] == ids[2:]


def test_duplicate_copies_fields_steps_and_status(api: TestClient) -> None:
    original = create(
        api, description="d", category="c", tags=["x"], variables={"user": "alice"},
        secrets={"password": "hunter2"},
    )  # fmt: skip
    steps = {"steps": [{"action_type": "fill", "target": "Password", "value": "{{password}}"}]}
    api.post(f"/api/v1/tests/{original['id']}/steps", json=steps)
    api.put(f"/api/v1/tests/{original['id']}", json={"status": "paused"})
    answer = bulk(api, "duplicate", [original["id"]])
    copy_id = answer["results"][0]["new_id"]
    assert copy_id and copy_id != original["id"]
    copy = api.get(f"/api/v1/tests/{copy_id}").json()
    assert copy["name"] == "Home (copy)"
    for same in ("url", "goal", "description", "category", "tags", "variables", "secrets"):
        assert copy[same] == original[same], same
    assert (copy["status"], copy["pinned"]) == ("paused", True)
    copied = api.get(f"/api/v1/tests/{copy_id}/steps").json()["steps"]
    kept = api.get(f"/api/v1/tests/{original['id']}/steps").json()["steps"]
    assert copied == kept


def test_run_queues_each_test_once(api: TestClient) -> None:
    one, two = create(api)["id"], create(api)["id"]
    answer = bulk(api, "run", [one, two])
    assert all(result["ok"] and result["run_id"] for result in answer["results"])
    assert api.get("/api/queue").json()["queued"] == 2
    again = bulk(api, "run", [one])["results"][0]
    assert (again["ok"], again["error"]) == (False, f"test '{one}' is already queued or running")


@pytest.mark.parametrize(
    ("body", "field_at_fault"),
    [
        ({"action": "tag", "ids": ["a"]}, "tags"),
        ({"action": "untag", "ids": ["a"], "tags": []}, "tags"),
        ({"action": "pause", "ids": ["a"], "tags": ["x"]}, "tags"),
        ({"action": "explode", "ids": ["a"]}, "action"),
        ({"action": "pause", "ids": []}, "ids"),
        ({"action": "pause", "ids": [f"id{n}" for n in range(501)]}, "ids"),
        ({"action": "tag", "ids": ["a"], "tags": ["Bad Tag"]}, "tags.0"),
        ({"action": "pause"}, "ids"),
    ],
)
def test_a_bad_bulk_request_is_a_422_naming_the_field(
    api: TestClient, body: dict[str, Any], field_at_fault: str
) -> None:
    answer = api.post("/api/v1/tests/bulk", json=body)
    assert answer.status_code == 422, answer.text
    assert set(answer.json()["fields"]) == {field_at_fault}
