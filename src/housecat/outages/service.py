"""The outage use cases: list a test's outages, acknowledge an open one."""

from __future__ import annotations

from redis.asyncio import Redis

from housecat.clock import now_iso
from housecat.errors import NotFound
from housecat.outages.models import Acknowledge, Acknowledgement, Outage, OutageList
from housecat.outages.store import OutageStore
from housecat.suites.store import test_in_view


class OutageService:
    """Read and acknowledge the outages of a test that exists."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self.store = OutageStore(redis)

    async def list(self, test_id: str) -> OutageList:
        """Return the test's outages, newest first."""
        await self._exists(test_id)
        outages = await self.store.of_test(test_id)
        return OutageList(outages=outages, total=len(outages))

    async def acknowledge(
        self, test_id: str, outage_id: str, body: Acknowledge, *, by: str
    ) -> Outage:
        """Acknowledge an open outage; `by` is who, unless the body names someone."""
        await self._exists(test_id)
        said = Acknowledgement(by=body.by or by, at=now_iso(), note=body.note)
        return await self.store.acknowledge(test_id, outage_id, said)

    async def _exists(self, test_id: str) -> None:
        if not await test_in_view(self.redis, test_id):
            raise NotFound(f"test '{test_id}' not found")
