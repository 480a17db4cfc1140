"""Projects: creating, renaming and deleting them, their members, the request's project (a
header, a key's own, a browser's current one), and the move of older records into default."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import redis
from fastapi.testclient import TestClient
from redis.asyncio import Redis

from housecat import keys
from housecat.audit.store import record
from housecat.environments.models import Environment
from housecat.groups.models import Suite
from housecat.projects.context import in_project
from housecat.status_pages.models import StatusPage
from housecat.suites.models import TestSuiteResponse
from tests.accounts import bearer, log_in, make_key, make_user, with_csrf
from tests.runs_data import detail
from tests.signing_in import BEARER, TOKEN, another_browser

IN_B = {**BEARER, "X-HouseCat-Project": "b"}
TEST = {"name": "Home", "url": "https://a.example", "goal": "open /"}


@pytest.fixture
def locked(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(roles=False, api_token=TOKEN)


def new_project(
    client: TestClient, project_id: str = "b", headers: dict[str, str] = BEARER
) -> None:
    answer = client.post("/api/v1/projects", json={"name": project_id.upper(), "id": project_id}, headers=headers)  # fmt: skip
    assert answer.status_code == 201, answer.text


def member(client: TestClient, project: str, user_id: str, role: str) -> None:
    url = f"/api/v1/projects/{project}/members/{user_id}"
    answer = client.put(url, json={"role": role}, headers=BEARER)
    assert answer.status_code == 200, answer.text


def signed_in(client: TestClient, username: str) -> tuple[TestClient, dict[str, str]]:
    browser = another_browser(client)
    return browser, with_csrf(log_in(browser, username))


def test_the_default_project_always_exists_and_cannot_be_deleted(locked: TestClient) -> None:
    listed = locked.get("/api/v1/projects", headers=BEARER).json()
    assert [(p["id"], p["name"], p["role"]) for p in listed] == [("default", "Default", "admin")]
    refused = locked.delete("/api/v1/projects/default", headers=BEARER)
    assert refused.status_code == 409
    assert "cannot be deleted" in refused.json()["error"]


def test_an_open_install_sees_everything_and_makes_no_projects(client: TestClient) -> None:
    made = client.post("/api/v1/tests", json=TEST)
    assert made.json()["project"] == "default"
    assert [t["name"] for t in client.get("/api/v1/tests").json()["tests"]] == ["Home"]
    refused = client.post("/api/v1/projects", json={"name": "B"})
    assert refused.status_code == 403
    assert "first admin" in refused.json()["error"]


def test_a_project_is_created_renamed_and_deleted_while_empty(locked: TestClient) -> None:
    made = locked.post("/api/v1/projects", json={"name": "Shop team"}, headers=BEARER)
    assert made.status_code == 201
    assert made.json()["id"] == "shop-team"
    again = locked.post("/api/v1/projects", json={"name": "Shop team"}, headers=BEARER)
    assert again.status_code == 409
    renamed = locked.put("/api/v1/projects/shop-team", json={"name": "Shop"}, headers=BEARER)
    assert renamed.json()["name"] == "Shop"
    in_shop = {**BEARER, "X-HouseCat-Project": "shop-team"}
    test_id = locked.post("/api/v1/tests", json=TEST, headers=in_shop).json()["id"]
    held = locked.delete("/api/v1/projects/shop-team", headers=BEARER)
    assert held.status_code == 409
    assert "1 test" in held.json()["error"]
    locked.delete(f"/api/v1/tests/{test_id}", headers=in_shop)
    assert locked.delete("/api/v1/projects/shop-team", headers=BEARER).status_code == 204
    assert locked.get("/api/v1/projects/shop-team", headers=BEARER).status_code == 404
    assert locked.get("/api/v1/tests", headers=in_shop).json() == {"error": "project 'shop-team' not found"}  # fmt: skip


@pytest.mark.parametrize(
    "body", [{"name": ""}, {"name": "X", "id": "Not An Id"}, {"name": "X", "extra": 1}, [1]]
)
def test_bad_project_input_is_a_4xx_naming_what_is_wrong(locked: TestClient, body: object) -> None:
    answer = locked.post("/api/v1/projects", json=body, headers=BEARER)
    assert answer.status_code == 422
    assert answer.json()["error"]


def test_a_project_unknown_or_not_yours_is_404_as_the_header_names_it(locked: TestClient) -> None:
    answer = locked.get("/api/v1/tests", headers={**BEARER, "X-HouseCat-Project": "nope"})
    assert answer.status_code == 404
    assert answer.json() == {"error": "project 'nope' not found"}
    new_project(locked)
    make_user(locked, "amy", "admin")
    browser, csrf = signed_in(locked, "amy")
    key = bearer(make_key(browser, csrf, "amy"))
    for headers in ({**csrf, "X-HouseCat-Project": "b"}, {**key, "X-HouseCat-Project": "b"}):
        refused = browser.get("/api/v1/tests", headers=headers)
        assert refused.status_code == 404
        assert refused.json() == {"error": "project 'b' not found"}
    assert browser.get("/api/v1/projects/b", headers=key).status_code == 404


def test_a_users_role_is_their_role_in_the_requests_project(locked: TestClient) -> None:
    new_project(locked)
    dana = make_user(locked, "dana", "editor")
    member(locked, "b", dana, "viewer")
    browser, csrf = signed_in(locked, "dana")
    in_b = {**csrf, "X-HouseCat-Project": "b"}
    assert browser.post("/api/v1/tests", json=TEST, headers=csrf).status_code == 201
    refused = browser.post("/api/v1/tests", json=TEST, headers=in_b)
    assert refused.status_code == 403
    me = browser.get("/api/v1/me", headers=in_b).json()
    assert (me["project"], me["role"]) == ("b", "viewer")
    mine = browser.get("/api/v1/projects", headers=csrf).json()
    assert {p["id"]: p["role"] for p in mine} == {"default": "editor", "b": "viewer"}


def test_a_key_bound_to_a_project_acts_only_there(locked: TestClient) -> None:
    new_project(locked)
    erin = make_user(locked, "erin", "editor")
    member(locked, "b", erin, "editor")
    locked.post("/api/v1/tests", json={**TEST, "name": "In default"}, headers=BEARER)
    locked.post("/api/v1/tests", json={**TEST, "name": "In b"}, headers=IN_B)
    browser, csrf = signed_in(locked, "erin")
    key = bearer(make_key(browser, csrf, "b-only", project="b"))
    names = [t["name"] for t in browser.get("/api/v1/tests", headers=key).json()["tests"]]
    assert names == ["In b"]
    made = browser.post("/api/v1/tests", json={**TEST, "name": "By key"}, headers=key).json()
    assert made["project"] == "b"
    elsewhere = browser.get("/api/v1/tests", headers={**key, "X-HouseCat-Project": "default"})
    assert elsewhere.status_code == 404
    listed = browser.get("/api/v1/me/keys", headers=csrf).json()
    assert [(k["name"], k["project"]) for k in listed] == [("b-only", "b")]
    # A key for a project its owner is no member of is refused; so is one above their role.
    answer = browser.post("/api/v1/me/keys", json={"name": "x", "project": "c"}, headers=csrf)
    assert answer.status_code == 404
    member(locked, "b", erin, "viewer")
    demoted = browser.post("/api/v1/tests", json=TEST, headers=key)
    assert demoted.status_code == 403  # the key is no more than its owner is in its project


def test_admins_create_projects_and_manage_members_never_leaving_one_without_an_admin(
    locked: TestClient, db: redis.Redis
) -> None:
    fay = make_user(locked, "fay", "admin")
    gus = make_user(locked, "gus", "editor")
    fay_browser, fay_csrf = signed_in(locked, "fay")
    gus_browser, gus_csrf = signed_in(locked, "gus")
    refused = gus_browser.post("/api/v1/projects", json={"name": "Gus"}, headers=gus_csrf)
    assert refused.status_code == 403
    assert fay_browser.post("/api/v1/projects", json={"name": "Ops"}, headers=fay_csrf).status_code == 201  # fmt: skip
    members = fay_browser.get("/api/v1/projects/ops/members", headers=fay_csrf).json()
    assert [(m["username"], m["role"]) for m in members] == [("fay", "admin")]
    # Gus is no member: Ops is as unknown to him as a project that does not exist.
    assert gus_browser.get("/api/v1/projects/ops", headers=gus_csrf).status_code == 404
    url = f"/api/v1/projects/ops/members/{gus}"
    assert fay_browser.put(url, json={"role": "viewer"}, headers=fay_csrf).status_code == 200
    assert gus_browser.get("/api/v1/projects/ops", headers=gus_csrf).json()["role"] == "viewer"
    as_viewer = gus_browser.put(f"/api/v1/projects/ops/members/{gus}", json={"role": "admin"}, headers=gus_csrf)  # fmt: skip
    assert as_viewer.status_code == 403
    last = fay_browser.delete(f"/api/v1/projects/ops/members/{fay}", headers=fay_csrf)
    assert last.status_code == 409
    demoted = fay_browser.put(f"/api/v1/projects/ops/members/{fay}", json={"role": "editor"}, headers=fay_csrf)  # fmt: skip
    assert demoted.status_code == 409
    assert fay_browser.put(url, json={"role": "nobody"}, headers=fay_csrf).status_code == 422
    missing = fay_browser.put("/api/v1/projects/ops/members/nobody00", json={"role": "viewer"}, headers=fay_csrf)  # fmt: skip
    assert missing.status_code == 404
    assert fay_browser.delete(url, headers=fay_csrf).status_code == 204
    assert gus_browser.get("/api/v1/projects/ops", headers=gus_csrf).status_code == 404
    in_ops = {**BEARER, "X-HouseCat-Project": "ops"}
    trail = locked.get("/api/v1/audit", params={"action": "member_change"}, headers=in_ops)
    details = [entry["detail"] for entry in trail.json()["entries"]]
    assert details == [
        "gus removed in project ops",
        "gus added in project ops",
        "fay added in project ops",
    ]
    elsewhere = locked.get("/api/v1/audit", params={"action": "member_change"}, headers=BEARER)
    assert not any("ops" in entry["detail"] for entry in elsewhere.json()["entries"])
    assert db.hget(keys.project_members("ops"), fay) == "admin"


def test_a_member_of_another_project_only_signs_in_and_lands_there(locked: TestClient) -> None:
    new_project(locked)
    answer = locked.post(
        "/api/v1/users",
        json={"username": "hal", "password": "correct horse battery", "role": "editor"},
        headers=IN_B,
    )
    assert answer.status_code == 201
    locked.post("/api/v1/tests", json={**TEST, "name": "Only in b"}, headers=IN_B)
    locked.post("/api/v1/tests", json={**TEST, "name": "Only in default"}, headers=BEARER)
    browser, csrf = signed_in(locked, "hal")
    page = browser.get("/tests")
    assert "Only in b" in page.text
    assert "Only in default" not in page.text
    assert browser.get("/api/v1/me", headers=csrf).json()["project"] == "b"


def test_the_switcher_shows_to_members_of_several_projects_and_changes_the_current_one(
    locked: TestClient,
) -> None:
    new_project(locked)
    ivy = make_user(locked, "ivy", "editor")
    make_user(locked, "joe", "editor")
    locked.post("/api/v1/tests", json={**TEST, "name": "Default home"}, headers=BEARER)
    locked.post("/api/v1/tests", json={**TEST, "name": "Team home"}, headers=IN_B)
    joe, _ = signed_in(locked, "joe")
    assert 'action="/projects/switch"' not in joe.get("/tests").text  # one project: no switcher
    member(locked, "b", ivy, "viewer")
    browser, csrf = signed_in(locked, "ivy")
    page = browser.get("/tests").text
    assert 'action="/projects/switch"' in page
    assert '<option value="default" selected>Default</option>' in page
    assert "Default home" in page and "Team home" not in page
    form = {"project": "b", "next": "/tests/abcd1234", "csrf_token": csrf["X-CSRF-Token"]}
    switched = browser.post("/projects/switch", data=form, headers=csrf, follow_redirects=False)
    assert switched.status_code == 303
    assert switched.headers["location"] == "/tests"
    page = browser.get("/tests").text
    assert '<option value="b" selected>B</option>' in page
    assert "Team home" in page and "Default home" not in page
    nope = {**form, "project": "ops"}
    assert browser.post("/projects/switch", data=nope, headers=csrf).status_code == 404


def test_records_stored_before_projects_move_into_default_whole(
    make_client: Callable[..., TestClient], db: redis.Redis
) -> None:
    """Data written the old way (no project fields) is all there, in default, after a start."""
    now = "2026-01-01T00:00:00.000Z"
    test = TestSuiteResponse(id="01d0test", name="Old test", url="https://a.test", goal="open /",
                             schedule="*/5 * * * *", created_at=now, updated_at=now)  # fmt: skip
    fields = test.to_hash()
    del fields["project"]
    db.hset(keys.test(test.id), mapping=fields)
    db.sadd(keys.TESTS_ALL, test.id)
    run = detail("01d0run0", test_id=test.id).record
    db.zadd(keys.results(test.id), {run.model_dump_json(): 1767225600})
    suite = Suite(id="01d0suit", name="Old suite", created_at=now, updated_at=now, test_ids=[])
    db.hset(keys.suite(suite.id), mapping=suite.to_hash())
    db.rpush(keys.suite_tests(suite.id), test.id)
    db.sadd(keys.SUITES_ALL, suite.id)
    env = Environment(id="01d0envi", name="Old env", base_url="https://a.test", created_at=now, updated_at=now)  # fmt: skip
    db.hset(keys.environment(env.id), mapping=env.to_hash())
    db.sadd(keys.ENVIRONMENTS_ALL, env.id)
    db.hset(keys.browser_config("01d0conf"), mapping={"id": "01d0conf", "name": "Old config", "viewport_width": "1280", "viewport_height": "720", "created_at": now, "updated_at": now})  # fmt: skip
    db.sadd(keys.BROWSER_CONFIGS_ALL, "01d0conf")
    page = StatusPage(id="01d0page", name="Old page", slug="old", suite_ids=[suite.id], created_at=now, updated_at=now)  # fmt: skip
    db.hset(keys.status_page(page.id), mapping=page.to_hash())
    db.sadd(keys.STATUS_PAGES_ALL, page.id)
    db.hset(keys.STATUS_PAGE_SLUGS, "old", page.id)
    for key in (keys.test(test.id), keys.suite(suite.id), keys.environment(env.id)):
        assert db.hget(key, "project") is None  # written as an older HouseCat did
    client = make_client(roles=False, api_token=TOKEN)
    assert db.hget(keys.test(test.id), "project") == "default"
    assert db.get(keys.PROJECTS_UPGRADED) == "1"
    assert client.get(f"/api/v1/tests/{test.id}", headers=BEARER).json()["name"] == "Old test"
    assert [t["id"] for t in client.get("/api/v1/tests", headers=BEARER).json()["tests"]] == [test.id]  # fmt: skip
    results = client.get(f"/api/tests/{test.id}/results", headers=BEARER).json()
    assert [r["run_id"] for r in results["results"]] == ["01d0run0"]
    assert client.get(f"/api/v1/suites/{suite.id}", headers=BEARER).json()["test_ids"] == [test.id]  # fmt: skip
    assert client.get(f"/api/v1/environments/{env.id}", headers=BEARER).json()["name"] == "Old env"
    assert client.get("/api/v1/browser-configs/01d0conf", headers=BEARER).json()["name"] == "Old config"  # fmt: skip
    assert client.get(f"/api/v1/status-pages/{page.id}", headers=BEARER).status_code == 200
    assert "Old test" in client.get("/status/old").text  # still public
    # Nothing of it is another project's.
    new_project(client)
    assert client.get("/api/v1/tests", headers=IN_B).json()["tests"] == []
    assert client.get(f"/api/v1/suites/{suite.id}", headers=IN_B).status_code == 404
    # A later start finds the marker and walks nothing again.
    db.hdel(keys.test(test.id), "project")
    make_client(roles=False, api_token=TOKEN)
    assert db.hget(keys.test(test.id), "project") is None


def test_existing_members_keep_their_role_in_default(locked: TestClient) -> None:
    make_user(locked, "kim", "editor")
    browser, csrf = signed_in(locked, "kim")
    me = browser.get("/api/v1/me", headers=csrf).json()
    assert (me["project"], me["role"]) == ("default", "editor")


def test_a_record_cannot_name_another_projects_record(locked: TestClient) -> None:
    new_project(locked)
    env = {"name": "b-env", "base_url": "https://b.example"}
    b_env = locked.post("/api/v1/environments", json=env, headers=IN_B).json()["id"]
    b_test = locked.post("/api/v1/tests", json=TEST, headers=IN_B).json()["id"]
    b_suite = locked.post("/api/v1/suites", json={"name": "b-suite", "tests": [b_test]}, headers=IN_B).json()["id"]  # fmt: skip
    page = {"name": "a", "slug": "a", "suite_ids": [b_suite]}
    refused = [
        locked.post("/api/v1/tests", json={**TEST, "environment_id": b_env}, headers=BEARER),
        locked.post("/api/v1/tests", json={**TEST, "depends_on": [b_test]}, headers=BEARER),
        locked.post("/api/v1/suites", json={"name": "a", "tests": [b_test]}, headers=BEARER),
        locked.post("/api/v1/suites", json={"name": "a", "environment_id": b_env}, headers=BEARER),
        locked.post("/api/v1/status-pages", json=page, headers=BEARER),
        locked.post("/api/v1/executions", json={"test_ids": [b_test]}, headers=BEARER),
    ]
    window = {"name": "w", "cron": "0 3 * * *", "duration_minutes": 5, "applies_to": {"test_ids": [b_test]}}  # fmt: skip
    refused.append(locked.post("/api/v1/maintenance-windows", json=window, headers=BEARER))
    assert [answer.status_code for answer in refused] == [422] * len(refused), [a.text for a in refused]  # fmt: skip


def test_a_public_status_page_shows_only_its_own_projects_tests(locked: TestClient) -> None:
    new_project(locked)
    locked.post("/api/v1/tests", json={**TEST, "name": "Shop A", "tags": ["shop"]}, headers=BEARER)
    locked.post("/api/v1/tests", json={**TEST, "name": "Shop B", "tags": ["shop"]}, headers=IN_B)
    page = {"name": "Shop", "slug": "shop", "tags": ["shop"]}
    assert locked.post("/api/v1/status-pages", json=page, headers=IN_B).status_code == 201
    shown = locked.get("/status/shop").text  # no sign-in: public
    assert "Shop B" in shown and "Shop A" not in shown


def test_a_projects_admins_manage_its_members_not_other_projects_people(
    locked: TestClient,
) -> None:
    new_project(locked)
    ann = make_user(locked, "ann", "editor")  # in default only
    both = make_user(locked, "both", "viewer")
    member(locked, "b", both, "viewer")
    boss = locked.post(
        "/api/v1/users",
        json={"username": "boss", "password": "correct horse battery", "role": "admin"},
        headers=IN_B,
    ).json()["id"]
    browser, csrf = signed_in(locked, "boss")
    listed = browser.get("/api/v1/users", headers=csrf).json()
    assert sorted(user["username"] for user in listed) == ["boss", "both"]
    assert browser.get(f"/api/v1/users/{ann}", headers=csrf).status_code == 404
    assert browser.patch(f"/api/v1/users/{ann}", json={"disabled": True}, headers=csrf).status_code == 404  # fmt: skip
    kept = browser.delete(f"/api/v1/users/{both}", headers=csrf)
    assert kept.status_code == 409  # default has them too: take them out of b instead
    assert f"/api/v1/projects/b/members/{both}" in kept.json()["error"]
    assert browser.delete(f"/api/v1/projects/b/members/{both}", headers=csrf).status_code == 204
    assert locked.get(f"/api/v1/users/{both}", headers=BEARER).json()["role"] == "viewer"
    assert browser.get(f"/api/v1/users/{boss}", headers=csrf).json()["role"] == "admin"


async def test_a_change_housecat_makes_by_itself_is_in_its_records_project(aredis: Redis) -> None:
    await aredis.hset(keys.test("0b0test0"), mapping={"id": "0b0test0", "project": "b"})
    await record(aredis, action="purge", kind="test", entity_id="0b0test0")
    await record(aredis, action="purge", kind="test", entity_id="gone0000")
    await record(aredis, action="create", kind="project", entity_id="b")
    with in_project("c"):
        await record(aredis, action="create", kind="test", entity_id="0b0test0")
    entries = await aredis.xrange(keys.AUDIT_LOG)
    assert [fields["project"] for _, fields in entries] == ["b", "default", "default", "c"]
