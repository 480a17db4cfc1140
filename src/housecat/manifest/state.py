"""What the server holds, read in a few pipelined round trips, and the services that change it."""

from __future__ import annotations

from dataclasses import dataclass

from redis.asyncio import Redis

from housecat.browser_configs.models import BrowserConfig
from housecat.browser_configs.service import BrowserConfigService
from housecat.browser_configs.store import browser_config_store
from housecat.environments.models import Environment
from housecat.environments.service import EnvironmentService
from housecat.environments.store import environment_store
from housecat.groups.models import Suite
from housecat.groups.service import GroupService
from housecat.groups.store import GroupStore
from housecat.maintenance.models import Window
from housecat.maintenance.service import MaintenanceService
from housecat.status_pages.models import StatusPage
from housecat.status_pages.service import StatusPageService
from housecat.suites.models import TestSuiteResponse
from housecat.suites.service import SuiteService
from housecat.suites.steps import StepService
from housecat.suites.steps_store import StepStore
from housecat.templates.models import Template
from housecat.templates.service import TemplateService, template_service


@dataclass(frozen=True)
class Services:
    """The services an apply goes through: each change is checked and written as the API's."""

    tests: SuiteService
    steps: StepService
    environments: EnvironmentService
    browser_configs: BrowserConfigService
    templates: TemplateService
    suites: GroupService
    maintenance: MaintenanceService
    status_pages: StatusPageService

    @classmethod
    def of(cls, redis: Redis, tests: SuiteService) -> Services:
        """Build the services around the app's (or a command's) test service."""
        allow = tests.allow_private_webhooks
        return cls(
            tests=tests,
            steps=StepService(tests.store, StepStore(redis)),
            environments=EnvironmentService(environment_store(redis)),
            browser_configs=BrowserConfigService(browser_config_store(redis)),
            templates=template_service(redis, tests),
            suites=GroupService(GroupStore(redis), allow_private_webhooks=allow),
            maintenance=MaintenanceService(redis),
            status_pages=StatusPageService(redis),
        )


@dataclass(frozen=True)
class State:
    """Every record the server holds, of each kind a file describes."""

    tests: list[TestSuiteResponse]
    environments: list[Environment]
    browser_configs: list[BrowserConfig]
    templates: list[Template]
    suites: list[Suite]
    maintenance: list[Window]
    status_pages: list[StatusPage]

    @classmethod
    async def read(cls, services: Services) -> State:
        return cls(
            tests=await services.tests.store.list(),
            environments=await services.environments.records.all(),
            browser_configs=await services.browser_configs.records.all(),
            templates=await services.templates.records.all(),
            suites=await services.suites.store.all(),
            maintenance=await services.maintenance.records.all(),
            status_pages=await services.status_pages.all(),
        )

    def names(self, section: str) -> dict[str, str]:
        """Each record's name of a section, by id."""
        return {record.id: record.name for record in getattr(self, section)}
