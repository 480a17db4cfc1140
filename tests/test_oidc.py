"""Single sign-on at an OpenID Connect provider: a local one speaking the real protocol,
signed in through from a real Chromium, and each of its answers HouseCat must refuse."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient
from joserfc.jwk import RSAKey
from playwright.sync_api import Browser, expect

from housecat.config import Settings
from housecat.web.auth import SESSION_COOKIE
from tests.accounts import make_user
from tests.oidc_provider import CLIENT_ID, CLIENT_SECRET, KID, PEOPLE, OidcProvider
from tests.processes import Server
from tests.signing_in import BEARER, TOKEN, another_browser

BUTTON = "Sign in with Example ID"


@pytest.fixture(scope="module")
def provider() -> Iterator[OidcProvider]:
    with OidcProvider() as started:
        yield started


@pytest.fixture
def honest(provider: OidcProvider) -> OidcProvider:
    """The provider, behaving as it should until the test says otherwise."""
    provider.reset()
    return provider


@pytest.fixture
def sso(make_client: Callable[..., TestClient], honest: OidcProvider) -> Callable[..., TestClient]:
    """Start apps that sign in at the provider (with the API token, to make users)."""

    def make(**overrides: object) -> TestClient:
        settings = {
            "api_token": TOKEN,
            "oidc_issuer": honest.issuer,
            "oidc_client_id": CLIENT_ID,
            "oidc_client_secret": CLIENT_SECRET,
            "oidc_name": "Example ID",
        }
        return make_client(roles=False, **{**settings, **overrides})

    return make


def start(client: TestClient, next_path: str = "/account") -> str:
    """Press the button: return the provider URL HouseCat sends the browser to."""
    answer = client.get("/auth/oidc/login", params={"next": next_path}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    location: str = answer.headers["location"]
    return location


def at_provider(authorize_url: str, username: str, password: str | None = None) -> str:
    """Sign in on the provider's form; return the callback path and query it sends back to."""
    form = httpx.get(authorize_url)
    assert form.status_code == 200, form.text
    hidden = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', form.text))
    given = {"username": username, "password": password or PEOPLE[username]}
    back = httpx.post(authorize_url.split("?")[0], data={**hidden, **given})
    assert back.status_code == 302, back.text
    callback = urlsplit(back.headers["location"])
    assert callback.path == "/auth/oidc/callback"
    return f"{callback.path}?{callback.query}"


def sign_in(client: TestClient, username: str, next_path: str = "/account") -> httpx.Response:
    """Go through the whole sign-in; return HouseCat's answer to the provider's redirect."""
    return client.get(at_provider(start(client, next_path), username), follow_redirects=False)


def refused_with(answer: httpx.Response, message: str, status: int = 401) -> None:
    assert answer.status_code == status, answer.text
    assert message in answer.text
    assert SESSION_COOKIE not in answer.cookies


# In a real browser -------------------------------------------------------------------


@pytest.fixture(scope="module")
def sso_server(
    tmp_path_factory: pytest.TempPathFactory, provider: OidcProvider
) -> Iterator[Server]:
    """One HouseCat signing in at the provider, with olivia as one of its users."""
    env = {
        "HOUSECAT_API_TOKEN": TOKEN,
        "HOUSECAT_OIDC_ISSUER": provider.issuer,
        "HOUSECAT_OIDC_CLIENT_ID": CLIENT_ID,
        "HOUSECAT_OIDC_CLIENT_SECRET": CLIENT_SECRET,
        "HOUSECAT_OIDC_NAME": "Example ID",
    }
    served = Server(tmp_path_factory.mktemp("sso"), env=env)
    user = {"username": "olivia", "password": "olivia's own password", "role": "editor"}
    created = httpx.post(f"{served.url}/api/v1/users", json=user, headers=BEARER)
    assert created.status_code == 201, created.text
    yield served
    served.stop()


def test_a_browser_signs_in_at_the_provider_and_comes_back_signed_in(
    sso_server: Server, honest: OidcProvider, browser: Browser
) -> None:
    context = browser.new_context(base_url=sso_server.url)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto("/tests?view=all")
    page.get_by_role("link", name=BUTTON).click()
    # The provider is another site (localhost, not 127.0.0.1), as a real one is.
    expect(page.get_by_role("heading", name="Example ID")).to_be_visible()
    assert page.url.startswith(honest.issuer + "/authorize?")
    page.get_by_label("Username").fill("olivia")
    page.get_by_label("Password").fill("not her password")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("alert")).to_have_text("Wrong username or password.")
    page.get_by_label("Password").fill(PEOPLE["olivia"])
    visited: list[str] = []
    page.on("framenavigated", lambda frame: visited.append(urlsplit(frame.url).path))
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(f"{sso_server.url}/tests?view=all")
    expect(page.get_by_role("heading", name="Tests", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="olivia")).to_be_visible()
    # Straight on: the new cookie was sent at once, though the provider is another site.
    assert "/login" not in visited
    context.close()


# Over HTTP -----------------------------------------------------------------------------


def test_the_sign_in_page_offers_the_provider_only_when_one_is_set(
    sso: Callable[..., TestClient], make_client: Callable[..., TestClient]
) -> None:
    page = sso().get("/login?next=/tests")
    assert f'href="/auth/oidc/login?next=/tests">{BUTTON}</a>' in page.text
    plain = make_client(roles=False, api_token=TOKEN)
    assert "Sign in with" not in plain.get("/login").text
    refused_with(plain.get("/auth/oidc/login"), "Single sign-on is not set up here", 404)


def test_a_user_signed_in_by_the_provider_holds_a_session_like_a_password_gives(
    sso: Callable[..., TestClient], honest: OidcProvider
) -> None:
    client = sso()
    make_user(client, "olivia", role="editor")
    answer = sign_in(client, "olivia", next_path="/tests?view=all")
    assert answer.status_code == 303, answer.text
    assert answer.headers["location"] == "/tests?view=all"
    assert honest.auth_used == ["client_secret_basic"]
    account = client.get("/account")
    assert account.status_code == 200
    assert ">olivia</a>" in account.text
    assert re.search(r'name="csrf_token" value="\w+"', account.text)  # the same CSRF rules


def test_the_client_secret_is_posted_when_the_provider_allows_only_that(
    sso: Callable[..., TestClient], honest: OidcProvider
) -> None:
    honest.knobs.auth_methods = ["client_secret_post"]
    client = sso()
    make_user(client, "olivia")
    assert sign_in(client, "olivia").status_code == 303
    assert honest.auth_used == ["client_secret_post"]


def test_a_wrong_client_secret_is_refused_by_the_provider(sso: Callable[..., TestClient]) -> None:
    client = sso(oidc_client_secret="not-the-secret")
    make_user(client, "olivia")
    refused_with(sign_in(client, "olivia"), "The provider refused the sign-in: invalid_client.")


def test_only_a_local_path_is_gone_on_to(sso: Callable[..., TestClient]) -> None:
    client = sso()
    make_user(client, "olivia")
    answer = sign_in(client, "olivia", next_path="//evil.example/phish")
    assert answer.headers["location"] == "/"


def test_a_replayed_or_forged_state_is_refused(sso: Callable[..., TestClient]) -> None:
    client = sso()
    make_user(client, "olivia")
    callback = at_provider(start(client), "olivia")
    assert client.get(callback, follow_redirects=False).status_code == 303
    client.cookies.clear()
    replayed = client.get(callback, follow_redirects=False)
    refused_with(replayed, "This sign-in has expired or was already used; start again.")
    code = parse_qs(urlsplit(callback).query)["code"][0]
    forged = client.get(f"/auth/oidc/callback?code={code}&state=made-up")
    refused_with(forged, "This sign-in has expired or was already used; start again.")


def test_a_sign_in_started_in_another_browser_is_refused(sso: Callable[..., TestClient]) -> None:
    # Someone sends you the link that would finish *their* sign-in (login CSRF).
    client = sso()
    make_user(client, "olivia")
    callback = at_provider(start(client), "olivia")
    victim = another_browser(client)
    refused_with(
        victim.get(callback, follow_redirects=False),
        "This sign-in was started in another browser; start again.",
    )


def test_an_id_token_signed_by_another_key_is_refused(
    sso: Callable[..., TestClient], honest: OidcProvider
) -> None:
    honest.knobs.signing_key = RSAKey.generate_key(2048, parameters={"kid": KID})
    client = sso()
    make_user(client, "olivia")
    refused_with(sign_in(client, "olivia"), "did not pass HouseCat&#39;s checks")


def test_an_id_token_with_another_nonce_is_refused(
    sso: Callable[..., TestClient], honest: OidcProvider
) -> None:
    honest.knobs.nonce = "a nonce of another sign-in"
    client = sso()
    make_user(client, "olivia")
    refused_with(sign_in(client, "olivia"), "did not pass HouseCat&#39;s checks")


def test_an_id_token_for_another_client_is_refused(
    sso: Callable[..., TestClient], honest: OidcProvider
) -> None:
    honest.knobs.audience = "another-app"
    client = sso()
    make_user(client, "olivia")
    refused_with(sign_in(client, "olivia"), "did not pass HouseCat&#39;s checks")


def test_the_providers_error_is_shown(sso: Callable[..., TestClient]) -> None:
    client = sso()
    state = parse_qs(urlsplit(start(client)).query)["state"][0]
    answer = client.get(
        "/auth/oidc/callback",
        params={"state": state, "error": "access_denied", "error_description": "You said no"},
    )
    refused_with(answer, "Example ID did not sign you in: You said no")


def test_someone_unknown_to_housecat_is_refused_without_a_new_user_role(
    sso: Callable[..., TestClient],
) -> None:
    client = sso()
    make_user(client, "olivia")
    refused_with(sign_in(client, "newcomer"), "HouseCat has no user &#39;newcomer&#39;")
    users = client.get("/api/v1/users", headers=BEARER).json()
    assert [user["username"] for user in users] == ["olivia"]


def test_someone_unknown_is_made_a_user_with_the_new_user_role(
    sso: Callable[..., TestClient],
) -> None:
    client = sso(oidc_new_user_role="editor")
    make_user(client, "olivia")
    assert sign_in(client, "newcomer").status_code == 303
    users = {user["username"]: user for user in client.get("/api/v1/users", headers=BEARER).json()}
    newcomer = users["newcomer"]
    assert (newcomer["role"], newcomer["display_name"]) == ("editor", "Newcomer")
    assert newcomer["email"] == "newcomer@example.com"
    # Nobody knows the password it was given: signing in by password fails.
    for password in ("", "no user has this password", PEOPLE["newcomer"]):
        by_password = {"username": "newcomer", "password": password, "next": "/"}
        assert client.post("/login", data=by_password, follow_redirects=False).status_code == 401


def test_a_disabled_user_is_refused(sso: Callable[..., TestClient]) -> None:
    client = sso()
    dora = make_user(client, "dora")
    make_user(client, "olivia", role="admin")
    disabled = client.patch(f"/api/v1/users/{dora}", json={"disabled": True}, headers=BEARER)
    assert disabled.status_code == 200, disabled.text
    refused_with(sign_in(client, "dora"), "The HouseCat user &#39;dora&#39; is disabled")


def test_failed_single_sign_ons_count_against_the_address(sso: Callable[..., TestClient]) -> None:
    client = sso()
    for _ in range(10):
        refused_with(client.get("/auth/oidc/callback?state=guess&code=guess"), "expired")
    answer = client.get("/auth/oidc/callback?state=guess&code=guess")
    refused_with(answer, "Too many failed sign-ins.", 429)
    refused_with(client.get("/auth/oidc/login"), "Too many failed sign-ins.", 429)


def test_an_unreachable_provider_is_said_so(
    sso: Callable[..., TestClient], honest: OidcProvider
) -> None:
    client = sso(oidc_issuer="http://127.0.0.1:9")
    refused_with(client.get("/auth/oidc/login"), "cannot be reached right now", 502)


def test_a_provider_needs_a_client_id() -> None:
    with pytest.raises(ValueError, match="must be set when HOUSECAT_OIDC_ISSUER is"):
        Settings(oidc_issuer="https://id.example.com")
