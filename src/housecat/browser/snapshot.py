"""A compact picture of the page for a model: where it is, and its accessibility tree as text."""

from __future__ import annotations

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

# A model reads this every turn: enough for a busy page's controls, never a whole document.
LONGEST = 12_000


async def page_snapshot(page: Page, *, longest: int = LONGEST) -> str:
    """Say the page's URL, title and accessibility tree (YAML), cut to `longest` characters."""
    try:
        title = await page.title()
        tree = await page.locator("body").aria_snapshot(timeout=5000)
    except PlaywrightError as exc:
        tree = f"(the page could not be read: {exc.message.splitlines()[0]})"
        title = ""
    if len(tree) > longest:
        tree = tree[:longest] + "\n… (cut: the page goes on)"
    return f"URL: {page.url}\nTitle: {title}\n{tree}"
