"""Read "only Milk is listed" and "the cart shows only Milk and Eggs": exactly these items;
and "every row shows Active": the same words in each item.

The list is the part of the page named ("the shopping list", "in the cart"), else the
page's one list ("the list", no place). The names are quoted, or written as names are
(capitalised, or a number); two plain names joined by "and" are two items only when the
verb says several ("are listed"): "only Terms and Conditions is listed" is one.
"""

from __future__ import annotations

import re

from housecat.plan.grammar.quotes import OPEN, Quotes
from housecat.plan.grammar.types import Parsed, Rule, Tail, one, rule
from housecat.plan.grammar.words import NUMBER, PAGE_SUBJECTS, has_pronoun
from housecat.plan.models import Target

_CUT = re.compile(r",? and |, ", re.I)
# A name: capitalised, a number, a variable, "iPhone", or an e-mail address
_NAME = re.compile(r"^(?:[A-Z0-9]|\{\{|[a-z]+[A-Z]|[\w.+-]+@[\w-]+\.)[^,]*$")
_COUNTED = re.compile(r"^\d+ [a-z]", re.I)
# "only European rows remain": a kind of item described, not one item's words
_DESCRIBED = re.compile(
    r" (?:rows|items|entries|results|products|todos|to-dos|tasks|records|lines|cards|orders"
    r"|users|posts|articles|files|ones)$"
    # "only Ada's row remains": the row that holds Ada, whose words are more than hers
    r"|['’]s (?:row|item|entry|result|product|todo|task|record|line|card|order|user|post|file)$",
    re.I,
)
# Subjects that mean the page's one list, not a part of the page named so.
_THE_LIST = frozenset({"list", "the list", "the items", "items", "the list of items"})
# "the orders table", never "the table should": a verb's helper is no word of a place
_PLACE = (
    r"(?:the|your|my|our) [\w'’-]+(?: (?!(?:should|must|will|does|do|now|still)\b)[\w'’-]+){0,2}"
)
# A subject of a few words, none of them the verb that follows it.
_SUBJECT = (
    r"(?:the|your|my|our)(?: (?!(?:should|must|will|does|do|now|still|only|shows?"
    r"|contains?|displays?|has|have|holds?|includes?)\b)[\w'’-]+){1,3}"
)
_SHOWN = r"(?:listed|shown|displayed|visible|present|left|there)"
_SAYS = r"(?:show|list|contain|display|have|hold|include)"
_AUX = r"(?:(?:should|must|will|does|do|now|still) )*"
# "contains exactly Milk": only Milk; "exactly 2 items" is a count, read elsewhere
_EXACTLY = r"exactly(?! (?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"


def _names(raw: str, quotes: Quotes, *, several: bool | None) -> list[str] | None:
    """The names a phrase lists; None when one is not a name, or the count is unclear."""
    parts = [part.strip() for part in _CUT.split(raw.strip(" ,.;:!?"))]
    if any(not part or has_pronoun(part) for part in parts):
        return None  # "only that item is listed": which words? the goal does not say
    if not all(
        quotes.is_quoted(part) or (OPEN not in part and _NAME.match(part)) for part in parts
    ):
        return None
    if any(not quotes.is_quoted(part) and _COUNTED.match(part) for part in parts):
        return None  # "only 3 items are listed": how many, not which
    if any(not quotes.is_quoted(part) and _DESCRIBED.search(part) for part in parts):
        return None
    plain = not all(quotes.is_quoted(part) for part in parts)
    if plain and len(parts) == 2 and "," not in raw:
        if several is None:
            return None  # "shows only Salt and Pepper": one item, or two?
        parts = parts if several else [raw.strip(" ,.;:!?")]
    if several is False and len(parts) > 1:
        return None  # "only 'Milk', 'Eggs' is listed": one, or several?
    return [quotes.value(part) for part in parts]


def _only(names: list[str] | None, place: str | None, said: str = "") -> Parsed | None:
    if not names:
        return None
    words = re.sub(r"^(?:the|your|my|our) ", "", place or "", flags=re.I).strip()
    if words.lower() in PAGE_SUBJECTS:
        return None  # "the page shows only Milk": the page is no list
    target = None if not words or f"the {words}".lower() in _THE_LIST else Target(text=words)
    # An unquoted last name may go on: "only Buy milk and Pay rent" is never a check of
    # Buy milk alone, then a click on Pay rent.
    last = _CUT.split(said.strip(" ,.;:!?"))[-1]
    tail: Tail = "free" if said and not Quotes.is_quoted(last) else "closed"
    return one("expect_only", target=target, value="\n".join(names), tail=tail)


def _only_listed(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "only 'Milk' is listed (in the shopping list)"."""
    verb = match["verb"].lower()
    # "should remain" says no number: "only Salt and Pepper should remain" is one or two
    several = None if " " in verb else verb in {"are", "remain", "show", "appear"}
    return _only(_names(match["x"], quotes, several=several), match["place"])


def _shows_only(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the shopping list shows only 'Milk'" and "the list should only list Milk"."""
    return _only(_names(match["x"], quotes, several=None), match["s"], match["x"])


def _the_only_one(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "Grace Hopper should be the only result" and "the only item in the cart is Milk"."""
    place = match["place"] or ("the results" if match["kind"] in {"result", "match"} else None)
    return _only(_names(match["x"], quotes, several=False), place)


# The kinds of item a list has, by the words people use: "every invoice row", "all results".
_ITEM_NOUN = re.compile(
    r"^(?:[a-z]+ )?(?P<kind>rows?|items?|entries|entry|results?|cards?|products?|records?"
    r"|lines?|posts?|orders?|tasks?|todos?|articles?|plans?|tiers?|members?|users?|reviews?"
    r"|projects?|invoices?|tickets?|issues?|jobs?|courses?|events?|comments?|messages?|files?"
    r"|documents?|contacts?|customers?|transactions?|payments?|releases?|versions?|listings?"
    # a status page's: "every component should be Operational"
    r"|components?|services?|systems?|servers?|endpoints?|regions?|integrations?)$"
)


def _singular(noun: str) -> str:
    return "entry" if noun == "entries" else noun.removesuffix("s")


def _each(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "every row shows Active" and "all the results in the table mention 'Lamp'"."""
    kind = _ITEM_NOUN.match(match["noun"])
    said = match["v"].strip(" ,.;:!?")
    named = quotes.is_quoted(said) or (OPEN not in said and bool(_NAME.match(said)))
    if kind is None or not named or _COUNTED.match(said) or has_pronoun(said):
        return None  # "every row has a Delete button": an element, which words are not
    if not quotes.is_quoted(said) and _CUT.search(said):
        return None  # "every row shows Active and Paid": both words, or the one phrase?
    # "each invoice row": the row, as the goal says it
    noun = kind[0][: kind.start("kind")] + _singular(kind["kind"])
    place = re.sub(r"^(?:the|your|my|our) ", "", match["place"] or "")
    column = _A_COLUMN.match(place)
    if column:  # "every row in the Status column": each row's cell under that header
        return _column_each(column["col"], said, quotes) if noun in _ROWS else None
    if place.lower() in PAGE_SUBJECTS:
        place = ""
    within = place or ("results" if noun.endswith("result") else None)
    target = Target(text=noun, within=within)
    return one("expect_each", target=target, value=quotes.value(said), tail="free")


_A_COLUMN = re.compile(r"^(?P<col>[\w'’ -]+?) column$", re.I)
_ROWS = frozenset({"row", "entry", "item", "record", "line"})


def _column_each(column: str, said: str, quotes: Quotes) -> Parsed | None:
    """Every row's cell in the column headed so shows the words."""
    said = said.strip(" ,.;:!?")
    named = quotes.is_quoted(said) or (OPEN not in said and bool(_NAME.match(said)))
    if not named or _COUNTED.match(said) or has_pronoun(said) or _CUT.search(said):
        return None  # "the Status column shows a date for every row": which words?
    header = Target(text=quotes.value(column), role="columnheader")
    return one("expect_each", target=header, value=quotes.value(said))


def _column_of_every_row(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the Status column says Active for every row" and "every row has Active in
    the Status column"."""
    return _column_each(match["col"], match["v"], quotes)


# "the only result", "the only item left in the cart": one of a kind, in a place or not
_ONE_KIND = (
    r"(?P<kind>result|match|item|entry|product|row|record|user|order|task|todo|post|file|card)"
    rf"(?: (?:listed|shown|displayed|found|left|remaining))?(?: (?:in|on) (?P<place>{_PLACE}))?"
)
_ONE_IS = r"(?:is|(?:should|must|will) be)"
# "only 2 rows are shown", "shows only one result": a count, read as "exactly" elsewhere
_NO_COUNT = rf"(?!(?:\d+|{NUMBER}) (?-i:[a-z]))"

_EVERY_ROW = r"(?:each|every|all(?: of)?(?: the)?) (?:rows?|entries|entry|records?|lines?)"
_CELL_SAYS = r"(?:says?|shows?|reads?|displays?|contains?|is|are|has|have)"

ONLY_RULES: tuple[Rule, ...] = (
    rule(
        rf"^(?:the )?(?P<col>[\w'’ -]+?) column {_AUX}(?:say|show|read|display|contain|be"
        rf"|{_CELL_SAYS}) (?P<v>\S.*?) (?:for|in|on) {_EVERY_ROW}$",
        _column_of_every_row,
        final=True,
    ),
    rule(
        rf"^{_EVERY_ROW} {_AUX}(?:say|show|read|display|have|{_CELL_SAYS}) (?P<v>\S.*?)"
        r" (?:in|under) the (?P<col>[\w'’ -]+?) column$",
        _column_of_every_row,
        final=True,
    ),
    rule(
        r"^(?:each|every|all(?: of)?(?: the)?) (?P<noun>[a-z]+(?: (?!(?:should|must|will"
        r"|does|do|now|still|not)\b)[a-z]+)?)"
        rf"(?: (?:in|on) (?P<place>{_PLACE}))? {_AUX}"
        r"(?:says?|shows?|contains?|displays?|mentions?|includes?|reads?|is|are|be)"
        r"(?: the (?:words?|text))? (?P<v>\S.*)$",
        _each,
        final=True,
    ),
    rule(
        rf"^only {_NO_COUNT}(?P<x>.+?) (?P<verb>is|are|remains?|should be|must be|will be) {_SHOWN}"
        rf"(?: (?:in|on|inside|within) (?P<place>{_PLACE}))?$",
        _only_listed,
        final=True,
    ),
    rule(  # "only 'Walk dog' shows", "only Milk and Eggs appear in the list"
        rf"^only {_NO_COUNT}(?P<x>.+?)"
        r" (?P<verb>(?:(?:should|must|will|can) )?(?:shows|show|appears|appear))"
        rf"(?: (?:in|on|inside|within) (?P<place>{_PLACE}))?$",
        _only_listed,
        final=True,
    ),
    rule(  # "only Oak Chair should be in the cart"
        rf"^only {_NO_COUNT}(?P<x>.+?) (?P<verb>is|are|should be|must be|will be)"
        rf" (?:in|on|inside|within) (?P<place>{_PLACE})$",
        _only_listed,
        final=True,
    ),
    rule(  # "only Bread should remain": of the list the goal has been changing
        rf"^only {_NO_COUNT}(?P<x>.+?) (?P<verb>remains?|(?:should|must|will) remain|stays)"
        rf"(?: (?:in|on|inside|within) (?P<place>{_PLACE}))?$",
        _only_listed,  # "only 3 rows remain" is a count, read elsewhere
    ),
    rule(  # "I should see only Carol", "expect only Carol": only she is listed
        r"^(?:(?:i|we|you) )?(?:(?:should|must|will) )?(?:see|expect) "
        # "verify only Ada is shown" says its verb: read as such, above
        r"only (?!.*\b(?:is|are|shows?|appears?|remains?|stays?|should|must|will|be)\b)"
        rf"{_NO_COUNT}(?P<x>\S.*?)"
        rf"(?: (?:in|on|inside|within) (?P<place>{_PLACE}))?$",
        lambda m, q: _only(_names(m["x"], q, several=None), m["place"]),
        final=True,
    ),
    rule(
        rf"^(?P<x>.+?) {_ONE_IS} the only {_ONE_KIND}$",
        _the_only_one,
        final=True,
    ),
    rule(
        rf"^the only {_ONE_KIND} {_ONE_IS} (?P<x>.+)$",
        _the_only_one,
        final=True,
    ),
    rule(
        rf"^(?P<s>{_SUBJECT}|list) {_AUX}(?:only (?:{_SAYS}s?|has)|(?:{_SAYS}s?|has)"
        rf" (?:only|{_EXACTLY})|lists? only)(?: (?:the )?items?)? {_NO_COUNT}(?P<x>\S.*)$",
        _shows_only,
        final=True,
    ),
)
