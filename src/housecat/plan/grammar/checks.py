"""Turn statements about the page ("the URL contains /x", "X is shown") into expectations."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from housecat.plan.grammar.health import PAGE_HEALTH, THE_PAGE, health_check
from housecat.plan.grammar.intents import CANNOT_SIGN_IN, refused_sign_in
from housecat.plan.grammar.labelled import (
    has_label,
    held_value,
    item_said,
    label_of_a_row,
    labelled_value,
    owned_as_of,
    placed_too,
    said_of_item,
)
from housecat.plan.grammar.lists import listed, none_of
from housecat.plan.grammar.only import ONLY_RULES
from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes
from housecat.plan.grammar.seen import (
    A_STATE_OF_THINGS,
    BY_IT,
    DESCRIBED_THINGS,
    ERROR_SHOWN_AS,
    KIND_DESCRIBED,
    THINGS_SAID_OF,
    a_length,
    absent,
    classify,
    count,
    exists,
    expect,
    expected,
    literal,
    message_said,
    named_value,
    names_results,
    no_results,
    on_page,
    page_fragment,
    popped_up,
    some_results,
    text_tail,
)
from housecat.plan.grammar.states import STATE_RULES
from housecat.plan.grammar.subjects import not_a_subject
from housecat.plan.grammar.target import (
    ADDRESS,
    AS_WHAT,
    SCREEN_SPOT,
    Element,
    joins_names,
    names_a_property,
    names_code,
    now_ends_name,
    parse_element,
    scope_name,
    singular,
    some_rows_of,
)
from housecat.plan.grammar.types import Draft, Parsed, Rule, one, rule
from housecat.plan.grammar.words import (
    ADVERB,
    CHECK_LEAD,
    DETERMINER,
    ELEMENT_NOUNS,
    INVALID,
    LANDING_PAGES,
    NAME_FIRST,
    NUMBER,
    ORDINAL,
    PAGE_NAMED,
    PRONOUNS,
    REGIONS,
    ROW_BY_NUMBER,
    SERVER_ANSWERS,
    TEXT_NOUNS,
    TWO_OF_A_KIND,
    UNNAMEABLE,
    chosen_by_the_page,
    has_pronoun,
    heading_level,
    is_the_page_open,
    names_a_page,
    names_a_position,
    names_the_site,
    record_name,
    said_before,
    strip_subject,
    to_ordinal,
)
from housecat.plan.models import (
    CHECKS,
    ERROR_WORDS,
    SHOWN_ONE_BY_ONE,
    Action,
    Compare,
    Target,
    names_items,
)
from housecat.plan.variables import placeholder

_NEG = r"not|never|no longer|no more|cannot|can['’]t|\w+n['’]t"
_AUX = rf"(?:should|must|will|would|does|do|did|(?-i:now)|also|still|to|can|could|is|are|{_NEG})"
_SAY_BASE = r"say|show|contain|display|list|read|include|mention|have|print|render|present"
_SAY_ING = r"saying|showing|containing|displaying|listing|reading|including|mentioning|having"
_SAY_VERBS = r"(?:says|shows|contains|displays|lists|reads|includes|mentions|has|prints|renders"
_SAY_VERBS += r"|presents)"
# A subject is at least one word besides its article: "the list shows", never "the" + "list".
_SUBJECT = r"(?:(?:the|a|an|this|your|my) )?(?!(?:the|a|an|this|your|my) )[^ ]+(?: [^ ]+)*?"
# A base form follows a helper ("should show") or a plural subject ("the results list").
_SAY = (
    rf"(?:(?P<mid>(?:{{aux}} )+)(?:{_SAY_BASE}|{_SAY_ING}|{_SAY_VERBS})|{_SAY_VERBS}"
    rf"|(?:(?<=s )|(?<=\bwe ))(?:{_SAY_BASE}))"
)
_SHOWN = (
    r"(?:visible|invisible|hidden|shown|displayed|present|absent|missing|gone|there|rendered"
    r"|showing|(?:re)?appears?|(?:re)?appearing|disappears?|disappeared|vanish(?:es|ed)?|exists?"
    # "shows up" appears; "shows Up" is a status shown
    r"|shows? (?-i:up)|goes away|go away|on (?:the )?(?:page|screen)|in view|out of view"
    r"|on screen|listed"
    r"|available|documented|included|mentioned|on the list|in the list|back|shows?"
    r"|comes? back|comes? up|pops? up|returns?|remains?|persists?|are left|is left|closed"
    r"|dismissed)"
)
# Words that end names as often as they say a thing is shown: only "is back" says it is.
_NAME_ENDINGS = frozenset({"back", "there"})
_HIDDEN = re.compile(
    r"^(?:invisible|hidden|absent|missing|gone|disappear\w*|vanish\w*|go(?:es)? away|out of view"
    r"|closed|dismissed)$",
    re.I,
)
_NEGATION = re.compile(rf"\b(?:{_NEG})\b", re.I)
# "Alice and Bob both appear", "are all listed": each of the names, said apart
_EACH_SAID = r"(?-i:both|all|each)(?: of them)?"
_VIS_AUX = (
    r"(?:is|are|be|being|been|should|must|will|would|to|(?-i:now)|also|still|does|do|becomes?|gets?"
    rf"|remains?|stays?|{_NEG}|{_EACH_SAID})"
)
_SEE_AUX = (
    rf"(?:should|must|will|can|could|do|does|did|(?-i:now)|also|still|then|to|be able to|{_NEG})"
)
_TITLE_SUBJECT = re.compile(
    r"^(?:the )?(?:(?:page|browser|tab|window|document|browser tab|browser window) )?"
    r"(?:title|<title>)(?: tag)?"
    r"(?: of (?:the |this )?(?:page|tab|window|document|site|browser tab))?$"
    r"|^(?:the )?browser tab$",  # "the browser tab says Dashboard": what its title says
    re.I,
)
_URL_SUBJECT = re.compile(
    r"^(?:the )?(?:(?:current|page|browser|site) )?(?:url|address|location|path|web address"
    r"|address bar)$",
    re.I,
)
# "the hero heading says X": a heading that says X, in the part a word names ("the modal
# heading"), of the level it names ("the main heading", "the h2"), or any ("the big heading")
_HEADING_SUBJECT = re.compile(
    r"^(?:the )?(?:page['’]s )?(?:(?P<rank>level[- ]?[1-6]|[a-z]+-level) )?"
    r"(?:(?:(?!(?:first|second|third|fourth|fifth|last|next|other)\b)"
    r"(?P<part>(?-i:[a-z]+)) )?(?:heading|headline|(?P<level>h[1-6]))"
    r"(?: (?P<after>level[- ]?[1-6]))?"  # "the heading level 1": an h1
    # "the dialog title": the heading a dialog is titled by
    r"|(?P<box>dialog|modal|popup|drawer)(?:['’]s)? title)$",
    re.I,
)
# "the modal heading": a heading inside that part of the page, never one anywhere else.
_PART_WORDS = frozenset(
    {"modal", "dialog", "popup", "sidebar", "footer", "header", "card", "form", "cart", "panel"}
    | {"section", "menu", "banner", "drawer", "table", "article", "post", "page", "hero"}
    | {"nav", "navigation", "navbar"}
)
# "in red", "in bold", "in the top left corner": a look or a spot on the screen, no part
_LOOK_OR_SPOT = re.compile(
    rf"^(?:{SCREEN_SPOT}\b|(?:red|green|blue|yellow|orange|purple|black|white|grey|gray|pink"
    r"|bold|italics?|capitals|upper ?case|lower ?case|large|small)(?: (?:text|font|letters))?$)",
    re.I,
)
# "$45.00 and the tax $4.50", "Operational and no incidents": a value, then another thing
# said, with its verb left out
_SECOND_THING = re.compile(
    r" (?:and|but) (?:the|its|their|no) "
    # "should say Welcome back and show a chart": a second saying, which no words are
    r"| (?:and|but) (?-i:(?:also )?(?:show|display|list|say|contain|include|have|has"
    r"|shows|displays|lists|says|contains|includes)) "
    # "order #1001 should be Paid and order #1002 Pending": another thing, by its number
    r"| (?:and|but) (?-i:[a-z]+) #?\d"
)
# "says Good morning or Good afternoon": either would do, which no words said together are
_EITHER = re.compile(r" or (?-i:[A-Z0-9])")
# A name of two words or more, each capitalised: "Oak Chair", "Model 3"
# "SSO", "API": letters for a name, two acronyms joined never one ("SSO and SLA")
_ACRONYM = re.compile(r"(?-i:[A-Z]{2,6}s?)")
# "Oak Chair", "Terms of Service": a name of two words or more, small words inside it
_TITLE_CASED = re.compile(
    r"[A-Z0-9][\w'&.-]*(?: (?:(?:of|the|for|to|in|on|at|by|with|a|an) )*[A-Z0-9][\w'&.-]*)+"
)
# "class dark", "the attribute required", "style color: red": an element's markup
_MARKUP = re.compile(
    r"^(?:(?:the|a|an) )?(?:css )?(?:class(?:name)?|attribute|style|id|type|target|href|rel|src"
    r"|alt|aria-[\w-]+|data-[\w-]+)\b"
)
_LISTED = re.compile(
    r" (?:listed|shown|displayed|visible|present|available|in total|on (?:the )?(?:page|screen))$",
    re.I,
)
# "the products list should include X": the saying after the subject's own "list"; never
# words said ("the tooltip says Includes VAT"), which start with a capital
_SAID_LATER = re.compile(
    rf"^(?:(?P<mid>(?:{_AUX} )+)(?:{_SAY_BASE}|{_SAY_ING})|{_SAY_VERBS}):? (?P<v>.+)$"
)
# Text named by its kind: "error message 'Invalid password'", "'Hello' as a heading".
_TEXT_KINDS = (
    r"(?:error message|error|message|notice|text|label|warning|toast|alert|banner"
    r"|notification|caption|heading|headline|title|status|badge|tag|pill|chip|tooltip|keyword"
    r"|word|phrase|confirmation|note|prompt|tagline|tag line|slogan|motto|subtitle|greeting"
    r"|question"
    r"|initials)"
)
# "a link with text 'Docs'" is a link, not text: its words before the kind name an element.
_NOT_DESCRIBING = rf"(?:with|{'|'.join(re.escape(noun) for noun in ELEMENT_NOUNS)})s?\b"
# "contain link with text 'X'": an element named without its article, as Gherkin writes.
_ELEMENT_FIRST = re.compile(rf"^{_NOT_DESCRIBING} (?:with|called|named|labell?ed)\b", re.I)
# "a link to the privacy policy" is a link named so; "a button to subscribe" names no button.
# "a link to Pricing": a link named so; "a link to /blog" says where it goes, no name
_LINK_TO = re.compile(
    r"^(?P<lead>(?:an?|the|one) )(?:hyper)?link to (?:the )?(?=\S)(?!/|https?:)", re.I
)
_ELEMENTS_LAST = re.compile(rf" {_NOT_DESCRIBING}$", re.I)
_ONE_NAME = re.compile(r"^(?:[A-Z0-9]|\{\{)(?!.* and )(?!.* (?:the|a|an|any)$)")
_AN_ELEMENT = re.compile(rf"^(?:an?|the|one|no|some|any) (?:\w+ )?{_NOT_DESCRIBING}", re.I)
# "has a row for January": a row holding those words (a name, or a quote).
_HOLDER_FOR = re.compile(
    rf"^(?P<lead>(?:an?|the|one) (?:rows?|cards?|items?|entry|entries|lines?)) for"
    rf" (?=(?-i:[A-Z0-9])|{OPEN})",
    re.I,
)
_THING_NAMED = re.compile(
    rf"^(?:an?|the|one) (?P<kind>[a-z][a-z-]*(?: [a-z][a-z-]*)?) (?:named|called|titled)"
    rf" (?P<q>{OPEN}\d+{CLOSE})$"
)
_NOT_DESCRIBING_RE = re.compile(rf"^(?:\w+ )?{_NOT_DESCRIBING}$", re.I)
_COLUMNS = re.compile(rf"^(?:the )?columns (?=[A-Z0-9]|{OPEN})")
_ONE_HEADER = re.compile(rf"^column headers (?P<n>(?-i:[A-Z0-9])[\w-]*|{OPEN}\d+{CLOSE})$")
_COLUMNS_LAST = re.compile(rf"(?<=[A-Za-z0-9{CLOSE}]) columns$")
_A_COLUMN = re.compile(rf"^(?:an?|the) (?P<n>(?-i:[A-Z0-9])[\w -]*?#?|{OPEN}\d+{CLOSE}) column$")
_COLUMN_NAMED = re.compile(
    r"^(?:an?|the) column (?:called|named|titled|labell?ed|headed)"
    rf" (?P<n>(?-i:[A-Z0-9])[\w -]*|{OPEN}\d+{CLOSE})$"
)
_REGION_WORDS = "|".join(re.escape(name) for name in sorted(REGIONS, key=len, reverse=True))
_LINKS_TO = re.compile(r"^(?:the )?(?:social |external )?links (?:to|for) (?:the )?", re.I)
_NAMED_TEXT = re.compile(
    rf"^(?:(?:an?|the|this|our|my|your|their) )?"
    rf"(?P<desc>(?:(?!{_NOT_DESCRIBING})[a-z]+(?:['’]s)? ){{0,2}}?)"
    rf"(?P<kind>{_TEXT_KINDS})s?"
    rf"(?: (?:saying|reading|that says|which says|with (?:the )?text|of))?:?"
    rf" (?P<q>{OPEN}\d+{CLOSE})$"
    rf"|^(?P<q2>{OPEN}\d+{CLOSE}) as (?:an? |the |its )?(?P<as>{_TEXT_KINDS})$"
    rf"|^(?:(?:an?|the|this) )?(?P<q3>{OPEN}\d+{CLOSE}) (?P<after>{_TEXT_KINDS})$"
    # "a Most popular badge": words a badge shows, a capital starting them
    r"|^(?:an?|the) (?P<w>(?-i:[A-Z])[\w'’-]*(?: [\w'’-]+){0,3}) (?P<mark>badge|tag|pill|chip)$",
    re.I,
)
# Text a kind of message shows, the kind only describing it: "a tip saying 'Drag to sort'".
# Headings and titles are kinds a check must keep, so they are not among these.
_A_SAYING_KIND = (
    r"(?:an?|the|one) (?:[a-z][a-z-]* ){0,2}?(?P<kind>error message|error|message|notice|text"
    r"|label|warning|toast|alert|banner|notification|caption|status|badge|tooltip|tip|hint"
    r"|confirmation|feedback|summary|counter|note|line)"
)
_KIND_SAYING = re.compile(
    rf"^{_A_SAYING_KIND}"
    r" (?:that |which )?(?:says|shows|reads|displays|saying|showing|reading|displaying)"
    rf":? (?P<q>{OPEN}\d+{CLOSE})$",
    re.I,
)
# "an error saying Password is required": its words a clause of their own, not the subject's
_SAYS_A_CLAUSE = re.compile(
    rf"^{_A_SAYING_KIND} (?:saying|reading|that says|which says|that reads):? (?-i:[A-Z])", re.I
)
# "a toast appears saying Saved": the kind appears, and what it says follows.
_A_SAYING = re.compile(rf"^(?P<k>{_A_SAYING_KIND}) saying:? (?P<q>\S.*)$", re.I)
_APPEARS_SAYING = re.compile(
    rf"^(?P<k>{_A_SAYING_KIND})"
    r" (?:appears?|shows? (?-i:up)|pops? up|comes? up|is shown|is displayed)"
    r" (?:that |which )?(?:says|shows|reads|saying|showing|reading):? (?P<q>\S.*)$",
    re.I,
)
# A message a field shows beside it: "an error 'Required'", "the hint 'At least 8'".
_MESSAGE = re.compile(
    r"^(?:(?:an?|the) )?(?:[a-z]+ )?(?:error message|error|message|warning|hint|notice|tip"
    r"|validation message|validation error)(?: (?:saying|reading|that says|of))?:?"
    rf" (?P<q>{OPEN}\d+{CLOSE}|(?-i:[A-Z])[^{OPEN}]*)$",
    re.I,
)
# "5 products under $50", "3 users with the Admin role": a count of things of a kind
_COUNTED_SUCH = re.compile(
    rf"^(?:\d+|{NUMBER}) [a-z]+s (?:under|over|below|above|with|without|that|which|who"
    r"|priced|costing|cheaper|less|more|from|between)\b",
    re.I,
)
# Controls a goal must name: "the field" or "the button" alone is any of them.
_CONTROL_ROLES = frozenset({"textbox", "button", "link", "checkbox", "combobox", "radio"})
_SWITCHES_TOO = _CONTROL_ROLES | {"switch"}
_NOTHING = re.compile(r"^(?:nothing|nobody|no one|none|no \w+)\b", re.I)
_ONLY_SAYS = re.compile(r" (?:only|just|solely|merely)$", re.I)
_ONLY = re.compile(r"\b(?:only|exactly|precisely)\b", re.I)
# What a statement names by its words: quoted, or capitalised as a name is ("Oak Desk").
_NAMED_SUBJECT = (
    rf"{OPEN}\d+{CLOSE}|(?!(?:The|A|An|This|That|These|Those|My|Your|Our|It|I|We|You|He|She"
    r"|They|There|Each|Every|All|No)\b)[A-Z0-9][\w'’&.-]*"
    # A verb ends the name: "API docs appears in the results" says where it appears.
    r"(?: (?!(?:appears?|shows?|shown|displayed|listed|visible|present|exists?)\b)[\w'’&.-]+)"
    r"{0,4}?"
    r"|[^\s@]+@[^\s@]+\.\w+|[$€£¥]\s?\d[\d,.]*"  # an e-mail address, an amount
)
# "Blue Mug, Green Mug and Red Mug": names listed, each of a few words
_NAME_LISTED = (
    rf"(?:{OPEN}\d+{CLOSE}|[A-Z0-9][\w'’&.-]*(?: (?!(?:appears?|shows?|shown|displayed|listed"
    r"|visible|present|exists?|are|is|should|must|will)\b)[\w'’&.-]+){0,3}?)"
)
_NAMES_LISTED = rf"{_NAME_LISTED}(?:, {_NAME_LISTED})+,? and {_NAME_LISTED}"
# A place of a few words: "the cart", "my shopping basket"; "the cart with 2 lamps" is more.
_PLACE = r"(?:the|your|my|our) (?!.*\b(?:with|and|or|of|for)\b)[\w'’-]+(?: [\w'’-]+){0,2}"
# "I should see 'Oak Desk' (listed) in the cart": the words, inside the place named.
_SEEN_IN = re.compile(
    rf"^(?P<x>{OPEN}\d+{CLOSE}|(?-i:[A-Z0-9$€£])[^,]*?)(?: (?:listed|shown|displayed))?"
    rf" (?:in|inside|within|on) (?P<scope>{_PLACE})$",
    re.I,
)
# "has fields for email and password": a field of each name, never the words
_FIELDS_FOR = re.compile(
    r"^(?:an? )?(?:fields?|inputs?|text ?box(?:es)?) for (?:the |an? |your |my )?(?P<x>\S.*)$"
)
_NAMES_CUT = re.compile(r",? and |, ")
# "displayed in USD", "in euros": a currency, which no part of a page is
_CURRENCY = re.compile(
    r"^(?:(?-i:USD|EUR|GBP|JPY|CAD|AUD|NZD|CHF|CNY|INR|SEK|NOK|DKK|PLN|BRL|MXN|ZAR)"
    r"|(?:us |american |canadian |australian )?dollars|euros?|pounds(?: sterling)?|yen"
    r"|rupees|francs|kronor|krona|local currency|(?:the |your |my )?currency)$",
    re.I,
)
# "Stay in the form", "Scroll in the sidebar": steps, never words shown in a place
_MOVES = frozenset(
    {"stay", "remain", "keep", "scroll", "wait", "look", "go", "navigate", "move", "return"}
    | {"come", "head", "click", "tap", "type", "enter", "press", "hover", "zoom", "swipe"}
)
_LOAD_TIME = re.compile(r"^(?:the )?(?:first |initial )?(?:page )?(?:load|page load|startup)$")
_SHOWN_LAST = re.compile(r" (?:is|are) (?:shown|displayed|visible|listed|present)$")
# "shows Revenue in the sidebar", "has Enterprise on it": words, then where they are;
# never where a sentence goes on ("You're on the list", "Saved in the cloud")
_SAID_IN = re.compile(
    r"^(?P<x>.+?)(?<!['’]re)(?<!['’]m)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)"
    rf"(?<!\bbeen)(?<!\bam) (?:in|inside|within|on) (?P<scope>{_PLACE}|it|there)$"
)
_SEE_TITLE = re.compile(r"^(?:the |a )?(?:page |browser |tab )?title:? (?P<v>.+)$", re.I)
_ASKING = re.compile(r"^(?:is|are|does|do|did)\b", re.I)
_BASE_SAY = re.compile(
    r"^(?P<s>.+?) (?P<verb>contain|show|say|display|include|list|read|mention|have|render"
    # "does the Sign in button take me to /login?"
    r"|take|lead|bring|link(?= to\b)|redirect|send|go|return|find)"
    r" (?P<v>.+)$",
    re.I,
)
_BASE_LOAD = re.compile(
    r"^(?P<s>.+?) (?P<verb>load|render|open)(?P<how>(?: fine| correctly| properly| ok"
    r"| without errors?)?)$",
    re.I,
)
# "is the page showing Pro?": what it shows, asked as it goes on
_SHOWING = re.compile(
    r"^(?P<s>.+?) (?P<verb>contain|show|say|display|includ|list|read|mention|render)ing"
    r" (?P<v>.+)$",
    re.I,
)
_SHOWN_WORDS = frozenset(
    {"visible", "shown", "displayed", "present", "listed", "available", "there", "hidden"}
)
_STATES_ASKED = frozenset({"empty", "gone", "enabled", "disabled", "checked", "ticked"}) | {
    *("up", "online", "live", "reachable")  # "is the site up?"
}
# Where a value starts: a quote, a number, an amount or a capital ("Shipped").
_LITERAL_START = re.compile(rf"^(?:{OPEN}|[A-Z0-9$€£¥#+]|v\d|[-−–][\d$€£¥]|[^\s@]+@[^\s@]+\.\w+$)")
_SHOWN_AS = re.compile(r"(?: (?:shown|displayed|listed|set|written) as| equal to| exactly)+$", re.I)
_FIGURE_START = re.compile(r"^[\d$€£¥]|^[-−–][\d$€£¥]")
_OF = re.compile(
    r"^(?:the )?(?:price|cost|total|amount|status|value|count|quantity) of (?P<x>.+)$", re.I
)

_IN_THE_ADDRESS = re.compile(r" (?:in|of) the (?:url|address(?: bar)?|link)$", re.I)
# A place in an order said with no kind: "the last", "the next one"
_PLACE_ALONE = re.compile(
    rf"^(?:the )?(?:{ORDINAL}|next|previous|top|bottom|latest|newest|oldest|other|rest|former"
    r"|latter|monthly|annual|yearly|weekly|daily)"
    r"(?: one)?$",
    re.I,
)
_PLURAL_SUBJECT = re.compile(
    r"\b(?:options|choices|tabs|items|links|buttons|plans|categories|filters|tags|labels"
    r"|values|entries|sizes|colou?rs|steps|sections|cards|tiles|widgets|headings|features)$"
)
_NTH_OWNED = re.compile(rf"^(?:the )?{ORDINAL} [\w-]+['’]s ", re.I)
_NTH_OF_A_PART = re.compile(
    rf"^(?P<nth>(?:the )?(?:{ORDINAL}|top) (?:row|item|result|entry|line))"
    r" of (?P<part>(?:the|this|my|your) (?!search$)[a-z][\w -]*)$",  # results are no box's
    re.I,
)
_FIELD_OF_NAME = re.compile(rf"^(?:the )?[a-z][\w-]* of (?:the )?(?:[A-Z]|{OPEN})")
_TRAILING_PLACE = re.compile(
    r"^(?P<v>.+?) (?:in|inside|within|on) (?:the )?(?P<where>[a-z][\w -]*)$", re.I
)
_PART_OF = re.compile(r" of (?:the|a|an|this|that|your|my|each|every) ", re.I)
_FIELD_SUBJECT = re.compile(r"\b(?:field|input|box|textbox|text box|textarea)$", re.I)
_ROW_KINDS = {"row": "row", "item": "listitem", "entry": "listitem", "entrie": "listitem"}
_ROW_KINDS |= {"card": "listitem", "heading": "heading"}
_URL_LEAD = re.compile(r"^(?:the )?(?:pattern|path|string|text|fragment|part|word) ", re.I)
# "Visible Dashboard": a state, then words run into it (a test tool's keyword, spaced out)
_STATE_THEN_WORDS = re.compile(
    r"^(?:visible|hidden|enabled|disabled|checked|selected|displayed|present|shown) \S", re.I
)
# Controls whose words are their name: what they change to is what they are named then
_NAMED_BY_WORDS = frozenset({"button", "link", "tab", "menuitem"})
_NAMED_CONTROLS = _NAMED_BY_WORDS | {"radio", "checkbox", "switch"}
# A person named as the subject: one capitalised word with no article ("Todd has ...").
_PERSON = re.compile(r"^(?-i:[A-Z][a-z]+)$")
_SUBJECTS = re.compile(r",? and |, ", re.I)
_EITHER_VALUE = re.compile(rf" or (?:[A-Z0-9$£€]|{OPEN})")  # "Active or Pending", "$5 or $6"
# "4 stars or more": a bound, which no words shown are
_BOUND = re.compile(
    r" (?:or (?:more|less|fewer|higher|lower|above|below|over|under|better|greater)"
    r"|and (?:up|above|over|more))$"
)
_ALTERNATIVES = re.compile(r"\b(?:or|either|and/or)\b", re.I)
# An address written out: a URL, or a path on the site under test.
_ADDRESS = (
    r"(?:https?://[^\s,;]+|/[\w./?=&%~+-]*"
    # a site's own name ("example.com"), never a file ("README.md")
    r"|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|app|co|ai|uk|de|fr|eu"
    r"|info|biz|tech|site|cloud|page)(?:/[\w./?=&%~+-]*)?)"
)
# "the /health page says OK": the address, said as a page of the site
_AT = (
    # "GET /health", "a GET request to /health": the page at that address, loaded
    rf"(?:(?:an? )?(?-i:GET|HEAD)(?: request (?:to|for|on))? )?"
    # "the response of /api/version contains 1.4": what that address answers, its page
    r"(?:(?:the )?(?:response|body|output|answer) (?:of|from|for) )?"
    rf"(?:the )?(?:(?:page|endpoint|route)(?: at)? )?(?P<url>{_ADDRESS})"
    r"(?: (?:page|endpoint|url|address))?"
)
# "/about", "https://x.io", "saucelabs.com/docs": an address, whole or in part
_URLISH = re.compile(
    r"^(?:/|https?://)\S*$|^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?$", re.I
)


# "exactly": only checks that compare whole (an address, a title, a count, a field's
# value) may say it; the words of a heading or a part are found within longer ones
_EXACTLY = re.compile(r"\b(?:exactly|precisely|verbatim)\b", re.I)
_WHOLE_CHECKS = frozenset(
    {"expect_count", "expect_only", "expect_value", "expect_selected", "expect_checked"}
    | {"expect_unchecked"}
)


# (never of a page, whose name is its title, nor of a number of things: "2 are named X")
_CALLED = re.compile(
    rf"^(?!{NUMBER}\b)(?P<s>.*?\S)(?<!page)(?<!site)(?<!tab)(?<!screen)(?<!window)"
    r" (?P<is>is|are|be|should be|must be)(?: now)? (?:called|named|titled|entitled) (?=\S)",
    re.I,
)


# "shows no error on load", "… when it loads": when, never a part of the page named "load"
_ON_LOAD = re.compile(
    r"(?<=\S),? (?:(?:on|at|upon) (?:the )?(?:page )?load"
    r"|after (?:the page )?(?:has )?load(?:ing|ed)"
    r"|(?:when|once|as soon as) (?:it|the page) (?:first )?loads)$",
    re.I,
)


_NO_MORE_THAN = re.compile(r"\b(?:no|not) (more|fewer|less) than (?=\S+ [a-z])", re.I)
_BOUNDS = {"more": "at most ", "fewer": "at least ", "less": "at least "}


_UNCHANGED = re.compile(
    r" (?:has ?n['’]t|has not|did ?n['’]t|did not|should ?n['’]t|should not|must ?n['’]t"
    r"|must not) (?:have )?change[ds]? from | (?:remains|stays|is unchanged at) (?=[$€£¥\d])",
    re.I,
)


_FOUND_COUNT = re.compile(
    rf"^(?P<n>(?:(?:exactly|only|just|at least|at most) )?(?:{NUMBER}|\d+) [a-z]+)"
    r" (?P<v>is|are|was|were|should be|must be|will be) (?:found|returned)$",
    re.I,
)


def parse_assertion(text: str, quotes: Quotes, *, bare: bool) -> Parsed | None:
    """Read a statement about the page; with bare, a lone phrase is expected to be seen too.

    "The heading is exactly Welcome" is refused: a heading "Welcome back" would pass it."""
    # "the sprint is called Sprint 12", "the heading is titled Welcome": it is those words
    text = _CALLED.sub(r"\g<s> \g<is> ", text, count=1)
    text = _ON_LOAD.sub("", text, count=1)  # a check runs once the page has loaded
    if "chang" in text or "remain" in text:  # "hasn't changed from $29": it is still $29
        text = _UNCHANGED.sub(" is still ", text, count=1)
    if "found" in text or "returned" in text:  # "2 results are found": that many shown
        text = _FOUND_COUNT.sub(r"\g<n> \g<v> shown", text, count=1)
    if "than" in text:  # "has no more than 3 items": a bound, never no items at all
        text = _NO_MORE_THAN.sub(lambda said: _BOUNDS[said[1].lower()], text, count=1)
    # "there shouldn't be any errors", as "there should be no errors" reads
    text = _NOT_ANY.sub(_there_is_no, text, count=1)
    low = text.lower()  # each rewrite below is tried only where its words are
    nothing = _NOTHING_IN.match(text) if "nothing" in low or "anything" in low else None
    if nothing:  # "nothing should be in the cart", "the cart has nothing in it": it is empty
        text = f"{nothing['p'] or nothing['q']} is empty"
    # "the badge on the Inbox link shows 3", "the Inbox link's badge": what the link shows
    badge = _BADGE_OF_A_CONTROL.match(text) if any(w in low for w in _BADGE_WORDS) else None
    if badge:
        control = f"{badge['x'] or badge['y']} {badge['kind'] or badge['k']}"
        text = f"the {control} {text[badge.end() :]}"
    numbered = _NUMBERED_THINGS.match(text) if " are " in low or " be " in low else None
    if numbered:  # "the three plans are Free, Pro and Team": that many, and each named
        things = numbered["things"]
        many = parse_assertion(f"there are {numbered['n']} {things}", quotes, bare=False)
        each = parse_assertion(f"the {things} {numbered['said']}", quotes, bare=False)
        return many and each and Parsed((*many.drafts, *each.drafts))
    several = _SEVERAL_SAID.match(text) if ", " in text and " and " in low else None
    if several:  # "API, Search and Database are Operational": each of them is
        return _each_of_several(several, quotes)
    if "both " in low:  # "the page has both Email and Password fields": each, as "has" says
        text = _HAS_BOTH.sub(r"\g<has> ", text, count=1)
        low = text.lower()
    if " and " in low and "both " not in low and _TWO_OF_A_KIND.match(text):
        text, low = f"both {text}", f"both {low}"  # "the Save and Cancel buttons are …"
    both = (_BOTH_FIRST.match(text) or _BOTH_LAST.match(text)) if "both " in low else None
    if both:  # "both Email and Password show Required": each of them shows it
        said = "".join(both.groupdict().get(part) or "" for part in ("v", "w"))
        verb = re.sub(r"^(?:show|say|display|read|contain|have|are)\b", _one_does, said)
        first, second = both.group("a", "b")
        kind = _KINDS_SAID.search(second) if " " in second.strip() else None
        if kind:  # one of each
            plural = kind["k"]
            k = plural[:-2] if plural.endswith(("ches", "shes", "xes")) else plural[:-1]
            if not ELEMENT_NOUNS.get(k):
                return None  # "both Free and Pro plans": no kind of element, which one is "Free"?
            owner = second[: kind.start()]
            owned = "'s" if owner.endswith(("'s", "’s")) else ""  # "Ada and Bob's rows"
            first, second = f"{first}{owned} {k}", f"{owner} {k}"
        return _each_said((f"{first} {verb}", f"{second} {verb}"), quotes)
    denied = text.lower().endswith(("not", "n't", "n’t", "not be"))
    but_not = _BUT_NOT_THE_OTHER.match(text) if denied else None
    if but_not:  # "Ada is listed and Bob is not": Ada shown, and Bob not, in the same place
        aux, pred, modal = but_not["aux"], but_not["pred"], but_not["aux2"].lower()
        be = "be " if modal in {"should", "must", "will"} else ""
        return _each_said(
            (f"{but_not['a']} {aux} {pred}", f"{but_not['b']} {modal} not {be}{pred}"), quotes
        )
    owners = _TWO_OWNERS.match(text) if " and " in low else None
    if owners:  # "Ada's status is Active and Bob's is Inactive": Bob's status
        first, thing = owners["a"], owners["thing"]
        return _each_said(
            (f"{first} {thing} {owners['v']}", f"{owners['b']} {thing} {owners['w']}"), quotes
        )
    caption = _TABLE_CAPTION.match(text)
    if caption:  # "the table caption reads Recent orders": the table that caption names
        return _assertion(
            f"{caption['lead'] or ''}the {caption['x']} table is visible", quotes, bare=bare
        )
    parsed = _assertion(text, quotes, bare=bare)
    state_for = _STATE_FOR.match(text) if parsed is None else None
    if state_for:  # "the Buy button is enabled for the Pro plan": the Pro plan's button
        text = f"{state_for['s']} for {state_for['x']} {state_for['is']}"
        parsed = _assertion(text, quotes, bare=bare)
    if parsed is None or not _EXACTLY.search(text):
        return parsed
    whole = all(
        d.action in _WHOLE_CHECKS
        or (d.action in {"expect_url", "expect_title"} and d.compare == "equals")
        for d in parsed.drafts
    )
    return parsed if whole else None


_THE_ONE = re.compile(
    r"^(?:the|this|that) (?:(?!(?:has|have|is|are|says|shows|should|must)\b)\S+ ){1,2}one"
    r" (?:is|are|costs?|says?|shows?|should|must|has|reads|displays|contains)\b",
    re.I,
)
_BADGE_WORDS = ("badge", "count", "bubble")
_BADGE_OF_A_CONTROL = re.compile(
    r"^(?:the )?(?:(?:badge|count|counter|bubble) (?:on|of|next to|beside) (?:the )?"
    r"(?P<x>\S.*?) (?P<kind>link|button|tab)|(?P<y>\S.*?) (?P<k>link|button|tab)['’]s"
    r" (?:badge|count|counter|bubble)) (?=(?:shows|says|reads|is|should|must)\b)",
    re.I,
)
_NOT_ANY = re.compile(
    r"^there (?P<aux>should|must|will|wo|is|are)(?: not|n['’]t)(?: be)? (?:any|an?) ", re.I
)


_NOTHING_IN = re.compile(
    r"^nothing (?:is|should be|must be) in (?P<p>(?:the|my|your) [^,]+)$"
    r"|^(?P<q>(?:the|my|your) [^,]+?) (?:has nothing|(?:should|must|does) ?n(?:o|['’])t"
    r" (?:have|contain|hold) anything) in it$",
    re.I,
)


def _there_is_no(said: re.Match[str]) -> str:
    aux = {"wo": "will"}.get(said["aux"].lower(), said["aux"].lower())
    return f"there {aux} no " if aux in {"is", "are"} else f"there {aux} be no "


# Two things, each without "and": "Terms and Conditions and Privacy Policy" is which two?
_NO_AND = r"(?:(?! and ).)+"
# "Both Email and Password should show Required", "Email and Password both show it"
_BOTH_FIRST = re.compile(
    rf"^both (?P<a>{_NO_AND}) and (?P<b>{_NO_AND}?) (?P<v>(?:should|must|will|show|say|display|read"
    r"|contain|have|are)\b.*)$",
    re.I,
)
_NAME_SAID = rf"(?:(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z0-9])[\w'’&.-]*){{0,2}}|{OPEN}\d+{CLOSE})"
# "API, Website and Database are Operational": three names, one statement of each
_SEVERAL_SAID = re.compile(
    rf"^(?P<names>{_NAME_SAID}(?:, {_NAME_SAID})+,? and {_NAME_SAID})"
    rf" (?P<v>(?:are|show|say|read|display)(?: all)? (?:(?-i:[A-Z0-9])|{OPEN}).*)$"
)


def _each_of_several(several: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Say the statement of each name; refused where one loses its name ("Website" read as
    the site, whose whole page would show the words for any other)."""
    verb = re.sub(r"^(?:show|say|read|display|are)\b", _one_does, several["v"])
    drafts: list[Draft] = []
    for name in re.split(r",? and |, ", several["names"]):
        said = parse_assertion(f"{name} {verb}", quotes, bare=False)
        if said is None or not _said_of(said, quotes.value(name)):
            return None
        drafts += said.drafts
    return Parsed(tuple(drafts), "free")


def _said_of(parsed: Parsed, name: str) -> bool:
    """Tell a reading that kept its subject: each check in the part or item so named."""
    return all(
        d.target is not None and name in (d.target.text, d.target.within) for d in parsed.drafts
    )


# "the Terms and Privacy links are in the footer": a kind said once, of two names
_TWO_OF_A_KIND = re.compile(
    rf"^(?:the )?{TWO_OF_A_KIND} (?:are|should|must|will|show|say|read)\b", re.I
)
_HAS_BOTH = re.compile(
    r"\b(?P<has>has|have|shows?|contains?|includes?|displays?|lists?) both (?=.+? and \S)", re.I
)
_BOTH_LAST = re.compile(
    rf"^(?P<a>{_NO_AND}) and (?P<b>{_NO_AND}?) (?P<v>(?:(?:should|must|will) |are |have )?)both"
    r" (?P<w>\S.*)$",
    re.I,
)


def _each_said(statements: tuple[str, str], quotes: Quotes) -> Parsed | None:
    """Read two statements one clause makes: both, or neither."""
    first, second = (parse_assertion(said, quotes, bare=False) for said in statements)
    if first is None or second is None:
        return None
    return Parsed(first.drafts + second.drafts, second.tail)


_BUT_NOT_THE_OTHER = re.compile(
    r"^(?P<a>[^,]+?) (?P<aux>is|are|(?:should|must|will) be) (?P<pred>[^,]+?),? (?:and|but) "
    r"(?P<b>[^,]+?) (?P<aux2>is|are|should|must|will)(?: not|n['’]t)(?: be)?$",
    re.I,
)
# "the Save and Cancel buttons", "the Free and Pro plans": a kind said once, for both
_KINDS_SAID = re.compile(r" (?P<k>(?-i:[a-z]+?)(?:(?<=ch|sh)es|(?<=x)es|(?<![su])s))$")


def _one_does(verb: re.Match[str]) -> str:
    """What one of two does: "show" as "shows", "are" as "is"."""
    said = verb[0].lower()
    return {"are": "is", "have": "has"}.get(said, f"{said}s")


# How much of a thing, said for the thing: "the full text", "the whole description"
_HOW_MUCH_OF_IT = frozenset({"full", "entire", "whole", "complete", "remaining", "rest"})
# A table's caption, which names the table (never words anywhere in it, a cell's too)
_TABLE_CAPTION = re.compile(
    rf"^{CHECK_LEAD}"
    r"(?:the (?:[\w -]+ )?table['’]?s? caption|the caption of the (?:[\w -]+ )?table)"
    r" (?:reads|says|is|should (?:read|say|be)|must (?:read|say|be)) (?P<x>\S.*)$",
    re.I,
)
# A control's state said before the thing it belongs to, named: "… is disabled for Bob"
_STATE_FOR = re.compile(
    r"^(?P<s>.+? (?:button|link|checkbox|toggle|switch|badge|icon|tab))"
    r" (?P<is>(?:is|are|should|must|stays?)(?: not| be| now| still)*"
    r" (?:enabled|disabled|shown|visible|hidden|displayed|checked|unchecked|selected))"
    r" for (?P<x>(?:the )?(?-i:[A-Z0-9])[^,;]*)$",
    re.I,
)
# "the dashboard's Revenue card": a part of the page open, named as any part is
_PAGE_OWNED = re.compile(
    r"^(?:the |this )?(?:page|screen|dashboard|site|website|web ?page|app|application)['’]s (?=\S)",
    re.I,
)
_PART_OWNED = re.compile(
    r"^(?:the )?(?P<part>(?:(?-i:[a-z]+) )?(?:hero|header|footer|nav|navbar|sidebar|modal"
    r"|dialog|popup|toast|banner|form|drawer|panel))['’]s"
    # its title or heading is read as its own; a position, among its kind
    r" (?!(?:title|heading|headline|first|second|third|last)\b)"
    r"(?P<thing>(?-i:[a-z]+)(?: (?-i:[a-z]+))?) (?=(?:is|are|says|shows|reads|should|must"
    r"|has|have|contains|mentions|displays)\b)",
    re.I,
)
# "the footer of the page", "the main heading of this page": that part of the page open
_PART_OF_THE_PAGE = re.compile(
    r"^(?P<part>(?:the )?(?:main |top |page |site )?(?:footer|header|heading|headline|h1"
    r"|navigation|nav bar|navbar|sidebar|banner)) of (?:the|this) (?:page|screen)(?= )",
    re.I,
)
_BEING_ON = re.compile(
    r"^(?P<who>i|we|you)(?: am| are|['’]m|['’]re) (?P<when>(?:now |still |back )?)on ", re.I
)


# "the total is more than $0", "uptime should stay above 99%": a figure, compared
_COMPARISONS: dict[str, Literal["above", "below", "at_least", "at_most"]] = {
    **dict.fromkeys(["greater than", "more than", "higher than", "larger than"], "above"),
    **dict.fromkeys(["bigger than", "above", "over"], "above"),
    **dict.fromkeys(["less than", "lower than", "smaller than", "fewer than"], "below"),
    **dict.fromkeys(["below", "under"], "below"),
    **dict.fromkeys(["at least", "no less", "not less", "no lower", "not lower"], "at_least"),
    **dict.fromkeys(["at most", "no more", "not more", "no higher", "not higher"], "at_most"),
    "not below": "at_least",
    "not above": "at_most",
}
_DENIED_COMPARISON: dict[str, Literal["above", "below", "at_least", "at_most"]] = {
    "above": "at_most",
    "below": "at_least",
    "at_least": "below",
    "at_most": "above",
}
_FIGURE_SAID = r"[-−]?[$€£¥]?\d[\d,]*(?:\.\d+)?%?"
_COMPARED_FIGURE = (
    r"^(?=.*\d)"  # no figure said, nothing to compare: looked at no further
    r"(?P<s>(?!there\b|it\b|this\b|that\b)(?:(?!\b(?:says?|shows?|reads?|displays?|states?"
    r"|mentions?|warns?|tells?)\b).)+?)"
    r" (?:is|are|(?:should|must|will) be|stays?|remains?|(?:should|must) (?:stay|remain)"
    r"|shows?|reads?|displays?|(?:should|must) (?:show|read|display)"
    r"|(?P<cost>costs?|(?:should|must|will) cost)"
    r"|(?P<neg>(?:is|are|(?:should|must|will)) not(?: be)?|(?:is|are)n['’]t"
    r"|(?:should|must)n['’]t be))"
    r"(?: still| now| always)?"
    r" (?:(?P<cmp>(?:greater|more|higher|larger|bigger|less|lower|smaller|fewer) than|above|over"
    r"|below|under|at least|at most|(?:no|not) (?:less|more|lower|higher) than|not (?:below|above))"
    rf" (?P<v>{_FIGURE_SAID})|(?P<v2>{_FIGURE_SAID}) or (?P<or>more|higher|greater|above|less"
    r"|lower|fewer|below))"
    # "$30 a month": the figure, whatever it is counted per
    r"(?: (?:a|per) (?:month|year|user|seat)|/(?:mo|month|yr|year))?$"
)
# "4.5 or higher", "$0 or more": that figure or beyond it
_OR_BEYOND: dict[str, Literal["at_least", "at_most"]] = {
    **dict.fromkeys(["more", "higher", "greater", "above"], "at_least"),
    **dict.fromkeys(["less", "lower", "fewer", "below"], "at_most"),
}
# "the number of results is more than 10": a count, said as a figure
_NUMBER_OF = re.compile(r"^(?:the )?(?:total )?(?:number|count) of (?P<things>\S.*)$", re.I)
_COUNTED_AS = {
    "above": "more than",
    "below": "fewer than",
    "at_least": "at least",
    "at_most": "at most",
}
_THE_PAGE_NOW = re.compile(
    r"^(?:the )?(?:next|new|current|resulting|following|opened|product|details?|item|this)"
    r" page(?:['’]s)? (?P<part>title|url|address)\b",
    re.I,
)
_A_PAGES_OWN = re.compile(
    r"^(?:the|our|your) (?!page\b)[\w-]+(?: (?!page\b)[\w-]+)?"
    r" page(?:['’]s)? (?:title|url|address)\b",
    re.I,
)
# What is said of something someone has: "Ada's status is …", "Bob's should say …"
_OWNER_VERB = r"(?:is|are|was|should|must|will|shows?|says?|reads?)\b"
# "Bob's is Viewer": something of Bob's, named in a clause before (or nowhere)
_WHOSE_WHAT = re.compile(rf"^(?:the )?\S+['’]s {_OWNER_VERB}", re.I)
_NUMBERED_THINGS = re.compile(
    rf"^the (?P<n>\d+|{NUMBER}) (?P<things>(?-i:[a-z]+s))"
    r" (?P<said>(?:are|(?:should|must|will) be) (?!(?:all|both|each|not|no|none)\b).+)$",
    re.I,
)
_OWNER_SAYS = rf"{_OWNER_VERB}.+?"
_TWO_OWNERS = re.compile(
    rf"^(?P<a>\S+['’]s) (?P<thing>(?-i:[a-z]+)(?: (?-i:[a-z]+))?) (?P<v>{_OWNER_SAYS}),?"
    rf" and (?P<b>\S+['’]s) (?P<w>{_OWNER_SAYS})$",
    re.I,
)
# "I can log out": signing out, which only the page signed out after it shows
_CAN_SIGN_OUT = re.compile(
    r"^(?:i|we|you|the user|a user|users) (?:can|(?:am|are|is) able to) (?:log|sign) (?:out|off)$",
    re.I,
)


def _assertion(text: str, quotes: Quotes, *, bare: bool) -> Parsed | None:
    # "the next page title", "the product page's URL": the page the journey is on now
    text = _THE_PAGE_NOW.sub(r"the page \g<part>", text, count=1)
    if _THE_ONE.match(text) or _WHOSE_WHAT.match(text) or _A_PAGES_OWN.match(text):
        # "the Pro one costs $29", "Bob's is Viewer": of what, said before? "the pricing
        # page's title …": that page's own, read with the page (see plan/read.py)
        return None
    if _CAN_SIGN_OUT.match(text):
        return Parsed((Draft("sign_out"), Draft("expect_signed_out")))
    cannot = CANNOT_SIGN_IN.match(text)
    if cannot:  # "make sure login fails with a wrong password": tried, and still signed out
        return refused_sign_in(cannot, quotes)
    being_on = _BEING_ON.match(text)
    if being_on:  # "we're on Configuration": where the journey is, as "we are on" says
        verb = "am" if being_on["who"].lower() == "i" else "are"
        text = f"{being_on['who']} {verb} {being_on['when']}on {text[being_on.end() :]}"
    else:
        text = strip_subject(text)  # "make sure you're on /x" states "are on /x"
        text = _PAGE_OWNED.sub("the ", text, count=1)  # "the page's URL" is the URL
        # "the login form's email field", "the hero's button": the thing, in that part
        text = _PART_OWNED.sub(r"the \g<thing> in the \g<part> ", text, count=1)
        text = _PART_OF_THE_PAGE.sub(r"\g<part>", text, count=1)
    for statement in _STATEMENTS:
        match = statement.pattern.match(text)
        if match:
            parsed = statement.handler(match, quotes)
            if parsed is not None or statement.final:
                return parsed
    if not bare:
        return None
    if _ORDER_SAID.search(text):
        return None  # "Oak Chair appears before Oak Table": an order, never those words
    return _kind_saying(text, quotes) or exists(text, quotes, strict=True)  # "expect a note …"


def _negated(words: str | None) -> bool:
    return bool(words and _NEGATION.search(words))


def _page_health(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "no JavaScript errors" or "no broken images", said of the page or as it loads."""
    check = Draft(health_check(match))
    subject = match["subject"] or match["subject2"]
    if subject is None or THE_PAGE.match(subject):
        return Parsed((check,))
    if "load" in (match["verb"] or ""):  # "the pricing page loads with no console errors": both
        loads = parse_assertion(f"{subject} loads", quotes, bare=False)
        return None if loads is None else Parsed((*loads.drafts, check))
    # "the product page has no broken images", as "the product page shows Sold out" does;
    # "the form has no JavaScript errors": a part of a page has no scripts of its own
    return Parsed((check,)) if is_the_page_open(subject) else None


def _no(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    if _GONE.search(match.string):
        return None  # "no rows are hidden", "no items are missing": every one is there
    names = none_of(_ON_THE_PAGE.sub("", match["x"]), quotes) if " or " in match["x"] else None
    if names:  # "there is no 'undefined' or 'NaN' on the page": neither of them
        return Parsed(tuple(Draft("expect_no_text", value=name) for name in names))
    placed = _SAID_IN.match(match["x"])
    if placed and placed["scope"] not in {"it", "there"} and not quotes.is_quoted(match["x"]):
        # "there is no Oak Chair in the cart": not shown there, never the words "… in the cart"
        said = f"{placed['x']} is not shown in {placed['scope']}"
        return parse_assertion(said, quotes, bare=False)
    return absent(match["x"], quotes)


_ON_THE_PAGE = re.compile(r" (?:(?:on|in) (?:the|this) page|anywhere)$", re.I)
_GONE = re.compile(
    r" (?:invisible|hidden|absent|missing|gone|disappear(?:s|ed)?|vanish(?:es|ed)?|go(?:es)? away"
    r"|out of view|closed|dismissed)$",
    re.I,
)


def _kind_saying(words: str, quotes: Quotes) -> Parsed | None:
    """Read "a tip that shows '2 left'" (or, as people also write it, "a tip shows '2 left'")
    as the words it shows: the kind only describes them."""
    saying = _KIND_SAYING.match(words)
    if saying is not None and names_a_property(words):
        return None  # "the submit button label reads 'Send'": the button's, not any words
    if saying is None:
        return None
    kind = saying["kind"]
    # "a toast saying 'Saved'": said in a toast, as "the toast says 'Saved'" is; a tooltip's
    # words are its own, never the same words in the page beside it
    where = Target(text="tooltip") if kind.lower() == "tooltip" else popped_up(kind)
    return one("expect_text", target=where, value=quotes.value(saying["q"]))


def _there(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    said = _kind_saying(match["x"], quotes)
    if said is not None and not _ONLY.search(match[0][: match.start("x")]):
        return said
    # "there are open issues": things described, never the words (a page saying "No open
    # issues" shows them)
    found = some_results(match["x"], None) or exists(
        _LISTED.sub("", match["x"]), quotes, strict=True
    )
    names = None if found else listed(match["x"], quotes)
    if names is not None and names[0] is not None:  # "there are Save and Cancel buttons"
        return _each(names, None, None, negated=False)
    return found


def _title(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    if match["v"] in _SHOWN_WORDS:
        return None  # "the title is shown": which words? the title is what shows them
    if not quotes.is_quoted(match["v"]) and _DESCRIBED_WORDS.match(match["v"]):
        return None  # "the title is the product name": which name? the goal's to say
    value = expected(_IN_IT.sub("", match["v"]), quotes)  # "has Acme in it": Acme
    if not value:
        return None
    draft = Draft("expect_title", value=value, compare=_compared(match.groupdict().get("how")))
    return Parsed((draft,), text_tail(match["v"], quotes))


def _address_title(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "example.com's title contains Example": open that address, then its title."""
    said = parse_assertion(f"the title {match['rest']}", quotes, bare=False)
    if said is None or any(draft.action != "expect_title" for draft in said.drafts):
        return None
    opened = Draft("goto", value=_with_scheme(match["of"] or match["url"]))
    return Parsed((opened, *said.drafts), said.tail)


def _compared(how: str | None) -> Compare:
    """What "is", "ends with" or "contains" asks of a URL or title."""
    words = " ".join((how or "").lower().split())
    if words.startswith(("end", "ends")):
        return "ends"
    if words.startswith(("start", "begin")):
        return "starts"
    if words in {"is", "be", "equal", "equals", "=", "==", "is exactly", "be exactly"}:
        return "equals"
    if words.startswith(("stay", "remain")):
        return "equals"  # "the URL stays on /en/about": no move, not even to /en/about/x
    return "contains"


def _heading(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    if not quotes.is_quoted(match["v"]) and match["v"].lower() in _SHOWN_WORDS:
        return None  # "the heading is visible": which heading? its words are what it shows
    if not quotes.is_quoted(match["v"]) and _DESCRIBED_WORDS.match(match["v"]):
        return None  # "the heading shows the product name": which name? the goal's to say
    value = expected(match["v"], quotes)
    if not value:
        return None
    level = heading_level(match["level"] or match["kind"])  # "the main heading": the h1
    target = Target(text=value, role="heading", level=level)
    return one("expect_visible", target=target, tail=text_tail(match["v"], quotes))


def _spelled_out(words: str, quotes: Quotes) -> bool:
    """Tell whether words are a text to look for: quoted, or a capitalised name."""
    if quotes.is_quoted(words):
        return True
    first = words.split()[0]
    if re.fullmatch(ADDRESS, words):
        return True  # "ada@example.com": an address, whatever its case
    plain = first.lower() not in UNNAMEABLE and DETERMINER.sub("", words) == words
    return first[:1].isupper() and plain


def _named_the_heading(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "'Welcome' is the page heading"; "the first item is the heading" is no text."""
    return _heading(match, quotes) if _spelled_out(match["v"], quotes) else None


def _named_first(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "'Oak Chair' is the first result", "Bob is at the top of the list", "Ada comes
    first": that item says it, as "the first result is" does."""
    named, end, place = match["v"] or match["v2"], match["end"] or match["end2"], match["place"]
    if not _spelled_out(named, quotes):
        return None
    nth = match["nth"] or _AT_THE_END[end.lower()] + " item"
    where = f" in the {place or match['place2']}" if place or match["place2"] else ""
    return parse_assertion(f"the {nth}{where} shows {named}", quotes, bare=False)


_AT_THE_END = {"first": "first", "top": "first", "last": "last", "bottom": "last"}


def _named_the_title(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "'Docs' is the page title": the title is those words, as "the title is" says."""
    value = expected(match["v"], quotes) if _spelled_out(match["v"], quotes) else None
    return Parsed((Draft("expect_title", value=value, compare="equals"),)) if value else None


_LISTS = r"list|table|results|search results|grid|feed"
_IN_IT = re.compile(r" (?:in|inside|within) (?:it|there|the (?:url|address|title))$", re.I)


def _url(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    # A query's "?" opens the value: only what ends it is punctuation ("?page=2.")
    raw = _URL_LEAD.sub("", match["v"].strip(" ").rstrip(",;:!?"), count=1)  # "the pattern '/x'"
    raw = _IN_IT.sub("", raw)  # "has ?ref=nav in it": the part, in the address
    value = quotes.value(raw)
    if not value or " " in value or (not quotes.is_quoted(raw) and said_before(value)):
        return None  # "the URL should contain it": the query, maybe, but never the word "it"
    draft = Draft("expect_url", value=value, compare=_compared(match.groupdict().get("how")))
    return Parsed((draft,))


_NOT_ANY_MORE = (
    r"(?:(?:should|must|will|does|do)(?: not|n['’]t)|doesn['’]t|won['’]t|no longer|never"
    r"|(?:should|must|does|will) no longer)"
)


def _without(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the URL should not contain /login": an address (or title) that lacks it."""
    action: Action = "expect_title" if match["what"].lower() == "title" else "expect_url"
    raw = _IN_IT.sub("", match["v"].strip(" ").rstrip(",;:!"))
    value = quotes.value(raw) if quotes.is_quoted(raw) else expected(raw, quotes)
    if not value or (action == "expect_url" and " " in value):
        return None
    return Parsed((Draft(action, value=value, compare="excludes"),), text_tail(raw, quotes))


def _not_on(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "I am no longer on /login" as an address that has left that page."""
    there = _where(match, quotes)
    if there is None or len(there.drafts) != 1 or there.drafts[0].action != "expect_url":
        return None
    left = there.drafts[0]
    if left.compare != "contains":
        return None  # "not on the homepage": which address is it on? any other would do
    return Parsed((replace(left, compare="excludes"),))


def _tooltip_of(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Hover the control a tooltip is on, then read the tooltip."""
    element = parse_element(match["x"], quotes, "hover")
    said = parse_assertion(f"the tooltip {match['v']}", quotes, bare=False)
    if element is None or said is None or has_pronoun(match["x"]):
        return None
    return Parsed((Draft("hover", target=element.target), *said.drafts), said.tail)


# "on the login page with 'Bye'", "… showing Bye": the page, and what it says
_PAGE_THEN_SAID = re.compile(
    r"^(?P<where>.+? page),? (?:with|showing|saying|displaying|(?:which|that) (?:says|shows"
    r"|displays)) (?P<x>\S.*)$",
    re.I,
)


def _where(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    said = _PAGE_THEN_SAID.match(match["where"])
    if said:
        there = _page_named(said["where"], quotes)
        shown = parse_assertion(f"the page shows {said['x']}", quotes, bare=False)
        if there is None or shown is None:
            return None
        return Parsed(there.drafts + shown.drafts, shown.tail)
    return _page_named(match["where"], quotes)


def _page_named(where: str, quotes: Quotes) -> Parsed | None:
    where = ADVERB.sub("", where.strip(" ,.;:!?"))  # "on the homepage again"
    raw = DETERMINER.sub("", where, count=1)
    page = None if names_the_site(raw) else PAGE_NAMED.match(raw)  # "the start page"
    if page is None and raw.lower() in {"list", "table", "grid"}:
        return None  # "you're on the list": in it, never a page so named
    name = quotes.value(page["name"] if page else raw)
    if name.lower() in {"https", "https://", "http", "http://"}:
        # "redirects to https": the secure address, which starts so; never a page "https"
        return Parsed(
            (Draft("expect_url", value=f"{name.lower().rstrip(':/')}://", compare="starts"),)
        )
    if _URLISH.match(name):
        return one("expect_url", value=name)
    if name.startswith("/") or "://" in name:
        return None  # an address with words in it
    if name.lower() in UNNAMEABLE or has_pronoun(name):
        return None
    fragment = page_fragment(name)
    return on_page(fragment) if fragment else None


_LEADS = (
    r"(?:opens?|go(?:es)?(?: back)? to|takes? (?:you|me|us|the user|users)(?: back)? to"
    r"|leads?(?: back)? to|navigates? to|points?(?: back)? to|links?(?: back)? to"
    r"|brings? (?:you|me|us)(?: back)? to"
    r"|(?:takes?|brings?) (?:you|me|us|the user|users)(?: back)?(?= home$)"
    r"|(?:go(?:es)?|links?|leads?)(?: back)?(?= home$))"
)


def _leads_to(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the Terms link opens the terms page": follow it, and be on that page.

    "Clicking Next leads to /setup" names the control by its words alone."""
    clicking = bool(match.groupdict().get("clicking"))
    if _ASKING.match(match["control"]):
        return None  # "does the Pricing link go to /pricing?": asked, as the question reads
    element = parse_element(match["control"], quotes, "click" if clicking else "link")
    kinds = {"link", "button", None} if clicking else {"link", "button"}
    # "clicking the logo takes you home": the logo, as "click the logo" clicks it
    if element is None:
        return None
    logo = clicking and element.noun == "logo"
    if not logo and (not element.named or element.target.role not in kinds):
        return None  # "the menu opens the settings": which control to follow?
    arrived = _to_a_page(match, quotes)
    return (
        None
        if arrived is None
        else Parsed((Draft("click", target=element.target), *arrived.drafts))
    )


def _nth_leads_to(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the first result links to /docs/webhooks": follow it, and be there."""
    nth = to_ordinal(match["ord"])
    arrived = _to_a_page(match, quotes)
    if nth is None or arrived is None:
        return None
    noun = match["noun"].lower().removeprefix("search ")
    item = Target(text=noun, nth=nth, within=noun)  # as "click the first result" clicks it
    return Parsed((Draft("act_on_item", target=item, value="click"), *arrived.drafts))


def _to_a_page(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Expect to be where "takes you to …" says, when the words name a page or an address."""
    where = DETERMINER.sub("", match["where"].strip(" ,.;:!?"), count=1)
    headed = _HEADED.match(where)
    if headed:  # "opens the pricing page with the heading 'Plans'": there, and headed so
        page = DETERMINER.sub("", headed["page"], count=1)
        there = _page_named(page, quotes) if _page_or_address(page, quotes) else None
        there = Parsed(()) if page.lower() == "page" else there
        said = f"the page has the {headed['kind']} {headed['x']}"
        shown = parse_assertion(said, quotes, bare=False)
        return None if there is None or shown is None else Parsed(there.drafts + shown.drafts)
    if not _page_or_address(where, quotes):
        return None  # "the menu button opens the settings": a menu, maybe, not a page
    return _where(match, quotes)


def _page_or_address(where: str, quotes: Quotes) -> bool:
    """Tell words that name a page, an address or the site (never "the settings": a menu?)."""
    return bool(
        PAGE_NAMED.match(where) or _URLISH.match(quotes.value(where)) or names_the_site(where)
    )


_HEADED = re.compile(
    r"^(?P<page>.+?) (?:with|showing|headed by) (?:the|a) (?P<kind>heading|title) (?P<x>\S.*)$",
    re.I,
)


def _signing_leads_to(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "logging out takes you to /login": sign out (or in, as the test), then be there."""
    arrived = _to_a_page(match, quotes)
    if arrived is None:
        return None
    if match["way"].lower() == "in":
        signed = Draft("sign_in", value=placeholder("username"), password=placeholder("password"))
    else:
        signed = Draft("sign_out")
    return Parsed((signed, *arrived.drafts))


_LANDING_SEEN = re.compile(rf"^(?:the|my|your|their|his|her) (?P<p>{LANDING_PAGES})$", re.I)


# "my current plan is Pro", "the total is $5": a statement seen, with no "that"
_SEEN_STATED = re.compile(
    r"^(?:the|my|your|our|his|her|their) [\w' -]+? (?:is|are) (?!(?:shown|displayed|visible"
    r"|listed|present|there|gone|hidden)\b)\S",
    re.I,
)
_VALUE_CHECKS = frozenset({"expect_text", "expect_title", "expect_selected", "expect_value"})


def _see(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    return _seen(match["x"], quotes, negated=_negated(match["mid"]))


def _seen(text: str, quotes: Quotes, *, negated: bool) -> Parsed | None:
    """Read what "I (should) see" names: words, an element, a count, or each of several."""
    titled = _SEE_TITLE.match(text)
    if titled:  # "see the page title 'Orders'"
        value = expected(titled["v"], quotes)
        return None if negated or not value else one("expect_title", value=value)
    if text.lower().startswith("that "):
        return None if negated else parse_assertion(text[5:], quotes, bare=True)
    stated = _SEEN_STATED.match(text)
    if stated and not negated:  # "I see my current plan is Pro": as "I see that …"
        said = parse_assertion(text, quotes, bare=False)
        if said is not None and all(d.action in _VALUE_CHECKS for d in said.drafts):
            return said
    landing = _LANDING_SEEN.match(text)
    if landing and not negated:  # "I should see my dashboard": the journey is on it
        return on_page(landing["p"].lower())
    if _QUOTED_EACH.match(text) and not negated:
        # "I should see 'Saved' and 'Done'", "the error 'A' and the error 'B'": each of them
        each = [_seen(said, quotes, negated=False) for said in _AND.split(text)]
        return None if None in each else Parsed(tuple(d for one in each if one for d in one.drafts))
    if text.startswith("no "):  # "I should see No results found" is text to read
        return None if negated else absent(text[3:], quotes)
    if negated and _ANY_OF_A_KIND.match(text):  # "I shouldn't see any errors": as "no errors"
        return absent(text[4:], quotes)
    seen_in = _SEEN_IN.match(text)
    if seen_in:  # "I should see 'Oak Desk' in the cart": as "'Oak Desk' is shown in the cart"
        shown = "is not shown" if negated else "is shown"
        return parse_assertion(f"{seen_in['x']} {shown} in {seen_in['scope']}", quotes, bare=False)
    priced = _PRICED_ITEM.match(text) or _PRICE_FOR.match(text)
    if priced and not quotes.is_quoted(text):
        return None if negated else _priced(priced, "page", quotes)
    figure = _FIGURE_OF.match(text)
    if figure:  # "I should see a total of $50": the total is $50
        return None if negated else _figure(figure, "page", quotes)
    said = _kind_saying(text, quotes)
    if said is not None:  # "I should see a tip saying '2 left'"; not seeing it: see absent()
        return None if negated else said
    counted = some_results(text, None) or count(text, quotes, within=None, need_role=False)
    if counted is not None:
        return None if negated else counted
    if negated:
        return absent(text, quotes)
    holding = _A_PART_HOLDING.match(text)
    if holding:  # "I should see a form with Email and Password fields": the form has them
        return parse_assertion(f"the {holding['part']} has {holding['x']}", quotes, bare=False)
    kinds = listed(text, quotes)
    if kinds is not None and kinds[0] is not None:  # "I see Email and Password fields"
        return parse_assertion(f"the page has {text}", quotes, bare=False)
    # "Invalid username or password": a message, whole, though "or" names no element
    seen = None if _A_MESSAGE_WITH_OR.match(text) else classify(text, quotes, strict=False)
    return message_said(text, quotes) if seen is None else expect(seen, negated=False)


# "a form with Email and Password fields", "a hero with a Sign up button": what a part has
_A_PART_HOLDING = re.compile(
    r"^(?:a|an) (?P<part>[a-z]+(?: [a-z]+)?) (?:with|containing|that has|that contains)"
    r" (?P<x>(?:a|an|the) \S.*|(?-i:[A-Z])\S*(?: \S+)* (?-i:[a-z]+s))$",
    re.I,
)
# A message whose words hold "or" ("Invalid username or password"); never two names to
# choose from ("Saved or Updated"), which no one text is
_A_MESSAGE_WITH_OR = re.compile(r"^(?-i:[A-Z])[a-z'’]+(?: [a-z'’]+)* or (?-i:[a-z'’ ]+)$")
_A_QUOTE = rf"(?:(?:the |an? )?(?:error|message|text|warning|notice|words?) )?{OPEN}\d+{CLOSE}"
_AND = re.compile(r",? and |, ")
_QUOTED_EACH = re.compile(rf"^{_A_QUOTE}(?:(?:,? and |, ){_A_QUOTE})+$")
# Things said by how many, or by what they are not: no words to read ("All good" is).
_SOME_OF = re.compile(
    r"^(?:all|every|each|any|some|several|many|various|most|anything|something|everything)\b"
)
# When something is said to hold, told after it: "… after adding two items".
_WHEN_SAID = re.compile(
    r" (?:after|before|once|until|while|whenever) (?:\w+ing|the|a|an|you|i|we)\b", re.I
)
# A span of time: "10 seconds", "a minute".
_DURATION = re.compile(
    r"^(?:a|an|one|two|three|five|ten|\d+(?:\.\d+)?) ?(?:ms|milliseconds?|s|secs?|seconds?"
    r"|mins?|minutes?|hours?)$",
    re.I,
)
# Words that make a name into a step: "Vote for option B", "Reply to Bob".
_DOES_A_THING = re.compile(
    r"^(?:upload|download|import|export|attach|print|share|invite|archive|drag|drop|add|create"
    r"|delete|remove|select|choose|pick|enter|type|click|open|put|place|leave|write|post|paste"
    r"|insert|save|store|move|copy|pin|star|flag|tag|mark|set|send|buy|order)"
    # "Put two mugs in the cart": things, counted, put there
    rf" (?:a|an|the|some|your|my|our|all|every|each|\d+|{NUMBER}|[\w-]+['’]s) ",
    re.I,
)
_STEP_SAID = re.compile(r" (?-i:for|to|with|on|into|from|by) ")
# A verb that "in" completes: "Fill in the coupon SAVE10", "Zoom in the map".
_IN_VERB = re.compile(
    r"^(?:fill|type|key|log|sign|check|opt|zoom|plug|drop|tune|dial|put|write|pencil|punch|"
    r"throw|chip|step|move|settle|cash|hand|turn|send|give|break|tap|swipe)$",
    re.I,
)


def _returns_results(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    return some_results(match["x"], None) or count(match["x"], quotes, within=None, need_role=False)


def _counted_alone(things: str) -> bool:
    """Tell things a count said alone may count: "3 plans", "10 results", never "3 days"."""
    return bool(SHOWN_ONE_BY_ONE.search(things) or _COUNTED_ALONE.search(things))


def _search_finds(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the docs search finds 'webhooks'": search for it, and the results show it."""
    shown = parse_assertion(f"the results show {match['x']}", quotes, bare=False)
    if shown is None:
        return None
    return Parsed((Draft("search", value=quotes.value(match["x"])), *shown.drafts))


def _kind_in_place(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the Admin link is not in the nav" as "… is not shown in the nav": a named
    control or part, there or not."""
    record = record_name(match["x"])
    if record:  # "the task 'Buy milk' is in the list": its name, in the list
        named = quotes.add(quotes.value(record["q"]))
        said = f"{named} {match['mid']} {match['p']} {match['scope']}"
        return parse_assertion(said, quotes, bare=False)
    element = parse_element(match["x"], quotes, "expect")
    if element is None or element.noun is None or not element.named:
        return None  # "the total is in euros": how it is said, no element in a place
    said = f"{match['x']} {match['mid']} shown {match['p']} {match['scope']}"
    return parse_assertion(said, quotes, bare=False)


def _visible(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    subject, where = match["x"], match["scope"]
    if match["p"].lower() in {"in the list", "on the list"}:
        where = "the list"  # "order #1001 is in the list": there, never anywhere on the page
    if match.groupdict().get("in") == "from" and not _HIDDEN.match(match["p"]):
        return None  # only what is gone is gone from a place: "disappears from the sidebar"
    if where and _LOAD_TIME.match(where):
        where = None  # "not visible on load": when, as the page opens, which it is at first
    if where:  # "not in the cart anymore": the cart
        where = re.sub(r" (?:anymore|any more|any longer|again|now|too)$", "", where)
        if _BUT_NOT.search(where) and not quotes.is_quoted(where):
            return None  # "in the Admins table but not in the Guests table": two places
        if _DURATION.match(where):
            return None  # "disappears within 10 seconds": a time limit, which is no place
        if _LOOK_OR_SPOT.match(where):
            return None  # "shown in red", "in the top left corner": how or where it looks
        if " with " in where and not quotes.is_quoted(where):
            return None  # "in the members list with the Editor role": and more said of it
        if _A_VERB_IN_PLACE.search(where):
            return None  # "Typing in the search shows suggestions": a statement, no place
    if not match["mid"] and match["p"].lower() in _NAME_ENDINGS:
        return None  # "verify Welcome Back": words to find, not "Welcome is back"
    if names_code(subject, quotes):
        return None  # "the element '.toast' is visible": no words anyone reads
    kept = _KEPT.match(match["p"]) and not _COUNTED_FIRST.match(subject)
    if kept and _HOLDS_THINGS.search(subject) and not quotes.is_quoted(subject):
        # "the todo list persists after reloading": what it held, which a list shown
        # empty does not keep
        return None
    said_whole = _SAYS_A_CLAUSE.match(subject) is not None
    # "Save button and Cancel button are visible": each control, by its name and kind
    parts = _SUBJECTS.split(subject)
    controls = len(parts) > 1 and all(_A_CONTROL_NAMED.match(part) for part in parts)
    if (
        not Quotes.is_quoted(subject)
        and not said_whole
        and not controls
        and not_a_subject(subject)
        and not names_results(subject.lower())
    ):
        return None  # "I exist in the app", "Extract the number of items shown in the cart"
    if now_ends_name(subject, match["mid"], quotes):
        return None  # "Join now is shown": the words "Join now", or "Join" at last?
    if not match["mid"] and match["p"] in {"in", "inside", "within"} and _STEP_SAID.search(subject):
        return None  # "Vote for option B in the poll": a step done there, no words said
    if not match["mid"] and match["p"].lower() == "in" and _IN_VERB.match(subject):
        return None  # "Fill in the coupon SAVE10": a step, never the word "Fill" shown
    if not match["mid"] and subject.lower() in _MOVES:
        return None  # "Stay in the form", "Scroll in the sidebar": a step, never a word shown
    if not match["mid"] and _DOES_A_THING.match(subject):
        return None  # "Upload a CSV in the Import dialog": a step done there, no words said
    if where and (match.groupdict().get("in") or "").lower() == "under":
        beside = _field_label(parse_element(where, quotes, "fill"))
        if beside is not None:  # "under the Email field": by its label, not in the input
            negated = _negated(match["mid"]) != bool(_HIDDEN.match(match["p"]))
            return None if negated else _said_beside(subject, beside, quotes)
    scope, place = None, None
    where = some_rows_of(where) if where else where
    if where and names_a_page(where):
        return None  # "shown on the pricing page", said where no visit was read: not here
    if where and AS_WHAT.search(where) and not quotes.is_quoted(where):
        return None  # "shows up in the list as Invited": how it stands there, no place's name
    if where and not is_the_page_open(where):
        element = parse_element(where, quotes, "expect")
        if element is None or not re.search(r"[^\W\d_]", quotes.value(where)):
            return None  # "Prices are shown in €": a currency, which no part of a page is
        if _CURRENCY.match(where):
            return None  # "Prices are displayed in USD", "in euros": the same
        scope, place = element.target, scope_name(where, quotes) or element.target.text
        below = (match.groupdict().get("in") or "").lower() in {"under", "below", "beneath"}
        if below and scope.role == "heading" and element.named:
            # "Alice is listed under the Team heading": in the part it heads, never in it
            scope = Target(text=scope.text)
    if not said_whole and re.search(rf" {_SAY_VERBS} ", f" {subject} ", re.I):
        return None  # "the page says Welcome, you are there": a says-statement
    if not Quotes.is_quoted(subject) and _ALTERNATIVES.search(subject):
        return None  # "the login page or a prompt shown": either, which a check cannot be
    if not Quotes.is_quoted(subject) and _ORDER_SAID.search(subject):
        return None  # "Oak Chair appears before Brass Lamp in the list": an order, no words
    negated = _negated(match["mid"]) != bool(_HIDDEN.match(match["p"]))
    if match["p"].lower() in {"closed", "dismissed"} and not _SHUT.search(subject):
        return None  # "Ticket #12 is closed": its state, never that it is gone from the page
    said = _kind_saying(subject, quotes)
    if said is not None and scope is None:  # "a tip saying '2 left' is shown"
        return None if negated else said
    counted = some_results(subject.lower(), place) or count(
        subject, quotes, within=place, need_role=False
    )
    if counted is not None:
        return None if negated else counted  # "results are not shown": where, if not there?
    first = re.match(r"^(?:both|all of|each of) (?=\S)", subject, re.I)  # "both A and B"
    subject = subject[first.end() :] if first else subject
    names = listed(subject, quotes)
    if names is not None:  # "Products, Pricing and Docs appear in the menu": each does
        return _each(names, scope, place, negated)
    several = _SUBJECTS.split(subject)
    apart = first or re.search(rf"\b{_EACH_SAID}\b", match["mid"] or "")
    if apart and not (len(several) > 1 and (controls or all(literal(p, p) for p in several))):
        return None  # "the items all appear": which items? each must be named
    if len(several) > 1 and _KIND_SHARED.search(several[-1]):
        return None  # "both Free and Pro plans": a kind said once for all, whose words?
    # "Anna Smith and James Smith are listed": each of them is. Names of one word each stay
    # one name ("Terms and Conditions is shown"), unless said apart ("both appear").
    if len(several) > 1 and (apart or controls or all(_full_name(p, quotes) for p in several)):
        checks = [_visible_one(part, quotes, scope, place, negated) for part in several]
        if any(parsed is None for parsed in checks):
            return None
        return Parsed(tuple(d for parsed in checks if parsed for d in parsed.drafts))
    seen = _visible_one(subject, quotes, scope, place, negated)
    if (
        seen
        and scope
        and scope.nth is not None
        and any(d.target and d.target.within for d in seen.drafts)
    ):
        return None  # "hidden on the last step": a position, which a place's name would lose
    if seen is not None and not negated and match["p"].lower() == "available" and _controls(seen):
        return _usable_now(seen)  # "the Save button is available": there, and usable
    return seen


# Kinds of part named by what they hold: their names shown anywhere (a menu's links) are
# no such parts
_HOLDERS = frozenset({"area", "box", "card", "drawer", "panel", "section", "tile", "widget"})

# Names said with one plural kind after the last ("Free and Pro plans")
_KIND_SHARED = re.compile(r"\S (?-i:[a-z]+s)$")
_COUNTED_ALONE = re.compile(r"\b(?:results|items|products|rows|orders|users)$")
_PLACED_OR_DENIED = re.compile(
    r" (?:among|in|on|under|within|inside|at|for|from|with|by|but|not|except|without) ", re.I
)
_LOWER_PAIR = re.compile(r"(?-i:[a-z]+(?: [a-z]+)? (?:and|&|\+) [a-z]+(?: [a-z]+)?)")
_A_CONTROL_NAMED = re.compile(
    rf"^(?:the |a |an )?(?:(?:{OPEN}\d+{CLOSE}|(?-i:[A-Z0-9])[\w'’-]*(?: [\w'’-]+){{0,3}})"
    r" (?:button|link|field|checkbox|tab|dropdown|icon)"
    # "the password field": a field is found by its label, whatever its case
    r"|(?-i:[a-z][\w-]*(?: [a-z][\w-]*)?) (?:field|checkbox|dropdown))$"
)


# What a control's own words may be: a name, never a sentence ("says you must sign in")
_WORDS_OF_A_CONTROL = re.compile(rf"^(?:{OPEN}\d+{CLOSE}|(?-i:[A-Z0-9])[^,;]{{0,40}})$")


def _controls(parsed: Parsed) -> bool:
    return all(d.target is not None and d.target.role in _CONTROL_ROLES for d in parsed.drafts)


def _usable_now(parsed: Parsed) -> Parsed:
    return replace(parsed, drafts=tuple(replace(d, action="expect_enabled") for d in parsed.drafts))


def _each(
    names: tuple[str | None, list[str]], scope: Target | None, place: str | None, negated: bool
) -> Parsed:
    """Check each name of a list: an element of the kind the list named, else its text."""
    kind, words = names
    role = ELEMENT_NOUNS.get(kind) if kind else None
    if role is None:
        action: Action = "expect_no_text" if negated else "expect_text"
        return Parsed(tuple(Draft(action, target=scope, value=word) for word in words))
    shown: Action = "expect_hidden" if negated else "expect_visible"
    level = heading_level(kind) if role == "heading" else None  # "h2s Install and Usage"
    targets = [Target(text=word, role=role, within=place, level=level) for word in words]
    return Parsed(tuple(Draft(shown, target=target) for target in targets))


def _full_name(part: str, quotes: Quotes) -> bool:
    return quotes.is_quoted(part) or (literal(part, part) and len(part.split()) >= 2)


def _is_field(noun: str | None) -> bool:
    return noun == "box" or (noun is not None and ELEMENT_NOUNS.get(noun) in _FIELD_ROLES)


_FIELD_ROLES = frozenset({"textbox", "searchbox", "combobox", "spinbutton"})


def _field_label(element: Element | None) -> Target | None:
    """The words a field's message shows next to: its label, when the element is a field.

    A message "under the Email field" is the field's described-by text, never inside the
    input. The label is written as a name (first letter upper case) so that it is looked for
    as words on the page, matched in any case, not as a part of the page with that id.
    """
    if element is None or not element.named or not _is_field(element.noun):
        return None
    name = element.target.text
    label = name[:1].upper() + name[1:]
    return Target(text=label, within=element.target.within)


def _beside(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "an error 'Required' is shown under the Email field": the words by its label.

    The most precise check there is: the words in the small part of the page that holds
    the field's label, after it (see browser/checks.py, "next to its label"); never inside
    the input, where a message is not. Beside anything but a field, where words show has
    no check: refused, unless "under" means inside ("under the Products heading").
    """
    beside = _field_label(parse_element(match["f"], quotes, "fill"))
    if beside is None or _negated(match["mid"]) != bool(_HIDDEN.match(match["p"])):
        # Not shown next to a label holds as well when the label is not there at all
        return None
    return _said_beside(match["x"], beside, quotes)


def _said_beside(subject: str, beside: Target, quotes: Quotes) -> Parsed | None:
    """Expect the words a message subject spells out, next to a field's label."""
    message = _MESSAGE.match(subject)
    if message is not None:
        return one("expect_text", target=beside, value=quotes.value(message["q"]))
    said = _kind_saying(subject, quotes)
    if said is None:
        seen = classify(subject, quotes, strict=False)
        if seen is None or seen[0] != "text" or not literal(subject, seen[1]):
            return None  # "a spinner is shown next to the Email field": no check says where
        said = one("expect_text", value=seen[1])
    draft = said.drafts[0]
    return Parsed((replace(draft, target=beside),), "closed")


# What closing hides: "the dialog is closed", "the cookie banner is dismissed"
_SHUT = re.compile(
    r"\b(?:dialog|modal|popup|pop-up|banner|menu|panel|drawer|toast|alert|notification|message"
    r"|tooltip|window|sidebar|overlay|prompt|notice|bar|sheet|lightbox|flyout|dropdown)s?$",
    re.I,
)
# Things a page lists, which no words name: "Search results displayed" shows results.
_THINGS = frozenset({"results", "items", "products", "entries", "rows", "records", "posts"})
_THINGS_DESCRIBED = re.compile(
    r"^(?-i:[A-Z][a-z]+)(?: (?-i:[a-z]+)){0,2} (?-i:tasks|todos|projects|orders|users|files"
    r"|messages|emails|notifications|cards|tickets|issues|events|comments|reviews|articles"
    r"|documents|invoices|members|accounts|customers|jobs|runs|builds|deployments)$"
)


# What a code is, then the code: "the SKU ABC-123", "the ZIP code 94107".
_CODE_NAMED = re.compile(
    r"^(?:the |an? )?(?:(?-i:[a-z]+|[A-Z]{2,}) ){1,2}(?P<code>[A-Z0-9#][\w#./-]*\d[\w./-]*)$"
)
_NONE_OF = re.compile(r"^(?:no|zero|\d+)\b", re.I)  # "No results is shown": words
# "the order number {{order}}": a code of the run's, said with what it is
_VARIABLE_NAMED = re.compile(rf"^(?:the |an? )?(?:(?-i:[a-z]+) ){{1,2}}(?P<code>{OPEN}\d+{CLOSE})$")


def _named_variable(subject: str, quotes: Quotes) -> re.Match[str] | None:
    named = _VARIABLE_NAMED.match(subject)
    return named if named and quotes.value(named["code"]).startswith("{{") else None


def _a_kind(word: str) -> bool:
    """Tell a kind said alone ("Logo", "Spinner"); "Error" may be the page's own word."""
    if word in TEXT_NOUNS or ELEMENT_NOUNS.get(word) in {"alert", "status"}:
        return False
    return word in ELEMENT_NOUNS or word in REGIONS


# A message named by unquoted words, which may be what it is about, not what it says
_MESSAGE_NAMED = re.compile(
    rf"^(?!.*{OPEN})(?!(?:the |an? )?(?:text|words?|phrase|message|label|string) )"
    rf"\S.* (?:{'|'.join(sorted(TEXT_NOUNS, key=len, reverse=True))})$",
    re.I,
)
# A name and the kind it names, said with no article: a thing, never its two words.
_KIND_UNSAID = re.compile(
    r"^(?!(?:the|a|an|this|your|my|no|some|any|all|each|every)\b)[\w'’-]+(?: [\w'’-]+)? "
    r"(?:form|logo|image|picture|photo|icon|message|error message|toast|notification|banner"
    r"|popup|pop-up|modal|dialog|spinner|alert|warning)$",
    re.I,
)


_WORDS_MARKED = re.compile(
    rf"^(?:(?:a|an|the) )?(?:(?P<q>{OPEN}\d+{CLOSE})|(?P<w>(?-i:[A-Z0-9])[^,]*?))"
    r" (?:badge|tag|pill|chip)$"
    # "a confirmation 'Settings saved'": a message named for what it is for, then its words
    rf"|^(?:a|an|the) (?:confirmation|success|info|status) (?P<q2>{OPEN}\d+{CLOSE})$",
    re.I,
)


def _visible_one(
    subject: str, quotes: Quotes, scope: Target | None, place: str | None, negated: bool
) -> Parsed | None:
    context: Literal["expect", "count"] = "count" if negated else "expect"
    if negated:  # "the error banner is not shown": no error message of any kind
        subject = ERROR_SHOWN_AS.sub("error message", subject)
    if not quotes.is_quoted(subject) and subject[:1].isupper() and _a_kind(subject.lower()):
        subject = f"the {subject.lower()}"  # "Spinner gone", "Logo visible": the kind
    elif not quotes.is_quoted(subject):
        bare = re.sub(r"^(?:the|an?) ", "", subject, flags=re.I)
        if " " in bare and bare.lower() in ELEMENT_NOUNS:  # "the Error message": the kind
            subject = f"the {bare.lower()}"
        elif _KIND_UNSAID.match(subject):  # "Login form visible": its article left out
            subject = f"the {subject}"
    marked = _WORDS_MARKED.match(subject)
    if marked:  # "Save 17% badge appears", "the 'Sale' tag is shown": the words it shows
        subject = marked["q"] or marked["q2"] or quotes.add(marked["w"])
    code = _CODE_NAMED.match(subject) or _named_variable(subject, quotes)
    value = named_value(subject, quotes)
    record = record_name(subject)
    if code:  # "the tracking number 1Z999 is shown": the code is the words
        subject = code["code"]
    elif value is not None:  # "the phone number +1 555 0100": those words, as if quoted
        subject = quotes.add(value)
    elif record:  # "the note 'Buy milk' is in the list": its name, in the list
        subject = quotes.add(quotes.value(record["q"]))
    seen = classify(subject, quotes, strict=False, context=context)
    if seen is not None and seen[0] == "text" and not literal(subject, seen[1]):
        return None  # "no results are shown", "dashboard is displayed": things, not words
    if negated and seen is not None and seen[0] == "text" and _MESSAGE_NAMED.search(subject):
        # "the Cookie banner is gone": no word "Cookie" holds while it says "We use cookies"
        return None
    things = subject.split()[-1].lower() in _THINGS and not _NONE_OF.match(subject)
    things = things or bool(_THINGS_DESCRIBED.match(subject))
    if seen is not None and seen[0] == "text" and not quotes.is_quoted(subject) and things:
        # "Search results displayed": results, which no words are; "Completed tasks are
        # hidden": the tasks that are done, never the words "Completed tasks"
        return None
    parsed = expect(seen, negated=negated, scope=scope, place=place)
    if parsed is not None and scope is not None and any(d.target is None for d in parsed.drafts):
        return None  # "the product page shows in stock": a page is in no part of one
    return parsed


_EACH = re.compile(r"(?:^|[\s,])(?:each|every|all)\b", re.I)
_BUT_NOT = re.compile(
    r",? (?:but|and) not\b|, not\b"
    # "in the nav and goes to the blog": a place, then what the thing does, never one place
    r"| and (?:goes|opens|leads|links|points|takes|navigates)\b",
    re.I,
)
# Where one thing stands to another, which no words on the page are
_ORDER_SAID = re.compile(
    r" (?:appears?|shows?(?: up)?|comes?|is|are|sits?|stays?|goes|go|moves?|ranks?|listed"
    r"|shown) (?:before|after|above|below|ahead of|behind|higher than|lower than)\b",
    re.I,
)
_WE_SHOW = re.compile(r"\b(?:show|display)\W*$", re.I)
_A_VERB_IN_PLACE = re.compile(
    r" (?:shows|says|loads|opens|displays|appears|lists|contains|reads|brings|gives|returns)\b"
)
_APPEARS_IN = re.compile(r" (?:appears?|(?:is|are) (?:shown|displayed|listed)) (?:in|on) ", re.I)
# "at least one result", "both rows", "one of the results": how many, never a part's name
_HOW_MANY = re.compile(
    r"^(?:at least|at most|both|only one|one or more|more than|fewer than|less than"
    r"|\w+ of (?:the|these|those|my|your))\b(?! (?-i:[A-Z0-9]))",
    re.I,
)


_MANY_DESCRIBED = re.compile(
    r"^(?!(?:The|A|An|This|That|These|Those|My|Your|Our)\b)(?-i:[A-Z][a-z]+)(?: (?-i:[a-z]+)){0,3}"
    r" (?-i:[a-z]+[^s\W]s)$"
)


def _many_described(subject: str, match: re.Match[str], quotes: Quotes) -> bool:
    """Tell things of a kind described, said with a plural verb: "Out of stock items show
    Sold out" is each of them, which one part's words are not."""
    verb = match.string[match.end("s") :].split()[0]
    plural = not match["mid"] and not verb.lower().endswith("s")
    described = _MANY_DESCRIBED.match(subject) and not names_results(subject.lower())
    return plural and bool(described) and not quotes.is_quoted(subject)


# A figure said to include or leave out a part of it: "the total includes shipping"
_SUMMED = re.compile(
    r"\b(?:price|prices|total|subtotal|sub-total|cost|costs|amount|fee|fees|charge|charges"
    r"|rate|bill|sum)\W+(?:(?:should|must|will|does|do|doesn['’]t|does not|should not)\W+)?"
    r"(?:includes?|contains?|excludes?|include|exclude|covers?|is inclusive of"
    r"|is exclusive of)\W*$",
    re.I,
)
# Things shown, said alone ("logos", "prices"): no words to look for
_KIND_ALONE = re.compile(
    r"^(?-i:(?:logo|image|icon|photo|picture|avatar|thumbnail|video|chart|graph|price|rating"
    r"|star|badge|banner|tile|ad)s|data|numbers|figures|values|details|information|info|stats"
    # "has pagination", "shows breadcrumbs": parts of a page, which it never says in words
    r"|statistics|pagination|breadcrumbs?|filters|controls|social icons)"
    r"(?: (?:in|with|for|from|of|about) \S.*)?$"
)
# "shows Welcome by default": when, which the words never say
_WHEN_SHOWN = re.compile(
    r" (?:by default|initially|at first|on (?:the |a )?(?:first|fresh) (?:page )?(?:load|visit)"
    # "doesn't say 'undefined' or 'NaN' anywhere": wherever, as any check of the page looks
    r"|anywhere(?: on (?:the|this) page)?)$",
    re.I,
)


# "the line for Oak Chair", "the card for Pro": the item or the card that name holds
_LINE_FOR = re.compile(r"^(?:the )?line (?=(?:for|of) \S)", re.I)
_CARD_FOR = re.compile(
    rf"^(?:the )?(?:card|tile) (?:for|of) (?:the )?(?P<x>(?-i:[A-Z0-9])\S*(?: \S+){{0,3}}"
    rf"|{OPEN}\d+{CLOSE})$",
    re.I,
)


# A trail's steps, said with slashes: "the breadcrumb shows Home / Docs" is "Home > Docs"
_BREADCRUMB = re.compile(r"^(?:the |a )?breadcrumbs?(?: trail| bar| nav(?:igation)?)?$", re.I)
_PATH_SLASH = re.compile(r"(?<=\S) / (?=\S)")


def _says(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    subject, value = match.groupdict().get("s") or "page", match["v"]
    subject = _LINE_FOR.sub("the item ", subject, count=1)
    card = _CARD_FOR.match(subject)
    if card:
        subject = f"the {card['x']} card"
    if re.match(r"(?:do|does|did)\b", subject, re.I):
        return None  # "Do we still show the banner?": asked, which `_question` reads
    if subject.lower() == "we" and _WE_SHOW.search(match.string[: match.start("v")]):
        subject = "the page"  # "we show Invalid credentials": the site, speaking as "we"
    if _NOTHING.match(subject) or subject.lower() == "there":
        return None  # "Nothing says Error": no part of the page, which no place can say
    if re.search(r" (?:that|which|who)$", subject, re.I):
        return None  # "the box that says 'I agree'": a box named by its words, no statement
    if ": " in subject:
        return None  # "Compare plans: Pro includes SSO": a heading, then a statement
    if _APPEARS_IN.search(subject):
        return None  # "Bob appears in the members list with …": "list" is no verb there
    if not quotes.is_quoted(subject) and re.search(r" (?:and|or)(?: (?-i:[a-z])|$)", subject):
        # "status 200 and body contains ok", "X accepts a@b.io and says Thanks": two things
        # ("Terms and Conditions" is one)
        return None
    if _EACH.search(subject) or _HOW_MANY.match(subject):
        return None  # "in the list, each item has a Delete button": all, which one check is not
    if match.groupdict().get("s") and _many_described(subject, match, quotes):
        return None  # "Overdue tasks say Overdue": each such task, never a part so named
    if match.groupdict().get("s") and not_a_subject(subject):
        return None
    if now_ends_name(subject, match["mid"], quotes):
        return None  # "Buy now says Sold out": the button "Buy now", or "Buy" at last?
    if re.search(r" page (?:for|of) ", subject) or names_a_page(subject):
        # "the product page for Oak Desk shows …", "the pricing page shows …" past the
        # ways a page is gone to first: a page we may not be on
        return None
    if _ONLY_SAYS.search(subject):
        return None  # "the list only shows 'Milk'": and nothing else, which text cannot check
    if _NEGATION.search(subject):
        return None  # a "not" we did not read as one is never a check that the words show
    fields_for = None if quotes.is_quoted(value) else _FIELDS_FOR.match(value)
    if fields_for:  # "has fields for email and password": an email field and a password one
        if _negated(match["mid"]):
            return None  # "has no fields for phone and fax": neither, or not both?
        each = [
            parse_assertion(
                f"{subject} has {'an' if n[:1] in 'aeiou' else 'a'} {n} field", quotes, bare=False
            )
            for n in _NAMES_CUT.split(fields_for["x"])
        ]
        if not all(each):
            return None
        # "… for email and password": more names may go on the last, as any value's do
        drafts = tuple(d for parsed in each if parsed for d in parsed.drafts)
        return Parsed(drafts, tail="free")
    if re.match(r"^(?:(?-i:up)|again|now|too|as well)\b", value, re.I):
        return None  # "shows up after signing in", "shows again": it appears; no words said
    said_with = match.string[: match.start("v")]
    if _SUMMED.search(said_with) and not quotes.is_quoted(value):
        return None  # "the price includes VAT": what the figure sums, which "excl. VAT" says
    if value.startswith("as ") and re.search(r" shows? as ", match.group(0)):
        # "'Buy milk' shows as completed": how it is shown, as "is shown as completed" says
        verb = "is not" if _negated(match["mid"]) else "is"
        return parse_assertion(f"{subject} {verb} shown {value}", quotes, bare=False)
    if value in ELEMENT_NOUNS or value in TEXT_NOUNS or value == "title":
        return None  # "has title", "shows a heading"'s kind said alone: which words?
    value = value if quotes.is_quoted(value) else _WHEN_SHOWN.sub("", value)
    if _BREADCRUMB.match(subject) and not quotes.is_quoted(value):
        value = _PATH_SLASH.sub(" > ", value)  # "Home / Docs": a path, with any separator
    if _KIND_ALONE.match(value) and not _WORDS_VERB.search(said_with):
        return None  # "the Customers section shows logos": things of a kind, never the word
    if _MARKUP.match(value) and re.search(r" ha(?:s|ve) ", match.group(0)):
        return None  # "the body has class dark": its markup, which no one reads on the page
    if re.match(r"^with ", value) and not quotes.is_quoted(value):
        return None  # "the chart renders with values": how it is drawn, no words it says
    if re.match(r"^(?:in|on|inside|within|under|below|above) ", value):
        # "the name Bob should show in the header": where it shows ("In stock" is words)
        return None
    timed = re.match(r"^(?P<x>.+) (?:within|in|under|after) (?P<t>.+)$", value)
    if timed and _DURATION.match(timed["t"]) and not quotes.is_quoted(value):
        return None  # "shows Done within a minute": a time limit, which no words are
    if _WHEN_SAID.search(value) and not quotes.is_quoted(value):
        return None  # "shows 2 after adding two items": when, which is a step of its own
    if _SHOWN_WHERE.search(value) and not quotes.is_quoted(value):
        # "the error Must be 18 or older appears under Age": "Must" began the words, and
        # the statement went on past them
        return None
    if _BESIDE_A_PART.search(value) and not quotes.is_quoted(value):
        return None  # "shows In stock next to the price": where the words are, not words
    if _COUNTED_SUCH.match(value) and not quotes.is_quoted(value):
        return None  # "shows 5 products under $50": how many of a kind, no words shown
    if _BOUND.search(value) and not quotes.is_quoted(value):
        return None  # "shows 4 stars or more": at least, which no words shown say
    if re.search(r" (?-i:only) ", value) and not quotes.is_quoted(value):
        return None  # "lists SSO only under Enterprise": there and nowhere else
    if _SECOND_THING.search(value) and not quotes.is_quoted(value):
        return None  # "shows Operational and no incidents": a second thing, none of it
    if _EITHER.search(value) and not quotes.is_quoted(value) and not _negated(match["mid"]):
        return None  # "says Good morning or Good afternoon": either, never both as words
    if _SOME_OF.match(value) and not (_negated(match["mid"]) and value.startswith("any ")):
        return None  # "lists every product": the products, which no words are ("All good" is)
    if (
        _PERSON.match(subject.strip())
        and re.search(r" (?:has|have) ", match.group(0))
        and not has_label(value)
    ):
        return None  # "Todd has an empty list": a person ("Ada has role Admin": her role)
    negated = _negated(match["mid"])
    instead = None if negated or quotes.is_quoted(value) else _INSTEAD_OF.fullmatch(value)
    if instead:  # "the navbar shows Sign out instead of Sign in": the one, never the other
        shown, gone = instead["x"] or instead["x2"], instead["y"] or instead["y2"]
        there = parse_assertion(f"{subject} shows {shown}", quotes, bare=False)
        absent = parse_assertion(f"{subject} does not show {gone}", quotes, bare=False)
        if there is None or absent is None or gone.isdigit():
            return None  # "2 items instead of 1": of what, the second?
        both = there.drafts + absent.drafts
        return Parsed(both) if {d.action for d in both} <= _SAID_OR_NOT else None
    later = _SAID_LATER.match(value)
    if later and match.groupdict().get("s"):
        # "the products list should include X": "list" named the subject, not the saying
        subject = match.string[: later.start("mid") + match.start("v")].strip()
        negated, value = _negated(later["mid"]), later["v"]
    done = _DONE_TO_IT.match(value) if re.search(r"\bha(?:s|ve)\W*$", said_with) else None
    if done is None and re.search(r"\bha(?:s|ve)\W*$", said_with) and _DEED.match(value):
        return None  # "the page has loaded the Stripe iframe": a deed, never those words
    if done:  # "the spinner has disappeared": it is gone, never the word "disappeared"
        if negated:
            return None  # "hasn't disappeared": still there, or not yet gone?
        state = done["p"]
        gone = f"{subject} {state}" if state in _PAST_VERBS else f"{subject} is {state}"
        return parse_assertion(gone, quotes, bare=False)
    if _BARE_KIND.match(value) and not _WORDS_VERB.search(said_with):
        value = f"a {value}"  # "has heading Welcome": a heading, never the words "heading …"
    kind_first = bool(DETERMINER.match(value) or _ELEMENT_FIRST.match(value))
    if _NOTHING_IN_IT.match(value):  # "the cart has nothing in it": never the word "nothing"
        return None if negated else parse_assertion(f"{subject} is empty", quotes, bare=False)
    words_said = bool(_WORDS_VERB.search(match.string[: match.start("v")]))
    if re.match(r"(?:the |a )?values? ", value) and not words_said:
        return None  # "has value x": what a field holds (see states.py), never "value x"
    if _LISTED_AS.search(value) and not (words_said or quotes.is_quoted(value)):
        # "lists order #1001 as Delivered", "shows Ada as Admin": a thing and how it stands,
        # never the words "Ada as Admin" ("says Save as Draft" is words)
        return None
    if _NONE_OF_A_KIND.match(value) and not (negated or words_said or is_the_page_open(subject)):
        # "the cart has no items": as "there are no items in the cart"
        holder = DETERMINER.sub("", subject, count=1)
        return parse_assertion(f"there are {value} in the {holder}", quotes, bare=False)
    if negated and _ANY_OF_A_KIND.match(value) and not (words_said or is_the_page_open(subject)):
        # "the cart shouldn't have any items": as "the cart has no items"
        return parse_assertion(f"{subject} has no {value[4:]}", quotes, bare=False)
    if not negated and re.match(r"neither .+ nor ", value, re.I):
        negated = True  # "shows neither Error nor Warning": none of them, said once
    if value.startswith("no "):  # "says No results found" is text to read
        negated, value, kind_first = True, value[3:], True
    elif negated and value.startswith("any "):  # "does not show any 'undefined' text"
        value, kind_first = value[4:], True  # "… any errors": as "shows no errors"
    if DETERMINER.sub("", subject.lower(), count=1) in PRONOUNS:
        return None
    if _PLACE_ALONE.match(subject):
        return None  # "… and the last is Eggs": the last of what was said before
    if _TITLE_SUBJECT.match(subject) or _URL_SUBJECT.match(subject):
        if negated or (not quotes.is_quoted(value) and _DESCRIBED_WORDS.match(value)):
            return None  # "the tab title shows the page name": which name? the goal's to say
        action: Action = "expect_title" if _TITLE_SUBJECT.match(subject) else "expect_url"
        text = expected(_IN_IT.sub("", value), quotes)  # "has Acme in it": Acme
        if action == "expect_url" and text and " " in text:
            return None  # "the URL shows ref=nav up top": no address holds a space
        return one(action, value=text, tail=text_tail(value, quotes)) if text else None
    priced = _PRICED_ITEM.match(value) or _PRICE_FOR.match(value)
    if priced and not (quotes.is_quoted(value) or words_said):
        return None if negated else _priced(priced, subject, quotes)
    figure = _FIGURE_OF.match(value)
    if figure and not words_said:
        return None if negated else _figure(figure, subject, quotes)
    placed = _SAID_IN.match(value)  # "shows Active in the Status column": where it shows
    labelled = None if negated else said_of_item(subject, value, said_with, placed, quotes)
    if labelled is not None:
        return labelled
    if label_of_a_row(subject, value, said_with):
        return None  # "row 3 has status Paid": never the words "status Paid"
    if placed and not quotes.is_quoted(value):
        if placed["scope"] in {"it", "there"}:
            value = placed["x"]  # "the pricing page has Enterprise on it": the subject
        elif is_the_page_open(subject) and words_said:  # "says 30 days in the FAQ": words
            says = "does not say" if negated else "says"
            return parse_assertion(f"{placed['scope']} {says} {placed['x']}", quotes, bare=False)
        elif is_the_page_open(subject):  # as "Revenue is shown in the sidebar"
            shown = "is not shown" if negated else "is shown"
            return parse_assertion(
                f"{placed['x']} {shown} in {placed['scope']}", quotes, bare=False
            )
        else:
            return None  # "the header shows Revenue in the sidebar": which is it?
    heading = _HEADING_SUBJECT.match(subject)
    if heading:
        return _heading_says(heading, value, quotes, negated=negated)
    scope, place = None, None
    if not is_the_page_open(subject):
        element = parse_element(subject, quotes, "expect")
        if element is None:
            return None
        beside = _field_label(element)
        by_it = BY_IT.match(value)
        if beside is not None and by_it:  # "shows Please enter an email under it"
            return None if negated else _said_beside(by_it["v"], beside, quotes)
        if beside is not None and (_MESSAGE.match(value) or INVALID.match(quotes.value(value))):
            # "the Email field shows an error 'Required'": a message by the field, not in it
            return None if negated else _said_beside(value, beside, quotes)
        target = element.target
        if target.names_kind and target.role in {"button", "link"} and target.within:
            if negated or target.nth is not None or not _WORDS_OF_A_CONTROL.match(value):
                return None  # "the button in the hero does not say Buy": which button?
            # "the button in the hero says Start free trial": a button there, named so
            named = target.model_copy(update={"text": quotes.value(value)})
            return one("expect_visible", target=named, tail=text_tail(value, quotes))
        if element.target.names_kind and element.target.role in _CONTROL_ROLES:
            return None  # "the field shows an error": which field? and what is by it?
        verb = match.string[match.end("s") : match.start("v")] if match.groupdict().get("s") else ""
        if element.target.role == "combobox" and _OFFERS.search(verb):
            return None  # "the dropdown contains Canada": among its options, not the one chosen
        scope, place = element.target, scope_name(subject, quotes) or element.target.text
        if _CART_ICON.match(subject):  # "the cart icon shows 2": its badge, never an image's
            place = DETERMINER.sub("", subject.lower(), count=1)
            scope = Target(text=place)
            # "… shows 2 items": the number on the badge, never items counted inside it
            value = _ITEMS_ON_A_BADGE.sub(r"\g<n>", value)
    # "says Required field": words; "has Save and Cancel buttons": elements
    verb = match.string[: match.start("v")]
    words_only = bool(_WORDS_VERB.search(verb))
    said = _says_value(
        value,
        quotes,
        scope,
        place,
        negated=negated,
        kind_first=kind_first,
        words_only=words_only,
        counts_listed=bool(_LISTS_VERB.search(verb)),
        names_each=bool(_NAMES_EACH_VERB.search(verb)),
    )
    if said is not None and scope is not None and _place_lost(said, scope):
        return None  # "the list in the sidebar has 5 items": a count there loses the sidebar
    if said is None or scope is None or not region_name(subject)[:1].islower():
        return said
    # "the panel lists Welcome, but it does not list Error": "it" is that panel
    return replace(said, focus=region_name(subject))


_SAID_OR_NOT = frozenset({"expect_text", "expect_no_text", "expect_visible", "expect_hidden"})
_INSTEAD_OF = re.compile(
    r"(?P<x>.+?) (?:instead of|rather than|in place of) (?P<y>.+)"
    # "Active, not Pending", "$45 (not $40)": one value said against another like it
    r"|(?P<x2>(?-i:[A-Z$£€])\S*(?: \S+){0,2}?)(?:, (?:and |but )?| \()not"
    r" (?P<y2>(?-i:[A-Z$£€])[^()]*?)\)?"
)
# "loaded the Stripe iframe", "rendered a chart": what was done to a thing, told after "has"
_DEED = re.compile(r"^(?-i:[a-z]+(?:ed|wn|en)) (?:the|a|an|all|its|their|some|every|my|your)\b")


def _items_named(value: str) -> bool:
    """Tell "posts", "reviews and comments": items said by their kind alone, no words."""
    nouns = re.split(r", (?:and )?| and ", value)
    return all(
        re.fullmatch(r"(?-i:[a-z-]+s|people)", noun) is not None and names_items(noun)
        for noun in nouns
    )


def _named_as_a_thing(value: str) -> bool:
    """Tell "Oak Table", a name in title case whose last word is a kind no control is (a
    product's name), from "Sign In Link", a control said by its kind."""
    last = singular(value.rsplit(" ", 1)[-1].lower())
    return bool(_TITLE_CASED.fullmatch(value)) and ELEMENT_NOUNS.get(last) not in _CONTROL_ROLES


def _place_lost(said: Parsed, scope: Target) -> bool:
    """Tell a reading that looks in a part ("the list") without the place it is in ("in the
    sidebar") or which one it is ("the first result"): only a check of the part itself keeps
    both."""
    if not scope.within and scope.nth is None:
        return False
    return any(
        draft.target != scope and (draft.target is None or draft.target.within != scope.within)
        for draft in said.drafts
    )


_PRICED_ITEM = re.compile(
    rf"^(?:an? (?:product|item) (?:called|named) )?(?P<x>{OPEN}\d+{CLOSE}|(?-i:[A-Z0-9])[^,]*?)"
    r" (?:priced at|costing|costs|selling for|at|for) (?P<p>[$€£]\s?\d[\d,.]*)$",
    re.I,
)


# "$29 for the Starter plan", "$29/month for the starter plan": that plan's price
_PRICE_FOR = re.compile(
    rf"^(?P<p>[$€£]\s?\d[\d,.]*(?:/\w+)?) for (?:the )?(?P<x>{OPEN}\d+{CLOSE}"
    r"|[\w-]+(?: [\w-]+)? (?:plan|tier|package|edition|license|licence)"
    r"|(?-i:[A-Z0-9])[\w-]*(?: (?-i:[A-Z0-9])[\w-]*)*)$",
    re.I,
)


# "a subtotal of $49", "discount of 10%": the figure that label names
_FIGURE_OF = re.compile(
    rf"^(?:(?:an?|the) )?(?P<label>[a-z]+(?: [a-z]+)?) of (?P<v>{OPEN}\d+{CLOSE}"
    r"|[-+]?[$€£]?\s?\d[\d,.]*%?(?:/[a-z]+)?)$",
    re.I,
)


def _figure(figure: re.Match[str], subject: str, quotes: Quotes) -> Parsed | None:
    """Read "the cart shows a subtotal of $49" as the subtotal there: $49 by its label."""
    where = "" if is_the_page_open(subject) else f" in {subject}"
    said = f"the {figure['label']}{where} is {figure['v']}"
    return parse_assertion(said, quotes, bare=False)


def _priced(priced: re.Match[str], subject: str, quotes: Quotes) -> Parsed | None:
    """Read "(the cart lists) Oak Chair priced at $49" as the chair's price, shown by its
    name: never the words "Oak Chair priced at $49", which no page shows as one."""
    column = _COLUMN_SAID.match(subject)
    if column and column["owner"]:
        return None  # "the Invoices table's Amount column has $120 for INV-003": the row's
        # cell in that table, which one check of a row's value does not place
    if column:  # "the Amount column has $120.00 for INV-003": the Amount of INV-003
        return parse_assertion(
            f"the {column['label']} of {priced['x']} is {priced['p']}", quotes, bare=False
        )
    if ELEMENT_NOUNS.get(singular(subject.rsplit(" ", 1)[-1].lower())) in _SWITCHES_TOO:
        return None  # "the annual toggle shows $290 for Pro": a control holds no prices
    where = "" if is_the_page_open(subject) else f" in {subject}"
    return parse_assertion(f"{priced['x']} costs {priced['p']}{where}", quotes, bare=False)


_COLUMN_SAID = re.compile(
    r"^(?:the )?(?P<owner>.+['’]s )?(?P<label>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?) column$", re.I
)


_DONE_TO_IT = re.compile(
    r"^(?:(?:now|already|finally|just) )?(?P<p>disappeared|vanished|appeared|gone(?: away)?"
    r"|closed|opened|loaded|expanded|collapsed)$"
)
_PAST_VERBS = frozenset({"disappeared", "vanished", "appeared"})
_LISTED_AS = re.compile(r"\S as (?!(?:an?|the|its|their|his|her|your|my)\b)\S")
_NONE_OF_A_KIND = re.compile(r"^no [a-z]+s$")
_ANY_OF_A_KIND = re.compile(r"^any [a-z]+s$")
_NOTHING_IN_IT = re.compile(r"^nothing(?: (?:in it|inside|at all))?$")
_CART_ICON = re.compile(
    r"^(?:the |my |your )?(?:shopping )?(?:cart|basket|bag)"
    r" (?:icon|badge|count|counter|bubble|indicator)$",
    re.I,
)
_ITEMS_ON_A_BADGE = re.compile(r"^(?P<n>\d+) (?:items?|products?)$", re.I)


def _heading_says(
    subject: re.Match[str], value: str, quotes: Quotes, *, negated: bool
) -> Parsed | None:
    """Expect a heading with the words; "the modal heading" is one inside the modal."""
    text = expected(value, quotes)
    if not text:
        return None
    if not quotes.is_quoted(value) and _DESCRIBED_WORDS.match(value):
        return None  # "the heading shows the product name": which name? the goal's to say
    part = subject["part"] or subject["box"]
    within = part if part and part.lower() in _PART_WORDS - {"page"} else None
    # "the main heading", "the h2": a heading of that level, never any heading
    said = (subject["level"], subject["rank"], subject["after"], subject["part"])
    level = next(filter(None, map(heading_level, said)), None)
    if subject["rank"] and level is None:
        return None  # "the sub-level heading": which level is that?
    heading = Target(text=text, role="heading", within=within, level=level)
    shown: Action = "expect_hidden" if negated else "expect_visible"
    return one(shown, target=heading, tail=text_tail(value, quotes))


_MORE_THAN_BEFORE = re.compile(
    rf"^(?:{NUMBER}|\d+) (?:more|fewer|less|extra|additional|further) [a-z]+s$", re.I
)
_DESCRIBED_WORDS = re.compile(r"^(?:the|a|an|my|your|his|her|their|its|our) [a-z]")
_OFFERS = re.compile(r"\b(?:contains?|lists?|includes?|offers?|has|have)\b", re.I)
_A_NAME_SAID = re.compile(r"(?-i:[A-Z])[\w'&.-]*(?: (?-i:[A-Z0-9])[\w'&.-]*){0,3}")
_WORDS_VERB = re.compile(r"\b(?:says?|saying|reads?|reading|mentions?|mentioning)\W*$", re.I)
# "lists 5 components": that many things listed, never the words "5 components"
_LISTS_VERB = re.compile(r"\blists?\W*$", re.I)
# "lists", "includes", "mentions" A and B: each of them, never the phrase "A and B"
_NAMES_EACH_VERB = re.compile(r"\b(?:lists?|includes?|mentions?)\W*$", re.I)
_NUMBER_FIRST = re.compile(rf"(?:(?:at least|at most|exactly|only|just) )?{NUMBER}\b", re.I)
# A kind said with no article before a name: "shows heading Welcome", "has button Save".
_BARE_KIND = re.compile(
    rf"^(?:heading|button|link|tab|checkbox|image|field|dropdown|textbox|menu item) "
    rf"(?=[A-Z0-9]|{OPEN})"
)


_PARTS_SAID = frozenset(REGIONS) | {"hero", "banner", "sidebar", "modal", "dialog"}


def _part_said(words: str | None) -> Target | None:
    """The part of the page a kind of text is said to be in: "the hero text 'Build'"."""
    part = next((w for w in (words or "").lower().split() if w in _PARTS_SAID), None)
    return Target(text=part, role=REGIONS.get(part)) if part else None


def _says_value(
    value: str,
    quotes: Quotes,
    scope: Target | None,
    place: str | None,
    *,
    negated: bool,
    kind_first: bool,
    words_only: bool,
    counts_listed: bool = False,
    names_each: bool = False,
) -> Parsed | None:
    """Read what a page or region says: a count, an element it holds, or text.

    kind_first: the value opened with an article or "no", so it may name an element
    ("has a Sign in link", "has no errors") rather than spell out text.
    """
    if SERVER_ANSWERS.match(value):
        return None  # "shows no 404s": answers the server gave, which no words count
    if scope is not None and scope.role is None and scope.text.lower() in _HOW_MUCH_OF_IT:
        return None  # "the full text mentions oak": all of what? no part is named "full"
    described = A_STATE_OF_THINGS.match(value) or KIND_DESCRIBED.match(value)
    if (described or DESCRIBED_THINGS.match(value)) and not quotes.is_quoted(value):
        # "has no Broken links", "shouldn't include Discontinued products": things in a
        # state, never those words, whose absence any page shows (nor a name)
        return None
    if not words_only and not quotes.is_quoted(value) and a_length(value):
        return None  # "the code has 6 digits": how long its words are, not "says 6 digits"
    # "has columns Date and Total": the table's column headers
    value = _COLUMNS.sub("column headers ", value, count=1)
    if " and " in value:  # "Name and Role columns": their headers, as "columns Name and Role"
        value = _COLUMNS_LAST.sub(" column headers", value, count=1)
    value = _COLUMN_NAMED.sub(r"a \g<n> column", value, count=1)  # "a column called Status"
    value = _A_COLUMN.sub(r"a \g<n> column header", value, count=1)  # "has a Status column"
    names = listed(_LINKS_TO.sub("links ", value), quotes)
    if names is not None and names[0] in _HOLDERS:
        # "has cards for Guides and Examples": each a part so named, as "a Guides card"
        # is; never their words, which a menu's links show too
        kind, words = names
        parts = [Target(text=f"{word} {kind}", within=place) for word in words]
        return None if negated else Parsed(tuple(Draft("expect_visible", p) for p in parts))
    if names is not None:  # "contains Home, Shop and Contact", "has links to Blog and Jobs"
        return _each(names, scope, place, negated)
    if not words_only and not quotes.is_quoted(value) and THINGS_SAID_OF.match(value):
        return None  # "shows posts from 2026", "results for shoes": things described
    unseen = none_of(value, quotes) if negated else None
    if unseen is not None:  # "doesn't show Error or Warning": neither of them
        return _each((None, unseen), scope, place, negated=True)
    header = _ONE_HEADER.match(value)
    if header:  # "has columns Date": one column, as "has a Date column"
        value, kind_first = f"a {header['n']} column header", True
    to = _LINKS_TO.match(value)
    two = value[to.end() :].split(" and ") if to else []
    if len(two) == 2 and all(_TITLE_CASED.fullmatch(name) for name in two):
        # "links to Privacy Policy and Terms of Service": a link to each ("Terms and
        # Conditions" is one name)
        each = [
            _says_value(
                f"a link to {name}",
                quotes,
                scope,
                place,
                negated=negated,
                kind_first=True,
                words_only=words_only,
            )
            for name in two
        ]
        if None in each or negated:
            return None  # "doesn't link to A and B": neither, or not both?
        return Parsed(tuple(d for parsed in each if parsed for d in parsed.drafts))
    if to:  # "has links to Docs": one name, said as "a link to Docs", which more may follow
        a_link = f"a link to {value[to.end() :]}"
        one_link = _says_value(
            a_link, quotes, scope, place, negated=negated, kind_first=True, words_only=words_only
        )
        return one_link and replace(one_link, tail="name")
    plus = value.split(" + ")
    if len(plus) > 1 and all(quotes.is_quoted(p) or _A_NAME_SAID.fullmatch(p) for p in plus):
        # "has Pricing + Docs": names joined by "+", as a note writes "and"
        return (
            None if negated else _each((None, [quotes.value(p) for p in plus]), scope, place, False)
        )
    two = value.split(" and ")
    # "lists Unlimited projects and Priority support": what is listed is each, capitalised;
    # "includes Terms and Conditions" may be one name, so only what "lists" names is one word
    listed_each = (
        names_each
        and (counts_listed or any(" " in p for p in two))
        and all(
            quotes.is_quoted(p) or (p[:1].isupper() and not _PLACED_OR_DENIED.search(p))
            for p in two
        )
    )
    if len(two) == 2 and (
        listed_each
        or all(
            quotes.is_quoted(p) or _TITLE_CASED.fullmatch(p) or _ACRONYM.fullmatch(p) for p in two
        )
    ):
        # "lists Oak Chair and Brass Lamp": each ("Terms and Conditions" is one name)
        if negated:
            return None  # "doesn't show A and B": neither of them, or not both?
        return _each((None, [quotes.value(p) for p in two]), scope, place, negated=False)
    popped = _A_SAYING.match(value) if scope is None and not negated else None
    if popped:  # "shows a tooltip saying Billed yearly": as "a tooltip appears saying …"
        appears = f"{popped['k']} appears saying {popped['q']}"
        return parse_assertion(appears, quotes, bare=False)
    named = _NAMED_TEXT.match(value)
    if named:  # "shows error message 'Invalid password'", "shows 'Hello' as a heading"
        shown = quotes.value(named["q"] or named["q2"] or named["q3"] or named["w"])
        kind = named["kind"] or named["as"] or named["after"] or named["mark"]
        if kind.lower().rstrip("s") in {"heading", "headline"}:
            target = Target(text=shown, role="heading", within=place)
            return one("expect_hidden" if negated else "expect_visible", target=target)
        if kind.lower().rstrip("s") == "title":
            # A page's title is its tab's title; a part of the page has no title of its own
            # but a heading, or a caption: which one is the goal's to say, not ours.
            return None if negated or scope is not None else one("expect_title", value=shown)
        said: Action = "expect_no_text" if negated else "expect_text"
        return one(said, target=scope or _part_said(named["desc"]), value=shown)
    thing = _THING_NAMED.match(value)
    if thing and not _NOT_DESCRIBING_RE.match(thing["kind"]):
        # "lists a project named 'Apollo'": the kind only describes the words shown
        said_thing: Action = "expect_no_text" if negated else "expect_text"
        return one(said_thing, target=scope, value=quotes.value(thing["q"]))
    if _items_named(value) and not words_only:
        # "the table has rows", "the blog has posts": at least one of them, never the word,
        # which "No posts yet" shows too
        if " " in value:
            return None  # "has posts and comments": some of each, which one count is not
        value = f"at least 1 {singular(value)}"
    if names_results(value) and not words_only:  # "the page shows search results"
        return no_results(place) if negated else some_results(value, place)
    # On a page "shows 3 results" is text; a region that "shows 3 products" counts them.
    counted = (
        None
        if words_only
        else count(value, quotes, within=place, need_role=place is None and not counts_listed)
    )
    if counted is not None and scope is not None and scope.nth is not None:
        return None  # "the last order has 3 items": a count in one of several, no place names
    if counted is not None:  # "says 12 results" is words, always
        return None if negated else counted
    if counts_listed and _NUMBER_FIRST.match(value) and not quotes.is_quoted(value):
        return None  # "lists 3 open tickets": things listed, which no count here tells
    if not words_only and not quotes.is_quoted(value) and _MORE_THAN_BEFORE.match(value):
        return None  # "shows 20 more posts": more than before, which no words on it say
    if kind_first and negated and value.lower() in ERROR_WORDS and not quotes.is_quoted(value):
        if value[:1].isupper() and " " not in value:
            # "shows no Errors": the word, or errors of any words? neither may show
            errors = Target(text=value.lower(), role="alert", within=place)
            word = Draft("expect_no_text", target=scope, value=value)
            return Parsed((Draft("expect_hidden", target=errors), word))
        value = value.lower()  # "shows no Validation errors": errors of any words
    if kind_first:
        value = _LINK_TO.sub(r"\g<lead>link called ", value, count=1)
        value = _HOLDER_FOR.sub(r"\g<lead> containing ", value, count=1)
        seen = classify(value, quotes, strict=False, context="count")
        named_so = named_value(value, quotes) is not None  # "the `create_user` function"
        if seen is not None and seen[0] == "text" and not literal(value, seen[1]) and not named_so:
            # "shows no incidents": none of a kind, which an absent word is not (a page
            # listing an outage need not say "incidents"; "No incidents" does)
            return None
        if seen is not None and seen[0] != "url":
            return expect(seen, negated=negated, scope=scope, place=place)
        if _AN_ELEMENT.match(value):
            return None  # "has a button to subscribe": an element we could not name
    elif (
        _ELEMENTS_LAST.search(value)
        and not quotes.is_quoted(value)
        and not words_only
        and not _named_as_a_thing(value)
    ):
        seen = classify(value, quotes, strict=False, context="count")
        element = seen[2] if seen is not None else None
        if element is None or not element.role or not _ONE_NAME.match(element.text):
            return None  # "has email and password fields": elements, not words to read
        return expect(seen, negated=negated, scope=scope, place=place)
    if not words_only and _LOWER_PAIR.fullmatch(value):
        return None  # "the first post has date and author": things it holds, never words
    if not quotes.is_quoted(value) and _SECOND_THING.search(value):
        return None  # "shows $45.00 and the tax $4.50": a second thing said, no words
    looks = re.match(r"^(?P<x>.+) in (?P<how>.+)$", value)
    if looks and not quotes.is_quoted(value) and _LOOK_OR_SPOT.match(looks["how"]):
        return None  # "shows Overdue in red": how it looks, which no words on the page say
    # "mentions version 3.1.0", "shows the email address a@b.co": the value, its kind aside
    text = named_value(value, quotes) or expected(value, quotes)
    if not text:
        return None
    if negated and not literal(value, text):
        return None  # "isn't showing stale prices": a description, absent whatever is shown
    if kind_first and not literal(value, text):
        return None  # "shows a price": what kind of thing, not the words it shows
    action: Action = "expect_no_text" if negated else "expect_text"
    return one(action, target=scope, value=text, tail=text_tail(value, quotes))


def _page_loads(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    name = quotes.value(match["name"] or match["landing"])
    if name.lower() in {"the", "a", "this", "that", "web", "whole"}:
        return Parsed(())  # "the page loads": every navigation already waits for that
    if name.lower() in UNNAMEABLE or has_pronoun(name):
        return None
    fragment = page_fragment(name)
    if fragment is None:
        return None
    there = on_page(fragment)
    if there is not None and re.search(r"\bwithout errors?\b", match[0], re.I):
        # "the login page loads without errors": being there, and no script on it failed
        return replace(there, drafts=(*there.drafts, Draft("expect_no_errors")))
    return there


def _number_of(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the number of rows in the table is 3" as a count, in the place it names."""
    things = _SHOWN_AFTER.sub("", match["x"])
    place = _IN_PLACE.search(things)
    if place:
        things = things[: place.start()]
    within = place["place"] if place else None
    return count(f"{match['n']} {things}", quotes, within=within, need_role=False)


_SHOWN_AFTER = re.compile(r" (?:shown|listed|displayed|visible|on (?:the|this) page)$", re.I)
_IN_PLACE = re.compile(r" (?:in|on|inside) (?:the |this )?(?P<place>[\w -]+)$", re.I)


def region_name(words: str) -> str:
    """The words a place is known by, without its determiner ("the payment dialog")."""
    return re.sub(r"^(?:the|a|an|this) ", "", words.strip(), flags=re.I)


_ANSWER_ERRORS = r"(?:4\d\d|5\d\d|4xx|5xx|server|http)(?:s| errors?)"
# What an address answers: "returns 200", "responds with a 404", "gives a 404"
_ANSWERS = r"(?:returns?|responds?(?: with)?|gives?|answers?(?: with)?|(?:loads?|opens?) with)"
_HOME = r"(?:the |our )?(?:home ?page|front page|landing page|start page)"
_LOADS = (
    # "homepage up", as a note says it
    r"(?:loads?|loaded|has loaded|is loaded|opens?|comes? up|(?:(?:is|be) )?up|renders?"
    r"|(?:is|be) reachable|(?:is|be) online|(?:is|be) live"
    # "the site isn't down": it is up, as opening it already checks
    r"|(?:is not|isn['’]t|be not|is never) (?:down|offline|unreachable"
    r"|(?:an? )?(?:4\d\d|5\d\d|4xx|5xx|error page))"
    # "the homepage doesn't 404": it opens, as an answer of 400 or more fails to
    r"|(?:does not|doesn['’]t|should not|shouldn['’]t|must not|never)"
    r" (?:returns? |gives? |throws? )?"
    r"(?:an? |any )?(?:4\d\d|5\d\d|4xx|5xx|server error|error page|http error)s?"
    r"(?: errors?)?)"
    r"(?: (?:fine|ok|okay|correctly|properly|successfully|without errors?|at all))?"
)


def _loaded(match: re.Match[str], _quotes: Quotes) -> Parsed | None:
    # every navigation waits for its page already; "without errors" asks for more
    if re.search(r"\bwithout errors?\b", match[0], re.I):
        return Parsed((Draft("expect_no_errors"),))
    return Parsed(())


def _image_loads(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the logo loads", "the avatar has loaded": that picture is shown, and loaded
    (a broken picture still has a box on the page, which being seen alone would pass)."""
    pictured = _PICTURED.match(match["x"])
    if pictured:  # "the avatar loaded": a picture, which only an image loads
        return one("expect_visible", target=Target(text=pictured["what"].lower(), role="img"))
    element = parse_element(match["x"], quotes, "expect")
    if element is None or element.target.role != "img":
        return None
    target = element.target
    if target.within and target.text[:1].islower() and not target.names_kind:
        return None  # "the product image for Oak Chair": which words name it? none said
    return one("expect_visible", target=target, tail=element.tail)


_PICTURED = re.compile(r"^(?:the |my |your )?(?P<what>avatar|thumbnail|profile picture)$", re.I)


def _site_loads(match: re.Match[str], _quotes: Quotes) -> Parsed | None:
    return _opened(placeholder("url"), match[0])


def _address_loads(match: re.Match[str], _quotes: Quotes) -> Parsed | None:
    """Read "https://example.com is up": open it, which fails on an error answer."""
    return _opened(_with_scheme(match["url"]), match[0])


def _opened(address: str, said: str) -> Parsed:
    """Open an address; "loads without errors" also means no script on it failed."""
    opened = Draft("goto", value=address)
    if re.search(r"\bwithout errors?\b", said, re.I):
        return Parsed((opened, Draft("expect_no_errors")))
    return Parsed((opened,))


def _with_scheme(url: str) -> str:
    return url if url.startswith(("/", "http://", "https://")) else f"https://{url}"


# "200", "a 404", "HTTP 200 OK", "status code 500": an answer's code
STATUS_CODE = re.compile(
    # "404 Not Found": the code's own words, capitalised; "a 404 page that says …" says more
    r"^(?:an? )?(?:HTTP |status (?:code )?)?[1-5]\d\d(?: (?-i:[A-Z])[\w ]*| response| page)?$",
    re.I,
)


def _page_at(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the signup page at /signup has X": open that address, then check the page;
    "the 404 page at /nope": an address that must answer that error."""
    said = parse_assertion(f"the page {match['rest']}", quotes, bare=False)
    if said is None:
        return None
    code = ERROR_CODE.search(match["kind"])
    opened = Draft("goto", value=_with_scheme(match["url"]), status=int(code[0]) if code else None)
    return Parsed((opened, *said.drafts))


# An HTTP answer that is an error: what a page that must not exist answers
ERROR_CODE = re.compile(r"\b[45]\d\d\b")


_A_FORMAT = re.compile(
    r"^(?:(?:valid|some|an?) )?(?:json|xml|html|yaml|csv|plain text|an? (?:object|array"
    r"|document|payload|body|list))\b",
    re.I,
)


def _answers_code(address: str, code: str, *, negated: bool = False) -> Parsed | None:
    """Read "returns 200" of an address: opened, it answers no error, and no redirect took
    it elsewhere ("/admin" sent on to a login page that answers 200 never returned 200)."""
    if not negated and re.search(r"\b200\b", code):
        return Parsed(
            (Draft("goto", value=address), Draft("expect_url", value=address, compare="equals"))
        )
    error = ERROR_CODE.search(code)
    if error and not negated:  # "returns 404": opened, it must answer that error
        return Parsed((Draft("goto", value=address, status=int(error[0])),))
    return None  # "does not return 500", "returns 302": which answer it does give?


def _address_answers(match: re.Match[str], _quotes: Quotes) -> Parsed | None:
    """Read "/login 200", "GET /api/status -> 200", "the homepage returns a 200"."""
    address = _with_scheme(match["url"]) if match["url"] else placeholder("url")
    return _answers_code(address, match["code"])


def _address_says(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "/health says OK": open that address, then read the words on it."""
    answers = re.search(rf" {_ANSWERS} ", match[0])
    negated = bool(match["not"])
    if answers and STATUS_CODE.match(match["v"]) and not quotes.is_quoted(match["v"]):
        return _answers_code(_with_scheme(match["url"]), match["v"], negated=negated)
    error_page = _ERROR_PAGE_SAYING.match(match["v"]) if answers and not negated else None
    if error_page:  # "returns a 404 page that says Page not found": that answer, those words
        said = parse_assertion(f"the page says{error_page['x']}", quotes, bare=False)
        code = int(error_page["code"])
        opened = Draft("goto", value=_with_scheme(match["url"]), status=code)
        return None if said is None else Parsed((opened, *said.drafts), said.tail)
    if answers and negated:
        return None  # "/api does not return Error": which answer it does give, no words say
    if answers and _A_FORMAT.match(match["v"]) and not quotes.is_quoted(match["v"]):
        return None  # "returns JSON with version 1.4.2": keys and values, never those words
    if answers and _DESCRIBED_WORDS.match(match["v"]) and not quotes.is_quoted(match["v"]):
        return None  # "returns the version": which one is the goal's to say, never "the version"
    opened = Draft("goto", value=_with_scheme(match["url"]))
    if not quotes.is_quoted(match["v"]) and not answers:
        # "/careers lists a Senior Engineer role", "/shop lists 3 products": as the page
        shows = "does not show" if negated else "shows"
        if match["has"]:  # "/contact has an Email field": as the page has one
            shows = "does not have" if negated else "has"
        said = parse_assertion(f"the page {shows} {match['v']}", quotes, bare=False)
        return None if said is None else Parsed((opened, *said.drafts), said.tail)
    value = expected(match["v"], quotes)
    if not value:
        return None
    return Parsed((opened, Draft("expect_no_text" if negated else "expect_text", value=value)))


_ERROR_PAGE_SAYING = re.compile(
    r"^(?:an? )?(?:HTTP )?(?P<code>[45]\d\d)(?: error| not found)? page,?"
    r" (?:(?:that|which) (?:says|shows|reads|displays)|saying|showing|reading|with (?:the )?"
    r"(?:text|message|words))(?P<x> \S.*)$",
    re.I,
)


_ASKED_WHERE = re.compile(
    rf"^(?P<x>(?:[A-Z0-9$]|{OPEN})\S*(?: \S+)*?)(?: (?:listed|shown|displayed|visible|present))?"
    r" (?P<where>(?:in|on|inside|within) (?:the|my|your) [a-z][\w -]*)$"
)
# A subject never ends with an article or a preposition: "the price of the | Pro plan $29"
_SUBJECT_CUT_SHORT = re.compile(r" (?:the|a|an|of|for|in|on|to|my|your)$", re.I)


_ASKED_OF_A_PERSON = re.compile(
    r"^(?P<s>i|we|you|they|(?:the )?(?:user|visitor|customer)s?) (?P<v>\S.*)$", re.I
)


def _question(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "is the total $5?" and "does the cart show 2 items?" as the statements they ask."""
    rest = match["rest"]
    if _ASKING.match(rest):
        return None  # "is is it …": asked twice over, never read in circles
    if match["aux"].lower() in {"does", "do", "did"}:
        loads = _BASE_LOAD.match(rest)
        if loads:  # "does the homepage load?": it loads
            return parse_assertion(
                f"{loads['s']} {loads['verb']}s{loads['how']}", quotes, bare=False
            )
        verb = _BASE_SAY.match(rest)
        if verb is None:
            return None
        base = verb["verb"].lower()  # "does the header have …?": it has
        said = "has" if base == "have" else base + ("es" if base.endswith(("sh", "go")) else "s")
        if re.match(r"we(?: still| also| now)?$", verb["s"], re.I):
            said = base  # "do we show …?": "we show …", the site speaking
        return parse_assertion(f"{verb['s']} {said} {verb['v']}", quotes, bare=False)
    if rest.lower().startswith("there "):
        return parse_assertion(f"there {match['aux']} {rest[6:]}", quotes, bare=False)
    person = _ASKED_OF_A_PERSON.match(rest)
    if person:  # "is the user redirected to /login?", "am I on the dashboard?"
        return parse_assertion(f"{person['s']} {match['aux']} {person['v']}", quotes, bare=False)
    if match["aux"].lower() == "am":
        return None  # "(I) am a logged in user": a statement, never asked
    words = rest.split(" ")
    showing = _SHOWING.match(rest)
    if showing and words[-1].lower() not in _SHOWN_WORDS:  # "is the page showing Pro?"
        said = showing["verb"] + ("es" if showing["verb"].lower() == "includ" else "s")
        return parse_assertion(f"{showing['s']} {said} {showing['v']}", quotes, bare=False)
    if words[-1].lower() in _SHOWN_WORDS | _STATES_ASKED:  # "is the cart empty?"
        return parse_assertion(f"{' '.join(words[:-1])} is {words[-1]}", quotes, bare=False)
    placed = _ASKED_WHERE.match(rest)
    if placed:  # "is Blue Mug in the cart?": shown there
        return parse_assertion(f"{placed['x']} is shown {placed['where']}", quotes, bare=False)
    for i in range(1, len(words)):
        # a figure last, after a name, ends the name: "is the Oak Chair $120?"
        figure = i == len(words) - 1 and bool(_FIGURE_START.match(words[i]))
        figure = figure and not _FIGURE_START.match(words[i - 1])
        if _LITERAL_START.match(words[i]) and (figure or not _LITERAL_START.match(words[i - 1])):
            subject = _SHOWN_AS.sub("", " ".join(words[:i]))
            if _SUBJECT_CUT_SHORT.search(f" {subject}"):
                continue  # "is the price of the Pro plan $29?": the value starts later
            return parse_assertion(f"{subject} is {' '.join(words[i:])}", quotes, bare=False)
    return None


# A field "is masked", "is required", "is valid": one lower-case word saying how it is.
_A_FIELD_STATE = (
    r"(?:[a-z-]+ed|valid|invalid|correct|wrong|optional|visible|editable|read-?only"
    r"|focused|empty|blank|hidden|secure|obscured)"
)
# "required", "required and empty": how a field is, never words it holds
_FIELD_STATE = re.compile(rf"^{_A_FIELD_STATE}(?:,? (?:and|or|but) {_A_FIELD_STATE})*$")


_IS_NOT = re.compile(r"^(?:not|no longer) (?!(?:only|just|yet|even|quite|always|exactly)\b)")


_OF_A_RESPONSE = re.compile(
    r"\b(?:status|response|http|return) code\b|\b(?:http|response) status\b"
    r"|(?:^| )(?:/|https?://)\S",
    re.I,
)


_OF_THE_DOCUMENT = re.compile(
    r"^(?:the )?(?:page|site|document|html)(?:['’]s)? (?:language|lang|locale|encoding"
    r"|charset|character set|doctype|direction)$",
    re.I,
)


# "Oak Chair is priced at $49", "sells for $49": its price, shown by its name
_PRICED_AT = r"(?:(?:be|is|are) )?priced at|sells? for|retails? for"
_PRICED = re.compile(rf"costs?|{_PRICED_AT}")
# "the price of the lamp": a figure, which the page shows next to the thing's name
_A_PRICE = re.compile(r"^(?:the )?(?:price|cost) of ", re.I)


_A_LENGTH_SAID = re.compile(
    rf"^(?:\d+|{NUMBER}) (?:characters?|chars?|digits?|letters?|words?|lines?)(?: long)?$", re.I
)


# "… is Delivered for order 1042", "… is Active for Bob": whose it is, said after it
_FOR_ONE = re.compile(
    rf"^(?P<v>\S.*?) for (?P<x>(?:order|invoice|ticket|issue|user|customer|item|product) #?\d\S*"
    rf"|#\d\S*|(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)*|{OPEN}\d+{CLOSE})$",
    re.I,
)
_ATTRIBUTE = re.compile(
    r"\b(?:status|state|price|role|total|quantity|qty|amount|stock|plan|rating|balance)$", re.I
)


# "the 'Processing' label": words, by the kind of thing that shows them
_WORDS_KIND = re.compile(
    rf"^(?:the )?{OPEN}\d+{CLOSE} (?:label|badge|status|text|tag|pill|chip|message)$", re.I
)


# "$9/month", "$290/year": a price, by the time it pays for
_A_FIGURE = r"(?:[-−]?[$€£¥]?\d[\d,.]*%?(?:/(?:mo|month|yr|year|user|seat))?|(?-i:Free))"
_LABELLED_FIGURE = (
    r"(?:the )?(?!(?:or|not|nor|and|but|than|to|from|of|per|out|up|down|about|over|under)\b)"
    # "shipping $5.00", "Pro $29/month": a label, or a name capitalised as a plan's is
    rf"(?:[a-z][a-z-]*(?: [a-z][a-z-]*)?|(?-i:[A-Z][\w-]*)) (?:is |of |at |= )?{_A_FIGURE}"
)
# "$120.00, shipping $5.00 and total $125.00": a figure, then more, each after its label
_FIGURES_OF_LABELS = re.compile(rf"{_A_FIGURE}(?:(?:,? and |, ){_LABELLED_FIGURE})+")
_LABEL_THEN_FIGURE = re.compile(rf"^(?P<l>.+?) (?:is |of |at |= )?(?P<v>{_A_FIGURE})$")


def _figures_of_labels(subject: str, raw: str, quotes: Quotes) -> Parsed | None:
    """Read each figure of "is $120.00, shipping $5.00, total $125.00" as its label's."""
    first, *rest = re.split(r",? (?:and )|, ", raw)
    if not rest or not re.fullmatch(_A_FIGURE, first):
        return None
    said = [f"{subject} is {first}"]
    for part in rest:
        labelled = _LABEL_THEN_FIGURE.match(DETERMINER.sub("", part, count=1))
        if labelled is None:
            return None
        said.append(f"the {labelled['l']} is {labelled['v']}")
    checks = [parse_assertion(check, quotes, bare=False) for check in said]
    if any(check is None for check in checks):
        return None
    drafts = tuple(d for check in checks if check for d in check.drafts)
    return Parsed(drafts, checks[-1].tail) if checks[-1] else None


def _is_value(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the total is $1,250.00" and "the price of 'Lamp' is 49": text next to its label."""
    contracted = re.match(r"(is|are)n['’]t ", match.string[match.end("mid") : match.start("v")])
    if contracted:  # "the status isn't Failed", as "is not" says it
        uncontracted = f"{match['s']} {match['mid']}{contracted[1]} not {match['v']}"
        return parse_assertion(uncontracted, quotes, bare=False)
    # "the email shown should be …": the email, wherever the page shows it
    raw, subject = match["v"].strip(" ,;:!?"), _SHOWN_AFTER.sub("", match["s"])
    if not_a_subject(subject):
        return None  # "add it to the cart, and check the total is $5": a step, then a check
    instead = None if quotes.is_quoted(raw) else _INSTEAD_OF.fullmatch(raw)
    if instead and not _negated(match["mid"]):  # "the total is $45 (not $40)": as it shows
        return parse_assertion(f"{subject} shows {raw}", quotes, bare=False)
    if _PLACE_ALONE.match(subject):
        return None  # "… and the last is Eggs": the last of what was said before
    if _IN_THE_ADDRESS.search(subject):
        return None  # "the page number in the URL is 2": a part of the address, not the page
    if _OF_A_RESPONSE.search(subject):
        return None  # "the status code of /api/ping is 200": an answer no page shows
    if _OF_THE_DOCUMENT.match(subject):
        return None  # "the page language is English": the page's markup, never its words
    where = _TRAILING_PLACE.match(raw)
    if where:  # "is $40 in the payment dialog": the place goes with the check
        raw = where["v"]
    if names_a_page(subject):
        return None  # "the pricing page is Plans": a page we may not be on
    figures = _FIGURES_OF_LABELS.fullmatch(raw) if not (where or _negated(match["mid"])) else None
    if figures and not quotes.is_quoted(raw):
        # "the subtotal is $120.00, shipping $5.00, total $125.00": each labelled figure,
        # never the words of all three as one
        return _figures_of_labels(subject, raw, quotes)
    owner = None if quotes.is_quoted(raw) or where else _FOR_ONE.match(raw)
    if owner and _ATTRIBUTE.search(subject) and not _negated(match["mid"]):
        # "the order status is Delivered for order 1042": that order's status, never the
        # words "Delivered for order 1042"
        return parse_assertion(f"{subject} for {owner['x']} is {owner['v']}", quotes, bare=False)
    if _A_LENGTH_SAID.match(raw):
        return None  # "the booking reference is 6 characters": how long, never those words
    if _SHOWN_WHERE.search(raw) and not quotes.is_quoted(raw):
        return None  # "the error Must be 18 … appears under Age": "Must" was the words
    if _SHOWN_LAST.search(raw) and not quotes.is_quoted(raw):
        return None  # "Total is 5 is shown in the cart": the words end where "is shown" begins
    said = where or _negated(match["mid"])
    value = None if said else named_value(f"{subject} {raw}", quotes)
    if value is not None:  # "the contact email should be hello@acme.test": those words
        return one("expect_text", value=value)
    heading = _HEADING_SUBJECT.match(subject)
    if heading and not where:  # "the dialog heading is 'Delete item?'"
        return _heading_says(heading, raw, quotes, negated=_negated(match["mid"]))
    if _TITLE_SUBJECT.match(subject) or _URL_SUBJECT.match(subject):
        # "the page title changes to X": the title's own check, never a part named so
        if not match["change"] or _negated(match["mid"]) or where:
            return None
        return parse_assertion(f"{subject} is {raw}", quotes, bare=False)
    verb = match.string[match.end("mid") : match.start("v")].strip().lower()
    denied = _IS_NOT.match(raw) if verb in {"is", "are"} else None
    if denied:  # "the status of Ada is not Active", as "should not be Active"
        raw = raw[denied.end() :]
    field = _FIELD_SUBJECT.search(subject)
    # A field may hold one word in lower case ("alice"); more is a description of it
    typed = field and " " not in raw
    if not (_LITERAL_START.match(raw) or typed) or has_pronoun(subject):
        return None  # "the page is loaded", "the button is disabled": states, not words
    if _STATE_THEN_WORDS.match(raw):
        return None  # "Element Should Be Visible Dashboard": a state, then what is in it
    if field and _FIELD_STATE.match(raw):
        return None  # "the password field should be masked": how it is, not what it holds
    if _EITHER_VALUE.search(raw) or _BOUND.search(raw):
        return None  # "the status is Active or Pending": either, which no one check is
    if not quotes.is_quoted(raw) and _SECOND_THING.search(raw):
        return None  # "should equal $45.00 and the tax $4.50": a second thing said
    value = expected(raw, quotes)
    if value is None:
        return None
    if _BREADCRUMB.match(subject) and not quotes.is_quoted(raw):
        value = _PATH_SLASH.sub(" > ", value)  # "is Home / Docs": a path, any separator
    negated = _negated(match["mid"]) or bool(denied)
    if _NTH_OWNED.match(subject):
        return None  # "the first row's Total": which cell of that row is its total?
    nth_of = _NTH_OF_A_PART.match(subject)
    if nth_of:  # "the first row of the table is Alice", as "the first row in the table"
        subject = f"{nth_of['nth']} in {nth_of['part']}"
    subject = owned_as_of(subject)  # "Oak Desk's price", as "the price of Oak Desk"
    of, labelled = _OF.match(subject), labelled_value(subject, quotes) or held_value(subject)
    if of and joins_names(of["x"], quotes):
        return None  # "the status of Ada and Bob": two of them, which one check is not
    if of and placed_too(of["x"], quotes):
        return None  # "the quantity of Oak Chair in the cart": whose, and where, in one
    if not (of or labelled) and _FIELD_OF_NAME.match(subject):
        return None  # "the dog of Alice": no label of a value
    target: Target | None
    if labelled:  # "the status of Ada": her row's Status cell, or what "Status:" says there;
        # "the total of my order": what "Total" says in the order
        target = labelled
    elif of and names_a_position(DETERMINER.sub("", of["x"], count=1)):
        return None  # "the price of the first item": no item is named so; the first of which?
    elif of and not _A_PRICE.match(subject):
        return None  # "the status of the lamp": a label, in an item or in a part of the page?
    elif of:  # "the price of the lamp": what shows next to the lamp's name
        target = Target(text=quotes.value(DETERMINER.sub("", of["x"], count=1)))
    elif _PART_OF.search(subject):
        return None  # "the title of the card": which element of the card that is, we cannot tell
    elif is_the_page_open(subject) and match["change"]:
        return None  # "the page changes to Checkout": another page, not words on this one
    elif is_the_page_open(subject) and denied:
        return None  # "the body is not UTF-8 text": what the page is not, which no words say
    elif is_the_page_open(subject) and (_PRICED.match(verb) or subject.lower() == "it"):
        # "add Oak Chair; it costs $49": the chair's price (a page costs nothing), never
        # $49 anywhere on the page
        return None
    elif is_the_page_open(subject):
        target = None
    else:
        element = parse_element(subject, quotes, "expect")
        if element is None:
            return None
        target = element.target
        words = quotes.is_quoted(subject) or NAME_FIRST.match(subject) or _WORDS_KIND.match(subject)
        if match["change"] and words and target.role is None and not target.within:
            # "'Processing' changes to 'Done'": words that give way to others, never a part
            # named "Processing", which is gone once they have
            old = target.text.lower()
            if negated or where or value.lower() in old or old in value.lower():
                return None  # "Add" to "Added": the old words inside the new prove nothing
            return Parsed(
                (Draft("expect_text", value=value), Draft("expect_no_text", value=target.text))
            )
        if match["change"] and target.role in _NAMED_BY_WORDS:
            # "the Add to cart button changes to Added": its name, changed; by its old name
            # it would not be found at all. A new name inside the old one ("Add") would find
            # the button unchanged.
            if negated or where or target.nth is not None or target.within:
                return None
            if value.lower() in target.text.lower():
                return None
            return one("expect_visible", target=Target(role=target.role, text=value))
    if where and labelled:
        return None  # "Ada's role is Admin in the users table": one place, in another
    if where and target is not None:
        if ROW_BY_NUMBER.match(where["where"]):
            return None  # "the status is Paid in row 3": the third row's, not one saying 3
        # "the status is Active in the row for Ada": the status of Ada
        within = item_said(where["where"], quotes) or region_name(where["where"])
        target = target.model_copy(update={"within": within})
    action: Action = "expect_no_text" if negated else "expect_text"
    several = _PLURAL_SUBJECT.search(subject) and listed(f"items {raw}", quotes)
    grouped = target is not None and target.role in _NAMED_CONTROLS and not target.within
    if several and grouped and target is not None and _names_a_group(subject, quotes):
        # "the Colour radio buttons are Red, Green and Blue": each a control of the group
        if negated:
            return None
        return Parsed(
            tuple(
                Draft("expect_visible", target=Target(text=n, role=target.role, within=target.text))
                for n in several[1]
            )
        )
    if several and not quotes.is_quoted(raw):  # "the shipping options are Standard and Express"
        return Parsed(tuple(Draft(action, target=target, value=name) for name in several[1]))
    return one(action, target=target, value=value, tail=text_tail(raw, quotes))


def _names_a_group(subject: str, quotes: Quotes) -> bool:
    """Tell "the Colour radio buttons" (a group's name, then a kind) from "the tabs"."""
    element = parse_element(subject, quotes, "expect")
    return element is not None and element.named and element.noun is not None


def _kinds_include(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the tabs include Overview and Settings" as the page (or part) having each."""
    if listed(f"{match['kind']} {match['x']}", quotes) is None:
        return None  # one name, or words: read as what those elements say
    has = f"the {match['part'] or 'page'} has {match['kind']} {match['x']}"
    return parse_assertion(has, quotes, bare=False)


def _at_least_one(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "at least one row shows Active" (or "no row says Failed"): an element of that
    kind holding the words (or none)."""
    text = expected(match["x"], quotes)
    if text is None or not literal(match["x"], text):
        return None
    kind = match["kind"].lower().rstrip("s")
    level = heading_level(kind)  # "no h2 says Deprecated": no heading of that level
    role = "heading" if level else _ROW_KINDS[kind]
    shown: Action = "expect_hidden" if match.string.lower().startswith("no") else "expect_visible"
    return one(shown, target=Target(text=text, role=role, level=level))


def _compared_figure(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the total is more than $0": the figure the total shows, compared."""
    figure = match["v"] or match["v2"]
    if match["cmp"]:
        compare = _COMPARISONS[" ".join(match["cmp"].lower().split()[:2])]
    else:
        compare = _OR_BEYOND[match["or"].lower()]
    if match["neg"]:  # "should not be more than $500": at most $500
        compare = _DENIED_COMPARISON[compare]
    counted = _NUMBER_OF.match(match["s"])
    if counted and figure.isdigit():  # "the number of results is over 10": a count
        said = f"there are {_COUNTED_AS[compare]} {figure} {counted['things']}"
        return parse_assertion(said, quotes, bare=False)
    verb = "costs" if match["cost"] else "is"  # "Oak Chair costs under $150": its price
    said_to_be = parse_assertion(f"{match['s']} {verb} {figure}", quotes, bare=False)
    draft = said_to_be.drafts[0] if said_to_be and len(said_to_be.drafts) == 1 else None
    if draft is None or draft.action != "expect_text" or draft.target is None:
        return None  # "the page is over 100": a figure of what?
    return Parsed((replace(draft, action="expect_number", compare=compare),))


def _between_figures(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the price is between $10 and $20": at least $10, and at most $20."""
    subject, aux = match["s"], match["aux"]
    floor = parse_assertion(f"{subject} {aux} at least {match['a']}", quotes, bare=False)
    ceiling = parse_assertion(f"{subject} {aux} at most {match['b']}", quotes, bare=False)
    return floor and ceiling and Parsed((*floor.drafts, *ceiling.drafts))


def _results_show(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "one of the results mentions Dell": the results show it (never where they
    echo what was searched for, "Results for Dell")."""
    return parse_assertion(f"the results show {match['x']}", quotes, bare=False)


def _redirects(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "/old-pricing redirects to /pricing": open the first, be at the second."""
    landed = _where(match, quotes)
    if landed is None:
        return None
    return Parsed((Draft("goto", value=quotes.value(match["x"])), *landed.drafts))


def _signed_in_can(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "a logged-in user can access /settings": sign in as the test, then reach it."""
    can = parse_assertion(f"the user {match['can']} {match['rest']}", quotes, bare=False)
    if can is None or not any(d.action in CHECKS for d in can.drafts):
        return None  # "… can add a lamp": a step done, which says nothing of being able to
    signed = Draft("sign_in", value=placeholder("username"), password=placeholder("password"))
    return Parsed((signed, *can.drafts), can.tail)


def _reachable(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the user can access /admin": go there, and still be there (not sent away)."""
    path = quotes.value(match["x"])
    if not _URLISH.match(path):
        return None
    return Parsed((Draft("goto", value=path), Draft("expect_url", value=path)))


# "a confirmation dialog appears asking 'Are you sure?'": what the dialog opened says
_DIALOG_SAYING = re.compile(
    r"^(?:an?|the) (?:[a-z-]+ )?(?P<kind>dialog|modal|popup|pop-up)(?: window| box)?"
    r" (?:appears?|opens?|pops? up|shows? (?-i:up)|comes? up|is shown|is displayed"
    r"|(?:should|must|will) (?:appear|open|pop up|show up|come up|be shown|be displayed))"
    r" (?:(?P<titled>with the title|titled)|saying|asking|reading|that says|that asks"
    r"|which says|which asks|with the (?:text|message|words))(?::| ['’]s)?"
    rf" (?P<q>{OPEN}\d+{CLOSE}|(?-i:[A-Z])[^,;]*)$",
    re.I,
)


def _dialog_saying(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    said = "title is" if match["titled"] else "says"  # "… with the title X": its heading
    return parse_assertion(f"the {match['kind']} {said} {match['q']}", quotes, bare=False)


def _appears_saying(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "a toast appears saying Saved" as "a toast saying 'Saved'": the rest of the
    clause is what it says."""
    said = match["q"]
    if not quotes.is_quoted(said):
        if not said[:1].isupper() and not said[:1].isdigit():
            return None  # "… saying the order was placed": told about, not its words
        said = quotes.add(said)
    return _kind_saying(f"{match['k']} saying {said}", quotes)


def _marked_as(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "invoice INV-2041 is marked as Paid": its row or item shows Paid."""
    subject = match["s"]
    code = _CODE_NAMED.match(subject)
    if code:  # "invoice INV-2041": the code is what the row shows
        subject = code["code"]
    return parse_assertion(f"{subject} shows {match['v']}", quotes, bare=False)


def _in_order(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the results list shows Oak Chair first and Oak Table second": its first item
    shows Oak Chair, its second Oak Table; a table's items are its rows."""
    subject = match["s"]
    if is_the_page_open(subject) or names_a_page(subject):
        return None  # "the page shows Sign in first": first of what?
    kind = "row" if re.search(r"\b(?:table|grid)\b", subject, re.I) else "item"
    said = [(n, match[g]) for n, g in (("first", "a"), ("second", "b")) if match[g]]
    if any(chosen_by_the_page(value) for _, value in said):
        return None  # "the blog shows posts newest first": an order, which no words show
    drafts: list[Draft] = []
    for ordinal, value in said:
        shown = parse_assertion(
            f"the {ordinal} {kind} in {subject} shows {value}", quotes, bare=False
        )
        if shown is None:
            return None
        drafts += shown.drafts
    return Parsed(tuple(drafts), "closed")


_LINKING_KINDS = frozenset({"link", "button", "img", "menuitem", "tab"})
_AN_ADDRESS = re.compile(r"^(?:/|https?:)", re.I)


def _links_to(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the footer should link to Terms": it has a link to Terms."""
    element = parse_element(match["s"], quotes, "expect")
    if element is None or element.target.role in _LINKING_KINDS or element.noun == "logo":
        return None  # "the logo links to the homepage": it is the link, with no words named
    if is_the_page_open(match["x"]) or names_a_page(match["x"]) or _AN_ADDRESS.match(match["x"]):
        return None  # "… links to the homepage", "… to /p/1": where a link goes, not its words
    has = "does not have" if match["not"] else "has"
    subject, names = match["s"], match["x"].split(" and ")
    if len(names) == 2 and all(_TITLE_CASED.fullmatch(name) for name in names):
        # "links to Privacy Policy and Terms of Service": two names, each a link
        return parse_assertion(f"{subject} {has} links to {match['x']}", quotes, bare=False)
    return parse_assertion(
        f"{subject} {has} a link to {match['x']}", quotes, bare=False
    ) or parse_assertion(f"{subject} {has} links to {match['x']}", quotes, bare=False)


def _a(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    if _GONE_AWAY.search(match[0]):
        return None  # "a dialog titled New user closes": gone, never a dialog so named shown
    seen = classify(match[0], quotes, strict=True)
    return expect(seen, negated=False) if seen and seen[0] == "element" else None


_SHOWN_WHERE = re.compile(
    r" (?:appears?|shows? (?-i:up)|is shown|is displayed|displays?)"
    r" (?:under|below|above|next to|beside|near|in|on|inside|within) \S",
    re.I,
)
# the words' place beside a part of the page, which text matching cannot check
_BESIDE_A_PART = re.compile(
    r" (?:next to|beside|below|above|under|underneath|beneath|alongside|near"
    r"|to the (?:left|right) of) (?:the|a|an|its|each|every) (?-i:[a-z])",
    re.I,
)
_KEPT = re.compile(r"^(?:remains?|persists?)$", re.I)
_COUNTED_FIRST = re.compile(r"^(?:only |just )?(?:\d|no\b|(?:one|two|three|four|five)\b)", re.I)
_HOLDS_THINGS = re.compile(
    r"\b(?:list|table|cart|basket|bag|items|todos|tasks|entries|data|changes|settings"
    r"|preferences|selection|filters?|state|contents)$",
    re.I,
)
_GONE_AWAY = re.compile(r" (?:closes|closed|disappears|vanishes|goes away|hides)$", re.I)


# Order matters: the narrow subjects (title, URL, heading, where you are) before "X says Y",
# and "X is shown" before "X says Y" so that "shows up" is not read as "shows 'up'".
_SEVERAL = re.compile(r",| and | or | nor | & ")


def _but_not(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the results show Oak Chair but not Oak Desk": one check each, the second denied."""
    if _SEVERAL.search(match["a"]) or _SEVERAL.search(match["b"]):
        return None  # "Blue Mug and Red Mug but not Blue Plate": which words go together?
    kept = parse_assertion(f"{match['s']} {match['verb']} {match['a']}", quotes, bare=False)
    denied = parse_assertion(f"{match['s']} does not show {match['b']}", quotes, bare=False)
    if kept is None or denied is None:
        return None
    return Parsed((*kept.drafts, *denied.drafts), denied.tail)


def _message_beside_says(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the error under the Email field reads 'Invalid'": the words by its label."""
    beside = _field_label(parse_element(match["f"], quotes, "fill"))
    value = expected(match["v"], quotes)
    if beside is None or value is None or _negated(match["mid"]):
        return None  # "the hint next to the logo says Hi": beside no field, no check says where
    return one("expect_text", target=beside, value=value)


def _failed_with(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "it should fail with 'Invalid credentials'": the page shows those words."""
    if not _spelled_out(match["v"], quotes):
        return None  # "it fails with an error": which words?
    return parse_assertion(f"the page shows {match['v']}", quotes, bare=False)


_NO_RESULTS = r"(?:no|zero|0) (?:search )?(?:results|matches|hits)"


def _nowhere_said(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "nothing on the page should say 'Lorem ipsum'": the page does not show it."""
    unseen = none_of(match["v"], quotes)
    if unseen is not None:  # "nothing says Error or Warning": neither of them
        return _each((None, unseen), None, None, negated=True)
    value = expected(match["v"], quotes)
    if value is None or not literal(match["v"], value):
        return None  # "nothing says anything is wrong": a description, no words
    return one("expect_no_text", value=value, tail=text_tail(match["v"], quotes))


def _error_page(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "the 404 page says Page not found" after a visit: the address just opened must
    answer that error (read.py gives the opening its code), then the page says the words."""
    answered = Draft("goto", status=int(match["code"]))
    if not match["rest"]:
        return Parsed((answered,))
    said = parse_assertion(f"the page {match['rest']}", quotes, bare=False)
    return None if said is None else Parsed((answered, *said.drafts), said.tail)


# "Bob should appear in the members list with the role Editor": Bob shown there, and his
# role, read in his own row; "… as Editor": his part of the list shows it
_LISTED_WITH = (
    rf"^(?P<shown>(?P<x>(?-i:[A-Z0-9])[\w.'’-]*(?: (?-i:[A-Z])[\w'’-]*)?|{ADDRESS})"
    r" (?:(?:should|must|will) )?(?:appears?|be listed|is listed|are listed|be shown|is shown"
    r"|shows? (?-i:up))(?P<place> (?:in|on) (?:the|a) [a-z][\w -]{0,30}?)?)"
    r" (?:with (?:the |a |an |its |his |her |their )?(?P<label>role|status|plan|type|state"
    r"|permission|access|level|tier)(?: of)?|as(?: an?)?)"
    r" (?P<v>(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)?)$"
)


def _listed_with(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "Bob should appear in the members list with the role Editor": both hold."""
    shown = parse_assertion(match["shown"], quotes, bare=False)
    if shown is None or OPEN in match["x"] or has_pronoun(match["x"]):
        return None
    who, label = match["x"], match["label"]
    if not (label or match["place"]):
        return None  # "Slack is listed as Connected": what Slack's part shows, read below
    target = Target(text=label, within=who) if label else Target(text=who)
    return Parsed((*shown.drafts, Draft("expect_text", target=target, value=match["v"])))


_STATEMENTS: tuple[Rule, ...] = (
    rule(_COMPARED_FIGURE, _compared_figure),
    rule(  # "the price should be between $10 and $20": at least the one, at most the other
        r"^(?=.*\d)(?P<s>(?!there\b|it\b).+?)"
        r" (?P<aux>is|are|(?:should|must|will) (?:be|stay|remain)"
        rf"|stays?|remains?|reads|shows) between (?P<a>{_FIGURE_SAID}) and (?P<b>{_FIGURE_SAID})$",
        _between_figures,
    ),
    rule(  # "I should see 'Required' under the Email field": shown there
        r"^(?:(?:i|we|you) )?(?:(?:should|must|will|can) )?(?:see|get) (?P<x>.+?)"
        r" (?P<where>(?:under|underneath|below|beneath|next to|beside) (?:the|its) \S.*"
        r" (?:field|input|box|textbox|text area|textarea))$",
        lambda m, q: parse_assertion(f"{m['x']} is shown {m['where']}", q, bare=False),
    ),
    rule(_LISTED_WITH, _listed_with),
    # "the tooltip on the Save button says Ctrl+S": hovered, then what its tooltip says
    rule(
        r"^(?:the )?tooltip (?:on|of|for|over) (?P<x>\S.*?)"
        r" (?P<v>(?:says|reads|shows|should (?:say|read|show)|is)\b.*)$",
        _tooltip_of,
        final=True,
    ),
    # "the 404 page says Page not found", "I should see a 404 page", "expect a 404"
    rule(
        rf"^(?:(?:(?:i|we|you) )?(?:(?:{_SEE_AUX}) )*(?:see|get) |expect |(?:there is |it is ))?"
        r"(?:the |an? )?(?P<code>[45]\d\d)(?: (?:error|not found))?(?: page)?"
        r"(?: (?P<rest>(?:(?:should|must|will) )?(?:says?|shows?|reads?|contains?|displays?"
        r"|mentions?|includes?|has|have) \S.*))?$",
        _error_page,
    ),
    # "check the status code is 404": what the address just opened answered, never a
    # "404" the page may show while it answers 200
    rule(
        r"^(?:the )?(?:http )?(?:status(?: code)?|response(?: code| status)?)"
        r" (?:is|was|should be|must be|will be|equals?) (?:an? )?(?:http )?(?P<code>[245]\d\d)"
        r"(?: (?-i:[A-Z])[a-z]*(?: (?-i:[A-Z])[a-z]*)*)?$",
        lambda m, q: Parsed((Draft("goto", status=int(m["code"])),)),
    ),
    rule(
        r"^(?:nothing|no text|no part of the page)(?: on (?:the|this) page)?"
        r" (?:(?:should|must|will|may|can) (?:ever )?)?(?:says?|shows?|contains?|displays?"
        r"|reads?|mentions?|includes?) (?P<v>\S.*)$",
        _nowhere_said,
    ),
    rule(  # "Error appears nowhere": it is not shown
        r"^(?P<x>\S.*?) (?:(?:appears?|shows? (?-i:up)|is (?:shown|seen|found|displayed)) nowhere"
        r"|is nowhere to be (?:seen|found))(?: on (?:the|this) page)?$",
        lambda m, q: parse_assertion(f"{m['x']} is not shown", q, bare=False),
    ),
    rule(  # "Bob was removed from the table": the table does not show him
        r"^(?P<x>\S.*?) (?:is|was|has been|have been|were|are|got|gets) (?:removed|deleted)"
        r" from (?P<place>(?:the|my|your) \S.*)$",
        lambda m, q: parse_assertion(f"{m['x']} is not shown in {m['place']}", q, bare=False),
    ),
    rule(  # 'no "undefined" or "NaN" appears': neither is shown, each quoted
        rf"^no (?P<a>{OPEN}\d+{CLOSE}) or (?P<b>{OPEN}\d+{CLOSE})"
        r" (?:appears?|is shown|shows up|is displayed|is visible)(?: anywhere)?"
        r"(?: on (?:the|this) page)?$",
        lambda m, q: parse_assertion(
            f"the page shows neither {m['a']} nor {m['b']}", q, bare=False
        ),
    ),
    rule(  # "neither Error nor Warning is shown": as "the page shows neither …"
        r"^neither (?P<v>\S.* nor \S.*?) (?:is|are|should be|must be|will be)"
        r" (?:shown|displayed|visible|listed|present|on the page)$",
        lambda m, q: parse_assertion(f"the page shows neither {m['v']}", q, bare=False),
    ),
    # "there should be a hero with a Get started button": the hero has one
    rule(
        r"^there(?:['’]s| is| are| should be| must be| will be) (?:a|an)"
        r" (?P<part>[a-z]+(?: [a-z]+)?) (?:with|containing|that has|that contains)"
        r" (?P<x>(?:a|an|the) \S.*|(?-i:[A-Z])\S*(?: \S+)* (?-i:[a-z]+s))$",
        lambda m, q: parse_assertion(f"the {m['part']} has {m['x']}", q, bare=False),
    ),
    # "the page has a hero with a Sign up button": the hero has one, never a button named
    # "hero with a Sign up"
    rule(
        r"^(?:the |this )?(?:page|screen|site|app) (?:(?:should|must|will) )?(?:has|have"
        r"|contains?|includes?|shows?) (?:a|an) (?P<part>[a-z]+(?: [a-z]+)?) (?:with|containing"
        r"|that has|that contains) (?P<x>(?:a|an|the) \S.*)$",
        # "a button with the text Pay" is the button itself, named so (read after)
        lambda m, q: (
            None
            if m["part"] in ELEMENT_NOUNS and m["part"] not in REGIONS
            else parse_assertion(f"the {m['part']} has {m['x']}", q, bare=False)
        ),
    ),
    # "(I) expect the total to be $42": what the total should be
    rule(
        r"^(?:(?:i|we) expect )?(?P<s>(?:the|a|an|my|your|our) \S.*?) to"
        r" (?P<rest>(?:be|show|say|read|contain|include|display|equal|list|have|default|offer)"
        r"\b.*)$",
        lambda m, q: parse_assertion(f"{m['s']} should {m['rest']}", q, bare=False),
    ),
    # "it should fail with 'Invalid credentials'": the attempt just made shows those words
    rule(
        r"^(?:it|this|that|the (?:attempt|sign[- ]?in|log[- ]?in|login|submission|request))"
        r" (?:(?:should|must|will) )?(?:fails?|be refused|is refused|gets refused) with"
        r" (?:(?:the|an?) (?:error|message|error message) )?(?P<v>.+)$",
        _failed_with,
    ),
    rule(  # "the search returns no results", "nothing is found": the page says none were
        r"^(?:(?:the )?(?:page|search|query|results?(?: list| page)?)"
        rf" (?:(?:should|must|will|does) )?(?:shows?|displays?|returns?|finds?|gives?|yields?"
        rf"|lists?) {_NO_RESULTS}"
        r"|(?:the )?(?:page|search|query|results?(?: list| page)?) (?:does not|doesn['’]t"
        r"|should not|shouldn['’]t|will not|won['’]t) (?:show|display|return|find|give|list)"
        r" any (?:search )?(?:results|matches|hits)"
        r"|(?:the )?(?:search|query) (?:(?:should|must|will) )?(?:finds?|returns?|yields?|gives?"
        r"|shows?|matches) nothing"
        r"|nothing (?:is |was |should be |gets )?(?:found|returned|matched)"
        rf"|{_NO_RESULTS} (?:are |were |should be |is |get )?(?:found|returned))$",
        lambda _m, _q: no_results(None),
    ),
    rule(  # "verify results load": some are shown, as "results are displayed"
        r"^(?:the |some )?(?:search )?results (?:(?:should|must|will) )?"
        r"(?:load|loads|have loaded)$",
        lambda _m, _q: some_results("results", None),
    ),
    rule(
        r"^(?:the |an? )?(?:error message|error|message|warning|hint|validation message"
        r"|validation error) (?:underneath|under|below|beneath|next to|beside|by|near) (?P<f>.+?)"
        rf" (?P<mid>(?:{_VIS_AUX} )*)(?:says?|reads?|shows?|is|be)(?: now)? (?P<v>.+)$",
        _message_beside_says,
        final=True,
    ),
    rule(  # "under the Email field it says Invalid email": the words by that field
        r"^(?:underneath|under|below|beneath|next to|beside) (?P<f>.+?),? (?:it|there)"
        rf" (?P<mid>(?:{_VIS_AUX} )*)(?:says?|reads?|shows?|is (?:an? )?(?:error|message)"
        r"(?: (?:saying|reading))?)(?: now)? (?P<v>.+)$",
        _message_beside_says,
        final=True,
    ),
    rule(
        r"^(?P<s>\S.*?) (?P<verb>shows?|says?|reads?|includes?|lists|contains?|displays?|has|have)"
        r" (?P<a>\S.*?),? (?:but|and) not (?P<b>\S.*)$",
        _but_not,
    ),
    rule(
        r"^(?P<x>(?:the |an? |our |my )?[\w'’ -]{1,40}?) (?:(?:should|must|will) )?"
        r"(?:loads?|loaded|has loaded|is loaded|renders?|has rendered|is rendered)"
        r"(?: correctly| properly| fine)?$",
        _image_loads,
    ),
    # "it loaded": every navigation already waits for its page, so there is nothing to add
    rule(
        rf"^(?:(?:after|once|when) )?(?:it|(?:the |this |that )?page|everything)"
        rf" (?:(?:should|must|will) )?{_LOADS}$"
        # "after the redirect": the page it lands on, which the next step waits for too
        r"|^(?:after|once) (?:the )?redirects?(?: (?:completes|finishes|is done|happens))?$",
        _loaded,
    ),
    # An address said to load, or to say something: open it first.
    rule(rf"^{_AT} (?:(?:should|must|will) )?{_LOADS}$", _address_loads),
    rule(
        rf"^{_AT} (?P<not>(?:does not|doesn't|should not|shouldn't|must not|never|no longer) )?"
        rf"(?:(?:should|must|will|does) )?(?:says?|shows?|{_ANSWERS}|(?P<has>has|have)"
        r"|contains?|displays?|reads?|lists?|includes?|mentions?)(?: the text)?:?"
        r" (?P<v>\S.*)$",
        _address_says,
    ),
    # "/login 200", "GET /api/status -> 200", "the homepage returns a 200": as a note says it
    rule(
        rf"^(?:{_AT}|{_HOME}|(?:the )?(?:site|website|app))"
        rf"(?::| ->| →| =>| -| (?:(?:should|must|will) )?{_ANSWERS}| (?:is|be))?"
        r" (?P<code>(?:an? )?(?:HTTP |status (?:code )?)?[1-5]\d\d(?: OK)?)$",
        _address_answers,
    ),
    # "the signup page at /signup has an Email field": open it, then read the page
    rule(
        rf"^(?:the )?(?P<kind>(?:[\w-]+ ){{1,3}})(?:page|site|form|screen) (?:at|on)"
        rf" (?P<url>{_ADDRESS})"
        r" (?P<rest>(?:has|have|shows?|says?|contains?|lists?|includes?|displays?) .+)$",
        _page_at,
    ),
    # "no 500 errors on the homepage", "the homepage has no 404s": open it, which fails on
    # an error answer (of a site or an app, they would be on any of its pages)
    rule(
        rf"^(?:(?:there (?:are|is|should be) )?no {_ANSWER_ERRORS} (?:on|for|from) {_HOME}"
        rf"|{_HOME} (?:has|gives|returns|shows) no {_ANSWER_ERRORS})$",
        _site_loads,
    ),
    # "the homepage loads": open the page the test starts on, which fails if it does not load
    rule(
        r"^(?:the |our |my |your )?(?:home ?page|front page|landing page|start page|site|website"
        rf"|web site|app)(?: (?:should|must|will))? {_LOADS}$",
        _site_loads,
    ),
    *STATE_RULES,  # "Remember me is ticked", "the search box is empty": a control's state
    *ONLY_RULES,  # "only 'Milk' is listed": exactly these items, and no other
    rule(
        rf"^(?P<s>{_SUBJECT}) (?:(?:should|must|will) be|is|are) (?:marked|flagged|labell?ed"
        r"|tagged|listed|shown) (?:as )?"
        rf"(?P<v>(?-i:[A-Z0-9])[\w$€£.,/%-]*(?: (?-i:[A-Z0-9])[\w-]*)*|{OPEN}\d+{CLOSE})$",
        _marked_as,
    ),
    rule(r"^(?P<aux>is|are|am|does|do|did) (?P<rest>.+)$", _question),
    rule(  # "can I see Welcome back?": what is seen
        r"^can (?:i|we|you|users|the user) (?:still )?see (?P<x>.+)$",
        lambda m, q: parse_assertion(f"I see {m['x']}", q, bare=False),
    ),
    rule(PAGE_HEALTH, _page_health, final=True),
    # "check I'm logged out": the page offers a way in and none out (never that a
    # "Logged out" message shows, which a page may say while still signed in)
    rule(
        r"^(?:(?:i|you|we|the user|user) )?(?:am|are|is|be|gets?|got|(?:should|must|will) be)"
        r"(?: now)?(?: successfully)?"
        r" (?:logged|signed)[ -]?(?:out|off)"
        r"(?: successfully| now)?$"
        r"|^(?:the )?(?:logout|log-out|log out|sign-out|sign out|signout)(?: attempt)?"
        r" (?:was |is |should be |should |must be |must )?(?:successful|succeeds?|succeeded"
        r"|works?|worked)$"
        # "I should be asked to sign in", "the page asks me to log in": a way in is offered
        r"|^(?:(?:i|you|we|the user|user) )?(?:am|are|is|get|gets|be"
        r"|(?:should|must|will) (?:be|get)) (?:asked|prompted|told)(?: again)?"
        r" to (?:log|sign) ?in(?: again)?$"
        r"|^(?:the (?:page|site|app) )?(?:asks|should ask|must ask|will ask) (?:me|you|us|the user)"
        r"(?: again)? to (?:log|sign) ?in(?: again)?$",
        lambda _m, _q: Parsed((Draft("expect_signed_out"),)),
        final=True,
    ),
    rule(
        r"^(?:there(?:['’]s| (?:is|are|should be|must be|will be)) )?no (?P<x>.+?)"
        rf"(?: (?:(?:is|are|should|must|will|be|being|to) )*{_SHOWN})?$",
        _no,
    ),
    rule(
        r"^there(?:['’]s| (?:is|are)(?: now| still)?"
        r"| (?:should|must|will)(?: now| still| also)? be)"
        # "there is not a …" is read as "there is no …" (_NOT_ANY), or not at all
        r"(?: (?:exactly|only|precisely))? (?!not\b|never\b)(?P<x>.+)$",
        _there,
    ),
    # "example.com's title contains Example", "the title of /pricing": open it, then its title
    rule(
        rf"^(?:the )?(?:title of (?:the )?(?:page )?(?P<of>{_ADDRESS})(?: page)?"
        rf"|(?P<url>{_ADDRESS})(?:['’]s)?(?: page)? (?:title|<title>)(?: tag)?) (?P<rest>.+)$",
        _address_title,
    ),
    # "the URL should not contain /login", "the title no longer says Error": never holding it
    rule(
        r"^(?:the )?(?:(?:current|page|browser|tab) )?(?P<what>url|address|path|title)"
        rf" {_NOT_ANY_MORE} (?:contains?|includes?|has|have|shows?|says?|mentions?) (?P<v>\S.*)$",
        _without,
    ),
    # "I am no longer on /login", "we're not on the login page any more": left it
    rule(
        r"^(?:am|are|is|should be|must be) (?:no longer|not|never) (?:on|at)"
        r" (?P<where>.+?)(?: any ?more)?$",
        _not_on,
    ),
    rule(
        r"^(?:the )?(?:(?:page|browser|tab|window|document|home ?page|landing page)(?:['’]s)? )?"
        r"(?:title|<title>)(?: tag)?"
        r"(?: of (?:the |this )?(?:page|tab|window|document|site|browser tab))?"
        r" (?:(?:should|must|will|to|does|now|also) )*"
        r"(?P<how>is|be|equals?|reads?|says?|shows?|contains?|includes?|has|have|matches|match"
        r"|(?:starts?|begins?|ends?) with|==?|:)(?: exactly)?:?(?: now)? (?P<v>.+)$",
        _title,
    ),
    # "page title: Dashboard"; "Title: Home" alone is a field's line, never read
    rule(r"^(?:the )?(?:page|browser|tab|window)(?:['’]s)? title: (?P<v>.+)$", _title),
    rule(
        r"^(?:the )?(?:page|tab|window) (?:(?:is|should be|must be) )?(?:titled|called|named)"
        r" (?P<v>.+)$",
        _title,
    ),
    rule(
        r"^(?:the )?(?:(?P<level>main|page|top|primary) )?(?P<kind>heading|headline|h1)(?: text)?"
        r" (?:(?:should|must|will|to|does|now) )*"
        r"(?:is|be|equals?|reads?|says?|shows?|contains?|includes?|=|:):? (?P<v>.+)$",
        _heading,
    ),
    # "'Oak Chair' is the first result": the first result says so
    rule(
        r"^(?P<v>.+?) (?:is|should be|must be|(?:should |must )?(?:come|appear|show up)s?)"
        rf"(?: (?:as )?the (?P<nth>{ORDINAL} (?:result|search result|item|row|product|entry|post))"
        r"|(?: (?:listed|shown|sorted))? (?P<end>first|last))"
        rf"(?: (?:in|of|on) (?:the )?(?P<place>{_LISTS}))?$"
        # "at the top" alone may be of the page: only "at the top of the list" is its first
        rf"|^(?P<v2>.+?) (?:is|should be|must be|appears|shows up)(?: (?:listed|shown))?"
        rf" at the (?P<end2>top|bottom) of (?:the )?(?P<place2>{_LISTS})$",
        _named_first,
    ),
    # "'Welcome' is the page heading", "Docs is the title": the same checks, said the other way
    rule(
        r"^(?P<v>.+?) (?:is|should be|must be) (?:the )?(?:(?P<level>main|page|top|primary) )?"
        r"(?P<kind>heading|headline|h1)(?: of (?:the|this) page)?$",
        _named_the_heading,
    ),
    rule(
        r"^(?P<v>.+?) (?:is|should be|must be) (?:the )?(?:(?:page|browser|tab|window) )?title"
        r"(?: of (?:the |this )?(?:page|tab|window|site))?$",
        _named_the_title,
    ),
    rule(
        r"^(?:the )?(?:(?:current|page|browser|site) )?(?:url|address|location|path|web address"
        r"|address bar) (?:(?:should|must|will|to|does|now|also|then) )*"
        r"(?P<how>is|be|equals?|contains?|includes?|has|have|ends? in|ends?|starts?|begins?"
        r"|matches|match|shows?|reads?|stays? (?:on|at)|remains? (?:on|at)|==?|:)(?: with)?"
        r"(?: exactly)?:? (?P<v>.+)$",
        _url,
    ),
    rule(  # "the page has URL /dashboard": it is at that address
        r"^(?:the )?page (?:(?:should|must|will|does) )?(?:has|have) (?:the |an? )?(?:url|address)"
        rf"(?: of)?:? (?P<v>(?:/|https?://|{OPEN})\S*)$",
        _url,
    ),
    # "URL: /signup", "expect URL /signup": the address, and no verb
    rule(
        r"^(?:the )?(?:(?:current|page|browser) )?(?:url|address|path):? (?P<v>(?:/|https?://)\S*)$",
        _url,
    ),
    rule(
        r"^(?:(?:it|he|she|they|i|we|you|user|the user|the browser|the page|the visitor"
        r"|the customer) )?(?:(?:should|must|will|to|now|then|finally|eventually|still|has|have|is"
        r"|are|am|be|been|would|also|was|were|gets?|got) )*(?:be|is|are|am|end up|ends up"
        r"|ended up|lands?|landed|remains?|stays?|(?:(?<=am )|(?<=is )|(?<=are )|(?<=be ))still"
        r"|(?:i|we|you|they)['’](?:m|re)(?: still| now)?"
        r"|redirected|taken|sent|brought|arrives?|arrived|returned|forwarded|gets?|got"
        r"|navigates|navigated|goes|went|redirects?|forwards?|bounced?|bounces|kicked|booted"
        # "(submitting it) should take me to /thanks": where the step before leads
        r"|(?<=\w )(?:take|takes|bring|brings|send|sends) (?:me|you|us|the user))"
        r" (?:back )?(?:on|at|to|onto) (?P<where>.+)$",
        _where,
    ),
    # "/old-pricing redirects to /pricing", "visiting /blog takes you to /news": go to the
    # first address, and end up at the second
    rule(
        r"^(?:(?:visiting|opening|loading|going to|navigating to) )?(?P<x>(?:/|https?://)\S*)"
        r" (?:(?:should|must|will|now|still|always) )*(?:(?:redirects?|forwards?)"
        r"(?: you| me| us| the user| users| visitors| people)?|(?:takes?|sends?"
        r"|leads?|brings?) (?:you|me|us|the user|users|visitors|people))(?: back)? to"
        r" (?P<where>.+)$",
        _redirects,
    ),
    # "I should see results containing iPhone": the results show it, never the words
    # "results containing iPhone"
    rule(
        rf"^(?P<mid>(?:{_SEE_AUX} )*)(?:see|get) (?:the |some |any )?(?:search )?results"
        r" (?:containing|with|that contain|mentioning|including) (?P<x>\S.*)$",
        # "I should not see results containing iPhone": none of them shows it
        lambda m, q: parse_assertion(
            f"the results {'do not show' if _negated(m['mid']) else 'show'} {m['x']}", q, bare=False
        ),
        final=True,
    ),
    rule(rf"^(?P<mid>(?:{_SEE_AUX} )*)(?:see|notice|spot) (?P<x>.+)$", _see),
    # "we get 'Invalid credentials'", "the user receives the message 'Sent'": quoted words
    rule(
        rf"^(?P<mid>(?:{_SEE_AUX} )*)(?:get|gets|got|receive|receives|received)"
        rf" (?P<x>(?:(?:an?|the) )?(?:[a-z-]+ ){{0,2}}{OPEN}\d+{CLOSE})$",
        _see,
    ),
    rule(
        r"^(?!clicking )(?P<control>(?:the |a )?\S.*? (?:link|button)"
        r"(?: (?:in|on) the [a-z]+(?: (?!should|must|will)[a-z]+)?)?)"
        rf"(?: should| must| will)? {_LEADS} (?P<where>\S.*)$",
        _leads_to,
        final=True,
    ),
    # "the logo links back to the homepage": followed, as "clicking the logo" is
    rule(
        rf"^(?P<control>(?:the |our )?(?:site |brand |company |header )?logo)"
        rf"(?: should| must| will)? {_LEADS} (?P<where>\S.*)$",
        lambda m, q: parse_assertion(
            f"clicking {m['control']} takes you to {m['where']}", q, bare=False
        ),
    ),
    rule(
        rf"^(?:logging|signing) (?P<way>out|off|in)(?: should| will)? {_LEADS} (?P<where>\S.*)$",
        _signing_leads_to,
    ),
    rule(
        rf"^the (?P<ord>{ORDINAL}) (?P<noun>(?:search )?result|post|article)"
        rf"(?: should| must| will)? {_LEADS} (?P<where>\S.*)$",
        _nth_leads_to,
    ),
    rule(
        rf"^(?P<clicking>clicking (?:on )?)(?P<control>\S.*?)(?: should| will)? {_LEADS}"
        r" (?P<where>\S.*)$",
        _leads_to,
    ),
    rule(
        # "the dashboard loads": a page a journey lands on, named without "page"
        rf"^(?:the )?(?:(?P<name>\S.*?) (?:page|screen)|(?P<landing>{LANDING_PAGES}))"
        r" (?:(?:should|must|will|now) )*"
        r"(?:loads?|opens?|appears?|comes up|up"
        r"|(?:is|be) (?:loaded|open|opened|displayed|shown|up|reachable|online|live))"
        r"(?: (?:fine|ok|okay|correctly|properly|successfully|without errors?))?$",
        _page_loads,
    ),
    # "the docs search finds 'webhooks'": the results of a search for it show it
    rule(
        r"^(?:the |our )?(?:(?:site|docs|doc|help|blog|product) )?search"
        rf" (?:(?:should|must|will|still|also) )*finds? (?P<x>{OPEN}\d+{CLOSE})$",
        _search_finds,
    ),
    # "the search returns results", "results are returned", "the results list is not empty"
    rule(
        r"^(?:(?:the|my|your|a) )?(?:search|query)"
        r" (?:(?:should|must|will|does|now|also) )*(?:returns?|finds?|gives?|yields?|brings? up"
        r"|turns? up|produces?) (?P<x>(?:(?:at least|some|one or more) )?(?:\S+ )?"
        r"(?:(?:search|matching) )?results?)$",
        _returns_results,
    ),
    rule(
        r"^(?P<x>(?:(?:the|some) )?(?:(?:search|matching) )?results)(?: list)?"
        r" (?:(?:should|must|will|are|is|be|get|now) )*(?:returned|found|loaded|populated"
        r"|not empty|non-empty|come up)$",
        _returns_results,
    ),
    # "/pricing: 3 plans", "search for lamp, 3+ results": a count said alone, as a note does,
    # of things a list holds (never "3 days", "2 left")
    rule(
        r"^(?P<x>(?:(?:at least|at most|exactly|only) )?\d{1,4} (?-i:[a-z]+s))$",
        lambda m, q: _returns_results(m, q) if _counted_alone(m["x"]) else None,
    ),
    # "the help panel opens": a part drawn only while open is then shown; never a menu, a
    # dropdown or a section, whose closed self shows too
    rule(
        r"^(?P<x>(?:the |an? )?(?:[\w-]+ ){0,2}(?:panel|dialog|modal|popup|pop-up|drawer"
        r"|overlay|tooltip|popover)"
        # "a modal titled 'New user' should open": that one
        rf"(?: (?:titled|called|named) (?:{OPEN}\d+{CLOSE}|(?-i:[A-Z])[\w' -]{{0,30}}))?)"
        r" (?:(?:should|must|will) )?(?P<how>opens?|is opened|is open|pops? up|closes?)$",
        lambda m, q: parse_assertion(
            f"{m['x']} is {'hidden' if m['how'].startswith('close') else 'shown'}", q, bare=False
        ),
    ),
    rule(  # "the Admin link is not in the nav": shown there, or not
        r"^(?P<x>(?:the|an?) \S.*?) (?P<mid>(?:is|are|should|must|will)(?: not| no longer| never)?"
        r"|(?:is|are|should|must)n['’]t) (?:be )?(?P<p>in|inside|within)"
        r" (?P<scope>(?:the|your|my) .+)$",
        _kind_in_place,
    ),
    rule(  # "Brass Lamp is among the results", "… is one of the results": in them
        rf"^(?P<x>(?:{_NAMED_SUBJECT}) (?:{_VIS_AUX} )+)(?:among|one of) (?P<scope>{_PLACE})$",
        lambda m, q: parse_assertion(f"{m['x']}in {m['scope']}", q, bare=False),
    ),
    rule(
        rf"^(?P<x>{_NAMED_SUBJECT}|{_NAMES_LISTED}) (?P<mid>(?:{_VIS_AUX} )*)"
        rf"(?P<p>in|inside|within) (?P<scope>{_PLACE})$",
        _visible,
    ),
    rule(
        rf"^(?P<x>.+?) (?P<mid>(?:{_VIS_AUX} )*)(?P<p>{_SHOWN})"
        r" (?:underneath|below|beneath|next to|beside|by|near|alongside) (?P<f>.+?)$",
        _beside,
        final=True,
    ),
    rule(
        rf"^(?P<x>.+?) (?P<mid>(?:{_VIS_AUX} )*)(?P<p>{_SHOWN})"
        # "shows In stock": words; a place is said in lower case
        r"(?:(?: somewhere| anywhere)? (?P<in>(?-i:in|on|inside|within|under|from))"
        r" (?P<scope>.+?))?"
        r"(?: again| now| too| anymore| any more| any longer"
        r"| (?:any|some)where(?: on (?:the|this) page)?)?$",
        _visible,
    ),
    rule(
        r"^(?P<s>(?:the |a |an |this |your |my )?\S.*) (?:(?:should|must|will|does) )?"
        r"(?:shows?|lists?|displays?|has) (?P<a>\S.*?) first"
        r"(?:,? (?:and |then )?(?P<b>\S.*?) second)?$",
        _in_order,
        final=True,
    ),
    rule(  # "a dialog asks 'Are you sure?'": it says those words; "asks for X" says no words
        rf"^(?P<s>{_SUBJECT}) (?:(?:should|will|must) )?asks?:? (?P<v>{OPEN}\d+{CLOSE})$",
        lambda m, q: parse_assertion(f"{m['s']} says {m['v']}", q, bare=False),
    ),
    rule(
        # the verb "link": never "has a link to", read by the rule after
        rf"^(?P<s>{_SUBJECT})(?<! has)(?<! have)(?<! a)(?<! an)(?<! no)(?<! any)(?<! the)"
        # "the footer contains links to Blog": read by the rule after, as "has"
        r"(?<! contains)(?<! contain)(?<! includes)(?<! include)(?<! shows)(?<! show)"
        r"(?<! lists)(?<! displays)(?<! with)"
        rf" (?:(?:should|must|does|will) )?(?P<not>not |n['’]t )?links? to"
        r" (?P<x>\S.*)$",
        _links_to,
        final=True,  # "the first result links to /p/1": where it goes, never the words "links to"
    ),
    rule(  # "the columns are Name and Email": the table's column headers
        r"^(?:the )?(?:(?P<t>[\w ]*?tables?) )?columns (?:(?:should|must|will) )?"
        rf"(?:are|be|include) (?P<x>(?-i:[A-Z0-9]).*|{OPEN}.*)$",
        lambda m, q: parse_assertion(
            f"the {m['t'] or 'table'} has columns {m['x']}", q, bare=False
        ),
        final=True,
    ),
    rule(  # "the social links include GitHub": a link to it, never a link named "social"
        rf"^(?:the )?(?:(?P<part>{_REGION_WORDS}) )?(?:social |external )?links"
        r" (?:(?:should|must|will) )?(?:also )?(?:includes?|contains?|lists?) (?P<x>\S.*)$",
        lambda m, q: parse_assertion(
            f"the {m['part'] or 'page'} has links to {m['x']}", q, bare=False
        ),
        final=True,
    ),
    rule(  # "the h2 headings include Install and Usage": a heading of each name
        rf"^(?:the )?(?:(?P<part>{_REGION_WORDS}) )?(?P<kind>(?:h[1-6] )?headings|h[1-6]s"
        r"|buttons|tabs|menu items) (?:(?:should|must|will) )?(?:also )?(?:includes?|contains?"
        r"|lists?) (?P<x>\S.*)$",
        _kinds_include,
    ),
    rule(  # "exactly 2 rows say Shipped": as many rows holding those words
        rf"^(?:only |exactly |just )?(?P<n>{NUMBER}) (?P<kind>rows?|items?|entry|entries)"
        r" (?:(?:should|must|will) )?(?:says?|shows?|contains?|has|have|reads?|mentions?)"
        r"(?: (?:the )?(?:status|text|label|name|value))? (?P<x>.+)$",
        lambda m, q: parse_assertion(
            f"there are {m['n']} {m['kind']} with {m['x']}", q, bare=False
        ),
        final=True,  # never a part of the page named "2 rows"
    ),
    rule(rf"^(?P<s>{_SUBJECT}) {_SAY.format(aux=_AUX)}:? (?P<v>.+)$", _says),
    rule(rf"^{_SAY.format(aux=_AUX)}:? (?P<v>.+)$", _says),  # "- should show Thanks" in a list
    rule(
        rf"^(?:the )?(?:number|count) of (?P<x>.+?) (?:is|should be|equals|==?) (?P<n>{NUMBER})$",
        _number_of,
    ),
    rule(
        rf"^(?P<s>{_SUBJECT})"
        rf" (?P<mid>(?:(?:should|must|will|does|do|(?-i:now)|still|also|{_NEG}) )*)"
        rf"(?:{_PRICED_AT}"
        r"|be|is|are|isn['’]t|aren['’]t|equals?|==?|reads?|shows? as|displayed as|shown as|set to"
        # "the shipping cost is $5": "cost" ends the subject when a verb follows it
        r"|costs?(?! (?:is|are|was|were|should|must|will|would|be)\b)"
        r"|(?P<change>becomes?|changes? to|updates? to|go(?:es)? up to|go(?:es)? down to"
        r"|(?:drops?|rises?|increases?|decreases?|falls?|jumps?|grows?|climbs?) to"
        # "the cart count goes to 1": a number, never a page ("the user goes to Checkout")
        r"|goes to(?= [-−$€£¥\d])"
        # "the total goes back to $50": what it was, said again
        r"|(?:go(?:es)?|changes?|returns?) back to(?= [-−$€£¥\d])))"
        r"(?: (?:exactly|now|still|shown as|displayed as|set to|equal to|of))? (?P<v>.+)$",
        _is_value,
    ),
    rule(
        r"^(?:at least one|one or more|an?|some|any|(?:any|one|some|at least one) of the)"
        r" (?P<kind>rows?|items?|entry|entries|cards?)"
        r"(?: (?:appears?|is shown|is listed|exists?|is visible))?"
        r" (?:with|containing|that (?:says|shows|contains|has|mentions)|showing|for|saying"
        r"|mentioning|shows|says|contains|has|reads|mentions"
        r"|(?:should|must|will|does) (?:say|show|contain|have|read|mention))"
        r"(?: (?:the )?(?:status|text|label|name|value))? (?P<x>.+)$",
        _at_least_one,
    ),
    rule(  # "one of the results mentions Dell", "any result shows Dell": the results do
        r"^(?:at least one|one or more|an?|some|any|(?:any|one|some|at least one) of the)"
        r" (?:search )?results? (?:(?:should|must|will|does) )?"
        r"(?:says?|shows?|contains?|mentions?|includes?|has|have|reads?) (?P<x>.+)$",
        _results_show,
    ),
    rule(  # "no row says Failed", "none of the cards show Sold out"
        r"^(?:no|none of the) (?P<kind>rows?|items?|entry|entries|cards?|headings?|h[1-6]s?)"
        r" (?:says?|shows?|contains?|has|have|reads?|mentions?)"
        r"(?: (?:the )?(?:status|text|label|name|value))? (?P<x>.+)$",
        _at_least_one,
    ),
    rule(  # "none of the components say Degraded": the part they make up does not
        r"^none of (?:the|our|its|their) (?P<things>(?-i:[a-z]+ )?(?-i:[a-z]+s))"
        r" (?P<verb>say|show|contain|read|mention|display|list|include) (?P<x>.+)$",
        lambda m, q: parse_assertion(
            f"the {m['things']} should not {m['verb']} {m['x']}", q, bare=False
        ),
    ),
    rule(
        r"^(?:access|reach|open|visit|get to|navigate to|view) (?:the )?(?P<x>\S+)(?: page)?$",
        _reachable,
    ),
    # "a logged-in user can access /settings": signed in as the test, they can
    rule(
        r"^(?:an? |the )?(?:logged|signed)[- ]in (?:user|visitor|customer|member)s?"
        r" (?P<can>can|(?:is|are) able to) (?P<rest>\S.*)$",
        _signed_in_can,
    ),
    rule(_APPEARS_SAYING.pattern, _appears_saying),
    rule(_DIALOG_SAYING.pattern, _dialog_saying),
    rule(  # "click Size guide and it opens a modal": the step's, as "a modal opens"
        r"^it (?:opens|should open|will open|brings up|pops up|shows|displays)"
        r" (?P<x>(?:an?|the) (?:[\w-]+ )?(?:modal|dialog|popup|pop-up|overlay|drawer))$",
        lambda m, q: parse_assertion(f"{m['x']} opens", q, bare=False),
    ),
    rule(r"^(?:a|an) \S.*$", _a),
)
