"""One run on TinyFish's remote agent in place of HouseCat's browser: its events become the
test's events, its answer becomes the run's record.

TinyFish saying COMPLETED means only that its agent stopped. The run passes only when the
agent answers, in the shape asked for, that the goal was achieved AND says what showed it;
anything else fails, saying why. Secret values never go to TinyFish: a goal that needs one
is refused (the agent would have to be sent the value, in the goal's text, to type it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from housecat.browser.execute import Emit
from housecat.browser.results import BrowserResult, StepResult
from housecat.clock import iso
from housecat.errors import HouseCatError, InvalidInput
from housecat.plan.names import run_dates
from housecat.plan.variables import substitute
from housecat.runs.models import RemoteAgentRun, RunRecord, Trigger
from housecat.runs.tinyfish import TERMINAL, Event, StreamBroke, TinyFishClient, either, error_text
from housecat.suites.journey import secrets_refused
from housecat.suites.models import TestSuiteResponse
from housecat.suites.values import Values

log = logging.getLogger(__name__)

# What TinyFish's agent must answer: whether the goal was achieved, and what showed it.
OUTPUT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "goal_achieved": {
            "type": "boolean",
            "description": "true only if every part of the goal was carried out and every "
            "thing it says to check was seen on the page; false otherwise",
        },
        "evidence": {
            "type": "string",
            "description": "what on the page shows the goal was achieved: quote the words "
            "seen and say on which page; if it was not achieved, say what went wrong",
        },
    },
    "required": ["goal_achieved", "evidence"],
    "additionalProperties": False,
}
POLL_S = 1.0
CANCEL_WAIT_S = 5.0
PROGRESS_KEPT = 200  # a runaway agent's steps are not worth a record of any size
ENABLE = "set TINYFISH_API_KEY where HouseCat runs (server and workers) and restart it"


class TinyFishNotSetUp(HouseCatError):
    """A test runs on TinyFish, and no TinyFish API key is set."""

    status_code = 409

    def __init__(self) -> None:
        super().__init__(f"this test runs on TinyFish, which is not set up: {ENABLE}")


def setup_warnings(test: TestSuiteResponse, *, tinyfish_ready: bool) -> list[str]:
    """Say what a test needs before it can run; nothing for a test ready to run."""
    if test.executor == "tinyfish" and not tinyfish_ready:
        return [f"This test runs on TinyFish, which is not set up: {ENABLE}."]
    return []


def remote_goal(goal: str, url: str, values: Values) -> str:
    """The goal as sent to TinyFish: variables filled in; refused if it needs a secret."""
    refused = secrets_refused(goal, values.secrets)
    if refused is None:
        dates = run_dates(datetime.now(UTC).date())
        sent = substitute(goal, {"url": url, **dates, **values.variables})
        # Looked for in the goal as sent too: a variable may hold a secret's value.
        refused = secrets_refused(sent, values.secrets)
    if refused:
        raise InvalidInput.of({"goal": refused})
    return sent


@dataclass(frozen=True)
class Verdict:
    passed: bool
    details: str
    error: str | None = None


def judge(status: str | None, answer: object, error: object) -> Verdict:
    """Pass only an answer saying the goal was achieved, with evidence; say why otherwise."""
    said = error_text(error)
    if status != "COMPLETED":
        why = f": {said}" if said else ""
        text = f"TinyFish's run ended {status or 'without a status'}{why}"
        return Verdict(False, text + ".", text)
    if not isinstance(answer, dict) or not isinstance(answer.get("goal_achieved"), bool):
        text = "TinyFish's agent finished without saying whether the goal was achieved"
        return Verdict(False, f"{text}: it answered {_shown(answer)}.", text)
    evidence = answer.get("evidence")
    evidence = evidence.strip() if isinstance(evidence, str) else ""
    if not answer["goal_achieved"]:
        text = "TinyFish's agent says the goal was not achieved"
        because = f": {evidence}" if evidence else ""
        return Verdict(False, text + because, text + because)
    if not evidence:
        text = "TinyFish's agent says the goal was achieved but shows no evidence of it"
        return Verdict(False, text + "; a claim without evidence is not a pass.", text)
    return Verdict(True, f"TinyFish's agent achieved the goal. Evidence: {evidence}")


def _shown(answer: object) -> str:
    text = repr(answer)
    return text if len(text) <= 200 else text[:197] + "..."


@dataclass
class _Progress:
    """What the remote run has told so far."""

    remote: RemoteAgentRun = field(default_factory=RemoteAgentRun)
    complete: Event | None = None


class TinyFishExecutor:
    """Run tests on TinyFish; without an API key, every run fails at once saying so."""

    def __init__(
        self,
        client: TinyFishClient | None,
        *,
        run_timeout_s: float,
        cost_per_step: float | None = None,
    ) -> None:
        self.client = client
        self.run_timeout_s = run_timeout_s
        self.cost_per_step = cost_per_step

    async def run(
        self,
        *,
        url: str,
        goal: str,
        values: Values,
        run_id: str,
        test_id: str | None,
        triggered_by: Trigger,
        emit: Emit,
    ) -> tuple[RunRecord, BrowserResult]:
        """Send the goal to TinyFish, tell its events as they come, judge its answer."""
        if self.client is None:
            raise TinyFishNotSetUp()
        sent = remote_goal(goal, url, values)
        started, clock = datetime.now(UTC), time.monotonic()
        progress = _Progress()
        await emit("plan_start", f"Sending the goal to TinyFish for {url}", run_id=run_id)
        try:
            async with asyncio.timeout(self.run_timeout_s):
                await self._follow(self.client, url, sent, run_id, emit, progress)
            verdict = judge(
                progress.remote.status,
                either(progress.complete or {}, "result", "resultJson"),
                (progress.complete or {}).get("error"),
            )
            await self._count_steps(self.client, progress.remote)
        except TimeoutError:
            await self._cancel(progress.remote.run_id)
            text = f"TinyFish did not finish within the run timeout ({self.run_timeout_s:g} s)"
            verdict = Verdict(False, text + "; the run was cancelled there.", text)
        except asyncio.CancelledError:
            # Cancelled here (a person, or shutdown): stop paying for the remote run too.
            await asyncio.shield(self._cancel(progress.remote.run_id))
            raise
        await emit("eval_start", "Judging TinyFish's answer", run_id=run_id)
        verdict_word = "PASSED" if verdict.passed else "FAILED"
        await emit(
            "eval_complete",
            f"Test {verdict_word} — judged by TinyFish's agent",
            run_id=run_id,
            passed=verdict.passed,
        )
        duration_ms = int((time.monotonic() - clock) * 1000)
        return self._record(
            verdict, progress.remote, run_id, test_id, triggered_by, started, duration_ms
        )

    async def _follow(
        self,
        client: TinyFishClient,
        url: str,
        goal: str,
        run_id: str,
        emit: Emit,
        progress: _Progress,
    ) -> None:
        """Read the run's events; if the stream breaks, poll the run until it ends."""
        body = {
            "url": url,
            "goal": goal,
            "output_schema": OUTPUT_SCHEMA,
            "agent_config": {"max_duration_seconds": max(1, int(self.run_timeout_s))},
        }
        try:
            async for event in client.stream(body):
                await self._tell(event, run_id, emit, progress)
            return
        except StreamBroke as exc:
            remote_id = progress.remote.run_id
            log.warning("run %s: TinyFish's stream broke (%s)", run_id, exc)
            if remote_id is None:
                raise HouseCatError(
                    f"TinyFish's event stream broke before it named its run: {exc}"
                ) from None
        await emit(
            "notice",
            f"The stream from TinyFish broke; asking for run {remote_id} until it ends",
            run_id=run_id,
        )
        while True:
            try:
                answer = await client.run(remote_id)
            except HouseCatError as exc:  # a passing fault: the run timeout bounds the asking
                log.warning("run %s: polling TinyFish: %s", run_id, exc.message)
                answer = {}
            if answer.get("status") in TERMINAL:
                progress.remote.status = str(answer["status"])
                progress.remote.steps = _count(answer.get("num_of_steps"))
                progress.complete = answer
                return
            await asyncio.sleep(POLL_S)

    async def _tell(self, event: Event, run_id: str, emit: Emit, progress: _Progress) -> None:
        """Turn one TinyFish event into the test's event (a HEARTBEAT only keeps it alive)."""
        kind, remote = event.get("type"), progress.remote
        remote.run_id = either(event, "runId", "run_id") or remote.run_id
        if kind == "STARTED":
            message = f"TinyFish started run {remote.run_id}; its agent finds the steps as it goes"
            await emit("plan_complete", message, run_id=run_id, remote_run_id=remote.run_id)
        elif kind == "STREAMING_URL":
            link = either(event, "streamingUrl", "streaming_url")
            if isinstance(link, str) and link.startswith(("https://", "http://")):
                remote.streaming_url = link
                await emit(
                    "streaming_url", "Watch TinyFish's browser live", run_id=run_id, url=link
                )
        elif kind == "PROGRESS":
            purpose = str(event.get("purpose") or "working")
            if len(remote.progress) < PROGRESS_KEPT:
                remote.progress.append(purpose)
            number = len(remote.progress)
            await emit(
                "step_start",
                f"Executing step {number}: {purpose}",
                run_id=run_id,
                step_number=number,
                remote=True,
            )
        elif kind == "COMPLETE":
            remote.status = str(event.get("status") or "") or None
            progress.complete = event
        # HEARTBEAT: not written to the test's events, where one every few seconds would
        # push the run's real events out of the capped stream; it keeps the read alive.

    async def _count_steps(self, client: TinyFishClient, remote: RemoteAgentRun) -> None:
        """Ask TinyFish how many steps the run took: its COMPLETE event does not say."""
        if remote.steps is None and remote.run_id is not None:
            try:
                remote.steps = _count((await client.run(remote.run_id)).get("num_of_steps"))
            except HouseCatError as exc:
                log.warning("TinyFish run %s: steps unknown: %s", remote.run_id, exc.message)

    async def _cancel(self, remote_id: str | None) -> None:
        """Ask TinyFish to stop a run, briefly; a failure is logged, not raised."""
        if remote_id is None or self.client is None:
            return
        with contextlib.suppress(TimeoutError, HouseCatError):
            async with asyncio.timeout(CANCEL_WAIT_S):
                await self.client.cancel(remote_id)
                return
        log.warning("could not cancel TinyFish run %s", remote_id)

    def _record(
        self,
        verdict: Verdict,
        remote: RemoteAgentRun,
        run_id: str,
        test_id: str | None,
        triggered_by: Trigger,
        started: datetime,
        duration_ms: int,
    ) -> tuple[RunRecord, BrowserResult]:
        if remote.steps is not None and self.cost_per_step is not None:
            remote.cost_usd = round(remote.steps * self.cost_per_step, 6)
        step = StepResult(
            step_number=1,
            passed=verdict.passed,
            details=verdict.details,
            status="passed" if verdict.passed else "failed",
            action="tinyfish",
            description="TinyFish's agent carries out the goal",
            duration_ms=duration_ms,
        )
        record = RunRecord(
            passed=verdict.passed,
            duration_ms=duration_ms,
            steps_passed=int(verdict.passed),
            steps_total=1,
            details=verdict.details,
            step_results=[step],
            error=verdict.error,
            run_id=run_id,
            test_id=test_id,
            triggered_by=triggered_by,
            started_at=iso(started),
            completed_at=iso(datetime.now(UTC)),
            judged_by="remote_agent",
            remote=remote,
        )
        return record, BrowserResult(steps=[step], duration_ms=duration_ms)


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
