"""Find a part of the page named in words ("the cart", "the results", "the footer").

A region is what the page itself calls by that word: a landmark, an element whose
accessible name says it, one whose id or class says it, or the section under a heading
that says it. Text "in the cart" must be inside such a region; when the page has none,
the check fails saying so: looking at the whole page instead would prove nothing.
"""

from __future__ import annotations

import re

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Locator, Page

from housecat.browser.wording import PREFIXES

# Landmarks people name by their usual words ("in the header").
LANDMARKS = {
    "header": "banner", "banner": "banner", "top bar": "banner",
    "page header": "banner", "site header": "banner",
    "footer": "contentinfo", "page footer": "contentinfo", "site footer": "contentinfo",
    "nav": "navigation", "navigation": "navigation", "navigation bar": "navigation",
    "menu": "navigation", "nav bar": "navigation", "navbar": "navigation",
    "main nav": "navigation", "main navigation": "navigation", "main menu": "navigation",
    "primary navigation": "navigation", "menu bar": "navigation",
    "sidebar": "complementary", "side bar": "complementary", "main": "main",
    "main content": "main", "dialog": "dialog", "modal": "dialog", "popup": "dialog",
    "form": "form", "search": "search",
}  # fmt: skip
LANDMARK_ROLES = frozenset(LANDMARKS.values())
# Roles whose elements people name as parts of a page, by a label or a caption.
NAMED_ROLES = (
    "region", "group", "list", "table", "grid", "dialog", "form", "navigation",
    "complementary", "tabpanel", "listbox", "menu", "article", "status", "alert", "main",
    "radiogroup", "toolbar",
)  # fmt: skip
# Kind words said after the region's own word: "the results list", "the cart panel".
_KIND_WORDS = re.compile(
    r"\s+(?:list|table|grid|panel|section|area|box|region|widget|block|page|pane|filter|card|tile"
    r"|form)$",
    re.I,
)
# Words that name a kind of container rather than a named part of the page.
ROLE_WORDS = {
    "list": "list", "table": "table", "grid": "grid", "menu": "menu", "toolbar": "toolbar",
    "tabs": "tablist", "tab list": "tablist", "listbox": "listbox", "tooltip": "tooltip",
}  # fmt: skip
_A_TABS_PANEL = frozenset({"tab", "tab content", "tab contents"})
_SECTION_PARENT = (
    "xpath=parent::section | parent::article | parent::aside | parent::fieldset"
    " | parent::dialog | parent::form"
)
_DETERMINER = re.compile(r"^(?:the|a|an|this|your|my|our)\s+", re.I)


# The count a cart shows by its link, said as a part of it: "the cart badge", "cart count".
_CART_COUNT = re.compile(
    r"^(?P<cart>(?:shopping )?(?:cart|basket|bag)) (?:badge|count|counter|icon|indicator|bubble)$",
    re.I,
)


# "the copyright year", "the copyright notice": the copyright line, whatever it is called
_COPYRIGHT = re.compile(r"^copyright(?: year| notice| line| text| date)?$", re.I)
# What a copyright line says it is by: "© 2026 Acme", "(c) 2026", "Copyright 2026"
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.I)


def region_words(name: str) -> str:
    """Reduce "the results list" to the word the page would use for it: "results"; "the
    cart badge" to "cart", which its badge is in wherever a page draws it."""
    words = _DETERMINER.sub("", name.strip())
    cart = _CART_COUNT.match(words)
    if cart:
        return cart["cart"]
    if _COPYRIGHT.match(words):
        return "copyright"
    return _KIND_WORDS.sub("", words) or words


def _stem(word: str) -> str:
    """Match "result" in ids like "search-results", and "results" in "result-list"."""
    low = word.lower()
    return low[:-1] if low.endswith("s") and len(low) > 3 else low


async def find_region(page: Page | Locator, name: str) -> Locator | None:
    """Return every element that is the region `name` names, or None when none is shown."""
    words = region_words(name)
    if _CART_COUNT.match(_DETERMINER.sub("", name.strip())):
        return await _shown(_cart_badge(page, words))
    if words.lower() in _A_TABS_PANEL:
        # "the tab panel": the one a tab shows, never the row of tabs (ids and classes
        # "tab…"), which holds every tab's name
        return await _shown(page.get_by_role("tabpanel"))
    role = LANDMARKS.get(words.lower()) or ROLE_WORDS.get(words.lower())
    pattern = re.compile(r"\b" + re.escape(_stem(words)), re.I)
    found = page.get_by_role(role) if role else None  # type: ignore[arg-type]
    for named_role in NAMED_ROLES:
        found = _either(found, page.get_by_role(named_role, name=pattern))  # type: ignore[arg-type]
    slug = re.sub(r"[^a-z0-9]+", "-", _stem(words)).strip("-")
    if slug:
        # a control is no part of the page: a "help-button" is never the help panel, and
        # shows while the panel is closed
        named = f":is({_named_by_id_or_class(slug)}):not({_CONTROLS}, input, select, textarea)"
        found = _either(found, page.locator(named))
    # A heading's section: the element right after it ("<h2>Results</h2><ul>…</ul>"), or
    # the section element it heads (never a wrapper that may hold the whole page).
    heading = page.get_by_role("heading", name=pattern)
    found = _either(found, heading.locator("xpath=following-sibling::*[1]"))
    found = _either(found, heading.locator(_SECTION_PARENT))
    if words == "copyright":  # "© 2026 Acme": the line its mark is on, named or not
        found = _either(found, page.get_by_text(_COPYRIGHT_MARK))
    assert found is not None
    return await _shown(found)


async def _shown(found: Locator) -> Locator | None:
    shown = found.filter(visible=True)
    try:
        return shown if await shown.count() else None
    except PlaywrightError:
        return None


_CONTROLS = ":is(a, button, [role=link], [role=button])"
_FEW_WORDS = re.compile(r"^[\s\S]{0,40}$")


def _cart_badge(page: Page | Locator, cart: str) -> Locator:
    """Where a cart's count shows: the cart's own link or button ("Cart (2)", labelled
    "Cart", or a class naming the cart) and what is inside it, or an element naming the
    cart that says a few words ("Cart: 2 items"). Never a line of the cart itself, where a
    quantity says another figure, nor an "Add to cart" button."""
    named = _named_by_id_or_class(re.sub(r"[^a-z0-9]+", "-", _stem(cart)).strip("-"))
    found = page.locator(f"{_CONTROLS}:is({named}), {_CONTROLS} :is({named})")
    outermost = page.locator(f":is({named}):not(:is({named}) *)").filter(has_text=_FEW_WORDS)
    # a part holding lines (items, rows, parts named for the cart side by side: "cart_item",
    # "cart_quantity") is the cart's contents, not its count
    lines = f"li, tr, article, [role=listitem], [role=row], :is({named}) ~ :is({named})"
    found = found.or_(outermost.filter(has_not=page.locator(lines)))
    said = re.compile(r"^\W*" + re.escape(cart), re.I)
    for control in ("link", "button"):
        found = found.or_(page.get_by_role(control, name=said))
    return found


def _named_by_id_or_class(slug: str) -> str:
    """Select elements whose id or a class names the region as a whole word part.

    "total" is the class "total", "order-total" or "total_row", never "subtotal" nor
    "sub-total": a part inside a longer word, or after a prefix, is another thing (and
    "result" is "results" too).
    """
    selectors = []
    for word in (slug, f"{slug}s"):
        for attr in ("id", "class"):
            selectors.append(f"[{attr}~='{word}' i]")
            for dash in "-_":
                prefixed = "".join(f":not([{attr}*='{p}{dash}{word}' i])" for p in PREFIXES)
                selectors += [
                    f"[{attr}^='{word}{dash}' i]",
                    f"[{attr}*=' {word}{dash}' i]",
                    f"[{attr}$='{dash}{word}' i]{prefixed}",
                    f"[{attr}*='{dash}{word} ' i]{prefixed}",
                    f"[{attr}*='{dash}{word}{dash}' i]{prefixed}",
                ]
    return ", ".join(selectors)


def _either(found: Locator | None, more: Locator) -> Locator:
    return more if found is None else found.or_(more)


def region_hint(name: str, *, nor_words: bool = False) -> str:
    """Say what a region would have to be for HouseCat to find it (and, `nor_words`, that
    its words do not show either)."""
    words = region_words(name)
    nor = ", nor do those words show" if nor_words else ""
    return (
        f"cannot find the {words} on the page (no landmark, labelled region, id, class or "
        f"heading says '{words}'{nor})"
    )
