"""Protection by `HOUSECAT_API_TOKEN`, when set: a bearer token, or a signed-in session.

A session's state-changing requests must also prove they come from HouseCat's own
pages (the browser's Sec-Fetch-Site, Origin or Referer) and carry the session's CSRF
token: `SameSite=Strict` alone lets pages on other ports of the same host through.
"""

from __future__ import annotations

import enum
import hmac
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from fastapi import Request

from housecat.errors import Forbidden, Unauthorized
from housecat.signin.attempts import SignInAttempts
from housecat.signin.sessions import SessionStore, csrf_token
from housecat.web.origin import SAFE_METHODS, from_another_origin, proven_same_origin
from housecat.web.state import app_state

SESSION_COOKIE = "housecat_session"
SESSION_MAX_AGE_S = 30 * 24 * 3600
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
FORM_TYPE = "application/x-www-form-urlencoded"
BEARER_NEEDED = "missing or wrong API token: send 'Authorization: Bearer <token>'"
OTHER_ORIGIN = "refused: the request came from a page that is not this HouseCat's own"
MISSING_CSRF = "refused: the request lacks this session's CSRF token; reload the page and retry"


class Proof(enum.Enum):
    """What lets a request in."""

    OPEN = "no API token is set"
    BEARER = "the bearer token"
    SESSION = "a signed-in session"
    NONE = "nothing"


@dataclass(frozen=True)
class Caller:
    """Who sent a request, as far as its credentials tell."""

    proof: Proof
    session_id: str | None = None

    @property
    def allowed(self) -> bool:
        return self.proof is not Proof.NONE

    @property
    def actor(self) -> str:
        """Name who acted, as a change's record shows it."""
        return {
            Proof.OPEN: "anonymous",
            Proof.BEARER: "api-token",
            Proof.SESSION: "signed-in user",
            Proof.NONE: "unknown",
        }[self.proof]


class LoginRequired(Unauthorized):
    """A page was asked for without a session; the person should sign in first."""

    def __init__(self, next_path: str) -> None:
        super().__init__("sign in to see this page")
        self.next_path = next_path


def same(given: str, expected: str) -> bool:
    """Compare secrets in constant time (as bytes: any character may arrive)."""
    return hmac.compare_digest(given.encode(), expected.encode())


def sessions(request: Request) -> SessionStore:
    return SessionStore(app_state(request).redis, SESSION_MAX_AGE_S)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def check_token(request: Request, given: str) -> bool:
    """Tell whether `given` is the API token; a wrong one counts against the client's address.

    Raises TooManyAttempts, before looking at `given`, when the address is over the limit.
    """
    token = app_state(request).settings.token
    attempts = SignInAttempts(app_state(request).redis)
    address = client_address(request)
    await attempts.refuse_if_over_limit(address)
    if token is not None and same(given, token):
        return True
    await attempts.failed(address)
    return False


async def identify(request: Request) -> Caller:
    """Find what lets the request in, and keep it as `request.state.caller`."""
    caller = await _identify(request)
    request.state.caller = caller
    return caller


def caller_of(request: Request) -> Caller:
    """Return who sent a request that already passed `require_token` or `require_login`."""
    caller = getattr(request.state, "caller", None)
    return caller if isinstance(caller, Caller) else Caller(Proof.NONE)


async def _identify(request: Request) -> Caller:
    """Find what lets the request in: no token set, the bearer token, or a session."""
    token = app_state(request).settings.token
    if token is None:
        return Caller(Proof.OPEN)
    authorization = request.headers.get("authorization")
    if authorization is not None:
        # A credential was offered: it alone decides, and a wrong one is a guess.
        scheme, _, given = authorization.partition(" ")
        bearer = given.strip() if scheme.lower() == "bearer" else ""
        return Caller(Proof.BEARER if await check_token(request, bearer) else Proof.NONE)
    session_id = request.cookies.get(SESSION_COOKIE, "")
    if session_id and await sessions(request).is_valid(session_id, token):
        request.state.csrf_token = csrf_token(session_id)  # for the pages' forms and htmx
        return Caller(Proof.SESSION, session_id)
    return Caller(Proof.NONE)


async def form_field(request: Request, name: str) -> str:
    """Return a field of an urlencoded form body, or "" (the body stays readable)."""
    if not request.headers.get("content-type", "").startswith(FORM_TYPE):
        return ""
    fields = parse_qs((await request.body()).decode(errors="replace"))
    return fields.get(name, [""])[0]


async def refuse_cross_origin_changes(request: Request, caller: Caller, *, forms: bool) -> None:
    """Refuse a state-changing request that a page of another origin may have sent."""
    if request.method in SAFE_METHODS or caller.proof is Proof.BEARER:
        # A browser cannot send the bearer token from another origin: we allow no CORS.
        return
    if caller.session_id is None:
        # No session to abuse, but an open install must not obey other sites' pages either.
        if from_another_origin(request):
            raise Forbidden(OTHER_ORIGIN)
        return
    if not proven_same_origin(request):
        raise Forbidden(OTHER_ORIGIN)
    given = request.headers.get(CSRF_HEADER) or (forms and await form_field(request, CSRF_FIELD))
    if not given or not same(given, csrf_token(caller.session_id)):
        raise Forbidden(MISSING_CSRF)


async def require_token(request: Request) -> None:
    """Let an API request through when the API is open or it carries the right token."""
    caller = await identify(request)
    if not caller.allowed:
        raise Unauthorized(BEARER_NEEDED)
    await refuse_cross_origin_changes(request, caller, forms=False)


async def require_login(request: Request) -> None:
    """Let a page request through when signed in; else send the person to sign in."""
    caller = await identify(request)
    if not caller.allowed:
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(path)
    await refuse_cross_origin_changes(request, caller, forms=True)


async def refuse_other_origins(request: Request) -> None:
    """Refuse any request, reads included, that a browser says another origin sent."""
    if from_another_origin(request):
        raise Forbidden(OTHER_ORIGIN)


def local_path(target: str | None, default: str = "/") -> str:
    """Return `target` if it is a path on this site, else `default` (no open redirects)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return default
    parts = urlsplit(target)
    unsafe = "\\" in target or any(ord(char) < 0x20 for char in target)
    if unsafe or parts.scheme or parts.netloc:
        return default
    return target
