"""Device presets ("iPhone 13", "Pixel 7"): Playwright's own list, not typed by hand."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Mapping
from types import MappingProxyType

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright
from pydantic import BaseModel

from housecat.errors import HouseCatError


class DevicesUnavailable(HouseCatError):
    """Playwright's driver, which holds the device list, would not start."""

    status_code = 503


class DevicePreset(BaseModel):
    """What a device preset sets in a browser context."""

    name: str
    viewport_width: int
    viewport_height: int
    user_agent: str
    device_scale_factor: float
    is_mobile: bool
    has_touch: bool


@functools.cache
def device_presets() -> Mapping[str, DevicePreset]:
    """Return Playwright's device presets by name, read once per process.

    Playwright keeps its list inside its bundled driver (no separate file since 1.5x), so
    the driver is asked: a Node process, started and stopped; no browser is launched.
    Call it off the event loop (`asyncio.to_thread`): the sync API runs its own loop.
    """
    try:
        with sync_playwright() as playwright:
            devices = playwright.devices
    except PlaywrightError as exc:
        raise DevicesUnavailable(
            f"Playwright's device list is unavailable: {exc.message}"
        ) from None
    presets = {
        name: DevicePreset(
            name=name,
            viewport_width=device["viewport"]["width"],
            viewport_height=device["viewport"]["height"],
            user_agent=device["user_agent"],
            device_scale_factor=device["device_scale_factor"],
            is_mobile=device["is_mobile"],
            has_touch=device["has_touch"],
        )
        for name, device in devices.items()
    }
    return MappingProxyType(presets)


def closest_devices(name: str, names: list[str], count: int = 3) -> list[str]:
    """Return the preset names closest to a misspelt one ('iphone 13' -> 'iPhone 13')."""
    by_lower = {known.lower(): known for known in names}
    found = difflib.get_close_matches(name.lower(), list(by_lower), n=count, cutoff=0.5)
    return [by_lower[lower] for lower in found]
