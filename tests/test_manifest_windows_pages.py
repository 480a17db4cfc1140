"""A monitors file's maintenance windows and status pages: tests and suites named, by name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.test_manifest_apply import FILE, apply
from tests.test_manifest_cli import by_name, invoke

WINDOWS_AND_PAGES = """\
maintenance:
  - name: Deploys
    cron: "0 3 * * 1"
    timezone: Europe/Paris
    duration_minutes: 30
    effect: silence
    applies_to: {tests: [Login], suites: [Smoke], tags: [nightly]}
  - name: Migration
    starts_at: "2030-03-01T02:00"
    timezone: Europe/Paris
    duration_minutes: 120
    applies_to: {tests: [Home]}
status_pages:
  - name: Shop
    slug: shop
    description: The shop's health
    suites: [Smoke]
    tags: [public]
"""
WHOLE = FILE + WINDOWS_AND_PAGES


@pytest.fixture
def api(make_client: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setenv("SHOP_PASSWORD", "hunter2")
    return make_client(roles=False)


def windows(api: TestClient) -> dict[str, dict[str, object]]:
    found = api.get("/api/v1/maintenance-windows").json()["maintenance_windows"]
    return {window["name"]: window for window in found}


def pages(api: TestClient) -> dict[str, dict[str, object]]:
    return {page["slug"]: page for page in api.get("/api/v1/status-pages").json()["status_pages"]}


def test_windows_and_pages_are_created_after_what_they_name_then_nothing_changes(
    api: TestClient,
) -> None:
    status, answer = apply(api, WHOLE)
    assert status == 200, answer
    assert answer["changes"]["maintenance"]["created"] == ["Deploys", "Migration"]
    assert answer["changes"]["status_pages"]["created"] == ["shop"]
    assert list(answer["changes"])[-2:] == ["maintenance", "status_pages"]
    tests = {t["name"]: t["id"] for t in api.get("/api/tests").json()["tests"]}
    (suite,) = api.get("/api/v1/suites").json()["suites"]
    deploys, migration = windows(api)["Deploys"], windows(api)["Migration"]
    assert deploys["applies_to"] == {
        "test_ids": [tests["Login"]],
        "suite_ids": [suite["id"]],
        "tags": ["nightly"],
    }
    assert (deploys["cron"], deploys["effect"]) == ("0 3 * * 1", "silence")
    assert migration["starts_at"] == "2030-03-01T01:00:00.000Z"  # kept in UTC
    shop = pages(api)["shop"]
    assert (shop["name"], shop["suite_ids"], shop["tags"]) == ("Shop", [suite["id"]], ["public"])

    status, again = apply(api, WHOLE)
    assert (status, again["summary"]) == (200, "nothing to change"), again


def test_a_changed_window_or_page_is_updated(api: TestClient) -> None:
    apply(api, WHOLE)
    changed = WHOLE.replace("duration_minutes: 30", "duration_minutes: 45")
    changed = changed.replace("applies_to: {tests: [Home]}", "applies_to: {tests: [Home, Login]}")
    changed = changed.replace("  - name: Shop\n", "  - name: Shop front\n")
    status, answer = apply(api, changed)
    assert status == 200, answer
    assert answer["changes"]["maintenance"]["updated"] == [
        {"name": "Deploys", "fields": ["duration_minutes"]},
        {"name": "Migration", "fields": ["applies_to"]},
    ]
    assert answer["changes"]["status_pages"]["updated"] == [{"name": "shop", "fields": ["name"]}]
    tests = {t["name"]: t["id"] for t in api.get("/api/tests").json()["tests"]}
    assert windows(api)["Deploys"]["duration_minutes"] == 45
    migration = windows(api)["Migration"]
    assert migration["applies_to"]["test_ids"] == [tests["Home"], tests["Login"]]
    assert migration["starts_at"] == "2030-03-01T01:00:00.000Z"
    assert pages(api)["shop"]["name"] == "Shop front"
    assert apply(api, changed)[1]["summary"] == "nothing to change"


def test_a_one_off_window_made_recurring_is_updated(api: TestClient) -> None:
    apply(api, WHOLE)
    changed = WHOLE.replace('starts_at: "2030-03-01T02:00"', 'cron: "0 2 1 * *"')
    status, answer = apply(api, changed)
    assert status == 200, answer
    assert answer["changes"]["maintenance"]["updated"] == [
        {"name": "Migration", "fields": ["starts_at", "cron"]}
    ]
    migration = windows(api)["Migration"]
    assert (migration["starts_at"], migration["cron"]) == (None, "0 2 1 * *")


def test_prune_deletes_windows_and_pages_before_the_tests_and_suites_they_name(
    api: TestClient,
) -> None:
    apply(api, WHOLE)
    status, answer = apply(api, "", prune="true")
    assert status == 200, answer
    assert sorted(answer["changes"]["maintenance"]["deleted"]) == ["Deploys", "Migration"]
    assert answer["changes"]["status_pages"]["deleted"] == ["shop"]
    assert list(answer["changes"])[:5] == [
        "environments",
        "browser_configs",
        "templates",
        "tests",
        "suites",
    ]  # deleted in the reverse order: pages and windows first
    assert (windows(api), pages(api)) == ({}, {})
    assert api.get("/api/tests").json()["tests"] == []


def test_prune_keeps_what_the_file_still_describes(api: TestClient) -> None:
    apply(api, WHOLE)
    without = WHOLE.replace(WINDOWS_AND_PAGES.split("status_pages:")[1], " []\n")
    without = without.replace(
        "  - name: Migration\n"
        '    starts_at: "2030-03-01T02:00"\n'
        "    timezone: Europe/Paris\n"
        "    duration_minutes: 120\n"
        "    applies_to: {tests: [Home]}\n",
        "",
    )
    status, answer = apply(api, without, prune="true")
    assert status == 200, answer
    assert answer["changes"]["maintenance"]["deleted"] == ["Migration"]
    assert answer["changes"]["status_pages"]["deleted"] == ["shop"]
    assert list(windows(api)) == ["Deploys"] and pages(api) == {}


@pytest.mark.parametrize(
    ("typo", "place", "message"),
    [
        ("tests: [Login]", "maintenance[0].applies_to.tests[0]", "no test named 'Logon'"),
        ("suites: [Smoke], tags", "maintenance[0].applies_to.suites[0]", "no suite named 'Smok'"),
        ("suites: [Smoke]\n", "status_pages[0].suites[0]", "no suite named 'Smok'"),
    ],
)
def test_an_unknown_test_or_suite_is_refused_at_its_place(
    api: TestClient, typo: str, place: str, message: str
) -> None:
    wrong = typo.replace("Login", "Logon").replace("Smoke", "Smok")
    lines = WHOLE.replace(typo, wrong).splitlines()
    status, answer = apply(api, "\n".join(lines))
    assert status == 422, answer
    (problem,) = answer["problems"]
    assert problem["path"] == place
    assert problem["message"] == f"{message} in this file or on the server"
    assert wrong.strip() in lines[problem["line"] - 1]
    assert (windows(api), pages(api)) == ({}, {})
    assert api.get("/api/tests").json()["tests"] == []


def test_ids_are_refused_where_a_file_names_records(api: TestClient) -> None:
    status, answer = apply(api, WHOLE.replace("tests: [Home]", "test_ids: [abc123]"))
    assert status == 422
    (problem,) = answer["problems"]
    assert problem["path"] == "maintenance[1].applies_to.test_ids"
    assert "write `tests: NAME`" in problem["message"]


def test_a_slug_twice_is_refused(api: TestClient) -> None:
    twice = WHOLE + "  - {name: Other, slug: shop, tags: [x]}\n"
    status, answer = apply(api, twice)
    assert status == 422
    (problem,) = answer["problems"]
    assert problem["path"] == "status_pages[1].slug"
    assert "'shop' is already the slug of status_pages[0]" in problem["message"]


def test_export_then_apply_on_a_fresh_data_dir_reproduces_windows_and_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOP_PASSWORD", "hunter2")
    monitors, exported = tmp_path / "monitors.yaml", tmp_path / "exported.yaml"
    monitors.write_text(WHOLE)
    first, fresh = str(tmp_path / "first"), str(tmp_path / "fresh")
    code, output = invoke("apply", str(monitors), "--data-dir", first)
    assert code == 0, output
    code, output = invoke("export", str(exported), "--data-dir", first)
    assert code == 0, output
    text = exported.read_text()
    assert "applies_to:\n    tests:\n    - Login\n    suites:\n    - Smoke" in text
    assert "slug: shop" in text

    secrets = {"HOUSECAT_SECRET_ENVIRONMENT_STAGING_PASSWORD": "hunter2"}
    code, output = invoke("apply", str(exported), "--data-dir", fresh, env=secrets)
    assert code == 0, output
    assert "applied: 9 created" in output
    code, again = invoke("export", "--data-dir", fresh)
    assert code == 0
    assert by_name(again.split("\n", 1)[1]) == by_name(text)
    code, output = invoke("apply", str(exported), "--data-dir", fresh, env=secrets)
    assert (code, output.strip().splitlines()[-1]) == (0, "nothing to change")
