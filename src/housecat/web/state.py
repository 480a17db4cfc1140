"""What the app's lifespan owns, reachable from every request."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from redis.asyncio import Redis

from housecat.browser.execute import Limits
from housecat.browser.pool import BrowserPool
from housecat.config import Settings
from housecat.suites.service import SuiteService


@dataclass(frozen=True)
class AppState:
    settings: Settings
    redis: Redis
    suites: SuiteService
    pool: BrowserPool
    limits: Limits


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.housecat
    return state


def suites(request: Request) -> SuiteService:
    return app_state(request).suites
