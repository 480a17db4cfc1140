"""What the browser reports of a run: each step as it ran, where it ended, what it captured."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from housecat.plan.models import Target

StepStatus = Literal["passed", "failed", "skipped"]


class StepResult(BaseModel):
    """One step as it ran. The first four fields are the core ones; the rest are additions."""

    step_number: int
    passed: bool
    details: str
    retry_count: int = 0
    status: StepStatus
    action: str
    description: str
    # What an optional step waited on; skipped with it, the step ran no part of the journey.
    only_if: Target | None = None
    duration_ms: int = 0
    locator: str | None = None
    healed: bool = False
    url: str | None = None
    screenshot: str | None = None


class BrowserResult(BaseModel):
    """What the browser did: every step, where it ended, what it captured."""

    steps: list[StepResult]
    final_url: str | None = None
    screenshots: list[str] = []
    # The Playwright trace of a failed run, when one was recorded.
    trace: str | None = None
    duration_ms: int
    # The page's accessibility tree when a step failed, for a diagnosis: never stored or sent.
    snapshot: str | None = Field(default=None, exclude=True)
