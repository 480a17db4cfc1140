"""The check that every image on the page loaded."""

from __future__ import annotations

from playwright.async_api import Page

from housecat.browser.outcomes import Done, StepFailed
from housecat.plan.models import Step

# An image the browser gave up on: finished loading, and has no pixels. Lazy images not
# yet asked for (`loading=lazy`, off screen) are not finished, so they do not count.
_BROKEN = """() => [...document.images]
  .filter(img => img.complete && img.naturalWidth === 0 && (img.currentSrc || img.src))
  .map(img => img.currentSrc || img.src)"""


async def expect_no_broken_images(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Pass when no image of the page failed to load."""
    await page.wait_for_load_state("load")  # every image asked for so far has answered
    broken: list[str] = await page.evaluate(_BROKEN)
    if broken:
        shown = ", ".join(broken[:3]) + (", …" if len(broken) > 3 else "")
        raise StepFailed(f"{len(broken)} image(s) did not load: {shown}")
    return Done()
