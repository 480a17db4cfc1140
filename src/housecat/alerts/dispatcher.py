"""Deliver alerts in the background, to a test's webhook and to chat channels, with retries."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from standardwebhooks import Webhook
from standardwebhooks.webhooks import EmptyWebhookSecretError

from housecat.alerts.channels import load_plugins, notify_once, parse_channel, scheme_of
from housecat.alerts.payload import summary, webhook_payload
from housecat.alerts.policy import AlertEvent
from housecat.alerts.retry import Backoff, Outcome, Retrier
from housecat.alerts.targets import UnresolvableTarget, check_channel, resolve_and_check
from housecat.alerts.webhook import post_once, webhook_headers, webhook_label
from housecat.config import Settings, SettingsError, env_name
from housecat.runs.models import RunRecord
from housecat.suites.models import TestSuiteResponse

log = logging.getLogger(__name__)

# One format for every alert that did not arrive, so an operator can search for it.
NOT_DELIVERED = "alert %s for test %s (run %s) not delivered after %d attempts: %s"
DELIVERED = "alert %s for test %s (run %s) delivered to %s on attempt %d"

# Cancelled deliveries only need to unwind; this bounds the wait should one not.
UNWIND_S = 1.0

OnDelivered = Callable[[str, str], Awaitable[object]]
# Told how each delivery ended, for the metrics: (channel kind or "webhook", outcome).
OnSettled = Callable[[str, str], Awaitable[object]]


async def _uncounted(channel: str, outcome: str) -> None:
    return None


@dataclass(frozen=True)
class Owner:
    """Whose alert it is: a test's run, or a suite's execution; and where it goes."""

    id: str
    run_id: str
    webhook: str | None
    channels: list[str]


@dataclass
class _Delivery:
    """One alert on its way to one target, as the logs name it."""

    event: AlertEvent
    test_id: str  # or the suite's id, for a suite's alert
    run_id: str  # or the execution's id
    target: str
    retrier: Retrier
    # What the metrics call the target: "webhook", or the channel's scheme ("slack").
    channel: str
    # A test's alert marks its incident sent; a suite's has no incident to mark.
    recorded: bool = True


class AlertDispatcher:
    """Send alerts without holding up the run that raised them; settle them at shutdown."""

    def __init__(
        self,
        settings: Settings,
        on_delivered: OnDelivered,
        *,
        backoff_s: float = 1.0,
        backoff_cap_s: float = 30.0,
        on_settled: OnSettled = _uncounted,
    ) -> None:
        self._settings = settings
        self._on_delivered = on_delivered
        self._on_settled = on_settled
        self._backoff = Backoff(base_s=backoff_s, cap_s=backoff_cap_s)
        self._signer = _signer(settings)
        self._tasks: dict[asyncio.Task[None], _Delivery] = {}
        self._closing = False

    @property
    def pending(self) -> int:
        """Count the deliveries still in flight."""
        return len(self._tasks)

    def send(
        self,
        event: AlertEvent,
        test: TestSuiteResponse,
        record: RunRecord,
        channels: Sequence[str] = (),
    ) -> None:
        """Start delivering an alert to the test's webhook and to each channel; return at once."""
        try:
            self._start(event, test, record, channels)
        except Exception:
            # An alert must never break the run that raised it.
            log.exception(NOT_DELIVERED, event, test.id, record.run_id, 0, "could not start")

    async def drain(self, grace_s: float = 10.0) -> None:
        """Wait up to `grace_s` for deliveries in flight, then cancel the rest, logging each."""
        self._closing = True
        if not self._tasks:
            return
        _, late = await asyncio.wait(list(self._tasks), timeout=grace_s)
        for task in late:
            delivery = self._tasks[task]
            self._log_failure(delivery, f"dropped at shutdown after {grace_s:g} s of grace")
            task.cancel()
            await self._count(delivery, "dropped")
        if late:
            await asyncio.wait(late, timeout=UNWIND_S)

    def send_suite(
        self,
        owner: Owner,
        payload: dict[str, Any],
        title: str,
        text: str,
    ) -> None:
        """Start delivering one alert for a whole suite run; return at once."""
        try:
            self._deliver("suite_failed", owner, payload, (title, text), recorded=False)
        except Exception:
            log.exception(NOT_DELIVERED, "suite_failed", owner.id, owner.run_id, 0, "not started")

    def _start(
        self,
        event: AlertEvent,
        test: TestSuiteResponse,
        record: RunRecord,
        channels: Sequence[str],
    ) -> None:
        owner = Owner(test.id, record.run_id, test.alert_webhook, list(channels))
        payload = webhook_payload(event, test, record, datetime.now(UTC))
        self._deliver(event, owner, payload, summary(event, test, record), recorded=True)

    def _deliver(
        self,
        event: AlertEvent,
        owner: Owner,
        payload: dict[str, Any],
        said: tuple[str, str],
        *,
        recorded: bool,
    ) -> None:
        # Fails (RuntimeError) before any coroutine exists when called outside the loop.
        loop = asyncio.get_running_loop()
        if owner.webhook:
            body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
            label = webhook_label(owner.webhook)
            delivery = self._delivery(event, owner, label, "webhook", recorded)
            self._spawn(loop, delivery, self._webhook(delivery, owner.webhook, body))
        title, text = said
        for channel in dict.fromkeys(owner.channels):
            label = f"channel {scheme_of(channel)}://…"
            delivery = self._delivery(event, owner, label, scheme_of(channel), recorded)
            self._spawn(loop, delivery, self._channel(delivery, channel, title, text))

    def _delivery(
        self, event: AlertEvent, owner: Owner, target: str, channel: str, recorded: bool
    ) -> _Delivery:
        settings = self._settings
        retrier = Retrier(settings.alert_attempts, settings.alert_timeout, self._backoff)
        return _Delivery(event, owner.id, owner.run_id, target, retrier, channel, recorded)

    def _spawn(
        self,
        loop: asyncio.AbstractEventLoop,
        delivery: _Delivery,
        work: Coroutine[Any, Any, None],
    ) -> None:
        if self._closing:
            work.close()
            self._log_failure(delivery, "HouseCat is shutting down")
            return
        name = f"alert {delivery.event} {delivery.test_id} {delivery.run_id}"
        task = loop.create_task(self._guarded(delivery, work), name=name)
        # The loop keeps only weak references to tasks; this set keeps them alive.
        self._tasks[task] = delivery
        task.add_done_callback(self._forget)

    def _forget(self, task: asyncio.Task[None]) -> None:
        self._tasks.pop(task, None)

    async def _guarded(self, delivery: _Delivery, work: Coroutine[Any, Any, None]) -> None:
        try:
            await work
        except Exception:
            log.exception(
                NOT_DELIVERED,
                delivery.event,
                delivery.test_id,
                delivery.run_id,
                delivery.retrier.made,
                f"{delivery.target}: unexpected error",
            )
            await self._count(delivery, "failed")

    async def _webhook(self, delivery: _Delivery, url: str, body: str) -> None:
        message_id = f"msg_{delivery.run_id}_{delivery.event}"
        content = body.encode()
        timeout_s = self._settings.alert_timeout
        allow_private = self._settings.allow_private_webhooks

        async def attempt() -> Outcome:
            # Resolved and checked anew each attempt; the POST goes to the address checked.
            try:
                address = await resolve_and_check(url, allow_private=allow_private)
            except UnresolvableTarget as exc:
                return Outcome.again(str(exc))
            except ValueError as exc:
                return Outcome.give_up(str(exc))
            # Signed per attempt: receivers reject timestamps more than minutes old.
            headers = webhook_headers(self._signer, message_id, body, datetime.now(UTC))
            return await post_once(url, content, headers, timeout_s, address)

        outcome = await delivery.retrier.run(attempt)
        await self._settle(delivery, outcome)
        if outcome.delivered and delivery.recorded:
            try:
                await self._on_delivered(delivery.test_id, delivery.run_id)
            except Exception:
                log.exception(
                    "alert %s for test %s (run %s) delivered, but recording that failed",
                    delivery.event,
                    delivery.test_id,
                    delivery.run_id,
                )

    async def _channel(self, delivery: _Delivery, url: str, title: str, text: str) -> None:
        timeout_s = self._settings.alert_timeout
        allow_private = self._settings.allow_private_webhooks
        # The first use imports Apprise's plugins, about a second of work kept off the loop.
        await asyncio.to_thread(load_plugins)
        try:
            # Checked again here: a channel stored before a rule existed must meet it too.
            channel = check_channel(url, allow_private=allow_private)
        except ValueError as exc:
            await self._settle(delivery, Outcome.give_up(str(exc)))
            return
        delivery.target = f"channel {channel.label}"

        async def attempt() -> Outcome:
            # A fresh plugin each attempt: one that has sent holds the next send back by its
            # service's rate limit (5.5 s for most), which would eat the attempt's time; the
            # retrier spaces attempts itself. Names are checked where the plugin connects.
            return await notify_once(
                parse_channel(url),
                delivery.event,
                title,
                text,
                timeout_s,
                guarded=not allow_private,
            )

        await self._settle(delivery, await delivery.retrier.run(attempt))

    async def _settle(self, delivery: _Delivery, outcome: Outcome) -> None:
        """Log how a delivery ended, and count it."""
        if outcome.delivered:
            log.info(
                DELIVERED,
                delivery.event,
                delivery.test_id,
                delivery.run_id,
                delivery.target,
                delivery.retrier.made,
            )
        else:
            self._log_failure(delivery, outcome.reason)
        await self._count(delivery, "delivered" if outcome.delivered else "failed")

    async def _count(self, delivery: _Delivery, outcome: str) -> None:
        # A count that could not be written must not hide how the delivery went.
        try:
            await self._on_settled(delivery.channel, outcome)
        except Exception:
            log.exception("could not count alert %s as %s", delivery.event, outcome)

    def _log_failure(self, delivery: _Delivery, reason: str) -> None:
        log.warning(
            NOT_DELIVERED,
            delivery.event,
            delivery.test_id,
            delivery.run_id,
            delivery.retrier.made,
            f"{delivery.target}: {reason}",
        )


def _signer(settings: Settings) -> Webhook | None:
    """Return the Standard Webhooks signer for the configured secret, if there is one."""
    if settings.webhook_secret is None:
        return None
    try:
        return Webhook(settings.webhook_secret.get_secret_value())
    except (ValueError, EmptyWebhookSecretError):
        raise SettingsError(
            f"invalid setting {env_name('webhook_secret')}: not a Standard Webhooks secret "
            "('whsec_' followed by base64)"
        ) from None
