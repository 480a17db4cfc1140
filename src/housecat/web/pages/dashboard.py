"""`/`: how every test is doing, at a glance."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import Response

from housecat.runs.history import HourCount, TestSummary, summarize
from housecat.web.pages.capacity_notice import OLDEST_WAIT_NOTICE_S, capacity_notice
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
HEALTH_ROWS = 100  # the dashboard's bars: enough to see trouble at a glance, cheap at 10k tests
# Trouble first: what failed, then what has not run, then what passes, then what is paused.
ORDER = {"error": 0, "failed": 0, "pending": 1, "passed": 2}


@dataclass(frozen=True)
class TestHealth:
    """One test's line on the dashboard: its last day of runs and its recent speed."""

    __test__ = False

    test: TestSummary
    cells: list[UptimeCell]
    uptime: str
    points: str
    speed: str


@router.get("/")
async def dashboard(request: Request) -> Response:
    """Show the counts, the latest runs, and each test's last 24 hours."""
    state = app_state(request)
    history = state.history
    every_test = await history.summaries()
    summary = summarize(every_test)
    tests = sorted(every_test, key=urgency)[:HEALTH_ROWS]
    ids = [test.id for test in tests]
    health = healths(tests, await history.hourly(ids), await history.recent_durations(ids))
    context = {"summary": summary, "health": health, "width": SPARK_WIDTH, "height": SPARK_HEIGHT}
    context |= {"spend": await state.spend.day(), "budget": state.settings.llm_daily_budget_usd}
    context |= {"capacity": await capacity_notice(state), "wait_threshold": OLDEST_WAIT_NOTICE_S}
    return templates.TemplateResponse(request, "dashboard.html", context)


def urgency(test: TestSummary) -> tuple[int, str]:
    """Sort key: failing tests first, paused ones last, by name within each."""
    rank = 3 if test.status == "paused" else ORDER.get(test.last_result, 1)
    return rank, test.name.lower()


def healths(
    tests: list[TestSummary],
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
