"""A browser configuration as Playwright's `browser.new_context(**options)` takes it."""

from __future__ import annotations

from typing import Any

from housecat.browser_configs.models import BrowserConfig


def context_options(config: BrowserConfig) -> dict[str, Any]:
    """Return the keyword arguments of `new_context` that give a context this configuration."""
    options: dict[str, Any] = {
        "viewport": {"width": config.viewport_width, "height": config.viewport_height},
        "device_scale_factor": config.device_scale_factor,
        "is_mobile": config.is_mobile,
        "has_touch": config.has_touch,
    }
    # Left out, each is Chromium's own: its user agent, the machine's locale and zone.
    if config.user_agent is not None:
        options["user_agent"] = config.user_agent
    if config.locale is not None:
        options["locale"] = config.locale
    if config.timezone is not None:
        options["timezone_id"] = config.timezone
    if config.color_scheme is not None:
        options["color_scheme"] = config.color_scheme
    return options
