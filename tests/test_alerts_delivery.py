"""Alerts delivered in the background to real local servers: retries, limits, refusals, channels."""

from __future__ import annotations

import inspect
import ipaddress
import logging
import socket
import ssl
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import trustme
from standardwebhooks import Webhook

from housecat import __version__
from housecat.alerts.dispatcher import AlertDispatcher
from housecat.alerts.payload import webhook_payload
from housecat.alerts.webhook import post_once
from housecat.config import Settings, SettingsError
from tests.alert_servers import AlertServer, RebindingDns, Reply, UdpListener, a_run, a_test
from tests.processes import free_port

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
NOT_DELIVERED = "alert test_failed for test t_login (run r_0001) not delivered after"


class Deliveries:
    """The on_delivered callback: remembers each (test_id, run_id) it is told about."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    async def __call__(self, test_id: str, run_id: str) -> None:
        self.calls.append((test_id, run_id))


@pytest.fixture
def delivered() -> Deliveries:
    return Deliveries()


@pytest.fixture(autouse=True)
def alert_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="housecat.alerts")
    return caplog


def dispatcher(delivered: Deliveries, **settings: object) -> AlertDispatcher:
    """A dispatcher allowed to reach 127.0.0.1, with short waits; settings override."""
    defaults: dict[str, object] = {
        "allow_private_webhooks": True,
        "alert_timeout": 2.0,
        "alert_attempts": 4,
    }
    merged = Settings(**{**defaults, **settings})  # type: ignore[arg-type]
    return AlertDispatcher(merged, delivered, backoff_s=0.05)


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[AlertServer]:
    """A local server; parametrize indirectly with its replies."""
    replies: tuple[Reply, ...] = getattr(request, "param", (200,))
    with AlertServer(replies) as running:
        yield running


def messages(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


def ours(caplog: pytest.LogCaptureFixture) -> str:
    """HouseCat's own log lines, without Apprise's."""
    records = caplog.records
    return "\n".join(r.getMessage() for r in records if r.name.startswith("housecat"))


async def test_delivered_alert_is_the_webhook_payload_and_is_recorded_once(
    server: AlertServer, delivered: Deliveries, alert_logs: pytest.LogCaptureFixture
) -> None:
    alerts = dispatcher(delivered)
    sent_at = datetime.now(UTC)
    alerts.send("test_failed", a_test(f"{server.url}/hook"), a_run())
    await alerts.drain(grace_s=5)

    assert delivered.calls == [("t_login", "r_0001")]
    [request] = server.received
    assert (request.method, request.path) == ("POST", "/hook")
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"] == f"HouseCat/{__version__}"
    assert "webhook-signature" not in request.headers
    body = request.json()
    stamped = datetime.fromisoformat(body["timestamp"])
    assert timedelta(0) <= stamped - sent_at.replace(microsecond=0) < timedelta(seconds=5)
    assert body == webhook_payload("test_failed", a_test(f"{server.url}/hook"), a_run(), stamped)
    assert "delivered to webhook http://127.0.0.1" in messages(alert_logs)


async def test_signed_alert_verifies_with_the_standard_webhooks_library(
    server: AlertServer, delivered: Deliveries
) -> None:
    alerts = dispatcher(delivered, webhook_secret=SECRET)
    alerts.send("test_failed", a_test(server.url), a_run())
    await alerts.drain(grace_s=5)

    [request] = server.received
    assert Webhook(SECRET).verify(request.body, request.headers) == request.json()
    assert request.headers["webhook-id"] == "msg_r_0001_test_failed"
    assert abs(int(request.headers["webhook-timestamp"]) - time.time()) < 10
    with pytest.raises(Exception, match="signature"):
        Webhook("whsec_" + "A" * 32).verify(request.body, request.headers)


@pytest.mark.parametrize("server", [(500, 200)], indirect=True)
async def test_server_error_then_success_is_delivered_on_the_second_attempt(
    server: AlertServer, delivered: Deliveries, alert_logs: pytest.LogCaptureFixture
) -> None:
    alerts = dispatcher(delivered, webhook_secret=SECRET)
    alerts.send("test_failed", a_test(server.url), a_run())
    await alerts.drain(grace_s=5)

    assert len(server.received) == 2
    assert delivered.calls == [("t_login", "r_0001")]
    assert "on attempt 2" in messages(alert_logs)
    # Each attempt is signed anew, under the same message id so receivers can drop duplicates.
    first, second = server.received
    assert first.headers["webhook-id"] == second.headers["webhook-id"]
    Webhook(SECRET).verify(second.body, second.headers)


@pytest.mark.parametrize("server", [(429, 503, 408, 200)], indirect=True)
async def test_rate_limits_and_timeouts_answered_by_the_server_are_retried(
    server: AlertServer, delivered: Deliveries
) -> None:
    alerts = dispatcher(delivered)
    alerts.send("test_failed", a_test(server.url), a_run())
    await alerts.drain(grace_s=5)

    assert len(server.received) == 4
    assert delivered.calls == [("t_login", "r_0001")]


async def test_refused_connections_use_every_attempt_and_are_never_recorded(
    delivered: Deliveries, alert_logs: pytest.LogCaptureFixture
) -> None:
    alerts = dispatcher(delivered, alert_attempts=3)
    alerts.send("test_failed", a_test(f"http://127.0.0.1:{free_port()}/hook"), a_run())
    await alerts.drain(grace_s=5)

    assert delivered.calls == []
    assert f"{NOT_DELIVERED} 3 attempts: webhook http://127.0.0.1:" in messages(alert_logs)
    assert "ConnectError" in messages(alert_logs)


@pytest.mark.parametrize("server", [("hang",)], indirect=True)
async def test_each_attempt_at_a_hanging_server_ends_at_the_alert_timeout(
    server: AlertServer, delivered: Deliveries, alert_logs: pytest.LogCaptureFixture
) -> None:
    alerts = dispatcher(delivered, alert_timeout=0.3, alert_attempts=2)
    started = time.monotonic()
    alerts.send("test_failed", a_test(server.url), a_run())
    await alerts.drain(grace_s=5)

    assert time.monotonic() - started < 2
    assert len(server.received) == 2
    assert delivered.calls == []
    assert f"{NOT_DELIVERED} 2 attempts: webhook" in messages(alert_logs)
    assert "no answer within 0.3 s" in messages(alert_logs)


@pytest.mark.parametrize("server", [("hang",)], indirect=True)
async def test_send_returns_at_once_and_drain_cancels_what_outlasts_its_grace(
    server: AlertServer, delivered: Deliveries, alert_logs: pytest.LogCaptureFixture
) -> None:
    alerts = dispatcher(delivered, alert_timeout=0.3, alert_attempts=20)
    # A plain call that comes back with the delivery still in flight: nothing to await.
    assert not inspect.iscoroutinefunction(alerts.send)
    alerts.send("test_failed", a_test(server.url), a_run())
    assert alerts.pending == 1

    started = time.monotonic()
    await alerts.drain(grace_s=0.5)

    assert time.monotonic() - started < 1.5
    assert alerts.pending == 0
    assert delivered.calls == []
    assert "dropped at shutdown after 0.5 s of grace" in messages(alert_logs)


@pytest.mark.parametrize("server", [(404,)], indirect=True)
async def test_a_client_error_is_not_retried(
    server: AlertServer, delivered: Deliveries, alert_logs: pytest.LogCaptureFixture
) -> None:
    alerts = dispatcher(delivered)
    alerts.send("test_failed", a_test(server.url), a_run())
    await alerts.drain(grace_s=5)

    assert len(server.received) == 1
    assert delivered.calls == []
    assert f"{NOT_DELIVERED} 1 attempts" in messages(alert_logs)
    assert "HTTP 404 Not Found (not retried)" in messages(alert_logs)


@pytest.mark.parametrize("server", [(302,)], indirect=True)
async def test_a_redirect_is_not_followed(server: AlertServer, delivered: Deliveries) -> None:
    alerts = dispatcher(delivered)
    alerts.send("test_failed", a_test(server.url), a_run())
    await alerts.drain(grace_s=5)

    assert len(server.received) == 1
    assert delivered.calls == []


async def test_a_private_target_is_refused_before_any_request(
    server: AlertServer, delivered: Deliveries, alert_logs: pytest.LogCaptureFixture
) -> None:
    alerts = dispatcher(delivered, allow_private_webhooks=False)
    alerts.send("test_failed", a_test(server.url), a_run())
    await alerts.drain(grace_s=5)

    assert server.received == []
    assert delivered.calls == []
    assert f"{NOT_DELIVERED} 1 attempts" in messages(alert_logs)
    assert "loopback" in messages(alert_logs)


async def test_an_apprise_json_channel_posts_the_summary(
    server: AlertServer, delivered: Deliveries, alert_logs: pytest.LogCaptureFixture
) -> None:
    alerts = dispatcher(delivered)
    channel = f"json://127.0.0.1:{server.port}/path"
    alerts.send("test_failed", a_test(), a_run(), channels=[channel])
    await alerts.drain(grace_s=10)

    [request] = server.received
    assert (request.method, request.path) == ("POST", "/path")
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"] == "HouseCat"
    assert request.json() == {
        "version": "1.0",
        "title": "HouseCat: Login flow is failing",
        "message": "Step 4 failed: no such button. — https://shop.example.com/login",
        "attachments": [],
        "type": "failure",
    }
    # Only the test's own webhook records a delivery.
    assert delivered.calls == []
    assert f"delivered to channel json://127.0.0.1:{server.port} on attempt 1" in messages(
        alert_logs
    )


@pytest.mark.parametrize("server", [(500, 200)], indirect=True)
async def test_a_failed_channel_is_retried(server: AlertServer, delivered: Deliveries) -> None:
    alerts = dispatcher(delivered)
    alerts.send("test_recovered", a_test(), a_run(passed=True), [f"json://127.0.0.1:{server.port}"])
    await alerts.drain(grace_s=10)

    assert len(server.received) == 2
    assert server.received[-1].json()["type"] == "success"


async def test_webhook_and_channels_are_sent_together(
    server: AlertServer, delivered: Deliveries
) -> None:
    alerts = dispatcher(delivered)
    channel = f"json://127.0.0.1:{server.port}/chat"
    alerts.send("test_failed", a_test(f"{server.url}/hook"), a_run(), [channel, channel])
    assert alerts.pending == 2
    await alerts.drain(grace_s=10)

    assert sorted(request.path for request in server.received) == ["/chat", "/hook"]
    assert delivered.calls == [("t_login", "r_0001")]


# Every kind of channel the probe reached a loopback listener through, as stored before each
# was checked. Each carries a secret the logs must not show.
LOOPBACK_CHANNELS = [
    "ntfy://127.0.0.1:{port}/secret-topic",
    "gotify://127.0.0.1:{port}/secret-token",
    "apprise://127.0.0.1:{port}/secret-token",
    "kodi://user:secret@127.0.0.1:{port}",
    "mmost://127.0.0.1:{port}/secret-token",
    "ncloud://admin:secret@127.0.0.1:{port}/user",
    "nctalk://user:secret@127.0.0.1:{port}/room",
    "rocket://user:secret@127.0.0.1:{port}/#channel",
    "hassio://127.0.0.1:{port}/secret-token",
    "matrix://user:secret@127.0.0.1:{port}/#room",
    "emby://user:secret@127.0.0.1:{port}",
    "jellyfin://user:secret@127.0.0.1:{port}",
    "json://127.0.0.1:{port}/secret",
]


@pytest.mark.parametrize("template", LOOPBACK_CHANNELS, ids=lambda url: url.split(":")[0])
async def test_a_loopback_channel_gets_nothing_unless_private_targets_are_allowed(
    template: str,
    server: AlertServer,
    delivered: Deliveries,
    alert_logs: pytest.LogCaptureFixture,
) -> None:
    channel = template.format(port=server.port)
    scheme = channel.split(":")[0]
    refusing = dispatcher(delivered, allow_private_webhooks=False, alert_attempts=1)
    refusing.send("test_failed", a_test(), a_run(), [channel])
    await refusing.drain(grace_s=10)

    assert server.received == []
    assert (
        f"{NOT_DELIVERED} 0 attempts: channel {scheme}://…: "
        f"alert channel {scheme}://127.0.0.1 is a loopback address"
    ) in ours(alert_logs)
    assert "secret" not in ours(alert_logs)

    allowing = dispatcher(delivered, allow_private_webhooks=True, alert_attempts=1)
    allowing.send("test_failed", a_test(), a_run(), [channel])
    await allowing.drain(grace_s=10)

    assert server.received != []


async def test_a_loopback_syslog_channel_gets_nothing_unless_private_targets_are_allowed(
    delivered: Deliveries, alert_logs: pytest.LogCaptureFixture
) -> None:
    syslog = UdpListener()
    channel = f"rsyslog://127.0.0.1:{syslog.port}"
    try:
        refusing = dispatcher(delivered, allow_private_webhooks=False)
        refusing.send("test_failed", a_test(), a_run(), [channel])
        await refusing.drain(grace_s=10)
        assert syslog.received() == []
        assert "alert channel rsyslog://127.0.0.1 is a loopback address" in ours(alert_logs)

        allowing = dispatcher(delivered, allow_private_webhooks=True)
        allowing.send("test_failed", a_test(), a_run(), [channel])
        await allowing.drain(grace_s=10)
        [datagram] = syslog.received()
        assert b"Login flow is failing" in datagram
    finally:
        syslog.close()


@pytest.mark.parametrize(
    "template", ["json://rebind.test:{port}/chat", "ntfy://rebind.test:{port}/t"]
)
async def test_a_channel_whose_name_rebinds_to_loopback_reaches_nothing(
    template: str,
    server: AlertServer,
    delivered: Deliveries,
    alert_logs: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A public address for the first lookup, this machine for every one after.
    dns = RebindingDns("rebind.test", ["93.184.216.34", "127.0.0.1"])
    monkeypatch.setattr(socket, "getaddrinfo", dns)
    alerts = dispatcher(delivered, allow_private_webhooks=False, alert_timeout=1.0)
    alerts.send("test_failed", a_test(), a_run(), [template.format(port=server.port)])
    await alerts.drain(grace_s=10)

    assert dns.lookups >= 2
    assert server.received == []
    assert (
        f"refused to connect to 127.0.0.1 (rebind.test) port {server.port}, a loopback address"
    ) in ours(alert_logs)


async def test_a_webhook_whose_name_rebinds_to_loopback_reaches_nothing(
    server: AlertServer,
    delivered: Deliveries,
    alert_logs: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dns = RebindingDns("rebind.test", ["93.184.216.34", "127.0.0.1"])
    monkeypatch.setattr(socket, "getaddrinfo", dns)
    alerts = dispatcher(delivered, allow_private_webhooks=False, alert_timeout=1.0)
    alerts.send("test_failed", a_test(f"http://rebind.test:{server.port}/hook"), a_run())
    await alerts.drain(grace_s=10)

    assert dns.lookups >= 2
    assert server.received == []
    assert delivered.calls == []
    assert "rebind.test resolves to 127.0.0.1, a loopback address" in ours(alert_logs)


async def test_a_webhook_is_posted_to_the_address_checked_under_its_own_name(
    server: AlertServer,
) -> None:
    url = f"http://hooks.test:{server.port}/hook"
    outcome = await post_once(url, b"{}", {}, 2.0, ipaddress.ip_address("127.0.0.1"))

    assert outcome.delivered
    [request] = server.received
    assert request.path == "/hook"
    assert request.headers["Host"] == f"hooks.test:{server.port}"


async def test_a_pinned_https_webhook_still_verifies_the_certificate_of_its_host(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    authority = trustme.CA()
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("hooks.test").configure_cert(tls)
    loopback = ipaddress.ip_address("127.0.0.1")

    with AlertServer(tls=tls) as server:
        named = await post_once(f"https://hooks.test:{server.port}/", b"{}", {}, 2.0, loopback)
        other = await post_once(f"https://other.test:{server.port}/", b"{}", {}, 2.0, loopback)

    assert named.delivered
    assert not other.delivered
    assert "certificate" in other.reason.lower()
    assert len(server.received) == 1


async def test_a_channel_apprise_does_not_understand_is_logged_not_raised(
    delivered: Deliveries, alert_logs: pytest.LogCaptureFixture
) -> None:
    alerts = dispatcher(delivered)
    alerts.send("test_failed", a_test(), a_run(), ["nonsense://secret-token@host"])
    await alerts.drain(grace_s=10)

    assert "not a notification URL Apprise understands" in messages(alert_logs)
    assert "secret-token" not in messages(alert_logs)


async def test_a_failing_on_delivered_is_logged_not_raised(
    server: AlertServer, alert_logs: pytest.LogCaptureFixture
) -> None:
    async def broken(test_id: str, run_id: str) -> None:
        raise RuntimeError("redis is gone")

    alerts = AlertDispatcher(Settings(allow_private_webhooks=True), broken, backoff_s=0.05)
    alerts.send("test_failed", a_test(server.url), a_run())
    await alerts.drain(grace_s=5)

    assert len(server.received) == 1
    assert "delivered, but recording that failed" in messages(alert_logs)


async def test_an_alert_sent_after_drain_is_dropped_and_logged(
    server: AlertServer, delivered: Deliveries, alert_logs: pytest.LogCaptureFixture
) -> None:
    alerts = dispatcher(delivered)
    await alerts.drain()
    alerts.send("test_failed", a_test(server.url), a_run())

    assert alerts.pending == 0
    assert server.received == []
    assert f"{NOT_DELIVERED} 0 attempts: webhook http://127.0.0.1:" in messages(alert_logs)
    assert "shutting down" in messages(alert_logs)


def test_send_outside_an_event_loop_logs_instead_of_raising(
    delivered: Deliveries, alert_logs: pytest.LogCaptureFixture
) -> None:
    alerts = dispatcher(delivered)
    alerts.send("test_failed", a_test("https://hooks.example.com/alert"), a_run())
    assert alerts.pending == 0
    assert f"{NOT_DELIVERED} 0 attempts: could not start" in messages(alert_logs)


def test_a_malformed_secret_is_a_settings_error_naming_the_variable(
    delivered: Deliveries,
) -> None:
    with pytest.raises(SettingsError, match="HOUSECAT_WEBHOOK_SECRET"):
        dispatcher(delivered, webhook_secret="whsec_abcde")
