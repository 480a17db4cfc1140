"""Read page actions: going somewhere, clicking, pressing keys, hovering, submitting, waiting."""

from __future__ import annotations

import re
from dataclasses import replace

from housecat.plan.grammar.checks import ERROR_CODE, STATUS_CODE, parse_assertion
from housecat.plan.grammar.health import CONSOLE_ERRORS
from housecat.plan.grammar.intents import (
    ANY_ONE,
    NOWHERE_NAMED,
    held_in_focus,
    page_name,
    trail,
)
from housecat.plan.grammar.keys import QUANTIFIED, key_leftover, key_name
from housecat.plan.grammar.lists import listed
from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes
from housecat.plan.grammar.seen import absent, classify, exists, literal
from housecat.plan.grammar.target import Context, joins_names, parse_element
from housecat.plan.grammar.types import Draft, Parsed, Rule, Tail, one, rule
from housecat.plan.grammar.words import (
    ADVERB,
    CHECKABLE_ROLES,
    CHOSEN_BY,
    LANDING_PAGES,
    MARKED_TEXT,
    NUMBER,
    ORDINAL,
    PAGE_OF,
    SITE_HOME,
    STATEMENT_RUN_ON,
    TWO_COUNTS,
    UNNAMEABLE,
    chosen_by_the_page,
    has_pronoun,
    names_a_position,
    names_the_site,
    runs_into_a_step,
    seconds,
    to_number,
    to_ordinal,
)
from housecat.plan.models import Target
from housecat.plan.variables import VARIABLE, placeholder

_URL = re.compile(
    r"^(?:https?://\S+|www\.\S+|localhost(?::\d+)?(?:/\S*)?"
    r"|(?:[a-z0-9-]+\.)+(?!html?\b|php\b|aspx?\b|jsp\b|json\b|xml\b|txt\b|pdf\b)[a-z]{2,}"
    r"(?::\d+)?(?:/\S*)?)$",
    re.I,
)
_PATH = re.compile(r"^(?P<path>/\S*)(?: (?:page|screen))?$", re.I)
# "go to {{base}}/admin": a variable holding an address, and perhaps a path after it.
_VARIABLE_ADDRESS = re.compile(VARIABLE.pattern + r"(?:/\S*)?$")
_NEW_TAB = re.compile(r" in (?:a|the) (?:new )?(?:browser|tab|window)$", re.I)
_DETERMINER = re.compile(r"^(?:the|a|an|your|my|our) ", re.I)
_PAGE = re.compile(r"^(?P<name>.+?) (?:page|screen|view)$", re.I)
# "the /health endpoint", "the pricing page /pricing", "/pricing (the pricing page)": that address
_ADDRESS_SAID = re.compile(
    r"^(?:the )?(?:[\w' -]+ (?:page|screen),? )?(?P<a>(?:/|https?://)\S*)"
    r"(?: (?:endpoint|route|url|address|api)| \((?:the )?[\w' -]+ (?:page|screen)\))?$",
    re.I,
)
# A thing of the site's, then its name as written: "the product Oak Chair", "the post 'Hi'"
_THING_NAMED = re.compile(
    r"^(?:product|item|article|post|order|project|listing|course|recipe|category|collection)"
    rf" (?P<x>(?-i:[A-Z0-9#])\S*(?: (?-i:[A-Z0-9])\S*)*|{OPEN}\d+{CLOSE})$",
    re.I,
)
_WHEN_SAID = re.compile(r" (?:after|before|once|when|until|while|whenever) ", re.I)
# "go there", "navigate away": a place said before, the page we are on, or any other; no
# page's name
_NOWHERE = frozenset(
    {"back", "forward", "previous page", "next page", "page", "previous", "last"}
    | {"there", "here", "over there", "that way", "away", "elsewhere", "somewhere else"}
)
# A lower-case purpose after the target ("click Next to continue") is not part of its name.
_PURPOSE = re.compile(
    r" to (?:continue|proceed|log in|sign in|login|submit|confirm|finish|start|begin|accept"
    r"|dismiss|reveal|expand|collapse|close|open|view|see|show|hide|go|return|get|navigate"
    r"|display|list|load|reload|refresh|apply|filter|sort|search|find|make|complete|send"
    r"|save (?:it|the|your|changes)|add (?:it|this) to|add to)\b.*$"
)
# A purpose that names the item acted on ("… to view Ada's details"): the click is one of
# several, in that item, which dropping the purpose would lose
_OF_AN_ITEM = re.compile(
    rf"\b(?:for|about|of|on) (?:the )?(?:[a-z]+ )?(?:(?-i:[A-Z0-9#])|{OPEN})"
    r"|\b(?-i:[A-Z])\S*['’]s\b"
)
_KEY_PURPOSE = re.compile(r" to [a-z].*$")  # "press Escape to close the dialog"
# "press Escape to close the dialog; make sure it's gone": "it" is the part closed
_CLOSES = re.compile(
    r" to (?:close|dismiss|hide) (?:the |this )?(?:[\w-]+ )?"
    r"(?P<part>dialog|modal|popup|pop-up|menu|dropdown|drawer|panel|overlay|banner|window)$",
    re.I,
)
_LOADS = (
    r" to (?:(?:fully|completely|entirely) )?(?:finish |be done |complete )?"
    r"(?:load|loading|be loaded|render|settle)(?: (?:fully|completely|entirely))?"
    r"| (?:loads|has loaded|is loaded|finishes loading)"
)
# "wait for the page to load", "wait for it to load": every navigation waits for that
_WHOLE_PAGE = re.compile(
    rf"^(?:the |this )?(?:page|site|website|app|screen)(?:{_LOADS})?$"
    rf"|^(?:it|everything)(?:{_LOADS})$"
    # "wait for the redirect": every navigation waits for the page it lands on
    r"|^(?:the |any )?redirects?(?: (?:completes|finishes|is done|happens))?$",
    re.I,
)
# "wait for it to load, then check …": a next step, never words to wait for
_THEN = re.compile(r",? (?:and )?then \S|, (?:and )?(?:check|verify|confirm|click|open|go)\b", re.I)
_KEY = re.compile(
    r"^(?P<key>.+?)(?P<kw> keys?| button)?(?: (?:in|on|into|inside|within) (?P<t>.+))?$", re.I
)
_KEYBOARD = re.compile(r"^(?:the |your )?keyboard$", re.I)
_SHOWN_UP = re.compile(
    r"^(?P<x>.+?) (?P<p>(?:(?:to|is|are|be|has|have|gets?|becomes?) )*(?:appears?|visible|shown"
    r"|displayed|present|there|loaded|loads?|shows? (?-i:up)|finish(?:es)? loading"
    r"|disappears?|hidden|gone|goes away|go away|vanish(?:es)?))$",
    re.I,
)
_GONE = re.compile(r"(?:disappears?|hidden|gone|go(?:es)? away|vanish(?:es)?)$", re.I)
_AMOUNTS = {"a": "1", "an": "1", "half a": "0.5", "a couple of": "2", "a couple": "2"}
_KEY_VERBS = frozenset({"press", "hit", "push"})
_CLAUSE_IN_NAME = re.compile(
    r" (?:until|unless|while|whenever|as long as) [a-z]"
    # "click Subscribe without an email": what the form holds, which no name says
    r"| without (?:an?|any|the|your|my|entering|typing|filling|giving|choosing|selecting) "
    r"| (?:on|in|at) (?:the )?(?:step|page) \d+$"  # "Save on step 2": when, not a name
    # "click Save the form closes", "click Show more results are listed": what follows
    r"| (?:the|a|an|it) (?:\w+ )?(?:says|shows|closes|opens|appears|disappears|loads|is|are"
    r"|goes|changes|becomes|turns|updates|increases|decreases|drops|rises|grows|reads|should"
    r"|must|will)\b"
    r"| (?:is|are) (?:listed|shown|displayed|visible|gone|hidden|closed)$"
)
_BROWSER_PARTS = re.compile(r"^(?:i?frame|window|popup window|new (?:tab|window)|browser)$")
_CONNECTIVE = re.compile(r"^(?:then|and|after that)\b")  # "click then Save": a lost step
_ITEM_KINDS = r"(?:item|product|result|one|listing|entry|card|tile|row|book|article|thing)"
_NTH_ITEM = re.compile(rf"^(?P<ord>{ORDINAL}) {_ITEM_KINDS}$", re.I)
_THE_ITEM = re.compile(rf"^(?:this )?{_ITEM_KINDS}$", re.I)
_THE_PAGE_S = frozenset({"it", "this", "this one"})
_AS_IT_IS = (
    r"(?:empty|blank|as it is|without (?:filling|entering|typing) (?:anything|it|any of it"
    r"|a thing)(?: in)?|with (?:all |every )?(?:the )?fields? (?:left )?(?:empty|blank))"
)
_LEFT_EMPTY = frozenset({"empty", "blank", "unfilled"})
_FORM_STATE = re.compile(
    r"^(?:an?|some|any|no|all)\b|\b(?:empty|blank|missing|invalid|wrong|incorrect|valid)\b", re.I
)
_QUOTED_NAMES = re.compile(rf"{OPEN}\d+{CLOSE}(?:(?:,? and |, ){OPEN}\d+{CLOSE})+")
# "Oak Chair and Brass Lamp": names of two words or more each, as a person's full name
_FULL_NAME = r"[A-Z][\w'-]*(?: [A-Z0-9][\w'-]*)+"
_FULL_NAMES = re.compile(rf"{_FULL_NAME}(?:(?:,? and |, )(?:the )?{_FULL_NAME})+")
_NAMES_CUT = re.compile(r",? and (?:the )?|, (?:the )?")
_ORDINAL_FIRST = re.compile(rf"^{ORDINAL} ", re.I)
_HOW_MANY = re.compile(rf"^(?:{NUMBER}|a few|some|several|all|every|each|both) \S", re.I)
# "go through checkout", "go further down": how one goes, not where.
_HOW_GONE = re.compile(
    r"^(?:through|further|farther|down|up|over|on|live|around|along|across|past|beyond|into)\b",
    re.I,
)
# "the top of the page": a spot on a page, no page.
_SPOT_ON_PAGE = re.compile(r"^(?:top|bottom|end|middle|start|side)\b(?: of\b|$)", re.I)
# "wait until Saving is not shown anymore": the last word adds nothing to wait for.
_ANYMORE = re.compile(r" (?:any ?more|any longer)$", re.I)
# "the result in the Configuration page": a thing on a page, never a page's own name
_A_THING_THERE = re.compile(r"^(?-i:[a-z])[\w -]* (?:in|on) the ", re.I)
_BY_WAY_OF = re.compile(r" (?:via|through|using|by way of) ", re.I)
_HOW_IT_STANDS = re.compile(
    r" (?:without|with (?:an?|the|no|my|your|some|any|all|every|only|nothing)) ", re.I
)


# What opens and closes by a click on its own words: "the FAQ question 'Why?'"
_FOLDING = r"(?:section|panel|accordion|question|item|row|group|entry)"
# "load more products": the control that says so, never a link named "more products"
_MORE = re.compile(r"^more(?: [a-z]+)?$")


def _goto(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Go to a URL or path; reach a page named without one by following its link."""
    verb = match["verb"].lower()
    raw = ADVERB.sub("", _NEW_TAB.sub("", match["x"].strip()))
    raw = _ADDRESS_SAID.sub(r"\g<a>", raw)
    value = quotes.value(raw)
    if _VARIABLE_ADDRESS.match(value):
        return one("goto", value=value)
    if verb == "load" and _MORE.match(value):
        return one("click", target=Target(text=f"Load {value}"))  # its control, by its words
    followed = trail(raw, quotes)
    if followed is not None:
        return followed
    if _URL.match(value):
        scheme = "http://" if value.lower().startswith("localhost") else "https://"
        return one("goto", value=value if "://" in value else scheme + value)
    path = _PATH.match(value)
    if path:
        return one("goto", value=path["path"])
    if value.startswith("/") or "://" in value:
        return None  # "/admin as alice": an address with words we cannot place
    if has_pronoun(raw):
        return None  # "open its page", "go to her profile": whose? a thing said before
    if not quotes.is_quoted(raw) and (
        runs_into_a_step(raw, after=" and|,") or STATEMENT_RUN_ON.search(raw)
    ):
        # "go back twice and check we are on the homepage": a check run on, never a page
        return None
    name = _DETERMINER.sub("", raw, count=1)
    page_of = None if names_a_position(name) else PAGE_OF.match(name)
    if page_of:  # "go to the product page for Oak Chair": that product's page
        name = f"{page_of['x']} page"
    thing = _THING_NAMED.match(name)
    if thing:  # "go to the product Oak Chair": its page
        name = f"{thing['x']} page"
    page = _PAGE.match(name)
    if page:
        name = page["name"]
    spoken = quotes.value(name)
    addressed = _PATH.match(spoken) if page else None
    if addressed:
        return one("goto", value=addressed["path"])  # "the /status page": that address
    said_page = f"{spoken} page" if page else spoken  # "the landing page": its whole name
    if names_the_site(said_page) or SITE_HOME.search(said_page):
        return one("goto", value=placeholder("url"))  # the page the test starts on
    if spoken.lower() in _NOWHERE or verb.startswith(("am ", "start", "begin")):
        return None  # a page named without a path cannot be started on
    if _WHEN_SAID.search(spoken) and not quotes.is_quoted(name):
        return None  # "go to the products page after ordering": a step we did not read first
    if _HOW_IT_STANDS.search(spoken) and not quotes.is_quoted(name):
        return None  # "go to checkout without items": how the journey stands, no page's name
    if (verb == "go" and _HOW_GONE.match(spoken)) or _SPOT_ON_PAGE.match(spoken):
        return None  # "go through checkout", "go to the top of the page": no page's name
    if page or verb not in {"open", "open up", "load"}:
        if spoken.lower() in UNNAMEABLE or has_pronoun(spoken):
            return None
        if names_a_position(spoken):
            return None  # "the 3rd page", "the next page of results": where, not a page's name
        element = None if page else parse_element(raw, quotes, "link")
        if element is not None and element.page_shown_so:
            return None  # "the pricing page in EUR": a way the page is shown, no part
        if element is not None and element.noun is None and element.target.within:
            # "go to Billing in the sidebar": what is named there is opened, never a page
            # named "Billing in the sidebar"
            placed = element.target.model_copy(update={"role": None})
            return one("open", target=placed, tail=element.tail)
        if element is not None and element.noun is not None:
            if not element.named:
                return None  # "go back to the list": a place, with no link named to follow
            if element.target.role in {"row", "listitem", "cell", "article"}:
                return None  # "go to the Bob row": a place on the page, which no click is
            return one("click", target=element.target, tail=element.tail)
        if len(spoken.split()) > 4 and not quotes.is_quoted(name):
            return None  # "open the page to learn more about X": a purpose, not a page's name
        if not quotes.is_quoted(name) and _BY_WAY_OF.search(spoken):
            return None  # "Reports via the sidebar": a way there, no page so named
        if page and not quotes.is_quoted(name) and _A_THING_THERE.match(spoken):
            return None  # "the result in the Configuration page": a thing there, no page
        # Be on that page: stay if the journey is there already, else follow its link; "page"
        # ends its name ("On the pricing page, Pro costs $9": no page "pricing page, Pro")
        spoken = page_name(spoken) if page else spoken
        visited = one("visit", target=Target(text=spoken), tail="closed" if page else "name")
        return held_in_focus(visited, spoken)
    element = parse_element(raw, quotes, "click")
    if element is None or (not element.quoted and len(element.target.text.split()) > 4):
        return None  # "open the page to learn more about X": a purpose, not a name
    if not element.quoted and ANY_ONE.match(raw):
        return None  # "open a chair": any one of them, which is for the page to say
    if element.page_shown_so:
        return None  # "open the pricing page in EUR": a way it is shown, no step we have
    if not element.quoted and chosen_by_the_page(element.target.text):
        return None  # "open the newest post": which one is for the page to say
    return one("click", target=element.target, tail=element.tail)


def _press(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Press a named key or chord; give way to a click when the words name a button."""
    parts = _KEY.match(_KEY_PURPOSE.sub("", match["rest"]))
    if parts is None or (parts["kw"] or "").strip().lower() == "button":
        return None  # "press the Enter button" names a button
    said = quotes.value(parts["key"])
    key = key_name(said, said_key=bool(parts["kw"])) or _character_key(said, bool(parts["kw"]))
    if key is None:
        return None
    target = None
    if parts["t"] and not _KEYBOARD.match(parts["t"]):
        element = parse_element(parts["t"], quotes, "fill")
        if element is None:
            return None
        target = element.target
    closes = _CLOSES.search(match["rest"])
    pressed = one("press", target=target, value=key)
    return replace(pressed, focus=closes["part"].lower()) if closes else pressed


def _character_key(said: str, said_key: bool) -> str | None:
    """The key of one character: "press /" (which names no button), "press the + key"."""
    character = re.sub(r"^the ", "", said, flags=re.I)
    if len(character) != 1 or character.isalnum() or character.isspace():
        return None
    return character if said_key or character == "/" else None


def _toggle(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    element = parse_element(match["t"] + (match["place"] or ""), quotes, "click")
    if element is None or element.target.text.lower() in UNNAMEABLE:
        return None
    clicked = one("click", target=element.target, tail=element.tail)
    if match[0].lower().startswith("collapse"):
        return clicked
    # "expand the Shipping section and check it says …": "it" is the section opened; a
    # quoted name stays quoted ("Can I cancel?" holds words that read as a sentence)
    name = match["t"].strip() if quotes.is_quoted(match["t"].strip()) else element.target.text
    return replace(clicked, focus=f"{name} section")


_SOMEONE = re.compile(r"^(?:@|(?:user|account|person|author|profile|member|creator) )")
_ANY_ONE = re.compile(r"^\s*(?:an?|any|some) ", re.I)


_SPOT_ASIDE = re.compile(
    r" \((?:at |in |on )?(?:the )?(?:top|bottom|upper|lower|left|right)"
    r"(?:[ -](?:right|left|corner|side|edge))*(?: of the (?:page|screen))?\)$",
    re.I,
)


# "… to delete Buy milk": what the click does to an item, which says whose control it is
_DONE_TO_ITEM = re.compile(
    r" to (?:delete|remove|edit|rename|archive|duplicate|complete|tick off|check off|mark)"
    r" (?P<item>.+)$",
    re.I,
)


def _in_item(control: str, item: str, quotes: Quotes) -> Parsed | None:
    """Click a control in the item named (never one anywhere: another item's would do)."""
    item = re.sub(r"^(?:the )?(?:(?:todo|task|item|entry|row) )?", "", item, flags=re.I)
    item = re.sub(r" (?:as done|as complete|as completed|from the \w+)$", "", item, flags=re.I)
    element = parse_element(control, quotes, "click")
    named = item.startswith(OPEN) or item[:1].isupper()
    if element is None or element.target.within or not named or has_pronoun(item):
        return None  # "… to delete it": which item, the click alone does not say
    return one("click", target=element.target.model_copy(update={"within": quotes.value(item)}))


def _focus(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Focus a field by clicking in it; focusing a button without pressing it is no click."""
    element = parse_element(match["t"], quotes, "fill")
    if element is None or element.target.role not in _TYPED_IN:
        return None
    return one("click", target=element.target)


_TYPED_IN = frozenset({"textbox", "searchbox", "combobox"})


# "Bob's name", "the user's avatar": a thing of someone's ("Women's shoes" is a name)
_POSSESSED = re.compile(
    r"^(?P<who>\S+(?: \S+)*?)['’]s (?P<what>name|(?:profile )?(?:avatar|photo|picture|image)"
    r"|profile|email|username)$"
)


_INSTRUCTIONS = re.compile(r"^(?:steps?|instructions?|prompts?|process)\b", re.I)


# What is done with a link, which names the control that does it ("Copy link")
_DONE_WITH_A_LINK = re.compile(
    r"^(?:copy|send|resend|generate|regenerate|email|request)(?: (?-i:[a-z])\w*){0,2}$", re.I
)


def _click(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Click an element; "select the Newsletter checkbox" ticks it instead."""
    verb = match["verb"].lower()
    context: Context = "link" if verb == "follow" else "click"
    followed = None if verb in _KEY_VERBS else trail(match["t"], quotes)
    if followed is not None:
        return followed  # "click Settings > Billing": each in turn, as a menu path is followed
    purpose = _PURPOSE.search(match["t"])
    if purpose and _OF_AN_ITEM.search(purpose.group()):
        return None  # "click View to see the order for Ada": which View is hers, no name says
    done_to = _DONE_TO_ITEM.search(match["t"])
    if done_to:  # "click the trash icon to delete Buy milk": the icon in Buy milk's item
        return _in_item(match["t"][: done_to.start()], done_to["item"], quotes)
    # "the search icon (top right)": where on the screen, which its name already tells apart
    named = _SPOT_ASIDE.sub("", _PURPOSE.sub("", match["t"]))
    element = parse_element(named, quotes, context)
    if element is None:
        return None
    name = element.target.text
    if element.noun == "link" and not element.quoted and _DONE_WITH_A_LINK.match(name):
        # "click Copy link", "press Send reset link": a control so named, not a link "Copy"
        name = f"{name} link"
        element = replace(element, target=Target(text=name, within=element.target.within))
    if not element.quoted and (QUANTIFIED.search(name) or _CONNECTIVE.match(name)):
        return None  # "press Tab 30 times", "click then Save": no button's name
    if not element.quoted and (
        _CLAUSE_IN_NAME.search(name) or NOWHERE_NAMED.match(name) or STATEMENT_RUN_ON.search(name)
    ):
        return None  # "click Load more until …", "click outside the modal": no control's name
    if verb == "follow" and not element.quoted and not element.noun and _SOMEONE.match(name):
        # "follow @ada", "follow the user ada": her Follow button, which is no link to her
        return None
    if verb == "follow" and not element.quoted and _INSTRUCTIONS.search(name):
        return None  # "follow the steps below": what the goal says next, no link
    if not element.quoted and _BROWSER_PARTS.match(name):
        return None  # "switch to the iframe": the browser's, no control on the page
    if verb == "toggle" and not element.quoted and " to " in name:
        return None  # "toggle the theme to dark": a setting's new state, no control's name
    if not element.quoted and chosen_by_the_page(name):
        return None  # "click the cheapest product": which one is for the page to say
    owned = None if element.quoted or element.noun else _POSSESSED.match(name)
    if owned and (owned["what"].lower() != "name" or owned["who"][:1].islower()):
        return None  # "click Bob's avatar", "the user's name": his, which no name says
    if owned:  # "click on Bob's name": the name, as the page shows it
        element = replace(element, target=element.target.model_copy(update={"text": owned["who"]}))
        name = owned["who"]
    described = not element.named or name[:1].islower()
    if _ANY_ONE.match(match["t"]) and not element.quoted and described:
        return None  # "click a product", "pick a date": any one, which the page would choose
    if verb in _KEY_VERBS and not element.quoted and not element.noun and key_leftover(name):
        return None  # "press Tab Tab", "press Enter now": a key with words we cannot place
    choosing = verb in {"select", "choose", "pick"}
    if choosing and not element.quoted and TWO_COUNTS.match(name):
        return None  # "select 2 adults and 1 child": two choices, no control named so
    if choosing and not element.quoted and MARKED_TEXT.match(name):
        return None  # "select the text in the editor": words marked, no control
    if choosing and element.target.role in CHECKABLE_ROLES - {"radio"}:
        return one("check", target=element.target, tail=element.tail)
    clicked = one("click", target=element.target, tail=element.tail)
    if element.target.role == "tab" and not element.target.names_kind:
        # "click the Python tab and check it shows pip install": "it" is what the tab
        # shows, never the whole page
        where = f" in the {element.target.within}" if element.target.within else ""
        return replace(clicked, focus=f"{name} tab{where}")
    if element.noun in {"card", "tile"} and not element.quoted:
        return replace(clicked, focus=name)  # "click the Pro plan card; it says …": that card
    return clicked


def _click_to(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Click, and where the purpose said is a place ("click the logo to go back home",
    "click Pricing to go to /pricing"), check that the click lands there."""
    clicked = _click(match, quotes)
    there = _GOES_TO.search(match["t"])
    if clicked is None or there is None:
        return clicked
    landed = parse_assertion(f"I should be on {there['where']}", quotes, bare=False)
    if landed is None or any(d.action != "expect_url" for d in landed.drafts):
        return None  # "to go to the next step": somewhere no address tells
    return Parsed(clicked.drafts + landed.drafts, landed.tail)


# "… to go back home", "… to get to /pricing": where the click is for, which it must reach
_GOES_TO = re.compile(
    r" to (?:go|navigate|return|get|head|come)(?: back)?(?: to)? (?P<where>/\S*|https?://\S+"
    r"|(?:the )?(?:home ?page|home|front page|landing page)"
    # "… to get to the sign in page": a page by name, whose address says it
    r"|the (?!next |previous |last |same )(?:\w+ ){1,2}page)$",
    re.I,
)


def _hover(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    if match["t"].lower() in {"over", "on", "above", "onto", "to"}:
        return None  # "hover over": over what? never a thing named "over"
    element = parse_element(match["t"], quotes, "hover")
    return one("hover", target=element.target, tail=element.tail) if element else None


def _submit(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    if match["form"]:
        name = quotes.value(match["form"])
        if name.lower() in _LEFT_EMPTY | {"a", "an"}:
            return one("submit")  # "submit the empty form": nothing typed, then sent
        left_empty, _, rest = name.partition(" ")
        if left_empty.lower() in _LEFT_EMPTY and not quotes.is_quoted(match["form"]):
            name = rest  # "the empty contact form": the contact form, nothing typed in it
        if name.lower() in UNNAMEABLE or has_pronoun(name):
            return None
        return one("submit", target=Target(text=name, role="form"))
    if not match["btn"]:
        return one("submit")
    key = key_name(quotes.value(match["btn"]), said_key=False)
    if key is not None:
        return one("press", value=key)  # "submit by pressing Enter"
    if _FORM_STATE.search(match["btn"]):
        return None  # "submit the form with an empty email": what the form holds, no button
    said = _DETERMINER.sub("", match["btn"], count=1)
    if said[:1].islower() and not re.search(r"\b(?:button|link|icon|control)$", said, re.I):
        return None  # "submit with mismatched passwords": what is sent, never a button's name
    element = parse_element(match["btn"], quotes, "click")
    if element is None:
        return None
    target = element.target
    if target.role is None:
        target = target.model_copy(update={"role": "button"})
    return one("submit", target=target)


def _wait(match: re.Match[str], _quotes: Quotes) -> Parsed | None:
    amount = match["n"].lower()
    spelled = to_number(amount)
    number = _AMOUNTS.get(amount) or (amount if spelled is None else str(spelled))
    return one("wait", value=seconds(number, match["u"]))


_NETWORK = re.compile(r"\bnetwork ?(?:idle|to (?:be idle|settle|finish))", re.I)
_FINISHED = re.compile(r" (?:is|are) (?:done|complete|completed|finished)$", re.I)


_TO_CHANGE = re.compile(
    r"^(?P<x>(?:the|my|your|our) \S.*?) to (?=(?:change|become|update|turn|switch|go up|go down"
    r"|drop|rise|increase|decrease|jump|fall|grow|climb)\b)",
    re.I,
)


_LED_TO = re.compile(
    r"^(?:the )?(?:navigation|redirect|page|browser|app) (?:to (?:go |navigate |redirect )?)?to"
    r" (?P<v>/\S*|https?://\S+)$",
    re.I,
)


# Pages a journey lands on, named without "page": "wait for the dashboard to load"
_LANDING = re.compile(
    rf"^(?:the )?(?P<p>{LANDING_PAGES})(?: to (?:load|open|appear|show(?: up)?)| loads?)?$", re.I
)


def _wait_for(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Wait for text or an element to appear, or for one to go away."""
    text = re.sub(r"^(?:i|you|we) (?:can )?see ", "", match["x"], flags=re.I)
    text = _ANYMORE.sub("", text)
    led = _LED_TO.match(text)
    if led:  # "wait for navigation to /dashboard": until the page is there
        return one("expect_url", value=led["v"])
    if _WHOLE_PAGE.match(text):
        return Parsed(())  # every navigation already waits for the page to load
    if _FINISHED.search(text) or _THEN.search(text):
        return None  # "wait until Saving is done": a process ends, no to-do is ticked
    if _NETWORK.search(text):
        return None  # "wait for network idle": the browser's traffic, no words or element
    # "wait for the status to change to Done": until it "will change to Done" ('"Processing"
    # to change to "Done"' is words replaced, which no part named "Processing" shows)
    text = _TO_CHANGE.sub(r"\g<x> will ", text, count=1)
    stated = parse_assertion(text, quotes, bare=False)
    if stated is not None:  # "wait until the page shows Done"
        return _as_wait(stated)
    shown = _SHOWN_UP.match(text)
    if shown:
        if _GONE.search(shown["p"]):
            return absent(shown["x"], quotes)
        text = shown["x"]
    if _WHOLE_PAGE.match(text):
        return Parsed(())
    landing = _LANDING.match(text)
    if landing:  # "log in and wait for the dashboard": until the journey is on it
        return parse_assertion(f"I should be on the {landing['p']}", quotes, bare=False)
    seen = classify(text, quotes, strict=True)
    if seen is None:
        return None
    kind, value, target = seen
    if kind == "text" and not literal(text, value):
        # "wait until results appear", "wait for suggestions": things, not words to look for
        return None
    if kind == "url":
        return one("expect_url", value=value)
    if target is not None and target.names_kind and kind != "text":
        return one("expect_visible", target=target)  # "wait for the footer": it, not its word
    tail: Tail = "free" if kind == "text" and not quotes.is_quoted(text) else "closed"
    return one("wait_for", target=target, value=value, tail=tail)


# "it" or "them" inside a product's name, never "Post-it Notes"
_IT_INSIDE = re.compile(r"(?<![\w-])(?-i:it|them)(?![\w'’-])")


def _add_button(place: str) -> Target:
    return Target(text=f"Add to {' '.join(place.lower().split())}", role="button")


def _add_listed_to(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "add two items to the cart: A and B" as "add A and B to the cart"."""
    added = _add_to(match, quotes)
    count = match["n"] and to_number(match["n"])
    if added is None or (match["n"] and count != len(added.drafts)):
        return None  # "add two items: Milk": the count and the names disagree
    return added


def _add_to(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "add the Lamp to the cart" as its "Add to cart" button in the Lamp's card.

    "the second item" is a position, not a name: the second "Add to cart" button. "the
    product" on its own is the one the page is about: its button, wherever it is.
    """
    button = _add_button(match["place"])
    raw = match["x"]
    nth = _NTH_ITEM.match(raw)
    if nth:
        return one("click", target=button.model_copy(update={"nth": to_ordinal(nth["ord"])}))
    if _THE_ITEM.match(raw) or raw.lower() in _THE_PAGE_S:
        return one("click", target=button)  # "add it to the cart": the product shown
    several = _QUOTED_NAMES.fullmatch(raw) or _FULL_NAMES.fullmatch(raw)
    listing = listed(raw, quotes)
    if several or (listing and listing[0] is None):
        # "add 'Lamp' and 'Rug'", "add Oak Chair and Brass Lamp", "add Salt, Oil and Rice":
        # each one's button in turn ("Salt and Pepper" may be one product: refused below)
        items = [quotes.value(name) for name in _NAMES_CUT.split(raw)]
        return Parsed(tuple(Draft("click", button.model_copy(update={"within": i})) for i in items))
    item = quotes.value(raw)
    if item.lower() in UNNAMEABLE or has_pronoun(item) or _HOW_MANY.match(raw):
        return None  # "add it", "add 2 lamps": nothing we can find, or a quantity
    if _IT_INSIDE.search(raw):
        return None  # "add milk and add it to the cart": a step ran on into the name
    if _ORDINAL_FIRST.match(raw):
        return None  # "the first Brass Lamp": a position among things we cannot count
    if not quotes.is_quoted(raw) and CHOSEN_BY.search(raw):
        return None  # "the cheapest lamp", "any product": which one is for the page to say
    if joins_names(raw, quotes) or re.search(r" and (?:the|a|an) ", raw):
        return None  # "add Brass Lamp and Oak Chair": two products, or one named so?
    if re.search(r", (?-i:[a-z])", raw):
        return None  # "add the Oak Chair, go to the cart": a step ran on into the name
    return one("click", target=button.model_copy(update={"within": item}))


def _as_wait(stated: Parsed) -> Parsed:
    """Turn "X appears" into waiting for X; other expectations already wait for themselves."""
    if len(stated.drafts) != 1:
        return stated
    draft = stated.drafts[0]
    if draft.action == "expect_text" and draft.target is None:
        return one("wait_for", value=draft.value, tail=stated.tail)
    if draft.action == "expect_visible" and draft.target and not draft.target.names_kind:
        return one("wait_for", target=draft.target, value=draft.target.text, tail=stated.tail)
    return stated  # "wait for the modal to appear": it shows, never the word "modal" in it


def _verify(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    # "Test the checkout features", "Test Acme's search": a title naming what is tested.
    # Only a statement after "test" ("test that …", "test 'Saved' is shown") checks anything.
    titled = match[0][:4].lower() == "test" and not _TEST_THAT.match(match[0])
    if _EXPECTED_PATH.match(match[0]):  # "sign in, expect /dashboard": where it lands
        return one("expect_url", value=match["rest"])
    if STATUS_CODE.match(match["rest"]) and not ERROR_CODE.search(match["rest"]):
        return None  # "hit /health and expect 200": an answer's code, which no words are
    if _SAID_TO_THE_READER.match(match["rest"]):  # "expect You're in!": the page's words
        return parse_assertion(f"the page says {match['rest']}", quotes, bare=False)
    only = match["rest"].lower().startswith("only ")  # "expect only Carol": only she is listed
    only_that = parse_assertion(f"expect {match['rest']}", quotes, bare=False) if only else None
    if only_that is not None:
        return only_that
    beside = _SAID_BESIDE.match(match["rest"])
    if beside:  # "expect 'Required' under the Email field": shown there, never those words
        said = f"{beside['x']} is shown {beside['where']}"
        return parse_assertion(said, quotes, bare=False)
    return parse_assertion(match["rest"], quotes, bare=not titled)


_SAID_BESIDE = re.compile(
    r"^(?P<x>.+?)(?<! shown)(?<! displayed)(?<! visible)(?<! appears)(?<! appear)"
    r" (?P<where>(?:under|underneath|below|beneath|next to|beside) (?:the|its) \S.*"
    r" (?:field|input|box|textbox|text area|textarea))$",
    re.I,
)


# "You're in", "We've sent you a link": capitalised after "expect", words the page says
_SAID_TO_THE_READER = re.compile(r"^(?-i:You|We)['’](?:re|ve|ll|d)\b")
_EXPECTED_PATH = re.compile(r"^(?:expect|assert) /[^\s,;]*$", re.I)


_TEST_THAT = re.compile(r"^test(?::| (?:that|if|whether)\b)", re.I)


def looked_for(wanted: str, quotes: Quotes, *, strict: bool = True) -> Parsed | None:
    """Read what "look for" or "check for" names: shown, and where it is said to be; strict,
    never words that state something ("Alice is greeted")."""
    if CONSOLE_ERRORS.match(wanted):  # "check for errors in the console": none may be there
        return Parsed((Draft("expect_no_errors"),))
    wanted = _ANYWHERE.sub("", wanted)  # "look for 'Free trial' somewhere on the page"
    placed = _IN_A_PART.match(wanted)
    if placed:  # "look for Bob in the list": shown in the list, never the words "… list"
        return parse_assertion(f"{placed['x']} is shown in {placed['part']}", quotes, bare=False)
    row = _ROW_FOR.match(wanted)
    if row:  # "find the row for Bob": Bob's row
        return exists(f"{row['x']}'s {row['kind']}", quotes, strict=strict)
    return exists(wanted, quotes, strict=strict)


_ROW_FOR = re.compile(
    r"^(?:the )?(?P<kind>row|entry|item|line) (?:for|of|with) (?P<x>(?-i:[A-Z0-9])\S*(?: \S+){0,3}"
    rf"|{OPEN}\d+{CLOSE})$",
    re.I,
)
_ANYWHERE = re.compile(r" (?:somewhere|anywhere)(?: (?:on|in) (?:the|this) page)?$", re.I)
_IN_A_PART = re.compile(r"^(?P<x>[^,]+?) (?:in|inside|within) (?P<part>(?:the|my|your) [^,]+)$")


_AMOUNT = rf"(?P<n>\d{{1,6}}(?:\.\d{{1,3}})?|{NUMBER}|half a|a couple of|a couple|an|a)"
_UNIT = r"(?P<u>seconds?|secs?|s|milliseconds?|ms|minutes?|mins?)"

ACTION_RULES: tuple[Rule, ...] = (
    # "…, but don't click it", "but do not submit": a step the goal forbids, which none takes
    rule(
        r"^(?:but )?(?:do not|don['’]t|never) (?:click|press|tap|submit|send)"
        r"(?: on)?(?: (?:it|that|them|this|the form|anything))?$",
        lambda _m, _q: Parsed(()),
    ),
    # "type 3 into quantity and tab out": the Tab key, which leaves the field
    rule(
        r"^tab (?:out|away|off)(?: of (?:it|the field))?$", lambda _m, _q: one("press", value="Tab")
    ),
    rule(
        r"^(?:reload|refresh)(?: (?:the|this) (?:page|browser|tab|screen|site))?$",
        lambda _m, _q: one("reload"),
    ),
    # The browser's back, not a page's own Back button ("click Back" clicks that one).
    rule(
        r"^(?:go|navigate|head|step) back(?: (?:a|one) page| to the (?:previous|last) page)?$"
        r"|^(?:press|click|hit|use) (?:the )?browser(?:['’]s)? back(?: button)?$",
        lambda _m, _q: one("go_back"),
    ),
    rule(
        r"^(?P<verb>open(?: up)?|go back to|go to|goto|go into|go in|go|visit"
        r"|view(?= (?:the|my|your) )"
        # "hit /healthz", "GET /api/version": a request for an address is its page, loaded
        r"|(?:hit|ping|request|fetch|call|get|curl)"
        r"(?= (?:the )?(?:/\S*|https?://\S+)(?: endpoint| route| url| address| api)?$)"
        r"|navigate back to|navigate to|navigate into"
        r"|navigate|load|browse to|head over to|head back to|head to|jump to|return to|start at"
        r"|start on|start from|begin at|am on|am at|starting from|starting at|starting on"
        r"|from(?= (?:the )?(?:home ?page|landing page|front page|start page|/))"
        # "monitor the status page and alert me when …": be there, for the checks that follow
        r"|(?:monitor|watch|keep an eye on|keep watching)(?= (?:/\S*|https?://\S+|(?:the|our|my)"
        r" (?:[^,]+ (?:page|screen)|home ?page|site|website))$)"
        # "On the pricing page, …": where the steps after it happen, so be there first
        r"|(?:(?:once |while |when )?on|from)"
        r"(?= (?:(?:the|your|my) (?:[^,]+ (?:page|screen)|home ?page|landing page|front page)"
        r"|home ?page"  # "Given on homepage", as a note says it
        # "On the product page for Blue Mug, …": that thing's page
        r"|the (?:product|item|details?|profile|listing|article|post) (?:page|screen) (?:for|of)"
        r" (?-i:[A-Z0-9\"'])[^,]*)$)"
        # "On saucedemo.com, log in": be at that site first
        r"|(?:on|at)(?= (?:/\S*|https?://\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?)$))"
        r"(?: the url| url| address)? (?P<x>.+)$",
        _goto,
    ),
    rule(rf"^(?:wait|pause|sleep|hold on|hang on)(?: for)? {_AMOUNT} ?{_UNIT}$", _wait),
    rule(r"^(?:wait|hold on|hang on) (?:for|until|till|untill) (?P<x>.+)$", _wait_for),
    rule(r"^(?:press|hit|push|strike|tap|type)(?: on)? (?:the )?(?P<rest>.+)$", _press),
    rule(
        r"^(?:submit|send|submitting|sending)(?: (?:it|the form|this form|the page|form|the data))?"
        r"(?: (?:with|using|via|by clicking|by pressing)(?: on)? (?P<btn>.+))?$"
        # "submit the contact form empty": what it holds is left as it is
        rf"|^(?:submit|send) (?:the |this )?form {_AS_IT_IS}$"
        rf"|^(?:submit|send) (?:the |this |an? )?(?P<form>.+?) form(?: {_AS_IT_IS})?$",
        _submit,
    ),
    rule(
        r"^(?:hover(?: over| on| above)?|mouse ?over|move (?:the )?(?:mouse|cursor|pointer)"
        r" (?:over|to|onto)|point at) (?P<t>.+)$",
        _hover,
    ),
    rule(
        r"^(?:add|put|place) (?:the |a |an |one |1 )?(?P<x>.+?) (?:to|in|into|in to|inside)"
        r" (?:the |your |my |our )?(?:shopping )?"
        r"(?P<place>cart|basket|bag|wishlist|wish list|favourites|favorites)$",
        _add_to,
    ),
    # "add two items to the cart: Blue Mug and Green Mug": each, the count agreeing
    rule(
        r"^(?:add|put|place)(?: (?P<n>\w+) (?:items?|products?|things))? (?:to|in|into)"
        r" (?:the |your |my |our )?(?:shopping )?(?P<place>cart|basket|bag|wishlist|wish list)"
        r":? (?P<x>\S.*)$",
        _add_listed_to,
    ),
    # "add to cart": the page's one button so named, for the product it shows
    rule(
        r"^add to (?:the |your |my )?(?P<place>cart|basket|bag|wishlist|wish list)$",
        lambda m, _q: one("click", target=_add_button(m["place"])),
    ),
    # "expand 'How do I cancel?'": a section opens or closes by a click on its own words;
    # "collapse the sidebar" names no such words, and is refused
    rule(
        rf"^(?:expand|collapse)(?: the)?(?: (?:{_FOLDING}|faq)(?: {_FOLDING})?"
        rf"(?= {OPEN}| (?-i:[A-Z])))?"
        rf" (?P<t>{OPEN}\d+{CLOSE}|(?-i:[A-Z])[^{OPEN}]*?)"
        # "expand the Advanced section in the sidebar": "Advanced", there
        rf"(?: {_FOLDING})?(?P<place> (?:in|on) the (?-i:[a-z][a-z ]*))?$",
        _toggle,
    ),
    rule(
        r"^(?:focus(?: on)?|click (?:into|inside)|move (?:the )?focus (?:in)?to|tab (?:in)?to"
        r"|(?:put|place) (?:the |your )?(?:cursor|focus|caret) (?:in|into|on)) (?P<t>.+)$",
        _focus,
    ),
    rule(
        r"^(?P<verb>click on|click in|click|tap on|tap|press on|press|hit|push|choose|select|pick"
        r"|follow|activate|switch to|toggle) (?P<t>.+)$",
        _click_to,
    ),
    rule(
        r"^(?:verify|confirm|make sure|ensure|expect(?:ed)?(?: results?| outcome)?|assert|validate"
        r"|test|check|then|results?|outcome):\s*(?P<rest>\S.*)$",  # "Result: 'Sent' is shown"
        _verify,
        final=True,
    ),
    rule(
        r"^(?:verify|confirm|make sure|ensure|expect|assert|validate|test)"
        rf"(?: (?:that|if|whether))?(?: (?:the )?text(?= {OPEN}))? (?P<rest>.+)$",
        _verify,
        final=True,
    ),
    # "find the row for Bob", "locate the Pricing link": it is there, as "look for" says
    rule(
        r"^(?:look (?:out )?for|find|locate|spot) (?P<rest>.+)$",
        lambda m, q: looked_for(m["rest"], q),
        final=True,
    ),
)
