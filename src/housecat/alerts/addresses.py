"""Which addresses alerts may reach: public ones, never this machine, its networks or metadata."""

from __future__ import annotations

import ipaddress
import socket

from housecat.config import env_name

ALLOW_HINT = f"set {env_name('allow_private_webhooks')}=true to allow it"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Cloud instance metadata services, which hand out credentials to whoever asks from inside:
# AWS, GCP and Azure (and AWS over IPv6), AWS ECS tasks, Alibaba Cloud, Oracle Cloud.
METADATA = frozenset(
    ipaddress.ip_address(address)
    for address in (
        "169.254.169.254",
        "fd00:ec2::254",
        "169.254.170.2",
        "100.100.100.200",
        "192.0.0.192",
    )
)

# NAT64 prefixes carry an IPv4 destination in their last 32 bits (RFC 6052, RFC 8215).
NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def literal_address(host: str) -> IPAddress | None:
    """Return the address a host names literally, in any spelling a resolver accepts."""
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    # Resolvers read '2130706433', '0x7f.1' or '127.1' as IPv4 addresses (inet_aton's forms).
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except (OSError, ValueError):
        return None


def is_this_machine(host: str) -> bool:
    """Say whether a host name always means this machine, whatever DNS says."""
    host = host.lower().rstrip(".")
    return host == "localhost" or host.endswith(".localhost")


def non_public_kind(address: IPAddress) -> str | None:
    """Name the kind of a non-public address ('loopback', 'cloud metadata', …); None if public."""
    address = _embedded_ipv4(address) or address
    if address in METADATA:
        return "cloud metadata"
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
    if isinstance(address, ipaddress.IPv6Address) and address.is_site_local:
        return "site-local"
    if not address.is_global:
        return "non-public"
    return None


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """Return the IPv4 address an IPv6 one stands for (mapped, 6to4, NAT64), if any."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if any(address in network for network in NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None
