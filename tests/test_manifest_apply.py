"""`POST /api/v1/apply`: the server made to match a file, checked whole before anything changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient

from tests.conftest import our_keys

FILE = """\
environments:
  - name: staging
    base_url: https://staging.example.com
    variables: {user: alice}
    secrets:
      password: {env: SHOP_PASSWORD}
browser_configs:
  - name: desk
    viewport_width: 1440
tests:
  - name: Login
    url: /login
    goal: open /login and expect text 'Welcome'
    environment: staging
    schedule: "@hourly"
    tags: [smoke]
  - name: Home
    url: https://example.com/
    goal: expect text 'Example'
    paused: true
  - name: Pinned
    url: https://example.com/
    steps:
      - {action: expect_text, value: Example, phrase: "expect text 'Example'"}
suites:
  - name: Smoke
    tests: [Login, Home]
    environment: staging
    browser_config: desk
"""


@pytest.fixture
def api(make_client: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setenv("SHOP_PASSWORD", "hunter2")
    return make_client(roles=False)


def apply(api: TestClient, text: str, **params: str) -> Any:
    response = api.post(
        "/api/v1/apply", content=text, params=params, headers={"Content-Type": "application/yaml"}
    )
    return response.status_code, response.json()


def names(api: TestClient, path: str, key: str) -> list[str]:
    return sorted(record["name"] for record in api.get(path).json()[key])


def test_apply_creates_everything_in_order_and_a_second_apply_changes_nothing(
    api: TestClient,
) -> None:
    status, answer = apply(api, FILE)
    assert status == 200, answer
    assert answer["summary"] == "applied: 6 created, 0 updated, 0 deleted"
    assert answer["changes"]["tests"]["created"] == ["Login", "Home", "Pinned"]
    tests = {t["name"]: t for t in api.get("/api/tests").json()["tests"]}
    (staging,) = api.get("/api/v1/environments").json()["environments"]
    assert tests["Login"]["environment_id"] == staging["id"]
    assert tests["Login"]["schedule"] == "0 * * * *"
    assert tests["Home"]["status"] == "paused"
    assert tests["Pinned"]["pinned"] is True
    (suite,) = api.get("/api/v1/suites").json()["suites"]
    assert suite["test_ids"] == [tests["Login"]["id"], tests["Home"]["id"]]

    status, again = apply(api, FILE)
    assert (status, again["changed"], again["summary"]) == (200, False, "nothing to change")


def test_a_changed_file_updates_only_the_fields_that_differ(api: TestClient) -> None:
    apply(api, FILE)
    changed = FILE.replace("tags: [smoke]", "tags: [smoke, login]").replace(
        "paused: true", "paused: false"
    )
    changed = changed.replace("viewport_width: 1440", "viewport_width: 1500")
    status, answer = apply(api, changed)
    assert status == 200, answer
    assert answer["changes"]["tests"]["updated"] == [
        {"name": "Login", "fields": ["tags"]},
        {"name": "Home", "fields": ["paused"]},
    ]
    assert answer["changes"]["browser_configs"]["updated"] == [
        {"name": "desk", "fields": ["viewport_width"]}
    ]
    tests = {t["name"]: t for t in api.get("/api/tests").json()["tests"]}
    assert tests["Login"]["tags"] == ["smoke", "login"]
    assert tests["Home"]["status"] == "active"
    assert apply(api, changed)[1]["summary"] == "nothing to change"


def test_a_changed_secret_is_updated_without_showing_its_value(
    api: TestClient, monkeypatch: pytest.MonkeyPatch, db: redis.Redis
) -> None:
    apply(api, FILE)
    monkeypatch.setenv("SHOP_PASSWORD", "correct horse")
    status, answer = apply(api, FILE)
    assert status == 200
    assert answer["changes"]["environments"]["updated"] == [
        {"name": "staging", "fields": ["secrets"]}
    ]
    assert "correct horse" not in str(answer)
    (key,) = db.keys("environment:*")
    assert '"correct horse"' in db.hget(key, "secrets")


def test_prune_deletes_what_the_file_no_longer_describes_suites_first(api: TestClient) -> None:
    apply(api, FILE)
    only_home = "tests:\n  - name: Home\n    url: https://example.com/\n    goal: expect text 'Example'\n    paused: true\n"
    status, kept = apply(api, only_home)
    assert (status, kept["summary"]) == (200, "nothing to change")  # without --prune
    status, answer = apply(api, only_home, prune="true")
    assert status == 200, answer
    assert answer["changes"]["suites"]["deleted"] == ["Smoke"]
    assert sorted(answer["changes"]["tests"]["deleted"]) == ["Login", "Pinned"]
    assert answer["changes"]["environments"]["deleted"] == ["staging"]
    assert names(api, "/api/tests", "tests") == ["Home"]
    assert names(api, "/api/v1/environments", "environments") == []
    assert apply(api, only_home, prune="true")[1]["summary"] == "nothing to change"


def test_a_dry_run_answers_the_diff_and_changes_nothing(api: TestClient, db: redis.Redis) -> None:
    before = our_keys(db)
    status, answer = apply(api, FILE, dry_run="true")
    assert status == 200
    assert answer["dry_run"] is True and answer["changed"] is True
    assert answer["summary"] == "dry run: would create 6, update 0, delete 0; nothing changed"
    assert our_keys(db) == before


def test_an_invalid_file_is_refused_whole_with_every_problem_and_its_place(
    api: TestClient, db: redis.Redis
) -> None:
    broken = FILE.replace("environment: staging\n    schedule", "environment: prod\n    schedule")
    broken = broken.replace("tests: [Login, Home]", "tests: [Login, Nope]")
    before = our_keys(db)
    status, answer = apply(api, broken)
    assert status == 422
    assert answer["problems"] == [
        {
            "line": 14,
            "column": 5,
            "path": "tests[0].environment",
            "message": "no environment named 'prod' in this file or on the server",
        },
        {
            "line": 27,
            "column": 20,
            "path": "suites[0].tests[1]",
            "message": "no test named 'Nope' in this file or on the server",
        },
    ]
    assert answer["error"].startswith("monitors.yaml:14:5: tests[0].environment: ")
    assert answer["fields"]["suites[0].tests[1]"].startswith("line 27, column 20: ")
    assert our_keys(db) == before  # the environment, the configuration, nothing was written


def test_a_goal_the_reader_refuses_is_a_problem_before_anything_is_written(
    api: TestClient, db: redis.Redis
) -> None:
    broken = FILE.replace("goal: expect text 'Example'\n    paused", "goal: frobnicate\n    paused")
    status, answer = apply(api, broken)
    assert status == 422
    (problem,) = answer["problems"]
    assert (problem["line"], problem["path"]) == (19, "tests[1].goal")
    assert our_keys(db) == []


def test_a_missing_secret_variable_is_a_422_naming_it(
    api: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SHOP_PASSWORD")
    status, answer = apply(api, FILE)
    assert status == 422
    assert answer["problems"][0]["message"] == (
        "environment variable SHOP_PASSWORD is not set (secret 'password')"
    )


def test_a_name_the_server_gives_two_tests_is_ambiguous(api: TestClient) -> None:
    body = {"name": "Home", "url": "https://example.com/", "goal": "open /"}
    api.post("/api/v1/tests", json=body)
    api.post("/api/v1/tests", json=body)
    status, answer = apply(api, FILE)
    assert status == 422
    assert "the server has several tests named 'Home'" in answer["problems"][0]["message"]


def test_json_is_applied_as_yaml(api: TestClient) -> None:
    body = {"tests": [{"name": "A", "url": "https://example.com/", "goal": "open /"}]}
    response = api.post("/api/v1/apply", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["changes"]["tests"]["created"] == ["A"]


def test_a_body_that_is_not_utf8_is_a_400(api: TestClient) -> None:
    response = api.post("/api/v1/apply", content=b"\xff\xfe")
    assert response.status_code == 400
    assert response.json() == {"error": "the body is not UTF-8 text"}


def test_export_answers_the_file_which_applies_as_nothing_to_change(api: TestClient) -> None:
    apply(api, FILE)
    response = api.get("/api/v1/export")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/yaml")
    exported = response.text
    assert "hunter2" not in exported
    assert "env: HOUSECAT_SECRET_ENVIRONMENT_STAGING_PASSWORD" in exported
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOUSECAT_SECRET_ENVIRONMENT_STAGING_PASSWORD", "hunter2")
        assert apply(api, exported)[1]["summary"] == "nothing to change"


def test_the_schema_is_served_without_the_token(make_client: Callable[..., TestClient]) -> None:
    api = make_client(roles=False, api_token="t0k")
    response = api.get("/api/v1/schema/monitors.json")
    assert response.status_code == 200
    assert "tests" in response.json()["properties"]
    assert api.post("/api/v1/apply", content="tests: []").status_code == 401


def test_the_tests_page_links_to_export_and_import(api: TestClient) -> None:
    page = api.get("/tests").text
    assert '<a href="/api/v1/export" download>Export</a>' in page
    assert '<a href="/import">Import</a>' in page


def test_the_import_page_previews_the_diff_then_applies_it(api: TestClient) -> None:
    assert api.get("/import").status_code == 200
    preview = api.post("/import", data={"text": FILE, "action": "preview"})
    assert preview.status_code == 200
    assert "+ create <strong>Login</strong>" in preview.text
    assert "Dry run: would create 6" in preview.text
    assert names(api, "/api/tests", "tests") == []
    applied = api.post("/import", data={"text": FILE, "action": "apply"})
    assert "Applied: 6 created" in applied.text
    assert names(api, "/api/tests", "tests") == ["Home", "Login", "Pinned"]


def test_the_import_page_lists_each_problem_with_its_line(api: TestClient) -> None:
    broken = FILE.replace("tags: [smoke]", "tags: [Smoke Tests]")
    answer = api.post("/import", data={"text": broken, "action": "apply"})
    assert answer.status_code == 422
    assert "Line 16, column 12: <code>tests[0].tags[0]</code>" in answer.text
    assert names(api, "/api/tests", "tests") == []
