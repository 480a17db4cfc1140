"""Apprise channels: plugins loaded once and quietly, a URL parsed, one notification sent."""

from __future__ import annotations

import asyncio
import functools
import warnings
from dataclasses import dataclass

import apprise
from apprise.manager_plugins import NotificationManager
from apprise.plugins.base import NotifyBase

from housecat.alerts.guard import connection_guard
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
    "suite_failed": apprise.NotifyType.FAILURE,
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


def channel_asset() -> apprise.AppriseAsset:
    """Return the Apprise settings HouseCat sends with: its name, no redirects, no deadline."""
    # A redirect would lead a channel to a host its URL does not name; a URL can still ask for
    # them (redirect=yes), which check_channel weighs. Without a deadline of its own, Apprise
    # runs the plugin in the calling thread, where the connection guard is; HouseCat's retrier
    # bounds each attempt instead.
    return apprise.AppriseAsset(
        app_id=APP_ID,
        app_desc=APP_DESC,
        http_redirects=False,
        service_timeout=0,
    )


@dataclass(frozen=True)
class Channel:
    """An Apprise URL understood: its scheme as written, and the plugin that sends through it."""

    scheme: str
    plugin: NotifyBase

    @property
    def label(self) -> str:
        """Name the channel for logs without its secrets (tokens often sit where a host would)."""
        plugin = self.plugin
        if self.scheme not in WEBHOOK_SCHEMAS:
            return f"{self.scheme}://…"
        port = f":{plugin.port}" if isinstance(plugin.port, int) else ""
        return f"{self.scheme}://{bracketed(str(plugin.host).strip('[]'))}{port}"

    @property
    def named_hosts(self) -> list[str]:
        """Return the hosts the URL names for its plugin to contact ([] for a fixed service)."""
        # Apprise's own description of each plugin's URL says which part is a host: a token
        # or argument that maps to `host` or to a `*_host` attribute (`smtp=` for e-mail).
        # Other plugins hold tokens there and talk to their service's own hosts.
        plugin = self.plugin
        fields = {**plugin.template_tokens, **plugin.template_args}
        attributes = {spec.get("map_to", name) for name, spec in fields.items()}
        hosts = (
            getattr(plugin, attribute, None)
            for attribute in sorted(attributes)
            if attribute == "host" or attribute.endswith("_host")
        )
        named = (host.strip("[]") for host in hosts if isinstance(host, str) and host)
        return list(dict.fromkeys(named))


def parse_channel(url: str) -> Channel:
    """Return the channel one Apprise URL describes, or raise ValueError naming the problem."""
    load_plugins()
    scheme = scheme_of(url)
    plugin = None
    # An unknown scheme is refused here, before Apprise logs the whole URL, secrets and all.
    if scheme in NotificationManager():  # type: ignore[no-untyped-call]
        plugin = apprise.Apprise.instantiate(url.strip(), asset=channel_asset())
    if not isinstance(plugin, NotifyBase):
        raise ValueError(
            f"'{scheme}://…' is not a notification URL Apprise understands "
            f"(one URL per channel; see {SERVICES_HELP})"
        )
    return Channel(scheme, plugin)


def scheme_of(url: str) -> str:
    """Return a channel URL's scheme, lowercased; '?' when it has none worth showing."""
    scheme, separator, _ = url.strip().partition("://")
    # Show only a plain scheme: anything else could be part of a secret.
    return scheme.lower() if separator and scheme.isalnum() else "?"


def bracketed(host: str) -> str:
    """Write a host as it appears in a URL: IPv6 addresses in brackets."""
    return f"[{host}]" if ":" in host else host


async def notify_once(
    channel: Channel,
    event: AlertEvent,
    title: str,
    body: str,
    timeout_s: float,
    *,
    guarded: bool,
) -> Outcome:
    """Send one notification through one channel; guarded, only to public addresses."""
    plugin = channel.plugin
    # Keep the plugin's own socket limits within one attempt, so a send we stop waiting for
    # (it runs in a thread that cannot be cancelled) does not linger much longer.
    plugin.socket_connect_timeout = min(plugin.socket_connect_timeout, timeout_s)
    plugin.socket_read_timeout = min(plugin.socket_read_timeout, timeout_s)
    notifier = apprise.Apprise(asset=plugin.asset)
    notifier.add(plugin)

    def notify() -> apprise.AppriseResult:
        return notifier.notify(
            body=body,
            title=title,
            notify_type=NOTIFY_TYPES[event],
            body_format=apprise.NotifyFormat.TEXT,
        )

    def send() -> tuple[apprise.AppriseResult, list[str]]:
        if not guarded:
            return notify(), []
        # The guard is entered here, in the thread that makes the connections.
        with connection_guard() as guard:
            return notify(), guard.refusals

    result, refusals = await asyncio.to_thread(send)
    if result:
        return Outcome.success()
    if refusals:
        # Another try would be refused the same way.
        return Outcome.give_up(refusals[0])
    complaints = [entry.message for entry in result.logs() if entry.level in ("WARNING", "ERROR")]
    reason = complaints[-1] if complaints else f"Apprise reported {result.status.name.lower()}"
    return Outcome.again(reason)
