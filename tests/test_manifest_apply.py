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
# Tests made from a template, and the template: added to FILE by `with_templates`.
TEMPLATE_TESTS = """\
  - name: Find lamps
    url: https://example.com/
    template: Search
    variables: {term: lamp, result: Brass lamp}
  - name: Find desks by hand
    url: https://example.com/
    template: Search
    goal: search for desk
    steps:
      - {action: expect_text, value: Desk, phrase: "expect text 'Desk'"}
"""
TEMPLATES = """\
templates:
  - name: Search
    goal: search for {{term}} and check the page says {{result}}
    description: Any search
"""


def with_templates(text: str) -> str:
    """The file with a template and two tests made from it (one pinned, keeping its goal)."""
    return text.replace("suites:\n", TEMPLATE_TESTS + "suites:\n") + TEMPLATES


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


def test_a_template_is_applied_before_its_tests_which_take_its_goal(api: TestClient) -> None:
    status, answer = apply(api, with_templates(FILE))
    assert status == 200, answer
    assert answer["changes"]["templates"]["created"] == ["Search"]
    (template,) = api.get("/api/v1/templates").json()["templates"]
    tests = {t["name"]: t for t in api.get("/api/tests").json()["tests"]}
    lamps, desks = tests["Find lamps"], tests["Find desks by hand"]
    assert lamps["goal"] == template["goal"] and lamps["template_id"] == template["id"]
    assert (desks["goal"], desks["pinned"], desks["template_id"]) == (
        "search for desk",
        True,
        template["id"],
    )
    assert apply(api, with_templates(FILE))[1]["summary"] == "nothing to change"


def test_a_template_s_new_goal_reaches_its_tests_in_the_file_and_on_the_server(
    api: TestClient, db: redis.Redis
) -> None:
    apply(api, with_templates(FILE))
    (template,) = api.get("/api/v1/templates").json()["templates"]
    made = {"name": "Find chairs", "url": "https://example.com/", "variables": {"term": "chair"}}
    made["variables"]["result"] = "Oak chair"
    assert api.post(f"/api/v1/templates/{template['id']}/tests", json=made).status_code == 201
    new_goal = "search for {{term}} and check the heading says {{result}}"
    changed = with_templates(FILE).replace(
        "check the page says {{result}}", "check the heading says {{result}}"
    )
    status, answer = apply(api, changed)
    assert status == 200, answer
    assert answer["changes"]["templates"]["updated"] == [{"name": "Search", "fields": ["goal"]}]
    assert answer["changes"]["tests"]["updated"] == [{"name": "Find lamps", "fields": ["goal"]}]
    goals = {t["name"]: t["goal"] for t in api.get("/api/tests").json()["tests"]}
    assert goals["Find lamps"] == goals["Find chairs"] == new_goal  # the server's own too
    assert goals["Find desks by hand"] == "search for desk"  # pinned: kept

    # A goal asking for a value a test on the server does not have changes nothing.
    before = our_keys(db), {k: db.hgetall(k) for k in db.keys("test:*") if db.type(k) == "hash"}
    needs_more = changed.replace(
        "says {{result}}", "says {{result}} and the page says {{size}}"
    ).replace("result: Brass lamp}", "result: Brass lamp, size: big}")
    status, answer = apply(api, needs_more)
    assert status == 422
    (problem,) = answer["problems"]
    assert problem["path"] == "templates[0].goal"
    assert problem["message"].startswith("the test 'Find chairs' made from this template has no")
    assert "{{size}}" in problem["message"]
    after = our_keys(db), {k: db.hgetall(k) for k in db.keys("test:*") if db.type(k) == "hash"}
    assert after == before


def test_a_template_is_named_and_takes_the_place_of_a_goal(api: TestClient) -> None:
    broken = with_templates(FILE).replace(
        "template: Search\n    variables", "template: Find\n    variables"
    )
    broken = broken.replace(
        "goal: search for desk\n    steps:\n      - {action: expect_text, value: Desk, phrase: \"expect text 'Desk'\"}\n",
        "goal: search for desk\n",
    )
    status, answer = apply(api, broken)
    assert status == 422
    messages = {problem["path"]: problem["message"] for problem in answer["problems"]}
    assert "a test made from a template takes its goal" in messages["tests[4]"]
    status, answer = apply(
        api,
        with_templates(FILE).replace(
            "template: Search\n    variables", "template: Find\n    variables"
        ),
    )
    assert answer["problems"][0]["path"] == "tests[3].template"
    assert (
        answer["problems"][0]["message"] == "no template named 'Find' in this file or on the server"
    )


def test_prune_deletes_a_template_after_its_tests(api: TestClient) -> None:
    apply(api, with_templates(FILE))
    status, answer = apply(api, FILE, prune="true")
    assert status == 200, answer
    assert answer["changes"]["templates"]["deleted"] == ["Search"]
    assert api.get("/api/v1/templates").json()["templates"] == []


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
