"""HouseCat's run of a 5-step login journey against a hand-written Playwright script.

Warm: one process, one browser each, a new context per run. HouseCat replays the plan its
first run recorded, keeping the page's log and writing each event to the test's stream in
an embedded Valkey (what every scheduled run does); once more also recording a Playwright
trace (what `HOUSECAT_TRACE_RUNS=always` makes every run do); and runs the goal as a first
run does, reading it and resolving every target. Cold: a whole `housecat run` command
against a whole raw script, each a fresh process and browser (with the bytecode Python
keeps after a first run). Every round runs each side once, in an order that rotates from
round to round, so the load of a shared machine falls on all of them alike. Prints medians
and ratios against the raw script (targets: replay <= 1.05, first run <= 1.5, cold <= 1.25).
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from playwright.async_api import Browser, async_playwright, expect

from housecat.browser.capture import Capture
from housecat.browser.chromium import find_chromium
from housecat.browser.execute import Emit
from housecat.browser.pool import CHROMIUM_ARGS, VIEWPORT, BrowserPool
from housecat.browser.run_log import RunLog
from housecat.config import Settings
from housecat.plan.models import Plan
from housecat.plan.read import read
from housecat.redis import connect
from housecat.runs.events import EventLog
from housecat.runs.pipeline import RunOutcome, run_goal
from housecat.web import demo

GOAL = (
    "Fill in Email with alice@example.com, fill in Password with hunter2, "
    "click Sign in and check the page says Welcome back, Alice"
)
# The password the goal spells out is a secret the plan names, typed as the step runs.
READING = read(GOAL)
SECRETS = READING.secrets
ROUNDS = 21
COLD_ROUNDS = 9

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


async def raw_journey(browser: Browser, url: str) -> None:
    context = await browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    page = await context.new_page()
    await page.goto(url)
    await page.get_by_label("Email").fill("alice@example.com")
    await page.get_by_label("Password").fill("hunter2")
    await page.get_by_role("button", name="Sign in").click()
    await expect(page.get_by_text("Welcome back, Alice")).to_be_visible()
    await context.close()


async def housecat_journey(
    pool: BrowserPool, url: str, emit: Emit, plan: Plan | None = None, trace: Path | None = None
) -> RunOutcome:
    """Run the goal as a worker runs a test: replaying `plan`, or reading the goal first."""
    outcome = await run_goal(
        pool,
        url=url,
        goal=GOAL,
        plan=plan,
        triggered_by="schedule",
        test_id="bench",
        emit=emit,
        capture=Capture(log=RunLog(), trace=trace),
    )
    assert outcome.result.passed, outcome.result.step_results
    return outcome


async def timed(journey: Awaitable[object]) -> float:
    start = time.perf_counter()
    await journey
    return time.perf_counter() - start


Journeys = dict[str, Callable[[], Awaitable[object]]]


async def interleaved(journeys: Journeys, rounds: int) -> dict[str, float]:
    """Run every journey once a round, in a rotating order; return each one's median."""
    names = list(journeys)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            times[name].append(await timed(journeys[name]()))
    return {name: statistics.median(values) for name, values in times.items()}


async def warm(url: str, chromium: Path, data_dir: Path) -> dict[str, float]:
    pool = BrowserPool(chromium)
    await pool.start()
    async with (
        connect(Settings(data_dir=data_dir)) as redis,
        async_playwright() as playwright,
    ):
        emit = EventLog(redis, maxlen=1000).for_test("bench")
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        first = await housecat_journey(pool, url, emit)
        # What a scheduled run replays: the plan kept from a passing run, as the cache keeps it
        recorded = first.plan.model_copy(update={"source": "cache"})
        # A passing run's trace is never written: the path only says to record one.
        trace = data_dir / "trace.zip"
        journeys: Journeys = {
            "raw": lambda: raw_journey(browser, url),
            "replay": lambda: housecat_journey(pool, url, emit, recorded),
            "traced": lambda: housecat_journey(pool, url, emit, recorded, trace),
            "first": lambda: housecat_journey(pool, url, emit),
        }
        await interleaved(journeys, 1)  # warm every side before measuring
        medians = await interleaved(journeys, ROUNDS)
        await browser.close()
    await pool.close()
    return medians


def cold(url: str, chromium: Path, pycache: Path) -> dict[str, float]:
    housecat = [sys.executable, "-m", "housecat", "run", "--url", url, "--goal", GOAL]
    script = pycache / "raw_script.py"
    script.write_text(RAW_SCRIPT)
    raw = [sys.executable, str(script), url, str(chromium)]
    # Python keeps the bytecode of what it imports, unless told not to: both sides keep
    # theirs in the same private cache, filled by the untimed first round, as on any
    # machine after a first run (else each run would compile every module it imports).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)

    async def command(argv: list[str]) -> None:
        await asyncio.to_thread(subprocess.run, argv, check=True, capture_output=True, env=env)

    journeys: Journeys = {"raw": lambda: command(raw), "housecat": lambda: command(housecat)}
    asyncio.run(interleaved(journeys, 1))
    return asyncio.run(interleaved(journeys, COLD_ROUNDS))


def main() -> None:
    chromium = find_chromium()
    if chromium is None:
        sys.exit("no Chromium: run `make browser`")
    url = serve_demo()
    with tempfile.TemporaryDirectory() as data_dir:
        times = asyncio.run(warm(url, chromium, Path(data_dir)))
    raw = times["raw"]
    print(f"5-step login journey, warm browser, median of {ROUNDS} interleaved rounds")
    print(f"  raw Playwright script:           {raw * 1000:7.0f} ms")
    print(f"  HouseCat, replaying its plan:    {times['replay'] * 1000:7.0f} ms")
    print(f"  ratio HouseCat / raw:            {times['replay'] / raw:7.2f}x   (target <= 1.05)")
    print(f"  HouseCat, recording a trace too: {times['traced'] * 1000:7.0f} ms")
    print(f"  ratio traced HouseCat / raw:     {times['traced'] / raw:7.2f}x")
    print(f"  HouseCat's first run, resolving: {times['first'] * 1000:7.0f} ms")
    print(f"  ratio first run / raw:           {times['first'] / raw:7.2f}x   (target <= 1.5)")
    with tempfile.TemporaryDirectory() as pycache:
        cold_times = cold(url, chromium, Path(pycache))
    cold_raw, cold_ours = cold_times["raw"], cold_times["housecat"]
    print(f"cold process + browser, median of {COLD_ROUNDS} interleaved rounds")
    print(f"  raw script:                      {cold_raw * 1000:7.0f} ms")
    print(f"  housecat run:                    {cold_ours * 1000:7.0f} ms")
    print(f"  ratio housecat run / raw:        {cold_ours / cold_raw:7.2f}x   (target <= 1.25)")


if __name__ == "__main__":
    main()
