"""Errors that carry their meaning: a message for a person and an HTTP status."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class HouseCatError(Exception):
    """Base class: a message a person can act on, and the status it maps to."""

    status_code = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @property
    def headers(self) -> dict[str, str]:
        """HTTP headers the answer to this error carries."""
        return {}


class InvalidInput(HouseCatError):
    """Bad input; `fields` names each field at fault, as request validation does."""

    status_code = 422

    def __init__(self, message: str, fields: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.fields = fields or {}

    @classmethod
    def of(cls, fields: dict[str, str]) -> InvalidInput:
        return cls(describe_fields(fields), fields)


class Unauthorized(HouseCatError):
    status_code = 401


class Forbidden(HouseCatError):
    status_code = 403


class TooManyAttempts(HouseCatError):
    """Too many wrong tokens from one address; it may try again after a while."""

    status_code = 429

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(f"too many wrong API tokens; try again in {retry_after_s} s")
        self.retry_after_s = retry_after_s

    @property
    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after_s)}


class NotFound(HouseCatError):
    status_code = 404


class Conflict(HouseCatError):
    status_code = 409


class StateUnavailable(HouseCatError):
    """Redis (or the embedded Valkey) cannot be reached."""

    status_code = 503


class GoalNotUnderstood(InvalidInput):
    """A goal holds a phrase the planner cannot turn into a step."""

    def __init__(self, phrase: str, why: str = "") -> None:
        super().__init__(f"cannot understand: '{phrase}'" + (f" ({why})" if why else ""))
        self.phrase = phrase  # the goal's own words, so that its author can find them
        self.why = why


def field_errors(errors: Sequence[Any]) -> dict[str, str]:
    """Name each invalid field of pydantic's error list (dotted path) with its reason."""
    fields: dict[str, str] = {}
    for error in errors:
        loc = [str(part) for part in error["loc"] if part not in ("body", "query", "path")]
        name = ".".join(loc) or "body"
        if error["type"] == "extra_forbidden":
            reason = "unknown field"
        elif error["type"] == "json_invalid":
            name, reason = "body", "is not valid JSON"
        else:
            reason = str(error["msg"]).removeprefix("Value error, ")
        fields.setdefault(name, reason)
    return fields


def describe_fields(fields: dict[str, str]) -> str:
    """Join field errors into one sentence: 'url: must be …; name: …'."""
    return "; ".join(f"{name}: {reason}" for name, reason in fields.items())
