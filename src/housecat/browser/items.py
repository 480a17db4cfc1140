"""Find "the second task" on a page: the Nth visible item of the one list that could hold it.

Lists are read from the page as it is: `<ul>`/`<ol>` items and `role=listitem`, table rows
with cells, and articles (cards, results). Lists in navigation, headers, footers, menus and
tab bars are not counted. Each item is found again by a locator that counts the list's
visible items, so a later run acts on the item at the same position, whatever it shows.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from housecat.browser.chain import Call, Chain
from housecat.browser.controls import MARK
from housecat.browser.outcomes import StepFailed
from housecat.browser.regions import find_region, region_hint
from housecat.browser.wording import EMPTY_NOTE
from housecat.plan.models import Target, names_items, ordinal

# What reading any list needs: words in single spaces, whether an element shows, the parts
# of a page that hold menus rather than the page's lists, and which elements are items.
_LIST_BASICS = """
  const squash = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
      && style.display !== 'none' && !el.closest('[hidden], [aria-hidden=true]');
  };
  const aside = 'nav, header, footer, [role=navigation], [role=banner], [role=contentinfo],'
    + ' [role=menu], [role=menubar], [role=tablist], [role=listbox], [role=tree]';
  // A table row is an item only when it holds cells: a header row is none.
  const isItem = (el) => (el.tagName === 'TR' || el.getAttribute('role') === 'row')
    ? !!el.querySelector('td, [role=cell], [role=gridcell]') : true;
"""
# An item saying the list is empty ("No results found") is none of its items.
NOT_EMPTY_NOTE = f"""(el) => !new RegExp({json.dumps(EMPTY_NOTE)}, 'i').test(
    (el.innerText || '').trim())"""
# Two items of one list, side by side: cards of one class, list items, rows of data. What
# one of them shows is never another's ("$40" in Pine Table's card is not Oak Chair's).
ALIKE_ITEMS = """
  const item = (el) => ['LI', 'ARTICLE'].includes(el.tagName)
    || ['listitem', 'article', 'row'].includes(el.getAttribute('role'))
    || (el.tagName === 'TR' && !!el.querySelector('td'));
  const alike = (a, b) => a.tagName === b.tagName
    && ((a.className && a.className === b.className) || (item(a) && item(b)));
"""
# Read every list of items: its container, how to find its items, and each visible item
# with its words and the marked controls inside it (hidden ones too).
_LISTS = """(mark) => {"""
_LISTS += _LIST_BASICS
_LISTS += """  const kindOf = (el) => {
    const role = el.getAttribute('role');
    if (role === 'row' || el.tagName === 'TR') return 'row';
    if (role === 'article' || el.tagName === 'ARTICLE') return 'article';
    return 'listitem';
  };
  const css = (el) => {
    if (el.id && document.querySelectorAll('#' + CSS.escape(el.id)).length === 1)
      return '#' + CSS.escape(el.id);
    const parent = el.parentElement;
    const tag = el.tagName.toLowerCase();
    if (!parent || tag === 'body') return tag;
    const same = Array.from(parent.children).filter((c) => c.tagName === el.tagName);
    return css(parent) + ' > ' + tag + (same.length > 1
      ? ':nth-of-type(' + (same.indexOf(el) + 1) + ')' : '');
  };
  const label = (box) => squash(box.getAttribute('aria-label') || box.id || box.className
    || (box.closest('table') && box.closest('table').caption
        ? box.closest('table').caption.innerText : ''));
  const found = document.querySelectorAll(
    'li, [role=listitem], tr, [role=row], article, [role=article]');
  const lists = new Map();
  for (const el of found) {
    const box = el.parentElement;
    if (!box || el.closest(aside) || !isItem(el)) continue;
    if (!lists.has(box)) lists.set(box, []);
    lists.get(box).push(el);
  }
  return Array.from(lists, ([box, els]) => {
    const role = els[0].getAttribute('role');
    const tag = els[0].tagName.toLowerCase();
    const own = role ? '[role=' + role + ']' : tag + (tag === 'tr' ? ':has(td)' : '');
    const items = els.filter((el) => shown(el) && el.matches(own)).map((el) => ({
      text: squash(el.innerText).slice(0, 200),
      marks: Array.from(el.querySelectorAll('[' + mark + ']'),
        (c) => Number(c.getAttribute(mark))),
    }));
    return {container: css(box), items: ':scope > ' + own, kind: kindOf(els[0]),
      label: label(box), items_found: items};
  }).filter((list) => list.items_found.length > 0);
}"""

# Which kinds of list an item noun may be counted in: rows are rows; a task is no row.
_ROWS = frozenset({"row", "record", "line"})
_LIST_ITEMS = frozenset({"task", "todo", "to-do", "item", "entry"})


@dataclass(frozen=True)
class Item:
    """One visible item of a list: its locator, its words and the controls inside it."""

    chain: Chain
    kind: str  # "listitem", "row" or "article": the role a person would call it by
    text: str
    marks: frozenset[int]

    def target(self, nth: int) -> Target:
        """Name the item by its position for the step's record ("the second row")."""
        word = {"listitem": "item", "row": "row", "article": "article"}[self.kind]
        return Target(text=word, role=self.kind, nth=nth)


async def find_item(page: Page, noun: str, nth: int) -> Item:
    """Find the Nth visible item (-1 the last) of the one list that holds such items."""
    lists = await page.evaluate(_LISTS, MARK)
    if noun in _ROWS:
        lists = [entry for entry in lists if entry["kind"] == "row"]
    elif noun in _LIST_ITEMS:
        lists = [entry for entry in lists if entry["kind"] == "listitem"] or lists
    if len(lists) > 1:  # the list named for the noun, if only one is ("Todo list", "Tasks")
        named = [entry for entry in lists if noun.replace("-", "") in entry["label"].lower()]
        lists = named or lists
    if not lists:
        raise StepFailed(f"no list on the page holds a {noun}")
    if len(lists) > 1:
        names = ", ".join(f"'{entry['label'] or entry['container']}'" for entry in lists[:4])
        many = f"{len(lists)} lists on the page could hold the {noun}"
        raise StepFailed(f"{many} ({names}): say which")
    found = lists[0]
    items = found["items_found"]
    index = nth if nth >= 0 else len(items) + nth
    if not 0 <= index < len(items):
        has = f"the list has {len(items)} {_plural(noun, len(items))}"
        raise StepFailed(f"{has}: no {ordinal(nth)} one")
    visible = Call("filter", (), {"visible": True})
    chain = Chain((Call("locator", (found["container"],)), Call("locator", (found["items"],))))
    chain = chain.then(visible, Call("nth", (nth,)))
    count = await Chain(chain.calls[:-1]).on(page).count()
    if count != len(items):  # the locator must count the items just read, or it is no good
        raise StepFailed(f"the {noun}s of the list cannot be told apart on the page")
    item = items[index]
    return Item(chain, found["kind"], item["text"], frozenset(item["marks"]))


def _plural(noun: str, count: int) -> str:
    return noun if count == 1 else (noun[:-1] + "ies" if noun.endswith("y") else noun + "s")


def position(noun: str, nth: int) -> str:
    """Name an item by its position: "the second task"."""
    return f"the {ordinal(nth)} {noun}"


# The lists of items inside the roots given: each list's shown items, as words.
_SHOWN_LISTS = """(roots) => {"""
_SHOWN_LISTS += _LIST_BASICS
_SHOWN_LISTS += f"  const listed = {NOT_EMPTY_NOTE};"
_SHOWN_LISTS += """  const lists = new Map();
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
    items: Array.from(items).filter((el) => shown(el) && listed(el))
      .map((el) => squash(el.innerText)),
  })).filter((list) => list.items.length > 0);
}"""


# Lists each item of a list may hold of its own: its tags, links, actions, pages.
_ITEM_PARTS = re.compile(
    r"(?:^|[-_\s])(?P<part>tags?|labels?|badges?|chips?|meta|actions?|links?|share|social"
    r"|categor(?:y|ies)|breadcrumbs?|pagination|pager|pages|authors?|ratings?|stars"
    r"|thumbnails?|images?|gallery|variants?|options?|sizes?|colou?rs?)(?=$|[-_\s])",
    re.I,
)


def _part_of_an_item(label: str, stem: str) -> bool:
    """Tell a list labelled as a part of each item ("post-tags") from the list counted."""
    return any(not part.lower().startswith(stem) for part in _ITEM_PARTS.findall(label))


async def list_items(page: Page, where: str | None, noun: str | None = None) -> list[str]:
    """The words of each shown item of the one list meant; StepFailed when not one.

    The list is the one in the place named, else the page's one list of items; of several,
    the one named for the noun ("the product list" for "products"), if only one is.
    """
    if where is None:
        roots = page.locator("body")
        place = "on the page"
    else:
        region = await find_region(page, where)
        if region is None:
            raise StepFailed(region_hint(where))
        roots, place = region, f"in the {where}"
    try:
        lists: list[dict[str, object]] = await roots.evaluate_all(_SHOWN_LISTS)
    except PlaywrightError as exc:
        raise StepFailed(f"cannot read the lists {place}: {exc.message}") from None
    if noun:  # "post-tags" in each post is no list of posts, but "tags" is the tags
        stem = noun.split(" ")[-1].lower().rstrip("s")
        lists = [entry for entry in lists if not _part_of_an_item(str(entry["label"]), stem)]
    if not lists:
        raise StepFailed(f"no list of items shows {place}")
    if len(lists) > 1 and noun:
        stem = noun.split(" ")[-1].lower().rstrip("s")
        lists = [entry for entry in lists if stem in str(entry["label"]).lower()] or lists
    if len(lists) > 1:
        named = ", ".join(f"'{entry['label']}'" for entry in lists[:4])
        raise StepFailed(f"{len(lists)} lists show {place} ({named}): say which one")
    return [str(text) for text in lists[0]["items"]]  # type: ignore[attr-defined]


async def items_by_class(page: Page, where: str | None, noun: str) -> list[str]:
    """The words of each shown element whose class names the things counted, whole ("3
    pricing cards": each `.pricing-card`, never a `.pricing-card-header` in one); the
    outermost only, so a card inside a card is one."""
    slug = re.sub(r"[^a-z0-9]+", "-", _one_of(noun.lower())).strip("-")
    if not slug:
        return []
    roots = page.locator("body") if where is None else await find_region(page, where)
    if roots is None:
        return []
    try:
        return await roots.evaluate_all(_BY_CLASS, slug)  # type: ignore[no-any-return]
    except PlaywrightError:
        return []


_BY_CLASS = """(roots, slug) => {
  const named = `[class~="${slug}" i]`;
  const shown = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
    && getComputedStyle(el).visibility !== 'hidden';
  return roots.flatMap((root) => Array.from(root.querySelectorAll(named)))
    .filter((el) => shown(el) && !el.parentElement.closest(named))
    .map((el) => el.innerText.replace(/\\s+/g, ' ').trim());
}"""


def _one_of(noun: str) -> str:
    """What one of the things counted is called: "pricing cards", one "pricing card"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-2] if noun.endswith(("ches", "shes", "xes")) else noun.removesuffix("s")


def items_counted(noun: str, items: list[str]) -> list[str]:
    """The items a count of `noun` counts: all of them when the noun says what they are
    ("3 posts"), else those whose words say it ("2 lamps": "Brass Lamp", never "Pine
    Table", which a count of the list's items would have taken for a lamp)."""
    if names_items(noun.split()[-1]):
        return items
    said = re.compile(rf"(?<![\w-]){re.escape(noun.removesuffix('s'))}s?(?![\w-])", re.I)
    return [item for item in items if said.search(item)]
