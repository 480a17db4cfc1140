"""A journey to check once, and its verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from housecat.plan.models import Step

Status = Literal["passed", "failed", "error"]


@dataclass(frozen=True)
class CheckCase:
    """One journey: where it starts (a whole URL) and its goal, or its steps edited by hand."""

    name: str
    url: str
    goal: str
    steps: list[Step] | None = None
    variables: dict[str, str] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)
    context_options: dict[str, Any] | None = None


@dataclass(frozen=True)
class CheckVerdict:
    """How a journey went: `error` when HouseCat could not run it at all."""

    name: str
    url: str
    status: Status
    duration_s: float
    summary: str
    failed_step: str | None = None
    screenshot: Path | None = None
    steps: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.status == "passed"
