"""What the app's lifespan owns, reachable from every request."""

from __future__ import annotations

from fastapi import Request

from housecat.executions.service import ExecutionService
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
