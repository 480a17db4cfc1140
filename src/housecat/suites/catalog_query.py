"""One page of `/api/v1/tests`: filters, search, sort keys and an opaque cursor, answered
from the catalog's indexes (`catalog_index.py`) in one script, one round trip.

The cursor holds the sort values of the last test a page showed. The next page starts
strictly after them in the same order, so tests created or deleted between two pages never
shift or repeat the tests that follow. A cursor is valid only with the sort and the filters
it was made for.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, cast

from redis.asyncio import Redis

from housecat import keys
from housecat.errors import InvalidInput
from housecat.projects.context import current_project
from housecat.suites.catalog_index import category_value, words
from housecat.suites.models import TestSuiteResponse

SortField = Literal["name", "created_at", "last_run_at"]
# Each sort field and the index that orders it (the script's name for it).
INDEXES: dict[str, str] = {"name": "name", "created_at": "created", "last_run_at": "last_run"}
DEFAULT_SORT = "-created_at"
LIMIT_DEFAULT = 50
LIMIT_MAX = 200
BAD_CURSOR = "is not a cursor this API gave; ask for the first page again"

_QUERY = (
    (Path(__file__).parent / "catalog_query.lua")
    .read_text()
    .replace("__CATALOG__", keys.CATALOG)
    .replace("__TEST__", keys.test(""))
)


@dataclass(frozen=True)
class SortKey:
    field: SortField
    descending: bool


@dataclass(frozen=True)
class TestQuery:
    """What a client asks of `/api/v1/tests`: every filter optional, all of them must hold."""

    __test__ = False

    status: str | None = None
    last_result: str | None = None
    tags: tuple[str, ...] = ()
    category: str | None = None
    suite_id: str | None = None
    environment_id: str | None = None
    template_id: str | None = None
    q: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort: tuple[SortKey, ...] = (SortKey("created_at", descending=True),)
    limit: int = LIMIT_DEFAULT
    cursor: str | None = None

    def sets(self) -> list[str]:
        """The catalog sets a test must be in: one per filter value, one per searched word."""
        found = [keys.catalog_set("tag", tag) for tag in self.tags]
        project = current_project()
        if project is not None:
            found.append(keys.catalog_set("project", project))
        if self.status:
            found.append(keys.catalog_set("status", self.status))
        if self.last_result:
            found.append(keys.catalog_set("result", self.last_result))
        if self.category:
            found.append(keys.catalog_set("category", category_value(self.category)))
        if self.environment_id:
            found.append(keys.catalog_set("environment", self.environment_id))
        if self.template_id:
            found.append(keys.catalog_set("template", self.template_id))
        if self.q is not None:
            searched = words(self.q)
            if not searched:
                raise InvalidInput.of({"q": "has no words to search for"})
            found += [keys.catalog_set("word", word) for word in searched]
        return found

    def filters(self) -> str:
        """The filters, as a short digest a cursor carries."""
        moments = [m and unix_of(m) for m in (self.created_after, self.created_before)]
        sent = [
            self.status,
            self.last_result,
            sorted(self.tags),
            self.category,
            self.suite_id,
            self.environment_id,
            self.template_id,
            self.q,
            moments,
        ]
        return hashlib.sha256(json.dumps(sent).encode()).hexdigest()[:12]

    def sort_text(self) -> str:
        return ",".join(("-" if key.descending else "") + key.field for key in self.sort)


@dataclass(frozen=True)
class CatalogPage:
    tests: list[TestSuiteResponse]
    total: int
    next_cursor: str | None = field(default=None)


def parse_sort(text: str) -> tuple[SortKey, ...]:
    """Read `name,-created_at`: keys by priority, '-' for descending; 422 naming `sort`."""
    sort: list[SortKey] = []
    for part in text.split(","):
        name = part.strip().removeprefix("-")
        if name not in INDEXES:
            allowed = ", ".join(INDEXES)
            raise InvalidInput.of(
                {
                    "sort": f"'{part.strip()}' is not a sort key: use {allowed}, '-' before one "
                    "for descending, several separated by commas"
                }
            )
        if any(key.field == name for key in sort):
            raise InvalidInput.of({"sort": f"'{name}' is named twice"})
        sort.append(SortKey(cast(SortField, name), descending=part.strip().startswith("-")))
    return tuple(sort)


def unix_of(moment: datetime) -> float:
    """A time as unix seconds; one without a zone is taken as UTC."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def _cursor(query: TestQuery, after: list[str]) -> str:
    sent = {"s": query.sort_text(), "f": query.filters(), "a": after}
    return base64.urlsafe_b64encode(json.dumps(sent).encode()).decode().rstrip("=")


def _after(query: TestQuery) -> list[str] | None:
    """The sort values a cursor resumes after, checked against the query it is sent with."""
    if query.cursor is None:
        return None
    try:
        padded = query.cursor + "=" * (-len(query.cursor) % 4)
        sent = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        after, sort, filters = sent["a"], sent["s"], sent["f"]
    except (ValueError, binascii.Error, TypeError, KeyError):
        raise InvalidInput.of({"cursor": BAD_CURSOR}) from None
    if sort != query.sort_text():
        raise InvalidInput.of({"cursor": f"was made for sort={sort}; send the same sort"})
    if filters != query.filters():
        raise InvalidInput.of({"cursor": "was made for other filters; send the same filters"})
    values = after if isinstance(after, list) else []
    if len(values) != len(query.sort) + 1 or not all(isinstance(v, str) for v in values):
        raise InvalidInput.of({"cursor": BAD_CURSOR})
    for key, value in zip(query.sort, values, strict=False):
        if key.field != "name" and not _is_score(value):
            raise InvalidInput.of({"cursor": BAD_CURSOR})
    return cast(list[str], values)


def _is_score(value: str) -> bool:
    try:
        return math.isfinite(float(value))
    except ValueError:
        return False


class Catalog:
    """Answer pages of tests from the catalog's indexes."""

    def __init__(self, redis: Redis) -> None:
        self._query = redis.register_script(_QUERY)

    async def page(self, query: TestQuery) -> CatalogPage:
        sent: dict[str, object] = {
            "limit": query.limit,
            "sort": [[INDEXES[key.field], -1 if key.descending else 1] for key in query.sort],
            "sets": query.sets(),
        }
        if query.suite_id:
            sent["listed"] = keys.suite_tests(query.suite_id)
        after = _after(query)
        if after is not None:
            sent["after"] = after
        if query.created_after or query.created_before:
            low, high = query.created_after, query.created_before
            sent["created"] = [
                "-inf" if low is None else repr(unix_of(low)),
                "+inf" if high is None else repr(unix_of(high)),
            ]
        total, more, last, rows = await self._query(args=[json.dumps(sent)])
        tests = [
            TestSuiteResponse.from_hash(dict(zip(flat[::2], flat[1::2], strict=True)))
            for _, flat in rows
            if flat
        ]
        next_cursor = _cursor(query, last) if more else None
        return CatalogPage(tests=tests, total=int(total), next_cursor=next_cursor)
