"""Check every connection a channel delivery makes, on the address it connects to, as it connects.

Apprise's plugins open their own connections, mostly through `requests`, each resolving names
in its own way (some talk to hosts the URL never names: a Matrix server's `.well-known`, an
e-mail provider's SMTP server). Checking a name first and letting the plugin resolve it again
leaves a gap a DNS server can rebind through. So the check is made where the connection is:
Python raises an audit event (`socket.connect`, `socket.sendto`) with the address about to be
connected to, after any resolution, and a hook may refuse it. While a delivery runs under
`connection_guard()`, the hook refuses any address that is not public, a connection by name
(which would be resolved out of sight), any non-IP socket, and starting a process (which would
run outside the guard). Everything else in HouseCat is untouched: the guard lives in a context
variable, set only in the thread that runs the delivery.

Limits: connections made by C libraries that bypass Python's socket module, or from threads a
plugin starts itself, are not seen (Python 3.11 raises no event when a thread starts). Plugins
that need such libraries are refused before delivery (see `targets.check_channel`); none of
Apprise's other plugins start threads. An HTTP proxy from the environment is connected to like
any other address, and then resolves the destination itself.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, NoReturn

from housecat.alerts.addresses import ALLOW_HINT, non_public_kind

CONNECTS = frozenset({"socket.connect", "socket.sendto", "socket.sendmsg"})
# A process the delivery starts would make its connections outside the guard.
PROCESSES = frozenset(
    {
        "subprocess.Popen",
        "os.system",
        "os.exec",
        "os.posix_spawn",
        "os.spawn",
        "os.fork",
        "os.forkpty",
    }
)


class RefusedConnection(ConnectionRefusedError):
    """A connection the guard stopped before it was made."""


class ConnectionGuard:
    """The refusals of one guarded delivery, in order, each naming what was refused."""

    def __init__(self) -> None:
        self.refusals: list[str] = []
        self._resolving: str | None = None

    def audit(self, event: str, args: tuple[Any, ...]) -> None:
        """Refuse (RefusedConnection) an event that would reach a non-public address."""
        if event == "socket.getaddrinfo":
            # Remembered only to name the host in a refusal of the address it resolved to.
            host = args[0]
            self._resolving = host.decode() if isinstance(host, bytes) else host
        elif event in CONNECTS and args[1] is not None:
            self._check(args[0], args[1])
        elif event in PROCESSES:
            self._refuse("refused to start a process, whose connections could not be checked")

    def _check(self, sock: socket.socket, address: Any) -> None:
        if sock.family not in (socket.AF_INET, socket.AF_INET6):
            family = getattr(sock.family, "name", sock.family)
            self._refuse(f"refused a {family} connection: only IP ones can be checked")
        host, port = str(address[0]), address[1]
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            self._refuse(
                f"refused to connect to {host} by name, which would be resolved unchecked; "
                "use its address"
            )
        kind = non_public_kind(ip)
        if kind is not None:
            named = f" ({self._resolving})" if self._resolving not in (None, "", host) else ""
            self._refuse(
                f"refused to connect to {ip}{named} port {port}, a {kind} address; {ALLOW_HINT}"
            )

    def _refuse(self, reason: str) -> NoReturn:
        self.refusals.append(reason)
        raise RefusedConnection(reason)


_active: ContextVar[ConnectionGuard | None] = ContextVar("connection_guard", default=None)


@contextmanager
def connection_guard() -> Iterator[ConnectionGuard]:
    """Refuse every non-public connection made in this context; yield the refusals."""
    _install()
    guard = ConnectionGuard()
    token = _active.set(guard)
    try:
        yield guard
    finally:
        _active.reset(token)


@functools.cache
def _install() -> None:
    """Add the audit hook, once: hooks cannot be removed, so it does nothing unguarded."""
    sys.addaudithook(_audit)


def _audit(event: str, args: tuple[Any, ...]) -> None:
    guard = _active.get()
    if guard is not None:
        guard.audit(event, args)
