"""Hold the planner's vocabulary: numbers, keys, element kinds, landmarks and fillers."""

from __future__ import annotations

import re
from decimal import Decimal

from housecat.plan.grammar.quotes import CLOSE, OPEN
from housecat.plan.models import AVATAR_WORDS, ERROR_WORDS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NUMBERS = [
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty"),
]
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
_ORDINALS += ["ninth", "tenth"]
NUMBER = r"(?:\d{1,6}|" + "|".join(_NUMBERS) + ")"
ORDINAL = r"(?:\d{1,4}(?:st|nd|rd|th)|last|" + "|".join(_ORDINALS) + ")"

# Words naming a kind of element, and the ARIA role each implies (None: no role to infer).
# "box" and "option" depend on the verb, so the target parser settles them.
ELEMENT_NOUNS: dict[str, str | None] = {
    "button": "button",
    "btn": "button",
    "link": "link",
    "hyperlink": "link",
    "tab": "tab",
    "heading": "heading",
    "headline": "heading",
    **{f"h{level}": "heading" for level in range(1, 7)},  # "the first h2": a heading's tag
    "checkbox": "checkbox",
    "check box": "checkbox",
    "tickbox": "checkbox",
    "tick box": "checkbox",
    "radio button": "radio",
    "radio": "radio",
    "radio option": "radio",
    "switch": "switch",
    "toggle": "switch",
    "field": "textbox",
    "text field": "textbox",
    "input field": "textbox",
    "input box": "textbox",
    "input": "textbox",
    "textbox": "textbox",
    "text box": "textbox",
    "textarea": "textbox",
    "text area": "textbox",
    "dropdown": "combobox",
    "drop-down": "combobox",
    "drop down": "combobox",
    "dropdown menu": "combobox",
    "drop-down menu": "combobox",
    "select box": "combobox",
    "select": "combobox",
    "select menu": "combobox",
    "combobox": "combobox",
    "combo box": "combobox",
    "picker": "combobox",
    "selector": "combobox",
    "image": "img",
    "img": "img",
    "picture": "img",
    "photo": "img",
    "logo": "img",
    **dict.fromkeys(AVATAR_WORDS, "img"),
    "icon": "img",
    "list item": "listitem",
    "line item": "listitem",
    "item": "listitem",
    "entry": "listitem",
    "menu item": "menuitem",
    # what a search box offers as you type: its options (the ARIA combobox pattern)
    "suggestion": "option",
    "search suggestion": "option",
    "autocomplete suggestion": "option",
    "autocomplete": "option",
    "autocomplete list": "option",
    "row": "row",
    "cell": "cell",
    "column header": "columnheader",
    "column heading": "columnheader",
    "table header": "columnheader",
    "header row": "columnheader",  # the headers a table's first row holds
    "table header row": "columnheader",
    "heading row": "columnheader",
    "table heading": "columnheader",
    "table": "table",
    "dialog": "dialog",
    "dialog box": "dialog",
    "modal": "dialog",
    "popup": "dialog",
    "pop-up": "dialog",
    "alert": "alert",
    "toast": "alert",
    "notification": "alert",
    **dict.fromkeys(ERROR_WORDS, "alert"),
    "warning": "alert",
    "success message": "alert",
    "success toast": "alert",
    "success toast message": "alert",
    "success notification": "alert",
    "success alert": "alert",
    "flash": "alert",
    "flash message": "alert",
    "flash notice": "alert",
    "slider": "slider",
    "spinner": "progressbar",
    "loading spinner": "progressbar",
    "loading indicator": "progressbar",
    "progress indicator": "progressbar",
    "loader": "progressbar",
    "progress bar": "progressbar",
    "box": None,
    "option": None,
    "card": None,
    "tile": None,
    "widget": None,
    # a dashboard's figures: "the KPI card Total users", "the Revenue metric"
    "kpi": None,
    "kpi card": None,
    "kpi tile": None,
    "metric": None,
    "metric card": None,
    "stat card": None,
    "stats card": None,
    "text": None,
    "word": None,
    "phrase": None,
    "label": None,
    "message": None,
    "question": None,
    "tagline": None,
    "slogan": None,
    "notice": None,
    "banner": None,
    "caption": None,
    "element": None,
    "control": None,
    "section": None,
    "area": None,
    "panel": None,
    "drawer": None,
    "filter": None,
    "page": None,
    "screen": None,
}
# Kinds a name is attached to so plainly that "Sign in button" means the button even with
# no article; other kind words ("Add Item", "Upload Image") are often part of a name.
STRONG_NOUNS = frozenset(
    noun
    for noun, role in ELEMENT_NOUNS.items()
    if role in {"button", "link", "checkbox", "radio", "textbox", "combobox", "heading", "switch"}
) | {"box", "option"}
# Kinds whose name is the text a person expects to read ("the 'Saved' message").
TEXT_NOUNS = frozenset(
    {"text", "label", "message", "notice", "caption", "error", "error message", "warning", "banner"}
    | {"notification", "toast", "alert", "word", "phrase", "flash", "flash message"}
    | {"question", "tagline", "slogan"}
)
PAGE_NOUNS = frozenset({"page", "screen"})
CHECKABLE_ROLES = frozenset({"checkbox", "radio", "switch"})

# Landmark words people scope by ("in the header"), with the landmark role each names.
REGIONS: dict[str, str | None] = {
    "header": "banner",
    "page header": "banner",
    "site header": "banner",
    "footer": "contentinfo",
    "page footer": "contentinfo",
    "site footer": "contentinfo",
    "nav": "navigation",
    "navigation": "navigation",
    "navbar": "navigation",
    "nav bar": "navigation",
    "navigation bar": "navigation",
    "menu bar": "navigation",
    "main menu": "navigation",
    "main navigation": "navigation",
    "main nav": "navigation",
    "primary navigation": "navigation",
    "sidebar": "complementary",
    "side bar": "complementary",
    "main content": "main",
    "form": "form",
    "list": "list",
    "table": "table",
    "dialog": "dialog",
    "modal": "dialog",
    "popup": "dialog",
    "toolbar": "toolbar",
}
# Subjects that stand for the whole page: "the page says X" checks the page, not an element.
PAGE_SUBJECTS = frozenset(
    {"page", "screen", "site", "website", "web page", "webpage", "app", "application", "system"}
    | {"body", "window", "browser", "view", "content", "it", "dashboard", "response"}
    | {"json", "json response", "response body", "api response", "text", "page text"}
    | {"page body", "page content", "page's body", "page's content"}
)
# Names of the page a journey starts on: navigating "home" means the site root.
HOME_PAGES = frozenset(
    {"home", "homepage", "home page", "landing page", "front page", "main page", "start page"}
    | {"index", "index page", "root", "site", "website", "app", "application", "web app"}
    | {"page", "web page", "webpage", "web site"}
)
_AN_APP = re.compile(r"^[\w-]+ app$", re.I)
_A_SITE = frozenset(
    {"home", "homepage", "home page", "landing page", "front page", "site", "website"}
    | {"web site", "app", "web app", "application"}
)


# "Acme's homepage": the site's own, said with its name
SITE_OWNER = re.compile(r"^[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?['’]s (?=[a-z])")


# "empty", "(leave blank)": a field left with nothing in it, never those words typed
LEFT_BLANK = re.compile(r"^\(?(?:(?:leave|left|keep)(?: it)? )?(?:blank|empty)\)?$", re.I)
# "the Acme homepage", "the landing page": the page the test starts on, whatever it is called
# What a shop keeps a visitor's picks in: "the cart", "my wishlist"
HOLDER = r"(?:shopping )?(?:cart|basket|bag|wish ?list|favou?rites)"
# Pages a journey lands on that people name without "page": "wait for the dashboard".
LANDING_PAGES = r"(?:dashboard|inbox)"
# "the Acme homepage", "our main landing page"; never "the pricing section of the homepage"
SITE_HOME = re.compile(
    r"^(?:(?:the|our|my|your) )?(?:[\w'’.-]+ ){0,2}(?:homepage|home page|front page|landing page)$",
    re.I,
)


def names_the_site(name: str) -> bool:
    """Tell "the homepage", "the site", "the todo app" or "Acme's homepage": where the test
    starts, whole."""
    owned = SITE_OWNER.sub("", name, count=1)
    if owned != name:  # "Oak Chair's page" is that product's
        return owned.lower() in _A_SITE
    return name.lower() in HOME_PAGES or bool(_AN_APP.match(name))


# "the same page", "the detail page", "the results screen": the page open, by no name of its
# own (what a click just opened), where "the pricing page" names a page the journey may not
# be on. It matches at the start of the words after "the".
OPEN_PAGE = (
    r"(?:(?:same|current|whole|web|next|previous|following|new|other|this|that)\b"
    r"|(?:details?|product|item|article|post|results?|resulting|listing|record|entry"
    r"|confirmation) (?:page|screen|view)\b)"
)
_OPEN_PAGE = re.compile(OPEN_PAGE, re.I)
# "the pricing page"; not "the title of the page", nor "after clicking Save, the page".
PAGE_NAMED = re.compile(
    r"^(?P<name>(?!.* (?:of|in|on|from|at) (?:the|this|that|a|an|my|your|our) )"
    # "Within 5 seconds the page": when, not which page
    r"(?!(?:within|after|before|until|in|by|for) )"
    # "pls check the pricing page": a step run into the name, which no page is called
    r"(?!.* (?:the|this|that|a|an|my|your|our) )[^,]+?)"
    r" (?:page|screen|view)$",
    re.I,
)
# "the", "a", "this", "your" …: the words that only point at what follows
DETERMINER = re.compile(r"^(?:the|a|an|this|that|your|my|our) ", re.I)
# Where words are said to be, after them: "3 in the cart", "Active in the Status column".
IN_A_PLACE = r"(?:in|on|inside|within) (?:the|this|your|my|our)"


def is_the_page_open(words: str) -> bool:
    """Tell "the page", "the results page" or "the todo app": the page open, whatever it is
    (an app is all its pages, not the one it starts on)."""
    low = DETERMINER.sub("", words.lower(), count=1)
    if low in PAGE_SUBJECTS or low in {"web app", "web site"} or _AN_APP.match(low):
        return True
    return bool(PAGE_NAMED.match(low) and _OPEN_PAGE.match(low))


def names_a_page(words: str) -> bool:
    """Tell "the pricing page" or "the homepage": a page by its name, which need not be the
    page open. What is done or checked there is done there, once the journey has gone to
    it, never on whatever page the journey stands on."""
    said = DETERMINER.sub("", words, count=1)
    low = said.lower()
    return not is_the_page_open(low) and (names_the_site(said) or bool(PAGE_NAMED.match(low)))


# A word after a place that changes nothing about it: "open the secure page directly".
ADVERB = re.compile(r" (?:directly|again|now|first|straight away|right away)$", re.I)
# Words that make text a sentence about the page rather than words on it ("Alice is greeted").
STATEMENT_WORDS = re.compile(
    r"\b(?:am|is|are|was|were|be|been|does|did|has|have|should|must|will)\b"
    r"|\b(?:does|do|did|is|are|was|were|has|have|had|should|must|will|would|can|could)n['’]t\b"
    r"|\b(?:won|can|shan)['’]t\b|\bcannot\b|\bcan not\b"
    r"|\b(?:there|it|that|what|who|here)['’](?:s|re)\b",
    re.I,
)
# "Check that …", "make sure …" before a statement, kept as "lead" to say it again
CHECK_LEAD = r"(?P<lead>(?:check|verify|confirm|make sure|ensure)(?: that)? )?"
# "Confirm password", "Verify email": fields a sign-up form has, though a verb starts them
CONFIRMING_FIELD = re.compile(
    r"^(?:confirm|verify|repeat|re-?enter|retype)(?: (?:new|your))? (?:password|e-?mail|pin)\b",
    re.I,
)
# Third-person pronouns stand for text the goal never spells out ("greets her").
PRONOUNS = frozenset({"she", "he", "her", "him", "his", "hers", "they", "them", "their", "theirs"})
PRONOUNS |= {"its"}  # "open its page": of a thing said before, which no name here says
UNNAMEABLE = PRONOUNS | {"it", "this", "that", "these", "those", "one", "ones", "something"}
UNNAMEABLE |= {"anything", "only", "same", "another", "nothing", "everything"}


def said_before(words: str) -> bool:
    """Tell "it", "that too", "the same again": a thing said before, never those words."""
    return _ONCE_MORE.sub("", words).lower() in UNNAMEABLE | {"the same"}


_ONCE_MORE = re.compile(r" (?:again|once more|too|as well|also)$", re.I)

# "the product page for Oak Chair": the page of that thing, named by it
PAGE_OF = re.compile(
    r"^(?:[\w-]+ )?(?:page|screen|view|details|detail page) (?:for|of|about) (?:the )?(?P<x>.+)$"
)

# Words that describe an item to pick rather than name one ("the cheapest lamp")
CHOSEN_BY = re.compile(
    r"^(?:any|some|a random|random|an? (?:available|suitable))\b|\b(?:most|least|cheapest"
    r"|priciest|best|newest|oldest|latest|highest|lowest|top-rated|best-selling|earliest"
    r"|soonest|fastest|shortest|longest|largest|smallest|first available|next available)\b"
    # "the first available slot", "the last date available": one in a state the page shows
    r"|^(?:available|unused)\b|\b(?:available|possible)$"
)


def chosen_by_the_page(name: str) -> bool:
    """Tell whether unquoted words describe which one to take ("the cheapest lamp")."""
    return name[:1].islower() and bool(CHOSEN_BY.search(name))


# "select the text": words marked, as with a mouse, never an option chosen or a control
MARKED_TEXT = re.compile(
    r"^(?:the |all (?:the )?|all of the )?(?:text|contents?|everything|words?)$"
)

# "… and check it is shown": a second step, which no name or typed value holds.
NEXT_STEP = re.compile(
    r" (?:and (?:then )?|then )(?:check|verify|confirm|ensure|make sure|expect|assert|see|click"
    r"|tap|press"
    r"|type|enter|fill|select|choose|open|go|wait)\b"
)

# Every word a clause may start with once fillers and subjects are gone.
VERBS = _words(
    "open go goto visit navigate load browse head jump return start begin click tap press "
    "hit push choose select pick follow activate type enter input write put paste insert key "
    "fill complete populate set change update use clear empty check tick mark enable turn "
    "switch toggle uncheck untick deselect unselect disable hover mouse move point submit "
    "send wait pause sleep verify confirm make ensure expect assert validate test see notice "
    "find look log login sign signin logout signout search land end get arrive am are is be "
    "can should must will would do does not never cannot scroll accept allow agree dismiss "
    "close decline refuse reject add create delete remove destroy filter sort try lookup "
    "authenticate access reach view extract copy count compare calculate record report "
    "refresh reload edit rename export import print download upload share invite archive "
    "apply drag drop expand collapse pay buy purchase reserve subscribe "
    "unsubscribe cancel approve save"
)
_THIRD_PERSON = {f"{v}es": v for v in VERBS} | {f"{v}s": v for v in VERBS}
_THIRD_PERSON |= {f"{v[:-1]}ies": v for v in VERBS if v.endswith("y")}

_HARD_FILLERS = (
    r"and then|and|then|also|please|pls|plz|so|but|given|after that|"
    # Gherkin's "When", but not "when a modal pops up, …": a condition (see conditions.py)
    r"when(?! (?:a|an|the|any)\b(?! (?:user|visitor|customer|shopper|admin)\b)[^,]*?"
    r" (?:appears?|pops? up|shows? up|comes? up|opens?)\b)|"
    r"afterwards|subsequently|basically|essentially|ideally|hopefully|obviously|of course|"
    # "Eventually the dashboard shows 3 widgets": every check waits, though never past a
    # limit the goal sets ("within 5 seconds" is refused)
    r"eventually|after a (?:moment|while|bit|second or two)|"
    r"naturally|quickly|simply|kindly|briefly|additionally|"
    # A request put as a question or with a greeting: "Hey, can you open the pricing page?"
    r"(?:hey|hi|hello)(?: there)?(?:,|(?= (?:can|could|would|will|please|pls)\b))|"
    r"(?:can|could|would|will) (?:you|u)(?: please)?|"
    # "check that A is shown and that B is": the second "that" opens the second check
    r"that(?= (?!is\b|was\b|should\b|will\b|must\b|can\b|does\b))|"
    r"once done|once there|after which|step \d{1,3}(?:[:.)]| [-–—](?= ))?|ok|okay|right(?=[,:])|"
    # a list's own marks: "Step two:", "3 -"
    r"step (?:one|two|three|four|five|six|seven|eight|nine|ten)[:.)]?|"
    r"\d{1,2} [-–—](?= )|go ahead(?: and)?|"
    # What people say before the step itself ("I want to make sure ...", "your goal is to")
    r"(?:your|the|our|my) (?:goal|task|job|aim) is to|i(?:['’]d| would) like to|i want to|"
    r"(?:i|we)(?:['’]d| would)? (?:like|want|need) you to|"
    r"we want to|you need to|you should(?: be able to)?|you must(?: be able to)?|you can|"
    r"let['’]?s|i need to|we need to|try to|"
    r"try and|attempt to|"
    r"(?:so )?first(?:ly)?,? i['’]?d|i['’]d"
)
_SOFT_FILLERS = r"first|firstly|next|finally|lastly|now|just|second|secondly|third|thirdly"
_STATED = re.compile(r"^(?:should|must|is|are|stays|remains) ")
_FILLER = re.compile(
    rf"^(?:(?P<hard>{_HARD_FILLERS})|(?P<soft>{_SOFT_FILLERS}))(?P<comma>[,:])?(?: |$)", re.I
)
_SUBJECT = re.compile(
    # "I'd like a monitor that logs in …", "Set up a check that opens /status …"
    r"^(?:(?:(?:i['’]?d like|like|i would like|i want|we want|i need|we need|please)(?: to)? )?"
    r"(?:(?:create|add|set up|make|build|write|have) )?(?:a|an|one) (?:monitor|check|test"
    r"|journey|script) (?:that|which)"
    r"|i|we|you|they|he|she|users?|(?:the|a) (?:user|visitor|customer|shopper|tester|admin)"
    r"|(?:the )?(?:users|visitors|customers|shoppers)"
    # "logged-out users see a Sign in link": as a journey starts (read.py refuses it after
    # signing in)
    r"|(?:the )?(?:(?:logged|signed)[- ]out|anonymous) (?:users|visitors|customers|shoppers)"
    r"|(?:the )?guests"
    # "This monitor opens the homepage": the test itself, doing its steps
    r"|(?:this|the|our|my) (?:monitor|check|test|journey|script))"
    r" (?:(?:will|would|should|must|can|could|then|now|also|first|next|finally|need to|needs to"
    r"|want to|wants to|have to|has to|try to|tries to|be able to"
    r"|(?:am|is|are) (?:going|able) to) )*",
    re.I,
)
# Who an outcome is said of ("Then I am …", "Then the user is …", "Then Ada is …").
_WHO = r"(?:i|we|you|they|he|she|(?:the )?user|[A-Z][a-z]+)"
_IS_SIGNED_IN = re.compile(
    rf"^{_WHO} (?:am|is|are|(?:should|must|will) be)(?: now| still)?(?: an?)? (?:logged|signed)"
    r"[ -](?:in|on)\b",
    re.I,
)
_IS_THERE = re.compile(rf"^(?P<s>{_WHO}) (?:am|is|are)(?= (?:now |still |back )?(?:on|at) )", re.I)
_EXPECTED = re.compile(r"\b(?:should|must|will|would)\b", re.I)
_SIGNED_IN = re.compile(r"^(?:be|stay|remain) (?:logged|signed) (?:in|on|out)\b", re.I)
_CONTRACTED_SUBJECT = re.compile(r"^(?:i['’]m|you['’]re|we['’]re|they['’]re)(?= )", re.I)
_PLACEHOLDER = re.compile(f"{OPEN}\\d+{CLOSE}")


def heading_level(word: str | None) -> int | None:
    """The level of heading a word names: "main" and "h1" the page's own (1), "h2" the next,
    "level 3" and "third-level" their own."""
    said = (word or "").lower()
    if said in {"main", "page", "top", "primary", "top-level"}:
        return 1
    ranked = re.fullmatch(r"(first|second|third|fourth|fifth|sixth)-level", said)
    if ranked:
        return _ORDINALS.index(ranked[1]) + 1
    tagged = re.fullmatch(r"(?:h|level[- ]?)([1-6])", said)
    return int(tagged[1]) if tagged else None


def to_number(word: str) -> int | None:
    """Read a count written as digits or as a word up to twenty."""
    low = word.lower()
    if low.isdigit():
        return int(low)
    return _NUMBERS.index(low) if low in _NUMBERS else None


def to_ordinal(word: str) -> int | None:
    """Read "second", "2nd" or "last" as a 0-based index (-1 for last)."""
    low = word.lower()
    if low == "last":
        return -1
    if low in _ORDINALS:
        return _ORDINALS.index(low)
    digits = low[:-2]
    return int(digits) - 1 if digits.isdigit() and int(digits) > 0 else None


def seconds(amount: str, unit: str) -> str:
    """Express an amount of time in seconds, without trailing zeros."""
    factor = {"m": Decimal(60), "ms": Decimal("0.001")}
    low = unit.lower()
    scale = factor["ms"] if low.startswith(("ms", "milli")) else Decimal(1)
    if low.startswith("min"):
        scale = factor["m"]
    total = (Decimal(amount) * scale).normalize()
    return format(total, "f")


def title_case(name: str) -> str:
    """Capitalise a page name as a heading would, unless the user already chose capitals."""
    if any(char.isupper() for char in name):
        return name
    return " ".join(word[:1].upper() + word[1:] for word in name.split(" "))


def slug(name: str) -> str:
    """Turn a page name into the fragment its URL most likely contains."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def has_pronoun(text: str) -> bool:
    """Tell whether unquoted text leans on someone the goal never names ("greets her")."""
    words = re.findall(r"[a-z]+", _PLACEHOLDER.sub(" ", text).lower())
    return any(word in PRONOUNS for word in words)


# A screen, device or browser the journey should run on, which a run cannot choose.
ON_A_DEVICE = re.compile(
    # "turn on dark mode" is a switch the page has: "on" there belongs to the verb
    r"\b(?<!turn )(?<!switch )(?<!toggle )(?<!flip )(?:on|in|using) (?:an? |the )?"
    r"(?:mobile|phones?|tablets?|desktop|ipad|iphone|android"
    r"|ios|small screens?|dark mode|landscape|portrait|safari|firefox|edge|chrome)"
    # "on a mobile viewport", "in the tablet layout": the same screen said with its noun
    r"(?:(?:(?<=mobile)|(?<=tablet)|(?<=desktop))"
    r" (?:viewport|view|layout|screen|width|size|version|breakpoint|device|site))?$",
    re.I,
)


# "Try logging in with a wrong password": the step is the verb tried.
_TRIED_VERBS = {
    "logging": "log",
    "signing": "sign",
    "searching": "search",
    "adding": "add",
    "clicking": "click",
    "opening": "open",
    "submitting": "submit",
    "removing": "remove",
    "deleting": "delete",
    "creating": "create",
    "saving": "save",
    "entering": "enter",
    "typing": "type",
    "going": "go",
    "visiting": "visit",
    "subscribing": "subscribe",
    "applying": "apply",
}
_TRIED = re.compile(rf"^(?:try|attempt|start|begin) (?P<verb>{'|'.join(_TRIED_VERBS)})\b", re.I)


_PLEASE_LAST = re.compile(rf"(?:,? (?:pls|plz)|(?<={CLOSE}),? please)[.!]?$", re.I)
_VERB_COLON = re.compile(
    r"^(?P<verb>fill(?: in| out)?|enter|type|input|provide):\s+(?=[^:]+:)", re.I
)
# "Monitor that /health says ok": what a monitor is for, said of one check
_MONITORED = re.compile(
    r"^(?:(?:monitor|watch)"
    # "This monitor checks that /status says OK": what it checks
    r"|(?:this|the|our|my) (?:monitor|check|test)(?: should| must| will)?"
    r" (?:checks?|verif(?:y|ies)|makes? sure|ensures?|confirms?))"
    r" (?:that|whether) ",
    re.I,
)
# Verbs said of a thing by its name that act in its item: "Archive the project Apollo"
ITEM_VERBS = frozenset(
    {"archive", "unarchive", "edit", "duplicate", "approve", "reject", "publish", "unpublish"}
    | {"restore", "pin", "unpin", "star", "unstar", "mute", "unmute", "resend", "refund"}
    | {"reopen", "download", "export", "revoke", "reset", "impersonate"}
    | {"activate", "deactivate", "suspend", "unsuspend", "lock", "unlock", "block", "unblock"}
)
# "Verify that I can log in with …": signing in, whose own check proves it worked
_ABLE_TO_SIGN_IN = re.compile(
    r"^(?:check|verify|confirm|ensure|make sure|test)(?: that| whether| if)?"
    r" (?:i|we|you|the user|a user|users) (?:can|(?:am|are|is) able to)"
    r" (?=(?:log|sign) (?:in|on)\b)",
    re.I,
)
# "check that login works with demo/demo": signing in so, whose own check proves it worked
_SIGN_IN_WORKS = re.compile(
    r"^(?:(?:check|verify|confirm|ensure|make sure|test)(?: that| whether| if)? )?(?:the )?"
    r"(?:login|log-?in|sign-?in|signin)(?: form| flow)? (?:still )?works"
    r"(?= with (?!(?:an? |the |my )?(?:wrong|invalid|bad|incorrect|fake|expired)\b))",
    re.I,
)
_BACK_IN = re.compile(r"^(?P<verb>sign|log) back (?:in|on)\b", re.I)
# "If I add the Oak Chair to my cart, the total is $149": a step supposed, then what
# follows from it; never "if I see a banner" or "if I am signed out", conditions
_SUPPOSED = re.compile(
    r"^(?:if|whenever|every time|each time|when|after|once|as soon as)"
    r" (?:i|we|you|the user|a user) (?=(?:click|add|search"
    r"|type|enter|fill|submit|open|go|navigate|press|select|choose|pick|sign|log|tick|delete"
    r"|remove|reload|refresh|apply|upload|put)\b)",
    re.I,
)
# No one writes a single step this long (quoted text counts as one character); refusing it
# early keeps every pattern fast on any input.
LONGEST_CLAUSE = 500
# "login w/ the test account", "enter creds", "the forgot pw link", "the Save btn"
_SHORTHAND = {"w/": "with", "w/o": "without", "creds": "credentials", "btn": "button"}
_SHORTHAND |= {"msg": "message", "acct": "account", "pw": "password", "shld": "should"}
_SHORTHAND |= {"pls": "please", "plz": "please"}
_SHORTHAND_SAID = re.compile(
    # "pw" alone may be the password itself ("log in: alice / pw")
    r"(?<![\w/.])(?:w/o?(?=\s)|(?:creds|btn|msg|acct|shld|pls|plz)\b|(?<=forgot )pw\b)",
    re.I,
)
_SHORTHAND_MARKS = ("w/", "creds", "btn", "msg", "acct", "shld", "pls", "plz", "pw")
# Slips of the keyboard in the words a sentence is built with (never in names or values,
# which are read as written): "verfiy the page says Welcome", "the page sould say Thanks"
_SLIPS = dict.fromkeys(("verfiy", "verfy", "veify", "verifiy", "vefiry", "verfify"), "verify")
_SLIPS |= dict.fromkeys(("chek", "chcek", "cehck", "chck", "ckeck"), "check")
_SLIPS |= dict.fromkeys(("confrim", "comfirm", "cofirm", "confim"), "confirm")
_SLIPS |= dict.fromkeys(("sould", "shoud", "shuold", "shold", "shoudl"), "should")
_SLIPS |= dict.fromkeys(("naviagte", "navgate", "navigte", "nagivate"), "navigate")
_SLIPS |= {"teh": "the", "taht": "that", "thta": "that"}
_DOUBLED = re.compile(r"\b(?P<w>the|a|an|of|and) (?P=w)\b", re.I)
# "the hamburger menu", "the hamburger icon": the menu, by the icon that draws it
_HAMBURGER = re.compile(
    r"\bhamburger(?: menu)?(?= (?:icon|button)\b)|\bhamburger(?: menu)?\b", re.I
)
_SLIP_SAID = re.compile(r"\b(?:" + "|".join(_SLIPS) + r")\b", re.I)
_PARTS_BARE = ("nav", "footer", "header", "sidebar")
_IS_SHORT = re.compile(
    r"(?<=\w)['’]s (?=(?:gone|shown|visible|hidden|there|empty|closed|open|disabled|enabled"
    r"|displayed|present|missing|selected|checked|ticked|unchecked|loaded|still|now|no longer"
    r"|not)\b)"
)
_DRAWN_WHERE = re.compile(
    r" \((?:(?:in|at|on) )?(?:the )?(?:(?:top|bottom|upper|lower|far)[ -])?(?:left|right|top"
    r"|bottom)(?:[ -]hand)?(?: (?:corner|side|of the (?:page|screen)))?\)",
    re.I,
)
_SAID_TO_BE_RIGHT = re.compile(
    r"\b(?P<the>the|a|its) (?-i:correct|expected|proper)(?= (?:total|subtotal|price|amount|count"
    r"|number|tax|balance|sum|value|fee|cost|heading|title|date|url|address|email)\b)",
    re.I,
)
_TOP_NAV = re.compile(r"\btop (?=nav(?:bar|igation)?\b|nav bar\b)", re.I)
_PART_BARE = re.compile(
    r"\b(?P<p>in|on|inside|within|from) (?P<part>(?:top |main )?nav(?:bar|igation)?|footer|header"
    r"|sidebar)\b",
    re.I,
)
_THEN_AFTER_MODAL = re.compile(r"(?<= )(?P<modal>should|must|will) then(?= )", re.I)
# "the table should update to show 30 rows", "the list refreshes to show 3 items": it shows
_UPDATED_TO = re.compile(
    r"(?<= )(?:(?P<modal>(?:should|must|will) )(?:update|change|refresh|reload)"
    r"|(?:updates|changes|refreshes|reloads)) to (?P<w>show|display|list|say|read|contain)\b",
    re.I,
)
_HYPHENED_VERB = re.compile(r"^(?P<v>log|sign)-(?P<p>in|out|on|up)\b", re.I)
_NO_APOSTROPHE = re.compile(
    r"\b(?P<w>is|does|do|did|ca|wo|should|are|was|were|has|have|must|could|would)nt\b", re.I
)
# "3+ results": at least three of them ("says 3+ results" is words, "type 5+" a value)
_OR_MORE = re.compile(
    r"(?<!says )(?<!reads )(?<!say )(?<!read )(?<![\w.,$€£])(?P<n>\d{1,6})\+ (?=(?-i:[a-z]+s)\b)"
)
# "click Next x2", "press Tab ×3": that many times, said as a note says it
_TIMES_SAID = re.compile(r"^(?P<step>(?:click|press|tap|hit) \S.*?) [x×](?P<n>[2-9])$", re.I)
# "mark done", "mark as complete": the item just named, its word left out
_MARKED_BARE = re.compile(r"^mark (?:as )?(?P<done>done|complete|completed|finished)$", re.I)
_AT_LEAST = re.compile(r"(?<!\S)(?:>=|≥) ?(?=\d{1,6} (?-i:[a-z]+)\b)")
_GREETED = re.compile(r"^(?:hey|hi|hello)\b", re.I)
_ASKED = re.compile(r"^(?:can|could|would|will|please|so|i|we|let['’]?s)\b", re.I)


def spell_out(text: str) -> str:
    """Write shorthand out whole: "w/", "log-in", "creds", "3+ results". Only the text
    read changes: a clause refused is named as it was written."""
    # Each rewrite is tried only where its mark is: a long goal is spelled out many times
    low = text.lower()
    if len(text) <= LONGEST_CLAUSE:  # longer is never read, and a long goal is split often
        if any(short in low for short in _SHORTHAND_MARKS):
            text = _SHORTHAND_SAID.sub(lambda said: _SHORTHAND[said[0].lower()], text)
        text = _SLIP_SAID.sub(lambda slip: _SLIPS[slip[0].lower()], text)
        text = _DOUBLED.sub(r"\g<w>", text)  # "click on the the Save button"
        if "hamburger" in low:
            text = _HAMBURGER.sub("menu", text)
        if "correct " in low or "expected " in low or "proper " in low:
            # "shows the correct total of $49.99": the total, said to be right, which the
            # figure after it says; never a thing called "correct total"
            text = _SAID_TO_BE_RIGHT.sub(r"\g<the>", text)
        if "top nav" in low:  # "the top navigation": the navigation, where it always is
            text = _TOP_NAV.sub("", text)
        if any(part in low for part in _PARTS_BARE):  # "Pricing in nav": in the nav
            text = _PART_BARE.sub(r"\g<p> the \g<part>", text)
        if "(" in text:  # "the user menu (top right)": where it is drawn, as no name says
            text = _DRAWN_WHERE.sub("", text)
    text = _HYPHENED_VERB.sub(r"\g<v> \g<p>", text)  # "Log-in as jdoe"
    if "x" in low or "×" in low:
        text = _TIMES_SAID.sub(r"\g<step> \g<n> times", text)  # "click Load more x2"
    if low.startswith("mark "):
        text = _MARKED_BARE.sub(r"mark it as \g<done>", text)  # "add 'walk dog', mark done"
    if "+" in text:
        text = _OR_MORE.sub(r"at least \g<n> ", text)
    if ">=" in text or "≥" in text:
        text = _AT_LEAST.sub("at least ", text)  # "expect >= 1 result"
    if "'s " in text or "’s " in text:
        text = _IS_SHORT.sub(" is ", text)  # "the banner's gone"
    if " to " in low and ("updat" in low or "chang" in low or "refresh" in low or "reload" in low):
        text = _UPDATED_TO.sub(_shows_now, text)
    if " then " in low:
        text = _THEN_AFTER_MODAL.sub(r"\g<modal>", text)  # "the badge should then show 1"
    if "nt" in low:
        text = _NO_APOSTROPHE.sub(r"\g<w>n't", text)  # "the page isnt showing Error"
    return text


def _shows_now(said: re.Match[str]) -> str:
    """ "should update to show" says "should show"; "updates to show", "shows"."""
    return said["modal"] + said["w"] if said["modal"] else said["w"] + "s"


def strip_fillers(text: str) -> str:
    """Drop connective words before a clause ("then", "Finally,") and punctuation after it."""
    text = _TRIED.sub(lambda tried: _TRIED_VERBS[tried["verb"].lower()], text, count=1)
    text = _MONITORED.sub("check that ", text, count=1)
    text = _SUPPOSED.sub("", text, count=1)
    text = _ABLE_TO_SIGN_IN.sub("", text, count=1)
    text = _SIGN_IN_WORKS.sub("log in", text, count=1)
    text = _BACK_IN.sub(r"\g<verb> in", text, count=1)  # "sign back in": signing in again
    while True:
        match = _FILLER.match(text)
        if not match:
            break
        rest = text[match.end() :]
        if match["soft"] and rest and not match["comma"] and not starts_with_verb(rest):
            break  # "First Name with Bob" names a field; "first click Save" is a filler
        if match["soft"] == "Next" and not match["comma"] and _STATED.match(rest):
            break  # "Next should be enabled": the Next button, not what comes next
        if _GREETED.match(match[0]) and not (starts_with_verb(rest) or _ASKED.match(rest)):
            break  # "Hello, Alice is shown": the words a page greets with, not a greeting
        outcome = bool(re.match(r"(?:and )?then\b", match[0], re.I))
        if outcome and _IS_SIGNED_IN.match(rest):
            break  # "Then I am logged in": an outcome, which no sign-in may stand for
        if outcome:  # "Then I am on the dashboard": where the journey must be, not a visit
            rest = _IS_THERE.sub(r"\g<s> should be", rest, count=1)
        elif match[0].lower().startswith("given"):  # "Given the user is on /cart": go there
            rest = _IS_THERE.sub("I am", rest, count=1)
        text = rest
    text = _VERB_COLON.sub(r"\g<verb> ", text, count=1)  # "Fill in: Name: Ada"
    if text.lower().rstrip(".!").endswith(("pls", "plz", "please")):
        text = _PLEASE_LAST.sub("", text, count=1)  # "search 'webhooks' pls": asked, no words
    # Only punctuation trails a clause: words stay ("the page says Try again").
    return text.rstrip(" .,;:!?").strip()


# The first verb saying what a part of the page holds, and a word of time before it.
_FIRST_SAYING = re.compile(
    # "the greeting correctly shows Hi": how well it says so adds nothing to what it says
    r"\b(?P<adverb>(?:still|now|also|again|already|correctly|properly|clearly|accurately) )?"
    r"(?:says|shows|has|have|contains|lists"
    r"|reads|displays|includes|holds|mentions)\b"
)

_NOT_ANY_MORE = re.compile(r"^(?:no longer|not anymore|no more) ", re.I)
_EVENTUALLY = re.compile(
    r"\b(?:eventually|finally|soon|at some point|after a (?:moment|while|bit)) (?=(?:becomes?"
    r"|appears?|disappears?|shows?|says?|goes|go|turns?|changes?|gets?|vanish(?:es)?|loads?"
    r"|is|are|be)\b)",
    re.I,
)


# A name as written: a capital, and no "The" or "My" that starts a sentence.
NAME_FIRST = re.compile(r"^(?!(?i:the|a|an|this|my|your|our|its|their)\b)[A-Z]")
# "row 3", "in line 2": the third row, never one that says "3"
ROW_BY_NUMBER = re.compile(r"^(?:the )?(?:row|line|column) \d+$", re.I)


_GO_STRAIGHT = re.compile(
    r"^(?P<go>go|head|navigate|proceed|jump|skip)(?: (?:straight|directly|right))(?: on)? to\b",
    re.I,
)


def drop_adverb(text: str) -> str:
    """Read "the cart still has 2 items" as "the cart has 2 items": "still" names no place.

    Only before the clause's first such verb: in "the page says Alice still has access" the
    words after "says" are what it says, and stay as written.
    """
    text = _GO_STRAIGHT.sub(r"\g<go> to", text, count=1)  # "go straight to /billing"
    first = _FIRST_SAYING.search(text)
    end = first.end() if first else len(text)
    # "the button eventually becomes enabled": checks wait for what they expect anyway
    text = _EVENTUALLY.sub("", text[:end], count=1) + text[end:]
    first = _FIRST_SAYING.search(text)
    if first is None or first["adverb"] is None:
        return text
    if first["adverb"] == "now " and NAME_FIRST.match(text):
        return text  # "Buy now shows Sold out": "now" may end a name; see `now_ends_name`
    return text[: first.start("adverb")] + text[first.end("adverb") :]


def strip_subject(text: str) -> str:
    """Drop the person doing the step ("I", "the user should") when a verb follows."""
    contracted = _CONTRACTED_SUBJECT.match(text)
    if contracted:
        verb = "am" if contracted.group().lower().startswith("i") else "are"
        return verb + text[contracted.end() :]
    match = _SUBJECT.match(text)
    if match and _NOUN_THEN_SAID.match(text[match.end() :]):
        return text  # "the user count says 3 users": a part named so, whose "count" is no step
    if match and _EXPECTED.search(match[0]) and _SIGNED_IN.match(text[match.end() :]):
        return text  # "I should be logged in": a state expected, which no step checks
    rest = _NOT_ANY_MORE.sub("", text[match.end() :]) if match else ""
    if match and rest != text[match.end() :] and starts_with_verb(rest):
        return "don't " + rest  # "I no longer see Loading": the check that it is gone
    if match and starts_with_verb(text[match.end() :]):
        return text[match.end() :]
    return text


_NOUN_THEN_SAID = re.compile(
    r"^[a-z]+ (?:says?|shows?|reads?|displays?|is|are|has|have|lists?|contains?|includes?)\b"
)


# "Submitting the form", "Clicking Save": a step, told as the subject of a sentence
DOING_WORDS = (
    r"(?:submitting|clicking|typing|entering|filling|adding|opening|going|searching|selecting"
    r"|choosing|pressing|saving|sending|logging|signing|deleting|removing|uploading|creating"
    r"|visiting|navigating|trying|leaving|tapping|checking|ticking|hovering|scrolling|toggling"
    r"|switching|expanding|collapsing|dragging|sorting|filtering|changing|picking)"
)
DOING = re.compile(rf"^{DOING_WORDS} \S", re.I)
_DOING_FIRST = re.compile(
    r"^(?:after|once|upon|on) (?:having )?(?P<doing>[a-z]+ing)\b(?P<rest>.*)$", re.I
)


_NOUN_STEPS = {"login": "log in", "signin": "sign in", "logout": "log out", "signout": "sign out"}
_NOUN_FIRST = re.compile(
    r"^(?:after|once|upon|on) (?:a )?(?:successful )?(?P<noun>log-?in|sign-?in|sign in|log-?out"
    r"|sign-?out|sign out)\b(?P<rest>.*)$",
    re.I,
)


def done_first(text: str) -> str:
    """Read "after clicking Save" as the step it tells of: "click Save"; else leave it."""
    noun = _NOUN_FIRST.match(text)
    if noun:  # "after login": after signing in
        return _NOUN_STEPS[noun["noun"].lower().replace("-", "").replace(" ", "")] + noun["rest"]
    match = _DOING_FIRST.match(text)
    if match is None:
        return text
    stem = match["doing"].lower()[:-3]
    # "typing" -> type, "clicking" -> click, "submitting" -> submit
    for base in (stem, f"{stem}e", stem[:-1] if stem[-1:] * 2 == stem[-2:] else ""):
        if base in VERBS:
            return base + match["rest"]
    return text


def base_verb(text: str) -> str:
    """Put a leading third-person verb into its base form ("clicks" -> "click")."""
    first, _, rest = text.partition(" ")
    base = _THIRD_PERSON.get(first.lower())
    if base is None or first.lower() in VERBS:
        return text
    return f"{base} {rest}" if rest else base


def starts_with_verb(text: str) -> bool:
    """Tell whether text opens with a word a clause can start with."""
    first = re.split(r"[ ,]", text, maxsplit=1)[0].lower()
    first = first.replace("’", "'")
    if first.endswith("n't"):
        return True
    return first in VERBS or first in _THIRD_PERSON


def runs_into_a_step(words: str, *, after: str = " and") -> bool:
    """Tell words typed that run on into a step: "Ada and subscribe", "lamps and rate it";
    never "Salt and pepper". `after` is what may join them (" and", or a comma too)."""
    return any(
        starts_with_verb(rest) or _DONE_TO_IT.match(rest)
        for rest in re.findall(rf"(?:{after}) (?:then )?(?=([a-z].*)$)", words)  # each one
    )


_DONE_TO_IT = re.compile(r"^[a-z]+ (?:it|them|this|that|the|a|an|my|your)\b")
# "… and there are 3 rows", ", we are on the homepage": a statement run on after a name
STATEMENT_RUN_ON = re.compile(
    r"(?:,| and| then) (?:there (?:is|are)\b|no [\w ]{1,30}? (?:appears?|shows?|is|are)\b"
    r"|(?:we|i|you)(?:'re| are| am| should| must| see| land)\b"
    r"|(?:the|it) (?:[\w-]+ )?(?:says?|shows?|is|are|should|must)\b)",
    re.I,
)


# "a toast appears saying Saved": the first word of a statement that a thing shows up
A_THING_APPEARS = r"an?(?= [\w-]+(?: [\w-]+)? (?:appears|shows up|pops up|comes up)\b)"
# "404s", "no 5xx errors": answers a server gave, which no words on a page count
SERVER_ANSWERS = re.compile(
    r"^(?:no )?[1-5](?:\d\d|xx)(?:s|['’]s| errors?| pages?| responses?)$", re.I
)
# "tomorrow's date", "today's orders": a day of the run, which names nothing on a page
A_DAY_SAID = re.compile(r"^(?:today|tomorrow|yesterday)['’]s ", re.I)


def names_a_position(name: str) -> bool:
    """Tell whether a page's name is a place among pages ("the 3rd page", "the next page")
    or on one ("at the top", "the bottom of the list")."""
    first = name.split(" ")[0].lower()
    return to_ordinal(first) is not None or first in _POSITIONS


_POSITIONS = frozenset({"next", "previous", "prior", "following"}) | {
    *("top", "bottom", "end", "middle", "beginning")
}


# "Required", "Please enter an email", "Email is invalid": what a form says of a field, never
# what anyone types into it
INVALID = re.compile(
    r"^(?:\*?\s*required|(?:please|invalid|enter a valid)\b.*"
    r"|.*\b(?:is|are) (?:required|invalid|not valid|too (?:short|long))\b.*"
    r"|.*\b(?:can(?:no|['’])t|must not) be (?:blank|empty)\b.*)$",
    re.I,
)
# "2 adults and 1 child": two choices, which one option or control is not
TWO_COUNTS = re.compile(rf"^(?:\d+|{NUMBER}) \S+,? and (?:\d+|{NUMBER}) ", re.I)

# What a broken or unfinished page prints where a value should be ("undefined", "NaN",
# placeholder "lorem ipsum"): words, though in lower case.
LEAKED = re.compile(r"^(?:undefined|null|NaN|\[object Object\]|(?i:lorem ipsum))$")


# "the product 'Oak Desk'", "the order #1004", "the note 'Buy milk'": the kind of thing a
# list holds, then its name, quoted or written as a name (capitalised or numbered)
# "the Save and Cancel buttons", "Terms and Privacy checkboxes": two names, their kind said
# once, plural ("Terms and Conditions link" is one name)
_ONE_OF_TWO = rf"(?:(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)?|{OPEN}\d+{CLOSE})"
TWO_OF_A_KIND = (
    rf"(?P<a>{_ONE_OF_TWO}) and (?:the )?(?P<b>{_ONE_OF_TWO})"
    r" (?P<kind>buttons|links|tabs|checkboxes|check boxes|boxes|headings|fields)"
)
RECORD_NAMED = re.compile(
    r"^(?:the |an? )?(?:product|item|article|post|order|project|issue|ticket|document|file"
    r"|repo|repository|user|customer|invoice|report|contact|member|deal|lead|company"
    r"|workspace|board|job|event|booking|note|task|todo|to-do|comment|incident|service"
    r"|monitor|deployment|release)"
    rf" (?P<q>{OPEN}\d+{CLOSE}|(?-i:[A-Z#0-9])\S*(?: (?-i:[A-Z0-9])\S*){{0,3}})$"
)


def record_name(text: str) -> re.Match[str] | None:
    """The name in "the note 'Buy milk'", a thing of a kind no element is; never in "the
    item 'Milk'", which is a list's item, found by its words."""
    return None if re.match(r"^(?:the |an? )?item ", text) else RECORD_NAMED.match(text)
