"""Create, read, change and delete status pages; a slug belongs to one page (409 otherwise)."""

from __future__ import annotations

import json
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.clock import now_iso
from housecat.errors import Conflict, InvalidInput, NotFound
from housecat.named.fields import Deleted
from housecat.named.store import NamedStore, present
from housecat.projects.context import visible
from housecat.status_pages.models import (
    NOTHING_SHOWN,
    CreateStatusPage,
    StatusPage,
    StatusPageList,
    UpdateStatusPage,
)
from housecat.suites.service import new_test_id


def slug_taken(slug: str) -> Conflict:
    return Conflict(f"there is already a status page at /status/{slug}: choose another slug")


def status_page_store(redis: Redis) -> NamedStore:
    """A named-record store whose index is of slugs: a slug is taken by exactly one page."""
    return NamedStore(
        redis,
        kind="status_page",
        record=keys.status_page,
        all_ids=keys.STATUS_PAGES_ALL,
        names=keys.STATUS_PAGE_SLUGS,
        users=[],
        name_field="slug",
    )


class StatusPageService:
    """The status page use cases."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self.store = status_page_store(redis)

    async def create(self, body: CreateStatusPage) -> StatusPage:
        await self._check_suites(body.suite_ids)
        while True:
            now = now_iso()
            page = StatusPage(**body.model_dump(), id=new_test_id(), created_at=now, updated_at=now)
            outcome = await self.store.insert(page.id, page.slug, page.to_hash())
            if outcome == "ok":
                return page
            if outcome == "name":
                raise slug_taken(page.slug)
            # The drawn id is taken (8 hex characters can collide): draw again.

    async def all(self) -> list[StatusPage]:
        return [StatusPage.from_hash(present(fields)) for fields in await self.store.all()]

    async def get(self, page_id: str) -> StatusPage:
        fields = await self.store.get(page_id)
        if fields is None:
            raise NotFound(f"status page '{page_id}' not found")
        return StatusPage.from_hash(present(fields))

    async def by_slug(self, slug: str) -> StatusPage | None:
        page_id = await self.store.id_of(slug)
        fields = await self.store.get(page_id) if page_id else None
        return StatusPage.from_hash(present(fields)) if fields else None

    async def update(self, page_id: str, body: UpdateStatusPage) -> StatusPage:
        """Change the fields sent; the page must still show the tests of a suite or a tag."""
        before = await self.get(page_id)
        suite_ids = before.suite_ids if body.suite_ids is None else body.suite_ids
        tags = before.tags if body.tags is None else body.tags
        if not (suite_ids or tags):
            raise InvalidInput.of({"suite_ids": NOTHING_SHOWN})
        if body.suite_ids is not None:
            await self._check_suites(body.suite_ids)
        changes = {"updated_at": now_iso()}
        if body.name is not None:
            changes["name"] = body.name
        if body.description is not None:
            changes["description"] = body.description
        if body.suite_ids is not None:
            changes["suite_ids"] = json.dumps(body.suite_ids)
        if body.tags is not None:
            changes["tags"] = json.dumps(body.tags)
        stored = await self.store.update(page_id, body.slug, changes)
        if stored is None:
            raise NotFound(f"status page '{page_id}' not found")  # deleted meanwhile
        if stored == "name":
            raise slug_taken(body.slug or "")
        return StatusPage.from_hash(present(stored))

    async def delete(self, page_id: str) -> Deleted:
        if await self.store.delete(page_id) is None:
            raise NotFound(f"status page '{page_id}' not found")
        return Deleted(id=page_id)

    async def _check_suites(self, suite_ids: list[str]) -> None:
        """Refuse suite ids that name no suite (a typo would show nothing)."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for suite_id in suite_ids:
                pipe.hmget(keys.suite(suite_id), ["name", "project"])
            found = cast(list[list[str | None]], await pipe.execute())
        # Another project's suite is as unknown here as one that does not exist.
        problems = {
            f"suite_ids.{index}": f"no suite '{suite_id}'"
            for index, (suite_id, (name, project)) in enumerate(zip(suite_ids, found, strict=True))
            if name is None or not visible(project)
        }
        if problems:
            raise InvalidInput.of(problems)

    # Last of the class: below it, `list` in an annotation would name this method.
    async def list(self) -> StatusPageList:
        pages = await self.all()
        return StatusPageList(status_pages=pages, total=len(pages))
