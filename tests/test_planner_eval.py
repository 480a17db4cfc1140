"""`benchmarks/planner_eval.py`: a model measured on a corpus of goals, end to end.

The model is a local server speaking OpenAI's wire format from a script; the benchmark
runs as people run it, in its own process, on a tiny corpus written here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.llm_servers import ModelServer, Say

ROOT = Path(__file__).resolve().parents[1]
BENCHMARK = ROOT / "benchmarks" / "planner_eval.py"
RECORDS = [
    {"id": "own-1", "kind": "check", "goal": "check the page says Good evening",
     "steps": ["expect_text 'Good evening'"]},
    {"id": "own-2", "kind": "click", "goal":
     "Coax the banner out of hiding, then check the page says Fresh bread today",
     "steps": ["click 'Show banner'", "expect_text 'Fresh bread today'"]},
    {"id": "own-3", "kind": "click", "goal":
     "Wiggle the menu open, then check the page says Opening hours",
     "steps": ["click 'Menu'", "expect_text 'Opening hours'"]},
]  # fmt: skip
SHOW = {"action": "click", "target": {"text": "Show banner", "role": "button"}, "phrase": "Coax"}
BREAD = {"action": "expect_text", "value": "Fresh bread today",
         "phrase": "check the page says Fresh bread today"}  # fmt: skip
INVENTED = {"action": "expect_text", "value": "Closed on Sundays", "phrase": "Wiggle"}


@pytest.fixture(scope="module")
def local_model() -> Iterator[ModelServer]:
    with ModelServer("openai") as server:
        yield server


def evaluate(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ANTHROPIC")}
    return subprocess.run(
        [sys.executable, str(BENCHMARK), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=ROOT,
    )


def test_a_model_is_measured_on_the_goals_the_reader_refuses(
    local_model: ModelServer, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(record) + "\n" for record in RECORDS))
    script = local_model.play(
        Say([SHOW]),
        Say([BREAD], done=True),
        Say([INVENTED], done=True),  # a check the goal does not say: refused,
        Say([INVENTED], done=True),  # asked once more, refused again
    )
    done = evaluate(
        str(corpus), "--model", "qwen-local", "--base-url", local_model.base_url, "--no-journeys"
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "model: qwen-local" in lines
    assert "corpus: 3 goals in scope; 2 go to the model" in lines
    assert "  own-2: understood, checks kept yes; 2 calls, cost unpriced" in lines
    [refused] = [line for line in lines if line.startswith("  own-3: refused")]
    assert "'Closed on Sundays', which the goal does not say" in refused
    assert refused.endswith("; 2 calls, cost unpriced")
    assert "understood, built-in reader:  1/3 = 33 %" in lines
    assert "understood, with the model:   2/3 = 67 %" in lines
    assert "checks kept:                  2/3 = 67 %" in lines
    assert "model use:                    4 calls, cost unpriced" in lines
    assert script.calls == 4
    assert "Coax the banner out of hiding" in script.sent()


def test_without_a_model_it_says_what_it_needs_and_exits_0(tmp_path: Path) -> None:
    done = evaluate(str(tmp_path / "none.jsonl"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("no model to evaluate: pass --model; set ANTHROPIC_API_KEY")
    assert "uv sync --extra llm" in done.stdout
