"""The journeys of a monitors file to check: picked by tag, placed at a base URL or in an
environment of the file, with their values layered as runs layer them."""

from __future__ import annotations

from housecat.checks.models import CheckCase
from housecat.environments.resolve import is_path, under
from housecat.errors import InvalidInput
from housecat.manifest.load import Loaded
from housecat.manifest.models import ManifestEnvironment, ManifestTest, SecretRef
from housecat.plan.read import read
from housecat.suites.values import Values, layered


def check_cases(
    loaded: Loaded,
    *,
    base_url: str | None = None,
    environment: str | None = None,
    only: tuple[str, ...] = (),
) -> list[CheckCase]:
    """Return the cases to run; InvalidInput says every reason some cannot run at all.

    A path URL opens under `base_url` when given, else under the base URL of the
    environment named by `environment` or, failing that, by the test itself. The values
    come from that environment, under the test's own.
    """
    manifest = loaded.manifest
    environments = {env.name: env for env in manifest.environments}
    templates = {template.name: template.goal for template in manifest.templates}
    if environment is not None and environment not in environments:
        named = ", ".join(sorted(environments)) or "none"
        raise InvalidInput(f"--env: the file has no environment '{environment}' (it has: {named})")
    picked = [test for test in manifest.tests if not only or set(only) & set(test.tags)]
    if not picked:
        tagged = f" tagged {', '.join(only)}" if only else ""
        raise InvalidInput(f"the file has no test{tagged} to check")
    cases, problems = [], []
    for test in picked:
        place = environment or test.environment
        env = environments.get(place) if place else None
        try:
            cases.append(_case(test, env, base_url, loaded.secrets, templates))
        except ValueError as exc:
            problems.append(f"test '{test.name}': {exc}")
    if problems:
        raise InvalidInput("\n".join(problems))
    return cases


def _case(
    test: ManifestTest,
    env: ManifestEnvironment | None,
    base_url: str | None,
    secrets: dict[str, str],
    templates: dict[str, str],
) -> CheckCase:
    url = test.url
    if is_path(url):
        base = base_url or (env.base_url if env else None)
        if base is None:
            raise ValueError(f"'{url}' is a path: give --base-url or an environment of the file")
        url = under(base, url)
    below = Values(env.variables, _values(env.secrets, secrets)) if env else Values()
    values = layered(below, Values(test.variables, _values(test.secrets, secrets)))
    goal = test.goal or ""
    if test.template is not None and test.goal is None:
        if test.template not in templates:
            raise ValueError(f"its template '{test.template}' is not in the file")
        goal = templates[test.template]
    if test.steps is None:
        try:
            read(goal)
        except InvalidInput as exc:
            raise ValueError(exc.message) from None
    return CheckCase(
        name=test.name,
        url=url,
        goal=goal,
        steps=test.steps,
        variables=values.variables,
        secrets=values.secrets,
    )


def _values(refs: dict[str, SecretRef], read_values: dict[str, str]) -> dict[str, str]:
    """Each secret's value, read from the environment variable it references."""
    return {name: read_values[ref.env] for name, ref in refs.items()}
