"""How a step ends: done (with the locator it used), or failed (with the reason, for a person)."""

from __future__ import annotations

from dataclasses import dataclass


class StepFailed(Exception):
    """The step did not do what it says; `reason` says why, for a person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Done:
    locator: str | None = None
    healed: bool = False
    note: str = ""
