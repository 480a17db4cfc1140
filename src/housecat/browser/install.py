"""Make sure a Chromium exists: Playwright's installer first, then the system's packages.

Run as `python -m housecat.browser.install` (the Makefile does, before run and test).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from housecat.browser.chromium import find_chromium, system_chromium

HINT = (
    "No Chromium found. Install one, then try again:\n"
    "  python -m playwright install chromium      (needs internet access)\n"
    "  sudo apt-get install -y chromium           (Debian/Ubuntu)\n"
    "or point HOUSECAT_CHROMIUM at a Chromium binary."
)


def _run(*args: str) -> bool:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(args, env=env, check=False).returncode == 0


def install() -> Path | None:
    """Install Chromium by the first way that works here; return where it is."""
    print("No Chromium yet: downloading Playwright's (about 150 MB)…", flush=True)
    if _run(sys.executable, "-m", "playwright", "install", "chromium"):
        found = find_chromium()
        if found:
            return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Playwright's download failed; installing Debian's chromium instead.")
        if _run("apt-get", "update", "-qq") and _run("apt-get", "install", "-y", "-qq", "chromium"):
            return system_chromium()
    return None


def main() -> int:
    explicit = os.environ.get("HOUSECAT_CHROMIUM")
    found = find_chromium(Path(explicit) if explicit else None)
    if found is not None:
        print(f"Chromium found at {found}")
        return 0
    found = install()
    if found is None:
        print(HINT, file=sys.stderr)
        return 1
    print(f"Chromium installed at {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
