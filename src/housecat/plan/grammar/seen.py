"""Decide what a phrase names: text to read, an element to find, a page to be on, a count."""

from __future__ import annotations

import re
from typing import Literal

from housecat.plan.grammar.lists import listed
from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes
from housecat.plan.grammar.target import SCREEN_SPOT, parse_element
from housecat.plan.grammar.types import Draft, Parsed, Tail, one
from housecat.plan.grammar.words import (
    A_THING_APPEARS,
    IN_A_PLACE,
    LEAKED,
    NAME_FIRST,
    NUMBER,
    PAGE_NOUNS,
    SERVER_ANSWERS,
    STATEMENT_WORDS,
    TEXT_NOUNS,
    has_pronoun,
    names_a_position,
    names_the_site,
    record_name,
    runs_into_a_step,
    said_before,
    slug,
    to_number,
)
from housecat.plan.models import AVATAR_WORDS, PART_NOUNS, SHOWN_ONE_BY_ONE, Action, Target
from housecat.plan.variables import placeholder

Seen = tuple[Literal["text", "element", "url"], str, Target | None]

# Messages that pop up: what one says is looked for in one ("a toast saying 'Saved'"); a
# message or an error may be plain words, which only the words themselves find.
_POPPED_UP = frozenset({"toast", "alert", "notification"})


def popped_up(kind: str | None) -> Target | None:
    """The messages of a kind that pops up, as a part of the page to look in."""
    return Target(text=kind, role="alert") if kind and kind.lower() in _POPPED_UP else None


_THAN_BEFORE = re.compile(r"^(?:more|fewer|less|extra|additional|further|other|new)\b", re.I)
_COUNT = re.compile(
    # "all 12 products": every one of them, so that many; "12 products again": as before
    rf"^(?:(?P<exact>exactly|only|precisely|all) |(?P<least>at least|no fewer than|a minimum of) "
    r"|(?P<above>more than) |(?P<most>at most|no more than|not more than|a maximum of) "
    r"|(?P<below>fewer than|less than) )?"
    rf"(?P<n>{NUMBER})(?P<more> or more)? (?P<x>\S.*?)(?: again)?$",
    re.I,
)
_PER_PAGE = re.compile(r" (?:per|on (?:the|each|a)) page$", re.I)
_TEXT_UNITS = re.compile(
    r"^(?:decimal places?|decimals?|digits?|characters?|chars?|letters?|words?|lines?"
    r"|symbols?|sentences?)$",
    re.I,
)
_AMOUNT_UNITS = re.compile(
    r"^(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?"
    r"|percent|dollars?|euros?|pounds?|cents?|points?|credits?|seats?|licen[cs]es?|[KMGT]B"
    # "2 nights", "3 adults": how long a stay is, or how many travel, which a booking says
    r"|nights?|adults?|children|kids|infants|guests?|passengers?|travell?ers?"
    r"|miles?|km|kilomet(?:er|re)s?|kg|kilos?|lbs?)"
    r"(?: (?:left|remaining|ago|old|free|used|off))?$",
    re.I,
)
# "the text 'Saved'", "the message Welcome": the words after are the expected text.
# Words that end a value and start another thought: the value ran on past its clause.
_RUN_ON = re.compile(
    r"^(?:and|or|then|but|also)\b|,? (?:and|but) (?:it|they|then|its|their)\b|,? but not\b"
    r"|, not\b"
    # "says Contact sales and doesn't show a price": a second statement of the subject
    r"|,? (?:and|but) (?:does|do|is|are|has|have|should|must|will|can)(?:n['’]t| not)\b"
    r"|,? (?:and|but) (?:cannot|never)\b"
    # "says Free shipping and disappears", "… and can be closed": what it does next
    r"|,? and (?:then )?(?:disappears|vanishes|goes away|closes|fades|can be|could be)\b"
    r"|,? and (?:be|stay|remain|become)\b",  # "should say Submit and be disabled"
    re.I,
)
# "$42 after applying the code SAVE10": a step told after the check, not words on the page.
_LATER_STEP = re.compile(
    r" (?:after|before|when|once|until|while|whenever|as soon as) (?:\w+ing\b|i|you|we"
    r"|they|the user|someone)\b",
    re.I,
)
_GENERIC = frozenset(
    {"content", "text", "data", "information", "info", "stuff", "results", "items", "details"}
    | {"values", "numbers", "words", "output", "a result", "some text", "some content"}
)
_SIZE = re.compile(r"^\d+(?:\.\d+)? ?(?:px|em|rem|vw|vh)(?: (?:wide|tall|high|long|across))?$")
_FOCUS = frozenset({"focus", "the focus", "keyboard focus", "focused", "in focus"})
# Words that describe a value rather than spell it: whose it is, or when.
_DESCRIBED_VALUE = re.compile(
    r"\b(?!(?:it|that|there|what|who|here|let|he|she)['’]s\b)\w+['’]s\b|\b\w+s['’](?=\s|$)"
    r"|^(?:the )?(?:current|today|tomorrow|yesterday|present|actual|correct|right|expected)\b",
    re.I,
)
_SPEAKER = re.compile(r"\b(?:our|we|us|my|your|you)\b", re.I)
_ON_THE_SCREEN = re.compile(
    rf" (?:at|in|on|near|towards|to) {SCREEN_SPOT}(?: of (?:the )?(?:page|screen|window))?$", re.I
)
_SECOND_CLAUSE = re.compile(
    r", (?:the|a|an|its?|this|that|they|we) (?:[\w'’-]+ ){0,3}?(?:does|do|is|are|has|have|should"
    r"|must|will|can)(?:n['’]t| not)?(?: \S+)?$",
    re.I,
)
# "Oak Chair, the toast says Saved", "Oak Chair and Slack shows Connected": a statement of
# its own after the words, which no page shows run into them
_NEXT_STATEMENT = re.compile(
    rf"(?:,| and) (?:(?:the|no|only|exactly|\d+|{A_THING_APPEARS})\b|(?-i:[A-Z]))"
    r"[\w'’.-]*(?: [\w'’.-]+){0,4}? (?:says?|shows?|reads?|contains?|lists?|includes?"
    r"|displays?|disappears?|appears?|is|are|has|have|should|must|will|goes|costs?|remains?"
    r"|stays?)\b"
    # "Oak Chair, check the header says Hi": a check of its own ("Thanks, check your inbox"
    # is words)
    r"|(?:,| and) (?:then )?(?:check|verify|confirm|ensure|make sure|expect|assert)"
    r" (?:that|the|there|no)\b",
    re.I,
)
_CHOSEN_AFTER = re.compile(
    r"^(?-i:[A-Z])[^,]* (?:(?:pre-?)?(?:selected|checked|ticked|chosen|filled)|highlighted)$"
)
_AMOUNT_QUALIFIED = re.compile(
    r"^[-−]?[$€£¥]\s?\d[\d,.]*\s+(?:including|incl\.?|inc\.?|excluding|excl\.?|ex\.?|with"
    r"|without|before|after|plus|minus)\b",
    re.I,
)
_OR_BEYOND = re.compile(
    r"\d%? or (?:more|higher|above|greater|over|fewer|less|lower|below|under)$", re.I
)
_HOW_MANY = re.compile(
    r"^(?:(?:exactly|at least|at most|more than|fewer than|less than|no more than|no fewer than"
    r"|only|just) (?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    # "one h1", "a single heading": how many of a kind, no words on the page
    r"|(?-i:(?:one|two|three|four|five|six|seven|eight|nine|ten|a single|single) [a-z]))"
    # "exactly Milk and Eggs": those and no others, which one text cannot say
    r"|^exactly (?-i:[A-Z])",
    re.I,
)
_HOLDING = re.compile(
    rf"^(?:an?|the) (?P<place>[a-z][\w-]*(?: [a-z][\w-]*)?) (?:with|containing|holding|of)"
    rf" (?P<n>(?:(?:exactly|at least) )?{NUMBER} \S.*)$",
    re.I,
)
# Kinds whose elements are named by what they show, not by a label a person reads off.
_DESCRIBED_KINDS = frozenset({"alert", "status", "dialog", "img", "region", "article"})
_ONE_NAME = re.compile(r"^[A-Z][a-z]+$")
_KINDS_SAID = re.compile(
    r"\b(?:errors?|warnings?|messages?|alerts?|notifications?|exceptions?|failures?|issues?"
    r"|problems?|bugs?|popups?|pop-ups?|dialogs?|modals?|images?|links?|buttons?)"
    r"(?: (?:appear|appears|show|shows|occur|occurs|pop up|pops up|are shown|is shown))?$",
    re.I,
)
# Kinds a page has many of: "the item" or "a button", unnamed, is any of them.
_MANY = frozenset(
    {"listitem", "row", "cell", "article", "option", "link", "button", "textbox", "checkbox"}
    | {"radio", "menuitem", "tab", "columnheader", "img"}
)
_NOT_A_NAME = re.compile(
    r"\b(?:or|and|can|could|is|are|be|shown|with|without|after|before|when|once|until)\b"
    r"|^(?:no|not|any|an?)\b",
    re.I,
)
# Words that say what a message is for, never what it says: "the Confirmation message".
_KINDS_OF_MESSAGE = frozenset(
    {"confirmation", "status", "feedback", "info", "information", "flash", "validation"}
    | {"system", "success", "error", "warning", "alert", "notification", "toast", "help"}
    | {"hint", "result", "response"}
)
# Nouns that name words alone, never a kind of message: "the text 'Error'"
_WORDS_NOUNS = frozenset({"text", "word", "phrase"})
# Messages named by what they say, the words themselves: "a thank-you message" thanks you
# in those words ("Thank you for your order"); one that says "Thanks!" instead fails.
_SPOKEN = {
    "welcome": "Welcome", "thank you": "Thank you", "thank-you": "Thank you",
    "thanks": "Thanks", "congratulations": "Congratulations", "congrats": "Congrats",
    "goodbye": "Goodbye", "signed out": "signed out", "logged out": "logged out",
    "signed-out": "signed out", "logged-out": "logged out",
}  # fmt: skip
_SAID_BY = frozenset({"message", "notice", "banner", "notification", "toast", "text"})
# ... but none shown is more than those words missing: "Hello, Ada" is a welcome too
_SPOKEN_NAMED = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _SPOKEN))}) (?:{'|'.join(_SAID_BY)})s?\b", re.I
)
# A problem named by one word is named by what it is about ("the Password warning"),
# unless the word says what went wrong ("the Required error").
_PROBLEM_NOUNS = frozenset({"error", "error message", "errors", "warning"})
_ABOUT_A_TOPIC = re.compile(r"^(?![\w-]+(?:ed|id)$)[\w-]+$")
# Kinds no one writes as the words of a text: "Success toast", "Newsletter popup".
_KIND_LAST = re.compile(
    r"^\S+(?: \S+)?? (?P<noun>toast|snackbar|notification|banner|popup|pop-up|modal|dialog"
    r"|spinner)$",
    re.I,
)
_TEXT_LEAD = re.compile(
    r"^(?:the )?(?:text|words?|message|phrase|string|label|initials|number|code)"
    r"(?: (?:saying|reading|that says))?:?"
    rf" (?={OPEN}|[A-Z0-9])"
    # "the word undefined", "the words lorem ipsum": words, said so, in any case
    r"|^(?:the )?(?:word|words) (?=[a-z])"
)
_WORDS_LEAD = re.compile(r"^(?:the )?(?:word|words) (?=[A-Za-z0-9])")


# Results said with no number ("search results", "some results"): in lower case, words that
# describe things, never the words "Search results" a heading shows with none under it.
_SOME_RESULTS = re.compile(
    r"^(?:(?:the|some|any) )?(?:(?:search|matching) )?(?:results|matches|hits)$"
    r"|^an? (?:search |matching )?(?:result|match|hit)$"
    r"|^(?:an?|the) (?:list|page|set) of (?:search )?results$"
)
_RESULT_NOUN = re.compile(r"^(?:search |matching )?results?$", re.I)
# Things a page lists, named in plain words: "posts", "open positions", "search results".
_THINGS = re.compile(r"^[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}$")


_SAID_OF_THEM = re.compile(
    r" (?:mentions?|says?|shows?|contains?|has|have|includes?|lists?|reads?|displays?|matches"
    r"|match|is|are)\b"
)


def names_results(text: str) -> bool:
    return bool(_SOME_RESULTS.match(text.strip(" ,.;:!?")))


def some_results(text: str, place: str | None) -> Parsed | None:
    """Expect "results" (or "search results are shown") to be at least one item of the list
    in the part of the page called the results (or the place said): a heading "Results"
    over an empty list, or a list whose one item says "No results found", shows none."""
    return _some("results", 1, place) if names_results(text) else None


def no_results(place: str | None) -> Parsed:
    """Expect no results in the part of the page called the results (or the place said):
    the page, run in the browser, must also say it found nothing."""
    target = Target(text="results", within=place or "results")
    return Parsed((Draft("expect_count", target=target, count=0),))


def _some(things: str, number: int, place: str | None, *, at_most: bool = False) -> Parsed:
    """At least (or at most) `number` items of the list in `place`, or in the part named for
    the things."""
    if _RESULT_NOUN.match(things):
        things = "results"
    target = Target(text=things, within=place or things)
    draft = Draft(
        "expect_count", target=target, count=number, at_least=not at_most, at_most=at_most
    )
    return Parsed((draft,))


_THINGS_COUNTED = re.compile(rf"^(?:{NUMBER}|\d+) (?-i:[a-z][a-z-]*(?: [a-z][a-z-]*)*s)$", re.I)
_COMPARED = re.compile(r"\b(?:than|costs?|cheaper|dearer|pricier)\b")
# "more than 5 rows", "no more than 3 items": a bound on a count, never a comparison
_BOUND_SAID = re.compile(r"^(?:(?:no|not) )?(?:more|fewer|less) than (?=\S+ )", re.I)
# "3 users with the Admin role": things counted by what each holds, which no words say
_COUNTED_WITH = re.compile(
    rf"^(?:{NUMBER}|\d+) (?-i:[a-z][a-z-]*s) (?:with|having|whose|that|which|where|marked"
    r"|tagged|labell?ed)\b",
    re.I,
)


def exists(text: str, quotes: Quotes, *, strict: bool) -> Parsed | None:
    """Expect what a noun phrase or text names to be there ("a heading Welcome", "3 items")."""
    if text.lower().startswith("no ") and not _BOUND_SAID.match(text):
        return absent(text[3:], quotes)
    if _A_PERSON_DOES.match(text) or _SOMEONE_DOES.match(text):
        # "I stay logged in", "I receive an order number": what befalls the user, never
        # words the page shows
        return None
    if _COMPARED.search(_BOUND_SAID.sub("", text)):
        # "the first product costs less than the second": no thing named so ("more than 5
        # rows" is a count)
        return None
    counted = count(text, quotes, within=None, need_role=False)
    if counted is not None:
        return counted
    if _THINGS_COUNTED.match(text) or _COUNTED_WITH.match(text):
        return None  # "4 social icons": a count of things no element here is, never words
    if _HAPPENS.search(text) and not quotes.is_quoted(text):
        return None  # "Loading disappears within 10 seconds": what happens, never words
    seen = classify(text, quotes, strict=strict)
    if seen is None:
        return message_said(text, quotes)
    target = seen[2]
    if target is not None and target.text[:1].islower() and _TWO_THINGS.search(target.text):
        return None  # "footer copyright 2026 and privacy link": two things, named in one
    if strict and seen[0] == "text" and not literal(text, seen[1]):
        return None  # "verify latest content": a thing to judge, not words to look for
    return expect(seen, negated=False)


# "copyright 2026 and privacy": two things, where either side is more than one word
# ("terms and conditions" is one name)
_TWO_THINGS = re.compile(r"\S \S+ (?:and|&) \S|\S (?:and|&) \S+ \S")
# Things in a state no name says: "Broken links", "dead links", "empty rows"
A_STATE_OF_THINGS = re.compile(
    r"^(?:any )?(?:broken|dead|empty|blank|duplicated?|invalid|missing|hidden|disabled|extra"
    r"|unused|orphan(?:ed)?|stale|outdated|expired|irrelevant|wrong|bad|failed|failing"
    r"|unexpected|overlapping|cut-off|truncated|misaligned) (?:links|buttons|images|pictures"
    r"|rows|fields|inputs|entries|items|pages|controls|cells|columns|elements|products|tiles"
    r"|cards|icons|tabs|options|records|results|posts|files)\b",
    re.I,
)
# A kind of thing described by the words before it: "Discontinued products", "Sold out
# products", "Unpaid invoices" (never "Delete buttons": elements named so)
KIND_DESCRIBED = re.compile(
    # ("No results" is what an empty list says)
    r"^(?:any )?(?!(?-i:No|Zero)\b)(?-i:[A-Z][\w-]*)(?: (?-i:[a-z][\w-]*)){0,3}"
    r" (?-i:products|results|orders"
    r"|users|posts|projects|files|entries|tasks|todos|invoices|plans|accounts|members"
    r"|customers|messages|records|listings|articles|comments|tickets|events|sections)$"
)
# "lists open roles", "shows related articles": things described in lower case, never
# words ("Open roles" heads a page that lists none)
DESCRIBED_THINGS = re.compile(
    r"^(?-i:(?:open|closed|new|recent|related|popular|featured|upcoming|available|active"
    r"|similar|current|past|latest|trending|other|[a-z]+ed) [a-z]+[^s\W]s)$"
)
# "shows posts from 2026", "lists products under $50": things described by what follows them
# in lower case, never words ("3 results for shoes" heads a list of anything)
THINGS_SAID_OF = re.compile(
    r"^(?-i:[a-z]+[^s\W]s) (?:from|by|for|with|about|under|over|in|on|of|since|between|after"
    r"|before|older|newer|priced|costing|made|written|posted|tagged|matching|near|within)\b",
    re.I,
)
_HAPPENS = re.compile(
    r" (?:appears?|disappears?|vanish(?:es)?|goes away|shows up|pops up|fades(?: out)?)\b", re.I
)
# "Saved or Updated": either name, which no one text is
_EITHER_NAME = re.compile(r" or (?-i:[A-Z0-9])")


def message_said(text: str, quotes: Quotes) -> Parsed | None:
    """Expect a capitalised phrase that names no element as a message's words, whole:
    "Thank you for your order", "Invalid username or password"; never a statement."""
    if not NAME_FIRST.match(text) or _EITHER_NAME.search(text) or STATEMENT_WORDS.search(text):
        return None
    if listed(text, quotes) is not None:
        return None  # "Save and Cancel buttons", "Home, Blog and About": each, never one text
    value = expected(text, quotes)
    return None if value is None else one("expect_text", value=value, tail="free")


# "an error toast": an error message said by the way it shows, whose absence is any one's
ERROR_SHOWN_AS = re.compile(
    r"\berror (?:toast|snackbar|notification|banner|popup|pop-up|alert|box)(?:e?s)?\b", re.I
)
_SAID_INSIDE = re.compile(r" (?:says|shows|reads|displays|lists|contains|is|are) ", re.I)


def absent(text: str, quotes: Quotes) -> Parsed | None:
    """Expect what a phrase names not to be there ("no error message", "no 'Sold out'")."""
    if names_results(text):
        return no_results(None)  # "no results": the page says it found nothing
    # "no error toast": no error message of any kind, which the toast's absence is one of
    text = ERROR_SHOWN_AS.sub("error message", text)
    seen = classify(text, quotes, strict=False, context="count")
    if seen is None or _SPOKEN_NAMED.search(text):
        return None
    if seen[0] == "text":
        if not literal(text, seen[1]):
            return None  # "no results": a thing we cannot find, not text we can look for
        if not quotes.is_quoted(text.strip(" ,.;:!?")) and _SAID_INSIDE.search(seen[1]):
            return None  # "No Name says Bob": a statement, whose words no page shows whole
        if not quotes.is_quoted(text.strip(" ,.;:!?")) and SERVER_ANSWERS.match(seen[1]):
            return None  # "no 404s on the page": answers, which no words on it count
        said = not quotes.is_quoted(text.strip(" ,.;:!?")) and not _ONE_NAME.match(seen[1])
        if said and _KINDS_SAID.search(seen[1]):
            # "no JavaScript errors appear": a kind of thing, which no words are; "not see
            # Error" names the word
            return None
        return one("expect_no_text", value=seen[1], tail=text_tail(text, quotes))
    return expect(seen, negated=True)


# "the email address hello@acme.io", "the phone number +1 555 0100", "version v2.3.1": the
# value is the words, its kind only what it is
_VALUE_NAMED = re.compile(
    # "the latest version 2.4.0" is one of several, which its words alone do not tell
    r"^(?:the |an? |our )?(?:(?!(?:latest|current|newest|oldest|previous|old|new|first|last"
    r"|next|recent|top)\b)[a-z]+ )?"
    rf"(?:(?:e-?mail|contact|support)(?: address)?"
    rf",? (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|{OPEN}\d+{CLOSE})"
    rf"|(?:tele)?phone(?: number)?,? (?P<phone>\+?\d[\d ().-]{{4,}}\d|{OPEN}\d+{CLOSE})"
    rf"|(?:app |release )?version(?: number)?,? (?P<version>v?\d+(?:\.\d+)+|{OPEN}\d+{CLOSE})"
    rf"|initials,? (?P<initials>(?-i:[A-Z]{{1,3}})|{OPEN}\d+{CLOSE})"
    # "my name, Ada Lovelace": a person's name, capitalised as written
    rf"|(?:full |display |user ?)?name,? (?P<name>(?-i:[A-Z])[\w'.-]*(?: (?-i:[A-Z])[\w'.-]*)*"
    rf"|{OPEN}\d+{CLOSE})"
    # "the `create_user` function": code, by its name (one that only code has, unquoted)
    rf"|(?P<code>{OPEN}\d+{CLOSE}|[A-Za-z_]\w*(?:[._]\w+)+(?:\(\))?|[A-Za-z_]\w*\(\)"
    r"|(?-i:[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*))"
    r" (?:function|method|class|module|package|endpoint|decorator|hook|macro|constant|command"
    r"|flag|parameter|argument|property|interface))$",
    re.I,
)


_COPYRIGHT_YEAR = re.compile(
    r"^(?:the |a |an |our )?copyright(?: year| notice| line)? (?P<year>(?:19|20)\d\d)$", re.I
)


def named_value(text: str, quotes: Quotes) -> str | None:
    """The value a phrase names with its kind ("the copyright year 2026"), or None."""
    value = _VALUE_NAMED.match(text.strip())
    if value is None:
        return None
    return quotes.value(next(v for v in value.groups() if v)).removesuffix("()")


_A_PERSON_DOES = re.compile(
    r"^I (?:stay|remain|am|can|cannot|can['’]t|get|got|see|should|will|have|was|do|don['’]t"
    r"|still)\b"
)
# "Your order is confirmed": words a page says to its reader, capitalised as written
# (never "Your orders", a link's name)
_SAID_TO_YOU = re.compile(r"^Your \w+ (?:is|are|has|have|was|were)\b")
# "the Oak Chair": a thing named in words each capitalised, as a product or a plan is
_NAMED_THING = re.compile(r"[A-Z][\w'&.-]*(?: [A-Z0-9][\w'&.-]*)+")
# "a project named Apollo": a thing of no kind of element, shown by its name
_CALLED = re.compile(r" (?:called|named|titled) ", re.I)
_A_RESULT_CALLED = re.compile(
    r"^(?:an?|the|one) (?:search )?(result|hit|suggestion)s? (?:called|named|titled) ", re.I
)


def classify(
    text: str, quotes: Quotes, *, strict: bool, context: Literal["expect", "count"] = "expect"
) -> Seen | None:
    """Decide whether a phrase names text to read, an element to find, or a page to be on."""
    text = _NO_MORE.sub("", text.strip(" ,.;:!?"))  # "no Delete button any more": a button
    if quotes.is_quoted(text):
        return ("text", quotes.value(text), None)
    if A_STATE_OF_THINGS.match(text) or KIND_DESCRIBED.match(text):
        return None  # "no Broken links", "no Unpaid invoices": things in a state, unnamed
    if _WORDS_LEAD.match(text):  # "the word undefined": those words, in any case
        words = expected(text, quotes)
        return ("text", words, None) if words else None
    if _SAID_TO_YOU.match(text):  # what the page tells its reader
        words = expected(text, quotes)
        return ("text", words, None) if words else None
    value = named_value(text, quotes)
    if value is not None:  # "the phone number +1 555 0100": the value whole, as if quoted
        return ("text", value, None)
    record = record_name(text)
    if record:  # "the note 'Buy milk'": its name; no element is a note, as one is an item
        return ("text", quotes.value(record["q"]), None)
    year = _COPYRIGHT_YEAR.match(text)
    if year:  # "the copyright year 2026": in the copyright line, never any 2026 of the page
        return ("text", year["year"], Target(text="copyright"))
    counted = _COUNT.match(text)
    if counted and _THAN_BEFORE.match(counted["x"]):
        return None  # "10 more rows": more than before, never a row named "10 more"
    if _in_a_state(counted):
        return None  # "3 checked checkboxes": no element named "3 checked", no words said
    element = parse_element(text, quotes, context)
    if element is None:
        return None
    if element.noun in PAGE_NOUNS:
        fragment = page_fragment(element.target.text) if element.named else None
        return ("url", fragment, None) if fragment else None
    if element.noun in TEXT_NOUNS and element.named:
        spoken = _SPOKEN.get(element.target.text.lower())
        if spoken and element.noun in _SAID_BY and not element.quoted:
            return ("text", spoken, None)  # "a thank-you message": it says "Thank you"
        if element.noun in _PART_OR_WORDS and _PART_NAME.fullmatch(element.target.text):
            # "the cookie banner": a part of the page, found as one; the words it shows
            # are the site's ("We use cookies"), never "cookie"
            named = f"{element.target.text} {element.noun}"
            return ("element", named, element.target.model_copy(update={"text": named}))
        if element.target.within is not None:
            return None  # "an 'Out of stock' label on Oak Chair": there, which words alone lose
        said = element.quoted and element.noun in _WORDS_NOUNS  # "the text 'Error'": words
        if element.target.text.lower() in _KINDS_OF_MESSAGE and not said:
            return None  # "the Status message": a kind of message, whatever words it shows
        topic = not element.quoted and _ABOUT_A_TOPIC.match(element.target.text)
        if topic and element.noun in _PROBLEM_NOUNS:
            return None  # "the Login error": an error about signing in, not the word "Login"
        if literal(text, element.target.text):
            return ("text", element.target.text, popped_up(element.noun))
        # "a success message" describes the kind of thing, not the words it shows: no text
        # to look for, and any message of that kind would do, a failure's included
        return None
    if element.noun in TEXT_NOUNS and element.target.role is None:
        return None  # "the message appears": which words? any "Messages" link would do
    if element.noun or element.target.nth is not None:
        if not element.quoted and STATEMENT_WORDS.search(element.target.text):
            return None  # "the login form has email and password fields": a sentence
        if _DESCRIBED_MANY.search(text) and element.target.text[:1].islower():
            return None  # "the shipping fields show up": several, described, none named
        target = element.target
        if element.noun in PART_NOUNS and target.role is None and element.named:
            # "a comments section" is a part of the page, found as one: not the word
            # "comments", which a "3 comments" link shows too
            target = target.model_copy(update={"text": f"{target.text} {element.noun}"})
        return ("element", target.text, target)
    if element.determiner and element.named and _CALLED.search(text):
        if _CALLED.search(element.target.text):
            return None  # "the API keys page lists one key named Default": a sentence
        # "a user called Grace Hopper": her name; "a result titled Rate limits": among the
        # results, never a link to that page in a menu beside them
        among = _A_RESULT_CALLED.match(text)
        return ("text", element.target.text, Target(text=f"{among[1].lower()}s") if among else None)
    if re.match(r"^the ", text) and _NAMED_THING.fullmatch(element.target.text):
        return ("text", element.target.text, None)  # "contains the Oak Chair": its name
    if element.determiner:
        return None  # "the dashboard greets her": a thing with no name or kind we could find
    if strict and STATEMENT_WORDS.search(text):
        return None  # "verify Alice is greeted" states something we cannot check
    if _SOMEONE_DOES.match(text):
        return None  # "make sure I receive an order number": what befalls a person, no words
    if _KIND_LAST.search(text):
        return None  # "Success toast", capitalised as a sentence starts: a kind, not words
    value = expected(text, quotes)
    return ("text", value, None) if value else None


# Kinds named by their words when capitalised ("the Sale banner"), else parts of the page
# ("the cookie banner"); an error, warning or success banner is a message of that kind
_PART_OR_WORDS = frozenset({"banner", "notice"})
_PART_NAME = re.compile(
    r"(?!(?:errors?|warning|success|info|alert|status|confirmation)\b)[a-z]+(?: [a-z]+)?"
)
_SOMEONE_DOES = re.compile(r"^(?:I|we|you|they) (?-i:[a-z]+) ", re.I)
_DESCRIBED_MANY = re.compile(
    r"\b(?:fields|inputs|links|buttons|checkboxes|boxes|tabs|images|dropdowns|menus|icons)$", re.I
)
# "open tickets", "unread notifications", "completed todos": items in some state, of a list
# that may hold others too (counted, all its items would be)
_STATE_QUALIFIED = re.compile(
    r"^(?:\S+ )*?(?:open|closed|new|old|unread|read|active|inactive|pending|done|paid|unpaid"
    r"|visible|hidden|available|unavailable|recent|overdue|draft|free|premium|complete"
    r"|incomplete|remaining|other|upcoming|late|urgent|current|live|sold|popular|valid"
    r"|invalid|empty|broken|online|offline|expensive|cheap|\w+[^e\W]ed)(?: \S+)+$",
    re.I,
)


def _in_a_state(counted: re.Match[str] | None) -> bool:
    """Tell "3 open tickets": things counted in some state, which no count of them tells."""
    return bool(counted and _STATE_QUALIFIED.match(counted["x"]))


_PLACE_AFTER = re.compile(rf" (?:{IN_A_PLACE}|under (?:the|this|your|my|our)) ", re.I)


_COLUMNS = re.compile(r"^columns?$", re.I)
_A_TABLE = re.compile(r"\b(?:table|grid|spreadsheet|sheet)$", re.I)


def a_length(text: str) -> bool:
    """Tell a length said of words ("6 digits", "at least 8 characters"): no element to count,
    and no words the page shows."""
    match = _COUNT.match(text.strip(" ,.;:!?"))
    return bool(match and _TEXT_UNITS.match(match["x"]))


def count(text: str, quotes: Quotes, *, within: str | None, need_role: bool) -> Parsed | None:
    """Expect a number of elements ("3 Add to cart buttons", "two items")."""
    holding = _HOLDING.match(text.strip(" ,.;:!?"))
    if holding and within is None:  # "a table with 3 rows": that many rows, in the table
        return count(holding["n"], quotes, within=holding["place"], need_role=True)
    match = _COUNT.match(text.strip(" ,.;:!?"))
    if not match:
        return None
    if _SAID_OF_THEM.search(match["x"]):
        return None  # "at least one result mentions shoes": what they say, not how many
    if re.match(r"(?:and|or|but|plus|with|a|an|the)\b", match["x"], re.I):
        return None  # "shows 2026 and a Contact link": a number, then another thing
    if _THAN_BEFORE.match(match["x"]):
        return None  # "20 more products": more than before, which no count of them tells
    number = to_number(match["n"])
    if number == 0 and names_results(match["x"]) and not match["more"] and not match["above"]:
        return no_results(within)  # "0 results": the page says it found nothing
    if number is not None and match["above"]:
        number += 1  # "more than 10 items": at least 11
    if number is not None and match["below"]:
        if number == 0:
            return None  # "fewer than 0 errors": no count is
        number -= 1  # "fewer than 10 results": at most 9
    if _in_a_state(match):
        return None  # "3 open tickets": the list's items of that state, which no count tells
    if re.match(r"pages?\b", match["x"], re.I):
        return None  # "2 pages of results": pages a list runs to, which no element is
    if _TEXT_UNITS.match(match["x"]):
        return None  # "the code has 6 digits": how long its words are
    if _AMOUNT_UNITS.match(match["x"]):
        return None  # "the banner shows 14 days left": words saying how long or how much
    # "10 results per page": the results on the page, counted
    element = parse_element(_PER_PAGE.sub("", match["x"]), quotes, "count")
    if number is None or element is None:
        return None
    target = element.target
    if _COLUMNS.match(target.text) and target.role is None:
        # "the table has 4 columns": its column headers, never the items of a list in it
        # (its rows, which a table of 4 rows and 5 columns has 4 of); a footer's columns
        # are its layout, which nothing on the page counts
        if not _A_TABLE.search(within or target.within or ""):
            return None
        target = target.model_copy(update={"text": "column header", "role": "columnheader"})
    at_least = bool(match["least"] or match["more"] or match["above"])
    at_most = bool(match["most"] or match["below"])
    bounded = at_least or at_most
    if bounded and target.role is None and not target.within and _THINGS.match(target.text):
        # "at least one result", "more than 10 posts": items of the list in the part of the
        # page called so (or the place said), never any list's
        return _some(target.text, number, within, at_most=at_most)
    if target.role is None:
        plural = match["x"].lower().endswith(("s", "people")) or target.text.lower().endswith("s")
        # "exactly one result is shown": a count, said so; "1 item left" is none
        one_said = number == 1 and match["exact"] and _THINGS.match(target.text)
        shown_as_things = plural and SHOWN_ONE_BY_ONE.search(target.text)
        if (
            (need_role and not shown_as_things)
            or not (plural or one_said)
            or (number == 1 and not one_said)
        ):
            # "shows 3 results" is text on the page, not a count of elements; and "1 item
            # left" is no count at all: one element saying "item left" would pass with "3"
            return None
        if element.noun:  # a kind with no role ("3 new messages"): keep the whole phrase,
            if OPEN in match["x"]:
                return None  # '3 "product" elements': a class or a test id, which no one reads
            phrase = quotes.value(match["x"])  # but for the place it is in ("in the sidebar")
            if target.within:
                phrase = _PLACE_AFTER.split(phrase, maxsplit=1)[0]
            target = target.model_copy(update={"text": phrase})
    if within and target.within is not None and target.within != within:
        return None  # "the footer has 5 items in a row": a place in a place, or an idiom
    if within and target.within is None:
        target = target.model_copy(update={"within": within})
    if bounded and target.role is None:
        return None  # "at least 3 results": no kind of element to count, and no words to read
    draft = Draft("expect_count", target=target, count=number, at_least=at_least, at_most=at_most)
    return Parsed((draft,), element.tail)


def _names_absence(target: Target) -> bool:
    """Tell whether an absent element's name is one a page would give it ("Delete" button)."""
    first = target.text[:1]
    return first.isupper() and target.role not in _DESCRIBED_KINDS


def expect(
    seen: Seen | None, *, negated: bool, scope: Target | None = None, place: str | None = None
) -> Parsed | None:
    """Expect what was seen; text is read inside scope, an element is looked for in place."""
    if seen is None:
        return None
    kind, value, target = seen
    if kind == "url":
        return None if negated else on_page(value)
    if kind == "text":
        action: Action = "expect_no_text" if negated else "expect_text"
        # "the 'Saved' toast": its words in a toast; that none shows them is said of the page
        scope = scope or (None if negated else target)
        return one(action, target=scope, value=value, tail="free")
    if target is not None and place is not None and target.within not in (None, place):
        return None  # "the footer has a link in the sidebar": a place in a place
    if target is not None and place is not None and target.within is None:
        target = target.model_copy(update={"within": place})
    if negated and target is not None and not target.names_kind and not _names_absence(target):
        # "no login button", "no 500 errors": words that describe, which no element is
        # named; an absence of that name would hold whatever is shown.
        return None
    if not negated and target is not None and _one_of_many(target):
        return None  # "the item is still there": which one? any item would pass
    return one("expect_hidden" if negated else "expect_visible", target=target)


def _one_of_many(target: Target) -> bool:
    """Tell "the item" (one, unnamed, of a kind pages have many of) from "the items"."""
    words = target.text.lower()
    one_of = target.names_kind and target.nth is None and not words.endswith("s")
    if target.role == "img" and target.within:
        return False  # "the hero image": a part shows one picture, as a page one logo
    return one_of and target.role in _MANY and words not in {"logo", *AVATAR_WORDS}


_AMONG = re.compile(r" (?:among|amongst) (?:the|its|their|our|your) ", re.I)
_IN_ORDER = re.compile(
    r" (?:first|last|at the (?:top|bottom|end|start)|on top|before \S+|after \S+"
    r"|in (?:that|this|the same|alphabetical|reverse) order)$",
    re.I,
)


# Words that end a sentence about the text, never the text: "doesn't show Error at all".
_NO_MORE = re.compile(
    r" (?:any ?more|any longer|no more|at all|either|yet|whatsoever|anywhere|somewhere)$", re.I
)
_EMPTY_STATE = re.compile(r"^(?-i:No|Nothing|None|Not)\b.* yet$")
_LOWER_LIST = re.compile(r"^[a-z][^,]*(?:, [^,]+)+,? (?:and|or) \S")
_NOT_LEAD = re.compile(r"^(?:not|never|no longer|no more|neither)\b")
_CLAUSE_AFTER = re.compile(
    r" (?:when|whenever|if|once|until|unless|while|after|before) [a-z]"
    # "shows Resolved for the last incident": which of several, never words run into it
    r"| for (?:the|its|each|every) (?:first|last|latest|newest|oldest|most recent|previous"
    r"|next|current|second|third) [a-z]+$"
)
# "shows Please enter an email under it": the words, then where by the subject they show
BY_IT = re.compile(r"^(?P<v>.+) (?:under|below|beneath|beside|next to|above|by) it$")
# two texts, one of them gone: "Welcome instead of Error", "Welcome and not Error"
_INSTEAD = re.compile(r" (?:instead of|rather than|in place of|(?:and|but),? not) ")
_WITH_FIELD = re.compile(r" with (?:the )?(?:role|status|state|title|price|label|value|tag) \S")
_AS_ROLE = re.compile(r" as (?:the|a|an|your|my|his|her|their|its) [a-z][\w -]*$")
_MARKED = re.compile(
    r"^(?:marked|flagged|highlighted|outlined|shown|displayed|labell?ed|coloured|colored)"
    r" (?:as|in|with|invalid|valid|required|red|green)\b"
)
# "the heading is bold", "the title is red": how it looks, never words it shows
_A_LOOK = (
    r"(?:bold|italics?|underlined|(?:left-|right-)?(?:centered|centred|aligned)|uppercase|lowercase"
    r"|(?:all |block )?(?:capitals|caps|capital letters)|(?:title|sentence) case"
    r"|red|green|blue|yellow|orange|purple|pink|black|white|gr[ae]y|(?:gr[ae]yed|faded) out"
    r"|big|large|larger|bigger|small|smaller|tiny|huge|highlighted|truncated|cut off|sticky"
    r"|responsive|readable|legible|blurry|animated|accurate|up[- ]to[- ]date|consistent)"
)
_LOOKS = re.compile(
    rf"^(?:(?:very|too|in|all) )?{_A_LOOK}(?:,? (?:and|or|but) {_A_LOOK})*$"
    # "the title is in French": the language it speaks, never the words "in French"
    r"|^in (?:English|French|German|Spanish|Italian|Dutch|Portuguese|Japanese|Chinese)$"
)
# "has placeholder Search docs": words of an attribute, not of the page
_ATTRIBUTE = re.compile(r"^(?:an? |the )?(?:placeholder|tooltip|hint|alt text|aria-label)\b")
_WHEN_SHOWN = re.compile(
    r"^(?:when|whenever|after|before|if|once|until|while|as soon as|within|on (?:submit|click"
    r"|load|hover|error|success))\b"
)


# "shows more posts": a count grown, never the words "more posts" (a "Load more posts"
# button says them before any click)
_MORE_OF = re.compile(r"^(?:more|fewer|less|extra|additional) [a-z]")
# "SSL login page loads over https": a statement about the page, never words it shows
_PAGE_DOES = re.compile(
    r"\b(?:page|site|website|app|form)s? (?:loads?|opens?|works?|renders?|responds?)\b", re.I
)
_STATUS_CLASS = re.compile(r"^(?:an? |any )?[1-5]xx(?: errors?| responses?| status(?:es)?)?$", re.I)


_SOMEONES_VALUE = re.compile(
    r"^(?-i:[A-Z])[\w.-]*['’]s (?:e-?mail(?: address)?|name|full name|first name|last name"
    r"|username|user name|address|phone(?: number)?|number|id|role|status|initials|avatar"
    r"|photo|picture|balance|total|price|plan)$"
)
# "shows username", "shows initials": a kind of value, said in lower case, never its words
_KIND_OF_VALUE = re.compile(
    r"^(?:e-?mail(?: address)?|username|user ?name|initials|(?:full |display )?name|status"
    r"|price|total|subtotal|date|time|timestamp|balance|amount|role|version|phone(?: number)?)$"
)
_THIS_YEAR = re.compile(r"^(?:the )?(?:current|present|this) year(?:['’]s number)?$", re.I)


# "only Home" is a claim; "Only 3 left" is as the page writes its words
_NOTHING_ELSE = re.compile(r"^(?:only|just|merely|solely|nothing but) \S")
_AS_WELL = re.compile(r"\S (?:too|as well)$")  # "Milk too": Milk, or those words?


def expected(raw: str, quotes: Quotes) -> str | None:
    """Return the text a person expects to read, or None when the words are not that text.

    Refused: a pronoun ("greets her"), a value run into the next clause ("AND the logo
    loaded"), a quote with loose words around it ("'Hi' as a heading, a logo"), and a
    paraphrase in lower case ("the email is already taken"): none is words on the page.
    """
    text = _TEXT_LEAD.sub("", raw.strip(" ,.;:!?"), count=1)
    if not _EMPTY_STATE.match(text):  # "says No projects yet": the words, whole
        text = _NO_MORE.sub("", text)  # "doesn't list Blue Mug any more": the words, Blue Mug
    if quotes.is_quoted(text):
        value = quotes.value(text)
        return value if value.strip() else None
    if _SOMEONES_VALUE.match(text):
        return None  # "Alice's email": a value described by whose it is, never those words
    if _THIS_YEAR.match(text):
        return placeholder("year")  # "the footer shows the current year": the run's year
    # "Order {{order_id}}": the words, with the value the run gives the variable
    text = quotes.variables_in_words(text) or text
    if has_pronoun(text) or _RUN_ON.search(text) or OPEN in text or _LATER_STEP.search(text):
        return None
    if said_before(text):
        return None  # "the cart shows it (too)": the thing said before, never the word "it"
    if _NOTHING_ELSE.match(text):
        return None  # "says just Home": that nothing else is said, which words cannot check
    if _AS_WELL.search(text):
        return None  # "shows Milk too": Milk, or the words "Milk too"? Quote them
    if runs_into_a_step(text):
        return None  # "says Thanks and subscribe": the words, then a step? Quote them
    if _STATUS_CLASS.match(text):
        return None  # "no 5xx on /health": answers of a kind, which no page says so
    if _LOWER_LIST.match(text):
        return None  # "lists bug, enhancement and question": several names, never one text
    if _NOT_LEAD.match(text):
        return None  # "the title is not Error": a negation, never the words "not Error"
    # "says At least 8 characters": a hint's words, as it writes them; never a count
    hint = text[:1].isupper() and a_length(text)
    if (_HOW_MANY.match(text) and not hint) or _MORE_OF.match(text):
        return None  # "at least 1 order": a count of things, not words on the page
    if _PAGE_DOES.search(text) and not quotes.is_quoted(text):
        return None
    if _ON_THE_SCREEN.search(text) and not quotes.is_quoted(text):
        return None  # "says Welcome near the top": where on the screen, which no check sees
    if _SECOND_CLAUSE.search(text) or _CHOSEN_AFTER.search(text) or _NEXT_STATEMENT.search(text):
        # "has SSO, the Free plan doesn't": a second statement; "shows Pro selected": a
        # state of Pro, never the words "Pro selected"
        return None
    if _AMOUNT_QUALIFIED.match(text):
        return None  # "$105.84 including tax": which amount it is, never words run into it
    if _OR_BEYOND.search(text):
        return None  # "shows 3 or more": a bound on a number, never the words "3 or more"
    if _AMONG.search(text):
        return None  # "lists Free WiFi among the amenities": where, never words run into it
    if _IN_ORDER.search(text):
        return None  # "shows Teapot first": where it stands in a list, not words on the page
    if _AS_ROLE.search(text) or _WITH_FIELD.search(text) or _INSTEAD.search(text):
        # "shows Bob as the display name", "lists bob@x.com with role Editor": which field?
        return None
    if _CLAUSE_AFTER.search(text) or BY_IT.match(text):
        # "shows 3 errors when submitted empty", "shows Required under it": more than words
        return None
    if text.lower() in _GENERIC:
        return None  # "there is content on the page": what content? any would do
    if _SIZE.match(text):
        return None  # "the image is 200px wide": how big it is, never words it shows
    if text in _FOCUS:
        return None  # "the Email field has focus": where the keys go, not words it holds
    if text[:1].islower() and (STATEMENT_WORDS.search(text) or _SPEAKER.search(text)):
        return None  # "the email is taken", "our founding year": a paraphrase, not the words
    if _KIND_OF_VALUE.match(text):
        return None  # "the header shows username": whose? the word "username" is not it
    if text[:1].islower() and _DESCRIBED_VALUE.search(text):
        return None  # "today's date", "the user's name": a value the goal does not spell out
    if _ATTRIBUTE.match(text) or _LOOKS.match(text):
        return None
    if _WHEN_SHOWN.match(text) or _MARKED.match(text):
        # "shows after a second": when, not what; "is marked as invalid": a state, not words
        return None
    value = quotes.value(text)
    return value if value.strip() else None


# Data nobody writes to describe a thing: an e-mail address, an amount of money.
_DATUM = re.compile(r"^(?:[^\s@]+@[^\s@]+\.\w+|[$€£¥]\s?\d[\d,.]*)$")


def literal(raw: str, value: str) -> bool:
    """Tell whether a phrase spells out text: quoted, capitalised, a number, an address, or
    what a broken page prints ("undefined")."""
    first = value[:1]
    return (
        OPEN in raw
        or bool(_WORDS_LEAD.match(raw))
        or first.isupper()
        or first.isdigit()
        or (first == "#" and value[1:2].isdigit())  # "#1234": an order's number
        or bool(_DATUM.match(value) or LEAKED.match(value))
        or value == placeholder("year")  # "the current year", which the run spells out
    )


def text_tail(raw: str, quotes: Quotes) -> Tail:
    return "closed" if quotes.is_quoted(raw.strip(" ,.;:!?")) else "free"


def on_page(fragment: str) -> Parsed:
    """Expect the URL to hold a page's fragment; the start page's URL is checked whole.

    "Back on the home page" holds only there: "/" is in every address.
    """
    if fragment == placeholder("url"):
        return Parsed((Draft("expect_url", value=fragment, compare="equals"),))
    return one("expect_url", value=fragment)


def page_fragment(name: str) -> str | None:
    """The part of the address a named page has: "the pricing page" is at ".../pricing"."""
    if names_the_site(name):
        return placeholder("url")  # where the test starts, the whole of it: see `on_page`
    if len(name.split()) > 3 or _NOT_A_NAME.search(name):
        return None  # "login page or auth prompt shown": a sentence, not a page's name
    if re.fullmatch(r"[45]\d\d", name):
        return None  # "a 404 page": the server's answer, which no address spells
    if names_a_position(name) or name.lower() in {"same", "other", "current", "new", "right"}:
        return None  # "the previous page is shown": which one, no address says
    return slug(name)
