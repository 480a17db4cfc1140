"""Make the server match a monitors file: check it whole, say what changes, then change it.

Writes go in dependency order (environments and browser configurations, then tests,
then the suites that name them; deletes in reverse), each through the same service as
the API's, so each record is written whole. Should one write still fail (Redis lost, a
name taken meanwhile), the error says how far the apply got; applying again finishes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, Field
from redis.exceptions import RedisError

from housecat.browser_configs.models import UpdateBrowserConfig
from housecat.environments.models import CreateEnvironment, UpdateEnvironment
from housecat.errors import HouseCatError
from housecat.groups.models import CreateSuite, UpdateSuite
from housecat.maintenance.models import CreateWindow, UpdateWindow
from housecat.manifest.diff import Change, Diff, diff
from housecat.manifest.load import Loaded, load
from housecat.manifest.models import SECTIONS, ManifestMaintenance, ManifestStatusPage
from housecat.manifest.state import Services, State
from housecat.plan.models import Step
from housecat.status_pages.models import CreateStatusPage, UpdateStatusPage
from housecat.suites.models import UpdateTestSuite
from housecat.suites.steps import PinSteps
from housecat.templates.models import UpdateTemplate

# Fields a file names records by, and the API's field taking their id, with the section.
BY_NAME = {
    "environment": ("environment_id", "environments"),
    "browser_config": ("browser_config_id", "browser_configs"),
    "template": ("template_id", "templates"),
}
SUITE_CREATE_FIELDS = set(CreateSuite.model_fields) - {
    "tests",
    "environment_id",
    "browser_config_id",
}

# What one record of a section is called, where dropping the plural's `s` does not say it.
KINDS = {"maintenance": "maintenance window"}


# "parents": set the `depends_on` of tests, once every test of the file exists.
Action = Literal["create", "update", "delete", "parents"]
VERBS = ("create", "update", "delete")


class Updated(BaseModel):
    name: str
    fields: list[str] = Field(description="The fields that change")


class SectionChanges(BaseModel):
    """The records of one section created, updated and deleted, by name."""

    created: list[str] = []
    updated: list[Updated] = []
    deleted: list[str] = []


class ApplyAnswer(BaseModel):
    """What an apply changed, or (a dry run) would change."""

    dry_run: bool
    changed: bool = Field(description="Whether anything was (or would be) changed")
    summary: str
    changes: dict[str, SectionChanges] = Field(description="By section, in the order applied")

    def lines(self) -> list[str]:
        """The diff as a person reads it: `+` created, `~` updated (which fields), `-` deleted."""
        lines = []
        for section, changes in self.changes.items():
            if not (changes.created or changes.updated or changes.deleted):
                continue
            lines.append(f"{section}:")
            lines += [f"  + {name}" for name in changes.created]
            lines += [f"  ~ {u.name} ({', '.join(u.fields)})" for u in changes.updated]
            lines += [f"  - {name}" for name in changes.deleted]
        return [*lines, self.summary]


class ApplyInterrupted(HouseCatError):
    """A write failed after others were made: say how far the apply got."""

    def __init__(self, done: int, total: int, what: str, cause: str, status_code: int) -> None:
        super().__init__(
            f"applied {done} of {total} changes, then {what} failed: {cause}; "
            "nothing after it was changed: apply the file again to finish"
        )
        self.status_code = status_code


async def apply_text(
    text: str,
    services: Services,
    *,
    environ: Mapping[str, str],
    prune: bool = False,
    dry_run: bool = False,
) -> ApplyAnswer:
    """Check a file whole against the server, then (unless a dry run) apply it."""
    loaded = load(text, environ)
    found = await diff(loaded, await State.read(services), services, prune=prune)
    if not dry_run and found:
        await _write(found, loaded, services)
    return answer(found, dry_run=dry_run)


def answer(found: Diff, *, dry_run: bool) -> ApplyAnswer:
    changes = {
        section: SectionChanges(
            created=[c.name for c in found.sections[section].created],
            updated=[
                Updated(name=c.name, fields=c.fields) for c in found.sections[section].updated
            ],
            deleted=[c.name for c in found.sections[section].deleted],
        )
        for section in SECTIONS
    }
    counts = [
        sum(len(getattr(section, kind)) for section in changes.values())
        for kind in ("created", "updated", "deleted")
    ]
    if not any(counts):
        summary = "nothing to change"
    elif dry_run:
        would = ", ".join(f"{verb} {n}" for verb, n in zip(VERBS, counts, strict=True))
        summary = f"dry run: would {would}; nothing changed"
    else:
        done = ", ".join(f"{n} {verb}d" for verb, n in zip(VERBS, counts, strict=True))
        summary = f"applied: {done}"
    return ApplyAnswer(dry_run=dry_run, changed=any(counts), summary=summary, changes=changes)


async def _write(found: Diff, loaded: Loaded, services: Services) -> None:
    """Make every change in order; a failure says how far it got.

    New tests are stored together, in one round trip: a file of a thousand tests is
    applied in about the time a few API calls take.
    """
    batches: list[tuple[str, Action, list[Change]]] = []
    for section in SECTIONS:
        created = found.sections[section].created
        if section == "tests" and created:
            batches.append((section, "create", created))
        else:
            batches += [(section, "create", [c]) for c in created]
        if section != "templates":
            batches += [(section, "update", [c]) for c in found.sections[section].updated]
        if section == "tests":
            batches += _parents_batch(found, loaded)
            # A template's new goal goes to its tests once those of the file have the values
            # it asks for; the tests of the file were given it already.
            batches += [("templates", "update", [c]) for c in found.sections["templates"].updated]
    for section in reversed(SECTIONS):
        batches += [(section, "delete", [c]) for c in found.sections[section].deleted]
    # Setting parents finishes changes already counted: it adds none of its own.
    total = sum(len(changes) for _, action, changes in batches if action != "parents")
    writer = _Writer(found.ids, loaded, services)
    done = 0
    for section, action, changes in batches:
        try:
            await writer.write(section, action, changes)
        except (HouseCatError, RedisError) as exc:
            cause = exc.message if isinstance(exc, HouseCatError) else "storage unavailable"
            status = exc.status_code if isinstance(exc, HouseCatError) else 503
            kind = KINDS.get(section, section[:-1].replace("_", " "))
            what = f"{action} of {kind} '{changes[0].name}'"
            if len(changes) > 1:
                what = f"{action} of {len(changes)} {section}"
            raise ApplyInterrupted(done, total, what, cause, status) from exc
        done += len(changes) if action != "parents" else 0


class _Writer:
    """Writes one change at a time, learning the ids of what it creates."""

    def __init__(self, ids: dict[str, dict[str, str]], loaded: Loaded, services: Services) -> None:
        self.ids = ids
        self.manifest = loaded.manifest
        self.services = services

    async def write(self, section: str, action: Action, changes: list[Change]) -> None:
        if action == "create" and section == "tests":
            await self._create_tests(changes)
            return
        if action == "parents":
            await self._set_parents(changes)
            return
        (change,) = changes
        if action == "delete":
            await self._delete(section, change)
            return
        assert change.index is not None
        entry = getattr(self.manifest, section)[change.index]
        if action == "create":
            self.ids[section][change.name] = await self._create(section, entry, change)
        else:
            assert change.record_id is not None
            await self._update(section, change.record_id, change)

    async def _create_tests(self, changes: list[Change]) -> None:
        many = [
            change.stored
            | {
                "environment_id": self._id_of("environments", change.wanted["environment"]),
                "template_id": self._id_of("templates", change.wanted["template"]),
                "status": "paused" if change.wanted["paused"] else "active",
            }
            for change in changes
        ]
        made = await self.services.tests.insert_many_checked(many)
        for change, test in zip(changes, made, strict=True):
            self.ids["tests"][change.name] = test.id

    def _id_of(self, section: str, name: str | None) -> str | None:
        return None if name is None else self.ids[section][name]

    def _by_id(self, wanted: Mapping[str, Any], fields: list[str]) -> dict[str, Any]:
        """The changed fields as the API takes them: named records by their ids."""
        sent: dict[str, Any] = {}
        for name in fields:
            if name in BY_NAME:
                id_field, section = BY_NAME[name]
                sent[id_field] = self._id_of(section, wanted[name])
            elif name == "tests":
                sent["tests"] = [self.ids["tests"][test] for test in wanted["tests"]]
            else:
                sent[name] = wanted[name]
        return sent

    async def _create(self, section: str, entry: Any, change: Change) -> str:
        services, wanted = self.services, change.wanted
        if section == "environments":
            body = CreateEnvironment.model_validate(entry.model_dump() | wanted)
            return (await services.environments.create(body)).id
        if section == "browser_configs":
            return (await services.browser_configs.create(entry)).id
        if section == "templates":
            return (await services.templates.create(entry)).id
        if section == "maintenance":
            window = CreateWindow.model_validate(self._window(entry))
            return (await services.maintenance.create(window)).id
        if section == "status_pages":
            page = CreateStatusPage.model_validate(self._page(entry))
            return (await services.status_pages.create(page)).id
        sent = entry.model_dump(include=SUITE_CREATE_FIELDS) | self._by_id(
            wanted, ["tests", "environment", "browser_config"]
        )
        return (await services.suites.create(CreateSuite.model_validate(sent))).id

    async def _update(self, section: str, record_id: str, change: Change) -> None:
        services, wanted = self.services, change.wanted
        written_apart = ("steps", "paused", "depends_on")
        if section in ("maintenance", "status_pages"):
            await self._update_whole(section, record_id, change)
            return
        sent = self._by_id(wanted, [f for f in change.fields if f not in written_apart])
        if section == "environments":
            await services.environments.update(record_id, UpdateEnvironment.model_validate(sent))
        elif section == "browser_configs":
            body = UpdateBrowserConfig.model_validate(sent)
            await services.browser_configs.update(record_id, body)
        elif section == "suites":
            await services.suites.update(record_id, UpdateSuite.model_validate(sent))
        elif section == "templates":
            await services.templates.update(record_id, UpdateTemplate.model_validate(sent))
        else:
            await self._update_test(record_id, change, sent)

    async def _update_whole(self, section: str, record_id: str, change: Change) -> None:
        """Send every field of a window or page: a window's start goes with its time zone."""
        assert change.index is not None
        if section == "maintenance":
            window = self._window(self.manifest.maintenance[change.index])
            await self.services.maintenance.update(record_id, UpdateWindow.model_validate(window))
        else:
            page = self._page(self.manifest.status_pages[change.index])
            await self.services.status_pages.update(
                record_id, UpdateStatusPage.model_validate(page)
            )

    def _window(self, entry: ManifestMaintenance) -> dict[str, Any]:
        """The window as the API takes it: the tests and suites it covers by their ids."""
        applies_to = entry.applies_to
        # Left out, not null: an update takes `starts_at` or `cron`, never either as null.
        body = entry.model_dump(exclude={"applies_to"}, exclude_none=True)
        return body | {
            "applies_to": {
                "test_ids": [self.ids["tests"][name] for name in applies_to.tests],
                "suite_ids": [self.ids["suites"][name] for name in applies_to.suites],
                "tags": applies_to.tags,
            }
        }

    def _page(self, entry: ManifestStatusPage) -> dict[str, Any]:
        """The page as the API takes it: its suites by their ids."""
        body = entry.model_dump(exclude={"suites", "suite_ids"})
        return body | {"suite_ids": [self.ids["suites"][name] for name in entry.suites]}

    async def _update_test(self, test_id: str, change: Change, sent: dict[str, Any]) -> None:
        """Change a test; steps are pinned before (and unpinned after) its goal changes."""
        wanted = change.wanted
        if "paused" in change.fields:
            sent["status"] = "paused" if wanted["paused"] else "active"
        steps = wanted["steps"]
        if "steps" in change.fields and steps is not None:
            pinned = [Step.model_validate(step) for step in steps]
            await self.services.steps.pin(test_id, PinSteps(steps=pinned))
        linked = sent.pop("template_id") if "template" in change.fields else ...
        if sent or linked is not ...:
            body = UpdateTestSuite.model_validate(sent)
            await self.services.tests.update(test_id, body, template_id=linked)
        if "steps" in change.fields and steps is None:
            await self.services.steps.unpin(test_id)

    async def _set_parents(self, changes: list[Change]) -> None:
        """Clear the parents that change, then set them all: no step holds a cycle."""
        tests, ids = self.manifest.tests, self.ids["tests"]
        for change in changes:
            if change.record_id is not None:
                cleared = UpdateTestSuite(depends_on=[])
                await self.services.tests.update(change.record_id, cleared)
        for change in changes:
            assert change.index is not None
            parents = [ids[name] for name in tests[change.index].depends_on]
            body = UpdateTestSuite(depends_on=parents)
            await self.services.tests.update(ids[change.name], body)

    async def _delete(self, section: str, change: Change) -> None:
        assert change.record_id is not None
        service: Any = getattr(self.services, section)
        await service.delete(change.record_id)


def _parents_batch(found: Diff, loaded: Loaded) -> list[tuple[str, Action, list[Change]]]:
    """The tests whose parents to set: new ones that name any, and those whose parents change."""
    tests = found.sections["tests"]
    entries = loaded.manifest.tests
    changes = [c for c in tests.created if c.index is not None and entries[c.index].depends_on]
    changes += [c for c in tests.updated if "depends_on" in c.fields]
    return [("tests", "parents", changes)] if changes else []
