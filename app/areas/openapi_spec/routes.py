"""`/openapi.json`, `/docs` (Swagger UI) and `/redoc` (a reference page): the contract as served.

Both pages load their scripts from this server (the static files of the pinned `fastapi-offline`
package), never from a CDN, so they work offline. Their URLs are relative: the pages work at the
root and behind Kitsu's `/api` prefix alike.
"""

import importlib.util
from functools import cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from starlette.responses import FileResponse, HTMLResponse, Response

from app.core.contract import spec_bytes
from app.core.errors import not_found

router = APIRouter()

STATIC_FILES = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "redoc.standalone.js": "text/javascript",
    "favicon.png": "image/png",
}


@cache
def _static_dir() -> Path:
    # Located without importing the package: only its files are used.
    spec = importlib.util.find_spec("fastapi_offline")
    assert spec is not None and spec.submodule_search_locations, "fastapi-offline is a dependency"
    return Path(next(iter(spec.submodule_search_locations))) / "static"


@router.get("/openapi.json", operation_id="get_openapi_spec", include_in_schema=False)
async def get_openapi_spec() -> Response:
    return Response(spec_bytes(), media_type="application/json")


@router.get("/docs", include_in_schema=False)
async def get_docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="openapi.json",
        title="Zou API",
        swagger_js_url="docs-static/swagger-ui-bundle.js",
        swagger_css_url="docs-static/swagger-ui.css",
        swagger_favicon_url="docs-static/favicon.png",
    )


@router.get("/redoc", include_in_schema=False)
async def get_reference() -> HTMLResponse:
    return get_redoc_html(
        openapi_url="openapi.json",
        title="Zou API reference",
        redoc_js_url="docs-static/redoc.standalone.js",
        redoc_favicon_url="docs-static/favicon.png",
        with_google_fonts=False,
    )


@router.get("/docs-static/{name}", include_in_schema=False)
async def get_docs_file(name: str) -> Response:
    media_type = STATIC_FILES.get(name)
    if media_type is None:
        raise not_found()
    return FileResponse(
        _static_dir() / name, media_type=media_type, headers={"Cache-Control": "max-age=86400"}
    )
