"""Verdicts as JUnit XML, the report CI systems render."""

from __future__ import annotations

from pathlib import Path

from junitparser import Error, Failure, JUnitXml, TestCase, TestSuite

from housecat.checks.models import CheckVerdict

SUITE = "housecat check"


def write_junit(verdicts: list[CheckVerdict], path: Path) -> None:
    """Write one test case per journey: its failed step, the error and the screenshot."""
    suite = TestSuite(SUITE)
    for verdict in verdicts:
        case = TestCase(verdict.name, classname=verdict.url, time=round(verdict.duration_s, 3))
        if verdict.status == "failed":
            failure = Failure(verdict.failed_step or verdict.summary, "failed")
            failure.text = _report(verdict)
            case.result = [failure]
        elif verdict.status == "error":
            error = Error(verdict.summary, "error")
            error.text = _report(verdict)
            case.result = [error]
        if verdict.steps:
            case.system_out = "\n".join(verdict.steps)
        suite.add_testcase(case)
    suite.update_statistics()  # type: ignore[no-untyped-call]
    report = JUnitXml()
    report.add_testsuite(suite)
    path.parent.mkdir(parents=True, exist_ok=True)
    report.write(str(path), pretty=True)


def _report(verdict: CheckVerdict) -> str:
    lines = [verdict.summary, *verdict.steps]
    if verdict.screenshot is not None:
        # GitLab shows an attachment named this way next to the failed case.
        lines.append(f"screenshot: {verdict.screenshot}")
        lines.append(f"[[ATTACHMENT|{verdict.screenshot}]]")
    return "\n".join(lines)
