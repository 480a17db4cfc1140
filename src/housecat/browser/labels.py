"""Read the value an item labels: "the status of Ada" is Ada's row's cell in the Status
column, or the words right after "Status" in Ada's card ("Status: Active").

A value is read from its own box (the cell, the words after the label), never from
whatever else the item shows: "Active" in Ada's "Active Directory admins" cell is not her
status, nor is "$5" in Pine Table's row the total of Oak Chair.
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Locator, Page

from housecat.browser.items import ALIKE_ITEMS
from housecat.browser.sight import HOLDERS, SAID, SEEN
from housecat.browser.wording import label_words, whole_words

# A table's columns: the cells of a row, the one under a column index (spans counted), and
# the index of the column a header row heads with words matching `heading`, or -1.
_COLUMNS = """
  const TABLES = 'table, [role=table], [role=grid], [role=treegrid]';
  const cells = (row) => [...row.children].filter((cell) => cell.matches(
    'td, th, [role=cell], [role=gridcell], [role=rowheader], [role=columnheader]'));
  const cellAt = (row, index) => {
    let at = 0;
    for (const cell of cells(row)) {
      const span = cell.colSpan || 1;
      if (index < at + span) return index >= at ? cell : null;
      at += span;
    }
    return null;
  };
  const isRow = (el) => (el.tagName === 'TR' || el.getAttribute('role') === 'row')
    && !!el.querySelector('td, [role=cell], [role=gridcell]');
  const rowsOf = (table) => [...table.querySelectorAll('tr, [role=row]')]
    .filter((row) => row.closest(TABLES) === table);
  const headedAt = (table, heading) => {
    for (const head of rowsOf(table).filter((row) => !isRow(row))) {
      let at = 0;
      for (const cell of cells(head)) {
        if (heading.test(cell.innerText.replace(/\\s+/g, ' ').trim())) return at;
        at += cell.colSpan || 1;
      }
    }
    return -1;
  };
"""
# The words of each shown row's cell in the column headed so, for each table with such a
# column in the roots.
_COLUMN_CELLS = (
    "(roots, heading) => {"
    + _COLUMNS
    + """
  const headed = new RegExp('^' + heading + '(?: ?\\\\([^)]*\\\\))?[^a-z0-9]*$', 'i');
  const shown = (el) => el.getClientRects().length > 0;
  const tables = roots.flatMap((root) => [...root.querySelectorAll(TABLES)]).filter(shown);
  return tables.map((table) => [table, headedAt(table, headed)]).filter(([, at]) => at >= 0)
    .map(([table, at]) => rowsOf(table).filter((row) => isRow(row) && shown(row))
      .map((row) => (cellAt(row, at)?.innerText || '').replace(/\\s+/g, ' ').trim()));
}"""
)
# From each element that shows the item's name, climb to the nearest part that holds the
# label: a row of a table whose column is headed so, or an element saying the label whole
# ("Status", "Status:") or leading its own words ("Status: Active"). The climb stops at an
# item of a list (a row, a card among cards): another item's label is never this one's; and
# before a part too big to be one item's.
_LABELLED = (
    "(roots, [name, label, text, none, figures]) => {"
    + _COLUMNS
    + SAID
    + HOLDERS
    + f"const inSight = {SEEN};"
    + ALIKE_ITEMS
    + """
  const named = new RegExp(name, 'i'), wanted = new RegExp(text, 'i');
  const namedAlone = new RegExp('^[^a-z0-9]*' + name + '[^a-z0-9]*$', 'i');
  const nothing = none ? new RegExp(none, 'i') : null;
  // "Status", "Status:", "Status ▲", "Subtotal (2 items)"
  const aside = '(?: ?\\\\([^)]*\\\\))?';
  const whole = new RegExp('^' + label + aside + '[^a-z0-9]*$', 'i');
  const leading = new RegExp('^' + label + aside + '\\\\s*:\\\\s*(?=\\\\S)', 'i');
  const blank = /^[\\s:|•·●–—-]*$/;
  const squash = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  // As a person reads it: a box that holds only a field, by what the field holds
  const held = (el) => {
    const control = el.matches(HOLDERS) ? el : el.querySelector(HOLDERS);
    if (!control || squash(el.innerText) !== squash(control.innerText)) return null;
    return squash(control.tagName === 'SELECT' ? chosen(control) : control.value);
  };
  const raw = (el) => held(el) ?? squash(el.innerText);
  const valueOf = (el) => {
    const value = held(el);
    return value === null ? said(el, figures) : low(value);
  };
  // The row's cell under a header that says the label, or undefined: no such column.
  const column = (row) => {
    const table = row.closest(TABLES);
    const at = table ? headedAt(table, whole) : -1;
    if (at < 0) return undefined;
    const found = cellAt(row, at);
    return found ? [found] : [];
  };
  // The box right after a label said whole: its next sibling with words, climbing out of
  // wrappers that hold nothing else ("<div><b>Status</b></div><div>Active</div>").
  const after = (el, item) => {
    for (let node = el; node && node !== item; node = node.parentElement) {
      for (let next = node.nextSibling; next; next = next.nextSibling) {
        const words = next.nodeType === 3 ? low(next.textContent)
          : next.nodeType === 1 ? valueOf(next) : '';
        if (blank.test(words)) continue;
        if (next.nodeType === 3) return [next.parentElement, words, squash(next.textContent)];
        return [next, words, raw(next)];
      }
      const own = el.nodeType === 3 ? el.textContent : el.innerText;
      if (low(node.parentElement.innerText) !== low(own)) return null;
    }
    return null;
  };
  // A label that is a bare text node before its value's element: "Total <b>$40</b>".
  const bareLabels = (item) => {
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (whole.test(low(node.textContent)) && !whole.test(low(parent.innerText))
          && node.nextElementSibling && inSight(parent)) found.push(node);
    }
    return found;
  };
  const labelsIn = (item) => {
    const found = [...item.querySelectorAll('*')].filter((el) => {
      const words = low(el.innerText);
      return (whole.test(words) || leading.test(words)) && inSight(el)
        && ![...el.children].some((child) => whole.test(low(child.innerText))
          || leading.test(low(child.innerText)));
    });
    return found.map((el) => {
      const field = el.tagName === 'LABEL' && el.control;  // "Qty [2]": what the field holds
      if (field && field.matches(HOLDERS)) {
        const value = squash(field.tagName === 'SELECT' ? chosen(field) : field.value);
        return [field, low(value), value];
      }
      const words = low(el.innerText), lead = words.match(leading);
      if (lead && !whole.test(words)) {
        const own = raw(el);
        return [el, words.slice(lead[0].length), own.slice(own.match(leading)[0].length)];
      }
      return after(el, item);
    }).concat(bareLabels(item).map((node) => after(node, item))).filter(Boolean);
  };
  // Where each name's climb ended: the part's size and the values read there (none, for
  // an item with no such label). The smallest part wins: "Ada" in the page's header is not
  // the one in her row, and a row with no status has none, whatever the footer's says.
  const ends = [];
  let items = 0;
  for (const root of roots) {
    const found = [...root.querySelectorAll('*')].filter((el) => named.test(low(el.innerText))
      && ![...el.children].some((child) => named.test(low(child.innerText))) && inSight(el));
    // Her name said alone ("Ada" in her row's first cell) is her item; "Managed by Ada" in
    // Bob's row is not, unless nothing says her name alone.
    const alone = found.filter((el) => namedAlone.test(low(el.innerText)));
    const names = alone.length ? alone : found;
    items += names.length;
    for (const el of names) {
      for (let node = el; node && root.contains(node); node = node.parentElement) {
        const size = said(node, figures).length;
        if (size > 1000) break;
        const boxes = isRow(node) ? column(node) : undefined;
        const found = boxes ? boxes.map((cell) => [cell, valueOf(cell), raw(cell)])
          : labelsIn(node);
        const parent = node.parentElement;
        const anItem = item(node) || (parent && [...parent.children].some(
          (other) => other !== node && alike(node, other)));
        if (found.length || anItem) {
          ends.push([size, found.map(([box, words, own]) => [words, inSight(box), own])]);
          break;
        }
      }
    }
  }
  const smallest = Math.min(...ends.map(([size]) => size));
  const values = ends.filter(([size]) => size === smallest).flatMap(([, read]) => read);
  const labelled = values.length;
  const holds = values.some(([words, shown]) => shown && wanted.test(words)
    && !(nothing && nothing.test(words)));
  return {items, labelled, holds, values: values.map(([, , own]) => own)};
}"""
)


async def column_cells(scope: Page | Locator, heading: str) -> list[list[str]]:
    """The cells of the column headed `heading` (its whole words), row by row, in each
    shown table that has one."""
    roots = scope.locator("body") if isinstance(scope, Page) else scope
    try:
        found: list[list[str]] = await roots.evaluate_all(_COLUMN_CELLS, label_words(heading))
    except PlaywrightError:
        return []
    return found


@dataclass(frozen=True)
class Labelled:
    """What an item's label says: whether the name shows, whether the item labels the
    value, whether a value labelled so holds the words, and the values read."""

    items: int
    labelled: int
    holds: bool
    values: tuple[str, ...]


async def read_labelled(
    scope: Page | Locator,
    name: str,
    label: str,
    pattern: str,
    excluded: str | None,
    *,
    figures: bool,
) -> Labelled:
    """Read the values labelled `label` in the items that show `name`, and whether one of
    them matches `pattern` (unless `excluded` says it is denied)."""
    roots = scope.locator("body") if isinstance(scope, Page) else scope
    args = [whole_words(name), label_words(label), pattern, excluded, figures]
    try:
        found = await roots.evaluate_all(_LABELLED, args)
    except PlaywrightError:
        return Labelled(0, 0, False, ())
    return Labelled(found["items"], found["labelled"], found["holds"], tuple(found["values"]))
