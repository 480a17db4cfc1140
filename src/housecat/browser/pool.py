"""`BrowserPool`: one warm Chromium per process, a fresh context for every run."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import psutil
from playwright.async_api import Browser, BrowserContext, Playwright, async_playwright
from playwright.async_api import Error as PlaywrightError

from housecat.browser.chromium import system_chromium
from housecat.errors import HouseCatError

log = logging.getLogger(__name__)

# Playwright passes the usual headless flags; these two keep Chromium from probing a
# GPU and from trying QUIC on machines that have neither.
CHROMIUM_ARGS = ["--disable-gpu", "--disable-quic"]
VIEWPORT = {"width": 1280, "height": 800}
# Measuring Chromium's memory reads the maps of every one of its processes: tens of ms of
# CPU. It is done in a thread once a run is over, at most this often, and its verdict is
# acted on before the next run starts, so no run waits for it.
MEMORY_CHECK_EVERY_S = 10.0

# Told of each relaunch, with why the previous browser went: "max_runs", "max_memory"
# or "crashed" (it disconnected, or would not open a context).
OnRestart = Callable[[str], Awaitable[object]]


class BrowserUnavailable(HouseCatError):
    """No Chromium could be found or launched."""

    status_code = 503


def _chromium_memory_mb(pid: int) -> float:
    """Return the memory (PSS where the OS has it) of Chromium processes under `pid`."""
    total = 0
    for child in psutil.Process(pid).children(recursive=True):
        with contextlib.suppress(psutil.Error):
            if "chrom" in child.name().lower():
                info = child.memory_full_info()
                total += getattr(info, "pss", info.rss)
    return total / 2**20


class BrowserPool:
    """Launch Chromium once; recycle it after `max_runs` runs or past `max_memory_mb`."""

    def __init__(
        self,
        chromium: Path | None = None,
        *,
        max_runs: int = 100,
        max_memory_mb: int = 1024,
        on_restart: OnRestart | None = None,
        proxy: str | None = None,
    ) -> None:
        self.chromium = chromium
        # Every request the browser makes goes through it, loopback included (Playwright's
        # Chromium proxies 127.0.0.1 too): a probe from the proxy's network.
        self.proxy = proxy
        self.max_runs = max_runs
        self.max_memory_mb = max_memory_mb
        self.on_restart = on_restart
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._runs = 0
        self._in_use = 0
        self._lock = asyncio.Lock()
        self._launched = False
        self._memory_check: asyncio.Task[float] | None = None
        self._memory_checked_at = -math.inf
        # Why the browser went, if it did: a launch after that is a restart.
        self._gone_because = "crashed"

    async def start(self) -> None:
        """Start the Playwright driver and launch the browser (also done on first use)."""
        async with self._lock:
            await self._ensure_browser()

    @contextlib.asynccontextmanager
    async def context(self, options: dict[str, Any] | None = None) -> AsyncIterator[BrowserContext]:
        """Yield a new, isolated browser context; close it afterwards.

        `options` are Playwright's `new_context` arguments (a browser configuration's
        viewport, user agent, locale…); without them, a desktop viewport.
        """
        async with self._lock:
            if self._in_use == 0:
                await self._recycle_if_worn_out(wait=True)
            browser = await self._ensure_browser()
            self._in_use += 1
        try:
            context = await browser.new_context(**({"viewport": VIEWPORT} | (options or {})))
        except PlaywrightError:
            self._in_use -= 1
            await self._drop_browser()
            raise
        try:
            yield context
        finally:
            with contextlib.suppress(PlaywrightError):
                await context.close()
            async with self._lock:
                self._in_use -= 1
                self._runs += 1
                if self._in_use == 0:
                    await self._recycle_if_worn_out(wait=False)
                    self._check_memory_soon()

    async def close(self) -> None:
        """Close the browser and stop the driver."""
        async with self._lock:
            await self._close_browser()
            self._launched = False  # a start after a close is no restart
            if self._playwright is not None:
                await self._playwright.stop()
                self._playwright = None

    async def _recycle_if_worn_out(self, *, wait: bool) -> None:
        """Close the browser if it served its runs or grew too big (known, or awaited)."""
        if self._browser is None:
            return
        worn_out = None
        if self._runs >= self.max_runs:
            log.info("recycling Chromium after %d runs", self._runs)
            worn_out = "max_runs"
        elif self._memory_check is not None and (wait or self._memory_check.done()):
            check, self._memory_check = self._memory_check, None
            memory = await check
            if memory > self.max_memory_mb:
                log.info("recycling Chromium at %.0f MB", memory)
                worn_out = "max_memory"
        if worn_out is not None:
            self._gone_because = worn_out
            await self._close_browser()

    def _check_memory_soon(self) -> None:
        """Measure the browser's memory in a thread, unless it was measured a moment ago."""
        if self._browser is None or self._memory_check is not None:
            return
        if time.monotonic() - self._memory_checked_at < MEMORY_CHECK_EVERY_S:
            return
        self._memory_checked_at = time.monotonic()
        pid = psutil.Process().pid
        self._memory_check = asyncio.create_task(asyncio.to_thread(_chromium_memory_mb, pid))

    async def _ensure_browser(self) -> Browser:
        if self._browser is not None and self._browser.is_connected():
            return self._browser
        if self._playwright is None:
            self._playwright = await async_playwright().start()
        launcher = self._playwright.chromium
        executable = await asyncio.to_thread(self._executable, Path(launcher.executable_path))
        try:
            self._browser = await launcher.launch(
                executable_path=executable,
                args=CHROMIUM_ARGS,
                headless=True,
                proxy={"server": self.proxy} if self.proxy else None,
            )
        except PlaywrightError as exc:
            raise BrowserUnavailable(f"Chromium would not start: {exc.message}") from None
        self._runs = 0
        restarted, why = self._launched, self._gone_because
        self._launched, self._gone_because = True, "crashed"
        if restarted and self.on_restart is not None:
            await self.on_restart(why)
        return self._browser

    def _executable(self, playwrights_own: Path) -> Path | None:
        """Return the Chromium to launch (None: Playwright's own), or say what to do."""
        if self.chromium is not None:
            if not self.chromium.is_file():
                raise BrowserUnavailable(f"HOUSECAT_CHROMIUM is set to {self.chromium}, not a file")
            return self.chromium
        if playwrights_own.is_file():
            return None
        found = system_chromium()
        if found is None:
            raise BrowserUnavailable(
                "no Chromium found: run `make browser` (or `python -m housecat.browser.install`),"
                " or set HOUSECAT_CHROMIUM to a Chromium binary"
            )
        return found

    async def _close_browser(self) -> None:
        if self._memory_check is not None:
            self._memory_check.cancel()  # it measured the browser that is going
            self._memory_check = None
        browser, self._browser = self._browser, None
        if browser is not None:
            with contextlib.suppress(PlaywrightError):
                await browser.close()

    async def _drop_browser(self) -> None:
        async with self._lock:
            await self._close_browser()
