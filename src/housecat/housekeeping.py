"""Retention sweeps that keep the store small: the audit trail and the trash."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from redis.exceptions import RedisError

from housecat.audit.actor import acting_as
from housecat.audit.store import AuditLog
from housecat.services import Services
from housecat.trash.service import trash_service

log = logging.getLogger(__name__)

SWEEP_EVERY_S = 3600.0


async def sweep(services: Services) -> int:
    """Trim the audit trail and purge the trash past their retention; return records purged."""
    await AuditLog(services.redis).trim(services.settings.audit_retention_days)
    return await trash_service(services).sweep()


async def keep_house(services: Services, stop: asyncio.Event) -> None:
    """Sweep now and then every `SWEEP_EVERY_S`, until `stop` is set."""
    # Several schedulers may sweep at once: each purge is one script, so one of them wins.
    with acting_as("scheduler"):
        while not stop.is_set():
            try:
                purged = await sweep(services)
            except RedisError as exc:
                log.warning("retention sweep failed, will retry: %s", exc)
            else:
                if purged:
                    log.info("retention purged %d records from the trash", purged)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=SWEEP_EVERY_S)
