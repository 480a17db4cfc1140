"""`housecat check`: the journeys of a monitors file, run once against the demo shop of a
real server, reported on the terminal and as JUnit that a JUnit parser reads back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from junitparser import Error, Failure, JUnitXml
from typer.testing import CliRunner

from housecat.cli import app
from tests.processes import Server

runner = CliRunner()

FILE = """\
templates:
  - name: For sale
    goal: >-
      sign in with {{user}} and {{password}},
      then check the page says {{product}}
environments:
  - name: Preview
    base_url: https://preview.invalid
    variables: {user: alice@example.com}
    secrets:
      password: {env: DEMO_PASSWORD}
tests:
  - name: Sign in
    url: /demo/login
    environment: Preview
    goal: sign in with {{user}} and {{password}}, then check the page says Welcome back, Alice
    schedule: "*/5 * * * *"
    tags: [smoke]
  - name: Lamp is for sale
    url: /demo/login
    environment: Preview
    template: For sale
    variables: {product: Brass Desk Lamp}
    schedule: "*/5 * * * *"
    tags: [smoke, shop]
  - name: Sofa is for sale
    url: /demo/login
    environment: Preview
    template: For sale
    variables: {product: Velvet Sofa}
    schedule: "*/5 * * * *"
    tags: [shop]
  - name: Home links to sign-in
    url: /demo/
    goal: click "Sign in", then check the heading says Sign in
    schedule: "*/5 * * * *"
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("check-server") / "data"
    data_dir.mkdir()
    running = Server(data_dir)
    yield running
    running.stop()


@pytest.fixture
def monitors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DEMO_PASSWORD", "hunter2")
    monkeypatch.setenv("HOUSECAT_STEP_TIMEOUT", "4")  # one monitor fails on purpose
    path = tmp_path / "monitors.yaml"
    path.write_text(FILE)
    return path


@pytest.fixture(autouse=True)
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run where screenshots may be left (`housecat-screenshots` in the working directory)."""
    monkeypatch.chdir(tmp_path)


def check(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["check", *args])
    return result.exit_code, result.output


def test_a_failing_journey_fails_the_check_and_the_junit_report_names_its_step(
    server: Server, monitors: Path, tmp_path: Path
) -> None:
    report, shots = tmp_path / "out" / "junit.xml", tmp_path / "shots"
    code, output = check(
        str(monitors), "--base-url", server.url, "--junit", str(report),
        "--screenshots", str(shots), "--only", "smoke", "--only", "shop",
    )  # fmt: skip
    assert code == 1, output
    assert "2 passed, 1 failed in" in output
    assert "✗ Sofa is for sale" in output and "✓ Sign in" in output
    assert "Home links to sign-in" not in output  # not tagged smoke or shop

    suites = list(JUnitXml.fromfile(str(report)))
    assert len(suites) == 1 and (suites[0].tests, suites[0].failures) == (3, 1)
    cases = {case.name: case for case in suites[0]}
    assert set(cases) == {"Sign in", "Lamp is for sale", "Sofa is for sale"}
    assert cases["Sign in"].is_passed and cases["Lamp is for sale"].is_passed
    [failure] = cases["Sofa is for sale"].result
    assert isinstance(failure, Failure)
    assert "Velvet Sofa" in (failure.message or "")
    screenshot = next(line for line in (failure.text or "").splitlines() if "screenshot:" in line)
    assert Path(screenshot.split("screenshot: ")[1]).is_file()
    assert cases["Sofa is for sale"].classname == f"{server.url}/demo/login"
    assert "hunter2" not in report.read_text()


def test_all_passing_exits_0(server: Server, monitors: Path) -> None:
    code, output = check(str(monitors), "--base-url", server.url, "--only", "smoke")
    assert code == 0, output
    assert "2 passed, 0 failed in" in output


def test_a_whole_url_runs_as_written_without_a_base_url(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "one.yaml"
    path.write_text(
        "tests:\n  - name: Home\n    url: " + server.url + "/demo/\n"
        '    goal: check the heading says Demo shop\n    schedule: "@hourly"\n'
    )
    code, output = check(str(path), "--junit", str(tmp_path / "j.xml"))
    assert code == 0, output
    [suite] = list(JUnitXml.fromfile(str(tmp_path / "j.xml")))
    assert [case.name for case in suite] == ["Home"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--env", "Staging"], "--env: the file has no environment 'Staging' (it has: Preview)"),
        (["--only", "nothing"], "the file has no test tagged nothing to check"),
        (["--base-url", "ftp://x"], "--base-url must be an http:// or https:// URL with a host"),
        (["--concurrency", "0"], "Invalid value for '--concurrency'"),
    ],
)
def test_what_cannot_run_exits_2_saying_why(
    monitors: Path, args: list[str], said: str, tmp_path: Path
) -> None:
    code, output = check(str(monitors), *args, "--junit", str(tmp_path / "j.xml"))
    assert code == 2
    assert said in " ".join(output.split())
    assert not (tmp_path / "j.xml").exists()


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        (
            "url: /cart\n    goal: check the page says Cart",
            "test 'Cart': '/cart' is a path: give --base-url or an environment",
        ),
        (
            "url: https://a.test/\n    template: Shop",
            "test 'Cart': its template 'Shop' is not in the file",
        ),
    ],
)
def test_a_test_that_cannot_run_is_named_saying_why(tmp_path: Path, entry: str, said: str) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(f'tests:\n  - name: Cart\n    {entry}\n    schedule: "@hourly"\n')
    code, output = check(str(path))
    assert code == 2
    assert said in output


def test_an_invalid_file_names_each_problem_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text('tests:\n  - name: A\n    url: https://a.test\n    schedule: "@hourly"\n')
    code, output = check(str(path))
    assert code == 2
    assert f"{path}:2:5: tests[0]: give a goal, steps, or a template" in output


def test_an_unreadable_goal_is_refused_before_anything_runs(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(
        "tests:\n  - name: Vague\n    url: https://a.test/\n"
        '    goal: make sure everything feels fast\n    schedule: "@hourly"\n'
    )
    code, output = check(str(path))
    assert code == 2
    assert "test 'Vague':" in output and "Checking" not in output


def test_an_error_case_is_a_junit_error(server: Server, tmp_path: Path) -> None:
    """A journey HouseCat cannot run at all (no page answers) is an error, not a failure."""
    path = tmp_path / "m.yaml"
    path.write_text(
        "tests:\n  - name: Gone\n    url: http://127.0.0.1:9/\n"
        '    goal: check the page says Hello\n    schedule: "@hourly"\n'
    )
    code, output = check(str(path), "--junit", str(tmp_path / "j.xml"))
    assert code == 1, output
    [suite] = list(JUnitXml.fromfile(str(tmp_path / "j.xml")))
    [case] = list(suite)
    assert not case.is_passed
    assert isinstance(case.result[0], Failure | Error)
