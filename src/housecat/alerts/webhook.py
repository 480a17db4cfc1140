"""One POST of an alert to a webhook, signed per Standard Webhooks when a secret is set."""

from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from standardwebhooks import Webhook

from housecat import __version__
from housecat.alerts.addresses import IPAddress
from housecat.alerts.retry import Outcome

USER_AGENT = f"HouseCat/{__version__}"

# Statuses that say "not now" rather than "never": timeouts, rate limits, server trouble.
RETRY_STATUSES = frozenset({408, 429})


def webhook_headers(
    signer: Webhook | None, message_id: str, body: str, at: datetime
) -> dict[str, str]:
    """Return the headers of one attempt; with a signer, the three Standard Webhooks ones."""
    headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
    if signer is not None:
        # The id stays the same across attempts so receivers can drop duplicates;
        # the timestamp is each attempt's own, as the spec asks.
        headers["webhook-id"] = message_id
        headers["webhook-timestamp"] = str(int(at.timestamp()))
        headers["webhook-signature"] = signer.sign(msg_id=message_id, timestamp=at, data=body)
    return headers


def webhook_label(url: str) -> str:
    """Name a webhook for logs by scheme and host: paths and credentials often hold secrets."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    if ":" in host:
        host = f"[{host}]"
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return f"webhook {parts.scheme}://{host}{port}"


async def post_once(
    url: str,
    body: bytes,
    headers: dict[str, str],
    timeout_s: float,
    address: IPAddress | None = None,
) -> Outcome:
    """POST the body once, to `address` when given, and judge the answer (2xx delivered)."""
    request_url = httpx.URL(url)
    extensions: dict[str, Any] = {}
    if address is not None:
        request_url, headers, extensions = _pinned(request_url, headers, address)
    # Redirects are not followed: one could lead to an address resolve_and_check refused.
    # A pinned request goes straight to its address, as a proxy would resolve the name again;
    # certificates are still verified as the environment says (SSL_CERT_FILE, SSL_CERT_DIR).
    client = httpx.AsyncClient(
        timeout=timeout_s,
        follow_redirects=False,
        trust_env=address is None,
        verify=httpx.create_ssl_context(),
    )
    async with client:
        try:
            # Streaming, so a large reply is never read: its status is all we need.
            async with client.stream(
                "POST", request_url, content=body, headers=headers, extensions=extensions
            ) as response:
                status = response.status_code
                retry_after = _retry_after(response.headers.get("retry-after"))
                phrase = response.reason_phrase
        except httpx.TimeoutException:
            return Outcome.again(f"no answer within {timeout_s:g} s")
        except httpx.UnsupportedProtocol as exc:
            return Outcome.give_up(str(exc))
        except httpx.TransportError as exc:
            return Outcome.again(f"{type(exc).__name__}: {exc}".rstrip(": "))
    answer = f"HTTP {status} {phrase}".rstrip()
    if 200 <= status < 300:
        return Outcome.success(answer)
    if status in RETRY_STATUSES or status >= 500:
        return Outcome.again(answer, retry_after)
    if 300 <= status < 400:
        return Outcome.give_up(f"{answer} (redirects are not followed)")
    return Outcome.give_up(f"{answer} (not retried)")


def _pinned(
    url: httpx.URL, headers: dict[str, str], address: IPAddress
) -> tuple[httpx.URL, dict[str, str], dict[str, Any]]:
    """Aim a request at a checked address, still naming its host to the server and to TLS."""
    # The connection goes to the address; the Host header and the TLS server name (SNI, and
    # the name the certificate is verified against) stay the URL's host.
    host = url.raw_host.decode("ascii")
    pinned = url.copy_with(host=str(address))
    headers = {**headers, "Host": url.netloc.decode("ascii")}
    return pinned, headers, {"sni_hostname": host} if url.scheme == "https" else {}


def _retry_after(value: str | None) -> float | None:
    """Read a Retry-After header: seconds, or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, (moment - datetime.now(moment.tzinfo)).total_seconds())
