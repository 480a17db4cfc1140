"""How well a model plans what HouseCat's own reader cannot: the goals corpus and the sites.

`--model M` names the model as `HOUSECAT_LLM` would (`anthropic:claude-…` with
ANTHROPIC_API_KEY; with `--base-url`, the model name of an OpenAI-compatible server).

1. Corpus: each goal of `goals/corpus.jsonl` (or the path given) is compiled without a
   page, as `planner: auto` would: the built-in reader first; a goal it refuses goes to
   the model, shown a blank page (there is none), which proposes steps until it says the
   goal is covered. Printed per goal sent to the model: understood or why not, whether it
   checks something when the reference reading does, its requests and estimated cost;
   then the understood share (reader alone, and with the model) and checks kept.
2. Journeys (unless `--no-journeys`): the fixture sites' journeys, each on its ok, slow,
   renamed and broken copy, planned by the model alone (`planner: model`) in a real
   Chromium; a verdict is right when the healthy copies pass and the broken one fails
   at the step a person would point to.

Without a model (no `--model`, no key, or no llm extra) it says what it needs and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the fixture sites live in tests/

from benchmarks.goals_corpus import DEFAULT, Outcome, compile_one, load, share  # noqa: E402

from housecat.browser.execute import Limits  # noqa: E402
from housecat.browser.outcomes import StepFailed  # noqa: E402
from housecat.config import Settings  # noqa: E402
from housecat.llm.choice import HOW_TO_ENABLE, compiler_for  # noqa: E402
from housecat.llm.planner import ModelCompiler  # noqa: E402
from housecat.llm.usage import Meter  # noqa: E402
from housecat.plan.models import Step  # noqa: E402
from housecat.plan.read import stated_checks  # noqa: E402

BLANK_PAGE = "(no page: plan from the goal alone)"
VARIANTS = {"ok": True, "slow": True, "renamed": True, "broken": False}
LIMITS = Limits(step_timeout_s=5, run_timeout_s=90)


@dataclass
class Spent:
    """Model requests and estimated cost over many compiles; unpriced ones counted apart."""

    requests: int = 0
    cost_usd: float = 0.0
    unpriced: int = 0
    per_goal: list[str] = field(default_factory=list)

    def add(self, meter: Meter) -> str:
        """Count a compile's meter; say its requests and cost."""
        requests = sum(use.requests for use in meter.uses)
        unknown = sum(use.requests for use in meter.uses if use.cost_usd is None)
        cost = sum(use.cost_usd or 0.0 for use in meter.uses)
        self.requests += requests
        self.cost_usd += cost
        self.unpriced += unknown
        return f"{requests} calls, {_money(cost, requests, unknown)}"

    def total(self) -> str:
        return f"{self.requests} calls, {_money(self.cost_usd, self.requests, self.unpriced)}"


def _money(cost: float, requests: int, unpriced: int) -> str:
    if requests and unpriced == requests:
        return "cost unpriced"
    shown = f"${cost:.4f}"
    return f"{shown} + {unpriced} unpriced calls" if unpriced else shown


async def compile_with_model(compiler: ModelCompiler, goal: str, meter: Meter) -> list[Step]:
    """Compile a goal on a blank page; raise StepFailed when the model cannot."""
    source = compiler.for_goal(
        goal, variables={}, secrets={}, stated=stated_checks(goal), meter=meter
    )
    steps: list[Step] = []
    while more := await source.next_steps(BLANK_PAGE):
        steps += more
    return steps


async def corpus(compiler: ModelCompiler, records: list[dict[str, object]], spent: Spent) -> None:
    outcomes = [compile_one(record) for record in records]
    in_scope = [o for o in outcomes if o.in_scope]
    by_reader = [o for o in in_scope if o.steps is not None]
    to_model = [o for o in in_scope if o.steps is None]
    print(f"corpus: {len(in_scope)} goals in scope; {len(to_model)} go to the model")
    by_model: list[Outcome] = []
    for outcome in to_model:
        meter = Meter()
        try:
            steps = await compile_with_model(compiler, outcome.goal, meter)
        except StepFailed as exc:
            print(f"  {outcome.id}: refused ({exc}); {spent.add(meter)}")
            continue
        compiled = Outcome(
            outcome.id,
            outcome.kind,
            outcome.goal,
            outcome.reference,
            [s.describe() for s in steps],
            None,
        )
        by_model.append(compiled)
        kept = "-" if not compiled.reference_checks else "yes" if compiled.plan_checks else "no"
        print(f"  {outcome.id}: understood, checks kept {kept}; {spent.add(meter)}")
    understood = by_reader + by_model
    checking = [o for o in understood if o.reference_checks]
    wanted = [o for o in in_scope if o.reference_checks]
    print(f"understood, built-in reader:  {share(len(by_reader), len(in_scope))}")
    print(f"understood, with the model:   {share(len(understood), len(in_scope))}")
    print(
        f"checks kept:                  {share(sum(o.plan_checks for o in checking), len(wanted))}"
    )


async def journeys(compiler: ModelCompiler, spent: Spent) -> None:
    from tests.sites.server import start_sites
    from tests.test_journeys_sites import ACCOUNT, JOURNEYS, start

    from housecat.browser.chromium import find_chromium
    from housecat.browser.pool import BrowserPool
    from housecat.runs.pipeline import run_goal

    chromium = await asyncio.to_thread(find_chromium)
    if chromium is None:
        print("journeys: no Chromium (python -m housecat.browser.install); skipped")
        return
    right = total = 0
    pool = BrowserPool(chromium)
    with start_sites() as server:
        try:
            for site, goals, why in JOURNEYS:
                for variant, should_pass in VARIANTS.items():
                    meter = Meter()
                    outcome = await run_goal(
                        pool,
                        url=start(server.url, site, variant),
                        goal=goals[0],
                        triggered_by="api",
                        limits=LIMITS,
                        planner="model",
                        compiler=compiler,
                        meter=meter,
                        **(ACCOUNT if site == "signin" else {}),  # type: ignore[arg-type]
                    )
                    # A broken copy must fail where a person would say, not on a model error.
                    failed_right = why in (outcome.result.error or "")
                    passed = outcome.result.passed
                    ok = passed if should_pass else not passed and failed_right
                    right, total = right + ok, total + 1
                    verdict = "passed" if outcome.result.passed else "failed"
                    mark = "right" if ok else "WRONG"
                    print(f"  {site}/{variant}: {verdict} ({mark}); {spent.add(meter)}")
        finally:
            await pool.close()
    print(f"verdicts right:               {share(right, total)}")


async def evaluate(compiler: ModelCompiler, records: list[dict[str, object]], sites: bool) -> None:
    spent = Spent()
    await corpus(compiler, records, spent)
    if sites:
        await journeys(compiler, spent)
    print(f"model use:                    {spent.total()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--model", help="e.g. anthropic:claude-sonnet-5-5, or a server's model")
    parser.add_argument("--base-url", help="an OpenAI-compatible server, e.g. …:11434/v1")
    parser.add_argument("--no-journeys", action="store_true", help="the corpus only")
    args = parser.parse_args()
    if not args.model:
        print(f"no model to evaluate: pass --model; {HOW_TO_ENABLE}")
        return 0
    compiler, choice = compiler_for(Settings(llm=args.model, llm_base_url=args.base_url))
    if compiler is None:
        missing = choice.missing or ""
        print(f"cannot evaluate {args.model}: {missing}")
        if HOW_TO_ENABLE not in missing:
            print(f"to evaluate a model: {HOW_TO_ENABLE}")
        return 0
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}: nothing to measure")
        return 0
    print(f"model: {choice.name}")
    asyncio.run(evaluate(compiler, load(args.corpus), sites=not args.no_journeys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
