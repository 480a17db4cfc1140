"""What the list on `/tests` shows of each test (its tags, suites and environment) and the
filters that narrow it, kept in the page's URL."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from fastapi import Request

from housecat.environments.models import Environment
from housecat.groups.models import Suite
from housecat.suites.models import TestSuiteResponse
from housecat.web.state import environments, groups, suites


@dataclass(frozen=True)
class TestFilters:
    """The list's filters as the URL gives them; empty means any."""

    __test__ = False

    tag: str = ""
    suite_id: str = ""
    environment_id: str = ""

    @classmethod
    def of_query(cls, query: str) -> TestFilters:
        given = dict(parse_qsl(query))
        return cls(**{name: given.get(name, "").strip() for name in cls.__dataclass_fields__})

    @property
    def filtered(self) -> bool:
        return any(asdict(self).values())

    def url(self) -> str:
        query = urlencode({name: value for name, value in asdict(self).items() if value})
        return "/tests" + (f"?{query}" if query else "")


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

    def keeps(self, test: TestSuiteResponse, filters: TestFilters) -> bool:
        """Whether the test passes every filter."""
        in_suite = not filters.suite_id or any(
            suite.id == filters.suite_id for suite in self.suites_of(test.id)
        )
        return (
            in_suite
            and (not filters.tag or filters.tag in test.tags)
            and (not filters.environment_id or test.environment_id == filters.environment_id)
        )


async def list_context(request: Request, filters: TestFilters) -> dict[str, Any]:
    """Return what the list template needs: the tests the filters keep, and where each is."""
    every = (await suites(request).list()).tests
    places = await Places.read(request)
    tags = sorted({tag for test in every for tag in test.tags})
    kept = [test for test in every if places.keeps(test, filters)]
    return {
        "tests": kept,
        "any_tests": bool(every),
        "tags": tags,
        "places": places,
        "filters": filters,
    }


def filters_asked_from(request: Request) -> TestFilters:
    """The filters of the page an htmx request came from (none when not htmx)."""
    return TestFilters.of_query(urlsplit(request.headers.get("hx-current-url", "")).query)
