"""Create, read, update and delete test suites, keeping their schedules in step.

Each change is one write to Redis, whole or not at all. Whatever lives outside Redis
(a QStash schedule) is told first and told back if the write then fails, so a change
that answers an error leaves nothing changed. A write whose connection broke may have
been applied all the same: what Redis holds is read back before answering.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from types import EllipsisType
from typing import Any, Literal, Protocol

from redis.exceptions import RedisError

from housecat.alerts.targets import refused_targets
from housecat.artifacts import Artifacts
from housecat.audit.actor import current_actor
from housecat.audit.models import CREATE, DELETE, PAUSE, RESUME
from housecat.audit.store import record, record_changes
from housecat.clock import now_iso
from housecat.errors import Conflict, HouseCatError, InvalidInput, NotFound, StateUnavailable
from housecat.locations.names import quorum_problem
from housecat.outages.dependencies import Dependencies
from housecat.plan.models import Step
from housecat.projects.context import project_for_new
from housecat.suites.journey import check_names, check_remote, read_journey
from housecat.suites.models import (
    CreateTestSuite,
    TestSuiteListResponse,
    TestSuiteResponse,
    UpdateTestSuite,
)
from housecat.suites.store import Due, SuiteStore
from housecat.suites.values import Values, resolved_secrets
from housecat.urls import is_path

log = logging.getLogger(__name__)


class SchedulingFailed(HouseCatError):
    """The scheduler could not register or remove a test's schedule."""

    status_code = 502


class OutcomeUnknown(StateUnavailable):
    """A write was sent, then Redis could not be reached to say whether it was applied."""


class Scheduler(Protocol):
    """What the suite service tells whoever runs tests on their schedules."""

    def next_due(self, suite: TestSuiteResponse) -> float | None:
        """When the built-in scheduler should next run `suite`; None when it does not run it."""
        ...

    async def start(self, suite: TestSuiteResponse) -> str | None:
        """Begin running `suite` on its schedule; return a schedule id worth storing."""
        ...

    async def stop(self, suite: TestSuiteResponse) -> None:
        """Stop running `suite` on its schedule (it is paused, rescheduled or deleted)."""
        ...


class NoScheduler:
    """Schedules nothing: tests run only when asked."""

    def next_due(self, suite: TestSuiteResponse) -> float | None:
        return None

    async def start(self, suite: TestSuiteResponse) -> str | None:
        return None

    async def stop(self, suite: TestSuiteResponse) -> None:
        return None


def new_test_id() -> str:
    """Return a short id, readable in URLs and keys (8 hex characters)."""
    return uuid.uuid4().hex[:8]


class SuiteService:
    """The test-suite use cases; the scheduler is told before Redis is written."""

    def __init__(
        self,
        store: SuiteStore,
        scheduler: Scheduler,
        artifacts: Artifacts,
        *,
        allow_private_webhooks: bool = False,
        no_model: str | None = "no model is set up",
        environments: Environments | None = None,
        on_deleted: Sequence[Callable[[str], Awaitable[None]]] = (),
    ) -> None:
        self.store = store
        self.scheduler = scheduler
        self.artifacts = artifacts
        self.allow_private_webhooks = allow_private_webhooks
        # Why no model can compile a goal the built-in reader refuses; None: one can.
        self.no_model = no_model
        self.environments = environments or NoEnvironments()
        # Told each deleted test's id, once it is gone: suites drop it from their lists.
        self.on_deleted = on_deleted

    def goal_problem(self, goal: str, planner: str, executor: str) -> str | None:
        """Say what is wrong with a goal for a new test, if anything (for a form's other errors)."""
        try:
            read_journey(goal, model=self._model(planner), remote=executor == "tinyfish")
        except InvalidInput as exc:
            return exc.fields.get("goal", exc.message)
        return None

    def _model(self, planner: str) -> Literal[True] | str | None:
        """Whether a model will compile a goal the reader refuses, else why it cannot."""
        if planner == "builtin":
            return None
        return True if self.no_model is None else self.no_model

    async def _check_place(self, url: str, environment_id: str | None) -> None:
        """Refuse an environment that does not exist, and a path URL without one."""
        if environment_id is not None and not await self.environments.exists(environment_id):
            message = f"no environment has the id '{environment_id}'"
            raise InvalidInput.of({"environment_id": message})
        if environment_id is None and is_path(url):
            message = "a path needs an environment_id: its base URL comes before the path"
            raise InvalidInput.of({"url": message})

    def _check_alert_targets(self, webhook: str | None, channels: list[str] | None) -> None:
        """Refuse alert targets on private addresses (unless allowed) before anything is written."""
        fields = refused_targets(webhook, channels, allow_private=self.allow_private_webhooks)
        if fields:
            raise InvalidInput.of(fields)

    async def create(
        self,
        body: CreateTestSuite,
        *,
        form_key: str | None = None,
        steps: list[Step] | None = None,
        template_id: str | None = None,
    ) -> TestSuiteResponse:
        """Create a test and schedule it; a form sent again answers the test it made.

        With `steps`, the test runs them as written (pinned) in place of reading its goal.
        A test made from a template is linked to it by `template_id`.
        """
        fields = self.checked(body, steps=steps, elsewhere=await self.environments.names())
        await self._check_place(body.url, body.environment_id)
        await Dependencies(self.store.redis).check(None, body.depends_on)
        fields["template_id"] = template_id
        return await self.insert_checked(fields, form_key=form_key)

    async def insert_checked(
        self, fields: dict[str, Any], *, form_key: str | None = None
    ) -> TestSuiteResponse:
        """Store and schedule a test from what `checked` answered (its environment exists)."""
        while True:
            now = now_iso()
            suite = TestSuiteResponse(
                **fields,
                id=await self._unused_id(),
                created_at=now,
                updated_at=now,
                project=project_for_new(),
            )
            if suite.status == "active":  # one made paused is never scheduled
                suite = _changed(suite, await self._start(suite))
            stored = await self._insert(suite, form_key)
            if stored == suite.id:
                await self._record_created(suite)
                return suite
            # Nothing of ours was stored, and our schedule may have replaced another's: give
            # it back. Then either the form was sent before (its test is the answer), or
            # another create took the same id since we looked (odds near 1 in 4 billion).
            await self._agree(await self.store.get(suite.id), suite)
            if stored is not None:
                return await self.get(stored)

    async def insert_many_checked(self, many: list[dict[str, Any]]) -> list[TestSuiteResponse]:
        """Store and schedule tests from what `checked` answered, in one round trip to Redis."""
        suites = []
        for fields in many:
            now = now_iso()
            suite = TestSuiteResponse(
                **fields,
                id=new_test_id(),
                created_at=now,
                updated_at=now,
                project=project_for_new(),
            )
            if suite.status == "active":
                suite = _changed(suite, await self._start(suite))
            suites.append(suite)
        due = [self.scheduler.next_due(s) if s.status == "active" else None for s in suites]
        try:
            stored = await self.store.insert_many(list(zip(suites, due, strict=True)))
        except RedisError:
            # Some may be stored: those that are not give their schedules back.
            for suite in suites:
                held = await self._read_back(suite.id, "saved")
                if held != suite:
                    await self._agree(held, suite)
            raise
        made = []
        for suite, fields, inserted in zip(suites, many, stored, strict=True):
            if inserted:
                made.append(suite)
                await self._record_created(suite)
            else:  # its drawn id was taken meanwhile (odds near 1 in 4 billion)
                await self._agree(await self.store.get(suite.id), suite)
                made.append(await self.insert_checked(fields))
        return made

    def checked(
        self,
        body: CreateTestSuite,
        *,
        steps: list[Step] | None = None,
        elsewhere: frozenset[str] = frozenset(),
    ) -> dict[str, Any]:
        """Check a new test as `create` does, but for its environment; return what to store.

        `elsewhere` are the names environments give values to (see `check_names`).
        """
        self._check_alert_targets(body.alert_webhook, body.alert_channels)
        _check_quorum(body.locations, body.alert_quorum)
        remote = body.executor == "tinyfish"
        if remote and steps is not None:
            message = "steps edited by hand run in HouseCat's browser, not on TinyFish"
            raise InvalidInput.of({"executor": message})
        journey = read_journey(
            body.goal, pinned=steps, model=self._model(body.planner), remote=remote
        )
        # The goal's passwords become secrets; a secret sent by the same name wins.
        secrets = {**journey.lifted, **resolved_secrets(body.secrets, {})}
        values = Values({**journey.own, **body.variables}, secrets)
        if remote:
            check_remote(journey.goal, body.url, values)
        else:
            pinned = steps is not None
            check_names(body.url, journey.steps, values, pinned=pinned, elsewhere=elsewhere)
        fields = body.model_dump() | {"goal": journey.goal, "secrets": secrets}
        if steps is not None:
            fields |= {"pinned": True, "steps": steps}
        return fields

    async def list(self) -> TestSuiteListResponse:
        suites = await self.store.list()
        return TestSuiteListResponse(tests=suites, total=len(suites))

    async def get(self, test_id: str) -> TestSuiteResponse:
        suite = await self.store.get(test_id)
        if suite is None:
            raise NotFound(f"test '{test_id}' not found")
        return suite

    async def update(
        self,
        test_id: str,
        body: UpdateTestSuite,
        *,
        template_id: str | EllipsisType | None = ...,
    ) -> TestSuiteResponse:
        """Change the fields sent; `template_id` (a monitors file's `template`) relinks it."""
        self._check_alert_targets(body.alert_webhook, body.alert_channels)
        before = await self.get(test_id)
        model = self._model(body.planner or before.planner)
        elsewhere = await self.environments.names()
        if "url" in body.model_fields_set or "environment_id" in body.model_fields_set:
            environment_id = (
                body.environment_id
                if "environment_id" in body.model_fields_set
                else before.environment_id
            )
            await self._check_place(body.url or before.url, environment_id)
        if body.depends_on is not None:
            await Dependencies(self.store.redis).check(test_id, body.depends_on)
        changes = body.changes() | _journey_changes(before, body, model, elsewhere)
        if not isinstance(template_id, EllipsisType):
            changes["template_id"] = template_id or ""
        after = before.model_copy(update=changes)
        _check_quorum(
            before.locations if body.locations is None else body.locations,
            body.alert_quorum or before.alert_quorum,
        )
        due: Due | Literal["unchanged"] = "unchanged"
        # A test in "error" may still own a schedule whose creation was only half-heard.
        was_scheduled = before.status != "paused"
        rescheduled = after.schedule != before.schedule
        stopping = was_scheduled and (after.status != "active" or rescheduled)
        starting = after.status == "active" and (before.status != "active" or rescheduled)
        if stopping:
            await self._stop(before)
            changes["schedule_id"] = ""
            due = None
        if starting:
            changes |= await self._start(after)
            due = self.scheduler.next_due(after)
        changes["updated_at"] = now_iso()
        # A new goal or start page makes the recorded plan and its locators meaningless.
        # So do new values: a locator found for one value of {{name}} may not fit another.
        journey_changed = after.goal != before.goal or after.url != before.url
        journey_changed |= after.planner != before.planner  # another compiler, another plan
        journey_changed |= after.executor != before.executor
        values_before = {"variables": before.variables, "secrets": before.secret_values()}
        journey_changed |= any(
            kind in changes and json.loads(changes[kind]) != current
            for kind, current in values_before.items()
        )
        try:
            updated = await self.store.update(test_id, changes, drop_plan=journey_changed, due=due)
        except InvalidInput:
            # Its new environment or template was deleted meanwhile: nothing was written.
            if stopping or starting:
                await self._agree(before, after)
            raise
        except RedisError:
            stored = await self._read_back(test_id, "changed")
            if stored is not None and stored.updated_at == changes["updated_at"]:
                return stored  # applied; only the answer was lost
            if stopping or starting:
                await self._agree(stored, after)
            raise
        if updated is None:
            # deleted while we were talking to the scheduler
            await self._stop(after)
            raise NotFound(f"test '{test_id}' not found")
        await record_changes(
            self.store.redis,
            "test",
            test_id,
            before.to_hash(),
            updated.to_hash(),
            action=_status_action(before.status, updated.status),
        )
        return updated

    async def delete(self, test_id: str, *, forever: bool = False) -> dict[str, str]:
        """Move a test, with its history, to the trash (`forever`: delete it outright)."""
        suite = await self.get(test_id)
        # Whatever its status, remove its schedule first; if that fails, keep the test
        # (and say so) rather than leave a schedule firing at a test that is gone.
        await self.scheduler.stop(suite)
        actor = current_actor()
        try:
            # Already gone (a delete racing this one) is just as deleted.
            if forever:
                await self.store.delete(test_id)
            else:
                await self.store.trash(test_id, actor)
        except RedisError:
            stored = await self._read_back(test_id, "deleted")
            if stored is not None:
                await self._agree(stored, suite)  # kept: give it its schedule back
                raise
        for forget in self.on_deleted:
            await forget(test_id)
        if forever:
            # Only once Redis no longer points at them: a failure here leaves files, not links.
            await asyncio.to_thread(self.artifacts.remove_test, test_id)
        else:
            await record(
                self.store.redis,
                action=DELETE,
                kind="test",
                entity_id=test_id,
                name=suite.name,
                actor=actor,
            )
        return {"status": "deleted", "id": test_id}

    async def _record_created(self, suite: TestSuiteResponse) -> None:
        """Record a test's creation in the audit trail."""
        await record(
            self.store.redis, action=CREATE, kind="test", entity_id=suite.id, name=suite.name
        )

    async def restore(self, suite: TestSuiteResponse) -> TestSuiteResponse:
        """Store a test back from the trash as it was, scheduled again if it was active."""
        if suite.status == "active":
            suite = _changed(suite, await self._start(suite))
        stored = await self._insert(suite, None)
        if stored != suite.id:
            await self._agree(await self.store.get(suite.id), suite)
            raise Conflict(f"test '{suite.id}' exists already: another test took its id")
        return suite

    async def _unused_id(self) -> str:
        """Draw ids until one is free (8 hex characters can collide)."""
        while await self.store.get(test_id := new_test_id()) is not None:
            pass
        return test_id

    async def _insert(self, suite: TestSuiteResponse, form_key: str | None) -> str | None:
        """Store a new suite; return its id, a sent form's test id, or None if the id was taken."""
        due = self.scheduler.next_due(suite) if suite.status == "active" else None
        try:
            return await self.store.insert(suite, due=due, form_key=form_key)
        except InvalidInput:
            await self._stop(suite)  # its environment or template was deleted meanwhile
            raise
        except RedisError:
            stored = await self._read_back(suite.id, "saved")
            if stored == suite:
                return suite.id  # stored; only the answer was lost
            await self._agree(stored, suite)
            raise

    async def _read_back(self, test_id: str, done: str) -> TestSuiteResponse | None:
        """After a failed write, return what Redis holds; if it cannot say, answer 503 saying so."""
        try:
            return await self.store.get(test_id)
        except RedisError:
            raise OutcomeUnknown(
                f"storage unavailable: test '{test_id}' may or may not have been {done}; "
                "look before trying again"
            ) from None

    async def _agree(self, stored: TestSuiteResponse | None, told: TestSuiteResponse) -> None:
        """Make the scheduler match what Redis holds for a test (`told` is what it was told)."""
        if stored is not None and stored.status == "active":
            await self._start(stored)
        else:
            await self._stop(stored or told)

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


def _status_action(before: str, after: str) -> str | None:
    """The audit action of a change of status: pause or resume; None for any other change."""
    if before != "paused" and after == "paused":
        return PAUSE
    if before == "paused" and after == "active":
        return RESUME
    return None


def _changed(suite: TestSuiteResponse, changes: dict[str, str]) -> TestSuiteResponse:
    """Apply hash-form changes (as the store would) to a suite not stored yet."""
    return TestSuiteResponse.from_hash(suite.to_hash() | changes) if changes else suite


class Environments(Protocol):
    """What tests need to know of environments."""

    async def names(self) -> frozenset[str]:
        """Every name some environment gives a value: a goal may use it without its own."""
        ...

    async def exists(self, environment_id: str) -> bool: ...


class NoEnvironments:
    async def names(self) -> frozenset[str]:
        return frozenset()

    async def exists(self, environment_id: str) -> bool:
        return False


def _journey_changes(
    before: TestSuiteResponse,
    body: UpdateTestSuite,
    model: Literal[True] | str | None,
    elsewhere: frozenset[str],
) -> dict[str, str]:
    """Check the goal, URL and values the update leaves; return the goal and secrets to store.

    A sent dict of secrets replaces the set ('••••••••' keeps a stored value); the passwords
    a new goal spells out join them, and a secret sent by the same name wins.
    """
    journey_fields = {"goal", "url", "variables", "secrets", "planner", "executor"}
    sent = {
        name for name in body.model_fields_set & journey_fields if getattr(body, name) is not None
    }
    if not sent:
        return {}
    remote = (body.executor or before.executor) == "tinyfish"
    if remote and before.pinned:
        message = "steps edited by hand run in HouseCat's browser: unpin them first"
        raise InvalidInput.of({"executor": message})
    stored = before.secret_values()
    secrets = stored if body.secrets is None else resolved_secrets(body.secrets, stored)
    pinned = before.steps if before.pinned else None
    journey = read_journey(body.goal or before.goal, pinned=pinned, model=model, remote=remote)
    changes: dict[str, str] = {}
    if body.goal is not None:
        changes["goal"] = journey.goal
        secrets = (
            {**secrets, **journey.lifted} if body.secrets is None else {**journey.lifted, **secrets}
        )
    variables = before.variables if body.variables is None else body.variables
    values = Values({**journey.own, **variables}, {**journey.lifted, **secrets})
    if remote:
        check_remote(journey.goal, body.url or before.url, values)
    else:
        check_names(
            body.url or before.url,
            journey.steps,
            values,
            pinned=before.pinned,
            elsewhere=elsewhere,
        )
    if "goal" in changes or body.secrets is not None:
        changes["secrets"] = json.dumps(secrets)
    return changes


def _check_quorum(locations: list[str], quorum: int) -> None:
    """Refuse a quorum of failing locations larger than the test's locations."""
    problem = quorum_problem(locations, quorum)
    if problem is not None:
        raise InvalidInput.of({"alert_quorum": problem})
