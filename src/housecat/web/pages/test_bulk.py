"""The ticked tests on `/tests`, changed together: what the form asks, and the notice that
says how it went. The changes themselves are `BulkService`'s, as `POST /api/v1/tests/bulk`."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

from fastapi import Request
from fastapi.responses import Response
from pydantic import ValidationError

from housecat.errors import InvalidInput, describe_fields, field_errors
from housecat.suites.bulk import BULK_MAX, BulkAnswer, BulkRequest
from housecat.suites.fields import TAG
from housecat.web.pages.test_list import TAG_RULE, TestFilters

# What the page offers to do with the ticked tests, and how the notice says it was done.
# Running them is "Run selected" (one execution, in the order shown), not a bulk action.
DONE = {
    "pause": "paused",
    "resume": "resumed",
    "tag": "tagged",
    "untag": "untagged",
    "duplicate": "duplicated",
    "delete": "deleted",
}
NOTICE_COOKIE = "housecat_notice"
NOTICE_PATH = "/tests"


@dataclass(frozen=True)
class BulkNotice:
    """What the last action did, for the list to say."""

    message: str
    all_done: bool

    def cookie(self) -> str:
        return quote(("ok|" if self.all_done else "partly|") + self.message)

    @classmethod
    def of_cookie(cls, value: str) -> BulkNotice | None:
        kind, _, message = unquote(value).partition("|")
        return cls(message, kind == "ok") if message else None


@dataclass(frozen=True)
class BulkForm:
    """The ticked tests, what to do with them, and the list they were ticked on."""

    action: str
    test_ids: list[str]
    tag: str
    confirmed: bool
    back: TestFilters

    @classmethod
    async def read(cls, request: Request) -> BulkForm:
        fields = parse_qs((await request.body()).decode(errors="replace"))
        first = {name: values[0].strip() for name, values in fields.items()}
        ticked = [test_id.strip() for test_id in fields.get("test_ids", []) if test_id.strip()]
        return cls(
            action=first.get("action", ""),
            test_ids=list(dict.fromkeys(ticked)),
            tag=first.get("tag_name", ""),
            confirmed=first.get("confirmed") == "yes",
            # Only the list's query is kept: the answer always goes back to /tests.
            back=TestFilters.of_query(urlsplit(first.get("list_url", "")).query),
        )

    def request(self) -> BulkRequest:
        """The action for BulkService; InvalidInput says what the form lacks."""
        if self.action not in DONE:
            raise InvalidInput("Choose what to do with the ticked tests.")
        verb = self.action if self.action != "untag" else "remove a tag from"
        if not self.test_ids:
            raise InvalidInput(f"Tick the tests to {verb} first.")
        if len(self.test_ids) > BULK_MAX:
            raise InvalidInput(f"Tick at most {BULK_MAX} tests at once.")
        asked: dict[str, object] = {"action": self.action, "ids": self.test_ids}
        if self.action not in ("tag", "untag"):
            return _validated(asked)
        if not self.tag:
            raise InvalidInput(f"Type the tag to {'add' if self.action == 'tag' else 'remove'}.")
        if not TAG.fullmatch(self.tag):
            raise InvalidInput(f"“{self.tag}” is not a tag: {TAG_RULE}")
        return _validated(asked | {"tags": [self.tag]})


def _validated(asked: dict[str, object]) -> BulkRequest:
    try:
        return BulkRequest.model_validate(asked)
    except ValidationError as exc:  # an id no test can have, sent by hand
        raise InvalidInput(describe_fields(field_errors(exc.errors()))) from None


def bulk_notice(answer: BulkAnswer, tag: str = "") -> BulkNotice:
    """Say per outcome what happened: '3 paused; 1 not found'."""
    done = DONE[answer.action] + (f" #{tag}" if tag else "")
    parts = [f"{answer.succeeded} {done}"] if answer.succeeded else []
    reasons: dict[str, int] = {}
    for outcome in answer.results:
        if not outcome.ok:
            reason = why(outcome.id, outcome.error or "")
            reasons[reason] = reasons.get(reason, 0) + 1
    for reason, count in reasons.items():
        parts.append(f"{count} {reason}")
    return BulkNotice("; ".join(parts) + ".", all_done=not answer.failed)


def why(test_id: str, error: str) -> str:
    """A failure's reason without the test's id, so that alike failures count together."""
    reason = error.replace(f"test '{test_id}' ", "")
    return reason if reason == "not found" else f"not changed ({reason})"


def remember(response: Response, notice: BulkNotice) -> Response:
    """Keep the notice for the list the browser is sent back to (a form post, no script)."""
    response.set_cookie(
        NOTICE_COOKIE,
        notice.cookie(),
        max_age=60,
        path=NOTICE_PATH,
        httponly=True,
        samesite="lax",
    )
    return response


def recalled(request: Request) -> BulkNotice | None:
    """The notice an action kept for this page, if any (shown once)."""
    value = request.cookies.get(NOTICE_COOKIE)
    return BulkNotice.of_cookie(value) if value else None


def forget(response: Response) -> Response:
    response.delete_cookie(NOTICE_COOKIE, path=NOTICE_PATH, httponly=True, samesite="lax")
    return response
