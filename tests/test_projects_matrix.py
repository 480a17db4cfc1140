"""Two projects over every route: project B's records, asked for from project A, answer 404
(never 200, never 403) and never show in A's lists; B's viewer changes nothing of B's."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from fastapi.testclient import TestClient

from housecat.accounts.roles import Role
from housecat.services import Services
from housecat.web.access import role_needed
from tests.accounts import PASSWORD, bearer, log_in, make_key, with_csrf
from tests.runs_data import detail
from tests.signing_in import BEARER, TOKEN, another_browser
from tests.test_roles_matrix import PUBLIC, ROUTES

B = "b"
IN_B = {**BEARER, "X-HouseCat-Project": B}
SAFE = {"GET", "HEAD"}
B_NAMES = ["B home", "b-env", "b-cfg", "b-suite", "B status", "b-window", "b-template"]
# Bodies for the changes that check what they were sent before the record they change.
BODIES: dict[str, object] = {
    "/api/tests/{test_id}/steps": {
        "steps": [{"action": "expect_text", "value": "B", "phrase": "b"}]
    },
    "/api/v1/tests/{test_id}/steps": {"steps": [{"action_type": "expect_text", "value": "B"}]},
    "/api/v1/templates/{template_id}/tests": {"name": "t", "url": "https://b.example"},
    "/api/v1/projects/{project_id}": {"name": "Mine now"},
    "/api/v1/projects/{project_id}/members/{user_id}": {"role": "admin"},
}


# B's run has no screenshot or trace: these are 404 for B's members too.
NOTHING_TO_SHOW = {"/api/runs/{run_id}/screenshots/{step_number}", "/api/runs/{run_id}/trace"}
STREAMS = {"/api/tests/{test_id}/live"}


def make_member(client: TestClient, username: str, role: Role, project: str) -> str:
    """Create a user who is a member of `project` only, with the API token."""
    body = {"username": username, "password": PASSWORD, "role": role.value}
    headers = {**BEARER, "X-HouseCat-Project": project}
    answer = client.post("/api/v1/users", json=body, headers=headers)
    assert answer.status_code == 201, answer.text
    user_id: str = answer.json()["id"]
    return user_id


@dataclass
class Person:
    """A member of one project: a signed-in browser and an API key bound to that project."""

    browser: TestClient
    csrf: dict[str, str]
    key: dict[str, str]


@dataclass
class World:
    """Project `default` (A) and project `b`, with members, and one record of each kind in B."""

    client: TestClient
    people: dict[str, Person] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)  # route parameter -> B's record id

    def person(self, username: str, role: Role, project: str) -> Person:
        make_member(self.client, username, role, project)
        browser = another_browser(self.client)
        csrf = with_csrf(log_in(browser, username))
        key = bearer(make_key(browser, csrf, username, project=project))
        self.people[username] = Person(browser, csrf, key)
        return self.people[username]

    def url(self, path: str) -> str:
        """Fill a route's parameters with B's records' ids (an unknown id where B has none)."""

        def value(match: re.Match[str]) -> str:
            name = match.group(1)
            return self.ids.get(name, "1" if name == "step_number" else "nothing0000")

        return re.sub(r"\{([^}]+)\}", value, path)

    def names_b(self, path: str) -> bool:
        return any(name in self.ids for name in re.findall(r"\{([^}]+)\}", path))


def made(answer: object, key: str = "id") -> str:
    assert getattr(answer, "status_code", 0) in (200, 201, 202), getattr(answer, "text", answer)
    value: str = answer.json()[key]  # type: ignore[attr-defined]
    return value


def build_world(client: TestClient) -> World:
    world = World(client)
    assert client.post("/api/v1/projects", json={"name": "B", "id": B}, headers=BEARER).status_code == 201  # fmt: skip
    world.person("ann", Role.ADMIN, "default")
    world.person("ed", Role.EDITOR, "default")
    world.person("vic", Role.VIEWER, B)
    ids = world.ids
    post = client.post
    ids["project_id"] = B
    env = {"name": "b-env", "base_url": "https://b.example"}
    ids["environment_id"] = made(post("/api/v1/environments", json=env, headers=IN_B))
    ids["config_id"] = made(post("/api/v1/browser-configs", json={"name": "b-cfg"}, headers=IN_B))
    test = {"name": "B home", "url": "https://b.example", "goal": "open /", "tags": ["shared"]}
    ids["test_id"] = made(post("/api/v1/tests", json=test, headers=IN_B))
    suite = {"name": "b-suite", "tests": [ids["test_id"]]}
    ids["suite_id"] = made(post("/api/v1/suites", json=suite, headers=IN_B))
    page = {"name": "B status", "slug": "b-status", "suite_ids": [ids["suite_id"]]}
    ids["page_id"] = made(post("/api/v1/status-pages", json=page, headers=IN_B))
    window = {
        "name": "b-window",
        "cron": "0 3 * * *",
        "duration_minutes": 30,
        "applies_to": {"test_ids": [ids["test_id"]]},
    }
    ids["window_id"] = made(post("/api/v1/maintenance-windows", json=window, headers=IN_B))
    template = {"name": "b-template", "goal": "open {{page}}"}
    ids["template_id"] = made(post("/api/v1/templates", json=template, headers=IN_B))
    execution = {"test_ids": [ids["test_id"]]}
    ids["execution_id"] = made(post("/api/v1/executions", json=execution, headers=IN_B))
    # A finished run of B's test, as a worker stores it.
    services: Services = client.app.state.housecat  # type: ignore[attr-defined]
    run = detail("b0run000", test_id=ids["test_id"])

    async def save_run() -> None:
        test = await services.suites.store.get(ids["test_id"])
        assert test is not None
        await services.results.save(test, run, None)

    client.portal.call(save_run)  # type: ignore[union-attr]
    ids["run_id"] = "b0run000"
    # A deleted test of B's, in the trash.
    trashed = made(post("/api/v1/tests", json={**test, "name": "B gone"}, headers=IN_B))
    assert client.delete(f"/api/v1/tests/{trashed}", headers=IN_B).status_code in (200, 204)
    ids["kind"], ids["record_id"] = "test", trashed
    return world


@pytest.fixture
def world(make_client: Callable[..., TestClient]) -> World:
    return build_world(make_client(roles=False, api_token=TOKEN))


def ask(world: World, who: str, method: str, path: str) -> tuple[int, str]:
    """Send the request as a member would: with their key (API) or their browser (pages)."""
    person = world.people[who]
    is_api = path.startswith("/api/") or path == "/metrics"
    headers = person.key if is_api else person.csrf
    kwargs: dict[str, object] = {}
    if method not in SAFE:
        kwargs = {"json": BODIES.get(path, {})} if is_api else {"data": {"confirmed": "yes"}}
    answer = person.browser.request(
        method, world.url(path), headers=headers, follow_redirects=False, **kwargs
    )
    if answer.status_code == 303 and not is_api and method in SAFE:
        # A fragment asked for outside htmx sends to its page: that page must be the 404.
        answer = person.browser.get(answer.headers["location"], headers=headers)
    return answer.status_code, answer.text


def walked() -> list[tuple[str, str]]:
    return [(m, p) for m, p in ROUTES if p not in PUBLIC and not p.startswith("/trace-viewer/")]


def test_another_projects_records_answer_404_on_every_route_and_stay_out_of_lists(
    world: World,
) -> None:
    named, listed, body_first = 0, 0, []
    b_ids = [value for name, value in world.ids.items() if name not in ("kind", "project_id")]
    for method, path in walked():
        if not world.names_b(path):
            if method == "GET":
                status, text = ask(world, "ann", method, path)
                leaked = [value for value in [*b_ids, *B_NAMES] if value in text]
                assert not leaked, (method, path, status, leaked)
                listed += 1
            continue
        for who in ("ann", "ed"):
            role = Role.ADMIN if who == "ann" else Role.EDITOR
            status, text = ask(world, who, method, path)
            where = (who, method, path, status, text[:300])
            if not role.allows(role_needed(method, path)):
                assert status == 403, where  # the role is checked before any record is read
                continue
            if status == 422 and method not in SAFE:
                body_first.append((method, path))  # the body is checked before the record
                continue
            assert status == 404, where
            assert not any(name in text for name in B_NAMES), where
            named += 1
    assert named > 120, named
    assert listed > 40, listed
    assert not body_first, body_first


def test_bs_viewer_reads_bs_records_and_changes_none(world: World) -> None:
    read, refused = 0, 0
    for method, path in walked():
        if not world.names_b(path):
            continue
        if path in STREAMS:
            continue  # an event stream stays open: read in test_live.py
        status, text = ask(world, "vic", method, path)
        where = (method, path, status, text[:300])
        if method in SAFE:
            if role_needed(method, path) is Role.VIEWER and path not in NOTHING_TO_SHOW:
                # The ids are right: what A was refused, B's own members see.
                assert status not in (401, 403, 404), where
                read += 1
        else:
            assert status == 403, where
            refused += 1
    assert read > 35 and refused > 50, (read, refused)
