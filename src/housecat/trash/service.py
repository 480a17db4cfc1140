"""Restore and purge deleted records; retention empties the trash on its own."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.audit.models import PURGE, RESTORE
from housecat.audit.store import record
from housecat.browser_configs.store import browser_config_store
from housecat.clock import iso, now_iso
from housecat.environments.store import environment_store
from housecat.errors import Conflict, NotFound
from housecat.groups.store import GroupStore
from housecat.named.store import NamedStore
from housecat.services import Services
from housecat.suites.models import TestSuiteResponse
from housecat.suites.service import SuiteService
from housecat.trash.keep import Kind
from housecat.trash.models import Emptied, Purged, Restored, TrashItem, TrashList
from housecat.trash.store import Kept, TrashStore

DAY_S = 86_400
KIND_WORDS = {
    "test": "test",
    "suite": "suite",
    "environment": "environment",
    "browser_config": "browser configuration",
}


class TrashService:
    """The trash use cases: list, restore, purge, empty, and the retention sweep."""

    def __init__(self, redis: Redis, suites: SuiteService, *, retention_days: int) -> None:
        self.redis = redis
        self.store = TrashStore(redis)
        self.suites = suites
        self.retention_days = retention_days

    async def list(self) -> TrashList:
        items = [self._item(kept) for kept in await self.store.all()]
        return TrashList(items=items, total=len(items))

    async def restore(self, kind: Kind, record_id: str) -> Restored:
        """Put a record back as it was; 409 when its name (or id) is taken meanwhile."""
        kept = await self._kept(kind, record_id)
        if kind == "test":
            await self._restore_test(kept)
        elif kind == "suite":
            await self._restore_suite(kept)
        else:
            await self._restore_named(kept, self._named(kind))
        return Restored(kind=kind, id=record_id)

    async def purge(self, kind: Kind, record_id: str) -> Purged:
        """Delete a record in the trash for good."""
        kept = await self._kept(kind, record_id)
        await self._purge(kept)
        return Purged(kind=kind, id=record_id)

    async def empty(self) -> Emptied:
        """Purge everything in the trash."""
        purged = 0
        for kept in await self.store.all():
            purged += await self._purge(kept)
        return Emptied(purged=purged)

    async def sweep(self) -> int:
        """Purge what has been in the trash longer than the retention; return how many."""
        cutoff = int(time.time()) - self.retention_days * DAY_S
        purged = 0
        for kind, record_id in await self.store.deleted_before(cutoff):
            kept = await self.store.get(kind, record_id)
            if kept is not None:
                purged += await self._purge(kept)
        return purged

    async def _restore_test(self, kept: Kept) -> None:
        fields = await self.store.kept_hash(keys.test(kept.id))
        suite = TestSuiteResponse.from_hash(fields)
        if any(live.name == suite.name for live in await self.suites.store.list()):
            raise Conflict(
                f"a test named '{suite.name}' exists: rename it before restoring this one"
            )
        await self.suites.restore(suite)
        history = [key for key in kept.keys if key != keys.test(kept.id)]
        await self.store.release(kept, put_back=history)
        await self._list_again(kept)
        await record(self.redis, action=RESTORE, kind="test", entity_id=kept.id, name=suite.name)

    async def _list_again(self, kept: Kept) -> None:
        """Put a restored test back, last, in the suites that listed it (those still there)."""
        groups = GroupStore(self.redis)
        for suite_id in kept.suites:
            suite = await groups.get(suite_id)
            if suite is not None and kept.id not in suite.test_ids:
                changed = {"updated_at": now_iso()}
                await groups.save(suite_id, changed, new=False, tests=[*suite.test_ids, kept.id])

    async def _restore_suite(self, kept: Kept) -> None:
        fields = await self.store.kept_hash(keys.suite(kept.id))
        listed = await self.store.kept_list(keys.suite_tests(kept.id))
        async with self.redis.pipeline(transaction=False) as pipe:
            for test_id in listed:
                pipe.exists(keys.test(test_id))
            found = cast(list[int], await pipe.execute())
        # Tests deleted since are left out, as a suite's list leaves out a deleted test.
        tests = [test_id for test_id, exists in zip(listed, found, strict=True) if exists]
        outcome = await GroupStore(self.redis).save(kept.id, fields, new=True, tests=tests)
        if outcome != "ok":
            raise Conflict(_refusal("suite", kept, fields, outcome))
        await self.store.release(kept, put_back=[])
        await record(self.redis, action=RESTORE, kind="suite", entity_id=kept.id, name=kept.name)

    async def _restore_named(self, kept: Kept, store: NamedStore) -> None:
        fields = await self.store.kept_hash(store_key(kept))
        outcome = await store.insert(kept.id, fields["name"], fields, action=RESTORE)
        if outcome != "ok":
            raise Conflict(_refusal(KIND_WORDS[kept.kind], kept, fields, outcome))
        await self.store.release(kept, put_back=[])

    async def _purge(self, kept: Kept) -> int:
        if not await self.store.purge(kept):
            return 0  # purged meanwhile, by another sweep or person
        if kept.kind == "test":
            await asyncio.to_thread(self.suites.artifacts.remove_test, kept.id)
        await record(self.redis, action=PURGE, kind=kept.kind, entity_id=kept.id, name=kept.name)
        return 1

    async def _kept(self, kind: Kind, record_id: str) -> Kept:
        kept = await self.store.get(kind, record_id)
        if kept is None:
            raise NotFound(f"no {KIND_WORDS[kind]} '{record_id}' in the trash")
        return kept

    def _named(self, kind: Kind) -> NamedStore:
        if kind == "environment":
            return environment_store(self.redis)
        return browser_config_store(self.redis)

    def _item(self, kept: Kept) -> TrashItem:
        deleted = datetime.fromtimestamp(kept.deleted_s, UTC)
        return TrashItem(
            kind=kept.kind,
            id=kept.id,
            name=kept.name,
            deleted_at=kept.deleted_at,
            deleted_by=kept.deleted_by,
            purge_after=iso(deleted + timedelta(days=self.retention_days)),
        )


def store_key(kept: Kept) -> str:
    """The live name of a kept record's hash (the first key its delete kept)."""
    return kept.keys[0]


def _refusal(word: str, kept: Kept, fields: dict[str, str], outcome: str) -> str:
    """Say why a record cannot come back (a store's refusal)."""
    if outcome == "name":
        return f"another {word} is named '{fields.get('name', kept.name)}': rename it first"
    if outcome == "id":
        return f"another {word} has the id '{kept.id}' now"
    if outcome in ("environment_id", "browser_config_id"):
        gone = KIND_WORDS[outcome.removesuffix("_id")]
        return f"its {gone} '{fields[outcome]}' is deleted: restore that first"
    return f"the {word} cannot be restored ({outcome})"


def trash_service(services: Services) -> TrashService:
    """The trash service of a running HouseCat."""
    return TrashService(
        services.redis, services.suites, retention_days=services.settings.trash_retention_days
    )
