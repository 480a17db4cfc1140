"""Take the README's screenshots: a fresh HouseCat with an API token, a few tests of the
built-in demo shop and their runs, each page captured in Chromium.

Run: `make screenshots` (writes docs/screenshots/*.png).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import Page, expect, sync_playwright

from housecat.browser.chromium import find_chromium
from housecat.web.pages.example import EXAMPLE_GOAL

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PORT = 8311
BASE = f"http://127.0.0.1:{PORT}"
TOKEN = "screenshot-token"  # noqa: S105 - for a throwaway server
TESTS = [  # name, goal, how many runs
    ("Demo shop sign-in", EXAMPLE_GOAL, 4),
    ("Products listed", EXAMPLE_GOAL + ", then check the page says Products", 3),
    ("Order confirmation", EXAMPLE_GOAL + ", then check the page says Order shipped", 2),
]


def serve(data_dir: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOUSECAT_")}
    command = [sys.executable, "-m", "housecat", "serve", "--port", str(PORT)]
    server = subprocess.Popen(
        [*command, "--data-dir", data_dir, "--no-scheduler"],
        env=env | {"HOUSECAT_API_TOKEN": TOKEN},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            if httpx.get(f"{BASE}/api/health").status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("housecat serve did not start")


def seed(api: httpx.Client) -> list[str]:
    """Create the tests and run each a few times; return their ids."""
    ids = []
    for name, goal, runs in TESTS:
        body = {"name": name, "url": f"{BASE}/demo/login", "goal": goal}
        test_id = api.post("/api/tests", json=body).raise_for_status().json()["id"]
        for _ in range(runs):
            api.post(f"/api/tests/{test_id}/run", timeout=120).raise_for_status()
        ids.append(test_id)
    api.put(f"/api/tests/{ids[1]}", json={"status": "paused"}).raise_for_status()
    return ids


def shoot(page: Page, name: str) -> None:
    page.screenshot(path=OUT / f"{name}.png", full_page=True)
    print(f"docs/screenshots/{name}.png")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("no Chromium: run `make browser`")
    with tempfile.TemporaryDirectory() as data_dir:
        server = serve(data_dir)
        try:
            with httpx.Client(base_url=BASE, headers={"Authorization": f"Bearer {TOKEN}"}) as api:
                first, _, failing = seed(api)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=chromium, args=["--disable-gpu", "--disable-quic"]
                )
                page = browser.new_page(base_url=BASE, viewport={"width": 1280, "height": 800})
                page.goto("/")
                shoot(page, "login")
                page.get_by_label("API token").fill(TOKEN)
                page.get_by_role("button", name="Sign in").click()
                expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
                shoot(page, "dashboard")
                page.goto("/tests")
                shoot(page, "tests")
                page.get_by_role("button", name="+ New test").click()
                expect(page.get_by_role("dialog")).to_be_visible()
                shoot(page, "new-test")
                page.goto(f"/tests/{first}")
                page.get_by_role("button", name="Run now").first.click()
                expect(page.get_by_role("status").filter(has_text="Passed")).to_be_visible(
                    timeout=60_000
                )
                shoot(page, "live-run")
                page.goto(f"/tests/{failing}")
                page.get_by_text("Steps of run").first.click()
                expect(
                    page.get_by_role("img", name=re.compile(r"step \d+ .* failed"))
                ).to_be_visible()
                shoot(page, "test-detail")
                page.goto("/run-test")
                page.get_by_label("URL").fill(f"{BASE}/demo/login")
                page.get_by_label("Goal").fill(EXAMPLE_GOAL)
                page.get_by_role("button", name="Run").click()
                expect(page.get_by_role("button", name="Save as test")).to_be_visible(
                    timeout=60_000
                )
                shoot(page, "run-test")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
