"""Forms sent with an e-mail address alone: "subscribe to the newsletter with a@b.co"."""

from __future__ import annotations

import re

from housecat.plan.grammar.commands import is_email
from housecat.plan.grammar.quotes import Quotes
from housecat.plan.grammar.types import Draft, Parsed, Rule, rule
from housecat.plan.grammar.words import UNNAMEABLE, has_pronoun
from housecat.plan.models import Target


def _sent_with_email(match: re.Match[str], quotes: Quotes) -> Parsed | None:
    """Read "subscribe to the newsletter with a@b.co": its email field, then the form sent."""
    value = quotes.value(match["v"])
    if not is_email(value):
        return None  # "submit the form with Ada": which field is Ada's?
    said = match.groupdict()
    place = said.get("form") or said.get("list")
    if place and (place.lower() in UNNAMEABLE or has_pronoun(place)):
        return None
    if place is None and match["verb"].lower() in {"sign up", "register"}:
        return None  # "sign up with ada@x.io": an account, which more than an address makes
    # Named nowhere, it goes in the page's one e-mail field
    field = Target(text="email", role="textbox", within=place) if place else None
    typed = Draft("fill" if place else "fill_email", target=field, value=value)
    if match["verb"].lower().startswith(("fill", "complete")):
        return Parsed((typed,))
    form = Target(text=place, role="form") if said.get("form") else None
    return Parsed((typed, Draft("submit", target=form)))


BY_EMAIL_RULES: tuple[Rule, ...] = (
    rule(
        r"^(?P<verb>submit|send|fill(?: in| out)?|complete) (?:the |this |our |your )?"
        r"(?:(?P<form>[\w-]+(?: [\w-]+)?) )?form (?:with|using) (?P<v>\S+)$",
        _sent_with_email,
    ),
    rule(
        r"^(?P<verb>subscribe|sign up|register|join)(?: (?:to |for )?(?:the |our |a )?"
        r"(?P<list>newsletter|mailing list|waitlist|waiting list))?"
        r" (?:with|using) (?:the (?:e-?mail|address) )?(?P<v>\S+)$",
        _sent_with_email,
    ),
)
