"""A run's log: what the page said (console, uncaught errors, failed requests) and our events.

A chatty page cannot flood it: the page's entries stop at `max_entries` (the rest are
counted and said to be dropped) and every message stops at `max_chars`. Secrets are
masked before a message is cut, so a cut never leaves the start of one showing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Literal

from playwright.async_api import ConsoleMessage, Page, Request, Response
from playwright.async_api import Error as PlaywrightError
from pydantic import BaseModel

from housecat.clock import now_iso
from housecat.plan.variables import redact

# As `execute.Emit`: what a run tells of itself as it goes.
Emit = Callable[..., Awaitable[None]]
Level = Literal["debug", "info", "warning", "error"]
Source = Literal["console", "page_error", "network", "housecat"]

MAX_ENTRIES = 500
MAX_CHARS = 2000
# How console message types read as levels; any other type (log, table, dir…) is info.
CONSOLE_LEVELS: dict[str, Level] = {
    "debug": "debug",
    "trace": "debug",
    "info": "info",
    "warning": "warning",
    "error": "error",
    "assert": "error",
}


class LogEntry(BaseModel):
    """One line of a run's log."""

    level: Level
    message: str
    timestamp: str
    source: Source


class RunLog:
    """Collect a run's log entries, capped and with secrets masked."""

    def __init__(self, *, max_entries: int = MAX_ENTRIES, max_chars: int = MAX_CHARS) -> None:
        self.max_entries = max_entries
        self.max_chars = max_chars
        self._entries: list[LogEntry] = []
        self._from_page = 0
        self._dropped = 0
        self._hidden: set[str] = set()

    def hide(self, spellings: Iterable[str]) -> None:
        """Mask these strings (each secret, as typed and as a URL writes it) from now on."""
        self._hidden |= {spelling for spelling in spellings if spelling}

    def add(self, level: Level, source: Source, message: str) -> None:
        """Keep one entry; the page's beyond the cap are only counted."""
        if source != "housecat":
            if self._from_page >= self.max_entries:
                self._dropped += 1
                return
            self._from_page += 1
        self._entries.append(
            LogEntry(level=level, message=self._cut(message), timestamp=now_iso(), source=source)
        )

    def entries(self) -> list[LogEntry]:
        """Every entry kept, in order, then how many of the page's were dropped."""
        # Masked again: a secret may have become known after an entry was added.
        hidden = self._hidden
        kept = [e.model_copy(update={"message": redact(e.message, hidden)}) for e in self._entries]
        if self._dropped:
            note = (
                f"{self._dropped} more entries from the page were dropped"
                f" (at most {self.max_entries} are kept)"
            )
            kept.append(
                LogEntry(level="warning", message=note, timestamp=now_iso(), source="housecat")
            )
        return kept

    def recording(self, emit: Emit) -> Emit:
        """Return an `emit` that also logs each event HouseCat reports of the run."""

        async def emit_and_log(event_type: str, message: str, **fields: Any) -> None:
            self.add(_event_level(event_type, fields), "housecat", message)
            await emit(event_type, message, **fields)

        return emit_and_log

    def watch(self, page: Page) -> None:
        """Log the page's console messages, uncaught errors, failed and refused requests."""

        def console(message: ConsoleMessage) -> None:
            self.add(CONSOLE_LEVELS.get(message.type, "info"), "console", message.text)

        def page_error(error: PlaywrightError) -> None:
            self.add("error", "page_error", f"Uncaught {error.name or 'error'}: {error.message}")

        def request_failed(request: Request) -> None:
            why = request.failure or "failed"
            self.add("error", "network", f"{request.method} {request.url} failed: {why}")

        def response(answer: Response) -> None:
            if answer.status >= 400:
                request = answer.request
                said = f"{answer.status} {answer.status_text}".strip()
                self.add("warning", "network", f"{request.method} {answer.url} answered {said}")

        page.on("console", console)
        page.on("pageerror", page_error)
        page.on("requestfailed", request_failed)
        page.on("response", response)

    def _cut(self, message: str) -> str:
        message = redact(message, self._hidden)
        if len(message) <= self.max_chars:
            return message
        return f"{message[: self.max_chars]}… ({len(message) - self.max_chars} more characters)"


def _event_level(event_type: str, fields: dict[str, Any]) -> Level:
    """An event's level: a failed step or run, or HouseCat's own failure, is an error."""
    if event_type == "error" or (fields.get("passed") is False and not fields.get("skipped")):
        return "error"
    if event_type in {"cancelled", "notice"} or fields.get("healed"):
        return "warning"
    return "info"
