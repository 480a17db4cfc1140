"""Read actions written without naming an element's kind, each resolved on the page later.

- A short command that is a control's name: "Publish the post", "Subscribe", "Place order"
  click the one control whose name has the same words (`press_named`).
- A position among the items of a list: "delete the second task", "tick the first todo",
  "click the Edit button of the last row" act in that item (`act_on_item`).
- An e-mail address typed with no field named ("enter jane@example.com") goes into the
  page's one e-mail field (`fill_email`); read.py decides that, with `is_email`.
"""

from __future__ import annotations

import re

from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes
from housecat.plan.grammar.types import Handler, Parsed, Rule, one, rule
from housecat.plan.grammar.words import (
    ELEMENT_NOUNS,
    ORDINAL,
    STATEMENT_WORDS,
    UNNAMEABLE,
    to_number,
    to_ordinal,
)
from housecat.plan.models import Target

# Verbs whose object is the rest of a control's name: "Publish post", "Cancel order". Not
# "accept", "close" and the like: "accept the terms" ticks a box, "close the menu" is no name.
_COMMAND_VERBS = frozenset(
    {"send", "save", "submit", "publish", "unpublish", "subscribe", "unsubscribe", "apply"}
    | {"place", "confirm", "cancel", "continue", "proceed", "create", "delete", "remove"}
    | {"archive", "unarchive", "restore", "approve", "reject", "register", "checkout", "book"}
    | {"reserve", "download", "export", "import"}
    | {"share", "follow", "unfollow", "like", "unlike", "refresh", "reset", "retry", "undo"}
    | {"redo", "join", "buy", "pay", "upgrade", "renew", "invite", "duplicate", "edit"}
    | {"update", "clear", "discard", "finish", "resend", "verify", "enable", "disable"}
)
# Two-word verbs; those marked bare name a control only alone ("check out the docs" reads).
_PHRASAL_VERBS = {"sign up": False, "opt in": False, "opt out": False, "check out": True}
_PHRASAL_VERBS |= {"get started": True, "learn more": True, "try again": True}
# Words that add nothing to a control's name, in the goal and on the page alike.
SMALL_WORDS = frozenset({"a", "an", "the", "my", "your", "our", "this", "now", "here"})
# An object that goes somewhere or to someone is more than a name ("Send the invoice to
# ACME"); a page, tab or browser is refreshed by the browser, not by a control.
_NOT_A_NAME = frozenset(
    {"to", "for", "with", "from", "into", "in", "on", "at", "by", "of", "as", "about", "via"}
    | {"using", "onto", "without", "after", "before", "under", "over", "through", "and", "or"}
    | {"saying", "reading", "containing"}
    | {"if", "when", "then", "page", "browser", "site", "website", "window", "tab", "screen"}
    | {"every", "all", "each", "some", "any"}
    | {"below", "above", "instructions"}  # "follow the steps below": what the goal says next
    # "Create a project named Apollo": a thing made and named, not a control's name
    | {"named", "called", "titled", "labelled", "labeled"}
    # Words that describe the data to use, not a control: "Apply an invalid coupon".
    | {"valid", "invalid", "wrong", "incorrect", "correct", "random", "empty", "blank", "fake"}
    | {"expired", "dummy", "sample", "test", "bad", "good"}
    # Which one by its data: "Buy the cheapest item" names no control.
    | {"cheapest", "cheaper", "latest", "newest", "oldest", "best", "worst", "first", "last"}
    | {"most", "least", "highest", "lowest", "biggest", "smallest", "top", "next", "previous"}
)
_WORD = re.compile(r"^[A-Za-z][A-Za-z'’-]*$")
_LONGEST_COMMAND = 5  # words, the verb included: longer is a sentence, not a control's name


def command_key(name: str) -> str:
    """Reduce a control's name to what must match: its words, lower-case, small ones dropped.

    "Publish the post", "Publish post »" and "PUBLISH POST" give the same key; so do
    "Check out" and "Checkout", since the words are joined without spaces.
    """
    words = re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", name.lower())
    return "".join(word for word in words if word not in SMALL_WORDS)


_SHOWN_LAST = frozenset(
    {"appears", "appear", "disappears", "disappear", "shown", "displayed", "visible"}
    | {"hidden", "listed", "loads", "vanishes", "exists", "present", "missing", "gone"}
    | {"enabled", "disabled", "checked", "unchecked", "ticked", "unticked", "selected"}
)
_KINDS_OF_MANY = frozenset({"buttons", "links", "tabs", "fields", "checkboxes", "menus", "icons"})
_SAYING = frozenset({"says", "shows", "reads", "displays", "appears", "contains"}) | {
    *("becomes", "gets", "turns", "stays", "remains", "goes")
}


# ("Send link", "Copy link": a link is what they send, said in many controls' names)
_CONTROL_KINDS = frozenset({"button", "tab", "checkbox", "textbox", "combobox", "img"})
_AS_A_KIND = re.compile(r"\w+ as (?:an? )?(?-i:[a-z]+)", re.I)


def parse_command(text: str, quotes: Quotes) -> Parsed | None:
    """Read a short imperative that is a control's name; None for anything more."""
    words = text.split(" ")
    if OPEN in text or len(words) > _LONGEST_COMMAND or not all(map(_WORD.match, words)):
        return None  # quoted text, numbers, symbols: more than a plain name
    low = [word.lower() for word in words]
    phrasal = " ".join(low[:2])
    if phrasal in _PHRASAL_VERBS:
        if _PHRASAL_VERBS[phrasal] and len(low) > 2:
            return None
    elif low[0] not in _COMMAND_VERBS:
        return None
    if _AS_A_KIND.fullmatch(text) and low[0] in _COMMAND_VERBS and low[-1] not in UNNAMEABLE:
        # "Continue as guest", "Save as draft": a control's name, "as" and all
        return one("press_named", target=Target(text=text))
    if any(word in _NOT_A_NAME or word in UNNAMEABLE for word in low[1:]):
        return None  # "save it", "send the invoice to ACME", "refresh the page"
    if STATEMENT_WORDS.search(text):
        return None  # "save is disabled": a statement, not a command
    described = [i for i in range(2, len(words)) if words[i - 1].islower() and words[i].istitle()]
    if described and low[described[0] - 1] not in SMALL_WORDS:
        return None  # "send the message Hello": a thing of a kind, then its words
    if len(low) > 2 and low[2].endswith("s") and to_number(low[1]) is not None:
        return None  # "create two todos": things counted, which the words go on to name
    if low[-1] in _KINDS_OF_MANY or ELEMENT_NOUNS.get(low[-1]) in _CONTROL_KINDS:
        # "Sign up buttons": buttons said of; "Save button": a button named, never pressed
        return None
    if low[-1] in _SHOWN_LAST or _SAYING.intersection(low[1:-1]):
        # "Join now appears", "Buy now shows Sold out": statements, not commands
        return None
    return one("press_named", target=Target(text=text))


_EMAIL = re.compile(r"^[\w.+'-]+@[\w-]+(?:\.[\w-]+)+$")
_EMAIL_VARIABLE = re.compile(r"^\{\{\s*[\w.-]*e-?mail\s*\}\}$", re.I)


def is_email(value: str) -> bool:
    """Tell whether a typed value is an e-mail address, or a {{variable}} named for one."""
    return bool(_EMAIL.match(value) or _EMAIL_VARIABLE.match(value))


# Positions ---------------------------------------------------------------------------------

_NOUN = (
    r"(?P<noun>search result|matching result|to-do|todo|task|item|entry|row|line|result|card"
    r"|record|listing|product|order|post|article|comment|message|email|issue|ticket|user"
    r"|contact|note|file|match|hit)"
)
_KINDS = {"button": "button", "link": "link", "checkbox": "checkbox"}
_LIST_ITEM_NOUNS = frozenset({"task", "todo", "to-do", "item", "entry"})
# "in the list", "of the results table": the list is found on the page either way.
_IN_LIST = (
    # (a list said in lower case: "in the Configuration page" names a page, not the list)
    r"(?: (?:in|of|on|from) (?:the|this|my|your) (?:(?-i:[a-z])[\w-]* ){0,2}?"
    r"(?:list|table|grid|results|feed|inbox|board|column|page|cart|basket|bag|wishlist))?"
)
# Where on the screen the control sits adds nothing: it is looked for in the item anyway.
_BESIDE = r"(?:on |at |to )?the (?:right|left|far right|far left|end)(?:[ -]hand)?(?: side)? of"
_NTH = rf"the (?P<ord>{ORDINAL}) {_NOUN}{_IN_LIST}"
_KIND = r"(?: (?P<kind>button|link|icon))?"
_CONTROL = rf"the (?P<ctl>[a-z][\w'’-]*(?: [\w'’-]+){{0,3}}?){_KIND}"


def _item_action(value: str, match: re.Match[str], control: str | None = None) -> Parsed | None:
    """An act_on_item step: `control` is the element in the item, the item itself if None."""
    nth = to_ordinal(match["ord"])
    if nth is None:
        return None
    noun = match["noun"].lower()
    # "the first match", "the first matching result": a result
    noun = "result" if noun in {"match", "hit", "matching result"} else noun
    if control is None:
        return one("act_on_item", target=Target(text=noun, nth=nth, within=noun), value=value)
    if control.lower() in UNNAMEABLE:
        return None
    kind = (match.groupdict().get("kind") or "").lower()
    if not kind and control.lower() in _KINDS:
        kind = control.lower()  # "the link in the second row": the one link there
    role = _KINDS.get(kind)
    target = Target(text=control, role=role, nth=nth, within=noun)
    return one("act_on_item", target=target, value=value)


def _in_item(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    return _item_action("click", match, quotes.value(match["ctl"]))


def _tick(match: re.Match[str], _quotes: Quotes) -> Parsed | None:
    verb = (match.groupdict().get("verb") or "mark").lower()
    if verb == "check" and match["noun"].lower() not in _LIST_ITEM_NOUNS:
        return None  # "check the first result" may mean look at it: not a box to tick
    undo = verb in {"untick", "uncheck"} or bool(match.groupdict().get("undo"))
    return _item_action("uncheck" if undo else "check", match)


def _on_item(value: str) -> Handler:
    return lambda match, _quotes: _item_action(value, match)


POSITION_RULES: tuple[Rule, ...] = (
    rule(
        rf"^(?:click|tap|press|hit|push)(?: on)? {_CONTROL}"
        rf" (?:of|on|in|for|inside|within|next to|beside|{_BESIDE}) {_NTH}$",
        _in_item,
    ),
    rule(  # "click Delete in the third row": a control's name, as written
        rf"^(?:click|tap|press|hit|push)(?: on)? (?P<ctl>{OPEN}\d+{CLOSE}"
        r"|(?-i:[A-Z])[\w'’-]*(?: [\w'’-]+){0,2}?)"
        rf"{_KIND} (?:of|on|in|for|inside|within) {_NTH}$",
        _in_item,
    ),
    rule(
        rf"^(?:click|tap|press|hit|push)(?: on)? the (?P<ord>{ORDINAL}) {_NOUN}['’]s"
        rf" (?P<ctl>[a-z][\w'’-]*(?: [\w'’-]+){{0,3}}?){_KIND}$",
        _in_item,
    ),
    rule(rf"^(?:delete|remove|trash|discard|destroy) {_NTH}$", _on_item("delete")),
    rule(
        rf"^(?:hover(?: over| on)?|mouse ?over|move (?:the )?(?:mouse|cursor|pointer)"
        rf" (?:over|to|onto)) {_NTH}$",
        _on_item("hover"),
    ),
    rule(rf"^(?P<verb>tick|check|untick|uncheck|complete|toggle)(?: off)? {_NTH}$", _tick),
    rule(
        rf"^mark {_NTH} (?:as )?(?:(?P<undo>not done|undone|incomplete|active|unchecked"
        r"|not completed)|done|complete|completed|finished|checked|ticked(?: off)?)$",
        _tick,
    ),
    rule(
        rf"^(?:open|click|click on|tap|tap on|select|choose|view|go to) {_NTH}$",
        _on_item("click"),
    ),
)
