"""Fields of a browser configuration, each checked as Chromium would need it."""

from __future__ import annotations

import difflib
import functools
import re
import zoneinfo
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

# A language tag as browsers take one: language, then optional script, region and variants
# ('en', 'en-US', 'zh-Hant-TW', 'es-419', 'de-DE-1996').
_LANGUAGE_TAG = re.compile(
    r"[a-z]{2,3}(-[a-z]{4})?(-(?:[a-z]{2}|[0-9]{3}))?(-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*",
    re.IGNORECASE,
)


def _language_tag(value: str) -> str:
    if "_" in value:
        raise ValueError(f"write '{value.replace('_', '-')}': a language tag uses '-'")
    if not _LANGUAGE_TAG.fullmatch(value):
        raise ValueError("must be a language tag such as 'en', 'en-US' or 'zh-Hant-TW'")
    return value


@functools.cache
def time_zones() -> frozenset[str]:
    """Return the IANA time zone names this machine knows (read once: ~600 files)."""
    return frozenset(zoneinfo.available_timezones())


def _time_zone(value: str) -> str:
    known = time_zones()
    if value not in known:
        close = difflib.get_close_matches(value, sorted(known), n=3)
        hint = f"; closest: {', '.join(repr(name) for name in close)}" if close else ""
        raise ValueError(f"is not a known time zone such as 'Europe/Paris' or 'UTC'{hint}")
    return value


BrowserName = Annotated[Literal["chromium"], Field(description="The browser (only Chromium)")]
ColorScheme = Annotated[
    Literal["light", "dark", "no-preference"],
    Field(description="What `prefers-color-scheme` matches"),
]
ViewportWidth = Annotated[int, Field(ge=200, le=7680, description="Viewport width in CSS pixels")]
ViewportHeight = Annotated[int, Field(ge=200, le=4320, description="Viewport height in CSS pixels")]
ScaleFactor = Annotated[
    float,
    Field(gt=0, le=10, allow_inf_nan=False, description="Device pixels per CSS pixel"),
]
UserAgent = Annotated[
    str, Field(min_length=1, max_length=1000, description="The User-Agent header and navigator")
]
Locale = Annotated[
    str,
    Field(max_length=35, description="Language tag (BCP 47): 'en-US', 'fr-FR'"),
    AfterValidator(_language_tag),
]
TimeZone = Annotated[
    str,
    Field(max_length=64, description="IANA time zone: 'Europe/Paris', 'UTC'"),
    AfterValidator(_time_zone),
]
DeviceName = Annotated[
    str,
    Field(
        min_length=1,
        max_length=100,
        description="A Playwright device preset ('iPhone 13', 'Pixel 7'; see "
        "`GET /api/v1/browser-configs/devices`): fills the viewport, user agent, scale "
        "factor, mobile and touch, which fields sent alongside override",
    ),
]
