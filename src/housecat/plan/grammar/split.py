"""Cut a masked goal into clauses: lines, list items, sentences, then "and"/"then"/commas."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from housecat.errors import GoalNotUnderstood
from housecat.plan.grammar.fields import ASSIGNED
from housecat.plan.grammar.pronouns import ACT_ON_ITEM
from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes
from housecat.plan.grammar.target import SCREEN_SPOT, singular
from housecat.plan.grammar.types import Parsed
from housecat.plan.grammar.words import (
    A_THING_APPEARS,
    CONFIRMING_FIELD,
    DOING,
    ITEM_VERBS,
    ON_A_DEVICE,
    ORDINAL,
    STATEMENT_WORDS,
    STRONG_NOUNS,
    TWO_OF_A_KIND,
    done_first,
    names_the_site,
    spell_out,
    starts_with_verb,
    strip_fillers,
)
from housecat.plan.models import CHECKS

ParseFn = Callable[[str], Parsed | None]

# A piece opening with one of these is a step of its own, even one we cannot read: it is
# never the rest of a typed value or a query ("search for lamps and verify results").
_JOURNEY_VERB = re.compile(
    rf"^(?!{CONFIRMING_FIELD.pattern[1:]})"  # "Confirm password: x" names a field
    r"(?:click|verify|check|confirm|ensure|make sure|go|open|visit|navigate|type|enter|fill|select"
    r"|press|hit|search|submit|wait|log|sign|add|delete|remove|tick|untick|uncheck|expect|assert"
    r"|validate|give"
    r"|extract|get|find|filter|sort|scroll|hover|tap|choose|pick|then|save|send|publish|apply"
    r"|proceed|create|upload|download|refresh|reload|accept|dismiss|close|expand|collapse"
    r"|drag|book|pay|checkout|check out|log out|sign out|continue|finish|look|watch|see"
    r"|notice|spot|complete|mark|switch|toggle|agree(?= to)|follow(?= (?:it|them|that|this|the)\b)"
    r"|clear|leave(?= .+ (?:empty|blank)$)"  # "… and leave Email empty": a field left so
    # "search for Apollo and archive it": an act on an item is a step of its own
    rf"|{'|'.join(sorted(ITEM_VERBS))})\b",
    re.I,
)


@dataclass(frozen=True)
class Piece:
    """One clause: the text to parse, and the words the user wrote for it."""

    text: str
    phrase: str


_MARKER = re.compile(
    r"^\s*(?:(?P<num>\d{1,3})[.)]|\((?P<pnum>\d{1,3})\)|[-*•+–—]|[a-z][.)](?=\s)"
    # a checklist's marks: "✅ Homepage loads", "[ ] visit /docs" (never "❌", which denies)
    r"|[✅✔☑✓□▪◦]\ufe0f?|\[[ xX]\]"
    r"|(?:ii|iii|iv|vi|vii|viii|ix)[.)](?=\s))\s+"
    r"(?:\[[ xX]\]\s+)?"
)
# "Steps:", "Scenario: sign in" or "## Checkout" introduce what follows; they are not steps.
_HEADING = re.compile(
    # one phrase: "Log in. Then:" holds a step before its label
    r"^\s*(?:\S*[^\s.!?;](?: \S*[^\s.!?;]){0,2}:\s*"
    # Gherkin's titles name a scenario; its steps follow
    r"|(?:feature|scenario(?: outline)?|background|examples?|rule)\s*:.*|#{1,6} ?.*)$",
    re.I,
)
# When the test runs, said before its steps: the schedule is set apart, never a step
_WHEN_RUN = re.compile(
    r"^\s*(?:(?:run|check|test) )?(?:(?:every|each) (?:\d+ )?(?:minutes?|hours?|days?|mornings?"
    r"|nights?|weekdays?|weeks?|evenings?)|hourly|daily|nightly|weekly|once an? (?:hour|day))"
    r"\s*[:,-]\s+(?=\S)",
    re.I,
)
# "Hi!", "Thanks!": said to a person, asking nothing of the page.
_GREETING = re.compile(
    r"^(?:hi|hello|hey|thanks|thank you|thx|cheers)"
    r"(?: (?:there|all|team|so much|a lot|in advance))?$",
    re.I,
)
# Why the test is wanted, said as a sentence of its own: "We want to know when signup
# breaks." It asks nothing of the page; the steps that follow say what breaking is.
_WHY = re.compile(
    r"^(?:we|i)(?: (?:want|need|would like)|['’]d like) to (?:know|be (?:alerted|notified|told"
    r"|paged|warned)|hear|find out) (?:when|if|whether|as soon as) [\w' -]+?"
    r" (?:breaks|fails|goes down|stops (?:working|sending|loading|responding)|is down|is broken"
    r"|errors out|(?:isn['’]t|is not|doesn['’]t|does not|stops) work(?:ing)?)$"
    # "Can you check every morning that our signup page still works?": no check of its
    # own ("works" says none), what the steps that follow are for
    r"|^(?:(?:hi|hey|hello)(?: there| team)?,? )?(?:(?:can|could|would) you (?:please )?|please )?"
    r"(?:(?:we|i)(?: (?:want|need|would like)|['’]d like) to )?"
    r"(?:check|make sure|verify|confirm|test)"
    r"(?: (?:every|each) (?:morning|day|hour|night|week)| daily| hourly| nightly| regularly)?"
    r"(?: that| if| whether)? [\w' -]+? (?:still )?works(?: fine| properly| correctly| ok)?$"
    # "can you make sure people can still sign up?": asked of a person, what the steps
    # after it show
    r"|^(?:(?:hi|hey|hello)(?: there| team)?,? )?(?:can|could|would) you (?:please )?"
    r"(?:check|make sure|verify|confirm|test)(?: that| if| whether)?"
    r" (?:people|users|customers|visitors|anyone|everyone) can (?:still )?[\w' -]+$"
    # "Our docs search broke last week.", "We had an outage where …": what happened once,
    # which the steps that follow watch for
    r"|^(?:our|the|my) [\w' -]+? (?:broke|went down|was down|was broken|crashed"
    r"|stopped working)(?: (?:last|this|yesterday|earlier|again|twice|once|recently)[\w ]*)?$"
    r"|^(?:we|i) (?:had|saw|hit|ran into) (?:an? |some )?(?:outage|incident|bug|regression"
    r"|issue|problem|downtime)\b.*$",
    re.I,
)
# "Please keep an eye on checkout: add …": what is watched, then the steps that say how
_WATCHED = re.compile(
    r"^\s*(?:please )?(?:(?:can|could) you )?(?:keep an eye on|keep watch (?:on|over)"
    r"|watch over|look after) (?P<watched>[^:.!?]{1,40}):\s+(?P<it>it\b)?",
    re.I,
)
# A test case's section named before its steps, on the same line: the steps follow it.
_SECTION_LABEL = re.compile(
    # "Test: open /cart": what follows the label is the test, to be read, never dropped
    r"^\s*(?:steps?(?: to reproduce)?|actions?|procedure|pre-?conditions?|setup|set-up|story"
    r"|journey|(?:quick |smoke |sanity |e2e |end-to-end |regression )*test|smoke|sanity check"
    r"|test case(?: [\d.]+)?|(?:user )?flow|monitor)"
    r"\s*:\s*(?=\S)",
    re.I,
)
# An ellipsis ends a sentence only as a comma does (below): "wait until Loading... disappears".
# "the Forgot password? link", "Delete project? should open": a name's own mark, said on
_SENTENCE_END = re.compile(
    r"(?:;|[!?][.!?;]*(?!\s+(?:link|button|heading|dialog|modal|prompt|popup|tab|checkbox"
    r"|option|message|should|must|appears|opens"
    # "type Secret! into Password": a value's own mark, then where it goes
    r"|into|in|as|for|with|and|or)\b)|(?<![.…])(?<!\b[DM]r)(?<!\bMrs)(?<!\bMs)"
    r"(?<!\bProf)(?<!\bSt)\.(?![.]))(?=\s|$)"  # "Dr. Smith": a title, not a sentence's end
)
# "password: x", "pass: x", "pwd x": the sign-in's own password, however it is labelled
_PASSWORD_FIELD = re.compile(r"\bpass(?:word|code)?\b|\bpwd\b|\bpw\b", re.I)
_UNNUMBERED = r"(?<!^\d)(?<!^\d\d)(?<!\n\d)(?<!\n\d\d)"  # not the dash of "3 - click Save"
# The verbs a statement is said with, after its subject: "Slack shows …", "I am on …"
_STATEMENT_VERB = (
    r"(?:should|must|will|says?|shows?|reads?|lists?|includes?|contains?|displays?"
    # "the URL ends with /x", never "the end date to 2026-01-31", a field's name
    r"|disappears?|appears?|is|are|am|was|were|has|have|costs?|ends?(?= with)|see|sees|lands?"
    # "the cart count goes to 3", "the total drops to $90": a value that changes
    r"|goes|becomes|changes|updates|increases|decreases|drops|rises|jumps|falls|climbs"
    r"|pops up|comes up)\b"
)
# A statement's first words: its subject, then its verb ("Slack shows …", "there are …")
_STATEMENT_NEXT = (
    rf"(?:the|it|this|there|you|we|i|no|only|exactly|\d+|(?-i:[A-Z])[\w'’.-]*|{A_THING_APPEARS})"
    # its subject never holds a step of its own ("Billing and confirm the plan says …")
    r" (?:(?!(?:then|check|verify|confirm|ensure|expect|assert|make sure)\b)[\w'’.-]+ ){0,5}?"
    + _STATEMENT_VERB
)
_NEXT_STATEMENT = re.compile(_STATEMENT_NEXT, re.I)
# Strong connectives mark a new step; weak ones (comma, "and") may sit inside a value or name.
_CONNECTOR = re.compile(
    r"(?P<strong> ?,? (?:and )?then\b,?| ?, (?:and )?(?:next|finally|lastly|afterwards"
    r"|after that)\b,?| and (?:finally|lastly|afterwards|after that)\b,?"
    r"| (?:after that|afterwards)\b,?"
    # "search for oak — expect Oak Chair": a dash before the next step
    rf"|{_UNNUMBERED} [-–—]"
    r" (?=(?:then |and )?(?:expect|check|verify|confirm|ensure|make sure|assert|click"
    r"|open|go|type|enter|search|wait|submit|press|select)\b)"
    # "apply the coupon - the page should say Saved", "- Slack shows Connected": a dash
    # before a statement
    rf"|{_UNNUMBERED} [-–—] (?={_STATEMENT_NEXT})"
    r"| (?:\+|plus) (?=(?:check|verify|confirm|ensure|assert|make sure|expect|see)\b)"
    # "fill in Ada and in the footer, the copyright says 2026": a place said first, then
    # its statement, never more of the step before
    r"|(?:,| and| [-–—]| ->| =>) (?=(?:in|on|inside|within|under) (?:the|your|my|this) [^,]{1,40},"
    r" ))"
    r"|(?P<weak> ?,(?= )(?: and\b)?| and\b| &(?= )|(?:\.{2,}|…)(?= ))",
    re.I,
)
# "Apply filter: Open now": a choice and, after the colon, the option, never a step
_CHOICE_LEAD = r"(?:apply|select|choose|pick)\b"
# Words that open a check, never an item's name ("check" may tick one: it is not here).
_COLON_THEN_STEP = re.compile(r"(?<=\w): (?=" + _JOURNEY_VERB.pattern[1:] + ")", re.I)
# A few words naming what follows, then its steps: "Sign up flow: click Sign up, …"
_TITLE_THEN_STEP = re.compile(
    r"^\s*(?:[-*•]\s+)?(?!"
    + _CHOICE_LEAD
    # a title is one phrase: "open /a. Steps: …" holds a step before its label
    + r")[^\s:]*[^\s:.!?;,](?: [^\s:]*[^\s:.!?;,]){0,5}:\s+(?=the |"
    + _JOURNEY_VERB.pattern[1:]
    + ")",
    re.I,
)
_UP_AND_RUNNING = re.compile(r"\bup and running\b", re.I)
# Credentials said before signing in with them: "With username ada and password x, log in",
# "Use the credentials ada / x to log in".
_CREDENTIALS_FIRST = re.compile(
    r"^\s*(?:with|using|use) (?:the )?(?:credentials? )?(?P<given>(?:(?:username|user name|user"
    r"|e-?mail|login) )?\S+ (?:/ \S+|and (?:the )?password \S+)),? (?:to |and )?"
    r"(?P<verb>(?:log|sign) ?in|login)\b",
    re.I,
)
# The account said in the sentence after signing in: "Log in with the credentials below.
# Username: jdoe, Password: x", "Log in as jdoe. Password: x".
_CREDENTIALS_AFTER = re.compile(
    r"\b(?P<step>(?:(?:log|sign) ?in|login)(?:(?P<as> as [^\s.:;,]+)|(?: (?:with|using) (?:the"
    r" |these |this |my )?(?:following )?(?:credentials|login details|details|account)(?: below)?"
    r"))?)"
    r"(?:\s*[.:;]\s+|\s+[-–—]\s+)(?P<given>(?P<user>(?:user ?name|user|e-?mail|login)\s*[:=]\s*"
    r"\S+?[,;]?\s+(?:and\s+)?)?pass(?:word|code)\s*[:=]\s*\S+?)"
    # the password ends its sentence, or the steps go on: "…, and check …"
    r"(?=(?:[.;!]|\s[-–—])?\s*$|(?:[.;!]|\s[-–—])\s|,?\s+(?:and|then)\b)",
    re.I,
)
# A page named as the title of what happens on it: "Pricing page: Pro is $29".
_PAGE_TITLE = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:(?:check|verify|test|on|at) (?:the )?|the )?"  # "Check the … page:"
    r"(?P<name>[A-Za-z][\w-]*(?: [\w-]+){0,2}) (?:page|screen):\s+(?=\S)",
    re.I,
)
_HOME_TITLE = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:the )?(?:home ?page|landing page|front page):\s+(?=\S)", re.I
)
# "Log in: …", "Open the pricing page: …": a step, then what to do or see there
_STEP_FIRST = re.compile(r"^\s*(?P<step>[^:]+?):\s+(?=\S)")
# Steps whose words may go on, after a colon, with the values they take
_INTRODUCES_VALUES = frozenset(
    {"fill", "select", "pick", "fill_form", "enter_credentials", "press_named", "add_item"}
)
_PLACE_FIRST = re.compile(
    r"^\s*(?P<place>(?:on|at) (?:/\S*?|https?://\S+?|(?:the|your|my) [^,:]+? (?:page|screen))):\s+",
    re.I,
)
# "/pricing: the Pro plan costs $29", "/login:" over its steps: the page they are done on
# "From the sidebar, open Reports", "Using the top nav, go to Docs": a part of the page the
# step is done in (a page, "from the homepage", is gone to first: see `_FROM_HOME`)
_BY_WAY_OF = re.compile(
    r"^\s*(?:from|using|via|through) (?P<part>the (?![^,]*\b(?:page|screen|home|homepage|site)\b)"
    r"[^,]{1,40}), (?=[a-z])"
    # "Use the top menu to go to Team": the same, said as a purpose
    r"|^\s*use (?P<part2>the (?:[\w-]+ ){0,2}(?:menu|nav|navigation|sidebar|header|footer"
    r"|breadcrumbs?)) to (?=(?:go|navigate|open|click) )",
    re.I,
)
# "On the Billing tab, click Download invoice": what a tab holds shows once it is chosen
_IN_A_TAB = re.compile(
    r"^\s*(?:in|on|under|inside|within|from) (?P<tab>the (?!(?:new|other|original|same|current"
    r"|previous|opened|browser|first|second|last) )(?:[\w-]+ ){1,3}tab),? (?=[a-z])",
    re.I,
)
_CHECKING = re.compile(
    r"^(?:verify|confirm|ensure|make sure|expect|assert|validate|see that)\b", re.I
)
_PARTICLE = re.compile(r"^(?:on|over) ", re.I)
# "tick it off", "delete it", "open it": an act on the item just added, never one more
# item's name
# "its price is $5", "check its Add to cart button is disabled": of the item just named
_ITS_OWN = re.compile(
    r"^(?:(?:check|verify|make sure|ensure|confirm|expect)(?: that)? )?its (?-i:[a-zA-Z])", re.I
)
_ON_IT = re.compile(
    r"^(?:tick|untick|check|uncheck|mark|complete|finish|delete|remove|open|click|tap|edit)"
    r"(?: off)? it\b",
    re.I,
)
# A list of names a check is about ("has links to Blog, Jobs and Press", "A, B and C are
# shown") is one clause: its commas and "and" join names, not steps.
# a name as a page shows it: quoted, capitalised, a number, or a code ("v2", "es6")
_LIST_NAME = (
    rf"(?:{OPEN}\d+\S*|[A-Z0-9][\w'’&.-]*(?: [A-Z0-9][\w'’&.-]*){{0,2}}|[a-z]{{1,3}}\d[\w.-]*)"
)
_QUOTED = rf"{OPEN}\d+\S*"
# "shows Connected and GitHub shows Not connected": the last name is a statement's subject
_SUBJECT_OF_NEXT = (
    r"(?![\w'’&.-]*(?: [A-Z0-9][\w'’&.-]*)* (?:says?|shows?|reads?|displays?|contains?|lists?"
    r"|includes?|is|are|should|must|will)\b)"
)
_TWO_NAMED = re.compile(rf"(?<![\w'’-]){TWO_OF_A_KIND}\b", re.I)
_CHECKED_LIST = re.compile(
    rf"(?:\b(?:contains?|has|have|shows?|includes?|lists?|links to|sees?|displays?|are|offers?"
    r"|(?:should|must|will) be)"
    rf"(?: the| a)?(?: [a-z]+){{0,2}}"
    rf" (?P<list>{_LIST_NAME}(?:, {_LIST_NAME})*,? and {_LIST_NAME}){_SUBJECT_OF_NEXT}"
    r"|(?:^|\b(?:that|sure|verify|check) )"
    rf"(?P<list2>{_LIST_NAME}(?:, {_LIST_NAME})+,? and {_LIST_NAME})"
    r"(?= (?:appear|appears|are|is|should|must|will|get|stay)\b)"
    rf"|\b(?:headings|links|buttons|tabs|fields|checkboxes|options|items|images)"
    rf" (?P<list3>{_LIST_NAME}(?:, {_LIST_NAME})*,? and {_LIST_NAME})"
    # "add 'Milk' and 'Eggs' (to the cart)": quoted names, each added
    rf"|^(?i:adds?|put|place) (?:the )?(?P<list4>{_QUOTED}(?:, {_QUOTED})*,? and {_QUOTED})\b"
    # "verify only Milk and Eggs show": the names of one statement
    rf"|\b(?i:only) (?P<list5>{_LIST_NAME}(?:, {_LIST_NAME})*,? and {_LIST_NAME})"
    r"(?= (?i:show|shows|appear|appears|are|is|remain|remains|should|must|will|stay)\b))"
)
_PAIR = r"[A-Z][\w -]*?(?:: | ?==? ?)[^,:=]+?"
_FILTER_PAIRS = re.compile(
    rf"^(?i:filter|narrow|refine)\b[^:]*? by (?P<pairs>{_PAIR}(?:, {_PAIR})*,? and {_PAIR}(?=$|,)"
    # one pair, "filter by Status: Open": its value is no step of its own ("Open")
    rf"|{_PAIR}(?=$|,| and | ?(?:->|=>|→|⇒) ))"
)
_BRACKETED = re.compile(r"\([^()]*\)")
# "In the search box type shoes": a place said first, then the step, without a comma.
_SCOPE_THEN_VERB = re.compile(
    r"^(?P<scope>(?:in|on|inside|within|under) (?:the|a|an|this|your|my) [^,\ue000]{1,40}?)"
    r" (?=(?:type|enter|click|press|select|choose|tick|fill|search|hover|tap|open|check|verify"
    r"|confirm|ensure|make sure|expect|assert)\b)",
    re.I,
)
_CHECK_VERB = re.compile(
    r"^(?:check|verify|confirm|ensure|make sure|expect|assert|validate|see|look for|watch for"
    r"|notice|spot)\b",
    re.I,
)
_TYPED = frozenset({"fill", "select", "search"})
# A statement with its own subject: "the total should be $20", "prices are shown in euros".
_STATEMENT = re.compile(
    rf"^(?:(?:(?:the|my|your|this|that|a|an) )?\S+(?: \S+){{0,4}}|it|i|we|you|they|he|she)"
    rf" {_STATEMENT_VERB}",
    re.I,
)
_SAYING = re.compile(
    r"^(?:(?:should|must|will)(?: also)? )?(?P<bare>say|show|read|contain|display|list|include"
    r"|mention|have)?(?(bare)|(?:says|shows|reads|contains|displays|lists|includes|mentions|has))"
    r" \S"
)
# The subject of a statement, up to its first verb: "the hero" of "the hero says 'Hi'",
# "the modal" of "the modal opens and says Saved", "Oak Chair" of "Oak Chair shows …".
_SUBJECT = re.compile(
    r"^(?P<s>(?:the|my|your|this|that|an?) .+?|(?-i:[A-Z][\w'’&.-]*(?: [A-Z0-9][\w'’&.-]*){0,3})"
    r"|(?-i:GET )?(?:/|https?://)\S*)"
    r" (?:is|are|should|must|will|says?|shows?|reads?|returns?|responds?"
    r"|contains?|displays?|lists?|includes?|mentions?|has|have|opens|appears|pops up|shows up"
    r"|loads|expands|exists?)\b",
    re.I,
)
_CHECK_LEAD = re.compile(_CHECK_VERB.pattern + r"(?: that)? ", re.I)
_STATED_VERB = re.compile(
    r" (?:says?|shows?|reads?|contains?|displays?|lists?|includes?|is|are|has|have) ", re.I
)
# Any verb a check is said with; a piece without one says nothing of its own
_VERB_SAID = re.compile(
    r"\b(?:says?|shows?|showing|shown|reads?|contains?|displays?|displayed|lists?|listed"
    r"|includes?|is|are|am|['’]m|['’]re|has|have|should|must|will|appears?|visible|present|see"
    r"|sees|seen"
    r"|disappears?|disappeared|vanish(?:es|ed)?|hidden|gone|missing|absent|costs?|ends? with|lands?"
    r"|expect|check|verify|confirm|ensure|make sure|assert|gets?|goes|leads?|opens?|was|were"
    r"|removed|deleted|becomes|changes|updates|increases|decreases|drops|rises|jumps)\b",
    re.I,
)
_AN_ADDRESS = re.compile(r"^(?:the )?(?:https?://|/|www\.|[\w-]+\.[a-z]{2,}\b)", re.I)
# "the cart should show 1 item": what a part shows, which a figure after may be said of too
_SHOWN_BY = re.compile(
    r"^(?P<s>.+?) (?P<v>(?:should |must |will )?(?:shows?|has|have|displays?|contains?|includes?"
    r"|lists?))"
    r" ",
    re.I,
)
# "the toast should say Saved and disappear": the toast goes, after it said so
_GOES_AWAY = re.compile(
    r"^(?:then )?(?P<bare>disappear|vanish|go away|close|fade (?:out|away))?"
    r"(?(bare)|(?:disappears|vanishes|goes away|closes|fades (?:out|away)))$",
    re.I,
)
_A_KIND = re.compile(r"^(?:an?|the) (?:text|words?|heading|link|button|message) \S", re.I)
_A_FIGURE = re.compile(r"^(?:an?|the) [a-z]+(?: [a-z]+)? of [-+]?[$€£]?\s?\d", re.I)
_LINK_OR_BUTTON = re.compile(r" (?:link|button)$", re.I)
# "… and opens /privacy", "… and should lead to /docs": said of the link, never "open /docs"
_LEAD = r"(?:open|go to|lead to|link to|point to|navigate to|take (?:you|me|us) to)"
_LEADS = r"(?:opens|goes to|leads to|links to|points to|navigates to|takes (?:you|me|us) to)"
_LEADS_ON = re.compile(rf"^(?:(?:should|must|will) {_LEAD}|{_LEADS}) \S", re.I)
# "the Terms link should be present and lead to /terms": "should" says both
_LEADS_TOO = re.compile(rf"^(?:(?:should|must|will) )?(?:{_LEAD}|{_LEADS}) \S", re.I)
_SAID_MUST = re.compile(r" (?:should|must|will) ", re.I)
_PLACED_IN = re.compile(r" (?:is|are) (?:in|on) (?P<place>the [a-z]+)$", re.I)
_BE_IN_A_STATE = re.compile(
    r"^(?:be|stay|remain) (?:not )?(?:enabled|disabled|visible|hidden|checked|unchecked"
    r"|selected|empty|focused)$",
    re.I,
)
_STATED_OF = re.compile(r"^(?P<s>.+?) (?P<v>is|are|should be|must be|stays|remains) ", re.I)
_STATE_WORD = re.compile(
    r"^(?:not )?(?:enabled|disabled|visible|hidden|shown|checked|unchecked|ticked|selected"
    r"|empty|focused)$",
    re.I,
)
_ARROW = re.compile(
    r" ?(?:->|=>|→|⇒) (?=" + _JOURNEY_VERB.pattern[1:] + f"|{_STATEMENT_NEXT}"
    r"|(?:land|arrive|end up)\b"  # "… → land on /signup": where the step before leads
    # "… → change name to Ada": more verbs of a step, in lower case as notes are written
    r"|(?-i:change|set|update|rename|edit|enable|disable|turn|invite|clear|reset)\b"
    # "search lamp -> first result is Brass Lamp": a statement, its article left out
    r"|(?:first|second|third|last|top|an?) [\w ]{1,30}? (?:is|should|must|shows?|says?)\b"
    r"|(?:should|must|will) (?:see|be|show|land|redirect|go|take|open)\b)"  # "… -> should see Done"
    # "go to homepage > click pricing": a step in lower case; "Settings > Delete account"
    # is a menu path
    r"| (?:>|›|») (?=(?-i:" + _JOURNEY_VERB.pattern[1:] + "))",
    re.I,
)
_FROM_HOME = re.compile(
    r"^from (?:the )?(?:home ?page|landing page|front page|start page"
    r"|(?:the|your|my) [^,]+? (?:page|screen))(?=,? [a-z])",
    re.I,
)
# "On /about the page says …", "On the pricing page the Pro plan costs $49": the place,
# then a statement there
_ON_A_PAGE = re.compile(
    r"^(?:on|at) (?:/\S*|https?://\S+|(?:the|your|my) (?:[^,]+? (?:page|screen)|homepage))"
    r"(?= (?:the|a|an|i|we|you|there|it|check|verify|confirm|ensure|make sure|update|change"
    r"|set|edit)\b"
    # "On /settings click Save": a step there
    r"| " + _JOURNEY_VERB.pattern[1:] + ")",
    re.I,
)
_SIGNED_AFTER = re.compile(
    r"^(?P<check>[^,]+? (?:should|must|is|are|will|does|do|has|have|shows?|says?|contains?"
    r"|includes?|displays?|lists?|reads?|mentions?|loads?|appears?)\b[^,]*?"
    r"|(?:go|navigate|head|get) (?:back )?to [^,]+?|(?:open|visit) [^,]+?),?"
    r" (?P<when>(?:after|once|upon) (?:having )?(?:(?:logging|signing) (?:in|out)"
    r"|(?:logged|signed) (?:in|out)|log-?in|login|sign-?in|signin))$",
    re.I,
)
# "the Save button becomes enabled after I tick the terms box", "the URL has q=oak after
# searching for oak": the step, then the check
_ACTED_AFTER = re.compile(
    r"^(?P<check>[^,]+?) (?:(?:after|once|when|as soon as) (?:I|we|you) (?P<step>[^,]+)"
    r"|(?P<doing>(?:after|once|upon|when) \w+ing\b[^,]*)"
    r"|(?:after|once|when|as soon as) (?P<ticked>[^,]+? (?:is|are|gets|get|has been|have been)"
    r" (?:ticked|checked|accepted|agreed to)))$",
    re.I,
)
# "Log in with Remember me ticked": the box ticked on the form, then the form sent
_WITH_TICKED = re.compile(
    r"^(?P<step>(?:log|sign) ?in\b.*?),? with (?:the )?(?P<box>[^,]+?) (?:box )?(?:ticked|checked)"
    r"(?P<rest>(?:,|;| and| then) .+)?$",
    re.I,
)
# "Untick Remember me before signing in": that step, then the one it comes before
_DONE_BEFORE = re.compile(
    r"^(?P<first>[^,]+?),? before (?P<doing>\w+ing\b[^,]*)$",
    re.I,
)
# "after deleting it": a step on the thing the check names, by its name
_DONE_TO_IT = re.compile(r"(?P<verb>\b\w+ing) it$")
_NAMED_IN_CHECK = re.compile(
    r"^(?P<n>(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,3}|\S*\d+\S*) (?=should|must|is|are)"
    r"|(?:shows?|lists?|contains?|includes?) (?P<m>(?-i:[A-Z])[\w'’-]*(?: [\w'’-]+){0,3}?)"
    r"(?: any ?more)?$"
)
# "… once the terms box is ticked", "until the terms are accepted": a box told as ticked,
# which is the step of ticking it
_TICKED = re.compile(
    r"^(?:the )?(?P<box>.+?) (?:is|are|gets|get|has been|have been)"
    r" (?P<done>ticked|checked|accepted|agreed to)$",
    re.I,
)
# "the Sign up button is disabled until I tick the terms box": disabled, then the step,
# then enabled; each a check of its own, so neither state can pass alone
_HELD_UNTIL = re.compile(
    r"^(?P<lead>(?:check|verify|confirm|ensure|make sure|test)(?: that)? )?"
    r"(?P<subject>[^,]+?) (?:(?:should|must|will) (?:be|stay|remain)|is|stays|remains)"
    r" (?:disabled|greyed out|inactive)"
    r" until (?:(?:I|we|you|the user) )?(?P<step>[^,]+)$",
    re.I,
)
# "the contact form shows Email is required when submitted empty": sending it comes first
_SENT_WHEN = re.compile(
    r"^(?P<check>[^,]+?),? (?:when|if|once|after) (?:(?P<form>(?:the |this )?(?:[\w-]+ ){0,2}?"
    r"form) (?:is|gets|has been) )?(?:submitted|sent)"
    r"(?: empty| blank| with (?:all |every )?(?:the )?fields? (?:left )?(?:empty|blank))?$",
    re.I,
)
_FORM_NAMED = re.compile(r"\b(?:the|this) (?:[\w-]+ ){0,2}?form\b", re.I)
_DONE_FIRST = re.compile(
    r"^(?:after|once|upon|when) (?:having )?(?:\w+ing|(?:logged|signed) (?:in|out)"
    r"|(?:an? )?(?:successful |failed |unsuccessful )?(?:log-?in|sign-?in|log-?out|sign-?out)"
    r"(?: attempt)?)\b",
    re.I,
)
_SUBJECT_NEXT = re.compile(
    # never after the words that lead a check: "after logging in, make sure the page says Hi"
    r"(?<=\w)(?<!\bsure)(?<!\bcheck)(?<!\bverify)(?<!\bensure)(?<!\bconfirm)(?<!\bthat)"
    r" (?=(?:i|we|you|the user|the page|this page|the(?: \S+){1,3})"
    r"(?: still| now| also)? (?:should|must|will|can|see|sees|shows?|says?|displays?|lists?|am"
    r"|are|is|get|land|end up|contains?|holds?)\b)",
    re.I,
)
_COUNT_ALONE = re.compile(
    r"^(?:(?:at least|at most|exactly|only) )?(?:\d{1,4}\+?|no|zero) [a-z]+s$", re.I
)
_QUOTE_ONLY = re.compile(rf"^(?:and )?{OPEN}\d+{CLOSE}$")
_FRONTED = re.compile(r"^(?:in|on|under|inside|within) \S", re.I)
_AN_OUTCOME = re.compile(r"^(?:on|in) (?:success|failure|error|completion)$", re.I)
# A verb after the place, written without a comma: "In the Message box write hi"
_STEP_IN_PLACE = re.compile(
    r" (?-i:write|type|enter|fill|put|paste|click|tap|press|hit|select|choose|pick|tick|add)\b"
)
# Where on the screen a step happens, said first: "Near the bottom of the list, …"
_SPOT = re.compile(
    rf"^(?:(?P<near>near|towards|close to)|at|in|on) {SCREEN_SPOT}"
    r"(?: of (?:the |this )?(?P<of>[\w -]+?))?$",
    re.I,
)
_PAGE_SCOPE = re.compile(r" (?:page|screen|step)$", re.I)  # "on the Review step": where we are
_PLACE_WORD = re.compile(r"^\S+ (?:(?:the|this|our|my|your) )?", re.I)  # "on the", "in our"
# A verb whose steps touch no element: "visit /pricing and /docs", "press Tab and then Enter".
_UNAIMED = re.compile(
    r"^(?P<verb>go to|visit|open|load|navigate to|browse to|hit|press|type) ", re.I
)
# The verb a clause lends to an elided sibling: "type a into A and b into B", "click X, then Y".
_SHARED_VERB = re.compile(
    r"^(?:(?:i|we|you|the user|user) )?(?P<verb>fill(?: in| out)?|type|enter|input|write|put"
    r"|paste|key in|set|change|update|select|choose|pick|use|click|tap|press|hit|follow|hover"
    r"|tick|untick|uncheck|filter by|open"
    # "the user enters Name 'Jo', Email 'jo@x.io'": the verb as said of someone
    r"|(?:fills(?: in| out)?|types|enters|inputs|writes|puts|pastes|keys in|sets"
    r"|changes|updates|selects|chooses|picks|uses|clicks|taps|presses|hits|follows|hovers"
    r"|ticks|unticks|unchecks))(?: on| over)? ",
    re.I,
)


def split_goal(masked: str, parse: ParseFn) -> list[Piece]:
    """Cut a masked goal into clauses, asking the parser where a comma or "and" belongs."""
    pieces: list[Piece] = []
    for sentence in _sentences(masked, parse):
        pieces.extend(_clauses(sentence, parse))
    return pieces


# "… and check it stays off after a reload", "after a refresh, the cart shows 1 item": the
# reload first, then the clause
_RELOAD = r"(?:a |the )?(?:page )?(?:reload|refresh|(?:reloading|refreshing)(?: the page)?)"
_AFTER_RELOAD = re.compile(
    r"(?P<lead>^|,? (?:and |then )+|, )(?P<body>(?:(?! and | then )[^,;])+?),?"
    rf" (?:after|once|upon) {_RELOAD}(?=$|[,;])",
    re.I,
)
_RELOAD_FIRST = re.compile(rf"^(?:after|once|upon) {_RELOAD},? (?=\S)", re.I)


# "Given I am on the login page When I sign in Then I see Welcome": a scenario on one
# line, its steps opened by their keywords, capitalised as Gherkin writes them
_GHERKIN_LINE = re.compile(r"^\s*(?:Given|When|GIVEN|WHEN) ")
_GHERKIN_NEXT = re.compile(r" (?=(?:When|Then|And|But|WHEN|THEN|AND|BUT) )")
_PIPE = re.compile(r"\s+\|\s+")


def _piped(line: str) -> list[str]:
    """Split "open /login | click Login | see Welcome", steps in a row, never a table's row
    nor words with a bar in them ("the title is Pricing | Acme")."""
    steps = _PIPE.split(line)
    return steps if all(_JOURNEY_VERB.match(step.strip()) for step in steps) else [line]


# "Scenario: Guest checkout Given I'm on /checkout …": the title, then the steps; and
# "Feature: Login. Scenario: valid login. Log in …": each title a sentence of its own
_SCENARIO_TITLE = re.compile(
    r"^\s*(?i:scenario|example)\s*:[^:]*? (?=(?:Given|When) )"
    r"|^(?:\s*(?i:feature|scenario|example)\s*:[^.!?:\n]{1,80}[.!?]\s+)+(?=[A-Z])"
)


# "Test case: Add item to cart. Steps: …": the case's name, then its steps, which say it
_CASE_NAME = re.compile(
    r"^\s*(?:test(?: case)?|tc|case|title)(?:[ -]?\d[\w.-]*)?\s*:[^\n]*?(?:[.!?]\s+|\s*\n\s*)"
    r"(?=(?:steps?|actions?|procedure)\s*:)",
    re.I,
)


_TEST_NAMED = re.compile(
    r"^\s*(?:(?:quick |smoke |sanity |e2e |end-to-end |regression )*test|(?P<case>test case"
    r"|title|test name|case name)|(?:user )?flow|journey|story|monitor)\s*:\s*(?P<name>\S.*)$",
    re.I,
)


def _test_named(line: str, parse: ParseFn) -> bool:
    """Tell "Test: checkout", a test's name that reads only as a control's ("Checkout");
    "Test case: Empty cart" is a name whatever its words."""
    named = _TEST_NAMED.match(line)
    if named is None:
        return False
    if named["case"]:
        return True
    name = named["name"].strip(" .")
    said = parse(name)
    if said is None:  # "Flow: Guest signup", "Test: search": a name, which no step reads
        words = len(name.split())
        return words == 1 or (words <= 4 and not starts_with_verb(name))
    return [d.action for d in said.drafts] == ["press_named"]


def _watched(said: re.Match[str]) -> str:
    """What is watched is what "it" names; a page watched is where the checks are made."""
    if said["it"]:
        return said["watched"]
    return f"On {said['watched']}, " if _A_PAGE_WATCHED.match(said["watched"]) else ""


_A_PAGE_WATCHED = re.compile(r"^(?:/\S*|https?://\S+|(?:the|our|my) [\w -]+ page)$", re.I)


def _in_that_part(way: re.Match[str]) -> str:
    return f"In {way['part'] or way['part2']}, "


def _sentences(masked: str, parse: ParseFn) -> Iterator[str]:
    masked = _CASE_NAME.sub("", masked, count=1)
    lines = [
        step
        for said in masked.splitlines()
        for written in [_SCENARIO_TITLE.sub("", said, count=1)]
        for step in (_GHERKIN_NEXT.split(written) if _GHERKIN_LINE.match(written) else [written])
        for step in _piped(step)
    ]
    for index, line in enumerate(lines):
        if _HEADING.match(line) and not _is_a_step(line, parse):
            continue  # "Steps:" introduces a list; it is not a step
        if any(later.strip() for later in lines[index + 1 :]) and _test_named(line, parse):
            continue  # "Test: checkout" over the lines of its steps: its name, no step
        line = _shown_how(line)  # "Test: search works. Go to …, expect Running Shoes"
        line = _ASKED_IF_ABLE.sub(_as_able, line, count=1)  # "Can I …?": "I can …"
        line = _SECTION_LABEL.sub("", line, count=1)  # "Steps: open Reports, click Export"
        line = _CREDENTIALS_AFTER.sub(_signed_with, line, count=1)  # "Log in. Username: …"
        # "keep an eye on the headline: it should say Hi": "it" is what is watched
        line = _WHEN_RUN.sub("", line, count=1)  # "Every hour: load …": when, not what
        line = _WATCHED.sub(_watched, line, count=1)
        line = _PLACE_FIRST.sub(r"\g<place>, ", line, count=1)  # "On /pricing: …"
        line = _IN_A_TAB.sub(r"click \g<tab>, then ", line, count=1)  # "On the Billing tab, …"
        line = _BY_WAY_OF.sub(_in_that_part, line, count=1)  # "From the sidebar, open …"
        line = _step_then_colon(line, parse)  # "Open /pricing: the total is $9"
        line = _shown_how(line)  # "Verify the contact form still sends: fill …, expect Thanks"
        line = _PAGE_TITLE.sub(r"On the \g<name> page, ", line, count=1)  # "Pricing page: …"
        line = _HOME_TITLE.sub("On the homepage, ", line, count=1)  # "Homepage: …"
        line = _CREDENTIALS_FIRST.sub(r"\g<verb> with \g<given>", line, count=1)
        title = _TITLE_THEN_STEP.match(line)  # "Sign up flow: click Sign up, …"
        label = title[0].strip(" -*•:").lower() if title else ""
        # "Subject: open issues": a form's line, whose value is typed, never a title
        if title and label not in ASSIGNED and _said_before_colon(title[0], parse) == "title":
            line = line[title.end() :]
        why = re.match(r"^([^:]+):\s+(?=\S)", line)
        if why and _WHY.match(why[1].strip()):  # "I want to know if login breaks: log in …"
            line = line[why.end() :]
        for item in _items(line):
            for sentence in _SENTENCE_END.split(item):
                # "Precondition: … . Steps: open /orders": a label opens any sentence
                collapsed = _SECTION_LABEL.sub("", " ".join(sentence.split()), count=1)
                if not collapsed or _GREETING.match(collapsed) or _WHY.match(collapsed):
                    continue
                # "the Sign in link is gone after logging in": signing in comes first
                collapsed = _SIGNED_AFTER.sub(r"\g<when>, \g<check>", collapsed, count=1)
                collapsed = _AFTER_RELOAD.sub(r"\g<lead>reload the page, then \g<body>", collapsed)
                collapsed = _RELOAD_FIRST.sub("reload the page, then ", collapsed, count=1)
                collapsed = _UP_AND_RUNNING.sub("up", collapsed)  # one state, not two
                collapsed = _held_until(collapsed, parse)
                collapsed = _acted_first(collapsed, parse)
                collapsed = _done_before(collapsed, parse)
                collapsed = _ticked_with(collapsed, parse)
                collapsed = _sent_first(collapsed, parse)
                collapsed = _comma_after_step(collapsed, parse)
                collapsed = _done_as_subject(collapsed, parse)
                # "sign up with …, and accept the terms": ticked on that form, before it is sent
                collapsed = _SIGN_UP_AND_TICK.sub(r"\g<tick>, then \g<up>", collapsed, count=1)
                if not _HEADING.match(collapsed) or _is_a_step(collapsed, parse):
                    yield collapsed.rstrip(": ")


# "Clicking Save should show Saved": a step told as the subject of what it should do
_DONE_AS_SUBJECT = re.compile(
    r"^(?i:(?:check|verify|confirm|ensure|make sure|test)(?: that)? )?"
    r"(?P<doing>\S+(?: .*?)?) (?P<check>(?:should|must|will|shows|displays|brings up|reveals"
    r"|opens(?= (?:an?|the) )"
    r"|takes (?:me|you|us)|redirects (?:me |you |us )?to|leads (?:me |you |us )?to"
    r"|(?:returns|brings|sends|navigates) (?:me |you |us )?(?:back )?to) \S.*)$"
)


# "submitting should show …": a step whose object goes without saying
_DONE_ALONE = frozenset({"submitting", "saving", "sending"})
_RETURNS_TO = re.compile(r"^(?:returns|brings|sends|navigates) (?:me |you |us )?(?:back )?to ")


def _signed_with(said: re.Match[str]) -> str:
    """ "Log in as jdoe. Password: x": one sign-in, the sentences joined where they meet."""
    if bool(said["as"]) == bool(said["user"]):
        return said[0]  # a user named twice, or none at all: left as written
    return said["step"] + (", " if said["as"] else ": ") + said["given"]


def _done_as_subject(sentence: str, parse: ParseFn) -> str:
    """Put the step first in "Clicking Save should show Saved": click Save, then check."""
    said = _DONE_AS_SUBJECT.match(sentence)
    alone = said is not None and said["doing"].lower() in _DONE_ALONE
    if said is None or not (alone or DOING.match(said["doing"])):
        return sentence
    if not alone and parse(sentence) is not None:
        return sentence
    step = done_first(f"after {said['doing']}")
    done = parse(step)
    # "… returns to the home page": where the step takes you
    goes = _RETURNS_TO.sub("takes you to ", said["check"], count=1)
    check = f"it {goes}"  # "… shows Copied": it, the page the step leaves
    if done is None or _checks_only(done) or not _checks_only(parse(check)):
        return sentence
    return f"{step}, then {check}"


def _as_step(said: str) -> str:
    """The step a box told as ticked stands for: "the terms box is ticked" is ticking it."""
    ticked = _TICKED.match(said)
    if ticked is None:
        return said
    verb = "tick" if ticked["done"].lower() in {"ticked", "checked"} else "accept"
    return f"{verb} the {ticked['box']}"


def _held_until(sentence: str, parse: ParseFn) -> str:
    """Read "the Save button is disabled until I tick Terms" as three steps: it is
    disabled, Terms is ticked, and it is enabled."""
    said = _HELD_UNTIL.match(sentence)
    if said is None:
        return sentence
    step, subject = _as_step(said["step"]), said["subject"]
    held, freed = f"{subject} is disabled", f"{subject} is enabled"
    done, before, after = parse(step), parse(held), parse(freed)
    if done is None or _checks_only(done) or not (_checks_only(before) and _checks_only(after)):
        return sentence
    assert before is not None and after is not None
    if [d.target for d in before.drafts] != [d.target for d in after.drafts]:
        return sentence
    return f"{said['lead'] or ''}{held}, then {step}, then check {freed}"


def _sent_first(sentence: str, parse: ParseFn) -> str:
    """Send the form first in "the form shows Email is required when submitted empty"."""
    said = _SENT_WHEN.match(sentence)
    if said is None:
        return sentence
    named = said["form"] or next(iter(_FORM_NAMED.findall(said["check"])), "the form")
    step = f"submit {named}"
    done = parse(step)
    if done is None or _checks_only(done) or not _checks_only(parse(said["check"])):
        return sentence
    return f"{step}, then {said['check']}"


def _acted_first(sentence: str, parse: ParseFn) -> str:
    """Put a step said after its check first: "X becomes enabled after I tick Terms"."""
    said = _ACTED_AFTER.match(sentence)
    if said is None:
        return sentence
    if said["ticked"]:  # "… once the terms box is ticked": ticking it
        first = _as_step(said["ticked"])
    else:  # "after searching for oak", "when visiting /nope" read as a step too
        first = said["step"] or re.sub(r"^when ", "after ", said["doing"], flags=re.I)
    # "Check Oak Chair is gone after removing it": Oak Chair, never "Check Oak Chair"
    check = _CHECK_LEAD.sub("", said["check"], count=1)
    named = _NAMED_IN_CHECK.search(check) if _DONE_TO_IT.search(first) else None
    if named:  # "Blue Mug should not be in the cart after removing it": removing Blue Mug
        first = _DONE_TO_IT.sub(rf"\g<verb> {named['n'] or named['m']}", first)
    step = parse(first)
    if step is None or _checks_only(step) or not _checks_only(parse(said["check"])):
        return sentence
    return f"{first}, then {said['check']}"


def _ticked_with(sentence: str, parse: ParseFn) -> str:
    """Read "Log in with Remember me ticked" as ticking it, then signing in."""
    said = _WITH_TICKED.match(sentence)
    if said is None:
        return sentence
    tick, step = f"tick {said['box']}", said["step"]
    ticked, done = parse(tick), parse(step)
    if ticked is None or done is None or not all(d.action == "check" for d in ticked.drafts):
        return sentence
    return f"{tick}, then {step}{said['rest'] or ''}"


def _done_before(sentence: str, parse: ParseFn) -> str:
    """Read "Untick Remember me before signing in" in the order it is done: untick it, then
    sign in."""
    said = _DONE_BEFORE.match(sentence)
    if said is None:
        return sentence
    then = done_first(f"after {said['doing']}")
    first, step = parse(said["first"]), parse(then)
    if first is None or step is None or _checks_only(step):
        return sentence
    return f"{said['first']}, then {then}"


# "When I click Subscribe the page says Thanks": the step, then what it makes true, unparted
_STEP_THEN_CHECK = re.compile(
    r"^(?P<lead>(?:when|after|once|as soon as) (?:I|we|you|the user)) (?P<rest>[^,]+)$", re.I
)
# Where what is checked may begin: "the cart …", "a message …", "it says …", "3 results …"
_SUBJECT_STARTS = re.compile(
    # "… I expect to see 5 products", "… I should see Thanks": who looks, then what is seen
    r" (?=(?:the|a|an|it|its|they|my|your|our|\d+|(?-i:I) (?:expect|should|must|see|can see)) )",
    re.I,
)


def _comma_after_step(sentence: str, parse: ParseFn) -> str:
    """Part "When I click Subscribe the page says Thanks" where the step ends and a check
    begins, never reading "Subscribe the page says Thanks" as a control's name."""
    said = _STEP_THEN_CHECK.match(sentence)
    if said is None:
        return sentence
    rest = said["rest"]
    for cut in (m.start() for m in _SUBJECT_STARTS.finditer(rest)):
        step, check = parse(rest[:cut]), rest[cut + 1 :]
        if step is not None and not _checks_only(step) and _checks_only(parse(check)):
            return f"{said['lead']} {rest[:cut]}, {check}"
    return sentence


# "Verify the contact form still sends: fill …, submit, and expect Thanks": a claim, then
# the steps that show it, checks included
_WORKS_AS_SHOWN = re.compile(
    r"^\s*(?:verify|check|make sure|ensure|confirm|test)(?: that)? (?:the |our |my )?"
    rf"[\w {OPEN}{CLOSE}-]{{1,40}}?"
    # "the demo form on /demo submits: …": the steps, on that page
    r"(?: (?:on|at) (?P<page>/\S*))?"
    r" (?:still )?(?:works|is working|sends|submits|goes through):\s+(?P<how>\S.*)$"
    # "Test: search works. Go to …": the test's name, a claim its steps then show
    r"|^\s*(?:test|title|scenario)\s*:\s*(?:the |our |my )?[\w -]{1,40}?"
    r" (?:still )?(?:works|is working)[.!]\s+(?P<how2>\S.*)$",
    re.I,
)
_A_CHECK_SAID = re.compile(
    r"\b(?:expect|check|verify|confirm|make sure|ensure|should|must|see)\b", re.I
)


# "Sign up with … and accept the terms": a box on the form signed up with, never one after
_SIGN_UP_AND_TICK = re.compile(
    r"^(?P<up>(?:sign up|signup|register|create (?:a new |an )?account)"
    r" (?:with|using) [^;]+?),? and (?P<tick>(?:accept|agree to|tick|check the box)"
    r" (?!(?:the |a |an )?(?:email|e-mail|invite|invitation|welcome)\b)[^;,]+?)$",
    re.I,
)
# "Can a visitor add the Oak Chair to the cart and see it there?": as "a visitor can …"
_ASKED_IF_ABLE = re.compile(
    r"^(?P<lead>\s*)(?:can|could) (?P<who>i|we|you|they|users?|(?:the|a) (?:user|visitor"
    r"|customer|shopper|admin)|(?:the )?(?:users|visitors|customers|shoppers|guests))"
    r" (?P<rest>[^?]+)\?\s*$",
    re.I,
)
_SEEN_BY = re.compile(r"\b(?:see|find|view|reach|get to|open|access)\b", re.I)
_MEANT_TO_FAIL = re.compile(r"\b(?:wrong|invalid|bad|incorrect|expired|fake|someone else)", re.I)


def _as_able(asked: re.Match[str]) -> str:
    """ "Can I … and see …?" as "I can … and see …"; never "can I log in with a wrong
    password?", whose answer meant is no, nor "Can I cancel anytime?", a question a page
    answers (as its FAQ does), with nothing to see."""
    rest = asked["rest"]
    if _MEANT_TO_FAIL.search(rest) or not _SEEN_BY.search(rest):
        return asked[0]
    return f"{asked['lead']}{asked['who']} can {rest}"


def _shown_how(line: str) -> str:
    """The steps after a claim that something works, when they check it themselves; else
    the line, which is refused: that it works is for the goal to say how to see."""
    claimed = _WORKS_AS_SHOWN.match(line)
    how = claimed and (claimed["how"] or claimed["how2"])
    if claimed is None or not how or not _A_CHECK_SAID.search(how):
        return line
    return f"go to {claimed['page']}, then {how}" if claimed["page"] else how


def _step_then_colon(line: str, parse: ParseFn) -> str:
    """End the sentence at the colon after a step ("Log in: check it says Hi"); never in
    "Log in: kim / pw" (one step) or "Go to checkout and fill shipping: …" (a form's pairs)."""
    first = _STEP_FIRST.match(line)
    if first is None or parse(line) is not None or _PAGE_BY_NAME.match(first["step"]):
        return line  # "Login page: …" is the page, read as "Pricing page: …" is (below)
    if re.search(r"[.!?]\s", first["step"]):
        return line  # "click Pro. Expected: …": the colon ends a later sentence's label
    after = line[first.end() :]
    # "…, save, and reload: the switch should still be on": a statement after, whole
    stated = _checks_only(parse(after.rstrip(". "))) and _STATEMENT.match(after)
    if _FILTERED_BY.search(first["step"]) or " and " in first["step"]:
        # "…, filter by Color: Red": the option after the colon, never a step
        return f"{first['step']}. {after}" if stated else line
    if _SIGN_IN_TITLE.match(first["step"]) and all(p.search(after) for p in _SIGNS_IN):
        return after  # "Login: type alice into Username, …": the title of how it is done
    if _SIGN_IN_TITLE.match(first["step"]) and _ACCOUNT_GIVEN.match(after):
        return line  # "Log in: Username: kim, Password: pw, then …": one sign-in
    return f"{first['step']}. {after}" if _is_a_step(first["step"], parse) else line


_FILTERED_BY = re.compile(r"\b(?:filter|sort|group)(?: \w+)? (?:by|on) [\w -]+$", re.I)
# "Login page", "Sign in screen": a page by its name, no step however it is named
_PAGE_BY_NAME = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:[\w-]+|(?:log|sign) ?(?:in|up|out)) (?:page|screen)$", re.I
)
# A user and a password, each by its label: "Username: kim, Password: pw"
_ACCOUNT_GIVEN = re.compile(
    r"^(?:user ?name|user|e-?mail|login)\s*[:=]?\s*\S+?[,;]?\s+(?:and\s+)?pass(?:word|code)\b", re.I
)
# A sign-in named alone before a colon, then the steps that sign in: a title over them
_SIGN_IN_TITLE = re.compile(r"^\s*(?:log ?in|login|sign ?in|signin|sign-in)$", re.I)
_SIGNS_IN = (
    # who signs in, typed first ...
    re.compile(
        r"^(?:type|enter|fill(?: in)?|input|put) [^,;]*\b(?:username|user name|e-?mail|login)\b",
        re.I,
    ),
    re.compile(r"\b(?:password|passcode)\b", re.I),  # ... and the password
)


def _is_a_step(title: str, parse: ParseFn) -> bool:
    """Tell "Log in:" and "Click Save:", a step to take, from a title or an introduction."""
    return _said_before_colon(title, parse) == "step"


# "Check the pricing toggle: switch to yearly, …": what the steps after it check, never a
# switch ticked ("Check the terms box:" still ticks a box)
_CHECKED_WHAT = re.compile(r"^check (?!.*\b(?:box|checkbox|check box|tick ?box)\b)", re.I)


def _said_before_colon(words: str, parse: ParseFn) -> str:
    """What the words before a colon are: a "step" ("Log in:", "Click Save:"), a "title"
    ("Sign up flow:", which may be a button's name, "Pricing checks:"), or "unclear": "Fill
    in the form:" or "Type hello into Name:" may introduce the values that follow."""
    said = _MARKER.sub("", words.strip()).rstrip(": ")
    parsed = parse(said)
    steps = {d.action for d in parsed.drafts} - CHECKS if parsed else set()
    if not steps or steps == {"press_named"} or (steps == {"check"} and _CHECKED_WHAT.match(said)):
        return "title"
    return "unclear" if steps & _INTRODUCES_VALUES else "step"


def _items(line: str) -> list[str]:
    """Drop a list marker; split "1. a 2. b" typed on one line at the next numbers in turn."""
    marker = _MARKER.match(line)
    if marker is None:
        return [line]
    rest = line[marker.end() :]
    number = marker["num"] or marker["pnum"]
    if number is None:
        return [rest]
    items: list[str] = []
    following = int(number) + 1
    while True:
        found = re.search(rf"(?:^|\s)\(?{following}[.)]\s", rest)
        if found is None:
            break
        items.append(rest[: found.start()])
        rest = rest[found.end() :]
        following += 1
    items.append(rest)
    return items


@dataclass
class _Span:
    """A clause as a stretch of its sentence, with words it borrows from around it."""

    start: int
    end: int
    verb: str = ""  # lent by the clause before: "type a into A and [type] b into B"
    body: int | None = None  # where the step starts after a fronted scope
    scope: str = ""  # "in the header, click Sign in" reads "click Sign in in the header"
    # where a statement's verb starts: "In the footer, the copyright says 2026" reads "the
    # copyright in the footer says 2026", its place said of its subject
    said_at: int | None = None


def _clauses(sentence: str, parse: ParseFn) -> list[Piece]:
    """Join the pieces between connectives back into clauses where they belong together."""
    spans: list[_Span] = []
    start, strength = 0, "weak"
    for cut in [*_cuts(sentence), None]:
        end = cut[0] if cut else len(sentence)
        piece = _Span(start, end)
        filled = bool(_words(sentence, piece))
        said = sentence[start:end].strip(" ,.;!")
        if (
            not filled
            and start
            and cut is None
            and strength == "weak"
            and _STEP_MARK.fullmatch(said)
        ):
            # "the page says Step 1 and step 2": a mark leads a step, so one said last,
            # after "and", is words of the goal, never dropped as a mark
            raise GoalNotUnderstood(said, "a step's number, with no step after it")
        if filled:
            _add(spans, piece, sentence, strength, parse)
        if cut is not None:
            start = cut[1]
            strength = cut[2] if filled or strength == "weak" else strength
    return [Piece(_text(sentence, span), _words(sentence, span)) for span in spans]


_STEP_MARK = re.compile(r"step (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)", re.I)
_IN_ORDER = re.compile(r"\bfirst,? (?:and |then )?\S[^,;]*? second\b", re.I)


def _cuts(sentence: str) -> list[tuple[int, int, str]]:
    """Where a sentence may be cut: its connectives, and after a place said first."""
    listed = [
        next(m.span(name) for name in ("list", "list2", "list3", "list4", "list5") if m[name])
        for m in _CHECKED_LIST.finditer(sentence)
    ]
    # "(name Ada, email ada@x.io)": what a bracket holds goes with the words before it
    listed += [m.span() for m in _BRACKETED.finditer(sentence)]
    listed += [m.span() for m in _TWO_NAMED.finditer(sentence)]
    # "filter by Category: Chairs and Color: Red": the filter's pairs, each picked
    listed += [m.span("pairs") for m in _FILTER_PAIRS.finditer(sentence)]
    # "shows Oak Chair first and Oak Table second": one statement of the order
    listed += [m.span() for m in _IN_ORDER.finditer(sentence)]
    cuts = [
        (c.start(), c.end(), "strong" if c["strong"] else "weak")
        for c in _CONNECTOR.finditer(sentence)
        if c["strong"] or not any(start <= c.start() < end for start, end in listed)
    ]
    # "… works: click Sign up and see the form": what follows the colon are steps
    cuts += [
        (colon.start(), colon.end(), "strong")
        for colon in _COLON_THEN_STEP.finditer(sentence)
        if not re.match(_CHOICE_LEAD, sentence, re.I)
        if not any(start <= colon.start() < end for start, end in listed)
    ]
    # "open /blog -> click the first post": an arrow before a step is "then"; between
    # names it is a menu path ("Settings -> Billing"), read as one clause
    cuts += [(arrow.start(), arrow.end(), "strong") for arrow in _ARROW.finditer(sentence)]
    home = _FROM_HOME.match(sentence) or _ON_A_PAGE.match(sentence)
    if home:  # "From the homepage go to Contact", "On /about the page says": two steps
        cuts.append((home.end(), home.end() + 1, "weak"))
    # "after signing out I should see Sign in": the step done first ends where its
    # sentence's subject begins, comma or not
    if _DONE_FIRST.match(sentence):
        cuts += [(at.start(), at.start() + 1, "strong") for at in _SUBJECT_NEXT.finditer(sentence)]
    cuts.sort()
    fronted = _SCOPE_THEN_VERB.match(sentence)  # "In the search box type shoes"
    if fronted and not _JOURNEY_VERB.search(fronted["scope"].split(" ", 1)[1]):
        at = fronted.end("scope")
        cuts = sorted([*cuts, (at, at + 1, "weak")])
    return cuts


def _words(sentence: str, span: _Span) -> str:
    """Return the words the user wrote for a span, without connectives around them."""
    return strip_fillers(sentence[span.start : span.end].strip(" ,"))


def _text(sentence: str, span: _Span) -> str:
    body = span if span.body is None else _Span(span.body, span.end)
    if span.said_at is not None:
        subject, said = sentence[body.start : span.said_at], sentence[span.said_at : span.end]
        return spell_out(strip_fillers(f"{subject.strip(' ,')} {span.scope} {said.strip(' ,')}"))
    words, scope = " ".join(p for p in (span.verb, _words(sentence, body)) if p), span.scope
    filled = _FIELD_THEN_VALUE.match(words) if scope else None
    if filled:  # "in the Address form, fill Street with …": the field is there, not the value
        words, scope = f"{filled['field']} {scope} {filled['value']}", ""
    return spell_out(" ".join(p for p in (words, scope) if p))


_FIELD_THEN_VALUE = re.compile(
    r"^(?P<field>(?:fill(?: in| out)?|set|change) \S.*?) (?P<value>(?:with|to) \S.*)$", re.I
)


def _add(spans: list[_Span], piece: _Span, sentence: str, strength: str, parse: ParseFn) -> None:
    text = _words(sentence, piece)
    # "On step 2 choose Team, then click Continue": after "then", a step of its own
    if spans and strength == "weak" and _fronted(spans[-1], piece, sentence, parse):
        return
    if spans and strength == "weak" and _password_of(spans[-1], piece, sentence, parse):
        spans[-1] = _Span(spans[-1].start, piece.end, spans[-1].verb)
        return
    before = parse(_text(sentence, spans[-1])) if spans else None
    if before is not None and _ITS_OWN.match(text):
        spans.append(piece)  # "… and its price is $5": read once the item before is known
        return
    placeless = _placeless(before, _text(sentence, spans[-1]) if spans else "", text, parse)
    if (
        spans
        and strength == "weak"
        and (before is None or placeless or _named_only(before, text, parse))
    ):
        joined = _Span(spans[-1].start, piece.end, spans[-1].verb)
        together = parse(_text(sentence, joined))
        if together is not None and (before is None or _checks_only(together)):
            if _named_across_a_comma(together):
                spans.append(piece)  # "hp loads, nav has Docs": never a part "hp loads, nav"
                return
            # "Anna Smith and James Smith should be listed": one statement of two subjects;
            # "Save and Cancel are visible" never clicks Save; "verify Oak Chair and Oak
            # Table show in the cart": both in the cart, never the first anywhere
            spans[-1] = joined
            return
    if not spans or _own_step(parse(text), text, spans[-1], sentence, strength, parse):
        if spans and strength == "weak":
            _place_shared(spans[-1], text, sentence, parse)
        spans.append(piece)
        return
    current = spans[-1]
    current_text = _text(sentence, current)
    parsed = parse(current_text)
    verb = None if parsed is None else _lent_verb(current_text, parsed, text, strength, parse)
    verb = verb or _lent_subject(current_text, parsed, text, parse)
    if verb is not None:
        piece.verb = verb
        if current.scope and current.said_at is None and _fields_only(parsed):
            # "in the Address form, fill Street with A and City with B": both there
            piece.scope = current.scope
        spans.append(piece)
    elif parsed is None and _ON_IT.match(current_text):
        spans.append(piece)  # "tick it": read once "it" is known, never the start of a name
    elif parsed is not None and not _checks_only(parsed) and _NEXT_STATEMENT.match(text):
        # "click Load more, 20 more products appear": a statement nothing understands, which
        # is refused as such, never more of a name or a value
        spans.append(piece)
    elif parsed is None or (
        # After "then" a piece is a step of its own, even one nothing understands.
        strength == "weak"
        and (
            (
                parsed.tail == "free"
                and not _verb_first(parsed, text)
                and not _stated(parsed, text)
                and not _counted(parse(text), text)
            )
            or (parsed.tail == "free" and _listing(parsed, parse(text), text))
            # 'add "Buy milk", "Walk dog"': one more quoted name of the list
            or (_QUOTE_ONLY.match(text) is not None and _listing(parsed, parse(text), text))
            or (parsed.tail == "name" and _name_like(text))
        )
    ):
        current.end = piece.end  # the piece belongs to the clause before it
    elif strength == "weak" and _leads_on(current_text, text) and _said_of_a_link(current_text):
        current.end = piece.end  # "… link is shown and goes to the blog": refused whole
    else:
        spans.append(piece)  # a clause of its own that nothing understands


_NAME_GOES_ON = re.compile(r"^(?-i:[A-Z])\w*$")


def _name_goes_on(before: Parsed | None, text: str) -> bool:
    """Tell one capitalised word that goes on the words a check expects ("says Shop and
    Save"), never a step of its own."""
    return (
        before is not None
        and before.tail == "free"
        and bool(_NAME_GOES_ON.match(text))
        and not _verb_first(before, text)
    )


def _verb_first(before: Parsed, text: str) -> bool:
    """Tell a piece that opens with a step's verb; after words a check expects, a capital
    is a name going on ("says Shop and Save"), never a step ("Save") to take."""
    return bool(_JOURNEY_VERB.match(text)) and not (_checks_only(before) and text[:1].isupper())


# "… and a Docs link are in the header": where the last of a list of things is said to be
_PLACE_LAST = re.compile(r" (?:in|on|inside|within|under) the [a-z]+(?: [a-z]+)?$", re.I)
# What a bare thing is said with: "there is", "I should see", "check"
_BARE_LEAD = re.compile(
    r"^(?:(?:check|verify|confirm|ensure|make sure|expect)(?: that)? )?"
    r"(?:there (?:is|are|should be|must be) |(?:i|we|you) (?:should |must |can |will )?see )?",
    re.I,
)


def _place_shared(current: _Span, text: str, sentence: str, parse: ParseFn) -> None:
    """Lend the place the last of two things is said to be in to the first, said bare: "a
    Pricing link and a Docs link are in the header" says both are there, never the first
    anywhere on the page."""
    place = _PLACE_LAST.search(text)
    said = _text(sentence, current)
    if place is None or current.scope or _VERB_SAID.search(_BARE_LEAD.sub("", said, count=1)):
        return
    before, after = parse(said), parse(text)
    if before is None or after is None or not _checks_only(before) or not _checks_only(after):
        return
    if not all(d.target is not None and d.target.within for d in after.drafts):
        return
    if any(d.target is not None and d.target.within for d in before.drafts):
        return  # "the Pricing link in the nav and the Docs link in the footer": each its own
    lent = parse(f"{said}{place.group()}")
    if lent is not None and all(d.target is not None and d.target.within for d in lent.drafts):
        current.scope = place.group().strip()


def _placeless(before: Parsed | None, current: str, text: str, parse: ParseFn) -> bool:
    """Tell words to find anywhere, said bare ("verify Oak Chair"), followed by a check that
    says where ("Oak Table shows in the cart"), which may say it of both."""
    if before is None or len(before.drafts) != 1 or before.drafts[0].action != "expect_text":
        return False
    if _STATED_VERB.search(f" {_CHECK_LEAD.sub('', current)} "):
        return False  # "check the page says Saved": a statement of its own, not bare words
    after = parse(text)
    return (
        before.drafts[0].target is None
        and _checks_only(after)
        and after is not None
        and all(draft.target is not None for draft in after.drafts)
    )


def _named_only(before: Parsed, text: str, parse: ParseFn) -> bool:
    """Tell a clause read only as a control's name ("Save"), followed by a statement that
    may have it for its first subject ("Cancel are visible"), no step of its own."""
    named = all(d.action == "press_named" for d in before.drafts)
    return named and not _JOURNEY_VERB.match(text) and _checks_only(parse(text))


def _typed(parsed: Parsed | None) -> bool:
    return parsed is not None and all(d.action in _TYPED for d in parsed.drafts)


def _stated(typed: Parsed | None, text: str) -> bool:
    """Tell a statement after a typed value, which is none of the value: "change the
    currency to EUR and prices are shown in euros"."""
    return _typed(typed) and _STATEMENT.match(text) is not None


def _counted(parsed: Parsed | None, text: str) -> bool:
    """Tell a count said alone, which is never more of a value: "search for lamp, 3+
    results" searches for "lamp", then counts."""
    return _checks_only(parsed) and _COUNT_ALONE.match(text) is not None


def _fields_only(parsed: Parsed | None) -> bool:
    """Tell a clause that only fills, chooses or ticks."""
    return parsed is not None and all(
        d.action in {"fill", "select", "check", "uncheck"} for d in parsed.drafts
    )


def _checks_only(parsed: Parsed | None) -> bool:
    """Tell checks alone; "a 404 page" is one too: of what the page opened answered."""
    return parsed is not None and all(
        d.action.startswith("expect") or (d.action == "goto" and d.value is None)
        for d in parsed.drafts
    )


def _password_of(current: _Span, piece: _Span, sentence: str, parse: ParseFn) -> bool:
    """Tell "log in with username: ada and password: x": the sign-in's own password, which
    read alone would be typed again after signing in, or "{{password}}" after "enter
    {{username}}", which alone is no step."""
    alone = parse(_words(sentence, piece))
    joined = parse(_text(sentence, _Span(current.start, piece.end, current.verb)))
    actions = [d.action for d in joined.drafts] if joined else []
    if alone is None:  # "enter {{username}} and {{password}}": no step alone
        return actions in (["sign_in"], ["enter_credentials"])
    if len(alone.drafts) != 1 or alone.drafts[0].action != "fill":
        return False
    field = alone.drafts[0].target
    return field is not None and bool(_PASSWORD_FIELD.search(field.text)) and actions == ["sign_in"]


def _listing(before: Parsed, piece: Parsed | None, text: str) -> bool:
    """Tell whether a piece after a comma or "and" is one more item of a list being added.

    List items are often commands themselves ("Pay rent", "Book flights"); only a piece
    that reads as something else than a control's name ends the list.
    """
    # "shows only Buy milk and Pay rent": the names only ever go on
    items = all(d.action in {"add_item", "expect_only"} for d in before.drafts)
    if piece is None:  # "make sure it shows up", "check the new item is shown": no items
        acted = ACT_ON_ITEM.match(text)
        if acted and any(d.value == acted["name"] for d in before.drafts):
            return False  # "add Buy milk, complete Buy milk": done to the item just added
        stated = _CHECK_VERB.match(text) and STATEMENT_WORDS.search(text)
        return items and not _CHECKING.match(text) and not stated and not _ON_IT.match(text)
    return items and all(d.action == "press_named" for d in piece.drafts)


def _own_step(
    parsed: Parsed | None,
    text: str,
    current: _Span,
    sentence: str,
    strength: str,
    parse: ParseFn,
) -> bool:
    """Tell whether a piece is a step of its own.

    A piece read only as a control's name ("Cancel") borrows the verb before it when it can
    ("click Save, then Cancel"), and after a weak "and" or comma goes on the clause before
    when that can go on: "click Save and Continue" names one button.
    """
    if parsed is None:
        return False
    current_text = _text(sentence, current)
    before = parse(current_text)
    if _stated(before, text) and _checks_only(parsed):
        return True  # "set the quantity to 2 and the total should be $20": never typed
    acted = before is not None and not _checks_only(before)
    if strength == "weak" and acted and _checks_only(parsed) and not _VERB_SAID.search(text):
        # "select 2 adults and 1 child in the guests picker": more of the step, with no
        # verb of its own, never a check that the picker shows "1 child"
        return False
    more_pairs = not _open_fields(parsed) and not _JOURNEY_VERB.match(text)
    if strength == "weak" and _open_fields(before) and more_pairs:
        return False  # "fill in name Jo, message Hi there": one more pair, never a check
    # "enter a in the A field and b in the B field": b is typed too, never b shown in B
    typed = before is not None and all(d.action in {"fill", "select"} for d in before.drafts)
    lent = typed and strength == "weak" and not _JOURNEY_VERB.match(text)
    if lent and before is not None and _lent_verb(current_text, before, text, strength, parse):
        return False
    if (
        strength == "weak"
        and _SAYING.match(text)
        and _lent_subject(current_text, before, text, parse)
    ):
        return False  # "the heading is visible and says Welcome": the heading says it
    if strength == "weak" and _leads_on(current_text, text) and _said_of_a_link(current_text):
        # "the Privacy link is in the footer and opens /privacy": that link is followed,
        # never /privacy opened
        return False
    if strength != "weak" and acted and _NAME_IN_PLACE.match(text) and before is not None:
        return _lent_verb(current_text, before, text, strength, parse) is None
    if strength == "weak" and _name_goes_on(before, text):
        return False  # "the banner says Save and Submit": one name, never a form sent
    if any(d.action != "press_named" for d in parsed.drafts):
        return True
    if before is not None and _lent_verb(current_text, before, text, strength, parse):
        return False
    return strength != "weak" or (before is not None and before.tail == "closed")


def _named_across_a_comma(parsed: Parsed) -> bool:
    """Tell whether a reading names a part of the page with a comma in its name."""
    return any(
        d.target is not None
        and (
            ", " in (d.target.within or "")
            or (d.target.role is None and ", " in d.target.text and d.value)
        )
        for d in parsed.drafts
    )


def _open_fields(parsed: Parsed | None) -> bool:
    """Tell whether a clause is a list of fields and values that more pairs may follow."""
    return (
        parsed is not None
        and parsed.tail == "free"
        and all(d.action in {"fill", "select"} for d in parsed.drafts)
    )


def _fronted(current: _Span, piece: _Span, sentence: str, parse: ParseFn) -> bool:
    """Join "in the header" to the step after it, which then happens in the header."""
    scope = _words(sentence, current)
    if current.body is not None or current.verb:
        return False
    spot = _SPOT.match(scope)
    if not (_FRONTED.match(scope) or spot):
        return False
    if OPEN in scope or _STEP_IN_PLACE.search(scope):
        return False  # "in the box type 'shoes'", "in the box write hi": a step, not a place
    if ON_A_DEVICE.search(scope):
        return False  # "on mobile, …": a screen or browser the run does not have; refused
    if _AN_OUTCOME.match(scope):
        return False  # "on success, …": when something turns out so, which is no place
    if parse(scope) is not None:
        return False
    if _PAGE_SCOPE.search(scope) or names_the_site(_PLACE_WORD.sub("", scope)):
        scope = ""  # "on the checkout page, click Pay": where we are, not where to look
    elif spot:
        # "Near the bottom of the list, …" says where on the screen, which no locator can
        # use: nothing is kept. "At the bottom of the form, …" keeps the form to look in.
        scope = "" if spot["near"] or not spot["of"] else f"in the {spot['of']}"
    scope = scope[:1].lower() + scope[1:]  # "In the header": its word starts no name
    candidate = _Span(piece.start, piece.end, scope=scope)
    parsed = parse(_text(sentence, candidate))
    if parsed is None or any(scope and _ends_with(draft.value, scope) for draft in parsed.drafts):
        # "in the footer, the copyright says 2026": never "2026 in the footer", but the
        # copyright in the footer
        said = _SAID_OF_A_SUBJECT.search(sentence, piece.start, piece.end) if scope else None
        subject = sentence[piece.start : said.start()].strip(" ,") if said else ""
        if said is None or not _PART_SAID_IN.match(scope) or not _PLAIN_SUBJECT.match(subject):
            # "In the users table, Ada's role …", "On the docs site, …": more than a part
            return False
        candidate.said_at = said.start() + 1
        parsed = parse(_text(sentence, candidate))
        place = _PLACE_WORD.sub("", scope)
        said_there = parsed is not None and all(
            d.target is not None and place in {d.target.within, d.target.text}
            for d in parsed.drafts
        )
        if not (said_there and _checks_only(parsed)):
            return False
    current.body, current.end, current.scope = piece.start, piece.end, scope
    current.said_at = candidate.said_at
    return True


# "in the footer": a part of the page, never a site, an app or a thing's own part
_PART_SAID_IN = re.compile(
    r"^(?:in|on|inside|within) (?:the |this )?[\w -]+(?<! site)(?<! app)(?<! website)$", re.I
)
# "the copyright", "the first row": a subject said plainly, never "Ada's role" nor "X for Y"
_PLAIN_SUBJECT = re.compile(r"^(?:the |a |an )?(?:[\w-]+ ){0,2}[\w-]+$", re.I)
# The verb a statement says its subject with: "the copyright says …", "the price is …"
_SAID_OF_A_SUBJECT = re.compile(
    r" (?=(?:says?|shows?|reads?|contains?|displays?|lists?|includes?|is|are|has|have|should"
    r"|must|will|does|do)\b)",
    re.I,
)


def _ends_with(value: str | None, words: str) -> bool:
    return value is not None and value.lower().endswith(words.lower())


def _lent_verb(
    current: str, parsed: Parsed, text: str, strength: str, parse: ParseFn
) -> str | None:
    """Lend the current clause's verb to a piece that lacks one, if it makes the same step.

    After "and" or a comma only field steps borrow ("Large from Size"): "click Save and
    Close" names one button. After "then" a name borrows too ("click Save, then Cancel").
    """
    signed = _SIGNED_IN.match(current)
    if signed and text.lower() == "out":
        return signed["verb"]  # "log in and out": signed out again
    unaimed = _UNAIMED.match(current)
    named = strength != "weak"  # "go to About, then Team": a page by its name alone
    if unaimed and _unaimed_as(parsed, parse(f"{unaimed['verb']} {text}"), text, named=named):
        return unaimed["verb"]  # each address opened, each key pressed in turn
    if unaimed and named and _NAME_IN_PLACE.match(text):
        went = parse(f"{unaimed['verb']} {text}")
        if went is not None and {d.action for d in went.drafts} == {"open"}:
            return unaimed["verb"]  # "go to Settings, then Billing in the sidebar": gone to
    verb = _SHARED_VERB.match(current)
    if verb is None or any(d.target is None for d in parsed.drafts):
        return None
    if _NEXT_STATEMENT.match(text):
        return None  # "click Load more, then 20 more products appear": never clicked
    if _CHECK_VERB.match(text):
        return None  # "change X to 2 and check the total updates to $9": a check of its own
    if _JOURNEY_VERB.match(text) and text[:1].islower() and " " in text:
        return None  # "fill Search with oak and wait for suggestions": never "wait" typed
    borrowed = parse(f"{verb['verb']} {text}")
    if borrowed is None or any(d.target is None for d in borrowed.drafts):
        return None
    actions = {_CLICKED.get(d.action, d.action) for d in borrowed.drafts}
    placed = strength != "weak" and _NAME_IN_PLACE.match(text) and actions <= {"click", "open"}
    if actions != {_CLICKED.get(d.action, d.action) for d in parsed.drafts} and not placed:
        # "click Docs, then Getting Started in the sidebar" clicks it there, never checks it
        return None
    groups = [{d.target and d.target.text for d in p.drafts} for p in (borrowed, parsed)]
    if actions == {"pick"} and groups[0] <= groups[1]:
        return None  # "filter by Salt and Pepper": one option, or two? each group said is one
    # "tick 'Email' and 'SMS'": each box named in quotes is one of its own
    ticked = actions <= {"check", "uncheck"} and Quotes.is_quoted(text)
    weak = strength == "weak" and not ticked
    if not actions <= {"fill", "select", "pick"} and (weak or not _name_like(text)):
        return None  # "click Save, then bake a cake" must not click "bake a cake"
    return verb["verb"]


# "Getting Started in the sidebar": a name, then where it is, with no verb of its own
_NAME_IN_PLACE = re.compile(
    rf"^(?:{OPEN}\d+{CLOSE}|(?-i:[A-Z0-9])\S*(?: (?-i:[A-Z0-9&])\S*)*)"
    r" (?:in|on|under|inside|within) the [a-z]+(?: [a-z]+)?$",
    re.I,
)
_SIGNED_IN = re.compile(r"^(?P<verb>log|sign) in$", re.I)
# "click the first post" clicks an item by its place: a click all the same
_CLICKED = {"act_on_item": "click", "open": "click"}
_GONE_TO = frozenset({("goto", True), ("visit", False)})
_PAGE_NAME_ALONE = re.compile(r"^(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,3}$")
_A_PAGE_NAMED = re.compile(r"^(?:the|my|your) (?-i:[A-Z])[\w'’ -]{0,30} page$", re.I)


def _unaimed_as(parsed: Parsed, borrowed: Parsed | None, text: str, *, named: bool) -> bool:
    """Tell whether two readings are the same step on no element: a visit or a key press
    ("visit the homepage, then the About page": a page by its address, then by its name)."""
    if borrowed is None:
        return False
    actions = {(d.action, d.target is None) for d in [*parsed.drafts, *borrowed.drafts]}
    if actions in ({("goto", True)}, {("press", True)}):
        return True
    page = _A_PAGE_NAMED.match(text) or (named and _PAGE_NAME_ALONE.match(text))
    return actions <= _GONE_TO and bool(page)


def _said_of_a_link(current: str) -> bool:
    """Tell a statement about a link or button ("the Privacy link is in the footer")."""
    subject = _SUBJECT.match(_CHECK_LEAD.sub("", current))
    return subject is not None and bool(_LINK_OR_BUTTON.search(subject["s"]))


def _leads_on(current: str, text: str) -> bool:
    """Tell "… and opens /privacy" (or "should … and lead to /terms"): where a thing leads."""
    return bool(_LEADS_ON.match(text) or (_SAID_MUST.search(current) and _LEADS_TOO.match(text)))


_A_SIGN_IN = re.compile(
    r"^(?:the |a |my |your )?(?:login|log-in|log in|sign-in|sign in|logging in|signing in)"
    r"(?: attempt)?$",
    re.I,
)


def _lent_subject(current: str, parsed: Parsed | None, text: str, parse: ParseFn) -> str | None:
    """Lend a statement's subject to a state said after it: "the Save button is visible and
    enabled" says "the Save button is enabled" too."""
    said = _STATED_OF.match(current)
    if parsed is None or (said is not None and _AN_ADDRESS.match(_CHECK_LEAD.sub("", said["s"]))):
        return None  # "example.com is up and mentions X": the page opened says it
    subject = _SUBJECT.match(_CHECK_LEAD.sub("", current))
    if said is not None and _STATE_WORD.match(text):
        lent = f"{said['s']} {said['v']}"
    elif subject and _said_of_a_link(current) and _leads_on(current, text):
        # "the Privacy link is in the footer and opens /privacy": that link, followed there
        placed = _PLACED_IN.search(current)
        lent = subject["s"] + (f" in {placed['place']}" if placed else "")
    elif subject is not None and (going := _GOES_AWAY.match(text)):
        lent = subject["s"] + (" should" if going["bare"] else "")
    elif subject is not None and _BE_IN_A_STATE.match(text):
        lent = subject["s"] + " should"  # "… should say Submit and be disabled"
    elif (shown := _SHOWN_BY.match(current)) and (_A_FIGURE.match(text) or _A_KIND.match(text)):
        # "the cart shows 1 item and a subtotal of $49", "… the heading X and the text Y"
        lent = f"{shown['s']} {shown['v']}"
    elif subject is not None and (saying := _SAYING.match(text)):
        # "the heading is visible and says Welcome", "the hero says Hi and has a Get started
        # button": the heading says it, the button is in the hero; "the cart should be
        # empty and say Empty": it should say it
        # "/health returns 200 and contains ok": the page opened there contains it
        # "the login should fail … and say Invalid": a sign-in is no part of the page
        page = _AN_ADDRESS.match(subject["s"].removeprefix("GET ")) or _A_SIGN_IN.match(
            subject["s"]
        )
        said_of = "the page" if page else subject["s"]
        lent = said_of + (" should" if saying["bare"] else "")
    else:
        return None
    return lent if parse(f"{lent} {text}") is not None else None


def _name_like(text: str) -> bool:
    """Tell whether a piece reads as the rest of a name ("Conditions", "Jerry", "terms link")."""
    text = _PARTICLE.sub("", text, count=1)  # "then on Lamps" after "click on Products"
    first = text[:1]
    if first.isupper() or first.isdigit() or first == OPEN or first in "&$#£€":
        return True
    if _BY_POSITION.match(text):
        return True  # "click Blog, then the first post": one by its place among others
    return singular(text.rsplit(" ", 1)[-1]) in STRONG_NOUNS


_BY_POSITION = re.compile(rf"^the (?:{ORDINAL}) [a-z]+$", re.I)
