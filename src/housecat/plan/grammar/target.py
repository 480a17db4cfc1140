"""Read an element phrase ("the second Add to cart button on the Lamp") into a Target."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes
from housecat.plan.grammar.types import Tail
from housecat.plan.grammar.words import (
    A_DAY_SAID,
    ELEMENT_NOUNS,
    NAME_FIRST,
    NEXT_STEP,
    ON_A_DEVICE,
    ORDINAL,
    PAGE_NOUNS,
    REGIONS,
    ROW_BY_NUMBER,
    STATEMENT_WORDS,
    STRONG_NOUNS,
    UNNAMEABLE,
    chosen_by_the_page,
    has_pronoun,
    heading_level,
    names_a_page,
    names_the_site,
    to_number,
    to_ordinal,
)
from housecat.plan.models import Target

# The verb around a phrase settles what a bare name or an ambiguous kind word means.
Context = Literal["click", "link", "fill", "select", "check", "hover", "expect", "count"]


@dataclass(frozen=True)
class Element:
    """A Target plus what the phrase said about it, for callers that must tell text from kind."""

    target: Target
    noun: str | None  # the kind word, lower-case and singular ("button", "header", "page")
    named: bool  # a name was given, not only a kind ("the last link" has none)
    quoted: bool  # the name was quoted
    determiner: bool  # the phrase opened with an article or an ordinal
    tail: Tail

    @property
    def page_shown_so(self) -> bool:
        """Tell "the pricing page in EUR": a page, and a way it is shown, which no part is."""
        within = self.target.within
        if self.noun not in PAGE_NOUNS or within is None:
            return False
        last = within.lower().rsplit(" ", 1)[-1]  # "from the user menu": the way to it
        return within.lower() not in REGIONS and last not in REGIONS and last not in _WAYS_IN


# Parts a page is reached from ("the Settings page from the user menu")
_WAYS_IN = frozenset({"menu", "dropdown", "drawer", "panel", "bar", "tab", "list", "dialog"})


def _plural(noun: str) -> str:
    if noun.endswith(("x", "s", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


_SINGULAR = {_plural(noun): noun for noun in [*ELEMENT_NOUNS, *REGIONS]} | {
    noun: noun for noun in [*ELEMENT_NOUNS, *REGIONS]
}
_NOUN_WORDS = "|".join(re.escape(n) for n in sorted(_SINGULAR, key=len, reverse=True))
_NOUN_END = re.compile(rf"(?:^| )(?P<noun>{_NOUN_WORDS})$", re.I)
_LINK = (
    r"(?: (?P<link>called|named|labell?ed|titled|saying|that says|which says|reading|that reads"
    r"|containing|that contains|which contains|with (?:the )?(?:text|label|name|title)"
    r"|with (?:the )?placeholder(?: text)?))?"
)
# "the heading Welcome", "a button labelled Save"; a page is never named this way.
_NOUN_START = re.compile(
    rf"^(?!(?:page|screen) )(?P<noun>{_NOUN_WORDS}){_LINK} (?P<name>\S.*)$", re.I
)
# "the product called Oak Chair": a thing no kind of element is, then its name
_THING_CALLED = re.compile(
    rf"^(?-i:[a-z]+)(?: (?-i:[a-z]+))? (?:called|named|titled) (?P<name>(?-i:[A-Z0-9])\S*(?: \S+)*"
    rf"|{OPEN}\d+{CLOSE})$",
    re.I,
)
# Things seen, not read: the words that name one are no proof that it is there
_PICTURED = re.compile(
    r"^(?:\w+ )?(?:chart|graph|plot|diagram|map|video|photo|picture|illustration|animation"
    r"|canvas)s? (?:called|named|titled)\b",
    re.I,
)
# "the success message 'Profile updated'": a described kind, then its quoted name.
_NOUN_QUOTED = re.compile(
    rf"^(?:[a-z]+ ){{1,2}}(?P<noun>{_NOUN_WORDS}){_LINK} (?P<name>{OPEN}\d+{CLOSE})$", re.I
)
# "the footer link 'Careers'", "the sidebar link Reports": the link in that part, named so
_NAME_WRITTEN = rf"(?P<name>{OPEN}\d+{CLOSE}|(?-i:[A-Z0-9])\S*(?: (?-i:[A-Z0-9])\S*)*)"
_PLACED_KIND = re.compile(
    r"^(?P<part>header|footer|sidebar|side bar|nav|navigation|navbar|nav bar|top bar|toolbar"
    r"|modal|dialog|popup|hero|banner)"
    rf" (?P<noun>link|button|tab|menu item|heading|text|copy|message) {_NAME_WRITTEN}$",
    re.I,
)
# "the footer copyright": the copyright in the footer, never a part named "footer copyright"
_PLACED_NOTE = re.compile(
    r"^(?P<part>header|footer|page footer|site footer|sidebar) (?P<x>copyright(?: \w+)?)$", re.I
)
# "the Products menu": a menu named as its opener is ("hamburger", "Main" menus are kinds)
_MENU_OPENER = re.compile(rf"^(?!Main ){_NAME_WRITTEN} menu$")
# "the box that appears", "the link which opens Settings": a thing told by a clause
_RELATIVE = re.compile(
    r"(?<=\S) (?:that|which|who) (?!says?\b|reads?\b|contains?\b|is (?:called|named|labell?ed"
    r"|titled)\b)[a-z]"
)
# "the anchor link scrolls to the Installation heading": what a thing does, said in its name
_DOES_THERE = re.compile(
    r" (?:scrolls|links|goes|leads|points|jumps|takes|navigates|redirects|brings|sends|opens)"
    r" (?:to|you|me|us|the|back)\b"
)
# "the discount line", "the tax line" of a summary: the figure its label names
_LINE_OF = re.compile(
    r"^(?P<x>(?:(?i:the|a) )?(?!(?i:the|a)\b|(?:tag|bottom|top|command|help|hot|dead|front"
    r"|time|next|last|first|second|third|new|one|same|other|each|every|this|that)\b)"
    r"[a-z]+(?: [a-z]+)?) line$"
)
# "the breadcrumb Home", "the Home breadcrumb": what the breadcrumb trail shows, a link or
# the page's own name (which is seldom a link)
_BREADCRUMB = re.compile(
    rf"^(?:breadcrumb (?:link |item )?{_NAME_WRITTEN}|{_NAME_WRITTEN.replace('name', 'named')}"
    r" breadcrumb(?: link| item)?)$",
    re.I,
)
# "the row with Bob": a thing that holds others, named by what it holds (a name, written as
# one: "the row with the most votes" describes a row, and "Sign in with Google" is a name).
_HOLDER_WITH = re.compile(
    r"^(?P<noun>rows?|cards?|items?|entry|entries|tiles?|listings?|lines?) with (?P<name>\S.*)$",
    re.I,
)
_DESCRIBED_NAME = re.compile(r"^(?:the|a|an|each|every|all|some|any|its|their) ")
# "bob@example.com": an address names one person or account, whatever its case
ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_OWNED = re.compile(
    rf"^(?P<name>(?:[A-Z0-9]\S*(?: [A-Z0-9]\S*)*|{OPEN}\d+{CLOSE}|{ADDRESS}))['’]s"
    r" (?P<noun>row|card|item|entry|listing|line|tile)$"
)
_QUOTED_DESCRIBED = re.compile(rf"^(?P<name>{OPEN}\d+{CLOSE})(?: [a-z]+){{1,2}}$")
_QUOTED_THEN_NOUN = re.compile(
    rf"^(?P<name>{OPEN}\d+{CLOSE})(?: [a-z]+){{0,2}} (?P<noun>{_NOUN_WORDS})$", re.I
)
# A spot on the screen: "the top right", "the very bottom", "the left-hand side".
SCREEN_SPOT = (
    r"the (?:very )?(?:top|bottom|left|right|upper|lower|middle|centre|center|corner|side|end"
    r"|start)(?:[ -](?:right|left|corner|side|edge|half|part|hand))*"
)
# Where on the screen something sits says nothing a locator can use, except "of the form".
_POSITION = re.compile(
    rf" (?:at|in|on|near|towards|to) {SCREEN_SPOT}(?: of (?:the )?(?P<of>.+))?$", re.I
)
_DETERMINER = re.compile(r"^(?:the|a|an|your|my|our|this|its) ", re.I)
_OWN_NAME = re.compile(r"^(?:My|Your|Our) ")
# Lower-case only ("Last Name" is a name), and never "first name", a field people fill in.
# never "first name", nor "last updated" or "last login": a time, which no position is
_ORDINAL = re.compile(
    rf"^(?P<ord>{ORDINAL}) (?!name\b|(?:updated|modified|edited|changed|login|logged|seen"
    r"|visited|used|synced|active|signed|saved|run|checked)\b)"
)
# "INV-002", "ABC-17": the code a thing goes by
_CODE = r"(?-i:[A-Z]{2,}-?\d[\w-]*)"
# "order #1042", "ticket 17", "invoice INV-002": a kind of thing, then its number or code
KIND_AND_NUMBER = rf"(?-i:[a-z]+ (?:#?\d[\w-]*|{_CODE}))"
# "the row for Bob", "the card for 'Pro'": "for" a name, never "for guests" or "for this user"
_NAMED_FOR = re.compile(
    rf"^(?:{OPEN}|[A-Z0-9]|#\d|\S+['’]s\b|the (?:{OPEN}|[A-Z0-9])|{KIND_AND_NUMBER}"
    rf"|{ADDRESS}\b)"
)
# "Edit for user Bob", "View details for order #1004": a kind, then the name or number of one
_FOR_ONE_OF_A_KIND = re.compile(
    r"^(?!(?:with|and|the|from|into|onto|via|using|your|our|their|this|that|all|any|every"
    r"|each|free|more|less|sale|new|old)\b)(?-i:[a-z]{3,}) (?:#?\d|(?-i:[A-Z]))"
)
# A scope starts at one of these words: the space before it is matched, the word looked at.
_SCOPE = re.compile(r" (?=(on|in|inside|within|for|under|beside|near|next to|from|of) \S)", re.I)
_SCOPE_START = re.compile(
    rf"^(?:(?:the|a|an|this|each|my|your|our|The|A|An) |{OPEN}|[A-Z0-9]|\S+['’]s\b"
    rf"|{ADDRESS}\b)"
)
_CONTAINERS = r"row|card|item|entry|section|tile|panel|listing|product|line|block|box|area"
_CONTAINER_OF = re.compile(
    rf"^(?:{_CONTAINERS}) (?:for|with|of|containing|named|called|labell?ed|about|showing) "
    r"(?P<x>\S.*)$",
    re.I,
)
_PART_OF = re.compile(
    r"^(?P<part>rows?|cells?|items?|entries|entry|results?|links?|buttons?|cards?|columns?)"
    r" of (?:the|this) ",
    re.I,
)
_BY_MEANS = re.compile(
    r" (?:via|using|through) | with (?:the |a |your )?(?:mouse|keyboard|trackpad|shortcut)$", re.I
)
_LEADING_PREPOSITION = re.compile(
    r"^(?:in|on|under|at|inside|within|into|onto|to|from|of|by|through) "
)
# "In the users table, Ada's role": a place said first, with its comma
_PLACE_SAID_FIRST = re.compile(r"^(?:in|on|under|at|inside|within|for) [^,]+, ", re.I)
_WHEN_FIRST = re.compile(
    r"^(?:within|after|in|before) (?:\d+|a few|a couple of|one|two|three|five|ten)"
    r" (?:seconds?|secs?|minutes?|mins?|ms)\b",
    re.I,
)
_POSSESSIVE = re.compile(rf"^(?P<x>.+?)['’]s(?: (?:{_CONTAINERS}|profile))?$", re.I)
# Lower-case words that describe a place rather than show on it: three words or more, or
# a sentence ("the landing page are rounded").
_DESCRIBED = re.compile(
    r"^[a-z][\w-]*(?: [\w-]+){2,}$|.*\b(?:am|is|are|was|were|be|with|without|has|have)\b"
)
_SOME_ROWS_OF = re.compile(
    r"^(?:one or more|any|some|at least one|each|every|all) (?:of )?(?:the )?"
    r"(?:rows?|items?|entries|cells?|lines?) (?:of|in) (?:the |this )?",
    re.I,
)
_CONTAINER_AFTER = re.compile(rf"^(?P<x>.+) (?:{_CONTAINERS})$", re.I)


_EMPTY = re.compile(r"^(?-i:empty|blank|full|emptied)\b")
# Kinds that hold things, whose emptiness is a count of what they hold.
_HOLDERS = frozenset({"list", "table", "grid", "listbox", "menu", "row"})
# Controls of which a page has many: one said only by where it sits cannot be found
_CONTROLS_PLACED = frozenset({"button", "link", "checkbox", "radio", "textbox", "img", "tab"})
_HEADED_PARTS = frozenset(REGIONS) | {"hero", "card", "panel", "drawer", "banner", "modal"}
_HOLDER_NOUNS = frozenset({"cart", "basket", "bag", "inbox", "wishlist", "queue", "section"})


def _holds_things(noun: str | None) -> bool:
    """Tell whether a kind word names something that holds items (a list, a table, a cart)."""
    if noun is None:
        return False
    role = ELEMENT_NOUNS.get(noun) or REGIONS.get(noun)
    return role in _HOLDERS or noun in _HOLDERS or noun in _HOLDER_NOUNS


# "the table's first row" is "the first row of the table", not a row named "table's first".
_POSSESSIVE_ORDINAL = re.compile(
    rf"^the (?P<whole>[a-z]+(?: [a-z]+)?)['’]s (?P<ord>{ORDINAL}) (?P<part>[a-z]+)$", re.I
)
_PART_OF_NTH = re.compile(rf"^[a-z]+(?: [a-z]+)? of the {ORDINAL} ", re.I)
# "the footer's Privacy link": the Privacy link in the footer
_A_PART_OWNS = re.compile(
    r"^the (?P<part>" + "|".join(sorted(REGIONS, key=len, reverse=True)) + r")['’]s (?P<x>\S.*)$",
    re.I,
)


# "the image with alt 'Company logo'": the image of that name
_ALT_TEXT = re.compile(
    r"^(?:image|img|picture|photo|icon)(?: with| whose| having)? (?:the |an? )?alt(?:ernative)?"
    rf"(?: text| attribute| tag)?(?: of| is| =|:)? (?P<q>{OPEN}\d+{CLOSE})$",
    re.I,
)
# "row 3", "result #2", "row number 4": a place in a table or among results ("Item 3" may
# be an item's own words)
_NUMBERED = re.compile(
    r"^(?P<part>row|result)(?: number| no\.?)? #?(?P<n>[1-9]\d{0,2})(?=\s|$)",
    re.I,
)


def singular(noun: str) -> str:
    """Name a kind word in its singular, lower-case form."""
    low = noun.lower()
    return _SINGULAR.get(low, low)


# "now" right after a name, before the verb, may end the name ("Buy now", "Join now").
_NOW_FIRST = re.compile(r"^now\b")
_KIND_LAST = re.compile(rf"\b(?:{'|'.join(map(re.escape, ELEMENT_NOUNS))})$", re.I)


_CONTROL_NOUNS = [
    noun
    for noun, role in ELEMENT_NOUNS.items()
    if role in {"button", "link", "textbox", "combobox", "checkbox", "radio", "switch", "img"}
]
_KIND_ATTRIBUTE = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _CONTROL_NOUNS))}|box|search bar)(?:['’]s)?"
    r" (?:text|label|caption|placeholder"
    r"|tooltip|name|type|value|title|alt text|attribute)\b",
    re.I,
)


_PROPERTY_OF = re.compile(
    r"^(?:the )?(?:placeholder|tooltip|alt text|caption|label) of |^(?:the )?(?:placeholder"
    r"|alt text)(?: text)?$"
    # "the meta description": in the page's head, which no one sees
    r"|^(?:the )?(?:page(?:['’]s)? )?(?-i:meta|og|open graph|canonical)\b",
    re.I,
)


def names_a_property(text: str) -> bool:
    """Tell "the button text", "the placeholder of the search box", "the meta description":
    a property of a control or of the page, which no check here reads."""
    return bool(_KIND_ATTRIBUTE.search(text) or _PROPERTY_OF.match(text))


_SAID_BEFORE = re.compile(
    r"^(?:before|earlier|previously|(?:the )?(?:previous|last|earlier) step"
    r"|(?:the )?step before)$",
    re.I,
)
_STATED_LAST = re.compile(r" (?:loads|appears|works|exists|opens|shows|displays|renders)$")


def now_ends_name(subject: str, verb: str | None, quotes: Quotes) -> bool:
    """Tell whether "now" between a written name and its verb may be the name's last word.

    "Buy now becomes enabled" is the button "Buy now", or "Buy" at last: a name quoted, or a
    kind after it ("the Save button now …"), or a description in lower case, says which.
    """
    if not _NOW_FIRST.match(verb or "") or quotes.is_quoted(subject):
        return False
    return bool(NAME_FIRST.match(subject)) and not _KIND_LAST.search(subject)


# "Ada's Edit button", "the Pro plan's Buy button": a control named so, in its owner's part
_OWNED_CONTROL = re.compile(r"^(?P<owner>[A-Z][\w-]*(?: [\w-]+){0,3}?)['’]s (?P<name>[A-Z0-9].*)$")


# "Settings -> Billing", "the cart: 1 item": a path or a note, never one name
_A_PATH_OR_NOTE = re.compile(r"\s(?:->|→|=>|>)\s|:\s")
# "id=login", "css=.btn", "xpath=//button", "input[name=q]": a locator of a test tool's,
# which no one sees; "Save (the blue button)": an aside on how it looks, which its name
# never holds
_LOCATOR_OR_ASIDE = re.compile(
    r"(?:^|\s)(?:id|css|xpath|name|class|link|tag|data-\w+)\s*=\S|\((?:the|a|an) "
    r"|\w\[[\w-]+(?:[~|^$*]?=|\])",
    re.I,
)


# A control's kind inside a name, then more words: "password field masks", never "search box"
_KIND_THEN_WORDS = re.compile(
    r"\b(?:field|box|input|button|link|checkbox|dropdown|textbox|textarea) [a-z]"
)


# ".toast", ".cat-item.current": a class in the page's code, which no one reads on it
# (quoted, a file's name: "the '.env' file")
_CLASS_SELECTOR = re.compile(
    r"(?:^|\s)\.(?-i:[a-z_])[\w-]*(?:\.[\w-]+)*(?:$|\s)"
    r"|\b(?:element|selector|class)\s+[\"'“‘]\.(?-i:[a-z_])"
)


def names_code(raw: str, quotes: Quotes) -> bool:
    """Tell a class in the page's code written where a name goes ("the element '.toast'")."""
    return bool(_CLASS_SELECTOR.search(quotes.restore(raw)))


_SENT_BY = re.compile(
    r"^(?:e-?mail|mail|message|comment|review|reply|invitation|invite|notification"
    r"|request) (?:from|by|sent by|written by) "
    rf"(?P<who>(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){{0,2}}|{OPEN}\d+{CLOSE})"
    r"(?P<place> (?:in|on) the [a-z]+(?: [a-z]+)?)?$",
    re.I,
)


def parse_element(raw: str, quotes: Quotes, context: Context) -> Element | None:
    """Read what a person calls an element; None when it names nothing findable."""
    if _A_PATH_OR_NOTE.search(raw) or _LOCATOR_OR_ASIDE.search(raw):
        return None
    if names_code(raw, quotes):
        return None
    if _BY_IT.search(raw):
        return None  # "the table below it": by something said before, which no name says
    if _ANY_OF.match(raw.strip()):
        return None  # "one of the products": which one? any would pass a check of it
    if context == "expect" and _ONE_BY_ITS_DATA.match(_DETERMINER.sub("", raw.strip(), count=1)):
        return None  # "the latest transaction is Coffee Shop": which one is for the page
    text = _POSSESSIVE_ORDINAL.sub(r"the \g<ord> \g<part> of the \g<whole>", raw.strip(" ,.;:!?"))
    text = _SEARCH_BAR.sub("search box", text)  # "the search bar": the search box
    text = _A_PART_OWNS.sub(r"the \g<x> in the \g<part>", text, count=1)
    if context == "expect":
        text = _LINE_OF.sub(r"\g<x>", text, count=1)  # "the discount line": the discount
    # "open My tickets", "click Your orders": a control's name, said as it is written
    determiner = bool(_DETERMINER.match(text)) and not (
        context in {"click", "link", "hover"} and _OWN_NAME.match(text)
    )
    if determiner:
        text = _DETERMINER.sub("", text, count=1)
    sent = _SENT_BY.match(text) if context in {"click", "link", "hover"} else None
    if sent:  # "the email from Alice": the message that shows who sent it, never a control
        text = sent["who"] + (sent["place"] or "")  # named "email" inside a part "Alice"
    menu = _MENU_OPENER.match(text) if context in {"click", "link", "hover"} else None
    if menu:  # "click the Products menu": the control named Products, which opens it
        text = menu["name"]
    if _RELATIVE.search(text) or _DOES_THERE.search(text):
        return None  # "the field that appears": said by what it does, which names nothing
    if text.startswith("single "):
        return None  # "a single heading": how many there are, which one element cannot say
    if _BROWSER_TAB.match(text):
        return None  # "open a new tab": the browser's, which no control on the page is
    text = _ALT_TEXT.sub(r"\g<q> image", text, count=1)  # its alt text is an image's name
    # "row 3": the third row
    text = _NUMBERED.sub(lambda m: f"{m['n']}th {m['part'].lower()}", text, count=1)
    nth = None
    ordinal = _ORDINAL.match(text)
    if ordinal:
        nth = to_ordinal(ordinal["ord"])
        text = text[ordinal.end() :]
        determiner = True
        if to_number(text.split(" ")[0]) is not None:
            return None  # "the first 3 results": several, each of which a check would need
    text = _PART_OF.sub(r"\g<part> in the ", text, count=1)  # "row of the table"
    # "the footer link 'Careers'": the link in the footer, never one anywhere
    text = _PLACED_KIND.sub(r"\g<name> \g<noun> in the \g<part>", text, count=1)
    text = _PLACED_NOTE.sub(r"\g<x> in the \g<part>", text, count=1)
    crumb = _BREADCRUMB.match(text)
    if crumb:
        text = f"{crumb['name'] or crumb['named']} in the breadcrumb"
    spot = _POSITION.search(text)  # "in the top right corner": no locator can use it
    text, within = _split_position(text, quotes)
    if within is None:
        text, within = _split_scope(text, quotes)
    if within and _SAID_BEFORE.match(within):
        within = None  # "the error from before": the one seen earlier, in no part named so
    if not text or (within and _STATED_LAST.search(within)):
        return None  # "the image for Oak Chair loads": a statement, whose verb ends no place
    if within and OPEN not in within and chosen_by_the_page(within):
        return None  # "Select on the cheapest flight": which one is for the page to say
    if within and re.match(r"^(?:(?:a|the) )?new (?:browser )?(?:tab|window)$", within, re.I):
        return None  # "the link opens in a new tab": where the browser opens it, no part
    if within and re.match(r"^(?:/|https?://)\S* ", within):
        return None  # "the button on /downloads links to v2": an address, and more said
    if nth is not None and text.lower() in {"column", "col"}:
        return None  # "the first column is Name": its header, or its cells?
    if nth is not None and re.match(r"^[a-z]+(?: [a-z]+)?['’]s ", text):
        return None  # "the first story's comments": a part of the nth thing, no name
    if _PART_OF_NTH.match(text):
        return None  # "the title of the first result": a part of the nth thing, no name
    if names_a_property(text):
        return None  # "the button text", "the input placeholder": a property, which one?
    noun, name, suffix = _kind(text, quotes, determiner or context == "count")
    noun = "menu" if menu and noun is None else noun
    if spot and ELEMENT_NOUNS.get(noun or "") in _CONTROLS_PLACED and not name and not within:
        return None  # "the button in the top right": which button, with its place dropped?
    if noun is None and _HOLDER_WITH.match(text):
        return None  # "the row with the most votes": a row described, by what we cannot read
    if noun is not None and _DESCRIBED_NAME.match(name):
        return None  # "a row containing the total": which words? the total is described
    if noun is not None and name:
        name = _LOOKS.sub("", name, count=1)  # "the big green Subscribe button": "Subscribe"
    placed = ELEMENT_NOUNS.get(noun or "") in _CONTROLS_PLACED | {"heading"}
    if name in _HEADED_PARTS and placed and not within:
        # "the footer link", "the hero image", "the modal heading": one in that part, which
        # one named so is not
        return parse_element(f"the {noun} in the {name}", quotes, context)
    if ELEMENT_NOUNS.get(noun or "") == "heading" and not within:
        if name in {"section", "page", "sub", "top", "top-level"}:
            return None  # "a section heading": which words? no heading is named "section"
        level = heading_level(name)
        if level:  # "3 h2 headings", "the main heading": the headings of a level, by kind
            kind = Target(text=text.rsplit(" ", 1)[-1], role="heading", nth=nth, level=level)
            return Element(kind, noun, False, False, determiner, "closed")
    # "the first h2", "an h1 'Docs'": a heading's tag says its level
    level = heading_level(noun) if ELEMENT_NOUNS.get(noun or "") == "heading" else None
    quoted = quotes.is_quoted(name) if name else False
    if name:
        display = quotes.value(name)
        # "tick it, 0 left": "it", then more words, never a name
        first = re.split(r"[\s,;]", display.lower(), maxsplit=1)[0]
        leads = first in UNNAMEABLE and bool(re.match(r"^\w+\s*[,;]", display))
        unnameable = display.lower() in UNNAMEABLE or has_pronoun(name) or leads
        if not display.strip() or (not quoted and (unnameable or OPEN in name)):
            return None  # "it", "her", or a quote with loose words: '"Accept" if it appears'
        if not quoted and noun is not None and re.search(r"['’]s$", display):
            # "the user's row": whose? "the Starter plan's button": a button in it, unnamed
            return None
        if not quoted and noun is not None and _OWNER_FIRST.match(display):
            return None  # "the blog's RSS link": a link of the blog's, by its words "RSS"?
        if not quoted and noun is not None and display in _NOT_A_NAME:
            # "the new item": which one? "switch to the new tab": a browser's tab
            return None
        if (
            not quoted
            and display in {"next", "following"}
            and ELEMENT_NOUNS.get(noun or "") == "textbox"
        ):
            return None  # "the next field": the one after, which no label names
        if not quoted and noun is not None and display.split()[0] in _IN_A_STATE:
            return None  # "the active nav link": which one is so, never its words
        if not quoted and ELEMENT_NOUNS.get(noun or "") and chosen_by_the_page(display):
            return None  # "the cheapest item": which one is for the page to say
        two = _TWO_NAMES.search(f"{name} {text.split()[-1]}") if noun else " or " in name
        if not quoted and two:
            return None  # "the Edit or Delete button", "the Login and Sign up links": two
        if not quoted and _SENTENCE_INSIDE.search(name):
            return None  # "Save the page should say Saved", "blog and check each post …"
        if not quoted and name[:1].islower() and _ONE_OF_THEM.search(name):
            return None  # "the middle one", "the blue one": one of things said before
        if not quoted and name[:1].islower() and _SAYS_INSIDE.search(name):
            return None  # "the results only show blue items": a statement, never a name
        if not quoted and name[:1].islower() and _ENDED.search(name):
            return None  # "the last run succeeded": how a thing ended, never its name
        if not quoted and noun is not None and _KIND_THEN_WORDS.search(name):
            return None  # "the password field masks input": a statement, the field its subject
        if not quoted and name[:1].islower() and _DANGLING.search(name):
            return None  # "the dashboard loads with no errors": a sentence cut short, no name
        if not quoted and re.search(r" (?:at|on) (?:/|https?://)", name):
            return None  # "the docs at /docs": a page at an address, which no part is named
        if not quoted and (A_DAY_SAID.match(name) or _A_DAY_ALONE.match(name)):
            # "tomorrow's date", "pick tomorrow": a day of the run, which a calendar shows
            # as a number; a control named so is written as it shows ("Today")
            return None
        if not quoted and re.match(r"^options? of ", name, re.I):
            return None  # "the first option of the Sort dropdown": a dropdown so named?
        if not quoted and _OF_WHICH.search(name):
            return None  # "the Status column of the first row": a cell, never a row so named
        if not quoted and re.search(r" (?i:the|a|an|any|my|your|our)$", name):
            return None  # "After a few seconds the toast": words cut off before a kind
        if not quoted and re.match(r"^(?:no|not|none|nothing) ", name):
            return None  # "no e-mail field on the page": its absence, never a field named so
        if not quoted and re.search(r"^(?:all|both) |(?:^|\s)(?:every|each)(?:\s|$)", name):
            # "toggle all todos as completed", "Visit each link": several things, no one name
            # ("Select all", "Accept all" are names)
            return None
        if not quoted and _WHEN_FIRST.match(name):
            return None  # "Within 5 seconds the page": when, which no name says
        if not quoted and (_LEADING_PREPOSITION.match(name) or _PLACE_SAID_FIRST.match(name)):
            return None  # "in the header the Sign in": a scope run into a name
        if not quoted and ON_A_DEVICE.search(name):
            return None  # "the menu on mobile": a screen the run does not have
        if not quoted and _BESIDE_ANOTHER.search(name):
            return None  # "the label above the email field": where, beside what, no name
        if not quoted and _BY_MEANS.search(name):
            return None  # "the Settings page via the gear icon": a way there, not a name
        if not quoted and noun is None and _DEVICE.match(display):
            return None  # "visible on mobile": on a screen of that size, not in a part
        if not quoted and noun and ELEMENT_NOUNS.get(noun) in _ROWS and " with " in name:
            return None  # "a row for Alice with role Admin": her row, and more said of it
        if not quoted and context == "expect" and noun is None and _COLUMN.search(name):
            return None  # "the Status column shows Active": a column holds many cells
        if not quoted and context in {"expect", "count"} and noun and _HOW_MANY_OF.match(name):
            return None  # "shows the number of active items": a count described, which words?
        kind_with = _KIND_WITH.match(name)
        if not quoted and kind_with and kind_with["n"] in {*REGIONS, *ELEMENT_NOUNS}:
            return None  # "a form with a Send button": a button in a form, not its name
        if not quoted and _TWO_THINGS.search(name):
            return None  # "a price and an Add to cart button": two things, not one's name
        if not quoted and _DOES_TO.search(name):
            return None  # "the form validates the email field": what a thing does to another
        if not quoted and noun not in (None, *REGIONS) and _LOOKS.sub("", f"{display} X") == "X":
            return None  # "the blue button": how it looks, which names no button
        if context == "count" and not quoted and STATEMENT_WORDS.search(name):
            return None  # "3 rows are displayed": a sentence, not the name of the rows
        if not quoted and _EMPTY.match(name) and _holds_things(noun):
            # "an empty todo list" says how many things the list holds (none), which is no
            # name of a list: read as a list named "empty todo", the check would only ask
            # that some list shows, whatever is in it
            return None
    elif noun is None:
        return None
    elif noun == "option" and context != "check":
        return None  # "the first option in the Sort dropdown": an option of a list, or a choice?
    else:
        display = text  # a kind without a name keeps the user's word: "the last link"
    acts = ELEMENT_NOUNS.get(noun or "") in {"button", "link"}  # a field's label may say "'s"
    owned = _OWNED_CONTROL.match(display) if name and acts and not quoted else None
    if owned and within is None:  # "Ada's Edit button": the Edit button in what shows Ada
        display, within = owned["name"], owned["owner"]
    if noun == "header" and name and not quoted and display[:1].islower():
        # "the card header", "the profile header": the part the page calls so (a
        # "card-header"), never a heading named "card" nor a banner named "modal"
        display, noun = f"{display} header", None
    role = _role(noun, context, display)
    target = Target(text=display, role=role, nth=nth, within=within, level=level)
    closed = raw.rstrip(" ,.;:!?").endswith(CLOSE) or (suffix and within is None)
    tail: Tail = "closed" if closed else "name"
    return Element(target, noun, bool(name), quoted, determiner, tail)


# How a control looks says nothing of its name: dropped before a name written as a name.
_LOOKS = re.compile(
    r"^(?:(?:big|small|large|little|tiny|huge|green|red|blue|yellow|orange|purple|black"
    r"|white|grey|gray|pink|bright|dark|light|bold|round|rounded|shiny|primary|secondary"
    rf"|main|prominent|highlighted) )+(?=[A-Z0-9]|{OPEN}|\{{\{{)"
)


# Two names of one kind: "Edit or Delete button"; "and" only before a plural kind ("Terms
# and Conditions link" is one name).
_TWO_NAMES = re.compile(r" (?:or|nor) | and .*s$")
# Words in lower case that say which one among others, never what it is called.
_NOT_A_NAME = frozenset(
    {"new", "old", "added", "other", "original", "previous", "same", "latest"}
    | {"newest", "oldest", "second", "last"}
    # "both fields show Required": how many, never which
    | {"both", "all", "each", "every", "either", "neither", "any", "some", "several"}
    # "the CTA button", "the primary button": its part in the page, never its words
    | {"CTA", "cta", "call to action", "call-to-action", "primary", "secondary", "main"}
    # "the side drawer", "the left panel", "the top button": where it is on the screen
    | {"side", "left", "right", "top", "bottom", "upper", "lower"}
)
# "the blog's RSS feed link": whose, before a name ("the user's name field" is one label)
_OWNER_FIRST = re.compile(r"^[a-z][\w-]*(?:['’]s|s['’]) (?=.*\b(?-i:[A-Z]))")
# Words in lower case that say how an element stands, never its name: "the active link
# in the nav", "the disabled button" are whichever one is so; "a required Email field" is
# the Email field, said to be required, which being there never shows
_IN_A_STATE = frozenset(
    {"active", "selected", "highlighted", "focused", "expanded", "collapsed", "checked"}
    | {"current", "disabled", "enabled", "inactive", "hidden", "read-only", "readonly"}
    | {"required", "mandatory", "optional", "invalid"}
)
# A name never holds a statement or a second step: a clause ran on into it.
_SENTENCE_INSIDE = re.compile(
    rf" (?:should|must|shall) \w| until (?:the|a|an|it|you|there)\b|{NEXT_STEP.pattern}"
    r"| (?:contains|has|have|shows|lists|displays|includes|says) (?:\d|exactly|at least|only)"
    r"| (?:shows|says|reads|displays|lists|mentions) (?:the|a|an|no)\b"
    # "the checkout page loads the payment form", "the Contact form submits without errors"
    r"| (?:loads|opens|submits|renders|works|fails|succeeds|accepts|returns|sends)"
    r" (?:the|a|an|without|correctly|properly|fine|successfully)\b"
    # "Sign in without filling anything" ("Continue without saving" is a name)
    r"| without \w+ing (?:anything|any|the|a|an|in|out|it|them)\b"
    # "the focus moves to the password": a thing going somewhere, said in lower case
    r"|^(?-i:[a-z]+) (?:moves|goes|jumps|switches|changes|returns|turns|scrolls|navigates"
    r"|redirects|leads|takes) (?:to|into|back|down|up)\b"
    # "the mobile menu opens when clicking the hamburger icon": when, said in a name
    r"| (?:when|whenever|while|after|before|once|upon) (?-i:[a-z]+ing)\b"
    # "Login with invalid password shows …": a step tried, never a part's name
    r"| with (?:an? |no )?(?:invalid|wrong|bad|incorrect|empty|blank|missing) (?-i:[a-z])"
    # "the submit button becomes enabled after I tick the terms box": a person acting
    r"| (?:when|whenever|while|after|before|once|until|if) (?-i:I|we|you|they)\b"
    r"|^(?:when|whenever|while|after|before|once|if) (?-i:I|we|you|they)\b"
    # "a guest sees the Sign up button": who looks, and what they see, never a name
    r"| (?:sees|(?:can|should|must|will) see)\b"
    # "click Name, type in the box": the next step ran on ("Yes, delete it" is a name)
    r"|, (?-i:type|enter|fill|press|go|open|select|choose|check|verify|wait|scroll|navigate"
    r"|submit|search|click|tap)\b"
    # "click Save nothing happens": what follows a step, which no check can see
    r"| nothing (?:happens|changes|loads|appears)\b"
    # "Save and I'm now on the dashboard": a step, then where it leaves me
    r"| (?:and|then) (?-i:I|we|you)(?:['’](?:m|re)| am| are)\b"
)
_HOW_MANY_OF = re.compile(
    r"^(?:the )?(?:(?:current|total|overall|exact|right|correct) )?"
    r"(?:number|count|amount|total|sum|list|names?) of "
)
_KIND_WITH = re.compile(r"^(?P<n>[a-z]+) with ")
_ROWS = frozenset({"row", "listitem"})
_COLUMN = re.compile(r" column$", re.I)
_ONE_OF_THEM = re.compile(r"(?:^|\s)ones?$")
_OF_WHICH = re.compile(rf" of (?:the )?{ORDINAL}$", re.I)
_DANGLING = re.compile(r" (?:no|with|without|of|the|a|an|and|or|to)$")
_A_DAY_ALONE = re.compile(
    r"^(?:today|tomorrow|yesterday|(?:next|last|this) (?:week|month|year|(?-i:[A-Za-z]+day)))$"
)
_ITEM_NOUNS = frozenset({"row", "card", "item", "entry", "tile", "listing", "line"})
_BOTH = re.compile(rf"(?:,| and| &) (?:[A-Z0-9]|{OPEN})")
_TWO_THINGS = re.compile(r" and (?:a|an|the|some) ", re.I)
# "validates the", "checks an": a verb, then what it acts on, in words written in lower case
_DOES_TO = re.compile(r"(?-i:\b[a-z]{3,}[^s\W]s (?:the|a|an|my|your|our|their) )")


def _kind(text: str, quotes: Quotes, determined: bool) -> tuple[str | None, str, bool]:
    """Split a phrase into its kind word and its name; the flag says the kind came last."""
    low = text.lower()
    if low in REGIONS:
        return low, "", True
    words = text.split(" ")
    last = " ".join(words[-3:])  # kind words are at most three words long
    end = _NOUN_END.search(last)
    if end and _is_kind(end["noun"], determined):
        name = text[: len(text) - len(last) + end.start("noun")].strip()
        described = _QUOTED_DESCRIBED.match(name)  # "'Invalid' validation error message"
        kind = singular(end["noun"])
        plural = kind != end["noun"].lower()
        if name and plural and ELEMENT_NOUNS.get(kind) == "img" and OPEN not in name:
            return None, "", False  # "our team photos": all of them, never one named "team"
        return kind, described["name"] if described else name, True
    start = _NOUN_START.match(text)
    named = start and (start["link"] or quotes.is_quoted(start["name"]))  # "radio button 'X'"
    if start and (named or (determined and not start["name"][:1].islower())):
        if singular(start["noun"].lower()) in _ITEM_NOUNS and _BOTH.search(start["name"]):
            return None, "", False  # "a row containing Alice and Admin": two texts
        return singular(start["noun"]), start["name"], False  # not "the row says Shipped"
    called = _THING_CALLED.match(text)
    if called and _PICTURED.match(text):
        return None, "", False  # "a chart titled Signups": drawn, which its title is not
    if called:  # "the product called Oak Chair": what shows that name, whatever it is
        return None, called["name"], False
    owned = _OWNED.match(text)
    if owned:  # "Bob's row": the row that holds Bob
        return singular(owned["noun"]), owned["name"], False
    holder = _HOLDER_WITH.match(text)
    if holder and (quotes.is_quoted(holder["name"]) or holder["name"][:1].isupper()):
        if _BOTH.search(holder["name"]):
            return None, "", False  # "a row with Alice and Admin": two texts, no one name
        return singular(holder["noun"]), holder["name"], False
    inside = _NOUN_QUOTED.match(text)
    if inside:
        return singular(inside["noun"]), inside["name"], False
    # "'Backpack' item", "'Invalid password' validation error message": a quoted name, then
    # what kind of thing shows it
    after = _QUOTED_THEN_NOUN.match(text)
    if after:
        return singular(after["noun"]), after["name"], True
    return None, text, False


def _is_kind(word: str, determined: bool) -> bool:
    """Tell a kind word from the end of a name: "the Add Item" is a name, "the lamp item" not."""
    strong = singular(word) in STRONG_NOUNS
    if word != word.lower():
        return determined and strong
    return strong or determined


def _role(noun: str | None, context: Context, name: str) -> str | None:
    if noun is None:
        return {"link": "link", "check": "checkbox", "select": "combobox"}.get(context)
    role: str | None
    if noun == "box":
        role = {"check": "checkbox", "select": "combobox"}.get(context, "textbox")
    elif noun == "option":
        role = "checkbox" if context == "check" else None
    elif noun in ELEMENT_NOUNS:
        role = ELEMENT_NOUNS[noun]
    else:
        role = REGIONS.get(noun)
    if role == "banner" and name and name.lower() not in REGIONS:
        return "heading"  # "the 'Panel' header": a named header is a heading, not the banner
    if role is None and context in {"check", "link"}:
        return "checkbox" if context == "check" else "link"
    return role


def _split_position(text: str, quotes: Quotes) -> tuple[str, str | None]:
    """Drop "in the top right"; keep "at the bottom of the form" as the form to look in."""
    position = _POSITION.search(text)
    if position is None:
        return text, None
    place = position["of"]
    if place is None or place.lower() in {"page", "screen", "window"}:
        return text[: position.start()], None
    within = scope_name(place, quotes)
    if within is None:
        return "", None  # "on the right of the second task": a place we cannot find
    if not quotes.is_quoted(within) and names_a_page(within):
        return "", None  # "at the bottom of the Installation page": a page, maybe not this one
    return text[: position.start()], within


# "for Pro users": whom a thing shows to, which no part of the page is
_WHO_IT_IS_FOR = re.compile(
    r"\b(?:users|customers|members|admins|administrators|visitors|guests|accounts|people"
    r"|subscribers|buyers|sellers|owners|editors|viewers|everyone|anyone)$",
    re.I,
)
# "the latest transaction", "the cheapest product": one of a list, told by its data, which
# no name of a part tells ("Latest transactions" heads the whole list). "The latest
# version" is one thing a page names so.
_ONE_BY_ITS_DATA = re.compile(
    r"^(?:most recent|latest|newest|oldest|earliest|cheapest|priciest|most expensive"
    r"|most popular|best[- ]selling|(?:highest|lowest|top|best)[- ]rated)"
    r" (?!version|release)[a-z]+(?<!s)$",
    re.I,
)
# "one of the products": any of them, which names none
_ANY_OF = re.compile(
    r"^(?:one|any|some|either|each|all|several|both|none|a few|many) of (?:the|these|those"
    r"|them|its|my|your|our)\b",
    re.I,
)
# "the table below it": placed by something said before
_BY_IT = re.compile(
    r" (?:below|above|under|underneath|beneath|beside|next to|near|after|before) (?:it|them|this"
    r"|that)$",
    re.I,
)
# Things no other thing is inside: "next to the Name heading" is beside it, never in it
_HOLDS_NOTHING = re.compile(
    r"\b(?:heading|headline|title|field|input|toggle|switch|checkbox|icon|image|logo|label"
    r"|badge|it|them)$",
    re.I,
)
_CONTROL = re.compile(r"\b(?:button|link)$", re.I)
_CONTROL_OF = re.compile(r" (?:button|link|tab|checkbox|toggle|switch|icon|row)$", re.I)


_SEARCH_BAR = re.compile(r"\bsearch ?bar\b", re.I)
_KIND_ENDS_A_NAME = re.compile(
    r"^(?-i:[A-Z])[\w'’&.-]*(?: [\w'’&.-]+){0,3} (?:button|link|tab|checkbox|toggle|switch)$"
)


def _split_scope(text: str, quotes: Quotes) -> tuple[str, str | None]:
    """Split "Add to cart on the Brass Desk Lamp" into the element and the text it sits in."""
    for match in _SCOPE.finditer(text):
        left = text[: match.start()].strip()
        right = text[match.start() + len(match.group(1)) + 2 :]
        if not left:
            continue
        after_kind = _NOUN_END.search(" ".join(left.split(" ")[-3:])) is not None
        one_for = match.group(1).lower() == "for" and _FOR_ONE_OF_A_KIND.match(right)
        if not (after_kind or _SCOPE_START.match(right) or one_for):
            continue  # "Search for products", "Carry on shopping": part of the name
        if match.group(1).lower() == "of" and not _CONTROL_OF.search(left):
            # "Terms of Service", "a table of contents": names; "the Buy button of the Pro
            # plan": a control, then where it is
            continue
        if match.group(1).lower() == "for" and not (_NAMED_FOR.match(right) or one_for):
            return "", None  # "the Delete button for guests": for whom, which no place is
        if match.group(1).lower() == "for" and _WHO_IT_IS_FOR.search(right):
            return "", None  # "the Upgrade button for Pro users": whom it shows to, no place
        if _KIND_ENDS_A_NAME.match(right):
            continue  # "the Share on Twitter button": a name, then its kind, never a place
        relation = match.group(1).lower()
        holds_nothing = _HOLDS_NOTHING.search(right)
        if relation not in {"in", "on", "of", "for", "from"} and (
            holds_nothing or _CONTROL.search(right)
        ):
            # "the icon next to the Name heading", "the label beside the Save button": beside
            # a thing, never inside it
            return "", None
        if relation == "on" and holds_nothing:
            # "the tooltip on the info icon": a thing that holds no other ("the badge on
            # the Inbox link" may be inside it)
            return "", None
        within = scope_name(right, quotes)
        if within is None or joins_names(right, quotes):
            # "in the second row", "on her profile": a place we cannot find; "for Ada and
            # Bob": two places, which one step is not
            return "", None
        if not quotes.is_quoted(within) and names_a_page(within):
            return "", None  # "on the login page": a page the journey may not be on
        if not quotes.is_quoted(within) and (_A_PAGE.search(within) or names_the_site(within)):
            return left, None  # "on the results page", "on the site": the page open
        return left, within
    return text, None


def some_rows_of(text: str) -> str:
    """Read "one or more rows of this table" as the table they are in."""
    return _SOME_ROWS_OF.sub("", text.strip(), count=1)


# Kinds of control that hold nothing: "in the field" names no place to look in.
_CONTROLS = frozenset({"field", "input", "textbox", "text box", "button", "link", "checkbox"})
# "on mobile": a screen to run on (a browser setting), never a part of the page
_DEVICE = re.compile(r"^(?:mobile|desktop|tablet|small screens?)$")
_STATED_PLACE = re.compile(
    rf"{STATEMENT_WORDS.pattern}|\b(?:goes|leads|points|navigates|takes|brings) (?:to|you|me|us)\b"
    # "the card for Oak Chair shows a rating": what the place says, run into its name
    r"| (?-i:says|shows|reads|displays|lists|contains|mentions|includes) ",
    re.I,
)
_PERSONAL = re.compile(
    r"^(?:my|your|his|her|their|our|the user's) (?:full )?(?:name|e-?mail(?: address)?|username"
    r"|avatar|picture|photo|initials)$",
    re.I,
)
# "the list as Invited": a place, then how a thing stands in it
AS_WHAT = re.compile(r" as (?:an? )?(?-i:[A-Z0-9])", re.I)
_A_PAGE = re.compile(r"(?:^|\s)(?:page|screen)$|^(?:homepage|site|website|web site)$", re.I)
_PLACE_INSIDE = re.compile(r" (?:in|on|inside|within|under) (?:the|this|your|my) \w", re.I)


# Two names joined: "Ada and Bob", "Ada & Bob" (a name said with "and" is quoted).
_NAMES_JOINED = re.compile(r"^[A-Z0-9][^&]*? (?:and|&) [A-Z0-9]")


def joins_names(text: str, quotes: Quotes) -> bool:
    """Tell "Ada and Bob" (two items, which one step is not) from one name."""
    return bool(_NAMES_JOINED.match(text)) and not quotes.is_quoted(text)


def item_named(raw: str, quotes: Quotes) -> str | None:
    """The name in "the row for Ada" or "Ada's card": an item of a list, named by what it
    shows; None for any other place ("the cart")."""
    text = _DETERMINER.sub("", raw.strip(" ,.;:!?"), count=1)
    match = _CONTAINER_OF.match(text) or _POSSESSIVE.match(text)
    if match is None:
        return None
    name = _DETERMINER.sub("", match["x"], count=1)
    named = NAME_FIRST.match(name) or OPEN in name or by_number(name) or by_code(name)
    named = named or re.fullmatch(ADDRESS, name)
    return scope_name(raw, quotes) if named else None


def by_number(name: str) -> bool:
    """Tell "#1001" or "order #1001": a thing named by its number, whatever its case."""
    return bool(re.match(r"^(?:(?-i:[a-z]+) )?#\d+$", name))


_KIND_THEN_CODE = re.compile(rf"^(?-i:[a-z]+) (?P<code>{_CODE}|{ADDRESS})$")


_BESIDE_ANOTHER = re.compile(
    r" (?:above|below|underneath|to the (?:left|right) of) (?:the|a|an|this|that) ", re.I
)
# "key Staging", "project Apollo": a kind, then a name written in capitals
_KIND_THEN_TITLE = re.compile(
    r"^(?P<kind>(?-i:[a-z]{3,})) (?P<x>(?-i:[A-Z])\w*(?: (?-i:[A-Z])\w*)*)$"
)


def by_code(name: str) -> str | None:
    """The code in "invoice INV-002": what the page shows of it, without its kind, which a
    table says once in its column's heading."""
    match = _KIND_THEN_CODE.match(name.strip())
    return match["code"] if match else None


_SAYS_INSIDE = re.compile(
    r" (?:only |all |both )?(?:shows?|says?|displays?|contains?|lists?|includes?|mentions?) "
)
_ENDED = re.compile(r" (?:succeeded|failed|passed|finished|completed|worked|crashed|broke)$")
_BROWSER_TAB = re.compile(r"^(?:new|another|other|browser|new browser) (?:tab|window)$")
_SCOPE_KINDS = r"table|grid|list|section|panel|card|dialog|modal|form|menu|region"
_KIND_THEN_NAME = re.compile(
    rf"^(?P<kind>{_SCOPE_KINDS}) (?P<x>{OPEN}\d+{CLOSE})$"
    # "the 'Users' table": its name quoted, then its kind
    rf"|^(?P<x2>{OPEN}\d+{CLOSE}) (?P<kind2>{_SCOPE_KINDS})$",
    re.I,
)


def scope_name(raw: str, quotes: Quotes) -> str | None:
    """Reduce "the row for Bob" or "Bob's card" to the text that identifies it: "Bob"."""
    if _PERSONAL.match(raw.strip(" ,.;:!?")):
        return None  # "next to my name": words of the account, which the goal does not give
    text = _DETERMINER.sub("", raw.strip(" ,.;:!?"), count=1)
    position = _POSITION.search(text)
    if position and position["of"] is None:
        text = text[: position.start()]  # "the FAQ at the bottom": the FAQ, wherever it is
    text = some_rows_of(text)
    # "table 'Users'": the Users table
    text = _KIND_THEN_NAME.sub(
        lambda m: f"{quotes.value(m['x'] or m['x2'])} {m['kind'] or m['kind2']}", text
    )
    for pattern in (_CONTAINER_OF, _POSSESSIVE, _CONTAINER_AFTER):
        match = pattern.match(text)
        if match:
            text = _DETERMINER.sub("", match["x"], count=1)
            break
    text = by_code(text) or text  # "the row for invoice INV-002": for INV-002
    named = _KIND_THEN_TITLE.match(text)
    if named and named["kind"].lower() not in REGIONS:
        text = named["x"]  # "Revoke on the key Staging": what shows Staging, not "key Staging"
    value = quotes.value(text)
    if not quotes.is_quoted(text) and (has_pronoun(text) or to_ordinal(text) is not None):
        return None
    if not quotes.is_quoted(text) and text.lower() in _CONTROLS:
        return None  # "the field shows an error": which field? a control is no part of a page
    if not quotes.is_quoted(text) and _DESCRIBED.match(text):
        return None  # "the month with times available": a description, not words to find
    if not quotes.is_quoted(text) and _PLACE_INSIDE.search(text):
        return None  # "the row for Bob in the users table": a place in a place, not one text
    if not quotes.is_quoted(text) and _STATED_PLACE.search(text):
        return None  # "the header goes to /docs": a statement ran into the place
    if not quotes.is_quoted(text) and "," in text:
        return None  # "the users table, find the row for Bob": a step run into a place
    if not quotes.is_quoted(text) and AS_WHAT.search(text):
        return None  # "in the list as Invited": how a thing stands there, no place's name
    if not quotes.is_quoted(text) and to_ordinal(text.split(" ")[0]) is not None:
        return None  # "the second task": a position among things we cannot count
    if not quotes.is_quoted(text) and ROW_BY_NUMBER.match(text):
        return None  # "in row 3": the third row, not one that says "3"
    return value if value.strip() else None
