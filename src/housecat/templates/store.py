"""Templates in Redis: `template:{id}` hashes, `templates:all`, `templates:names`."""

from __future__ import annotations

from functools import partial
from typing import cast

from redis.asyncio import Redis

from housecat import keys
from housecat.named.store import NamedStore, Users


def template_store(redis: Redis) -> NamedStore:
    """Return the store of templates, each kept while a test made from it exists."""
    return NamedStore(
        redis,
        kind="template",
        record=keys.template,
        all_ids=keys.TEMPLATES_ALL,
        names=keys.TEMPLATE_NAMES,
        users=[Users("test", partial(keys.catalog_set, "template"), keys.test)],
    )


class TemplateTests:
    """The tests made from each template: the catalog's `template` family of sets."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def ids(self, template_id: str) -> list[str]:
        """Return the ids of the tests made from the template, in id order."""
        members = cast(
            set[str], await self.redis.smembers(keys.catalog_set("template", template_id))
        )
        return sorted(members)

    async def counts(self, template_ids: list[str]) -> dict[str, int]:
        """Return how many tests were made from each template, in one round trip."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for template_id in template_ids:
                pipe.scard(keys.catalog_set("template", template_id))
            found: list[int] = await pipe.execute()
        return dict(zip(template_ids, found, strict=True))
