"""Every API route and page, every method, for every role: a viewer reads, an editor also
changes and runs, an admin also deletes and manages people and secrets; nobody unknown
gets in. A route added without the rule fails here."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient

from housecat.accounts.roles import Role
from housecat.config import Settings
from housecat.web.access import EXCEPTIONS, role_needed
from housecat.web.app import create_app
from tests.accounts import bearer, log_in, make_key, make_user, with_csrf
from tests.signing_in import TOKEN, another_browser

# Open to anyone by design: probes, QStash, the sign-in pages, public status pages, the
# demo site, and the docs (which check credentials themselves).
PUBLIC = {
    "/api/health", "/api/v1/health", "/api/callback/{test_id}", "/api/v1/schema/monitors.json",
    "/login", "/logout", "/status/{slug}", "/favicon.ico", "/docs", "/redoc", "/openapi.json",
    "/demo/", "/demo/login", "/demo/logout", "/demo/dashboard",
}  # fmt: skip
PUBLIC |= {"/auth/oidc/login", "/auth/oidc/callback"}  # single sign-on: before anyone is signed in
ROLES = (Role.VIEWER, Role.EDITOR, Role.ADMIN)


def every_route() -> list[tuple[str, str]]:
    app = create_app(Settings(), scheduler=False, worker=False)
    found = []
    for context in iter_route_contexts(app.routes):
        if not isinstance(context.original_route, APIRoute):
            continue  # the static files' mounts
        for method in sorted(context.methods or ()):
            found.append((method, context.path))
    return found


ROUTES = every_route()


def url_of(path: str) -> str:
    """Fill a route's parameters with an id nothing has."""
    return re.sub(r"\{[^}]+\}", "nothing0000", path)


class People:
    """A viewer, an editor and an admin, each with an API key and a signed-in browser."""

    def __init__(self, client: TestClient) -> None:
        self.keys: dict[Role, dict[str, str]] = {}
        self.browsers: dict[Role, tuple[TestClient, dict[str, str]]] = {}
        for role in ROLES:
            make_user(client, role.value, role.value)
            browser = another_browser(client)
            csrf = with_csrf(log_in(browser, role.value))
            self.browsers[role] = (browser, csrf)
            self.keys[role] = bearer(make_key(browser, csrf, role.value))


@pytest.fixture
def people(make_client: Callable[..., TestClient]) -> Iterator[People]:
    client = make_client(roles=False, api_token=TOKEN)
    yield People(client)


def test_the_list_of_routes_is_complete_and_its_exceptions_all_exist() -> None:
    assert len(ROUTES) > 150
    templates = {path for _, path in ROUTES}
    assert templates >= PUBLIC
    for _, pattern, _ in EXCEPTIONS:
        assert any(re.fullmatch(pattern.replace("*", ".*"), path) for path in templates), pattern


def test_every_route_asks_for_the_role_its_method_or_the_exceptions_say(people: People) -> None:
    checked = 0
    for method, path in ROUTES:
        if path in PUBLIC:
            continue
        needed = role_needed(method, path)
        is_api = path.startswith("/api/") or path == "/metrics"
        nobody, _ = people.browsers[Role.VIEWER]
        anonymous = another_browser(nobody).request(method, url_of(path), follow_redirects=False)
        if is_api:
            assert anonymous.status_code == 401, (method, path, anonymous.text)
        else:
            assert anonymous.status_code == 303, (method, path)
            assert anonymous.headers["location"].startswith("/login"), (method, path)
        for role in ROLES:
            if is_api:
                client, headers = people.browsers[role][0], people.keys[role]
            else:
                client, headers = people.browsers[role]
            answer = client.request(method, url_of(path), headers=headers, follow_redirects=False)
            where = (method, path, role.value, answer.status_code, answer.text[:200])
            if role.allows(needed):
                assert answer.status_code not in (401, 403), where
            else:
                assert answer.status_code == 403, where
            checked += 1
    assert checked > 450


def test_reads_need_a_viewer_changes_an_editor_and_deletes_an_admin() -> None:
    assert role_needed("GET", "/api/v1/tests/{test_id}") is Role.VIEWER
    assert role_needed("HEAD", "/tests") is Role.VIEWER
    assert role_needed("POST", "/api/tests/{test_id}/run") is Role.EDITOR
    assert role_needed("PUT", "/api/tests/{test_id}") is Role.EDITOR
    assert role_needed("DELETE", "/api/tests/{test_id}") is Role.ADMIN
    assert role_needed("POST", "/tests/{test_id}/delete") is Role.ADMIN
    assert role_needed("GET", "/api/v1/users") is Role.ADMIN
    assert role_needed("PUT", "/api/v1/environments/{environment_id}") is Role.ADMIN
    assert role_needed("DELETE", "/api/v1/me/keys/{key_id}") is Role.VIEWER
    assert role_needed("GET", "/run-test/stream") is Role.EDITOR


def test_a_bulk_delete_needs_an_admin_as_a_delete_does(people: People) -> None:
    body = {"action": "delete", "ids": ["nothing0000"]}
    editor, csrf = people.browsers[Role.EDITOR]
    refused = editor.post("/api/v1/tests/bulk", json=body, headers=people.keys[Role.EDITOR])
    assert refused.status_code == 403
    form = {"action": "delete", "test_ids": "nothing0000", "confirmed": "yes"}
    assert editor.post("/tests/bulk", data=form, headers=csrf).status_code == 403
    paused = {"action": "pause", "ids": ["nothing0000"]}
    assert editor.post("/api/v1/tests/bulk", json=paused, headers=people.keys[Role.EDITOR]).status_code == 200  # fmt: skip
    admin = people.browsers[Role.ADMIN][0]
    done = admin.post("/api/v1/tests/bulk", json=body, headers=people.keys[Role.ADMIN])
    assert done.status_code == 200
