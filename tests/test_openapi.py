"""The OpenAPI document says what the API really answers, as schemathesis checks it."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.processes import Server

TOKEN = "s3cret-token"
ERROR_REF = "#/components/schemas/ErrorBody"
# Schema-valid but refused: a goal must also be one the planner understands, and a
# URL's host must be a valid one, which no JSON Schema can say. Every other finding,
# server errors and undocumented statuses first of all, fails the test.
ACCEPTED_FINDINGS = {"ST202"}
# Open to anyone, and answering their own body (not an error) when Redis is down.
HEALTH = ("/api/health", "/api/v1/health")


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    ]


def test_every_error_answer_is_documented_with_our_error_body(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert "HTTPValidationError" not in document["components"]["schemas"]
    assert set(document["components"]["schemas"]["ErrorBody"]["properties"]) == {
        "error",
        "fields",
    }
    for method, path, operation in operations(document):
        for status, response in operation["responses"].items():
            if int(status) >= 400 and path not in HEALTH:
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": ERROR_REF}, (method, path, status)
        assert "503" in operation["responses"], (method, path)
        if "{" in path:
            assert "404" in operation["responses"], (method, path)
        if "requestBody" in operation:
            assert {"400", "422"} <= set(operation["responses"]), (method, path)


def test_the_statuses_of_a_manual_run_are_documented(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    run = document["paths"]["/api/tests/{test_id}/run"]["post"]["responses"]
    assert {"200", "202", "404", "409", "422", "500", "503"} <= set(run)
    queued = run["202"]["content"]["application/json"]["schema"]
    assert queued == {"$ref": "#/components/schemas/QueuedRun"}
    cancel = document["paths"]["/api/runs/{run_id}/cancel"]["post"]["responses"]
    assert {"404", "409"} <= set(cancel)


# Routes that refuse an open install's anonymous caller: it is nobody's account.
USERS_ONLY = ("/api/callback/", "/api/v1/me/", "/api/v1/users", "/api/v1/projects")


def test_without_a_token_or_users_no_route_asks_for_credentials(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert "securitySchemes" not in document["components"]
    for method, path, operation in operations(document):
        assert "security" not in operation, (method, path)
        assert not {"401", "429"} & set(operation["responses"]) or path.startswith(USERS_ONLY)
        assert "403" not in operation["responses"] or path.startswith(USERS_ONLY), (method, path)


def test_once_a_user_exists_every_guarded_route_asks_for_credentials(
    client: TestClient,
) -> None:
    form = {"username": "root", "password": "a long password", "password_again": "a long password"}
    client.post("/setup", data=form, headers={"Origin": "http://testserver"})
    document = client.get("/openapi.json").json()
    assert document["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    tests = document["paths"]["/api/tests"]["get"]
    assert "security" in tests and {"401", "403", "429"} <= set(tests["responses"])


def test_with_a_token_every_api_route_but_the_healths_and_callback_asks_for_it(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(api_token=TOKEN)
    document = client.get("/openapi.json", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert document["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    for method, path, operation in operations(document):
        open_route = path in HEALTH or path.startswith("/api/callback/")
        open_route |= path == "/api/v1/schema/monitors.json"  # for editors; it holds no data
        assert ("security" in operation) is not open_route, (method, path)
        if not open_route:
            assert {"401", "403", "429"} <= set(operation["responses"]), (method, path)
            headers = operation["responses"]["401"]["headers"]
            assert "WWW-Authenticate" in headers


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("OPTIONS", "/api/tests", "GET, POST"),
        ("PATCH", "/api/tests/abc123", "DELETE, GET, PUT"),
        ("TRACE", "/api/health", "GET"),
    ],
)
def test_a_method_not_allowed_names_every_allowed_one(
    client: TestClient, method: str, path: str, allow: str
) -> None:
    answer = client.request(method, path)
    assert answer.status_code == 405
    assert answer.headers["allow"] == allow
    assert answer.json() == {"error": "Method Not Allowed"}


def schemathesis(server: Server, workdir: Path, *options: str) -> dict[str, Any]:
    """Run schemathesis with every check over the server's API; return its JSON report."""
    workdir.mkdir()
    report = workdir / "report.json"
    command = [
        sys.executable, "-m", "schemathesis.cli", "run", f"{server.url}/openapi.json",
        "--checks", "all", "--request-timeout", "60", "--report", "json",
        "--report-json-path", str(report), *options,
    ]  # fmt: skip
    ran = subprocess.run(command, cwd=workdir, capture_output=True, text=True, timeout=600)
    assert report.exists(), ran.stdout[-3000:] + ran.stderr[-3000:]
    result: dict[str, Any] = json.loads(report.read_text())
    findings = {failure["code"] for failure in result["failures"]} - ACCEPTED_FINDINGS
    assert not findings and not result["errors"], ran.stdout[-6000:]
    assert result["operations"]["tested"] == result["operations"]["total"]
    return result


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """Start real servers whose journeys end quickly; stop them after the test."""
    servers: list[Server] = []

    def start(**env: str) -> Server:
        fast_runs = {"HOUSECAT_RUN_TIMEOUT": "10", "HOUSECAT_STEP_TIMEOUT": "2"}
        data_dir = tmp_path / f"data{len(servers)}"
        data_dir.mkdir()
        servers.append(Server(data_dir, env=fast_runs | env))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def test_schemathesis_finds_no_server_error_and_no_undocumented_status(
    serve: Callable[..., Server], tmp_path: Path
) -> None:
    # The document itself stays readable, so the run without the token can load it.
    open_api = serve()
    protected = serve(HOUSECAT_API_TOKEN=TOKEN, HOUSECAT_PUBLIC_DOCS="true")
    bearer = f"Authorization: Bearer {TOKEN}"
    # In parallel: each run mostly waits for its server's answers.
    with ThreadPoolExecutor() as pool:
        runs = [
            pool.submit(schemathesis, open_api, tmp_path / "open", "--max-examples", "10"),
            pool.submit(
                schemathesis, protected, tmp_path / "token", "--max-examples", "10", "-H", bearer
            ),
        ]
        for run in runs:
            run.result()
    # Without the token every protected route answers 401: a few cases each suffice.
    refused = schemathesis(
        protected, tmp_path / "no-token", "--max-examples", "3", "--phases", "fuzzing"
    )
    assert refused["test_cases"]["generated"] > 0
