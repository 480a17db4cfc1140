"""Variables, secrets, "Read as" and the step editor in the pages, through the app in-process."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html import unescape
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from redis.asyncio import Redis

from housecat.plan.models import Plan, Step
from housecat.plan.variables import MASK
from housecat.plan.warnings import NO_CHECK, SIGN_IN_ONLY
from tests.runs_data import TEST, detail, store
from tests.test_ui_pages import FORM, HTMX

SIGN_IN = "sign in and check the page says Welcome back"
VALUES = {
    "var_name": ["username", ""],
    "var_value": ["alice", ""],
    "secret_name": ["password"],
    "secret_value": ["hunter2"],
}


@pytest.fixture
def ui(make_client: Callable[..., TestClient]) -> TestClient:
    """The app without scheduler or worker: pages only, nothing runs behind our back."""
    return make_client(roles=False)


def create(ui: TestClient, **fields: Any) -> dict[str, Any]:
    body = {"name": "Sign in", "url": "https://shop.example.com/login", "goal": SIGN_IN}
    body |= {"variables": {"username": "alice"}, "secrets": {"password": "hunter2"}}
    response = ui.post("/api/tests", json=body | fields)
    assert response.status_code == 200, response.text
    test: dict[str, Any] = response.json()
    return test


def secrets_of(db: redis.Redis, test_id: str) -> dict[str, str]:
    value: dict[str, str] = json.loads(db.hget(f"test:{test_id}", "secrets") or "{}")
    return value


def reading(page: str, panel: str = "test-goal-reading") -> str:
    found = re.search(rf'<div class="goal-reading" id="{panel}"[^>]*>(.*?)</div>', page, re.S)
    assert found, f"no reading panel {panel}"
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", found.group(1))).split())


def refusal(ui: TestClient, test_id: str, step: dict[str, Any]) -> str:
    """Pin one step by the API, which must refuse it; say why it did."""
    refused = ui.put(f"/api/tests/{test_id}/steps", json={"steps": [step]})
    assert refused.status_code == 422
    return str(refused.json()["error"])


def test_the_dialog_creates_a_test_with_variables_and_secrets(
    ui: TestClient, db: redis.Redis
) -> None:
    answer = ui.post("/tests", data={**FORM, "goal": SIGN_IN, **VALUES}, headers=HTMX)
    assert answer.status_code == 200, answer.text
    assert "hunter2" not in answer.text
    (test,) = ui.get("/api/tests").json()["tests"]
    assert (test["variables"], test["secrets"]) == ({"username": "alice"}, {"password": MASK})
    assert secrets_of(db, test["id"]) == {"password": "hunter2"}


def test_the_edit_dialog_shows_secrets_masked_and_keeps_them(
    ui: TestClient, db: redis.Redis
) -> None:
    test = create(ui, secrets={"password": "s3cr3t-pw", "pin": "7391"})
    form = ui.get(f"/tests/{test['id']}/edit", headers=HTMX).text
    assert "s3cr3t-pw" not in form and "7391" not in form
    assert form.count(f'name="secret_value" value="{MASK}"') == 2
    assert 'name="var_name" value="username"' in form and 'name="var_value" value="alice"' in form
    # Sent back untouched, minus the removed row: the password is kept, the pin is gone.
    edited = {**FORM, "goal": SIGN_IN, **VALUES, "secret_value": [MASK]}
    answer = ui.post(f"/tests/{test['id']}/edit", data=edited, headers=HTMX)
    assert answer.status_code in (200, 204), answer.text
    assert secrets_of(db, test["id"]) == {"password": "s3cr3t-pw"}


def test_a_form_sent_back_with_errors_never_shows_a_typed_secret(ui: TestClient) -> None:
    sent = {**FORM, "goal": SIGN_IN, **VALUES, "url": "not a url", "secret_value": ["t0p-s3cret"]}
    answer = ui.post("/tests", data=sent, headers=HTMX)
    assert answer.status_code == 422
    assert "t0p-s3cret" not in answer.text
    assert 'name="secret_name" value="password"' in answer.text
    assert 'placeholder="type it again"' in answer.text


def test_a_value_without_a_name_is_shown_by_its_fieldset(ui: TestClient) -> None:
    sent = {
        **FORM,
        "goal": SIGN_IN,
        **VALUES,
        "var_name": ["username", ""],
        "var_value": ["a", "b"],
    }
    answer = ui.post("/tests", data=sent, headers=HTMX)
    assert answer.status_code == 422
    assert (
        'id="test-variables" aria-invalid="true" aria-describedby="test-variables-error"'
        in answer.text
    )
    assert "a value has no name: name it or remove its row" in answer.text


def test_a_goal_using_a_name_without_value_is_refused_next_to_the_goal(ui: TestClient) -> None:
    sent = {**FORM, "goal": SIGN_IN, "var_name": ["username"], "var_value": ["alice"]}
    answer = ui.post("/tests", data=sent, headers=HTMX)
    assert answer.status_code == 422
    assert "the goal uses {{password}}: add it as a secret" in answer.text
    assert ui.get("/api/tests").json()["total"] == 0


def test_the_goal_is_read_as_it_is_typed(ui: TestClient) -> None:
    answer = ui.post("/plan/reading", data={"goal": SIGN_IN, "panel": "test"}, headers=HTMX)
    assert answer.status_code == 200
    assert reading(answer.text) == (
        "Read as: Sign in as '{{username}}' Expect the page to show 'Welcome back' "
        "Needs a value for {{password}} , {{username}} : add it as a variable or a secret."
    )
    given = ui.post("/plan/reading", data={"goal": SIGN_IN, "panel": "test", **VALUES})
    assert "Needs a value" not in reading(given.text)


def test_a_goal_it_cannot_read_is_refused_naming_the_words(ui: TestClient) -> None:
    answer = ui.post("/plan/reading", data={"goal": "open / and frobnicate the widget"})
    assert reading(answer.text) == ("Cannot read: ‘frobnicate the widget’. Rephrase these words.")


def test_a_goal_that_checks_nothing_is_warned_before_it_is_saved(ui: TestClient) -> None:
    answer = ui.post("/plan/reading", data={"goal": "open /pricing", "panel": "run"})
    assert f"Warning: {NO_CHECK}" in reading(answer.text, "run-goal-reading")


def test_the_dialogs_and_run_a_test_read_the_goal_they_show(ui: TestClient) -> None:
    new = ui.get("/tests/new", params={"goal": "open /pricing"}, headers=HTMX).text
    assert reading(new).startswith("Read as: Go to /pricing")
    assert 'hx-post="/plan/reading" hx-trigger="keyup changed delay:400ms"' in new
    run = ui.post("/run-test/runs", data={"url": "nope", "goal": "open /pricing"}, headers=HTMX)
    assert reading(run.text, "run-goal-reading").startswith("Read as: Go to /pricing")


def test_the_test_page_names_variables_and_secrets_but_shows_no_secret(ui: TestClient) -> None:
    test = create(ui)
    page = ui.get(f"/tests/{test['id']}").text
    assert '<dt>Variables</dt><dd class="names">username</dd>' in page
    assert '<dt>Secrets</dt><dd class="names">password</dd>' in page
    assert "hunter2" not in page


def test_the_step_editor_lists_the_steps_with_every_action(ui: TestClient) -> None:
    test = create(ui)
    page = ui.get(f"/tests/{test['id']}").text
    assert '<h2 id="steps-title">Steps</h2>' in page
    assert "As the goal reads." in page
    chosen = re.findall(r'<option value="(\w+)" selected>', page)
    assert chosen[:2] == ["sign_in", "expect_text"]
    assert page.count('<option value="expect_count"') == 3  # two steps and the new-step template
    assert 'value="Welcome back"' in page


def edited(**changes: list[str]) -> dict[str, list[str]]:
    rows = {
        "step_action": ["sign_in", "expect_count"],
        "step_target": ["", "Products"],
        "step_role": ["", "listitem"],
        "step_value": ["{{username}}", "3"],
        "step_phrase": ["sign in", ""],
        "step_nth": ["", ""],
        "step_within": ["", ""],
        "step_password": ["{{password}}", ""],
    }
    return rows | changes


def test_saving_the_editor_pins_the_steps(ui: TestClient) -> None:
    test = create(ui)
    answer = ui.post(f"/tests/{test['id']}/steps", data=edited(), headers=HTMX)
    assert answer.status_code == 200, answer.text
    assert "Pinned:" in answer.text and "Saved: these steps are pinned." in answer.text
    assert ">Recompile from goal</button>" in answer.text
    steps = ui.get(f"/api/tests/{test['id']}/steps").json()
    assert steps["pinned"] is True
    assert [(s["action"], s.get("count")) for s in steps["steps"]] == [
        ("sign_in", None),
        ("expect_count", 3),
    ]
    assert steps["steps"][1]["target"] == {
        "text": "Products", "role": "listitem", "nth": None, "within": None, "level": None
    }  # fmt: skip
    page = ui.get(f"/tests/{test['id']}").text
    assert "<dt>Steps</dt><dd>Pinned (edited by hand)</dd>" in page
    form = ui.get(f"/tests/{test['id']}/edit", headers=HTMX).text
    assert "Pinned: this test runs steps edited by hand" in form


def test_a_bad_step_is_named_by_its_number_and_nothing_is_saved(ui: TestClient) -> None:
    test = create(ui)
    rows = edited(step_action=["sign_in", "fill"], step_value=["{{username}}", ""])
    answer = ui.post(f"/tests/{test['id']}/steps", data=rows, headers=HTMX)
    assert answer.status_code == 422
    assert "<li>Step 2: fill needs a value</li>" in answer.text
    assert 'value="Products"' in answer.text  # the rows as they were typed
    assert ui.get(f"/api/tests/{test['id']}/steps").json()["pinned"] is False
    none = {key: [] for key in edited()}
    emptied = ui.post(f"/tests/{test['id']}/steps", data=none, headers=HTMX)
    assert "<li>Keep at least one step.</li>" in emptied.text


def test_recompiling_from_the_goal_unpins(ui: TestClient) -> None:
    test = create(ui)
    ui.post(f"/tests/{test['id']}/steps", data=edited(), headers=HTMX)
    answer = ui.post(f"/tests/{test['id']}/steps/recompile", headers=HTMX)
    assert answer.status_code == 200
    assert "Recompiled from the goal." in answer.text and "Pinned:" not in answer.text
    assert ui.get(f"/api/tests/{test['id']}").json()["pinned"] is False


def test_the_editor_shows_the_plans_warnings(ui: TestClient) -> None:
    test = create(ui, goal="open /pricing")
    page = unescape(ui.get(f"/tests/{test['id']}").text)
    assert f"<strong>Warning:</strong> {NO_CHECK}" in page
    # Signing in alone is checked as it runs, and nothing after it is
    test = create(ui, goal="sign in")
    page = unescape(ui.get(f"/tests/{test['id']}").text)
    assert f"<strong>Warning:</strong> {SIGN_IN_ONLY}" in page


async def test_the_editor_shows_the_warnings_of_the_latest_run(
    aredis: Redis, ui: TestClient
) -> None:
    warning = "'check the page says Welcome' already holds before the steps meant to make it true"
    plan = Plan(
        goal=TEST.goal,
        steps=[Step(action="expect_text", value="Welcome", phrase="check it")],
        warnings=[warning],
    )
    await aredis.sadd("tests:all", TEST.id)
    await store(aredis).save(TEST, detail("run00001").model_copy(update={"plan": plan}), None)
    page = unescape(ui.get(f"/tests/{TEST.id}").text)
    assert f"<strong>Warning:</strong> {warning}" in page


def test_an_optional_step_keeps_its_condition_through_the_api_and_the_editor(
    ui: TestClient,
) -> None:
    goal = "if a cookie banner appears, click Got it, then check the page says Shop"
    test = create(ui, goal=goal)
    steps = ui.get(f"/api/tests/{test['id']}/steps").json()["steps"]
    shown = {
        "text": "cookie banner",
        "role": "cookiebanner",
        "nth": None,
        "within": None,
        "level": None,
    }
    assert steps[0]["only_if"] == shown
    page = ui.get(f"/tests/{test['id']}").text
    assert "only if a cookie banner is shown" in page
    # saved from the editor, the condition it showed comes back with the step
    hidden = re.findall(r'name="step_only_if" value="([^"]*)"', page)
    rows = {
        "step_action": ["click", "expect_text"],
        "step_target": ["Got it", ""],
        "step_role": ["", ""],
        "step_value": ["", "Shop"],
        "step_phrase": ["", ""],
        "step_nth": ["", ""],
        "step_within": ["", ""],
        "step_password": ["", ""],
        "step_only_if": [unescape(hidden[0]), unescape(hidden[1])],
    }
    answer = ui.post(f"/tests/{test['id']}/steps", data=rows, headers=HTMX)
    assert answer.status_code == 200, answer.text
    pinned = ui.get(f"/api/tests/{test['id']}/steps").json()["steps"]
    assert [s["only_if"] for s in pinned] == [shown, None]
    # a check never waits on a condition, however it is sent
    check = {"action": "expect_text", "value": "Shop", "phrase": "x", "only_if": shown}
    assert "only_if belongs to actions" in refusal(ui, test["id"], check)


def test_a_step_done_only_if_enabled_stays_so_through_the_editor(ui: TestClient) -> None:
    test = create(ui, goal="click Load more if it is enabled, then check the page says Shop")
    steps = ui.get(f"/api/tests/{test['id']}/steps").json()["steps"]
    assert steps[0]["only_if_enabled"] is True
    page = ui.get(f"/tests/{test['id']}").text
    assert "only if it is enabled" in page
    # saved from the editor, the step still waits on its element being enabled, not shown
    rows = {
        "step_action": ["click", "expect_text"],
        "step_target": ["Load more", ""],
        "step_role": ["", ""],
        "step_value": ["", "Shop"],
        "step_phrase": ["", ""],
        "step_nth": ["", ""],
        "step_within": ["", ""],
        "step_password": ["", ""],
        "step_only_if": [
            unescape(v) for v in re.findall(r'name="step_only_if" value="([^"]*)"', page)[:2]
        ],
        "step_compare": ["", ""],
        "step_only_if_enabled": re.findall(r'name="step_only_if_enabled" value="([^"]*)"', page)[
            :2
        ],
    }
    answer = ui.post(f"/tests/{test['id']}/steps", data=rows, headers=HTMX)
    assert answer.status_code == 200, answer.text
    pinned = ui.get(f"/api/tests/{test['id']}/steps").json()["steps"]
    assert [s["only_if_enabled"] for s in pinned] == [True, False]


def test_an_address_that_must_answer_an_error_keeps_it_through_the_editor(
    ui: TestClient,
) -> None:
    test = create(ui, goal="the 404 page at /nope says Page not found")
    steps = ui.get(f"/api/tests/{test['id']}/steps").json()["steps"]
    assert (steps[0]["action"], steps[0]["status"]) == ("goto", 404)
    page = ui.get(f"/tests/{test['id']}").text
    assert "must answer HTTP 404" in page
    rows = {
        "step_action": ["goto", "expect_text"],
        "step_target": ["", ""],
        "step_value": ["/nope", "Page not found"],
        "step_status": re.findall(r'name="step_status" value="([^"]*)"', page)[:2],
    }
    answer = ui.post(f"/tests/{test['id']}/steps", data=rows, headers=HTMX)
    assert answer.status_code == 200, answer.text
    pinned = ui.get(f"/api/tests/{test['id']}/steps").json()["steps"]
    assert [s["status"] for s in pinned] == [404, None]
    # only an address opened answers: a click never does
    click = {"action": "click", "target": {"text": "Go"}, "phrase": "x", "status": 404}
    assert "status belongs to goto" in refusal(ui, test["id"], click)


def test_a_heading_level_keeps_through_the_editor(ui: TestClient) -> None:
    test = create(ui, goal="open / and check the main heading says Welcome")
    steps = ui.get(f"/api/tests/{test['id']}/steps").json()["steps"]
    assert steps[1]["target"] == {"text": "Welcome", "role": "heading", "nth": None,
                                  "within": None, "level": 1}  # fmt: skip
    page = ui.get(f"/tests/{test['id']}").text
    assert "a level-1 heading only" in page
    rows = {
        "step_action": ["goto", "expect_visible", "expect_visible"],
        "step_target": ["", "Welcome", "Welcome"],
        "step_role": ["", "heading", "link"],  # the last one turned into a link by hand
        "step_value": ["/", "", ""],
        "step_level": [*re.findall(r'name="step_level" value="([^"]*)"', page)[:2], "1"],
    }
    answer = ui.post(f"/tests/{test['id']}/steps", data=rows, headers=HTMX)
    assert answer.status_code == 200, answer.text
    pinned = ui.get(f"/api/tests/{test['id']}/steps").json()["steps"]
    assert [s["target"] and s["target"]["level"] for s in pinned] == [None, 1, None]
    link = {"action": "expect_visible", "target": {"text": "Go", "role": "link", "level": 1},
            "phrase": "x"}  # fmt: skip
    assert "level belongs to a heading" in refusal(ui, test["id"], link)


@pytest.mark.parametrize(
    ("written", "bound", "shown"),
    [(">= 2", (2, True, False), "&gt;= 2"), ("<= 9", (9, False, True), "&lt;= 9")],
)
def test_a_floor_or_a_ceiling_on_a_count_survives_the_editor(
    ui: TestClient, written: str, bound: tuple[int, bool, bool], shown: str
) -> None:
    test = create(ui)
    answer = ui.post(
        f"/tests/{test['id']}/steps",
        data=edited(step_value=["{{username}}", written]),
        headers=HTMX,
    )
    assert answer.status_code == 200, answer.text
    counted = ui.get(f"/api/tests/{test['id']}/steps").json()["steps"][1]
    assert (counted["count"], counted["at_least"], counted["at_most"]) == bound
    assert f'value="{shown}"' in ui.get(f"/tests/{test['id']}").text


@pytest.mark.parametrize(
    ("action", "target", "value", "compare", "shown"),
    [
        ("expect_url", "", "/thanks", "ends", "must end with this"),
        ("expect_number", "total", "$0", "above", "must be more than this"),
    ],
)
def test_how_a_value_must_compare_survives_the_editor(
    ui: TestClient, action: str, target: str, value: str, compare: str, shown: str
) -> None:
    test = create(ui)
    rows = edited(
        step_action=["sign_in", action],
        step_target=["", target],
        step_role=["", ""],
        step_value=["{{username}}", value],
        step_compare=["", compare],
    )
    answer = ui.post(f"/tests/{test['id']}/steps", data=rows, headers=HTMX)
    assert answer.status_code == 200, answer.text
    step = ui.get(f"/api/tests/{test['id']}/steps").json()["steps"][1]
    assert (step["value"], step["compare"]) == (value, compare)
    assert shown in ui.get(f"/tests/{test['id']}").text


def test_the_editor_keeps_a_state_check_that_a_field_is_empty(ui: TestClient) -> None:
    test = create(ui)
    page = ui.get(f"/tests/{test['id']}").text
    for action in ("expect_checked", "expect_selected", "expect_value", "expect_disabled"):
        assert f'<option value="{action}"' in page
    rows = edited(step_action=["sign_in", "expect_value"], step_role=["", "searchbox"])
    rows |= {"step_target": ["", "Search"], "step_value": ["{{username}}", ""]}
    answer = ui.post(f"/tests/{test['id']}/steps", data=rows, headers=HTMX)
    assert answer.status_code == 200, answer.text
    (_, empty) = ui.get(f"/api/tests/{test['id']}/steps").json()["steps"]
    assert (empty["action"], empty["value"], empty["target"]["role"]) == (
        "expect_value",
        "",
        "searchbox",
    )
