"""How much of what people write HouseCat reads: the goals corpus, compiled without a page.

Reads `goals/corpus.jsonl` from the shared folder next to the project (or the path given
as the first argument) and prints, over the goals with no out-of-scope part:
- understood: the share that compiles (no "cannot understand");
- checks kept: of the goals whose reference reading checks something, the share whose
  plan checks something too;
- the same per kind, and for goals with an out-of-scope part (which should be refused).
With `--show` it prints every goal's plan (or refusal) for a hand check against the
reference reading, and `--refused` prints only the refusals.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from housecat.errors import GoalNotUnderstood
from housecat.plan.read import read_goal

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "goals" / "corpus.jsonl"


@dataclass
class Outcome:
    id: str
    kind: str
    goal: str
    reference: list[str]
    steps: list[str] | None
    refusal: str | None

    @property
    def in_scope(self) -> bool:
        return not any("OUT-OF-SCOPE" in step for step in self.reference)

    @property
    def reference_checks(self) -> bool:
        return any(step.lstrip("? ").startswith("expect_") for step in self.reference)

    @property
    def plan_checks(self) -> bool:
        return any(step.startswith(("expect", "Expect")) for step in self.steps or [])


def compile_one(record: dict[str, object]) -> Outcome:
    goal = str(record["goal"])
    steps: list[str] | None = None
    refusal = None
    try:
        plan = read_goal(goal)
        steps = [step.describe() for step in plan.steps]
    except GoalNotUnderstood as exc:
        refusal = str(exc)
    return Outcome(
        id=str(record["id"]),
        kind=str(record["kind"]),
        goal=goal,
        reference=[str(step) for step in record["steps"]],  # type: ignore[attr-defined]
        steps=steps,
        refusal=refusal,
    )


def load(corpus: Path) -> list[dict[str, object]]:
    """The corpus' records, one JSON object a line."""
    return [json.loads(line) for line in corpus.read_text().splitlines() if line]


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.0f} %" if whole else "0/0"


def report(outcomes: list[Outcome]) -> None:
    in_scope = [o for o in outcomes if o.in_scope]
    out_of_scope = [o for o in outcomes if not o.in_scope]
    understood = [o for o in in_scope if o.steps is not None]
    checking = [o for o in in_scope if o.reference_checks]
    kept = [o for o in checking if o.plan_checks]
    print(f"goals: {len(outcomes)} ({len(in_scope)} in scope, {len(out_of_scope)} with a part")
    print("  no step can express)")
    print(f"understood (in scope):        {share(len(understood), len(in_scope))}")
    print(f"checks kept (in scope):       {share(len(kept), len(checking))}")
    refused = [o for o in out_of_scope if o.steps is None]
    print(f"refused (out of scope):       {share(len(refused), len(out_of_scope))}")
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in in_scope:
        by_kind[outcome.kind].append(outcome)
    print("per kind (in scope): understood · checks kept")
    for kind, group in sorted(by_kind.items()):
        ok = sum(o.steps is not None for o in group)
        wants = [o for o in group if o.reference_checks]
        print(
            f"  {kind:14} {share(ok, len(group)):>14} · "
            f"{share(sum(o.plan_checks for o in wants), len(wants))}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", action="store_true", help="print every plan")
    parser.add_argument("--refused", action="store_true", help="print every refusal")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}: nothing to measure")
        return 0
    records = load(args.corpus)
    started = time.perf_counter()
    outcomes = [compile_one(record) for record in records]
    per_goal_ms = (time.perf_counter() - started) * 1000 / len(records)
    for outcome in outcomes:
        if args.show or (args.refused and outcome.steps is None and outcome.in_scope):
            print(f"--- {outcome.id} [{outcome.kind}]")
            print("  " + outcome.goal.replace("\n", "\n  "))
            for step in outcome.steps or [f"REFUSED: {outcome.refusal}"]:
                print(f"    > {step}")
            if args.show:
                for step in outcome.reference:
                    print(f"    ref {step}")
    report(outcomes)
    print(f"reading time: {per_goal_ms:.2f} ms per goal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
