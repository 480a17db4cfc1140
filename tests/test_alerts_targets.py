"""Where alerts may go: http(s) to public hosts, unless private targets are allowed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import pytest
from apprise.manager_plugins import NotificationManager
from apprise.plugins.base import NotifyBase

from housecat.alerts.channels import load_plugins
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
        "https://[64:ff9b::5db8:d822]/hook",
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
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
        ("http://169.254.169.253/", "link-local"),
        ("http://[fd00:ec2::254]/", "cloud metadata"),
        ("http://100.100.100.200/", "cloud metadata"),
        ("http://192.0.0.192/", "cloud metadata"),
        ("http://[::1]:8000/", "loopback"),
        ("http://[fe80::1]/", "link-local"),
        ("http://[fd00::1]/", "private"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://[::ffff:169.254.169.254]/", "cloud metadata"),
        # IPv6 addresses that carry an IPv4 one: 6to4 and NAT64.
        ("http://[2002:7f00:1::1]/", "loopback"),
        ("http://[64:ff9b::a9fe:a9fe]/", "cloud metadata"),
        ("http://[64:ff9b::a00:1]/", "private"),
        ("http://[fec0::1]/", "site-local"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        ("http://100.64.0.1/", "non-public"),
        ("http://240.0.0.1/", "private"),
        # Spellings a resolver reads as 127.0.0.1.
        ("http://2130706433/", "loopback"),
        ("http://127.1/", "loopback"),
        ("http://0x7f.0.0.1/", "loopback"),
        ("http://2852039166/", "cloud metadata"),
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
        "ntfy://ntfy.example.com/topic",
        "gotifys://gotify.example.com/token",
        "matrixs://user:pass@matrix.example.com/#room",
        "mailtos://user:pass@example.com?smtp=smtp.example.com",
        # Services with hosts of their own: the URL holds tokens where a host would be.
        "ntfy://mytopic",
        "tgram://123456789:abcdefg_hijklmnop/12315544/",
        "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ",
        "discord://4174216298/JHMHI8qBe7bk2ZwO5U711o3dV_js",
        "pagerduty://myroutekey@myapikey",
        "mailto://user:pass@gmail.com",
    ],
)
def test_apprise_channels_to_public_hosts_and_services_are_accepted(url: str) -> None:
    check_channel(url, allow_private=False)


# Every kind of channel the probe reached 127.0.0.1 through, and the ways to write the
# address of this machine, its networks or a metadata service. Each names its secret.
PRIVATE_CHANNELS = [
    ("ntfy://127.0.0.1:8559/secret-topic", "ntfy://127.0.0.1", "loopback"),
    ("ntfys://169.254.169.254/secret-topic", "ntfys://169.254.169.254", "cloud metadata"),
    ("gotify://127.0.0.1/secret-token", "gotify://127.0.0.1", "loopback"),
    ("apprise://127.0.0.1/secret-token", "apprise://127.0.0.1", "loopback"),
    ("kodi://user:secret@127.0.0.1", "kodi://127.0.0.1", "loopback"),
    ("xbmc://127.0.0.1:8080", "xbmc://127.0.0.1", "loopback"),
    ("mmost://127.0.0.1/secret-token", "mmost://127.0.0.1", "loopback"),
    ("ncloud://admin:secret@127.0.0.1/user", "ncloud://127.0.0.1", "loopback"),
    ("nctalk://user:secret@127.0.0.1/room", "nctalk://127.0.0.1", "loopback"),
    ("rocket://user:secret@127.0.0.1/#channel", "rocket://127.0.0.1", "loopback"),
    ("rsyslog://127.0.0.1", "rsyslog://127.0.0.1", "loopback"),
    ("hassio://127.0.0.1/secret-token", "hassio://127.0.0.1", "loopback"),
    ("matrix://user:secret@127.0.0.1/#room", "matrix://127.0.0.1", "loopback"),
    ("emby://user:secret@10.0.0.5", "emby://10.0.0.5", "private"),
    ("jellyfin://user:secret@192.168.1.20", "jellyfin://192.168.1.20", "private"),
    ("mailtos://user:secret@example.com?smtp=127.0.0.1", "mailtos://127.0.0.1", "loopback"),
    ("json://127.0.0.1:8080/secret", "json://127.0.0.1", "loopback"),
    ("form://localhost/secret", "form://localhost", "this machine"),
    ("ntfy://app.localhost/secret-topic", "ntfy://app.localhost", "this machine"),
    ("xml://[::1]/secret", "xml://[::1]", "loopback"),
    ("gotify://[::ffff:127.0.0.1]/secret-token", "gotify://[::ffff:127.0.0.1]", "loopback"),
    ("apprise://[fd00:ec2::254]/secret-token", "apprise://[fd00:ec2::254]", "cloud metadata"),
    ("ntfy://[fe80::1]/secret-topic", "ntfy://[fe80::1]", "link-local"),
    ("json://2130706433/secret", "json://2130706433", "loopback"),
    ("ntfy://0x7f.1/secret-topic", "ntfy://0x7f.1", "loopback"),
    ("ntfy://0177.0.0.1/secret-topic", "ntfy://0177.0.0.1", "loopback"),
    ("ntfy://2852039166/secret-topic", "ntfy://2852039166", "cloud metadata"),
    ("jsons://10.0.0.5/secret", "jsons://10.0.0.5", "private"),
]


@pytest.mark.parametrize(("url", "named", "kind"), PRIVATE_CHANNELS)
def test_channels_naming_a_private_host_are_refused_naming_scheme_and_host_only(
    url: str, named: str, kind: str
) -> None:
    with pytest.raises(UnsafeTarget) as refused:
        check_channel(url, allow_private=False)
    message = str(refused.value)
    assert f"alert channel {named} is " in message
    assert kind in message
    assert ALLOW_HINT in message
    assert "secret" not in message
    check_channel(url, allow_private=True)


class NotifyPigeon(NotifyBase):
    """A plugin that sends through a package of its own, as Apprise's MQTT and XMPP ones do."""

    service_name = "Pigeon"
    protocol = "pigeon"
    requirements: ClassVar[dict[str, str]] = {"packages_required": "pigeon-post"}

    def send(self, body: str, title: str = "", **kwargs: object) -> bool:
        return True

    def url(self, *args: object, **kwargs: object) -> str:
        return "pigeon://"

    @staticmethod
    def parse_url(url: str) -> dict[str, object]:
        return NotifyBase.parse_url(url, verify_host=False)  # type: ignore[no-any-return]


@pytest.fixture
def pigeon() -> Iterator[str]:
    """Install the pigeon:// plugin in Apprise for one test."""
    load_plugins()
    plugins = NotificationManager()  # type: ignore[no-untyped-call]
    plugins.add(NotifyPigeon)
    yield "pigeon://loft.example.com"
    plugins.remove("pigeon")


def test_a_channel_whose_plugin_needs_a_package_of_its_own_is_refused_unless_allowed(
    pigeon: str,
) -> None:
    # Such a package (paho-mqtt, slixmpp, qpid-proton, dbus) may connect from C or from
    # threads of its own, where the connection guard cannot see.
    with pytest.raises(UnsafeTarget, match=f"pigeon:// channels connect in ways .*{ALLOW_HINT}"):
        check_channel(pigeon, allow_private=False)
    check_channel(pigeon, allow_private=True)


@pytest.mark.parametrize(
    "url", ["json://hooks.example.com/alert?redirect=yes", "ntfy://ntfy.example.com/t?redirect=yes"]
)
def test_a_channel_may_not_ask_to_follow_redirects(url: str) -> None:
    with pytest.raises(UnsafeTarget, match="redirects"):
        check_channel(url, allow_private=False)


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
