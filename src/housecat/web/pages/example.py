"""The "Create an example test" action: a first test of the built-in demo shop."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from housecat.runs.pipeline import new_run_id
from housecat.suites.fields import DEFAULT_SCHEDULE
from housecat.suites.models import CreateTestSuite
from housecat.web.pages.routing import go, page_router
from housecat.web.state import app_state

router = page_router()
EXAMPLE_NAME = "Demo shop sign-in"
EXAMPLE_GOAL = (
    "sign in with alice@example.com and password hunter2, "
    "then check the page says Welcome back, Alice"
)


def example_test(base_url: str) -> CreateTestSuite:
    """Describe a test of the demo shop served at `base_url`."""
    return CreateTestSuite(
        name=EXAMPLE_NAME,
        url=f"{base_url}/demo/login",
        goal=EXAMPLE_GOAL,
        schedule=DEFAULT_SCHEDULE,
    )


@router.post("/example")
async def create_example(request: Request) -> Response:
    """Create the example test, run it now, and go watch the run."""
    state = app_state(request)
    base_url = state.settings.public_url or str(request.base_url).rstrip("/")
    suite = await state.suites.create(example_test(base_url))
    run_id = new_run_id()
    # A test created a moment ago has no run in flight, so this cannot be refused.
    await state.queue.enqueue(suite.id, run_id, "manual")
    return go(request, f"/tests/{suite.id}?run={run_id}")
