"""Templates: create, read, change and delete them, make tests from them, and keep those
tests' goals the template's.

A test made from a template is linked to it by its `template_id`, which the catalog files
(`v1:tests:template:{id}`): that set is the template's tests, and while it holds any the
template is not deleted. A template's new goal goes to each of its tests through the
test's own update (so the test's cached plan is dropped), but to those whose steps are
pinned: hand-edited steps stand in for the goal, and stay as they are.
"""

from __future__ import annotations

import json

from redis.asyncio import Redis

from housecat.environments.models import Environment
from housecat.environments.service import EnvironmentService
from housecat.environments.store import environment_store
from housecat.errors import InvalidInput, NotFound
from housecat.named.fields import Deleted
from housecat.named.service import NamedRecords
from housecat.named.store import NamedStore
from housecat.plan.names import ask_for
from housecat.plan.secrets import is_secret_name
from housecat.plan.variables import placeholder
from housecat.suites.journey import read_journey
from housecat.suites.models import CreateTestSuite, TestSuiteResponse, UpdateTestSuite
from housecat.suites.service import SuiteService
from housecat.suites.values import Values, values_for
from housecat.templates.models import (
    CreateTemplate,
    Template,
    TemplateList,
    TemplateSaved,
    TestFromTemplate,
    UpdateTemplate,
    parameters_of,
)
from housecat.templates.store import TemplateTests, template_store


def read_goal(goal: str) -> list[str]:
    """Read a template's goal as a test's is read (built-in reader); return its parameters.

    A password it spells out is refused: a template is shown to everyone, and each test
    gives its own as a secret.
    """
    journey = read_journey(goal)
    if journey.lifted:
        name = next(iter(journey.lifted))
        message = (
            f"spells out a password: write {placeholder(name)} in its place, "
            "and give each test its value as a secret"
        )
        raise InvalidInput.of({"goal": message})
    return parameters_of(goal, defined=journey.own)


class TemplateService:
    """The template use cases; tests are made and changed through the suite service."""

    def __init__(
        self,
        store: NamedStore,
        tests: TemplateTests,
        suites: SuiteService,
        environments: EnvironmentService,
    ) -> None:
        self.records = NamedRecords(
            store, Template, "template", while_used="delete those tests first"
        )
        self.tests = tests
        self.suites = suites
        self.environments = environments

    async def create(self, body: CreateTemplate) -> Template:
        parameters = read_goal(body.goal)
        fields = body.model_dump() | {"parameters": parameters}
        return await self.records.insert(
            lambda new_id, now: Template(**fields, id=new_id, created_at=now, updated_at=now)
        )

    async def list_all(self) -> TemplateList:
        templates = await self.records.all()
        return TemplateList(templates=templates, total=len(templates))

    async def get(self, template_id: str) -> Template:
        return await self.records.get(template_id)

    async def update(self, template_id: str, body: UpdateTemplate) -> TemplateSaved:
        """Change the fields sent; a goal sent goes to every test made from it, but pinned ones.

        Every such test must have a value for each parameter of the new goal, or nothing
        changes. A goal sent again gives it to the tests that do not have it yet (after an
        update cut short).
        """
        await self.get(template_id)
        changes: dict[str, str] = {}
        if body.description is not None:
            changes["description"] = body.description
        tests: list[TestSuiteResponse] = []
        if body.goal is not None:
            parameters = read_goal(body.goal)
            tests = await self._tests_of(template_id)
            await self._check_values(parameters, [t for t in tests if not t.pinned])
            changes |= {"goal": body.goal, "parameters": json.dumps(parameters)}
        template = await self.records.update(template_id, body.name, changes)
        updated: list[str] = []
        refused: dict[str, str] = {}
        for test in tests:
            if test.pinned or test.goal == template.goal:
                continue
            try:
                await self.suites.update(test.id, UpdateTestSuite(goal=template.goal))
            except NotFound:
                continue  # deleted meanwhile: no longer one of its tests
            except InvalidInput as exc:
                # What only the test's own checks know (a secret its remote agent would be
                # sent): it keeps its goal, and the others still take theirs.
                refused[test.id] = exc.message
                continue
            updated.append(test.id)
        pinned = [test.id for test in tests if test.pinned]
        return TemplateSaved(template=template, updated=updated, pinned=pinned, refused=refused)

    async def delete(self, template_id: str) -> Deleted:
        """Delete a template no test was made from (409 naming the tests that were)."""
        return await self.records.delete(template_id)

    async def create_test(self, template_id: str, body: TestFromTemplate) -> TestSuiteResponse:
        """Make a test whose goal is the template's, linked to it.

        Each parameter needs a value: the test's variables or secrets, or its environment's.
        """
        template = await self.get(template_id)
        values = Values(body.variables, body.secrets)
        problems = await self.value_problems(template, values, body.environment_id)
        if problems:
            raise InvalidInput.of(problems)
        test = CreateTestSuite.model_validate(body.model_dump() | {"goal": template.goal})
        return await self.suites.create(test, template_id=template.id)

    async def value_problems(
        self, template: Template, values: Values, environment_id: str | None
    ) -> dict[str, str]:
        """Name each parameter that neither the values nor the environment give a value."""
        environment = await self._environment(environment_id)
        missing = missing_values(template.parameters, values, environment)
        return {_value_field(name): ask_for(name, "the template's goal") for name in missing}

    async def _tests_of(self, template_id: str) -> list[TestSuiteResponse]:
        found = await self.suites.store.get_many(await self.tests.ids(template_id))
        return [test for test in found if test is not None]

    async def _environment(self, environment_id: str | None) -> Environment | None:
        """The environment a test would run in; an unknown one is left to the test's create."""
        if environment_id is None:
            return None
        try:
            return await self.environments.get(environment_id)
        except NotFound:
            return None

    async def _check_values(self, parameters: list[str], tests: list[TestSuiteResponse]) -> None:
        """Refuse a goal whose parameters some of these tests have no value for."""
        for test in tests:
            environment = await self._environment(test.environment_id)
            missing = missing_values(parameters, values_for(test), environment)
            if missing:
                names = " and ".join(placeholder(name) for name in missing)
                message = (
                    f"the test '{test.name}' ({test.id}) made from this template has no value "
                    f"for {names}: give it one first, or pin its steps"
                )
                raise InvalidInput.of({"goal": message})


def missing_values(
    parameters: list[str], values: Values, environment: Environment | None
) -> list[str]:
    """The parameters that neither the values nor the environment give a value."""
    given = values.names | (environment.values().names if environment else set())
    return [name for name in parameters if name not in given]


def _value_field(name: str) -> str:
    """Where a test's value of `name` goes: a password-like name is a secret."""
    return f"{'secrets' if is_secret_name(name) else 'variables'}.{name}"


def template_service(redis: Redis, suites: SuiteService) -> TemplateService:
    """Return the template service over these connections, making tests through `suites`."""
    return TemplateService(
        template_store(redis),
        TemplateTests(redis),
        suites,
        EnvironmentService(environment_store(redis)),
    )
