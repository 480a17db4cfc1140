"""What applying a file would change, section by section, checked whole before anything is written.

Records are matched by name within their section. Every entry to create or update is
checked as the API would check it (goals read, `{{name}}`s given values, alert targets
allowed, devices known), and every name a file uses must be defined in it or, unless
pruning, on the server: a file with any problem changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import BaseModel, ValidationError

from housecat.alerts.targets import refused_targets
from housecat.browser.devices import DevicePreset
from housecat.browser_configs.service import presets
from housecat.environments.models import CreateEnvironment
from housecat.errors import InvalidInput
from housecat.manifest import depends, shapes
from housecat.manifest.load import Loaded
from housecat.manifest.models import SECTIONS, Manifest, ManifestTest, key_of
from housecat.manifest.problems import ManifestInvalid, Path, Positions, Problem
from housecat.manifest.state import Services, State
from housecat.plan.models import Step
from housecat.plan.variables import placeholder
from housecat.suites.models import CreateTestSuite
from housecat.suites.values import Values, check_kinds, values_for
from housecat.templates.service import missing_values, read_goal
from housecat.urls import is_path

# What a test entry gives the API's create, beyond what the file names or references.
# Its parents (`depends_on`) are set once every test of the file exists (manifest/depends.py).
CREATE_FIELDS = set(CreateTestSuite.model_fields) - {
    "goal",
    "secrets",
    "environment_id",
    "depends_on",
}


@dataclass
class Change:
    """One record to create, update or delete; `index` is its entry's place in the file."""

    name: str
    index: int | None = None
    record_id: str | None = None
    fields: list[str] = field(default_factory=list)
    wanted: shapes.Shape = field(default_factory=dict)
    # A test to create: the API's body, its steps, and what checking it gave to store.
    body: CreateTestSuite | None = None
    steps: list[Step] | None = None
    stored: dict[str, Any] = field(default_factory=dict)


@dataclass
class SectionDiff:
    created: list[Change] = field(default_factory=list)
    updated: list[Change] = field(default_factory=list)
    deleted: list[Change] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


@dataclass
class Diff:
    """Every change, by section (in the order they are applied)."""

    sections: dict[str, SectionDiff]
    # The server's ids of records by name, per section (after checks: one id per name).
    ids: dict[str, dict[str, str]]

    def __bool__(self) -> bool:
        return any(self.sections.values())


async def diff(loaded: Loaded, state: State, services: Services, *, prune: bool) -> Diff:
    """Compare the file with the server; raise ManifestInvalid with every problem found."""
    manifest = loaded.manifest
    problems: list[Problem] = []
    held_ids = {section: _ids_by_key(section, getattr(state, section)) for section in SECTIONS}
    problems += _ambiguous(loaded, held_ids, prune=prune)
    problems += _references(loaded, held_ids, prune=prune)
    problems += depends.problems(loaded, state, held_ids["tests"], prune=prune)
    devices = await presets() if any(c.device for c in manifest.browser_configs) else {}
    problems += _unknown_devices(loaded, devices)
    if problems:
        raise ManifestInvalid(problems)
    loaded = replace(loaded, manifest=_with_template_goals(manifest, state))
    manifest = loaded.manifest

    names = {section: state.names(section) for section in SECTIONS}
    held: dict[str, dict[str, shapes.Shape]] = {
        "environments": {e.name: shapes.environment_held(e) for e in state.environments},
        "browser_configs": {c.name: shapes.browser_config_held(c) for c in state.browser_configs},
        "templates": {t.name: shapes.template_held(t) for t in state.templates},
        "tests": {t.name: shapes.test_held(t, names) for t in state.tests},
        "suites": {s.name: shapes.suite_held(s, names) for s in state.suites},
        "maintenance": {w.name: shapes.maintenance_held(w, names) for w in state.maintenance},
        "status_pages": {p.slug: shapes.status_page_held(p, names) for p in state.status_pages},
    }
    # A new record's shape is only needed to create it: reading a thousand new tests'
    # goals once (to check them) is enough.
    wanted: dict[str, Callable[[Any], shapes.Shape]] = {
        "environments": lambda e: shapes.environment_wanted(e, loaded.secrets),
        "browser_configs": lambda c: shapes.browser_config_wanted(c, devices),
        "templates": shapes.template_wanted,
        "tests": lambda t: shapes.test_wanted(t, loaded.secrets, held["tests"][t.name]["goal"]),
        "suites": shapes.suite_wanted,
        "maintenance": shapes.maintenance_wanted,
        "status_pages": shapes.status_page_wanted,
    }
    sections: dict[str, SectionDiff] = {}
    for section in SECTIONS:
        ids = {name: found[0] for name, found in held_ids[section].items()}
        changes = SectionDiff()
        for index, entry in enumerate(getattr(manifest, section)):
            key = key_of(section, entry)
            before = held[section].get(key)
            if before is None:
                shape = {} if section == "tests" else wanted[section](entry)
                changes.created.append(Change(key, index, wanted=shape))
                continue
            shape = wanted[section](entry)
            changed = shapes.changed_fields(shape, before)
            if changed:
                change = Change(key, index, ids[key], changed, shape)
                changes.updated.append(change)
        if prune:
            kept = {key_of(section, entry) for entry in getattr(manifest, section)}
            for record in getattr(state, section):
                if key_of(section, record) not in kept:
                    changes.deleted.append(Change(key_of(section, record), record_id=record.id))
        sections[section] = changes

    problems += _checked(loaded, sections, state, services, prune=prune)
    if problems:
        raise ManifestInvalid(problems)
    return Diff(sections, {s: {n: found[0] for n, found in held_ids[s].items()} for s in SECTIONS})


def _with_template_goals(manifest: Manifest, state: State) -> Manifest:
    """Give each test made from a template that template's goal (the file's, else the server's).

    Pinned steps keep the goal the test gives, which they were made from.
    """
    goals = {t.name: t.goal for t in state.templates} | {t.name: t.goal for t in manifest.templates}
    tests = [
        test.model_copy(update={"goal": goals[test.template]})
        if test.template is not None and test.goal is None
        else test
        for test in manifest.tests
    ]
    return manifest.model_copy(update={"tests": tests})


def _ids_by_key(section: str, records: list[Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for record in records:
        found[key_of(section, record)].append(record.id)
    return found


def _ambiguous(
    loaded: Loaded, held_ids: Mapping[str, Mapping[str, list[str]]], *, prune: bool
) -> list[Problem]:
    """Refuse to match a name the server gives several tests (only tests' names may repeat)."""
    problems = []
    tests = held_ids["tests"]
    for index, entry in enumerate(loaded.manifest.tests):
        if len(tests.get(entry.name, [])) > 1:
            problems.append(_twice(loaded.positions, ("tests", index, "name"), entry.name, tests))
    if not prune:
        defined = {entry.name for entry in loaded.manifest.tests}
        naming: list[tuple[Path, list[str]]] = [
            (("suites", index, "tests"), suite.tests)
            for index, suite in enumerate(loaded.manifest.suites)
        ]
        naming += [
            (("maintenance", index, "applies_to", "tests"), window.applies_to.tests)
            for index, window in enumerate(loaded.manifest.maintenance)
        ]
        for where, named in naming:
            for position, name in enumerate(named):
                if name not in defined and len(tests.get(name, [])) > 1:
                    problems.append(_twice(loaded.positions, (*where, position), name, tests))
    return problems


def _twice(positions: Positions, path: Path, name: str, tests: Mapping[str, list[str]]) -> Problem:
    ids = ", ".join(sorted(tests[name]))
    message = f"the server has several tests named '{name}' ({ids}): rename or delete all but one"
    return positions.problem(path, message)


def _references(
    loaded: Loaded, held_ids: Mapping[str, Mapping[str, list[str]]], *, prune: bool
) -> list[Problem]:
    """Every name a file uses must be defined in it or, unless pruning, on the server."""
    manifest, positions = loaded.manifest, loaded.positions

    def known(section: str) -> set[str]:
        defined = {entry.name for entry in getattr(manifest, section)}
        return defined if prune else defined | set(held_ids[section])

    where = "in this file" if prune else "in this file or on the server"
    problems = []
    environments, configs, tests = known("environments"), known("browser_configs"), known("tests")
    templates, suites = known("templates"), known("suites")
    for index, test in enumerate(manifest.tests):
        if test.environment is not None and test.environment not in environments:
            message = f"no environment named '{test.environment}' {where}"
            problems.append(positions.problem(("tests", index, "environment"), message))
        if test.template is not None and test.template not in templates:
            message = f"no template named '{test.template}' {where}"
            problems.append(positions.problem(("tests", index, "template"), message))
    for index, suite in enumerate(manifest.suites):
        if suite.environment is not None and suite.environment not in environments:
            message = f"no environment named '{suite.environment}' {where}"
            problems.append(positions.problem(("suites", index, "environment"), message))
        if suite.browser_config is not None and suite.browser_config not in configs:
            message = f"no browser configuration named '{suite.browser_config}' {where}"
            problems.append(positions.problem(("suites", index, "browser_config"), message))
        for position, name in enumerate(suite.tests):
            if name not in tests:
                message = f"no test named '{name}' {where}"
                problems.append(positions.problem(("suites", index, "tests", position), message))
    named: list[tuple[Path, str, list[str], set[str]]] = []
    for index, window in enumerate(manifest.maintenance):
        path: Path = ("maintenance", index, "applies_to")
        named.append(((*path, "tests"), "test", window.applies_to.tests, tests))
        named.append(((*path, "suites"), "suite", window.applies_to.suites, suites))
    for index, page in enumerate(manifest.status_pages):
        named.append((("status_pages", index, "suites"), "suite", page.suites, suites))
    for place, kind, names, defined in named:
        for position, name in enumerate(names):
            if name not in defined:
                message = f"no {kind} named '{name}' {where}"
                problems.append(positions.problem((*place, position), message))
    return problems


def _unknown_devices(loaded: Loaded, devices: Mapping[str, DevicePreset]) -> list[Problem]:
    problems = []
    for index, config in enumerate(loaded.manifest.browser_configs):
        if config.device is not None and config.device not in devices:
            message = f"unknown device '{config.device}' (see GET /api/v1/browser-configs/devices)"
            problems.append(loaded.positions.problem(("browser_configs", index, "device"), message))
    return problems


def _checked(
    loaded: Loaded,
    sections: Mapping[str, SectionDiff],
    state: State,
    services: Services,
    *,
    prune: bool,
) -> list[Problem]:
    """Check each entry to create or update as the API would; keep tests' bodies for creating."""
    manifest, positions = loaded.manifest, loaded.positions
    problems: list[Problem] = []
    changing = {section: [*diff.created, *diff.updated] for section, diff in sections.items()}
    for change in changing["environments"]:
        assert change.index is not None
        path: Path = ("environments", change.index)
        entry = manifest.environments[change.index]
        shape = change.wanted
        problems += _as_api(positions, path, CreateEnvironment, entry.model_dump() | shape)
        try:
            check_kinds(Values(shape["variables"], shape["secrets"]))
        except InvalidInput as exc:
            problems += positions.of_fields(path, exc.fields)
    for change in changing["suites"]:
        assert change.index is not None
        suite = manifest.suites[change.index]
        refused = refused_targets(
            suite.alert_webhook,
            suite.alert_channels,
            allow_private=services.suites.allow_private_webhooks,
        )
        problems += positions.of_fields(("suites", change.index), refused)
    for change in changing["templates"]:
        problems += _check_template(loaded, change, state, prune=prune)
    # A test run in any environment may use the names environments give values to.
    elsewhere: set[str] = set()
    for environment in state.environments:
        elsewhere |= environment.values().names
    for described in manifest.environments:
        elsewhere |= set(described.variables) | set(described.secrets)
    for change in changing["tests"]:
        assert change.index is not None
        problems += _check_test(
            loaded, change, manifest.tests[change.index], services, frozenset(elsewhere)
        )
    return problems


def _check_template(loaded: Loaded, change: Change, state: State, *, prune: bool) -> list[Problem]:
    """Read a template's goal as the API would; a new goal must suit the tests it goes to.

    Those the file describes are checked with their own (new) values; the server's others
    (kept unless pruning) need a value for each parameter already.
    """
    assert change.index is not None
    path: Path = ("templates", change.index)
    entry = loaded.manifest.templates[change.index]
    try:
        parameters = read_goal(entry.goal)
    except InvalidInput as exc:
        return loaded.positions.of_fields(path, exc.fields or {"goal": exc.message})
    if change.record_id is None or "goal" not in change.fields or prune:
        return []
    described = {test.name for test in loaded.manifest.tests}
    environments = {environment.id: environment for environment in state.environments}
    problems = []
    for test in state.tests:
        if test.template_id != change.record_id or test.pinned or test.name in described:
            continue
        environment = environments.get(test.environment_id or "")
        missing = missing_values(parameters, values_for(test), environment)
        if missing:
            names = " and ".join(placeholder(name) for name in missing)
            message = (
                f"the test '{test.name}' made from this template has no value for {names}: "
                "describe it in this file with one, or pin its steps"
            )
            problems.append(loaded.positions.problem((*path, "goal"), message))
    return problems


def _check_test(
    loaded: Loaded,
    change: Change,
    entry: ManifestTest,
    services: Services,
    elsewhere: frozenset[str],
) -> list[Problem]:
    """Check a test as creating it would; on success keep its body and fields to store."""
    assert change.index is not None
    path: Path = ("tests", change.index)
    positions = loaded.positions
    if entry.environment is None and is_path(entry.url):
        message = "a path needs an environment: its base URL comes before the path"
        return [positions.problem((*path, "url"), message)]
    steps, lifted = shapes.pinned_steps(entry)
    sent = entry.model_dump(include=CREATE_FIELDS) | {
        "goal": shapes.goal_of(entry, steps),
        "secrets": {**lifted, **shapes.given_secrets(entry.secrets, loaded.secrets)},
    }
    try:
        body = CreateTestSuite.model_validate(sent)
        change.stored = services.tests.checked(body, steps=steps, elsewhere=elsewhere)
    except ValidationError as exc:
        return positions.of_errors(path, exc.errors())
    except InvalidInput as exc:
        return positions.of_fields(path, exc.fields or {"goal": exc.message})
    change.body, change.steps = body, steps
    change.wanted = change.wanted or {
        "environment": entry.environment,
        "template": entry.template,
        "paused": entry.paused,
    }
    return []


def _as_api(
    positions: Positions, path: Path, model: type[BaseModel], sent: dict[str, Any]
) -> list[Problem]:
    """Check what the API would be sent (secrets as their values, now read) as it would."""
    try:
        model.model_validate(sent)
    except ValidationError as exc:
        return positions.of_errors(path, exc.errors())
    return []
