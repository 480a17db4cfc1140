"""The server-rendered pages: every page router, gathered into one."""

from __future__ import annotations

from fastapi import APIRouter

from housecat.web.pages import (
    dashboard,
    detail,
    example,
    executions,
    login,
    reading,
    run_test,
    steps,
    tests,
)

router = APIRouter(include_in_schema=False)
router.include_router(login.router)
router.include_router(dashboard.router)
router.include_router(example.router)
# Before any `/tests/{test_id}` page: its fixed paths (`/tests/new`) must match first.
router.include_router(tests.router)
router.include_router(run_test.router)
router.include_router(reading.router)
router.include_router(steps.router)
router.include_router(detail.router)
router.include_router(executions.router)
