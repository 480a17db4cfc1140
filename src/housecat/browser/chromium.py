"""Find a Chromium to drive: `HOUSECAT_CHROMIUM`, Playwright's own, or the system's."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

SYSTEM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Debian's package puts the real binary here; the PATH entry is a wrapper script.
SYSTEM_PATHS = (Path("/usr/lib/chromium/chromium"), Path("/usr/bin/chromium"))


def playwright_chromium() -> Path | None:
    """Return the Chromium that `playwright install chromium` put down, if it is there."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        path = Path(playwright.chromium.executable_path)
    return path if path.is_file() else None


def system_chromium() -> Path | None:
    """Return a Chromium installed by the system's package manager, if any."""
    for path in SYSTEM_PATHS:
        if path.is_file() and os.access(path, os.X_OK):
            return path
    for name in SYSTEM_NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def find_chromium(explicit: Path | None = None) -> Path | None:
    """Return the Chromium to launch, in the documented order, or None."""
    if explicit is not None:
        return explicit if explicit.is_file() else None
    return playwright_chromium() or system_chromium()
