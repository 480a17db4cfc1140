"""Reading a monitors file: every problem is reported at its line and column."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from housecat.manifest.load import load
from housecat.manifest.models import json_schema
from housecat.manifest.problems import ManifestInvalid

VALID = """\
environments:
  - name: staging
    base_url: https://staging.example.com
    secrets:
      password: {env: SHOP_PASSWORD}
tests:
  - name: Login
    url: /login
    goal: open /login
    environment: staging
    schedule: "@hourly"
"""


def problems(text: str, environ: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(ManifestInvalid) as caught:
        load(text, environ or {})
    return [problem.shown("monitors.yaml") for problem in caught.value.problems]


def test_a_valid_file_is_read_with_its_secrets_from_the_environment() -> None:
    loaded = load(VALID, {"SHOP_PASSWORD": "hunter2"})
    assert loaded.manifest.tests[0].schedule == "0 * * * *"  # checked as the API checks it
    assert loaded.manifest.tests[0].environment == "staging"
    assert loaded.secrets == {"SHOP_PASSWORD": "hunter2"}


def test_a_yaml_syntax_error_has_its_line_and_column() -> None:
    (problem,) = problems("tests:\n  - name: [Login\n    url: x\n")
    assert problem.startswith("monitors.yaml:3:")
    assert "(file)" in problem


def test_an_unknown_field_is_placed_on_its_key() -> None:
    text = VALID + "    colour: blue\n"
    assert problems(text, {"SHOP_PASSWORD": "x"}) == [
        "monitors.yaml:12:5: tests[0].colour: unknown field"
    ]


def test_a_bad_schedule_is_placed_on_its_key_and_says_why() -> None:
    text = VALID.replace('"@hourly"', '"61 * * * *"')
    (problem,) = problems(text, {"SHOP_PASSWORD": "x"})
    assert problem == (
        "monitors.yaml:11:5: tests[0].schedule: minute '61' is not valid (allowed: 0-59)"
    )


def test_a_test_named_twice_is_refused_at_the_second_name() -> None:
    text = VALID + "  - name: Login\n    url: https://a.test/\n    goal: open /\n"
    assert problems(text, {"SHOP_PASSWORD": "x"}) == [
        "monitors.yaml:12:5: tests[1].name: 'Login' is already the name of tests[0] (line 7)"
    ]


def test_a_key_given_twice_is_refused_with_every_other_problem() -> None:
    text = VALID + "    schedule: '@daily'\n    retries: 9\n"
    assert problems(text, {"SHOP_PASSWORD": "x"}) == [
        "monitors.yaml:12:5: tests[0].schedule: 'schedule' is given twice (first on line 11)",
        "monitors.yaml:13:5: tests[0].retries: Input should be less than or equal to 5",
    ]


def test_a_missing_secret_variable_is_named_where_it_is_referenced() -> None:
    assert problems(VALID) == [
        "monitors.yaml:5:18: environments[0].secrets.password.env: "
        "environment variable SHOP_PASSWORD is not set (secret 'password')"
    ]


def test_a_missing_field_is_placed_on_its_entry() -> None:
    text = "tests:\n  - name: Home\n    url: https://a.test/\n"
    assert problems(text) == ["monitors.yaml:2:5: tests[0]: give a goal, steps, or a template"]


def test_an_id_where_a_name_belongs_is_refused() -> None:
    text = "tests:\n  - name: A\n    url: /\n    goal: open /\n    environment_id: abc123\n"
    (problem,) = problems(text)
    assert problem.startswith("monitors.yaml:5:5: tests[0].environment_id: ")
    assert "write `environment: NAME` instead" in problem


def test_json_is_read_as_yaml_with_positions() -> None:
    text = '{"tests": [\n  {"name": "A", "url": "https://a.test/", "goal": "open /", "x": 1}\n]}'
    assert problems(text) == ["monitors.yaml:2:61: tests[0].x: unknown field"]


@pytest.mark.parametrize("text", ["", "# nothing yet\n", "tests:\nsuites:\n"])
def test_an_empty_file_or_section_describes_nothing(text: str) -> None:
    assert load(text, {}).manifest.tests == []


def test_the_schema_offers_every_section_and_hides_ids() -> None:
    schema = json_schema()
    sections = {"tests", "suites", "environments", "browser_configs", "templates"}
    assert set(schema["properties"]) == sections | {"maintenance", "status_pages"}
    test = schema["$defs"]["ManifestTest"]["properties"]
    assert "environment" in test and "environment_id" not in test
    assert "template" in test and "template_id" not in test
    assert test["secrets"]["additionalProperties"]["$ref"].endswith("SecretRef")
    applies_to = schema["$defs"]["ManifestAppliesTo"]["properties"]
    assert set(applies_to) == {"tests", "suites", "tags"}
    page = schema["$defs"]["ManifestStatusPage"]["properties"]
    assert "suites" in page and "suite_ids" not in page


def test_the_documented_example_is_a_valid_file() -> None:
    docs = (Path(__file__).parents[1] / "docs" / "monitors-as-code.md").read_text()
    example = re.findall(r"```yaml\n(.*?)```", docs, re.S)[0]
    loaded = load(example, {"STAGING_PASSWORD": "x", "SHOP_API_KEY": "y"})
    assert [test.name for test in loaded.manifest.tests][:2] == ["Sign in", "Search"]
