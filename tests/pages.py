"""Serve HTML written in a test, each page at a path of its own, for the session.

`/slow?ms=N` answers (404) after N milliseconds, for pages that wait on a server;
`/redirect?to=/pageN` sends the browser on to that page.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.threaded_server import ThreadedServer


class _PageServer(ThreadingHTTPServer):
    pages: dict[str, str]


class _Handler(BaseHTTPRequestHandler):
    server: _PageServer

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path == "/slow":  # "/slow?ms=800": an answer that takes its time
            time.sleep(int(query.removeprefix("ms=") or "0") / 1000)
        if path == "/redirect":  # "/redirect?to=/page2": sent on, as a sign-in wall does
            self.send_response(302)
            self.send_header("Location", query.removeprefix("to="))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = self.server.pages.get(path)
        status = 200 if body is not None else 404
        data = (body or "not found").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: tests read results, not access logs."""


class Pages:
    """Pages that tests add; `add(html)` returns the URL it is served at."""

    def __init__(self, server: ThreadedServer[_PageServer], store: dict[str, str]) -> None:
        self._server = server
        self._store = store
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()

    def add(self, body: str, *, title: str = "Test page") -> str:
        """Serve a page whose <body> is `body`; return its URL."""
        with self._lock:
            path = f"/page{next(self._numbers)}"
        self._store[path] = (
            f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title>"
            f"</head><body>{body}</body></html>"
        )
        return self._server.url + path


@pytest.fixture(scope="session")
def pages() -> Iterator[Pages]:
    """A page server for the session: tests add the HTML they need to it."""
    store: dict[str, str] = {}
    server = _PageServer(("127.0.0.1", 0), _Handler)
    server.pages = store
    with ThreadedServer(server, "test-pages") as running:
        yield Pages(running, store)
