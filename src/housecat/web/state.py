"""What the app's lifespan owns, reachable from every request."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from redis.asyncio import Redis

from housecat.alerts.dispatcher import AlertDispatcher
from housecat.browser.execute import Limits
from housecat.browser.pool import BrowserPool
from housecat.config import Settings
from housecat.runs.service import RunService
from housecat.runs.store import ResultStore
from housecat.suites.service import SuiteService


@dataclass(frozen=True)
class AppState:
    settings: Settings
    redis: Redis
    suites: SuiteService
    results: ResultStore
    runs: RunService
    pool: BrowserPool
    alerts: AlertDispatcher
    limits: Limits


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.housecat
    return state


def suites(request: Request) -> SuiteService:
    return app_state(request).suites
