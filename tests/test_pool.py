"""`BrowserPool`: a warm browser, a fresh context per run, recycled when worn."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import psutil
import pytest

from housecat.browser.chromium import find_chromium
from housecat.browser.pool import BrowserPool, BrowserUnavailable


async def chromium() -> Path:
    found = await asyncio.to_thread(find_chromium)
    assert found is not None, "no Chromium: run `make browser`"
    return found


async def test_each_run_gets_a_fresh_context_in_the_same_browser(sites: str) -> None:
    pool = BrowserPool(await chromium())
    try:
        async with pool.context() as first:
            page = await first.new_page()
            await page.goto(f"{sites}/shop/")
            await first.add_cookies([{"name": "seen", "value": "1", "url": sites}])
            browser = first.browser
        async with pool.context() as second:
            assert second.browser is browser
            assert await second.cookies() == []
    finally:
        await pool.close()


async def test_the_browser_is_relaunched_after_max_runs() -> None:
    pool = BrowserPool(await chromium(), max_runs=2)
    try:
        browsers = []
        for _ in range(3):
            async with pool.context() as context:
                browsers.append(context.browser)
        assert browsers[0] is browsers[1]
        assert browsers[2] is not browsers[1]
        assert not browsers[0].is_connected()
    finally:
        await pool.close()


async def test_the_browser_is_relaunched_when_its_memory_grows() -> None:
    pool = BrowserPool(await chromium(), max_memory_mb=64)  # any real Chromium is bigger
    try:
        async with pool.context() as context:
            first = context.browser
        async with pool.context() as context:
            assert context.browser is not first
    finally:
        await pool.close()


async def test_the_memory_is_measured_at_most_once_in_a_while() -> None:
    # Measuring reads every Chromium process's maps: runs in a row do not each pay for it.
    pool = BrowserPool(await chromium(), max_memory_mb=64)  # any real Chromium is bigger
    try:
        browsers = []
        for _ in range(3):
            async with pool.context() as context:
                browsers.append(context.browser)
        assert browsers[1] is not browsers[0]  # measured after the first run: too big
        assert browsers[2] is browsers[1]  # not measured again so soon
    finally:
        await pool.close()


async def test_a_missing_chromium_says_how_to_get_one(tmp_path: Path) -> None:
    pool = BrowserPool(tmp_path / "nothing")
    with pytest.raises(BrowserUnavailable, match="HOUSECAT_CHROMIUM"):
        await pool.start()
    await pool.close()


def our_processes() -> set[int]:
    return {child.pid for child in psutil.Process().children(recursive=True)}


def kill_chromium(sparing: set[int]) -> None:
    """Kill the Chromium started since `sparing` was taken, as a crash or the OOM killer would."""
    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            if child.pid not in sparing and "chrom" in child.name().lower():
                child.kill()


async def test_each_relaunch_is_told_why_the_browser_before_it_went() -> None:
    reasons: list[str] = []

    async def restarted(reason: str) -> None:
        reasons.append(reason)

    pool = BrowserPool(await chromium(), max_runs=2, on_restart=restarted)
    others = our_processes()  # other tests' browsers live on
    try:
        for _ in range(3):  # the first launch is no restart; the third run's is
            async with pool.context() as context:
                browser = context.browser
        assert browser is not None
        kill_chromium(sparing=others)
        for _ in range(100):  # Playwright notices the lost browser by itself
            if not browser.is_connected():
                break
            await asyncio.sleep(0.1)
        async with pool.context():
            pass
        await pool.close()
        await pool.start()  # a start after a close is no restart
    finally:
        await pool.close()
    assert reasons == ["max_runs", "crashed"]
