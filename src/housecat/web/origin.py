"""Where a browser says a request comes from: one of this HouseCat's pages, or elsewhere."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import Request

from housecat.web.state import app_state

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def origin_of(url: str) -> str | None:
    """Return `scheme://host[:port]` of a URL (lower case), or None if it has none."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def own_origins(request: Request) -> set[str]:
    """Return the origins this HouseCat's pages are served from."""
    origins = {f"{request.url.scheme}://{request.url.netloc}".lower()}
    public_url = app_state(request).settings.public_url
    if public_url and (public := origin_of(public_url)):
        origins.add(public)
    return origins


def proven_same_origin(request: Request) -> bool:
    """Tell whether the browser vouches that one of our own pages sent the request."""
    # The browser computes Sec-Fetch-Site itself, so it holds behind any proxy; it is
    # missing only from older browsers, which send Origin (or at least Referer) instead.
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site == "same-origin"
    origin = request.headers.get("origin")
    if origin is not None:
        return origin_of(origin) in own_origins(request)
    referer = request.headers.get("referer")
    return referer is not None and origin_of(referer) in own_origins(request)


def from_another_origin(request: Request) -> bool:
    """Tell whether a browser says a page of another origin sent the request."""
    # No header at all is not a browser (curl, the CLI, scripts): that is not foreign.
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site != "same-origin"
    origin = request.headers.get("origin")
    return origin is not None and origin_of(origin) not in own_origins(request)
