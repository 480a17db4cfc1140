"""Read steps about the page itself: scrolling, and answering cookie banners and pop-ups."""

from __future__ import annotations

import re

from housecat.plan.grammar.quotes import CLOSE, OPEN, Quotes
from housecat.plan.grammar.types import Parsed, Rule, one, rule
from housecat.plan.models import Target

# The button each verb presses is named after it: "decline the cookies" clicks Decline.
_ANSWERS = {
    "accept": "Accept",
    "agree to": "Agree",
    "allow": "Allow",
    "cancel": "Cancel",
    "dismiss": "Dismiss",
    "close": "Close",
    "confirm": "Confirm",
    "decline": "Decline",
    "refuse": "Refuse",
    "reject": "Reject",
}
CONSENT = r"(?:cookies?|consent|privacy|gdpr)"
SHAPES = r"(?:banner|notice|policy|bar|popup|pop-up|dialog|modal|prompt|message|box|window|overlay)"


def _scroll(match: re.Match[str], _quotes: Quotes) -> Parsed | None:
    # Clicking, typing and checking bring the element into view by themselves; the part
    # scrolled to is only what "it" means next ("scroll to the footer; it shows Contact").
    part = match["part"] or match["named"]
    if part and not match["named"]:
        part = part.split()[-1].lower()  # "the page footer" is the footer
    return Parsed((), focus=part)


def _answer(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Click the banner's or pop-up's button named after the verb ("Accept", "Close")."""
    label = _ANSWERS[" ".join(match["verb"].lower().split())]
    if match["all"]:
        label += " all"
    if match["by"]:
        label = quotes.value(match["by"])
    # A cookie banner is rarely a dialog, so its button is looked for on the whole page;
    # a pop-up, modal or dialog is one, and its button is looked for inside it.
    within = None if match["consent"] else (match["message"] or "dialog").lower()
    clicked = one("click", target=Target(text=label, role="button", within=within))
    # "close the modal and check it's gone": "it" is the pop-up answered
    shape = match["shape"] or match["message"]
    return Parsed(clicked.drafts, focus=shape.lower() if shape else None)


PAGE_RULES: tuple[Rule, ...] = (
    rule(
        r"^scroll(?: (?:all the way|right|back|further|a bit|a little(?: bit)?|some))?"
        r"(?: (?:up|down))?(?: (?:a bit|a little(?: bit)?|some|more|further))?"
        r"(?: (?:the|this) page| on the page)?"
        r"(?: (?:to|towards|until you reach|till you reach|until you get to) (?:the )?(?:very )?"
        r"(?:top|bottom|end|start|(?P<part>footer|header|page footer|page header)"
        r"|(?P<named>(?:\S+ ){1,2}(?:section|form|panel|area)))"
        r"(?: of (?:the|this) page)?)?$",
        _scroll,
    ),
    rule(
        r"^(?P<verb>accept|agree to|allow|cancel|dismiss|close|confirm|decline|refuse|reject)"
        r"(?P<all> all)?"
        # "confirm in the dialog": its button there, as "confirm the dialog"
        r" (?:in |on )?(?:the |this |that |any |all )?"
        rf"(?:(?P<consent>{CONSENT}(?: {CONSENT})?(?: {SHAPES})?)"
        rf"|(?:(?:[a-z-]+|{OPEN}\d+{CLOSE}) )?(?P<shape>popup|pop-up|dialog|modal|overlay|lightbox)"
        r"(?: (?:window|box))?"
        r"|(?P<message>flash(?: message| notice)?|notification|toast|alert))"
        # "close the modal with the X button": that button in it, not one named after the verb
        rf"(?: (?:with|using|by clicking(?: on)?) (?:the |its )?(?P<by>[\w×✕]+|{OPEN}\d+{CLOSE})"
        r"(?: button| icon)?)?$",
        _answer,
        final=True,
    ),
)
