"""`/openapi.json` and `/docs`: the contract as served."""

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from starlette.responses import HTMLResponse, Response

from app.core.contract import spec_bytes

router = APIRouter()


@router.get("/openapi.json", operation_id="get_openapi_spec", include_in_schema=False)
async def get_openapi_spec() -> Response:
    return Response(spec_bytes(), media_type="application/json")


@router.get("/docs", include_in_schema=False)
async def get_docs() -> HTMLResponse:
    return get_swagger_ui_html(openapi_url="openapi.json", title="Zou API")
