"""Who may come in: once users exist or `HOUSECAT_API_TOKEN` is set, a bearer credential
(the token, or a user's API key) or a signed-in session; with neither, anyone.

Every request is in one project: the one its `X-HouseCat-Project` header names, its API
key's own, or its browser's current one (`default` by default); a project the caller is
no member of answers 404. The caller's role is their role in that project (the token:
admin of every project; an open install: admin, in no project in particular, so every
record is in view), and each request needs the role `web/access.py` says.

A session's state-changing requests must also prove they come from HouseCat's own pages
(the browser's Sec-Fetch-Site, Origin or Referer) and carry the session's CSRF token:
`SameSite=Strict` alone lets pages on other ports of the same host through.
"""

from __future__ import annotations

import enum
import hmac
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from fastapi import Request, Response

from housecat.accounts.api_keys import ApiKeyStore, is_api_key
from housecat.accounts.roles import DEFAULT_PROJECT, Role, lower
from housecat.accounts.service import AccountService
from housecat.accounts.store import UserStore
from housecat.audit.models import SIGN_IN_FAILED
from housecat.audit.store import record
from housecat.errors import Forbidden, Unauthorized
from housecat.projects.service import ProjectNotFound
from housecat.projects.store import ProjectStore
from housecat.signin.attempts import SignInAttempts
from housecat.signin.sessions import SessionStore, csrf_token, proves, user_of
from housecat.web.access import role_needed_by
from housecat.web.origin import SAFE_METHODS, from_another_origin, proven_same_origin
from housecat.web.state import app_state

SESSION_COOKIE = "housecat_session"
PROJECT_COOKIE = "housecat_project"  # a browser's current project (checked on every request)
PROJECT_HEADER = "X-HouseCat-Project"
SESSION_MAX_AGE_S = 30 * 24 * 3600
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
FORM_TYPE = "application/x-www-form-urlencoded"
BEARER_NEEDED = "missing or wrong API token or key: send 'Authorization: Bearer <token or key>'"
OTHER_ORIGIN = "refused: the request came from a page that is not this HouseCat's own"
MISSING_CSRF = "refused: the request lacks this session's CSRF token; reload the page and retry"


class Proof(enum.Enum):
    """What lets a request in."""

    OPEN = "no API token is set and no user exists"
    BEARER = "the bearer token"
    KEY = "a user's API key"
    SESSION = "a signed-in session"
    NONE = "nothing"


@dataclass(frozen=True)
class Caller:
    """Who sent a request, as far as its credentials tell, and their role in the project."""

    proof: Proof
    session_id: str | None = None
    user_id: str | None = None
    username: str | None = None
    role: Role | None = None
    key_name: str | None = None
    # The project the request reads and changes; None: every project (an open install).
    project: str | None = None

    @property
    def allowed(self) -> bool:
        return self.proof is not Proof.NONE

    @property
    def actor(self) -> str:
        """Name who acted, as a change's record shows it."""
        if self.proof is Proof.KEY:
            return f"{self.username} (key {self.key_name})"
        if self.username is not None:
            return self.username
        return {
            Proof.OPEN: "anonymous",
            Proof.BEARER: "api-token",
            Proof.SESSION: "signed-in user",  # signed in with the API token
        }.get(self.proof, "unknown")


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


def accounts(request: Request) -> AccountService:
    redis = app_state(request).redis
    project = caller_of(request).project or DEFAULT_PROJECT
    return AccountService(UserStore(redis, project), ApiKeyStore(redis), sessions(request))


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
    await failed_sign_in(request, "a wrong API token")
    return False


async def failed_sign_in(request: Request, what: str) -> None:
    """Count a failed sign-in against the client's address, and record it in the trail."""
    redis = app_state(request).redis
    address = client_address(request)
    await SignInAttempts(redis).failed(address)
    detail = f"{what} from {address}"
    await record(redis, action=SIGN_IN_FAILED, kind="sign_in", entity_id=address, detail=detail)


async def identify(request: Request) -> Caller:
    """Find what lets the request in, and keep it as `request.state.caller`."""
    caller = await _identify(request)
    request.state.caller = caller
    request.state.project = caller.project  # read by the stores (see `projects.context`)
    return caller


def caller_of(request: Request) -> Caller:
    """Return who sent a request that already passed `require_token` or `require_login`."""
    caller = getattr(request.state, "caller", None)
    return caller if isinstance(caller, Caller) else Caller(Proof.NONE)


async def sign_in_required(request: Request) -> bool:
    """Tell whether requests need credentials: a token is set, or someone has an account."""
    if app_state(request).settings.token is not None:
        return True
    return await UserStore(app_state(request).redis).any_user()


async def _identify(request: Request) -> Caller:
    """Find what lets the request in: nothing needed, a bearer credential, or a session."""
    if not await sign_in_required(request):
        return Caller(Proof.OPEN, role=Role.ADMIN)  # as before users: an open install
    authorization = request.headers.get("authorization")
    if authorization is not None:
        # A credential was offered: it alone decides, and a wrong one is a guess.
        scheme, _, given = authorization.partition(" ")
        bearer = given.strip() if scheme.lower() == "bearer" else ""
        if is_api_key(bearer):
            return await _key_holder(request, bearer)
        right = await check_token(request, bearer)
        if not right:
            return Caller(Proof.NONE)
        # The API token is admin of every project.
        project = await _existing(request, _named_project(request) or DEFAULT_PROJECT)
        return Caller(Proof.BEARER, role=Role.ADMIN, project=project)
    session_id = request.cookies.get(SESSION_COOKIE, "")
    caller = await _session_holder(request, session_id) if session_id else Caller(Proof.NONE)
    if caller.allowed:
        request.state.csrf_token = csrf_token(session_id)  # for the pages' forms and htmx
        # For the page header's project switcher: the projects this browser may switch to.
        store = ProjectStore(app_state(request).redis)
        mine = await store.roles_of(caller.user_id) if caller.user_id else await store.ids()
        request.state.projects = await store.names(sorted(mine))
    return caller


async def _session_holder(request: Request, session_id: str) -> Caller:
    """Return who holds the session: a user still enabled and a member, or the token's."""
    stored = await sessions(request).lookup(session_id)
    user_id = user_of(stored)
    if user_id is None:
        token = app_state(request).settings.token
        right = token is not None and proves(stored, token)
        if not right:
            return Caller(Proof.NONE)
        named = _named_project(request)
        project = await _existing(request, named) if named else await _current(request, None)
        return Caller(Proof.SESSION, session_id, role=Role.ADMIN, project=project)
    user = await UserStore(app_state(request).redis).get(user_id)
    roles = await ProjectStore(app_state(request).redis).roles_of(user_id)
    if user is None or user.disabled or not roles:
        return Caller(Proof.NONE)  # deleted, disabled, or no longer a member of any project
    named = _named_project(request)
    if named is not None and named not in roles:
        raise ProjectNotFound(named)
    project = named or await _current(request, roles)
    role = Role(roles[project])
    return Caller(Proof.SESSION, session_id, user.id, user.username, role, project=project)


async def _key_holder(request: Request, given: str) -> Caller:
    """Return the user whose API key this is, with the lower of the key's and their role."""
    attempts = SignInAttempts(app_state(request).redis)
    address = client_address(request)
    await attempts.refuse_if_over_limit(address)
    store = ApiKeyStore(app_state(request).redis)
    key = await store.find(given)
    users = UserStore(app_state(request).redis, key.project) if key else None
    user = await users.get(key.user_id) if key and users else None
    if key is None or user is None or user.disabled or user.role is None:
        # wrong, revoked, expired, its owner is gone or no longer a member of its project
        await failed_sign_in(request, "an API key that is not valid")
        return Caller(Proof.NONE)
    named = _named_project(request)
    if named is not None and named != key.project:
        raise ProjectNotFound(named)  # a key acts only in its own project
    await store.used(key)
    role = lower(key.role, user.role)  # a demoted owner's keys are demoted too
    return Caller(Proof.KEY, None, user.id, user.username, role, key.name, key.project)


def _named_project(request: Request) -> str | None:
    """Return the project the request names in its header, if it names one."""
    named = request.headers.get(PROJECT_HEADER)
    return named.strip() if named is not None else None


async def _existing(request: Request, project: str) -> str:
    """Return `project` if it exists; else the request is answered 404."""
    if not await ProjectStore(app_state(request).redis).exists(project):
        raise ProjectNotFound(project)
    return project


async def _current(request: Request, roles: dict[str, str] | None) -> str:
    """Return a browser's current project: its cookie's if it may, else default, else any."""
    chosen = request.cookies.get(PROJECT_COOKIE, "")
    if roles is None:  # the API token's session: every project
        exists = chosen and await ProjectStore(app_state(request).redis).exists(chosen)
        return chosen if exists else DEFAULT_PROJECT
    if chosen in roles:
        return chosen
    return DEFAULT_PROJECT if DEFAULT_PROJECT in roles else sorted(roles)[0]


def refuse_unless_allowed(request: Request, caller: Caller, needed: Role | None = None) -> None:
    """Refuse a request that needs a higher role (by default: its route's) than the caller's."""
    needed = needed or role_needed_by(request)
    if caller.role is None or not caller.role.allows(needed):
        have = caller.role or "none"
        raise Forbidden(f"refused: this needs the {needed} role; {caller.actor} has {have}")


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
    refuse_unless_allowed(request, caller)


async def require_login(request: Request) -> None:
    """Let a page request through when signed in; else send the person to sign in."""
    caller = await identify(request)
    if not caller.allowed:
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(path)
    await refuse_cross_origin_changes(request, caller, forms=True)
    refuse_unless_allowed(request, caller)


async def refuse_other_origins(request: Request) -> None:
    """Refuse any request, reads included, that a browser says another origin sent."""
    if from_another_origin(request):
        raise Forbidden(OTHER_ORIGIN)


def keep_cookie(response: Response, request: Request, name: str, value: str) -> None:
    """Set a cookie of ours: for the whole site, this browser only, never read by scripts."""
    response.set_cookie(
        name,
        value,
        max_age=SESSION_MAX_AGE_S,
        path="/",
        secure=request.url.scheme == "https",
        httponly=True,
        samesite="strict",
    )


def local_path(target: str | None, default: str = "/") -> str:
    """Return `target` if it is a path on this site, else `default` (no open redirects)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return default
    parts = urlsplit(target)
    unsafe = "\\" in target or any(ord(char) < 0x20 for char in target)
    if unsafe or parts.scheme or parts.netloc:
        return default
    return target
