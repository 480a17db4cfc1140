"""The Templates pages: the list, the form with its field errors, a delete asked first and
refused while tests use the template, and a test made from a template — in-process."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
import redis
from fastapi.testclient import TestClient

from housecat import keys
from housecat.plan.variables import MASK
from tests.conftest import our_keys
from tests.forms import error_of, posted
from tests.signing_in import OWN_ORIGIN, TOKEN, sign_in

GOAL = "sign in as {{user}} with {{password}} and check the page says 'Welcome back'"
SIGN_IN = {"name": "Sign in", "goal": GOAL, "description": "Any account's sign-in"}
ALICE = {
    "name": "Alice signs in",
    "url": "https://shop.example.com/login",
    "environment_id": "",
    "value-user": "alice",
    "value-password": "hunter2",
}


@pytest.fixture
def ui(make_client: Callable[..., TestClient]) -> TestClient:
    """The app without scheduler or worker: nothing here runs."""
    return make_client(roles=False)


def only_template(client: TestClient) -> dict[str, str]:
    listed = client.get("/api/v1/templates").json()["templates"]
    assert len(listed) == 1, listed
    template: dict[str, str] = listed[0]
    return template


def test_the_nav_leads_to_templates_and_the_empty_list_says_what_one_is(ui: TestClient) -> None:
    page = ui.get("/templates")
    assert page.status_code == 200
    assert '<a href="/templates" aria-current="page">Templates</a>' in page.text
    assert "<h2>No templates yet</h2>" in page.text
    assert '<q class="example-goal">sign in as {{user}} with {{password}}</q>' in page.text
    assert '<a href="/templates">Templates</a>' in ui.get("/environments").text


def test_a_template_made_in_the_form_is_listed_with_its_parameters(ui: TestClient) -> None:
    form = ui.get("/templates/new").text
    assert '<label for="template-goal">Goal</label>' in form
    assert posted(ui, "/templates", SIGN_IN) == "/templates"
    made = only_template(ui)
    assert (made["goal"], made["parameters"]) == (GOAL, ["user", "password"])
    row = re.search(rf'<tr id="template-{made["id"]}">(.*?)</tr>', ui.get("/templates").text, re.S)
    assert row
    assert f'<a href="/templates/{made["id"]}/edit">Sign in</a>' in row.group(1)
    assert "<code>user</code>, <code>password</code>" in row.group(1)
    assert '<td data-label="Tests">0</td>' in row.group(1)
    assert f'<a href="/templates/{made["id"]}/tests/new">New test' in row.group(1)


def test_a_bad_template_form_names_each_field_and_stores_nothing(
    ui: TestClient, db: redis.Redis
) -> None:
    answer = ui.post("/templates", data=SIGN_IN | {"name": " ", "goal": "make it feel fast"})
    assert answer.status_code == 422
    assert "Please correct the fields marked below." in answer.text
    assert error_of(answer.text, "template-name")
    assert "cannot understand" in error_of(answer.text, "template-goal")
    assert "make it feel fast</textarea>" in answer.text  # what was typed stays
    assert our_keys(db) == []

    posted(ui, "/templates", SIGN_IN)
    again = ui.post("/templates", data=SIGN_IN)
    assert again.status_code == 422
    assert "already a template named" in error_of(again.text, "template-name")
    template_id = only_template(ui)["id"]
    edited = ui.post(f"/templates/{template_id}/edit", data=SIGN_IN | {"goal": ""})
    assert edited.status_code == 422
    assert error_of(edited.text, "template-goal")
    assert only_template(ui)["goal"] == GOAL


def test_a_test_made_from_a_template_in_the_form_opens_on_its_page(
    ui: TestClient, db: redis.Redis
) -> None:
    posted(ui, "/templates", SIGN_IN)
    template_id = only_template(ui)["id"]
    form = ui.get(f"/templates/{template_id}/tests/new").text
    assert '<label for="test-value-user"><code>{{user}}</code></label>' in form
    assert re.search(r'<input type="password"[^>]*id="test-value-password"', form)
    location = posted(ui, f"/templates/{template_id}/tests", ALICE)
    test_id = location.removeprefix("/tests/")
    test = ui.get(f"/api/v1/tests/{test_id}").json()
    assert (test["goal"], test["template_id"]) == (GOAL, template_id)
    assert (test["variables"], test["secrets"]) == ({"user": "alice"}, {"password": MASK})
    assert db.hget(keys.test(test_id), "secrets") == '{"password": "hunter2"}'
    assert '<td data-label="Tests">1</td>' in ui.get("/templates").text


def test_a_test_form_without_a_value_names_the_parameter_and_stores_nothing(
    ui: TestClient, db: redis.Redis
) -> None:
    posted(ui, "/templates", SIGN_IN)
    template_id = only_template(ui)["id"]
    before = sorted(our_keys(db))
    sent = ALICE | {"value-user": "", "url": "/login"}
    answer = ui.post(f"/templates/{template_id}/tests", data=sent)
    assert answer.status_code == 422
    assert error_of(answer.text, "test-value-user") == (
        "the template&#39;s goal uses {{user}}: add it as a variable"
    )
    assert "hunter2" not in answer.text  # a typed secret is never written back
    assert 'value="/login"' in answer.text
    assert sorted(our_keys(db)) == before
    # A missing value is named along with the other fields' errors.
    both = ui.post(f"/templates/{template_id}/tests", data=sent | {"url": ""})
    assert both.status_code == 422
    assert error_of(both.text, "test-url") and error_of(both.text, "test-value-user")
    # With the value, the path still needs an environment: that error is the URL's.
    again = ui.post(f"/templates/{template_id}/tests", data=ALICE | {"url": "/login"})
    assert again.status_code == 422
    assert "environment" in error_of(again.text, "test-url")
    assert sorted(our_keys(db)) == before


def test_an_environment_chosen_in_the_form_gives_a_value_left_empty(ui: TestClient) -> None:
    posted(ui, "/templates", SIGN_IN)
    template_id = only_template(ui)["id"]
    staging = {"name": "Staging", "base_url": "https://staging.example.com"}
    environment = ui.post("/api/v1/environments", json=staging | {"secrets": {"password": "s"}})
    environment_id = environment.json()["id"]
    form = ui.get(f"/templates/{template_id}/tests/new").text
    assert f'<option value="{environment_id}">Staging</option>' in form
    sent = ALICE | {"url": "/login", "environment_id": environment_id, "value-password": ""}
    test_id = posted(ui, f"/templates/{template_id}/tests", sent).removeprefix("/tests/")
    test = ui.get(f"/api/v1/tests/{test_id}").json()
    assert (test["environment_id"], test["secrets"]) == (environment_id, {})


def test_a_goal_edited_in_the_form_goes_to_the_tests_and_the_list_says_so(
    ui: TestClient,
) -> None:
    posted(ui, "/templates", SIGN_IN)
    template_id = only_template(ui)["id"]
    for name in ("Alice", "Bob"):
        posted(ui, f"/templates/{template_id}/tests", ALICE | {"name": name})
    form = ui.get(f"/templates/{template_id}/edit").text
    assert "A new goal goes to every test made from this template" in form
    new_goal = GOAL.replace("Welcome back", "Your orders")
    location = posted(ui, f"/templates/{template_id}/edit", SIGN_IN | {"goal": new_goal})
    page = ui.get(location).text
    assert '<p class="saved" role="status">Template saved: 2 tests took its goal.</p>' in page
    goals = {test["goal"] for test in ui.get("/api/v1/tests").json()["tests"]}
    assert goals == {new_goal}
    said = ui.get("/templates", params={"updated": 1, "pinned": 1, "refused": 2}).text
    assert "1 with steps pinned by hand kept its." in said
    assert "2 refused it and kept their own (TinyFish is never sent a secret)." in said


def test_a_template_is_deleted_after_asking_unless_tests_use_it(ui: TestClient) -> None:
    posted(ui, "/templates", SIGN_IN)
    template_id = only_template(ui)["id"]
    test_id = posted(ui, f"/templates/{template_id}/tests", ALICE).removeprefix("/tests/")
    confirm = ui.get(f"/templates/{template_id}/delete").text
    assert '<h1 id="delete-title">Delete “Sign in”?</h1>' in confirm
    assert "The tests made from it must be deleted first." in confirm
    assert f'<form method="post" action="/templates/{template_id}/delete">' in confirm

    refused = ui.post(f"/templates/{template_id}/delete")
    assert refused.status_code == 409
    assert "used by test &#39;Alice signs in&#39;" in refused.text
    assert "<h1>Templates</h1>" in refused.text
    ui.delete(f"/api/v1/tests/{test_id}").raise_for_status()
    assert posted(ui, f"/templates/{template_id}/delete", {}) == "/templates"
    assert ui.get("/api/v1/templates").json()["templates"] == []


def test_an_unknown_template_is_the_not_found_page(ui: TestClient) -> None:
    for method, path in [
        ("get", "/templates/nope/edit"),
        ("get", "/templates/nope/tests/new"),
        ("post", "/templates/nope/tests"),
        ("post", "/templates/nope/delete"),
    ]:
        page = getattr(ui, method)(path, **({"data": ALICE} if method == "post" else {}))
        assert page.status_code == 404
        assert "template &#39;nope&#39; not found" in page.text


def test_behind_a_token_every_form_carries_the_csrf_token_and_a_test_is_made(
    make_client: Callable[..., TestClient],
) -> None:
    locked = make_client(roles=False, api_token=TOKEN)
    csrf = sign_in(locked)
    sent = {**SIGN_IN, "csrf_token": csrf}
    assert posted(locked, "/templates", sent, OWN_ORIGIN) == "/templates"
    template_id = locked.get("/api/v1/templates").json()["templates"][0]["id"]
    field = f'<input type="hidden" name="csrf_token" value="{csrf}">'
    for path in ("/templates", "/templates/new", f"/templates/{template_id}/edit",
                 f"/templates/{template_id}/delete", f"/templates/{template_id}/tests/new"):  # fmt: skip
        page = locked.get(path).text
        assert page.count("<form") == page.count(field), path
    refused = locked.post(f"/templates/{template_id}/tests", data=ALICE, headers=OWN_ORIGIN)
    assert refused.status_code == 403  # no CSRF token: nothing made
    sent = ALICE | {"csrf_token": csrf}
    made = posted(locked, f"/templates/{template_id}/tests", sent, OWN_ORIGIN)
    assert made.startswith("/tests/")
