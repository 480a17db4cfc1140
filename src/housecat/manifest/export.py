"""Write what the server holds as a monitors file, which applied elsewhere makes the same records.

Values left at their defaults are left out, so the file reads as a person would write it.
Secrets are never written: each becomes a reference to an environment variable named
after its owner and itself (`REFERENCE_NAMES`), which the process that applies must set.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import yaml

from housecat.browser_configs.models import DEFAULTS, PRESET_FIELDS, BrowserConfig
from housecat.browser_configs.service import presets
from housecat.environments.models import Environment
from housecat.errors import Conflict
from housecat.groups.models import CreateSuite, Suite
from housecat.maintenance.models import Window
from housecat.manifest.depends import named_parents
from housecat.manifest.models import ManifestBrowserConfig, ManifestTest
from housecat.manifest.shapes import BROWSER_CONFIG_FIELDS, TEST_FIELDS
from housecat.manifest.state import Services, State
from housecat.status_pages.models import StatusPage
from housecat.suites.models import TestSuiteResponse
from housecat.templates.models import Template


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Writes text of several lines as a block, as a person would."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)
# How exported secrets' environment variables are named (see `secret_variable`).
REFERENCE_NAMES = (
    "HOUSECAT_SECRET_<TEST>_<NAME> and HOUSECAT_SECRET_ENVIRONMENT_<ENVIRONMENT>_<NAME>"
)
# A test reads best with what it is first, then what it does.
_FIRST = ("name", "description", "category", "tags")
TEST_ORDER = (*_FIRST, *(name for name in TEST_FIELDS if name not in _FIRST))
TEST_DEFAULTS = {
    name: field.get_default(call_default_factory=True)
    for name, field in ManifestTest.model_fields.items()
    if not field.is_required()
}
SUITE_DEFAULTS = {
    name: field.get_default(call_default_factory=True)
    for name, field in CreateSuite.model_fields.items()
    if not field.is_required()
}


def secret_variable(*owner: str) -> str:
    """The environment variable an exported secret is read from: HOUSECAT_SECRET_LOGIN_PASSWORD."""
    words = re.sub(r"[^A-Za-z0-9]+", "_", "_".join(owner)).strip("_").upper()
    return f"HOUSECAT_SECRET_{words}"


async def export_text(services: Services, *, schema_url: str | None = None) -> str:
    """Return every record of each section the server holds, as a file."""
    state = await State.read(services)
    _refuse_names_twice(state.tests)
    names = {
        section: state.names(section)
        for section in ("tests", "environments", "browser_configs", "templates", "suites")
    }
    goals = {template.id: template.goal for template in state.templates}
    devices = await presets() if any(c.device for c in state.browser_configs) else {}
    document: dict[str, list[dict[str, Any]]] = {
        "environments": [_environment(e) for e in _oldest_first(state.environments)],
        "browser_configs": [
            _browser_config(c, devices) for c in _oldest_first(state.browser_configs)
        ],
        "templates": [_template(t) for t in _oldest_first(state.templates)],
        "tests": [_test(t, names, goals) for t in _oldest_first(state.tests)],
        "suites": [_suite(s, names) for s in _oldest_first(state.suites)],
        "maintenance": [_window(w, names) for w in _oldest_first(state.maintenance)],
        "status_pages": [_status_page(p, names) for p in _oldest_first(state.status_pages)],
    }
    head = "# HouseCat monitors: apply with `housecat apply FILE`.\n"
    head += f"# Secrets are read from environment variables: {REFERENCE_NAMES}.\n"
    if schema_url:
        head = f"# yaml-language-server: $schema={schema_url}\n" + head
    # Every section, even empty: the file says what it describes, and is a mapping.
    body = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return head + body


def _oldest_first(records: list[Any]) -> list[Any]:
    # Records made together (an apply stores new tests at once) come by name.
    return sorted(records, key=lambda record: (record.created_at, record.name, record.id))


def _refuse_names_twice(tests: list[TestSuiteResponse]) -> None:
    """A file matches tests by name: two tests of one name cannot both be written."""
    seen: dict[str, list[str]] = {}
    for test in tests:
        seen.setdefault(test.name, []).append(test.id)
    twice = {name: ids for name, ids in seen.items() if len(ids) > 1}
    if twice:
        named = "; ".join(f"'{name}' ({', '.join(sorted(ids))})" for name, ids in twice.items())
        raise Conflict(f"several tests share a name, which a file cannot tell apart: {named}")


def _without_defaults(values: dict[str, Any], defaults: Mapping[str, Any]) -> dict[str, Any]:
    return {
        name: value
        for name, value in values.items()
        if name not in defaults or value != defaults[name]
    }


def _test(
    test: TestSuiteResponse, names: Mapping[str, Mapping[str, str]], goals: Mapping[str, str]
) -> dict[str, Any]:
    """The test; one made from a template takes its goal, unless pinned steps kept another."""
    values = test.model_dump(include=set(TEST_ORDER))
    takes_goal = test.template_id is not None and (
        not test.pinned or test.goal == goals.get(test.template_id)
    )
    values |= {
        "goal": None if takes_goal else test.goal,
        "steps": _written_steps(test) if test.pinned else None,
        "environment": names["environments"].get(test.environment_id or ""),
        "template": names["templates"].get(test.template_id or ""),
        "secrets": {
            name: {"env": secret_variable(test.name, name)} for name in test.secret_values()
        },
        "paused": test.status == "paused",
        "depends_on": named_parents(test, names["tests"]),
    }
    kept = _without_defaults(values, TEST_DEFAULTS)
    return {name: kept[name] for name in TEST_ORDER if name in kept}


def _written_steps(test: TestSuiteResponse) -> list[dict[str, Any]]:
    """Pinned steps with only what their author wrote (no defaults, no learnt locators)."""
    return [
        step.model_dump(mode="json", exclude_defaults=True, exclude={"locator", "healed"})
        for step in test.steps or []
    ]


def _template(template: Template) -> dict[str, Any]:
    values = template.model_dump(include={"name", "goal", "description"})
    return {name: value for name, value in values.items() if value}


def _environment(environment: Environment) -> dict[str, Any]:
    values: dict[str, Any] = {"name": environment.name, "base_url": environment.base_url}
    if environment.description:
        values["description"] = environment.description
    if environment.variables:
        values["variables"] = environment.variables
    if environment.secrets:
        values["secrets"] = {
            name: {"env": secret_variable("environment", environment.name, name)}
            for name in environment.secret_values()
        }
    return values


def _browser_config(config: BrowserConfig, devices: Mapping[str, Any]) -> dict[str, Any]:
    """The fields its device's preset (or the defaults) would not fill in as they are."""
    preset = devices.get(config.device or "")
    filled = DEFAULTS | (preset.model_dump(include=set(PRESET_FIELDS)) if preset else {})
    defaults = {"browser": ManifestBrowserConfig.model_fields["browser"].default}
    values = config.model_dump(include={"name", *BROWSER_CONFIG_FIELDS})
    return {
        name: value
        for name, value in values.items()
        if value is not None and value != (filled | defaults).get(name)
    }


def _suite(suite: Suite, names: Mapping[str, Mapping[str, str]]) -> dict[str, Any]:
    tests = names["tests"]
    values = suite.model_dump(
        include={"name", "description", "schedule", "concurrency", "alert_webhook"}
    )
    values |= {
        "tests": [tests[test_id] for test_id in suite.test_ids if test_id in tests],
        "environment": names["environments"].get(suite.environment_id or ""),
        "browser_config": names["browser_configs"].get(suite.browser_config_id or ""),
        "alert_channels": suite.alert_channels,
    }
    defaults = SUITE_DEFAULTS | {"environment": None, "browser_config": None}
    return _without_defaults(values, defaults)


def _named(ids: list[str], names: Mapping[str, str]) -> list[str]:
    return [names[record_id] for record_id in ids if record_id in names]


def _window(window: Window, names: Mapping[str, Mapping[str, str]]) -> dict[str, Any]:
    """The window; a one-off start is written in UTC, as it is kept."""
    values = window.model_dump(
        include={"name", "description", "starts_at", "cron", "timezone", "duration_minutes"}
    )
    applies_to = {
        "tests": _named(window.applies_to.test_ids, names["tests"]),
        "suites": _named(window.applies_to.suite_ids, names["suites"]),
        "tags": window.applies_to.tags,
    }
    values |= {
        "effect": window.effect,
        "applies_to": {name: value for name, value in applies_to.items() if value},
    }
    defaults = {"description": "", "starts_at": None, "cron": None, "timezone": "UTC"}
    return _without_defaults(values, defaults | {"effect": "skip"})


def _status_page(page: StatusPage, names: Mapping[str, Mapping[str, str]]) -> dict[str, Any]:
    values = page.model_dump(include={"name", "slug", "description", "tags"})
    values["suites"] = _named(page.suite_ids, names["suites"])
    return _without_defaults(values, {"description": "", "suites": [], "tags": []})
