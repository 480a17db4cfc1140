"""Apprise channels: plugins loaded once and quietly, a URL parsed, one notification sent."""

from __future__ import annotations

import functools
import warnings

import apprise
from apprise.manager_plugins import NotificationManager
from apprise.plugins.base import NotifyBase

from housecat.alerts.policy import AlertEvent
from housecat.alerts.retry import Outcome

APP_ID = "HouseCat"
APP_DESC = "HouseCat synthetic monitoring"

# Apprise plugins that post to any host the URL names, as our webhooks do.
WEBHOOK_SCHEMAS = frozenset({"json", "jsons", "form", "forms", "xml", "xmls"})

NOTIFY_TYPES: dict[AlertEvent, apprise.NotifyType] = {
    "test_failed": apprise.NotifyType.FAILURE,
    "test_still_failing": apprise.NotifyType.FAILURE,
    "test_recovered": apprise.NotifyType.SUCCESS,
}

SERVICES_HELP = "https://appriseit.com/services/"


@functools.cache
def load_plugins() -> None:
    """Import Apprise's plugins, once (it takes about a second)."""
    # Some plugins import deprecated modules (imghdr); that is Apprise's business, and it
    # must not surface as our warning, nor as an error where warnings are errors.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        # Apprise leaves its plugin manager unannotated.
        manager = NotificationManager()  # type: ignore[no-untyped-call]
        manager.load_modules()  # type: ignore[no-untyped-call]


def channel_asset(timeout_s: float | None = None) -> apprise.AppriseAsset:
    """Return the Apprise settings HouseCat sends with: its name, no redirects, a time limit."""
    # A redirect could lead a webhook-like channel to a private address after it was checked;
    # a URL can still ask for them (redirect=yes), which check_channel weighs.
    return apprise.AppriseAsset(
        app_id=APP_ID,
        app_desc=APP_DESC,
        http_redirects=False,
        service_timeout=timeout_s,
    )


def parse_channel(url: str, asset: apprise.AppriseAsset | None = None) -> NotifyBase:
    """Return the Apprise plugin for one channel URL, or raise ValueError naming the problem."""
    load_plugins()
    scheme = _scheme(url)
    plugin = None
    # An unknown scheme is refused here, before Apprise logs the whole URL, secrets and all.
    if scheme.lower() in NotificationManager():  # type: ignore[no-untyped-call]
        plugin = apprise.Apprise.instantiate(url.strip(), asset=asset or channel_asset())
    if not isinstance(plugin, NotifyBase):
        raise ValueError(
            f"'{scheme}://…' is not a notification URL Apprise understands "
            f"(one URL per channel; see {SERVICES_HELP})"
        )
    return plugin


def webhook_url(plugin: NotifyBase) -> str | None:
    """Return the http(s) URL a webhook-like channel posts to; None for named services."""
    if plugin.schema not in WEBHOOK_SCHEMAS:
        return None
    host = str(plugin.host)
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    port = f":{plugin.port}" if isinstance(plugin.port, int) else ""
    return f"{'https' if plugin.secure else 'http'}://{host}{port}/"


def channel_label(plugin: NotifyBase) -> str:
    """Name a channel for logs without its secrets (tokens often sit where a host would)."""
    url = webhook_url(plugin)
    if url is not None:
        return f"{plugin.schema}://{url.split('://', 1)[1].rstrip('/')}"
    return f"{plugin.schema}://…"


async def notify_once(
    plugin: NotifyBase, event: AlertEvent, title: str, body: str, timeout_s: float
) -> Outcome:
    """Send one notification through one channel; a refusal is worth another try."""
    # Keep the plugin's own socket limits within one attempt, so a send we stop waiting for
    # (Apprise runs it in a thread that cannot be cancelled) does not linger much longer.
    plugin.socket_connect_timeout = min(plugin.socket_connect_timeout, timeout_s)
    plugin.socket_read_timeout = min(plugin.socket_read_timeout, timeout_s)
    notifier = apprise.Apprise(asset=plugin.asset)
    notifier.add(plugin)
    result = await notifier.async_notify(
        body=body,
        title=title,
        notify_type=NOTIFY_TYPES[event],
        body_format=apprise.NotifyFormat.TEXT,
        timeout=timeout_s,
    )
    if result:
        return Outcome.success()
    complaints = [entry.message for entry in result.logs() if entry.level in ("WARNING", "ERROR")]
    reason = complaints[-1] if complaints else f"Apprise reported {result.status.name.lower()}"
    return Outcome.again(reason)


def _scheme(url: str) -> str:
    scheme, separator, _ = url.strip().partition("://")
    # Show only a plain scheme: anything else could be part of a secret.
    return scheme if separator and scheme.isalnum() else "?"
