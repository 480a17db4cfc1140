"""`housecat check` of 20 journeys at concurrency 2 against the same journeys one by one.

Both go through `run_checks` with one warm browser against HouseCat's demo shop served
on a loopback port; the one-by-one run is the same call at concurrency 1. Prints each
wall time and their ratio (one by one / concurrent; above 1 is faster).
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from housecat.browser.chromium import find_chromium
from housecat.browser.execute import Limits
from housecat.browser.pool import BrowserPool
from housecat.checks.models import CheckCase
from housecat.checks.runner import run_checks

sys.path.insert(0, str(Path(__file__).parent))
from run_overhead import GOAL, serve_demo

JOURNEYS = 20
LIMITS = Limits()


async def timed(pool: BrowserPool, cases: list[CheckCase], concurrency: int) -> float:
    start = time.perf_counter()
    verdicts = await run_checks(cases, pool, concurrency=concurrency, limits=LIMITS)
    assert all(verdict.passed for verdict in verdicts), [v.summary for v in verdicts]
    return time.perf_counter() - start


async def main() -> None:
    url = serve_demo()
    cases = [CheckCase(name=f"Sign in {n}", url=url, goal=GOAL) for n in range(JOURNEYS)]
    pool = BrowserPool(await asyncio.to_thread(find_chromium))
    await pool.start()
    try:
        await timed(pool, cases[:2], 2)  # warm up: the browser and the first imports
        one_by_one = await timed(pool, cases, 1)
        concurrent = await timed(pool, cases, 2)
    finally:
        await pool.close()
    print(f"{JOURNEYS} journeys of the demo shop's sign-in, one warm Chromium")
    print(f"  one by one:        {one_by_one:6.1f} s")
    print(f"  --concurrency 2:   {concurrent:6.1f} s")
    print(f"  ratio:             {one_by_one / concurrent:6.2f}x faster")


if __name__ == "__main__":
    asyncio.run(main())
