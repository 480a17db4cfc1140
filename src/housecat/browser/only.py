"""Check that one list holds exactly the items named, and nothing else ("only Milk is listed").

The list is the one in the part of the page the step names ("the shopping list"), else the
page's one list of items: `<li>`/`role=listitem` items, table rows with cells, articles.
Lists in navigation, headers, footers, menus and tab bars are not the page's list. When
two lists could be meant, the check fails saying so: it never picks one.

Each item must show one of the names (as whole words) and each name one item, one to one:
an extra item, a missing name, or two names in one item fails.
"""

from __future__ import annotations

import re

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from housecat.browser.checks import until
from housecat.browser.items import LIST_BASICS
from housecat.browser.outcomes import Done, StepFailed
from housecat.browser.regions import find_region, region_hint
from housecat.browser.wording import whole_words
from housecat.plan.models import Step, only_names

# The lists of items inside the roots given: each list's shown items, as words.
_LISTS = """(roots) => {"""
_LISTS += LIST_BASICS
_LISTS += """  const isItem = (el) => (el.tagName === 'TR' || el.getAttribute('role') === 'row')
    ? !!el.querySelector('td, [role=cell], [role=gridcell]') : true;
  const lists = new Map();
  for (const root of roots) {
    for (const el of root.querySelectorAll(
        'li, [role=listitem], tr, [role=row], article, [role=article]')) {
      const box = el.parentElement;
      // A menu inside the place is not its list; a place that is a menu is its own list.
      const apart = el.closest(aside);
      if (!box || (apart && apart !== root && root.contains(apart)) || !isItem(el)) continue;
      if (!lists.has(box)) lists.set(box, new Set());
      lists.get(box).add(el);
    }
  }
  const label = (box) => squash(box.getAttribute('aria-label') || box.id || box.className
    || box.tagName.toLowerCase());
  return Array.from(lists, ([box, items]) => ({
    label: label(box),
    items: Array.from(items).filter(shown).map((el) => squash(el.innerText)),
  })).filter((list) => list.items.length > 0);
}"""


async def expect_only(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Expect the one list the step names to hold exactly its named items."""
    names = only_names(step.value or "")
    where = step.target.text if step.target is not None else None
    failure = ""

    async def holds() -> bool:
        nonlocal failure
        try:
            items = await _items(page, where)
        except StepFailed as exc:
            failure = exc.reason
            return False
        failure = _mismatch(items, names)
        return not failure

    if not await until(timeout_s, holds):
        raise StepFailed(failure)
    return Done()


async def _items(page: Page, where: str | None) -> list[str]:
    """The words of each shown item of the one list meant; StepFailed when not one."""
    if where is None:
        roots = page.locator("body")
        place = "on the page"
    else:
        region = await find_region(page, where)
        if region is None:
            raise StepFailed(region_hint(where))
        roots, place = region, f"in the {where}"
    try:
        lists: list[dict[str, object]] = await roots.evaluate_all(_LISTS)
    except PlaywrightError as exc:
        raise StepFailed(f"cannot read the lists {place}: {exc.message}") from None
    if not lists:
        raise StepFailed(f"no list of items shows {place}")
    if len(lists) > 1:
        named = ", ".join(f"'{entry['label']}'" for entry in lists[:4])
        raise StepFailed(f"{len(lists)} lists show {place} ({named}): say which one")
    return [str(text) for text in lists[0]["items"]]  # type: ignore[attr-defined]


def _mismatch(items: list[str], names: list[str]) -> str:
    """Say how the items differ from the names, one to one; '' when they match."""
    patterns = [re.compile(whole_words(name), re.I) for name in names]
    shows = [{at for at, pattern in enumerate(patterns) if pattern.search(item)} for item in items]
    for item, named in zip(items, shows, strict=True):
        if not named:
            return f"the list also shows '{item}' ({_listed(items)})"
    for at, name in enumerate(names):
        if not any(at in named for named in shows):
            return f"no item shows '{name}' ({_listed(items)})"
    if len(items) != len(names) or not _one_to_one(shows, len(names)):
        return f"the list has {len(items)} items for {len(names)} names ({_listed(items)})"
    return ""


def _one_to_one(shows: list[set[int]], count: int) -> bool:
    """Tell whether each item can be given its own name among those it shows."""
    owner: dict[int, int] = {}

    def give(item: int, seen: set[int]) -> bool:
        for name in shows[item]:
            if name in seen:
                continue
            seen.add(name)
            if name not in owner or give(owner[name], seen):
                owner[name] = item
                return True
        return False

    return all(give(item, set()) for item in range(len(shows))) and len(owner) == count


def _listed(items: list[str]) -> str:
    shown = ", ".join(f"'{item[:60]}'" for item in items[:6])
    more = f" and {len(items) - 6} more" if len(items) > 6 else ""
    return f"it lists {shown}{more}"
