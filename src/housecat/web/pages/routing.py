"""What every page route shares: sign-in, HTML errors, and htmx-aware answers."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.routing import APIRoute
from redis.exceptions import RedisError

from housecat.errors import HouseCatError
from housecat.web.auth import LoginRequired, local_path, require_login
from housecat.web.pages.templating import templates

log = logging.getLogger(__name__)
NOTICE_TARGET = "#notice"


def is_htmx(request: Request) -> bool:
    """Tell whether htmx sent the request (and so wants a fragment)."""
    return request.headers.get("hx-request") == "true"


def go(request: Request, url: str) -> Response:
    """Send the browser to `url`: a 303 for a form, `HX-Redirect` for htmx."""
    if is_htmx(request):
        return Response(status_code=200, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)


def login_redirect(request: Request, next_path: str) -> Response:
    """Send the person to sign in, and back to where they were afterwards."""
    current = request.headers.get("hx-current-url")
    if is_htmx(request) and current:
        # htmx asked for a fragment; come back to the page it was on, not the fragment.
        parts = urlsplit(current)
        next_path = parts.path + (f"?{parts.query}" if parts.query else "")
    return go(request, "/login?" + urlencode({"next": local_path(next_path)}))


def notice(request: Request, message: str, status_code: int) -> Response:
    """Tell the person what went wrong: in the page's notice area for htmx, else a page."""
    context = {"message": message, "status_code": status_code}
    if is_htmx(request):
        headers = {"HX-Retarget": NOTICE_TARGET, "HX-Reswap": "innerHTML"}
        return templates.TemplateResponse(
            request, "notice.html", context, status_code=status_code, headers=headers
        )
    return templates.TemplateResponse(request, "error.html", context, status_code=status_code)


def dialog_response(
    request: Request, fragment: str, context: dict[str, Any], status_code: int = 200
) -> Response:
    """Answer a dialog's contents for htmx, or the same contents as a page of their own."""
    if is_htmx(request):
        return templates.TemplateResponse(request, fragment, context, status_code=status_code)
    context = {**context, "fragment": fragment}
    return templates.TemplateResponse(request, "dialog_page.html", context, status_code=status_code)


class PageRoute(APIRoute):
    """A route whose failures are shown as pages a person can read, never as JSON."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except LoginRequired as exc:
                return login_redirect(request, exc.next_path)
            except HouseCatError as exc:
                return notice(request, exc.message, exc.status_code)
            except RedisError as exc:
                log.error("redis failed on %s %s: %s", request.method, request.url.path, exc)
                return notice(request, "HouseCat cannot reach its database right now.", 503)
            except Exception:
                log.exception("unhandled error on %s %s", request.method, request.url.path)
                return notice(request, "Something went wrong; the server log has details.", 500)

        return page_handler


def page_router(*, public: bool = False) -> APIRouter:
    """Return a router for pages: signed-in only (unless `public`), errors as HTML."""
    dependencies = [] if public else [Depends(require_login)]
    return APIRouter(route_class=PageRoute, dependencies=dependencies, include_in_schema=False)
