"""The roles `housecat serve` plays besides HTTP, seen from outside: what they print."""

from __future__ import annotations

import signal
from pathlib import Path

from tests.processes import Server


def test_an_idle_serve_starts_and_stops_in_a_few_plain_lines(data_dir: Path) -> None:
    server = Server(data_dir)
    output = server.stop(signal.SIGTERM)
    assert "worker" in output and "started" in output
    assert "Application shutdown complete" in output
    assert "RedisQueue<" not in output  # no dump of the queue's connection pool
    assert "grace period" not in output  # nothing was running, so nothing was cut short
    assert "WARNING" not in output and "ERROR" not in output
    assert max(len(line) for line in output.splitlines()) < 200
