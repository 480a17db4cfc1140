"""The server-rendered pages: every page router, gathered into one."""

from __future__ import annotations

from fastapi import APIRouter

from housecat.web.pages import (
    account_pages,
    audit_pages,
    browser_config_pages,
    dashboard,
    detail,
    environment_pages,
    example,
    executions,
    login,
    maintenance_pages,
    manifest_pages,
    oidc,
    outage_pages,
    project_pages,
    reading,
    run_test,
    status_page_pages,
    status_public,
    steps,
    suite_pages,
    template_pages,
    tests,
    trash_pages,
)

router = APIRouter(include_in_schema=False)
router.include_router(login.router)
router.include_router(oidc.router)
router.include_router(account_pages.router)
router.include_router(dashboard.router)
router.include_router(example.router)
# Before any `/tests/{test_id}` page: its fixed paths (`/tests/new`) must match first.
router.include_router(tests.router)
router.include_router(run_test.router)
router.include_router(reading.router)
router.include_router(steps.router)
router.include_router(detail.router)
router.include_router(outage_pages.router)
router.include_router(executions.router)
router.include_router(environment_pages.router)
router.include_router(browser_config_pages.router)
router.include_router(suite_pages.router)
router.include_router(manifest_pages.router)
router.include_router(template_pages.router)
router.include_router(maintenance_pages.router)
router.include_router(status_page_pages.router)
router.include_router(status_public.router)
router.include_router(audit_pages.router)
router.include_router(trash_pages.router)
router.include_router(project_pages.router)
