"""The verdict on a run: deterministic, in plain English, naming the step that failed."""

from __future__ import annotations

from housecat.browser.results import BrowserResult
from housecat.runs.models import TestResult


def evaluate(browser: BrowserResult) -> TestResult:
    """Pass only when every step passed or was optional and skipped; else say what failed."""
    steps = browser.steps
    passed_steps = sum(step.passed for step in steps)
    failed = next((step for step in steps if step.status == "failed"), None)
    healed = [step for step in steps if step.healed]
    # Skipped for want of what it waited on: neither a pass nor a failure.
    optional = sum(step.status == "skipped" and step.only_if is not None for step in steps)
    if failed is None and passed_steps and passed_steps + optional == len(steps):
        details = f"All {len(steps)} steps passed."
        if optional:
            details = (
                f"{passed_steps} steps passed; {optional} optional"
                f" step{'s were' if optional > 1 else ' was'} skipped, as what"
                f" {'they wait' if optional > 1 else 'it waits'} on was not shown."
            )
        if healed:
            numbers = ", ".join(str(step.step_number) for step in healed)
            details += f" Healed step {numbers}: the page changed but the journey still works."
        error = None
    else:
        details = f"{passed_steps} of {len(steps)} steps passed."
        error = "No steps ran."
        if failed is not None:
            error = f"Step {failed.step_number} failed: {failed.details}"
            details += f" Step {failed.step_number} ({failed.description}) failed: {failed.details}"
    return TestResult(
        passed=error is None,
        duration_ms=browser.duration_ms,
        steps_passed=passed_steps,
        steps_total=len(steps),
        details=details,
        step_results=steps,
        error=error,
    )
