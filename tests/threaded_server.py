"""A local `http.server` served from a thread for the span of a `with` block."""

from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer
from types import TracebackType
from typing import Generic, Self, TypeVar

Server = TypeVar("Server", bound=ThreadingHTTPServer)


class ThreadedServer(Generic[Server]):
    """Serve `server` (bound to 127.0.0.1) while inside `with`; `url` is its base."""

    def __init__(self, server: Server, name: str) -> None:
        self._server = server
        self.port: int = server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        # A short poll interval, so stopping the server takes a moment rather than half a second.
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.02}, name=name, daemon=True
        )

    def release(self) -> None:
        """Let go of any request the server is holding open; called before it stops."""

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
