"""Read fields named by label: "Username: admin", "enter email: a@b.c", "fill the form with ..."."""

from __future__ import annotations

import re

from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes
from housecat.plan.grammar.target import parse_element
from housecat.plan.grammar.types import Draft, Parsed, Rule, Tail, rule
from housecat.plan.grammar.words import (
    CONFIRMING_FIELD,
    DOING,
    HOLDER,
    LEFT_BLANK,
    STATEMENT_WORDS,
    UNNAMEABLE,
    has_pronoun,
    is_the_page_open,
    names_a_page,
    starts_with_verb,
)
from housecat.plan.models import Action

# Labels a line may give on its own ("Username: admin"). Free-text fields ("Comment:",
# "Note:") are left out: such a line is as likely a remark about the journey as a value.
_LINE_LABELS = frozenset(
    {"user", "username", "user name", "login", "email", "e-mail", "email address"}
    | {"e-mail address", "password", "pass", "passcode", "pin", "name", "first name"}
    | {"last name", "full name", "surname", "given name", "family name", "company"}
    | {"company name", "phone", "phone number", "mobile", "mobile number", "telephone"}
    | {"address", "street", "street address", "city", "town", "state", "county", "region"}
    | {"zip", "zip code", "postcode", "post code", "postal code", "country", "age"}
    | {"quantity", "qty", "amount", "coupon", "coupon code", "promo code", "discount code"}
    | {"card number", "cvv", "cvc", "expiry", "expiry date", "date of birth", "website"}
    | {"confirm password", "repeat password", "new password", "current password"}
    | {"verification code", "confirmation code", "invite code", "voucher code"}
    | {"mfa code", "2fa code", "otp", "one-time code", "security code", "access code"}
    | {"authentication code", "sms code", "login code", "pin code"}
    | {"work email", "business email", "company email", "personal email", "contact email"}
)
_SAYING = re.compile(
    r"\b(?:contains?|shows?|says?|includes?|displays?|reads?|equals?|has|have|is|are"
    r"|should|must|will)\b",
    re.I,
)
# Words that open a remark about the journey rather than name a field on the page.
_REMARKS = frozenset(
    {"note", "notes", "nb", "tip", "hint", "warning", "todo", "expected", "result", "results"}
    | {"actual", "goal", "goals", "step", "steps", "precondition", "preconditions", "input"}
    | {"prerequisite", "prerequisites", "output", "feedback", "description", "summary", "why"}
    | {"purpose", "context", "background", "scenario", "feature", "example", "examples"}
    | {"story", "test", "test case", "given", "when", "then", "and", "but", "outcome", "check"}
    | {"verify", "important", "remember", "assumption", "assumptions", "ps", "done", "title"}
)
# Labels of more than one word a value may follow with no colon ("first name Bob"):
# any other run of words before a value is ambiguous ("name Bob Smith").
_LONG_LABELS = frozenset(label for label in _LINE_LABELS if " " in label) | {
    "credit card number",
    "security code",
    "old password",
    "password confirmation",
}
# In a list of a form's fields, these open a pair whose value may run to several words.
PAIR_LABELS = _LINE_LABELS | _LONG_LABELS | {"message", "subject", "comment", "comments"}
PAIR_LABELS |= {"notes", "title", "description", "body", "question", "reason", "topic"}
PAIR_LABELS |= {"code"}  # "enter the code 123456": the code field, then what is typed
_LABEL_INSIDE = re.compile(
    r"\b(?:" + "|".join(re.escape(label) for label in PAIR_LABELS) + r")\b", re.I
)
_LABEL_WORD = re.compile(r"^[A-Za-z][A-Za-z'’-]*$")
# Words that announce values rather than name a field: "enter the following details: ...".
_NOT_LABELS = frozenset(
    {"following", "details", "credentials", "information", "info", "data", "below", "values"}
    | {"fields", "these", "those", "form", "page", "text", "value"}
)
_SLOT = re.compile(f"^{OPEN}\\d+{CLOSE}$")
_INTO = re.compile(r" (?:into|in to|in (?:the|a|an|your|my)) \S", re.I)
_DETERMINER = re.compile(r"^(?:the|a|an|your|my) ", re.I)
_PAIR_CUT = re.compile(r",? and |, ", re.I)
_NAMED = re.compile(r"^(?P<f>[^:=]+?)(?: ?: | ?= ?)(?P<v>\S.*)$")
# "name=q hello": a test tool's locator and then a value, never the value "q hello"
_LOCATOR_KEY = re.compile(r"^(?:id|css|xpath|class|link|tag) ?=|^name ?=(?! ?\S+$)", re.I)
_QUOTED_LAST = re.compile(rf"^(?P<f>.+?) (?P<v>{OPEN}\d+{CLOSE})$")
_TITLE_NAME = re.compile(r"[A-Z][^\s,]*(?: [A-Z][^\s,]*){1,2}")
_LAST_WORD = re.compile(r"^(?P<f>.+?) (?P<v>\S+)$")
_FORM = (
    r"^(?:fill(?: in| out)?|complete|populate) (?:the |this |that |your |a )?"
    r"(?:[\w-]+ ){0,2}?(?:form|dialog|modal|popup|pop-up)(?: (?:with|using)(?: the following)?:?|:)"
    r" (?P<pairs>\S.*)$"
    r"|^(?:fill(?: in| out)?|complete|populate) (?:the |this |that |your |a )?"
    r"(?:[\w-]+ ){0,2}?form \((?P<inside>[^()]+)\)$"  # "the contact form (name Ada, …)"
)
# "Name: as on the card, please" is a remark; a value is quoted or short and plain.
_PROSE = re.compile(
    r"\b(?:should|must|will|is|are|was|were|be|please|then)\b"
    # "Cart: shows Oak Chair": what a part shows, said after its name
    r"|^(?-i:shows?|has|have|lists?|says?|contains?|displays?|includes?|reads|mentions?)\b"
    # "Smoke: / returns 200 and shows Acme": a statement, whatever its first word
    r"|\b(?-i:returns|shows|says|displays)\b",
    re.I,
)


def _label_ok(label: str) -> bool:
    """Tell whether words name a field: one to three plain words, or one quoted name."""
    if _SLOT.match(label):
        return True
    words = label.split(" ")
    if not 1 <= len(words) <= 3 or not all(_LABEL_WORD.match(word) for word in words):
        return False
    if any(word.lower() in _NOT_LABELS for word in words):
        return False
    return label.lower() not in UNNAMEABLE and not has_pronoun(label)


def _draft(label: str, value: str, quotes: Quotes) -> Draft | None:
    """Fill the field a label names, or choose in it when the label says it is a dropdown."""
    label = _DETERMINER.sub("", label.strip(), count=1)
    if not _label_ok(label) or STATEMENT_WORDS.search(label):
        return None
    element = parse_element(label, quotes, "fill")
    if element is None or element.target.role not in {None, "textbox", "searchbox", "combobox"}:
        return None
    if element.target.nth is not None or element.target.within is not None:
        return None  # "first user:", "log in Username:": not a label as a form shows it
    action: Action = "select" if element.target.role == "combobox" else "fill"
    return Draft(action, element.target, quotes.value(value))


def _tail(value: str, quotes: Quotes) -> Tail:
    return "closed" if quotes.is_quoted(value) else "free"


_A_WHOLE_FORM = re.compile(r"\b(?:form|survey|questionnaire|wizard|quiz|poll)$", re.I)
_MANY_FIELDS = re.compile(
    r"\b(?:filters|details|fields|settings|options|preferences|info|information|criteria)$", re.I
)


def _typed_with_label(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "enter user: admin"; "type Re: hello into Subject" is left to the typing rule."""
    value = match["v"].strip()
    if _INTO.search(value):
        return None
    inner = _NEXT_LABEL.search(value)
    if inner and inner["label"].lower() in _LINE_LABELS:
        # "type user: alice pass: wonderland": two fields, never a password typed as a name
        line = _LINE_LABEL.match(f"{match['label']}: {value}")
        return _line_label(line, quotes) if line else None
    parts = _pairs(value)
    if len(parts) > 1 and _known_label(parts[0].strip()):
        # "fill in shipping: name Jo, city Porto": the section's fields, each with its value
        drafts = [_pair(part, quotes) for part in parts]
        if any(draft is None for draft in drafts):
            return None
        return Parsed(tuple(draft for draft in drafts if draft is not None), "free")
    if len(parts) > 1 and any(_known_label(part.strip()) for part in parts[1:]):
        return None  # "write a review: 5 stars, title Great, body …": fields, never one text
    if _A_WHOLE_FORM.search(match["label"]):
        return None  # "fill out the survey: rate 5 stars": steps through a form, no field
    if len(parts) > 1 and _MANY_FIELDS.search(match["label"]):
        return None  # "fill in the filters: category Books, price max 20": fields, not one
    draft = _draft(match["label"], value, quotes)
    return None if draft is None else Parsed((draft,), _tail(value, quotes))


def _line_label(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read a line that is only "Username: admin" as filling that field."""
    label, value = match["label"], match["v"].strip()
    inner = _NEXT_LABEL.search(value)
    if inner and inner["label"].lower() in _LINE_LABELS:
        # "user: alice pass: wonderland": two pairs on one line, each its own field
        # "user: alice / pass: x": the mark between the pairs is neither's
        first = value[: inner.start()].rstrip(" /|,;")
        pairs = [f"{label}: {first}", value[inner.start() + 1 :]]
        found = [_LINE_LABEL.match(pair) for pair in pairs]
        read = [_line_label(pair, quotes) for pair in found if pair is not None]
        if len(read) < 2 or read[0] is None or read[1] is None:
            return None
        return Parsed((*read[0].drafts, *read[1].drafts), read[1].tail)
    element = parse_element(label, quotes, "fill")
    name = element.target.text.lower() if element else ""
    field = CONFIRMING_FIELD.match(label)  # "Verify password: x", though "Verify: …" remarks
    if not name or name in _REMARKS or (name.split(" ")[0] in _REMARKS and not field):
        return None  # "Note: …", "Expected result: …": remarks about the journey
    if name.rsplit(" ", 1)[-1] in _PARTS_NOT_FIELDS:
        return None  # "orders table: first row status Shipped": what a part shows, no field
    if (not field and any(map(starts_with_verb, label.split(" ")))) or _SAYING.search(label):
        return None  # "type Re: hello into Subject", "the URL contains: /x": not a label
    if names_a_page(label) or is_the_page_open(label):
        return None  # "Homepage: hero says Hi": what a page shows, no field of it
    stated = _A_STATE.match(value) and name not in _LINE_LABELS and not quotes.is_quoted(value)
    if _SHOWN_ONLY.search(label) or stated or _HOLDS_THINGS.match(name):
        # "Total: $29.00", "Status: Shipped", "API: Operational": what a page shows, never typed
        return None
    longest = 4 if name in _LINE_LABELS else 6
    if not quotes.is_quoted(value) and (_PROSE.search(value) or len(value.split()) > longest):
        return None  # "Name: the one on the invoice, please": a remark, not a value
    if DOING.match(value) and not quotes.is_quoted(value):
        return None  # "Pagination: clicking Next shows page 2": a step told, not a value
    if LEFT_BLANK.match(value):
        value = quotes.add("")  # "Middle name: (leave blank)": nothing typed, never the words
    draft = _draft(label, value, quotes)
    return None if draft is None else Parsed((draft,), _tail(value, quotes))


_PARTS_NOT_FIELDS = frozenset(
    {"table", "list", "grid", "menu", "nav", "navbar", "navigation", "footer", "header"}
    | {"sidebar", "section", "card", "row", "panel", "banner", "badge", "tab", "results"}
    | {"column", "chart", "dashboard", "breadcrumb", "toast", "modal", "dialog"}
)
# "with payload data", "with user details": a kind of values, not a value for a field.
_VALUES_KIND = re.compile(
    r"^(?:[\w-]+ )?(?:data|details|information|info|values|inputs?|entries|fields|credentials"
    r"|fixtures?|payload)$"
    # "saved address", "default card": which one is for the page to know, no value typed
    r"|^(?-i:saved|default|usual|same|new|valid|random|fake|dummy|sample|real|stored|primary"
    r"|current|existing) [a-z]+$",
    re.I,
)


def _pair(text: str, quotes: Quotes) -> Draft | None:
    """Read "name Bob", "name: Bob Smith" or "first name 'Bob'"; None when it is ambiguous."""
    if re.match(r"(?:an?|some|any) ", text.strip(" ,"), re.I):
        return None  # "with a test email": a kind of value, described, never a field's pair
    text = _DETERMINER.sub("", text.strip(" ,"), count=1)
    if _VALUES_KIND.match(text) or _LOCATOR_KEY.match(text):
        return None  # "fill the form with payload data": which values? the goal has none
    for pattern in (_NAMED, _QUOTED_LAST):
        match = pattern.match(text)
        if match:
            return _draft(match["f"], match["v"], quotes)
    match = _LAST_WORD.match(text)
    if match is None or (OPEN in match["f"] and not _SLOT.match(match["f"])):
        return None
    label = match["f"]
    if " " in label and label.lower() not in _LONG_LABELS:
        # "message Hello there": a field every form has, then its value; else anyone's guess
        known = _known_label(text)
        named = known is not None and _TITLE_NAME.fullmatch(text[known + 1 :])
        if known is None or (_LABEL_INSIDE.search(text[known:]) and not named):
            # "first name Bob last name Smith": two pairs with no comma between ("name Test
            # User" is one name, in capitals)
            return None
        return _draft(text[:known], text[known + 1 :], quotes)
    return _draft(label, match["v"], quotes)


def _known_label(text: str) -> int | None:
    """Where the longest field label a form list opens with ends, if one does."""
    low = text.lower()
    ends = [len(label) for label in PAIR_LABELS if low.startswith(f"{label} ")]
    return max(ends, default=None)


def _pairs(pairs: str) -> list[str]:
    return [part for part in _PAIR_CUT.split(pairs) if part.strip(" ,")]


def _form(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Fill each field of "fill the form with name Bob and email bob@x.io" in turn."""
    drafts = [_pair(part, quotes) for part in _pairs(match["pairs"] or match["inside"])]
    if not drafts or any(draft is None for draft in drafts):
        return None
    # More pairs may follow after a comma or "and": the clause is open like a typed value.
    tail: Tail = "closed" if match["inside"] else "free"
    return Parsed(tuple(draft for draft in drafts if draft is not None), tail)


# "fill in the shipping address with Name: Ada, City: London": a group of fields named, then
# each field by its label and a colon ("the shipping address (…)", "the address: …")
_GROUP_OF_FIELDS = (
    r"^(?:fill(?: in| out)?|complete|populate|enter|provide) (?:the |this |your |my |an? )?"
    r"(?:[a-z][\w-]* ){0,2}(?:address|details|info|information|fields|section)"
    r"(?: (?:with|using)|:)? (?:\((?P<inside>[^()]+)\)|(?P<pairs>[^()]+))$"
)
_LABEL_AND_COLON = re.compile(r"^\s*(?:and )?(?-i:[A-Z])[\w'’ -]{0,30}:\s+\S")


def _group_of_fields(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Fill each field of a group, every one labelled with a colon: "Name: Ada, City: …"."""
    parts = _pairs(match["pairs"] or match["inside"])
    if not parts or not all(_LABEL_AND_COLON.match(part) for part in parts):
        return None  # "enter the address 1 Main St": the address, typed where it is asked
    return _form(match, quotes)


# "sign up with email a@b.co and password x": the sign-up form's fields, then the form sent
_SIGN_UP = (
    r"^(?:sign up|register|create (?:an|a new|my|your) account) (?:with|using) (?P<pairs>\S.*)$"
)


def _sign_up(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    drafts = [_pair(part, quotes) for part in _pairs(match["pairs"])]
    if not drafts or any(draft is None for draft in drafts):
        return None  # "sign up with Google": a button's name, no field's
    return Parsed((*(d for d in drafts if d is not None), Draft(action="submit")), "free")


_FORM_PATTERN = re.compile(_FORM, re.I)


def unclear_pair(text: str, quotes: Quotes) -> str | None:
    """Name the first field-and-value pair of a form clause that cannot be read."""
    match = _FORM_PATTERN.match(text)
    if match is None:
        return None
    return next(
        (part for part in _pairs(match["pairs"] or match["inside"]) if _pair(part, quotes) is None),
        None,
    )


_LABEL = r"(?P<label>[^\s:]+(?: [^\s:]+){0,2}):(?P<v> \S.*)$"
# Labels of what a page works out and shows, which no one types into a form
_SHOWN_ONLY = re.compile(
    r"\b(?:total|subtotal|sub-total|tax|vat|status|balance|price|cost|discount|count|rating"
    r"|stock|availability)$",
    re.I,
)
# "Cart: empty", "Basket: 2 items": what holds things, which no one types into
_HOLDS_THINGS = re.compile(rf"^(?:{HOLDER}|inbox|(?:search )?results)$")
# Words a status shows, which no one types into a field
_A_STATE = re.compile(
    r"^(?:operational|degraded(?: performance)?|(?:partial |major )?outage|down|up|online"
    r"|offline|healthy|unhealthy|active|inactive|paid|unpaid|overdue|shipped|delivered"
    r"|pending|enabled|disabled|in stock|out of stock|sold out|available|unavailable)$",
    re.I,
)
_LINE_LABEL = re.compile(r"^(?:(?:the|your|my) )?" + _LABEL, re.I)
_NEXT_LABEL = re.compile(r" (?P<label>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?): (?=\S)")


# "username alice, password s3cret": a label every form has, and a one-word value, or a
# name in capitals after a label in lower case ("name Test User": the capital starts it)
_COMMON_PAIR = re.compile(
    r"^(?:(?i:"
    + "|".join(
        re.escape(label)
        for label in sorted(_LINE_LABELS | {"message", "subject", "comment"}, key=len, reverse=True)
    )
    + r")\s*[:=]?\s*"
    r"(?!(?i:and|or|then)\b)[^\s,]+"
    r"|(?:name|full name|city|company|subject) [A-Z][^\s,]*(?: [A-Z][^\s,]*){1,2})$"
)


_JOINED_VALUE = re.compile(
    rf"\b(?:with|to|as|in|into|using|for|of|by|from|and|or) {OPEN}\d+{CLOSE}\s*$", re.I
)


def _quoted_pairs(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "fill in username 'demo' and password 'x'": pairs whose values are all quoted."""
    parts = _pairs(match["pairs"])
    plain = [_COMMON_PAIR.match(part.strip(" ,")) for part in parts]
    # "fill First Name 'Ada'": one pair, said with the verb that only ever fills a field
    alone = (
        match["verb"].lower().startswith("fill")
        and bool(_QUOTED_LAST.match(parts[0]))
        and not _JOINED_VALUE.search(parts[0])  # "fill Name with 'Ada'": read as such
    )
    if (len(parts) < 2 and not alone) or not all(
        _QUOTED_LAST.match(part.strip(" ,")) or plain[at] for at, part in enumerate(parts)
    ):
        return None
    drafts = [_pair(part, quotes) for part in parts]
    if any(draft is None for draft in drafts):
        return None
    # More pairs may follow after a comma or "and", as in a form's list.
    return Parsed(tuple(draft for draft in drafts if draft is not None), "free")


# "4242 4242 4242 4242": a card number as it is printed, one value
_DIGIT_GROUPS = re.compile(r"^\+?\d{1,6}(?: \d{2,6})+$")  # and "+1 555 0100", a phone's


def _assignments(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "fill name=Ada, email=ada@example.com": each field set as a program sets it."""
    parts = _pairs(match["pairs"])
    if _INTO.search(match["pairs"]) or not all("=" in part for part in parts):
        return None  # "type x=5 into the formula box": the value, typed where it says
    drafts = [_pair(part, quotes) for part in parts]
    if any(draft is None for draft in drafts):
        return None
    return Parsed(tuple(draft for draft in drafts if draft is not None), "free")


def _one_pair(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "enter coupon code SAVE10": a label every form has, then one word, its value."""
    pair = match["pair"]
    known = _known_label(pair)
    value = pair[known + 1 :] if known is not None else ""
    if known is None or pair.lower() in PAIR_LABELS:
        return None  # "type company name": a label alone, with no value after it
    if " " in value and not (_DIGIT_GROUPS.match(value) or _COMMON_PAIR.match(pair)):
        return None  # "enter Name Bob Smith": where does the label end?
    draft = _draft(pair[:known], value, quotes)
    return None if draft is None else Parsed((draft,), "closed")


# Fields a form has whose "Name = Ada" sets them, as "Name: Ada" does ("Total = $29" checks)
ASSIGNED = _LINE_LABELS | {"message", "subject", "comment"}


def _assigned(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "Name = Test User" as typing into Name, as a form's line says it."""
    if match["label"].lower() not in ASSIGNED:
        return None
    draft = _draft(match["label"], match["v"].strip(), quotes)
    return None if draft is None else Parsed((draft,), _tail(match["v"], quotes))


# "an expired coupon OLD5": what the code given is for the test, never part of its label
_CODE_SAID = (
    r"(?:(?:expired|invalid|valid|wrong|used|bad|old|fake|test|unknown|incorrect) "
    r"(?=(?:coupon|promo|discount|voucher|gift card)\b))?"
    r"(?:(?:\d|four|five|six|eight)-digit (?=(?:[\w-]+ )?code\b))?"  # "the 6-digit code 123456"
)


FIELD_RULES: tuple[Rule, ...] = (
    rule(_FORM, _form, final=True),
    rule(_GROUP_OF_FIELDS, _group_of_fields),
    rule(_SIGN_UP, _sign_up),
    rule(
        r"^(?P<verb>fill(?: in| out)?|enter|type|input|provide|use) (?:the |your |my )?"
        r"(?P<pairs>.+)$",
        _quoted_pairs,
    ),
    rule(
        r"^(?:fill(?: in| out)?|enter|type|input) (?:the |your |my )?"
        r"(?P<pairs>[A-Za-z][^=,]*=[^=]*)$",
        _assignments,
    ),
    rule(rf"^(?:enter|type|input|key in|use) (?:the |a |an )?{_CODE_SAID}(?P<pair>.+)$", _one_pair),
    # "fill card number 4242 4242 4242 4242": a number, which no label runs on into ("fill
    # name Test" may be the start of a form's list of pairs)
    rule(
        r"^fill (?:the |a |an )?(?P<pair>.+ [\d+]\S*)$",
        lambda m, q: _one_pair(m, q) if re.search(r"\d\S*$", m["pair"]) else None,
    ),
    # "choose a password 'S3cure!'": typed where the form asks for one
    rule(
        r"^(?:choose|pick|create|set|make up) (?:a |an |the |my |your )?(?:new )?"
        r"(?P<pair>password (?!to\b)\S+)$",
        _one_pair,
    ),
    # "fill in the coupon SAVE10"; never "fill in city Porto", a line of a form's pairs
    rule(
        rf"^fill in (?:the |a |an )?{_CODE_SAID}(?P<pair>(?:coupon|promo|discount|voucher"
        r"|gift card) .+)$",
        _one_pair,
    ),
    rule(
        r"^(?:type|enter|input|write|put|fill(?: in| out)?|key in)(?: (?:the|your|my|a|an))? "
        + _LABEL,
        _typed_with_label,
    ),
    rule(_LINE_LABEL.pattern, _line_label),
    rule(r"^(?P<label>[A-Za-z][\w -]*?) = (?P<v>\S.*)$", _assigned),
)
