"""Every URL HouseCat takes is checked the same way: http(s), a valid host, a port in 1-65535."""

from __future__ import annotations

import re

import pytest
import redis
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from housecat.cli import app
from housecat.config import Settings, SettingsError, load_settings
from housecat.urls import http_url
from tests.conftest import our_keys

runner = CliRunner()
LOGIN = {"name": "Login", "url": "https://a.test/login", "goal": "open /login"}

# Each bad URL, and the words the refusal must contain.
BAD = [
    ("http://exa mple.com/", "invalid host 'exa mple.com'"),
    ("http://example.com:99999/", "invalid port"),
    ("http://example.com:0/", "invalid port"),
    ("http://example.com:http/", "invalid port"),
    ("http://exa<mple.com/", "invalid host"),
    ("http://a..b.com/", "invalid host"),
    ("http://999.1.1.1/", "invalid host"),
    ("http://[::1/", "not a valid URL"),
    ("http://[v1.future]/", "invalid host"),
    ("http://☃.com/", "invalid host"),
    (f"http://{'a' * 64}.com/", "invalid host"),
    ("http://example.com\\@evil.test/", "backslash"),
    ("ftp://example.com/", "http:// or https://"),
    ("http:///path", "with a host"),
]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com",
        "http://example.com:8080/a b?q=1#f",
        "https://user:pw@shop.example.com./login",
        "http://internal_host.corp/",
        "https://bücher.example/",
        "http://127.0.0.1:1/",
        "http://[2606:4700::1111]:443/",
        "http://127.1/",
    ],
)
def test_urls_a_browser_can_open_are_accepted(url: str) -> None:
    assert http_url(url) == url


@pytest.mark.parametrize(("url", "reason"), BAD)
def test_malformed_urls_are_refused_saying_what_is_wrong(url: str, reason: str) -> None:
    with pytest.raises(ValueError, match=re.escape(reason)):
        http_url(url)


@pytest.mark.parametrize(("url", "reason"), BAD[:3])
@pytest.mark.parametrize("field", ["url", "alert_webhook"])
def test_api_refuses_a_malformed_url_with_422_naming_the_field(
    client: TestClient, db: redis.Redis, field: str, url: str, reason: str
) -> None:
    created = client.post("/api/tests", json={**LOGIN, field: url})
    assert created.status_code == 422
    assert set(created.json()) == {"error", "fields"}
    assert reason in created.json()["fields"][field]
    assert our_keys(db) == []

    test = client.post("/api/tests", json=LOGIN).json()
    updated = client.put(f"/api/tests/{test['id']}", json={field: url})
    assert updated.status_code == 422
    assert reason in updated.json()["fields"][field]


@pytest.mark.parametrize(("url", "reason"), BAD[:3])
def test_run_test_refuses_a_malformed_url_before_running(
    client: TestClient, url: str, reason: str
) -> None:
    response = client.post("/api/run-test", json={"url": url, "goal": "open /"})
    assert response.status_code == 422
    assert response.json()["error"] == f"url: {response.json()['fields']['url']}"
    assert reason in response.json()["fields"]["url"]


@pytest.mark.parametrize("variable", ["PUBLIC_URL", "QSTASH_URL"])
@pytest.mark.parametrize(("url", "reason"), BAD[:3])
def test_url_settings_refuse_a_malformed_url_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, url: str, reason: str
) -> None:
    monkeypatch.setenv(variable, url)
    with pytest.raises(SettingsError) as refused:
        load_settings()
    assert refused.value.message.startswith(f"invalid setting {variable}: ")
    assert reason in refused.value.message

    result = runner.invoke(app, ["tests", "list"])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: invalid setting {variable}: ")
    assert result.output.count("\n") == 1


@pytest.mark.parametrize(("url", "reason"), BAD[:3])
def test_cli_refuses_a_malformed_url_in_one_line_with_exit_2(
    settings: Settings, db: redis.Redis, url: str, reason: str
) -> None:
    ran = runner.invoke(app, ["run", "--url", url, "--goal", "open /"])
    assert ran.exit_code == 2
    assert ran.output == f"error: url: {http_error(url)}\n"

    created = runner.invoke(
        app,
        ["tests", "create", "--name", "x", "--url", url, "--goal", "open /",
         "--data-dir", str(settings.data_dir)],
    )  # fmt: skip
    assert created.exit_code == 2
    assert created.output == f"error: url: {http_error(url)}\n"
    assert reason in created.output
    assert our_keys(db) == []


def http_error(url: str) -> str:
    """Return why `http_url` refuses the URL."""
    try:
        http_url(url)
    except ValueError as exc:
        return str(exc)
    raise AssertionError(f"{url} was accepted")
