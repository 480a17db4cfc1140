"""Checks that images loaded: every image on the page, or the one a check found."""

from __future__ import annotations

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Locator, Page

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


# The image an element is, or holds alone ("<a class=logo><img></a>"), that the browser gave
# up on: a broken picture still has a box, so being visible never says it loaded
_NOT_LOADED = """els => els.length > 0 && els.every(el => {
  const imgs = el.tagName === 'IMG' ? [el] : [...el.querySelectorAll('img')];
  return imgs.length === 1 && imgs[0].complete && imgs[0].naturalWidth === 0
    && Boolean(imgs[0].currentSrc || imgs[0].src);
})"""


async def did_not_load(page: Page, found: Locator) -> bool:
    """Tell whether every element found is a picture that failed to load."""
    try:
        if not await found.evaluate_all(
            "els => els.some(el => el.tagName === 'IMG' || el.querySelector('img'))"
        ):
            return False
        await page.wait_for_load_state("load")  # an image still on its way has not failed
        broken: bool = await found.evaluate_all(_NOT_LOADED)
    except PlaywrightError:
        return False
    return broken
