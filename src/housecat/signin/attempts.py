"""Wrong tokens per client address, counted in Redis so every API replica shares them."""

from __future__ import annotations

from redis.asyncio import Redis

from housecat import keys
from housecat.errors import TooManyAttempts

MAX_FAILURES = 10
WINDOW_S = 60


class SignInAttempts:
    """Count wrong tokens per address in a fixed window; past the limit, refuse it a while."""

    def __init__(self, redis: Redis, max_failures: int = MAX_FAILURES, window_s: int = WINDOW_S):
        self.redis = redis
        self.max_failures = max_failures
        self.window_s = window_s

    async def refuse_if_over_limit(self, address: str) -> None:
        """Raise TooManyAttempts while `address` has had too many wrong tokens this window."""
        key = keys.signin_failures(address)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.get(key)
            pipe.ttl(key)
            failures, ttl = await pipe.execute()
        if failures is not None and int(failures) >= self.max_failures:
            raise TooManyAttempts(max(int(ttl), 1))

    async def failed(self, address: str) -> None:
        """Count one wrong token from `address`; the count starts its window at the first."""
        key = keys.signin_failures(address)
        async with self.redis.pipeline(transaction=True) as pipe:
            # One transaction: the count never exists without its expiry.
            pipe.set(key, 0, ex=self.window_s, nx=True)
            pipe.incr(key)
            await pipe.execute()
