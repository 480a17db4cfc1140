"""QStash: verifying the callbacks it signs (`Upstash-Signature`)."""

from __future__ import annotations

from qstash import Receiver
from qstash.errors import SignatureError

from housecat.config import Settings
from housecat.errors import Unauthorized

CLOCK_TOLERANCE_S = 30


def verify_callback(settings: Settings, signature: str | None, body: bytes, url: str) -> None:
    """Accept a callback signed with the current or next signing key, or raise Unauthorized."""
    if settings.callback_auth == "none":
        return
    current = settings.qstash_current_signing_key
    if current is None:
        raise Unauthorized(
            "QStash callbacks are refused: set QSTASH_CURRENT_SIGNING_KEY (and "
            "QSTASH_NEXT_SIGNING_KEY), or HOUSECAT_CALLBACK_AUTH=none on a trusted network"
        )
    following = settings.qstash_next_signing_key or current
    if not signature:
        raise Unauthorized("missing Upstash-Signature header")
    try:
        text = body.decode()
        receiver = Receiver(current.get_secret_value(), following.get_secret_value())
        receiver.verify(signature=signature, body=text, url=url, clock_tolerance=CLOCK_TOLERANCE_S)
    except (SignatureError, UnicodeDecodeError) as exc:
        raise Unauthorized(f"invalid Upstash-Signature: {exc}") from None
