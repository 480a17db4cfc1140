"""HouseCat's run of a 5-step login journey against a hand-written Playwright script.

Warm: one process, one browser each, a new context per run, interleaved rounds; HouseCat
replays the plan its first run recorded, keeping the page's log (what every scheduled run
does), and once more also recording a Playwright trace (what `HOUSECAT_TRACE_RUNS=always`
makes every run do). Cold: a whole `housecat run` command against a whole raw script, each
a fresh process and browser. Prints medians and ratios (target for warm: <= 1.10).
"""

from __future__ import annotations

import asyncio
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from playwright.async_api import Browser, async_playwright, expect

from housecat.browser.capture import Capture
from housecat.browser.chromium import find_chromium
from housecat.browser.execute import execute
from housecat.browser.pool import CHROMIUM_ARGS, VIEWPORT, BrowserPool
from housecat.browser.run_log import RunLog
from housecat.plan.models import Plan
from housecat.plan.read import read
from housecat.runs.pipeline import starting_at
from housecat.web import demo

GOAL = (
    "Fill in Email with alice@example.com, fill in Password with hunter2, "
    "click Sign in and check the page says Welcome back, Alice"
)
# The password the goal spells out is a secret the plan names, typed as the step runs.
READING = read(GOAL)
SECRETS = READING.secrets
ROUNDS = 15
COLD_ROUNDS = 3

RAW_SCRIPT = """
import asyncio, sys
from playwright.async_api import async_playwright, expect

async def main(url, chromium):
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=chromium, args={args!r})
        context = await browser.new_context(viewport={viewport!r})
        page = await context.new_page()
        await page.goto(url)
        await page.get_by_label("Email").fill("alice@example.com")
        await page.get_by_label("Password").fill("hunter2")
        await page.get_by_role("button", name="Sign in").click()
        await expect(page.get_by_text("Welcome back, Alice")).to_be_visible()
        await browser.close()

asyncio.run(main(sys.argv[1], sys.argv[2]))
""".replace("{args!r}", repr(CHROMIUM_ARGS)).replace("{viewport!r}", repr(VIEWPORT))


def serve_demo() -> str:
    """Serve HouseCat's demo site on a free loopback port; return the login URL."""
    app = FastAPI()
    app.include_router(demo.router)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.01)
    return f"http://127.0.0.1:{port}/demo/login"


async def raw_journey(browser: Browser, url: str) -> float:
    start = time.perf_counter()
    context = await browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    page = await context.new_page()
    await page.goto(url)
    await page.get_by_label("Email").fill("alice@example.com")
    await page.get_by_label("Password").fill("hunter2")
    await page.get_by_role("button", name="Sign in").click()
    await expect(page.get_by_text("Welcome back, Alice")).to_be_visible()
    await context.close()
    return time.perf_counter() - start


async def housecat_journey(
    pool: BrowserPool, plan: Plan, url: str, trace: Path | None = None
) -> tuple[float, Plan]:
    start = time.perf_counter()
    capture = Capture(log=RunLog(), trace=trace)
    browser, as_run = await execute(
        pool, plan, start_url=url, run_id="bench", secrets=SECRETS, capture=capture
    )
    elapsed = time.perf_counter() - start
    assert all(step.passed for step in browser.steps), browser.steps
    return elapsed, as_run


async def warm(url: str, chromium: Path) -> tuple[float, float, float, float]:
    pool = BrowserPool(chromium)
    await pool.start()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        compiled = starting_at(READING.plan, url)
        first, as_run = await housecat_journey(pool, compiled, url)
        # What a scheduled run replays: the plan kept from a passing run, as the cache keeps it
        recorded = as_run.model_copy(update={"source": "cache"})
        await raw_journey(browser, url)  # warm both before measuring
        # A passing run's trace is never written: the path only says to record one.
        trace = Path(tempfile.gettempdir()) / "housecat-bench-trace.zip"
        ours, traced, theirs = [], [], []
        for _ in range(ROUNDS):
            ours.append((await housecat_journey(pool, recorded, url))[0])
            traced.append((await housecat_journey(pool, recorded, url, trace))[0])
            theirs.append(await raw_journey(browser, url))
        await browser.close()
    await pool.close()
    median = statistics.median
    return median(ours), median(traced), median(theirs), first


def cold(url: str, chromium: Path) -> tuple[float, float]:
    housecat = [sys.executable, "-m", "housecat", "run", "--url", url, "--goal", GOAL]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(RAW_SCRIPT)
    raw = [sys.executable, script.name, url, str(chromium)]
    ours, theirs = [], []
    for _ in range(COLD_ROUNDS):
        for command, times in ((housecat, ours), (raw, theirs)):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
    Path(script.name).unlink()
    return statistics.median(ours), statistics.median(theirs)


def main() -> None:
    chromium = find_chromium()
    if chromium is None:
        sys.exit("no Chromium: run `make browser`")
    url = serve_demo()
    ours, traced, theirs, first = asyncio.run(warm(url, chromium))
    print(f"5-step login journey, warm browser, median of {ROUNDS} interleaved rounds")
    print(f"  raw Playwright script:           {theirs * 1000:7.0f} ms")
    print(f"  HouseCat, replaying its plan:    {ours * 1000:7.0f} ms")
    print(f"  ratio HouseCat / raw:            {ours / theirs:7.2f}x   (target <= 1.10)")
    print(f"  HouseCat, recording a trace too: {traced * 1000:7.0f} ms")
    print(f"  ratio traced HouseCat / raw:     {traced / theirs:7.2f}x")
    print(f"  (HouseCat's first run, resolving every target: {first * 1000:.0f} ms)")
    cold_ours, cold_theirs = cold(url, chromium)
    print(f"cold process + browser, median of {COLD_ROUNDS}")
    print(f"  raw script:                      {cold_theirs * 1000:7.0f} ms")
    print(f"  housecat run:                    {cold_ours * 1000:7.0f} ms")
    print(f"  ratio housecat run / raw:        {cold_ours / cold_theirs:7.2f}x")


if __name__ == "__main__":
    main()
