"""Create, read, update and delete test suites, keeping their schedules in step."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Protocol

from housecat.alerts.targets import check_channel, check_target
from housecat.clock import now_iso
from housecat.errors import HouseCatError, InvalidInput, NotFound
from housecat.suites.journey import check_names, read_journey
from housecat.suites.models import (
    CreateTestSuite,
    TestSuiteListResponse,
    TestSuiteResponse,
    UpdateTestSuite,
)
from housecat.suites.store import SuiteStore
from housecat.suites.values import Values, resolved_secrets

log = logging.getLogger(__name__)


class SchedulingFailed(HouseCatError):
    """The scheduler could not register or remove a test's schedule."""

    status_code = 502


class Scheduler(Protocol):
    """What the suite service tells whoever runs tests on their schedules."""

    async def start(self, suite: TestSuiteResponse) -> str | None:
        """Begin running `suite` on its schedule; return a schedule id worth storing."""
        ...

    async def stop(self, suite: TestSuiteResponse) -> None:
        """Stop running `suite` on its schedule (it is paused, rescheduled or deleted)."""
        ...


class NoScheduler:
    """Schedules nothing: tests run only when asked."""

    async def start(self, suite: TestSuiteResponse) -> str | None:
        return None

    async def stop(self, suite: TestSuiteResponse) -> None:
        return None


def new_test_id() -> str:
    """Return a short id, readable in URLs and keys (8 hex characters)."""
    return uuid.uuid4().hex[:8]


class SuiteService:
    """The test-suite use cases; Redis is always written before the scheduler is told."""

    def __init__(
        self, store: SuiteStore, scheduler: Scheduler, *, allow_private_webhooks: bool = False
    ) -> None:
        self.store = store
        self.scheduler = scheduler
        self.allow_private_webhooks = allow_private_webhooks

    def _check_alert_targets(self, webhook: str | None, channels: list[str] | None) -> None:
        """Refuse alert targets on private addresses (unless allowed) before anything is written."""
        fields: dict[str, str] = {}
        allow = self.allow_private_webhooks
        try:
            if webhook:
                check_target(webhook, allow_private=allow)
        except ValueError as exc:
            fields["alert_webhook"] = str(exc)
        for index, channel in enumerate(channels or []):
            try:
                check_channel(channel, allow_private=allow)
            except ValueError as exc:
                fields[f"alert_channels.{index}"] = str(exc)
        if fields:
            raise InvalidInput.of(fields)

    async def create(
        self, body: CreateTestSuite, *, form_key: str | None = None
    ) -> TestSuiteResponse:
        """Create a test and schedule it; a form sent again answers the test it made."""
        self._check_alert_targets(body.alert_webhook, body.alert_channels)
        journey = read_journey(body.goal)
        # The goal's passwords become secrets; a secret sent by the same name wins.
        secrets = {**journey.lifted, **resolved_secrets(body.secrets, {})}
        check_names(body.url, journey.steps, Values({**journey.own, **body.variables}, secrets))
        now = now_iso()
        fields = body.model_dump() | {"goal": journey.goal, "secrets": secrets}
        suite = TestSuiteResponse(**fields, id=new_test_id(), created_at=now, updated_at=now)
        while (stored := await self.store.insert(suite, form_key=form_key)) is None:
            # 8 hex characters can collide; a taken id is simply drawn again.
            suite = suite.model_copy(update={"id": new_test_id()})
        if stored != suite.id:
            # a second click (or a retry) of a form already sent: no second test
            return await self.get(stored)
        changes = await self._start(suite)
        if changes:
            updated = await self.store.update(suite.id, changes)
            if updated is None:
                # deleted while we were scheduling it: take the new schedule back
                await self._stop(suite)
                raise NotFound(f"test '{suite.id}' was deleted while it was being created")
            suite = updated
        return suite

    async def list(self) -> TestSuiteListResponse:
        suites = await self.store.list()
        return TestSuiteListResponse(tests=suites, total=len(suites))

    async def get(self, test_id: str) -> TestSuiteResponse:
        suite = await self.store.get(test_id)
        if suite is None:
            raise NotFound(f"test '{test_id}' not found")
        return suite

    async def update(self, test_id: str, body: UpdateTestSuite) -> TestSuiteResponse:
        self._check_alert_targets(body.alert_webhook, body.alert_channels)
        before = await self.get(test_id)
        changes = body.changes() | _journey_changes(before, body)
        after = before.model_copy(update=changes)
        # A test in "error" may still own a schedule whose creation was only half-heard.
        was_scheduled = before.status != "paused"
        rescheduled = after.schedule != before.schedule
        if was_scheduled and (after.status != "active" or rescheduled):
            await self._stop(before)
            changes["schedule_id"] = ""
        if after.status == "active" and (before.status != "active" or rescheduled):
            changes |= await self._start(after)
        changes["updated_at"] = now_iso()
        # A new goal or start page makes the recorded plan and its locators meaningless.
        # So do new values: a locator found for one value of {{name}} may not fit another.
        journey_changed = after.goal != before.goal or after.url != before.url
        values_before = {"variables": before.variables, "secrets": before.secret_values()}
        journey_changed |= any(
            kind in changes and json.loads(changes[kind]) != current
            for kind, current in values_before.items()
        )
        updated = await self.store.update(test_id, changes, drop_plan=journey_changed)
        if updated is None:
            # deleted while we were talking to the scheduler
            await self._stop(after)
            raise NotFound(f"test '{test_id}' not found")
        return updated

    async def delete(self, test_id: str) -> dict[str, str]:
        suite = await self.get(test_id)
        # Whatever its status, remove its schedule first; if that fails, keep the test
        # (and say so) rather than leave a schedule firing at a test that is gone.
        await self.scheduler.stop(suite)
        if not await self.store.delete(test_id):
            raise NotFound(f"test '{test_id}' not found")
        return {"status": "deleted", "id": test_id}

    async def _start(self, suite: TestSuiteResponse) -> dict[str, str]:
        """Tell the scheduler; on failure the test is kept, with status 'error'."""
        try:
            schedule_id = await self.scheduler.start(suite)
        except SchedulingFailed as exc:
            log.error("scheduling test %s failed: %s", suite.id, exc.message)
            return {"status": "error", "schedule_id": ""}
        return {"schedule_id": schedule_id} if schedule_id else {}

    async def _stop(self, suite: TestSuiteResponse) -> None:
        try:
            await self.scheduler.stop(suite)
        except SchedulingFailed as exc:
            log.error("unscheduling test %s failed: %s", suite.id, exc.message)


def _journey_changes(before: TestSuiteResponse, body: UpdateTestSuite) -> dict[str, str]:
    """Check the goal, URL and values the update leaves; return the goal and secrets to store.

    A sent dict of secrets replaces the set ('••••••••' keeps a stored value); the passwords
    a new goal spells out join them, and a secret sent by the same name wins.
    """
    journey_fields = {"goal", "url", "variables", "secrets"}
    sent = {
        name for name in body.model_fields_set & journey_fields if getattr(body, name) is not None
    }
    if not sent:
        return {}
    stored = before.secret_values()
    secrets = stored if body.secrets is None else resolved_secrets(body.secrets, stored)
    journey = read_journey(body.goal or before.goal, pinned=before.steps if before.pinned else None)
    changes: dict[str, str] = {}
    if body.goal is not None:
        changes["goal"] = journey.goal
        secrets = (
            {**secrets, **journey.lifted} if body.secrets is None else {**journey.lifted, **secrets}
        )
    variables = before.variables if body.variables is None else body.variables
    check_names(
        body.url or before.url,
        journey.steps,
        Values({**journey.own, **variables}, {**journey.lifted, **secrets}),
        pinned=before.pinned,
    )
    if "goal" in changes or body.secrets is not None:
        changes["secrets"] = json.dumps(secrets)
    return changes
