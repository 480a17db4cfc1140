"""`/`: how every test is doing, at a glance."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import Response

from housecat.runs.history import HourCount
from housecat.suites.models import TestSuiteResponse
from housecat.web.pages.charts import (
    SPARK_HEIGHT,
    SPARK_WIDTH,
    UptimeCell,
    sparkline_points,
    sparkline_summary,
    uptime_cells,
    uptime_summary,
)
from housecat.web.pages.routing import page_router
from housecat.web.pages.templating import templates
from housecat.web.state import app_state

router = page_router()


@dataclass(frozen=True)
class TestHealth:
    """One test's line on the dashboard: its last day of runs and its recent speed."""

    __test__ = False

    test: TestSuiteResponse
    cells: list[UptimeCell]
    uptime: str
    points: str
    speed: str


@router.get("/")
async def dashboard(request: Request) -> Response:
    """Show the counts, the latest runs, and each test's last 24 hours."""
    history = app_state(request).history
    summary = await history.dashboard()
    tests = (await app_state(request).suites.list()).tests
    ids = [test.id for test in tests]
    health = healths(tests, await history.hourly(ids), await history.recent_durations(ids))
    context = {"summary": summary, "health": health, "width": SPARK_WIDTH, "height": SPARK_HEIGHT}
    return templates.TemplateResponse(request, "dashboard.html", context)


def healths(
    tests: list[TestSuiteResponse],
    hourly: dict[str, list[HourCount]],
    durations: dict[str, list[int]],
) -> list[TestHealth]:
    """Put each test's hourly counts and durations into chart form."""
    return [
        TestHealth(
            test=test,
            cells=uptime_cells(hourly.get(test.id, [])),
            uptime=uptime_summary(hourly.get(test.id, [])),
            points=sparkline_points(durations.get(test.id, [])),
            speed=sparkline_summary(durations.get(test.id, [])),
        )
        for test in tests
    ]
