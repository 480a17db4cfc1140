"""Protection by `HOUSECAT_API_TOKEN`, when set: a bearer token, or the login page's cookie."""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import urlsplit

from fastapi import Request

from housecat.errors import Unauthorized
from housecat.web.state import app_state

SESSION_COOKIE = "housecat_session"
SESSION_MAX_AGE_S = 30 * 24 * 3600
# The cookie holds an HMAC of the token, so a leaked cookie never reveals the token
# itself, and changing the token signs everyone out.
_SESSION_LABEL = b"housecat ui session"


class LoginRequired(Unauthorized):
    """A page was asked for without a session; the person should sign in first."""

    def __init__(self, next_path: str) -> None:
        super().__init__("sign in to see this page")
        self.next_path = next_path


def session_value(token: str) -> str:
    """Return what the session cookie holds for this token."""
    return hmac.new(token.encode(), _SESSION_LABEL, hashlib.sha256).hexdigest()


def same(given: str, expected: str) -> bool:
    """Compare secrets in constant time (as bytes: any character may arrive)."""
    return hmac.compare_digest(given.encode(), expected.encode())


def token_matches(request: Request, given: str) -> bool:
    """Tell whether `given` is the configured API token."""
    expected = app_state(request).settings.token
    return expected is not None and same(given, expected)


def authenticated(request: Request) -> bool:
    """Tell whether the request may pass: no token set, the bearer token, or the cookie."""
    expected = app_state(request).settings.token
    if expected is None:
        return True
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and same(given.strip(), expected):
        return True
    return same(request.cookies.get(SESSION_COOKIE, ""), session_value(expected))


async def require_token(request: Request) -> None:
    """Let an API request through when the API is open or it carries the right token."""
    if not authenticated(request):
        raise Unauthorized("missing or wrong API token: send 'Authorization: Bearer <token>'")


async def require_login(request: Request) -> None:
    """Let a page request through when signed in; else send the person to sign in."""
    if not authenticated(request):
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(path)


def local_path(target: str | None, default: str = "/") -> str:
    """Return `target` if it is a path on this site, else `default` (no open redirects)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return default
    parts = urlsplit(target)
    unsafe = "\\" in target or any(ord(char) < 0x20 for char in target)
    if unsafe or parts.scheme or parts.netloc:
        return default
    return target
