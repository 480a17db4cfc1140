"""Create, read, change and delete maintenance windows; tell the window a test is in now."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import UTC, datetime
from typing import Any, cast

from redis.asyncio import Redis

from housecat import keys
from housecat.clock import iso
from housecat.errors import InvalidInput
from housecat.maintenance.models import AppliesTo, CreateWindow, UpdateWindow, Window, WindowList
from housecat.maintenance.store import maintenance_store
from housecat.maintenance.timing import active_window, as_utc
from housecat.named.fields import Deleted
from housecat.named.service import NamedRecords
from housecat.named.store import hash_fields
from housecat.projects.context import in_project, visible
from housecat.runs.models import MaintenanceMark
from housecat.suites.models import TestSuiteResponse

ONE_KIND = "send either starts_at (a one-off window) or cron (a recurring one)"
# What an update may change besides the name (which the store writes with its index).
_CHANGEABLE = (
    "description",
    "starts_at",
    "cron",
    "timezone",
    "duration_minutes",
    "applies_to",
    "effect",
)


def settled(fields: dict[str, Any]) -> dict[str, Any]:
    """Check a window is one-off or recurring, and keep a one-off start in UTC."""
    if (fields.get("starts_at") is None) == (fields.get("cron") is None):
        raise InvalidInput.of(
            {"starts_at": ONE_KIND + ", not both" if fields.get("cron") else ONE_KIND}
        )
    if fields.get("starts_at") is not None:
        fields["starts_at"] = iso(as_utc(fields["starts_at"], fields.get("timezone") or "UTC"))
    return fields


def _in_view(name_and_project: list[str | None]) -> bool:
    name, project = name_and_project
    return name is not None and visible(project)


class MaintenanceService:
    """The maintenance window use cases."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self.records = NamedRecords(maintenance_store(redis), Window, "maintenance window")

    async def create(self, body: CreateWindow) -> Window:
        fields = settled(body.model_dump())
        await self._check_targets(body.applies_to)
        return await self.records.insert(
            lambda new_id, now: Window(**fields, id=new_id, created_at=now, updated_at=now)
        )

    async def list(self) -> WindowList:
        windows = await self.records.all()
        return WindowList(maintenance_windows=windows, total=len(windows))

    async def get(self, window_id: str) -> Window:
        return await self.records.get(window_id)

    async def update(self, window_id: str, body: UpdateWindow) -> Window:
        """Change the fields sent; `cron` makes the window recurring, `starts_at` one-off."""
        sent = body.model_dump(exclude_unset=True)
        if "starts_at" in sent and "cron" in sent:
            raise InvalidInput.of({"cron": ONE_KIND + ", not both"})
        before = await self.get(window_id)
        merged = before.model_dump() | sent
        if "cron" in sent:
            merged["starts_at"] = None
        if "starts_at" in sent:
            merged["cron"] = None
        merged = settled(merged)
        if body.applies_to is not None:
            await self._check_targets(body.applies_to)
        changes = hash_fields({name: merged[name] for name in _CHANGEABLE})
        return await self.records.update(window_id, body.name, changes)

    async def delete(self, window_id: str) -> Deleted:
        return await self.records.delete(window_id)

    async def active_for(
        self, test_id: str, tags: Collection[str], now: datetime | None = None
    ) -> Window | None:
        """Return the window the test is in now, if any (a skipping one first)."""
        windows = await self.records.all()
        if not windows:
            return None  # the common case: no further read
        suite_ids = cast(set[str], await self.redis.smembers(keys.test_suites(test_id)))
        return active_window(windows, test_id, tags, suite_ids, now or datetime.now(UTC))

    async def mark_for(self, test: TestSuiteResponse) -> MaintenanceMark | None:
        """Say which window a run of the test starting now falls in, and whether it skips."""
        with in_project(test.project):  # only its own project's windows cover it
            window = await self.active_for(test.id, test.tags)
        if window is None:
            return None
        skipped = window.effect == "skip"
        return MaintenanceMark(window_id=window.id, window_name=window.name, skipped=skipped)

    async def _check_targets(self, applies_to: AppliesTo) -> None:
        """Refuse test and suite ids that name nothing (a typo would cover no test)."""
        wanted: list[tuple[str, Callable[[str], str], list[str]]] = [
            ("test_ids", keys.test, applies_to.test_ids),
            ("suite_ids", keys.suite, applies_to.suite_ids),
        ]
        async with self.redis.pipeline(transaction=False) as pipe:
            for _, key, ids in wanted:
                for record_id in ids:
                    pipe.hmget(key(record_id), ["name", "project"])
            found = iter(cast(list[list[str | None]], await pipe.execute()))
        # Another project's test or suite is as unknown here as one that does not exist.
        problems = {
            f"applies_to.{field}.{index}": f"no {field[:-4]} '{record_id}'"
            for field, _, ids in wanted
            for index, record_id in enumerate(ids)
            if not _in_view(next(found))
        }
        if problems:
            raise InvalidInput.of(problems)
