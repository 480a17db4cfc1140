"""QStash scheduling mode: one QStash schedule per active test, calling `/api/callback/{id}`."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import re

from qstash import AsyncQStash
from qstash.errors import DailyMessageLimitExceededError, QStashError, RateLimitExceededError
from qstash.http import RetryConfig

from housecat.config import Settings, SettingsError, env_name
from housecat.suites.models import TestSuiteResponse
from housecat.suites.service import SchedulingFailed

log = logging.getLogger(__name__)

# Seconds one call to QStash may take, its own retries included: the SDK's default read
# timeout is 600 s, far too long to keep an API request waiting.
REQUEST_TIMEOUT_S = 15.0
# The SDK retries only when no answer came (connection refused, reset). Both calls are safe
# to repeat: create upserts by schedule id, and a repeated delete answers 404 ("gone").
SDK_RETRY = RetryConfig(retries=2, backoff=lambda attempt: 100.0 * 2**attempt)
# QStash must not retry a callback: a failed journey is answered 200 anyway, so a retry
# would only follow a crash or timeout, and would run the journey (and alert) twice.
CALLBACK_RETRIES = 0
# QStash gives up on a callback after this long beyond the run's own limit (planning,
# start-up and storing the result come on top of the run).
CALLBACK_MARGIN_S = 60
REASON_MAX = 300

# The SDK keeps the HTTP status only in its error's message.
_STATUS = re.compile(r"Request failed with status: (\d{3})")


def schedule_id_of(test_id: str) -> str:
    """Return the stable QStash schedule id of a test, so creating it again upserts."""
    return f"housecat-{test_id}"


class QStashScheduler:
    """Register each active test as a QStash schedule, and remove it when the test stops."""

    def __init__(self, settings: Settings, *, request_timeout: float = REQUEST_TIMEOUT_S) -> None:
        if settings.qstash_token is None:
            raise SettingsError(
                f"{env_name('qstash_token')} must be set when "
                f"{env_name('scheduler')}=qstash (the token from the Upstash console)"
            )
        if settings.public_url is None:
            raise SettingsError(
                f"{env_name('public_url')} must be set when {env_name('scheduler')}=qstash "
                "(the URL QStash calls back, e.g. https://housecat.example.com)"
            )
        self._token = settings.qstash_token.get_secret_value()
        self._public_url = settings.public_url
        self._timeout = request_timeout
        self._callback_timeout = math.ceil(settings.run_timeout) + CALLBACK_MARGIN_S
        self._client = AsyncQStash(self._token, retry=SDK_RETRY, base_url=settings.qstash_url)

    def destination(self, test_id: str) -> str:
        """Return the URL QStash calls on each firing of the test's schedule."""
        return f"{self._public_url}/api/callback/{test_id}"

    def next_due(self, suite: TestSuiteResponse) -> float | None:
        return None  # QStash keeps the time; the built-in due index is not used

    async def start(self, suite: TestSuiteResponse) -> str | None:
        """Create (or replace) the test's schedule; return its id."""
        schedule_id = schedule_id_of(suite.id)
        try:
            async with asyncio.timeout(self._timeout):
                created = await self._client.schedule.create(
                    destination=self.destination(suite.id),
                    cron=suite.schedule,
                    body=json.dumps({"test_id": suite.id}),
                    content_type="application/json",
                    method="POST",
                    schedule_id=schedule_id,
                    retries=CALLBACK_RETRIES,
                    timeout=self._callback_timeout,
                )
        # The SDK re-raises whatever its transport raised, so no narrower class covers it.
        except Exception as exc:
            if _maybe_applied(exc):
                # The create may have reached QStash before the answer was lost; the
                # service records the test as 'error' with no schedule, so make that true.
                await self._discard(schedule_id, suite.id)
            raise SchedulingFailed(
                f"QStash did not schedule test {suite.id}: {self._reason(exc)}"
            ) from None
        if not isinstance(created, str) or not created:
            await self._discard(schedule_id, suite.id)
            raise SchedulingFailed(f"QStash did not schedule test {suite.id}: no schedule id")
        return created

    async def stop(self, suite: TestSuiteResponse) -> None:
        """Delete the test's schedule; one QStash no longer has is already stopped."""
        try:
            await self._delete(suite.schedule_id or schedule_id_of(suite.id))
        except Exception as exc:
            raise SchedulingFailed(
                f"QStash did not unschedule test {suite.id}: {self._reason(exc)}"
            ) from None

    async def aclose(self) -> None:
        """Close the SDK's HTTP connections (it offers no way of its own)."""
        await self._client.http._client.aclose()

    async def _delete(self, schedule_id: str) -> None:
        try:
            async with asyncio.timeout(self._timeout):
                await self._client.schedule.delete(schedule_id)
        except QStashError as exc:
            if _status(exc) != 404:
                raise

    async def _discard(self, schedule_id: str, test_id: str) -> None:
        """Delete a schedule that should not exist; a failure is only logged."""
        try:
            await self._delete(schedule_id)
        except Exception as exc:
            log.error(
                "QStash schedule %s of test %s may be left behind: %s",
                schedule_id,
                test_id,
                self._reason(exc),
            )

    def _reason(self, exc: BaseException) -> str:
        """Describe a failure in one line, never quoting the token."""
        if isinstance(exc, TimeoutError):
            return f"no answer within {self._timeout:g} s"
        text = " ".join(str(exc).split()) or type(exc).__name__
        if not isinstance(exc, QStashError):
            text = f"{type(exc).__name__}: {text}"
        text = text.replace(self._token, "***")
        return text if len(text) <= REASON_MAX else text[: REASON_MAX - 1] + "…"


def _status(exc: BaseException) -> int | None:
    """Return the HTTP status QStash answered with, when the error came from an answer."""
    if isinstance(exc, RateLimitExceededError | DailyMessageLimitExceededError):
        return 429
    match = _STATUS.match(str(exc)) if isinstance(exc, QStashError) else None
    return int(match.group(1)) if match else None


def _maybe_applied(exc: BaseException) -> bool:
    """Whether QStash may have acted despite the failure: no answer, or a 5xx."""
    status = _status(exc)
    return status is None or status >= 500
