"""The admin fixture site: the New user form, its checks and the saved user, in every variant."""

from __future__ import annotations

import re
import time

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.sites.common import SLOW_SECONDS

ADA = {
    "first_name": "Ada",
    "last_name": "Lovelace",
    "email": "ada@example.com",
    "role": "Editor",
    "plan": "Pro",
    "notes": "Wrote the first program",
    "password": "engine42",
    "password2": "engine42",
    "welcome": "yes",
}


def save(http: httpx.Client, variant: str, **changes: str) -> httpx.Response:
    """Post Ada's form with some fields changed; the redirect is not followed."""
    return http.post(f"/admin/{variant}/users/new", data=ADA | changes)


def test_the_form_has_every_field_labelled(http: httpx.Client) -> None:
    page = http.get("/admin/ok/users/new").text
    assert "<title>New user — Admin</title>" in page
    assert "<h1>New user</h1>" in page
    for field, label in [
        ("first_name", "First name"),
        ("last_name", "Last name"),
        ("email", "Email"),
        ("role", "Role"),
        ("notes", "Notes"),
        ("password", "Password"),
        ("password2", "Repeat password"),
    ]:
        assert f'<label for="{field}">{label}</label>' in page
        assert f'id="{field}" name="{field}"' in page
    assert "<option selected>Viewer</option><option>Editor</option><option>Admin</option>" in page
    assert "<legend>Plan</legend>" in page
    assert re.findall(
        r'<label><input type="radio" name="plan" value="\w+"( checked)?> (\w+)</label>', page
    ) == [
        (" checked", "Free"),
        ("", "Pro"),
        ("", "Enterprise"),
    ]
    assert '<textarea id="notes" name="notes" rows="3"></textarea>' in page
    assert '<input type="checkbox" name="welcome" value="yes"> Send welcome email</label>' in page
    assert '<button type="submit">Save user</button>' in page


def test_the_start_page_leads_to_the_form(http: httpx.Client) -> None:
    answer = http.get("/admin/ok/")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/admin/ok/users/new"


@pytest.mark.parametrize("variant", ["ok", "renamed"])
def test_a_valid_user_is_saved_and_shown_without_the_password(
    http: httpx.Client, variant: str
) -> None:
    answer = save(http, variant)
    assert answer.status_code == 303
    location = answer.headers["location"]
    assert re.fullmatch(rf"/admin/{variant}/users/\d+\?saved=1", location)
    page = http.get(location).text
    assert "<title>Ada Lovelace — Admin</title>" in page
    assert '<p role="status">User saved</p>' in page
    assert "<h1>Ada Lovelace</h1>" in page
    last_name = "Surname" if variant == "renamed" else "Last name"
    pairs = re.findall(r"<dt>([^<]+)</dt><dd>([^<]*)</dd>", page)
    assert pairs == [
        ("First name", "Ada"),
        (last_name, "Lovelace"),
        ("Email", "ada@example.com"),
        ("Role", "Editor"),
        ("Plan", "Pro"),
        ("Notes", "Wrote the first program"),
        ("Welcome email", "Sent"),
    ]
    assert "engine42" not in page
    again = http.get(location.removesuffix("?saved=1")).text
    assert "User saved" not in again
    assert "<h1>Ada Lovelace</h1>" in again


def test_users_are_numbered_and_kept_per_variant(http: httpx.Client) -> None:
    first = save(http, "ok").headers["location"]
    second = save(http, "ok", first_name="Grace", welcome="").headers["location"]
    assert first != second
    page = http.get(second).text
    assert "<h1>Grace Lovelace</h1>" in page
    assert "<dt>Welcome email</dt><dd>Not sent</dd>" in page
    number = second.split("/")[-1].removesuffix("?saved=1")
    assert http.get(f"/admin/renamed/users/{number}").status_code == 404
    assert http.get("/admin/ok/users/999999").status_code == 404
    assert http.get("/admin/flaky/users/new").status_code == 404


@pytest.mark.parametrize(
    ("changes", "alerts"),
    [
        ({"email": ""}, ["Email is required"]),
        ({"password2": "engine43"}, ["Passwords do not match"]),
        ({"email": " ", "password2": ""}, ["Email is required", "Passwords do not match"]),
    ],
)
def test_the_checks_answer_the_form_with_its_values(
    http: httpx.Client, changes: dict[str, str], alerts: list[str]
) -> None:
    answer = save(http, "ok", **changes)
    assert answer.status_code == 200
    assert re.findall(r'<p role="alert">([^<]+)</p>', answer.text) == alerts
    assert 'name="first_name" autocomplete="given-name" value="Ada"' in answer.text
    assert "<option selected>Editor</option>" in answer.text
    assert 'value="Pro" checked> Pro' in answer.text
    assert ">Wrote the first program</textarea>" in answer.text
    assert 'value="yes" checked> Send welcome email' in answer.text
    assert "engine42" not in answer.text


def test_renamed_variant_relabels_last_name_and_the_button(http: httpx.Client) -> None:
    page = http.get("/admin/renamed/users/new").text
    assert '<label for="last_name">Surname</label>' in page
    assert '<button type="submit">Create user</button>' in page
    assert "Last name" not in page
    assert "Save user" not in page


def test_broken_variant_fails_a_valid_save(http: httpx.Client) -> None:
    answer = save(http, "broken")
    assert answer.status_code == 200
    assert re.findall(r'<p role="alert">([^<]+)</p>', answer.text) == ["Something went wrong"]
    assert "User saved" not in answer.text
    assert 'value="ada@example.com"' in answer.text
    assert re.findall(r'<p role="alert">([^<]+)</p>', save(http, "broken", email="").text) == [
        "Email is required"
    ]


def test_slow_variant_saves_after_its_delay(http: httpx.Client) -> None:
    started = time.monotonic()
    answer = save(http, "slow")
    # A lower bound only: the server sleeps before answering, so this cannot flake.
    assert time.monotonic() - started >= SLOW_SECONDS
    assert answer.status_code == 303
    assert "User saved" in http.get(answer.headers["location"]).text


def test_chromium_fills_every_field_by_its_label(page: Page) -> None:
    page.goto("/admin/ok/users/new")
    page.get_by_label("First name").fill("Ada")
    page.get_by_label("Last name").fill("Lovelace")
    page.get_by_label("Email", exact=True).fill("ada@example.com")
    page.get_by_label("Role").select_option("Admin")
    page.get_by_role("group", name="Plan").get_by_label("Enterprise").check()
    page.get_by_label("Notes").fill("Analytical engine")
    page.get_by_label("Password", exact=True).fill("engine42")
    page.get_by_label("Repeat password").fill("engine42")
    page.get_by_label("Send welcome email").check()
    page.get_by_role("button", name="Save user").click()
    expect(page.get_by_role("status")).to_have_text("User saved")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ada Lovelace")
    expect(page.locator("dl")).to_contain_text("Enterprise")
    expect(page.locator("dl")).to_contain_text("Admin")


def test_chromium_shows_a_mismatch_and_keeps_the_values(page: Page) -> None:
    page.goto("/admin/ok/users/new")
    page.get_by_label("First name").fill("Ada")
    page.get_by_label("Email", exact=True).fill("ada@example.com")
    page.get_by_label("Password", exact=True).fill("engine42")
    page.get_by_label("Repeat password").fill("engine24")
    page.get_by_role("button", name="Save user").click()
    expect(page.get_by_role("alert")).to_have_text("Passwords do not match")
    expect(page.get_by_label("First name")).to_have_value("Ada")
    expect(page.get_by_label("Password", exact=True)).to_have_value("")
