"""Fixtures for tests that drive the web UI in Chromium against a real `housecat serve`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from housecat.browser.chromium import find_chromium
from tests.processes import Server

CHROMIUM_ARGS = ["--disable-gpu", "--disable-quic"]
GOAL = "sign in with alice@example.com and password hunter2, then check the page says Welcome back, Alice"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One HouseCat, with its scheduler and worker, for every test of a module."""
    served = Server(tmp_path_factory.mktemp("ui-data"))
    yield served
    served.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = find_chromium()
    if chromium is None:
        pytest.fail("no Chromium: run `make browser` (python -m housecat.browser.install)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
