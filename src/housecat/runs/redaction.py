"""Take secret values out of everything a run keeps, however the page spelled them.

The executor already hides secrets from the reasons it gives; a page can still put one
where nobody looks for it: a form sent by GET leaves it in the URL (percent-encoded), a
locator can quote it. Every string of a run's account is scrubbed before it is kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar
from urllib.parse import quote, quote_plus

from pydantic import BaseModel

from housecat.plan.variables import redact

Model = TypeVar("Model", bound=BaseModel)


def spellings(secrets: Iterable[str]) -> set[str]:
    """Each secret as typed, and as a URL writes it."""
    forms: set[str] = set()
    for secret in secrets:
        if secret:
            forms |= {secret, quote(secret, safe=""), quote_plus(secret), quote(secret)}
    return forms


def scrubbed(model: Model, secrets: Iterable[str]) -> Model:
    """Return the model with every spelling of every secret replaced by the mask."""
    forms = spellings(secrets)
    if not forms:
        return model
    data = _scrub(model.model_dump(mode="json"), forms)
    return type(model).model_validate(data)


def _scrub(value: object, forms: set[str]) -> object:
    if isinstance(value, str):
        return redact(value, forms)
    if isinstance(value, list):
        return [_scrub(item, forms) for item in value]
    if isinstance(value, dict):
        return {key: _scrub(item, forms) for key, item in value.items()}
    return value
