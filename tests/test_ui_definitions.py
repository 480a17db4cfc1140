"""The pages of suites, environments and browser configurations: lists, forms with their
field errors, deletes refused while in use, and a suite run from its page — in-process,
then once in a real Chromium."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest
import redis
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, Page, expect

from housecat import keys
from housecat.plan.variables import MASK
from tests.forms import error_of, posted
from tests.pages import Pages
from tests.processes import Server
from tests.signing_in import OWN_ORIGIN, TOKEN, sign_in

STAGING = {
    "name": "Staging",
    "base_url": "https://staging.example.com",
    "description": "Before production",
    "var_name": "user",
    "var_value": "alice",
    "secret_name": "password",
    "secret_value": "hunter2",
}


@pytest.fixture
def ui(make_client: Callable[..., TestClient]) -> TestClient:
    """The app without scheduler or worker: executions stay queued."""
    return make_client(roles=False)


def only(client: TestClient, path: str, plural: str) -> dict[str, object]:
    listed = client.get(path).json()[plural]
    assert len(listed) == 1, listed
    record: dict[str, object] = listed[0]
    return record


def create_test(client: TestClient, name: str, url: str = "https://shop.example.com/") -> str:
    body = {"name": name, "url": url, "goal": "the heading says Hi", "schedule": "0 0 1 1 *"}
    test_id: str = client.post("/api/tests", json=body).raise_for_status().json()["id"]
    return test_id


# The nav


def test_the_nav_leads_to_each_kind_and_marks_it_current(ui: TestClient) -> None:
    for path, label in (("/suites", "Suites"), ("/environments", "Environments")):
        page = ui.get(path)
        assert page.status_code == 200
        assert f'<a href="{path}" aria-current="page">{label}</a>' in page.text
    page = ui.get("/browser-configs/new").text
    assert '<a href="/browser-configs" aria-current="page">Browsers</a>' in page
    assert '<a href="/suites">Suites</a>' in page
    assert "<h2>No suites yet</h2>" in ui.get("/suites").text
    assert "<h2>No environments yet</h2>" in ui.get("/environments").text
    assert "<h2>No browser configurations yet</h2>" in ui.get("/browser-configs").text


# Environments


def test_an_environment_made_in_the_form_is_listed_with_its_values_counted(
    ui: TestClient, db: redis.Redis
) -> None:
    form = ui.get("/environments/new").text
    assert '<label for="environment-base-url">Base URL</label>' in form
    assert posted(ui, "/environments", STAGING) == "/environments"

    made = only(ui, "/api/v1/environments", "environments")
    assert made["variables"] == {"user": "alice"} and made["secrets"] == {"password": MASK}
    assert db.hget(keys.environment(str(made["id"])), "secrets") == '{"password": "hunter2"}'
    row = re.search(
        rf'<tr id="environment-{made["id"]}">(.*?)</tr>', ui.get("/environments").text, re.S
    )
    assert row
    assert f'<a href="/environments/{made["id"]}/edit">Staging</a>' in row.group(1)
    assert "<code>https://staging.example.com</code>" in row.group(1)
    assert '<td data-label="Variables">1</td>' in row.group(1)
    assert '<td data-label="Secrets">1</td>' in row.group(1)


def test_editing_an_environment_keeps_a_secret_left_masked(ui: TestClient, db: redis.Redis) -> None:
    posted(ui, "/environments", STAGING)
    environment_id = str(only(ui, "/api/v1/environments", "environments")["id"])
    form = ui.get(f"/environments/{environment_id}/edit").text
    assert "hunter2" not in form
    assert f'name="secret_value" value="{MASK}"' in form
    assert 'value="https://staging.example.com"' in form

    edited = STAGING | {"name": "Staging 2", "secret_value": MASK, "var_value": "bob"}
    assert posted(ui, f"/environments/{environment_id}/edit", edited) == "/environments"
    stored = db.hgetall(keys.environment(environment_id))
    assert (stored["name"], stored["variables"]) == ("Staging 2", '{"user": "bob"}')
    assert stored["secrets"] == '{"password": "hunter2"}'


def test_a_bad_environment_form_names_each_field_and_stores_nothing(ui: TestClient) -> None:
    bad = STAGING | {"name": " ", "base_url": "ftp://x", "var_name": ""}
    answer = ui.post("/environments", data=bad)
    assert answer.status_code == 422
    assert "Please correct the fields marked below." in answer.text
    assert error_of(answer.text, "environment-name")
    assert "http" in error_of(answer.text, "environment-base-url")
    assert 'id="test-variables-error">a value has no name' in answer.text
    assert 'value="ftp://x"' in answer.text  # what was typed stays
    assert "hunter2" not in answer.text  # a typed secret is never written back
    assert ui.get("/api/v1/environments").json()["environments"] == []

    posted(ui, "/environments", STAGING)
    again = ui.post("/environments", data=STAGING)
    assert again.status_code == 422
    assert "already an environment named" in error_of(again.text, "environment-name")
    environment_id = str(only(ui, "/api/v1/environments", "environments")["id"])
    edited = ui.post(f"/environments/{environment_id}/edit", data=STAGING | {"base_url": ""})
    assert edited.status_code == 422
    assert error_of(edited.text, "environment-base-url")
    assert only(ui, "/api/v1/environments", "environments")["base_url"] == STAGING["base_url"]


def test_an_environment_is_deleted_after_asking_unless_a_suite_uses_it(ui: TestClient) -> None:
    posted(ui, "/environments", STAGING)
    environment_id = str(only(ui, "/api/v1/environments", "environments")["id"])
    body = {"name": "Checkout", "environment_id": environment_id}
    suite_id = ui.post("/api/v1/suites", json=body).json()["id"]
    confirm = ui.get(f"/environments/{environment_id}/delete").text
    assert '<h1 id="delete-title">Delete “Staging”?</h1>' in confirm
    assert f'<form method="post" action="/environments/{environment_id}/delete">' in confirm

    refused = ui.post(f"/environments/{environment_id}/delete")
    assert refused.status_code == 409
    assert '<div class="notice notice-error" role="alert">' in refused.text
    assert "used by suite &#39;Checkout&#39;" in refused.text
    assert "<h1>Environments</h1>" in refused.text
    ui.delete(f"/api/v1/suites/{suite_id}")
    assert posted(ui, f"/environments/{environment_id}/delete", {}) == "/environments"
    assert ui.get("/api/v1/environments").json()["environments"] == []


def test_an_unknown_environment_is_the_not_found_page(ui: TestClient) -> None:
    for method, path in (("get", "/environments/nope/edit"), ("post", "/environments/nope/delete")):
        page = getattr(ui, method)(path, **({"data": STAGING} if method == "post" else {}))
        assert page.status_code == 404
        assert "environment &#39;nope&#39; not found" in page.text


# Browser configurations


def test_a_browser_configuration_takes_its_viewport_from_the_device_chosen(ui: TestClient) -> None:
    form = ui.get("/browser-configs/new").text
    assert '<option value="iPhone 13">iPhone 13</option>' in form
    assert '<label for="config-color-scheme">Colour scheme</label>' in form
    made = {"name": "Phone", "device": "iPhone 13", "locale": "fr-FR", "color_scheme": "dark"}
    assert posted(ui, "/browser-configs", made) == "/browser-configs"

    config = only(ui, "/api/v1/browser-configs", "browser_configs")
    assert (config["viewport_width"], config["viewport_height"], config["is_mobile"]) == (
        390,
        664,
        True,
    )
    page = ui.get("/browser-configs").text
    assert '<td data-label="Viewport">390 × 664</td>' in page
    assert '<td data-label="Device">iPhone 13</td>' in page

    # Edited to another device, the preset's size follows; a blank locale clears it.
    edit = ui.get(f"/browser-configs/{config['id']}/edit").text
    assert '<option value="iPhone 13" selected>' in edit and 'value="390"' in edit
    changed = made | {"device": "Pixel 7", "viewport_width": "390", "viewport_height": "664"}
    posted(ui, f"/browser-configs/{config['id']}/edit", changed | {"locale": ""})
    config = only(ui, "/api/v1/browser-configs", "browser_configs")
    assert (config["device"], config["viewport_width"], config["locale"]) == ("Pixel 7", 412, None)


def test_a_bad_browser_configuration_form_names_each_field_and_stores_nothing(
    ui: TestClient,
) -> None:
    bad = {"name": "Odd", "viewport_width": "wide", "viewport_height": "50"}
    bad |= {"locale": "en_US", "timezone": "Mars/Base", "color_scheme": "sepia"}
    answer = ui.post("/browser-configs", data=bad)
    assert answer.status_code == 422
    assert error_of(answer.text, "config-width") == "Enter a whole number."
    assert "200" in error_of(answer.text, "config-height")
    assert "en-US" in error_of(answer.text, "config-locale")
    assert "time zone" in error_of(answer.text, "config-timezone")
    assert error_of(answer.text, "config-color-scheme")
    assert 'value="wide"' in answer.text
    unknown = ui.post("/browser-configs", data={"name": "Odd", "device": "Nokia 3310"})
    assert unknown.status_code == 422
    assert "unknown device" in error_of(unknown.text, "config-device")
    assert ui.get("/api/v1/browser-configs").json()["browser_configs"] == []


def test_a_browser_configuration_in_use_is_kept_and_an_unused_one_deleted(ui: TestClient) -> None:
    posted(ui, "/browser-configs", {"name": "Desktop"})
    config_id = str(only(ui, "/api/v1/browser-configs", "browser_configs")["id"])
    suite = ui.post("/api/v1/suites", json={"name": "Nightly", "browser_config_id": config_id})
    assert "Delete “Desktop”?" in ui.get(f"/browser-configs/{config_id}/delete").text
    refused = ui.post(f"/browser-configs/{config_id}/delete")
    assert refused.status_code == 409 and "used by suite &#39;Nightly&#39;" in refused.text
    ui.delete(f"/api/v1/suites/{suite.json()['id']}")
    posted(ui, f"/browser-configs/{config_id}/delete", {})
    assert ui.get("/api/v1/browser-configs").json()["browser_configs"] == []
    assert ui.get(f"/browser-configs/{config_id}/edit").status_code == 404


# Suites


def test_a_suite_made_in_the_form_runs_its_ticked_tests_in_the_order_listed(
    ui: TestClient,
) -> None:
    home, shop, cart = (create_test(ui, name) for name in ("Home", "Shop", "Cart"))
    posted(ui, "/environments", STAGING)
    posted(ui, "/browser-configs", {"name": "Phone", "device": "Pixel 7"})
    environment_id = str(only(ui, "/api/v1/environments", "environments")["id"])
    config_id = str(only(ui, "/api/v1/browser-configs", "browser_configs")["id"])
    form = ui.get("/suites/new").text
    assert f'<label for="suite-test-{home}">Home</label>' in form
    assert f'<option value="{environment_id}">Staging</option>' in form

    body = {"name": "Checkout", "tests": [shop, home], "environment_id": environment_id}
    location = posted(ui, "/suites", body | {"concurrency": "2"})
    suite_id = location.removeprefix("/suites/")
    page = ui.get(location).text
    assert "<h1>Checkout</h1>" in page
    assert re.findall(r'<li><a href="/tests/([\w-]+)">', page) == [shop, home]
    assert f'<option value="{environment_id}" selected>Staging</option>' in page
    assert f'<option value="{config_id}">Phone</option>' in page
    assert "Not run yet." in page
    listing = ui.get("/suites").text
    assert f'<a href="/suites/{suite_id}">Checkout</a>' in listing
    assert '<td data-label="Tests">2</td>' in listing
    assert '<td data-label="Environment">Staging</td>' in listing
    assert "never run" in listing

    # Edited: the ticked tests first, in their order; a test added; the default browser set.
    edit = ui.get(f"/suites/{suite_id}/edit").text
    assert re.findall(r'id="suite-test-([\w-]+)"', edit) == [shop, home, cart]
    changed = body | {"tests": [shop, home, cart], "browser_config_id": config_id}
    assert posted(ui, f"/suites/{suite_id}/edit", changed) == location
    suite = ui.get(f"/api/v1/suites/{suite_id}").json()
    assert (suite["test_ids"], suite["browser_config_id"]) == ([shop, home, cart], config_id)

    # Run against the defaults, or without the environment's default browser.
    execution = posted(ui, f"/suites/{suite_id}/run", {"environment_id": environment_id})
    execution_id = execution.removeprefix("/executions/")
    started = ui.get(f"/api/v1/executions/{execution_id}").json()
    assert [test["test_id"] for test in started["tests"]] == [shop, home, cart]
    assert (started["environment_id"], started["browser_config_id"]) == (environment_id, config_id)
    shown = ui.get(execution).text
    assert f'<dt>Suite</dt><dd><a href="/suites/{suite_id}">Checkout</a></dd>' in shown
    assert f'<a href="/environments/{environment_id}/edit">Staging</a>' in shown
    assert f'<a href="/browser-configs/{config_id}/edit">Phone</a>' in shown
    assert f'<a href="/executions/{execution_id}">' in ui.get(location).text
    assert f'<a href="/executions/{execution_id}"><span class="badge badge-queued">' in (
        ui.get("/suites").text
    )


def test_a_bad_suite_form_names_each_field_and_stores_nothing(ui: TestClient) -> None:
    answer = ui.post("/suites", data={"name": "", "concurrency": "lots", "tests": ["gone1234"]})
    assert answer.status_code == 422
    assert error_of(answer.text, "suite-name")
    assert error_of(answer.text, "suite-concurrency") == "Enter a whole number."
    too_many = ui.post("/suites", data={"name": "Big", "concurrency": "11"})
    assert "10" in error_of(too_many.text, "suite-concurrency")
    gone = ui.post("/suites", data={"name": "Gone", "tests": ["gone1234"]})
    assert gone.status_code == 422
    assert 'id="suite-tests-error">no test &#39;gone1234&#39;' in gone.text
    assert ui.get("/api/v1/suites").json()["suites"] == []


def test_a_suite_is_deleted_after_asking_and_its_tests_stay(ui: TestClient) -> None:
    test_id = create_test(ui, "Home")
    suite_id = posted(ui, "/suites", {"name": "Smoke", "tests": [test_id]}).split("/")[-1]
    confirm = ui.get(f"/suites/{suite_id}/delete").text
    assert "Delete “Smoke”?" in confirm and "Its tests stay" in confirm
    assert posted(ui, f"/suites/{suite_id}/delete", {}) == "/suites"
    assert ui.get(f"/suites/{suite_id}").status_code == 404
    assert "suite &#39;" in ui.get(f"/suites/{suite_id}").text
    assert ui.get(f"/api/tests/{test_id}").status_code == 200


def test_a_suite_without_tests_offers_no_run_and_refuses_one(ui: TestClient) -> None:
    suite_id = posted(ui, "/suites", {"name": "Empty"}).split("/")[-1]
    page = ui.get(f"/suites/{suite_id}").text
    assert "This suite has no tests to run" in page and "Run suite" not in page
    refused = ui.post(f"/suites/{suite_id}/run", data={})
    assert refused.status_code == 422 and "has no tests" in refused.text
    assert ui.post("/suites/nope/run", data={}).status_code == 404


def test_with_a_token_the_forms_need_a_session_and_its_csrf_token(
    make_client: Callable[..., TestClient],
) -> None:
    locked = make_client(roles=False, api_token=TOKEN)
    for path in ("/suites", "/environments/new", "/browser-configs"):
        answer = locked.get(path, follow_redirects=False)
        assert answer.headers["location"].startswith("/login?next=")
    csrf = sign_in(locked)
    refused = locked.post("/environments", data=STAGING, headers=OWN_ORIGIN)
    assert refused.status_code == 403
    form = locked.get("/environments/new").text
    assert f'<input type="hidden" name="csrf_token" value="{csrf}">' in form
    made = locked.post(
        "/environments",
        data=STAGING | {"csrf_token": csrf},
        headers=OWN_ORIGIN,
        follow_redirects=False,
    )
    assert made.status_code == 303


# In a real Chromium


@pytest.fixture
def tab(server: Server, browser: Browser) -> Iterator[Page]:
    context = browser.new_context(base_url=server.url)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def test_a_suite_made_in_the_forms_runs_against_its_environment_from_its_page(
    tab: Page, pages: Pages
) -> None:
    welcome = urlsplit(pages.add("<h1>Welcome aboard</h1>"))
    tab.goto("/environments")
    tab.get_by_role("link", name="+ New environment").click()
    tab.get_by_label("Name").fill("Local site")
    tab.get_by_label("Base URL").fill(f"{welcome.scheme}://{welcome.netloc}")
    tab.get_by_role("button", name="Add variable").click()
    tab.get_by_label("Variable", exact=True).fill("greeting")
    tab.get_by_label("Variable value").fill("Welcome aboard")
    tab.get_by_role("button", name="Create environment").click()
    expect(tab.get_by_role("row", name=re.compile("Local site"))).to_be_visible()

    # The test opens a path of the environment's site; its goal's value comes from it too.
    tab.get_by_role("link", name="Tests", exact=True).click()
    tab.get_by_role("button", name="+ New test").click()
    dialog = tab.get_by_role("dialog", name="New test")
    dialog.get_by_label("Name").fill("Greets")
    dialog.get_by_label("URL").fill(welcome.path)
    dialog.get_by_label("Goal").fill('the heading says "{{greeting}}"')
    dialog.get_by_role("button", name="Create test").click()
    expect(dialog.locator("#test-url-error")).to_contain_text("choose the environment below")
    dialog.get_by_label("Environment").select_option(label="Local site")
    dialog.get_by_role("button", name="Create test").click()
    expect(dialog).to_be_hidden()
    expect(tab.get_by_role("link", name="Greets", exact=True)).to_be_visible()

    tab.get_by_role("link", name="Suites", exact=True).click()
    tab.get_by_role("link", name="+ New suite").click()
    tab.get_by_label("Name").fill("Smoke")
    tab.get_by_label("Greets").check()
    tab.get_by_label("Default environment").select_option(label="Local site")
    tab.get_by_role("button", name="Create suite").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Smoke")
    expect(tab.get_by_label("Environment")).to_have_value(re.compile(r"\w+"))

    tab.get_by_role("button", name="Run suite").click()
    tab.wait_for_url(re.compile(r"/executions/[\w-]+$"))
    facts = tab.locator("#execution-body dl")
    expect(facts).to_contain_text("Passed", timeout=30_000)
    expect(facts.get_by_role("link", name="Local site")).to_be_visible()
    facts.get_by_role("link", name="Smoke").click()
    expect(tab.locator(".suite-runs")).to_contain_text("Passed")

    # Then on a phone, against a second environment: the same site under another host name.
    tab.goto("/environments/new")
    tab.get_by_label("Name").fill("Second site")
    tab.get_by_label("Base URL").fill(f"{welcome.scheme}://localhost:{welcome.port}")
    tab.get_by_role("button", name="Add variable").click()
    tab.get_by_label("Variable", exact=True).fill("greeting")
    tab.get_by_label("Variable value").fill("Welcome aboard")
    tab.get_by_role("button", name="Create environment").click()
    tab.goto("/browser-configs/new")
    tab.get_by_label("Name").fill("Phone")
    tab.get_by_label("Device").select_option("iPhone 13")
    tab.get_by_role("button", name="Create browser configuration").click()
    expect(tab.get_by_role("row", name=re.compile("Phone"))).to_be_visible()

    tab.get_by_role("link", name="Suites", exact=True).click()
    tab.get_by_role("link", name="Smoke", exact=True).click()
    tab.get_by_label("Environment").select_option(label="Second site")
    tab.get_by_label("Browser configuration").select_option(label="Phone")
    tab.get_by_role("button", name="Run suite").click()
    tab.wait_for_url(re.compile(r"/executions/[\w-]+$"))
    facts = tab.locator("#execution-body dl")
    expect(facts).to_contain_text("Passed", timeout=30_000)
    expect(facts.get_by_role("link", name="Second site")).to_be_visible()
    expect(facts).to_contain_text("Phone")
    # Its artifacts: the test's log, read back on the execution's page.
    log = tab.locator("#execution-body .run-log")
    expect(log).to_have_count(1)
    log.locator("summary").click()
    expect(log).to_contain_text(f"localhost:{welcome.port}{welcome.path}")
