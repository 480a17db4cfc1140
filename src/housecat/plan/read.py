"""Compile a goal written in plain English into a Plan, by grammar alone.

How a goal is read, where the language is ambiguous:

- Steps are split at lines, list markers, sentence ends and connectives ("then", "and",
  commas). Text in quotes is never split. A comma or "and" starts a new step only when
  the words after it make a step of their own; otherwise they stay with the clause before
  when it ends in free text (an expected text or a typed value: "says Welcome back, Alice"),
  or in a name that goes on ("Terms and Conditions"). A piece that lacks a verb borrows the
  one before it when that makes the same kind of step ("a into A and b into B").
- "check X" ticks a box when X names one ("the Remember me checkbox", "Remember me") and
  is an assertion when X states something ("that ...", "the page says ...", "for 'Saved'").
  An assertion we cannot read ("the dashboard greets her") is rejected, never guessed.
- "the header says X" expects text X inside the header: the region is the target, with its
  landmark role ("banner"). Page-wide subjects ("the page", "it", "the dashboard") have none.
- Counts: "there are 3 Add to cart buttons" counts Target("Add to cart", "button"). A kind
  with no name is its own text ("3 items" -> Target("items", "listitem")), and the region
  it is in becomes `within` ("the list shows 3 items" -> within "list"). On a whole page,
  "shows 3 results" is text, since "results" names no kind of element.
- A page named without a path ("go to the pricing page") is followed by its link text.
- Typing with no field named ("type cats") goes into the field the step before used, or,
  after a key press or a click on no field, where the page put the focus.
- A field may be named by its label and a colon: "enter user: admin", or a line that is only
  "Username: admin" when the label is one a form asks for (not "Note:" or "Comment:").
  "fill the form with name Bob and email bob@x.io" fills one field per pair; a pair whose
  field and value could be cut in two ways ("name Bob Smith") is rejected: quote the value.
- "twice" or "3 times" after a click or a key press repeats it (at most 20 times); "again"
  and "2x" repeat only a key ("click Try again" names a button). After "press", a key's name with
  loose words after it ("press Tab Tab", "press Enter now") is rejected, never clicked.
  "Home", "End", "Delete" and the bare arrows are keys only with "key" or a repeat.
- Scrolling adds no step: every click, fill and check brings its element into view.
- "accept / dismiss / close / decline the cookie banner" clicks the button of that name on
  the page; for a pop-up, modal or dialog the button is looked for inside the dialog.
- "add the second item to the cart" is a position: the second "Add to cart" button.
- A title the page has ("the page should have the title X") is its title, never text; a
  title of a part of the page ("the dialog shows the title X") is refused: heading or caption?
- A kind of message showing quoted words ("there is a tip (that) shows 'X'") checks the words.
- "'X' is in the cart" and "I should see 'X' in the cart" check X inside the cart; "put X in
  the cart" and "add 'X' and 'Y' to the cart" press each one's "Add to cart" button.
- "the list only shows X" is refused: that nothing else is shown, text cannot check.
- "1 item left" with no kind of element is words to read, not a count of one element.
- Unquoted lower-case words before "is shown", "appears" or "disappears" describe a thing,
  not text ("dashboard is displayed"): rejected unless it names a kind of element ("the
  spinner disappears"). Quoted or capitalised words are text to look for.
- Results said with no number ("search results are displayed", "the search returns
  results", "there are some results") are at least one item of the list in the part of the
  page called the results; an item saying "No results found" or "Loading…" is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import get_args

from pydantic import ValidationError

from housecat.errors import GoalNotUnderstood
from housecat.plan.grammar.actions import ACTION_RULES
from housecat.plan.grammar.by_email import BY_EMAIL_RULES
from housecat.plan.grammar.checks import parse_assertion
from housecat.plan.grammar.commands import POSITION_RULES, is_email, parse_command
from housecat.plan.grammar.conditions import blocks, read_conditional, within_block
from housecat.plan.grammar.fields import FIELD_RULES, unclear_pair
from housecat.plan.grammar.forms import FORM_RULES
from housecat.plan.grammar.given import set_aside_assumptions
from housecat.plan.grammar.intents import INTENT_RULES, NOTHING_TYPED, OPENS_A_PART, USERNAME
from housecat.plan.grammar.keys import QUANTIFIED, pressed_key, repeated, repetition
from housecat.plan.grammar.page import PAGE_RULES
from housecat.plan.grammar.pronouns import (
    another_item,
    code_applied,
    control_said_again,
    done_again,
    done_there,
    field_said_again,
    found_again,
    found_by_the_search,
    in_focus,
    in_found_row,
    in_same_place,
    item_named,
    item_said_again,
    its_part,
    link_followed,
    named_again,
    query_named_again,
    query_said_again,
    row_said_again,
    rows_searched,
    said_of_page_opened,
    said_of_the_control,
    searched_once_open,
    sent_again,
    setting_said_again,
    signed_in_said_again,
    they_again,
    unclear_what_it_is,
    visit_answers,
    waited_on,
)
from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes, scrub
from housecat.plan.grammar.rewrite import rewrite
from housecat.plan.grammar.seen import on_page
from housecat.plan.grammar.split import split_goal
from housecat.plan.grammar.types import Draft, Parsed
from housecat.plan.grammar.words import (
    CHECK_LEAD,
    ELEMENT_NOUNS,
    LONGEST_CLAUSE,
    NEXT_STEP,
    NUMBER,
    ON_A_DEVICE,
    OPEN_PAGE,
    PAGE_NOUNS,
    REGIONS,
    base_verb,
    done_first,
    drop_adverb,
    spell_out,
    starts_with_verb,
    strip_fillers,
    strip_subject,
)
from housecat.plan.models import CHECKS, Action, Plan, Step, Target
from housecat.plan.secrets import Reading, is_secret_name, lift_secrets, mask
from housecat.plan.variables import placeholder

# A condition the reader does not know ("if the total is over $50", "unless", "if it is
# enabled") asks for a choice the plan cannot make; conditions.py reads those it can.
_CONDITIONAL = re.compile(
    r" (?:if|when|unless|in case|as long as) (?:it|they|one|any|present|shown|visible|there"
    r"|needed|necessary|available|exists?|appears?|possible)\b| (?:only if|if|unless) "
    r"|^(?:if|unless|in case|whenever|only if|as long as) ",
    re.I,
)
# "check if the cart is empty": whether it is, asked as a check
_ASKED_IF = re.compile(
    r"^(?:check|verify|confirm|see|find out|validate|assert)(?: to see)? if (?P<x>.+)$", re.I
)
# "go to /account without logging in", "visit /admin as a guest": a journey starts signed
# out, so an address opened before anyone signs in is seen so
_AS_SIGNED_OUT = (
    r"(?:without (?:logging|signing) (?:in|on)|(?:while|when) (?:logged|signed)[- ]out"
    r"|(?:while|when) not (?:logged|signed) in"
    r"|as an? (?:guest|visitor|anonymous (?:user|visitor)|(?:logged|signed)[- ]out (?:user|visitor)"
    r"))"
)
# "visit /admin logged out": said last, the words alone say it too
_SIGNED_OUT = re.compile(
    rf"^(?P<body>.+?),? (?:(?P<said>{_AS_SIGNED_OUT})|(?:logged|signed)[- ]out)$", re.I
)
# "When logged out, the Account link opens the login page": what a journey is, as it starts
# (a Gherkin "When" is read before; "I am logged out" alone may be a check, never skipped)
_WHEN_SIGNED_OUT = (
    r"(?:(?:when|while|if) )?(?:(?:i am|i'm|you are|you're|the user is|users are) )?"
    r"(?:(?:logged|signed) out|not (?:logged|signed) in)"
)
# "check that …": the check a search or a sign-in is said in
_CHECKED_THAT = r"(?:(?:check|verify|confirm|ensure|make sure|test)(?: that| whether| if)? )?"
# "Login should take me to /dashboard", "logging in with a wrong password keeps me on /login",
# "login with an invalid password shows 'Invalid credentials'"
# "Does searching for oak return Oak Chair?": asked of an act, as its statement
_ASKED = r"(?:(?:does|do|will|would) )?"
_SIGN_IN_LEADS = re.compile(
    rf"^{_CHECKED_THAT}{_ASKED}(?:(?:a )?successful(?:ly)? )?"
    r"(?:log(?:ging)?[- ]?in|login|sign(?:ing)?[- ]?in|signin)"
    r"(?: successfully)?(?P<how> (?:with|using|as) .+?)?"
    r"(?: (?:should|will|must|always))? (?:(?:takes?|brings?|redirects?|sends?|leads?|keeps?)"
    r"(?: (?:you|me|us|the user|users))?(?: back)? (?:to|on) (?P<where>\S.*)"
    r"|(?:shows?|displays?|gives?) (?P<shown>\S.*))$",
    re.I,
)
# "COMPLETE when the cart shows 1 item": the outcome that ends the task, to check
_DONE_WHEN = re.compile(
    r"^(?:the task is )?(?:complete|completed|done|success|finished)(?: the task)?,?"
    r" (?:when|once|if) (?P<x>\S.*)$",
    re.I,
)
# "Searching for oak should show Oak Chair first", "a search for zzz returns no results"
_SEARCH_LEADS = re.compile(
    # ("the search for cats returns results" may be one done before: which is not said)
    rf"^{_CHECKED_THAT}{_ASKED}(?:an? )?search(?:ing)? for (?P<q>\S.*?)(?: (?:should|will|must))?"
    r" (?:shows?|returns?|finds?|gives?|lists?|yields?|brings? up) (?P<x>\S.*)$",
    re.I,
)
# "search returns results for lamp": a search for lamp, then what it returns
_RESULTS_FOR = re.compile(
    rf"^{_CHECKED_THAT}(?:the )?search(?: (?:should|will|must))? (?:returns?|finds?|gives?|yields?)"
    # "returns at least 10 results for chair": as many as it says
    r" (?P<x>(?:some |any |no |zero |(?:at least |exactly |only )?\d{1,4} )?"
    r"(?:results?|matches|hits))"
    # never "for the last week": when, or whose, which no one types into a search box
    r" for (?P<q>(?!(?:the|a|an|my|your|our|its|this|that|each|every|all)\b)\S.*)$",
    re.I,
)
# "Fail if the page shows 'Internal Server Error'", "alert me if the homepage stops saying
# Welcome": what must not come to pass, said as what sets the monitor off
_IF_THEN_ALARM = re.compile(
    r"^(?P<cond>(?:if|when|whenever) \S.*?),? (?:then )?(?P<act>fail|alert(?: me| us)?"
    r"|(?:notify|warn|page|ping|email|text|tell) (?:me|us)|let (?:me|us) know|raise an alert"
    r"|flag it)(?: the (?:test|check|run|monitor))?$",
    re.I,
)
_ALARM_IF = re.compile(
    # "the test should fail if …": whose alarm it is, said first
    r"^(?:(?:the (?:test|check|run|monitor)|it) (?:should |must |will |needs to )?"
    r"(?=fail|alert))?"
    r"(?:fails?|alerts?(?: me| us)?|(?:notify|warn|page|ping|email|text|tell) (?:me|us)"
    r"|let (?:me|us) know|raise an alert|flag it"
    # "I need to know if …", whose "I need to" is read as a preamble before this
    r"|(?:(?:i|we)(?: need| want| would like|['’]d like) to )?(?:know|hear|be told))"
    r"(?: the (?:test|check|run|monitor))?"
    r" (?:if|when|whenever) (?P<s>\S.*?)(?: ever)?"
    # "fail if the page does not show Welcome": the other way round again
    r"(?P<no> (?:does|do|did) not| (?:doesn|don|didn)['’]t| never)?"
    r" (?:(?:(?P<stops>stops? (?:saying|showing|displaying|mentioning)"
    r"|no longer (?:says?|shows?|displays?|mentions?|contains?|lists?))"
    r"|(?:ever )?(?:shows?|says?|contains?|displays?|mentions?)) (?P<x>\S.*)"
    # "… API isn't Operational any more": how a thing must stand, in its own capitals
    r"|(?:isn['’]t|is not|is no longer|stops being) (?P<state>(?-i:[A-Z])[\w-]*"
    r"(?: (?-i:[A-Z])[\w-]*)*)(?: any ?more)?"
    # "… the Buy button disappears", "… 'Out of stock' appears on /lamp": the other way round
    r"|(?:(?P<gone>disappears?|vanish(?:es)?|goes away|go away|goes missing|(?:is|are) (?:gone"
    r"|missing|no longer (?:shown|visible|there))"
    r"|(?:isn't|aren't|is not|are not) (?:shown|visible|there)"
    r"|stops? (?:showing up|appearing))|(?:ever )?(?:appears?|shows? up|pops? up))"
    r"(?P<where> (?:on|in|from) \S.*)?)$",
    re.I,
)
_SEEN_THERE = CHECKS | {"goto", "visit"}
# "open the Support page from the homepage", "… from the Help menu": where it is reached
_REACHED_FROM = re.compile(
    r"^(?P<verb>open|go to|navigate to|visit|head to|get to) (?P<x>\S.*?)"
    r" (?:from (?P<where>(?:the|your|my|our) \S.*)"
    # "open the Careers page in the footer": by its link there
    r"|(?<= page )(?:in|on) (?P<part>(?:the|your|my|our) (?:[\w-]+ )?(?:footer|header|sidebar|nav"
    r"|navigation|navbar|nav bar)))$",
    re.I,
)
_A_PART_OF_THE_PAGE = re.compile(
    r"\b(?:footer|header|sidebar|nav|navigation|navbar|nav bar)$", re.I
)
_OPENED_FIRST = re.compile(r"\b(?:menu|dropdown|drawer)$", re.I)
_A_LIST_SAID = re.compile(r"\b(?:results|list|table|grid|catalog(?:ue)?)$", re.I)
_A_PAGE_SAID = re.compile(r"(?:page|screen)$", re.I)
_ROW_NUMBERED = re.compile(
    r"^(?P<lead>(?:(?:click|tap|press|hit)\b.* (?:in|of|on))|delete|remove) (?:the )?"
    r"(?P<part>row|result|item|entry)(?: number| no\.?)? #?(?P<n>[1-9]\d{0,2})$",
    re.I,
)
# "the Book a demo button appears twice on the homepage": how many of it there are
_APPEARS_TIMES = re.compile(
    rf"^{CHECK_LEAD}(?:the )?(?P<x>\S.*?) (?P<kind>button|link|heading|image|tab|checkbox)"
    r" (?:appears|is shown|shows up|is displayed|is listed) (?P<n>once|twice|\d+ times)"
    r"(?P<where> (?:on|in) \S.*)?$",
    re.I,
)
_TIMES = {"once": "1", "twice": "2"}
# "Verify login with valid credentials", "test signing in with correct details"
_SIGN_IN_TESTED = re.compile(
    r"^(?:verify|test|check|validate|confirm)(?: that)? (?:the |a )?(?:user )?(?:login|log in"
    r"|log-in|sign in|sign-in|signin|logging in|signing in)(?: works| succeeds)?"
    r" (?:with|using) (?:valid|correct|the right|good) (?:credentials|details|login details"
    r"|username and password)(?: works| succeeds)?$",
    re.I,
)
# A check's label before it: "Expected result: …", "Verify: …"
_CHECK_LABEL = re.compile(
    r"^(?:expected(?: results?| outcome| behaviou?r)?|verify|check|assert)\s*:\s*(?P<rest>\S.*)$",
    re.I,
)
_HAS_THE_TITLE = re.compile(
    rf"^{CHECK_LEAD}"
    r"(?P<s>(?:the |this )?(?:[\w-]+ )?(?:page|homepage|site|website|screen)|it|/\S*)"
    r" (?P<v>has|should have|must have) (?:the |a )?(?:page |document |browser |tab )?title"
    r"(?: of)? (?P<x>\S.*)$",
    re.I,
)
_SIGNED_OUT_FIRST = re.compile(rf"^{_WHEN_SIGNED_OUT}, (?P<body>.+)$", re.I)
# "click Login without entering anything", "press Submit with the form empty": nothing is
# typed first, which is no step at all; only the press itself is read
_NOTHING_TYPED = re.compile(
    rf"^(?P<body>.+?),? (?:{NOTHING_TYPED}"
    r"|with (?:the form|all (?:the )?fields|every field|the fields) (?:empty|blank))$",
    re.I,
)
_PRESSES = {"click", "press", "submit"}
_SAYS_SIGNED_OUT = re.compile(
    rf"\b{_AS_SIGNED_OUT}|^{_WHEN_SIGNED_OUT}|^{_CHECKED_THAT}(?:the )?(?:guests"
    r"|(?:(?:logged|signed)[- ]out|anonymous) (?:users|visitors|customers|shoppers))"
    r"(?= (?:should|must|will|can|only|still|do|also) |(?: \w+)? (?:see|get|are|have)\b)",
    re.I,
)
# "between 3 and 5 plans": a range of counts ("the price is between $10 and $20" is two
# bounds on a figure, read as such)
_A_RANGE = re.compile(
    rf"\bbetween \$?(?:\d[\d.,]*|{NUMBER})(?: and (?![-−]?[$€£¥]?\d[\d,.]*%?$)\S|$)", re.I
)
_NOW_AND_THEN = re.compile(
    r"\b(?:sometimes|occasionally|intermittently|randomly|from time to time|now and then)\b",
    re.I,
)
_TOP_OR_BOTTOM = re.compile(
    r"\b(?i:the) (?P<end>top|bottom)(?:most)? (?=(?:row|result|item|entry|post|card|comment"
    r"|story|article|notification|product|review|task|todo|line|record|message|link|option"
    r"|order|invoice|ticket|issue|job|event|email|file|user|customer|transaction|listing)\b)"
)
_SAME_TAB = re.compile(r",? in (?:the same|this|the current) (?:tab|window)$", re.I)
# "the Sign up button is visible on the landing page", "the code sample on the Quickstart
# page includes …": a check of a page named, made there, never on whatever page is open
_NOT_A_PAGE_NAME = rf"(?!{OPEN_PAGE})"
# "select size Large on the product page": the page a step before opened, where it is done
_ON_THE_PAGE_OPEN = re.compile(
    r" (?:on|in) the (?:(?:same|current) page|(?:details?|product|item|article|post|record"
    r"|listing|entry) (?:page|screen|view))$",
    re.I,
)
# A word of a page's name after its first: never "of the" ("the title of the page")
_NAME_WORD = r"(?!(?:of|the|a|an|this|that|from)\b)[\w'-]+"
_ON_A_NAMED_PAGE = re.compile(
    rf" (?:on|in) (?P<page>(?:the|your|my|our) (?:homepage|{_NOT_A_PAGE_NAME}[\w'-]+"
    rf"(?: {_NAME_WORD}){{0,2}}(?<! per) (?:page|screen)))(?= |$)",
    re.I,
)
# "Open the docs at /docs", "visit the status page at https://…": the address is the page
_OPENED_AT = re.compile(
    r"^(?:open|visit|go to|load|navigate to|browse to|head to|head over to)"
    r" (?:the|our|your|my) (?P<what>[\w'’ -]{1,40})$",
    re.I,
)
# "a webhook pointing at https://…", "a link aimed at /x": what it is for, no page gone to
_AIMED = re.compile(
    r"\b(?:point(?:s|ed|ing)?|aim(?:s|ed|ing)?|direct(?:s|ed|ing)|target(?:s|ed|ing)?)$", re.I
)
# "the sitemap at /sitemap.xml", "the health endpoint at /api/health": what is at the
# address is the page itself
# Things found at an address: "the sitemap at /sitemap.xml", "the health endpoint /healthz"
_AT_AN_ADDRESS = (
    r"(?:the|our|your) (?:[a-z]+ )?(?:sitemap|feed|endpoint|api|file|document|robots file"
    r"|status page|health check|changelog|manifest"
)
_IS_THE_PAGE_THERE = re.compile(
    r"^(?P<lead>(?:check|verify|confirm|ensure|make sure|assert|test)(?: that)? )?"
    rf"{_AT_AN_ADDRESS}|page|site|docs)$",
    re.I,
)
_NAMED_WITH_ITS_ADDRESS = re.compile(
    r"^(?P<thing>(?:(?:check|verify|confirm|ensure|make sure|assert|test)(?: that)? )?"
    rf"{_AT_AN_ADDRESS})) (?P<path>/[^\s,;]*)(?= )",
    re.I,
)
# "the heading is About us on /about": the check, made at that address
_ON_AN_ADDRESS = re.compile(r" (?:on|at) (?P<page>(?:/|https?://)[^\s,;]*)(?= |$)", re.I)
_NO_ARTICLE = (
    r"(?!(?:each|every|all|any|some|no|none|nothing|nobody|one|this|which|what|a|an)\b)"
    r"(?:homepage|home page|(?:(?!(?:on|in|at|of|the|to|for|from|with|and|or|that|check|verify"
    r"|confirm|ensure|make|sure|expect|assert|test|validate|see|does|do|will|is|until|unless"
    r"|while|when|after|before|then|wait|scroll)\b)[\w-]+ ){1,3}"
    r"(?:page|screen))"
)
_NAMED_PAGE_SAYS = re.compile(
    # "check", "Test that", "we should see that": any words before the verb that checks
    r"^(?P<lead>(?:[\w'’-]+ ){0,3}?(?:(?P<looks>check|double[- ]check)|verify|confirm|ensure"
    r"|make sure|make certain|expect|assert|test|validate|see)"
    r"(?: (?:that|whether|if|to see if|to see that))? "
    # "Does the pricing page show Pro?": the question, which the check answers
    r"|(?:does|do|will|is) )?"
    # "Pricing page shows Pro", said as a note is: the article left out
    rf"(?P<page>(?:the|your|my|our) (?:(?:[\w-]+ )?homepage|{_NOT_A_PAGE_NAME}[\w-]+"
    rf"(?: {_NAME_WORD}){{0,2}} (?:page|screen)"
    # "the product page for Blue Mug shows In stock": the page its link opens
    rf"|(?:[\w-]+ )?(?:page|screen) (?:for|of)"
    rf" (?:{OPEN}\d+{CLOSE}|(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){{0,3}}))"
    rf"|{_NO_ARTICLE})"
    # "the pricing page's title is Plans": that page's own title, heading or address
    r"(?:(?:'s)? (?P<part>title|heading|headline|url|address)"
    # "the homepage hero says Build faster": that part of that page
    r"|(?:'s)? (?P<region>hero|header|footer|sidebar|navigation|navbar|nav|banner))?"
    r" (?=(?(part)(?:is|should|must|will|contains?|equals?|matches|reads|says|starts|ends"
    r"|includes?|mentions?|has|shows?|does|doesn['’]t|isn['’]t)\b"
    r"|(?:(?:now|still|also|is|does|do|not|no longer|never|doesn't|isn't) )*"
    r"(?:says?|shows?|showing|should|must|will|lists?|listing|contains?|displays?|displaying"
    r"|mentions?|includes?|reads|has|have"
    r"|(?(looks)for|(?!)))\b))",  # "check the home page for Welcome": looked through for it
    re.I,
)
_PART_OF_A_NAMED_PAGE = re.compile(
    r"^(?P<lead>(?:[\w'’-]+ ){0,3}?(?:check|verify|confirm|ensure|make sure|expect)"
    r"(?: that)? |)(?:the )?(?P<part>title|heading|headline|url|address) of"
    r" (?P<page>(?:the|our|your) (?!page\b)[\w-]+(?: (?!page\b)[\w-]+)?) page\b",
    re.I,
)
# "in the sidebar click Getting started": where, said before a step in the middle of a
# sentence (at its start, split.py cuts it off as a place of its own)
_A_PLACE_THEN_A_STEP = re.compile(
    # never over another step: "in the box write hi and press Send" is no press in a place
    r"^(?P<scope>(?:in|inside|within|from) (?:the|this|your|my)"
    r" (?:(?! (?:and|then|write|type|enter|put|paste|pick|select|choose)\b)[^,]){1,40}?)"
    r" (?=(?:type|write|enter|click|press|select|choose|pick|tick|fill|hover|tap)\b)",
    re.I,
)
# "we're back", "should land", "I am": words whose place is the page said after them
_BEING_THERE = re.compile(
    r"(?:\b(?:back|be|are|am|is|was|were|stays?|remains?|lands?|landed|arrives?|arrived|up"
    r"|still|now|again)|['’](?:re|s|m))$",
    re.I,
)
# Steps done on a page: "go to /pricing on the settings page" goes there from anywhere
_STAYS = frozenset(get_args(Action)) - {"goto", "go_back", "reload"}
# What a page named shows; its address and title say which page it is themselves
_CHECKED_THERE = CHECKS - {"expect_url", "expect_title"}
_KIND_AGAIN = re.compile(
    r"\b(?P<kind>page|screen|view|button|link|tab|checkbox|box|field|icon)"
    r" (?:again|now|once more|as well|too)$"
)
# "present on every page": one journey sees the pages it goes to, not every page there is.
_EVERY_PAGE = re.compile(
    r"\b(?:on|across|in) (?:every|each|all(?: the)?|any) (?:pages?|screens?|views?)\b"
    r"|\b(?:for|in|on|of|next to|beside) (?:every|each) \w"
    r"|\beverywhere\b|\bacross the (?:whole )?(?:site|app)\b",
    re.I,
)
# "the Status column says Active for every row": that column's cells, one check
_A_COLUMN_FOR_EVERY_ROW = re.compile(r"\bcolumn\b.* (?:for|in|on) (?:every|each) rows?$", re.I)
# "How many labels are listed?": a question with no answer given is nothing to check.
_OPEN_QUESTION = re.compile(r"^(?:how|what|which|who|whose|where|why)\b", re.I)
# Typing with no field named goes into the field the previous step used, if it was one.
_TYPABLE = frozenset({None, "textbox", "searchbox", "combobox"})

# Only clicks and key presses are done several times over ("press Tab twice"); the steps
# whose words end in free text keep a count in it ("the page says Tried 3 times").
_REPEATABLE = frozenset({"click", "press"})
_SENDING = frozenset({"click", "press", "submit"})
# "… then tick Remember me": more of the same form, which a sign-in would have left
_ON_THE_FORM = frozenset({"check", "uncheck", "fill", "select", "fill_form"})
# "add the lamp to the cart twice" clicks its button twice; never "go to X twice"
_CLICK_VERB = re.compile(r"^(?:click|tap|press|hit|push|add)\b", re.I)
_SAYS_SOMETHING = frozenset(
    {"fill", "select", "wait_for", "expect_text", "expect_no_text", "expect_title", "expect_url"}
)

# Positions first ("tick the first todo" is no checkbox named "todo"); then forms: "sign in
# as ..." and "select X from Y" must not be read as clicks.
_RULES = (
    *BY_EMAIL_RULES,
    *POSITION_RULES,
    *INTENT_RULES,
    *FIELD_RULES,
    *FORM_RULES,
    *PAGE_RULES,
    *ACTION_RULES,
)


def read(goal: str) -> Reading:
    """Compile a goal, lifting the passwords it spells out into secrets.

    Variables the goal defines itself (`save value "x" as "name"`) come back with it;
    a saved password is a secret like any other.
    """
    rewritten = rewrite(goal)
    try:
        compiled = _compile(rewritten.text)
    except GoalNotUnderstood as refused:
        if refused.phrase not in rewritten.origins:
            raise
        # "check: Username:" refused as the words written, never the sentence made of them
        raise GoalNotUnderstood(rewritten.origins[refused.phrase], refused.why) from None
    said = [
        s.model_copy(update={"phrase": rewritten.origins.get(s.phrase or "", s.phrase)})
        for s in compiled.steps
    ]
    reading = lift_secrets(compiled.model_copy(update={"goal": goal, "steps": said}))
    saved = {k: v for k, v in rewritten.variables.items() if not is_secret_name(k)}
    secret = {k: v for k, v in rewritten.variables.items() if is_secret_name(k)}
    plan = reading.plan
    for name, value in secret.items():  # `save value "x" as "password"` keeps x out too
        plan = plan.model_copy(update={"goal": mask(plan.goal, value, name)})
    return Reading(plan, {**secret, **reading.secrets}, saved)


def values_of(goal: str) -> tuple[dict[str, str], dict[str, str]]:
    """The variables and secrets a goal defines or spells out; none if it cannot be read."""
    try:
        reading = read(goal)
    except GoalNotUnderstood:
        return {}, {}
    return reading.variables, reading.secrets


def masked_goal(goal: str) -> str:
    """The goal as plans keep it: each password it spells out written as its {{name}}."""
    try:
        return read(goal).plan.goal
    except GoalNotUnderstood:
        return goal


def read_goal(goal: str) -> Plan:
    """Compile a goal into a Plan, or raise GoalNotUnderstood naming the phrase that failed.

    Passwords written in the goal appear in the plan as `{{name}}` only.
    """
    return read(goal).plan


def stated_checks(goal: str) -> list[Step]:
    """The checks of each part of the goal the grammar reads, even when it cannot read all.

    A plan made another way (by a model) must keep them: what the goal states, it checks.
    """
    try:
        cut = _cut(rewrite(goal).text)
    except GoalNotUnderstood:
        return []
    return [
        _step(draft, draft.action, draft.target, phrase)
        for parsed, phrase in cut.clauses
        for draft in ([] if parsed is None else parsed.drafts)
        if draft.action in CHECKS and draft.only_if is None
    ]


@dataclass(frozen=True)
class _Cut:
    """A goal cut into clauses, each as read (None: not understood) with its phrase."""

    clauses: list[tuple[Parsed | None, str]]
    assumed: list[str]
    written: str


def _cut(goal: str) -> _Cut:
    quotes = Quotes()
    written = scrub(goal)
    known: dict[str, Parsed | None] = {}

    def parse(text: str) -> Parsed | None:
        if text not in known:
            known[text] = parse_clause(text, quotes)
        return known[text]

    lines, assumed = set_aside_assumptions([quotes.mask(x) for x in written.splitlines()], parse)
    stretches = blocks("\n".join(lines), quotes)
    pieces = [(p, s.only_if) for s in stretches for p in split_goal(s.text, parse)]
    if not pieces:
        raise GoalNotUnderstood(" ".join(written.split()))
    clauses: list[tuple[Parsed | None, str]] = []
    for index, (piece, only_if) in enumerate(pieces):
        before = clauses[-1][0] if clauses else None
        # "add Tea, reload, check it is still listed": "it" is what the last act named
        acted = _last_act(clauses)
        done = [d for c, _ in clauses if c for d in c.drafts]
        added = [d.value for d in done if d.action == "add_item" and d.value]
        parsed = (
            done_again(piece.text, done, parse)
            or its_part(piece.text, before, quotes, parse)
            or query_said_again(piece.text, before, quotes, parse)
            or in_focus(piece.text, before, parse)
            or said_of_the_control(piece.text, before, parse)
            or field_said_again(piece.text, done, parse)
            or sent_again(piece.text, done, quotes, parse)
            or done_there(piece.text, before, parse)
            or in_same_place(piece.text, before, parse)
            or named_again(piece.text, acted, quotes, parse)
            or they_again(piece.text, acted, quotes, parse)
            or found_again(piece.text, before, quotes, parse)
            or in_found_row(piece.text, before, parse)
            or row_said_again(piece.text, done, quotes, parse)
            or rows_searched(piece.text, before, parse)
            or found_by_the_search(piece.text, before, parse)
            or searched_once_open(piece.text, pieces[index - 1][0].text if index else "", parse)
            or visit_answers(piece.text, before, parse)
            or control_said_again(piece.text, _past_reloads(clauses), quotes, parse)
            or item_said_again(piece.text, added, quotes, parse)
            or another_item(piece.text, done, quotes)
            or setting_said_again(piece.text, done, quotes, parse)
            or link_followed(piece.text, before, quotes, parse)
            or said_of_page_opened(piece.text, before, quotes, parse)
            or signed_in_said_again(piece.text, before)
            or parse(piece.text)
            or query_named_again(piece.text, before, quotes, parse)
            or _seen_too(piece.text, pieces[index - 1][0].text if index else "", parse)
            or waited_on(piece.text, before)
            or code_applied(piece.text, before)
        )
        if parsed is not None and _arrived(piece.text, parsed, done):
            parsed = parse(_BEING_ON.sub(r"\g<who> should be ", piece.text, count=1))
        if parsed is not None and _led(piece.text, parsed, before):
            parsed = parse(_GOING_ON.sub(r"\g<who> should be on ", piece.text, count=1))
        if parsed is not None and _reached(piece.text, parsed, done):
            parsed = on_page(parsed.drafts[0].value or "")
        if parsed is not None and _landed(piece.text, parsed, done):
            parsed = replace(parsed, drafts=parsed.drafts[1:])  # where signing in landed
        if parsed is not None and unclear_what_it_is(piece.text, before, parsed):
            parsed = None
        if _TWICE_DENIED.search(piece.text):
            parsed = None  # "isn't not shown": emphasis, or the other way round?
        phrase = quotes.restore(piece.phrase, as_written=True)
        if parsed is not None and only_if is not None:
            parsed = within_block(parsed, only_if)  # every line inside "if ... end"
        if parsed is None:
            phrase = _narrowed(piece.text, phrase, quotes)
        clauses.append((parsed, phrase))
    return _Cut(clauses, [quotes.restore(a, as_written=True) for a in assumed], written)


def _past_reloads(clauses: list[tuple[Parsed | None, str]]) -> Parsed | None:
    """The last clause before any reloads or waits, which keep the page's controls: "turn
    off Emails and reload; the switch should still be off" is that switch. A save before a
    reload is passed too ("turn off Emails, save, reload"); right before the check, "it" is
    the Save button ("click Save and check it is disabled")."""
    reloaded = False
    for parsed, _ in reversed(clauses):
        if parsed is not None and _waits_only(parsed):
            reloaded = True
        elif not (reloaded and parsed is not None and _saves_only(parsed)):
            return parsed
    return None


def _waits_only(parsed: Parsed) -> bool:
    return bool(parsed.drafts) and all(d.action in {"reload", "wait"} for d in parsed.drafts)


_SAVE = re.compile(r"^(?:save|save changes|apply|update|submit)$", re.I)


def _saves_only(parsed: Parsed) -> bool:
    if len(parsed.drafts) != 1:
        return False
    draft = parsed.drafts[0]
    named = draft.target.text if draft.target else ""
    return draft.action == "submit" or (
        draft.action in {"click", "press_named"} and bool(_SAVE.match(named))
    )


# "Then I see the error 'A' / And the error 'B'": words seen too, with the seeing unsaid
# "the page shows the logo": what the parts named alone after it are said with
_SHOWS_A_PART = re.compile(
    r"^(?P<lead>.+? (?:(?:should|must) )?(?:shows?|has|have|displays?|contains?|includes?))"
    r" (?:the|a|an|our|its) ",
    re.I,
)
_A_PART_ALONE = re.compile(
    r"^(?:and )?(?:the|a|an|our|its) (?-i:[a-z][a-z-]*(?: [a-z][a-z-]*)*)$", re.I
)
_SEEING = re.compile(r"^(?:I|we|you) (?:should |must |will |can )?(?:also )?see\b", re.I)
_WORDS_ALONE = re.compile(
    rf"^(?:(?:the |an? )?(?:error|message|text|warning|notice) )?{OPEN}\d+{CLOSE}$", re.I
)


_TWICE_DENIED = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\bno longer)(?: (?:to|be|do|does))? (?:not|never|no longer)\b", re.I
)
# "click Save and I am on the dashboard", "go to /admin and I'm on /login": where a step
# left me, which is checked; being there is a visit only before any step ("I am on the
# pricing page, click Pro") or after the journey's setting up ("Given I am signed in and on
# the settings page")
_BEING_ON = re.compile(
    r"^(?P<who>i|we|you|the user)(?: am|['’]m| are|['’]re| is) (?:now |still )?(?=(?:on|at) )",
    re.I,
)
_SETTING_UP = CHECKS | {"sign_in", "wait", "wait_for", "reload"}


def _arrived(text: str, parsed: Parsed, done: list[Draft]) -> bool:
    """Tell "I am on the dashboard" said after a step: where it must have left me."""
    return _goes_to_a_page(parsed) and bool(_BEING_ON.match(text)) and _moved(done)


# "click Save and we go to the dashboard": where the click took us, checked there (a visit
# would follow a Dashboard link and pass whatever Save did); "go to the dashboard", said
# with no one going, or after a page opened, is a step of its own
_GOING_ON = re.compile(
    r"^(?P<who>i|we|you|the user) (?:(?:should|will|must) )?(?:go|goes|get|gets) to (?=\S)", re.I
)
_LEADS = {"click", "press", "press_named", "submit"}


def _led(text: str, parsed: Parsed, before: Parsed | None) -> bool:
    """Tell "we go to the dashboard" said right after a click: where it must have led."""
    clicked = before is not None and bool(before.drafts) and before.drafts[-1].action in _LEADS
    return _goes_to_a_page(parsed) and clicked and bool(_GOING_ON.match(text))


def _moved(done: list[Draft]) -> bool:
    """Whether a step so far may have led elsewhere: more than setting up and checking."""
    return any(d.action not in _SETTING_UP for d in done)


def _goes_to_a_page(parsed: Parsed) -> bool:
    """A page by name, or by its address ("the homepage" is where the test starts)."""
    return [d.action for d in parsed.drafts] in (["visit"], ["goto"])


def _reached(text: str, parsed: Parsed, done: list[Draft]) -> bool:
    """Tell "the homepage loads", "/login loads" said after a step: where the step must have
    led, which is checked; never "go home" nor "On the homepage, …", steps of their own."""
    address = [d.action for d in parsed.drafts] == ["goto"]
    return address and _moved(done) and bool(_LOADS.search(text))


# what a page does once the journey reaches it: "the homepage loads", "… should appear"
_LOADS = re.compile(
    r"\b(?:loads|opens|appears|shows up|comes up|is (?:shown|displayed|loaded)"
    r"|should (?:load|open|appear|be shown|be displayed))$",
    re.I,
)


# "log in; the landing page says Welcome": the page signing in landed on, never the start
_LANDING = re.compile(r"\blanding (?:page|screen)\b", re.I)


def _landed(text: str, parsed: Parsed, done: list[Draft]) -> bool:
    """Tell a check of "the landing page" after signing in, read as going to the start."""
    drafts = parsed.drafts
    start = bool(drafts) and drafts[0].action == "goto" and drafts[0].value == "{{url}}"
    checks = len(drafts) > 1 and all(d.action in CHECKS for d in drafts[1:])
    signed_in = any(d.action == "sign_in" for d in done)
    return start and checks and signed_in and bool(_LANDING.search(text))


def _seen_too(text: str, said_before: str, parse: Callable[[str], Parsed | None]) -> Parsed | None:
    """Read quoted words alone after "I see …" as seen too, and a part of the page alone
    after "the page shows the logo" as shown there too ("…, the nav and the footer")."""
    if _WORDS_ALONE.match(text) and _SEEING.match(said_before):
        return parse(f"I see {text}")
    shows = _SHOWS_A_PART.match(said_before)
    parts = re.split(r",? and |, ", text)
    if shows is None or not all(_A_PART_ALONE.match(part) for part in parts):
        return None
    each = [parse(f"{shows['lead']} {part}") for part in parts]
    drafts = [d for parsed in each if parsed for d in parsed.drafts]
    # "the homepage shows …" goes there again with each part: once is enough
    seen = [d for d in drafts if d.action not in {"goto", "visit"}]
    if None in each or len(seen) != len(parts) or any(d.action != "expect_visible" for d in seen):
        return None
    return Parsed(tuple(seen))


def _last_act(clauses: list[tuple[Parsed | None, str]]) -> Parsed | None:
    """The last clause that acted on the page, past reloads and waits, and past checks of
    the item it named: "add Tea and check it is listed. Then delete it" deletes Tea."""
    acts = [c for c, _ in reversed(clauses) if c is None or not _keeps(c)]
    if len(acts) > 1 and acts[0] is not None and _clears_ticked(acts[0], acts[1]):
        return acts[1]
    for index, parsed in enumerate(acts):
        if parsed is None or not all(d.action in CHECKS for d in parsed.drafts):
            return parsed
        act = next(iter(acts[index + 1 :]), None)
        item = item_named(act.drafts[-1]) if act is not None and act.drafts else None
        if item is None or not all(_names_item(d, item) for d in parsed.drafts):
            return parsed
    return None


_CLEAR_COMPLETED = re.compile(
    r"^clear (?:all )?(?:completed|done|finished)(?: items| tasks| todos)?$", re.I
)


def _clears_ticked(parsed: Parsed, before: Parsed | None) -> bool:
    """Tell "Clear completed" right after an item was ticked: it acts on that item, so "it"
    after is still the item ("complete Milk, clear completed; it should be gone")."""
    return (
        before is not None
        and len(parsed.drafts) == 1
        and parsed.drafts[0].action in {"click", "press_named"}
        and parsed.drafts[0].target is not None
        and bool(_CLEAR_COMPLETED.match(parsed.drafts[0].target.text))
        and len(before.drafts) == 1
        and before.drafts[0].action == "check"
        and item_named(before.drafts[0]) is not None
    )


def _names_item(draft: Draft, item: str) -> bool:
    """Tell a check of an item by its name: its words, or a part of the page it holds."""
    target = draft.target
    return draft.value == item or (target is not None and item in {target.text, target.within})


def _keeps(parsed: Parsed) -> bool:
    """Tell a step that changes nothing on the page: a reload, a wait."""
    return all(d.action in {"reload", "wait", "wait_for"} for d in parsed.drafts)


# Words of time or repetition a text may end with, or a sentence about it.
_WHEN_LAST = re.compile(
    r" (?:again|now|too|still|as well|today|anymore|forever|ever|for long|for good)$", re.I
)
# Words that join texts, or say for whom, when or where: the sentence around a text, not in
# it ("no Walk dog under Completed", "Error in the form": looked for there, or refused).
_MORE_THAN_TEXT = re.compile(
    r" (?:and|or|nor) |, | (?:for|when|if|while|after|before|until|unless|this|that|these"
    r"|those|my|your|his|her|their|our|any)\b"
    r"| (?:in|on|under|below|above|beneath|inside|within|beside|near|next to) (?:the|a|an)\b"
    r"| (?:under|below|above|beneath|beside|next to) \S"
)


def _says_signed_out(phrase: str, parsed: Parsed) -> bool:
    """Tell a step said to be taken signed out: "visit /admin as a guest", "… logged out"."""
    if _SAYS_SIGNED_OUT.search(phrase):
        return True
    return bool(_SIGNED_OUT.match(phrase)) and all(d.action == "goto" for d in parsed.drafts)


# Steps after which the focus is where the page put it, for typing with no field named.
_MOVE_FOCUS = frozenset({"press", "click", "type"})
# "Ada and ada@example.com": two values, a name and an address, for two fields unnamed
_TWO_VALUES = re.compile(r"^[^@\s]+(?: [^@\s]+)* and \S+@\S+\.\w+$")


def _compile(goal: str) -> Plan:
    cut = _cut(goal)
    steps: list[Step] = []
    # "Test the 404 page: visit /nope …": an answer named before the address that gives it
    ahead: tuple[Draft, str] | None = None
    for parsed, phrase in cut.clauses:
        if parsed is None or (_says_signed_out(phrase, parsed) and _signed_in(steps)):
            raise GoalNotUnderstood(phrase)  # "as a guest", once the journey signed in
        if _an_answer_alone(parsed) and not (steps and _answerable(steps[-1])):
            ahead = (parsed.drafts[0], phrase)
            continue
        for draft in parsed.drafts:
            target, action = draft.target, draft.action
            if ahead is not None:
                if action != "goto" or draft.value is None or draft.status:
                    raise GoalNotUnderstood(ahead[1], "which address answers it? open it next")
                draft, ahead = replace(draft, status=ahead[0].status), None
            if target is None and action == "fill":
                target = _field_in_use(steps)
                if target is None and is_email(draft.value or ""):
                    action = "fill_email"  # the page's one e-mail field, found when it runs
                elif target is None and _TWO_VALUES.search(draft.value or ""):
                    raise GoalNotUnderstood(phrase)  # "enter Ada and ada@x.io": into what?
                elif target is None and steps and steps[-1].action in _MOVE_FOCUS:
                    action = "type"  # "press Ctrl+K, type billing": where the focus went
                elif target is None:
                    raise GoalNotUnderstood(phrase)
            if _answer_only(draft):
                steps[-1] = _answering(steps, draft, phrase)  # "… the 404 page says X"
                continue
            step = _step(draft, action, target, phrase)
            if action == "sign_in" and _signed_in(steps) and _SIGNED_IN_USER.search(phrase):
                continue  # "log in and check a logged-in user can …": signed in already
            if _another_role(steps, step):
                raise GoalNotUnderstood(phrase, "a second role: the test has one account")
            if not _opened_again(steps, step):
                steps.append(step)
            elif step.status and not steps[-1].status:  # "visit /old; it should 404"
                steps[-1] = steps[-1].model_copy(update={"status": step.status})
    if ahead is not None:
        raise GoalNotUnderstood(ahead[1], "which address answers it? open it next")
    if not steps:  # only "wait for the page to load": nothing to do
        raise GoalNotUnderstood(" ".join(cut.written.split()))
    steps = _sent(_typed_then_sent(_opened_first(_moves_checked(_fields_said_again(steps)))))
    return Plan(goal=goal, steps=steps, assumptions=cut.assumed)


# "… check the display name is still Ada L": what a field filled before now holds
_FIELD_SAID = re.compile(
    r"^(?:(?:check|verify|confirm|ensure|make sure)(?: that)? )?the (?P<f>[a-z][\w -]*?)"
    r" (?:is|is still|still is|should be|should still be|stays|remains)"
    r" (?=\S)",
    re.I,
)


def _fields_said_again(steps: list[Step]) -> list[Step]:
    """Read "the display name is still Ada L", said of a field the journey filled, as what
    that field holds: never the words anywhere on the page (a greeting "Hi Ada L" would
    show them while the field has lost them)."""
    filled: dict[str, Target] = {}
    read: list[Step] = []
    for step in steps:
        said = _FIELD_SAID.match(step.phrase) if step.action == "expect_text" else None
        field = filled.get(said["f"].lower()) if said and step.target is None else None
        if field is not None:
            step = step.model_copy(update={"action": "expect_value", "target": field})
        if step.action == "fill" and step.target is not None:
            filled[step.target.text.lower()] = step.target
        read.append(step)
    return read


def _answering(steps: list[Step], draft: Draft, phrase: str) -> Step:
    """The address just opened, said to answer an error ("visit /nope: the 404 page says
    X"); refused after any other step, where no address was asked for."""
    if not steps or not _answerable(steps[-1]):
        raise GoalNotUnderstood(phrase, "which address answers it? open it just before")
    return steps[-1].model_copy(update={"status": draft.status})


def _answerable(step: Step) -> bool:
    """Tell an address just opened, whose answer no words have said yet."""
    return step.action == "goto" and step.target is None and not step.status


def _an_answer_alone(parsed: Parsed) -> bool:
    """Tell "Test the 404 page": an answer said alone, with no address."""
    return len(parsed.drafts) == 1 and _answer_only(parsed.drafts[0])


def _answer_only(draft: Draft) -> bool:
    return draft.action == "goto" and draft.value is None and draft.target is None


def _opened_again(steps: list[Step], step: Step) -> bool:
    """Tell the page just opened, said again ("the home page loads and shows the logo",
    "the homepage hero says Hi and has a Sign up button"): with only checks since, opening
    it twice would check nothing more."""
    if step.action != "goto":
        return False
    last = next((s for s in reversed(steps) if s.action not in CHECKS), None)
    if last is None or last.action != "goto" or last.value != step.value:
        return False
    # "… then go to /a again" opens it again, as written: a second visit may differ
    return last is steps[-1] or not _GOES.match(step.phrase)


_GOES = re.compile(r"^(?:then )?(?:go|open|visit|navigate|load|head|return|browse)\b", re.I)


# "as an admin", "as a viewer": a role, which the test's one account plays
_AS_A_ROLE = re.compile(
    r"\bas (?:an?|the) (?P<role>[a-z][\w-]*(?: (?!again|and|then|to|with)[a-z][\w-]*)?)", re.I
)


def _another_role(steps: list[Step], step: Step) -> bool:
    """Tell a sign-in as a role other than one the journey signed in as before ("as an
    admin …, then as a viewer"): the test's account can play only one of them."""
    role = _AS_A_ROLE.search(step.phrase) if step.action == "sign_in" else None
    if role is None or step.value != USERNAME:
        return False
    before = (_AS_A_ROLE.search(s.phrase) for s in steps if s.action == "sign_in")
    return any(said and said["role"].lower() != role["role"].lower() for said in before)


_SIGNED_IN_USER = re.compile(r"\b(?:logged|signed)[- ]in (?:user|visitor|customer|member)", re.I)


def _signed_in(steps: list[Step]) -> bool:
    return any(step.action == "sign_in" for step in steps)


_ADDRESS = re.compile(r"^(?:/|https?://)\S*$")


def _opened_first(steps: list[Step]) -> list[Step]:
    """Open the address a check is said to hold on ("the Buy button is visible on
    /products/oak"), then check the page: an address is no part of a page."""
    opened: list[Step] = []
    at = None  # the address the journey is on, while only checks follow its opening
    for step in steps:
        target = step.target
        if target is not None and target.within and _ADDRESS.match(target.within):
            if target.within != at:
                opened.append(Step(action="goto", value=target.within, phrase=step.phrase))
                at = target.within
            step = step.model_copy(update={"target": target.model_copy(update={"within": None})})
        elif step.action == "goto":
            at = step.value
        elif not step.action.startswith("expect"):
            at = None
        opened.append(step)
    return opened


# Words saying the browser is sent somewhere else: "redirected to", "takes you to".
_MOVED = re.compile(
    r"\b(?:redirect\w*|forward\w*|sent|sends?|taken|takes?|brought|brings?|lands?|landed"
    r"|end(?:s|ed)? up|arrives?|arrived|leads?)\b",
    re.I,
)


def _moves_checked(steps: list[Step]) -> list[Step]:
    """Make a move checkable: "/pricing-old redirects to /pricing" must end at /pricing
    itself, since the address opened already holds '/pricing'; "… to the pricing page"
    names no address to end at, and is refused."""
    checked = steps[:1]
    for before, step in pairwise(steps):
        if (
            before.action == "goto"
            and step.action == "expect_url"
            and step.compare == "contains"
            and _MOVED.search(step.phrase)
            and (step.value or "").lower() in (before.value or "").lower()
        ):
            if not _ADDRESS.match(step.value or ""):
                why = f"'{before.value}' already holds '{step.value}': say the address it ends at"
                raise GoalNotUnderstood(step.phrase, why)
            step = step.model_copy(update={"compare": "equals"})
        checked.append(step)
    return checked


def _step(draft: Draft, action: Action, target: Target | None, phrase: str) -> Step:
    # "takes you to /": the site's root, which every address would contain
    root = action == "expect_url" and draft.value == "/" and draft.compare == "contains"
    try:
        return Step(
            action=action,
            target=target,
            value=draft.value,
            count=draft.count,
            at_least=draft.at_least,
            at_most=draft.at_most,
            compare="equals" if root else draft.compare,
            status=draft.status,
            password=draft.password,
            phrase=phrase,
            only_if=draft.only_if,
            only_if_enabled=draft.only_if_enabled,
        )
    except ValidationError as invalid:  # "http:// redirects …": an address with no site
        why = str(invalid.errors()[0]["msg"]).removeprefix("Value error, ")
        raise GoalNotUnderstood(phrase, why) from None


# A verb and a small word, and nothing after: "log off" and "log on" are the only steps so
_CUT_SHORT = re.compile(
    r"^(?!(?:log|sign) o(?:ff|n)$)[a-z]+ (?:on|to|from|for|the|a|an|into|onto|over|at|with|by"
    r"|of|off)$",
    re.I,
)


def parse_clause(text: str, quotes: Quotes) -> Parsed | None:
    """Read one masked clause with the first rule that understands it."""
    if len(text) > LONGEST_CLAUSE or _OPEN_QUESTION.match(text):
        return None
    if _EVERY_PAGE.search(text) and not _A_COLUMN_FOR_EVERY_ROW.search(text):
        return None
    if _A_RANGE.search(text):
        return None  # a range of counts, which no step checks
    if _CUT_SHORT.match(text):
        return None  # "click on", "go to", "open the": the words that would name it are missing
    if _NOW_AND_THEN.search(text):
        return None  # "the page sometimes shows $0": what happened, never a check or a step
    # "delete row 3", "click Edit in row 2": the third row, never a row that says "3"
    text = _ROW_NUMBERED.sub(r"\g<lead> the \g<n>th \g<part>", text, count=1)
    times = _APPEARS_TIMES.match(text)
    if times:  # "the Book a demo button appears twice": two of them, no more, no fewer
        n = _TIMES[times["n"].lower()] if times["n"].lower() in _TIMES else times["n"].split()[0]
        kind = times["kind"] if n == "1" else f"{times['kind']}s"
        said = f"{times['lead'] or ''}there {'is' if n == '1' else 'are'} {n} {times['x']} {kind}"
        return parse_clause(f"{said}{times['where'] or ''}", quotes)
    if _SIGN_IN_TESTED.match(text):  # "Verify login with valid credentials": signing in,
        return parse_clause("log in with valid credentials", quotes)  # its own check made
    labelled = _CHECK_LABEL.match(text)
    if labelled:  # "Expected: the checkout page shows Pro": that page, then what it shows
        checked = parse_clause(labelled["rest"], quotes)
        drafts = checked.drafts if checked is not None else ()
        if drafts and all(d.action in _SEEN_THERE for d in drafts):
            return checked if drafts[-1].action in CHECKS else None
    titled = _HAS_THE_TITLE.match(text)
    if titled:  # "the homepage has the title Acme", as a title "has" is read with its quotes
        page = "the page" if titled["s"].lower() == "it" else titled["s"]
        has = "contains" if titled["v"].lower() == "has" else "should contain"
        return parse_clause(f"{titled['lead'] or ''}{page}'s title {has} {titled['x']}", quotes)
    signed_out_first = _SIGNED_OUT_FIRST.match(text)
    if signed_out_first:  # before anyone signs in (a later one is refused by read_goal)
        return parse_clause(signed_out_first["body"], quotes)
    leads = _SIGN_IN_LEADS.match(text)
    if leads and (leads["where"] or leads["how"]):
        # "logging in should take me to /dashboard": sign in, then be there; "login with a
        # wrong password shows Invalid": sign in so, then the page shows it ("Login shows
        # Welcome" may be a part named Login)
        signed = parse_clause(f"log in{leads['how'] or ''}", quotes)
        where, shown = leads["where"], leads["shown"]
        there = parse_clause(
            f"I should be on {where}" if where else f"the page shows {shown}", quotes
        )
        if signed is None or there is None:
            return None
        return Parsed(signed.drafts + there.drafts, there.tail)
    done_when = _DONE_WHEN.match(text)
    if done_when:  # "COMPLETE when a success message is shown": what must then be true
        outcome = parse_clause(f"check that {done_when['x']}", quotes)
        checks_only = outcome and all(d.action in CHECKS for d in outcome.drafts)
        return outcome if checks_only else None
    reached = _REACHED_FROM.match(text)
    if reached:
        return _reached_from(reached, quotes)
    text = _RESULTS_FOR.sub(r"search for \g<q> returns \g<x>", text)
    sought = _SEARCH_LEADS.match(text)
    if sought:  # "searching for oak should show Oak Chair first": search, then the results
        searched = parse_clause(f"search for {sought['q']}", quotes)
        found = parse_clause(f"the search returns {sought['x']}", quotes) or parse_clause(
            f"the results show {sought['x']}", quotes
        )
        if searched is None or found is None or any(d.action not in CHECKS for d in found.drafts):
            return None  # "… shows No results for qwerty": a second search, never said
        return Parsed(searched.drafts + found.drafts, found.tail)
    alarmed = _IF_THEN_ALARM.match(text)  # "if the banner says Maintenance, fail"
    alarm = _ALARM_IF.match(f"{alarmed['act']} {alarmed['cond']}" if alarmed else text)
    if alarm:
        held = parse_clause(_what_must_hold(alarm), quotes)
        # "… the homepage stops saying Welcome": that page is opened first, and only checked
        checks = held is not None and all(d.action in _SEEN_THERE for d in held.drafts)
        return held if checks else None
    asked = _ASKED_IF.match(strip_fillers(text))
    if asked:  # "check if the cart is empty": whether it is, never a step done only if so
        text = f"check whether {asked['x']}"
    for said in (text, strip_fillers(text)):  # "When a modal shows, …" is no Gherkin "When"
        conditional = read_conditional(said, quotes, lambda t: parse_clause(t, quotes))
        if conditional is not False:
            return conditional
    if _CONDITIONAL.search(text):
        return None
    fronted = _A_PLACE_THEN_A_STEP.match(text)
    if fronted:  # "… then in the sidebar click Getting started": the click, in the sidebar
        return parse_clause(f"{text[fronted.end() :]} {fronted['scope']}", quotes)
    signed_out = _SIGNED_OUT.match(text)
    if signed_out:
        opened = parse_clause(signed_out["body"], quotes)
        # only an address: "proceed to checkout as a guest" chooses guest checkout there
        navigates = opened is not None and all(d.action == "goto" for d in opened.drafts)
        if navigates or signed_out["said"]:
            return opened if navigates else None
    untyped = _NOTHING_TYPED.match(text)
    if untyped:
        pressed = parse_clause(untyped["body"], quotes)
        presses = pressed is not None and all(d.action in _PRESSES for d in pressed.drafts)
        return pressed if presses else None
    text = done_first(base_verb(strip_subject(drop_adverb(strip_fillers(spell_out(text))))))
    if not text:
        return None
    reached = _REACHED_FROM.match(text)
    if reached:  # "I can open the Docs page from the footer": as said without "I can"
        return _reached_from(reached, quotes)
    # "on the results page again", "the Save button again": that page, that button
    text = _KIND_AGAIN.sub(r"\g<kind>", text)
    text = _SAME_TAB.sub("", text)  # "open Careers in the same tab": as every step does
    # "the top row", "the bottom result": the first or last of a list, never a row named "top"
    text = _TOP_OR_BOTTOM.sub(lambda m: "the first " if m["end"] == "top" else "the last ", text)
    again = repetition(text)
    if again is not None:
        body, count, key_only = again
        key = pressed_key(body, quotes)
        parsed = key or (None if key_only else _read(body, quotes))
        actions = {d.action for d in parsed.drafts} if parsed is not None else set()
        if parsed is not None and actions <= _REPEATABLE and (key or _CLICK_VERB.match(body)):
            return repeated(parsed, count)
        if parsed is not None and not actions <= _SAYS_SOMETHING:
            return None  # "check Remember me twice", "go to Pricing twice": not done twice
    # "the title of the pricing page": the pricing page's title, read with that page
    text = _PART_OF_A_NAMED_PAGE.sub(r"\g<lead>\g<page> page's \g<part>", text, count=1)
    # "the health endpoint /healthz says ok": the endpoint at that address
    text = _NAMED_WITH_ITS_ADDRESS.sub(r"\g<thing> at \g<path>", text, count=1)
    read = _checked_on_a_page(text, quotes) or _read(text, quotes)
    bare = _BARE_NOUN.match(text)
    if (
        read is None
        and bare
        and (bare["first"].lower() in _NOUNS_TOO or not starts_with_verb(text))
    ):
        # "hero image loads", "footer has a Privacy link", "login form shown": a note's
        # part, said without "the" (and without "is")
        said = f"the {text}" if bare["verb"] else f"the {bare['part']} is {bare['state']}"
        noted = _checked_on_a_page(said, quotes) or _read(said, quotes)
        if noted is not None and all(d.action in CHECKS for d in noted.drafts):
            return noted
    return read


# Words that name a part of the page as well as a step: "login button is disabled"
_NOUNS_TOO = frozenset({"login", "logout", "search", "signup", "sign-up", "checkout"})
# A part said first, in lower case and without "the", then what is true of it
_BARE_NOUN = re.compile(
    r"^(?!(?:the|an?|it|its|this|that|these|those|no|none|my|your|our|their|his|her|every"
    r"|each|all|some|any|there|here|one|only|both|either|neither|i|we|you|they|he|she)\b)"
    r"(?P<part>(?P<first>(?-i:[a-z][a-z-]*))(?: (?-i:[a-z][a-z-]*)){0,2})"
    r" (?:(?P<verb>loads?|is|are|shows?|says?|has|have|contains?|displays?|lists?|includes?"
    r"|appears?|should|must|reads?)\b"
    r"|(?P<state>shown|visible|displayed|present|hidden|gone|enabled|disabled)$)",
    re.I,
)


def _reached_from(reached: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "open the Support page from the homepage": that page first, then the link on
    it; "… from the Help menu": the entry in that menu. Anywhere else is refused, never
    dropped."""
    where = reached["where"] or reached["part"]
    name = re.sub(r"^(?:the )?(.+?)(?: page)?$", r"\1", reached["x"], flags=re.I)
    if re.search(r"\b(?:suggestions?|autocomplete)\b", where, re.I):
        # "open Blue Mug from the suggestions": the option named so, as "pick" reads it
        return parse_clause(f"pick {reached['x']} from {where}", quotes)
    if _A_PART_OF_THE_PAGE.search(where):
        return parse_clause(f"open {name} in {where}", quotes)
    if _A_LIST_SAID.search(where):  # "open the product Brass Lamp from the results": there
        opened = parse_clause(f"open {reached['x']}", quotes)
        if opened is None or len(opened.drafts) != 1 or opened.drafts[0].target is None:
            return None
        draft = opened.drafts[0]
        if draft.target is None or draft.target.within:
            return None
        place = re.sub(r"^(?:the|your|my|our) ", "", where, flags=re.I)
        target = draft.target.model_copy(update={"within": place})
        return Parsed((replace(draft, target=target),), opened.tail)
    if _OPENED_FIRST.search(where):  # a menu shows its entries once opened
        menu, entry = parse_clause(f"open {where}", quotes), parse_clause(f"open {name}", quotes)
        return None if menu is None or entry is None else Parsed(menu.drafts + entry.drafts)
    if not _A_PAGE_SAID.search(where):
        return None  # "open the file from the desktop": no page, nor part of one
    start = parse_clause(f"go to {where}", quotes)
    opened = parse_clause(f"{reached['verb']} {reached['x']}", quotes)
    if start is None or opened is None:
        return None
    if any(d.action not in {"goto", "visit"} for d in start.drafts):
        return None
    return Parsed(start.drafts + opened.drafts, opened.tail, opened.focus)


def _what_must_hold(alarm: re.Match[str]) -> str:
    """Say the check that an alarm guards: "fail if the page shows Error" is "the page
    should not show Error", "alert me if the Buy button disappears" is "… is shown"."""
    # "… does not show X": a negation said, which turns the check round once more
    turned = bool(alarm["no"])
    if alarm["x"]:
        verb = "should show" if bool(alarm["stops"]) != turned else "should not show"
        return f"{alarm['s']} {verb} {alarm['x']}"
    if alarm["state"]:
        # "… does not isn't Up" holds no check: nothing, which is refused
        return "" if turned else f"{alarm['s']} is {alarm['state']}"
    shown = "is shown" if bool(alarm["gone"]) != turned else "is not shown"
    where = re.sub(r"^ from ", " in ", alarm["where"] or "")  # "vanishes from the menu"
    return f"{alarm['s']} {shown}{where}"


_A_RESULT = re.compile(r"\b(?:results?|hits?|matche?s?|suggestions?)$", re.I)


def _checked_on_a_page(text: str, quotes: Quotes) -> Parsed | None:
    """Read a check or step said of a page by name ("click Save on /settings", "the pricing
    page shows Pro") as going to that page, then the check or step there."""
    open_page = _ON_THE_PAGE_OPEN.search(text)
    if open_page is not None:
        done = _read(text[: open_page.start()], quotes)
        stays = done is not None and all(d.action in _STAYS - {"visit"} for d in done.drafts)
        return done if stays else None
    named = _ON_A_NAMED_PAGE.search(text) or _ON_AN_ADDRESS.search(text)
    if named is not None:  # "… on the pricing page": any step but one that goes elsewhere
        if _BEING_THERE.search(text[: named.start()]):
            return None  # "check we're back on the start page": being there is the check
        if _AIMED.search(text[: named.start()]):
            return None  # "a webhook pointing at https://…": the address is what it is for
        if _A_RESULT.search(text[: named.start()]):
            return None  # "open the result in the Configuration page": which result, not where
        alone = _ON_AN_ADDRESS.match(text, named.start()) and not text[named.end() :]
        if alone and _page_opened(text[: named.start()]):
            return _read(f"go to {named['page']}", quotes)  # "open the docs at /docs"
        subject = text[: named.start()]
        page_there = _IS_THE_PAGE_THERE.match(subject)
        if _ON_AN_ADDRESS.match(text, named.start()) and page_there:
            # "the sitemap at /sitemap.xml lists /pricing": that page
            subject = f"{page_there['lead'] or ''}the page"
        done = _read(f"{subject}{text[named.end() :]}", quotes)
        allowed = _STAYS
    elif part_of := _A_NAMED_PAGE_S_PART.match(text):
        # "the homepage hero image is visible": that page, then what its part holds
        named = part_of
        done = _read(f"{part_of['lead'] or ''}the {part_of['rest']}", quotes)
        allowed = CHECKS
    else:  # "the pricing page shows Pro": what it shows, or its own title or address
        named = _NAMED_PAGE_SAYS.match(text)
        if named is None:
            return None
        part = f" {named['part'].lower()}" if named["part"] else ""
        said_of = f"the {named['region'].lower()}" if named["region"] else f"the page{part}"
        done = _read(f"{named['lead'] or ''}{said_of} {text[named.end() :]}", quotes)
        allowed = CHECKS if part or named["region"] else _CHECKED_THERE
    # "the Order confirmation page should load" (no check of what it shows): its address
    if done is None or not done.drafts or not all(d.action in allowed for d in done.drafts):
        return None
    there = _read(f"go to {named['page']}", quotes)
    return None if there is None else Parsed(there.drafts + done.drafts, done.tail)


# "the homepage hero image loads", "the pricing page footer is visible": a part of a page
_A_NAMED_PAGE_S_PART = re.compile(
    rf"^{CHECK_LEAD}"
    r"(?P<page>(?:the|your|my|our) (?:homepage|home page|[\w-]+ page))"
    r" (?P<rest>(?:hero|header|footer|sidebar|navigation|navbar|nav|banner|logo)\b.*)$",
    re.I,
)


def _page_opened(said: str) -> bool:
    """Tell "open the docs", said before "at /docs": a page, opened by its address; never
    "open the Settings tab", a part of the page opened there."""
    opened = _OPENED_AT.match(said)
    if opened is None:
        return False
    what = opened["what"].rsplit(" ", 1)[-1].lower()
    part = what in ELEMENT_NOUNS or what in REGIONS or OPENS_A_PART.search(what)
    return what in PAGE_NOUNS or not part


def _read(text: str, quotes: Quotes) -> Parsed | None:
    parsed = _first_reading(text, quotes)
    if parsed is not None and any(_unsure(draft, text) for draft in parsed.drafts):
        return None
    if parsed is not None and _device_dropped(parsed, text):
        return None
    return parsed


def _device_dropped(parsed: Parsed, text: str) -> bool:
    """Tell a reading that lost "in dark mode" or "on mobile" (a browser the run does not
    have) or took it for a place: only words a page shows ("Available on iPhone") keep it."""
    said = ON_A_DEVICE.search(text)
    if said is None:
        return False
    # "Enter 555-0100 in Phone": a field the form names so, as its capital says
    named = re.sub(r"^\S+ (?:an? |the )?", "", said[0])
    field = named[:1].isupper() and any(
        d.action in {"fill", "select"} and d.target is not None and d.target.text == named
        for d in parsed.drafts
    )
    return not field and not any(said[0] in (d.value or "") for d in parsed.drafts)


# Words that say how often or when, where a value would be: "type the password again"
_HOW_OFTEN = re.compile(
    rf"{QUANTIFIED.pattern}|(?:once )?again|once more|too|as well|now|here|there", re.I
)


# Words that start another clause, inside a name or a value: "Active so that the page
# says Done", "Ada to see the confirmation", "2 and you should see Saved"
_RAN_ON = re.compile(
    rf"{NEXT_STEP.pattern}| (?:so that|in order to|to (?:see|check|verify|confirm|make sure)"
    r"|before \w+ing|and (?:you|we|I|it|they|the page) (?:should|must|will|can)"
    r"|and (?:look|watch|wait) for|and (?:also|afterwards) |until|while|whilst|unless"
    r"|(?:which|that) (?:should|must|will)|and (?:double-check|hope|ensure|assert|validate)"
    r"|(?:plus|\+|&) (?:check|verify|confirm|ensure|assert|make sure|see))\b"
)

_DAY_FROM_NOW = re.compile(
    r"^(?:(?:next|last|this|coming|this coming) (?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|week|weekend|month|year)|in \w+ (?:days?|weeks?|months?)"
    r"|\w+ (?:days?|weeks?|months?) (?:from now|ago|later))$",
    re.I,
)
_A_LENGTH = re.compile(r"^\d+ (?:characters?|chars?|letters?|digits?|words?)$", re.I)
_WHEN_WORDS = frozenset({"now", "today", "later", "then", "ago", "soon"})
_A_CLAUSE = re.compile(r"^(?:one |some )?(?:that|which|who|whose)\s", re.I)
_STATED = re.compile(r"\b(?:should|must) (?:say|show|be|appear|display|read|contain)\b")
_TO_SEE = re.compile(r"to (?:see|check|verify|confirm|make sure)\b")


_OPENS = re.compile(
    r"\b(?:appears?|opens?|pops? up|shows? up|drops? down|expands?"
    r"|(?:is|be|are) (?:visible|shown|displayed|open|opened))\b",
    re.I,
)
_QUOTE_MARKS_ONLY = re.compile(r"^[\s\"'“”‘’„«»`]+$")


def _unsure(draft: Draft, text: str) -> bool:
    """Tell a reading whose unquoted value ran on into the next step ("add Pay rent and check
    it is shown"), or whose absence may say more than its text."""
    value = draft.value or ""
    if _QUOTE_MARKS_ONLY.match(value):
        return True  # 'fill the search with "   "': marks around nothing, never those marks
    if value in text and draft.action in {"fill", "select"} and _HOW_OFTEN.fullmatch(value):
        return True  # "type a new password twice", "… again": never the word typed
    if value in text and draft.action not in CHECKS and _A_CLAUSE.match(value):
        return True  # "sign up with an email that already exists": which one, never those words
    if value in text and draft.action == "fill" and _DAY_FROM_NOW.match(value):
        return True  # "set the start date to next Monday": a date, which those words are not
    if value in text and draft.action == "fill" and _A_LENGTH.match(value):
        return True  # "enter 300 characters in the Bio": text that long, never those words
    target = draft.target
    opened = draft.action == "expect_visible" and _OPENS.search(text)
    if opened and target and target.role == "combobox" and target.names_kind:
        return True  # "a dropdown menu appears": a menu that opened, or any select?
    if target and {target.text, target.within} & _WHEN_WORDS:
        return True  # "pick a date 7 days from now": no field or part is named "now"
    said = [value, *((target.text, target.within or "") if target else ())]
    if draft.action not in CHECKS and any(_STATED.search(words) for words in said if words):
        return True  # "fill the name with Ada (Saved should show)": a statement, never typed
    return any(_ran_on(words, text) for words in said) or _unsure_absence(draft, text)


def _ran_on(words: str, text: str) -> bool:
    """Tell a name or value that took in the next clause: "search and check X", "set the
    quantity and check …", "set the quantity to 2 to see …" (never the value "see …")."""
    if not words or words not in text:
        return False
    return bool(_RAN_ON.search(f" {words}")) or (
        text.endswith(f"to {words}") and bool(_TO_SEE.match(f"to {words}"))
    )


def _unsure_absence(draft: Draft, text: str) -> bool:
    """Tell an unquoted absence whose words may say more than the text: "Error again", "Blue
    Mug or Red Mug", "Admin for viewers". The absence of such words holds whatever the page
    shows; read shorter, it may be more than was meant. Quoted, the words are the words."""
    value = draft.value or ""
    if draft.action != "expect_no_text" or value not in text:
        return False
    return bool(_WHEN_LAST.search(value) or _MORE_THAN_TEXT.search(value))


# "Open button visible", "Checkout works": a check said without its verb. No step acts on
# a name or types a value of several words that ends in how a thing is.
_LOOKS = re.compile(
    r"\s(?:visible|shown|displayed|hidden|present|enabled|disabled|works|fails|succeeds)$", re.I
)


def _swallows_a_check(parsed: Parsed, text: str) -> bool:
    """Tell a reading as a step whose name or value took in the state a check said."""
    if not _LOOKS.search(text):
        return False
    for draft in parsed.drafts:
        if draft.action in CHECKS:
            continue
        for words in (draft.value, draft.target.text if draft.target else None):
            if words and " " in words.strip() and _LOOKS.search(words):
                return True
    return False


def _first_reading(text: str, quotes: Quotes) -> Parsed | None:
    for rule in _RULES:
        match = rule.pattern.match(text)
        if match is None:
            continue
        parsed = rule.handler(match, quotes)
        if parsed is not None and _swallows_a_check(parsed, text):
            parsed = None
        if parsed is not None or rule.final:
            return parsed
    # A bare command ("Publish the post") is the last reading: any other wins.
    parsed = parse_assertion(text, quotes, bare=False) or parse_command(text, quotes)
    return None if parsed is None or _swallows_a_check(parsed, text) else parsed


def _sent(steps: list[Step]) -> list[Step]:
    """Sign in with details typed but never sent: "enter valid credentials" said it all.

    Details the goal sends itself next ("… and click Log in", "press Enter"), or that more of
    the form follows ("… then tick Remember me"), stay typed only;
    a sign-in right after that only sends them ("enter my credentials and log in") is one.
    """
    sent: list[Step] = []
    skip = False
    for at, step in enumerate(steps):
        if skip:
            skip = False
            continue
        after = steps[at + 1] if at + 1 < len(steps) else None
        if step.action == "enter_credentials" and after is not None and _sends(step, after):
            step, skip = step.model_copy(update={"action": "sign_in"}), True
        elif step.action == "enter_credentials" and (
            after is None or after.action not in _SENDING | _ON_THE_FORM
        ):
            step = step.model_copy(update={"action": "sign_in"})
        sent.append(step)
    return sent


# The fields a sign-in's details are typed in, by the names people give them
_USER_FIELDS = frozenset(
    {"username", "user name", "user", "login", "email", "e-mail", "email address", "user id"}
)
_PASSWORD_FIELDS = frozenset({"password", "pass", "pwd"})


def _typed_then_sent(steps: list[Step]) -> list[Step]:
    """Read "enter john as username and x as password and log in" as signing in with those
    details: the sign-in after them sends them, never the test's own typed over them."""
    out: list[Step] = []
    for step in steps:
        user, password = out[-2:] if len(out) >= 2 else (None, None)
        if (
            user is not None
            and password is not None
            and _typed_in(user, _USER_FIELDS)
            and _typed_in(password, _PASSWORD_FIELDS)
            and _sends_details(step, (user.value, password.value))
        ):
            update = {"value": user.value, "password": password.value}
            out[-2:] = [step.model_copy(update=update)]
            continue
        out.append(step)
    return out


def _typed_in(step: Step, fields: frozenset[str]) -> bool:
    target = step.target
    return (
        step.action == "fill"
        and target is not None
        and target.within is None
        and target.role in {None, "textbox"}
        and target.text.lower() in fields
    )


def _sends(typed: Step, then: Step) -> bool:
    return _sends_details(then, (typed.value, typed.password))


def _sends_details(then: Step, typed: tuple[str | None, str | None]) -> bool:
    """Tell a sign-in that only sends the details typed before it: its own are the
    defaults, or the same."""
    own = (then.value, then.password)
    defaults = (placeholder("username"), placeholder("password"))
    return then.action == "sign_in" and own in {typed, defaults}


def _field_in_use(steps: list[Step]) -> Target | None:
    """Find the field a target-less "type cats" means: the one the last step touched."""
    for step in reversed(steps):
        if step.target is not None:
            # A click names a field only when it says so ("click the Email field")
            roles = _TYPABLE - {None} if step.action == "click" else _TYPABLE
            typable = step.action in {"click", "fill", "press"} and step.target.role in roles
            return step.target if typable else None
    return None


def _narrowed(text: str, phrase: str, quotes: Quotes) -> str:
    """Name the part of a rejected clause at fault, when the clause says which it is."""
    pair = unclear_pair(base_verb(strip_subject(strip_fillers(text))), quotes)
    if pair is None:
        return phrase
    words = " ".join(quotes.restore(pair).strip(" ,").split())
    return words if words and words in phrase else phrase
