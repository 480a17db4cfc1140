"""The `sites` fixture: one fixture server for the whole test session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sites.server import start_sites


@pytest.fixture(scope="session")
def sites() -> Iterator[str]:
    """Serve every variant for the session and yield the base URL, e.g. `http://127.0.0.1:PORT`."""
    with start_sites() as server:
        yield server.url
