"""`GET /api/health`, Swagger at `/docs`, and JSON errors when Redis is gone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from housecat.valkey import EmbeddedValkey
from housecat.web.errors import STORAGE_UNAVAILABLE


def test_health_reports_version_and_redis(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["version"]
    assert body["redis"]["ok"] is True
    assert body["redis"]["server"] == "valkey"
    assert body["redis"]["version"].count(".") == 2


def test_docs_render_without_any_cdn(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "cdn" not in page.text.lower()
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert client.get(f"/static-offline-docs/{asset}").status_code == 200
    schema = client.get("/openapi.json").json()
    assert {"/api/tests", "/api/tests/{test_id}", "/api/health"} <= set(schema["paths"])


def test_unknown_route_is_a_json_404(client: TestClient) -> None:
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.json() == {"error": "Not Found"}


def test_wrong_method_is_a_json_405(client: TestClient) -> None:
    response = client.patch("/api/tests")
    assert response.status_code == 405
    assert "error" in response.json()


def test_redis_url_is_used_when_set(make_client: Callable[..., TestClient], tmp_path: Path) -> None:
    with EmbeddedValkey(tmp_path / "elsewhere") as other:
        client = make_client(roles=False, redis_url=other.url, data_dir=tmp_path / "unused")
        client.post("/api/tests", json={"name": "n", "url": "https://a.test", "goal": "open /"})
        assert client.get("/api/health").json()["redis"]["ok"] is True
    # The app talked to the server named by the URL, not to a Valkey of its own.
    assert not (tmp_path / "unused").exists()
    assert (tmp_path / "elsewhere" / "appendonlydir").is_dir()


def test_redis_going_away_gives_503_json_not_500(
    make_client: Callable[..., TestClient], tmp_path: Path
) -> None:
    other = EmbeddedValkey(tmp_path / "doomed")
    other.start()
    client = make_client(roles=False, redis_url=other.url)
    other.stop()
    listing = client.get("/api/tests")
    assert (listing.status_code, listing.json()) == (503, {"error": STORAGE_UNAVAILABLE})
    health = client.get("/api/health")
    assert health.status_code == 503
    assert health.json()["redis"] == {"ok": False, "error": "cannot reach Redis"}
    assert str(tmp_path) not in health.text  # no socket path, no redis-py message
