"""Request and response models of browser configurations."""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import BaseModel

from housecat.browser.devices import DevicePreset
from housecat.browser_configs.fields import (
    BrowserName,
    ColorScheme,
    DeviceName,
    Locale,
    ScaleFactor,
    TimeZone,
    UserAgent,
    ViewportHeight,
    ViewportWidth,
)
from housecat.named.fields import NOT_NULL, Input, Name, Update
from housecat.named.store import hash_fields

# What a device preset fills in, unless the request sets it itself.
PRESET_FIELDS = (
    "viewport_width",
    "viewport_height",
    "user_agent",
    "device_scale_factor",
    "is_mobile",
    "has_touch",
)
# Without a device or a viewport: what HouseCat's runs have always used.
DEFAULTS = {
    "viewport_width": 1280,
    "viewport_height": 800,
    "device_scale_factor": 1.0,
    "is_mobile": False,
    "has_touch": False,
}


class CreateBrowserConfig(Input):
    """Request body for creating a browser configuration."""

    name: Name
    browser: BrowserName = "chromium"
    device: DeviceName | None = None
    viewport_width: ViewportWidth | None = None
    viewport_height: ViewportHeight | None = None
    user_agent: UserAgent | None = None
    device_scale_factor: ScaleFactor | None = None
    is_mobile: bool | None = None
    has_touch: bool | None = None
    locale: Locale | None = None
    timezone: TimeZone | None = None
    color_scheme: ColorScheme | None = None


class UpdateBrowserConfig(Update):
    """Request body for changing a browser configuration: only the fields sent change.

    A device sent fills in what its preset sets, but for the fields sent alongside; null
    clears an optional field (device, user_agent, locale, timezone, color_scheme).
    """

    name: Annotated[Name | None, NOT_NULL] = None
    browser: Annotated[BrowserName | None, NOT_NULL] = None
    device: DeviceName | None = None
    viewport_width: Annotated[ViewportWidth | None, NOT_NULL] = None
    viewport_height: Annotated[ViewportHeight | None, NOT_NULL] = None
    user_agent: UserAgent | None = None
    device_scale_factor: Annotated[ScaleFactor | None, NOT_NULL] = None
    is_mobile: Annotated[bool | None, NOT_NULL] = None
    has_touch: Annotated[bool | None, NOT_NULL] = None
    locale: Locale | None = None
    timezone: TimeZone | None = None
    color_scheme: ColorScheme | None = None


class BrowserConfig(BaseModel):
    """A stored browser configuration."""

    id: str
    name: str
    browser: BrowserName = "chromium"
    device: str | None = None
    viewport_width: int
    viewport_height: int
    user_agent: str | None = None
    device_scale_factor: float = 1.0
    is_mobile: bool = False
    has_touch: bool = False
    locale: str | None = None
    timezone: str | None = None
    color_scheme: ColorScheme | None = None
    created_at: str
    updated_at: str

    @classmethod
    def from_hash(cls, fields: dict[str, str]) -> Self:
        return cls.model_validate(fields)

    def to_hash(self) -> dict[str, str]:
        return hash_fields(self.model_dump())


class BrowserConfigList(BaseModel):
    """Every browser configuration, newest first."""

    browser_configs: list[BrowserConfig]
    total: int


class DeviceList(BaseModel):
    """Playwright's device presets, by name."""

    devices: list[DevicePreset]
    total: int
