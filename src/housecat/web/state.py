"""What the app's lifespan owns, reachable from every request."""

from __future__ import annotations

from fastapi import Request

from housecat.browser_configs.service import BrowserConfigService
from housecat.browser_configs.store import browser_config_store
from housecat.environments.service import EnvironmentService
from housecat.environments.store import environment_store
from housecat.executions.service import ExecutionService
from housecat.groups.service import GroupService
from housecat.groups.store import GroupStore
from housecat.services import Services
from housecat.suites.service import SuiteService
from housecat.suites.steps import StepService
from housecat.suites.steps_store import StepStore

AppState = Services


def app_state(request: Request) -> Services:
    state: Services = request.app.state.housecat
    return state


def executions(request: Request) -> ExecutionService:
    return app_state(request).executions


def suites(request: Request) -> SuiteService:
    return app_state(request).suites


def steps(request: Request) -> StepService:
    return step_service(app_state(request))


def step_service(state: Services) -> StepService:
    return StepService(state.suites.store, StepStore(state.redis))


def environments(request: Request) -> EnvironmentService:
    return EnvironmentService(environment_store(app_state(request).redis))


def browser_configs(request: Request) -> BrowserConfigService:
    return BrowserConfigService(browser_config_store(app_state(request).redis))


def groups(request: Request) -> GroupService:
    state = app_state(request)
    allow = state.settings.allow_private_webhooks
    return GroupService(GroupStore(state.redis), allow_private_webhooks=allow)
