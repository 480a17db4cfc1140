"""Single sign-on by OpenID Connect: the authorization code flow with PKCE (Authlib's
client), the ID token's checks (joserfc), and the HouseCat user the token names."""

from __future__ import annotations

import json
import logging
import secrets
import time
from dataclasses import asdict, dataclass
from typing import Any, cast

import httpx2
from authlib.common.security import generate_token
from authlib.integrations.base_client import OAuthError
from authlib.integrations.httpx_client import AsyncOAuth2Client
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from joserfc.jws import extract_compact
from redis.asyncio import Redis

from housecat import keys
from housecat.accounts import passwords
from housecat.accounts.models import USERNAME, User
from housecat.accounts.roles import Role
from housecat.accounts.store import UsernameTaken, UserStore
from housecat.config import Settings
from housecat.errors import HouseCatError
from housecat.projects.store import ProjectStore

log = logging.getLogger(__name__)

DISCOVERY_PATH = "/.well-known/openid-configuration"
CALLBACK_PATH = "/auth/oidc/callback"
SIGN_IN_TTL_S = 600  # time a person has at the provider before starting again
METADATA_TTL_S = 3600  # the provider's endpoints and keys are fetched again after this
LEEWAY_S = 60  # clock skew forgiven between HouseCat and the provider
TIMEOUT_S = 10.0
ALGORITHMS = ["RS256"]  # OpenID Connect's default, and what every provider offers


class SignInRefused(HouseCatError):
    """The single sign-on did not prove who someone is; the message says why."""

    status_code = 401


class ProviderUnreachable(HouseCatError):
    """The OpenID provider did not answer, or answered something that is not OpenID."""

    status_code = 502


@dataclass(frozen=True)
class OidcConfig:
    """The provider HouseCat trusts, and what it makes of the people it signs in."""

    issuer: str
    client_id: str
    client_secret: str | None
    name: str
    username_claim: str
    new_user_role: Role | None

    @classmethod
    def from_settings(cls, settings: Settings) -> OidcConfig | None:
        """Return the single sign-on settings, or None when no provider is set."""
        if settings.oidc_issuer is None or settings.oidc_client_id is None:
            return None
        secret = settings.oidc_client_secret
        role = settings.oidc_new_user_role
        return cls(
            issuer=settings.oidc_issuer,
            client_id=settings.oidc_client_id,
            client_secret=secret.get_secret_value() if secret else None,
            name=settings.oidc_name,
            username_claim=settings.oidc_username_claim,
            new_user_role=Role(role) if role else None,
        )


@dataclass(frozen=True)
class Pending:
    """A sign-in sent to the provider: what its answer must match, and where to go after."""

    nonce: str
    verifier: str
    redirect_uri: str
    next_path: str
    browser: str  # the cookie of the browser that started it: only it may finish it


class Provider:
    """The provider's discovery document and signing keys, fetched when needed and kept."""

    def __init__(self, config: OidcConfig) -> None:
        self.config = config
        self._metadata: dict[str, Any] | None = None
        self._keys: KeySet | None = None
        self._fetched_at = 0.0

    async def metadata(self) -> dict[str, Any]:
        """Return the discovery document, fetching it when missing or old."""
        if self._metadata is None or time.monotonic() - self._fetched_at > METADATA_TTL_S:
            url = self.config.issuer.rstrip("/") + DISCOVERY_PATH
            found = await _get_json(url)
            needed = ("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri")
            if any(not isinstance(found.get(name), str) for name in needed):
                raise ProviderUnreachable(f"{url} lacks one of {', '.join(needed)}")
            if found["issuer"] != self.config.issuer:
                # OpenID Connect Discovery 1.0, 4.3: else tokens of another issuer could pass.
                raise ProviderUnreachable(f"{url} names another issuer: {found['issuer']}")
            self._metadata, self._keys, self._fetched_at = found, None, time.monotonic()
        return self._metadata

    async def keys(self, *, refresh: bool = False) -> KeySet:
        """Return the provider's public keys (again from the provider if `refresh`)."""
        metadata = await self.metadata()
        if self._keys is None or refresh:
            try:
                self._keys = KeySet.import_key_set(await _get_json(metadata["jwks_uri"]))  # type: ignore[arg-type]
            except (JoseError, ValueError, KeyError, TypeError) as exc:
                raise ProviderUnreachable(f"the provider's keys are unreadable: {exc}") from exc
        return self._keys


async def _get_json(url: str) -> dict[str, Any]:
    try:
        async with httpx2.AsyncClient(timeout=TIMEOUT_S) as client:
            answer = await client.get(url, headers={"Accept": "application/json"})
            answer.raise_for_status()
            found = answer.json()
    except (httpx2.HTTPError, ValueError) as exc:
        raise ProviderUnreachable(f"{url} did not answer with JSON: {exc}") from exc
    if not isinstance(found, dict):
        raise ProviderUnreachable(f"{url} did not answer with a JSON object")
    return found


class OidcSignIn:
    """Send people to the provider, and tell who they are when they come back."""

    def __init__(self, config: OidcConfig, provider: Provider, redis: Redis) -> None:
        self.config = config
        self.provider = provider
        self.redis = redis

    def _client(self, metadata: dict[str, Any], redirect_uri: str) -> AsyncOAuth2Client:
        return AsyncOAuth2Client(
            client_id=self.config.client_id,
            client_secret=self.config.client_secret,
            token_endpoint_auth_method=self._auth_method(metadata),
            scope="openid profile email",
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            timeout=TIMEOUT_S,
        )

    def _auth_method(self, metadata: dict[str, Any]) -> str:
        """Pick how to prove the client at the token endpoint, as the provider allows."""
        if self.config.client_secret is None:
            return "none"  # a public client: PKCE alone binds the code to this sign-in
        # The default of OpenID Connect Discovery 1.0 when the document says nothing.
        allowed = metadata.get("token_endpoint_auth_methods_supported") or ["client_secret_basic"]
        return "client_secret_basic" if "client_secret_basic" in allowed else "client_secret_post"

    async def begin(self, redirect_uri: str, next_path: str, browser: str) -> str:
        """Remember a new sign-in and return the provider's URL to send the browser to."""
        metadata = await self.provider.metadata()
        state, nonce, verifier = generate_token(32), generate_token(32), generate_token(64)
        pending = Pending(nonce, verifier, redirect_uri, next_path, browser)
        await self.redis.set(
            keys.oidc_sign_in(state), json.dumps(asdict(pending)), ex=SIGN_IN_TTL_S
        )
        async with self._client(metadata, redirect_uri) as client:
            url, _ = client.create_authorization_url(
                metadata["authorization_endpoint"], state=state, code_verifier=verifier, nonce=nonce
            )
        return cast(str, url)

    async def pending(self, state: str, browser: str) -> Pending:
        """Take the sign-in `state` names (once: a replay finds nothing), started by `browser`."""
        stored = await self.redis.getdel(keys.oidc_sign_in(state)) if state else None
        if not isinstance(stored, str):
            raise SignInRefused("This sign-in has expired or was already used; start again.")
        pending = Pending(**json.loads(stored))
        if not browser or not secrets.compare_digest(pending.browser, browser):
            raise SignInRefused("This sign-in was started in another browser; start again.")
        return pending

    async def finish(self, pending: Pending, code: str) -> dict[str, Any]:
        """Trade the code for an ID token and return its claims once every check passes."""
        metadata = await self.provider.metadata()
        async with self._client(metadata, pending.redirect_uri) as client:
            try:
                token = await client.fetch_token(
                    metadata["token_endpoint"],
                    grant_type="authorization_code",
                    code=code,
                    code_verifier=pending.verifier,
                )
            except OAuthError as exc:
                raise SignInRefused(f"The provider refused the sign-in: {exc.error}.") from exc
            except (httpx2.HTTPError, ValueError) as exc:
                raise ProviderUnreachable(f"the token endpoint failed: {exc}") from exc
        id_token = token.get("id_token")
        if not isinstance(id_token, str):
            raise SignInRefused("The provider sent no ID token.")
        return await self.claims_of(id_token, metadata["issuer"], pending.nonce)

    async def claims_of(self, id_token: str, issuer: str, nonce: str) -> dict[str, Any]:
        """Return the ID token's claims if the provider signed it for this sign-in."""
        try:
            keyset = await self.provider.keys()
            if _kid_of(id_token) not in {key.kid for key in keyset.keys}:
                keyset = await self.provider.keys(refresh=True)  # the provider rotated its keys
            claims = jwt.decode(id_token, keyset, algorithms=ALGORITHMS).claims
            jwt.JWTClaimsRegistry(
                leeway=LEEWAY_S,
                iss={"essential": True, "value": issuer},
                aud={"essential": True, "value": self.config.client_id},
                sub={"essential": True},
                exp={"essential": True},
                iat={"essential": True},
                nonce={"essential": True, "value": nonce},
            ).validate(claims)
        except (JoseError, ValueError) as exc:
            log.warning("an ID token from %s was refused: %r", issuer, exc)
            raise SignInRefused("The provider's ID token did not pass HouseCat's checks.") from exc
        audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
        if len(audiences) > 1 and claims.get("azp") != self.config.client_id:
            # OpenID Connect Core 1.0, 3.1.3.7: a token for several clients names its holder.
            raise SignInRefused("The provider's ID token was issued to another client.")
        return claims


def _kid_of(id_token: str) -> str | None:
    try:
        kid = extract_compact(id_token.encode()).headers().get("kid")
    except (JoseError, ValueError):
        return None
    return kid if isinstance(kid, str) else None


async def user_for(claims: dict[str, Any], config: OidcConfig, users: UserStore) -> User:
    """Return the enabled user the claims name, created first if the settings allow."""
    username = claims.get(config.username_claim)
    if not isinstance(username, str) or not USERNAME.match(username):
        raise SignInRefused(
            f"The provider's ID token has no usable '{config.username_claim}' claim "
            "for a HouseCat username."
        )
    user_id = await users.id_of(username)
    if user_id is None:
        if config.new_user_role is None:
            raise SignInRefused(f"HouseCat has no user '{username}'; ask an admin to add you.")
        try:
            return await _create(claims, username, config.new_user_role, users)
        except UsernameTaken:
            user_id = await users.id_of(username)  # created meanwhile (another tab, an admin)
    user = await users.get(user_id) if user_id else None
    member = user is not None and bool(await ProjectStore(users.redis).roles_of(user.id))
    if user is None or user.disabled or not member:
        raise SignInRefused(f"The HouseCat user '{username}' is disabled; ask an admin.")
    return user


async def _create(claims: dict[str, Any], username: str, role: Role, users: UserStore) -> User:
    """Create the user single sign-on vouched for, with a password nobody knows."""
    name, email = claims.get("name"), claims.get("email")
    password_hash = await passwords.hash_password(secrets.token_urlsafe(32))
    user = await users.create(
        username,
        password_hash,
        role,
        display_name=name[:200] if isinstance(name, str) and name else None,
        email=email if isinstance(email, str) and "@" in email and len(email) <= 254 else None,
    )
    log.info("user %s (%s) was created at their first single sign-on", user.id, username)
    return user
