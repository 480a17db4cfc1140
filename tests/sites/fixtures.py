"""Fixtures for the fixture sites: one server for the session, and clients of it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page

from tests.sites.server import start_sites


@pytest.fixture(scope="session")
def sites() -> Iterator[str]:
    """Serve every variant for the session and yield the base URL, e.g. `http://127.0.0.1:PORT`."""
    with start_sites() as server:
        yield server.url


@pytest.fixture(scope="module")
def http(sites: str) -> Iterator[httpx.Client]:
    """One HTTP client of the sites per module: making one costs more than most tests."""
    with httpx.Client(base_url=sites, timeout=15) as client:
        yield client


@pytest.fixture
def page(sites: str, browser: Browser) -> Iterator[Page]:
    """A fresh page in the module's Chromium, its relative URLs on the sites."""
    context = browser.new_context(base_url=sites)
    yield context.new_page()
    context.close()
