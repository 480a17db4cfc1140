"""An OpenID Connect provider on 127.0.0.1 for the single sign-on tests, speaking the real
protocol: discovery, a JWKS, a login form at the authorization endpoint, and a token endpoint
that checks the client, the code, the redirect URI and the PKCE verifier, then answers an
RS256-signed ID token."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

from tests.threaded_server import ThreadedServer

CLIENT_ID = "housecat"
CLIENT_SECRET = "provider-s3cret"
KID = "provider-key-1"
# The people the provider knows: username -> password.
PEOPLE = {"olivia": "olivia-pass", "newcomer": "newcomer-pass", "dora": "dora-pass"}


@dataclass
class Grant:
    """What an authorization code was issued for."""

    client_id: str
    redirect_uri: str
    code_challenge: str
    nonce: str | None
    username: str


@dataclass
class Knobs:
    """What a test changes of the provider's behaviour; `reset` restores an honest one."""

    auth_methods: list[str] = field(default_factory=lambda: ["client_secret_basic"])
    signing_key: RSAKey | None = None  # None: the key the JWKS publishes
    nonce: str | None = None  # None: the nonce the authorization request carried
    audience: str = CLIENT_ID


class _Server(ThreadingHTTPServer):
    provider: OidcProvider


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""

    def do_GET(self) -> None:
        provider = self.server.provider
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query))
        if parts.path == "/.well-known/openid-configuration":
            self._json(200, provider.discovery())
        elif parts.path == "/jwks":
            self._json(200, provider.public_keys.as_dict())
        elif parts.path == "/authorize":
            self._authorize_form(query)
        else:
            self._json(404, {"error": "not_found"})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = dict(parse_qsl(self.rfile.read(length).decode()))
        if self.path == "/authorize":
            self._sign_in(form)
        elif self.path == "/token":
            self._token(form)
        else:
            self._json(404, {"error": "not_found"})

    def _authorize_form(
        self, query: dict[str, str], error: str = "", status: int = 200, username: str = ""
    ) -> None:
        """Show the login form, carrying the authorization request's parameters along."""
        checks = {
            "response_type": query.get("response_type") == "code",
            "client_id": query.get("client_id") == CLIENT_ID,
            "redirect_uri": bool(query.get("redirect_uri")),
            "scope": "openid" in query.get("scope", "").split(),
            "code_challenge": bool(query.get("code_challenge")),
            "code_challenge_method": query.get("code_challenge_method") == "S256",
        }
        wrong = [name for name, ok in checks.items() if not ok]
        if wrong:
            self._html(400, f"<p>bad authorization request: {', '.join(wrong)}</p>")
            return
        carried = ("client_id", "redirect_uri", "state", "nonce", "code_challenge")
        hidden = "".join(
            f'<input type="hidden" name="{name}" value="{html.escape(query.get(name, ""))}">'
            for name in carried
        )
        alert = f'<p role="alert">{html.escape(error)}</p>' if error else ""
        self._html(
            status,
            "<!doctype html><title>Example ID</title><h1>Example ID</h1>"
            f'{alert}<form method="post" action="/authorize">{hidden}'
            f'<label>Username <input name="username" value="{html.escape(username)}"></label>'
            '<label>Password <input name="password" type="password"></label>'
            "<button>Continue</button></form>",
        )

    def _sign_in(self, form: dict[str, str]) -> None:
        """Check the person's password, then send them back with a code and the state."""
        username = form.get("username", "")
        if PEOPLE.get(username) != form.get("password"):
            query = {**form, "response_type": "code", "scope": "openid"}
            query["code_challenge_method"] = "S256"
            self._authorize_form(query, "Wrong username or password.", 401, username)
            return
        code = secrets.token_urlsafe(16)
        self.server.provider.grants[code] = Grant(
            form["client_id"],
            form["redirect_uri"],
            form["code_challenge"],
            form.get("nonce"),
            username,
        )
        back = {"code": code, "state": form.get("state", "")}
        self.send_response(302)
        self.send_header("Location", f"{form['redirect_uri']}?{urlencode(back)}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _token(self, form: dict[str, str]) -> None:
        """Trade a code for tokens, checking everything RFC 6749 and RFC 7636 ask."""
        provider = self.server.provider
        client = self._client(form)
        if client != (CLIENT_ID, CLIENT_SECRET):
            self._json(401, {"error": "invalid_client"})
            return
        grant = provider.grants.pop(form.get("code", ""), None)  # a code works once
        verifier = form.get("code_verifier", "")
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        if (
            form.get("grant_type") != "authorization_code"
            or grant is None
            or grant.client_id != CLIENT_ID
            or grant.redirect_uri != form.get("redirect_uri")
            or challenge.rstrip(b"=").decode() != grant.code_challenge
        ):
            self._json(400, {"error": "invalid_grant"})
            return
        self._json(200, provider.tokens(grant))

    def _client(self, form: dict[str, str]) -> tuple[str, str] | None:
        """Return the client id and secret as sent the way the provider allows, else None."""
        methods = self.server.provider.knobs.auth_methods
        scheme, _, encoded = self.headers.get("Authorization", "").partition(" ")
        if scheme == "Basic" and "client_secret_basic" in methods:
            client_id, _, secret = base64.b64decode(encoded).decode().partition(":")
            self.server.provider.auth_used.append("client_secret_basic")
            return unquote(client_id), unquote(secret)
        if "client_secret" in form and "client_secret_post" in methods:
            self.server.provider.auth_used.append("client_secret_post")
            return form.get("client_id", ""), form["client_secret"]
        return None

    def _json(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _html(self, status: int, body: str) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class OidcProvider(ThreadedServer[_Server]):
    """The provider, its issuer named by `host` (another site than 127.0.0.1 by default)."""

    def __init__(self, host: str = "localhost") -> None:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.provider = self
        super().__init__(server, "oidc-provider")
        self.issuer = f"http://{host}:{self.port}"
        self.key = RSAKey.generate_key(2048, parameters={"kid": KID, "use": "sig", "alg": "RS256"})
        self.public_keys = KeySet([RSAKey.import_key(self.key.as_dict(private=False))])
        self.grants: dict[str, Grant] = {}
        self.knobs = Knobs()
        self.auth_used: list[str] = []

    def reset(self) -> None:
        """Behave honestly again, forgetting what earlier tests did."""
        self.knobs = Knobs()
        self.grants.clear()
        self.auth_used.clear()

    def discovery(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": ["openid", "profile", "email"],
            "token_endpoint_auth_methods_supported": self.knobs.auth_methods,
            "code_challenge_methods_supported": ["S256"],
        }

    def tokens(self, grant: Grant) -> dict[str, Any]:
        """Return the token response for a grant, with its signed ID token."""
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": f"sub-{grant.username}",
            "aud": self.knobs.audience,
            "exp": now + 300,
            "iat": now,
            "nonce": self.knobs.nonce or grant.nonce,
            "preferred_username": grant.username,
            "name": grant.username.title(),
            "email": f"{grant.username}@example.com",
        }
        key = self.knobs.signing_key or self.key
        id_token = jwt.encode({"alg": "RS256", "kid": KID}, claims, key)
        return {
            "access_token": secrets.token_urlsafe(16),
            "token_type": "Bearer",
            "expires_in": 300,
            "id_token": id_token,
        }
