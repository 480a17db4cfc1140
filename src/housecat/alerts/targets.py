"""Where alerts may go: http(s) only, and not to this machine or its private networks."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import SplitResult, urlsplit

from housecat.alerts.channels import parse_channel, webhook_url
from housecat.config import env_name
from housecat.urls import http_url

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOW_HINT = f"set {env_name('allow_private_webhooks')}=true to allow it"


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
    if host == "localhost" or host.endswith(".localhost"):
        raise UnsafeTarget(f"alert target {host} is this machine; {ALLOW_HINT}")
    address = _literal_address(host)
    kind = _non_public_kind(address) if address is not None else None
    if kind is not None:
        raise UnsafeTarget(f"alert target {host} is a {kind} address; {ALLOW_HINT}")


async def resolve_and_check(url: str, *, allow_private: bool) -> None:
    """Resolve the URL's host and refuse it if any of its addresses is not public."""
    check_target(url, allow_private=allow_private)
    if allow_private:
        return
    parts = _split(url)
    host = _host(parts)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    # The loop's getaddrinfo runs in a worker thread, so a slow resolver cannot stall it.
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnresolvableTarget(f"cannot resolve alert target {host}: {exc}") from None
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]))
        kind = _non_public_kind(address)
        if kind is not None:
            raise UnsafeTarget(
                f"alert target {host} resolves to {address}, a {kind} address; {ALLOW_HINT}"
            )


def check_channel(apprise_url: str, *, allow_private: bool) -> None:
    """Refuse an Apprise URL it does not understand, or a webhook-like one to a private host."""
    plugin = parse_channel(apprise_url)
    target = webhook_url(plugin)
    if target is None or allow_private:
        return
    if plugin.redirects:
        # A redirect is followed without our check, so it could lead anywhere.
        raise UnsafeTarget(f"{plugin.schema}:// channels may not follow redirects; {ALLOW_HINT}")
    check_target(target, allow_private=False)


def _split(url: str) -> SplitResult:
    try:
        return urlsplit(http_url(url.strip()))
    except ValueError as exc:
        raise UnsafeTarget(f"alert target {exc}") from None


def _host(parts: SplitResult) -> str:
    # urlsplit lowercases the host and drops IPv6 brackets; a trailing dot names the same host.
    return (parts.hostname or "").rstrip(".")


def _literal_address(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    # Resolvers read '2130706433', '0x7f.1' or '127.1' as IPv4 addresses (inet_aton's forms).
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except (OSError, ValueError):
        return None


def _non_public_kind(address: IPAddress) -> str | None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address.is_unspecified:
        return "unspecified"
    if address.is_private:
        return "private"
    if address.is_reserved:
        return "reserved"
    if not address.is_global:
        return "non-public"
    return None
