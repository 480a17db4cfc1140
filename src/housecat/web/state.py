"""What the app's lifespan owns, reachable from every request."""

from __future__ import annotations

from fastapi import Request

from housecat.services import Services
from housecat.suites.service import SuiteService

AppState = Services


def app_state(request: Request) -> Services:
    state: Services = request.app.state.housecat
    return state


def suites(request: Request) -> SuiteService:
    return app_state(request).suites
