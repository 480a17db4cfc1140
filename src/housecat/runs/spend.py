"""Model use summed per test and per UTC day, and for ever by purpose: what budgets read.

A stored run adds its `model_use` to three hashes in the same transaction as the run:
the test's (`model_spend:{id}`, fields `{day}:{measure}` and `{day}:{purpose}:{measure}`),
the day's across tests (`model_spend_day:{day}`) and the running totals the metrics
export (`model_spend_total`, fields `{purpose}:{measure}`). A use the price table cannot
price adds its requests to `unpriced_requests`, never $0 to the cost.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import cast, get_args

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from housecat import keys
from housecat.llm.usage import ModelUse, Purpose

KEEP_DAYS = 400
PURPOSES: tuple[Purpose, ...] = get_args(Purpose)

# Add one run's model use: the test's days (dropping those past keeping on its first
# write of a day), the day across tests, and the totals. KEYS: test, day, total.
# ARGV: day, oldest day kept, ttl, why model use was stopped ("" if it was not), then
# field/amount pairs, cost fields (…cost_usd) added as floats.
_ADD = """
local day = ARGV[1]
if redis.call('HEXISTS', KEYS[1], day .. ':runs') == 0 then
  for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
    if string.sub(field, 1, 10) < ARGV[2] then redis.call('HDEL', KEYS[1], field) end
  end
end
redis.call('HINCRBY', KEYS[1], day .. ':runs', 1)
if ARGV[4] ~= '' then redis.call('HSET', KEYS[1], day .. ':stopped', ARGV[4]) end
for i = 5, #ARGV, 2 do
  local field, amount = ARGV[i], ARGV[i + 1]
  local add = string.sub(field, -8) == 'cost_usd' and 'HINCRBYFLOAT' or 'HINCRBY'
  redis.call(add, KEYS[1], day .. ':' .. field, amount)
  redis.call(add, KEYS[2], field, amount)
  if string.find(field, ':') then redis.call(add, KEYS[3], field, amount) end
end
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return 1
"""


@dataclass(frozen=True)
class Spend:
    """Model use over some span: requests, tokens and the estimated cost."""

    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    # US dollars, of the priced requests only.
    cost_usd: float = 0.0
    # Requests to a model the price table does not know: their cost is not in `cost_usd`.
    unpriced_requests: int = 0

    @property
    def tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def __add__(self, other: Spend) -> Spend:
        return Spend(
            self.requests + other.requests,
            self.input_tokens + other.input_tokens,
            self.output_tokens + other.output_tokens,
            self.cost_usd + other.cost_usd,
            self.unpriced_requests + other.unpriced_requests,
        )


@dataclass(frozen=True)
class TestSpend:
    """A test's model use today and over the last 30 days, and why it was stopped today."""

    __test__ = False

    today: Spend
    month: Spend
    stopped_today: str | None


def today() -> str:
    """Today's date in UTC, as spend keys and fields name days."""
    return datetime.now(UTC).date().isoformat()


def increments(uses: Iterable[ModelUse]) -> dict[str, float]:
    """The fields a run's model use adds to, each overall and per purpose."""
    added: dict[str, float] = {}
    for use in uses:
        amounts = {
            "requests": use.requests,
            "input_tokens": use.input_tokens,
            "output_tokens": use.output_tokens,
            "cost_usd": use.cost_usd or 0.0,
            "unpriced_requests": use.requests if use.cost_usd is None else 0,
        }
        for measure, amount in amounts.items():
            for field in (measure, f"{use.purpose}:{measure}"):
                added[field] = added.get(field, 0) + amount
    return {field: amount for field, amount in added.items() if amount}


def add_run(
    pipe: Pipeline, test_id: str, started_at: str, uses: list[ModelUse], stopped: str | None
) -> None:
    """Queue the adding of a run's model use (and why it was stopped) on a transaction."""
    added = increments(uses)
    if not added and stopped is None:
        return
    day = started_at[:10]
    oldest = (date.fromisoformat(day) - timedelta(days=KEEP_DAYS)).isoformat()
    ttl = KEEP_DAYS * 86_400
    pairs = [str(part) for field, amount in added.items() for part in (field, amount)]
    spend_keys = (keys.model_spend(test_id), keys.model_spend_day(day), keys.MODEL_SPEND_TOTAL)
    pipe.eval(_ADD, 3, *spend_keys, day, oldest, ttl, stopped or "", *pairs)


def spend_of(fields: dict[str, str], prefix: str = "") -> Spend:
    """Read the measures named `{prefix}{measure}` out of a hash's fields."""

    def count(measure: str) -> int:
        return int(fields.get(prefix + measure) or 0)

    return Spend(
        requests=count("requests"),
        input_tokens=count("input_tokens"),
        output_tokens=count("output_tokens"),
        cost_usd=round(float(fields.get(prefix + "cost_usd") or 0), 6),
        unpriced_requests=count("unpriced_requests"),
    )


class ModelSpend:
    """Read what models cost: per test, per day, and for ever by purpose."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def of_test(self, test_id: str, days: int = 30) -> TestSpend:
        """The test's use today and over the last `days` days (today included)."""
        fields = cast(dict[str, str], await self.redis.hgetall(keys.model_spend(test_id)))
        now = date.fromisoformat(today())
        span = [(now - timedelta(days=back)).isoformat() for back in range(days)]
        month = sum((spend_of(fields, f"{day}:") for day in span), Spend())
        return TestSpend(
            today=spend_of(fields, f"{span[0]}:"),
            month=month,
            stopped_today=fields.get(f"{span[0]}:stopped"),
        )

    async def test_today(self, test_id: str) -> Spend:
        fields = await self.redis.hgetall(keys.model_spend(test_id))
        return spend_of(cast(dict[str, str], fields), f"{today()}:")

    async def day(self, day: str | None = None) -> Spend:
        """Every test's use on one day (today by default)."""
        fields = await self.redis.hgetall(keys.model_spend_day(day or today()))
        return spend_of(cast(dict[str, str], fields))

    async def totals(self) -> dict[Purpose, Spend]:
        """Use for ever, by purpose (what the metrics export as counters)."""
        fields = cast(dict[str, str], await self.redis.hgetall(keys.MODEL_SPEND_TOTAL))
        return {purpose: spend_of(fields, f"{purpose}:") for purpose in PURPOSES}

    async def today_by_purpose(self) -> dict[Purpose, Spend]:
        fields = cast(dict[str, str], await self.redis.hgetall(keys.model_spend_day(today())))
        return {purpose: spend_of(fields, f"{purpose}:") for purpose in PURPOSES}


def money(spend: Spend) -> str:
    """Say what a span of model use cost: '$0.0123', with the unpriced part named, never $0."""
    if spend.requests == 0:
        return "$0"
    if spend.unpriced_requests == spend.requests:
        return "unpriced"
    priced = f"${spend.cost_usd:.4f}"
    if spend.unpriced_requests:
        return f"{priced} + {spend.unpriced_requests} unpriced requests"
    return priced
