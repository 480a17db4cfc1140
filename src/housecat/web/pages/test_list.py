"""What the list on `/tests` shows of each test (its tags, suites and environment), and the
filters, search and order that narrow it, kept in the page's URL and answered a page at a
time from the catalog's indexes (never by reading every test)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from fastapi import Request

from housecat.environments.models import Environment
from housecat.errors import InvalidInput
from housecat.groups.models import Suite
from housecat.suites.catalog_index import words
from housecat.suites.catalog_query import (
    DEFAULT_SORT,
    LIMIT_MAX,
    Catalog,
    CatalogPage,
    TestQuery,
    parse_sort,
)
from housecat.suites.fields import TAG
from housecat.web.state import app_state, environments, groups

PAGE_SIZE = LIMIT_MAX
STATUSES = {"active": "Active", "paused": "Paused", "error": "Error"}
RESULTS = {"passed": "Passed", "failed": "Failed", "error": "Error", "never": "Never run"}
# The orders offered: each as the catalog's sort keys, and as the page names it.
SORTS = {
    DEFAULT_SORT: "Newest first",
    "created_at": "Oldest first",
    "name": "Name, A to Z",
    "-name": "Name, Z to A",
    "-last_run_at": "Last run, latest first",
    "last_run_at": "Last run, longest ago first",
}
Q_MAX = 200
TAG_RULE = "a tag is 1 to 40 lowercase letters, digits, - and _, starting with a letter or digit."
NARROWING = ("tag", "suite_id", "environment_id", "status", "last_result", "q")


@dataclass(frozen=True)
class TestFilters:
    """The list's filters, search, order and page as the URL gives them; empty means any."""

    __test__ = False

    tag: str = ""
    suite_id: str = ""
    environment_id: str = ""
    status: str = ""
    last_result: str = ""
    q: str = ""
    sort: str = DEFAULT_SORT
    cursor: str = ""

    @classmethod
    def of_query(cls, query: str) -> TestFilters:
        given = {name: value.strip() for name, value in parse_qsl(query) if value.strip()}
        return cls(**{name: given[name] for name in cls.__dataclass_fields__ if name in given})

    @property
    def filtered(self) -> bool:
        """Whether anything narrows the list (the order and the page do not)."""
        return any(getattr(self, name) for name in NARROWING)

    def url(self, cursor: str = "") -> str:
        """Return the list's URL with these filters, at the page `cursor` starts (or the first)."""
        given = asdict(replace(self, cursor=cursor)) | {"sort": self.sort_if_not_default}
        query = urlencode({name: value for name, value in given.items() if value})
        return "/tests" + (f"?{query}" if query else "")

    @property
    def here(self) -> str:
        """The URL of the page these filters show."""
        return self.url(self.cursor)

    @property
    def sort_if_not_default(self) -> str:
        return "" if self.sort == DEFAULT_SORT else self.sort

    def query(self) -> TestQuery:
        """Say what to ask the catalog; InvalidInput names each field at fault."""
        errors: dict[str, str] = {}
        if self.tag and not TAG.fullmatch(self.tag):
            errors["tag"] = f"“{self.tag}” is not a tag: {TAG_RULE}"
        if self.status and self.status not in STATUSES:
            errors["status"] = f"“{self.status}” is not a status a test has."
        if self.last_result and self.last_result not in RESULTS:
            errors["last_result"] = f"“{self.last_result}” is not a result a test has."
        if len(self.q) > Q_MAX:
            errors["q"] = f"Search for at most {Q_MAX} characters."
        elif self.q and not words(self.q):
            errors["q"] = "Type a word to search for: letters or digits, not only punctuation."
        if self.sort not in SORTS:
            errors["sort"] = "Choose one of the orders offered."
        if errors:
            raise InvalidInput.of(errors)
        return TestQuery(
            status=self.status or None,
            last_result=self.last_result or None,
            tags=(self.tag,) if self.tag else (),
            suite_id=self.suite_id or None,
            environment_id=self.environment_id or None,
            q=self.q or None,
            sort=parse_sort(self.sort),
            limit=PAGE_SIZE,
            cursor=self.cursor or None,
        )


@dataclass(frozen=True)
class Places:
    """Where tests belong: the suites that list each, and the environments by id."""

    suites: list[Suite]
    environments: dict[str, Environment]

    @classmethod
    async def read(cls, request: Request) -> Places:
        listed = (await groups(request).list()).suites
        found = (await environments(request).list()).environments
        ordered = sorted(listed, key=lambda suite: suite.name.casefold())
        return cls(suites=ordered, environments={env.id: env for env in found})

    def suites_of(self, test_id: str) -> list[Suite]:
        return [suite for suite in self.suites if test_id in suite.test_ids]


async def list_context(request: Request, filters: TestFilters, **extra: Any) -> dict[str, Any]:
    """Return what the list template needs: the page of tests the filters keep, and where
    each is; InvalidInput names the filters at fault."""
    catalog = Catalog(app_state(request).redis)
    page = await catalog.page(filters.query())
    return {
        "tests": page.tests,
        "total": page.total,
        "any_tests": page.total > 0 or await _any_tests(catalog, filters),
        # Suggested in the tag box: the tags of the tests shown (the catalog keeps no tag list).
        "tags": sorted({tag for test in page.tests for tag in test.tags} | {filters.tag} - {""}),
        "more": filters.url(page.next_cursor) if page.next_cursor else None,
        **await filters_context(request, filters),
        **extra,
    }


async def filters_context(request: Request, filters: TestFilters) -> dict[str, Any]:
    """What the filter form needs whatever the list holds."""
    return {
        "filters": filters,
        "places": await Places.read(request),
        "statuses": STATUSES,
        "results": RESULTS,
        "sorts": SORTS,
        "errors": {},
    }


async def _any_tests(catalog: Catalog, filters: TestFilters) -> bool:
    """Whether any test at all exists (asked only when the filters keep none)."""
    if not filters.filtered and not filters.cursor:
        return False
    empty: CatalogPage = await catalog.page(TestQuery(limit=1))
    return empty.total > 0


def filters_asked_from(request: Request) -> TestFilters:
    """The filters of the page an htmx request came from (none when not htmx)."""
    return TestFilters.of_query(urlsplit(request.headers.get("hx-current-url", "")).query)
