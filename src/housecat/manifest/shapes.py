"""Each record as a file would write it and as the server holds it, in one comparable form.

A shape is a flat dict of the fields a file sets, with other records given by name and
secrets by value; two shapes are equal exactly when applying the file would change nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from housecat.browser.devices import DevicePreset
from housecat.browser_configs.models import DEFAULTS, PRESET_FIELDS, BrowserConfig
from housecat.environments.models import Environment
from housecat.errors import InvalidInput
from housecat.groups.models import Suite
from housecat.maintenance.models import Window
from housecat.maintenance.service import settled
from housecat.manifest.depends import named_parents
from housecat.manifest.models import (
    ManifestBrowserConfig,
    ManifestEnvironment,
    ManifestMaintenance,
    ManifestStatusPage,
    ManifestSuite,
    ManifestTemplate,
    ManifestTest,
)
from housecat.plan.models import Plan, Step
from housecat.plan.secrets import lift_secrets
from housecat.status_pages.models import StatusPage
from housecat.suites.fields import GOAL_MAX
from housecat.suites.journey import read_journey
from housecat.suites.models import TestSuiteResponse
from housecat.suites.steps import as_written
from housecat.templates.models import Template

Shape = dict[str, Any]

TEST_FIELDS = (
    "url",
    "goal",
    "steps",
    "schedule",
    "environment",
    "template",
    "variables",
    "secrets",
    "alert_webhook",
    "alert_channels",
    "retries",
    "reminder_minutes",
    "planner",
    "executor",
    "model_budget_usd",
    "description",
    "category",
    "tags",
    "screenshots",
    "paused",
    "depends_on",
    "locations",
    "alert_quorum",
)
TEMPLATE_FIELDS = ("goal", "description")
ENVIRONMENT_FIELDS = ("base_url", "description", "variables", "secrets")
BROWSER_CONFIG_FIELDS = tuple(name for name in ManifestBrowserConfig.model_fields if name != "name")
SUITE_FIELDS = (
    "description",
    "tests",
    "schedule",
    "environment",
    "browser_config",
    "concurrency",
    "alert_webhook",
    "alert_channels",
)

MAINTENANCE_FIELDS = (
    "description",
    "starts_at",
    "cron",
    "timezone",
    "duration_minutes",
    "effect",
    "applies_to",
)
STATUS_PAGE_FIELDS = ("name", "description", "suites", "tags")


def given_secrets(refs: Mapping[str, Any], values: Mapping[str, str]) -> dict[str, str]:
    """The secrets' values, read by their references' environment variables."""
    return {name: values[ref.env] for name, ref in refs.items()}


def pinned_steps(entry: ManifestTest) -> tuple[list[Step] | None, dict[str, str]]:
    """The test's steps as pinning keeps them (passwords made secrets), and those secrets."""
    if entry.steps is None:
        return None, {}
    written = [as_written(step) for step in entry.steps]
    reading = lift_secrets(Plan(goal=entry.goal or "", steps=written))
    return reading.plan.steps, reading.secrets


def goal_of(entry: ManifestTest, steps: list[Step] | None) -> str:
    """The goal to store: the file's, or (steps only) the steps' words, one a line."""
    if entry.goal is not None:
        return entry.goal
    return "\n".join(step.phrase for step in steps or [])[:GOAL_MAX]


def dumped_steps(steps: list[Step] | None) -> list[dict[str, Any]] | None:
    if steps is None:
        return None
    return [step.model_dump(mode="json", exclude_none=True) for step in steps]


def test_wanted(
    entry: ManifestTest, values: Mapping[str, str], held_goal: str | None = None
) -> Shape:
    """The test the file describes, as the server would hold it once created."""
    steps, lifted_from_steps = pinned_steps(entry)
    goal = goal_of(entry, steps)
    remote = entry.executor == "tinyfish"
    lifted: dict[str, str] = {}
    # A stored goal spells no password (they were made secrets): the same goal reads the same.
    if goal != held_goal:
        try:
            # As creating it reads it: a goal's passwords become secrets, `{{name}}` in it.
            journey = read_journey(goal, pinned=steps, model=True, remote=remote)
            goal, lifted = journey.goal, journey.lifted
        except InvalidInput:
            pass  # the checks before applying say what is wrong with it
    shape = entry.model_dump(include=set(TEST_FIELDS))
    shape |= {
        "goal": goal,
        "steps": dumped_steps(steps),
        "secrets": {**lifted, **lifted_from_steps, **given_secrets(entry.secrets, values)},
    }
    return shape


def test_held(test: TestSuiteResponse, names: Mapping[str, Mapping[str, str]]) -> Shape:
    """The test with its environment and template named (`names` by section)."""
    shape = test.model_dump(include=set(TEST_FIELDS))
    return shape | {
        "steps": dumped_steps(test.steps) if test.pinned else None,
        "secrets": test.secret_values(),
        "environment": names["environments"].get(test.environment_id or ""),
        "template": names["templates"].get(test.template_id or ""),
        "paused": test.status == "paused",
        "depends_on": named_parents(test, names["tests"]),
    }


def template_wanted(entry: ManifestTemplate) -> Shape:
    return entry.model_dump(include=set(TEMPLATE_FIELDS))


def template_held(template: Template) -> Shape:
    return template.model_dump(include=set(TEMPLATE_FIELDS))


def environment_wanted(entry: ManifestEnvironment, values: Mapping[str, str]) -> Shape:
    shape = entry.model_dump(include=set(ENVIRONMENT_FIELDS))
    return shape | {"secrets": given_secrets(entry.secrets, values)}


def environment_held(environment: Environment) -> Shape:
    shape = environment.model_dump(include=set(ENVIRONMENT_FIELDS))
    return shape | {"secrets": environment.secret_values()}


def browser_config_wanted(
    entry: ManifestBrowserConfig, presets: Mapping[str, DevicePreset]
) -> Shape:
    """The configuration as creating it stores it: fields set, over the preset, over defaults."""
    preset = presets.get(entry.device or "")
    filled = preset.model_dump(include=set(PRESET_FIELDS)) if preset else {}
    merged = DEFAULTS | filled | entry.model_dump(exclude_none=True)
    return {name: merged.get(name) for name in BROWSER_CONFIG_FIELDS}


def browser_config_held(config: BrowserConfig) -> Shape:
    return config.model_dump(include=set(BROWSER_CONFIG_FIELDS))


def suite_wanted(entry: ManifestSuite) -> Shape:
    return entry.model_dump(include=set(SUITE_FIELDS))


def suite_held(suite: Suite, names: Mapping[str, Mapping[str, str]]) -> Shape:
    """The suite with its tests, environment and configuration named (`names` by section)."""
    shape = suite.model_dump(include=set(SUITE_FIELDS))
    tests = names["tests"]
    return shape | {
        "tests": [tests[test_id] for test_id in suite.test_ids if test_id in tests],
        "environment": names["environments"].get(suite.environment_id or ""),
        "browser_config": names["browser_configs"].get(suite.browser_config_id or ""),
    }


def maintenance_wanted(entry: ManifestMaintenance) -> Shape:
    """The window as creating it stores it: a one-off start in UTC."""
    shape = settled(entry.model_dump(include=set(MAINTENANCE_FIELDS)))
    return shape | {"applies_to": entry.applies_to.model_dump(include={"tests", "suites", "tags"})}


def maintenance_held(window: Window, names: Mapping[str, Mapping[str, str]]) -> Shape:
    """The window with the tests and suites it covers named (deleted ones left out)."""
    shape = window.model_dump(include=set(MAINTENANCE_FIELDS) - {"applies_to"})
    applies_to = window.applies_to
    return shape | {
        "applies_to": {
            "tests": _named(applies_to.test_ids, names["tests"]),
            "suites": _named(applies_to.suite_ids, names["suites"]),
            "tags": applies_to.tags,
        }
    }


def status_page_wanted(entry: ManifestStatusPage) -> Shape:
    return entry.model_dump(include=set(STATUS_PAGE_FIELDS))


def status_page_held(page: StatusPage, names: Mapping[str, Mapping[str, str]]) -> Shape:
    shape = page.model_dump(include=set(STATUS_PAGE_FIELDS))
    return shape | {"suites": _named(page.suite_ids, names["suites"])}


def _named(ids: list[str], names: Mapping[str, str]) -> list[str]:
    return [names[record_id] for record_id in ids if record_id in names]


def changed_fields(wanted: Shape, held: Shape) -> list[str]:
    """The fields whose values differ, in the shape's order."""
    return [name for name, value in wanted.items() if held.get(name) != value]
