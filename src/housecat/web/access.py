"""The role a request needs: from its method, but for a short, explicit list of routes.

Reading (GET, HEAD) needs `viewer`; creating, changing and running need `editor`;
deleting needs `admin`. The exceptions below are matched against the route's path
template (shell-style patterns), first match wins. A route added anywhere gets the
rule by method without being listed; `tests/test_roles_matrix.py` walks every route.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

from fastapi import Request

from housecat.accounts.roles import Role
from housecat.web.origin import SAFE_METHODS

ANY = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"})
WRITES = ANY - SAFE_METHODS

# (methods, path pattern, role needed)
EXCEPTIONS: tuple[tuple[frozenset[str], str, Role], ...] = (
    # Everyone manages their own password and keys.
    (ANY, "/api/v1/me", Role.VIEWER),
    (ANY, "/api/v1/me/*", Role.VIEWER),
    (ANY, "/account", Role.VIEWER),
    (ANY, "/account/*", Role.VIEWER),
    # Members, and other people's keys.
    (ANY, "/api/v1/users", Role.ADMIN),
    (ANY, "/api/v1/users/*", Role.ADMIN),
    # Projects check the caller's role in the project of the path themselves.
    (ANY, "/api/v1/projects", Role.VIEWER),
    (ANY, "/api/v1/projects/*", Role.VIEWER),
    (WRITES, "/projects/switch", Role.VIEWER),
    # Deletes, the pages that ask to confirm one, and emptying the trash for good.
    (ANY, "*/delete", Role.ADMIN),
    (WRITES, "/trash/*/purge", Role.ADMIN),
    # Environments hold the secrets.
    (WRITES, "/api/v1/environments", Role.ADMIN),
    (WRITES, "/api/v1/environments/*", Role.ADMIN),
    (WRITES, "/environments", Role.ADMIN),
    (WRITES, "/environments/*", Role.ADMIN),
    # A monitors file can set secrets and (with prune) delete.
    (WRITES, "/api/v1/apply", Role.ADMIN),
    (WRITES, "/import", Role.ADMIN),
    # A read that runs a journey.
    (ANY, "/run-test/stream", Role.EDITOR),
)


def role_needed(method: str, path: str) -> Role:
    """Return the role a request with this method on this route template needs."""
    for methods, pattern, role in EXCEPTIONS:
        if method in methods and fnmatchcase(path, pattern):
            return role
    if method in SAFE_METHODS:
        return Role.VIEWER
    return Role.ADMIN if method == "DELETE" else Role.EDITOR


def role_needed_by(request: Request) -> Role:
    """Return the role the request needs, from its route's path template."""
    route = request.scope.get("route")
    path = getattr(route, "path", None) or request.url.path
    return role_needed(request.method, path)
