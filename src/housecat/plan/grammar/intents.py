"""Read what people say without naming elements: sign in, sign out, search, add or delete items,
tick them, open something, pick an option, be on a page.

Each becomes an intent step that is expanded on the page when the journey gets there.
Credentials not given in the goal come from the test's `{{username}}` and `{{password}}`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from housecat.plan.grammar.fields import PAIR_LABELS
from housecat.plan.grammar.keys import key_name
from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes
from housecat.plan.grammar.target import ADDRESS, joins_names, parse_element
from housecat.plan.grammar.types import Draft, Parsed, Rule, Tail, one, rule
from housecat.plan.grammar.words import (
    ADVERB,
    HOLDER,
    HOME_PAGES,
    ITEM_VERBS,
    NUMBER,
    ORDINAL,
    PAGE_NOUNS,
    PAGE_OF,
    RECORD_NAMED,
    REGIONS,
    SITE_HOME,
    SITE_OWNER,
    STATEMENT_RUN_ON,
    STATEMENT_WORDS,
    UNNAMEABLE,
    chosen_by_the_page,
    has_pronoun,
    names_a_position,
    names_the_site,
    runs_into_a_step,
    said_before,
    starts_with_verb,
    to_number,
)
from housecat.plan.models import RECORD_KINDS, Action, Target, names_items
from housecat.plan.secrets import is_secret_name
from housecat.plan.variables import VARIABLE, placeholder

USERNAME = placeholder("username")
PASSWORD = placeholder("password")
# A password that is surely wrong, for "sign in with an invalid password".
WRONG_PASSWORD = "wrong-" + PASSWORD

_ADDRESS = re.compile(
    r"^(?:https?://|www\.|/)\S*$|^(?:[\w-]+(?:\.[\w-]+)+|localhost)(?::\d+)?(?:/\S*)?$", re.I
)
_SLOT = rf"{OPEN}\d+{CLOSE}"
_TOKEN = rf"(?:{_SLOT}|[^\s,/()]+)"
_SECRET_WORD = r"(?:password|pass|passcode|pw|pwd|pin)"  # noqa: S105 - words, not a secret
_USER_WORD = r"(?:user ?name|user|e-?mail(?: address)?|login|account|id|user id)"
# "valid credentials", "my username and password", "the test account": the test's own.
_OWN = re.compile(
    r"^(?:(?:the|my|your|our|his|her|their|a|an|valid|correct|right|proper|working|stored"
    r"|saved|configured|test|default|existing|registered|demo|shared|qa|provided|given|usual"
    r"|known|good) )*(?:credentials"
    r"|login details"
    r"|details|account|user|login|(?:user ?name|e-?mail(?: address)?|login) (?:and|&|/) "
    r"(?:a )?password|password)"
    # "the credentials from the secrets": the test's own, wherever it keeps them
    r"(?: (?:from|in|stored in|saved in|kept in) (?:the |my |our )?(?:test|secrets?|variables"
    r"|env|environment|config(?:uration)?|settings|vault)(?:['’]s? (?:secrets|variables))?)?$",
    re.I,
)
_OWN_USER_WRONG_KEY = (
    r"(?:(?:an?|the|my) )?(?:valid|correct|right|real|existing) (?:e-?mail(?: address)?"
    r"|user ?name|user|account|login),? (?:but|and|with) (?:(?:an?|the) )?(?:invalid|wrong"
    r"|incorrect|bad) (?:password|passcode|pin)"
)
_WRONG = re.compile(
    r"^(?:(?:an?|the|some) )?(?:invalid|wrong|incorrect|bad|unknown|fake|false)"
    r" (?:credentials|login details|details|password|passcode|pin)$"
    # "a valid email but a wrong password": the test's own user, with a wrong password
    rf"|^{_OWN_USER_WRONG_KEY}$",
    re.I,
)
# "wrong password 'nope'": the test's own user, with the password given (a wrong one)
_GIVEN_PASSWORD = re.compile(
    rf"^(?:(?:an?|the|my|your) )?(?:(?:invalid|wrong|incorrect|bad|fake|false|valid|correct"
    rf"|right) )?{_SECRET_WORD}:? (?P<pw>{_TOKEN})$",
    re.I,
)
# Words that say what a password is like, never a user's name: "with wrong password x"
_NOT_A_USER = frozenset(
    {"wrong", "invalid", "incorrect", "bad", "fake", "false", "valid", "correct", "right"}
    | {"the", "my", "your", "an", "a"}
)


def _left_empty(field: str) -> re.Pattern[str]:
    """Read a field the form is sent without: "an empty password", "without a username"."""
    return re.compile(
        rf"^(?:(?:(?:an?|the) )?(?:empty|blank) |no |without (?:an? |the |any )?){field}$", re.I
    )


_NO_USER = _left_empty(r"(?:user ?name|e-?mail(?: address)?|login|user id)")
_NO_PASSWORD = _left_empty(r"(?:password|passcode|pin)")
_EQUALS = re.compile(rf"\b(?P<word>{_USER_WORD}|{_SECRET_WORD})\s*=\s*", re.I)
_PASSWORD_ASIDE = re.compile(rf"\s*\((?:with )?{_SECRET_WORD}[:=]?\s*(?P<pw>[^\s()]+)\)$", re.I)
# "(password in secrets)": the test's own password, which it always is when none is given
_PASSWORD_KEPT = re.compile(
    rf"\s*\((?:the )?{_SECRET_WORD} (?:is )?(?:in|from) (?:the |our )?(?:test['’]s )?"
    r"(?:secrets?|vault|variables?|env(?:ironment)?)\)$",
    re.I,
)
_PAIR = re.compile(
    rf"^(?:(?:the|my|your) )?(?:{_USER_WORD}:? )?(?P<user>{_TOKEN})"
    rf"(?:,? (?:and|with|using|/)(?: (?:the |my |your |a )?{_SECRET_WORD}:?(?= ))?"
    rf"|,? {_SECRET_WORD}:?(?= )| ?/|:(?=\S))"  # "bob / pw", "bob:pw"
    rf" ?(?P<pw>{_TOKEN})$",
    re.I,
)
_USER_ONLY = re.compile(rf"^(?P<user>{_TOKEN})(?: (?:with|using|and) (?P<own>.+))?$", re.I)
_BARRED = re.compile(
    r"\b(?:locked|blocked|banned|disabled|suspended|deactivated|unverified|expired|deleted"
    r"|unknown|nonexistent|non-existent|invalid|unregistered|inactive"
    # "as a new user": one made for the test, which the test's own account is not
    r"|new|another|different|second|other|fresh|random|guest|anonymous)\b",
    re.I,
)
_ROLE = re.compile(r"^(?:a|an|the) [a-z][\w-]*(?: [a-z][\w-]*)?(?: (?:user|account))?$", re.I)


# An account named before what signs in with it: "the demo account", "our test user:"
_ACCOUNT_NAMED = re.compile(
    r"^(?:the|a|an|my|our|your) (?:[\w-]+ ){0,2}?(?:account|user|login|credentials):?"
    r" (?P<pair>\(.+\)|\S+ ?/ ?\S+)$",
    re.I,
)


# "with the credentials below: Username: ada, Password: x": the account, said after its name
_DETAILS_NAMED = re.compile(
    r"^(?:the |these |this |my |our )?(?:following )?(?:credentials|login details|details)"
    r"(?: below)?\s*(?::|[-–—])\s*(?=\S)",
    re.I,
)


_ELSEWHERE = re.compile(
    r"^(?:sso|saml|oauth|single sign-on|google|github|gitlab|microsoft|apple|facebook|okta"
    r"|auth0|azure|linkedin|twitter|(?:a )?magic link|(?:a )?passkey)\b",
    re.I,
)


def _credentials(how: str | None, quotes: Quotes) -> tuple[str, str] | None:
    """Read who signs in and with what; None when the words cannot be placed."""
    if not how:
        return USERNAME, PASSWORD
    how = _EQUALS.sub(r"\g<word> ", how.strip(" ,."))  # "user=alice pass=x"
    how = how.replace(" & ", " and ")  # "username ada & password x"
    how = _PASSWORD_KEPT.sub("", how)
    how = _PASSWORD_ASIDE.sub(r" with password \g<pw>", how)  # "bob (password: x)"
    if how.startswith("(") and how.endswith(")"):
        how = how[1:-1].strip()
    lead = re.match(r"^(?:as|with|using|by using)\s+", how, re.I)
    said_as = bool(lead and lead.group().lower().startswith("as"))
    body = how[lead.end() :] if lead else how
    if _ELSEWHERE.match(body):
        return None  # "with SSO", "with Google": another site signs in, not this form
    if _OWN.match(body):
        return USERNAME, PASSWORD
    named = _DETAILS_NAMED.match(body)
    if named:
        return _credentials(f"with {body[named.end() :]}", quotes)
    account = _ACCOUNT_NAMED.match(body)
    if account:  # "the demo account (demo@example.com / demo123)": the pair said after it
        return _credentials(account["pair"], quotes)
    if _WRONG.match(body):
        return USERNAME, WRONG_PASSWORD
    given = _GIVEN_PASSWORD.match(body)
    if given:
        return USERNAME, quotes.value(given["pw"])
    if _NO_USER.match(body):
        return "", PASSWORD  # the form sent with its user field left empty
    if _NO_PASSWORD.match(body):
        return USERNAME, ""  # the form sent with its password field left empty
    if said_as and _ROLE.match(body):
        if _BARRED.search(body):
            return None  # "as a locked out user": an account the test's variables are not
        return USERNAME, PASSWORD  # "as an admin": the account the test's variables name
    pair = _PAIR.match(body)
    if (
        pair
        and not _is_word(pair["pw"], {"and", "password", "credentials"})
        and not _is_word(pair["user"], _NOT_A_USER | _JOINING)
    ):
        return quotes.value(pair["user"]), quotes.value(pair["pw"])
    named = re.match(rf"^{_USER_WORD}:? (?P<rest>.+)$", body, re.I)
    alone = _USER_ONLY.match(named["rest"] if named else body)
    if alone and (said_as or named) and (alone["own"] is None or _OWN.match(alone["own"])):
        user = quotes.value(alone["user"])
        if user.lower() not in UNNAMEABLE and not has_pronoun(user):
            return user, PASSWORD
    return None


# "with username and password inputs": the form described, never a user "and"
_JOINING = frozenset({"and", "or", "plus", "then", "but"})


def _is_word(token: str, words: Collection[str]) -> bool:
    return token.lower() in words


def _sign_in(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    found = _credentials(match["how"], quotes)
    if found is None:
        return None
    user, password = found
    # "log in with email a@b.c" may go on: ", and password x" belongs to the same step.
    open_ended = password == PASSWORD and user != USERNAME and not match["how"].endswith(")")
    tail: Tail = "free" if open_ended else "closed"
    return Parsed((Draft("sign_in", value=user, password=password),), tail)


def _sign_in_as(how: str, quotes: Quotes) -> Parsed | None:
    found = _credentials(f"with {how}", quotes)
    if found is None or found[1] == PASSWORD:
        return None  # "Login: alice": a label and a name, not a whole sign-in
    return Parsed((Draft("sign_in", value=found[0], password=found[1]),))


def _variables_typed(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "enter {{username}} and {{password}}": the sign-in details, typed; the second
    must name a secret, or the two are no account."""
    said = [VARIABLE.fullmatch(quotes.value(match[name])) for name in ("user", "pw")]
    if said[0] is None or said[1] is None:
        return None  # "enter 'Ada' and 'Lovelace'": words, which no form says where to type
    user, password = said[0][1], said[1][1]
    if not is_secret_name(password) or is_secret_name(user):
        return None
    draft = Draft("enter_credentials", value=placeholder(user), password=placeholder(password))
    return Parsed((draft,))


def _own_detail(match: re.Match[str], _quotes: Quotes) -> Parsed | None:
    """Read "enter your password" as the test's own, typed into the field named so (a
    sign-in in two steps asks for each on its own page)."""
    what = match["what"].lower()
    if what.startswith("pass"):
        return one("fill", target=Target(text="Password"), value=PASSWORD)
    label = "Email" if "mail" in what else "Username"
    return one("fill", target=Target(text=label), value=USERNAME)


def _sign_in_with(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "enter invalid credentials": typed into the sign-in form, sent by "submit"."""
    found = _credentials(f"with {match['how']}", quotes)
    if found is None:
        return None
    action: Action = "sign_in" if match["verb"].lower() == "submit" else "enter_credentials"
    return Parsed((Draft(action, value=found[0], password=found[1]),))


_CHECKED_LEAD = re.compile(
    r"^(?:check|verify|confirm|ensure|make sure|test|expect|assert|validate)\b"
    r"|\b(?:can|could|should|must|will) be\b",
    re.I,
)


_NOT_DONE_VIA = re.compile(
    r"^(?:close|dismiss|accept|decline|cancel|confirm|reject|refuse|allow|agree"
    r"|log ?in|sign ?in|login|sign ?up|register|log ?out|sign ?out)\b",
    re.I,
)


def _done_via(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "share the product via the Copy link button": that button clicked, whose purpose
    the words before it say; refused where they name a thing it is done to ("add Oak Chair
    using the Add button": whose button?)."""
    lead = match["lead"]
    if re.search(rf"[A-Z0-9{OPEN}]", lead[1:]) or _CHECKED_LEAD.search(lead):
        return None
    if _NOT_DONE_VIA.match(lead):
        # "close the modal with the X button": that button in it (see page.py); "log in
        # with the Google button": another site's sign-in, which one click is not
        return None
    element = parse_element(f"the {match['t']}", quotes, "click")
    if element is None or not element.named or element.target.within:
        return None
    return one("click", target=element.target)


# "click outside the modal", "by clicking outside it": a spot, which no control's name is
NOWHERE_NAMED = re.compile(r"^(?:outside|anywhere|somewhere|elsewhere|away from)\b")


def _click_to(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "generate a report by clicking Export": the click is the step."""
    if _CHECKED_LEAD.search(match.string[: match.start("verb")]):
        return None  # "check the modal can be closed by clicking X": a check, never dropped
    if re.search(r"\bits\b", match["t"], re.I):
        return None  # "delete Walk the dog by clicking its × button": whose? lost with the lead
    if re.search(r"\b(?:then|times|twice|thrice)\b", match["t"], re.I):
        return None  # "by clicking Next three times and then Done": more clicks than one
    if NOWHERE_NAMED.match(match["t"]):
        return None  # "close the modal by clicking outside it": no control is named so
    if match["verb"].lower() in {"pressing", "hitting"}:
        said = re.sub(r"^(?:the )?(?P<k>.+?)(?: key)?$", r"\g<k>", match["t"].strip(), flags=re.I)
        key = key_name(quotes.value(said), said_key=True)
        if key is not None:  # "close it by pressing Escape": the key, not a button
            return one("press", value=key)
    choosing = match["verb"].lower() in {"selecting", "choosing"}
    if choosing and re.search(r" (?:as|in|from|for) ", match["t"]):
        return None  # "by choosing Engineering as my team": a choice in a field, no control
    element = parse_element(match["t"], quotes, "click")
    if element is None or element.target.text.lower() in UNNAMEABLE:
        return None
    return one("click", target=element.target, tail=element.tail)


def _fill_sample(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Fill a form's fields, or one field, with values the page's fields accept."""
    field_ = match.groupdict().get("field")
    if field_:
        name = quotes.value(field_.strip())
        if not name or has_pronoun(name) or name.lower() in UNNAMEABLE:
            return None
        if re.search(r" (?:in|into|on) (?:the|a|an|my|your) ", name, re.I):
            return None  # "fill Ada in the Name field": the words to type, then where
        return one("fill_form", target=Target(text=name))
    form = match.groupdict().get("form")
    target = Target(text=quotes.value(form.strip())) if form else None
    groups = match.groupdict()
    required = groups.get("required") or groups.get("required2") or groups.get("required3")
    which = "required" if required else "all"
    return one("fill_form", target=target, value=which)


# "test data", "some realistic values": whatever the fields accept, no value of the goal's
_SAMPLE_DATA = (
    r"(?:some |any )?(?:realistic|example|sample|test|dummy|random|valid|fake|made-up"
    r"|plausible)(?: \w+)? (?:data|values?|details|information|info|answers)"
)


def _fill_samples(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Fill each field named with a value it accepts: "fill in name and email with test data"."""
    said = re.sub(r"^(?:the|your|all|every) |(?: fields?)$", "", match["fields"].strip())
    if re.match(r"^(?:it|them|this|that|these|those)(?: in| out)?$", said, re.I):
        return None  # "fill it in with test data": what was said before, no field named "it in"
    names = _items(said, quotes)
    if not names or any(name.lower() in UNNAMEABLE for name in names):
        return None
    return Parsed(tuple(Draft("fill_form", target=Target(text=name)) for name in names))


_CREDENTIALS = frozenset({"username", "user name", "login", "email", "e-mail", "password"})


def _fill_listed(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Fill fields listed by name only: "fields" said, or each a label every form has."""
    # "a name, an email and a password": any, as the fields' own names say
    names = [re.sub(r"^an? ", "", name) for name in _items(match["fields"], quotes) or []]
    if not names or {name.lower() for name in names} <= _CREDENTIALS:
        return None  # "fill in email and password": the test's own, never sample values
    if match["kind"] is None and any(name.lower() not in PAIR_LABELS for name in names):
        return None  # "fill in Jo and Bob": values, with no field named
    if any(len(name.split()) > 3 or name.lower() in UNNAMEABLE for name in names):
        return None
    return Parsed(tuple(Draft("fill_form", target=Target(text=name)) for name in names))


def _sign_out(_match: re.Match[str], _quotes: Quotes) -> Parsed | None:
    return one("sign_out")


_STATED_QUERY = re.compile(
    r"\b(?:is|are|be|visible|displayed|shown|present|listed|appears?|loaded|loads|gone|hidden"
    r"|works?|working|fails?|failed|succeeds?|succeeded)$"
    r"|\b(?:is|are|should|must)\b|^(?:results?|box|bar|field) (?:shown|displayed|visible)\b"
    # "search for lamp returns 3 results": what the search finds, said after the query
    r"|(?:^|\S\s+)(?:returns?|yields?|gives?|brings? up|shows?|displays?|lists?)\s+\S",
    re.I,
)


_IN_A_GROUP = re.compile(
    r" (?:in|within|under|from) (?:the |our )?\S+(?: \S+)? (?:category|categories|section"
    r"|department|collection|catalog|catalogue)$",
    re.I,
)


# Things of a kind, then what they must be: "flights from London to Paris on 12 June"
_KIND_WITH_CRITERIA = re.compile(
    r"^(?-i:[a-z]+s) (?:from|between|under|over|below|above|cheaper than|departing|leaving)"
    r" \S"
)
# What is searched, then the query, left over once the query itself was not one
_PLACE_THEN_QUERY = re.compile(r"^(?:the|our|your|my) \S+(?: \S+)? (?:for|by) ", re.I)
_THE_SEARCH = re.compile(
    r"^(?:the )?search(?: (?:box|bar|field|input))?(?: \((?:at )?(?:the )?[\w -]+\))?$", re.I
)


def _search(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Search for a query, in the search box a noun names when there are several."""
    where = match.groupdict().get("box")
    if where and re.match(r"(?:by|with|using|for)\b", where):
        return None  # "search by name for Alice": how to search, not which box
    if _STATED_QUERY.search(f"{where or ''} {match['q']}".strip()):
        return None  # "Search results displayed", "search box visible": a check, no search
    if where and (_THE_SITE.match(where) or _THE_SEARCH.match(where)):
        where = None  # "search the site for oak", "use the search to find": its own search
    box_in = _BOX_IN_A_PART.match(where or "")
    if box_in:  # "use the search box in the sidebar to find X": the box in that part
        where = box_in["box"]
    placed = (
        _QUERY_IN.match(match["q"].strip())
        or _QUERY_IN_A_BOX.match(match["q"].strip())
        or (None if where else _QUERY_IN_A_PART.match(match["q"].strip()))
    )
    if placed and not where:  # "look up 'python' in the docs search": the box is named after
        where = placed["box"]
    raw_query = placed["q"] if placed else _WHOLE_SITE.sub("", match["q"].strip())
    raw_query = _KIND_BEFORE_NAME.sub("", raw_query, count=1)  # "the user Ada": Ada is typed
    query = quotes.value(raw_query)
    spelled = quotes.is_quoted(raw_query)
    if not query or (not spelled and (has_pronoun(query) or _DESCRIBED_QUERY.match(query))):
        return None
    if not spelled and said_before(query):
        return None  # "searching for it": the thing said before, whose words are not these
    if not spelled and (runs_into_a_step(query) or STATEMENT_RUN_ON.search(query)):
        return None  # "search for shoes and subscribe": a step run on, never typed
    said_for = re.search(r"\bfor\s*$", match.string[: match.start("q")], re.I)
    if not spelled and not said_for and re.match(r"(?:type|enter|input|write|put) ", query, re.I):
        return None  # "in the docs search type webhook": the box, then what is typed in it
    if not spelled and re.search(r"^(?:for|by|with) |\bits\b", query):
        return None  # "search for an order by its number": a query described, not given
    if not spelled and _PLACE_THEN_QUERY.match(query):
        return None  # "search the docs for a term that doesn't exist": a query described
    if not spelled and re.search(r"(?:^|\s)[\"'“”‘’]{2}(?:\s|$)", query):
        return None  # 'search for ""': nothing typed, which the search box may not send
    if not spelled and _KIND_WITH_CRITERIA.match(query):
        return None  # "search flights from London to Paris": a form's fields, never typed
    if not spelled and ": " in query:
        return None  # "search for zzz: no results": the query, then what it finds
    if not spelled and OPEN in raw_query:
        return None  # "'zzz' - there should be no results": a quote, then another thought
    if not spelled and ('"' in query or re.search(r"\(.*\)$", query)):
        return None  # '"   " (just spaces)': a stray quote mark, an aside: never the words
    if not spelled and _CHECK_RUN_ON.search(query):
        return None  # "search for red shoes I expect 5 products": a check ran on into it
    if not spelled and _IN_A_GROUP.search(query):
        return None  # "search for oak in the Furniture category": a filter, never typed
    target = Target(text=quotes.value(where)) if where else None
    searched = one("search", target=target, value=query, tail="closed" if spelled else "free")
    return replace(searched, focus="results")  # "search for lamp; it shows X": the results


def _items(text: str, quotes: Quotes) -> list[str] | None:
    """Split "a, b and c" into items; every item must be quoted or plain words."""
    parts = [part.strip(" ,") for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|;\s*", text)]
    items = [quotes.value(part) for part in parts if part]
    if not items or any(not item or has_pronoun(item) for item in items):
        return None
    return items


_NO_NAME_LEAD = re.compile(r"^(?:to|with|for|from|of|in|on|at|by|due|another|one more)\b", re.I)


def _add_items(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Add one item, or several: "add items a, b and c", "add three tasks: x, y, z"."""
    raw = match["x"].strip()
    raw = _LISTED_IN_PARENS.sub(r"\g<x>", raw)  # "add three todos (milk, eggs, bread)"
    if _NO_NAME_LEAD.match(raw) or _ASIDE.match(raw):
        # "add an item to the list", "a task with priority High" name no item; "add a todo
        # (urgent)" says of it only; "add another X" is read where the item before is known
        # (pronouns.another_item)
        return None
    if _CARD_DETAILS.search(raw):
        return None  # "enter card 4242 …, expiry 12/30": a payment card's fields, no item
    if OPEN in raw and not quotes.is_quoted(raw) and not _QUOTED_NAMES.fullmatch(raw):
        return None  # '"Write report" with due date tomorrow': a name, and more said of it
    single = match.groupdict().get("one") is not None and not _QUOTED_NAMES.fullmatch(raw)
    if single and _MORE_SAID.search(raw):
        return None  # "a note titled Groceries with body Milk": a name, and a field of it
    if not quotes.is_quoted(raw) and _A_STEP_NEXT.match(raw):
        return None  # "add item, go to cart": the next step, never an item's name
    if not quotes.is_quoted(raw) and _A_STATEMENT.search(raw):
        return None  # "add the thing and the title is Home": a check run on, never a name
    if not quotes.is_quoted(raw) and _DONE_TO_IT.search(raw):
        return None  # "a workspace called Acme and switch to it": a step after the name
    if not quotes.is_quoted(raw) and _ADDED_TO.search(raw):
        return None  # "a note Hi to the contact Jane": where it goes, never more of its name
    if single and "kind" not in match.groupdict() and not quotes.is_quoted(raw):
        # No kind said ("a task"): "add milk, eggs and bread to the list" adds three; "milk
        # and eggs" is one item or two, which only quotes can tell
        if "," in raw:
            single = False
        elif " and " in raw:
            return None
    items = [quotes.value(raw)] if single else _items(raw, quotes)
    if not items or any(item.lower() in UNNAMEABLE for item in items):
        return None
    count = match.groupdict().get("n")
    if count and to_number(count) not in (None, len(items)):
        return None  # "add three items: a, b": the count and the list disagree
    target = Target(text=match["list"]) if match.groupdict().get("list") else None
    drafts = tuple(Draft("add_item", target=target, value=item) for item in items)
    return Parsed(drafts, "closed" if quotes.is_quoted(raw) else "free")


_A_STATEMENT = re.compile(
    r"^(?:and|then|or|but|so)\b|\b(?:is|are|shows?|says?|should|must)\b", re.I
)


def _add_record(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Create one named thing: "create a project called Apollo", by the page's own form."""
    parsed = _add_items(match, quotes)
    if parsed is None or len(parsed.drafts) != 1:
        return None
    kind = Target(text=match["kind"].lower())
    return Parsed((replace(parsed.drafts[0], target=kind),), parsed.tail)


_RECORD_KIND = "(?:" + "|".join(sorted(RECORD_KINDS)) + ")"
_ADDED_TO = re.compile(r" to (?:the|my|your|our|this|that) \S", re.I)
_LISTED_IN_PARENS = re.compile(r"^\((?P<x>[^()]*,[^()]*)\)$")
_ASIDE = re.compile(r"^\([^()]*\)$")
_DONE_TO_IT = re.compile(
    r"(?: and|,) (?:then )?(?-i:[a-z]+)\b.*\b(?:it|them)$|,? and then "
    # "walk dog and mark as done": a step on the item, after its name
    r"| and (?:mark|tick|check|complete|delete|remove|edit|star|archive) (?:it |them )?as\b"
)
_A_STEP_NEXT = re.compile(r"^(?:(?:go|navigate|head|proceed) to|click|tap|press|open|visit)\b")
_MORE_SAID = re.compile(r" (?:with|and (?:a|an|the)) (?-i:[a-z])")
_CARD_DETAILS = re.compile(
    r"^\d{4}[ -]?\d{4}|\b(?:expiry|expires|exp|cvc|cvv|security code)\b", re.I
)
_ROW_FOR = re.compile(
    rf"^(?:(?:row|line|entry|record) (?:for|of|with)|for|of)"
    rf" (?P<x>[A-Z0-9]\S*(?: \S+)*|{OPEN}\d+{CLOSE}|{ADDRESS})$"
)
# A kind said before a thing's name ("the event Daily standup"): a noun, never "the", "one"
_A_KIND = (
    r"(?!(?:the|a|an|my|your|our|this|that|these|those|its|as|one|two|three|four|five|all"
    r"|every|each|some|any|both|no)\b)(?-i:(?:[A-Z]{2,5} )?[a-z][a-z-]+) "  # "API key"
)
# "the project named Apollo": the same as "the project Apollo"
_CALLED = r"(?:(?:named|called|titled|labell?ed) )?"
_RECORD = re.compile(
    r"^(?:user|member|customer|product|post|comment|file|project|order|contact|employee"
    rf"|invoice|article|tag|label|account) (?P<x>[A-Z0-9]\S*(?: [A-Z0-9]\S*)*|{OPEN}\d+{CLOSE}"
    rf"|{ADDRESS})$"
    # "the event Daily standup": a thing of any kind, then its name as written
    rf"|^{_A_KIND}{_CALLED}(?P<named>[A-Z0-9#]\S*(?: \S+){{0,5}}|{OPEN}\d+{CLOSE})$"
)


# "all", "every": every item, no one named (case kept: "All hands meeting" is a name)
_MANY = re.compile(r"(?:all|every|each|everything|both|any|none)\b")


def _delete(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    raw = match["x"].strip()
    record = _RECORD.match(raw) or _ROW_FOR.match(raw)
    if record:  # "delete the user Bob", "the row for Bob": the entry that shows Bob
        raw = record["x"] or record.groupdict().get("named") or raw
    if (record or match["kind"]) and match["after"]:
        raw += " " + match["after"]  # "the draft called Old notes": its kind said, then its name
    if OPEN in raw and not quotes.is_quoted(raw):
        return None  # "'Walk the dog' by clicking its × button": a quote, and more after it
    if _NUMBERED_ITEM.match(raw) or (match["kind"] and re.fullmatch(r"#?\d+", raw)):
        return None  # "delete item 2 from the list": the second, never one that says "2"
    item = quotes.value(raw)
    if match["after"] and not quotes.is_quoted(raw):
        item = _owner(item)  # "Bob's comment": the comment that shows Bob
    named = quotes.is_quoted(raw) or item[:1].isupper() or item[:1].isdigit()
    named = named or bool(re.fullmatch(ADDRESS, item))  # an address names one account
    held = match.groupdict().get("list") or match.groupdict().get("held")
    if not named and not match.groupdict().get("kind") and not held:
        return None  # "delete your account", "remove the filter": not an item of a list
    if item.lower() in UNNAMEABLE or has_pronoun(item):
        return None
    if not quotes.is_quoted(raw) and item[:1].islower() and names_items(item):
        return None  # "remove items from the cart": which? no item is named "items"
    if not quotes.is_quoted(raw) and item[:1].islower() and re.match(rf"(?:{ORDINAL})\b", item):
        return None  # "the second item" is a position: see the position rules
    if not quotes.is_quoted(raw) and re.match(rf"(?:{NUMBER}) ", item):
        return None  # "remove one Oak Chair": one of several, not the whole line
    if not quotes.is_quoted(raw) and _MANY.match(item):
        return None  # "remove all items from the cart": every item, no one named
    return one("delete_item", target=Target(text=item))


def _delete_by(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "remove Red Mug using the trash icon": that control, in Red Mug's item."""
    control = parse_element(f"the {match['control']}", quotes, "click")
    name = quotes.value(match["x"])
    if control is None or not control.named or control.target.within or has_pronoun(name):
        return None
    return one("click", target=control.target.model_copy(update={"within": name}))


_NUMBERED_ITEM = re.compile(r"^(?:row|result|item|entry|line) (?:number |no\.? )?#?\d+$", re.I)
_MORE_THAN_A_NAME = re.compile(
    r"^(?:PDF|CSV|ZIP|JSON|XML|PNG|XLSX?)\b| (?:from|for|on|in|to|as|with|at|by|into|of) ", re.I
)


def _act_on_named(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """ "Archive the project Apollo": the control the verb names, in the item that shows
    Apollo, as "click Archive next to Apollo" says."""
    name = quotes.value(match["x"])
    if not name or has_pronoun(name) or name.lower() in UNNAMEABLE:
        return None
    if not quotes.is_quoted(match["x"]) and _MORE_THAN_A_NAME.search(name):
        return None  # "the invoice PDF for March": a format, and which one, in no name
    # "Revoke Bob's invite": the invite in Bob's item, which shows "Bob"
    owner = name if quotes.is_quoted(match["x"]) else _owner(name)
    control = Target(text=match["verb"].capitalize(), within=owner)
    return one("click", target=control)


def _owner(name: str) -> str:
    """The name in "Bob's" (an item said by whose it is): "Bob"; any other name as it is."""
    return re.sub(r"['’]s$", "", name)


def _tick(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Tick an item done: the checkbox in the item that shows it."""
    item = quotes.value(match["x"].strip())
    if not item or item.lower() in UNNAMEABLE or has_pronoun(item):
        return None
    if joins_names(match["x"].strip(), quotes):
        return None  # "mark Buy milk and Walk dog as done": two items, or one named so?
    if not quotes.is_quoted(match["x"].strip()) and _MANY.match(item):
        return None  # "mark all todos as complete": every item, no one named
    action: Action = "uncheck" if match.groupdict().get("undo") else "check"
    return one(action, target=Target(text="checkbox", role="checkbox", within=item))


# "the Buy milk todo", "the task 'Walk dog'": an item of a list, by its words
_AN_ITEM = re.compile(
    r"^(?:the )?(?:(?:todo|to-do|task|item|entry) (?P<a>\S.*)|(?P<b>\S.*?) (?:todo|to-do|task))$",
    re.I,
)


def item_named(text: str, quotes: Quotes) -> str | None:
    """The words of "the Buy milk todo" or "the task 'Walk dog'": the item that says them."""
    said = _AN_ITEM.match(text)
    words = (said["a"] or said["b"]) if said else ""
    if not words or STATEMENT_WORDS.search(words) or not (words[0].isupper() or words[0] == OPEN):
        return None  # "check the todo is still there": a statement; an item is named
    item = quotes.value(words)
    return None if item.lower() in UNNAMEABLE or has_pronoun(item) else item


def tick_in_item(action: Action, text: str, quotes: Quotes) -> Parsed | None:
    """Tick "the Buy milk todo": the box in the item that says so, not a box named so."""
    item = item_named(text, quotes)
    if item is None:
        return None
    return one(action, target=Target(text="checkbox", role="checkbox", within=item))


_TRAIL_CUT = re.compile(r" (?:>|→|»|->) ")
_TRAIL_ARTICLE = re.compile(r"^(?:the|a|an|your|my|our) ", re.I)
# "the breadcrumb shows Home > Docs": a statement about a path, whose parts are no names
# ("first post opens", "has comments": what happens, said in a trail of steps)
_TRAIL_STATED = re.compile(
    r"(?:^| )(?:is|are|was|shows?|says?|reads?|displays?|contains?|lists?|includes?|has|have"
    r"|should|must|will|can|opens|loads|appears|works|renders|exists|succeeds|fails)(?: |$)"
)


# "… > Security in the sidebar": where the path starts, said after it
_TRAIL_PLACE = re.compile(r"^(?P<name>.+?) (?:in|on|from) the (?P<place>[a-z][a-z ]*)$")


def trail(raw: str, quotes: Quotes) -> Parsed | None:
    """Read "Docs > Guides > Install" as opening each in turn, as a menu path is followed;
    "Settings > Security in the sidebar" starts in the sidebar."""
    parts = [part.strip() for part in _TRAIL_CUT.split(raw)]
    if len(parts) < 2:
        return None
    placed = _TRAIL_PLACE.match(parts[-1])
    if placed:
        parts[-1] = placed["name"]
    if any(_TRAIL_STATED.search(part) for part in parts):
        return None
    names = [quotes.value(_TRAIL_ARTICLE.sub("", part, count=1)) for part in parts]
    if any(not name or len(name.split()) > 4 or name.lower() in UNNAMEABLE for name in names):
        return None
    if any(part[:1].islower() and starts_with_verb(part) for part in parts[1:]):
        return None  # "click Get started → land on /signup": steps in turn, no menu's path
    where = placed["place"] if placed else None
    return Parsed(
        tuple(
            Draft("goto", value="{{url}}")
            # "the site > Blog": the site, then Blog (a link "Home" is opened as named)
            if not i and names[0].islower() and names_the_site(names[0])
            else Draft("open", target=Target(text=name, within=None if i else where))
            for i, name in enumerate(names)
        )
    )


# "the 'More' menu": its name quoted, then the kind of part, read as "the More menu".
_QUOTED_PART = re.compile(
    rf"^(?:the )?(?P<q>{OPEN}\d+{CLOSE}) (?P<part>menu|dropdown|sidebar|drawer|panel|section)$"
)
# Parts of a page that opening shows in place: an "it" right after is that part.
OPENS_A_PART = re.compile(
    r"\b(?:menu|dropdown|sidebar|drawer|panel|dialog|modal|popup|mini[- ]?cart)$", re.I
)
ANY_ONE = re.compile(r"^(?:a|an|any|some) (?-i:[a-z])")


# A name, then the kind of thing it names, which its link never says
_NAME_THEN_KIND = re.compile(
    r"^(?P<n>(?-i:[A-Z])\S*(?: \S+){0,3}) (?:category|collection|department|product|article)$"
)


def _open(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    raw = ADVERB.sub("", _NEW_TAB.sub("", match["x"].strip()))
    raw = _DETAILS_OF.sub("", raw, count=1)  # "the details of order #1004": that order
    raw = _OWNED_RECORD.sub(r"\g<who>", raw, count=1)  # "Ada's record": the entry showing Ada
    if has_pronoun(raw):
        return None  # "open its page", "open her profile": whose? a thing said before
    if _ADDRESS.match(quotes.value(raw)) or re.search(
        r"(?:^the |(?:page|screen),? )(?:/|https?://)", raw
    ):
        # "open example.com", "open the /health endpoint", "open the login page /login": an
        # address to go to
        return None
    followed = trail(raw, quotes)
    if followed is not None:
        return followed  # "open Settings > Profile": each in turn
    folded = _FOLDED.sub("", raw)
    name = re.sub(r"^(?:the|a|an) ", "", folded)
    if folded != raw and (name[:1].isupper() or name.startswith(OPEN)):
        # "open the Returns accordion", "the FAQ item Returns": a section opened by a click
        # on its own words, as "expand Returns" is
        element = parse_element(folded, quotes, "click")
        if element is None or element.target.role is not None:
            return None
        clicked = one("click", target=element.target, tail=element.tail)
        return replace(clicked, focus=f"{quotes.value(folded)} section")
    written = re.sub(r"^(?:the|a|an) ", "", raw)  # as masked: a quoted name stays quoted
    raw = _QUOTED_PART.sub(lambda m: f"{quotes.value(m['q'])} {m['part']}", raw, count=1)
    raw = RECORD_NAMED.sub(r"\g<q>", raw, count=1)  # "the product 'Oak Desk'"
    named = re.sub(r"^(?:the|a|an) ", "", raw)
    page_of = None if names_a_position(named) else PAGE_OF.match(named)
    if page_of:  # "open the product page for Oak Chair": that product's page
        return _visit_page(quotes.value(page_of["x"]))
    element = parse_element(raw, quotes, "click")
    if element is None or element.target.text.lower() in UNNAMEABLE:
        return None
    if not element.quoted and ANY_ONE.match(raw):
        return None  # "open a chair": any one of them, which is for the page to say
    if not element.quoted and len(element.target.text.split()) > 4:
        return None  # "open the page to learn more about X": a purpose, not a name
    text = element.target.text
    if not element.quoted and chosen_by_the_page(text):
        return None  # "open the newest post": which one is for the page to say
    kind_after = _NAME_THEN_KIND.match(text)
    record = _RECORD.match(text) if element.target.within else None
    if kind_after and not element.quoted:  # "open the Lamps category": the link "Lamps"
        text = kind_after["n"]
        element = replace(element, target=element.target.model_copy(update={"text": text}))
    elif record and record["x"] and not element.quoted:
        # "open the product Brass Lamp in the results": Brass Lamp, as said without a place
        text = quotes.value(record["x"])
        element = replace(element, target=element.target.model_copy(update={"text": text}))
    said_so = text.islower() or SITE_OWNER.match(text)  # never a link "Home"
    home = not element.quoted and SITE_HOME.search(text)  # "open the Acme homepage"
    if element.page_shown_so:
        return None  # "open the pricing page in EUR": a way it is shown, no step we have
    if element.noun in PAGE_NOUNS or (said_so and names_the_site(text)) or home:
        return _visit_page(text)  # "open the homepage": the page the test starts on
    opened = one("open", target=element.target, tail=element.tail)
    # "the notifications panel"; "the dialog" is its own kind
    part = f"{text} {element.noun}" if element.noun and element.noun != text.lower() else text
    if not element.quoted and OPENS_A_PART.search(part):
        return Parsed(opened.drafts, opened.tail, focus=part)  # "open the menu; it has X"
    if element.quoted and OPENS_A_PART.search(part):
        # "open the 'What's new?' dialog; it mentions X": named again as it was quoted
        return Parsed(opened.drafts, opened.tail, focus=written)
    if not element.quoted:
        opened = held_in_focus(opened, text)
    if element.noun in {"card", "tile", "section", "item"}:
        # "open the Pro plan card. It should list Priority support": in that card, never
        # anywhere on the page, where another plan may list it
        return Parsed(opened.drafts, opened.tail, focus=text)
    return opened


_STATES = re.compile(r"\b(?:shows?|says?|displays?|lists?|contains?|reads?|appears?)\b", re.I)


def _pick(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    option = quotes.value(match["v"].strip())
    group = quotes.value(
        (match.groupdict().get("g") or match.groupdict().get("kind") or "").strip()
    )
    if not group or has_pronoun(group) or group.lower() in _KINDS_NOT_GROUPS:
        return None  # "select the 'Monthly' radio button": the control itself, no group
    if _A_PERSON.search(group) or _STATED_IN.search(group):
        # "check the home page as an anonymous user shows Log in": who looks, and what is
        # seen, never an option in a group
        return None
    if not option or has_pronoun(option) or option.lower() in UNNAMEABLE:
        return None
    if not quotes.is_quoted(match["v"].strip()) and _STATES.search(option):
        return None  # "check the page shows Bob as the name": a check, no option to pick
    if not quotes.is_quoted(match["v"].strip()) and _SECOND_CHOICE.search(option):
        return None  # "brand Lenovo and price under $1000": two choices, or a range
    placed = _GROUP_PLACED.match(group)  # "as the topic in the contact form": there
    target = Target(text=placed["g"], within=placed["p"]) if placed else Target(text=group)
    return one("pick", target=target, value=option, tail="free")


def _an_order_named(group: str, option: str) -> bool:
    """Tell "Price: low to high", one option's whole name (an order to sort by), from
    "Sort: Newest first", the group and its option."""
    return not _SORTS.match(group) and _AN_ORDER.match(option) is not None


_SORTS = re.compile(r"^(?:sort|order)(?:ed)?(?: by)?$", re.I)
_AN_ORDER = re.compile(
    r"^(?:(?:low|high)(?:est)? to (?:low|high)(?:est)?|[az] ?(?:-|to) ?[az]"
    r"|(?:newest|oldest|latest|cheapest)(?: first)?|(?:a|de)scending)$",
    re.I,
)
_GROUP_PLACED = re.compile(r"^(?P<g>[\w -]+?) (?:in|on|of) the (?P<p>[a-z][\w -]*)$")
_A_PERSON = re.compile(
    r"\b(?:user|guest|visitor|admin|administrator|customer|member|owner|person|anonymous"
    r"|logged[- ]?(?:in|out)|signed[- ]?(?:in|out))\b",
    re.I,
)
_STATED_IN = re.compile(r"\b(?:shows?|says?|sees?|is|are|should|must|displays?)\b", re.I)
_KINDS_NOT_GROUPS = frozenset(
    {"radio button", "radio", "option", "choice", "button", "checkbox", "tab", "link", "item"}
)


def _visit(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Be on a page: stay when the journey is there already, else follow its link."""
    named = match["x"] or match.groupdict().get("x2") or ""
    if re.search(r"\bon (?:the )?(?:list|table|grid)$", match[0], re.I):
        return None  # "Bob is on the list": in it, as a check says, never a page so named
    page_of = PAGE_OF.match(named.strip())
    if page_of:  # "the product page for 'Blue Mug'": the page that link leads to
        named = page_of["x"]
    return _visit_page(quotes.value(named.strip()))


# "the Blue Mug product page": Blue Mug's page, which its link names without the kind
_KIND_OF_PAGE = re.compile(
    r"^(?P<name>(?-i:[A-Z0-9])\S*(?: \S+)*?) (?:product|item|profile|listing|details?|article"
    r"|post|user|customer|project)$"
)


def page_name(name: str) -> str:
    """The name of a page said with its kind: "Blue Mug" of "Blue Mug product"."""
    kind_of_page = _KIND_OF_PAGE.match(name)
    return kind_of_page["name"] if kind_of_page else name


def _visit_page(name: str) -> Parsed | None:
    name = page_name(name)
    if len(name.split()) > 4:
        return None  # "the number of stars of the repo": not the name of a page
    if names_a_position(name):
        return None  # "the 3rd page", "the next page of results": where, not a page's name
    if re.search(r"\bper$", name, re.I):
        return None  # "the Items per page select": how many a page shows, no page's name
    if names_the_site(name) or f"{name.lower()} page" in HOME_PAGES or SITE_HOME.search(name):
        return one("goto", value=placeholder("url"))  # the page the test starts on
    if not name or name.lower() in UNNAMEABLE or has_pronoun(name) or name.startswith("/"):
        return None
    return held_in_focus(one("visit", target=Target(text=name)), name)


def held_in_focus(opened: Parsed, name: str) -> Parsed:
    """Turn to the cart (or wishlist) opened, which an "it" next names: "open the cart; it
    should be empty" is that cart's."""
    return replace(opened, focus=name) if re.fullmatch(HOLDER, name, re.I) else opened


def _nothing(_match: re.Match[str], _quotes: Quotes) -> Parsed | None:
    return Parsed(())


def _as_signed_in(_match: re.Match[str], _quotes: Quotes) -> Parsed | None:
    return Parsed((Draft("sign_in", value=USERNAME, password=PASSWORD),))


_SIGN_IN_VERB = r"(?:(?:log|sign) into|log ?in|login|log on|logon|sign ?in|signin|authenticate)"
# "I cannot log in with a wrong password", "login with a bad password should fail"
CANNOT_SIGN_IN = re.compile(
    r"^(?:(?:(?:i|we|you|the user|a user|users|user|they) )?(?:cannot|can['’]t|can not"
    r"|could not|couldn['’]t|should not be able to|shouldn['’]t be able to"
    rf"|(?:(?:am|are|is) )?(?:not |un)able to) {_SIGN_IN_VERB} (?P<how>(?:with|using|as)\b.+)"
    rf"|(?:{_SIGN_IN_VERB}|logging in|signing in) (?P<how2>(?:with|using)\b.+?)"
    r" (?:fails|should fail|must fail|will fail|is refused|should be refused|is rejected"
    r"|should be rejected|does not work|doesn['’]t work|should not work|shouldn['’]t work"
    # "… doesn't let me in": the user stays signed out
    r"|(?:does not|doesn['’]t|should not|shouldn['’]t|must not|won['’]t|will not) let"
    r" (?:me|us|you|them|the user|a user|anyone) in)"
    rf"|(?:the )?(?:{_SIGN_IN_VERB}|logging in|signing in) (?:fails|should fail|must fail)"
    # never "… fail with 'Invalid'": the message it fails with
    rf" (?P<how3>(?:with|using) (?!{OPEN}).+))$",
    re.I,
)


def refused_sign_in(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "I cannot log in with a wrong password", "login with a bad password should
    fail": that sign-in, then still signed out. Only details that are not the test's own:
    "cannot log in with valid credentials" says no sign-in the test can do."""
    found = _credentials(match["how"] or match["how2"] or match["how3"], quotes)
    if found is None or found == (USERNAME, PASSWORD):
        return None
    return Parsed((Draft("sign_in", value=found[0], password=found[1]), Draft("expect_signed_out")))


_STATE = r"(?:am|is|are|be|being|been|get|gets|got)"
# "login should fail", "sign in works": what signing in should come to, not where it is
_OUTCOME = (
    r"(?:should|must|will|would|can|cannot|can't|could|does|doesn't|did|didn't|is|are|fails?"
    r"|failed|succeeds?|succeeded|works?|worked|is|gets|returns?|shows?|redirects?|leads?"
    # "Login button visible": how a thing is, a check said without its verb
    r"|visible|shown|displayed|present|appears?|enabled|disabled|hidden|gone|loads?|loaded"
    r"|exists?|available)"
)
_PLACE = (
    r"(?: (?:to|into|in to|onto|on to|on))?(?: (?:the|your|my|our|a|an))?"
    # never a path's arrow: "login > dashboard" is two places in turn
    # nor an account: "login bob:pw" names who signs in, never a place
    # nor what follows it: "log in and out" signs out too
    # nor how often: "log in 5 times" signs in five times, which one sign-in is not
    rf"(?: (?!as\b|with\b|using\b|via\b|through\b|and\b|then\b|{_OUTCOME}\b|[-=]?>|→|»|⇒"
    r"|\d|twice\b|thrice\b|times?\b|repeatedly\b|(?:one|two|three|four|five|six"
    r"|seven|eight|nine|ten|several|multiple|many)\b)"
    r"[^\s():]+){0,3}?"
)
# "a product that does not exist", "something cheap": what to look for, not the words to type
# "search for lamp in the shop": where the search box is, never words of the query
_THE_SITE = re.compile(
    r"^(?:the |this |our )?(?:whole |entire )?(?:shop|store|site|website|web site|app)$", re.I
)
_WHOLE_SITE = re.compile(
    r" (?:in|on|across|throughout) (?:the |this )?(?:shop|store|site|website|web site|app"
    r"|catalog|catalogue|docs|documentation|help center|help centre)$",
    re.I,
)
_QUERY_IN = re.compile(rf"^(?P<q>{_SLOT}) (?:in|on|using|with) (?:the |a )?(?P<box>[\w -]+)$")
# "shoes in the search box", "order 1042 using the search bar": the box, said after
_QUERY_IN_A_BOX = re.compile(
    r"^(?P<q>.+?) (?:in|into|on|using|with|via) (?:the |a )?"
    r"(?P<box>(?:[\w-]+ )?(?:search(?: box| bar| field| input)?|searchbox))$",
    re.I,
)
# "the search box in the header", "webhooks in the header": the search of that part
_PARTS = "|".join(sorted(REGIONS, key=len, reverse=True))
_BOX_IN_A_PART = re.compile(
    rf"^(?:the )?search(?: box| bar| field| input)? (?:in|on) (?:the )?(?P<box>{_PARTS})$", re.I
)
_QUERY_IN_A_PART = re.compile(rf"^(?P<q>.+?) (?:in|on|from) the (?P<box>{_PARTS})$", re.I)
_KIND_BEFORE_NAME = re.compile(rf"^the (?-i:[a-z]{{3,}}) (?=(?-i:[A-Z0-9#])|{OPEN})")
_DESCRIBED_QUERY = re.compile(
    r"^(?:for |by )?(?:(?:a|an|some|any) \S+(?: \S+)? (?:that|which|who|with|without)\b"
    r"|(?:something|anything|nothing)\b"
    # "search for an empty string": nothing typed, which is no query to type
    r"|(?:an? )?(?:empty|blank) (?:string|query|search|text|term)$"
    # "search for an unknown term", "… a product": a kind of query, whose words are not said
    r"|(?:an?|some|any)(?: (?:random|unknown|non-?existent|made-up|fake|bogus|invalid|valid"
    r"|real|known|existing|common|popular|specific|new|different|long|short))*"
    r" (?:terms?|strings?|words?|query|queries|keywords?|phrases?|text|values?|products?|items?"
    r"|names?|things?|titles?)(?:$| and\b)"  # "… a product and add it to the cart"
    # "be able to search for products": things in general, no words given to type
    r"|(?-i:(?:products|items|things|results|articles|posts|users|documents|pages|content"
    r"|stuff|jobs|events|courses))(?:$| and\b)"
    # "look up the price of Blue Mug": a thing to find out, not words to type
    r"|the [a-z]+(?: [a-z]+)? of\b"
    # "search with the filter Category set to Books": how, not what
    r"|(?:with|within|without|using|via|through|on|in|from|by)\b)",
    re.I,
)
# "open Terms in a new tab": the journey follows the link where it is
_NEW_TAB = re.compile(r" in (?:a|the) (?:new )?(?:browser |)(?:tab|window)$", re.I)
_FOLDED = re.compile(
    r"^(?:the )?(?:accordion|faq|collapsible)(?: (?:item|section|entry|question|panel))?"
    rf" (?=(?-i:[A-Z])|{OPEN})"
    r"|(?<=\S) (?:accordion|faq|collapsible)(?: (?:item|section|entry|question|panel))?$",
    re.I,
)
_CHECK_RUN_ON = re.compile(
    r" (?:(?:I|you|we|it|they|there) (?:expect|should|must|will|see|can see|get)"
    r"|(?:expect|verify|confirm|ensure|make sure|check that|and expect|then)) "
    # "search for lamp, no results", "…, first result Brass Lamp": what it finds, told after
    r"|, (?:no|zero|\d+|(?:the )?(?:first|top|last|only)|results?)\b",
    re.I,
)
_OWNED_RECORD = re.compile(
    r"^(?:the )?(?P<who>(?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*){0,2})['’]s"
    r" (?:record|profile|details|entry|file|chart|account)$"
)
_DETAILS_OF = re.compile(r"^(?:the )?(?:details|detail page|page|record|profile) (?:of|for) ")
# "status 'Active'", "Category: Shoes": the group, then the option chosen in it
_GROUP_THEN_OPTION = re.compile(
    rf"^(?P<group>[a-z][\w -]*?) (?P<option>{_SLOT})$"
    # "Status: Shipped", "Status = Shipped"
    r"|^(?P<group2>[A-Za-z][\w -]*?)(?::| ?==? ?) ?(?P<option2>[^\s=][^=]*)$"
    # "brand Acme": one lower-case word, the group; then the option, written as a name
    r"|^(?P<group3>[a-z][a-z-]+) (?P<option3>[A-Z0-9][\w.+/&-]*(?: [A-Z0-9][\w.+/&-]*)*"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$"  # or an e-mail address: "user ada@x.io"
    # "label bug", "status open": a group whose options are words, then one of them
    r"|^(?P<group4>label|tag|status|state|priority|role|type|category|genre|brand|colou?r|size)"
    r" (?P<option4>(?!(?:range|added|code|name|order|filter|field|column)\b)[a-z][\w-]*)$"
)
_PAIRS_CUT = re.compile(r",? and |, ")
_GROUP_COLON = re.compile(r"^(?P<g>[A-Za-z][\w -]*?)(?::| ?==? ?) ?(?P<o>\S[^:=]*)$")
_SECOND_CHOICE = re.compile(r" and [a-z]|\b(?:under|over|below|above|less than|more than)\b")
# "'Milk', 'Eggs' and 'Bread'": several items, each quoted
_QUOTED_NAMES = re.compile(rf"{_SLOT}(?:(?:,? and |, ){_SLOT})+")
# Groups of options every shop has: "size", "colour"
_GROUPS = (
    r"(?-i:size|colou?r|style|material|variant|storage|capacity|flavou?r|edition|finish|fit"
    r"|length|width|quantity|qty|plan)"
)
_ITEM_KIND = r"(?:task|item|todo|to-do|entry|note|card|line|thing)"
_ITEM_KINDS = r"(?:tasks?|items?|todos?|to-dos?|entries|entry|notes?|cards?|lines?|things?)"
# "delete the Staging key": the item that shows Staging, whatever its kind
_DELETED_KINDS = (
    rf"(?:{_ITEM_KINDS}|(?:api |access )?keys?|tokens?|webhooks?|invit(?:e|ation)s?|sessions?"
    r"|devices?|users?|members?|comments?|posts?|files?|projects?|rows?|records?)"
)
# "enter the card number 4242…": a field of a card, never a card called "number 4242…"
_FIELD_OF_A_KIND = r"(?:number|holder|name|code|details|expiry|expiration|date|type|cvc|cvv)"
_LISTS = r"(?:(?:[\w-]+ ){0,2}?(?:list|todos?|to-do list|todo list|tasks|board|column|backlog))"
# Where things are removed from, as well as lists: "remove the lamp from the basket"
_HOLDERS = rf"(?:{_LISTS}|(?:[\w-]+ )?{HOLDER})"
_DONE = r"(?:done|complete|completed|finished|checked|ticked(?: off)?)"
_UNDONE = r"(?:not done|undone|incomplete|active|unchecked|open|not completed)"

# A code that is surely no shop's, for "apply an invalid coupon".
INVALID_CODE = "HOUSECAT-NO-SUCH-CODE"
# "without entering anything": nothing typed before a press, which is no step
NOTHING_TYPED = (
    r"without (?:entering|typing|filling(?: in| out)?) (?:in )?"
    r"(?:anything|a thing|any (?:text|values?|details|data)|the form|any(?: of the)? fields?)"
    r"(?: in)?"
)
_CODE_KIND = r"(?:coupon|discount|promo|promotion|voucher|gift card|referral)(?: code)?"


def _apply_code(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Type a coupon code into the field its kind names, then press Apply."""
    raw = match["code"]
    if raw is not None:
        code = quotes.value(raw)
        if not (quotes.is_quoted(raw) or re.search(r"[A-Z0-9]", code)):
            return None  # "apply the coupon to the order": no code spelled out
    elif match["bad"]:
        code = INVALID_CODE  # "apply an invalid discount code": one surely not valid
    else:
        return None  # "apply the coupon": which one?
    field = Target(text=" ".join(match["kind"].lower().split()))
    return Parsed(
        (Draft("fill", target=field, value=code), Draft("click", target=Target(text="Apply")))
    )


def _pressed_for(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    key = key_name(quotes.value(match["key"]), said_key=True)
    return None if key is None else one("press", value=key)


# An option's name as written: capitalised words ("In Stock", "4K", "C++")
_OPTION_NAME = r"(?-i:[A-Z0-9])[\w.+/&-]*(?: (?-i:[A-Z0-9])[\w.+/&-]*)*"

INTENT_RULES: tuple[Rule, ...] = (
    # "Settings > Billing > Invoices" said alone: a menu's path, each name opened in turn
    rule(
        rf"^(?P<t>(?:{OPEN}\d+{CLOSE}|(?-i:[A-Z])[^>→»]*?)"
        rf"(?: (?:>|→|»|->) (?:{OPEN}\d+{CLOSE}|(?-i:[A-Z])[^>→»]*?))+)$",
        lambda m, q: None if starts_with_verb(m["t"]) else trail(m["t"], q),
    ),
    # "put the chair in the basket and check out": the shop's Checkout (or Check out) control
    rule(
        r"^check ?out$",
        lambda m, _q: one("press_named", target=Target(text=m[0].capitalize())),
    ),
    # "apply coupon SAVE10", "apply the promo code 'WELCOME'", "apply an invalid discount code"
    rule(
        r"^(?:apply|use) (?:the |a |an |my )?"
        r"(?:(?P<bad>invalid|wrong|bad|fake|unknown|nonexistent|non-existent) )?"
        rf"(?P<kind>{_CODE_KIND})(?: (?P<code>{_SLOT}|[\w-]+))?$",
        _apply_code,
    ),
    # "Login: alice / s3cret", "use alice and 's3cret' to sign in": who signs in, said first
    rule(
        rf"^(?:{_SIGN_IN_VERB}|credentials):\s*(?P<how>.+)$"
        rf"|^use (?P<how2>.+?) to {_SIGN_IN_VERB}$",
        lambda m, q: _sign_in_as(m["how"] or m["how2"], q),
    ),
    rule(
        rf"^(?:(?:after|once|upon|when) (?:having )?(?:logging|signing|logged|signed) in"
        rf"|(?:{_STATE} )?(?:logged|signed) (?:in|on)"
        # "I am a logged in admin": the test's own account, as "log in as an admin" is
        rf"|(?:am|is|are) an? (?:logged|signed)[ -]in (?:user|admin|administrator|customer"
        r"|member|shopper|visitor)"
        rf"|(?:try|tries|trying) to {_SIGN_IN_VERB}"
        rf"|{_SIGN_IN_VERB}{_PLACE})"
        r"(?: (?P<how>(?:as|with|using|by using|without)\b.+|\(.+\)))?$",
        _sign_in,
    ),
    rule(CANNOT_SIGN_IN.pattern, refused_sign_in),
    # "Once logged out, …", "after signing out": the sign-out, then what follows
    rule(
        r"^(?:after|once|upon) (?:having )?(?:logging|signing|logged|signed) (?:out|off)$",
        _sign_out,
        final=True,
    ),
    rule(
        r"^(?:log ?out|logout|log off|sign ?out|signout|sign off)"
        # "log out of all sessions" is a control of its own, never the sign-out of this one
        r"(?: (?:of|from|via|through|using|in) (?!(?:all|every|each|other)\b)"
        r"(?:the |your |my )?(?:[\w-]+ ){0,2}?[\w-]+)?$",
        _sign_out,
        final=True,
    ),
    rule(r"^(?:without|before) (?:logging|signing) (?:in|up|on)$", _nothing),
    # "As a visitor, open /pricing": a journey starts signed out, as a visitor is
    rule(
        r"^as an? (?:guest|visitor|new visitor|first-time visitor|anonymous (?:user|visitor)"
        r"|(?:logged|signed)[- ]out (?:user|visitor))$",
        _nothing,
    ),
    # "As a logged-in user, open Billing": signed in with the test's account first
    rule(
        r"^as an? (?:logged[- ]in|signed[- ]in|authenticated)"
        r" (?:user|member|customer|visitor|shopper)$",
        _as_signed_in,
    ),
    # "Without entering anything, click Login": nothing typed is no step
    rule(rf"^{NOTHING_TYPED}$", _nothing),
    # "leave everything empty", "don't fill anything in": the same, said as a step
    rule(
        r"^(?:(?:leave|keep) (?:everything|all (?:of )?(?:the )?(?:fields|inputs)|every field"
        r"|the (?:whole |entire )?form|the fields) (?:empty|blank|unfilled)"
        r"|(?:don['’]t|do not) (?:enter|type|fill(?: in| out)?) (?:in )?"
        r"(?:anything|a thing|any (?:text|values?|details|data)|any(?: of the)? fields?)(?: in)?)$",
        _nothing,
    ),
    rule(
        r"^(?:fill(?: in| out)?|complete|populate)(?: (?:the|this|that|your|a))?"
        r"(?: (?P<form>[\w-]+(?: [\w-]+)?))? form"
        # no values given ("fill out the contact form"): any the fields accept will do
        rf"(?: (?:with|using) {_SAMPLE_DATA}"
        r"| by filling in (?:all |every )(?:the )?(?P<required>required )?fields?)?$"
        r"|^(?:fill(?: in| out)?|complete) (?:(?:all|every)(?: of)? (?:the )?"
        r"(?P<required2>required )?|(?:the )?(?P<required3>required) )"
        r"(?:fields?|inputs?)(?: (?:with|using) [\w -]+)?$"
        # "fill everything with dummy data": every field of the form
        rf"|^fill(?: in| out)? everything(?: (?:with|using) {_SAMPLE_DATA})?$",
        _fill_sample,
    ),
    rule(
        r"^(?:fill(?: in| out)?) (?:the |your )?(?P<field>[A-Z][\w'-]*(?: [\w'/-]+){0,3}) field$",
        _fill_sample,
    ),
    # "fill in name, email and password with test data": each field, with a value it accepts
    rule(rf"^(?:fill(?: in| out)?|populate) (?P<fields>.+?) with {_SAMPLE_DATA}$", _fill_samples),
    # "fill in name, email and message": fields listed with no values, which any will do
    rule(
        r"^fill(?: in| out)? (?:the |your |an? )?(?P<fields>[\w -]+(?:, [\w -]+)*,? and [\w -]+?)"
        r"(?P<kind> fields)?$",
        _fill_listed,
    ),
    rule(
        r"^(?P<verb>enter|type|use|provide|submit|input|fill in|type in)"
        r" (?P<how>(?:the |your |my |some |an? )?(?:(?:valid|invalid|wrong|incorrect|correct"
        r"|bad|right|proper) )?(?:credentials|login details|username and password"
        rf"|email and password)|{_OWN_USER_WRONG_KEY}"
        # "enter a wrong password": the test's own user, with a password that is not theirs
        r"|(?:an? |the )?(?:invalid|wrong|incorrect|bad) password)$",
        _sign_in_with,
    ),
    # "enter jdoe / hunter2", "type the credentials ada@x.io/pw": a user and a password
    rule(
        r"^(?P<verb>enter|type|input|fill in|type in|use|provide) (?:the |my |your )?(?:credentials"
        r" |login details |login |account )?(?P<how>[^\s/]*[A-Za-z@][^\s/]* ?/ ?[^\s/]+)$",
        _sign_in_with,
    ),
    # "click Continue, then enter your password": one of the test's own sign-in details
    rule(
        r"^(?:enter|type|input|fill in|type in|provide) (?:your|my|the) (?P<what>password"
        r"|passcode|e-?mail(?: address)?|user ?name)$",
        _own_detail,
    ),
    # "enter {{username}} and {{password}}": the test's own account, by its variables
    rule(
        rf"^(?:enter|type|input|fill in|type in|use|provide) (?P<user>{_SLOT}),? and"
        rf" (?P<pw>{_SLOT})$",
        _variables_typed,
    ),
    # "type my email ada@x.io and my password hunter2", "enter ada@x.io and password
    # hunter2", "enter ada@x.io / hunter2": the sign-in details, both given (an address
    # and a word with no password said are refused: which form are they typed into?)
    rule(
        r"^(?P<verb>enter|type|input|fill in|type in)"
        r" (?P<how>(?:(?:(?:my|the|your) )?(?:e-?mail(?: address)?|user ?name|login) \S+"
        r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+),?"
        r" (?:and (?:(?:my|the|your) )?password \S+|/ \S+))$",
        _sign_in_with,
    ),
    rule(
        # "check out as a guest" is another verb: no option "out"
        r"^(?:click|tap|choose|select|pick|tick|check)(?: on)? (?!(?:out|in) )(?P<v>.+?)"
        r" as (?:the|your|my|a|an) (?P<g>.+)$",
        _pick,
    ),
    # "remove Red Mug using the trash icon": that control, in Red Mug's item
    rule(
        r"^(?:delete|remove|destroy|trash|discard) (?P<x>(?-i:[A-Z0-9])\S*(?: \S+){0,4}?"
        rf"|{OPEN}\d+{CLOSE})"
        r" (?:using|with|via|by clicking(?: on)?) (?:the|its) (?P<control>[\w× -]+?"
        r" (?:icon|button|link))$",
        _delete_by,
        final=True,
    ),
    rule(
        r"^.+? by (?P<verb>clicking|tapping|pressing|selecting|choosing|hitting)(?: on)?"
        r" (?P<t>.+)$",
        _click_to,
    ),
    # "share the product via the Copy link button": the click is the step
    rule(
        r"^(?P<lead>[a-z]+ [^,]*?) (?:via|using|with|through) (?:the|its)"
        r" (?P<t>[^,]+? (?:button|link))$",
        _done_via,
    ),
    rule(
        r"^(?:search|look up|lookup)(?: (?:the |a )?(?P<box>[a-z][\w -]*?))? (?:for|by) (?P<q>.+)$"
        r"|^use (?:the )?(?P<box2>[\w -]*?search[\w -]*?(?: \([\w -]+\))?) to"
        r" (?:look up|look for|find|search for"
        r"|search)"
        r" (?P<q2>.+)$",
        lambda m, q: _search(_normal(m), q),
    ),
    rule(r"^(?:search|look up|lookup) (?P<q>.+)$", _search),
    rule(
        rf"^(?:add|create|(?:enter|type in)(?! the ))(?: (?:a|an|one|the|another))?(?: new)?"
        # "a note Called customer": its words, never a note named "customer"
        rf" (?P<kind>{_ITEM_KIND}) (?:(?-i:called|named|titled|labell?ed|saying|for|with"
        rf" (?:the )?(?:text|title|name)) )?(?P<one>)(?!{_FIELD_OF_A_KIND}\b)(?P<x>.+?)"
        rf"(?: to (?:the |my |your |our |this )?(?P<list>{_LISTS}))?$",
        _add_items,
    ),
    rule(
        r"^(?:create|add|make|set up)(?: (?:a|an|one|another))?(?: new)?"
        rf" (?P<kind>{_RECORD_KIND}) (?-i:called|named|titled) (?P<one>)(?P<x>.+)$",
        _add_record,
    ),
    rule(
        rf"^(?:add|create|enter)(?: the following| these| those)?(?: (?P<n>{NUMBER}))?(?: new)?"
        rf" (?:{_ITEM_KINDS})(?::|,| called| named)? (?!{_FIELD_OF_A_KIND}\b)(?P<x>.+?)"
        rf"(?: to (?:the |my |your |our |this )?(?P<list>{_LISTS}))?$",
        _add_items,
    ),
    rule(
        rf"^adds? (?P<one>)(?P<x>.+?) to (?:the |my |your |our |this |his |her |their )?"
        rf"(?P<list>{_LISTS})$",
        _add_items,
    ),
    rule(rf"^adds? (?P<one>)(?P<x>{_SLOT}(?:(?:,? and |, ){_SLOT})*)$", _add_items),
    rule(
        rf"^(?:delete|remove|destroy|trash|discard)(?: the)?(?: (?P<kind>{_ITEM_KINDS}))?"
        rf" (?P<x>(?!(?:from|in|on|to)\b).+?)(?: (?P<after>{_DELETED_KINDS}))?"
        rf"(?: from (?:the |my |your |our |this )?(?P<list>{_HOLDERS}|(?-i:[a-z]+))"
        rf"| (?:in|on) (?:the |my |your |our |this )(?P<held>{_HOLDERS}))?$",
        _delete,
    ),
    rule(
        rf"^(?P<verb>{'|'.join(sorted(ITEM_VERBS))}) (?:the )?{_A_KIND}{_CALLED}"
        rf"(?P<x>(?-i:[A-Z0-9#])\S*(?: \S+){{0,5}}|{OPEN}\d+{CLOSE})$",
        _act_on_named,
    ),
    # "archive 'Apollo'": a name quoted is a name, whatever its kind
    rule(
        rf"^(?P<verb>{'|'.join(sorted(ITEM_VERBS))}) (?P<x>{OPEN}\d+{CLOSE})$",
        _act_on_named,
    ),
    # "Archive the Apollo project": its name as written, then its kind
    rule(
        rf"^(?P<verb>{'|'.join(sorted(ITEM_VERBS))}) (?:the )?"
        rf"(?!\d+ )(?P<x>(?-i:[A-Z0-9#])\S*(?: (?-i:[A-Z0-9#])\S*){{0,4}}|{OPEN}\d+{CLOSE})"
        r"(?: (?-i:[a-z][a-z-]+)){1,2}$",  # never a count: "Publish 3 posts"
        _act_on_named,
    ),
    rule(
        # never "set status to Done": a field set to a value, never an item ticked
        rf"^(?:mark|set|flag) (?:the )?(?:(?:{_ITEM_KINDS}) )?(?P<x>(?!as\b).+?)(?<! to)"
        rf"(?: (?:{_ITEM_KINDS}))?"
        r" (?:as )?"
        rf"(?:(?P<undo>{_UNDONE})|{_DONE})$",
        _tick,
    ),
    rule(rf"^(?:tick|check) off (?:the )?(?:(?:{_ITEM_KINDS}) )?(?P<x>.+)$", _tick),
    # "tick Milk off"; never "check the toggle is still off", a statement of its state, nor
    # "check the page says Turned off", words, nor "check that SAVE10 takes 10% off", an
    # amount off a price
    rule(
        r"^(?:tick|check(?! (?:that|whether|if|how)\b)(?!.*(?:[%$£€]|\d(?: \w+)? off$|half off$)))"
        rf" (?:the )?(?:(?:{_ITEM_KINDS}) )?"
        r"(?P<x>"
        r"(?!.* (?:is|are|was|were|be|stays?|remains?|still|should|must|turned|switched"
        r"|says?|shows?|reads?|displays?|contains?|lists?|has|have|mentions?|includes?)"
        r" ).+?) off$",
        _tick,
    ),
    # "complete 'Buy milk'": only a quoted item; "complete the form" is no item of a list
    rule(rf"^(?:complete|finish) (?:the )?(?:(?:{_ITEM_KINDS}) )?(?P<x>{_SLOT})$", _tick),
    rule(rf"^complete (?:the )?(?:{_ITEM_KINDS}) (?P<x>.+)$", _tick),
    # "complete the Buy milk todo": an item of a to-do list, by its kind said after it
    rule(
        r"^(?:complete|finish) (?P<t>.+ (?:todo|to-do|task))$",
        lambda m, q: tick_in_item("check", m["t"], q),
    ),
    rule(
        r"^(?:filter|narrow|refine)(?: (?:the )?(?:[\w-]+ ){0,2}?[\w-]+)? by (?P<v>.+)$",
        lambda m, q: _pick_named(m, q, "filter"),
    ),
    # "switch the filter to Completed", "filter to Active": an option of the filter, which
    # is never a box to type the word into
    rule(
        r"^(?:set|switch|change) the filter to (?P<v>[^,]+)$",
        lambda m, q: _pick_named(m, q, "filter"),
    ),
    rule(
        rf"^filter (?:to |on )?(?P<v>{_SLOT}|{_OPTION_NAME})$",  # "filter Active": that one
        lambda m, q: _pick_named(m, q, "filter"),
    ),
    # "apply the Shipped filter", "use the 'In stock' facet": the option, as a filter
    rule(
        r"^(?:apply|use|select|choose|pick|add|turn on|enable) (?:the )?"
        rf"(?P<v>{_OPTION_NAME}|{_SLOT})"
        r" (?:filter|facet)$",
        lambda m, q: _pick_named(m, q, "filter"),
    ),
    rule(
        r"^sort(?: (?:the )?(?:[\w-]+ ){0,2}?[\w-]+)? by (?P<v>.+)$",
        lambda m, q: _pick_named(m, q, "Sort"),
    ),
    rule(  # "select Books in the category filter"; never "the" in "select the In stock filter"
        r"^(?:pick|choose|select|set) (?!(?:the|a|an) (?-i:[a-z]+) )(?P<v>.+?) (?-i:as|for|in)"
        r" (?:the )?(?P<g>.+?) (?P<kind>filter|facet|category|option|options|group)$",
        _pick,
    ),
    # "apply the In stock filter": the filter named so, as "filter by In stock"
    rule(
        r"^(?:apply|select|enable|turn on|activate|choose|pick) (?:the )?"
        rf"(?P<v>(?-i:[A-Z0-9])[^,]*?|{_SLOT}) (?:filter|facet)$",
        lambda m, q: _pick_named(m, q, "filter"),
    ),
    # "choose Germany from the country list": an option of that group, which a dropdown, a
    # radio group or a list of links may offer
    rule(
        rf"^(?:pick|choose|select) (?P<v>(?-i:[A-Z0-9])[^,]*?|{_SLOT}) (?:from|in) (?:the )?"
        r"(?!(?:the|a|an|this|your|my) )(?P<g>[a-z][\w -]*?) list$",
        _pick,
    ),
    # "Apply filter: Open now", "Select country: Canada": the group, a colon, the option
    rule(
        r"^(?:apply|select|choose|pick) (?:the )?(?P<g>[a-z][\w -]*?)"
        r"(?: filter)?: (?P<v>\S.*)$",
        lambda m, q: None if _an_order_named(m["g"], q.value(m["v"].strip())) else _pick(m, q),
    ),
    # "select size M", "choose colour Blue": a group every shop has, then the option
    rule(
        rf"^(?:pick|choose|select) (?:the )?(?P<g>{_GROUPS}) "
        rf"(?P<v>(?-i:[A-Z0-9])[\w.+/-]*(?: (?-i:[A-Z0-9])[\w.+/-]*)*|{_SLOT})$",
        _pick,
    ),
    # "pick the Editor role", "choose the Large size": the option, then its group
    rule(
        r"^(?:pick|choose|select) (?:the )?"
        rf"(?P<v>(?-i:[A-Z0-9])[\w.+/-]*(?: (?-i:[A-Z0-9])[\w.+/-]*)*) (?P<g>{_GROUPS}|role)$",
        _pick,
    ),
    # "choose 'Express' shipping", "select the 'Large' size": the option, then its group
    rule(
        rf"^(?:pick|choose|select) (?:the )?(?P<v>{_SLOT})"
        r" (?!(?:from|in|on|for|as|into|to|of|and|then|at|under|with)\b)(?P<g>[a-z]+(?: [a-z]+)??)"
        r"(?: (?:option|choice))?$",
        _pick,
    ),
    rule(
        # "Ada is on the pricing page"; never "There are at least 5 results", a count
        # ("still on" it is where a step left the journey: checked, see checks.py)
        r"^(?:(?!(?:There|Here|It|This|That|What|Which)\b)(?-i:[A-Z][a-z]+) )?(?:am|are|is)"
        r" (?:now )?(?:on|at(?! (?:least|most|all|once|first|last)\b)|viewing|looking at"
        r"|browsing)"
        r" (?:the )?(?P<x>.+?)"
        r"(?: (?:page|screen|view|tab|table|list|section|area))?$",
        _visit,
    ),
    rule(r"^(?:open|launch|start) (?:a |the )?(?:web )?browser$", _nothing),
    rule(
        r"^(?:(?:access|proceed to|continue to|move to|get to|reach"
        r"|(?:start|begin)(?= (?:the )?checkout))"
        # "proceed to checkout as a guest": a way to go there, not a page so named
        r" (?:the |a |an )?(?P<x>(?!/|https?://)(?:(?! as (?:a|an) )[^,])+?)"
        r"(?: (?:page|screen|view|section|area|form|process|flow))?"
        r"|find (?:the |a |an )?(?P<x2>[^,]+?) (?:page|screen|form|section|area))$",
        _visit,
    ),
    # "open the search with Ctrl+K", "close the dialog with Escape": the keys pressed
    rule(
        r"^(?:open|focus|bring up|show|toggle|close|dismiss|hide) (?:up )?(?:the |a )?[\w -]+?"
        r" (?:with|using|by pressing|via) (?:the )?(?P<key>\S+)(?: keys?| shortcut)?$",
        _pressed_for,
    ),
    rule(r"^open (?:up )?(?P<x>(?!https?://|/|www\.).+)$", _open),
)


def _normal(match: re.Match[str]) -> re.Match[str]:
    """Give "use the X search to find Q" the groups of "search X for Q"."""
    if match["q"] is not None:
        return match
    text = f"search {match['box2']} for {match['q2']}"
    found = re.match(r"^search (?P<box>.+?) for (?P<q>.+)$", text)
    assert found is not None
    return found


# What a list is filtered by, never a choice of it: "filter by category" names no category
_FILTERED_BY = frozenset(
    {"category", "categories", "price", "date", "status", "type", "brand", "size", "color"}
    | {"colour", "rating", "tag", "tags", "author", "location", "name", "genre", "region"}
)
_BY_COLUMN = re.compile(rf"^(?:the )?(?P<name>[A-Z][\w -]*|{OPEN}\d+{CLOSE}) column$")
# "the cheapest", "in the Returns section": which one, or where; no option's name ("in
# stock" is one)
_NO_OPTION_LEAD = re.compile(
    r"^(?:(?:in|on|at|inside|within|under) )?(?:the|a|an) "
    # "filter by typing ada in the box": words typed, never an option named so
    r"|^(?:typing|entering|writing|searching|putting|keying|clicking|selecting|choosing)\b"
)


def _pick_named(match: re.Match[str], quotes: Quotes, group: str) -> Parsed | None:
    if group == "Sort":  # "sort by price: high to low": one option, named so
        return _pick_option(match["v"].strip(), quotes, group)
    pairs = [_GROUP_COLON.match(part) for part in _PAIRS_CUT.split(match["v"].strip())]
    if len(pairs) > 1 and all(pairs):  # "filter by Category: Chairs and Color: Red": each
        return Parsed(
            tuple(
                Draft("pick", target=Target(text=pair["g"]), value=quotes.value(pair["o"]))
                for pair in pairs
                if pair
            )
        )
    grouped = _GROUP_THEN_OPTION.match(match["v"].strip())
    if grouped and grouped["option2"] and STATEMENT_WORDS.search(grouped["option2"]):
        return None  # "filter by Active: only Walk dog should remain": a check after it
    if grouped:  # "filter by status 'Active'": the option, in the group named before it
        said = {name.rstrip("234"): value for name, value in grouped.groupdict().items() if value}
        option, group_name = quotes.value(said["option"]), said["group"]
        return one("pick", target=Target(text=group_name), value=option, tail="closed")
    return _pick_option(match["v"].strip(), quotes, group)


def _pick_option(raw: str, quotes: Quotes, group: str) -> Parsed | None:
    said = _BY_COLUMN.sub(r"\g<name>", raw)  # "by the Price column": Price
    option = quotes.value(said)
    if not option or has_pronoun(option) or option.lower() in UNNAMEABLE:
        return None
    if group == "filter" and option in _FILTERED_BY and not quotes.is_quoted(said):
        return None  # "filter products by category": which category, the goal does not say
    if not quotes.is_quoted(said) and (
        _SECOND_CHOICE.search(option) or _NO_OPTION_LEAD.match(said)
    ):
        return None  # "brand Lenovo and price under $1000": two choices; "the cheapest": which?
    return one("pick", target=Target(text=group), value=option, tail="free")
