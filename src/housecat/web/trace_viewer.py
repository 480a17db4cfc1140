"""`/trace-viewer/`: the Playwright trace viewer, served by HouseCat behind its sign-in.

The viewer is a page plus a service worker (`sw.bundle.js`) that fetches the trace and
serves the page its contents; a service worker controls only the paths under its own
script's directory, so every file is served from this one directory. Browsers allow
service workers on https and on localhost / 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio

from fastapi.responses import FileResponse

from housecat.browser.trace_viewer import viewer_file
from housecat.errors import NotFound
from housecat.web.pages.routing import page_router

router = page_router()


@router.get("/trace-viewer/{path:path}")
async def trace_viewer(path: str) -> FileResponse:
    """Serve one of the trace viewer's files."""
    found = await asyncio.to_thread(viewer_file, path)
    if found is None:
        raise NotFound(f"the trace viewer has no file '{path}'")
    return FileResponse(found)
