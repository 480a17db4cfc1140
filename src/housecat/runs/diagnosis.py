"""A model's opinion of why a run failed, kept beside the verdict; it never decides one.

This module imports no model library: a run without the llm extra stores, reads and shows
records the same way. The model's side is `housecat.llm.diagnose`.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import BaseModel

from housecat.llm.usage import Meter
from housecat.plan.variables import redact

if TYPE_CHECKING:
    from housecat.runs.models import TestResult

Cause = Literal["app_broken", "ui_changed", "infrastructure", "goal_unclear"]
# A diagnosis is a line on a page and in an alert, not an essay.
LONGEST = 400
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class Diagnosis(BaseModel):
    """Why a run most likely failed, in two sentences, the kind of cause, and who said so."""

    summary: str
    cause: Cause
    model: str


@dataclass(frozen=True)
class Failure:
    """What a model is shown of a failed run, every secret already hidden."""

    goal: str
    step: str
    action: str
    error: str
    url: str | None
    snapshot: str | None
    screenshot: bytes | None


class Diagnoser(Protocol):
    """Says why a run failed (a model: see housecat.llm); None when it cannot. Never raises."""

    async def diagnose(self, failure: Failure, meter: Meter) -> Diagnosis | None: ...


def short(summary: str) -> str:
    """The summary's first two sentences, at most LONGEST characters."""
    sentences = _SENTENCE_END.split(" ".join(summary.split()))
    text = " ".join(sentences[:2])
    return text if len(text) <= LONGEST else text[: LONGEST - 1].rstrip() + "…"


async def failure_of(
    result: TestResult,
    *,
    goal: str,
    snapshot: str | None,
    hidden: set[str],
    with_screenshot: bool,
) -> Failure | None:
    """What to show a model of the failed run, secrets hidden; None when no step failed."""
    failed = next((s for s in result.step_results if s.status == "failed"), None)
    if failed is None:
        return None
    screenshot = None
    if with_screenshot and failed.screenshot is not None:
        try:
            screenshot = await asyncio.to_thread(Path(failed.screenshot).read_bytes)
        except OSError:
            screenshot = None  # the model judges from the text alone
    return Failure(
        goal=redact(goal, hidden),
        step=redact(failed.description, hidden),
        action=failed.action,
        error=redact(failed.details, hidden),
        url=redact(failed.url, hidden) if failed.url else None,
        snapshot=redact(snapshot, hidden) if snapshot else None,
        screenshot=screenshot,
    )
