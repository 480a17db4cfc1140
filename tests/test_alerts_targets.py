"""Where alerts may go: http(s) to public hosts, unless private targets are allowed."""

from __future__ import annotations

import pytest

from housecat.alerts.targets import (
    UnresolvableTarget,
    UnsafeTarget,
    check_channel,
    check_target,
    resolve_and_check,
)

ALLOW_HINT = "HOUSECAT_ALLOW_PRIVATE_WEBHOOKS"


@pytest.mark.parametrize(
    "url",
    [
        "https://hooks.example.com/alert",
        "http://93.184.216.34/hook",
        "https://[2606:4700:4700::1111]/hook",
        "https://example.com:8443/x?token=abc",
        # Names are judged when the alert is sent, by what they resolve to then.
        "https://intranet.example.com/hook",
        "https://localhost.example.com/hook",
    ],
)
def test_public_addresses_and_names_are_accepted(url: str) -> None:
    check_target(url, allow_private=False)


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://127.0.0.1:8080/hook", "loopback"),
        ("http://127.9.9.9/", "loopback"),
        ("http://localhost/hook", "this machine"),
        ("http://LOCALHOST./hook", "this machine"),
        ("http://app.localhost/hook", "this machine"),
        ("http://10.1.2.3/", "private"),
        ("http://172.16.0.1/", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]:8000/", "loopback"),
        ("http://[fe80::1]/", "link-local"),
        ("http://[fd00::1]/", "private"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        ("http://100.64.0.1/", "non-public"),
        ("http://240.0.0.1/", "private"),
        # Spellings a resolver reads as 127.0.0.1.
        ("http://2130706433/", "loopback"),
        ("http://127.1/", "loopback"),
        ("http://0x7f.0.0.1/", "loopback"),
    ],
)
def test_private_and_local_addresses_are_refused_saying_how_to_allow_them(
    url: str, kind: str
) -> None:
    with pytest.raises(UnsafeTarget) as refused:
        check_target(url, allow_private=False)
    assert kind in str(refused.value)
    assert ALLOW_HINT in str(refused.value)
    check_target(url, allow_private=True)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/hook",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "https:///no-host",
        "example.com/hook",
        "http://example.com:99999/",
        "http://[::1/",
    ],
)
def test_anything_but_an_http_url_with_a_host_is_refused_even_when_private_is_allowed(
    url: str,
) -> None:
    with pytest.raises(ValueError, match=r"URL|port"):
        check_target(url, allow_private=True)


async def test_localhost_is_refused_at_delivery() -> None:
    with pytest.raises(UnsafeTarget, match="this machine"):
        await resolve_and_check("http://localhost:8000/hook", allow_private=False)
    await resolve_and_check("http://localhost:8000/hook", allow_private=True)


async def test_a_public_address_passes_the_delivery_check_without_dns() -> None:
    await resolve_and_check("http://93.184.216.34/hook", allow_private=False)


async def test_a_name_that_does_not_resolve_is_worth_another_try_later() -> None:
    with pytest.raises(UnresolvableTarget, match="cannot resolve"):
        await resolve_and_check("https://hooks.invalid/alert", allow_private=False)


@pytest.mark.parametrize(
    "url",
    [
        "json://hooks.example.com/alert",
        "jsons://93.184.216.34:8443/alert",
        "form://hooks.example.com/",
        "xmls://hooks.example.com/soap",
        "tgram://123456789:abcdefg_hijklmnop/12315544/",
        "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ",
    ],
)
def test_apprise_channels_it_understands_are_accepted(url: str) -> None:
    check_channel(url, allow_private=False)


@pytest.mark.parametrize(
    "url",
    [
        "json://127.0.0.1:8080/path",
        "jsons://10.0.0.5/hook",
        "form://localhost/",
        "forms://192.168.1.10/",
        "xml://[::1]/soap",
        "json://169.254.169.254/",
    ],
)
def test_webhook_like_channels_to_private_hosts_are_refused_unless_allowed(url: str) -> None:
    with pytest.raises(UnsafeTarget, match=ALLOW_HINT):
        check_channel(url, allow_private=False)
    check_channel(url, allow_private=True)


def test_a_webhook_like_channel_may_not_ask_to_follow_redirects() -> None:
    with pytest.raises(UnsafeTarget, match="redirects"):
        check_channel("json://hooks.example.com/alert?redirect=yes", allow_private=False)


@pytest.mark.parametrize(
    "url",
    [
        "nonsense://token123@host/",
        "https://hooks.example.com/alert",
        "json://",
        "json://a.example.com json://b.example.com",
        "",
    ],
)
def test_urls_apprise_does_not_understand_are_refused_without_echoing_them(url: str) -> None:
    with pytest.raises(ValueError, match="not a notification URL Apprise understands") as refused:
        check_channel(url, allow_private=True)
    assert "token123" not in str(refused.value)
