"""Where alerts may go: webhooks and Apprise channels, not to this machine or its networks."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import SplitResult, urlsplit

from apprise.plugins.base import NotifyBase

from housecat.alerts.addresses import (
    ALLOW_HINT,
    IPAddress,
    is_this_machine,
    literal_address,
    non_public_kind,
)
from housecat.alerts.channels import Channel, bracketed, parse_channel
from housecat.urls import http_url


class UnsafeTarget(ValueError):
    """An alert target HouseCat refuses: not http(s), or inside this machine or its network."""


class UnresolvableTarget(ValueError):
    """An alert target's host has no address right now; a later attempt may find one."""


def check_target(url: str, *, allow_private: bool) -> None:
    """Refuse (UnsafeTarget) a URL that is not http(s) or names a non-public address literally."""
    parts = _split(url)
    if allow_private:
        return
    host = _host(parts)
    refusal = _host_refusal(host)
    if refusal is not None:
        raise UnsafeTarget(f"alert target {bracketed(host)} {refusal}; {ALLOW_HINT}")


async def resolve_and_check(url: str, *, allow_private: bool) -> IPAddress | None:
    """Resolve the URL's host and return the address to connect to; refuse any non-public one."""
    check_target(url, allow_private=allow_private)
    if allow_private:
        # Nothing to pin: the connection may resolve the name itself.
        return None
    parts = _split(url)
    host = _host(parts)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    # The loop's getaddrinfo runs in a worker thread, so a slow resolver cannot stall it.
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnresolvableTarget(f"cannot resolve alert target {host}: {exc}") from None
    addresses = [ipaddress.ip_address(str(sockaddr[0])) for *_, sockaddr in infos]
    for address in addresses:
        kind = non_public_kind(address)
        if kind is not None:
            raise UnsafeTarget(
                f"alert target {host} resolves to {address}, a {kind} address; {ALLOW_HINT}"
            )
    if not addresses:
        raise UnresolvableTarget(f"cannot resolve alert target {host}: no address")
    return addresses[0]


def check_channel(apprise_url: str, *, allow_private: bool) -> Channel:
    """Return the channel an Apprise URL describes; refuse one not understood or not vouched for."""
    # Names are judged when the alert is sent, connection by connection (see `guard`).
    channel = parse_channel(apprise_url)
    if allow_private:
        return channel
    scheme, plugin = channel.scheme, channel.plugin
    if _beyond_the_guard(plugin):
        raise UnsafeTarget(
            f"{scheme}:// channels connect in ways HouseCat cannot check; {ALLOW_HINT}"
        )
    if plugin.redirects:
        # A redirect leads to a host the URL does not name.
        raise UnsafeTarget(f"{scheme}:// channels may not follow redirects; {ALLOW_HINT}")
    for host in channel.named_hosts:
        refusal = _host_refusal(host)
        if refusal is not None:
            raise UnsafeTarget(
                f"alert channel {scheme}://{bracketed(host)} {refusal}; {ALLOW_HINT}"
            )
    return channel


def refused_targets(
    webhook: str | None, channels: list[str] | None, *, allow_private: bool
) -> dict[str, str]:
    """Return why each refused alert target is refused, by field ('alert_channels.0')."""
    fields: dict[str, str] = {}
    try:
        if webhook:
            check_target(webhook, allow_private=allow_private)
    except ValueError as exc:
        fields["alert_webhook"] = str(exc)
    for index, channel in enumerate(channels or []):
        try:
            check_channel(channel, allow_private=allow_private)
        except ValueError as exc:
            fields[f"alert_channels.{index}"] = str(exc)
    return fields


def _beyond_the_guard(plugin: NotifyBase) -> bool:
    """Say whether a plugin may connect outside Python's sockets, where the guard cannot see."""
    # Apprise lists what a plugin needs beyond its own dependencies: packages (MQTT, XMPP,
    # SMPP, Growl, …) or a local environment (desktop notifications). Those connect through
    # C libraries, local buses or threads of their own; all the others use Python's sockets.
    requirements = plugin.requirements
    return bool(requirements.get("packages_required") or requirements.get("details"))


def _host_refusal(host: str) -> str | None:
    """Say why a host may not be alerted ('is a loopback address'); None if it may."""
    if is_this_machine(host):
        return "is this machine"
    address = literal_address(host)
    kind = non_public_kind(address) if address is not None else None
    return f"is a {kind} address" if kind is not None else None


def _split(url: str) -> SplitResult:
    try:
        return urlsplit(http_url(url.strip()))
    except ValueError as exc:
        raise UnsafeTarget(f"alert target {exc}") from None


def _host(parts: SplitResult) -> str:
    # urlsplit lowercases the host and drops IPv6 brackets; a trailing dot names the same host.
    return (parts.hostname or "").rstrip(".")
