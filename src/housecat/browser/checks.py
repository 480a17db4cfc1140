"""What each check looks at, and how it fails. Checks are never healed or loosened.

A check about a kind of element (a heading, a button, a field, a row) looks at that kind
only; text said to be in a part of the page ("the cart", "the header") is looked for
inside that part, which must be found; a field "says" what it holds.
"""

from __future__ import annotations

import asyncio
import difflib
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Locator, Page, expect

from housecat.browser.chain import Call, Chain
from housecat.browser.images import did_not_load
from housecat.browser.items import (
    ALIKE_ITEMS,
    NOT_EMPTY_NOTE,
    find_item,
    items_by_class,
    items_counted,
    list_items,
    position,
)
from housecat.browser.labels import Labelled, read_labelled
from housecat.browser.locate import NotLocated, at_level, locate, of_kind, recorded_chain
from housecat.browser.outcomes import Done, StepFailed
from housecat.browser.regions import find_region, region_hint, region_words
from housecat.browser.sight import HOLDERS, SAID, SEEN, STRUCK
from housecat.browser.wording import (
    contained,
    has_text_selector,
    holding_words_selector,
    label_words,
    not_shown_by,
    role_selector,
    whole_words,
)
from housecat.plan.models import SHOWN_ONE_BY_ONE, Step, Target, names_content, names_items

MAX_WAIT_S = 60.0
POLL_S = 0.1
# Form controls "say" their value, not their text; a dropdown, its chosen options' text.
_VALUE_HOLDS = (
    "(elements, wanted) => {"
    + SAID
    + """
  const pattern = new RegExp(wanted[0], 'i');
  const nothing = wanted[1] ? new RegExp(wanted[1], 'i') : null;
  return elements.some(el => {
    const value = el.tagName === 'SELECT'
      ? chosen(el) : ('value' in el && typeof el.value === 'string') ? el.value : null;
    const text = value !== null && el.tagName !== 'BUTTON' ? low(value) : said(el, wanted[2]);
    return pattern.test(text) && !(nothing && nothing.test(text));
  });
}"""
)

_IN_SIGHT = (
    "(els, [typed, figures]) => {"
    + STRUCK
    + f"""
  return els.some(el => (typed || !el.isContentEditable) && !(figures && struck(el))
    && ({SEEN})(el));
}}"""
)
# "Total: $40.00" next to its label, said whole ("Subtotal" is not it): in the smallest part
# of the page that holds both, the value comes after the label with no other figure between
# them ("Total $35.00 ... $40.00" is not it). A page that says the label in one place and
# the value elsewhere fails.
_NEAR = (
    "(roots, [label, text, none, figures, held]) => {"
    + SAID
    + HOLDERS
    + f"const inSight = {SEEN};"
    + ALIKE_ITEMS
    + """
  const wanted = new RegExp(text, 'i'), loosely = new RegExp(label, 'i');
  const messageOf = (field) => [
    ...(field.getAttribute('aria-describedby') || '').split(/\\s+/)
      .map((id) => id && document.getElementById(id)),
    field.nextElementSibling, field.closest('label') && field.closest('label').nextElementSibling,
  ].filter(Boolean);
  // "Total: $5" says the label whole, as does "Ada Active" for "Active"; "Total savings:
  // $40" says a longer one, used only when nothing says it whole
  const exactly = new RegExp(
    label + '(?=[\\\\s:–-]*(?:' + text + '|[^a-z\\\\s:–-]|$))', 'i');
  const nothing = none ? new RegExp(none, 'i') : null;
  // What matched, or null: the words themselves, for a figure to be compared
  let hit = null;
  roots.some((root) => {
    const found = [...root.querySelectorAll('*'), root].filter((el) =>
      loosely.test(low(el.innerText))
      && ![...el.children].some((child) => loosely.test(low(child.innerText))));
    const exact = found.filter((el) => exactly.test(low(el.innerText)));
    const [labels, named] = exact.length ? [exact, exactly] : [found, loosely];
    return labels.some((el) => {
      // A field's label: its value is what the field holds, never a figure near it
      const control = el.closest('label') && el.closest('label').control;
      const field = held && control;
      if (field && field.matches(HOLDERS)) {
        const value = field.tagName === 'SELECT' ? chosen(field) : field.value;
        const holds = wanted.test(low(value)) && !(nothing && nothing.test(low(value)))
          && inSight(field);
        if (holds) hit = low(value).match(wanted)[0];
        return holds;
      }
      // A field's message: what describes it, or what comes right after it, even where
      // inline text runs it into the label's ("EmailEnter a valid email")
      const message = control && messageOf(control).find((message) => {
        const says = said(message, figures);
        return wanted.test(says) && !(nothing && nothing.test(says)) && inSight(message);
      });
      if (message) {
        hit = said(message, figures).match(wanted)[0];
        return true;
      }
      for (let node = el, from = null, depth = 0; node && depth < 6 && root.contains(node);
           from = node, node = node.parentElement, depth++) {
        const seen = said(node, figures);
        if (seen.length > 400) return false;
        const at_label = seen.match(named);
        if (!at_label) continue;
        const after = seen.slice(at_label.index + at_label[0].length);
        const at = after.search(wanted);
        if (at < 0) continue;
        // The value of the next item ("Pine Table $40" after "Oak Chair Sold out") is not
        // this one's.
        const holder = from && [...node.children].find(
          (child) => child !== from && wanted.test(said(child, figures)));
        if (holder && alike(from, holder)) return false;
        const between = after.slice(0, at);
        if (nothing && nothing.test(seen)) return false;
        const near = between.length <= 60 && !/\\d/.test(between) && inSight(node);
        if (near) hit = after.slice(at).match(wanted)[0];
        return near;
      }
      return false;
    });
  });
  return hit;
}"""
)
# A figure alone ("2", "$40.00", "15%"): a value, never a message's words
_FIGURE = re.compile(r"[^A-Za-z]*\d[^A-Za-z]*")
# The link or button an icon is drawn in, which holds its badge; an icon alone holds no words
_CONTROL_OF_ICON = (
    "xpath=ancestor-or-self::*[self::a or self::button or @role='button' or @role='link'][1]"
)
Scope = Page | Locator
Check = Callable[[Page, Step, str, float], Awaitable[Done]]


def visible_text(scope: Scope, text: str, *, whole: bool = True) -> Locator:
    """The elements of `scope` (itself included) that show `text`: as whole words and not
    in a sentence saying nothing was found, or (whole=False) anywhere."""
    if whole:
        return _showing(scope, whole_words(text), not_shown_by(text))
    return _showing(scope, contained(text), None)


def _showing(scope: Scope, pattern: str, excluded: str | None) -> Locator:
    found = scope.locator(f"internal:text=/{pattern}/i").filter(visible=True)
    return found.filter(has_not_text=re.compile(excluded, re.I)) if excluded else found


async def _region(page: Page, name: str) -> Locator:
    region = await find_region(page, name)
    if region is None:
        raise StepFailed(region_hint(name))
    return region


@dataclass(frozen=True)
class Place:
    """Where a check's text must show: a part of the page, maybe next to a label in it."""

    where: str
    scope: Scope
    label: str | None = None  # "the total is $5": next to the words "total"
    item: str | None = None  # "the status of Ada": the label is in the item showing "Ada"

    async def shows(self, text: str, *, whole: bool = True) -> bool:
        """Whether the place shows the text: as whole words, or (whole=False) anywhere."""
        pattern = whole_words(text) if whole else contained(text)
        excluded = not_shown_by(text) if whole else None
        figures = whole and any(char.isdigit() for char in text)  # "$50", not "Buy milk"
        if self.label is None:
            return await _shows(self.scope, pattern, excluded, seen=whole, figures=figures)
        if self.item is None:
            # "the quantity is 2": a figure alone is what the field labelled so holds;
            # words may be a message beside it ("Required" under the Email field)
            held = bool(_FIGURE.fullmatch(text))
            near = await said_near(self.scope, self.label, pattern, excluded, figures, held=held)
            return near is not None
        read = await self.read(pattern, excluded, figures)
        if read.labelled or not figures:
            return read.holds
        # A price, a count: a figure next to the item's name, where nothing labels it
        return await said_near(self.scope, self.item, pattern, excluded, figures) is not None

    async def unlike(self, text: str) -> str | None:
        """Say why the item's labelled value is not `text`; None for a place with no item."""
        if self.item is None or self.label is None:
            return None
        figures = any(char.isdigit() for char in text)
        read = await self.read(whole_words(text), not_shown_by(text), figures)
        if not read.items:
            return f"cannot find '{self.item}' to read its {self.label}"
        if read.labelled:
            found = " or ".join(f"'{value}'" for value in dict.fromkeys(read.values))
            return f"{self.where} is {found or 'empty'}, not '{text}'"
        if figures:
            return f"{self.where} does not show '{text}'"
        return (
            f"found no {self.label} of '{self.item}': no column headed '{self.label}', and no"
            f" '{self.label}:' label in its row or card"
        )

    async def read(self, pattern: str, excluded: str | None, figures: bool) -> Labelled:
        """Read the values labelled so in the item (see browser/labels.py)."""
        label, item = self.label or "", self.item or ""
        return await read_labelled(self.scope, item, label, pattern, excluded, figures=figures)

    async def present(self) -> bool:
        """Whether the place is on the page at all: its label shows, or its element does."""
        if self.item is not None:  # the item labels the value, whatever it says
            return (await self.read("", None, False)).labelled > 0
        if self.label is not None:
            return await _shows(self.scope, whole_words(self.label), None, seen=False)
        return isinstance(self.scope, Page) or await self.scope.count() > 0


async def place_of(page: Page, step: Step) -> Place:
    """Find where the step's text must show, and how to name that place in a failure."""
    target = step.target
    if target is None:
        return Place("the page", page)
    if target.role is None and target.nth is not None:
        # "the first result is Oak Chair": that item of the one list that holds them, never
        # any of them; of an item named so ("the last message of '#general'"), no list says
        if target.within and names_content(target.within):
            where = f"the {position(target.text, target.nth)[4:]} of '{target.within}'"
            raise StepFailed(f"cannot tell {where} apart from the others: name it")
        item = await find_item(page, target.text, target.nth)
        return Place(position(target.text, target.nth), item.chain.on(page))
    root: Scope = page
    holder = None  # "the total of my order": the part the words are in
    if target.within and not names_content(target.within):
        root, holder = await _region(page, target.within), region_words(target.within)
        target = target.model_copy(update={"within": None})
    where = target.describe()
    if target.names_kind and target.role:
        # "the header says", "the table shows": every element of that kind; "the last row
        # shows": that one only
        kind = of_kind(target.role, target.text, target.level).on(root)
        if target.within:  # "the row for Oak Chair says": the rows that show "Oak Chair"
            kind = await _items_named(kind, target.within)
        kind = kind.filter(visible=True)
        return Place(where, kind if target.nth is None else kind.nth(target.nth))
    if target.names_label and target.within:
        # "the status of Ada": the value Ada's item labels so, never what the page says
        # next to "status" elsewhere
        where = f"the {target.text} of '{target.within}'"
        return Place(where, root, label=target.text, item=target.within)
    if target.role is None:
        if not names_content(target.text):
            region = await find_region(root, target.text)
            if region is not None:
                return Place(f"the {target.text}", region)
        opened = await _disclosed(page, root, target.text, where)
        if opened is not None:  # "expand 'How do refunds work?'; it says …": its answer
            return Place(where, opened)
        # "the subtotal is $5", "the price of 'Lamp' is $5": the words next to that label
        where = f"the {target.text} in the {holder}" if holder else where
        return Place(where, root, label=target.text)
    try:
        found = await locate(root, step.model_copy(update={"target": target}), 2.0, heal=False)
    except NotLocated as exc:
        raise StepFailed(f"cannot find {where} to check what it shows: {exc}") from None
    if target.role == "img":  # "the cart icon shows 2": the badge on the link or button it is
        return Place(where, found.locator.locator(_CONTROL_OF_ICON))
    if target.role == "tab":  # "Bob appears in the Inactive tab": in what the tab shows
        return Place(where, await _panel_of(page, found.locator, where))
    return Place(where, found.locator)


async def _panel_of(page: Page, tab: Locator, where: str) -> Locator:
    """The panel a tab shows, open: a closed tab's panel hides what it holds, which would
    prove any absence and fail every presence for the wrong reason."""
    controls = await tab.get_attribute("aria-controls")
    if controls:
        panel = page.locator(f"id={controls}")
    else:  # the panel the tab labels
        name = (await tab.inner_text()).strip()
        panel = page.get_by_role("tabpanel", name=name, include_hidden=True)
    if not await panel.count() and await tab.get_attribute("aria-selected") == "true":
        panel = page.get_by_role("tabpanel")  # the tab chosen, and one panel shown: its own
    if await panel.count() != 1:
        raise _NotOpen(f"cannot find the panel {where} shows")
    if not await panel.is_visible():
        raise _NotOpen(f"{where} is not open: what it shows is hidden")
    return panel


async def _disclosed(page: Page, root: Scope, name: str, where: str) -> Locator | None:
    """What a disclosure named so opens: its <details> past the summary, or the panel its
    button controls. None when no one disclosure is named so; closed, it hides what it
    holds, which proves no absence."""
    words = re.compile(rf"^\W*{re.escape(name)}\W*$", re.I)
    summary = root.locator("summary").filter(has_text=words)
    button = root.locator("[aria-expanded][aria-controls]").filter(has_text=words)
    if await summary.count() == 1:
        details = summary.locator("xpath=parent::details")
        is_open = await details.get_attribute("open") is not None
        answer = details.locator(":scope > :not(summary)")
        opened = answer if await answer.count() else details
    elif await button.count() == 1:
        is_open = await button.get_attribute("aria-expanded") == "true"
        opened = page.locator(f"id={await button.get_attribute('aria-controls')}")
    else:
        return None
    if not is_open:
        raise _NotOpen(f"{where} is not open: what it shows is hidden")
    return opened


class _NotOpen(StepFailed):
    """A tab whose panel is closed, or not found: what it holds may be hidden, never absent."""


async def _items_named(items: Locator, name: str) -> Locator:
    """The items that show the name, in one of their parts (a row's own text runs its cells
    together: "Bobx"); only those that say it alone where some do ("Backup: Bob" in another
    row is not Bob's row)."""
    alone = items.locator(holding_words_selector(name, alone=True))
    if await alone.count():
        return alone
    holding = items.locator(holding_words_selector(name))
    return holding.or_(items.locator(has_text_selector(name)))


async def said_near(
    scope: Scope,
    label: str,
    pattern: str,
    excluded: str | None,
    figures: bool,
    *,
    held: bool = False,
) -> str | None:
    """The words matching the pattern in a small part of the page that also shows the label
    (with `held`, in the field the label names, where it names one); None where none do."""
    root = scope.locator("body") if isinstance(scope, Page) else scope
    try:
        # the label as whole words: "Total" is not the "total" in "Subtotal"
        args = [label_words(label, whole_words), pattern, excluded, figures, held]
        found: str | None = await root.evaluate_all(_NEAR, args)
    except PlaywrightError:
        return None
    return found


async def _shows(
    scope: Scope, pattern: str, excluded: str | None, *, seen: bool, figures: bool = False
) -> bool:
    """Tell whether the scope shows text matching the pattern, a field's value included:
    where an eye can see it (`seen`), or anywhere Playwright calls visible, the stricter
    side for a check that it is gone."""
    # Words in an editor are typed, not shown: a rich-text box keeps the comment whose
    # sending failed. Only a check of the editor itself reads them.
    typed = isinstance(scope, Locator) and await _editable(scope)
    found = _showing(scope, pattern, excluded)
    if await _any_seen(found, seen=seen, typed=typed, figures=figures):
        return True
    if isinstance(scope, Page):
        return False
    try:
        holds: bool = await scope.evaluate_all(_VALUE_HOLDS, [pattern, excluded, figures])
    except PlaywrightError:
        return False
    return holds


async def _any_seen(
    found: Locator, *, seen: bool, typed: bool = True, figures: bool = False
) -> bool:
    """Tell whether any element found is in sight (`seen`), or only visible to Playwright;
    an editor's own words count only when `typed`, crossed-out words never for `figures`."""
    if not seen:
        return bool(await found.count())
    try:  # one look at the page: none found is none in sight
        shown: bool = await found.evaluate_all(_IN_SIGHT, [typed, figures])
    except PlaywrightError:
        return False
    return shown


async def _editable(scope: Locator) -> bool:
    try:
        editable: bool = await scope.evaluate_all("els => els.some(el => el.isContentEditable)")
    except PlaywrightError:
        return False
    return editable


async def closest_text(page: Page, text: str) -> str:
    try:
        body = await page.locator("body").inner_text(timeout=2000)
    except PlaywrightError:
        return ""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    close = difflib.get_close_matches(text, lines, n=1, cutoff=0.5)
    return f"; closest: '{close[0]}'" if close else ""


async def until(timeout_s: float, holds: Callable[[], Awaitable[bool]]) -> bool:
    deadline = time.monotonic() + timeout_s
    while True:
        if await holds():
            return True
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(POLL_S)


async def expect_text(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    text = step.value or ""

    async def shown() -> bool:
        return await (await place_of(page, step)).shows(text)

    if not await until(timeout_s, shown):
        place = await place_of(page, step)
        unlike = await place.unlike(text)
        if unlike is not None:
            raise StepFailed(unlike)
        if place.label is not None and not await visible_text(place.scope, place.label).count():
            if isinstance(place.scope, Page):  # neither such a part nor such words
                raise StepFailed(region_hint(place.label, nor_words=True))
            raise StepFailed(
                f"{place.where} does not show '{text}': no '{place.label}' shows there"
            )
        raise StepFailed(f"{place.where} does not show '{text}'{await closest_text(page, text)}")
    return Done()


async def expect_no_text(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    text = step.value or ""
    await page.wait_for_load_state()
    missing = ""  # a thing named that is not on the page, which nothing proves anything of

    async def place() -> Place:
        # A part we cannot find is never proof of absence: then the whole page must not
        # show the words (an emptied list that hides itself shows none of its items).
        nonlocal missing
        try:
            found = await place_of(page, step)
        except _NotOpen:
            raise  # a tab's panel unread: no proof that the words are gone
        except StepFailed:
            return Place("the page (the part named is not on it)", page)
        missing = ""
        if await found.present():
            return found
        if _names_one_thing(step.target):  # "Database should not be Degraded", no Database
            missing = f"{found.where} is not on the page: nothing shows it is not '{text}'"
        return Place(f"the page (no {found.where} found)", page)

    async def gone() -> bool:
        # Absent means not even inside a longer word: "Error" is in "Errors: 2".
        return not await (await place()).shows(text, whole=False) and not missing

    if not await until(timeout_s, gone):
        raise StepFailed(missing or f"{(await place()).where} shows '{text}'")
    return Done()


def _names_one_thing(target: Target | None) -> bool:
    """Tell a target that names one thing by its words ("Database", "the status of Ada"),
    not a part of the page ("the cart", which may hide once emptied)."""
    if target is None or target.role is not None or target.nth is not None:
        return False
    return names_content(target.text) or target.names_label


async def wait_for(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    text = step.value or ""

    async def shown() -> bool:
        return await (await place_of(page, step)).shows(text)

    if not await until(MAX_WAIT_S, shown):
        raise StepFailed(f"'{text}' did not appear within {MAX_WAIT_S:g} s")
    return Done()


async def expect_url(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    wanted = step.value or ""
    pattern, timeout = url_pattern(wanted, step), timeout_s * 1000
    try:
        if step.compare == "excludes":  # "no longer on /login": once the address has left it
            await expect(page).not_to_have_url(pattern, timeout=timeout)
        else:
            await expect(page).to_have_url(pattern, timeout=timeout)
    except AssertionError:
        how = _COMPARED[step.compare]
        raise StepFailed(f"the URL is {page.url}, which {how} '{wanted}'") from None
    return Done()


def url_pattern(wanted: str, step: Step) -> re.Pattern[str]:
    """Match a URL as the goal said: containing, being, starting or ending with `wanted`.

    A path ("/thanks") is the part after the host; a trailing "/" never matters, and nor
    do the query and fragment unless `wanted` has some.
    """
    value = re.escape(wanted.rstrip("/"))
    host = r"^[a-z][\w+.-]*://[^/?#]*" if wanted.startswith("/") else "^"
    if not wanted.startswith("/") and "://" not in wanted:
        host = r"^(?:[a-z][\w+.-]*://)?"  # "is help.example.com": over any scheme
    rest = "" if re.search(r"[?#]", wanted) else r"(?:[?#].*)?"
    match step.compare:
        case "equals":
            return re.compile(f"{host}{value}/?{rest}$", re.I)
        case "starts":
            return re.compile(f"{host}{value}", re.I)
        case "ends":
            return re.compile(f"{value}/?{rest}$", re.I)
    # Contained in the address's path, unless the words name a host or a query: the login
    # page's "/login?next=/dashboard" and "dashboard.acme.test/login" are no dashboard.
    if re.search(r"[?#=&]", wanted):
        where = ""  # "page=2": the query
    elif "." in wanted and not wanted.startswith("/"):
        where = r"^[^?#]*?"  # "acme.dev": the host too
    else:
        where = r"^[a-z][\w+.-]*://[^/?#]*(?=[/?#]|$)[^?#]*?"
    if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", wanted):
        # A page named in words ("the sign in page" gives 'sign-in'): sites join the words
        # with '-', '_' or nothing ("/users/sign_in", "/signin"), and none changes the page.
        return re.compile(where + "[-_]?".join(map(re.escape, wanted.split("-"))), re.I)
    return re.compile(where + re.escape(wanted))


async def expect_title(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    wanted = step.value or ""
    pattern, timeout = title_pattern(wanted, step), timeout_s * 1000
    try:
        if step.compare == "excludes":
            await expect(page).not_to_have_title(pattern, timeout=timeout)
        else:
            await expect(page).to_have_title(pattern, timeout=timeout)
    except AssertionError:
        title = await page.title()
        how = _COMPARED[step.compare]
        raise StepFailed(f"the title is '{title}', which {how} '{wanted}'") from None
    return Done()


# How a URL or title failed its comparison
_COMPARED = {
    "contains": "does not contain",
    "equals": "does not equal",
    "starts": "does not start with",
    "ends": "does not end with",
    "excludes": "still contains",
}


def title_pattern(wanted: str, step: Step) -> re.Pattern[str]:
    """Match a title as the goal said, by whole words: "mentions Paid" is not "Unpaid
    invoices", and a title starting with "Acme" is not "Acmesoft Docs"."""
    words = whole_words(wanted)
    match step.compare:
        case "equals":
            return re.compile(rf"^\s*{re.escape(wanted)}\s*$", re.I)
        case "starts":
            return re.compile(rf"^\s*{words}", re.I)
        case "ends":
            return re.compile(rf"{words}\s*$", re.I)
    return re.compile(words, re.I)


async def _within(page: Page, target: Target) -> Locator | None:
    """The part of the page a check's element must be in, when the check names one."""
    if not target.within or names_content(target.within):
        return None  # content is found by the locator itself: "the row with 'Ada'"
    return await _region(page, target.within)


async def expect_visible(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    assert step.target is not None
    target, nth = step.target, step.target.nth
    if target.role is None and nth is not None and names_items(target.text):
        # "the second result is visible": that item of the list, never words saying "result"
        failed = ""

        async def listed() -> bool:
            nonlocal failed
            try:
                await find_item(page, target.text, nth)
            except StepFailed as exc:
                failed = exc.reason
                return False
            return True

        if not await until(timeout_s, listed):
            raise StepFailed(failed)
        return Done()
    if step.target.names_part:
        if not await until(timeout_s, lambda: _part_shown(page, step.target)):
            raise StepFailed(region_hint(step.target.text))
        return Done()
    region = await _within(page, step.target)
    root: Scope = page
    check, where = step, ""
    if region is not None:
        root, check, where = region, _unscoped(step), f" in the {step.target.within}"
    try:
        found = await locate(root, check, timeout_s, heal=False)
    except NotLocated as exc:
        raise StepFailed(f"{exc}{where}") from None
    # a message drawn at opacity 0 before it fades in has a box, and is not shown yet
    if not await until(timeout_s, lambda: _any_seen(found.locator, seen=True)):
        raise StepFailed(f"{step.target.describe()} is on the page, but out of sight")
    if step.target.role == "img" and await did_not_load(page, found.locator):
        raise StepFailed(f"{step.target.describe()} is on the page, but its image did not load")
    return Done(locator=found.chain.code() if region is None else None)


async def _part_shown(page: Page, target: Target | None) -> bool:
    """Tell whether the part of the page a target names ("the comments section") shows."""
    assert target is not None
    scope: Scope = page
    if target.within:
        region = await find_region(page, target.within)
        if region is None:
            return False
        scope = region
    return await find_region(scope, target.text) is not None


_ITEM_KINDS = frozenset({"listitem", "row", "article"})


def _unscoped(step: Step) -> Step:
    """The step without its region, to be looked for inside that region."""
    assert step.target is not None
    return step.model_copy(update={"target": step.target.model_copy(update={"within": None})})


async def expect_hidden(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    assert step.target is not None
    target = step.target
    unfound: list[str] = []  # the region, when the page has none by that name
    unproven = ""  # none of the kind found, in a part that does not show it holds none
    # The very control an intent aimed at ("signed in": past its password field), not
    # any other of its name
    aimed = recorded_chain(step)

    async def gone() -> bool:
        nonlocal unproven
        unproven = ""
        if aimed is not None:
            return await _loaded(page) and not await _any_seen(aimed.on(page), seen=True)
        if target.names_part:
            return not await _part_shown(page, target)
        scope: Scope = page
        check = step
        unfound.clear()
        # A part we cannot find is never proof of absence ("no Upgrade button on the Pro
        # plan" when the card says "Pro"): the whole page is looked at instead.
        if target.within and not names_content(target.within):
            region = await find_region(page, target.within)
            if region is None:
                unfound.append(target.within)
            scope, check = region or page, _unscoped(step)
        elif target.within and not await visible_text(page, target.within).count():
            unfound.append(f"'{target.within}'")
            check = _unscoped(step)
        items = target.names_kind and target.role in _ITEM_KINDS
        try:
            await locate(scope, check, 0, heal=False)
        except NotLocated:
            pass
        else:
            assert check.target is not None
            found = count_chain(check.target).on(scope).filter(visible=True)
            if not items or await _count(found, items=True):
                return False  # a row that only says "No data available" is no row of data
        # "no items in the cart": a cart of plain blocks holds things no kind counts
        none_shown = f"cannot tell that no {target.text} show"
        if items and unfound:  # "the cart is empty" says there is a cart: none is not one
            unproven = f"{none_shown}: no {unfound[0]} is on the page"
            return False
        if items and not await _holds_none(scope, target.role):
            unproven = f"{none_shown}: {_none_unshown(target)}"
            return False
        if (
            target.role in _ITEM_KINDS
            and not target.names_kind
            and not await _any_of_kind(scope, target.role)
        ):
            # "no row says Failed" on rows of plain blocks: none of them is a row we
            # can read, so none saying it proves nothing
            one, kinds = _KIND_SAID[target.role]
            where = f"the {target.within}" if target.within and not unfound else "the page"
            said = f"no {one} shows '{target.text}'"
            unproven = f"cannot tell that {said}: {where} has no {kinds}"
            return False
        return True

    if not await until(timeout_s, gone):
        if aimed is not None:  # "signed in" failed: say what the page answered
            raise StepFailed(f"{target.describe()} is still shown{await _error_said(page)}")
        if unproven:
            raise StepFailed(unproven)
        elsewhere = f" (no {unfound[0]} found, so the whole page was looked at)" if unfound else ""
        raise StepFailed(f"'{target.text}' is still shown{elsewhere}")
    return Done()


async def _loaded(page: Page) -> bool:
    """Whether the page is read whole: a page still arriving has not drawn its form yet."""
    try:
        return bool(await page.evaluate("document.readyState !== 'loading'"))
    except PlaywrightError:  # between two pages
        return False


async def _error_said(page: Page) -> str:
    """What the page's error message says, as "; the page says '…'", or nothing."""
    errors = of_kind("alert", "error").on(page).filter(visible=True)
    try:
        said = await errors.first.inner_text(timeout=500) if await errors.count() else ""
    except PlaywrightError:
        said = ""
    said = " ".join(said.split())
    return f"; the page says '{said[:120]}'" if said else ""


async def expect_count(page: Page, step: Step, start_url: str, timeout_s: float) -> Done:
    """Count matching elements; "the cart shows 1 item" also holds when the cart says so."""
    assert step.target is not None
    target = step.target
    wanted = step.count or 0
    if step.names_no_results and target.within:
        return await _none_found(page, target.within, timeout_s)
    # "3 products", "1 item": the page's one list of items, never menu entries counted too
    listed = target.role is None or (
        target.role in {"listitem", "article"} and target.names_kind and not target.within
    )
    chain = None if listed else count_chain(target)
    seen, why = 0, ""
    # "at most 10 results" is never proven by no list at all: a page that lost its list
    # holds none of them, and holds nothing the goal counts
    held = False

    async def counted() -> bool:
        nonlocal seen, why, held
        try:
            scope = await _count_scope(page, target.within, chain)
        except StepFailed as exc:  # the part may yet show, as a slow page draws it
            seen, why = 0, f": {exc.reason}"
            return False
        if chain is None:
            # The items of the one list that holds them. Elements that only hold the word
            # ("Products" in the menu, "All products" in the footer) are none.
            by_class = False
            try:
                items_said = await list_items(page, target.within, target.text)
            except StepFailed as exc:
                # no one list: the things themselves, as the page's classes name them
                # ("3 pricing cards": each `.pricing-card`), each one of them whatever it says
                items_said = await items_by_class(page, target.within, target.text)
                by_class = bool(items_said)
                if not items_said:
                    seen, why = 0, f": {exc.reason}"
            if items_said:
                held = True
                counted = items_said if by_class else items_counted(target.text, items_said)
                seen, why = len(counted), ""
                if len(counted) < len(items_said):
                    why = f" of {len(items_said)} items (those that say '{target.text}')"
                figures = (_figure_of(target.text).search(item) for item in items_said)
                said = next(filter(None, figures), None)
                if said:  # "Free plan: 1 project, 1 GB": its items are features, which
                    # say how many projects themselves; their number is not that count
                    why = f", but its items say '{said[0]}' themselves"
                    region = await find_region(page, target.within) if target.within else page
                    figure = f"{wanted} {target.text}"
                    return region is not None and bool(await visible_text(region, figure).count())
        else:
            items = target.role in {"listitem", "row", "article"}
            seen = await _count(chain.on(scope).filter(visible=True), items=items)
            held = True
        some = await _says_some(scope, target.text) if seen == 0 == wanted else None
        if some:  # "Cart: 3 items" with no list of them: the cart is not empty
            why = f", but it says '{some}'"
            return False
        # "at most 20 rows": none of a kind seen proves no more than none is (see above)
        nothing = seen == 0 and (wanted == 0 or step.at_most)
        if nothing and not await _holds_none(scope, target.role):
            why = f", but {_none_unshown(target)}"
            return False
        none = await _says_none(scope, target.text) if seen and wanted else None
        if none:  # "No posts yet" under a list of categories: that list holds no posts
            why = f", but the {target.within} says '{none}'"
            return False
        if step.at_most and held and seen <= wanted:
            return True
        if seen == wanted or (step.at_least and seen >= wanted):
            return True
        if step.at_least or step.at_most or target.level or SHOWN_ONE_BY_ONE.search(target.text):
            # "5 results" on the page says nothing of the elements themselves, nor "2
            # headings" of which level they are; "Compare our 3 plans" is no 3 plans
            return False
        return bool(await visible_text(scope, f"{wanted} {target.text}").count())

    if not await until(timeout_s, counted):
        where = f" in the {target.within}" if target.within else ""
        floor = "at least " if step.at_least else "at most " if step.at_most else ""
        found = f"found {seen}{why}"
        what = f"level-{target.level} {target.text}" if target.level else f"'{target.text}'"
        raise StepFailed(f"expected {floor}{wanted} × {what}{where}, {found}")
    return Done(locator=chain.code() if chain else None)


# What a search that found nothing says: "No results for 'zzz'", "0 matches", "Nothing
# found", "No orders match", "Your search did not match any documents". Never "Page not
# found", "Loading", nor "0 items" (a cart's count, which a page with results shows too).
_FOUND_THINGS = (
    r"(?:items|products|entries|records|documents|pages|orders|users|posts|articles|files"
    r"|people|customers|tickets|issues|logs|events|rows|jobs|runs)"
)
_NONE_FOUND = re.compile(
    r"\b(?:no|0|zero)\s+(?:matching\s+|search\s+)?(?:results?|matches|hits)\b"
    rf"|\b(?:no|0|zero)\s+(?:matching\s+)?{_FOUND_THINGS}\s+(?:were\s+)?(?:found|match(?:es|ed)?)\b"
    r"|\bnothing\s+(?:was\s+)?(?:found|matche[sd])\b"
    r"|\bdid\s*n[o'’]?t\s+match\b|\bcould\s*n[o'’]?t\s+find\b",
    re.I,
)
_RESULT_ITEMS = "li, [role=listitem], article, [role=article], tr:has(td), [role=row]"


async def _none_found(page: Page, where: str, timeout_s: float) -> Done:
    """Expect no results, as a page shows it: none in sight in the results, and the page
    saying it found nothing. A page whose search never ran, or broke, shows none either."""
    seen, said = 0, False

    async def nothing() -> bool:
        nonlocal seen, said
        region = await find_region(page, where)
        # results in no part named so are a table's rows ("No orders match" under it)
        found = region.locator(_RESULT_ITEMS) if region else page.locator("tr:has(td)")
        seen = await _count(found, items=True)
        try:
            said = bool(await page.get_by_text(_NONE_FOUND).filter(visible=True).count())
        except PlaywrightError:
            said = False
        return seen == 0 and said

    if not await until(timeout_s, nothing):
        if seen:
            raise StepFailed(f"expected no {where}, found {seen}")
        raise StepFailed(f"no {where} show, but nor does the page say that nothing was found")
    return Done()


# Things counted are those in sight, each once: an item's own list of options ("Size: M")
# is no second item of the cart; a row saying "No data available" is no row of data.
_OUTERMOST_IN_SIGHT = f"""(els, items) => els.filter(el =>
  !els.some(other => other !== el && other.contains(el)) && ({SEEN})(el)
  && (!items || ({NOT_EMPTY_NOTE})(el))).length"""


async def _count(found: Locator, *, items: bool) -> int:
    try:
        counted: int = await found.evaluate_all(_OUTERMOST_IN_SIGHT, items)
    except PlaywrightError:
        return 0
    return counted


def _figure_of(noun: str) -> re.Pattern[str]:
    """A number of the things, said in words: "1 project", "3 projects"."""
    return re.compile(rf"\b\d+\s+{re.escape(noun.lower().removesuffix('s'))}s?\b", re.I)


async def _says_some(scope: Scope, noun: str) -> str | None:
    """What the scope says when it says it holds some of the things ("3 items", "2 of 40
    items"); "0 of 40 items" shows none."""
    singular = noun.lower().removesuffix("s")
    said = re.compile(rf"(?<!\bof )\b[1-9]\d*\s+(?:of\s+\d+\s+)?{re.escape(singular)}s?\b", re.I)
    return await _first_said(scope, said)


async def _first_said(scope: Scope, said: re.Pattern[str]) -> str | None:
    """The first words in the scope that the pattern finds, or None."""
    try:
        texts = await (
            scope.locator("body") if isinstance(scope, Page) else scope
        ).all_inner_texts()
    except PlaywrightError:
        return None
    return next((match[0] for match in map(said.search, texts) if match), None)


async def _says_none(scope: Scope, noun: str) -> str | None:
    """What a part of the page says when it says it holds none of the things ("No posts
    yet", "0 reviews"); the whole page, which may say so of another part, never counts."""
    if isinstance(scope, Page):
        return None
    singular = noun.lower().removesuffix("s")
    said = re.compile(rf"\b(?:no|0|zero)\s+(?:[a-z]+\s+)?{re.escape(singular)}s?\b", re.I)
    return await _first_said(scope, said)


# A part said to hold none of its things shows an empty list, or says it is empty ("Your
# cart is empty", "0 items"): where it does neither, its things may be drawn as plain
# blocks, which no count of a kind sees. The part may be the list itself ("the table").
_HOLDS_NONE = """(roots) => {
  const lists = 'ul, ol, table, [role=list], [role=table], [role=grid]';
  return roots.some((root) => root.matches(lists) || !!root.querySelector(lists)
    || /\\b(?:empty|nothing|none)\\b|\\b(?:no|0|zero)\\s+[a-z]/i.test(root.innerText || ''));
}"""


_KIND_SAID = {
    "listitem": ("item", "list items"),
    "row": ("row", "table rows"),
    "article": ("card", "articles or cards"),
}


# The kinds an item is of, and what holds them: a table with no rows still is one.
_KIND_OR_HOLDER = {
    "listitem": ("listitem", "list"),
    "row": ("row", "table", "grid", "treegrid"),
    "article": ("article", "feed"),
}


async def _any_of_kind(scope: Scope, role: str) -> bool:
    """Whether an element of the role, or one that holds such, shows in the scope."""
    try:
        for kind in _KIND_OR_HOLDER[role]:
            if await scope.get_by_role(kind).filter(visible=True).count():  # type: ignore[arg-type]
                return True
    except PlaywrightError:
        pass
    return False


def _none_unshown(target: Target) -> str:
    """Say why none of a kind seen proves none is there (see `_holds_none`)."""
    if target.within:
        return f"the {target.within} neither holds an empty list nor says it is empty"
    return "the page shows no table, nor says that nothing was found"


# Where rows could show on a page (or the page says nothing was found: `_NONE_FOUND`)
_TABLES = "table, [role=table], [role=grid], [role=treegrid]"


async def _holds_none(scope: Scope, role: str | None) -> bool:
    """Whether a part shows it holds none of its things. The whole page may, but for rows:
    a page of plain blocks (a log drawn with <div>s) has none whatever it shows, so it
    must show a table, or say that nothing was found."""
    if isinstance(scope, Page):
        if role != "row":
            return True
        try:
            if await scope.locator(_TABLES).filter(visible=True).count():
                return True
            return bool(_NONE_FOUND.search(await scope.locator("body").inner_text()))
        except PlaywrightError:
            return False
    try:
        holds: bool = await scope.evaluate_all(_HOLDS_NONE)
    except PlaywrightError:
        return False
    return holds


async def _count_scope(page: Page, within: str | None, chain: Chain | None) -> Scope:
    """Where to count: the page, or the part of it the words name ("the product list").

    Every element the page calls by that name is one scope, and what is in any of them
    is counted once: a part that holds none ("the todo count" beside "the todo list") never
    makes "0 items in the todo list" true. Things counted "for Bob" are in the innermost
    element that shows "Bob" whole (never "Bobby") and holds such things: his row.
    """
    if not within:
        return page
    if names_content(within):
        holders = page.locator("*").locator(holding_words_selector(within))
        return (holders.filter(has=chain.on(page)) if chain else holders).last
    return await _region(page, within)


def count_chain(target: Target) -> Chain:
    """Count by role, and by name (its words whole) unless the text only names the kind."""
    if target.names_kind:  # "3 rows": the header row is none; "3 h2 headings": of level 2
        return of_kind(target.role or "", target.text, target.level)
    # "2 Delete buttons": named by those words whole, never "Undelete"
    named = Chain((Call("locator", (role_selector(target.role or "", target.text),)),))
    return (at_level(named, target.level) if target.level else None) or named


CHECKS: dict[str, Check] = {
    "wait_for": wait_for,
    "expect_text": expect_text,
    "expect_no_text": expect_no_text,
    "expect_url": expect_url,
    "expect_title": expect_title,
    "expect_visible": expect_visible,
    "expect_hidden": expect_hidden,
    "expect_count": expect_count,
}
