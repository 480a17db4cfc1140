"""A site on another port of the same host, serving pages that try to drive HouseCat."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.threaded_server import ThreadedServer


class _Server(ThreadingHTTPServer):
    pages: dict[str, str]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        page = self.server.pages.get(self.path)
        body = (page or "not found").encode()
        self.send_response(200 if page else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: the test says what went wrong."""


class AttackSite(ThreadedServer[_Server]):
    """Serve `pages` (path -> HTML) on a free port of 127.0.0.1 while inside `with`."""

    def __init__(self, pages: dict[str, str]) -> None:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.pages = pages
        super().__init__(server, "attack-site")


def auto_submitted_form(action: str, *, enctype: str = "application/x-www-form-urlencoded") -> str:
    """A page whose form posts to `action` as soon as it loads."""
    # A text/plain form can make its body look like JSON: name '{"a":"' + '=' + value '"}'.
    return f"""<!doctype html><title>Win a prize</title>
<form id="attack" method="post" enctype="{enctype}" action="{action}">
  <input type="hidden" name='{{"a":"' value='"}}'>
</form>
<script>document.getElementById("attack").submit()</script>"""


def fetching_page(requests: list[tuple[str, str, str]]) -> str:
    """A page that sends (method, url, mode) requests with credentials, then titles itself done."""
    calls = ",\n".join(
        f'  fetch("{url}", {{method: "{method}", mode: "{mode}", credentials: "include", body: '
        f"{'null' if method == 'GET' else repr('x')}}}).catch(() => null)"
        for method, url, mode in requests
    )
    return f"""<!doctype html><title>loading</title>
<script>
Promise.all([
{calls}
]).then(() => {{ document.title = "done"; }});
</script>"""
