"""Tell words that cannot be what a statement is about: a step, a person, a sentence."""

from __future__ import annotations

import re

from housecat.plan.grammar.words import (
    DOING,
    DOING_WORDS,
    SERVER_ANSWERS,
    STATEMENT_WORDS,
    starts_with_verb,
)

_DETERMINER = re.compile(r"^(?:the|a|an|this|that|your|my) ", re.I)
_VERB_OBJECT = re.compile(
    r"^\S+ (?:the|a|an|this|that|your|my|all|every)\b"
    # "Click Delete in the third row": a click, which no name of a part starts with
    r"|^(?:click|tap|press|hit|type|fill|navigate|go)(?: on)? (?!here\b)\S",
    re.I,
)
_PEOPLE = frozenset({"i", "we", "you", "he", "she", "they", "me", "us", "him", "her"})
_NO_PLACE = frozenset({"there", "here"})  # "there should now be 20 products": no part of a page
_MODAL_START = re.compile(r"^(?:should|must|will|would|can|could|may|might|shall)\b", re.I)
# "the homepage loads and the hero heading", "Upload a file and verify it": two clauses.
_CLAUSE_IN_SUBJECT = re.compile(
    r"(?:,| and) (?:then |also )?(?:the|a|an|i|you|we|it|verify|check|confirm|ensure|make sure|see"
    r"|click|open|go|wait|expect|assert"
    # "logged in and sees 'My account'": a second statement about the same one
    r"|sees?|gets?|lands?|is|are|has|can|should|must|will)\b"
    # "Refresh the page until the status": a step and its condition, not a part of the page
    r"| (?:until|unless|while|before|after|once) (?:the|a|an|i|you|we|it)\b"
    # "pls check the pricing page": a step said before what it checks
    r"|\b(?:check|verify|confirm|ensure|make sure|assert)(?: that)? (?:the|a|an|this|my|your)\b",
    re.I,
)
_LEAD_CLAUSE = re.compile(
    r"^(?:after|once|when|whenever|before|upon|while|until|as soon as|if|on)\b[^,]*,", re.I
)
_SUBORDINATE = re.compile(
    # "Ping me when the pricing page": a request, then the clause it waits on
    # "After checkout the URL": when, said before the part with no comma between
    r"^(?:once|when|whenever|while|until|unless|if|as soon as|after|before|upon) "
    r"|.+? (?:when|whenever|if|so that) ",
    re.I,
)
_ADDRESS = re.compile(r"^(?:the )?(?:/|https?://|www\.)", re.I)
# "every row", "some rows", "nothing", "most items": how many, which names no one part.
# But "all 12 products" are that many, counted.
_EVERY = re.compile(
    r"^(?:every|each|all(?! \d))\b"
    r"|^only the\b"  # "only the admins have …": these, and no one else
    r"|^(?:some|any|most|many|several|few|none|nothing|nobody|no one)\b"
    r"(?! (?-i:[A-Z0-9]))",  # "Some Assembly Required": a name
    re.I,
)
_NEITHER = re.compile(r"^(?:neither|either)\b| nor ", re.I)
# "an invalid email shows …", "a wrong password shows …": a value typed, told as a subject
_A_VALUE_TYPED = re.compile(
    r"^(?:an?|any) (?:invalid|wrong|bad|incorrect|empty|blank|missing|short|too short|long"
    r"|too long|weak|expired|duplicate|mistyped|malformed|unknown|unregistered)\b",
    re.I,
)
_POSSESSIVE_PRONOUN = re.compile(r"^(?:its|their|his|her|whose)\b", re.I)
# "In /about the page", "On the pricing page the Pro plan": a place run into a subject
_PLACE_FIRST = re.compile(
    r"^(?:on|in|at|inside|within|from) (?:/|https?://|the |my |your |(?:row|line|column) \d"
    r"|(?:success|failure|error)\b)",  # "On failure the page shows …": when, then what
    re.I,
)


_CHANGING = re.compile(r"^(?:edit|rename|change|update|set|make|turn)\b", re.I)


_SEEN_AS = re.compile(
    r" as (?:an?|the) (?:[\w-]+ )?(?:user|guest|visitor|admin|administrator|customer|member)\b",
    re.I,
)


_THERE_AFTER = re.compile(r"(?:,| and) there$", re.I)


# "the clicking the bell", as a subject is tried with an article: still a step ("the
# opening hours" is a thing)
_DOING_WITH_THE = re.compile(rf"^the {DOING_WORDS} (?:the|a|an|my|our|your) ", re.I)


def not_a_subject(subject: str) -> bool:
    """Tell words that cannot be the part of a page a statement is about.

    "Add 3 cases to cart and confirm the cart", "should allow me", "I", "Todd", "there is a
    tip": a step, a helper verb, a person, or a sentence, none of them a place to look.
    """
    words = subject.strip()
    if _LEAD_CLAUSE.match(words) or _SUBORDINATE.match(words):
        return True  # "After clicking Save, the page", "When the dialog": a clause, no subject
    if _ADDRESS.match(words):
        return True  # "/status is not Down": a page at an address, which is opened, not a part
    if _PLACE_FIRST.match(words):
        return True  # "In /about the page says Hi": where, then what, with no comma between
    if _POSSESSIVE_PRONOUN.match(words):
        return True  # "its content": whose? the step before named something we do not keep
    if _EVERY.match(words):
        return True  # "every row says Paid", "some rows show Paid": of how many, not one place
    if SERVER_ANSWERS.match(words):
        return True  # "No 404s": the server's answers, never the words "No 404s"
    if _THERE_AFTER.search(words):
        return True  # "the thing and there are 3 rows": a statement run on, no subject
    if _NEITHER.search(words):
        return True  # "Neither Marketing nor Newsletter is ticked": none of them, or either
    if DOING.match(words) or _DOING_WITH_THE.match(words):
        return True  # "Submitting the form without a message": a step, told as a subject
    if _A_VALUE_TYPED.match(words):
        return True  # "an invalid email shows …": what was typed, which no part of a page is
    if _SEEN_AS.search(words):
        return True  # "the home page as an anonymous user": who looks, never a part's name
    bare = _DETERMINER.sub("", words, count=1)
    # Names may start with a verb ("Sign out button", "the search results"); an instruction
    # has no article and is lower case or long ("Add 3 cases to cart and confirm the cart").
    instruction = (
        bare == words
        and starts_with_verb(bare)
        and (bare[:1].islower() or len(bare.split()) > 3 or bool(_VERB_OBJECT.match(bare)))
    )
    return bool(
        instruction
        or (bare == words and _CHANGING.match(bare))  # "Edit Buy milk to say …": a step
        or _CLAUSE_IN_SUBJECT.search(bare)
        or bare.lower() in _PEOPLE | _NO_PLACE
        or _MODAL_START.match(bare)
        or STATEMENT_WORDS.search(bare)
    )
