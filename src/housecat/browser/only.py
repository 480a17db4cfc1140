"""Check one list's items: exactly the items named, and nothing else ("only Milk is listed"),
or every item showing the same words ("every row shows Active").

The list is the one in the part of the page the step names ("the shopping list"), else the
page's one list of items: `<li>`/`role=listitem` items, table rows with cells, articles.
Lists in navigation, headers, footers, menus and tab bars are not the page's list. When
two lists could be meant, the check fails saying so: it never picks one. Where no one list
holds them, "every component" is each element whose class names a component, whole.

Each item must show one of the names (as whole words) and each name one item, one to one:
an extra item, a missing name, or two names in one item fails. Every item showing words
needs at least one item, and each to show them whole, not denied ("Inactive" and "Not
active" are no "Active"); an item saying the list is empty ("No results") is none.
"""

from __future__ import annotations

import re

from playwright.async_api import Locator, Page

from housecat.browser.checks import until
from housecat.browser.items import items_by_class, list_items
from housecat.browser.labels import column_cells
from housecat.browser.outcomes import Done, StepFailed
from housecat.browser.regions import find_region, region_hint
from housecat.browser.wording import not_shown_by, whole_words
from housecat.plan.models import Step, only_names


async def expect_only(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Expect the one list the step names to hold exactly its named items."""
    names = only_names(step.value or "")
    where = step.target.text if step.target is not None else None
    failure = ""

    async def holds() -> bool:
        nonlocal failure
        try:
            items = await list_items(page, where)
        except StepFailed as exc:
            failure = exc.reason
            return False
        failure = _mismatch(items, names)
        return not failure

    if not await until(timeout_s, holds):
        raise StepFailed(failure)
    return Done()


async def expect_each(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Expect every item of the one list the step names to show its words."""
    assert step.target is not None and step.value is not None
    where, noun, words = step.target.within, step.target.text, step.value
    shows = re.compile(whole_words(words), re.I)
    denied = re.compile(not_shown_by(words) or r"(?!)", re.I)
    failure = ""

    column = step.target.role == "columnheader"  # "every row's Status": that column's cells

    async def holds() -> bool:
        nonlocal failure
        try:
            items = await (_column(page, where, noun) if column else list_items(page, where, noun))
        except StepFailed as exc:
            # no one list: the things as the page's classes name them ("every component":
            # each `.component`); a row or an item is no class of its own ("row" lays out)
            named = not column and noun.split()[-1] not in _NO_CLASS
            items = await items_by_class(page, where, noun) if named else []
            if not items:
                failure = exc.reason
                return False
        lacking = [item for item in items if not shows.search(item) or denied.search(item)]
        if not items:
            failure = f"no row shows under '{noun}'" if column else f"no {noun} shows"
        elif lacking:
            failure = f"{len(lacking)} of {len(items)} do not show '{words}': {_shown(lacking)}"
        return not failure

    if not await until(timeout_s, holds):
        raise StepFailed(failure)
    return Done()


_NO_CLASS = frozenset({"row", "item", "entry", "record", "line", "result"})


async def _column(page: Page, where: str | None, heading: str) -> list[str]:
    """The cells of the one table column headed so, in the place named: StepFailed when
    no table, or several, have one."""
    scope: Page | Locator = page
    if where is not None:
        region = await find_region(page, where)
        if region is None:
            raise StepFailed(region_hint(where))
        scope = region
    tables = await column_cells(scope, heading)
    if len(tables) != 1:
        many = f"{len(tables)} tables have" if tables else "no table has"
        raise StepFailed(f"{many} a column headed '{heading}'" + (": say which" if tables else ""))
    return tables[0]


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
    return f"it lists {_shown(items)}"


def _shown(items: list[str]) -> str:
    shown = ", ".join(f"'{item[:60]}'" for item in items[:6])
    return shown + (f" and {len(items) - 6} more" if len(items) > 6 else "")
