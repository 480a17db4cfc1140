"""Create, read, update and delete suites; each write checks what it names, in one script."""

from __future__ import annotations

import logging

from redis.exceptions import RedisError

from housecat.alerts.targets import refused_targets
from housecat.audit.actor import current_actor
from housecat.audit.models import CREATE, DELETE
from housecat.audit.store import record, record_changes
from housecat.clock import now_iso
from housecat.errors import InvalidInput, NotFound
from housecat.groups.models import (
    CreateSuite,
    Suite,
    SuiteDetail,
    SuiteList,
    SuiteTest,
    UpdateSuite,
)
from housecat.groups.store import GroupStore
from housecat.named.fields import Deleted
from housecat.named.service import name_taken
from housecat.named.store import hash_fields
from housecat.suites.service import new_test_id

log = logging.getLogger(__name__)


class GroupService:
    """The suite use cases."""

    def __init__(self, store: GroupStore, *, allow_private_webhooks: bool = False) -> None:
        self.store = store
        self.allow_private_webhooks = allow_private_webhooks

    async def create(self, body: CreateSuite) -> SuiteDetail:
        self._check_alert_targets(body.alert_webhook, body.alert_channels)
        fields = body.model_dump(exclude={"tests"})
        while True:
            now = now_iso()
            suite = Suite(
                **fields, id=new_test_id(), test_ids=body.tests, created_at=now, updated_at=now
            )
            outcome = await self.store.save(suite.id, suite.to_hash(), new=True, tests=body.tests)
            if outcome != "id":  # else the drawn id is taken: draw again
                break
        _refuse(outcome, suite.id, fields, body.tests)
        await record(
            self.store.redis, action=CREATE, kind="suite", entity_id=suite.id, name=suite.name
        )
        return await self._detail(suite)

    async def get(self, suite_id: str) -> SuiteDetail:
        return await self._detail(await self._suite(suite_id))

    async def update(self, suite_id: str, body: UpdateSuite) -> SuiteDetail:
        """Change the fields sent; a list of tests replaces the whole list."""
        self._check_alert_targets(body.alert_webhook, body.alert_channels)
        changes = body.model_dump(exclude_unset=True, exclude={"tests"})
        changes["updated_at"] = now_iso()
        before = await self._suite(suite_id)
        outcome = await self.store.save(suite_id, hash_fields(changes), new=False, tests=body.tests)
        _refuse(outcome, suite_id, changes, body.tests or [])
        after = await self.get(suite_id)
        await record_changes(self.store.redis, "suite", suite_id, _audited(before), _audited(after))
        return after

    async def delete(self, suite_id: str) -> Deleted:
        """Delete a suite and every index entry that names it (its tests stay)."""
        before = await self.store.get(suite_id)
        actor = current_actor()
        if before is None or not await self.store.delete(suite_id, actor=actor):
            raise _not_found(suite_id)
        await record(
            self.store.redis,
            action=DELETE,
            kind="suite",
            entity_id=suite_id,
            name=before.name,
            actor=actor,
        )
        return Deleted(id=suite_id)

    async def forget_test(self, test_id: str) -> None:
        """Take a deleted test out of every suite; if Redis fails, suites skip it on reading."""
        try:
            await self.store.forget_test(test_id, now_iso())
        except RedisError as exc:
            log.error("taking deleted test %s out of its suites failed: %s", test_id, exc)

    async def _suite(self, suite_id: str) -> Suite:
        suite = await self.store.get(suite_id)
        if suite is None:
            raise _not_found(suite_id)
        return suite

    async def _detail(self, suite: Suite) -> SuiteDetail:
        rows = await self.store.tests(suite.test_ids)
        tests = [
            SuiteTest.model_validate(row | {"execution_order": n}) for n, row in enumerate(rows, 1)
        ]
        return SuiteDetail.model_validate(suite.model_dump() | {"tests": tests})

    def _check_alert_targets(self, webhook: str | None, channels: list[str] | None) -> None:
        """Refuse alert targets on private addresses (unless allowed), as tests do."""
        refused = refused_targets(webhook, channels, allow_private=self.allow_private_webhooks)
        if refused:
            raise InvalidInput.of(refused)

    # Last of the class: below it, `list` in an annotation would name this method.
    async def list(self) -> SuiteList:
        suites = await self.store.all()
        return SuiteList(suites=suites, total=len(suites))


def _refuse(outcome: str, suite_id: str, sent: dict[str, object], tests: list[str]) -> None:
    """Raise the error a refused write means (nothing was written); return on 'ok'."""
    if outcome == "ok":
        return
    if outcome == "missing":
        raise _not_found(suite_id)  # deleted, or never was
    if outcome == "name":
        raise name_taken("suite", str(sent["name"]))
    if outcome == "environment_id":
        raise InvalidInput.of({outcome: f"no environment '{sent[outcome]}'"})
    if outcome == "browser_config_id":
        raise InvalidInput.of({outcome: f"no browser configuration '{sent[outcome]}'"})
    index = int(outcome.removeprefix("tests."))
    raise InvalidInput.of({outcome: f"no test '{tests[index]}'"})


def _audited(suite: Suite) -> dict[str, str]:
    """A suite's fields as the audit trail compares them: its hash and its list of tests."""
    return suite.to_hash() | {"tests": ", ".join(suite.test_ids)}


def _not_found(suite_id: str) -> NotFound:
    return NotFound(f"suite '{suite_id}' not found")
