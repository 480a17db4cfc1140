"""`/docs`, `/redoc` and `/openapi.json`, served without a CDN; behind the token when one
is set, unless `HOUSECAT_PUBLIC_DOCS` opens them."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

import fastapi_offline
from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from housecat.errors import Unauthorized
from housecat.web.auth import BEARER_NEEDED, identify, sign_in_required
from housecat.web.openapi import document_for
from housecat.web.state import app_state

# Swagger UI's and ReDoc's files, as the fastapi-offline package ships them.
ASSETS_DIR = Path(fastapi_offline.__file__).parent / "static"
ASSETS_URL = "/static-offline-docs"
SCHEMA_URL = "/openapi.json"

router = APIRouter(include_in_schema=False)


async def docs_allowed(request: Request) -> bool:
    """Tell whether the API's description may be shown to whoever asks."""
    return app_state(request).settings.public_docs or (await identify(request)).allowed


def sign_in_first(request: Request) -> Response:
    return RedirectResponse("/login?" + urlencode({"next": request.url.path}), status_code=303)


@router.get(SCHEMA_URL)
async def openapi_schema(request: Request) -> JSONResponse:
    """Describe the API (OpenAPI)."""
    if not await docs_allowed(request):
        raise Unauthorized(BEARER_NEEDED)
    # Once someone has an account, the API asks for credentials even without a token.
    return JSONResponse(document_for(request.app, locked=await sign_in_required(request)))


@router.get("/docs")
async def swagger_ui(request: Request) -> Response:
    """Show the API in Swagger UI; a browser without a session signs in first."""
    if not await docs_allowed(request):
        return sign_in_first(request)
    return get_swagger_ui_html(
        openapi_url=SCHEMA_URL,
        title=f"{request.app.title} - Swagger UI",
        swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
        swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
        swagger_favicon_url=f"{ASSETS_URL}/favicon.png",
    )


@router.get("/redoc")
async def redoc(request: Request) -> Response:
    """Show the API in ReDoc; a browser without a session signs in first."""
    if not await docs_allowed(request):
        return sign_in_first(request)
    return get_redoc_html(
        openapi_url=SCHEMA_URL,
        title=f"{request.app.title} - ReDoc",
        redoc_js_url=f"{ASSETS_URL}/redoc.standalone.js",
        redoc_favicon_url=f"{ASSETS_URL}/favicon.png",
        with_google_fonts=False,
    )


def install_docs(app: FastAPI) -> None:
    """Serve the docs pages and their files on `app` (built with its own docs turned off)."""
    app.mount(ASSETS_URL, StaticFiles(directory=ASSETS_DIR), name="static-offline-docs")
    app.include_router(router)
