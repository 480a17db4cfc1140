"""Chromium driven by Playwright: finding it, the pool, running a plan."""
