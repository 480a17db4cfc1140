"""The connection guard: inside it, a connection reaches only the public address it was checked at."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from housecat.alerts.guard import RefusedConnection, connection_guard
from tests.alert_servers import AlertServer, UdpListener

ALLOW_HINT = "HOUSECAT_ALLOW_PRIVATE_WEBHOOKS"


@pytest.fixture
def server() -> Iterator[AlertServer]:
    with AlertServer() as running:
        yield running


@pytest.fixture
def udp() -> Iterator[UdpListener]:
    listener = UdpListener()
    yield listener
    listener.close()


def post(url: str) -> None:
    httpx.post(url, content=b"{}", timeout=5)


def test_a_request_to_a_loopback_listener_is_refused_before_it_connects(
    server: AlertServer,
) -> None:
    with connection_guard() as guard, pytest.raises(httpx.ConnectError) as failed:
        post(f"{server.url}/hook")

    assert "refused to connect to 127.0.0.1" in str(failed.value)
    assert server.received == []
    assert guard.refusals == [
        f"refused to connect to 127.0.0.1 port {server.port}, a loopback address; "
        f"set {ALLOW_HINT}=true to allow it"
    ]
    # The same request, unguarded, arrives: the guard is what stopped it.
    post(f"{server.url}/hook")
    assert len(server.received) == 1


def test_a_refusal_names_the_host_that_resolved_to_the_address(server: AlertServer) -> None:
    with connection_guard() as guard, pytest.raises(RefusedConnection):
        socket.create_connection(("localhost", server.port), timeout=5)

    assert "(localhost)" in guard.refusals[0]
    assert "loopback" in guard.refusals[0]


def test_a_datagram_to_a_loopback_port_is_refused(udp: UdpListener) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        with connection_guard(), pytest.raises(RefusedConnection, match="loopback"):
            sock.sendto(b"<11>- alert", ("127.0.0.1", udp.port))
        assert udp.received() == []
        sock.sendto(b"<11>- alert", ("127.0.0.1", udp.port))
    assert udp.received() == [b"<11>- alert"]


@pytest.mark.parametrize(
    "address",
    ["169.254.169.254", "10.1.2.3", "::1", "fe80::1", "::ffff:127.0.0.1", "fd00:ec2::254"],
)
def test_every_kind_of_non_public_address_is_refused(address: str) -> None:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    with (
        socket.socket(family, socket.SOCK_DGRAM) as sock,
        connection_guard(),
        pytest.raises(RefusedConnection, match=ALLOW_HINT),
    ):
        sock.connect((address, 9))


def test_a_connection_by_name_is_refused_as_it_would_be_resolved_unchecked() -> None:
    # An address passed as a name is resolved inside connect(), where no check can follow.
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock,
        connection_guard(),
        pytest.raises(RefusedConnection, match="by name"),
    ):
        sock.sendto(b"x", ("localhost", 9))


def test_a_local_socket_is_refused(tmp_path: Path) -> None:
    path = str(tmp_path / "bus")
    with (
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener,
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock,
    ):
        listener.bind(path)
        listener.listen()
        with connection_guard(), pytest.raises(RefusedConnection, match="AF_UNIX"):
            sock.connect(path)


def test_starting_a_process_is_refused_as_it_would_connect_unchecked() -> None:
    with connection_guard(), pytest.raises(RefusedConnection, match="process"):
        subprocess.run(["true"], check=False)


def test_a_public_address_passes() -> None:
    # Connecting a UDP socket sends nothing: it only sets where datagrams would go.
    # A machine without a route out may refuse it too; the guard must not.
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock,
        connection_guard() as guard,
        contextlib.suppress(OSError),
    ):
        sock.connect(("93.184.216.34", 9))
    assert guard.refusals == []


def test_other_threads_connect_as_usual_while_a_delivery_is_guarded(
    server: AlertServer,
) -> None:
    errors: list[BaseException] = []

    def unguarded() -> None:
        try:
            post(f"{server.url}/other")
        except BaseException as exc:
            errors.append(exc)

    with connection_guard():
        thread = threading.Thread(target=unguarded)
        thread.start()
        thread.join(timeout=10)

    assert errors == []
    assert [request.path for request in server.received] == ["/other"]
