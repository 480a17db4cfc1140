"""Alerts: decide when a run calls for one, then deliver it to webhooks and chat channels."""

from housecat.alerts.dispatcher import AlertDispatcher
from housecat.alerts.payload import summary, webhook_payload
from housecat.alerts.policy import AlertEvent, decide
from housecat.alerts.targets import (
    UnresolvableTarget,
    UnsafeTarget,
    check_channel,
    check_target,
    resolve_and_check,
)

__all__ = [
    "AlertDispatcher",
    "AlertEvent",
    "UnresolvableTarget",
    "UnsafeTarget",
    "check_channel",
    "check_target",
    "decide",
    "resolve_and_check",
    "summary",
    "webhook_payload",
]
