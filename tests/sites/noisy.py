"""Noisy status page: a page that talks in its console, throws, and asks for what is not there.

Served at `/noisy/`:
- `/noisy/` (title "Status — Noisy", heading "Service status"): on load it writes
  `console.debug` "loading widgets", `console.info` "widgets ready", `console.warn`
  "deprecated API in use" and `console.error` "widget failed to render"; an image asks for
  `/noisy/missing.png` (404) and another for `http://127.0.0.1:1/pixel.png` (refused).
  A field labelled "Token" logs "typed token: VALUE" on each input. The button "Check"
  fetches `/noisy/status.json?token=VALUE` (404), shows `<p role=status>` "Checked", then
  throws `Error("check failed for VALUE")`, uncaught.
- `/noisy/chatty`: heading "Chatty"; on load it logs "line 1" … "line 700" (line 3 is
  5,000 characters long).
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

PREFIX = "/noisy"
CHATTY_LINES = 700
LONG_LINE = 5000

_STATUS = """<!doctype html><html lang=en><head><meta charset=utf-8><title>Status — Noisy</title>
<script>
console.debug("loading widgets"); console.info("widgets ready");
console.warn("deprecated API in use"); console.error("widget failed to render");
</script></head><body><h1>Service status</h1>
<img src="missing.png" alt=""><img src="http://127.0.0.1:1/pixel.png" alt="">
<label for=token>Token</label>
<input id=token oninput="console.log('typed token: ' + this.value)">
<button id=check>Check</button><p role=status id=said></p>
<script>
document.getElementById("check").addEventListener("click", async () => {
  const token = document.getElementById("token").value;
  await fetch("status.json?token=" + encodeURIComponent(token));
  document.getElementById("said").textContent = "Checked";
  setTimeout(() => { throw new Error("check failed for " + token); }, 0);
});
</script></body></html>"""

_CHATTY = f"""<!doctype html><html lang=en><head><meta charset=utf-8><title>Chatty</title>
</head><body><h1>Chatty</h1><script>
for (let i = 1; i <= {CHATTY_LINES}; i++)
  console.log(i === 3 ? "line 3 " + "x".repeat({LONG_LINE}) : "line " + i);
</script></body></html>"""


async def status(request: Request) -> HTMLResponse:
    return HTMLResponse(_STATUS)


async def chatty(request: Request) -> HTMLResponse:
    return HTMLResponse(_CHATTY)


def create_app() -> Starlette:
    """Build the noisy site, to mount at PREFIX (anything else under it answers 404)."""
    return Starlette(routes=[Route("/", status), Route("/chatty", chatty)])
