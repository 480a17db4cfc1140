"""Read "it" in a check as the one item the clause before acted on, or the part it opened.

"Add 'milk' to the list and make sure it shows up" checks that 'milk' shows: the words
checked are still the goal's own, only said again; "add 'milk' and tick it off" ticks
'milk'. "It" stands for an item only when the clause before names exactly one (added,
deleted, ticked or unticked), and only in a check or in ticking, unticking or deleting
that item; anything else with "it" stays refused. After "scroll to the footer" or "open the
menu", "it" in a check is that part of the page: checking the whole page instead would
pass on words shown anywhere else.

After a tab is clicked, "it is selected" is that tab's state; after a box is ticked or a
control clicked, "the box", "the toggle" or "the switch" in a check of a state is that control.

A name said again is what it named before: "delete milk" after "add milk" deletes that
item, "click Save again" after "click Save" clicks it once more, and what is clicked
right after "scroll to the footer" is in the footer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from housecat.plan.grammar.quotes import Quotes
from housecat.plan.grammar.types import Draft, Parsed
from housecat.plan.grammar.words import CHECK_LEAD, ITEM_VERBS, REGIONS
from housecat.plan.models import CHECKS, Action, Target

_IT = re.compile(r"\bit(?P<is>['’]s)?\b", re.I)
_ITS = re.compile(r"\bits\b", re.I)
# "it", or the item said again by its kind: "that item", "the new task", "this one"
_THE_ITEM = re.compile(
    r"\b(?:it(?P<is>['’]s)?|(?:that|this) (?:item|todo|task|entry|one)"
    r"|the (?:new|added) (?:item|todo|task|entry)"
    # "delete Milk and check the item is gone": the item just named, said by its kind
    r"|the (?:item|todo|task|entry)(?= (?:is|was|has|should|must|will|does|no longer|disappears"
    r"|appears|shows)\b)"
    # "remove Bob from the team and check he is no longer listed": the person just named
    r"|(?:he|she)(?= (?:is|was|should|must|will|no longer|isn['’]t|disappears|appears)\b))\b",
    re.I,
)
_LISTED = re.compile(r"\blisted$", re.I)
_ON_ITS_NAME = frozenset({"delete_item", "check", "uncheck"})
# "… and check it says Reviews": what "it" is told by the words said of it
_IT_SAYS = re.compile(
    r"\bit (?:says|shows|reads|displays|mentions|contains|lists|includes"
    r"|should (?:say|show|read|display|mention|contain|list|include))\b",
    re.I,
)


def item_named(draft: Draft) -> str | None:
    """The item an action names: the text added, or the one deleted, ticked or unticked."""
    if draft.action == "add_item":
        return draft.value
    target = draft.target
    if draft.action == "click" and target is not None and target.text.startswith("Add to "):
        return target.within  # "add Blue Mug to the cart": "it" after is Blue Mug
    if draft.action == "click" and target is not None and target.text.lower() in ITEM_VERBS:
        return target.within  # "archive the project Apollo": "it" after is Apollo
    if draft.action in _ON_ITS_NAME and target is not None:
        # "complete 'Walk dog'" ticks the box in Walk dog's item: the item is Walk dog
        return target.within if target.names_kind and target.within else target.text
    return None


def _among_items(said: str, before: Draft) -> str:
    """Say "listed" of an item just added as in the list: among the items, where a message
    saying "Pay rent added" is not; and "there" as where it was added ("add Oak Chair to
    the cart; check it is there": in the cart, never on a page whose products show it)."""
    if before.action == "add_item":
        return _THERE_END.sub(" in the list", _LISTED.sub("in the list", said, count=1))
    target = before.target
    if before.action == "click" and target is not None and target.text.startswith("Add to "):
        place = f"in the {target.text.removeprefix('Add to ')}"
        return _THERE_END.sub(f" {place}", _LISTED.sub(place, said, count=1))
    return said


_THERE_END = re.compile(r" (?:still )?(?:in )?there$", re.I)


def _true_of_a_box(draft: Draft, box: str) -> bool:
    """Tell what a box just ticked or unticked is anyway: enabled, shown, its label on the
    page (what it says, "Enabled", is a check)."""
    if draft.action == "expect_text":
        return draft.target is None and draft.value == box
    return draft.action in {"expect_enabled", "expect_visible"}


def named_again(
    text: str, before: Parsed | None, quotes: Quotes, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read a check or an act on an item whose one "it" is the item the clause before
    named, or None."""
    if before is None or len(before.drafts) != 1 or len(_THE_ITEM.findall(text)) != 1:
        return None
    item = item_named(before.drafts[0])
    if not item:
        return None
    if before.drafts[0].action == "click" and _IT_SAYS.search(text):
        return None  # "add Blue Mug to the cart; check it says Added": a message, or the card?
    ticked = before.drafts[0].target
    own_box = before.drafts[0].action in {"check", "uncheck"} and not (
        ticked is not None and ticked.names_kind and ticked.within
    )
    slot = quotes.add(item)
    said = _THE_ITEM.sub(lambda m: slot + (" is" if m["is"] else ""), text)
    parsed = parse(_among_items(said, before.drafts[0]))
    if parsed is None or any(
        draft.action not in CHECKS and item_named(draft) != item for draft in parsed.drafts
    ):
        return None
    if own_box and any(_true_of_a_box(draft, item) for draft in parsed.drafts):
        return None  # "tick Terms and check it is enabled": the box just ticked is; or Save?
    return replace(parsed, drafts=tuple(_in_the_item(draft, item) for draft in parsed.drafts))


# What finds a thing by its words: a search for them, or a check that they show.
_FOUND_BY = frozenset({"search", "expect_text", "wait_for"})


_THEIR_RECORD = re.compile(r"\b(?:his|her|their) (?:profile|record|details|page|account)\b", re.I)


def found_again(
    text: str, before: Parsed | None, quotes: Quotes, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "add it to the cart" or "open it" right after searching for 'Oak Chair',
    finding it shown or adding it, as on that item: never the first "Add to cart" of the
    page, whichever product it is."""
    its = len(_IT.findall(text)) == 1
    # "search for Ada Lovelace and open her profile": the entry that shows her
    theirs = not _IT.search(text) and len(_THEIR_RECORD.findall(text)) == 1
    if before is None or len(before.drafts) != 1 or not (its or theirs):
        return None
    searched = before.drafts[0]
    query = searched.value or ""
    # "create a project called demo and open it": the one typed, whatever its case
    added = searched.action == "add_item"
    if not added and searched.action not in _FOUND_BY:
        return None
    if not added and not _a_name(query):
        return None  # "search for oak and open it": which of the results with "oak"?
    pronoun = _IT if its else _THEIR_RECORD
    parsed = parse(pronoun.sub(quotes.add(query), text, count=1))
    if parsed is None or len(parsed.drafts) != 1:
        return None
    draft = parsed.drafts[0]
    if added and searched.target is None and draft.target and draft.target.text == query:
        return None  # "add 'Tea' and open it": a line of a list, which opens nothing
    return parsed if draft.action in {"click", "open"} and _on_result(draft, query) else None


_ACTS_ON_A_PART = frozenset({"click", "hover", "open", "check", "uncheck"})
# "… and its Add to cart button is disabled": a state of that item's own control
_PARTS_ACTED_ON_OR_CHECKED = _ACTS_ON_A_PART | {"expect_enabled", "expect_disabled"}


def _found_item(draft: Draft) -> str | None:
    """The item a step just found on the page: searched for, seen, or hovered over."""
    target = draft.target
    if draft.action == "expect_text" and target and target.role is None and not target.within:
        # "Brass Lamp shows Sold out": the item is Brass Lamp, never the words it shows
        name = target.text if _a_name(target.text) else draft.value or ""
    elif draft.action in _FOUND_BY:
        name = draft.value or ""
    elif draft.action == "hover" and draft.target is not None and not draft.target.within:
        name = draft.target.text
    else:
        name = _found_row(draft) or ""
    return name if _a_name(name) else None


def _a_name(words: str) -> bool:
    """Tell a thing's name ("Oak Desk", "1042", "#1042", a variable's value) from words that
    many things may hold ("oak")."""
    number = words[1:2] if words.startswith("#") else words[:1]
    return words[:1].isupper() or number.isdigit() or words.startswith("{{")


def _found_row(draft: Draft) -> str | None:
    """The row (or item) a step found by its name: "find Bob's row", "find Bob in the users
    table" (the row that shows Bob)."""
    target = draft.target
    if target is None:
        return None
    if draft.action == "expect_text" and target.role in _TABLES and draft.value:
        return draft.value if _a_name(draft.value) else None
    if draft.action != "expect_visible" or target.role not in _ROWS:
        return None
    placed = target.within or target.nth is not None or target.names_kind
    return None if placed else target.text


_ROWS = frozenset({"row", "listitem"})
_TABLES = frozenset({"table", "grid", "list"})
_CLICKS = frozenset({"click", "hover", "check", "uncheck"})
# "tick the checkbox", "click the button": the row's own, a kind a row holds
_ROW_CONTROLS = frozenset({"button", "link", "checkbox", "radio", "switch"})


def in_found_row(
    text: str, before: Parsed | None, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "find Bob's row and click Delete" as the Delete of that row: a row found is where
    the next click happens, never the first Delete of the page, which may be Alice's."""
    row = _found_row(before.drafts[0]) if before is not None and len(before.drafts) == 1 else None
    parsed = parse(text) if row else None
    if parsed is None or len(parsed.drafts) != 1:
        return None
    draft = parsed.drafts[0]
    target = draft.target
    if draft.action not in _CLICKS or target is None or target.text == row:
        return None
    if target.names_kind and target.role not in _ROW_CONTROLS:
        return None  # "… and click the logo": the page's own
    if target.within or target.nth is not None:
        return None  # "… and click Save in the header": where the goal says
    return replace(
        parsed, drafts=(replace(draft, target=target.model_copy(update={"within": row})),)
    )


# "click Edit on the Oak Chair row; the row shows $99": that row, named nowhere else
_THE_ROW = re.compile(
    r"\b(?:the|that|this|the same|its|his|her|their) (?P<kind>row|entry)\b"
    # never "the row for Bob" (named), nor "the row count" (another thing)
    r"(?! (?:for|of|in|on|with|named|counts?|numbers?|items?|headers?|totals?)\b)",
    re.I,
)


def row_said_again(
    text: str, done: list[Draft], quotes: Quotes, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "the row" after steps in a row (or one finding it) as the last such row: checked
    in any row, the words would pass in another one ("click Edit on the Oak Chair row, …;
    the row shows $99" passed on Pine Table's $99)."""
    said = _THE_ROW.search(text)
    if said is None or len(_THE_ROW.findall(text)) > 1:
        return None
    rows = (_row_of(draft) for draft in reversed(done))
    row = next((row for row in rows if row is not None), None)
    if row is None:
        return None
    named = f"the {quotes.add(row)} {said['kind']}"
    return parse(text[: said.start()] + named + text[said.end() :])


def _row_of(draft: Draft) -> str | None:
    """The row a step found, or acted in ("click Edit on the Oak Chair row")."""
    within = draft.target.within if draft.target is not None else None
    if within is not None and (within.lower() in REGIONS or draft.count is not None):
        # "click Save in the footer", "3 users in the users table": a part of the page
        within = None
    return _found_row(draft) or within


# "its price is $5": a value the item labels ("its Edit button" is a control in it)
_ITS_LABEL = re.compile(
    r"\b(?:its|his|her|their) (?P<label>price|cost|status|total|rating|stock|role|plan|date"
    r"|email|e-mail)\b"
)
_THAT_ROW = re.compile(
    r" (?:in|on|of|from|within) (?:that|this|his|her|their|its|the same)"
    r" (?:row|card|item|entry|line|tile|listing)\b",
    re.I,
)


def its_part(
    text: str,
    before: Parsed | None,
    quotes: Quotes,
    parse: Callable[[str], Parsed | None],
) -> Parsed | None:
    """Read "find Bob in the list and click its Edit button": the Edit button in Bob's
    item, never the first Edit button of the page, which may be Alice's; and "check its
    price is $5" as the price of that item."""
    if before is None or len(before.drafts) != 1:
        return None
    item = _found_item(before.drafts[0])
    one_said = len(_ITS_LABEL.findall(text)) == 1 and len(_ITS.findall(text)) <= 1
    labelled = _ITS_LABEL.search(text) if item and one_said else None
    if item and labelled:  # "its price is $250": the price of Oak Desk
        said_of = f"the {labelled['label']} of {quotes.add(item)}"
        checked = parse(text[: labelled.start()] + said_of + text[labelled.end() :])
        if checked is not None and all(d.action in CHECKS for d in checked.drafts):
            return checked
    said = _ITS.sub("the", text) if len(_ITS.findall(text)) == 1 else None
    if len(_THAT_ROW.findall(text)) == 1:  # "click Edit in that row", "… in his row"
        said = _THAT_ROW.sub("", text)
    parsed = parse(said) if item and said else None
    if item is None or parsed is None or len(parsed.drafts) != 1:
        return None
    draft = parsed.drafts[0]
    target = draft.target
    if draft.action not in _PARTS_ACTED_ON_OR_CHECKED or target is None or target.within:
        return None
    return replace(
        parsed, drafts=(replace(draft, target=target.model_copy(update={"within": item})),)
    )


_SEARCH_FINDS = re.compile(
    r"^(?:(?:check|verify|confirm|ensure|make sure)(?: that)? )?(?:the |our |this |that )?"
    r"(?:\w+ )?search (?:(?:should|must|will|still|also) )*finds? ",
    re.I,
)


def found_by_the_search(
    text: str, before: Parsed | None, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "the search finds 'Oak Chair'" right after a search as its results showing it:
    a search for 'Oak Chair' itself would find it whatever the first search found."""
    said = _SEARCH_FINDS.match(text)
    if said is None or before is None or not any(d.action == "search" for d in before.drafts):
        return None
    return parse(f"the results show {text[said.end() :]}")


# "open the search (with Ctrl+K)", "click the search icon": a search box brought up
_SEARCH_OPENED = re.compile(r"^(?:open|click|tap|press|hit|focus)\b.*\bsearch\b", re.I)
_LOOK_FOR = re.compile(
    r"^(?:look for|look up|find) (?P<q>.+?)(?: (?:in|into|with) (?:it|there|the box))?$", re.I
)


def searched_once_open(
    text: str, said_before: str, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "open the search with Ctrl+K and look for webhook" as searching for it: never
    the word "webhook" somewhere on the page, which a menu may show whatever the search
    box does."""
    looked = _LOOK_FOR.match(text)
    if looked is None or not _SEARCH_OPENED.match(said_before):
        return None
    searched = parse(f"search for {looked['q']}")
    if searched is None or [d.action for d in searched.drafts] != ["search"]:
        return None
    return searched


_RESULTS = re.compile(r"\b(?:search )?results\b", re.I)
_SHOWN_ALONE = re.compile(
    r"\bit(?:['’]s| (?:is|should be|must be))? (?:listed|shown|displayed|visible|present|there"
    r"|appears|shows up|comes up)$",
    re.I,
)


def query_said_again(
    text: str, before: Parsed | None, quotes: Quotes, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "search for lamp and verify it appears in the results": the words searched for,
    shown in the results (never "the results appear in the results", which any result
    passes)."""
    searched = before.drafts[-1] if before is not None and before.drafts else None
    if searched is None or searched.action != "search" or not searched.value:
        return None
    if len(_IT.findall(text)) != 1:
        return None
    if not _RESULTS.search(text):
        if not _SHOWN_ALONE.search(text):
            return None
        text = f"{text} in the results"  # "check it is listed": among what the search found
    slot = quotes.add(searched.value)
    parsed = parse(_IT.sub(lambda m: slot + (" is" if m["is"] else ""), text, count=1))
    if parsed is None or len(parsed.drafts) != 1:
        return None
    check = parsed.drafts[0]
    shown = check.action == "expect_text" and check.value == searched.value
    return parsed if shown and check.target is not None else None


def query_named_again(
    text: str, before: Parsed | None, quotes: Quotes, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "search for chair; every result mentions chair" with the last words as the words
    searched for, which they are (a lower-case word alone may name a kind of thing)."""
    searched = before.drafts[-1] if before is not None and before.drafts else None
    if searched is None or searched.action != "search" or not searched.value:
        return None
    said = re.search(rf"(?<=\s){re.escape(searched.value)}$", text, re.I)
    if said is None:
        return None
    parsed = parse(text[: said.start()] + quotes.add(said.group()))
    checks = parsed is not None and all(d.action in CHECKS for d in parsed.drafts)
    return parsed if checks else None


def rows_searched(
    text: str, before: Parsed | None, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "exactly one row is shown" right after searching the users table as that
    table's rows: counted on the whole page, another table's would count too."""
    if before is None or len(before.drafts) != 1 or before.drafts[0].action != "search":
        return None
    table = before.drafts[0].target
    if table is None or not table.text.lower().endswith("table"):
        return None
    parsed = parse(text)
    if parsed is None or len(parsed.drafts) != 1:
        return None
    counted = parsed.drafts[0]
    target = counted.target
    if counted.action != "expect_count" or target is None or target.role != "row" or target.within:
        return None
    return replace(
        parsed, drafts=(replace(counted, target=target.model_copy(update={"within": table.text})),)
    )


# "check it returns 200", "it should 404": the answer to the address just opened
_IT_ANSWERS = re.compile(
    r"^(?:(?:check|verify|confirm|make sure|ensure|expect)(?: that)? )?it"
    r" (?:(?:should|must|will) )?(?:returns?|responds? with|gives|answers(?: with)?)"
    r" (?:(?:an?|a status|the status|status|http|code) )*(?P<code>[1-5]\d\d)"
    r"|^(?:(?:check|verify|confirm|make sure|ensure)(?: that)? )?it (?:(?:should|must|will) )?"
    r"(?P<code2>[45]\d\d)s?$"
    # "open /api/version and check it returns 2.3.1": what that address answers, as said of it
    r"|^(?:(?:check|verify|confirm|make sure|ensure|expect)(?: that)? )?it"
    r" (?:(?:should|must|will) )?(?:return|returns|responds with) (?P<what>\S.*)$",
    re.I,
)


def visit_answers(
    text: str, before: Parsed | None, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "open /blog/hello and check it returns 200" as that address answering so."""
    said = _IT_ANSWERS.fullmatch(text)
    opened = before.drafts[-1] if before is not None and before.drafts else None
    if said is None or opened is None or opened.action != "goto" or not opened.value:
        return None
    return parse(f"{opened.value} returns {said['code'] or said['code2'] or said['what']}")


def _on_result(draft: Draft, query: str | None) -> bool:
    """Tell a click or opening done on the result searched for, by its name."""
    return draft.target is not None and query in {draft.target.text, draft.target.within}


# "delete milk", "tick milk off" after "add milk": the item the goal added, by its name
ACT_ON_ITEM = re.compile(
    r"^(?P<verb>delete|remove|tick|untick|uncheck|complete|finish|check off|cross off|mark)"
    r" (?:the )?(?:(?:item|todo|task|entry) )?(?P<name>.+?)"
    r"(?P<rest> off| as (?:done|complete|completed|finished|not done|incomplete))?$",
    re.I,
)


# "Email alerts is still off": a setting's state, said by its name
_NAMED_STATE = re.compile(
    rf"^{CHECK_LEAD}(?P<name>\S.*?)"
    r" (?P<is>is|should|must|stays|remains)(?: still)?(?P<be> be)? (?P<state>on|off)$",
    re.I,
)


def setting_said_again(
    text: str, done: list[Draft], quotes: Quotes, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "turn off Email alerts, save, reload: Email alerts is still off" as the state of
    the box or switch turned before; said of no control turned, "Dark mode is on" names no
    kind (a light? a setting?) and stays refused."""
    said = _NAMED_STATE.match(text)
    if said is None or (said["is"].lower() in {"should", "must"}) != bool(said["be"]):
        return None
    name = quotes.value(said["name"]).lower()
    turned = next(
        (
            d
            for d in reversed(done)
            if d.action in {"check", "uncheck"} and d.target and d.target.text.lower() == name
        ),
        None,
    )
    if turned is None or turned.target is None:
        return None
    kind = "checkbox" if turned.target.role == "checkbox" else "switch"
    slot = quotes.add(turned.target.text)
    verb = f"{said['is']}{said['be'] or ''}"
    return parse(f"{said['lead'] or ''}the {slot} {kind} {verb} {said['state']}")


def item_said_again(
    text: str, added: list[str], quotes: Quotes, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read an act on an item the goal added before, named again without quotes, as on
    that item ("add milk … delete milk"), or None: unquoted, "delete milk" is a command."""
    said = ACT_ON_ITEM.match(text)
    if said is None or quotes.is_quoted(said["name"]):
        return None
    item = next((i for i in added if i.lower() == said["name"].lower()), None)
    if item is None:
        return None
    parsed = parse(f"{said['verb']} {quotes.add(item)}{said['rest'] or ''}")
    if parsed is None or any(item_named(draft) != item for draft in parsed.drafts):
        return None
    return replace(parsed, drafts=tuple(_in_the_item(draft, item) for draft in parsed.drafts))


# "add another 'Call mom'": one more item, added where the last one was
_ANOTHER = re.compile(
    r"^(?:add|create|enter) (?:another|one more)(?: (?:item|todo|to-do|task|entry|one))?"
    r"(?: (?:called|named|titled))?:? (?P<v>\S.*?)"
    r"(?: to (?:the|my|your) (?:[\w-]+ )?(?:list|todos|tasks|to-dos))?$",
    re.I,
)


_A_NAME_ALONE = re.compile(r"^(?-i:[A-Z0-9])(?!.* (?:to|in|on|into|from|for|and|then|with) )", re.I)


def another_item(text: str, done: list[Draft], quotes: Quotes) -> Parsed | None:
    """Read "add another X" after an item was added: the same step, with X."""
    said = _ANOTHER.match(text)
    last = next((d for d in reversed(done) if d.action == "add_item"), None)
    if said is None or last is None or done[-1].action != "add_item":
        return None
    value = quotes.value(said["v"])
    if not quotes.is_quoted(said["v"]) and not _A_NAME_ALONE.match(value):
        return None  # "add another one to the cart", "add another Eggs to the list": unsure
    return Parsed((replace(last, value=value),))


# "they", "both", "all of them": the items the step before named, each of them
_THEY = re.compile(
    r"\b(?:they|them|both(?: of them)?|all of them|each of them)\b(?: (?:both|all|each)\b)?",
    re.I,
)
_PLURAL_VERB = {"are": "is", "were": "was", "have": "has"}
_BOTH_AFTER = re.compile(r"\b(are|were|should|must|will|have|be|been) (?:both|all|each)\b", re.I)


def they_again(
    text: str, before: Parsed | None, quotes: Quotes, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read a check of "they" or "both" right after a step on several named items ("add
    Milk and Eggs; check both are listed") as the same check of each."""
    text = _BOTH_AFTER.sub(r"\1", text)  # "they are both listed": each is listed
    if before is None or len(before.drafts) < 2 or len(_THEY.findall(text)) != 1:
        return None
    items = [item for item in map(item_named, before.drafts) if item]
    if len(set(items)) != len(before.drafts):
        return None  # each step must name an item of its own
    drafts: list[Draft] = []
    for item, added in zip(items, before.drafts, strict=True):
        said = _among_items(_THEY.sub(quotes.add(item), text), added)
        said = re.sub(r"\b(are|were|have)\b", lambda m: _PLURAL_VERB[m[1]], said, count=1)
        parsed = parse(said)
        if parsed is None or any(d.action not in CHECKS for d in parsed.drafts):
            return None  # "tick them and save": a step on each, which one step cannot be
        drafts += [_in_the_item(d, item) for d in parsed.drafts]
    return Parsed(tuple(drafts))


_AGAIN = re.compile(r"^(?P<body>.+?),? (?:once )?again$", re.I)


def done_again(
    text: str, before: list[Draft], parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "click Save again" after "click Save" as that click once more, and "log out
    again" as signing out, or None: said alone, "Try again" is a button's name."""
    again = _AGAIN.match(text)
    if again is None:
        return None
    parsed = parse(again["body"])
    if parsed is None or not parsed.drafts:
        return None
    if _SET_AGAIN.match(text) and all(d.action in {"check", "uncheck"} for d in parsed.drafts):
        return parsed  # "disable 2FA again": back as it was, never a setting named so
    done = [(d.action, d.target, d.value) for d in before]
    for draft in parsed.drafts:
        said = (draft.action, draft.target, draft.value)
        if said not in done and said[1:] != (None, None):
            return None  # "the page says Try again": words, which "again" may end
    return parsed


_SET_AGAIN = re.compile(r"^(?:enable|disable|turn|switch|toggle)\b", re.I)


# "the checkbox", "the toggle", "the tab": the control just acted on, said by its kind
_THE_KIND = re.compile(
    r"\bthe (?P<kind>check ?box|box|toggle|switch|radio(?: button)?|tab)\b", re.I
)
# Which kinds one control may be said as: a box "enabled" may be drawn as a switch
_FAMILY = {"checkbox": "tick", "switch": "tick", "radio": "radio", "tab": "tab"}
_KIND_ROLE = {"checkbox": "checkbox", "check box": "checkbox", "box": "checkbox", "tab": "tab"}
_KIND_ROLE |= {"toggle": "switch", "switch": "switch", "radio": "radio", "radio button": "radio"}
_STATES = frozenset({"expect_checked", "expect_unchecked", "expect_selected"})


def control_said_again(
    text: str, before: Parsed | None, quotes: Quotes, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "click the Billing tab and check it is selected" and "tick Remember me and check
    the box is ticked": the control just clicked or ticked, and only its state.

    Read alone, "the box is ticked" is any box on the page; and what "it shows" after a tab
    is clicked is in the panel the tab opened, never in the tab's own name.
    """
    if before is None or len(before.drafts) != 1:
        return None
    draft = before.drafts[0]
    control = draft.target
    if control is not None and control.role == "tab" and draft.action == "open":
        draft = replace(draft, action="click")  # "open the Details tab": clicked, as a tab is
    if draft.action not in {"click", "check", "uncheck"} or control is None:
        return None
    if control.names_kind or control.nth is not None or control.within:
        return None
    slot = quotes.add(control.text)
    if control.role is None and draft.action == "click" and len(_ANSWER.findall(text)) == 1:
        # "expand 'How do refunds work?' and check the answer says 30 days": what that
        # question opened, never a part named "answer" (every question's answer)
        shown = _shown_by(parse(_ANSWER.sub(slot, text)), control, role=None)
        if shown is not None:
            return shown
    if control.role in {None, "button"} and draft.action == "click":
        # "click Submit and check the button is disabled": that button, never any other
        pressed = _THE_BUTTON.findall(text)
        state = parse(_THE_BUTTON.sub(f"the {slot} button", text)) if len(pressed) == 1 else None
        if state is not None and all(
            d.action in _A_BUTTONS_STATES and d.target and d.target.role == "button"
            for d in state.drafts
        ):
            return state
    if control.role == "tab" and len(_TABS_PART.findall(text)) == 1:
        # "the tab panel shows Shipping": what the tab just clicked shows, never a part
        # named "tab" (the row of tabs, which holds every tab's name)
        shown = _shown_by(parse(_TABS_PART.sub(f"the {slot} tab", text)), control, role="tab")
        if shown is not None:
            return shown
    # "turn off Alerts and check it is off": the box or switch just turned, as for a tab
    kind = control.role if control.role in {"tab", "checkbox", "switch", "radio"} else None
    if draft.action != "click" and control.role is None:
        kind = "switch"  # "toggle dark mode": a box or a switch, which "switch" says of both
    if kind and len(_IT.findall(text)) == 1:
        said = _IT.sub(lambda m: f"the {slot} {kind}" + (" is" if m["is"] else ""), text)
    elif len(kinds := _THE_KIND.findall(text)) == 1 and _same_family(control, kinds[0]):
        said = _THE_KIND.sub(lambda m: f"the {slot} {m['kind']}", text)
    else:
        return None
    parsed = parse(said)
    if parsed is None or any(d.action not in _STATES for d in parsed.drafts):
        return None
    return parsed


_THE_BUTTON = re.compile(r"\bthe button\b(?!['’]s)", re.I)
_A_BUTTONS_STATES = frozenset(
    {"expect_enabled", "expect_disabled", "expect_visible", "expect_hidden"}
)
# What a tab shows, said without its name: "the tab", "the tab panel", "the panel"
_TABS_PART = re.compile(
    r"\bthe (?:(?:tab(?:'s)? )?(?:panel|pane|content)|(?:active |open |selected )?tab)\b(?!'s)",
    re.I,
)


_ANSWER = re.compile(r"\b(?:the|its) answer\b(?!'s)", re.I)


def _shown_by(parsed: Parsed | None, control: Target, role: str | None) -> Parsed | None:
    """Keep a reading only of what that tab or question shows: words in it, or not."""
    if parsed is None or not parsed.drafts:
        return None
    for draft in parsed.drafts:
        if draft.action not in {"expect_text", "expect_no_text"} or draft.target is None:
            return None
        if (draft.target.text, draft.target.role, draft.target.within) != (
            control.text,
            role,
            None,
        ):
            return None
    return parsed


def _same_family(control: Target, kind: str) -> bool:
    """Tell whether a control may be said again as this kind ("the switch" of a box)."""
    role = _KIND_ROLE[kind.lower()]
    if control.role is None:  # "toggle dark mode": a switch, but "click Save" is no box
        return role == "switch"
    return _FAMILY.get(control.role) == _FAMILY[role]


def _in_the_item(draft: Draft, item: str) -> Draft:
    """Tick the box in the item for "tick it", as for "tick Milk off": no box named Milk."""
    if draft.action in {"check", "uncheck"} and draft.target and draft.target.text == item:
        return replace(draft, target=Target(text="checkbox", role="checkbox", within=item))
    return draft


_SEEN = frozenset({"expect_visible", "expect_hidden"})
_THERE = re.compile(
    r"^(?P<lead>(?:check|verify|confirm|make sure|ensure|expect)(?: that)? )?(?P<x>.+?)"
    r" (?P<is>is|are|should be|must be) (?:still )?(?:in )?there$",
    re.I,
)


# "… and pick Settings from it": the menu opened, or hovered open
_CHOSEN_FROM_IT = re.compile(
    r"^(?:then )?(?:click|tap|press|select|choose|pick) (?:on )?(?P<x>\S.*?)"
    r" (?:in|from|inside|within|on) (?:it|there)$",
    re.I,
)


def in_focus(
    text: str, before: Parsed | None, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read a check whose one "it" is the part of the page the clause before turned to,
    or the part its check looked in ("the panel lists X, but it does not list Y"); and a
    choice made "from it", in the menu just opened (or shown by hovering)."""
    place = before.focus if before is not None else None
    chosen = _CHOSEN_FROM_IT.match(text)
    if chosen and before is not None and before.drafts:
        hovered = before.drafts[-1].action == "hover"  # its menu shows: there, and only there
        if place is not None or hovered:
            where = f" in the {place}" if place is not None else ""
            return parse(f"click {chosen['x']}{where}")
    if place is None and before is not None and before.drafts:
        # "a toast appears, and it says Saved": that toast says it, not just any part
        shown = before.drafts[-1]
        target = shown.target
        looked = shown.action in {"expect_visible", "expect_text", "wait_for"}
        # "find Oak Chair in the table; its row shows $99": Oak Chair's row (row_said_again)
        row = _found_row(shown) and _THE_ROW.search(text)
        if looked and target and target.names_kind and not target.within and not row:
            place = target.text
    if place is None:
        return None
    if re.search(rf"\b(?:in|on|among) the {re.escape(place)}\b", text, re.I):
        return None  # "… and check it is in the results": then "it" is never the results
    there = _THERE.match(text)
    went = before is not None and any(d.action in {"visit", "goto"} for d in before.drafts)
    if there and before is not None and before.focus and not went:  # "open the wishlist;
        # Oak Chair is there": in the wishlist, never anywhere on a page naming it already
        said = f"{there['lead'] or ''}{there['x']} {there['is']} in the {place}"
    elif len(_ITS.findall(text)) == 1 and not _IT.search(text):
        if before is not None and before.drafts and before.drafts[-1].action == "search":
            return None  # "search for Ada; its status is Active": Ada's, or any result's?
        said = _ITS.sub(f"the {place}'s", text)  # "open the dialog; its title is Delete?"
    elif len(_IT.findall(text)) == 1:
        said = _IT.sub(lambda m: f"the {place}" + (" is" if m["is"] else ""), text)
    else:
        return None
    parsed = parse(said)
    if parsed is None or any(draft.action not in CHECKS for draft in parsed.drafts):
        return None
    if place.endswith(" section") and any(d.action in _SEEN for d in parsed.drafts):
        return None  # "expand Shipping; it is visible": its heading was, before it opened
    return parsed


# "check it says Must be a number", "verify it contains hello", "check it shows Canada":
# said of the control just typed into or chosen in
_IT_SAID = re.compile(
    r"^(?:(?:check|verify|confirm|make sure|ensure|expect|see)(?: that)? )?it"
    r" (?:now |then )?(?P<verb>says|shows|reads|displays|contains|holds|has|is set to|is)"
    r" (?P<v>.+)$",
    re.I,
)
# What "it" says after each step, and where: the message by a field typed into, the value
# it holds, the choice a dropdown shows
_SAID_OF = {
    ("fill", "says"): "{v} is shown next to the {name} field",
    ("fill", "contains"): "the {name} field contains {v}",
    ("select", "says"): "the {name} dropdown shows {v}",
}
_HOLDS = frozenset({"contains", "holds", "has"})
_IT_IS = re.compile(r"\bit['’]s\b", re.I)
_EMPTY = re.compile(r"^(?:now |still )?(?:empty|blank|cleared)$", re.I)


def said_of_the_control(
    text: str, before: Parsed | None, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "type abc into Age and check it says 'Must be a number'" as the message by that
    field, "… it contains abc" as its value, and "select Canada in Country and check it
    shows Canada" as the choice it shows: never the words anywhere on the page, where
    another field's message would pass it."""
    said = _IT_SAID.match(_IT_IS.sub("it is", text, count=1))
    done = before.drafts[-1] if before is not None and before.drafts else None
    if said is None or done is None or done.target is None:
        return None
    if done.action == "fill" and said["verb"].lower() == "is" and _EMPTY.match(said["v"]):
        return parse(f"the {done.target.text} field is empty")  # "clear Search; it's empty"
    # "type hello into Name and check it says hello": the words typed, so what it holds
    typed = done.action == "fill" and said["v"].strip(" '\"").lower() == (done.value or "").lower()
    verb = "contains" if said["verb"].lower() in _HOLDS or typed else "says"
    form = _SAID_OF.get((done.action, verb))
    if form is None:
        return None
    return parse(form.format(v=said["v"], name=done.target.text))


# "type Bob into Name, clear it": what was typed there, taken out
_CLEAR_IT = re.compile(
    r"^(?:then )?(?:clear|empty|erase|delete|remove|wipe)(?: out)? (?:it|that|its (?:text|value"
    r"|contents?)|what (?:i|you|we) typed|the text)$",
    re.I,
)
# "… and check the field is empty": the field just typed into, said by its kind
_THE_FIELD = re.compile(r"\b(?:the|that|this) (?:field|input|text ?box)\b", re.I)
_FIELD_ROLES = frozenset({"textbox", "searchbox", "combobox"})
_SHORT_FIELD = re.compile(r"\bthe (?P<name>[a-z]+) (?:field|input|text ?box)\b", re.I)


def _field_used(draft: Draft) -> Target | None:
    target = draft.target
    if target is None or target.names_kind:
        return None
    typed = draft.action == "fill" or (draft.action == "click" and target.role in _FIELD_ROLES)
    return target if typed else None


def field_said_again(
    text: str, done: list[Draft], parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "clear it" right after typing into a field, and "the field" where the journey
    used one field only, as that field."""
    last = done[-1] if done else None
    if last is not None and last.action == "fill" and _CLEAR_IT.match(text):
        field = _field_used(last)
        return None if field is None else Parsed((Draft("fill", target=field, value=""),))
    used = {field.text for field in map(_field_used, done) if field is not None}
    if len(used) == 1 and len(_IT.findall(text)) == 1 and not _THE_FIELD.search(text):
        # "type 555-0100 into Phone, save, reload; check it still says 555-0100": the field,
        # said again with the words typed into it
        typed = {d.value for d in done if d.action == "fill" and _field_used(d)}
        alone = parse(text)
        said = alone.drafts[0] if alone is not None and len(alone.drafts) == 1 else None
        if said and said.action == "expect_text" and not said.target and said.value in typed:
            text = _IT.sub("the field", text, count=1)
        elif alone is None:
            # "set the timezone to Europe/London, save, reload; check it is still
            # Europe/London": the field holding what was typed, said again
            named = f"the {next(iter(used))} field"
            again = parse(_IT.sub(lambda m: named + (" is" if m["is"] else ""), text, count=1))
            held = again.drafts if again is not None else ()
            if [d.action for d in held] == ["expect_value"] and held[0].value in typed:
                return again
    shortened = _SHORT_FIELD.search(text) if len(used) == 1 else None
    if shortened and next(iter(used)).lower().endswith(f" {shortened['name'].lower()}"):
        # "change the display name to Rob …; the name field says Rob": the one typed into
        text = f"{text[: shortened.start()]}the field{text[shortened.end() :]}"
    if len(used) != 1 or len(_THE_FIELD.findall(text)) != 1:
        return None  # "type a into A and b into B; the field is empty": which field?
    parsed = parse(_THE_FIELD.sub(f"the {used.pop()} field", text))
    if parsed is None or any(draft.action not in CHECKS for draft in parsed.drafts):
        return None
    return parsed


# "… and press Enter; it appears in the chat": the words sent, said again
_SENT_IT = re.compile(
    r"\b(?:it(?P<is>['’]s)?|(?:my|the) (?:message|comment|reply|note|post))\b(?!['’]s)", re.I
)
# Keys that send what a box holds: Enter, or with Ctrl or Cmd where Enter alone is a new line
_SENDING_KEYS = frozenset({"Enter", "Control+Enter", "Meta+Enter"})


def sent_again(
    text: str, done: list[Draft], quotes: Quotes, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "type Hi into the chat box and press Enter; it appears in the conversation":
    the words typed and sent, shown in the place named. The field may still hold them, so
    a check with no place, or in a field, is refused."""
    if len(done) < 2 or len(_SENT_IT.findall(text)) != 1:
        return None
    typed, sent = done[-2], done[-1]
    if typed.action != "fill" or not typed.value or sent.action != "press":
        return None
    if sent.value not in _SENDING_KEYS:
        return None
    slot = quotes.add(typed.value)
    parsed = parse(_SENT_IT.sub(lambda m: slot + (" is" if m["is"] else ""), text))
    if parsed is None or len(parsed.drafts) != 1:
        return None
    check, field = parsed.drafts[0], typed.target
    place = check.target
    if check.action != "expect_text" or place is None or check.value != typed.value:
        return None
    if place.role in _FIELD_ROLES or (field and place.text.lower() in field.text.lower()):
        return None  # "it is in the chat": the chat box, which holds it until it is sent
    return parsed


def done_there(
    text: str, before: Parsed | None, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "scroll down to the footer and click Contact": the Contact in the footer, not
    one in the header the scroll went past."""
    place = before.focus if before is not None and not before.drafts else None
    alone = parse(text) if place else None
    if alone is None or not alone.drafts:
        return None
    # Only where a narrower place asks more: "no Error" there would ask less than anywhere
    if any(d.action not in _SOUGHT_THERE or (d.target and d.target.within) for d in alone.drafts):
        return None
    there = parse(f"{text} in the {place}")
    if there is None or [d.action for d in there.drafts] != [d.action for d in alone.drafts]:
        return None
    return there if all(d.target for d in there.drafts) else None


_SOUGHT_THERE = frozenset(
    {"click", "hover", "open", "expect_text", "expect_visible", "expect_count"}
)


_A_THING = re.compile(r"^(?:a|an|the|some) \S", re.I)


def in_same_place(
    text: str, before: Parsed | None, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "the header has the logo and a Sign in link", "the card shows Sale and a Buy
    button": the link is in the header too, the button in the card.

    Only a piece that names a thing and nothing more goes on the check before it; read on
    its own it would be looked for on the whole page, and pass on a link anywhere else.
    """
    # "the homepage hero has a headline": the page opened first, then the check
    checked = [d for d in before.drafts if d.action not in {"goto", "visit"}] if before else []
    if len(checked) != 1 or not _A_THING.match(text):
        return None
    draft = checked[0]
    if draft.target is None:
        return None
    if draft.action == "expect_visible" and draft.target.within:
        place = draft.target.within
    elif draft.action == "expect_text" and draft.target.nth is None and not draft.target.within:
        place = draft.target.text  # the part that shows the words
    else:
        return None
    alone = parse(text)
    if alone is None or any(d.action != "expect_visible" for d in alone.drafts):
        return None  # "A footer is shown": a statement of its own
    parsed = parse(f"the {place} has {text}")
    if parsed is None or [d.action for d in parsed.drafts] != [d.action for d in alone.drafts]:
        return None
    return parsed


_USE_IT = re.compile(
    r"^(?P<verb>click|tap|press|hit|hover over|hover on|hover|follow|open) (?:on )?it$", re.I
)
_WAITED_ON = frozenset({"wait_for", "expect_visible", "expect_enabled"})


def waited_on(text: str, before: Parsed | None) -> Parsed | None:
    """Read "wait for the Save button to be enabled, then click it": click that button."""
    use = _USE_IT.match(text)
    if use is None or before is None or len(before.drafts) != 1:
        return None
    draft = before.drafts[0]
    target = draft.target
    if target is None and draft.action == "wait_for" and draft.value:
        target = Target(text=draft.value)  # "wait for 'Continue' to appear": those words
    if draft.action not in _WAITED_ON or target is None or target.names_kind:
        return None
    if use["verb"].lower() in {"follow", "open"} and target.role != "link":
        return None  # "check the Save button is there and open it": a link is followed
    action: Action = "hover" if use["verb"].lower().startswith("hover") else "click"
    return Parsed((Draft(action, target=target),))


_APPLY_IT = re.compile(r"^apply (?:it|the code|the coupon)$", re.I)
_A_CODE = re.compile(r"\b(?:coupon|discount|promo|promotion|voucher|gift card|referral)\b", re.I)


def code_applied(text: str, before: Parsed | None) -> Parsed | None:
    """Read "enter the coupon code SAVE10 and apply it": its Apply button, as "apply coupon
    SAVE10" presses it."""
    done = before.drafts[-1] if before is not None and before.drafts else None
    if done is None or done.action != "fill" or done.target is None or not _APPLY_IT.match(text):
        return None
    if not _A_CODE.search(done.target.text):
        return None  # "type 5 into Quantity and apply it": which control applies that?
    return Parsed((Draft("click", target=Target(text="Apply")),))


_A_PART_OPENED = re.compile(r"\b(?:section|panel|card|tile|item|accordion)$", re.I)


def unclear_what_it_is(text: str, before: Parsed | None, parsed: Parsed) -> bool:
    """Tell "click the third tab and check it says Reviews": the tab's own label, or the
    page it opens? Read as the page, every tab's label would pass it. And what "it says"
    right after typing or choosing is the control's, never words anywhere on the page; what
    is done to "it" after a search is done to the result searched for, by its name."""
    if before is None or not before.drafts:
        return False
    last = before.drafts[-1]
    if last.action == "search" and _IT.search(text):
        # "search for oak and add it to the cart": which of the results with "oak"?
        acts = [d for d in parsed.drafts if d.action in {"click", "open"}]
        return any(not _on_result(d, last.value) for d in acts)
    if _IT.search(text) and _checked_in_a_part(last) and _anywhere(parsed, last):
        # "the Pro card shows $29, and it has a Buy button": the card's, or any Buy button
        # on the page?
        return True
    said_again = _ITS.search(text) or _THAT_ROW.search(text)
    if said_again and (last.action in _FOUND_BY or last.action == "hover"):
        # "find Bob and click its Edit button", read as any Edit button: Alice's, maybe
        acts = [d for d in parsed.drafts if d.action in _ACTS_ON_A_PART and d.target]
        if any(not d.target.within for d in acts if d.target):
            return True
    if not _IT_SAYS.search(text):
        return False
    anywhere = any(d.target is None and d.action in CHECKS for d in parsed.drafts)
    if _added_to_a_holder(last) and _trivially_shown(last, parsed):
        # "add Oak Chair to the basket; it shows Oak Chair": the basket's words, or the
        # page's, where its card says so anyway? ("it says Added" is the page's, as before)
        return True
    if (before.focus is not None or last.action == "hover") and anywhere:
        # "expand 'Can I cancel?' and check it says Yes": in what opened; "hover over the
        # avatar; it shows Ada": the avatar's tooltip, or the page? never anywhere
        return True
    clicked = last.target if last.action in {"click", "open", "act_on_item"} else None
    if clicked is not None and clicked.nth is not None:
        return True  # "open the second tab", "click the third row": its words, or the page's?
    if last.action == "open" and clicked is not None and anywhere:
        # "open the 'Shipping' section; it says …": in what opened, never anywhere; "open
        # the Settings tab; it says …": what the tab shows, or the page its link opens?
        return clicked.role == "tab" or bool(_A_PART_OPENED.search(clicked.text))
    return last.action in {"fill", "select"} and anywhere


def _checked_in_a_part(draft: Draft) -> bool:
    """Tell a check of a thing or a part of the page, which "it" after it may name."""
    return draft.action in CHECKS and draft.target is not None


_WORDS_SHOWN = frozenset({"expect_text", "expect_no_text"})


def _anywhere(parsed: Parsed, last: Draft) -> bool:
    """Tell a check read of the whole page: words anywhere, or another thing anywhere."""
    for draft in parsed.drafts:
        if draft.action not in CHECKS:
            continue
        if draft.target is None and draft.action in _WORDS_SHOWN:
            return True
        target = draft.target
        another = target is not None and target.within is None and target != last.target
        if another and draft.action not in _WORDS_SHOWN:
            return True
    return False


def _added_to_a_holder(draft: Draft) -> bool:
    target = draft.target
    return draft.action == "click" and target is not None and target.text.startswith("Add to ")


def _trivially_shown(added: Draft, parsed: Parsed) -> bool:
    """Tell a check on the whole page of the thing just added, or of a count of items."""
    assert added.target is not None
    for draft in parsed.drafts:
        if draft.action == "expect_count" and draft.target and not draft.target.within:
            return True
        if draft.target is None and draft.value == added.target.within:
            return True
    return False


# "… and it goes to /reset", "that it leads to /docs": where "it" takes the reader
_IT_GOES = re.compile(
    r"^(?:(?:check|verify|confirm|make sure|ensure|expect)(?: that)? |that )?it"
    r" (?P<rest>(?:(?:should|does|will) )?(?:goes|go|leads?|links?|points?|navigates?"
    r"|takes (?:you|me|us)|take (?:you|me|us)) to (?P<to>.+))$",
    re.I,
)
# "… it should open /terms": where a click just made takes the browser
_IT_OPENS = re.compile(
    r"^(?:(?:check|verify|confirm|make sure|ensure|expect)(?: that)? |that )?it"
    r" (?:(?:should|does|will) )?opens? (?P<to>/\S*|the [\w -]+ page|https?://\S+"
    r"|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?)$",
    re.I,
)


def link_followed(
    text: str, before: Parsed | None, quotes: Quotes, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "check there is a Pricing link and it goes to /pricing": follow that link, then
    check where it went; right after a click, "it goes to /terms" checks where the click
    went. Read alone, "it goes to" checks the page that is open, which no link was
    followed to."""
    said = _IT_GOES.match(text) or _IT_OPENS.match(text)
    if said is None or before is None or not before.drafts:
        return None
    draft = before.drafts[-1]
    link = draft.target
    if draft.action in {"click", "open"} and link is not None:
        return parse(f"you should be taken to {said['to']}")  # the click made, where it went
    if said.re is _IT_OPENS:
        return None
    if draft.action != "expect_visible" or link is None or link.role not in {"link", "button"}:
        return None
    if link.names_kind or link.nth is not None:
        return None
    place = f" in the {link.within}" if link.within else ""
    return parse(f"the {quotes.add(link.text)} {link.role}{place} {said['rest']}")


_ITS_OPENED = re.compile(
    r"\bits (?P<part>(?:main |page |top )?heading|page|price|status|(?:page |tab )?title|url"
    r"|address)\b",
    re.I,
)
# What a thing opened labels: its price, its status (never any price on the page)
_VALUES = frozenset({"price", "status"})


def said_of_page_opened(
    text: str, before: Parsed | None, quotes: Quotes, parse: Callable[[str], Parsed | None]
) -> Parsed | None:
    """Read "open the first result; its heading should be Webhooks" as the heading of the
    page the link or result opened (a check of a heading, never of words anywhere), "its
    page has a Buy button" as that page, and "its price is $120" as the price it shows (its
    status, the status)."""
    said = _ITS_OPENED.search(text) if len(_ITS_OPENED.findall(text)) == 1 else None
    if before is None or not before.drafts or said is None:
        return None
    draft = before.drafts[-1]
    went = draft.action in {"goto", "visit"} or (draft.action, draft.value) == (
        "act_on_item",
        "click",
    )
    link = draft.target if draft.action in {"click", "open"} else None
    if link is not None and link.role not in {None, "link"}:
        return None  # "click the Save button; its heading …": a button opens no page
    part = said["part"].lower()
    # the page's own heading, its level-1: a results page's titles are headings too
    part = "page heading" if part.endswith("heading") else part
    # "open Oak Chair; its price …": the price of Oak Chair, on its page (or in its row,
    # should nothing open), never the list's other prices
    named = link or (draft.target if draft.action == "visit" else None)
    # "refund order #1042; its status …": the order's, never the Refund button's
    whose = (item_named(draft) if link else None) or (named.text if named else None)
    owner = f" of {quotes.add(whose)}" if whose is not None and part in _VALUES else ""
    if part in _VALUES and not owner:
        return None  # "open the first product; its price …": which one's?
    said_so = _ITS_OPENED.sub(f"the {part}{owner}", text, count=1)
    parsed = parse(said_so) if went or link else None
    if parsed is None or not parsed.drafts or any(d.action not in CHECKS for d in parsed.drafts):
        return None
    targets = [d.target for d in parsed.drafts]
    if part == "page heading":
        kept = all(t and t.role == "heading" and not t.within for t in targets)
    elif part in _VALUES and whose is not None:
        kept = all(t and t.text == part and t.within == whose for t in targets)
    else:  # the page: what it shows anywhere, never in a part said after
        kept = all(t is None or not t.within for t in targets)
    return parsed if kept else None


# "check I'm logged in", "verify login was successful": what signing in just came to
_SIGNED_IN = re.compile(
    r"^(?:(?:and )?then,? )?(?:(?:check|verify|confirm|make sure|ensure|expect|see)(?: that)? )?"
    r"(?:(?:i|you|we|the user|user)(?: am| are| is|['’]m|['’]re| should be| must be)"
    r"(?: now)?(?: successfully)? (?:logged|signed) in(?: successfully| now)?"
    r"|(?:the )?(?:login|log-in|log in|sign-in|sign in)(?: attempt)?"
    r" (?:was |is |should be |should |must be |must )?(?:successful|succeeds?|succeeded|works?"
    r"|worked))$",
    re.I,
)


def signed_in_said_again(text: str, before: Parsed | None) -> Parsed | None:
    """Read "log in and check I'm logged in" as the sign-in's own check, which every sign-in
    makes (its password field gone, never sent back with "Invalid password"); said after
    anything else, or after a sign-in meant to fail, it stays refused."""
    if _SIGNED_IN.match(text) is None or before is None or not before.drafts:
        return None
    signed = before.drafts[-1]
    if signed.action != "sign_in" or not signed.password or not signed.value:
        return None  # "enter_credentials" sends nothing; a blank one is meant to be refused
    if signed.password.startswith("wrong-"):
        return None
    return Parsed(())
