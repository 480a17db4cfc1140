"""`make run` and `make test` say what they install while they install it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from housecat.browser.chromium import find_chromium

ROOT = Path(__file__).resolve().parent.parent


def test_the_browser_step_says_which_chromium_it_found() -> None:
    chromium = find_chromium()
    assert chromium is not None, "no Chromium: run `make browser`"
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOUSECAT_")}
    done = subprocess.run(
        [sys.executable, "-m", "housecat.browser.install"],
        env=env | {"HOUSECAT_CHROMIUM": str(chromium)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"Chromium found at {chromium}"]


def test_make_run_says_it_installs_the_python_dependencies_before_it_does() -> None:
    planned = subprocess.run(
        ["make", "--dry-run", "run"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    said = next(i for i, line in enumerate(planned) if "Installing Python dependencies" in line)
    synced = next(i for i, line in enumerate(planned) if " sync " in line)
    chromium = next(i for i, line in enumerate(planned) if "housecat.browser.install" in line)
    assert said < synced < chromium
