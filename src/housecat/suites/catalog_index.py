"""The catalog of `/api/v1/tests`: sorted sets and sets that answer a filtered, sorted page.

Every key is in `keys.py` (`CATALOG_*`) and docs/data-model.md. The Lua functions in
`catalog_index.lua` run inside the scripts that write a test (`suites/store.py`) and its
latest result (`runs/store.py`), so the indexes change in the same step as the hash. What
Lua cannot compute the way Python does (casefolding, words) is sent as a `catalog_doc`.
Tests stored before the catalog existed are indexed once, at startup (`build_catalog`).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.accounts.roles import DEFAULT_PROJECT

log = logging.getLogger(__name__)

VERSION = "4"  # 2: tests are filed by environment; 3: by template; 4: by project
BACKFILL_BATCH = 500
WORD = re.compile(r"\w+")
# The hash fields whose words make a test findable by `q`.
SEARCHED = ("name", "goal", "description")

CATALOG_LUA = (
    (Path(__file__).parent / "catalog_index.lua")
    .read_text()
    .replace("__CATALOG__", keys.CATALOG)
    .replace("__TEST__", keys.test(""))
)

# Record a test's latest result while it exists (the first command of a run's MULTI).
SET_LATEST = (
    CATALOG_LUA
    + """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
catalog_index(ARGV[1], {last_run = ARGV[2]})
return 1
"""
)

# Index a test stored before the catalog, unless it changed or went since it was read.
_BACKFILL = (
    CATALOG_LUA
    + """
if redis.call('EXISTS', KEYS[1]) == 0 then return 1 end
local now = redis.call('HMGET', KEYS[1], 'updated_at', 'last_run_at')
if (now[1] or '') ~= ARGV[2] or (now[2] or '') ~= ARGV[3] then return 0 end
catalog_index(ARGV[1], cjson.decode(ARGV[4]))
return 1
"""
)


def words(text: str) -> list[str]:
    """The words `q` can find a text by: casefolded, each once."""
    return sorted(set(WORD.findall(text.casefold())))


def sort_name(name: str) -> str:
    """The name as the catalog orders it: casefolded (a NUL would end it early in Lua)."""
    return name.casefold().replace("\0", "")


def category_value(category: str) -> str:
    """The category as the catalog files it: any case finds it."""
    return category.strip().casefold()


def score(moment: str) -> str:
    """An ISO-8601 time as a sorted-set score (unix seconds); 0 when none or unreadable."""
    try:
        return repr(datetime.fromisoformat(moment.replace("Z", "+00:00")).timestamp())
    except ValueError:
        return "0"


def catalog_doc(fields: Mapping[str, str], *, new: bool) -> str:
    """What the catalog needs of these hash fields (all of them for a test entering it)."""
    doc: dict[str, object] = {}
    sources: dict[str, list[str]] = {}
    if new:
        doc["created"] = score(fields.get("created_at", ""))
    if new or "last_run_at" in fields:
        doc["last_run"] = score(fields.get("last_run_at", ""))
    if "name" in fields:
        doc["name"] = sort_name(fields["name"])
    for field in SEARCHED:
        if field in fields:
            sources[f"words:{field}"] = words(fields[field])
    if "category" in fields:
        category = category_value(fields["category"])
        sources["category"] = [category] if category else []
    if "tags" in fields:
        sources["tags"] = json.loads(fields["tags"] or "[]")
    if "environment_id" in fields:
        sources["environment"] = [fields["environment_id"]] if fields["environment_id"] else []
    if "template_id" in fields:
        sources["template"] = [fields["template_id"]] if fields["template_id"] else []
    if new or "project" in fields:
        sources["project"] = [fields.get("project") or DEFAULT_PROJECT]
    doc["sources"] = sources
    return json.dumps(doc)


async def build_catalog(redis: Redis) -> int:
    """Index every test the catalog does not know yet, once; return how many were indexed.

    Safe to run in several processes at once and to run again: indexing a test twice
    leaves what indexing it once does. A test written while it is read is read again.
    """
    if await redis.get(keys.CATALOG_VERSION) == VERSION:
        return 0
    test_ids = sorted(cast(set[str], await redis.smembers(keys.TESTS_ALL)))
    if not test_ids:
        return 0  # nothing to index: an empty install keeps no key
    backfill = redis.register_script(_BACKFILL)
    indexed = 0
    while test_ids:
        batch, test_ids = test_ids[:BACKFILL_BATCH], test_ids[BACKFILL_BATCH:]
        async with redis.pipeline(transaction=False) as pipe:
            for test_id in batch:
                pipe.hgetall(keys.test(test_id))
            hashes = cast(list[dict[str, str]], await pipe.execute())
        async with redis.pipeline(transaction=False) as pipe:
            for test_id, fields in zip(batch, hashes, strict=True):
                seen = [fields.get("updated_at", ""), fields.get("last_run_at", "")]
                doc = catalog_doc(fields, new=True)
                await backfill(keys=[keys.test(test_id)], args=[test_id, *seen, doc], client=pipe)
            done = await pipe.execute()
        changed = [test_id for test_id, ok in zip(batch, done, strict=True) if not ok]
        indexed += len(batch) - len(changed)
        test_ids += changed  # written meanwhile: read it again
    await redis.set(keys.CATALOG_VERSION, VERSION)
    log.info("catalog: indexed %d tests", indexed)
    return indexed
