"""What `/api/v1/tests` should answer, computed the slow way: every stored test read and
filtered and sorted in Python, to compare the indexed answers with."""

from __future__ import annotations

import functools
import json
import re
from datetime import datetime
from typing import Any

import redis
from fastapi.testclient import TestClient

Params = dict[str, Any]


def _unix(moment: str) -> float:
    return datetime.fromisoformat(moment.replace("Z", "+00:00")).timestamp() if moment else 0.0


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _matches(test: dict[str, str], params: Params) -> bool:
    result = (
        test["last_result"] if test["last_result"] in ("passed", "failed", "error") else "never"
    )
    tags = set(json.loads(test.get("tags") or "[]"))
    text = _words(test["name"]) | _words(test["goal"]) | _words(test.get("description", ""))
    created = _unix(test["created_at"])
    wanted = params.get("tag", [])
    return (
        params.get("status", test["status"]) == test["status"]
        and params.get("last_result", result) == result
        and set(wanted if isinstance(wanted, list) else [wanted]) <= tags
        and params.get("category", test.get("category", "")).casefold()
        == test.get("category", "").casefold()
        and params.get("environment_id", test.get("environment_id", ""))
        == test.get("environment_id", "")
        and params.get("template_id", test.get("template_id", "")) == test.get("template_id", "")
        and _words(params.get("q", "")) <= text
        and created >= _unix(params.get("created_after", ""))
        and (not params.get("created_before") or created < _unix(params["created_before"]))
    )


def expected_ids(db: redis.Redis, params: Params) -> list[str]:
    """The ids of every stored test that matches `params`, in the order they ask for."""
    tests = [db.hgetall(f"test:{test_id}") for test_id in db.smembers("tests:all")]
    kept = [test for test in tests if test and _matches(test, params)]
    if "suite_id" in params:
        listed = set(db.lrange(f"suite_tests:{params['suite_id']}", 0, -1))
        kept = [test for test in kept if test["id"] in listed]
    keys = [part.strip() for part in params.get("sort", "-created_at").split(",")]

    def value(test: dict[str, str], field: str) -> Any:
        if field == "name":
            return test["name"].casefold()
        return _unix(test[field])

    def compare(a: dict[str, str], b: dict[str, str]) -> int:
        for key in keys:
            field, sign = key.removeprefix("-"), -1 if key.startswith("-") else 1
            x, y = value(a, field), value(b, field)
            if x != y:
                return sign * (-1 if x < y else 1)
        sign = -1 if keys[-1].startswith("-") else 1
        return sign * (-1 if a["id"] < b["id"] else 1 if a["id"] > b["id"] else 0)

    return [test["id"] for test in sorted(kept, key=functools.cmp_to_key(compare))]


def every_page(api: TestClient, sent: Params) -> list[str]:
    """Follow `next_cursor` to the end; each page's total is the same (every test, when
    starting from the first page)."""
    params = dict(sent)
    ids: list[str] = []
    cursor: str | None = params.pop("cursor", None)
    first = cursor is None
    totals = set()
    while True:
        sent = params | ({"cursor": cursor} if cursor else {})
        answer = api.get("/api/v1/tests", params=sent)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        ids += [test["id"] for test in body["tests"]]
        totals.add(body["total"])
        cursor = body["next_cursor"]
        if cursor is None:
            assert len(totals) == 1 and (not first or totals == {len(ids)}), (totals, len(ids))
            return ids
        assert len(body["tests"]) == params.get("limit", 50)


def assert_answers_match(api: TestClient, db: redis.Redis, queries: list[Params]) -> None:
    for params in queries:
        assert every_page(api, params) == expected_ids(db, params), params
