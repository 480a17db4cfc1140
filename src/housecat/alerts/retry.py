"""Attempts with a time limit each and exponential backoff between them."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    """How one attempt ended: delivered, worth another try, or hopeless."""

    delivered: bool
    retry: bool
    reason: str
    retry_after: float | None = None

    @classmethod
    def success(cls, reason: str = "accepted") -> Outcome:
        """The target accepted the alert."""
        return cls(delivered=True, retry=False, reason=reason)

    @classmethod
    def again(cls, reason: str, retry_after: float | None = None) -> Outcome:
        """A passing failure (timeout, 5xx, refused connection): try again later."""
        return cls(delivered=False, retry=True, reason=reason, retry_after=retry_after)

    @classmethod
    def give_up(cls, reason: str) -> Outcome:
        """A failure another try would repeat (404, a refused address)."""
        return cls(delivered=False, retry=False, reason=reason)


@dataclass(frozen=True)
class Backoff:
    """Delays that double from `base_s` up to `cap_s`, stretched by a little jitter."""

    base_s: float = 1.0
    cap_s: float = 30.0
    jitter: float = 0.1

    def delay(self, failures: int, hint: float | None = None) -> float:
        """Return the wait after `failures` failed attempts; a server's hint may lengthen it."""
        delay = min(self.cap_s, self.base_s * 2.0 ** (failures - 1))
        if hint is not None:
            delay = min(self.cap_s, max(delay, hint))
        # Jitter keeps alerts that failed together from all retrying in the same instant.
        return delay * (1 + random.uniform(0, self.jitter))


class Retrier:
    """Run one delivery's attempts; `made` says how many have started so far."""

    def __init__(self, attempts: int, timeout_s: float, backoff: Backoff) -> None:
        self.attempts = attempts
        self.timeout_s = timeout_s
        self.backoff = backoff
        self.made = 0

    async def run(self, attempt: Callable[[], Awaitable[Outcome]]) -> Outcome:
        """Call `attempt` until it delivers, gives up, or the attempts run out."""
        outcome = Outcome.give_up("no attempt was made")
        while self.made < self.attempts:
            if self.made:
                await asyncio.sleep(self.backoff.delay(self.made, outcome.retry_after))
            self.made += 1
            try:
                async with asyncio.timeout(self.timeout_s):
                    outcome = await attempt()
            except TimeoutError:
                outcome = Outcome.again(f"no answer within {self.timeout_s:g} s")
            if not outcome.retry:
                break
        return outcome
