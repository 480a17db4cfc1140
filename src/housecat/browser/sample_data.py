"""Plausible values for fields a goal asks to fill without saying with what.

"Fill out the form with example data" leaves the values to HouseCat; each field gets one
that its kind accepts (an address for Email, digits for Phone). These values are what is
typed, never what is checked: checks still come from the goal's own words.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

# The first rule whose words a field's name, type or placeholder mentions gives its value.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(words, re.I), value)
    for words, value in (
        (r"e-?mail", "test@example.com"),
        (r"phone|mobile|\btel\b|telephone", "5550100"),
        (r"\burl\b|website|homepage", "https://example.com"),
        (r"zip|postal|post ?code", "10001"),
        (r"pass(?:word|code)?", "Sample-pass-123"),
        (r"first|given|forename", "Sam"),
        (r"last|surname|family", "Sample"),
        (r"company|organi[sz]ation|business", "Example Inc"),
        (r"city|town", "Springfield"),
        (r"address|street", "1 Main Street"),
        (r"country", "United States"),
        (r"state|province|region|county", "California"),
        (r"\bname\b|full name", "Sam Sample"),
        (r"quantity|\bqty\b|amount|number|count|\bage\b", "1"),
        (r"message|comment|note|description|details|feedback|question", "Sample message"),
    )
)
_BY_TYPE = {"email": "test@example.com", "tel": "5550100", "url": "https://example.com"}
_BY_TYPE |= {"number": "1"}


def sample_value(kind: str, words: str) -> str:
    """A value a field of this input type, named with these words, accepts."""
    if kind in _BY_TYPE:
        return _BY_TYPE[kind]
    if kind == "date":
        return datetime.now(UTC).date().isoformat()
    for pattern, value in _RULES:
        if pattern.search(words):
            return value
    return "Sample"
