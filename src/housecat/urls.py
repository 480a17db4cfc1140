"""URL syntax: the one check every http(s) URL HouseCat accepts goes through."""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import SplitResult, urlsplit

import idna

HOST_MAX = 253
LABEL_MAX = 63
# What ASCII host-name labels are made of in practice; underscores appear in internal
# names, and browsers accept them.
_ASCII_LABEL = re.compile(r"[a-z0-9_-]+")
# A host whose last label is a number is an IPv4 address to a browser ("1.2.3.999" too).
_NUMERIC_LABEL = re.compile(r"[0-9]+|0x[0-9a-f]*")


def http_url(value: str) -> str:
    """Return `value` if it is an http(s) URL with a valid host and port; else raise ValueError."""
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. an unclosed '[' around an IPv6 address
        raise ValueError("is not a valid URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an http:// or https:// URL with a host")
    # A backslash is a slash to a browser, which would then reach another host than ours.
    if "\\" in parts.netloc:
        raise ValueError("has a backslash before its path")
    if not _valid_host(parts):
        raise ValueError(f"has an invalid host '{parts.hostname}'")
    if not _valid_port(parts):
        raise ValueError("has an invalid port: it must be a number from 1 to 65535")
    return value


def is_path(url: str) -> bool:
    """Tell whether a test URL is a path ('/login') rather than a whole URL."""
    return url.startswith("/") and not url.startswith("//")


def page_url(value: str) -> str:
    """Return a whole http(s) URL, or a path ('/login') an environment's base URL comes before."""
    if is_path(value):
        if "\\" in value or any(char.isspace() for char in value):
            raise ValueError("a path must have no spaces or backslashes")
        return value
    if "://" in value:
        return http_url(value)
    raise ValueError("must be an http:// or https:// URL with a host, or a path starting with /")


def _valid_port(parts: SplitResult) -> bool:
    try:
        port = parts.port
    except ValueError:  # not a number, or past 65535
        return False
    return port is None or port > 0


def _valid_host(parts: SplitResult) -> bool:
    host = parts.hostname or ""
    if parts.netloc.rpartition("@")[2].startswith("["):
        return _is_ipv6(host)
    name = host.removesuffix(".")  # a trailing dot names the same host
    labels = name.split(".")
    if _NUMERIC_LABEL.fullmatch(labels[-1]):
        return _is_ipv4(name)
    try:
        encoded = [_ascii_label(label) for label in labels]
    except ValueError:
        return False
    return len(".".join(encoded)) <= HOST_MAX


def _ascii_label(label: str) -> str:
    """Return the label as DNS sends it (IDNA for non-ASCII); raise ValueError if invalid."""
    if not label.isascii():
        try:
            label = idna.encode(label, uts46=True).decode()
        except idna.IDNAError as exc:
            raise ValueError(str(exc)) from None
    if not _ASCII_LABEL.fullmatch(label) or len(label) > LABEL_MAX:
        raise ValueError(f"invalid label {label!r}")
    return label


def _is_ipv6(host: str) -> bool:
    try:
        ipaddress.IPv6Address(host)
    except ValueError:
        return False
    return True


def _is_ipv4(host: str) -> bool:
    # inet_aton reads every spelling a browser does: '1.2.3.4', '127.1', '0x7f.1', '2130706433'.
    if not host.isascii() or not re.fullmatch(r"[0-9a-fx.]+", host):
        return False
    try:
        socket.inet_aton(host)
    except OSError:
        return False
    return True
